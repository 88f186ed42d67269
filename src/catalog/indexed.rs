//! A laid-out file (see [`dataset::layout`]) read by its index: the names are in memory, each
//! job is read from the file when asked, so a dataset larger than memory opens at once.

use std::borrow::Cow;
use std::path::Path;

use crate::dataset::{self, DatasetError};
use crate::model::{PageRef, Profile};
use crate::rank::Facets;
use crate::text::escape_controls;

use super::names::Names;
use super::store::{PageSources, Result, Store, bad_profile, no_job, parse_profile};

/// The open file and, for each job, where its JSON lies in it.
pub(super) struct Indexed {
    names: Names,
    file: std::fs::File,
    starts: Vec<u64>,
    lens: Vec<u64>,
    pages: (u64, u64),
    origin: String,
}

impl Indexed {
    /// A laid-out file by its index (`shown` names it in errors), or `None` when it has none
    /// (or one that disagrees with the file), to be read in full. Only the first lines are
    /// read here.
    pub(super) fn open(path: &Path, shown: &str) -> Result<Option<Indexed>> {
        // Whatever cannot be opened here is explained by the full reader.
        let Ok(file) = std::fs::File::open(path) else {
            return Ok(None);
        };
        let Ok(meta) = file.metadata() else {
            return Ok(None);
        };
        Indexed::from_file(file, &meta, shown)
    }

    /// [`Indexed::open`] of a file already open.
    pub(super) fn from_file(
        file: std::fs::File,
        meta: &std::fs::Metadata,
        shown: &str,
    ) -> Result<Option<Indexed>> {
        if !meta.is_file() {
            return Ok(None);
        }
        let mut reader = std::io::BufReader::with_capacity(256 << 10, &file);
        let Some(head) = dataset::layout::read_head(&mut reader, meta.len())
            .map_err(|e| unreadable(shown, &e))?
        else {
            return Ok(None);
        };
        drop(reader);
        let mut start = 0;
        for (i, &end) in head.name_ends.iter().enumerate() {
            dataset::check_name(head.names.get(start..end).unwrap_or_default(), shown, i)?;
            start = end;
        }
        Ok(Some(Indexed {
            names: Names::from_ends(head.names, head.name_ends),
            file,
            starts: head.starts,
            lens: head.lens,
            pages: head.pages,
            origin: crate::text::escape_controls(shown).into_owned(),
        }))
    }

    /// The JSON of job `index`.
    fn job(&self, index: usize) -> Result<Vec<u8>> {
        let (Some(&start), Some(&len)) = (self.starts.get(index), self.lens.get(index)) else {
            return Err(no_job(&self.origin, index));
        };
        dataset::layout::read_at(&self.file, start, len).map_err(|e| unreadable(&self.origin, &e))
    }
}

fn unreadable(file: &str, e: &std::io::Error) -> DatasetError {
    DatasetError::Unreadable {
        file: file.to_string(),
        message: e.to_string(),
    }
}

impl Store for Indexed {
    fn names(&self) -> &Names {
        &self.names
    }

    fn origin(&self) -> &str {
        &self.origin
    }

    fn profile(&self, index: usize) -> Result<Cow<'_, Profile>> {
        let json = self.job(index)?;
        let name = &self.names[index];
        let job = parse_profile(&self.origin, name, &json)?;
        // The index said this name; a file changed by hand in place may disagree.
        if job.name != name {
            return Err(bad_profile(
                &self.origin,
                name,
                format!(
                    "the index names it but the file holds \"{}\" there; the file was changed by hand (re-import to rebuild it)",
                    escape_controls(&job.name)
                ),
            ));
        }
        Ok(Cow::Owned(job))
    }

    fn pages(&self) -> Result<Cow<'_, [PageRef]>> {
        let bad = |message: String| DatasetError::BadPages {
            file: self.origin.clone(),
            message,
        };
        let (start, end) = self.pages;
        let json = dataset::layout::read_at(&self.file, start, end - start)
            .map_err(|e| bad(e.to_string()))?;
        serde_json::from_slice::<Vec<PageRef>>(&json)
            .map(Cow::Owned)
            .map_err(|e| bad(escape_controls(&e.to_string()).into_owned()))
    }

    /// The first page only: a million jobs' pages are not read to open on a pair.
    fn first_page(&self) -> Option<PageRef> {
        let (start, end) = self.pages;
        dataset::layout::read_at(&self.file, start, (end - start).min(1 << 20))
            .ok()
            .and_then(|json| dataset::layout::first_page(&json))
    }

    /// One pass through the jobs in file order, a buffer at a time, rather than a read per
    /// job: a million jobs take seconds, not minutes.
    fn facets(&self) -> Result<Vec<Facets>> {
        use std::io::{Read, Seek, SeekFrom};
        let unreadable = |e: std::io::Error| unreadable(&self.origin, &e);
        let mut f = self.file.try_clone().map_err(unreadable)?;
        f.seek(SeekFrom::Start(self.starts.first().copied().unwrap_or(0)))
            .map_err(unreadable)?;
        let mut reader = std::io::BufReader::with_capacity(1 << 20, f);
        let mut job = Vec::new();
        let mut out = Vec::with_capacity(self.lens.len());
        for (i, &len) in self.lens.iter().enumerate() {
            job.resize(usize::try_from(len).unwrap_or(usize::MAX), 0);
            reader.read_exact(&mut job).map_err(unreadable)?;
            // The separator after it: `,\n`, or `\n` after the last job.
            let mut sep = [0u8; 2];
            let sep_len = if i + 1 < self.lens.len() { 2 } else { 1 };
            reader.read_exact(&mut sep[..sep_len]).map_err(unreadable)?;
            let text = std::str::from_utf8(&job).map_err(|_| DatasetError::NotUtf8 {
                file: self.origin.clone(),
            })?;
            out.push(
                Facets::from_json(text)
                    .map_err(|e| bad_profile(&self.origin, &self.names[i], e.to_string()))?,
            );
        }
        Ok(out)
    }

    fn page_sources(&self) -> Result<PageSources> {
        Ok(PageSources::new())
    }

    fn unlisted_source(&self) -> Option<String> {
        Some(format!("dataset {}", self.origin))
    }
}
