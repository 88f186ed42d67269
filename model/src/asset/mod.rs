//! The built-in real occupations as the app carries them: compact binary files (postcard,
//! blocks compressed with LZ4) laid out so that a command reads only what it prints.
//!
//! `assets/occupations.bin` holds, in order: the index (every name and SOC code), each
//! occupation's figures for sorting and filtering, the alternate titles, the table of strings,
//! then one record per occupation, each read on its own. `assets/metros.bin` holds the metro
//! areas' names, then each occupation's pay in every metro area, read on its own.
//! `assets/similar.bin` holds each occupation's most similar occupations and every pair's
//! similarity. docs/FORMAT.md describes the layout. The builder writes these files with the
//! `encode_*` functions; the app reads them with [`Occupations`], [`Metros`] and
//! [`decode_similar`].

mod metros;
mod pay;
mod record;
mod similar;

use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::Profile;
use crate::words::{Source, TitleWeights, WordIndex};

pub use metros::{Metros, encode_metros};
pub use similar::{Similarity, decode_similar, encode_similar};

use record::{Interner, Record, Strings};

/// What is wrong with an asset: it is not one of these files, or a part of it is broken.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetError(String);

impl AssetError {
    fn new(what: impl Into<String>) -> AssetError {
        AssetError(what.into())
    }
}

impl std::fmt::Display for AssetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the built-in asset is broken: {}", self.0)
    }
}

impl std::error::Error for AssetError {}

/// Each file begins with its kind and the version of its layout.
const OCCUPATIONS_TAG: [u8; 4] = *b"CSO2";

/// `value` as postcard, compressed with LZ4 (its size first).
fn pack<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    // Serializing plain data into a vector cannot fail.
    let plain = postcard::to_allocvec(value).unwrap_or_default();
    lz4_flex::compress_prepend_size(&plain)
}

/// The bytes [`pack`] compressed, as they were.
fn unpack(bytes: &[u8], what: &str) -> Result<Vec<u8>, AssetError> {
    lz4_flex::decompress_size_prepended(bytes).map_err(|e| AssetError::new(format!("{what}: {e}")))
}

/// A value [`pack`] wrote.
fn unpack_value<T: DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, AssetError> {
    let plain = unpack(bytes, what)?;
    postcard::from_bytes(&plain).map_err(|e| AssetError::new(format!("{what}: {e}")))
}

/// `assets/occupations.bin` as laid out: the blocks are kept as bytes, read when asked for.
#[derive(Serialize, Deserialize)]
struct OccupationsFile<'a> {
    tag: [u8; 4],
    /// Packed [`Index`].
    #[serde(borrow)]
    index: &'a [u8],
    /// Packed `Vec<Summary>`, in the order of the index.
    #[serde(borrow)]
    summaries: &'a [u8],
    /// [`WordIndex`] as postcard, not a block (its titles are compressed within): every
    /// occupation's name, reported and alternate titles, as written and as the ids of their
    /// words.
    #[serde(borrow)]
    words: &'a [u8],
    /// Packed `(text, ends)`: every string the records refer to, end to end.
    #[serde(borrow)]
    strings: &'a [u8],
    /// One postcard [`Record`] per occupation, in the order of the index.
    #[serde(borrow)]
    records: Vec<&'a [u8]>,
}

/// Every occupation's name and SOC code, in the asset's order.
#[derive(Serialize, Deserialize, Default)]
struct Index {
    names: Vec<String>,
    codes: Vec<Option<String>>,
}

/// What sorting and filtering need of an occupation, without reading its record.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Summary {
    /// The first letter of O*NET's interest high-point code (`S` for mostly Social).
    pub interest: Option<char>,
    pub yearly_salary: Option<u64>,
    pub growth_rate_pct: Option<f64>,
    pub number_of_jobs: Option<u64>,
    /// BLS Employment Projections' typical entry education.
    pub entry_education: Option<String>,
    pub major_group: Option<String>,
}

impl Summary {
    /// The summary of `p`.
    pub fn of(p: &Profile) -> Summary {
        let o = p.overview.as_ref();
        Summary {
            interest: p.interests.as_ref().and_then(|i| i.code.chars().next()),
            yearly_salary: o.and_then(|o| o.yearly_salary),
            growth_rate_pct: o.and_then(|o| o.growth_rate_pct),
            number_of_jobs: o.and_then(|o| o.number_of_jobs),
            entry_education: p
                .education
                .as_ref()
                .and_then(|e| e.typical_entry_education.clone()),
            major_group: p.major_group.clone(),
        }
    }
}

/// The occupations asset for `profiles` (in the order given, which the app lists them in),
/// each with how many sources list its titles.
pub fn encode_occupations<'p>(
    profiles: impl IntoIterator<Item = (&'p Profile, &'p TitleWeights)>,
) -> Vec<u8> {
    let mut index = Index::default();
    let mut summaries = Vec::new();
    let mut strings = Interner::default();
    let mut records = Vec::new();
    let mut texts: Vec<(usize, Source, &str, u8)> = Vec::new();
    for (job, (p, weights)) in profiles.into_iter().enumerate() {
        index.names.push(p.name.clone());
        index.codes.push(p.code.clone());
        texts.push((job, Source::Name, &p.name, 1));
        let weighed = |titles: &'p Option<Vec<String>>, weights: &'p [u8]| {
            let weights = weights.iter().copied().chain(std::iter::repeat(1));
            titles.iter().flatten().map(String::as_str).zip(weights)
        };
        for (t, w) in weighed(&p.reported_titles, &weights.reported) {
            texts.push((job, Source::Reported, t, w));
        }
        for (t, w) in weighed(&p.alternate_titles, &weights.alternate) {
            texts.push((job, Source::Alternate, t, w));
        }
        for t in p.everyday_names.iter().flatten() {
            texts.push((job, Source::Everyday, t, 1));
        }
        summaries.push(Summary::of(p));
        let record = record::to_record(p, &mut strings);
        records.push(postcard::to_allocvec(&record).unwrap_or_default());
    }
    let words = WordIndex::build(texts);
    let mut text = String::new();
    let mut ends = Vec::with_capacity(strings.list.len());
    for s in &strings.list {
        text.push_str(s);
        ends.push(text.len() as u32);
    }
    let file = OccupationsFile {
        tag: OCCUPATIONS_TAG,
        index: &pack(&index),
        summaries: &pack(&summaries),
        // Not a block: the words compress their titles themselves and are read in place.
        words: &postcard::to_allocvec(&words).unwrap_or_default(),
        strings: &pack(&(text, ends)),
        records: records.iter().map(Vec::as_slice).collect(),
    };
    postcard::to_allocvec(&file).unwrap_or_default()
}

/// Every profile of an occupations asset, in its order: what the builder's check compares with
/// what the sources give.
///
/// # Errors
/// The bytes are not an occupations asset, or a part of it is broken.
pub fn profiles_from_asset(bytes: &[u8]) -> Result<Vec<Profile>, AssetError> {
    let asset = Occupations::open(bytes)?;
    (0..asset.len()).map(|i| asset.profile(i)).collect()
}

/// An occupations asset opened: the index read, everything else when first asked for.
pub struct Occupations<'a> {
    file: OccupationsFile<'a>,
    index: Index,
    strings: OnceLock<Result<Strings, AssetError>>,
    words: OnceLock<Result<WordIndex, AssetError>>,
}

impl<'a> Occupations<'a> {
    /// Reads the layout and the index (names and codes) of the asset in `bytes`.
    ///
    /// # Errors
    /// The bytes are not an occupations asset, or its index is broken.
    pub fn open(bytes: &'a [u8]) -> Result<Occupations<'a>, AssetError> {
        let file: OccupationsFile = postcard::from_bytes(bytes)
            .map_err(|e| AssetError::new(format!("occupations: {e}")))?;
        if file.tag != OCCUPATIONS_TAG {
            return Err(AssetError::new("not an occupations asset of this version"));
        }
        let index: Index = unpack_value(file.index, "the index")?;
        let n = file.records.len();
        if index.names.len() != n || index.codes.len() != n {
            return Err(AssetError::new(
                "the index and the records differ in length",
            ));
        }
        Ok(Occupations {
            file,
            index,
            strings: OnceLock::new(),
            words: OnceLock::new(),
        })
    }

    /// How many occupations there are.
    pub fn len(&self) -> usize {
        self.index.names.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.index.names.is_empty()
    }

    /// Every occupation's name, in the asset's order.
    pub fn names(&self) -> &[String] {
        &self.index.names
    }

    /// Every occupation's SOC code, in the asset's order.
    pub fn codes(&self) -> &[Option<String>] {
        &self.index.codes
    }

    /// Every occupation's figures for sorting and filtering, in the asset's order.
    ///
    /// # Errors
    /// That block is broken.
    pub fn summaries(&self) -> Result<Vec<Summary>, AssetError> {
        let all: Vec<Summary> = unpack_value(self.file.summaries, "the summaries")?;
        if all.len() != self.len() {
            return Err(AssetError::new(
                "the summaries and the index differ in length",
            ));
        }
        Ok(all)
    }

    /// Every occupation's name, reported and alternate titles, by their words, decoded on the
    /// first call.
    ///
    /// # Errors
    /// That block is broken.
    pub fn words(&self) -> Result<&WordIndex, AssetError> {
        self.words
            .get_or_init(|| self.read_words())
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The words decoded afresh, for a caller that keeps them (the search's ranking), so that
    /// they are neither decoded twice nor copied when nothing else asked for them.
    ///
    /// # Errors
    /// That block is broken.
    pub fn read_words(&self) -> Result<WordIndex, AssetError> {
        if let Some(Ok(words)) = self.words.get() {
            return Ok(words.clone());
        }
        let words: WordIndex = postcard::from_bytes(self.file.words)
            .map_err(|e| AssetError::new(format!("the titles: {e}")))?;
        words
            .check(self.len())
            .map_err(|e| AssetError::new(format!("the titles: {}", e.0)))?;
        Ok(words)
    }

    fn strings(&self) -> Result<&Strings, AssetError> {
        self.strings
            .get_or_init(|| {
                let (text, ends) = unpack_value(self.file.strings, "the strings")?;
                Strings::new(text, ends)
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The whole profile of occupation `i`: its record, with its strings and titles.
    ///
    /// # Errors
    /// There is no occupation `i`, or its record is broken.
    pub fn profile(&self, i: usize) -> Result<Profile, AssetError> {
        let bytes = self
            .file
            .records
            .get(i)
            .ok_or_else(|| AssetError::new(format!("there is no occupation {}", i + 1)))?;
        let name = &self.index.names[i];
        let record: Record = postcard::from_bytes(bytes)
            .map_err(|e| AssetError::new(format!("the record of {name}: {e}")))?;
        let words = self.words()?;
        let titles_from = |source: Source, has: bool| {
            has.then(|| words.of_job(i, source).map(str::to_string).collect())
        };
        let titles = record::Titles {
            alternate: titles_from(Source::Alternate, record.has_titles()),
            reported: titles_from(Source::Reported, record.has_reported()),
            everyday: titles_from(Source::Everyday, record.has_everyday()),
        };
        record::to_profile(
            record,
            name.clone(),
            self.index.codes[i].clone(),
            titles,
            self.strings()?,
        )
    }
}

#[cfg(test)]
mod tests;
