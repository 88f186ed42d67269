//! Fuzzy matching over job names, shared by `careerscope search`, `compare` and the picker.
//!
//! Every space-separated word of the query must match; a name's score is the sum of its words'
//! scores. Ties go to the shorter name, then alphabetical order, so results are stable.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// One matching name: its index in the searched list and its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    pub score: i64,
}

/// Names prepared once for matching many queries: lower-cased, with their lengths, so a
/// keystroke costs only the matching itself.
pub struct Index {
    /// Every name lower-cased, end to end in one buffer (one allocation, not one per name).
    lower: String,
    /// Where each name ends in `lower`: `usize`, so names of any total size index correctly.
    ends: Vec<usize>,
    chars: Vec<u32>,
    /// Each name's place in (shorter first, then alphabetical) order: ties between equal
    /// scores then cost an integer comparison. Built when first needed, on a large result.
    tie_order: std::sync::OnceLock<Vec<u32>>,
    skim: SkimMatcherV2,
}

/// Below this many candidates one thread is faster than starting more.
const PARALLEL_FROM: usize = 4_096;

/// From this many candidates on, ties are sorted by a precomputed order instead of by name.
const LARGE_RESULT: usize = 5_000;

impl Index {
    /// An index of `names`, in their order.
    pub fn new<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> Index {
        let names = names.into_iter();
        let mut lower = String::with_capacity(names.size_hint().0 * 32);
        let mut ends = Vec::with_capacity(names.size_hint().0);
        let mut chars = Vec::with_capacity(names.size_hint().0);
        for name in names {
            let name = name.as_ref();
            let start = lower.len();
            if name.is_ascii() {
                lower.push_str(name);
                lower[start..].make_ascii_lowercase();
                chars.push(u32::try_from(name.len()).unwrap_or(u32::MAX));
            } else {
                lower.extend(name.chars().flat_map(char::to_lowercase));
                let count = lower[start..].chars().count();
                chars.push(u32::try_from(count).unwrap_or(u32::MAX));
            }
            ends.push(lower.len());
        }
        Index {
            lower,
            ends,
            chars,
            tie_order: std::sync::OnceLock::new(),
            // Names and query are both lower-cased here, so matching is case-insensitive.
            skim: SkimMatcherV2::default().respect_case(),
        }
    }

    /// An index of a catalog's names (see [`crate::catalog::Names`]): names all in ASCII, the
    /// usual case, are lower-cased in one pass over their text rather than one by one.
    pub fn of_names(names: &crate::catalog::Names) -> Index {
        let (text, ends) = names.parts();
        if !text.is_ascii() {
            return Index::new(names.iter());
        }
        let mut chars = Vec::with_capacity(ends.len());
        let mut start = 0;
        for &end in ends {
            chars.push(u32::try_from(end - start).unwrap_or(u32::MAX));
            start = end;
        }
        Index {
            lower: ascii_lowercase(text),
            ends: ends.to_vec(),
            chars,
            tie_order: std::sync::OnceLock::new(),
            skim: SkimMatcherV2::default().respect_case(),
        }
    }

    /// Job `i`'s name, lower-cased.
    fn lower(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.lower[start..self.ends[i]]
    }

    /// How many names the index holds.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the index holds no names.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Names matching `query`, best first. An empty query keeps every name in its order.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_until(query, None, &|| false)
            .unwrap_or_default()
    }

    /// `search`, or only among `previous` when given (a growing query's matches are a subset of
    /// the shorter query's, so only those need scoring again); gives up, returning `None`, as
    /// soon as `cancelled` says the answer is no longer wanted.
    pub fn search_until(
        &self,
        query: &str,
        previous: Option<&[Hit]>,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<Hit>> {
        if query.trim().is_empty() {
            return Some(
                (0..self.len())
                    .map(|index| Hit { index, score: 0 })
                    .collect(),
            );
        }
        match previous {
            Some(prev) => self.rank(query, prev.iter().map(|h| h.index), cancelled),
            None => self.rank(query, 0..self.len(), cancelled),
        }
    }

    fn rank(
        &self,
        query: &str,
        candidates: impl ExactSizeIterator<Item = usize>,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<Hit>> {
        let query = query.to_lowercase();
        let words: Vec<&str> = query.split_whitespace().collect();
        let candidates: Vec<usize> = candidates.collect();
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        // Many candidates: each thread orders its own matches by one integer key (see
        // `keyed`), and the ordered parts are merged.
        let order = (candidates.len() > LARGE_RESULT).then(|| self.tie_order());
        let score_part = |part: &[usize]| {
            let hits = self.score_all(&words, part, cancelled)?;
            Some(match order {
                Some(order) => keyed(hits, order),
                None => hits.into_iter().map(|h| (0, h)).collect(),
            })
        };
        let parts: Vec<Vec<(u64, Hit)>> = if candidates.len() < PARALLEL_FROM || threads == 1 {
            vec![score_part(&candidates)?]
        } else {
            let chunk = candidates.len().div_ceil(threads);
            std::thread::scope(|s| {
                let running: Vec<_> = candidates
                    .chunks(chunk)
                    .map(|part| s.spawn(move || score_part(part)))
                    .collect();
                running
                    .into_iter()
                    .map(|r| r.join().ok().flatten())
                    .collect::<Option<Vec<_>>>()
            })?
        };
        if order.is_some() {
            return Some(merge_keyed(parts));
        }
        let mut hits: Vec<Hit> = parts.into_iter().flatten().map(|(_, h)| h).collect();
        hits.sort_unstable_by(|x, y| {
            y.score
                .cmp(&x.score)
                .then_with(|| self.tie_break(x.index, y.index))
        });
        Some(hits)
    }

    /// Shorter name first, then alphabetical, then the order of the list.
    fn tie_break(&self, x: usize, y: usize) -> std::cmp::Ordering {
        self.chars[x]
            .cmp(&self.chars[y])
            .then_with(|| self.lower(x).cmp(self.lower(y)))
            .then(x.cmp(&y))
    }

    /// Every name's rank under `tie_break`, computed once.
    pub fn tie_order(&self) -> &[u32] {
        self.tie_order.get_or_init(|| {
            if self.in_lower_order() {
                return self.order_by_length();
            }
            let mut by_rank: Vec<usize> = (0..self.len()).collect();
            by_rank.sort_unstable_by(|&x, &y| self.tie_break(x, y));
            let mut order = vec![0u32; self.len()];
            for (rank, &i) in by_rank.iter().enumerate() {
                order[i] = rank as u32;
            }
            order
        })
    }

    /// The tie order of names already in alphabetical order: shorter first, then as listed.
    /// A counting sort by length, one pass to count and one to place: no string is compared.
    fn order_by_length(&self) -> Vec<u32> {
        let longest = self.chars.iter().copied().max().unwrap_or(0) as usize;
        let mut first_rank = vec![0u32; longest + 2];
        for &c in &self.chars {
            first_rank[c as usize + 1] += 1;
        }
        for l in 1..first_rank.len() {
            first_rank[l] += first_rank[l - 1];
        }
        self.chars
            .iter()
            .map(|&c| {
                let rank = first_rank[c as usize];
                first_rank[c as usize] += 1;
                rank
            })
            .collect()
    }

    /// Whether the lower-cased names are in order, so that index order is alphabetical order.
    fn in_lower_order(&self) -> bool {
        (1..self.len()).all(|i| self.lower(i - 1) <= self.lower(i))
    }

    fn score_all(
        &self,
        words: &[&str],
        candidates: &[usize],
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Vec<Hit>> {
        let mut hits = Vec::new();
        // Checking for cancellation every block keeps a superseded query from running on.
        for block in candidates.chunks(2048) {
            if cancelled() {
                return None;
            }
            hits.extend(block.iter().filter_map(|&index| {
                let name = self.lower(index);
                // A cheap in-order byte check first: most names fail it and never reach skim.
                if !words
                    .iter()
                    .all(|w| is_subsequence(w.as_bytes(), name.as_bytes()))
                {
                    return None;
                }
                let score = words
                    .iter()
                    .try_fold(0i64, |sum, w| Some(sum + self.skim.fuzzy_match(name, w)?))?;
                Some(Hit { index, score })
            }));
        }
        Some(hits)
    }
}

/// `text` (ASCII) lower-cased, a large text in two halves on two threads.
fn ascii_lowercase(text: &str) -> String {
    let bytes = text.as_bytes();
    if bytes.len() < 1 << 20 {
        return text.to_ascii_lowercase();
    }
    let mut lower = vec![0u8; bytes.len()];
    let mid = bytes.len() / 2;
    let (a, b) = lower.split_at_mut(mid);
    std::thread::scope(|s| {
        s.spawn(|| lower_into(&bytes[mid..], b));
        lower_into(&bytes[..mid], a);
    });
    // Lower-casing ASCII keeps it ASCII, so this never fails.
    String::from_utf8(lower).unwrap_or_else(|_| text.to_ascii_lowercase())
}

fn lower_into(from: &[u8], to: &mut [u8]) {
    for (t, f) in to.iter_mut().zip(from) {
        *t = f.to_ascii_lowercase();
    }
}

/// `hits` ordered best first by one integer each: the score (higher first) above the name's
/// tie rank in `order`.
fn keyed(hits: Vec<Hit>, order: &[u32]) -> Vec<(u64, Hit)> {
    let key = |h: &Hit| {
        let score = u64::from(u32::try_from(h.score.clamp(0, i64::from(u32::MAX))).unwrap_or(0));
        ((u64::from(u32::MAX) - score) << 32) | u64::from(order.get(h.index).copied().unwrap_or(0))
    };
    let mut keyed: Vec<(u64, Hit)> = hits.iter().map(|h| (key(h), *h)).collect();
    keyed.sort_unstable_by_key(|(k, _)| *k);
    keyed
}

/// Parts each in key order, merged into one list in key order.
fn merge_keyed(parts: Vec<Vec<(u64, Hit)>>) -> Vec<Hit> {
    let mut out = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    let mut heads: Vec<_> = parts
        .into_iter()
        .map(|p| p.into_iter().peekable())
        .collect();
    loop {
        let next = heads
            .iter_mut()
            .enumerate()
            .filter_map(|(i, h)| h.peek().map(|(k, _)| (*k, i)))
            .min();
        match next.and_then(|(_, i)| heads[i].next()) {
            Some((_, hit)) => out.push(hit),
            None => return out,
        }
    }
}

fn is_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    let mut it = hay.iter();
    needle.iter().all(|b| it.any(|h| h == b))
}

/// Remembers the results along the query being typed, so a keystroke that extends the query
/// re-scores only the last matches and backspace returns an earlier result at once.
#[derive(Default)]
pub struct Session {
    trail: Vec<(String, std::sync::Arc<Vec<Hit>>)>,
}

impl Session {
    /// The matches of `query`, best first, reusing an earlier query's matches where it can.
    pub fn run(&mut self, index: &Index, query: &str) -> std::sync::Arc<Vec<Hit>> {
        self.run_until(index, query, &|| false).unwrap_or_default()
    }

    /// `run` that gives up when `cancelled` says a newer query has come.
    pub fn run_until(
        &mut self,
        index: &Index,
        query: &str,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<std::sync::Arc<Vec<Hit>>> {
        let words: Vec<&str> = query.split_whitespace().collect();
        // Spaces alone change nothing: "tech " matches what "tech" matched.
        if let Some((_, hits)) = self
            .trail
            .iter()
            .find(|(q, _)| q.split_whitespace().eq(words.iter().copied()))
        {
            return Some(hits.clone());
        }
        let normal = query.trim_start();
        // Only results on the path to this query stay useful.
        self.trail.retain(|(q, _)| normal.starts_with(q.as_str()));
        let base = self.trail.iter().rev().find(|(q, _)| !q.trim().is_empty());
        let hits = std::sync::Arc::new(index.search_until(
            normal,
            base.map(|(_, prev)| prev.as_slice()),
            cancelled,
        )?);
        self.trail.push((normal.to_string(), hits.clone()));
        Some(hits)
    }
}

/// The other titles jobs go by (O*NET's alternate titles of real occupations), for finding a
/// job by any of them: `rn`, `lpn`, `sous chef`, `coder`.
///
/// A title matches when it starts with the query (case and spacing ignored), so "rn" finds
/// "RN" and "RN Case Manager" but not every title with an r before an n. A title equal to the
/// query names its job as surely as the job's own name does.
#[derive(Default)]
pub struct Titles {
    /// (title lower-cased with single spaces, job, title as written), sorted.
    entries: Vec<(String, usize, String)>,
}

/// A job found by one of its other titles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleHit {
    pub index: usize,
    /// The title that matched, as written.
    pub title: String,
    /// The title is the whole query, not just its start.
    pub exact: bool,
}

fn fold(s: &str) -> String {
    // Nearly every title is single-spaced already: one allocation instead of three.
    let single_spaced = !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.chars().any(|c| c.is_whitespace() && c != ' ');
    if single_spaced {
        return if s.is_ascii() {
            s.to_ascii_lowercase()
        } else {
            s.to_lowercase()
        };
    }
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Titles {
    /// An index of `(job, title)` pairs.
    pub fn new(titles: impl IntoIterator<Item = (usize, String)>) -> Titles {
        let mut entries: Vec<(String, usize, String)> = titles
            .into_iter()
            .map(|(job, title)| (fold(&title), job, title))
            .collect();
        // The built-in titles come nearly in this order (the asset stores them so); equal
        // entries are indistinguishable, so an unstable sort gives the same list.
        entries.sort_unstable();
        Titles { entries }
    }

    /// How many titles the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the index holds no titles.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The jobs with a title starting with `query`, one hit per job (its shortest such title),
    /// exact titles first, then shorter titles first.
    pub fn search(&self, query: &str) -> Vec<TitleHit> {
        let q = fold(query);
        if q.is_empty() {
            return Vec::new();
        }
        let start = self
            .entries
            .partition_point(|(t, _, _)| t.as_str() < q.as_str());
        let mut best: std::collections::HashMap<usize, (usize, &str, &str)> =
            std::collections::HashMap::new();
        for (folded, job, title) in self.entries[start..]
            .iter()
            .take_while(|(t, _, _)| t.starts_with(&q))
        {
            let e = best.entry(*job).or_insert((folded.len(), folded, title));
            if folded.len() < e.0 {
                *e = (folded.len(), folded, title);
            }
        }
        let mut hits: Vec<TitleHit> = best
            .into_iter()
            .map(|(index, (_, folded, title))| TitleHit {
                index,
                title: title.to_string(),
                exact: folded == q,
            })
            .collect();
        hits.sort_by(|a, b| {
            b.exact
                .cmp(&a.exact)
                .then(a.title.len().cmp(&b.title.len()))
                .then_with(|| a.title.cmp(&b.title))
                .then(a.index.cmp(&b.index))
        });
        hits
    }
}

/// The order `search`, `compare`, `show` and the picker give: a job whose own name is the
/// query, then jobs whose other title is the whole query, then the other name matches
/// (`name_hits`, best first), then jobs whose other title starts with the query. Each job
/// once; the title that found a job goes with it. `is_name` tells whether a job's name is the
/// query itself.
pub fn with_titles(
    name_hits: &[Hit],
    title_hits: &[TitleHit],
    is_name: impl Fn(usize) -> bool,
) -> Vec<(Hit, Option<String>)> {
    if title_hits.is_empty() {
        // Nothing to interleave or drop twice (each name matches once): exact names first.
        let (named, others): (Vec<&Hit>, Vec<&Hit>) =
            name_hits.iter().partition(|h| is_name(h.index));
        return named
            .into_iter()
            .chain(others)
            .map(|h| (*h, None))
            .collect();
    }
    let (exact, prefix): (Vec<&TitleHit>, Vec<&TitleHit>) =
        title_hits.iter().partition(|t| t.exact);
    let titled = |t: &&TitleHit| {
        (
            Hit {
                index: t.index,
                score: 0,
            },
            Some(t.title.clone()),
        )
    };
    let (named, others): (Vec<&Hit>, Vec<&Hit>) = name_hits.iter().partition(|h| is_name(h.index));
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(name_hits.len() + title_hits.len());
    let all = named
        .into_iter()
        .map(|h| (*h, None))
        .chain(exact.iter().map(titled))
        .chain(others.into_iter().map(|h| (*h, None)))
        .chain(prefix.iter().map(titled));
    for (hit, title) in all {
        if seen.insert(hit.index) {
            out.push((hit, title));
        }
    }
    out
}

mod forms;

pub use careerscope_model::words::{Source, singular};
use careerscope_model::words::{WordIndex, words_of};

/// How well a query word matches a word of a text, best first: the word itself (or the word
/// a misspelling is nearest), or the word's start.
const WHOLE: u8 = 12;
/// Another form of the query word that names the same job: the one who does what it names
/// (`roofer` for `roofing`), or a compound of it and the word beside it (`fireman` for `fire
/// man`); a shade below the word itself, and never the query exactly.
const KIN: u8 = 11;
/// A word's clipped or full form (`tech`, technician): it calls a job by the query's word, so a
/// title with it counts among the job's listings, but a name with it is not the job called what
/// was typed (many names have "Technicians").
const CLIPPED: u8 = 10;
const START: u8 = 8;
/// A query word that is the initials of consecutive words (`pt`: Physical Therapist) counts
/// as a word's start.
const INITIALS: u8 = START;

/// Every job's name and other titles by their words, with how many hold each job, for
/// ranking what a person types: whole words over word starts over typos, a job's own name
/// over a title its holders report over an alternate title, a job its titles call by the
/// query's words more often (by how many sources list them) and a more common job over
/// others. [`Index`] still finds names by scattered letters, below these.
#[derive(Default)]
pub struct Words {
    parts: Vec<Part>,
    /// log10 of each job's employment, 0 when unknown.
    commonness: Vec<f32>,
    /// Each real occupation by its SOC code, so that a query may be a code.
    by_code: std::collections::HashMap<String, usize>,
}

/// One index of texts (the built-in occupations' from the asset, or one built here), with
/// the catalog's job for each of its jobs.
struct Part {
    index: WordIndex,
    jobs: Vec<usize>,
    /// Which words are heads ([`heads`]), worked out on the first query that needs them.
    heads: std::sync::OnceLock<Vec<bool>>,
    /// Each word's first letter, for initials, worked out on the first query.
    firsts: std::sync::OnceLock<Vec<u8>>,
    /// Each word's clipped or full forms ([`forms::clipped_forms`]), worked out on the first
    /// query.
    clips: std::sync::OnceLock<std::collections::HashMap<u32, Vec<u32>>>,
}

impl Part {
    fn new(index: WordIndex, jobs: Vec<usize>) -> Part {
        Part {
            index,
            jobs,
            heads: std::sync::OnceLock::new(),
            firsts: std::sync::OnceLock::new(),
            clips: std::sync::OnceLock::new(),
        }
    }

    fn heads(&self) -> &[bool] {
        self.heads.get_or_init(|| heads(&self.index))
    }

    fn clips(&self) -> &std::collections::HashMap<u32, Vec<u32>> {
        self.clips.get_or_init(|| forms::clipped_forms(&self.index))
    }

    fn firsts(&self) -> &[u8] {
        self.firsts.get_or_init(|| {
            self.index
                .vocabulary()
                .map(|(_, w)| w.bytes().next().unwrap_or(0))
                .collect()
        })
    }
}

/// For each word of `index`, whether it ends at least half of the names and titles it is in:
/// the head of the compounds it makes, as the one who does the work is ("Finish Carpenter",
/// "Charge Nurse"), where a thing or a place mostly leads ("Counter Clerk", "Store Manager",
/// "Computer Programmer").
fn heads(index: &WordIndex) -> Vec<bool> {
    let mut last = vec![0u32; index.vocabulary_len()];
    let mut all = vec![0u32; index.vocabulary_len()];
    for t in 0..index.len() {
        let words = index.words(t);
        let own = &words[..index.own(t).min(words.len())];
        for &w in own {
            if let Some(n) = all.get_mut(w as usize) {
                *n += 1;
            }
        }
        if let Some(n) = own.last().and_then(|&w| last.get_mut(w as usize)) {
            *n += 1;
        }
    }
    last.iter()
        .zip(&all)
        .map(|(&l, &a)| a > 0 && 2 * l >= a)
        .collect()
}

/// What each word of the query that the job's own name has whole adds: a job called what
/// the person typed, even when another of its titles matched better.
const IN_NAME: i64 = 150;

/// What a job gains from how often it is called by the query's words — its titles that have
/// them whole, each counted as many times as sources list it — on a log scale: the job that
/// sources call so again and again is the one a person means, before one that lists the words
/// once (one listing 69, three 139, ten 240, thirty 343); a one-word query's word matching
/// whole rather than as a start (330) still counts for more than ten times the listings.
const LISTED: f64 = 100.0;

/// Words any job or person is called, which tell no job from another: left out of a query
/// that no name or title has whole ("roofing jobs", "lunch lady", "police woman").
const ANY_JOB: [&str; 15] = [
    "job",
    "career",
    "position",
    "occupation",
    "profession",
    "work",
    "lady",
    "woman",
    "women",
    "man",
    "men",
    "guy",
    "gal",
    "person",
    "people",
];

/// Words that open a description of a person rather than name the work: "someone who",
/// "a person that".
const DESCRIBED: [&str; 8] = [
    "someone", "somebody", "person", "people", "guy", "one", "worker", "job",
];

/// How many of a query's first words only say that the rest describes the worker: "person who
/// draws blood" is "draws blood" ("who" or "that" after nothing but [`DESCRIBED`] words).
fn description_lead_in(words: &[String]) -> usize {
    let lead = words
        .iter()
        .take_while(|w| DESCRIBED.contains(&w.as_str()))
        .count();
    match words.get(lead).map(String::as_str) {
        Some("who" | "that") if lead < words.len() - 1 => lead + 1,
        _ => 0,
    }
}

/// What a query no name or title has whole finds: the jobs with the most of its words, best
/// first; the words left out of all of them; and whether the jobs found have only some of
/// the rest, each its own.
#[derive(Default, Debug)]
pub struct Partly {
    pub found: Vec<(Hit, Option<String>)>,
    pub left_out: Vec<String>,
    pub some_of_the_rest: bool,
}

impl Partly {
    /// What to tell the person of a match of part of a query: the words left out, or that
    /// the jobs have most of its words; `None` when nothing was found.
    pub fn note(&self) -> Option<String> {
        if self.found.is_empty() {
            return None;
        }
        let quoted: Vec<String> = self.left_out.iter().map(|w| format!("\"{w}\"")).collect();
        Some(match (quoted.is_empty(), self.some_of_the_rest) {
            (false, false) => format!("no title has every word; left out: {}", quoted.join(", ")),
            (false, true) => format!(
                "no title has every word; left out: {}; these have most of the rest",
                quoted.join(", ")
            ),
            (true, _) => "no title has every word; these have most of them".to_string(),
        })
    }
}

/// A text that matched every word of a query: its part and place there, and its score.
#[derive(Clone, Copy)]
struct Matched<'w> {
    score: i64,
    title: &'w str,
    source: Source,
    job: usize,
}

/// Above this many names, names are matched by [`Index`] alone: word ranking is for the
/// built-in occupations and datasets of their size, and large synthetic lists stay as fast
/// as the plain fuzzy match.
pub const WORDS_UP_TO: usize = 20_000;

impl Words {
    /// The words of `names` (job `i` is `names[i]`), of their other titles `alternate` and
    /// `reported` (as (job, title)), with each job's employment in `employment` (or none).
    pub fn new<S: AsRef<str>>(
        names: impl IntoIterator<Item = S>,
        reported: Vec<(usize, String)>,
        alternate: Vec<(usize, String)>,
        employment: &[Option<u64>],
    ) -> Words {
        Words::with_everyday(names, reported, alternate, Vec::new(), employment)
    }

    /// [`Words::new`], with the jobs' everyday names (as (job, name)) searched too.
    pub fn with_everyday<S: AsRef<str>>(
        names: impl IntoIterator<Item = S>,
        reported: Vec<(usize, String)>,
        alternate: Vec<(usize, String)>,
        everyday: Vec<(usize, String)>,
        employment: &[Option<u64>],
    ) -> Words {
        let names: Vec<S> = names.into_iter().collect();
        let texts = names
            .iter()
            .enumerate()
            .map(|(job, n)| (job, Source::Name, n.as_ref(), 1))
            .chain(
                reported
                    .iter()
                    .map(|(j, t)| (*j, Source::Reported, t.as_str(), 1)),
            )
            .chain(
                alternate
                    .iter()
                    .map(|(j, t)| (*j, Source::Alternate, t.as_str(), 1)),
            )
            .chain(
                everyday
                    .iter()
                    .map(|(j, t)| (*j, Source::Everyday, t.as_str(), 1)),
            );
        let index = WordIndex::build(texts);
        let jobs_len = names.len().max(
            reported
                .iter()
                .chain(&alternate)
                .chain(&everyday)
                .map(|(j, _)| j + 1)
                .max()
                .unwrap_or(0),
        );
        Words {
            parts: vec![Part::new(index, (0..jobs_len).collect())],
            commonness: commonness(employment),
            by_code: std::collections::HashMap::new(),
        }
    }

    /// The words of a catalog's jobs, their titles and employment; none for a catalog of
    /// more than [`WORDS_UP_TO`] jobs. The built-in occupations' words come ready from the
    /// asset; only other jobs' names are split here.
    ///
    /// # Errors
    /// A job's JSON is not valid.
    pub fn of_catalog(catalog: &crate::catalog::Catalog) -> anyhow::Result<Words> {
        if catalog.len() > WORDS_UP_TO {
            return Ok(Words::default());
        }
        let facets = catalog.facets()?;
        let employment: Vec<Option<u64>> = facets.iter().map(|f| f.number_of_jobs).collect();
        let by_code = crate::rank::occupations_by_code(&facets, |i| catalog.is_occupation(i));
        let Some((index, jobs)) = catalog.word_index()? else {
            return Ok(Words {
                by_code,
                ..Words::with_everyday(
                    catalog.names().iter(),
                    catalog.reported_titles()?,
                    catalog.alternate_titles()?,
                    catalog.everyday_names()?,
                    &employment,
                )
            });
        };
        let mut covered = vec![false; catalog.len()];
        for &j in &jobs {
            if let Some(c) = covered.get_mut(j) {
                *c = true;
            }
        }
        let rest: Vec<usize> = (0..catalog.len()).filter(|&j| !covered[j]).collect();
        let names = catalog.names();
        let rest_index = WordIndex::build(
            rest.iter()
                .enumerate()
                .map(|(k, &j)| (k, Source::Name, &names[j][..], 1)),
        );
        Ok(Words {
            parts: vec![Part::new(index, jobs), Part::new(rest_index, rest)],
            commonness: commonness(&employment),
            by_code,
        })
    }

    /// The job whose SOC code `query` is (`49-9041`, or O*NET's `49-9041.00`).
    pub fn job_of_code(&self, query: &str) -> Option<usize> {
        self.by_code.get(soc_code(query)?).copied()
    }

    /// Whether there is nothing to rank by.
    pub fn is_empty(&self) -> bool {
        self.parts.iter().all(|p| p.index.is_empty())
    }

    /// Whether any part knows `word` as a word of its own.
    fn knows(&self, word: &str) -> bool {
        self.parts
            .iter()
            .any(|p| p.index.vocabulary().any(|(_, w)| w == word))
    }

    /// For each word of `query`, how well each word of `index` matches it (0: not at all):
    /// itself, a word it starts, or (only when no part knows the query word and it starts no
    /// word here) the nearest words one or two edits away, as the word misspelled.
    fn matchers(part: &Part, query: &[(String, bool)]) -> Vec<Vec<u8>> {
        let index = &part.index;
        query
            .iter()
            .enumerate()
            .map(|(i, (q, known))| {
                // The word written together with the one before or after it ("fire man":
                // Fireman, "cabinet maker": Cabinetmakers) has both whole.
                let before = i.checked_sub(1).and_then(|b| query.get(b));
                let closed: Vec<String> = before
                    .map(|(b, _)| format!("{b}{q}"))
                    .into_iter()
                    .chain(query.get(i + 1).map(|(a, _)| format!("{q}{a}")))
                    .collect();
                let mut m = vec![0u8; index.vocabulary_len()];
                let typos = match q.chars().count() {
                    0..=3 => 0,
                    4..=5 => 1,
                    _ => 2,
                };
                let mut starts = false;
                let stems = forms::activity_stems(q);
                // Words a few letters from the query word, with how many.
                let mut near: Vec<(u32, usize)> = Vec::new();
                // Closed compounds that end in the word or its doer, with the part before.
                let mut compounds: Vec<(u32, &str)> = Vec::new();
                let mut itself = None;
                for (id, w) in index.vocabulary() {
                    if w == q {
                        m[id as usize] = WHOLE;
                        itself = Some(id);
                    } else if closed.iter().any(|c| c == w) {
                        m[id as usize] = KIN;
                    } else if w.starts_with(q.as_str()) {
                        starts = true;
                        m[id as usize] = START;
                    } else if !stems.is_empty()
                        && forms::is_agent(&stems, q, w)
                        && part.heads().get(id as usize) == Some(&true)
                    {
                        m[id as usize] = KIN;
                    } else if let Some(before) = forms::compound_of(w, q, &stems) {
                        compounds.push((id, before));
                    } else if !known && typos > 0 && w.len().abs_diff(q.len()) <= typos {
                        let d = strsim::osa_distance(q, w);
                        if d <= typos {
                            near.push((id, d));
                        }
                    }
                }
                // A word that is no word nor a word's start is a misspelling: the nearest
                // spellings are the word meant, and match as that word would, whole. (A
                // word's start is a word being typed, not misspelled.)
                if !starts {
                    let nearest = near.iter().map(|&(_, d)| d).min();
                    for &(id, d) in &near {
                        if Some(d) == nearest {
                            m[id as usize] = WHOLE;
                        }
                    }
                }
                // A compound that heads its titles, of a word and the query word or its doer
                // (`brickmason`: brick, mason), names the one who does it, as the doer does.
                for (id, before) in compounds {
                    if part.heads().get(id as usize) == Some(&true)
                        && index.vocabulary().any(|(_, w)| w == before)
                    {
                        m[id as usize] = KIN;
                    }
                }
                // The word's clipped or full form (`tech`: technician) names the same.
                for &other in itself
                    .and_then(|id| part.clips().get(&id))
                    .into_iter()
                    .flatten()
                {
                    if let Some(s) = m.get_mut(other as usize) {
                        *s = (*s).max(CLIPPED);
                    }
                }
                m
            })
            .collect()
    }

    /// The jobs whose name or other title has every word of `query` (whole, as a start or
    /// nearly), best first, each once with the title that found it (`None`: its name).
    pub fn rank(&self, query: &str) -> Vec<(Hit, Option<String>)> {
        self.rank_words(&self.read(query), 0)
    }

    /// When no name or title has every word of `query`: the jobs whose names or titles have
    /// the most of them (all but one, else all but two, ...), ranked as [`Words::rank`] does;
    /// empty when some text has every word, or none has any.
    ///
    /// A word no name or title has even as a word's start ("uber" in "uber driver") cannot
    /// tell jobs apart, so it is left out first and the rest ranked as a query of their own;
    /// then words that any job or person is called ([`ANY_JOB`]: "roofing jobs", "lunch lady").
    #[cfg(test)]
    fn rank_partly(&self, query: &str) -> Partly {
        let words = self.read(query);
        if !self.rank_words(&words, 0).is_empty() {
            return Partly::default();
        }
        self.partly(query, words)
    }

    /// [`Words::rank_partly`] for a query already known to have no full match, as
    /// [`Words::read`] read it (`words`), so that [`by_words`] neither ranks nor reads it a
    /// second time.
    fn partly(&self, query: &str, words: Vec<String>) -> Partly {
        let mut partly = self.partly_read(words);
        // Said as typed ("jobs", not the singular it was matched as).
        for word in &mut partly.left_out {
            let typed = query
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .find(|t| singular(t) == word.as_str());
            if let Some(typed) = typed {
                *word = typed;
            }
        }
        partly
    }

    /// [`Words::partly`], its words left out as the index reads them.
    fn partly_read(&self, words: Vec<String>) -> Partly {
        let (known, mut left_out): (Vec<String>, Vec<String>) =
            words.into_iter().partition(|q| self.starts_any(q));
        if !left_out.is_empty() {
            let found = self.rank_words(&known, 0);
            if !found.is_empty() {
                return Partly {
                    found,
                    left_out,
                    some_of_the_rest: false,
                };
            }
        }
        let (plain, any_job): (Vec<String>, Vec<String>) = known
            .into_iter()
            .partition(|q| !ANY_JOB.contains(&q.as_str()));
        if !any_job.is_empty() && !plain.is_empty() {
            left_out.extend(any_job);
            let found = self.rank_words(&plain, 0);
            if !found.is_empty() {
                return Partly {
                    found,
                    left_out,
                    some_of_the_rest: false,
                };
            }
        }
        let found = (1..plain.len())
            .map(|missing| self.rank_words(&plain, missing))
            .find(|found| !found.is_empty())
            .unwrap_or_default();
        Partly {
            some_of_the_rest: !found.is_empty(),
            found,
            left_out,
        }
    }

    /// The query's own words as the index reads them (made singular, filler left out, each
    /// once), a word it does not know, nor any word it starts, that is two words it knows
    /// written together split (`farmhand`: farm, hand). (Two words it knows written together
    /// are matched by [`Words::matchers`]: `fire man`, Fireman.)
    fn read(&self, query: &str) -> Vec<String> {
        let (words, own) = words_of(query);
        let mut out: Vec<String> = Vec::with_capacity(own);
        let lead_in = description_lead_in(&words[..own]);
        for word in &words[lead_in..own] {
            // (A word some word starts with is known, or being typed.)
            // Not into a word any job or person is called: "firemen" is fireman's plural
            // (read as its nearest spelling), not fire and men. Nor a word one letter from a
            // known one: "accountent" is accountant misspelt, not account and ENT.
            let split = (!self.starts_any(word) && !self.one_letter_from_any(word))
                .then(|| forms::split(word, |w| self.knows(w) && !ANY_JOB.contains(&w)))
                .flatten();
            match split {
                Some((a, b)) => out.extend([a, b]),
                None => out.push(word.clone()),
            }
        }
        let mut seen = std::collections::HashSet::new();
        out.retain(|w| seen.insert(w.clone()));
        out
    }

    /// Whether any part has a word one letter added, left out, changed or swapped from `word`.
    fn one_letter_from_any(&self, word: &str) -> bool {
        self.parts.iter().any(|p| {
            p.index.vocabulary().any(|(_, w)| {
                w.len().abs_diff(word.len()) <= 1 && strsim::osa_distance(w, word) == 1
            })
        })
    }

    /// Whether any part has a word that starts with `word` (or is it).
    fn starts_any(&self, word: &str) -> bool {
        self.parts
            .iter()
            .any(|p| p.index.vocabulary().any(|(_, w)| w.starts_with(word)))
    }

    /// [`Words::rank`] of the query words `query_words` ([`Words::read`]), by the texts that
    /// have all but `missing` of them.
    fn rank_words(&self, query_words: &[String], missing: usize) -> Vec<(Hit, Option<String>)> {
        let count = query_words.len();
        if count == 0 {
            return Vec::new();
        }
        let query: Vec<(String, bool)> = query_words
            .iter()
            .map(|q| (q.clone(), self.knows(q)))
            .collect();
        // A query word of two to four letters may be the initials of a name's words (`pt` of
        // Physical Therapist).
        let initials: Vec<Option<&[u8]>> = query
            .iter()
            .map(|(q, _)| {
                ((2..=4).contains(&q.len()) && q.bytes().all(|b| b.is_ascii_lowercase()))
                    .then_some(q.as_bytes())
            })
            .collect();
        let mut best: std::collections::HashMap<usize, Matched> = std::collections::HashMap::new();
        // How many sources list the job's titles that match, per job: a job that many call so.
        let mut listed: std::collections::HashMap<usize, u32> = std::collections::HashMap::new();
        // Jobs whose own name has every word whole: the name is reason enough to show.
        let mut named = std::collections::HashSet::new();
        // How many of the query's words each job's name has whole, whether or not it has all.
        let mut in_name: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
        for part in &self.parts {
            let index = &part.index;
            let matcher = PartMatcher::new(part, &query);
            // Whether the text before has the query's words whole: the second form of a title
            // "A (B)" is the same title, counted once.
            let mut whole_before = false;
            for t in 0..index.len() {
                let TextMatch {
                    has,
                    sum,
                    whole,
                    called,
                } = matcher.text(index, t, &initials);
                let all = has > 0 && has + missing >= count;
                // Only a title that has the query's words whole (or clipped) calls the job by
                // them: `tech` starts technician, technology and technical alike.
                let calls = called == count && !(index.derived(t) && whole_before);
                whole_before = called == count;
                let Some(&job) = part.jobs.get(index.job(t)) else {
                    continue;
                };
                if index.source(t) == Source::Name && whole > 0 {
                    in_name.insert(job, whole);
                }
                if !all {
                    continue;
                }
                let source = index.source(t);
                let own = index.own(t);
                // The query exactly: its words as typed, in its order ("lead tech" is not a
                // "Tech Lead").
                let exact = matcher.in_order(index, t);
                let score = self.score(job, source, own, sum, count, exact);
                if source != Source::Name && calls {
                    *listed.entry(job).or_insert(0) += u32::from(index.weight(t));
                }
                if source == Source::Name && whole == count {
                    named.insert(job);
                }
                let title = index.title(t);
                let found = Matched {
                    score,
                    title,
                    source,
                    job,
                };
                let e = best.entry(job).or_insert(found);
                // Equal scores: the shorter title says it more plainly.
                if score > e.score || (score == e.score && title.len() < e.title.len()) {
                    *e = found;
                }
            }
        }
        best_first(best, &listed, &in_name, &named)
    }

    /// A text's score: how well its words match (the most), whether it is the query exactly,
    /// where it came from, how many words it has beyond the query's, and how common its job.
    fn score(
        &self,
        job: usize,
        source: Source,
        own: usize,
        sum: u32,
        count: usize,
        exact: bool,
    ) -> i64 {
        let quality = i64::from(sum) * 100 / (count as i64 * i64::from(WHOLE));
        // A job's own name holding the query's words says more than a title equal to the
        // query, which many jobs may list; titles equal to the query tie, whoever reported
        // them, and the commoner job comes first. An everyday name equal to the query is what
        // most people mean by it (the list gives each name to one job), as good as the name.
        let source = match (source, exact) {
            (Source::Name | Source::Everyday, true) => 90,
            (Source::Name, false) => 30,
            (_, true) => 35,
            (Source::Reported | Source::Everyday, false) => 10,
            (Source::Alternate, false) => 0,
        };
        let extra = 3 * (own.saturating_sub(count).min(5)) as i64;
        let common = self.commonness.get(job).copied().unwrap_or(0.0);
        // A tenfold more common job gains 40: enough to order otherwise equal matches, less
        // than a whole word over a word's start (330) or a name over a title.
        10 * (quality + source - extra) + (40.0 * common) as i64
    }
}

/// How the words of one part of the index match the query's: each word's match of each query
/// word ([`Words::matchers`]), and each word's first letter, for initials.
struct PartMatcher<'p> {
    matchers: Vec<Vec<u8>>,
    firsts: &'p [u8],
}

/// How one text matches the query: how many of the query's words it has, how well in sum, and
/// how many whole.
struct TextMatch {
    has: usize,
    sum: u32,
    /// How many it has whole or as the one who does it ([`KIN`]).
    whole: usize,
    /// How many it has whole, as the one who does it or clipped ([`CLIPPED`]).
    called: usize,
}

impl PartMatcher<'_> {
    fn new<'p>(part: &'p Part, query: &[(String, bool)]) -> PartMatcher<'p> {
        PartMatcher {
            matchers: Words::matchers(part, query),
            firsts: part.firsts(),
        }
    }

    /// Whether text `t` is the query exactly: its own words are the query's words as typed
    /// (or the nearest spelling of a misspelt one), one for one, in order.
    fn in_order(&self, index: &WordIndex, t: usize) -> bool {
        let words = index.words(t);
        let own = &words[..index.own(t).min(words.len())];
        own.len() == self.matchers.len()
            && own
                .iter()
                .zip(&self.matchers)
                .all(|(&w, m)| m.get(w as usize) == Some(&WHOLE))
    }

    /// How text `t` of `index` matches; `initials` are the query words that may be the
    /// initials of consecutive words of its own, where nothing else of it matches them.
    fn text(&self, index: &WordIndex, t: usize, initials: &[Option<&[u8]>]) -> TextMatch {
        let words = index.words(t);
        let own_words = &words[..index.own(t).min(words.len())];
        let mut found = TextMatch {
            has: 0,
            sum: 0,
            whole: 0,
            called: 0,
        };
        for (m, initials) in self.matchers.iter().zip(initials) {
            let mut s = words.iter().map(|&w| m[w as usize]).max().unwrap_or(0);
            if s == 0
                && let Some(letters) = initials
                && own_words.windows(letters.len()).any(|run| {
                    run.iter()
                        .zip(letters.iter())
                        .all(|(&w, &l)| self.firsts.get(w as usize) == Some(&l))
                })
            {
                s = INITIALS;
            }
            found.has += usize::from(s > 0);
            found.sum += u32::from(s);
            found.whole += usize::from(s >= KIN);
            found.called += usize::from(s >= CLIPPED);
        }
        found
    }
}

/// Each job's best text, raised by how often its titles call it by the query's words
/// (`listed`) and how many of them its name has whole (`in_name`), best first; a job's title
/// is given unless its name has every word (`named`).
fn best_first(
    best: std::collections::HashMap<usize, Matched>,
    listed: &std::collections::HashMap<usize, u32>,
    in_name: &std::collections::HashMap<usize, usize>,
    named: &std::collections::HashSet<usize>,
) -> Vec<(Hit, Option<String>)> {
    let mut found: Vec<Matched> = best
        .into_values()
        .map(|m| {
            let listings = listed.get(&m.job).copied().unwrap_or(0);
            let called = (LISTED * f64::from(listings).ln_1p()) as i64;
            let named_words = in_name.get(&m.job).copied().unwrap_or(0) as i64;
            Matched {
                score: m.score + called + IN_NAME * named_words,
                ..m
            }
        })
        .collect();
    found.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.title.len().cmp(&b.title.len()))
            .then(a.job.cmp(&b.job))
    });
    found
        .into_iter()
        .map(|m| {
            let hit = Hit {
                index: m.job,
                score: m.score,
            };
            let by_title = m.source != Source::Name && !named.contains(&m.job);
            (hit, by_title.then(|| m.title.to_string()))
        })
        .collect()
}

/// log10 of each employment figure; a job whose employment is not known (one taken from a
/// page) counts as a typical one, the median of those known, rather than as the rarest.
fn commonness(employment: &[Option<u64>]) -> Vec<f32> {
    let mut known: Vec<f32> = employment
        .iter()
        .flatten()
        .map(|&n| (n.max(1) as f32).log10())
        .collect();
    known.sort_by(f32::total_cmp);
    let typical = known.get(known.len() / 2).copied().unwrap_or(0.0);
    employment
        .iter()
        .map(|e| e.map_or(typical, |n| (n.max(1) as f32).log10()))
        .collect()
}

/// The SOC code `query` is written as (`49-9041`, or O*NET's `49-9041.00`), if it is one.
pub fn soc_code(query: &str) -> Option<&str> {
    let query = query.trim();
    let code = query.strip_suffix(".00").unwrap_or(query);
    careerscope_model::is_soc(code).then_some(code)
}

/// The order `search`, `compare`, `show` and the picker give when `words` knows the jobs:
/// the jobs `words` ranks (whole words, names, common jobs first), then the jobs only
/// [`Index`] found by scattered letters of their name (`name_hits`, best first).
pub fn by_words(words: &Words, query: &str, name_hits: &[Hit]) -> Vec<(Hit, Option<String>)> {
    by_words_noted(words, query, name_hits).0
}

/// [`by_words`], with what to tell the person when no job has every word of the query: which
/// words were left out ([`Partly::note`]).
pub fn by_words_noted(
    words: &Words,
    query: &str,
    name_hits: &[Hit],
) -> (Vec<(Hit, Option<String>)>, Option<String>) {
    if let Some(job) = words.job_of_code(query) {
        // A code names one job; as sure as a name, so `show` and `compare` take it.
        let hit = Hit {
            index: job,
            score: i64::from(u16::MAX),
        };
        return (vec![(hit, None)], None);
    }
    if let Some(code) = soc_code(query) {
        // Written as a code, meant as one: no job's words are what was asked.
        return (Vec::new(), Some(format!("no job has the SOC code {code}")));
    }
    let read = words.read(query);
    let mut out = words.rank_words(&read, 0);
    let mut note = None;
    if out.is_empty() {
        // No job has every word ("uber driver", "oil rig worker"): the jobs that have the most
        // of them, before names whose letters merely come in order — with score 0, as matches
        // of part of the query, which `show` and `compare` do not take.
        let partly = words.partly(query, read);
        note = partly.note();
        out = partly
            .found
            .into_iter()
            .map(|(h, title)| (Hit { score: 0, ..h }, title))
            .collect();
    }
    let seen: std::collections::HashSet<usize> = out.iter().map(|(h, _)| h.index).collect();
    out.extend(
        name_hits
            .iter()
            .filter(|h| !seen.contains(&h.index))
            .map(|h| {
                (
                    Hit {
                        index: h.index,
                        score: 0,
                    },
                    None,
                )
            }),
    );
    (out, note)
}

/// The jobs `query` finds in `catalog`, best first, each with the other title that found it
/// (`None`: its name): word matches ranked by [`Words`], then scattered-letter matches of
/// names. The same order `show`, `compare` and the picker use.
pub fn find(
    catalog: &crate::catalog::Catalog,
    words: &Words,
    index: &Index,
    query: &str,
) -> Vec<(Hit, Option<String>)> {
    find_noted(catalog, words, index, query).0
}

/// [`find`], with what to tell the person when no job has every word ([`by_words_noted`]).
pub fn find_noted(
    catalog: &crate::catalog::Catalog,
    words: &Words,
    index: &Index,
    query: &str,
) -> (Vec<(Hit, Option<String>)>, Option<String>) {
    let name_hits = index.search(query);
    if words.is_empty() {
        let is_name =
            |i: usize| crate::model::same_name(catalog.names().get(i).unwrap_or_default(), query);
        return (with_titles(&name_hits, &[], is_name), None);
    }
    by_words_noted(words, query, &name_hits)
}

/// Whether `name` matches `query` well enough to stand for it on the command line: every word
/// of the query is found in the name as written (ignoring case), not just its letters in
/// order. `lead tech` matches Lead Technician; `foo` does not match Information
/// Technology/Support Technician although its letters are there. A query with no word
/// matches nothing.
pub fn matches_well(name: &str, query: &str) -> bool {
    let name = name.to_lowercase();
    let query = query.to_lowercase();
    let mut words = query.split_whitespace().peekable();
    words.peek().is_some() && words.all(|w| name.contains(w))
}

/// Pairs of adjacent letters or digits of each word, lower-cased: what [`closest`] compares.
fn bigrams(s: &str) -> Vec<(char, char)> {
    let lower = s.to_lowercase();
    let mut out: Vec<(char, char)> = lower
        .split(|c: char| !c.is_alphanumeric())
        .flat_map(|w| {
            let chars: Vec<char> = w.chars().collect();
            chars.windows(2).map(|p| (p[0], p[1])).collect::<Vec<_>>()
        })
        .collect();
    out.sort_unstable();
    out
}

/// Up to `n` names most like `query` by their shared letter pairs (Dice's coefficient), most
/// alike first, for suggesting a job when a name matched none; names sharing no pair with
/// the query are left out, so `zzz` may have no suggestion at all.
pub fn closest<S: AsRef<str>>(
    names: impl IntoIterator<Item = S>,
    query: &str,
    n: usize,
) -> Vec<usize> {
    let q = bigrams(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, usize)> = names
        .into_iter()
        .enumerate()
        .filter_map(|(i, name)| {
            let b = bigrams(name.as_ref());
            // Shared pairs of two sorted lists, each pair counted as often as both have it.
            let (mut x, mut y, mut shared) = (0, 0, 0usize);
            while x < q.len() && y < b.len() {
                match q[x].cmp(&b[y]) {
                    std::cmp::Ordering::Less => x += 1,
                    std::cmp::Ordering::Greater => y += 1,
                    std::cmp::Ordering::Equal => {
                        shared += 1;
                        x += 1;
                        y += 1;
                    }
                }
            }
            (shared > 0).then(|| (2.0 * shared as f64 / (q.len() + b.len()) as f64, i))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(n).map(|(_, i)| i).collect()
}

/// Highlights: which characters of a name a query matched.
pub struct Matcher {
    skim: SkimMatcherV2,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher {
            skim: SkimMatcherV2::default().ignore_case(),
        }
    }
}

impl Matcher {
    /// Char indices of `name` that the query's words matched, sorted and unique, for
    /// highlighting. (fuzzy-matcher reports char indices, not byte offsets.)
    pub fn positions(&self, name: &str, query: &str) -> Vec<usize> {
        let mut all: Vec<usize> = query
            .split_whitespace()
            .filter_map(|w| self.skim.fuzzy_indices(name, w))
            .flat_map(|(_, idx)| idx)
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 6] = [
        "Information Technology/Support Technician",
        "Lead Technician",
        "Technical Manager",
        "Technical Product Manager",
        "Technical Project Manager",
        "Technical Specialist",
    ];

    #[test]
    fn a_good_match_has_every_word_as_written() {
        assert!(matches_well("Lead Technician", "lead tech"));
        assert!(matches_well("Technical Project Manager", "PROJ  tech"));
        // Letters in order are not enough.
        assert!(!matches_well(
            "Information Technology/Support Technician",
            "foo"
        ));
        assert!(!matches_well("Lead Technician", "lead chef"));
        assert!(!matches_well("Lead Technician", "  "));
    }

    #[test]
    fn closest_names_share_the_most_letter_pairs() {
        let by =
            |q: &str| -> Vec<&str> { closest(NAMES, q, 3).into_iter().map(|i| NAMES[i]).collect() };
        // "techncal" (a typo) shares te, ec, ch, hn, nc, ca, al with "Technical …".
        assert_eq!(
            by("techncal managr"),
            [
                "Technical Manager",
                "Technical Product Manager",
                "Technical Project Manager"
            ]
        );
        assert_eq!(by("led technican")[0], "Lead Technician");
        assert!(by("zzqx").is_empty());
        assert!(by("").is_empty());
    }

    /// The jobs `query` ranks first to last in a dataset of `names` with `alternate` titles,
    /// every job as common as the next.
    /// Each job found, with its score.
    fn scored(found: Vec<(Hit, Option<String>)>) -> Vec<(usize, i64)> {
        found.into_iter().map(|(h, _)| (h.index, h.score)).collect()
    }

    fn ranked(names: &[&str], alternate: &[(usize, &str)], query: &str) -> Vec<usize> {
        let alternate = alternate.iter().map(|&(j, t)| (j, t.to_string())).collect();
        let words = Words::new(names, Vec::new(), alternate, &vec![Some(1000); names.len()]);
        words
            .rank(query)
            .into_iter()
            .map(|(h, _)| h.index)
            .collect()
    }

    #[test]
    fn a_job_called_by_the_query_more_often_comes_first() {
        let names = ["Freight Movers", "Truck Drivers", "Machine Feeders"];
        let titles = [
            (0, "Trucker"),
            (1, "Trucker"),
            (1, "Long Haul Trucker"),
            (2, "Batch Trucker"),
        ];
        assert_eq!(ranked(&names, &titles, "trucker"), [1, 0, 2]);
        // The two forms of "A (B)" are one title, listed once: two titles of three words
        // outweigh it, though each has a word more.
        let titles = [
            (0, "Road Trucker (RT Trucker)"),
            (1, "Interstate Road Trucker"),
            (1, "Interstate City Trucker"),
        ];
        assert_eq!(ranked(&names, &titles, "trucker"), [1, 0]);
    }

    #[test]
    fn titles_where_the_query_only_starts_words_do_not_outweigh_a_name() {
        let names = ["Technical Project Manager", "Computer Occupations"];
        let titles = [
            (1, "Tech Project Lead"),
            (1, "Technology Project Manager"),
            (1, "Technician Project Coordinator"),
            (1, "Technical Projects Analyst"),
            (1, "Tech Projects Director"),
        ];
        assert_eq!(ranked(&names, &titles, "tech proj"), [0, 1]);
        // Whole words are listings: the same titles called "tech project" raise the job.
        let whole: Vec<(usize, &str)> = (0..5).map(|_| (1, "Tech Project")).collect();
        assert_eq!(ranked(&names, &whole, "tech project")[0], 1);
    }

    #[test]
    fn when_no_job_has_every_word_the_jobs_with_the_most_come_first() {
        let names = ["Taxi Drivers", "Cashiers", "Roustabouts", "Oil Workers"];
        let alternate = vec![
            (0, "Rideshare Driver".to_string()),
            (1, "Rig Cashier".to_string()),
            (2, "Oil Rig Roustabout".to_string()),
        ];
        let words = Words::new(names, Vec::new(), alternate, &[Some(10); 4]);
        let found = |q: &str| scored(by_words(&words, q, &[]));
        // "uber" is in no name or title: the driver, as a match of part of the query.
        assert_eq!(found("uber driver"), [(0, 0)]);
        // Two of three words (a name's first), not one of three.
        assert_eq!(found("oil rig worker"), [(3, 0), (2, 0)]);
        // A job with every word: only the full matches, ranked.
        assert!(words.rank_partly("rideshare driver").found.is_empty());
        assert_eq!(found("rideshare driver").len(), 1);
        assert!(found("rideshare driver")[0].1 > 0);
        assert!(found("zzz qqq").is_empty());
    }

    #[test]
    fn a_misspelling_is_read_as_the_nearest_word() {
        let names = [
            "Elementary Teachers",
            "Secondary Teachers",
            "Torch Cutters",
            "Cashiers",
        ];
        let alternate = vec![
            (0, "Teacher".to_string()),
            (1, "Teacher".to_string()),
            (1, "High School Teacher".to_string()),
            (2, "Torcher".to_string()),
        ];
        let words = Words::new(names, Vec::new(), alternate, &[Some(10); 4]);
        let ranked = |q: &str| scored(words.rank(q));
        // One letter off: as if spelled right (the job called "teacher" more often first);
        // "torcher", two letters off, is not what was meant.
        assert_eq!(ranked("teecher"), ranked("teacher"));
        assert_eq!(ranked("teecher")[0].0, 1);
        assert!(ranked("teecher").iter().all(|&(i, _)| i != 2));
        // Two letters off in a word of seven.
        assert_eq!(ranked("cashere").first().map(|h| h.0), Some(3));
    }

    #[test]
    fn a_short_word_may_be_the_initials_of_a_names_words() {
        let names = [
            "Nursing Assistants",
            "Physical Therapist Assistants",
            "Pet Sitters",
        ];
        let words = Words::new(names, Vec::new(), Vec::new(), &[Some(10); 3]);
        let found = scored(words.rank("pt assistant"));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, 1);
        // Initials of words next to each other only, and only where the word is not found.
        assert!(words.rank("pa assistant").is_empty());
    }

    #[test]
    fn a_trade_finds_the_one_who_does_it_over_titles_naming_the_trade() {
        let names = ["Carpenters", "Trade Teachers", "Crew Supervisors"];
        let titles = [
            (0, "Finish Carpenter"),
            (0, "Rough Carpenter"),
            (1, "Carpentry Instructor"),
            (2, "Carpentry Supervisor"),
        ];
        // The carpenter's name and titles call it by the trade's word, a shade below the word
        // itself: still before the titles that name the trade.
        assert_eq!(ranked(&names, &titles, "carpentry")[0], 0);
        assert_eq!(ranked(&names, &titles, "carpentry instructor"), [1]);
        // Names alike but for the word: the word as typed first.
        let names = ["Carpenters", "Carpentry Workers"];
        assert_eq!(ranked(&names, &[], "carpentry"), [1, 0]);
    }

    #[test]
    fn only_a_word_that_heads_its_titles_is_a_trades_doer() {
        // "counter" leads its titles (a thing), "carpenter" ends them (a person).
        let names = ["Counter Clerks", "Cross Country Coaches", "Carpenters"];
        let titles = [
            (0, "Counter Attendant"),
            (0, "Lunch Counter Worker"),
            (2, "Finish Carpenter"),
            (2, "Carpenter Helper"),
        ];
        assert_eq!(ranked(&names, &titles, "country"), [1]);
        assert_eq!(ranked(&names, &titles, "carpentry"), [2]);
    }

    #[test]
    fn a_plural_in_men_is_not_split_into_words_any_job_is_called() {
        let names = ["Firefighters", "Fire Inspectors", "Crew Men"];
        let titles = [(0, "Fireman")];
        assert_eq!(ranked(&names, &titles, "firemen").first(), Some(&0));
    }

    #[test]
    fn a_compound_ending_in_the_word_names_its_doer() {
        let names = [
            "Stonemasons",
            "Masonry Saw Makers",
            "Toolmason Parts",
            "Tool Sellers",
        ];
        // "stonemason" heads its name and "stone" is a word; "toolmason" leads its name.
        let titles = [(0, "Stone Setter")];
        assert_eq!(ranked(&names, &titles, "mason"), [0, 1]);
        // The trade's word: the name that has it whole, then the one who does it.
        assert_eq!(ranked(&names, &titles, "masonry"), [1, 0]);
    }

    #[test]
    fn a_description_of_the_worker_is_read_as_the_work() {
        let names = ["Phlebotomists", "Blood Bank Workers", "One Day Couriers"];
        let titles = [(0, "Draws Blood"), (2, "Person Who Delivers")];
        // "someone who", "a person that": the rest is the work.
        assert_eq!(ranked(&names, &titles, "someone who draws blood"), [0]);
        assert_eq!(ranked(&names, &titles, "a person that draws blood"), [0]);
        // Only before "who" or "that", and only with words after it.
        assert_eq!(ranked(&names, &titles, "one day")[0], 2);
        assert_eq!(ranked(&names, &titles, "person who"), [2]);
        let words = |q: &str| q.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(description_lead_in(&words("person who")), 0);
        assert_eq!(description_lead_in(&words("who")), 0);
        assert_eq!(description_lead_in(&[]), 0);
        assert_eq!(description_lead_in(&words("guy who fix car")), 2);
    }

    #[test]
    fn a_trades_word_in_ing_finds_the_doer_named_by_its_stem() {
        let names = ["Locksmiths", "Train Conductors", "Safe Repairers"];
        let titles = [(2, "Master Locksmith"), (1, "Train Operator")];
        // "locksmith" heads the titles it is in: the one who does it.
        assert_eq!(ranked(&names, &titles, "locksmithing"), [0, 2]);
        // "train" leads its titles: a thing, not the one who trains.
        assert!(ranked(&names, &titles, "training").is_empty());
    }

    #[test]
    fn a_word_one_letter_from_a_known_one_is_misspelt_not_a_compound() {
        let names = ["Accountants", "Account Executives", "ENT Doctors"];
        assert_eq!(ranked(&names, &[], "accountent"), [0]);
    }

    #[test]
    fn a_compound_is_found_written_closed_or_open() {
        let names = [
            "Farmworkers",
            "Firefighters",
            "Security Analysts",
            "Engineers",
        ];
        let titles = [
            (0, "Farm Hand"),
            (1, "Fireman"),
            (2, "Cyber Security Analyst"),
            (3, "Cybersecurity Engineer"),
            (3, "Farm Equipment Engineer"),
        ];
        // Written closed, known apart.
        assert_eq!(ranked(&names, &titles, "farmhand"), [0]);
        // Written apart, known closed.
        assert_eq!(ranked(&names, &titles, "fire man")[0], 1);
        // Both forms are titles': the words apart first, as typed.
        assert_eq!(ranked(&names, &titles, "cyber security"), [2, 3]);
        assert_eq!(ranked(&names, &titles, "farm engineer"), [3]);
    }

    #[test]
    fn words_any_job_is_called_are_left_out_when_no_title_has_them() {
        let names = [
            "Roofers",
            "Job Analysts",
            "Police Officers",
            "Dispatchers, Except Police",
        ];
        let alternate = vec![(0, "Roofing Installer".to_string())];
        let words = Words::new(names, Vec::new(), alternate, &[Some(10); 4]);
        let partly = words.rank_partly("roofing jobs");
        let found: Vec<usize> = partly.found.iter().map(|(h, _)| h.index).collect();
        assert_eq!(found, [0]);
        assert_eq!(partly.left_out, ["jobs"], "as typed");
        assert!(!partly.some_of_the_rest);
        let partly = words.rank_partly("Uber police woman");
        let found: Vec<usize> = partly.found.iter().map(|(h, _)| h.index).collect();
        assert_eq!(found, [2], "a name's words after 'except' are not its own");
        assert_eq!(partly.left_out, ["uber", "woman"]);
        // A title that has the word: it is not left out.
        assert_eq!(
            words.rank("job analyst").first().map(|(h, _)| h.index),
            Some(1)
        );
    }

    #[test]
    fn a_clipped_word_calls_a_job_as_its_full_form_does() {
        let names = [
            "Maintenance Workers, Machinery",
            "Maintenance and Repair Workers, General",
            "Pharmacy Technicians",
        ];
        let alternate = [
            (0, "Plant Maintenance Tech"),
            (1, "Maintenance Technician"),
            (1, "Apartment Maintenance Technician"),
            (1, "Building Maintenance Technician"),
            (1, "Facility Maintenance Technician"),
            // Where the titles say that `tech` is short for technician.
            (2, "Pharmacy Tech (Pharmacy Technician)"),
            (2, "Lab Tech (Lab Technician)"),
        ];
        assert_eq!(ranked(&names, &alternate, "maintenance tech")[..2], [1, 0]);
        assert_eq!(ranked(&names, &alternate, "maintenance technician")[0], 1);
        // Without the titles written both ways, `tech` only starts technician.
        assert_eq!(ranked(&names, &alternate[..5], "maintenance tech")[0], 0);
        // A name with the full form is not the job called what was typed: the job that titles
        // call so more often comes first.
        let names = [
            "Radiologic Technologists and Technicians",
            "Diagnostic Medical Sonographers",
            "Pharmacy Technicians",
        ];
        let alternate = [
            (0, "Ultrasound Tech"),
            (1, "Ultrasound Tech"),
            (1, "Ultrasound Technician"),
            (1, "Vascular Ultrasound Tech"),
            (2, "Pharmacy Tech (Pharmacy Technician)"),
            (2, "Lab Tech (Lab Technician)"),
        ];
        assert_eq!(ranked(&names, &alternate, "ultrasound tech"), [1, 0]);
    }

    #[test]
    fn an_everyday_name_equal_to_the_query_says_which_job_is_meant() {
        // Every job as common as the next: only the texts decide.
        let texts = |everyday: &[(usize, &'static str)]| {
            let mut texts = vec![
                (0, Source::Name, "Firefighters"),
                (0, Source::Alternate, "Fireman"),
                (1, Source::Name, "Locomotive Firers"),
                (1, Source::Alternate, "Fireman"),
                (1, Source::Alternate, "Diesel Locomotive Fireman"),
                (1, Source::Alternate, "Steam Locomotive Fireman"),
                (1, Source::Alternate, "Railroad Fireman"),
                (2, Source::Name, "Psychiatrists"),
            ];
            texts.extend(everyday.iter().map(|&(j, t)| (j, Source::Everyday, t)));
            Words {
                parts: vec![Part::new(
                    WordIndex::build(texts.into_iter().map(|(j, s, t)| (j, s, t, 1))),
                    vec![0, 1, 2],
                )],
                commonness: vec![3.0; 3],
                by_code: Default::default(),
            }
        };
        let first = |words: &Words, query: &str| {
            words
                .rank(query)
                .first()
                .map(|(h, title)| (h.index, title.clone()))
        };
        // The job that lists the title most often comes first, without the list.
        let words = texts(&[]);
        assert_eq!(first(&words, "fireman"), Some((1, Some("Fireman".into()))));
        assert_eq!(first(&words, "shrink"), None);
        // "Fireman" as the builder writes an everyday name that is also the job's title.
        let words = texts(&[(0, "Fireman"), (2, "shrink"), (2, "head doctor")]);
        assert_eq!(first(&words, "fireman"), Some((0, Some("Fireman".into()))));
        assert_eq!(first(&words, "shrink"), Some((2, Some("shrink".into()))));
        assert_eq!(first(&words, "shrinks").map(|f| f.0), Some(2), "a plural");
        // Part of an everyday name counts as a title's part does, no more.
        let words = texts(&[(0, "locomotive fire crew")]);
        assert_eq!(first(&words, "locomotive").map(|f| f.0), Some(1));
    }

    #[test]
    fn a_text_is_the_query_exactly_only_in_the_query_s_order() {
        let texts = [
            (0, Source::Name, "Lead Technicians"),
            (1, Source::Name, "Software Developers"),
            (1, Source::Everyday, "tech lead"),
        ];
        let words = Words {
            parts: vec![Part::new(
                WordIndex::build(texts.into_iter().map(|(j, s, t)| (j, s, t, 1))),
                vec![0, 1],
            )],
            commonness: vec![3.0, 3.0],
            by_code: Default::default(),
        };
        let first = |query: &str| words.rank(query).first().map(|(h, _)| h.index);
        assert_eq!(first("tech lead"), Some(1));
        assert_eq!(first("lead tech"), Some(0));
    }

    #[test]
    fn a_job_of_unknown_employment_counts_as_a_typical_one() {
        let logs = commonness(&[Some(10), None, Some(1000), Some(100_000)]);
        assert_eq!(logs, [1.0, 3.0, 3.0, 5.0]);
        assert_eq!(commonness(&[None, None]), [0.0, 0.0]);
    }

    #[test]
    fn a_query_written_as_a_soc_code_is_one() {
        assert_eq!(soc_code(" 15-1252 "), Some("15-1252"));
        assert_eq!(soc_code("15-1252.00"), Some("15-1252"));
        for not in [
            "15-125",
            "151252",
            "15-1252.01",
            "ab-cdef",
            "15-12525",
            "15–1252",
        ] {
            assert_eq!(soc_code(not), None, "{not}");
        }
        let words = Words {
            by_code: [("15-1252".into(), 1), ("29-1141".into(), 2)].into(),
            ..Words::new(
                ["Page job", "Software Developers", "Registered Nurses"],
                vec![],
                vec![],
                &[],
            )
        };
        assert_eq!(words.job_of_code("29-1141"), Some(2));
        assert_eq!(words.job_of_code("11-1011"), None);
        let found = by_words(&words, "15-1252.00", &[]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.index, 1);
        assert!(found[0].0.score > 0);
    }

    fn names_for(query: &str) -> Vec<&'static str> {
        Index::new(NAMES)
            .search(query)
            .into_iter()
            .map(|h| NAMES[h.index])
            .collect()
    }

    #[test]
    fn other_titles_find_their_jobs() {
        let titles = Titles::new([
            (0, "Registered Nurse (RN)".to_string()),
            (0, "RN".to_string()),
            (1, "RN Case Manager".to_string()),
            (2, "Sous  Chef".to_string()),
            (3, "Learning Coordinator".to_string()),
        ]);
        let found = |q: &str| -> Vec<(usize, String, bool)> {
            titles
                .search(q)
                .into_iter()
                .map(|h| (h.index, h.title, h.exact))
                .collect()
        };
        assert_eq!(
            found("rn"),
            [(0, "RN".into(), true), (1, "RN Case Manager".into(), false)]
        );
        assert_eq!(found("SOUS chef"), [(2, "Sous  Chef".into(), true)]);
        // Not a subsequence match: "rn" is not in "Learning Coordinator" as a start.
        assert!(found("lrn").is_empty());
        assert!(found(" ").is_empty());
    }

    #[test]
    fn exact_titles_then_names_then_title_starts() {
        let names = [
            Hit {
                index: 5,
                score: 90,
            },
            Hit {
                index: 1,
                score: 40,
            },
        ];
        let titles = [
            TitleHit {
                index: 0,
                title: "RN".into(),
                exact: true,
            },
            TitleHit {
                index: 1,
                title: "RN Case Manager".into(),
                exact: false,
            },
            TitleHit {
                index: 7,
                title: "RN Resident".into(),
                exact: false,
            },
        ];
        let order = |is_name: fn(usize) -> bool| -> Vec<(usize, Option<String>)> {
            with_titles(&names, &titles, is_name)
                .into_iter()
                .map(|(h, t)| (h.index, t))
                .collect()
        };
        assert_eq!(
            order(|_| false),
            [
                (0, Some("RN".into())),
                (5, None),
                (1, None),
                (7, Some("RN Resident".into()))
            ]
        );
        // A job named exactly like the query comes before any other title.
        assert_eq!(order(|i| i == 1)[..2], [(1, None), (0, Some("RN".into()))]);
    }

    #[test]
    fn plurals_become_singular_and_other_words_stay() {
        for (word, one) in [
            ("nurses", "nurse"),
            ("secretaries", "secretary"),
            ("switches", "switch"),
            ("boxes", "box"),
            ("glass", "glass"),
            ("status", "status"),
            ("analysis", "analysis"),
            ("bus", "bus"),
        ] {
            assert_eq!(singular(word), one, "{word}");
        }
        assert_eq!(
            words_of("X-Ray Technicians, All Other"),
            (
                vec![
                    "x".into(),
                    "ray".into(),
                    "technician".into(),
                    "all".into(),
                    "other".into(),
                    "xray".into()
                ],
                5
            )
        );
    }

    #[test]
    fn every_word_must_match() {
        assert_eq!(names_for("tech proj"), vec!["Technical Project Manager"]);
        assert_eq!(names_for("lead zzz"), Vec::<&str>::new());
    }

    #[test]
    fn best_first_and_case_insensitive() {
        let got = names_for("LEAD");
        assert_eq!(got.first(), Some(&"Lead Technician"));
        let got = names_for("manager");
        assert_eq!(got.len(), 3);
        // Equal scores: the shorter name first.
        assert_eq!(got[0], "Technical Manager");
    }

    #[test]
    fn empty_query_keeps_everything_in_order() {
        assert_eq!(names_for("  "), NAMES.to_vec());
    }

    #[test]
    fn refining_gives_the_same_as_searching_afresh() {
        let index = Index::new(NAMES);
        let mut session = Session::default();
        let mut typed = String::new();
        for c in "tech pro".chars() {
            typed.push(c);
            let incremental = session.run(&index, &typed);
            assert_eq!(*incremental, index.search(&typed), "after {typed:?}");
        }
        // Backspace: the earlier result comes back from the trail.
        let back = session.run(&index, "tech");
        assert_eq!(*back, index.search("tech"));
        assert_eq!(*session.run(&index, "tech man"), index.search("tech man"));
        assert_eq!(*session.run(&index, ""), index.search(""));
    }

    #[test]
    fn a_cancelled_search_gives_nothing_and_is_not_remembered() {
        let index = Index::new(NAMES);
        let mut session = Session::default();
        assert_eq!(session.run_until(&index, "tech", &|| true), None);
        assert_eq!(*session.run(&index, "tech"), index.search("tech"));
    }

    #[test]
    fn many_names_use_threads_and_agree_with_one() {
        let names: Vec<String> = (0..PARALLEL_FROM + 500)
            .map(|i| {
                format!(
                    "{} Technician {i}",
                    if i % 3 == 0 { "Lead" } else { "Field" }
                )
            })
            .collect();
        let index = Index::new(&names);
        let all = index.search("lead tech 12");
        let single = index
            .score_all(
                &["lead", "tech", "12"],
                &(0..names.len()).collect::<Vec<_>>(),
                &|| false,
            )
            .unwrap_or_default();
        assert_eq!(all.len(), single.len());
        assert!(all.windows(2).all(|w| w[0].score >= w[1].score));
    }

    /// Names already in order get their tie order by length alone; it is the order the string
    /// comparison gives.
    #[test]
    fn the_tie_order_of_sorted_names_needs_no_string_compared() {
        let mut names: Vec<String> = (0..3000)
            .map(|i| format!("{} tech {}", ["zed", "al", "bo", "chef"][i % 4], i % 97))
            .collect();
        names.sort();
        names.dedup();
        let index = Index::new(&names);
        assert!(index.in_lower_order());
        let mut by_rank: Vec<usize> = (0..names.len()).collect();
        by_rank.sort_unstable_by(|&x, &y| index.tie_break(x, y));
        let mut expected = vec![0u32; names.len()];
        for (rank, &i) in by_rank.iter().enumerate() {
            expected[i] = rank as u32;
        }
        assert_eq!(index.tie_order(), expected.as_slice());
    }

    #[test]
    fn an_index_of_a_catalogs_names_is_the_index_of_the_names() {
        for names in [
            vec!["Lead Technician", "Technical Manager", "X"],
            vec!["Ünïcode Cook", "Chef"],
        ] {
            let mut catalog_names = crate::catalog::Names::default();
            names.iter().for_each(|n| catalog_names.push(n));
            let (a, b) = (Index::of_names(&catalog_names), Index::new(&names));
            assert_eq!(
                (a.lower.as_str(), &a.ends, &a.chars),
                (b.lower.as_str(), &b.ends, &b.chars)
            );
        }
    }

    #[test]
    fn a_large_ascii_text_is_lower_cased_in_halves_like_whole() {
        let text: String = (0..300_000).map(|i| format!("Ab{i} ")).collect();
        assert!(text.len() > 1 << 20);
        assert_eq!(ascii_lowercase(&text), text.to_ascii_lowercase());
    }

    #[test]
    fn large_results_sort_like_small_ones() {
        let names: Vec<String> = (0..LARGE_RESULT * 2)
            .map(|i| format!("{} Tech {}", ["Zed", "Al", "Bo"][i % 3], i % 7))
            .collect();
        let index = Index::new(&names);
        let fast = index.search("tech");
        assert!(fast.len() > LARGE_RESULT);
        let mut slow = fast.clone();
        slow.sort_by(|x, y| {
            y.score
                .cmp(&x.score)
                .then_with(|| index.tie_break(x.index, y.index))
        });
        assert_eq!(fast, slow);
        assert_eq!(
            names[fast[0].index].chars().count(),
            9,
            "shortest first among equals"
        );
    }

    #[test]
    fn positions_are_char_indices() {
        let m = Matcher::default();
        assert_eq!(m.positions("Lead Technician", "ld"), vec![0, 3]);
        // Multi-byte characters before the match must not shift the indices.
        assert_eq!(m.positions("Café Lead", "lead"), vec![5, 6, 7, 8]);
    }
}
