//! Real occupations and page jobs side by side: both listed, in one name order, never merged,
//! so neither can overwrite the other.

use std::borrow::Cow;

use careerscope_model::words::WordIndex;

use crate::model::{PageRef, Profile};
use crate::rank::Facets;

use super::names::{Names, name_order};
use super::projection::Projection;
use super::store::{PageSources, Result, Store};

/// Which part a job comes from (`OCCUPATIONS` or `PAGES`) and its index there.
type At = (u8, u32);
const OCCUPATIONS: u8 = 0;
const PAGES: u8 = 1;

/// Real occupations (`parts[0]`) and page jobs (`parts[1]`), listed by name; a real
/// occupation comes before a page job of the same name.
pub(super) struct Joined {
    parts: [Box<dyn Store>; 2],
    jobs: Projection<At>,
}

impl Joined {
    pub(super) fn new(occupations: Box<dyn Store>, pages: Box<dyn Store>) -> Joined {
        let mut entries: Vec<At> = (0..occupations.len())
            .map(|i| (OCCUPATIONS, i as u32))
            .chain((0..pages.len()).map(|i| (PAGES, i as u32)))
            .collect();
        let parts = [occupations, pages];
        let names = [parts[0].names(), parts[1].names()];
        let name = |&(p, i): &At| &names[usize::from(p)][i as usize];
        entries.sort_by(|a, b| name_order(name(a), name(b)).then(a.0.cmp(&b.0)));
        let origin = parts[1].origin().to_string();
        let jobs = Projection::new(entries.iter().map(|e| (*e, name(e))), origin);
        Joined { parts, jobs }
    }

    /// Job `index`'s part, and its index there.
    fn part(&self, index: usize) -> Result<(&dyn Store, usize)> {
        let (p, i) = self.jobs.get(index)?;
        Ok((&*self.parts[usize::from(p)], i as usize))
    }

    /// Titles of the real occupations' part, renumbered to the joined order.
    fn occupations_titles(&self, own: Vec<(usize, String)>) -> Result<Vec<(usize, String)>> {
        let mut joined = vec![0usize; self.parts[0].len()];
        for (i, &(p, j)) in self.jobs.entries().iter().enumerate() {
            if p == OCCUPATIONS {
                joined[j as usize] = i;
            }
        }
        Ok(own.into_iter().map(|(j, t)| (joined[j], t)).collect())
    }
}

impl Store for Joined {
    fn names(&self) -> &Names {
        self.jobs.names()
    }

    fn origin(&self) -> &str {
        self.jobs.origin()
    }

    fn profile(&self, index: usize) -> Result<Cow<'_, Profile>> {
        let (part, i) = self.part(index)?;
        part.profile(i)
    }

    fn pages(&self) -> Result<Cow<'_, [PageRef]>> {
        self.parts[1].pages()
    }

    /// The real occupations' titles; page jobs have none worth a pass over every job.
    fn alternate_titles(&self) -> Result<Vec<(usize, String)>> {
        self.occupations_titles(self.parts[0].alternate_titles()?)
    }

    fn reported_titles(&self) -> Result<Vec<(usize, String)>> {
        self.occupations_titles(self.parts[0].reported_titles()?)
    }

    /// The real occupations' words, renumbered to the joined order.
    fn word_index(&self) -> Result<Option<(WordIndex, Vec<usize>)>> {
        let Some((index, own)) = self.parts[0].word_index()? else {
            return Ok(None);
        };
        let mut joined = vec![0usize; self.parts[0].len()];
        for (i, &(p, j)) in self.jobs.entries().iter().enumerate() {
            if p == OCCUPATIONS {
                joined[j as usize] = i;
            }
        }
        let jobs = own
            .into_iter()
            .map(|j| joined.get(j).copied().unwrap_or(usize::MAX))
            .collect();
        Ok(Some((index, jobs)))
    }

    fn facets(&self) -> Result<Vec<Facets>> {
        let parts = [self.parts[0].facets()?, self.parts[1].facets()?];
        Ok(self
            .jobs
            .entries()
            .iter()
            .map(|&(p, i)| {
                parts[usize::from(p)]
                    .get(i as usize)
                    .cloned()
                    .unwrap_or_default()
            })
            .collect())
    }

    fn is_occupation(&self, index: usize) -> bool {
        self.part(index)
            .is_ok_and(|(part, i)| part.is_occupation(i))
    }

    fn mixes_kinds(&self) -> bool {
        true
    }

    fn real_pair(&self, [a, b]: [&str; 2]) -> Option<(usize, usize)> {
        let real = |name: &str| {
            let i = self.parts[0].find(name)? as u32;
            self.jobs.position((OCCUPATIONS, i))
        };
        Some((real(a)?, real(b)?))
    }

    fn page_sources(&self) -> Result<PageSources> {
        self.parts[1].page_sources()
    }

    /// `830 built-in occupations + 6 page jobs (built-in pages + library
    /// /home/me/.local/share/careerscope/library.json)`.
    fn describe(&self) -> String {
        let [occupations, pages] = &self.parts;
        let from = match pages.library() {
            Some(library) => format!("built-in pages + library {library}"),
            None => "built-in pages; no library yet".to_string(),
        };
        format!(
            "{} built-in occupations + {} page jobs ({from})",
            occupations.len(),
            pages.len()
        )
    }
}
