//! The jobs a session works with: every name at once, each full profile when it is needed.
//!
//! A dataset of 100,000 jobs is a 170 MB file. Building every profile up front takes most of a
//! second and over 400 MB; picking and searching need only the names. So a dataset file is read
//! in one pass that keeps each job's JSON text as it is and takes out just its name, and a profile
//! is built from its text when it is shown or compared.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::dataset::{self, DatasetError, sanitize_profile};
use crate::model::{Dataset, PageRef, Profile, SCHEMA, Sources, same_name};
use crate::text::escape_controls;

type Result<T> = std::result::Result<T, DatasetError>;

/// Where a job of a layered catalog comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Base(usize),
    Top(usize),
    Both(usize, usize),
}

enum Store {
    Parsed(Vec<Profile>),
    /// The user's library (`top`, read lazily) laid over the built-in dataset (`base`).
    Layered {
        base: Vec<Profile>,
        top: Box<Catalog>,
        sources: Vec<Source>,
    },
    /// Real occupations (`parts[0]`) and page jobs (`parts[1]`) side by side: both listed,
    /// in one name order, never merged, so neither can overwrite the other.
    Joined {
        parts: Box<[Catalog; 2]>,
        /// For each job: its part and its index there.
        entries: Vec<(u8, u32)>,
    },
    /// A laid-out file (see [`dataset::layout`]) read by its index: the names are in memory,
    /// each job is read from the file when asked, so a dataset larger than memory opens at
    /// once.
    Indexed {
        file: std::fs::File,
        starts: Vec<u64>,
        lens: Vec<u64>,
        pages: (u64, u64),
    },
    /// The file's text and, for each job, where its JSON object lies in it.
    Raw {
        text: String,
        jobs: Vec<Range<usize>>,
        pages: Option<Range<usize>>,
    },
}

/// Job names end to end in one buffer: one allocation for 100,000 names instead of 100,000.
#[derive(Default, Clone)]
pub struct Names {
    text: String,
    /// Where each name ends in `text`: `usize`, so names of any total size index correctly.
    ends: Vec<usize>,
}

impl Names {
    /// Every name end to end, and where each ends in that text.
    pub fn parts(&self) -> (&str, &[usize]) {
        (&self.text, &self.ends)
    }

    /// Adds a name, its terminal controls written out.
    pub fn push(&mut self, name: &str) {
        self.text.push_str(&escape_controls(name));
        self.ends.push(self.text.len());
    }

    /// How many jobs there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no jobs.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The `i`-th name.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end)
    }

    /// Every name in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }
}

impl std::ops::Index<usize> for Names {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.get(i).unwrap_or_default()
    }
}

/// The jobs of a session: every name now, each profile when asked (see the module docs).
pub struct Catalog {
    names: Names,
    store: Store,
    /// Every job is a real occupation (the built-in occupations asset).
    occupations: bool,
    pages: Vec<PageRef>,
    /// Where the jobs came from, for error messages.
    origin: String,
    /// For each page job (by lower-case name): the last page that lists it and how many do.
    /// Built on the first [`Catalog::sourced_profile`], in one pass that copies only titles.
    page_sources: OnceLock<PageSources>,
}

/// Job name (lower case) → the title of the last page listing it, and how many pages do.
type PageSources = HashMap<String, (String, usize)>;

/// A dataset's top level with each job left as its text, for [`Catalog::explain`].
#[derive(Deserialize)]
struct LazyFile<'a> {
    schema: u32,
    #[serde(borrow)]
    jobs: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
struct NameOnly {
    name: String,
}

/// A dataset file's whole text (`shown` names it in errors): not too large, not binary, UTF-8.
fn read_text(path: &Path, shown: &str) -> Result<String> {
    let bytes = dataset::read_bytes(path, dataset::Expect::DATASET)?;
    dataset::not_binary(&bytes, shown)?;
    String::from_utf8(bytes).map_err(|_| DatasetError::NotUtf8 {
        file: shown.to_string(),
    })
}

/// Job order: by name ignoring case, then exactly, as `import` sorts them.
fn name_order(a: &str, b: &str) -> std::cmp::Ordering {
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
        .then_with(|| a.cmp(b))
}

/// The value of a job object's `name` when it is the first key, as careerscope writes it;
/// reads only the first few bytes of the job.
fn leading_name(job: &str) -> Option<Cow<'_, str>> {
    // JSON whitespace is ASCII.
    let rest = job.trim_ascii_start().strip_prefix('{')?.trim_ascii_start();
    let rest = rest
        .strip_prefix("\"name\"")?
        .trim_ascii_start()
        .strip_prefix(':')?;
    let rest = rest.trim_ascii_start();
    // Most names hold no escapes: take them as they stand.
    if let Some(body) = rest.strip_prefix('"')
        && let Some(end) = body.bytes().position(|b| b == b'"' || b == b'\\')
        && body.as_bytes()[end] == b'"'
    {
        return Some(Cow::Borrowed(&body[..end]));
    }
    let mut de = serde_json::Deserializer::from_str(rest);
    String::deserialize(&mut de).ok().map(Cow::Owned)
}

impl From<Dataset> for Catalog {
    fn from(dataset: Dataset) -> Catalog {
        Catalog::from_dataset(dataset, "dataset")
    }
}

impl Catalog {
    /// A catalog of profiles already in memory (the built-in dataset with the user's library).
    pub fn from_dataset(dataset: Dataset, origin: &str) -> Catalog {
        Catalog {
            names: {
                let mut names = Names::default();
                dataset.jobs.iter().for_each(|j| names.push(&j.name));
                names
            },
            store: Store::Parsed(dataset.jobs),
            occupations: false,
            pages: dataset.pages,
            origin: escape_controls(origin).into_owned(),
            page_sources: OnceLock::new(),
        }
    }

    /// `top` laid over `base`: a job in both has `top`'s values wherever `top` has one, as an
    /// import of `top`'s pages would have merged them; every job is listed once, by name.
    pub fn layered(base: Dataset, top: Catalog, origin: &str) -> Catalog {
        let mut by_name: std::collections::HashMap<String, usize> = base
            .jobs
            .iter()
            .enumerate()
            .map(|(i, j)| (j.name.to_lowercase(), i))
            .collect();
        let mut sources: Vec<(Source, &str)> = top
            .names()
            .iter()
            .enumerate()
            .map(|(t, name)| match by_name.remove(&name.to_lowercase()) {
                Some(b) => (Source::Both(b, t), name),
                None => (Source::Top(t), name),
            })
            .collect();
        if !sources.is_sorted_by(|a, b| name_order(a.1, b.1).is_le()) {
            sources.sort_by(|a, b| name_order(a.1, b.1));
        }
        let mut base_only: Vec<usize> = by_name.into_values().collect();
        base_only.sort_unstable();
        for b in base_only {
            let name = base.jobs[b].name.as_str();
            let at = sources.partition_point(|s| name_order(s.1, name).is_lt());
            sources.insert(at, (Source::Base(b), name));
        }
        let mut names = Names::default();
        for (_, name) in &sources {
            names.push(name);
        }
        let sources = sources.into_iter().map(|(s, _)| s).collect();
        Catalog {
            names,
            store: Store::Layered {
                base: base.jobs,
                top: Box::new(top),
                sources,
            },
            occupations: false,
            // The library's pages are added when asked for: the first pair is the built-in one.
            pages: base.pages,
            origin: escape_controls(origin).into_owned(),
            page_sources: OnceLock::new(),
        }
    }

    /// The built-in real occupations (`assets/occupations.json`), read like a dataset file.
    ///
    /// # Errors
    /// Only if the compiled-in asset is broken, which a test rules out.
    pub fn occupations(text: &str) -> Result<Catalog> {
        let mut c = Catalog::from_text(text.to_string(), "built-in occupations")?;
        c.occupations = true;
        Ok(c)
    }

    /// What the explorer says it has loaded: `830 built-in occupations + 6 page jobs (built-in
    /// pages + library /home/me/.local/share/careerscope/library.json)`, or `6 jobs from my.json`.
    pub fn describe(&self) -> String {
        match &self.store {
            Store::Joined { parts, .. } => {
                let [occupations, pages] = &**parts;
                let from = if matches!(pages.store, Store::Layered { .. }) {
                    format!("built-in pages + library {}", pages.origin)
                } else {
                    "built-in pages; no library yet".to_string()
                };
                format!(
                    "{} built-in occupations + {} page jobs ({from})",
                    occupations.len(),
                    pages.len()
                )
            }
            _ => format!("{} jobs from {}", self.len(), self.origin),
        }
    }

    /// Real occupations and page jobs side by side (see [`Store::Joined`]). Jobs are listed in
    /// name order; a real occupation comes before a page job of the same name.
    pub fn joined(occupations: Catalog, pages: Catalog) -> Catalog {
        let mut entries: Vec<(u8, u32)> = (0..occupations.len())
            .map(|i| (0, i as u32))
            .chain((0..pages.len()).map(|i| (1, i as u32)))
            .collect();
        let parts = Box::new([occupations, pages]);
        let name = |&(p, i): &(u8, u32)| &parts[usize::from(p)].names[i as usize];
        entries.sort_by(|a, b| name_order(name(a), name(b)).then(a.0.cmp(&b.0)));
        let mut names = Names::default();
        entries.iter().for_each(|e| names.push(name(e)));
        let origin = parts[1].origin.clone();
        Catalog {
            names,
            store: Store::Joined { parts, entries },
            occupations: false,
            pages: Vec::new(),
            origin,
            page_sources: OnceLock::new(),
        }
    }

    /// Every job's other titles (real occupations' O*NET alternate titles), as (job, title).
    /// Reads each profile's titles only, so it costs a pass over the real occupations' text.
    ///
    /// # Errors
    /// A job's JSON is not valid.
    pub fn alternate_titles(&self) -> Result<Vec<(usize, String)>> {
        #[derive(Deserialize)]
        struct TitlesOnly {
            #[serde(default)]
            alternate_titles: Option<Vec<String>>,
        }
        let mut out = Vec::new();
        match &self.store {
            Store::Joined { parts, entries } => {
                let own = parts[0].alternate_titles()?;
                let mut joined = vec![0usize; parts[0].len()];
                for (i, &(p, j)) in entries.iter().enumerate() {
                    if p == 0 {
                        joined[j as usize] = i;
                    }
                }
                out.extend(own.into_iter().map(|(j, t)| (joined[j], t)));
            }
            Store::Raw { text, jobs, .. } if self.occupations => {
                for (i, span) in jobs.iter().enumerate() {
                    let t: TitlesOnly = serde_json::from_str(&text[span.clone()]).map_err(|e| {
                        DatasetError::BadProfile {
                            file: self.origin.clone(),
                            name: self.names[i].to_string(),
                            message: e.to_string(),
                        }
                    })?;
                    for title in t.alternate_titles.into_iter().flatten() {
                        out.push((i, escape_controls(&title).into_owned()));
                    }
                }
            }
            Store::Parsed(jobs) => {
                for (i, job) in jobs.iter().enumerate() {
                    for title in job.alternate_titles.iter().flatten() {
                        out.push((i, title.clone()));
                    }
                }
            }
            // Page jobs and lazily read files have no other titles worth a pass over every job.
            Store::Layered { .. } | Store::Raw { .. } | Store::Indexed { .. } => {}
        }
        Ok(out)
    }

    /// Every job's figures for sorting and filtering, in the catalog's order. Reads each job's
    /// figures only, without building its profile.
    ///
    /// # Errors
    /// A job's JSON is not valid.
    pub fn facets(&self) -> Result<Vec<crate::rank::Facets>> {
        use crate::rank::Facets;
        match &self.store {
            Store::Parsed(jobs) => Ok(jobs.iter().map(Facets::of).collect()),
            Store::Joined { parts, entries } => {
                let [own, pages] = [parts[0].facets()?, parts[1].facets()?];
                Ok(entries
                    .iter()
                    .map(|&(p, i)| {
                        let from = if p == 0 { &own } else { &pages };
                        from.get(i as usize).cloned().unwrap_or_default()
                    })
                    .collect())
            }
            Store::Raw { text, jobs, .. } => jobs
                .iter()
                .enumerate()
                .map(|(i, span)| {
                    Facets::from_json(&text[span.clone()]).map_err(|e| DatasetError::BadProfile {
                        file: self.origin.clone(),
                        name: self.names[i].to_string(),
                        message: e.to_string(),
                    })
                })
                .collect(),
            Store::Layered { .. } => (0..self.len())
                .map(|i| self.profile(i).map(|p| Facets::of(&p)))
                .collect(),
            Store::Indexed {
                file, starts, lens, ..
            } => {
                // One pass through the jobs in file order, a buffer at a time, rather than a
                // read per job: a million jobs take seconds, not minutes.
                use std::io::{Read, Seek, SeekFrom};
                let unreadable = |e: std::io::Error| DatasetError::Unreadable {
                    file: self.origin.clone(),
                    message: e.to_string(),
                };
                let mut f = file.try_clone().map_err(unreadable)?;
                f.seek(SeekFrom::Start(starts.first().copied().unwrap_or(0)))
                    .map_err(unreadable)?;
                let mut reader = std::io::BufReader::with_capacity(1 << 20, f);
                let mut job = Vec::new();
                let mut out = Vec::with_capacity(lens.len());
                for (i, &len) in lens.iter().enumerate() {
                    job.resize(usize::try_from(len).unwrap_or(usize::MAX), 0);
                    reader.read_exact(&mut job).map_err(unreadable)?;
                    // The separator after it: `,\n`, or `\n` after the last job.
                    let mut sep = [0u8; 2];
                    let sep_len = if i + 1 < lens.len() { 2 } else { 1 };
                    reader.read_exact(&mut sep[..sep_len]).map_err(unreadable)?;
                    let text = std::str::from_utf8(&job).map_err(|_| DatasetError::NotUtf8 {
                        file: self.origin.clone(),
                    })?;
                    out.push(
                        Facets::from_json(text).map_err(|e| DatasetError::BadProfile {
                            file: self.origin.clone(),
                            name: self.names[i].to_string(),
                            message: e.to_string(),
                        })?,
                    );
                }
                Ok(out)
            }
        }
    }

    /// Whether the catalog holds real occupations and page jobs side by side (the default
    /// dataset), so that a list of names should say which is which.
    pub fn mixes_kinds(&self) -> bool {
        matches!(self.store, Store::Joined { .. })
    }

    /// Whether job `index` is a real occupation from the official sources, not a page job.
    pub fn is_occupation(&self, index: usize) -> bool {
        match &self.store {
            _ if self.occupations => true,
            Store::Joined { parts, entries } => entries
                .get(index)
                .is_some_and(|&(p, i)| parts[usize::from(p)].is_occupation(i as usize)),
            Store::Parsed(jobs) => jobs.get(index).is_some_and(Profile::is_occupation),
            Store::Layered { .. } | Store::Raw { .. } | Store::Indexed { .. } => false,
        }
    }

    /// Reads a dataset file's names now and its profiles when asked.
    ///
    /// # Errors
    /// A [`DatasetError`] when the file cannot be read or is not a dataset.
    pub fn open(path: &Path) -> Result<Catalog> {
        let shown = path.display().to_string();
        if let Some(catalog) = Catalog::open_indexed(path, &shown)? {
            return Ok(catalog);
        }
        Catalog::from_text(read_text(path, &shown)?, &shown)
    }

    /// Reads the dataset file at `path` (a symbolic link followed) as [`Catalog::open`] does,
    /// opening it once and without waiting; `None` when there is no such file. For the user's
    /// library, which must be a regular file: a named pipe there would stop every command.
    ///
    /// # Errors
    /// [`DatasetError::NotRegular`] for a named pipe, a device or a socket; otherwise as
    /// [`Catalog::open`].
    pub fn open_regular(path: &Path, expect: dataset::Expect) -> Result<Option<Catalog>> {
        let shown = path.display().to_string();
        let Some((file, meta)) = dataset::open_regular(path, expect)? else {
            return Ok(None);
        };
        let unreadable = |e: std::io::Error| DatasetError::Unreadable {
            file: shown.clone(),
            message: e.to_string(),
        };
        if let Some(catalog) =
            Catalog::indexed_from(file.try_clone().map_err(unreadable)?, &meta, &shown)?
        {
            return Ok(Some(catalog));
        }
        // The index reader moved the shared offset: the text is read from the start.
        let mut file = file;
        std::io::Seek::rewind(&mut file).map_err(unreadable)?;
        let bytes = dataset::read_opened(file, &meta, &shown, expect)?;
        dataset::not_binary(&bytes, &shown)?;
        let text = String::from_utf8(bytes).map_err(|_| DatasetError::NotUtf8 {
            file: shown.to_string(),
        })?;
        Catalog::from_text(text, &shown).map(Some)
    }

    /// A laid-out file by its index, or `None` when it has none (or one that disagrees with the
    /// file), to be read in full. Only the first lines are read here.
    fn open_indexed(path: &Path, shown: &str) -> Result<Option<Catalog>> {
        // Whatever cannot be opened here is explained by the full reader.
        let Ok(file) = std::fs::File::open(path) else {
            return Ok(None);
        };
        let Ok(meta) = file.metadata() else {
            return Ok(None);
        };
        Catalog::indexed_from(file, &meta, shown)
    }

    /// [`Catalog::open_indexed`] of a file already open.
    fn indexed_from(
        file: std::fs::File,
        meta: &std::fs::Metadata,
        shown: &str,
    ) -> Result<Option<Catalog>> {
        let unreadable = |e: std::io::Error| DatasetError::Unreadable {
            file: shown.to_string(),
            message: e.to_string(),
        };
        if !meta.is_file() {
            return Ok(None);
        }
        let mut reader = std::io::BufReader::with_capacity(256 << 10, &file);
        let Some(head) = dataset::layout::read_head(&mut reader, meta.len()).map_err(unreadable)?
        else {
            return Ok(None);
        };
        drop(reader);
        let mut start = 0;
        for (i, &end) in head.name_ends.iter().enumerate() {
            dataset::check_name(head.names.get(start..end).unwrap_or_default(), shown, i)?;
            start = end;
        }
        // Names written by careerscope hold no controls: one look at all of them, and they are
        // taken as they are; otherwise each is cleaned as it is added.
        let names = if matches!(escape_controls(&head.names), Cow::Borrowed(_)) {
            Names {
                text: head.names,
                ends: head.name_ends,
            }
        } else {
            let mut names = Names {
                text: String::with_capacity(head.names.len()),
                ends: Vec::with_capacity(head.name_ends.len()),
            };
            let mut start = 0;
            for &end in &head.name_ends {
                names.push(head.names.get(start..end).unwrap_or_default());
                start = end;
            }
            names
        };
        Ok(Some(Catalog {
            names,
            store: Store::Indexed {
                file,
                starts: head.starts,
                lens: head.lens,
                pages: head.pages,
            },
            occupations: false,
            pages: Vec::new(),
            origin: escape_controls(shown).into_owned(),
            page_sources: OnceLock::new(),
        }))
    }

    /// The JSON of job `index` of an indexed file.
    fn indexed_job(&self, index: usize) -> Result<Vec<u8>> {
        let Store::Indexed {
            file, starts, lens, ..
        } = &self.store
        else {
            return Err(self.no_job(index));
        };
        let (Some(&start), Some(&len)) = (starts.get(index), lens.get(index)) else {
            return Err(self.no_job(index));
        };
        dataset::layout::read_at(file, start, len).map_err(|e| DatasetError::Unreadable {
            file: self.origin.clone(),
            message: e.to_string(),
        })
    }

    /// A catalog of a dataset file's text: the names now, each profile when asked. `origin`
    /// names the file in errors.
    ///
    /// # Errors
    /// A [`DatasetError`] when the text is not a dataset of this schema or a job has no name.
    pub fn from_text(text: String, origin: &str) -> Result<Catalog> {
        Catalog::from_text_streaming(text, origin, usize::MAX, &mut |_| {})
    }

    /// Reads a dataset text the streaming reader refused, to say what is wrong with it: the
    /// schema, the job without a name, or (from the full reader) the syntax with its line. A
    /// text the full reader takes after all is read by it, whole.
    fn explain(text: &str, origin: &str) -> Result<Catalog> {
        let whole = || dataset::parse(text, origin).map(|d| Catalog::from_dataset(d, origin));
        let Ok(lazy) = serde_json::from_str::<LazyFile>(text) else {
            return whole();
        };
        if lazy.schema != SCHEMA {
            return Err(dataset::unsupported(origin, Some(lazy.schema)));
        }
        for (i, raw) in lazy.jobs.iter().enumerate() {
            let name = match leading_name(raw.get()) {
                Some(name) => name,
                None => match serde_json::from_str::<NameOnly>(raw.get()) {
                    Ok(n) => Cow::Owned(n.name),
                    Err(e) => {
                        return Err(DatasetError::NoName {
                            file: origin.to_string(),
                            job: i + 1,
                            message: escape_controls(&e.to_string()).into_owned(),
                        });
                    }
                },
            };
            dataset::check_name(&name, origin, i)?;
        }
        whole()
    }

    /// How many jobs there are.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are no jobs.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Every job's name, in the catalog's order (by name).
    pub fn names(&self) -> &Names {
        &self.names
    }

    /// The index of the job named `name`, ignoring case.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| same_name(n, name))
    }

    /// The full profile of job `index`, built from its text if it was not built yet.
    ///
    /// # Errors
    /// [`DatasetError::NoJob`] for an index past the end, [`DatasetError::BadProfile`] when the
    /// job's JSON is not a profile.
    pub fn profile(&self, index: usize) -> Result<Cow<'_, Profile>> {
        match &self.store {
            Store::Parsed(jobs) => jobs
                .get(index)
                .map(Cow::Borrowed)
                .ok_or_else(|| self.no_job(index)),
            Store::Layered {
                base, top, sources, ..
            } => match sources.get(index) {
                Some(Source::Base(b)) => Ok(Cow::Borrowed(&base[*b])),
                Some(Source::Top(t)) => top.profile(*t),
                Some(Source::Both(b, t)) => {
                    Ok(Cow::Owned(dataset::overlay(&base[*b], &*top.profile(*t)?)))
                }
                None => Err(self.no_job(index)),
            },
            Store::Joined { parts, entries } => match entries.get(index) {
                Some(&(p, i)) => parts[usize::from(p)].profile(i as usize),
                None => Err(self.no_job(index)),
            },
            Store::Raw { text, jobs, .. } => {
                let span = jobs.get(index).ok_or_else(|| self.no_job(index))?;
                self.parse_profile(index, text[span.clone()].as_bytes())
            }
            Store::Indexed { .. } => {
                let json = self.indexed_job(index)?;
                let job = self.parse_profile(index, &json)?;
                // The index said this name; a file changed by hand in place may disagree.
                if job.name != self.names[index] {
                    return Err(DatasetError::BadProfile {
                        file: self.origin.clone(),
                        name: self.names[index].to_string(),
                        message: format!(
                            "the index names it but the file holds \"{}\" there; the file was changed by hand (re-import to rebuild it)",
                            escape_controls(&job.name)
                        ),
                    });
                }
                Ok(job)
            }
        }
    }

    fn parse_profile(&self, index: usize, json: &[u8]) -> Result<Cow<'_, Profile>> {
        let mut job: Profile =
            serde_json::from_slice(json).map_err(|e| DatasetError::BadProfile {
                file: self.origin.clone(),
                name: self.names[index].to_string(),
                message: escape_controls(&e.to_string()).into_owned(),
            })?;
        sanitize_profile(&mut job);
        Ok(Cow::Owned(job))
    }

    /// The profile of job `index` with the source of each section: a real occupation carries
    /// its own; a page job's is the page it came from (the last one, whose values win), or
    /// for a `--data` file the file.
    ///
    /// # Errors
    /// The job's JSON, or the dataset's page list, is not valid.
    pub fn sourced_profile(&self, index: usize) -> Result<Cow<'_, Profile>> {
        let profile = self.profile(index)?;
        if profile.sources.is_some() || profile.is_occupation() {
            return Ok(profile);
        }
        let sources = match self.page_sources.get() {
            Some(sources) => sources,
            None => {
                let built = self.build_page_sources()?;
                self.page_sources.get_or_init(|| built)
            }
        };
        let from = match (sources.get(&profile.name.to_lowercase()), &self.store) {
            // A page's title comes from a file: escaped here, where it enters the sources.
            (Some((last, 1)), _) => format!("page \"{}\"", escape_controls(last)),
            (Some((last, n)), _) => {
                format!("page \"{}\" and {} more", escape_controls(last), n - 1)
            }
            (None, Store::Raw { .. } | Store::Indexed { .. }) => {
                format!("dataset {}", self.origin)
            }
            (None, _) => return Ok(profile),
        };
        let mut profile = profile.into_owned();
        profile.sources = Some(Sources::all(&from));
        Ok(Cow::Owned(profile))
    }

    /// Which page each page job comes from (see [`Catalog::page_sources`]). A dataset file
    /// read lazily (`--data`) is not scanned: at 100,000 jobs that would add 150 ms to the
    /// first frame; its jobs name the file instead.
    fn build_page_sources(&self) -> Result<PageSources> {
        let mut out = PageSources::new();
        match &self.store {
            Store::Joined { parts, .. } => return parts[1].build_page_sources(),
            Store::Raw { .. } | Store::Indexed { .. } => {}
            _ => {
                for p in self.pages()?.iter() {
                    let Some(title) = &p.title else { continue };
                    for job in &p.jobs {
                        let e = out.entry(job.to_lowercase()).or_default();
                        *e = (title.clone(), e.1 + 1);
                    }
                }
            }
        }
        Ok(out)
    }

    /// The pages the dataset was built from.
    ///
    /// # Errors
    /// [`DatasetError::BadPages`] when the file's `pages` is not a list of pages.
    pub fn pages(&self) -> Result<Cow<'_, [PageRef]>> {
        match &self.store {
            Store::Parsed(_) => Ok(Cow::Borrowed(&self.pages)),
            Store::Joined { parts, .. } => parts[1].pages(),
            Store::Layered { top, .. } => {
                let mut merged = Dataset {
                    pages: self.pages.clone(),
                    ..Dataset::default()
                };
                let library = Dataset {
                    pages: top.pages()?.into_owned(),
                    ..Dataset::default()
                };
                dataset::merge_dataset(&mut merged, &library);
                Ok(Cow::Owned(merged.pages))
            }
            Store::Raw {
                text,
                pages: Some(span),
                ..
            } => serde_json::from_str::<Vec<PageRef>>(&text[span.clone()])
                .map(Cow::Owned)
                .map_err(|e| DatasetError::BadPages {
                    file: self.origin.clone(),
                    message: escape_controls(&e.to_string()).into_owned(),
                }),
            Store::Raw { pages: None, .. } => Ok(Cow::Borrowed(&[])),
            Store::Indexed {
                file,
                pages: (start, end),
                ..
            } => {
                let bad = |message: String| DatasetError::BadPages {
                    file: self.origin.clone(),
                    message,
                };
                let json = dataset::layout::read_at(file, *start, end - start)
                    .map_err(|e| bad(e.to_string()))?;
                serde_json::from_slice::<Vec<PageRef>>(&json)
                    .map(Cow::Owned)
                    .map_err(|e| bad(escape_controls(&e.to_string()).into_owned()))
            }
        }
    }

    fn no_job(&self, index: usize) -> DatasetError {
        DatasetError::NoJob {
            file: self.origin.clone(),
            job: index + 1,
        }
    }

    /// The real pair the explorer opens on when the dataset has it: two large occupations
    /// people often weigh against each other.
    pub const FIRST_REAL_PAIR: [&str; 2] = ["Registered Nurses", "Software Developers"];

    /// The pair shown first: with real occupations [`Self::FIRST_REAL_PAIR`], else the first
    /// page's two jobs, else the first two jobs.
    pub fn first_pair(&self) -> Option<(usize, usize)> {
        if let Store::Joined { parts, entries } = &self.store {
            let real = |name: &str| {
                let i = parts[0].find(name)? as u32;
                entries.iter().position(|e| *e == (0, i))
            };
            let [a, b] = Self::FIRST_REAL_PAIR;
            if let (Some(a), Some(b)) = (real(a), real(b)) {
                return Some((a, b));
            }
        }
        let first_page = match &self.store {
            Store::Parsed(_) => self.pages.first().cloned(),
            Store::Joined { parts, .. } => parts[1].pages().ok()?.first().cloned(),
            Store::Layered { top, .. } => self
                .pages
                .first()
                .cloned()
                .or_else(|| top.pages().ok()?.first().cloned()),
            Store::Raw {
                text,
                pages: Some(span),
                ..
            } => serde_json::from_str::<Vec<&RawValue>>(&text[span.clone()])
                .ok()
                .and_then(|p| p.first().and_then(|f| serde_json::from_str(f.get()).ok())),
            Store::Raw { pages: None, .. } => None,
            // The first page only: a million jobs' pages are not read to open on a pair.
            Store::Indexed {
                file,
                pages: (start, end),
                ..
            } => dataset::layout::read_at(file, *start, (end - start).min(1 << 20))
                .ok()
                .and_then(|json| dataset::layout::first_page(&json)),
        };
        let from_page = first_page.and_then(|p| match p.jobs.as_slice() {
            [a, b] => Some((self.find(a)?, self.find(b)?)),
            _ => None,
        });
        from_page.or(match self.len() {
            0 => None,
            1 => Some((0, 0)),
            _ => Some((0, 1)),
        })
    }

    /// Every profile, built (for `list --json`).
    ///
    /// # Errors
    /// The first error of [`Catalog::profile`] or [`Catalog::pages`].
    pub fn to_dataset(&self) -> Result<Dataset> {
        let jobs = (0..self.len())
            .map(|i| self.profile(i).map(Cow::into_owned))
            .collect::<Result<Vec<_>>>()?;
        Ok(Dataset {
            schema: SCHEMA,
            jobs,
            pages: self.pages()?.into_owned(),
        })
    }
}

/// Reading a dataset file while telling someone the names read so far (the explorer's
/// picker, which lists them before the file is read to its end).
impl Catalog {
    /// [`Catalog::open`], calling `on_names` with every name read so far each time `chunk` more
    /// jobs have been read, while the file is still being parsed, and once more at the end of
    /// the job list (a laid-out file: never, as its catalog is read from its index at once).
    /// The catalog, and every error, are those of [`Catalog::open`].
    ///
    /// # Errors
    /// A [`DatasetError`] when the file cannot be read or is not a dataset.
    pub fn open_streaming(
        path: &Path,
        chunk: usize,
        on_names: &mut dyn FnMut(&Names),
    ) -> Result<Catalog> {
        let shown = path.display().to_string();
        // A laid-out file gives the whole catalog from its index at once, as `open` reads it:
        // nothing to tell before it is there.
        if let Some(catalog) = Catalog::open_indexed(path, &shown)? {
            return Ok(catalog);
        }
        Catalog::from_text_streaming(read_text(path, &shown)?, &shown, chunk, on_names)
    }

    /// [`Catalog::from_text`], telling `on_names` the names read so far as
    /// [`Catalog::open_streaming`] does (`from_text` is this without telling). Anything
    /// unusual (a syntax error, a job without a name, another schema) is left to
    /// [`Catalog::explain`], which says what is wrong.
    ///
    /// # Errors
    /// A [`DatasetError`] when the text is not a dataset of this schema or a job has no name.
    pub fn from_text_streaming(
        text: String,
        origin: &str,
        chunk: usize,
        on_names: &mut dyn FnMut(&Names),
    ) -> Result<Catalog> {
        let streamed = {
            let mut de = serde_json::Deserializer::from_str(&text);
            let seed = StreamedFile {
                base: text.as_ptr() as usize,
                chunk: chunk.max(1),
                on_names,
            };
            serde::de::DeserializeSeed::deserialize(seed, &mut de)
                .and_then(|file| de.end().map(|()| file))
        };
        match streamed {
            Ok(file) if file.schema == SCHEMA => Ok(Catalog {
                names: file.names,
                store: Store::Raw {
                    text,
                    jobs: file.jobs,
                    pages: file.pages,
                },
                occupations: false,
                pages: Vec::new(),
                origin: escape_controls(origin).into_owned(),
                page_sources: OnceLock::new(),
            }),
            _ => Catalog::explain(&text, origin),
        }
    }
}

/// What [`Catalog::from_text_streaming`] reads: the schema, each job's span and name, and
/// the span of the pages.
struct Streamed {
    schema: u32,
    names: Names,
    jobs: Vec<Range<usize>>,
    pages: Option<Range<usize>>,
}

/// Reads a dataset file's top level, the job list as it goes (see [`StreamedJobs`]).
struct StreamedFile<'a> {
    /// Where the text starts in memory, for the spans.
    base: usize,
    chunk: usize,
    on_names: &'a mut dyn FnMut(&Names),
}

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum StreamedField {
    Schema,
    Jobs,
    Pages,
    #[serde(other)]
    Other,
}

fn span_of(base: usize, raw: &RawValue) -> Range<usize> {
    let start = raw.get().as_ptr() as usize - base;
    start..start + raw.get().len()
}

impl<'de> serde::de::DeserializeSeed<'de> for StreamedFile<'_> {
    type Value = Streamed;
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        de: D,
    ) -> std::result::Result<Streamed, D::Error> {
        de.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for StreamedFile<'_> {
    type Value = Streamed;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a dataset object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Streamed, A::Error> {
        use serde::de::Error;
        let mut schema = None;
        let mut jobs = None;
        let mut pages: Option<Option<Range<usize>>> = None;
        let (base, chunk, on_names) = (self.base, self.chunk, self.on_names);
        while let Some(key) = map.next_key::<StreamedField>()? {
            match key {
                StreamedField::Schema if schema.is_none() => schema = Some(map.next_value()?),
                StreamedField::Jobs if jobs.is_none() => {
                    jobs = Some(map.next_value_seed(StreamedJobs {
                        base,
                        chunk,
                        on_names: &mut *on_names,
                    })?);
                }
                StreamedField::Pages if pages.is_none() => {
                    let raw: Option<&'de RawValue> = map.next_value()?;
                    pages = Some(raw.map(|r| span_of(base, r)));
                }
                StreamedField::Other => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
                _ => return Err(A::Error::custom("duplicate field")),
            }
        }
        let schema = schema.ok_or_else(|| A::Error::missing_field("schema"))?;
        let (names, jobs) = jobs.ok_or_else(|| A::Error::missing_field("jobs"))?;
        Ok(Streamed {
            schema,
            names,
            jobs,
            pages: pages.flatten(),
        })
    }
}

/// Reads the job list one job at a time: its span, and its name from its first bytes.
struct StreamedJobs<'a> {
    base: usize,
    chunk: usize,
    on_names: &'a mut dyn FnMut(&Names),
}

impl<'de> serde::de::DeserializeSeed<'de> for StreamedJobs<'_> {
    type Value = (Names, Vec<Range<usize>>);
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        de: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        de.deserialize_seq(self)
    }
}

impl<'de> serde::de::Visitor<'de> for StreamedJobs<'_> {
    type Value = (Names, Vec<Range<usize>>);

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of jobs")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Self::Value, A::Error> {
        use serde::de::Error;
        let mut names = Names::default();
        let mut jobs = Vec::new();
        while let Some(raw) = seq.next_element::<&'de RawValue>()? {
            let name = match leading_name(raw.get()) {
                Some(n) => n,
                None => Cow::Owned(
                    serde_json::from_str::<NameOnly>(raw.get())
                        .map_err(A::Error::custom)?
                        .name,
                ),
            };
            // A name past the limit stops the reading; the full reader says which job.
            if crate::text::over(&name, crate::text::NAME_LIMIT).is_some() {
                return Err(A::Error::custom("a name too long"));
            }
            names.push(&name);
            jobs.push(span_of(self.base, raw));
            if jobs.len().is_multiple_of(self.chunk) {
                (self.on_names)(&names);
            }
        }
        if !jobs.len().is_multiple_of(self.chunk) || jobs.is_empty() {
            (self.on_names)(&names);
        }
        Ok((names, jobs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_now_profiles_later() {
        let text = r#"{"schema": 1, "jobs": [
            {"name": "Cook", "overview": {"yearly_salary": 30000}},
            {"overview": null, "name": "Chef\u001b[2J"},
            {"name": "Sous \"Chef\"\t"}
        ], "pages": [{"title": "Chef vs cook", "jobs": ["chef", "COOK"]}]}"#;
        let c = Catalog::from_text(text.to_string(), "t.json").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            c.names().iter().collect::<Vec<_>>(),
            ["Cook", "Chef\\u{1b}[2J", "Sous \"Chef\"\\u{9}"]
        );
        let cook = c.profile(0).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            cook.overview.as_ref().and_then(|o| o.yearly_salary),
            Some(30_000)
        );
        assert_eq!(
            c.profile(1).map(|p| p.name.clone()).ok().as_deref(),
            Some("Chef\\u{1b}[2J")
        );
        assert!(c.profile(3).is_err());
        // No job is named exactly "chef", so the first page's pair cannot be shown.
        assert_eq!(c.first_pair(), Some((0, 1)));
    }

    #[test]
    fn first_pair_comes_from_the_first_page() {
        let text = r#"{"schema":1,"jobs":[{"name":"A"},{"name":"B"},{"name":"C"}],
                       "pages":[{"title":"c vs a","jobs":["c","a"]}]}"#;
        let c = Catalog::from_text(text.to_string(), "t.json").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.first_pair(), Some((2, 0)));
    }

    #[test]
    fn bad_files_are_explained() {
        let err = |t: &str| {
            Catalog::from_text(t.to_string(), "d.json")
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(err(r#"{"schema": 2, "jobs": []}"#).contains("schema 2 is not supported"));
        assert!(err("{\"schema\": 1,\n \"jobs\": [}").contains("d.json: line 2"));
        assert!(
            err(r#"{"schema": 1, "jobs": [{"title": "x"}]}"#).contains("job 1 has no readable")
        );
        let bad_profile =
            r#"{"schema": 1, "jobs": [{"name": "A", "overview": {"yearly_salary": "lots"}}]}"#;
        let c =
            Catalog::from_text(bad_profile.to_string(), "d.json").unwrap_or_else(|e| panic!("{e}"));
        let e = c
            .profile(0)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.starts_with("d.json: job \"A\" is not a valid profile"),
            "{e}"
        );
    }
}

#[cfg(test)]
mod indexed_tests {
    use super::*;

    fn written(dataset: &Dataset) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap_or_else(|e| panic!("{e}"));
        dataset::layout::write_dataset(&mut file, dataset).unwrap_or_else(|e| panic!("{e}"));
        file
    }

    fn seeds() -> Dataset {
        crate::library::embedded().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_laid_out_file_opens_by_its_index_and_reads_like_any_other() {
        let seeds = seeds();
        let file = written(&seeds);
        let c = Catalog::open(file.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(c.store, Store::Indexed { .. }));
        let plain = Catalog::from_dataset(seeds.clone(), "seeds");
        assert_eq!(
            c.names().iter().collect::<Vec<_>>(),
            plain.names().iter().collect::<Vec<_>>()
        );
        for i in 0..c.len() {
            let (a, b) = (c.profile(i), plain.profile(i));
            assert_eq!(a.ok().map(Cow::into_owned), b.ok().map(Cow::into_owned));
        }
        assert_eq!(c.pages().ok().map(Cow::into_owned), Some(seeds.pages));
        assert_eq!(c.first_pair(), plain.first_pair());
        assert_eq!(c.facets().ok(), plain.facets().ok());
        assert_eq!(c.to_dataset().ok().map(|d| d.jobs.len()), Some(plain.len()));
    }

    #[test]
    fn a_laid_out_file_changed_by_hand_is_read_in_full() {
        let file = written(&seeds());
        let text = std::fs::read_to_string(file.path()).unwrap_or_default();
        // Another salary, one digit longer: the index's byte count no longer agrees.
        let changed = text.replacen("90615", "906150", 1);
        assert_ne!(changed, text);
        std::fs::write(file.path(), &changed).unwrap_or_else(|e| panic!("{e}"));
        let c = Catalog::open(file.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(c.store, Store::Raw { .. }));
        let lead = c.find("Lead Technician").unwrap_or(usize::MAX);
        let salary = c
            .profile(lead)
            .ok()
            .and_then(|p| p.overview.as_ref().and_then(|o| o.yearly_salary));
        assert_eq!(salary, Some(906_150));
    }
}
