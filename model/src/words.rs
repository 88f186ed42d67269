//! The words of job names and titles as the search ranks them: lower case, plurals made
//! singular, filler left out. One definition for the builder, which stores the built-in
//! occupations' [`WordIndex`] in the asset, and the app, which builds one for other jobs and
//! splits a query into words the same way.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// Words that say nothing of the job (`and`, `of`, `a`, `with`), left out of matching and of
/// counting: "drives a forklift" is "drives forklift", and "helps people with taxes" is not
/// found by every "helps … with …". `All Other` stays: a catch-all group's name is not the
/// job a person names.
pub const FILLER: [&str; 13] = [
    "and", "of", "the", "a", "an", "except", "in", "with", "for", "to", "at", "on", "by",
];

/// `word` lower-cased with a plural made singular: `nurses` → `nurse`, `secretaries` →
/// `secretary`, `switches` → `switch`, `midwives` → `midwife`; `glass`, `status` and
/// `analysis` stay.
/// Written here rather than taken from a stemmer crate: Porter/Snowball stemming also folds
/// words people keep apart (`nursing` and `nurse`, `electrical` and `electric`).
pub fn singular(word: &str) -> Cow<'_, str> {
    let n = word.len();
    // Nouns in -ife make -ives (`midwives`); other words in -ives keep the e
    // (`representatives`, `detectives`), so only these two stems are changed.
    if word.ends_with("wives") || word.ends_with("knives") {
        return format!("{}fe", &word[..n - 3]).into();
    }
    if n > 4 && word.ends_with("ies") {
        return format!("{}y", &word[..n - 3]).into();
    }
    for end in ["sses", "ches", "shes", "xes"] {
        if n > end.len() + 1 && word.ends_with(end) {
            return word[..n - 2].into();
        }
    }
    if n > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        return word[..n - 1].into();
    }
    word.into()
}

/// The words of `text` lower-cased and made singular, filler left out; then the forms
/// joined across `-` or `/` (`X-Ray` gives `x`, `ray`, then `xray`). The second value is how
/// many are the text's own words (the rest are joined forms).
pub fn words_of(text: &str) -> (Vec<String>, usize) {
    let lower = text.to_lowercase();
    let mut words: Vec<String> = own_words(&lower).map(|w| w.into_owned()).collect();
    let own = words.len();
    words.extend(joined_words(&lower));
    (words, own)
}

/// The own words of a lower-cased text, made singular, filler left out.
fn own_words(lower: &str) -> impl Iterator<Item = Cow<'_, str>> {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .map(singular)
}

/// A lower-cased name or title up to the word `except`: what follows names what the job is
/// not ("Dispatchers, Except Police, Fire, and Ambulance" is no police job), so those words do
/// not find it. (Only texts are cut so; a query's words are all the person's.)
fn before_except(lower: &str) -> &str {
    let alone = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    lower
        .match_indices("except")
        .find(|&(at, w)| {
            alone(lower[..at].chars().next_back()) && alone(lower[at + w.len()..].chars().next())
        })
        .map_or(lower, |(at, _)| &lower[..at])
}

/// The forms of a lower-cased text joined across `-` or `/`, made singular.
fn joined_words(lower: &str) -> impl Iterator<Item = String> + '_ {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '/'))
        .filter(|part| part.contains(['-', '/']))
        .filter_map(|part| {
            let whole: String = part.chars().filter(|c| c.is_alphanumeric()).collect();
            (!whole.is_empty()).then(|| singular(&whole).into_owned())
        })
}

/// Where a text comes from: the job's own name, a title its holders report (O*NET's Sample of
/// Reported Titles shown in My Next Move), one of O*NET's alternate titles, or an everyday
/// name from careerscope's own list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    Name,
    Reported,
    Alternate,
    Everyday,
}

/// How many of the data's sources list each of a job's reported and alternate titles, in the
/// order its profile holds them; a title with no number here weighs 1.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TitleWeights {
    pub reported: Vec<u8>,
    pub alternate: Vec<u8>,
}

/// Jobs' names and titles, each as the ids of its words, laid out flat so that reading it is a
/// few vectors, not one allocation per title. Texts are kept in the order they were added (the
/// builder adds each job's name, reported titles, then alternate titles, job by job). Words are
/// numbered most frequent first, so that most take one byte stored.
#[derive(Serialize, Deserialize, Default, Debug, Clone, PartialEq)]
#[serde(into = "Stored", try_from = "Stored")]
pub struct WordIndex {
    /// Every distinct word, end to end.
    vocabulary: String,
    vocabulary_ends: Vec<u32>,
    /// Each text's job, source and how many of its words are its own (the rest are joined
    /// forms such as `xray`).
    jobs: Vec<u32>,
    sources: Vec<Source>,
    owns: Vec<u8>,
    /// Whether a text is the other form of the title before it (`TA` and `Teacher Assistant`
    /// of "TA (Teacher Assistant)"), not a title of its own.
    derived: Vec<bool>,
    /// How many of the data's sources list each text's title (1 when that is not known).
    weights: Vec<u8>,
    /// Each text's words (ids into the vocabulary), end to end.
    words: Vec<u32>,
    word_ends: Vec<u32>,
    /// Each text as written, end to end.
    titles: String,
    title_ends: Vec<u32>,
}

/// A [`WordIndex`] as stored: lengths rather than ends, and each run of texts of one job and
/// source as one entry, which compress far better than ends and one job per text. The titles
/// as written, most of the bytes, are compressed on their own, so that the rest is read in
/// place and the titles decompressed straight into the index.
#[derive(Serialize, Deserialize)]
struct Stored {
    vocabulary: String,
    vocabulary_ends: Lengths,
    /// (job, source, how many texts) for each run of texts of one job and source.
    runs: Vec<(u32, Source, u32)>,
    /// How many own words each text has, with [`DERIVED`] set for a derived text.
    owns: Bytes,
    weights: Bytes,
    word_ends: Lengths,
    words: Varints,
    titles: Compressed,
    title_ends: Lengths,
}

/// Numbers stored as varints (LEB128) in one byte string, read in one pass rather than one
/// serde call each: the words of 65,000 titles are read at every search.
#[derive(Default)]
struct Varints(Vec<u32>);

impl Serialize for Varints {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut bytes = Vec::with_capacity(self.0.len());
        for &n in &self.0 {
            let mut n = n;
            while n >= 0x80 {
                bytes.push((n & 0x7f) as u8 | 0x80);
                n >>= 7;
            }
            bytes.push(n as u8);
        }
        serializer.serialize_bytes(&bytes)
    }
}

impl<'de> Deserialize<'de> for Varints {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Varints, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Varints;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("numbers as varints")
            }
            fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Varints, E> {
                let mut out = Vec::with_capacity(bytes.len());
                let (mut n, mut shift) = (0u32, 0u32);
                for &b in bytes {
                    if shift > 28 {
                        return Err(E::custom("a varint is too long"));
                    }
                    n |= u32::from(b & 0x7f) << shift;
                    if b & 0x80 == 0 {
                        out.push(n);
                        (n, shift) = (0, 0);
                    } else {
                        shift += 7;
                    }
                }
                if shift != 0 {
                    return Err(E::custom("the last varint is cut off"));
                }
                Ok(Varints(out))
            }
        }
        deserializer.deserialize_bytes(Visit)
    }
}

/// Bytes stored as one byte string, read at once.
#[derive(Default)]
struct Bytes(Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Bytes, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Bytes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes(bytes.to_vec()))
            }
        }
        deserializer.deserialize_bytes(Visit)
    }
}

/// The ends of strings laid end to end, stored as their lengths (varints, which are small),
/// read back into ends in the same pass.
#[derive(Default)]
struct Lengths(Vec<u32>);

impl Serialize for Lengths {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut start = 0;
        let lengths = self.0.iter().map(|&end| {
            let n = end.saturating_sub(start);
            start = end;
            n
        });
        Varints(lengths.collect()).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Lengths {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Lengths, D::Error> {
        let Varints(mut ends) = Varints::deserialize(deserializer)?;
        // Saturating: a broken length is caught by `WordIndex::consistent`.
        let mut end = 0u32;
        for n in &mut ends {
            end = end.saturating_add(*n);
            *n = end;
        }
        Ok(Lengths(ends))
    }
}

/// Text stored compressed with LZ4 (its size first).
#[derive(Default)]
struct Compressed(String);

impl Serialize for Compressed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&lz4_flex::compress_prepend_size(self.0.as_bytes()))
    }
}

impl<'de> Deserialize<'de> for Compressed {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Compressed, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Compressed;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("text compressed with LZ4")
            }
            fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Compressed, E> {
                let plain = lz4_flex::decompress_size_prepended(bytes).map_err(E::custom)?;
                String::from_utf8(plain)
                    .map(Compressed)
                    .map_err(|_| E::custom("the text is not UTF-8"))
            }
        }
        deserializer.deserialize_bytes(Visit)
    }
}

impl From<WordIndex> for Stored {
    fn from(w: WordIndex) -> Stored {
        let mut runs: Vec<(u32, Source, u32)> = Vec::new();
        for (&job, &source) in w.jobs.iter().zip(&w.sources) {
            match runs.last_mut() {
                Some((j, s, n)) if *j == job && *s == source => *n += 1,
                _ => runs.push((job, source, 1)),
            }
        }
        Stored {
            vocabulary_ends: Lengths(w.vocabulary_ends),
            vocabulary: w.vocabulary,
            runs,
            owns: Bytes(
                w.owns
                    .iter()
                    .zip(&w.derived)
                    .map(|(&own, &derived)| if derived { own | DERIVED } else { own })
                    .collect(),
            ),
            weights: Bytes(w.weights),
            word_ends: Lengths(w.word_ends),
            words: Varints(w.words),
            title_ends: Lengths(w.title_ends),
            titles: Compressed(w.titles),
        }
    }
}

impl TryFrom<Stored> for WordIndex {
    type Error = BrokenIndex;

    fn try_from(s: Stored) -> Result<WordIndex, BrokenIndex> {
        let owns = s.owns.0;
        let mut jobs = Vec::with_capacity(owns.len());
        let mut sources = Vec::with_capacity(owns.len());
        for (job, source, n) in s.runs {
            if jobs.len() + n as usize > owns.len() {
                return Err(BrokenIndex("more texts than it has"));
            }
            jobs.extend(std::iter::repeat_n(job, n as usize));
            sources.extend(std::iter::repeat_n(source, n as usize));
        }
        let index = WordIndex {
            vocabulary_ends: s.vocabulary_ends.0,
            vocabulary: s.vocabulary,
            jobs,
            sources,
            derived: owns.iter().map(|&o| o & DERIVED != 0).collect(),
            weights: s.weights.0,
            owns: owns.iter().map(|&o| o & !DERIVED).collect(),
            word_ends: s.word_ends.0,
            words: s.words.0,
            title_ends: s.title_ends.0,
            titles: s.titles.0,
        };
        index.consistent()?;
        Ok(index)
    }
}

/// The bit of a stored own-word count that marks a derived text.
const DERIVED: u8 = 0x80;

/// The forms of a title written "A (B)", B being another name for A ("Physical Therapy Aide
/// (PTA)", "CAM Tech (Computer-Aided Manufacturing Technician)"); `None` for other titles.
fn forms(title: &str) -> Option<(&str, &str)> {
    let inner = title.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (a, b) = (inner[..open].trim(), inner[open + 1..].trim());
    (!a.is_empty() && !b.is_empty() && !b.contains(['(', ')'])).then_some((a, b))
}

/// What is wrong with a stored [`WordIndex`].
#[derive(Debug, Clone, PartialEq)]
pub struct BrokenIndex(pub &'static str);

impl std::fmt::Display for BrokenIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl WordIndex {
    /// The index of `texts`, as (job, source, text as written, how many sources list it).
    pub fn build<'t>(texts: impl IntoIterator<Item = (usize, Source, &'t str, u8)>) -> WordIndex {
        let mut index = WordIndex::default();
        let mut known: HashMap<String, u32> = HashMap::new();
        let mut spelled: Vec<String> = Vec::new();
        let mut intern = |word: &str| -> u32 {
            if let Some(&id) = known.get(word) {
                return id;
            }
            let id = spelled.len() as u32;
            spelled.push(word.to_string());
            known.insert(word.to_string(), id);
            id
        };
        for (job, source, text, weight) in texts {
            // "A (B)": A and B are each the title whole, so each is a text of its own words.
            let parts = match forms(text) {
                Some((a, b)) => vec![(a, false), (b, true)],
                None => vec![(text, false)],
            };
            for (part, derived) in parts {
                let whole = part.to_lowercase();
                let lower = before_except(&whole);
                let before = index.words.len();
                for w in own_words(lower) {
                    index.words.push(intern(&w));
                }
                let own = index.words.len() - before;
                if lower.contains(['-', '/']) {
                    for w in joined_words(lower) {
                        index.words.push(intern(&w));
                    }
                }
                index.word_ends.push(index.words.len() as u32);
                index.jobs.push(job as u32);
                index.sources.push(source);
                index.owns.push(own.min(usize::from(!DERIVED)) as u8);
                index.derived.push(derived);
                index.weights.push(weight.max(1));
                index.titles.push_str(text);
                index.title_ends.push(index.titles.len() as u32);
            }
        }
        // Most frequent words first (then alphabetically, so the same texts give the same
        // index), so that most ids are small.
        let mut count = vec![0u32; spelled.len()];
        for &w in &index.words {
            count[w as usize] += 1;
        }
        let mut order: Vec<u32> = (0..spelled.len() as u32).collect();
        order.sort_by(|&a, &b| {
            count[b as usize]
                .cmp(&count[a as usize])
                .then_with(|| spelled[a as usize].cmp(&spelled[b as usize]))
        });
        let mut new_id = vec![0u32; spelled.len()];
        for (new, &old) in order.iter().enumerate() {
            new_id[old as usize] = new as u32;
            index.vocabulary.push_str(&spelled[old as usize]);
            index.vocabulary_ends.push(index.vocabulary.len() as u32);
        }
        for w in &mut index.words {
            *w = new_id[*w as usize];
        }
        index
    }

    /// That every part adds up, so that reading it cannot go out of bounds.
    fn consistent(&self) -> Result<(), BrokenIndex> {
        let n = self.jobs.len();
        if self.sources.len() != n
            || self.owns.len() != n
            || self.derived.len() != n
            || self.weights.len() != n
            || self.word_ends.len() != n
            || self.title_ends.len() != n
        {
            return Err(BrokenIndex("its parts differ in length"));
        }
        ends_fit(&self.vocabulary_ends, &self.vocabulary)?;
        ends_fit(&self.title_ends, &self.titles)?;
        let mut start = 0u32;
        for (t, &end) in self.word_ends.iter().enumerate() {
            if end < start || end as usize > self.words.len() {
                return Err(BrokenIndex("a text's words are out of bounds"));
            }
            if usize::from(self.owns[t]) > (end - start) as usize {
                return Err(BrokenIndex("a text has fewer words than it owns"));
            }
            start = end;
        }
        if start as usize != self.words.len() {
            return Err(BrokenIndex("the words do not add up"));
        }
        let vocabulary = self.vocabulary_ends.len() as u32;
        if self.words.iter().any(|&w| w >= vocabulary) {
            return Err(BrokenIndex("a word is not in the vocabulary"));
        }
        Ok(())
    }

    /// Checks that every text's job is one of `jobs`.
    ///
    /// # Errors
    /// A text's job is not.
    pub fn check(&self, jobs: usize) -> Result<(), BrokenIndex> {
        if self.jobs.iter().any(|&j| j as usize >= jobs) {
            return Err(BrokenIndex("a title's job is not listed"));
        }
        Ok(())
    }

    /// How many texts there are.
    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }

    /// How many distinct words there are.
    pub fn vocabulary_len(&self) -> usize {
        self.vocabulary_ends.len()
    }

    /// Word `id` as spelled.
    pub fn word(&self, id: usize) -> &str {
        slice(&self.vocabulary, &self.vocabulary_ends, id)
    }

    /// Every word with its id.
    pub fn vocabulary(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        (0..self.vocabulary_len()).map(|i| (i as u32, self.word(i)))
    }

    /// Text `t`'s job.
    pub fn job(&self, t: usize) -> usize {
        self.jobs[t] as usize
    }

    /// Where text `t` comes from.
    pub fn source(&self, t: usize) -> Source {
        self.sources[t]
    }

    /// How many of the data's sources list text `t`'s title: for a built-in occupation's
    /// alternate title, the sources O*NET names for it; for a reported title, 2 when My Next
    /// Move shows it, else 1; 1 for any other text.
    pub fn weight(&self, t: usize) -> u8 {
        self.weights[t]
    }

    /// Whether text `t` is the other form of the title before it, not a title of its own.
    pub fn derived(&self, t: usize) -> bool {
        self.derived[t]
    }

    /// How many of text `t`'s words are its own.
    pub fn own(&self, t: usize) -> usize {
        usize::from(self.owns[t])
    }

    /// Text `t`'s words: its own, then joined forms.
    pub fn words(&self, t: usize) -> &[u32] {
        let start = if t == 0 {
            0
        } else {
            self.word_ends[t - 1] as usize
        };
        &self.words[start..self.word_ends[t] as usize]
    }

    /// Text `t` as written.
    pub fn title(&self, t: usize) -> &str {
        slice(&self.titles, &self.title_ends, t)
    }

    /// Every title from `source`, as (job, title), in the order added.
    pub fn of_source(&self, source: Source) -> impl Iterator<Item = (usize, &str)> + '_ {
        (0..self.len())
            .filter(move |&t| self.sources[t] == source && !self.derived[t])
            .map(|t| (self.job(t), self.title(t)))
    }

    /// Job `job`'s titles from `source`, in the order added.
    pub fn of_job(&self, job: usize, source: Source) -> impl Iterator<Item = &str> + '_ {
        // Texts are added job by job, so a job's are together: find the first by halving.
        let first = self.jobs.partition_point(|&j| (j as usize) < job);
        let sorted = self.jobs.is_sorted();
        let range = if sorted {
            first..self.len()
        } else {
            0..self.len()
        };
        range
            .take_while(move |&t| !sorted || self.job(t) == job)
            .filter(move |&t| self.job(t) == job && self.sources[t] == source && !self.derived[t])
            .map(|t| self.title(t))
    }
}

/// The `i`th of the strings laid end to end in `text` at `ends`.
fn slice<'a>(text: &'a str, ends: &[u32], i: usize) -> &'a str {
    let start = if i == 0 { 0 } else { ends[i - 1] as usize };
    &text[start..ends[i] as usize]
}

/// Whether `ends` are in order, within `text` and on its characters.
fn ends_fit(ends: &[u32], text: &str) -> Result<(), BrokenIndex> {
    let mut start = 0u32;
    for &end in ends {
        if end < start || end as usize > text.len() || !text.is_char_boundary(end as usize) {
            return Err(BrokenIndex("a string does not end on a character"));
        }
        start = end;
    }
    if start as usize != text.len() {
        return Err(BrokenIndex("the strings do not add up"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of text `t` of `index`, spelled out.
    fn spelled(index: &WordIndex, t: usize) -> Vec<&str> {
        index
            .words(t)
            .iter()
            .map(|&w| index.word(w as usize))
            .collect()
    }

    #[test]
    fn plurals_become_singular_and_other_words_stay() {
        let cases = [
            ("nurses", "nurse"),
            ("secretaries", "secretary"),
            ("switches", "switch"),
            ("glass", "glass"),
            ("status", "status"),
            ("analysis", "analysis"),
            ("midwives", "midwife"),
            ("knives", "knife"),
            ("representatives", "representative"),
            ("drives", "drive"),
        ];
        for (word, expected) in cases {
            assert_eq!(singular(word), expected, "{word}");
        }
    }

    #[test]
    fn an_index_keeps_each_texts_words_job_and_source() {
        let index = WordIndex::build([
            (0, Source::Name, "Registered Nurses", 1),
            (0, Source::Alternate, "X-Ray Nurse", 3),
            (1, Source::Name, "Chief Executives", 1),
            (1, Source::Reported, "CEO", 2),
            (1, Source::Alternate, "CFO (Chief Financial Officer)", 0),
        ]);
        assert_eq!(index.check(2), Ok(()));
        assert!(index.check(1).is_err());
        let stored = postcard::to_allocvec(&index).unwrap_or_default();
        assert_eq!(
            postcard::from_bytes::<WordIndex>(&stored),
            Ok(index.clone())
        );
        assert_eq!(index.len(), 6, "the title in two forms is two texts");
        assert_eq!(index.title(5), "CFO (Chief Financial Officer)");
        assert_eq!(
            (0..6).map(|t| index.weight(t)).collect::<Vec<_>>(),
            [1, 3, 1, 2, 1, 1],
            "each form of a title weighs as the title; none is weightless"
        );
        assert!(index.derived(5) && !index.derived(4));
        assert_eq!(index.own(4), 1);
        assert_eq!(index.own(5), 3);
        assert_eq!(
            index.of_job(1, Source::Alternate).collect::<Vec<_>>(),
            ["CFO (Chief Financial Officer)"],
            "one title"
        );
        let spelled = |t: usize| spelled(&index, t);
        assert_eq!(spelled(0), ["registered", "nurse"]);
        assert_eq!(spelled(1), ["x", "ray", "nurse", "xray"]);
        assert_eq!(index.own(1), 3);
        assert_eq!(index.words(1)[2], index.words(0)[1], "one id for one word");
        assert_eq!(index.title(3), "CEO");
        assert_eq!(index.source(3), Source::Reported);
        assert_eq!(index.job(3), 1);
        assert_eq!(
            index.of_job(0, Source::Alternate).collect::<Vec<_>>(),
            ["X-Ray Nurse"]
        );
        assert_eq!(index.of_job(2, Source::Alternate).count(), 0);
        assert_eq!(
            index.of_source(Source::Reported).collect::<Vec<_>>(),
            [(1, "CEO")]
        );
    }

    #[test]
    fn varints_come_back_as_they_went_in_and_broken_ones_are_errors() {
        let numbers = vec![0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX];
        let bytes = postcard::to_allocvec(&Varints(numbers.clone())).unwrap_or_default();
        let back: Result<Varints, _> = postcard::from_bytes(&bytes);
        assert_eq!(back.map(|v| v.0), Ok(numbers));
        // A length of one byte, then a byte that says another follows.
        assert!(postcard::from_bytes::<Varints>(&[1, 0x80]).is_err());
        assert!(postcard::from_bytes::<Varints>(&[6, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]).is_err());
    }

    #[test]
    fn words_after_except_name_what_the_job_is_not() {
        let texts = [
            "Dispatchers, Except Police, Fire, and Ambulance",
            "Janitors and Cleaners, Except Maids and Housekeeping Cleaners",
            // Only the word itself: "exceptional" and a word ending in it are words like others.
            "Exceptional—Children Teacher, Nonexcept",
            "X-Ray Tech — except Dental",
        ];
        let index = WordIndex::build(texts.iter().map(|t| (0, Source::Name, *t, 1)));
        let words = |t: usize| spelled(&index, t);
        assert_eq!(words(0), ["dispatcher"]);
        assert_eq!(index.own(0), 1);
        assert_eq!(words(1), ["janitor", "cleaner"]);
        assert_eq!(
            words(2),
            ["exceptional", "children", "teacher", "nonexcept"]
        );
        assert_eq!(words(3), ["x", "ray", "tech", "xray"]);
        // A query's words are all the person's.
        assert_eq!(words_of("except nurse").0, ["nurse"]);
    }

    #[test]
    fn filler_says_nothing_of_the_job() {
        assert_eq!(words_of("Drives a Forklift").0, ["drive", "forklift"]);
        assert_eq!(words_of("an Usher of the Court").0, ["usher", "court"]);
        assert_eq!(
            words_of("Works with Dolphins at a Zoo").0,
            ["work", "dolphin", "zoo"]
        );
        assert_eq!(
            words_of("Door-to-Door Sales").0,
            ["door", "door", "sale", "doortodoor"]
        );
        // Only whole words: "Aide" and "Anesthetist" keep their letters.
        assert_eq!(words_of("A/C Aide").0, ["c", "aide", "ac"]);
        assert_eq!(words_of("Nurse Anesthetists").0, ["nurse", "anesthetist"]);
    }

    #[test]
    fn a_title_in_two_forms_is_split_at_its_parentheses() {
        assert_eq!(
            forms("Physical Therapy Aide (PTA)"),
            Some(("Physical Therapy Aide", "PTA"))
        );
        assert_eq!(
            forms("TA (Teacher Assistant) "),
            Some(("TA", "Teacher Assistant"))
        );
        assert_eq!(forms("Nurse"), None);
        assert_eq!(forms("(RN)"), None);
        assert_eq!(forms("Aide ()"), None);
    }

    #[test]
    fn a_broken_index_is_found_before_it_is_read() {
        let index = WordIndex::build([
            (0, Source::Name, "Nurses", 1),
            (1, Source::Name, "Cooks", 1),
        ]);
        let broken = |change: &dyn Fn(&mut Stored)| {
            let mut stored = Stored::from(index.clone());
            change(&mut stored);
            WordIndex::try_from(stored).is_err()
        };
        assert!(!broken(&|_| ()));
        assert!(broken(&|s| s.words.0[0] = 7));
        assert!(broken(&|s| s.title_ends.0[0] = 99));
        assert!(broken(&|s| s.owns.0.push(1)));
        assert!(broken(&|s| {
            s.weights.0.pop();
        }));
        assert!(broken(&|s| s.runs[0].2 = 3));
        assert!(broken(&|s| {
            s.vocabulary_ends.0.pop();
        }));
    }

    #[test]
    fn titles_that_do_not_decompress_to_text_are_an_error() {
        let stored =
            |bytes: &[u8]| postcard::to_allocvec(&Bytes(bytes.to_vec())).unwrap_or_default();
        let text = stored(&lz4_flex::compress_prepend_size("Nurses".as_bytes()));
        assert_eq!(
            postcard::from_bytes::<Compressed>(&text).map(|c| c.0),
            Ok("Nurses".to_string())
        );
        let not_utf8 = stored(&lz4_flex::compress_prepend_size(&[0xff, 0xfe]));
        assert!(postcard::from_bytes::<Compressed>(&not_utf8).is_err());
        let cut = stored(&lz4_flex::compress_prepend_size("Nurses".as_bytes())[..5]);
        assert!(postcard::from_bytes::<Compressed>(&cut).is_err());
    }
}
