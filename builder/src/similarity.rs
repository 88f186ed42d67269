//! How alike the work of every two real occupations is, from what the work is and needs:
//! O*NET titles, task statements, detailed work activities and descriptions (as tf-idf bags of
//! words), knowledge, skill and work-style importance, RIASEC interests, job zone and the SOC
//! minor group. The text is an input to the score only; the asset keeps numbers
//! (docs/SIMILARITY.md). O*NET's Related Occupations list is never an input: it is the
//! yardstick the score is measured against ([`yardstick`], [`recall_at`]).

use std::collections::{BTreeMap, BTreeSet};

use crate::assemble::Inputs;
use crate::onet::{self, Onet};
use careerscope_model::asset::Similarity;

/// What the score reads of one O*NET occupation (an O*NET-SOC code such as `29-1141.00`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Work {
    /// Its title, alternate titles and the titles incumbents reported.
    pub titles: Vec<String>,
    /// Its task statements.
    pub tasks: Vec<String>,
    /// The titles of its detailed work activities.
    pub activities: Vec<String>,
    /// Its description.
    pub description: String,
    /// Knowledge importance (1–5) by element name.
    pub knowledge: Vec<(String, f64)>,
    /// Skill importance (1–5) by element name.
    pub skills: Vec<(String, f64)>,
    /// Work style importance (1–5) by element name.
    pub work_styles: Vec<(String, f64)>,
    /// Occupational interest scores (1–7) by RIASEC name.
    pub interests: Vec<(String, f64)>,
    /// Job zone, 1–5.
    pub job_zone: Option<f64>,
}

/// A SOC occupation (`29-1141`) and the O*NET occupations that make it up, as indices into
/// the list of [`Work`].
#[derive(Debug, Clone, PartialEq)]
pub struct Occupation {
    pub code: String,
    pub work: Vec<usize>,
}

/// The weight of each part of the score. Each part is a similarity between two O*NET
/// occupations, z-scored along the row (how unusually alike, for this occupation); a SOC pair
/// scores `best_pair` × its most alike O*NET pair + (1 − `best_pair`) × the mean of its pairs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub all_text: f64,
    pub titles: f64,
    pub tasks: f64,
    pub activities: f64,
    pub description: f64,
    pub knowledge: f64,
    pub skills: f64,
    pub work_styles: f64,
    pub interests: f64,
    pub job_zone: f64,
    /// Added when the two share a SOC minor group (the first four characters, `29-1`).
    pub minor_group: f64,
    pub best_pair: f64,
}

/// The weights fitted on the 1st, 3rd, 5th... occupation in code order (docs/SIMILARITY.md).
pub const WEIGHTS: Weights = Weights {
    all_text: 1.5,
    titles: 0.5,
    tasks: 0.5,
    activities: 0.5,
    description: 0.1,
    knowledge: 1.0,
    skills: 0.5,
    work_styles: 0.1,
    interests: 1.0,
    job_zone: 0.5,
    minor_group: 1.0,
    best_pair: 0.7,
};

impl Weights {
    /// The sum of the weights of the parts (not the group bonus): a score divided by it is a
    /// weighted mean z-score.
    fn parts(&self) -> f64 {
        self.all_text
            + self.titles
            + self.tasks
            + self.activities
            + self.description
            + self.knowledge
            + self.skills
            + self.work_styles
            + self.interests
            + self.job_zone
    }
}

/// The score of every SOC pair: `scores[a][b]` says how alike `b`'s work is to `a`'s, as `a`
/// sees it (row-normalised, so not quite symmetric). The diagonal is meaningless.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub codes: Vec<String>,
    pub scores: Vec<Vec<f64>>,
    /// The sum of the parts' weights.
    pub scale: f64,
}

/// Words that say nothing about the work.
const STOP: &[&str] = &[
    "a",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "by",
    "for",
    "from",
    "in",
    "into",
    "is",
    "it",
    "its",
    "of",
    "on",
    "or",
    "than",
    "that",
    "the",
    "their",
    "them",
    "these",
    "this",
    "those",
    "to",
    "with",
    "without",
    "such",
    "including",
];

/// Lower-cased runs of ASCII letters and digits, two characters or more, without stop words,
/// plurals folded (`nurses` → `nurse`, `activities` → `activity`).
pub fn tokens(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() > 1 && !STOP.contains(w))
        .map(stem)
        .collect()
}

fn stem(w: &str) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// An `n` × `n` similarity; `None` where one of the two has no data.
type Matrix = Vec<Vec<Option<f64>>>;

/// Cosine similarity of tf-idf vectors (term weight `1 + ln tf`, idf `ln(N / df)`). A document
/// with no words is 0 to every other.
fn tfidf(docs: &[Vec<String>]) -> Matrix {
    let n = docs.len();
    let counts: Vec<BTreeMap<&str, usize>> = docs
        .iter()
        .map(|d| {
            let mut c = BTreeMap::new();
            for w in d {
                *c.entry(w.as_str()).or_default() += 1;
            }
            c
        })
        .collect();
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &counts {
        for w in c.keys() {
            *df.entry(w).or_default() += 1;
        }
    }
    let term: BTreeMap<&str, usize> = df.keys().enumerate().map(|(i, w)| (*w, i)).collect();
    let vectors: Vec<Vec<(usize, f64)>> = counts
        .iter()
        .map(|c| {
            let mut v: Vec<(usize, f64)> = c
                .iter()
                .filter_map(|(w, k)| {
                    let idf = (n as f64 / *df.get(w)? as f64).ln();
                    Some((*term.get(w)?, (1.0 + (*k as f64).ln()) * idf))
                })
                .collect();
            let norm = v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, x)| *x /= norm);
            }
            v
        })
        .collect();
    // Through an index of which documents hold each term: only shared terms are visited.
    let mut postings: Vec<Vec<(usize, f64)>> = vec![Vec::new(); term.len()];
    for (doc, v) in vectors.iter().enumerate() {
        for (t, x) in v {
            postings[*t].push((doc, *x));
        }
    }
    vectors
        .iter()
        .map(|v| {
            let mut row = vec![0.0; n];
            for (t, x) in v {
                for (other, y) in &postings[*t] {
                    row[*other] += x * y;
                }
            }
            row.into_iter().map(Some).collect()
        })
        .collect()
}

/// Ratings as vectors over every element any occupation has (`names`), centred on the
/// scale's floor; an element an occupation lacks counts as the floor. `None` without ratings.
fn vectors(ratings: &[&[(String, f64)]], floor: f64) -> Vec<Option<Vec<f64>>> {
    let names: BTreeSet<&str> = ratings
        .iter()
        .flat_map(|r| r.iter().map(|(n, _)| n.as_str()))
        .collect();
    ratings
        .iter()
        .map(|r| {
            if r.is_empty() {
                return None;
            }
            let by: BTreeMap<&str, f64> = r.iter().map(|(n, v)| (n.as_str(), *v)).collect();
            Some(
                names
                    .iter()
                    .map(|n| by.get(n).map_or(0.0, |v| v - floor))
                    .collect(),
            )
        })
        .collect()
}

fn pairwise(v: &[Option<Vec<f64>>], f: impl Fn(&[f64], &[f64]) -> f64) -> Matrix {
    v.iter()
        .map(|a| {
            v.iter()
                .map(|b| Some(f(a.as_deref()?, b.as_deref()?)))
                .collect()
        })
        .collect()
}

fn cosine(a: &[f64], b: &[f64]) -> f64 {
    let dot: f64 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na = a.iter().map(|x| x * x).sum::<f64>().sqrt();
    let nb = b.iter().map(|x| x * x).sum::<f64>().sqrt();
    if na > 0.0 && nb > 0.0 {
        dot / (na * nb)
    } else {
        0.0
    }
}

fn negative_distance(a: &[f64], b: &[f64]) -> f64 {
    -a.iter()
        .zip(b)
        .map(|(x, y)| (x - y) * (x - y))
        .sum::<f64>()
        .sqrt()
}

/// Each row z-scored over the other occupations that have data; no data (and the diagonal)
/// is 0, the row's mean. A row with no spread is all 0.
fn row_z(m: &Matrix) -> Vec<Vec<f64>> {
    m.iter()
        .enumerate()
        .map(|(i, row)| {
            let values: Vec<f64> = row
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .filter_map(|(_, v)| *v)
                .collect();
            if values.is_empty() {
                return vec![0.0; row.len()];
            }
            let k = values.len() as f64;
            let mean = values.iter().sum::<f64>() / k;
            let sd = (values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / k).sqrt();
            let sd = if sd > 0.0 { sd } else { 1.0 };
            row.iter()
                .enumerate()
                .map(|(j, v)| match v {
                    Some(v) if j != i => (v - mean) / sd,
                    _ => 0.0,
                })
                .collect()
        })
        .collect()
}

/// Every part's similarity between the O*NET occupations, with its weight.
fn parts(works: &[Work], w: &Weights) -> Vec<(f64, Matrix)> {
    let text = |f: &dyn Fn(&Work) -> Vec<String>| -> Vec<Vec<String>> {
        works
            .iter()
            .map(|x| f(x).iter().flat_map(|t| tokens(t)).collect())
            .collect()
    };
    let all = text(&|x| {
        let mut v = x.titles.clone();
        v.extend(x.tasks.iter().cloned());
        v.extend(x.activities.iter().cloned());
        v.push(x.description.clone());
        v
    });
    let ratings = |f: &dyn Fn(&Work) -> &[(String, f64)]| -> Vec<&[(String, f64)]> {
        works.iter().map(f).collect()
    };
    let job_zones: Vec<Option<Vec<f64>>> =
        works.iter().map(|x| x.job_zone.map(|z| vec![z])).collect();
    vec![
        (w.all_text, tfidf(&all)),
        (w.titles, tfidf(&text(&|x| x.titles.clone()))),
        (w.tasks, tfidf(&text(&|x| x.tasks.clone()))),
        (w.activities, tfidf(&text(&|x| x.activities.clone()))),
        (
            w.description,
            tfidf(&text(&|x| vec![x.description.clone()])),
        ),
        (
            w.knowledge,
            pairwise(&vectors(&ratings(&|x| &x.knowledge), 1.0), cosine),
        ),
        (
            w.skills,
            pairwise(&vectors(&ratings(&|x| &x.skills), 1.0), cosine),
        ),
        (
            w.work_styles,
            pairwise(&vectors(&ratings(&|x| &x.work_styles), 1.0), cosine),
        ),
        (
            w.interests,
            pairwise(
                &vectors(&ratings(&|x| &x.interests), 1.0),
                negative_distance,
            ),
        ),
        (w.job_zone, pairwise(&job_zones, negative_distance)),
    ]
}

/// Scores every pair of `occupations` from the `works` they are made of.
pub fn scores(works: &[Work], occupations: &[Occupation], w: &Weights) -> Scores {
    let n = occupations.len();
    let mut total = vec![vec![0.0; n]; n];
    for (weight, matrix) in parts(works, w) {
        if weight == 0.0 {
            continue;
        }
        let z = row_z(&matrix);
        for (a, oa) in occupations.iter().enumerate() {
            for (b, ob) in occupations.iter().enumerate() {
                let mut best = f64::NEG_INFINITY;
                let mut sum = 0.0;
                let mut k = 0usize;
                for &i in &oa.work {
                    for &j in &ob.work {
                        let v = z.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0.0);
                        best = best.max(v);
                        sum += v;
                        k += 1;
                    }
                }
                if k > 0 {
                    total[a][b] +=
                        weight * (w.best_pair * best + (1.0 - w.best_pair) * sum / k as f64);
                }
            }
        }
    }
    for (a, oa) in occupations.iter().enumerate() {
        for (b, ob) in occupations.iter().enumerate() {
            if oa.code.get(..4).is_some() && oa.code.get(..4) == ob.code.get(..4) {
                total[a][b] += w.minor_group;
            }
        }
    }
    Scores {
        codes: occupations.iter().map(|o| o.code.clone()).collect(),
        scores: total,
        scale: w.parts(),
    }
}

impl Scores {
    /// The other occupations from most to least alike to occupation `a` (equal scores in code
    /// order), as indices.
    pub fn ranking(&self, a: usize) -> Vec<usize> {
        let Some(row) = self.scores.get(a) else {
            return Vec::new();
        };
        let mut others: Vec<usize> = (0..row.len()).filter(|b| *b != a).collect();
        others.sort_by(|x, y| row[*y].total_cmp(&row[*x]).then(x.cmp(y)));
        others
    }

    /// The 0–100 similarity of a score: the weighted mean z-score `z` as
    /// `100 × (1 − e^(−z/2))`, 0 for an occupation no more alike than the average.
    pub fn similarity(&self, score: f64) -> u8 {
        let z = (score / self.scale).max(0.0);
        (100.0 * (1.0 - (-z / 2.0).exp())).round().clamp(0.0, 100.0) as u8
    }

    /// The `k` most alike occupations of each occupation, with their 0–100 similarity.
    pub fn neighbours(&self, k: usize) -> Vec<(&str, Vec<(&str, u8)>)> {
        (0..self.codes.len())
            .map(|a| {
                let list = self
                    .ranking(a)
                    .into_iter()
                    .take(k)
                    .map(|b| (self.codes[b].as_str(), self.similarity(self.scores[a][b])))
                    .collect();
                (self.codes[a].as_str(), list)
            })
            .collect()
    }

    /// What the similarity asset holds (`careerscope_model::asset::encode_similar` writes it):
    /// every occupation's code, its `k` most alike occupations by index into the codes, and
    /// every pair's similarity, one byte a pair, row by row in the order of the codes (689 KB
    /// for 830 occupations).
    pub fn to_similarity(&self, k: usize) -> Similarity {
        let at: BTreeMap<&str, u16> = self
            .codes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i as u16))
            .collect();
        let neighbours = self
            .neighbours(k)
            .into_iter()
            .map(|(_, list)| {
                list.into_iter()
                    .map(|(code, s)| (at.get(code).copied().unwrap_or_default(), s))
                    .collect()
            })
            .collect();
        let matrix: Vec<u8> = (0..self.codes.len())
            .flat_map(|a| {
                (0..self.codes.len()).map(move |b| {
                    if a == b {
                        100
                    } else {
                        self.similarity(self.scores[a][b])
                    }
                })
            })
            .collect();
        Similarity {
            codes: self.codes.clone(),
            neighbours,
            matrix,
        }
    }
}

pub const SOURCE: &str = "O*NET 29.3 (and 30 skills): titles, alternate and reported titles, task statements, detailed work activities, descriptions, knowledge, skills, work styles, interests, job zones; SOC 2018 minor groups";

/// How many neighbours of each occupation the asset keeps.
pub const NEIGHBOURS: usize = 50;

/// The works and SOC occupations of the real occupations: every O*NET occupation under each
/// OEWS code (its own codes and those the BLS crosswalk maps to it).
pub fn inputs(inputs: &Inputs) -> (Vec<Work>, Vec<Occupation>) {
    let onet = &inputs.onet;
    let per_soc: Vec<(String, BTreeSet<String>)> = inputs
        .oews
        .occupations
        .keys()
        .map(|soc| (soc.clone(), onet::all_codes_of(soc, onet)))
        .collect();
    let universe: BTreeSet<&String> = per_soc.iter().flat_map(|(_, c)| c).collect();
    let index: BTreeMap<&String, usize> =
        universe.iter().enumerate().map(|(i, c)| (*c, i)).collect();
    let works = universe.iter().map(|code| work(code, onet)).collect();
    let occupations = per_soc
        .iter()
        .map(|(soc, codes)| Occupation {
            code: soc.clone(),
            work: codes.iter().filter_map(|c| index.get(c).copied()).collect(),
        })
        .collect();
    (works, occupations)
}

fn work(code: &str, onet: &Onet) -> Work {
    let list = |m: &BTreeMap<String, Vec<(String, f64)>>| m.get(code).cloned().unwrap_or_default();
    let mut titles: Vec<String> = onet.titles.get(code).into_iter().cloned().collect();
    titles.extend(
        onet.alternate_titles
            .get(code)
            .into_iter()
            .flatten()
            .cloned(),
    );
    titles.extend(
        onet.reported_titles
            .get(code)
            .into_iter()
            .flatten()
            .cloned(),
    );
    Work {
        titles,
        tasks: onet
            .tasks
            .get(code)
            .into_iter()
            .flat_map(|t| t.values().cloned())
            .collect(),
        activities: onet
            .activities
            .get(code)
            .into_iter()
            .flat_map(|a| a.keys().cloned())
            .collect(),
        description: onet.descriptions.get(code).cloned().unwrap_or_default(),
        knowledge: list(&onet.knowledge),
        skills: onet
            .skills
            .get(code)
            .map(|(s, _)| s.clone())
            .unwrap_or_default(),
        work_styles: list(&onet.work_styles),
        interests: list(&onet.interests),
        job_zone: onet.job_zones.get(code).copied(),
    }
}

/// The scores of the real occupations, with the fitted weights.
pub fn compute(inputs: &Inputs) -> Scores {
    let (works, occupations) = self::inputs(inputs);
    scores(&works, &occupations, &WEIGHTS)
}

/// The yardstick, never an input: for each SOC occupation, the other OEWS occupations among
/// O*NET's "Primary-Short" related occupations of any of its O*NET occupations, mapped to SOC
/// as the profiles' related lists are.
pub fn yardstick(inputs: &Inputs) -> BTreeMap<String, BTreeSet<String>> {
    let onet = &inputs.onet;
    let mut out = BTreeMap::new();
    for soc in inputs.oews.occupations.keys() {
        let related: BTreeSet<String> = onet::all_codes_of(soc, onet)
            .iter()
            .flat_map(|c| onet.related_short.get(c).into_iter().flatten())
            .map(|other| onet::soc_of(other, onet).to_string())
            .filter(|other| other != soc && inputs.oews.occupations.contains_key(other))
            .collect();
        if !related.is_empty() {
            out.insert(soc.clone(), related);
        }
    }
    out
}

/// Recall@`k` pooled over the occupations `keep` accepts that have a yardstick list: how many
/// of their listed occupations are among their `k` most alike, and how many are listed.
pub fn recall_at(
    scores: &Scores,
    yardstick: &BTreeMap<String, BTreeSet<String>>,
    k: usize,
    keep: impl Fn(usize) -> bool,
) -> (usize, usize) {
    let (mut hits, mut total) = (0, 0);
    for (a, code) in scores.codes.iter().enumerate().filter(|(a, _)| keep(*a)) {
        let Some(listed) = yardstick.get(code) else {
            continue;
        };
        let top: BTreeSet<&String> = scores
            .ranking(a)
            .into_iter()
            .take(k)
            .map(|b| &scores.codes[b])
            .collect();
        hits += listed.iter().filter(|c| top.contains(c)).count();
        total += listed.len();
    }
    (hits, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_plurals_and_drop_stop_words() {
        assert_eq!(
            tokens("Nurses record the activities of patients, in EHRs."),
            ["nurse", "record", "activity", "patient", "ehr"]
        );
        assert_eq!(tokens("a/b status analysis"), ["status", "analysis"]);
    }

    #[test]
    fn rows_are_z_scored_without_the_diagonal() {
        let m: Matrix = vec![
            vec![Some(9.0), Some(1.0), Some(3.0)],
            vec![Some(1.0), Some(9.0), None],
            vec![Some(3.0), None, Some(9.0)],
        ];
        let z = row_z(&m);
        assert_eq!(z[0], [0.0, -1.0, 1.0]);
        // One value: no spread, so it is 0, like the missing one.
        assert_eq!(z[1], [0.0, 0.0, 0.0]);
    }

    #[test]
    fn similarity_is_0_to_100() {
        let s = Scores {
            codes: vec![],
            scores: vec![],
            scale: 2.0,
        };
        assert_eq!(s.similarity(-3.0), 0);
        assert_eq!(s.similarity(0.0), 0);
        // z = 2: 100 × (1 − e^−1) = 63.2.
        assert_eq!(s.similarity(4.0), 63);
        assert_eq!(s.similarity(1e9), 100);
    }
}
