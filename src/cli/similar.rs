//! `careerscope similar JOB`: the jobs most like a real occupation, with pay and skill gaps.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use careerscope::moves;

use super::resolve::{Lookup, resolve};
use super::{finish, load_catalog, print_out};

/// `similar` of the job `job` names in the dataset (`data`, else the default one): at most
/// `limit` jobs, only those paying more with `pays_more`, pay in `area` when given; JSON with
/// `json`, else a table.
pub fn run(
    data: Option<&Path>,
    job: &str,
    (limit, pays_more, area): (usize, bool, Option<String>),
    json: bool,
) -> ExitCode {
    finish(similar(data, job, (limit, pays_more, area), json))
}

fn similar(
    data: Option<&Path>,
    job: &str,
    (limit, pays_more, area): (usize, bool, Option<String>),
    json: bool,
) -> Result<()> {
    let catalog = load_catalog(data)?;
    let index = Lookup::default();
    let from = catalog.sourced_profile(resolve(&catalog, &index, job)?)?;
    let area = match area {
        Some(a) => {
            Some(careerscope::area::find_area(&[&from], &a).map_err(|e| anyhow!("--area: {e}"))?)
        }
        None => None,
    };
    let options = moves::Options {
        limit,
        pays_more,
        area,
    };
    let list = moves::moves(&catalog, &from, &options).map_err(|e| anyhow!(e))?;
    let out = if json {
        format!("{}\n", serde_json::to_string_pretty(&list)?)
    } else {
        moves::text(&from, &list, &options)
    };
    print_out(&out)
}
