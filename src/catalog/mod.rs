//! The jobs a session works with: every name at once, each full profile when it is needed.
//!
//! A dataset of 100,000 jobs is a 170 MB file. Building every profile up front takes most of a
//! second and over 400 MB; picking and searching need only the names. So a dataset file is read
//! in one pass that keeps each job's JSON text as it is and takes out just its name, and a profile
//! is built from its text when it is shown or compared.
//!
//! A [`Catalog`] keeps its jobs in one [`store::Store`], a trait with one implementation per
//! kind of store, each in its own file: profiles in memory ([`parsed`]), a file's text read
//! lazily ([`raw`]), a laid-out file read by its index ([`indexed`]), the built-in occupations
//! from their compact asset ([`occupations`]), and two stores made of others through one [`projection`]: the user's
//! library over the built-in page jobs ([`layered`]) and real occupations beside page jobs
//! ([`joined`]). Another kind of store is one more file and one constructor here.

mod indexed;
mod joined;
mod layered;
mod names;
mod occupations;
mod parsed;
mod projection;
mod raw;
mod store;
mod stream;

use std::borrow::Cow;
use std::path::Path;
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::dataset::{self, DatasetError};
use crate::model::{Dataset, PageRef, Profile, SCHEMA, Sources};
use crate::text::escape_controls;

pub use self::names::Names;
use self::store::{PageSources, Result, Store};
use self::stream::{NameOnly, leading_name};
use self::{
    indexed::Indexed, joined::Joined, layered::Layered, occupations::Occupations, parsed::Parsed,
    raw::Raw,
};

/// The jobs of a session: every name now, each profile when asked (see the module docs).
pub struct Catalog {
    store: Box<dyn Store>,
    /// For each page job (by lower-case name): the last page that lists it and how many do.
    /// Built on the first [`Catalog::sourced_profile`], in one pass that copies only titles.
    page_sources: OnceLock<PageSources>,
}

/// A dataset's top level with each job left as its text, for [`Catalog::explain`].
#[derive(Deserialize)]
struct LazyFile<'a> {
    schema: u32,
    #[serde(borrow)]
    jobs: Vec<&'a RawValue>,
}

/// A dataset file's whole text (`shown` names it in errors): not too large, not binary, UTF-8.
fn read_text(path: &Path, shown: &str) -> Result<String> {
    let bytes = dataset::read_bytes(path, dataset::Expect::DATASET)?;
    dataset::not_binary(&bytes, shown)?;
    String::from_utf8(bytes).map_err(|_| DatasetError::NotUtf8 {
        file: shown.to_string(),
    })
}

impl From<Dataset> for Catalog {
    fn from(dataset: Dataset) -> Catalog {
        Catalog::from_dataset(dataset, "dataset")
    }
}

/// The constructors: one per kind of store.
impl Catalog {
    fn of(store: impl Store) -> Catalog {
        Catalog {
            store: Box::new(store),
            page_sources: OnceLock::new(),
        }
    }

    /// A catalog of profiles already in memory (the built-in dataset with the user's library).
    pub fn from_dataset(dataset: Dataset, origin: &str) -> Catalog {
        Catalog::of(Parsed::new(dataset, origin))
    }

    /// `top` laid over `base`: a job in both has `top`'s values wherever `top` has one, as an
    /// import of `top`'s pages would have merged them; every job is listed once, by name.
    pub fn layered(base: Dataset, top: Catalog, origin: &str) -> Catalog {
        Catalog::of(Layered::new(base, top.store, origin))
    }

    /// The built-in real occupations from their compact asset (`library::OCCUPATIONS`,
    /// docs/FORMAT.md): the names now, each profile when asked.
    ///
    /// # Errors
    /// Only if the compiled-in asset is broken, which a test rules out.
    pub fn occupations(asset: &'static [u8]) -> Result<Catalog> {
        Occupations::open(asset, "built-in occupations").map(Catalog::of)
    }

    /// Real occupations and page jobs side by side, never merged, so neither can overwrite the
    /// other. Jobs are listed in name order; a real occupation comes before a page job of the
    /// same name.
    pub fn joined(occupations: Catalog, pages: Catalog) -> Catalog {
        Catalog::of(Joined::new(occupations.store, pages.store))
    }

    /// Reads a dataset file's names now and its profiles when asked.
    ///
    /// # Errors
    /// A [`DatasetError`] when the file cannot be read or is not a dataset.
    pub fn open(path: &Path) -> Result<Catalog> {
        let shown = path.display().to_string();
        if let Some(store) = Indexed::open(path, &shown)? {
            return Ok(Catalog::of(store));
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
        if let Some(store) =
            Indexed::from_file(file.try_clone().map_err(unreadable)?, &meta, &shown)?
        {
            return Ok(Some(Catalog::of(store)));
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
}

impl Catalog {
    /// What the explorer says it has loaded: `830 built-in occupations + 6 page jobs (built-in
    /// pages + library /home/me/.local/share/careerscope/library.json)`, or `6 jobs from my.json`.
    pub fn describe(&self) -> String {
        self.store.describe()
    }

    /// Every job's other titles (real occupations' O*NET alternate titles), as (job, title),
    /// in the order the search index sorts them (the built-in asset stores them so). Reads the
    /// asset's one block of titles; page jobs and lazily read files have no other titles worth
    /// a pass over every job.
    ///
    /// # Errors
    /// A job's JSON is not valid.
    pub fn alternate_titles(&self) -> Result<Vec<(usize, String)>> {
        self.store.alternate_titles()
    }

    /// Every job's reported titles (real occupations' O*NET Sample of Reported Titles, those My
    /// Next Move shows first), as (job, title): what job holders call the job.
    ///
    /// # Errors
    /// A job's JSON is not valid.
    pub fn reported_titles(&self) -> Result<Vec<(usize, String)>> {
        self.store.reported_titles()
    }

    /// Every job's everyday names (careerscope's list, kept in a dataset's `everyday_names`),
    /// as (job, name).
    ///
    /// # Errors
    /// A job's JSON is not valid.
    pub fn everyday_names(&self) -> Result<Vec<(usize, String)>> {
        self.store.everyday_names()
    }

    /// The words of the jobs' names and titles, ready to rank, where the catalog has them
    /// stored (the built-in occupations), with the catalog's job for each of the index's jobs.
    ///
    /// # Errors
    /// The stored index is broken.
    pub fn word_index(&self) -> Result<Option<(careerscope_model::words::WordIndex, Vec<usize>)>> {
        self.store.word_index()
    }

    /// Every job's figures for sorting and filtering, in the catalog's order. Reads each job's
    /// figures only, without building its profile.
    ///
    /// # Errors
    /// A job's JSON is not valid.
    pub fn facets(&self) -> Result<Vec<crate::rank::Facets>> {
        self.store.facets()
    }

    /// Whether the catalog holds real occupations and page jobs side by side (the default
    /// dataset), so that a list of names should say which is which.
    pub fn mixes_kinds(&self) -> bool {
        self.store.mixes_kinds()
    }

    /// Whether job `index` is a real occupation from the official sources, not a page job.
    pub fn is_occupation(&self, index: usize) -> bool {
        self.store.is_occupation(index)
    }

    /// How many jobs there are.
    pub fn len(&self) -> usize {
        self.store.len()
    }

    /// Whether there are no jobs.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every job's name, in the catalog's order (by name).
    pub fn names(&self) -> &Names {
        self.store.names()
    }

    /// The index of the job named `name`, ignoring case.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.store.find(name)
    }

    /// The full profile of job `index`, built from its text if it was not built yet.
    ///
    /// # Errors
    /// [`DatasetError::NoJob`] for an index past the end, [`DatasetError::BadProfile`] when the
    /// job's JSON is not a profile.
    pub fn profile(&self, index: usize) -> Result<Cow<'_, Profile>> {
        self.store.profile(index)
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
                let built = self.store.page_sources()?;
                self.page_sources.get_or_init(|| built)
            }
        };
        let from = match sources.get(&profile.name.to_lowercase()) {
            // A page's title comes from a file: escaped here, where it enters the sources.
            Some((last, 1)) => format!("page \"{}\"", escape_controls(last)),
            Some((last, n)) => format!("page \"{}\" and {} more", escape_controls(last), n - 1),
            None => match self.store.unlisted_source() {
                Some(file) => file,
                None => return Ok(profile),
            },
        };
        let mut profile = profile.into_owned();
        profile.sources = Some(Sources::all(&from));
        Ok(Cow::Owned(profile))
    }

    /// The pages the dataset was built from.
    ///
    /// # Errors
    /// [`DatasetError::BadPages`] when the file's `pages` is not a list of pages.
    pub fn pages(&self) -> Result<Cow<'_, [PageRef]>> {
        self.store.pages()
    }

    /// The real pair the explorer opens on when the dataset has it: two large occupations
    /// people often weigh against each other.
    pub const FIRST_REAL_PAIR: [&str; 2] = ["Registered Nurses", "Software Developers"];

    /// The pair shown first: with real occupations [`Self::FIRST_REAL_PAIR`], else the first
    /// page's two jobs, else the first two jobs.
    pub fn first_pair(&self) -> Option<(usize, usize)> {
        if let Some(pair) = self.store.real_pair(Self::FIRST_REAL_PAIR) {
            return Some(pair);
        }
        let from_page = self
            .store
            .first_page()
            .and_then(|p| match p.jobs.as_slice() {
                [a, b] => Some((self.find(a)?, self.find(b)?)),
                _ => None,
            });
        from_page.or(match self.len() {
            0 => None,
            1 => Some((0, 0)),
            _ => Some((0, 1)),
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
        if let Some(store) = Indexed::open(path, &shown)? {
            return Ok(Catalog::of(store));
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
        match stream::read(&text, chunk, on_names) {
            Ok(file) if file.schema == SCHEMA => Ok(Catalog::of(Raw::new(text, file, origin))),
            _ => Catalog::explain(&text, origin),
        }
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

    /// Whether the catalog keeps its jobs in a store of kind `S`.
    fn kept_in<S: Store>(c: &Catalog) -> bool {
        let store: &dyn std::any::Any = &*c.store;
        store.is::<S>()
    }

    #[test]
    fn a_laid_out_file_opens_by_its_index_and_reads_like_any_other() {
        let seeds = seeds();
        let file = written(&seeds);
        let c = Catalog::open(file.path()).unwrap_or_else(|e| panic!("{e}"));
        assert!(kept_in::<Indexed>(&c));
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
        assert!(kept_in::<Raw>(&c));
        let lead = c.find("Lead Technician").unwrap_or(usize::MAX);
        let salary = c
            .profile(lead)
            .ok()
            .and_then(|p| p.overview.as_ref().and_then(|o| o.yearly_salary));
        assert_eq!(salary, Some(906_150));
    }
}
