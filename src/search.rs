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
    /// The score of `name` for `query`, or `None` when some word does not match.
    pub fn score(&self, name: &str, query: &str) -> Option<i64> {
        query.split_whitespace().try_fold(0i64, |sum, word| {
            Some(sum + self.skim.fuzzy_match(name, word)?)
        })
    }

    /// Names matching `query`, best first. An empty query keeps every name in its order.
    pub fn search<S: AsRef<str>>(&self, names: &[S], query: &str) -> Vec<Hit> {
        if query.trim().is_empty() {
            return (0..names.len())
                .map(|index| Hit { index, score: 0 })
                .collect();
        }
        let mut hits: Vec<Hit> = names
            .iter()
            .enumerate()
            .filter_map(|(index, n)| {
                self.score(n.as_ref(), query)
                    .map(|score| Hit { index, score })
            })
            .collect();
        hits.sort_by(|x, y| {
            let (nx, ny) = (names[x.index].as_ref(), names[y.index].as_ref());
            y.score
                .cmp(&x.score)
                .then(nx.chars().count().cmp(&ny.chars().count()))
                .then_with(|| nx.to_lowercase().cmp(&ny.to_lowercase()))
                .then(x.index.cmp(&y.index))
        });
        hits
    }

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

    fn names_for(query: &str) -> Vec<&'static str> {
        Matcher::default()
            .search(&NAMES, query)
            .into_iter()
            .map(|h| NAMES[h.index])
            .collect()
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
    fn positions_are_char_indices() {
        let m = Matcher::default();
        assert_eq!(m.positions("Lead Technician", "ld"), vec![0, 3]);
        // Multi-byte characters before the match must not shift the indices.
        assert_eq!(m.positions("Café Lead", "lead"), vec![5, 6, 7, 8]);
    }
}
