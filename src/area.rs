//! Areas a job's pay is known for (OEWS May 2025): states, DC and territories, kept in each
//! profile, and metropolitan and nonmetropolitan areas, kept in the metro asset. `--area` and
//! the explorer's area menu find one by name; `careerscope areas` lists them all.

use crate::model::{AreaPay, Profile};

/// The state-type areas OEWS publishes (50 states, DC, Guam, Puerto Rico, the Virgin
/// Islands), each with its postal abbreviation, in name order.
pub const STATES: [(&str, &str); 54] = [
    ("Alabama", "AL"),
    ("Alaska", "AK"),
    ("Arizona", "AZ"),
    ("Arkansas", "AR"),
    ("California", "CA"),
    ("Colorado", "CO"),
    ("Connecticut", "CT"),
    ("Delaware", "DE"),
    ("District of Columbia", "DC"),
    ("Florida", "FL"),
    ("Georgia", "GA"),
    ("Guam", "GU"),
    ("Hawaii", "HI"),
    ("Idaho", "ID"),
    ("Illinois", "IL"),
    ("Indiana", "IN"),
    ("Iowa", "IA"),
    ("Kansas", "KS"),
    ("Kentucky", "KY"),
    ("Louisiana", "LA"),
    ("Maine", "ME"),
    ("Maryland", "MD"),
    ("Massachusetts", "MA"),
    ("Michigan", "MI"),
    ("Minnesota", "MN"),
    ("Mississippi", "MS"),
    ("Missouri", "MO"),
    ("Montana", "MT"),
    ("Nebraska", "NE"),
    ("Nevada", "NV"),
    ("New Hampshire", "NH"),
    ("New Jersey", "NJ"),
    ("New Mexico", "NM"),
    ("New York", "NY"),
    ("North Carolina", "NC"),
    ("North Dakota", "ND"),
    ("Ohio", "OH"),
    ("Oklahoma", "OK"),
    ("Oregon", "OR"),
    ("Pennsylvania", "PA"),
    ("Puerto Rico", "PR"),
    ("Rhode Island", "RI"),
    ("South Carolina", "SC"),
    ("South Dakota", "SD"),
    ("Tennessee", "TN"),
    ("Texas", "TX"),
    ("Utah", "UT"),
    ("Vermont", "VT"),
    ("Virgin Islands", "VI"),
    ("Virginia", "VA"),
    ("Washington", "WA"),
    ("West Virginia", "WV"),
    ("Wisconsin", "WI"),
    ("Wyoming", "WY"),
];

/// The postal abbreviation of a state, DC or territory named as OEWS names it: `OH` for Ohio.
pub fn abbreviation(state: &str) -> Option<&'static str> {
    STATES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(state))
        .map(|(_, abbr)| *abbr)
}

/// How many areas an error suggests.
pub const SUGGESTIONS: usize = 5;

/// A job's pay in every area OEWS has it for: states, DC and territories (in the profile), then
/// metropolitan areas (the metro asset, read when first needed).
pub fn areas_of(p: &Profile) -> impl Iterator<Item = &AreaPay> {
    let states = p.salary.iter().flat_map(|s| s.by_state.iter().flatten());
    let metros = p
        .code
        .as_deref()
        .map(crate::library::metro_pay)
        .unwrap_or_default();
    states.chain(metros.iter())
}

/// Every area there is pay for: the states, DC and territories, then the metropolitan and
/// nonmetropolitan areas, each in name order.
pub fn all() -> Vec<&'static str> {
    let mut metros: Vec<&str> = crate::library::metro_areas()
        .iter()
        .map(String::as_str)
        .collect();
    metros.sort_unstable();
    STATES.iter().map(|(name, _)| *name).chain(metros).collect()
}

fn is_state(area: &str) -> bool {
    STATES.iter().any(|(name, _)| *name == area)
}

/// The state, DC, territory or metro area that `query` names among the areas the jobs have
/// pay for, tried in this order: the exact name (ignoring case); a state's postal abbreviation
/// (`OH`, `tx`); the only state starting with it (`wash` is Washington, not the metro area of
/// the capital), then the only metro area; the only state containing it, then the only metro
/// area.
///
/// # Errors
/// No area or several match: one line naming at most [`SUGGESTIONS`] of them (the closest,
/// when none match) and saying how to list them all.
pub fn find_area(jobs: &[&Profile], query: &str) -> Result<String, String> {
    let mut areas: Vec<&str> = jobs
        .iter()
        .flat_map(|p| areas_of(p))
        .map(AreaPay::area)
        .collect();
    areas.sort_unstable();
    areas.dedup();
    if areas.is_empty() {
        return Err("neither job has pay by area (only real occupations do)".to_string());
    }
    let q = query.trim().to_lowercase();
    if let Some(exact) = areas.iter().find(|a| a.to_lowercase() == q) {
        return Ok(exact.to_string());
    }
    if let Some((state, _)) = STATES
        .iter()
        .find(|(_, abbr)| abbr.eq_ignore_ascii_case(&q))
        && areas.contains(state)
    {
        return Ok(state.to_string());
    }
    let (states, metros): (Vec<&str>, Vec<&str>) = areas.iter().partition(|a| is_state(a));
    let tries: [(&[&str], Match); 6] = [
        // Every word of the query a word of the name: `columbus oh` is Columbus, OH.
        (&states, has_every_word),
        (&metros, has_every_word),
        (&states, |a, q| a.starts_with(q)),
        (&metros, |a, q| a.starts_with(q)),
        (&states, |a, q| a.contains(q)),
        (&metros, |a, q| a.contains(q)),
    ];
    for (list, matches) in tries {
        let found: Vec<&str> = list
            .iter()
            .copied()
            .filter(|a| matches(&a.to_lowercase(), &q))
            .collect();
        match found.as_slice() {
            [] => continue,
            [one] => return Ok(one.to_string()),
            _ => {
                let mut several = found;
                largest_first(&mut several, |a| crate::library::metro_employment(a));
                return Err(several_match(query, &several));
            }
        }
    }
    let closest = closest(&areas, &q);
    let closest = if closest.is_empty() {
        String::new()
    } else {
        format!("; closest: {}", closest.join(" · "))
    };
    Err(format!(
        "no state or metro area matches {}{closest}; {LIST_ALL}",
        quoted(query)
    ))
}

/// `areas` (indices into it) in the order `--area` tries them for `query`: the exact name, a
/// state's abbreviation, every word of the query, a start, a part (states before metro areas
/// in each), then the rest whose letters come in order. The explorer's area chooser lists
/// this, so its first row is what `--area` picks.
pub fn ranked<S: AsRef<str>>(areas: &[S], query: &str) -> Vec<usize> {
    let q = query.trim().to_lowercase();
    let lower: Vec<String> = areas.iter().map(|a| a.as_ref().to_lowercase()).collect();
    let state = |i: usize| is_state(areas[i].as_ref());
    let abbreviation = |i: usize| {
        STATES
            .iter()
            .any(|(name, abbr)| *name == areas[i].as_ref() && abbr.eq_ignore_ascii_case(&q))
    };
    let tiers: [&dyn Fn(usize) -> bool; 8] = [
        &|i| lower[i] == q,
        &abbreviation,
        &|i| state(i) && has_every_word(&lower[i], &q),
        &|i| !state(i) && has_every_word(&lower[i], &q),
        &|i| state(i) && lower[i].starts_with(&q),
        &|i| !state(i) && lower[i].starts_with(&q),
        &|i| state(i) && lower[i].contains(&q),
        &|i| !state(i) && lower[i].contains(&q),
    ];
    let mut out: Vec<usize> = Vec::new();
    let mut seen = vec![false; areas.len()];
    for tier in tiers {
        let mut found: Vec<usize> = Vec::new();
        for (i, done) in seen.iter_mut().enumerate() {
            if !*done && tier(i) {
                *done = true;
                found.push(i);
            }
        }
        largest_first(&mut found, |&i| {
            crate::library::metro_employment(areas[i].as_ref())
        });
        out.extend(found);
    }
    let index = crate::search::Index::new(areas.iter().map(AsRef::as_ref));
    out.extend(
        index
            .search(query)
            .into_iter()
            .map(|h| h.index)
            .filter(|&i| !seen[i]),
    );
    out
}

/// Orders equally good matches by the area's employment in all occupations (OEWS), largest
/// first: `columbus` means Columbus, OH (1.1 million jobs) before Columbus, GA-AL and Columbus,
/// IN. Areas without the figure (the states) come after those with it, in the order they had.
fn largest_first<T>(found: &mut [T], employment: impl Fn(&T) -> Option<u64>) {
    found.sort_by_key(|a| std::cmp::Reverse(employment(a)));
}

/// Whether an area's name (lower-cased) matches the query (lower-cased) in one way.
type Match = fn(&str, &str) -> bool;

/// The words of a name or query, lower-cased: letters and digits between anything else, so
/// `Columbus, GA-AL` has `columbus`, `ga` and `al`.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether every word of `query` is a word of `area` (both lower-cased); a query of one word
/// is left to the start and part matches, which tell a state from its metro areas.
fn has_every_word(area: &str, query: &str) -> bool {
    let mut q = words(query).peekable();
    let several = words(query).nth(1).is_some();
    several && q.peek().is_some() && q.all(|w| words(area).any(|a| a == w))
}

/// The [`SUGGESTIONS`] areas most like `query`: those sharing the most letter pairs with it,
/// then, when fewer do, the nearest by edit distance (normalised by length), so even a query
/// sharing no letter pair with any name gets five suggestions.
fn closest<'a>(areas: &[&'a str], query: &str) -> Vec<&'a str> {
    let mut out: Vec<&str> = crate::search::closest(areas.iter(), query, SUGGESTIONS)
        .into_iter()
        .filter_map(|i| areas.get(i).copied())
        .collect();
    if out.len() < SUGGESTIONS {
        let mut by_distance: Vec<(f64, &str)> = areas
            .iter()
            .map(|a| (strsim::normalized_levenshtein(&a.to_lowercase(), query), *a))
            .collect();
        by_distance.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
        for (_, a) in by_distance {
            if out.len() >= SUGGESTIONS {
                break;
            }
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// How an error says where every area is.
const LIST_ALL: &str = "`careerscope areas` lists them all";

/// `query` as a message quotes it: cut, its controls written out.
fn quoted(query: &str) -> String {
    format!(
        "\"{}\"",
        crate::text::escape_controls(&crate::text::shorten(query))
    )
}

fn several_match(query: &str, several: &[&str]) -> String {
    let shown: Vec<&str> = several.iter().copied().take(SUGGESTIONS).collect();
    let more = if several.len() > SUGGESTIONS {
        format!(" and {} more", several.len() - SUGGESTIONS)
    } else {
        String::new()
    };
    format!(
        "{} matches several: {}{more}; {LIST_ALL}",
        quoted(query),
        shown.join(" · ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of states is the set of state-type areas the built-in occupations have pay for.
    #[test]
    fn the_states_are_those_of_the_data() {
        let occupations = crate::catalog::Catalog::occupations(crate::library::OCCUPATIONS)
            .unwrap_or_else(|e| panic!("{e}"));
        let mut seen = std::collections::BTreeSet::new();
        for i in 0..occupations.len() {
            let job = occupations.profile(i).unwrap_or_else(|e| panic!("{e}"));
            let rows = job.salary.as_ref().and_then(|s| s.by_state.as_ref());
            for row in rows.into_iter().flatten() {
                seen.insert(row.area().to_string());
            }
        }
        let table: std::collections::BTreeSet<String> =
            STATES.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(seen, table);
        assert!(STATES.is_sorted_by_key(|(n, _)| *n));
    }

    #[test]
    fn a_state_wins_over_metro_areas_holding_its_name() {
        let pay = |area: &str| AreaPay(area.to_string(), 1, None, None, None);
        let job = Profile {
            name: "X".to_string(),
            salary: Some(crate::model::Salary {
                by_state: Some(vec![
                    pay("Eastern Ohio nonmetropolitan area"),
                    pay("Ohio"),
                    pay("Ohio Valley, WV-OH"),
                    pay("Texas"),
                ]),
                ..Default::default()
            }),
            ..Profile::default()
        };
        let find = |q: &str| find_area(&[&job], q);
        assert_eq!(find("ohio").as_deref(), Ok("Ohio"));
        assert_eq!(find("ohi").as_deref(), Ok("Ohio"));
        assert_eq!(find("OH").as_deref(), Ok("Ohio"));
        assert_eq!(find("tx").as_deref(), Ok("Texas"));
        assert_eq!(find("valley").as_deref(), Ok("Ohio Valley, WV-OH"));
        assert!(find("ca").is_err(), "California has no pay here");
    }
}
