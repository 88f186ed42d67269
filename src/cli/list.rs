//! `careerscope list`: the jobs of the dataset, one a line (or as JSON), sorted and filtered.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, anyhow, bail};

use careerscope::rank::{self, SortBy};

use super::{finish, load_catalog, print_out};

/// `list` of the dataset (`data`, else the default one): as JSON when `json`, in `sort`
/// order, keeping the jobs `filters` (`KEY=VALUE`) let through.
pub fn run(data: Option<&Path>, json: bool, sort: SortBy, filters: &[String]) -> ExitCode {
    finish(list(data, json, sort, filters))
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
            .map(|&i| {
                Ok(careerscope::report::profile_json(
                    &*catalog.profile(i)?,
                    None,
                )?)
            })
            .collect::<Result<Vec<_>>>()?;
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
/// error naming the values there are. The same key twice means either value, different keys
/// both, as in the explorer's filter menu.
fn parse_filters(filters: &[String], facets: &[rank::Facets]) -> Result<rank::Filter> {
    let mut filter = rank::Filter::default();
    for f in filters {
        let (key, value) = f.split_once('=').ok_or_else(|| {
            anyhow!("--filter {f:?}: expected KEY=VALUE with KEY education or group")
        })?;
        let value = value.trim();
        let (choices, slot) = match key.trim() {
            "education" => (rank::education_choices(facets), &mut filter.education),
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
        if !slot.contains(found) {
            slot.push(found.clone());
        }
    }
    Ok(filter)
}
