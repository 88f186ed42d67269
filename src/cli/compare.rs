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
    area: Option<String>,
) -> ExitCode {
    finish(compare_jobs(data, names, format, area))
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
