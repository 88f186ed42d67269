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

/// [`resolve`], with the notice of a fuzzy match returned instead of printed. `page:NAME`
/// names a page job; a page job named like a real occupation ("Registered nurse" beside
/// Registered Nurses) never silently stands for it: the real occupation wins, and the notice
/// says how to ask for the page job.
fn resolve_quietly(
    catalog: &Catalog,
    lookup: &Lookup,
    query: &str,
) -> Result<(usize, Option<String>)> {
    if let Some(name) = page_name(query) {
        return Ok((page_job(catalog, name)?, None));
    }
    if let Some(i) = catalog.find(query) {
        if catalog.is_occupation(i) || !catalog.mixes_kinds() {
            return Ok((i, None));
        }
        // Only an occupation whose own name matches ("Registered Nurses" for "registered
        // nurse"): one of its other titles is no reason to pass over a page job's exact name.
        let real = best_match(catalog, lookup, query, |j, by_title| {
            catalog.is_occupation(j) && !by_title
        })?;
        let Some((real, notice)) = real else {
            return Ok((i, None));
        };
        let page = escape_controls(&catalog.names()[i]).into_owned();
        let from = catalog
            .sourced_profile(i)?
            .sources
            .as_ref()
            .and_then(|s| s.get(careerscope::model::Topic::Overview))
            .map(|s| format!(" (from {s})"))
            .unwrap_or_default();
        let notice = format!("{notice}; also a page job: {page}{from}, use `page:{page}`");
        return Ok((real, Some(notice)));
    }
    match best_match(catalog, lookup, query, |_, _| true)? {
        Some((i, notice)) => Ok((i, Some(notice))),
        None => Err(no_match(catalog, lookup, query)),
    }
}

/// The NAME of `page:NAME` (the prefix in any case, spaces after it ignored).
fn page_name(query: &str) -> Option<&str> {
    let prefix = query.get(..PAGE_PREFIX.len())?;
    prefix
        .eq_ignore_ascii_case(PAGE_PREFIX)
        .then(|| query[PAGE_PREFIX.len()..].trim())
}

/// How a command line names a page job explicitly: `page:Registered nurse`.
pub const PAGE_PREFIX: &str = "page:";

/// The page job named exactly `name` (ignoring case).
fn page_job(catalog: &Catalog, name: &str) -> Result<usize> {
    match catalog.find(name) {
        Some(i) if !catalog.is_occupation(i) => Ok(i),
        _ => bail!(
            "no page job is named \"{}\"; `careerscope library list` shows the imported pages' jobs",
            escape_controls(name)
        ),
    }
}

/// The best match of `query` that matches well among the jobs `keep` lets through (given the
/// job and whether another of its titles found it), with the notice that says so; `None` when
/// none does.
fn best_match(
    catalog: &Catalog,
    lookup: &Lookup,
    query: &str,
    keep: impl Fn(usize, bool) -> bool,
) -> Result<Option<(usize, String)>> {
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
    // Ranked by all its words (a score above 0: whole words, word starts or near spellings of
    // a name or title), or a name holding every word as written; not a match of part of the
    // query.
    let good = found.iter().find(|(hit, title)| {
        keep(hit.index, title.is_some())
            && (hit.score > 0 || search::matches_well(&names[hit.index], query))
    });
    let Some((hit, title)) = good else {
        return Ok(None);
    };
    let name = shown(catalog, hit.index);
    let query = escape_controls(query);
    let notice = match title {
        Some(title) => format!(
            "\"{query}\" matched {name} (also called {})",
            escape_controls(title)
        ),
        None => format!("\"{query}\" matched {name}"),
    };
    Ok(Some((hit.index, notice)))
}

/// Job `i`'s name as a message shows it: cut to a name's length, escaped.
fn shown(catalog: &Catalog, i: usize) -> String {
    let name = careerscope::text::elide(&catalog.names()[i], careerscope::text::NAME_MAX);
    escape_controls(&name).into_owned()
}

/// The error for a query that matches nothing well: the jobs most like it by its letters,
/// then the fuzzy matches (letters in order).
fn no_match(catalog: &Catalog, lookup: &Lookup, query: &str) -> anyhow::Error {
    if let Some(code) = search::soc_code(query) {
        return anyhow::anyhow!(
            "no job has the SOC code {code}; `careerscope list` shows the jobs there are"
        );
    }
    let names = catalog.names();
    let mut closest = search::closest(names.iter(), query, SUGGESTIONS);
    if let (Some(index), Some(words)) = (lookup.0.get(), lookup.1.get()) {
        let found = search::find(catalog, words, index, query);
        for (hit, _) in &found {
            if closest.len() >= SUGGESTIONS {
                break;
            }
            if !closest.contains(&hit.index) {
                closest.push(hit.index);
            }
        }
    }
    let closest: Vec<String> = closest.into_iter().map(|i| shown(catalog, i)).collect();
    let hint = if closest.is_empty() {
        "`careerscope list` shows the jobs there are".to_string()
    } else {
        format!("closest: {}", closest.join(", "))
    };
    anyhow::anyhow!("no job matches \"{}\"; {hint}", escape_controls(query))
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
