//! The `careerscope` command line: parses arguments, calls the library, prints, sets the exit
//! status (0 success, 1 user error with a one-line message, 2 usage error from clap).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};

use careerscope::catalog::Catalog;
use careerscope::compare::{self, Comparison};
use careerscope::dataset::{self, MergeReport};
use careerscope::import;
use careerscope::library;
use careerscope::model::{Page, same_name};
use careerscope::rank::{self, SortBy};
use careerscope::report;
use careerscope::search::{self, Index, Titles};
use careerscope::text::escape_controls;
use careerscope::tui::start::Start;

#[derive(Parser)]
#[command(
    name = "careerscope",
    version,
    about = "Compare careers side by side, from career-comparison pages",
    long_about = "Compare careers side by side, from career-comparison pages.\n\n\
        With no command, opens the explorer: a fuzzy job picker and tabs comparing two jobs.\n\
        The default dataset is the built-in one merged with your library \
        ($XDG_DATA_HOME/careerscope/library.json), which `careerscope import` fills."
)]
struct Cli {
    /// Use this dataset file instead of the default dataset (built-in + your library); before a
    /// command it is that command's --data
    #[arg(long, value_name = "FILE")]
    data: Option<PathBuf>,

    /// Open the explorer with Q typed in the job picker's query
    #[arg(long, value_name = "Q")]
    query: Option<String>,

    /// Open the explorer on jobs A and B, found as `compare` finds them
    #[arg(long, num_args = 2, value_names = ["A", "B"], conflicts_with = "jobs")]
    pair: Option<Vec<String>>,

    /// Open the explorer on two to four jobs, the first pinned (as `--pair`, for more jobs)
    #[arg(long, num_args = 2..=4, value_name = "JOB")]
    jobs: Option<Vec<String>>,

    #[command(subcommand)]
    command: Option<Command>,
}

/// `--data FILE` of the commands that read a dataset.
#[derive(Args)]
struct DataArg {
    /// Use this dataset file instead of the default dataset (built-in + your library)
    #[arg(long, value_name = "FILE")]
    data: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print what comparison pages hold, as JSON (stores nothing)
    #[command(
        after_help = "Example: careerscope parse assets/pages/technical-manager-vs-lead-technician.txt"
    )]
    Parse {
        /// Page files copied from a browser (or markdown); `-` reads standard input
        #[arg(required = true, value_name = "PAGE")]
        pages: Vec<PathBuf>,
    },
    /// Add the jobs of comparison pages to your library (or to --data FILE)
    #[command(
        after_help = "Select the whole comparison page in your browser, copy it, then:\n  \
            xclip -selection clipboard -o | careerscope import -\n  \
            (or save it to a file and pass the file)\n\
            Nothing is written unless every page reads cleanly."
    )]
    Import {
        /// Page files; `-` reads standard input
        #[arg(required = true, value_name = "PAGE")]
        pages: Vec<PathBuf>,
        /// Write into this dataset file (created if missing) instead of your library
        #[arg(long, value_name = "FILE")]
        data: Option<PathBuf>,
    },
    /// List the jobs of the dataset, one per line
    #[command(after_help = "Examples:\n  careerscope list --sort salary | head\n  \
            careerscope list --sort growth --filter \"education=Associate's degree\"\n  \
            careerscope list --filter group=healthcare --format json\n\
            With --sort other than name, each line is the name, a tab, then the figure.")]
    List {
        /// text: one name a line; json: the job profiles
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// The same as --format json
        #[arg(long, hide = true, conflicts_with = "format")]
        json: bool,
        /// Order: by name, or highest yearly salary, fastest growth or most jobs first (jobs
        /// without the figure last)
        #[arg(long, value_enum, default_value_t = SortBy::Name)]
        sort: SortBy,
        /// Keep only jobs whose typical entry education (`education=LABEL`, as BLS labels it)
        /// or SOC major group (`group=TEXT`, any part of its name) matches; repeatable
        #[arg(long, value_name = "KEY=VALUE")]
        filter: Vec<String>,
        #[command(flatten)]
        data: DataArg,
    },
    /// Print the jobs that fuzzy-match QUERY, best first, one per line
    #[command(after_help = "Every space-separated word must match: careerscope search tech proj")]
    Search {
        /// Words to match against job names
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        #[command(flatten)]
        data: DataArg,
        /// Print on standard error where the time went (reading the names, indexing them,
        /// matching and ordering, printing)
        #[arg(long)]
        timings: bool,
    },
    /// Compare two to four jobs side by side, against the first (the pinned job)
    #[command(
        after_help = "Each job is found like the picker finds it: the exact name (ignoring case) first, then the\n\
            best match that has every word of the name as written (`lead tech` is Lead Technician) or\n\
            another title starting with it (`rn` is Registered Nurses). A name that matches no job\n\
            that way is an error naming the closest jobs; the jobs must be different jobs.\n\
            Differences and the ▲ on the better value are measured against the first job.\n\
            Example: careerscope compare \"lead technician\" \"technical manager\" --format markdown\n\
            Example: careerscope compare \"registered nurses\" \"software developers\" electricians"
    )]
    Compare {
        /// Two to four jobs (names or fuzzy queries); the first is pinned
        #[arg(required = true, num_args = 2.., value_name = "JOB")]
        jobs: Vec<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also show both jobs' pay in this state, DC or territory (real occupations)
        #[arg(long, value_name = "STATE")]
        area: Option<String>,
        #[command(flatten)]
        data: DataArg,
    },
    /// The jobs most like JOB by what the work needs, with their pay and skill gaps
    #[command(
        after_help = "Similarity (0-100) is computed from O*NET skills, knowledge, work activities, tasks,\n\
            titles and interests (docs/SIMILARITY.md), never from O*NET's related occupations.\n\
            Only real occupations have similar jobs. Example: careerscope similar cashiers --pays-more"
    )]
    Similar {
        /// A real occupation (name or fuzzy query)
        job: String,
        /// At most this many jobs
        #[arg(long, default_value_t = 10, value_name = "N")]
        limit: usize,
        /// Only jobs that pay more than JOB (in the area, with --area)
        #[arg(long)]
        pays_more: bool,
        /// Pay in this state or metro area instead of national pay
        #[arg(long, value_name = "AREA")]
        area: Option<String>,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        #[command(flatten)]
        data: DataArg,
    },
    /// Your library: where it is, and removing a job you imported
    Library {
        #[command(subcommand)]
        action: LibraryCommand,
    },
    /// Print a completion script for SHELL (bash, zsh, fish, elvish, powershell)
    #[command(after_help = "Examples:\n  \
            careerscope completions bash > ~/.local/share/bash-completion/completions/careerscope\n  \
            careerscope completions zsh > ~/.zfunc/_careerscope      (with ~/.zfunc in $fpath)\n  \
            careerscope completions fish > ~/.config/fish/completions/careerscope.fish")]
    Completions {
        /// The shell to complete in
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print one job's whole profile, with the source of every section
    #[command(
        after_help = "JOB is found like the picker finds it: the exact name (ignoring case) first, then the best\n\
            match that has every word of the name as written (`regist nurse` is Registered Nurses) or\n\
            another title starting with it (`lpn`). A name that matches no job that way is an error\n\
            naming the closest jobs.\n\
            Example: careerscope show \"registered nurses\" --format json"
    )]
    Show {
        /// The job (name or fuzzy query)
        job: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also show the job's pay in this state, DC or territory (real occupations)
        #[arg(long, value_name = "STATE")]
        area: Option<String>,
        #[command(flatten)]
        data: DataArg,
    },
}

#[derive(Subcommand)]
enum LibraryCommand {
    /// Print the path of your library file (it need not exist yet)
    Path,
    /// Remove a job you imported from your library
    #[command(
        after_help = "NAME is the job's name as `careerscope list` prints it (case does not matter).\n\
            Built-in jobs (the real occupations and the jobs of the built-in pages) cannot be removed;\n\
            removing an imported job that shares a built-in job's name leaves the built-in one.\n\
            The library is written as an import writes it: locked, then replaced whole."
    )]
    Remove {
        /// The job's exact name
        name: String,
    },
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum ListFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Markdown,
    Json,
}

fn main() -> ExitCode {
    let mut cli = Cli::parse();
    use clap::CommandFactory;
    if cli.command.is_some() && (cli.query.is_some() || cli.pair.is_some() || cli.jobs.is_some()) {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "--query, --pair and --jobs open the explorer: they cannot go with a command",
            )
            .exit();
    }
    if let Some(Command::Compare { jobs, .. }) = &cli.command
        && jobs.len() > compare::MAX_JOBS
    {
        Cli::command()
            .error(
                clap::error::ErrorKind::TooManyValues,
                format!(
                    "compare takes two to four jobs (the first is pinned), not {}",
                    jobs.len()
                ),
            )
            .exit();
    }
    cli.pair = cli.pair.or(cli.jobs.take());
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // Like grep and `fzf --filter`: nothing found is exit 1 with nothing printed.
        Err(e) if e.is::<NoMatch>() => ExitCode::from(1),
        Err(e) => {
            // One line: the chain of contexts, outermost first.
            // Every message may quote a file's text, a path or an argument: nothing in it may
            // reach the terminal raw.
            let msg = format!("{e:#}").replace('\n', " ");
            let _ = writeln!(std::io::stderr(), "careerscope: {}", escape_controls(&msg));
            ExitCode::from(1)
        }
    }
}

/// `search` found nothing: exit 1 and print nothing, as grep does.
#[derive(Debug)]
struct NoMatch;

impl std::fmt::Display for NoMatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no match")
    }
}

impl std::error::Error for NoMatch {}

/// `--data FILE` given after the command, else before it.
fn data_of(before: Option<PathBuf>, after: Option<PathBuf>) -> Option<PathBuf> {
    after.or(before)
}

fn run(cli: Cli) -> Result<()> {
    let before = cli.data;
    match cli.command {
        None => explore(before, cli.query, cli.pair),
        Some(Command::Library { action }) => {
            if before.is_some() {
                bail!("library works on your library only: --data has no use there");
            }
            library_command(action)
        }
        Some(Command::Completions { shell }) => {
            use clap::CommandFactory;
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "careerscope", &mut script);
            print_out(&String::from_utf8_lossy(&script))
        }
        Some(Command::Parse { pages }) => {
            if before.is_some() {
                bail!("parse reads pages only and stores nothing: --data has no use there");
            }
            parse(&pages)
        }
        Some(Command::Import { pages, data }) => import(data_of(before, data).as_deref(), &pages),
        Some(Command::List {
            format,
            json,
            sort,
            filter,
            data,
        }) => {
            let json = json || format == ListFormat::Json;
            list(data_of(before, data.data).as_deref(), json, sort, &filter)
        }
        Some(Command::Search {
            query,
            data,
            timings,
        }) => search(
            data_of(before, data.data).as_deref(),
            &query.join(" "),
            timings,
        ),
        Some(Command::Compare {
            jobs,
            format,
            area,
            data,
        }) => compare_jobs(data_of(before, data.data).as_deref(), &jobs, format, area),
        Some(Command::Similar {
            job,
            limit,
            pays_more,
            area,
            format,
            data,
        }) => similar_jobs(
            data_of(before, data.data).as_deref(),
            &job,
            (limit, pays_more, area),
            format,
        ),
        Some(Command::Show {
            job,
            format,
            area,
            data,
        }) => {
            let catalog = load_catalog(data_of(before, data.data).as_deref())?;
            let index = Lookup::default();
            let profile = catalog.sourced_profile(resolve(&catalog, &index, &job)?)?;
            let area = match area {
                Some(a) => {
                    Some(compare::find_area(&[&profile], &a).map_err(|e| anyhow!("--area: {e}"))?)
                }
                None => None,
            };
            let out = match format {
                Format::Text => report::show_text(&profile, area.as_deref()),
                Format::Markdown => report::show_markdown(&profile, area.as_deref()),
                Format::Json => format!("{}\n", serde_json::to_string_pretty(&*profile)?),
            };
            print_out(&out)
        }
    }
}

/// `similar JOB`: the jobs most like JOB, with pay and skill gaps, as text or JSON.
fn similar_jobs(
    data: Option<&Path>,
    job: &str,
    (limit, pays_more, area): (usize, bool, Option<String>),
    format: ListFormat,
) -> Result<()> {
    let catalog = load_catalog(data)?;
    let index = Lookup::default();
    let from = catalog.sourced_profile(resolve(&catalog, &index, job)?)?;
    let area = match area {
        Some(a) => Some(compare::find_area(&[&from], &a).map_err(|e| anyhow!("--area: {e}"))?),
        None => None,
    };
    let options = careerscope::moves::Options {
        limit,
        pays_more,
        area,
    };
    let moves = careerscope::moves::moves(&catalog, &from, &options).map_err(|e| anyhow!(e))?;
    let out = match format {
        ListFormat::Text => careerscope::moves::text(&from, &moves, &options),
        ListFormat::Json => format!("{}\n", serde_json::to_string_pretty(&moves)?),
    };
    print_out(&out)
}

/// No command: the explorer, on `--pair` and with `--query` when given.
fn explore(
    before: Option<PathBuf>,
    query: Option<String>,
    pair: Option<Vec<String>>,
) -> Result<()> {
    let mut start = Start { query, jobs: None };
    // A file that cannot even be opened is said before the screen is taken.
    let openable = before
        .as_deref()
        .is_none_or(|p| std::fs::File::open(p).is_ok());
    if pair.is_none() && openable {
        // The first frame comes at once; the dataset is read behind it.
        return explore_loading(before, &start);
    }
    let catalog = load_catalog(before.as_deref())?;
    if let Some(names) = pair.as_deref() {
        start.jobs = Some(resolve_jobs(&catalog, "--pair", names)?);
    }
    careerscope::tui::run(catalog, &start)
}

/// The different jobs `names` name (for `what`: `compare`, `--pair`); a refusal comes alone on
/// its line, the notices of fuzzy matches only once every job is known.
fn resolve_jobs(catalog: &Catalog, what: &str, names: &[String]) -> Result<Vec<usize>> {
    // Lower-casing every name is only needed when a name is not exact.
    let index = Lookup::default();
    let mut found: Vec<(usize, Option<String>)> = Vec::with_capacity(names.len());
    for name in names {
        let (i, notice) = resolve_quietly(catalog, &index, name)?;
        if let Some(j) = found.iter().position(|(other, _)| *other == i) {
            two_jobs(catalog, what, (&names[j], found[j].0), (name, i))?;
        }
        found.push((i, notice));
    }
    let mut jobs = Vec::with_capacity(found.len());
    for (i, notice) in found {
        announce(notice);
        jobs.push(i);
    }
    Ok(jobs)
}

/// `parse PAGE…`: what the pages hold, as JSON (one page as an object, several as a list).
fn parse(pages: &[PathBuf]) -> Result<()> {
    let parsed = read_pages(pages)?;
    let json = if parsed.len() == 1 {
        serde_json::to_string_pretty(&parsed[0].1)?
    } else {
        let all: Vec<&Page> = parsed.iter().map(|(_, p)| p).collect();
        serde_json::to_string_pretty(&all)?
    };
    print_out(&format!("{json}\n"))
}

/// `search QUERY`: the matching names, best first, one a line (another title that found a
/// job after a tab); exit 1 when nothing matches.
fn search(data: Option<&Path>, query: &str, timings: bool) -> Result<()> {
    let mut clock = Timings::new(timings);
    let catalog = load_catalog(data)?;
    let names = catalog.names();
    let titles = Titles::new(catalog.alternate_titles()?);
    clock.lap("read the names");
    let index = Index::of_names(names);
    clock.lap("index them");
    let mut out = String::new();
    let is_name = |i: usize| same_name(names.get(i).unwrap_or_default(), query);
    let found = search::with_titles(&index.search(query), &titles.search(query), is_name);
    clock.lap("match and order");
    for (hit, title) in found {
        out.push_str(&names[hit.index]);
        // Found by another title: say which, after a tab, so `cut -f1` gives names.
        if let Some(title) = title {
            out.push('\t');
            out.push_str(&title);
        }
        out.push('\n');
    }
    if out.is_empty() {
        return Err(NoMatch.into());
    }
    let printed = print_out(&out);
    clock.lap("print");
    printed
}

/// `compare A B [C [D]]`: the jobs' facts side by side, against the first, in text, Markdown
/// or JSON.
fn compare_jobs(
    data: Option<&Path>,
    names: &[String],
    format: Format,
    area: Option<String>,
) -> Result<()> {
    let catalog = load_catalog(data)?;
    let jobs = resolve_jobs(&catalog, "compare", names)?;
    let profiles = jobs
        .iter()
        .map(|&i| catalog.sourced_profile(i))
        .collect::<Result<Vec<_>, _>>()?;
    let refs: Vec<&careerscope::model::Profile> = profiles.iter().map(|p| p.as_ref()).collect();
    let mut c: Comparison = compare::compare(&refs);
    if let Some(area) = area {
        let area = compare::find_area(&refs, &area).map_err(|e| anyhow!("--area: {e}"))?;
        c.area = Some(compare::AreaSection::of(&refs, &area));
    }
    let out = match format {
        Format::Text => report::text(&c),
        Format::Markdown => report::markdown(&c),
        Format::Json => format!("{}\n", serde_json::to_string_pretty(&c)?),
    };
    print_out(&out)
}

/// `library path` and `library remove NAME`.
fn library_command(action: LibraryCommand) -> Result<()> {
    let path = library::library_path()
        .ok_or_else(|| anyhow!("cannot find your library: set XDG_DATA_HOME or HOME"))?;
    let shown = escape_controls(&path.display().to_string()).into_owned();
    match action {
        LibraryCommand::Path => print_out(&format!("{shown}\n")),
        LibraryCommand::Remove { name } => {
            let removed = library::remove_from(&path, &name, &mut |msg| {
                eprintln!("careerscope: {}", escape_controls(msg));
            })?;
            let quoted = escape_controls(&name);
            match removed {
                Some((job, total)) => {
                    let still = library::is_builtin(&job)?;
                    let job = escape_controls(&job);
                    let builtin = if still {
                        format!("; the built-in {job} remains")
                    } else {
                        String::new()
                    };
                    let plural = if total == 1 { "" } else { "s" };
                    print_out(&format!(
                        "removed {job} from {shown} ({total} job{plural} left){builtin}\n"
                    ))
                }
                None if library::is_builtin(&name)? => bail!(
                    "\"{quoted}\" is a built-in job, not one you imported: built-in jobs cannot be removed"
                ),
                None => bail!(
                    "no job named \"{quoted}\" in your library ({shown}); `careerscope --data {shown} list` lists its jobs"
                ),
            }
        }
    }
}

fn list(data: Option<&Path>, json: bool, sort: SortBy, filters: &[String]) -> Result<()> {
    let catalog = load_catalog(data)?;
    let mut jobs: Vec<usize> = (0..catalog.len()).collect();
    let facets = if sort == SortBy::Name && filters.is_empty() {
        Vec::new()
    } else {
        catalog.facets()?
    };
    let filter = parse_filters(filters, &facets)?;
    rank::arrange(&mut jobs, &facets, sort, &filter);
    if json {
        let profiles = jobs
            .iter()
            .map(|&i| catalog.profile(i).map(std::borrow::Cow::into_owned))
            .collect::<Result<Vec<_>, _>>()?;
        return print_out(&format!("{}\n", serde_json::to_string_pretty(&profiles)?));
    }
    let mut out = String::with_capacity(jobs.len() * 32);
    for i in jobs {
        out.push_str(&catalog.names()[i]);
        if sort != SortBy::Name {
            out.push('\t');
            let shown = facets.get(i).and_then(|f| sort.shown(f));
            out.push_str(shown.as_deref().unwrap_or(careerscope::compare::UNKNOWN));
        }
        out.push('\n');
    }
    print_out(&out)
}

/// `education=Associate's degree`, `group=health`: a group matches by any part of its name,
/// an education label exactly (both ignoring case), and a value that matches nothing is an
/// error naming the values there are.
fn parse_filters(filters: &[String], facets: &[rank::Facets]) -> Result<rank::Filter> {
    let mut filter = rank::Filter::default();
    for f in filters {
        let (key, value) = f.split_once('=').ok_or_else(|| {
            anyhow!("--filter {f:?}: expected KEY=VALUE with KEY education or group")
        })?;
        let value = value.trim();
        let (choices, slot) = match key.trim() {
            "education" => (
                rank::choices(facets, |f| f.entry_education.as_ref()),
                &mut filter.education,
            ),
            "group" => (
                rank::choices(facets, |f| f.major_group.as_ref()),
                &mut filter.group,
            ),
            other => bail!("--filter: unknown key {other:?}; expected education or group"),
        };
        let lower = value.to_lowercase();
        let found = match choices.iter().find(|c| c.eq_ignore_ascii_case(value)) {
            Some(exact) => exact,
            None => {
                let parts: Vec<&String> = if key.trim() == "group" {
                    choices
                        .iter()
                        .filter(|c| c.to_lowercase().contains(&lower))
                        .collect()
                } else {
                    Vec::new()
                };
                match parts.as_slice() {
                    [one] => *one,
                    [] => bail!(
                        "--filter {key}={value:?} matches nothing; expected one of: {}",
                        choices.join("; ")
                    ),
                    several => bail!(
                        "--filter {key}={value:?} matches several: {}",
                        several
                            .iter()
                            .map(|s| s.as_str())
                            .collect::<Vec<_>>()
                            .join("; ")
                    ),
                }
            }
        };
        *slot = Some(found.clone());
    }
    Ok(filter)
}

/// Writes to stdout; a closed pipe (`| head`) is not an error worth a message.
/// Where a command's time goes, said on standard error lap by lap when asked (`--timings`).
struct Timings {
    last: Option<std::time::Instant>,
}

impl Timings {
    fn new(on: bool) -> Timings {
        Timings {
            last: on.then(std::time::Instant::now),
        }
    }

    fn lap(&mut self, what: &str) {
        if let Some(last) = self.last {
            let now = std::time::Instant::now();
            eprintln!(
                "careerscope: {what}: {:.1} ms",
                (now - last).as_secs_f64() * 1000.0
            );
            self.last = Some(now);
        }
    }
}

fn print_out(s: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}

/// The explorer, drawn before the dataset is read: a `--data` file's names reach the picker
/// while the file is parsed; the default dataset arrives whole.
fn explore_loading(data: Option<PathBuf>, start: &Start) -> Result<()> {
    use careerscope::tui::{CHUNK, run_loading};
    match data {
        Some(path) => {
            let what = path.display().to_string();
            run_loading(
                &what,
                Box::new(move |sink| Ok(Catalog::open_streaming(&path, CHUNK, sink)?)),
                start,
            )
        }
        None => run_loading(
            "the default dataset",
            Box::new(|_| library::default_catalog()),
            start,
        ),
    }
}

/// The dataset as names now and profiles on demand: `--data FILE`, or the built-in dataset
/// with the user's library.
fn load_catalog(data: Option<&Path>) -> Result<Catalog> {
    match data {
        Some(path) => Ok(Catalog::open(path)?),
        None => library::default_catalog(),
    }
}

/// What resolving names needs beyond the catalog, built on the first name that is not exact
/// and kept for the next: the search index and the other titles.
type Lookup = (std::cell::OnceCell<Index>, std::cell::OnceCell<Titles>);

/// The job a command-line name means: the exact name (ignoring case) first, then the best
/// match that matches well: a job with another title starting with the query, or a name
/// holding every word of the query as written ([`search::matches_well`]). A fuzzy match is
/// announced on standard error so the choice is never silent; a query that matches nothing
/// well is an error naming the closest jobs, never an unrelated one.
fn resolve(catalog: &Catalog, lookup: &Lookup, query: &str) -> Result<usize> {
    let (index, notice) = resolve_quietly(catalog, lookup, query)?;
    announce(notice);
    Ok(index)
}

/// A fuzzy match's notice, on standard error.
fn announce(notice: Option<String>) {
    if let Some(notice) = notice {
        eprintln!("careerscope: {notice}");
    }
}

/// [`resolve`], with the notice of a fuzzy match returned instead of printed.
fn resolve_quietly(
    catalog: &Catalog,
    lookup: &Lookup,
    query: &str,
) -> Result<(usize, Option<String>)> {
    if let Some(i) = catalog.find(query) {
        return Ok((i, None));
    }
    let index = lookup.0.get_or_init(|| Index::of_names(catalog.names()));
    let titles = match lookup.1.get() {
        Some(t) => t,
        None => {
            let t = Titles::new(catalog.alternate_titles()?);
            lookup.1.get_or_init(|| t)
        }
    };
    let names = catalog.names();
    let found = search::with_titles(&index.search(query), &titles.search(query), |_| false);
    let shown = |i: usize| {
        let name = careerscope::text::elide(&names[i], careerscope::text::NAME_MAX);
        escape_controls(&name).into_owned()
    };
    let good = found
        .iter()
        .find(|(hit, title)| title.is_some() || search::matches_well(&names[hit.index], query));
    let Some((hit, title)) = good else {
        // The jobs most like the query by its letters, then the fuzzy matches (letters in order).
        let mut closest = search::closest(names.iter(), query, SUGGESTIONS);
        for (hit, _) in &found {
            if closest.len() >= SUGGESTIONS {
                break;
            }
            if !closest.contains(&hit.index) {
                closest.push(hit.index);
            }
        }
        let closest: Vec<String> = closest.into_iter().map(shown).collect();
        let hint = if closest.is_empty() {
            "`careerscope list` shows the jobs there are".to_string()
        } else {
            format!("closest: {}", closest.join(", "))
        };
        bail!("no job matches \"{}\"; {hint}", escape_controls(query));
    };
    let name = shown(hit.index);
    let query = escape_controls(query);
    let notice = match title {
        Some(title) => format!(
            "\"{query}\" matched {name} (also called {})",
            escape_controls(title)
        ),
        None => format!("\"{query}\" matched {name}"),
    };
    Ok((hit.index, Some(notice)))
}

/// How many jobs an unmatched name suggests.
const SUGGESTIONS: usize = 3;

/// `compare A B` (or `--pair A B`, for `who`) with two names meaning one job: comparing a
/// job with itself shows nothing.
fn two_jobs(
    catalog: &Catalog,
    who: &str,
    (a, ia): (&str, usize),
    (b, ib): (&str, usize),
) -> Result<()> {
    if ia == ib {
        let name = careerscope::text::elide(&catalog.names()[ia], careerscope::text::NAME_MAX);
        bail!(
            "\"{}\" and \"{}\" are both {}: {who} needs two different jobs",
            escape_controls(a),
            escape_controls(b),
            escape_controls(&name)
        );
    }
    Ok(())
}

/// Reads every page first; one bad page fails the whole command before anything is stored.
fn read_pages(paths: &[PathBuf]) -> Result<Vec<(String, Page)>> {
    let mut stdin_used = false;
    paths
        .iter()
        .map(|path| {
            let shown = if path.as_os_str() == "-" {
                "<stdin>".to_string()
            } else {
                path.display().to_string()
            };
            let bytes = if path.as_os_str() == "-" {
                if stdin_used {
                    bail!("-: standard input can be read only once");
                }
                stdin_used = true;
                dataset::read_stdin(&shown, dataset::Expect::PAGE)?
            } else {
                dataset::read_bytes(path, dataset::Expect::PAGE)?
            };
            let page = import::parse_page(&bytes).map_err(|e| anyhow!("{shown}: {e}"))?;
            Ok((shown, page))
        })
        .collect()
}

fn import(data: Option<&Path>, paths: &[PathBuf]) -> Result<()> {
    let parsed = read_pages(paths)?;
    let target = match data {
        Some(p) => p.to_path_buf(),
        None => library::library_path()
            .ok_or_else(|| anyhow!("cannot find your library: set XDG_DATA_HOME or HOME"))?,
    };
    for (shown, page) in &parsed {
        for w in &page.warnings {
            let line = format!("{shown}: {w}");
            eprintln!("careerscope: warning: {}", escape_controls(&line));
        }
    }
    let count = parsed.len();
    let pages: Vec<Page> = parsed.into_iter().map(|(_, p)| p).collect();
    let (report, total) = library::import_into_telling(&target, &pages, &mut |msg| {
        eprintln!("careerscope: {}", escape_controls(msg));
    })?;
    print_out(&import_summary(&report, count, &target, total))
}

fn import_summary(r: &MergeReport, pages: usize, target: &Path, total: usize) -> String {
    let mut out = String::new();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    for name in &r.added {
        out.push_str(&format!("added     {name}\n"));
    }
    for c in &r.changed {
        out.push_str(&format!(
            "changed   {}: {} {} -> {}\n",
            c.job, c.field, c.old, c.new
        ));
    }
    for name in &r.unchanged {
        out.push_str(&format!("unchanged {name}\n"));
    }
    out.push_str(&format!(
        "imported {} into {} ({})\n",
        plural(pages, "page"),
        escape_controls(&target.display().to_string()),
        plural(total, "job")
    ));
    out
}
