//! Finding the jobs a command line names: the exact name first, else the best match that
//! matches well, announced on standard error; a name that matches nothing well is an error
//! naming the closest jobs.

use anyhow::{Result, bail};

use careerscope::catalog::Catalog;
use careerscope::search::{self, Index, Words};
use careerscope::text::escape_controls;

/// What resolving names needs beyond the catalog, built on the first name that is not exact
/// and kept for the next: the search index and the words of names and other titles.
pub type Lookup = (std::cell::OnceCell<Index>, std::cell::OnceCell<Words>);

/// The different jobs `names` name (for `what`: `compare`, `--pair`); a refusal comes alone on
/// its line, the notices of fuzzy matches only once every job is known.
pub fn resolve_jobs(catalog: &Catalog, what: &str, names: &[String]) -> Result<Vec<usize>> {
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

/// The job a command-line name means: the exact name (ignoring case) first, then the best
/// match that matches well: a job whose name or other title has every word of the query
/// (whole, as a word's start, or misspelled by an edit or two; ranked by [`Words`]), or a name
/// holding every word of the query as written ([`search::matches_well`]). A fuzzy match is
/// announced on standard error so the choice is never silent; a query that matches nothing
/// well is an error naming the closest jobs, never an unrelated one.
pub fn resolve(catalog: &Catalog, lookup: &Lookup, query: &str) -> Result<usize> {
    let (index, notice) = resolve_quietly(catalog, lookup, query)?;
    announce(notice);
    Ok(index)
}

/// A fuzzy match's notice, on standard error.
fn announce(notice: Option<String>) {
    if let Some(notice) = notice {
        super::say(&format!("careerscope: {notice}"));
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
    let words = match lookup.1.get() {
        Some(w) => w,
        None => {
            let w = Words::of_catalog(catalog)?;
            lookup.1.get_or_init(|| w)
        }
    };
    let names = catalog.names();
    let found = search::find(catalog, words, index, query);
    let shown = |i: usize| {
        let name = careerscope::text::elide(&names[i], careerscope::text::NAME_MAX);
        escape_controls(&name).into_owned()
    };
    // Ranked by its words (a score above 0: whole words, word starts or near spellings of a
    // name or title), or a name holding every word as written.
    let good = found.iter().find(|(hit, title)| {
        hit.score > 0 || title.is_some() || search::matches_well(&names[hit.index], query)
    });
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
