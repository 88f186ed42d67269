//! `careerscope compare A B [C [D]]`: two to four jobs side by side, against the first.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use careerscope::compare::{self, Comparison};
use careerscope::report;

use super::resolve::resolve_jobs;
use super::{Format, finish, load_catalog, print_out};

/// `compare` of the jobs `names` on the dataset (`data`, else the default one), with the pay
/// in `area` when given.
pub fn run(
    data: Option<&Path>,
    names: &[String],
    format: Format,
    (area, width): (Option<String>, Option<usize>),
) -> ExitCode {
    finish(compare_jobs(data, names, format, area, width))
}

/// The width the text fits: `--width`, else on a terminal `$COLUMNS` or the terminal's own
/// width, else (piped) [`report::PIPE_WIDTH`], so piped output is the same everywhere.
fn text_width(given: Option<usize>) -> usize {
    use std::io::IsTerminal;
    if let Some(w) = given {
        return w;
    }
    if !std::io::stdout().is_terminal() {
        return report::PIPE_WIDTH;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
        .filter(|&c: &usize| c > 0)
        .or_else(|| {
            crossterm::terminal::size()
                .ok()
                .map(|(w, _)| usize::from(w))
        })
        .unwrap_or(report::PIPE_WIDTH)
}

/// `compare A B [C [D]]`: the jobs' facts side by side, against the first, in text, Markdown
/// or JSON.
fn compare_jobs(
    data: Option<&Path>,
    names: &[String],
    format: Format,
    area: Option<String>,
    width: Option<usize>,
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
        Format::Text => report::text(&c, text_width(width)),
        Format::Markdown => report::markdown(&c),
        Format::Json => format!("{}\n", serde_json::to_string_pretty(&c)?),
    };
    print_out(&out)
}
