//! The `careerscope` command line: parses the arguments and hands them to the command's module
//! under `cli/`, whose exit status it returns (0 success, 1 user error with a one-line message,
//! 2 usage error from clap).

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use careerscope::compare;
use careerscope::rank::SortBy;

use cli::Format;

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
        /// or SOC major group (`group=TEXT`, any part of its name) matches; repeatable: the
        /// same key twice keeps jobs with either value, different keys jobs with both
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
        /// `json`: an array of {name, code, matched, score}, matched being the name or the
        /// other title that matched
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
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
        /// Also show the jobs' pay in this state (name or abbreviation), DC, territory or metro
        /// area (real occupations); `careerscope areas` lists them
        #[arg(long, value_name = "STATE")]
        area: Option<String>,
        /// Fit the text to N columns (default: the terminal's width, or 100 when piped)
        #[arg(long, value_name = "N")]
        width: Option<usize>,
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
    /// List every state and metro area there is pay for, one per line (what --area takes)
    #[command(
        after_help = "States come first (50 states, DC, Guam, Puerto Rico, the Virgin Islands), then the\n\
            metropolitan and nonmetropolitan areas. --area takes a name, any unique part of one, or\n\
            a state's abbreviation: careerscope show \"registered nurses\" --area tx"
    )]
    Areas,
    /// Your library: what you imported, where it is, and removing a job you imported
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
        /// Also show the job's pay in this state (name or abbreviation), DC, territory or metro
        /// area (real occupations); `careerscope areas` lists them
        #[arg(long, value_name = "STATE")]
        area: Option<String>,
        #[command(flatten)]
        data: DataArg,
    },
}

#[derive(Subcommand)]
enum LibraryCommand {
    /// List the pages you imported: when, from which file, and their jobs
    List,
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

fn main() -> ExitCode {
    let mut cli = match parse_args() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
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
    if let Some(message) = too_long(&cli) {
        Cli::command()
            .error(clap::error::ErrorKind::ValueValidation, message)
            .exit();
    }
    cli.pair = cli.pair.or(cli.jobs.take());
    dispatch(cli)
}

/// The parsed arguments, or the exit status once clap's message (a usage error, help,
/// version) is said; a usage error never repeats the arguments' terminal controls raw.
fn parse_args() -> Result<Cli, ExitCode> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    Cli::try_parse_from(&args).map_err(|error| {
        let shown = Cli::try_parse_from(cli::usage::escaped(&args)).err();
        cli::usage::report(&error, shown)
    })
}

/// The first job name or query among the arguments that is longer than
/// [`careerscope::text::QUERY_MAX`], said without repeating it: a name that long names no job,
/// and matching it would take time and memory in proportion.
fn too_long(cli: &Cli) -> Option<String> {
    use careerscope::text::{QUERY_MAX, over};
    let joined;
    let mut given: Vec<(&str, &str)> = Vec::new();
    given.extend(cli.query.iter().map(|q| ("--query", q.as_str())));
    for names in [&cli.pair, &cli.jobs].into_iter().flatten() {
        given.extend(names.iter().map(|n| ("a job", n.as_str())));
    }
    match &cli.command {
        Some(Command::Search { query, .. }) => {
            joined = query.join(" ");
            given.push(("QUERY", &joined));
        }
        Some(Command::Compare { jobs, area, .. }) => {
            given.extend(jobs.iter().map(|j| ("JOB", j.as_str())));
            given.extend(area.iter().map(|a| ("--area", a.as_str())));
        }
        Some(Command::Similar { job, area, .. }) => {
            given.push(("JOB", job));
            given.extend(area.iter().map(|a| ("--area", a.as_str())));
        }
        Some(Command::Show { job, area, .. }) => {
            given.push(("JOB", job));
            given.extend(area.iter().map(|a| ("--area", a.as_str())));
        }
        Some(Command::List { filter, .. }) => {
            given.extend(filter.iter().map(|f| ("--filter", f.as_str())));
        }
        Some(Command::Library {
            action: LibraryCommand::Remove { name },
        }) => given.push(("NAME", name)),
        _ => {}
    }
    given.into_iter().find_map(|(what, s)| {
        over(s, QUERY_MAX).map(|n| {
            format!(
                "{what} is {} characters long: a job name, query or area is at most {QUERY_MAX} characters",
                careerscope::format::thousands(n as u64)
            )
        })
    })
}

/// `--data FILE` given after the command, else before it.
fn data_of(before: Option<PathBuf>, after: Option<PathBuf>) -> Option<PathBuf> {
    after.or(before)
}

/// `--data` before a command that reads no dataset: a user error.
fn no_data(what: &str) -> ExitCode {
    cli::finish(Err(anyhow::anyhow!("{what}: --data has no use there")))
}

/// Runs the command the arguments name.
fn dispatch(cli: Cli) -> ExitCode {
    let before = cli.data;
    match cli.command {
        None => cli::explore::run(before, cli.query, cli.pair),
        Some(Command::Library { .. }) if before.is_some() => {
            no_data("library works on your library only")
        }
        Some(Command::Library { action }) => cli::library::run(match action {
            LibraryCommand::List => cli::library::Action::List,
            LibraryCommand::Path => cli::library::Action::Path,
            LibraryCommand::Remove { name } => cli::library::Action::Remove(name),
        }),
        Some(Command::Areas) => cli::areas::run(),
        Some(Command::Completions { shell }) => cli::completions::run(Cli::command(), shell),
        Some(Command::Parse { .. }) if before.is_some() => {
            no_data("parse reads pages only and stores nothing")
        }
        Some(Command::Parse { pages }) => cli::parse::run(&pages),
        Some(Command::Import { pages, data }) => {
            cli::import::run(data_of(before, data).as_deref(), &pages)
        }
        Some(Command::List {
            format,
            json,
            sort,
            filter,
            data,
        }) => {
            let json = json || format == ListFormat::Json;
            cli::list::run(data_of(before, data.data).as_deref(), json, sort, &filter)
        }
        Some(Command::Search {
            query,
            data,
            timings,
            format,
        }) => cli::search::run(
            data_of(before, data.data).as_deref(),
            &query.join(" "),
            timings,
            format == ListFormat::Json,
        ),
        Some(Command::Compare {
            jobs,
            format,
            area,
            width,
            data,
        }) => cli::compare::run(
            data_of(before, data.data).as_deref(),
            &jobs,
            format,
            (area, width),
        ),
        Some(Command::Similar {
            job,
            limit,
            pays_more,
            area,
            format,
            data,
        }) => cli::similar::run(
            data_of(before, data.data).as_deref(),
            &job,
            (limit, pays_more, area),
            format == ListFormat::Json,
        ),
        Some(Command::Show {
            job,
            format,
            area,
            data,
        }) => cli::show::run(data_of(before, data.data).as_deref(), &job, format, area),
    }
}
