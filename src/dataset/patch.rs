//! Importing pages into a laid-out dataset file (see [`super::layout`]) without rewriting the
//! world: only the jobs the pages name are read and built; every other job is copied through as
//! the bytes it already is, a run of neighbours at a time, and so are the other pages. The
//! result is what a full read, merge and write would give, job for job.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};

use serde::Deserialize;
use serde_json::value::RawValue;

use super::layout::{self, Head};
use super::merge::{MergeReport, merge_page};
use crate::model::{Dataset, Page, PageRef, Profile};

/// What an import into a laid-out file will write.
pub struct Plan {
    /// Every job of the new file in order: where its bytes come from.
    jobs: Vec<Job>,
    /// Every page record of the new file in order.
    pages: Vec<PageText>,
    pub report: MergeReport,
}

enum Job {
    /// Job `i` of the old file, unchanged.
    Old(usize),
    /// A job the pages added or changed, as its new JSON.
    New { name: String, json: String },
}

enum PageText {
    Old(Box<RawValue>),
    New(String),
}

impl Plan {
    /// How many jobs the new file holds.
    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    /// Whether the new file holds no jobs.
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }
}

/// The category of a stand-in for an old page record (see [`plan`]).
const STAND_IN: &str = "\u{0}old page";

/// The order jobs are kept in: by name ignoring case, then exactly (as a merge sorts them).
fn job_order(a: &str, b: &str) -> Ordering {
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
        .then_with(|| a.cmp(b))
}

/// Plans the import of `pages` into the laid-out file `file` whose head is `head`. `None`
/// when the file's jobs are not in order (written by hand), for the full path to take.
///
/// # Errors
/// When reading fails, or a job the pages name or the pages list is not valid JSON (the file
/// is then left alone).
pub fn plan(file: &File, head: &Head, pages: &[Page]) -> io::Result<Option<Plan>> {
    let name = |i: usize| {
        let start = if i == 0 { 0 } else { head.name_ends[i - 1] };
        head.names.get(start..head.name_ends[i]).unwrap_or_default()
    };
    let n = head.name_ends.len();
    if (1..n).any(|i| job_order(name(i - 1), name(i)) == Ordering::Greater) {
        return Ok(None);
    }
    // The jobs the pages name, by lower-cased name, with their place in the old file.
    let wanted: HashMap<String, ()> = pages
        .iter()
        .flat_map(|p| &p.jobs)
        .map(|j| (j.name.to_lowercase(), ()))
        .collect();
    let mut touched = Vec::new();
    let mut old_jobs = Vec::new();
    for i in 0..n {
        if wanted.contains_key(&name(i).to_lowercase()) {
            let json = layout::read_at(file, head.starts[i], head.lens[i])?;
            let profile: Profile = serde_json::from_slice(&json).map_err(io::Error::other)?;
            touched.push(i);
            old_jobs.push(profile);
        }
    }
    let (jobs_changed, page_texts, report) = merge_into(file, head, old_jobs, pages)?;
    // The new file's jobs: the untouched old ones in their order, merged with the changed and
    // added ones (sorted by the merge) in theirs.
    let mut fresh = jobs_changed
        .iter()
        .map(|p| Ok((p.name.clone(), serde_json::to_string(p)?)))
        .collect::<serde_json::Result<Vec<_>>>()
        .map_err(io::Error::other)?
        .into_iter()
        .peekable();
    let mut jobs = Vec::with_capacity(n + fresh.len());
    let mut skip = touched.iter().peekable();
    for i in 0..n {
        if skip.peek() == Some(&&i) {
            skip.next();
            continue;
        }
        while let Some((new_name, _)) = fresh.peek() {
            if job_order(new_name, name(i)) == Ordering::Greater {
                break;
            }
            if let Some((name, json)) = fresh.next() {
                jobs.push(Job::New { name, json });
            }
        }
        jobs.push(Job::Old(i));
    }
    jobs.extend(fresh.map(|(name, json)| Job::New { name, json }));
    Ok(Some(Plan {
        jobs,
        pages: page_texts,
        report,
    }))
}

/// Merges `pages` into the jobs they name (`jobs`, read from the old file) and into the old
/// file's page records: the jobs as the merge leaves them, every page record (the old ones
/// untouched as their text), and what the merge did.
fn merge_into(
    file: &File,
    head: &Head,
    jobs: Vec<Profile>,
    pages: &[Page],
) -> io::Result<(Vec<Profile>, Vec<PageText>, MergeReport)> {
    let old_pages_json = layout::read_at(file, head.pages.0, head.pages.1 - head.pages.0)?;
    let old_pages: Vec<Box<RawValue>> =
        serde_json::from_slice(&old_pages_json).map_err(io::Error::other)?;
    #[derive(Deserialize)]
    struct TitleOnly {
        #[serde(default)]
        title: Option<String>,
    }
    // The merge works on the named jobs and on stand-ins for the page records that hold only
    // a title (which record a page replaces is decided by title alone) and a mark no page's
    // category can have (a NUL), so that what the merge did not replace is told apart.
    let mut small = Dataset {
        jobs,
        pages: old_pages
            .iter()
            .map(|raw| {
                let t: TitleOnly =
                    serde_json::from_str(raw.get()).unwrap_or(TitleOnly { title: None });
                PageRef {
                    title: t.title,
                    category: Some(STAND_IN.to_string()),
                    jobs: Vec::new(),
                    file: None,
                    imported_at: None,
                }
            })
            .collect(),
        ..Dataset::default()
    };
    let old_page_count = small.pages.len();
    let mut report = MergeReport::default();
    for page in pages {
        report.extend(merge_page(&mut small, page));
    }
    // Which old records were replaced: their position now holds a record with jobs.
    let page_texts = small
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i < old_page_count && p.category.as_deref() == Some(STAND_IN) {
                Ok(PageText::Old(old_pages[i].clone()))
            } else {
                serde_json::to_string(p).map(PageText::New)
            }
        })
        .collect::<serde_json::Result<Vec<_>>>()
        .map_err(io::Error::other)?;
    Ok((small.jobs, page_texts, report))
}

/// Writes the planned file to `out`: untouched jobs are copied from `file` in runs.
///
/// # Errors
/// When reading `file` or writing `out` fails.
pub fn write(plan: &Plan, file: &File, head: &Head, out: &mut impl Write) -> io::Result<()> {
    let old_name = |i: usize| {
        let start = if i == 0 { 0 } else { head.name_ends[i - 1] };
        head.names.get(start..head.name_ends[i]).unwrap_or_default()
    };
    let names: Vec<&str> = plan
        .jobs
        .iter()
        .map(|j| match j {
            Job::Old(i) => old_name(*i),
            Job::New { name, .. } => name.as_str(),
        })
        .collect();
    let lens: Vec<u64> = plan
        .jobs
        .iter()
        .map(|j| match j {
            Job::Old(i) => head.lens[*i],
            Job::New { json, .. } => json.len() as u64,
        })
        .collect();
    let mut pages = Vec::new();
    pages.push(b'[');
    for (i, p) in plan.pages.iter().enumerate() {
        if i > 0 {
            pages.push(b',');
        }
        pages.extend_from_slice(match p {
            PageText::Old(raw) => raw.get().as_bytes(),
            PageText::New(json) => json.as_bytes(),
        });
    }
    pages.push(b']');
    layout::write_start(out, &names, &lens, pages.len() as u64)?;
    let mut reader = file.try_clone()?;
    let mut k = 0;
    while k < plan.jobs.len() {
        match &plan.jobs[k] {
            Job::New { json, .. } => {
                out.write_all(json.as_bytes())?;
                k += 1;
            }
            Job::Old(first) => {
                // A run of old jobs that were neighbours is one copy, separators and all.
                let mut last = *first;
                while let Some(Job::Old(next)) = plan.jobs.get(k + 1) {
                    if *next != last + 1 {
                        break;
                    }
                    last = *next;
                    k += 1;
                }
                let start = head.starts[*first];
                let end = head.starts[last] + head.lens[last];
                reader.seek(SeekFrom::Start(start))?;
                let copied = io::copy(&mut (&mut reader).take(end - start), out)?;
                if copied != end - start {
                    return Err(io::ErrorKind::UnexpectedEof.into());
                }
                k += 1;
            }
        }
        out.write_all(layout::separator_after(k - 1, plan.jobs.len()).as_bytes())?;
    }
    layout::write_end(out, &pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::layout::{read_head, write_dataset};
    use crate::model::Overview;

    const PAGES: [&str; 5] = [
        "lead-technician-vs-information-technology-support-technician.txt",
        "lead-technician-vs-technical-product-manager.txt",
        "lead-technician-vs-technical-project-manager.txt",
        "technical-manager-vs-lead-technician.txt",
        "technical-specialist-vs-lead-technician.txt",
    ];

    fn page(name: &str) -> Page {
        let path = format!("{}/assets/pages/{name}", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        crate::import::parse_page(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// A dataset of made-up jobs around the pages' names, some with other cases.
    fn base() -> Dataset {
        let mut d = Dataset::default();
        for (name, salary) in [
            ("Accountant", 1),
            ("lead technician", 2),
            ("Nurse", 3),
            ("Technical Manager", 4),
            ("Zoologist", 5),
        ] {
            d.jobs.push(Profile {
                name: name.into(),
                overview: Some(Overview {
                    yearly_salary: Some(salary),
                    ..Overview::default()
                }),
                ..Profile::default()
            });
        }
        d.jobs
            .sort_by_cached_key(|j| (j.name.to_lowercase(), j.name.clone()));
        d.pages.push(PageRef {
            title: Some("Technical manager vs lead technician".into()),
            category: Some("old".into()),
            jobs: vec!["Technical Manager".into(), "lead technician".into()],
            file: None,
            imported_at: None,
        });
        d.pages.push(PageRef {
            title: Some("Nurse vs zoologist".into()),
            category: None,
            jobs: vec!["Nurse".into(), "Zoologist".into()],
            file: None,
            imported_at: None,
        });
        d
    }

    /// `dataset` written laid out to a temporary file, and the file's head.
    fn laid_out(dataset: &Dataset) -> (File, Head) {
        let mut file = tempfile::tempfile().unwrap_or_else(|e| panic!("{e}"));
        write_dataset(&mut file, dataset).unwrap_or_else(|e| panic!("{e}"));
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        file.seek(SeekFrom::Start(0))
            .unwrap_or_else(|e| panic!("{e}"));
        let head = read_head(&mut std::io::BufReader::new(&file), len)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("a head"));
        (file, head)
    }

    /// Imports `pages` both ways: through the plan, copying untouched jobs, and by a full read,
    /// merge and write. The two files must be the same, byte for byte.
    fn both_ways(start: &Dataset, pages: &[Page]) -> (Vec<u8>, Vec<u8>, MergeReport) {
        let (file, head) = laid_out(start);
        let plan = plan(&file, &head, pages)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("a plan"));
        let mut patched = Vec::new();
        write(&plan, &file, &head, &mut patched).unwrap_or_else(|e| panic!("{e}"));
        let mut whole = start.clone();
        let mut report = MergeReport::default();
        for p in pages {
            report.extend(merge_page(&mut whole, p));
        }
        let mut full = Vec::new();
        write_dataset(&mut full, &whole).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(plan.report, report);
        (patched, full, report)
    }

    #[test]
    fn patching_gives_what_a_full_rewrite_gives() {
        let pages: Vec<Page> = PAGES.iter().map(|p| page(p)).collect();
        // One page at a time, each into the result of the last.
        let mut d = base();
        for p in &pages {
            let (patched, full, _) = both_ways(&d, std::slice::from_ref(p));
            assert_eq!(
                String::from_utf8_lossy(&patched),
                String::from_utf8_lossy(&full)
            );
            d = crate::dataset::parse(&String::from_utf8_lossy(&full), "t")
                .unwrap_or_else(|e| panic!("{e}"));
        }
        // All at once, into an empty dataset and into the base.
        for start in [Dataset::default(), base()] {
            let (patched, full, report) = both_ways(&start, &pages);
            assert_eq!(patched, full);
            assert!(!report.added.is_empty());
        }
        // The same page again changes nothing and replaces its own record.
        let (patched, full, report) = both_ways(&d, &pages[..1]);
        assert_eq!(patched, full);
        assert!(report.added.is_empty() && report.changed.is_empty());
    }

    #[test]
    fn jobs_out_of_order_are_left_to_the_full_path() {
        let mut d = base();
        d.jobs.reverse();
        let (file, head) = laid_out(&d);
        assert!(matches!(plan(&file, &head, &[page(PAGES[0])]), Ok(None)));
    }
}
