//! Folding a page's profiles into a dataset. A job is identified by its name, ignoring case.
//! The later page wins for every value it has; a value it lacks (`null`) never erases one the
//! dataset already holds, so importing a cut-off page loses nothing.

use std::collections::HashMap;

use serde_json::Value;

use crate::model::{Dataset, Page, PageRef, Profile};
use crate::text::shorten;

/// One value of one job that an import changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub job: String,
    pub field: String,
    pub old: String,
    pub new: String,
}

/// What an import did to the dataset.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeReport {
    pub added: Vec<String>,
    pub changed: Vec<Change>,
    pub unchanged: Vec<String>,
}

impl MergeReport {
    /// Adds another merge's report to this one.
    pub fn extend(&mut self, other: MergeReport) {
        self.added.extend(other.added);
        self.changed.extend(other.changed);
        self.unchanged.extend(other.unchanged);
    }
}

/// Merges one parsed page into `dataset` and says what it added and changed.
pub fn merge_page(dataset: &mut Dataset, page: &Page) -> MergeReport {
    let report = merge_jobs(dataset, &page.jobs);
    add_pages(
        dataset,
        [PageRef {
            title: page.title.clone(),
            category: page.category.clone(),
            jobs: page.jobs.iter().map(|j| j.name.clone()).collect(),
            file: page.file.clone(),
            imported_at: page.imported_at.clone(),
        }],
    );
    report
}

/// Merges a whole dataset (the user's library) on top of another (the built-in one).
pub fn merge_dataset(into: &mut Dataset, from: &Dataset) -> MergeReport {
    let report = merge_jobs(into, &from.jobs);
    add_pages(into, from.pages.iter().cloned());
    report
}

/// `base` with every value `newer` has laid over it, as an import of `newer` would leave it.
pub fn overlay(base: &Profile, newer: &Profile) -> Profile {
    let mut merged = base.clone();
    merge_profile(&mut merged, newer, &mut Vec::new());
    merged
}

fn merge_jobs(dataset: &mut Dataset, jobs: &[Profile]) -> MergeReport {
    let mut report = MergeReport::default();
    // By lower-cased name: merging a library of 100,000 jobs must not compare every pair.
    let mut known: HashMap<String, usize> = dataset
        .jobs
        .iter()
        .enumerate()
        .map(|(i, j)| (j.name.to_lowercase(), i))
        .collect();
    for profile in jobs {
        match known.get(&profile.name.to_lowercase()) {
            None => {
                report.added.push(profile.name.clone());
                known.insert(profile.name.to_lowercase(), dataset.jobs.len());
                dataset.jobs.push(profile.clone());
            }
            Some(&i) => {
                let before = report.changed.len();
                merge_profile(&mut dataset.jobs[i], profile, &mut report.changed);
                if report.changed.len() == before {
                    report.unchanged.push(profile.name.clone());
                }
            }
        }
    }
    dataset
        .jobs
        .sort_by_cached_key(|j| (j.name.to_lowercase(), j.name.clone()));
    report
}

/// Records which pair a page showed; the same page imported again replaces its record.
fn add_pages(dataset: &mut Dataset, pages: impl IntoIterator<Item = PageRef>) {
    let mut known: HashMap<String, usize> = dataset
        .pages
        .iter()
        .enumerate()
        .filter_map(|(i, p)| Some((p.title.as_ref()?.to_lowercase(), i)))
        .collect();
    for page in pages {
        let key = page.title.as_ref().map(|t| t.to_lowercase());
        match key.as_ref().and_then(|k| known.get(k)) {
            Some(&i) => dataset.pages[i] = page,
            None => {
                if let Some(k) = key {
                    known.insert(k, dataset.pages.len());
                }
                dataset.pages.push(page);
            }
        }
    }
}

fn merge_profile(existing: &mut Profile, new: &Profile, changes: &mut Vec<Change>) {
    let (Ok(mut old), Ok(new_value)) =
        (serde_json::to_value(&*existing), serde_json::to_value(new))
    else {
        return;
    };
    let mut found = Vec::new();
    merge_value(&mut old, new_value, String::new(), &mut found);
    if found.is_empty() {
        return;
    }
    if let Ok(merged) = serde_json::from_value::<Profile>(old) {
        *existing = merged;
        changes.extend(found.into_iter().map(|(field, old, new)| Change {
            job: existing.name.clone(),
            field,
            old,
            new,
        }));
    }
}

fn merge_value(
    old: &mut Value,
    new: Value,
    path: String,
    found: &mut Vec<(String, String, String)>,
) {
    match (old, new) {
        (_, Value::Null) => {}
        (Value::Object(o), Value::Object(n)) => {
            for (key, value) in n {
                let sub = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                let slot = o.entry(key).or_insert(Value::Null);
                merge_value(slot, value, sub, found);
            }
        }
        (slot, new) => {
            if *slot != new {
                found.push((path, short(slot), short(&new)));
                *slot = new;
            }
        }
    }
}

fn short(v: &Value) -> String {
    match v {
        Value::String(s) => shorten(s),
        Value::Null => "n/a".to_string(),
        other => shorten(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Overview, Salary};

    fn job(name: &str, salary: Option<u64>, city: Option<&str>) -> Profile {
        Profile {
            name: name.into(),
            overview: Some(Overview {
                yearly_salary: salary,
                ..Overview::default()
            }),
            salary: Some(Salary {
                highest_paying_city: city.map(String::from),
                ..Salary::default()
            }),
            ..Profile::default()
        }
    }

    fn page(title: &str, jobs: Vec<Profile>) -> Page {
        Page {
            title: Some(title.into()),
            jobs,
            ..Page::default()
        }
    }

    #[test]
    fn later_page_wins_and_nulls_erase_nothing() {
        let mut ds = Dataset::default();
        let r = merge_page(
            &mut ds,
            &page(
                "A vs B",
                vec![
                    job("Lead Tech", Some(90), Some("Austin, TX")),
                    job("B", None, None),
                ],
            ),
        );
        assert_eq!(r.added, vec!["Lead Tech", "B"]);
        let r = merge_page(
            &mut ds,
            &page(
                "lead tech vs c",
                vec![job("LEAD TECH", Some(95), None), job("C", None, None)],
            ),
        );
        assert_eq!(r.added, vec!["C"]);
        let fields: Vec<(&str, &str, &str)> = r
            .changed
            .iter()
            .map(|c| (c.field.as_str(), c.old.as_str(), c.new.as_str()))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("name", "Lead Tech", "LEAD TECH"),
                ("overview.yearly_salary", "90", "95")
            ]
        );
        let lead = ds
            .jobs
            .iter()
            .find(|j| j.name == "LEAD TECH")
            .cloned()
            .unwrap_or_default();
        assert_eq!(lead.overview.and_then(|o| o.yearly_salary), Some(95));
        assert_eq!(
            lead.salary.and_then(|s| s.highest_paying_city).as_deref(),
            Some("Austin, TX")
        );
        assert_eq!(ds.jobs.len(), 3);
        assert_eq!(ds.pages.len(), 2);
    }

    #[test]
    fn same_page_twice_changes_nothing() {
        let mut ds = Dataset::default();
        let p = page(
            "A vs B",
            vec![job("A", Some(1), None), job("B", Some(2), None)],
        );
        merge_page(&mut ds, &p);
        let r = merge_page(&mut ds, &p);
        assert!(r.added.is_empty() && r.changed.is_empty());
        assert_eq!(r.unchanged, vec!["A", "B"]);
        assert_eq!(ds.pages.len(), 1);
    }
}
