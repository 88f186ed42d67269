//! `careerscope show JOB`: one job's whole profile, with the source of every section.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use careerscope::compare;
use careerscope::report;

use super::resolve::{Lookup, resolve};
use super::{Format, finish, load_catalog, print_out};

/// `show` of the job `job` names in the dataset (`data`, else the default one), with the pay
/// in `area` when given.
pub fn run(data: Option<&Path>, job: &str, format: Format, area: Option<String>) -> ExitCode {
    finish(show(data, job, format, area))
}

fn show(data: Option<&Path>, job: &str, format: Format, area: Option<String>) -> Result<()> {
    let catalog = load_catalog(data)?;
    let index = Lookup::default();
    let profile = catalog.sourced_profile(resolve(&catalog, &index, job)?)?;
    let area = match area {
        Some(a) => Some(compare::find_area(&[&profile], &a).map_err(|e| anyhow!("--area: {e}"))?),
        None => None,
    };
    let out = match format {
        Format::Text => report::show_text(&profile, area.as_deref()),
        Format::Markdown => report::show_markdown(&profile, area.as_deref()),
        Format::Json => {
            let v = report::profile_json(&profile, area.as_deref())?;
            format!("{}\n", serde_json::to_string_pretty(&v)?)
        }
    };
    print_out(&out)
}
