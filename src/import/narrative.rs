//! The narrative paragraphs under the title: how long it takes to become each job, and each
//! job's top three skills. The narrative names the jobs in lower case, in either order, with
//! "a" or "an", so everything here matches names case-insensitively.

use regex_lite::Regex;
use std::sync::LazyLock;

use crate::model::{TimeUnit, YearsRange};

static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\s+(years?|months?)\b")
        .expect("static regex")
});

/// Where a name is mentioned in a sentence (byte offsets into the lower-cased sentence).
fn mentions(sentence: &str, names: &[String; 2]) -> Vec<(usize, usize, usize)> {
    // Longer names first, so "lead technician" is not also counted as "technician".
    let mut order = [0usize, 1];
    order.sort_by_key(|&i| std::cmp::Reverse(names[i].len()));
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for job in order {
        let name = &names[job];
        if name.is_empty() {
            continue;
        }
        for (start, _) in sentence.match_indices(name.as_str()) {
            let end = start + name.len();
            if !found.iter().any(|&(_, s, e)| start < e && s < end) {
                found.push((job, start, end));
            }
        }
    }
    found
}

/// The paragraph's sentences. A sentence ends at ". " before a capital: the narrative writes job
/// names in lower case, so a name's own abbreviation ("a sr. software engineer") is no end.
fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in paragraph.match_indices(". ") {
        let next = paragraph[i + 2..].chars().next();
        if next.is_some_and(char::is_uppercase) {
            out.push(&paragraph[start..i + 2]);
            start = i + 2;
        }
    }
    out.push(&paragraph[start..]);
    out
}

/// The time it takes to become each job, from sentences like "While it typically takes 1-2 years
/// to become a lead technician, becoming a technical project manager takes usually requires 4-6
/// years" or "It typically takes 1-2 years to become both a X and a Y".
pub fn years_to_become(paragraphs: &[&str], names: &[String; 2]) -> [Option<YearsRange>; 2] {
    let names = [names[0].to_lowercase(), names[1].to_lowercase()];
    let mut out = [None, None];
    for paragraph in paragraphs {
        for sentence in sentences(paragraph) {
            let sentence = &sentence.to_lowercase();
            if !sentence.contains("become") {
                continue;
            }
            let ranges: Vec<(usize, usize, YearsRange)> = RANGE
                .captures_iter(sentence)
                .filter_map(|c| {
                    let m = c.get(0)?;
                    let unit = if c[3].starts_with("month") {
                        TimeUnit::Months
                    } else {
                        TimeUnit::Years
                    };
                    let range = YearsRange {
                        min: c[1].parse().ok()?,
                        max: c[2].parse().ok()?,
                        unit,
                        estimate: false,
                        basis: None,
                    };
                    Some((m.start(), m.end(), range))
                })
                .collect();
            let named = mentions(sentence, &names);
            let jobs_named = |job| named.iter().any(|m| m.0 == job);
            match ranges.as_slice() {
                [(_, _, r)] if sentence.contains(" both ") && jobs_named(0) && jobs_named(1) => {
                    out = [Some(*r), Some(*r)];
                }
                [(s, e, r)] => {
                    if let Some(job) = nearest(&named, *s, *e) {
                        out[job].get_or_insert(*r);
                    }
                }
                [(s0, e0, r0), (s1, e1, r1)] => {
                    // Give each range to a different job, the pairing with the shortest distances.
                    let d = |job, s, e| distance_to(&named, job, s, e);
                    let straight = d(0, *s0, *e0).saturating_add(d(1, *s1, *e1));
                    let crossed = d(1, *s0, *e0).saturating_add(d(0, *s1, *e1));
                    if straight == usize::MAX && crossed == usize::MAX {
                        continue;
                    }
                    let (first, second) = if straight <= crossed { (0, 1) } else { (1, 0) };
                    out[first].get_or_insert(*r0);
                    out[second].get_or_insert(*r1);
                }
                _ => {}
            }
        }
    }
    out
}

fn gap(ms: usize, me: usize, s: usize, e: usize) -> usize {
    // Zero when the mention and the range overlap.
    s.saturating_sub(me).max(ms.saturating_sub(e))
}

fn distance_to(named: &[(usize, usize, usize)], job: usize, s: usize, e: usize) -> usize {
    named
        .iter()
        .filter(|m| m.0 == job)
        .map(|&(_, ms, me)| gap(ms, me, s, e))
        .min()
        .unwrap_or(usize::MAX)
}

fn nearest(named: &[(usize, usize, usize)], s: usize, e: usize) -> Option<usize> {
    named
        .iter()
        .min_by_key(|&&(_, ms, me)| gap(ms, me, s, e))
        .map(|m| m.0)
}

/// Top skills as the narrative lists them: "The top three skills for a X include java,
/// architecture and digital transformation." The list ends at a full stop before a capital or at
/// the paragraph's end, like a sentence (skills are lower case: "u.s. gaap" is one). `known_skills` (the job's skills list, lower case)
/// settles where an " and " inside a skill name is not a separator.
pub fn top_skills(
    paragraphs: &[&str],
    name: &str,
    known_skills: &[String],
) -> Result<Option<Vec<String>>, String> {
    let pattern = format!(
        r"(?i)skills for an? {} (?:include|are) (.+?)\.(?-i:\s+[[:upper:]]|\s*$)",
        regex_lite::escape(name)
    );
    let Ok(re) = Regex::new(&pattern) else {
        return Ok(None);
    };
    for paragraph in paragraphs {
        if let Some(c) = re.captures(paragraph) {
            return split_list(&c[1], known_skills).map(Some);
        }
    }
    Ok(None)
}

/// "a, b and c" / "a, b, and c" → [a, b, c].
fn split_list(list: &str, known: &[String]) -> Result<Vec<String>, String> {
    let mut items: Vec<String> = list
        .split(", ")
        .map(|s| s.trim().trim_start_matches("and ").trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let Some(last) = items.pop() else {
        return Ok(items);
    };
    if list.contains(", and ") || !last.contains(" and ") {
        items.push(last);
        return Ok(items);
    }
    let splits: Vec<(String, String)> = last
        .match_indices(" and ")
        .map(|(i, _)| (last[..i].to_string(), last[i + 5..].to_string()))
        .collect();
    let chosen = if splits.len() == 1 {
        splits.first()
    } else {
        let is_known = |s: &str| known.iter().any(|k| k.eq_ignore_ascii_case(s));
        let fitting: Vec<_> = splits
            .iter()
            .filter(|(a, b)| is_known(a) && is_known(b))
            .collect();
        match fitting.as_slice() {
            [one] => Some(*one),
            _ => {
                return Err(format!(
                    "cannot tell where the skills in \"{last}\" are separated"
                ));
            }
        }
    };
    if let Some((a, b)) = chosen {
        items.push(a.clone());
        items.push(b.clone());
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(a: &str, b: &str) -> [String; 2] {
        [a.to_string(), b.to_string()]
    }

    fn yr(min: u32, max: u32, unit: TimeUnit) -> Option<YearsRange> {
        Some(YearsRange {
            min,
            max,
            unit,
            estimate: false,
            basis: None,
        })
    }

    #[test]
    fn two_ranges_in_either_order() {
        let p = "While it typically takes 1-2 years to become a lead technician, becoming a \
                 technical project manager takes usually requires 4-6 years.";
        let got = years_to_become(&[p], &names("Lead Technician", "Technical Project Manager"));
        assert_eq!(got, [yr(1, 2, TimeUnit::Years), yr(4, 6, TimeUnit::Years)]);
        let got = years_to_become(&[p], &names("Technical Project Manager", "Lead Technician"));
        assert_eq!(got, [yr(4, 6, TimeUnit::Years), yr(1, 2, TimeUnit::Years)]);
    }

    #[test]
    fn both_and_months_and_an() {
        let p = "It typically takes 6-12 months to become both an electrician and a cdl driver.";
        let got = years_to_become(&[p], &names("Electrician", "CDL Driver"));
        assert_eq!(
            got,
            [yr(6, 12, TimeUnit::Months), yr(6, 12, TimeUnit::Months)]
        );
    }

    #[test]
    fn missing_narrative_gives_nothing() {
        let got = years_to_become(&["Something else entirely."], &names("A b", "C d"));
        assert_eq!(got, [None, None]);
    }

    #[test]
    fn name_inside_other_name() {
        let p = "While it typically takes 2-4 years to become a technician, becoming a lead \
                 technician takes usually requires 6-8 years.";
        let got = years_to_become(&[p], &names("Lead Technician", "Technician"));
        assert_eq!(got, [yr(6, 8, TimeUnit::Years), yr(2, 4, TimeUnit::Years)]);
    }

    #[test]
    fn skill_lists() {
        let p = "The top three skills for a lead technician include java, architecture and \
                 digital transformation. The most important skills for an it manager are project \
                 management, technical project, and scrum.";
        assert_eq!(
            top_skills(&[p], "Lead Technician", &[]).ok().flatten(),
            Some(vec![
                "java".into(),
                "architecture".into(),
                "digital transformation".into()
            ])
        );
        assert_eq!(
            top_skills(&[p], "IT Manager", &[]).ok().flatten(),
            Some(vec![
                "project management".into(),
                "technical project".into(),
                "scrum".into()
            ])
        );
    }

    #[test]
    fn and_inside_a_skill_needs_evidence() {
        let p = "The top three skills for a chef include food, health and safety and cooking.";
        assert!(top_skills(&[p], "chef", &[]).is_err());
        let known = [
            "Food".to_string(),
            "Health and Safety".into(),
            "Cooking".into(),
        ];
        assert_eq!(
            top_skills(&[p], "chef", &known).ok().flatten(),
            Some(vec![
                "food".into(),
                "health and safety".into(),
                "cooking".into()
            ])
        );
    }
}
