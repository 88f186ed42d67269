//! Ranking and filtering jobs by the figures the dataset holds: yearly salary, growth rate,
//! number of jobs, typical entry education and SOC major group. Shared by `careerscope list`
//! and the explorer's picker.

use serde::Deserialize;

use crate::format::{Unit, format_value};
use crate::model::Profile;
use careerscope_model::asset::Summary;

/// Each real occupation's index by SOC code, from every job's `facets` in catalog order
/// (`is_occupation` says which are real occupations, not page jobs).
pub fn occupations_by_code(
    facets: &[Facets],
    is_occupation: impl Fn(usize) -> bool,
) -> std::collections::HashMap<String, usize> {
    facets
        .iter()
        .enumerate()
        .filter(|(i, _)| is_occupation(*i))
        .filter_map(|(i, f)| Some((f.code.clone()?, i)))
        .collect()
}

/// The figures a job is sorted and filtered by; `None` where the job does not have one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    /// The SOC code of a real occupation, for ordering by similarity.
    pub code: Option<String>,
    /// The first letter of O*NET's interest high-point code (`S` for mostly Social).
    pub interest: Option<char>,
    pub yearly_salary: Option<u64>,
    pub growth_rate_pct: Option<f64>,
    pub number_of_jobs: Option<u64>,
    /// BLS Employment Projections' typical entry education (real occupations).
    pub entry_education: Option<String>,
    /// SOC major group (real occupations).
    pub major_group: Option<String>,
}

impl Facets {
    /// The facets of a profile.
    pub fn of(p: &Profile) -> Facets {
        Facets::of_summary(p.code.clone(), Summary::of(p))
    }

    /// The facets of the job with SOC code `code` and figures `s` (the built-in asset keeps
    /// every occupation's [`Summary`], so sorting reads no profile).
    pub fn of_summary(code: Option<String>, s: Summary) -> Facets {
        Facets {
            code,
            interest: s.interest,
            yearly_salary: s.yearly_salary,
            growth_rate_pct: s.growth_rate_pct,
            number_of_jobs: s.number_of_jobs,
            entry_education: s.entry_education,
            major_group: s.major_group,
        }
    }

    /// Reads the facets of one job's JSON, skipping everything else.
    ///
    /// # Errors
    /// The text is not a job object.
    pub fn from_json(job: &str) -> Result<Facets, serde_json::Error> {
        #[derive(Deserialize, Default)]
        struct Overview {
            #[serde(default)]
            yearly_salary: Option<u64>,
            #[serde(default)]
            growth_rate_pct: Option<f64>,
            #[serde(default)]
            number_of_jobs: Option<u64>,
        }
        #[derive(Deserialize, Default)]
        struct Education {
            #[serde(default)]
            typical_entry_education: Option<String>,
        }
        #[derive(Deserialize)]
        struct Interests {
            #[serde(default)]
            code: String,
        }
        #[derive(Deserialize)]
        struct Job {
            #[serde(default)]
            code: Option<String>,
            #[serde(default)]
            interests: Option<Interests>,
            #[serde(default)]
            overview: Option<Overview>,
            #[serde(default)]
            education: Option<Education>,
            #[serde(default)]
            major_group: Option<String>,
        }
        let j: Job = serde_json::from_str(job)?;
        let o = j.overview.unwrap_or_default();
        Ok(Facets {
            code: j.code,
            interest: j.interests.and_then(|i| i.code.chars().next()),
            yearly_salary: o.yearly_salary,
            growth_rate_pct: o.growth_rate_pct,
            number_of_jobs: o.number_of_jobs,
            entry_education: j.education.and_then(|e| e.typical_entry_education),
            major_group: j.major_group,
        })
    }
}

/// What the job list is ordered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, strum::EnumIter)]
pub enum SortBy {
    /// Best match first (no query: by name).
    #[default]
    Name,
    /// Highest yearly salary first.
    Salary,
    /// Fastest growth first.
    Growth,
    /// Most jobs first.
    Jobs,
}

impl SortBy {
    /// How the order is named on screen: `salary`.
    pub fn label(self) -> &'static str {
        match self {
            SortBy::Name => "name",
            SortBy::Salary => "salary",
            SortBy::Growth => "growth",
            SortBy::Jobs => "jobs",
        }
    }

    /// The next order, for a key that cycles through them.
    pub fn next(self) -> SortBy {
        match self {
            SortBy::Name => SortBy::Salary,
            SortBy::Salary => SortBy::Growth,
            SortBy::Growth => SortBy::Jobs,
            SortBy::Jobs => SortBy::Name,
        }
    }

    /// The figure a job is sorted by; `None` for the name order and for a job without it.
    pub fn value(self, f: &Facets) -> Option<f64> {
        match self {
            SortBy::Name => None,
            SortBy::Salary => f.yearly_salary.map(|v| v as f64),
            SortBy::Growth => f.growth_rate_pct,
            SortBy::Jobs => f.number_of_jobs.map(|v| v as f64),
        }
    }

    /// The figure as the list shows it beside the name: `$148,100`, `15.8%`, `1,687,890`.
    pub fn shown(self, f: &Facets) -> Option<String> {
        let v = self.value(f)?;
        Some(match self {
            SortBy::Salary => format_value(Unit::Dollars, v),
            SortBy::Growth => format_value(Unit::Percent, v),
            _ => format_value(Unit::Count, v),
        })
    }
}

/// Which jobs the list keeps: `None` keeps all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Typical entry education, as BLS labels it ("Associate's degree"): a job passes with
    /// any of them (two values of one key mean either).
    pub education: Vec<String>,
    /// SOC major group ("Healthcare Practitioners and Technical Occupations"): any of them.
    pub group: Vec<String>,
    /// Only jobs paying more than this yearly, and whose pay it is (the explorer's "pays more
    /// than the pinned job").
    pub pays_more_than: Option<(u64, String)>,
    /// Only jobs whose strongest interest is this one (`S`: mostly Social).
    pub interest: Option<char>,
}

/// The six RIASEC interests by their letter, as O*NET names them.
pub const INTERESTS: [(char, &str); 6] = [
    ('R', "Realistic"),
    ('I', "Investigative"),
    ('A', "Artistic"),
    ('S', "Social"),
    ('E', "Enterprising"),
    ('C', "Conventional"),
];

/// "mostly Social" for `S`.
pub fn interest_label(letter: char) -> String {
    let name = INTERESTS
        .iter()
        .find(|(l, _)| *l == letter)
        .map_or("?", |(_, n)| n);
    format!("mostly {name}")
}

impl Filter {
    /// Whether a job passes. Values compare without regard to case; a job without the figure
    /// does not pass a filter on it.
    pub fn keeps(&self, f: &Facets) -> bool {
        let fits = |want: &[String], have: &Option<String>| {
            want.is_empty()
                || have
                    .as_ref()
                    .is_some_and(|h| want.iter().any(|w| h.eq_ignore_ascii_case(w)))
        };
        fits(&self.education, &f.entry_education)
            && fits(&self.group, &f.major_group)
            && self
                .pays_more_than
                .as_ref()
                .is_none_or(|(pay, _)| f.yearly_salary.is_some_and(|s| s > *pay))
            && self.interest.is_none_or(|i| f.interest == Some(i))
    }

    /// Whether the filter keeps every job.
    pub fn is_empty(&self) -> bool {
        self.education.is_empty()
            && self.group.is_empty()
            && self.pays_more_than.is_none()
            && self.interest.is_none()
    }

    /// Adds `value` to the values of one key (either of them passes), or takes it out when it
    /// is there; `None` (the menu's Any) clears them: how the filter menu's Enter works.
    pub fn choose(values: &mut Vec<String>, value: Option<String>) {
        let Some(value) = value else {
            values.clear();
            return;
        };
        match values.iter().position(|v| v.eq_ignore_ascii_case(&value)) {
            Some(at) => {
                values.remove(at);
            }
            None => values.push(value),
        }
    }

    /// Each filter in force as it reads on screen, one per key: `Associate's degree or
    /// Bachelor's degree`, `Healthcare …`, `pays more than Registered Nurses`.
    pub fn parts(&self) -> Vec<String> {
        [&self.education, &self.group]
            .into_iter()
            .filter(|values| !values.is_empty())
            .map(|values| values.join(" or "))
            .chain(self.single_valued())
            .collect()
    }

    /// Each value in force on its own (two educations are two), for a summary that counts them.
    pub fn values(&self) -> Vec<String> {
        self.education
            .iter()
            .chain(&self.group)
            .cloned()
            .chain(self.single_valued())
            .collect()
    }

    /// The filters that take one value, as they read on screen.
    fn single_valued(&self) -> impl Iterator<Item = String> + '_ {
        let pays = self
            .pays_more_than
            .as_ref()
            .map(|(_, name)| format!("pays more than {name}"));
        pays.into_iter().chain(self.interest.map(interest_label))
    }

    /// How the filter reads on screen: `Associate's degree · Healthcare …`.
    pub fn label(&self) -> Option<String> {
        let parts = self.parts();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

/// Reorders `jobs` (already in match order) by `sort`, keeping the match order among equal
/// figures and putting jobs without the figure last; drops what `filter` does not keep.
pub fn arrange(jobs: &mut Vec<usize>, facets: &[Facets], sort: SortBy, filter: &Filter) {
    let facet = |i: usize| facets.get(i);
    if !filter.is_empty() {
        jobs.retain(|&i| facet(i).is_some_and(|f| filter.keeps(f)));
    }
    if sort != SortBy::Name {
        // Stable, so equal figures keep the match order.
        jobs.sort_by(|&a, &b| {
            let v = |i: usize| facet(i).and_then(|f| sort.value(f));
            match (v(a), v(b)) {
                (Some(x), Some(y)) => y.total_cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
        });
    }
}

/// The distinct values of one facet, in order, for a filter menu.
pub fn choices(facets: &[Facets], of: impl Fn(&Facets) -> Option<&String>) -> Vec<String> {
    let mut all: Vec<String> = facets.iter().filter_map(|f| of(f).cloned()).collect();
    all.sort();
    all.dedup();
    all
}

/// The entry educations there are, lowest level first (no formal credential … doctoral), a
/// label that is no level (a page's own) after them.
pub fn education_choices(facets: &[Facets]) -> Vec<String> {
    let mut all = choices(facets, |f| f.entry_education.as_ref());
    all.sort_by_key(|e| crate::compare::level::level(e).unwrap_or(u8::MAX));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facet(salary: Option<u64>, education: &str) -> Facets {
        Facets {
            yearly_salary: salary,
            entry_education: Some(education.to_string()),
            ..Facets::default()
        }
    }

    #[test]
    fn highest_first_unknown_last_ties_keep_match_order() {
        let facets = [
            facet(Some(50), "Bachelor's degree"),
            facet(None, "Bachelor's degree"),
            facet(Some(90), "Associate's degree"),
            facet(Some(50), "Associate's degree"),
        ];
        let mut jobs = vec![3, 1, 0, 2];
        arrange(&mut jobs, &facets, SortBy::Salary, &Filter::default());
        assert_eq!(jobs, [2, 3, 0, 1]);
        let mut filter = Filter {
            education: vec!["associate's DEGREE".into()],
            ..Filter::default()
        };
        let mut jobs = vec![0, 1, 2, 3];
        arrange(&mut jobs, &facets, SortBy::Name, &filter);
        assert_eq!(jobs, [2, 3]);
        // Two values of one key: either passes.
        Filter::choose(&mut filter.education, Some("Bachelor's degree".into()));
        let mut jobs = vec![0, 1, 2, 3];
        arrange(&mut jobs, &facets, SortBy::Name, &filter);
        assert_eq!(jobs, [0, 1, 2, 3]);
        assert_eq!(
            filter.label().as_deref(),
            Some("associate's DEGREE or Bachelor's degree")
        );
        Filter::choose(&mut filter.education, Some("associate's degree".into()));
        assert_eq!(filter.education, ["Bachelor's degree"]);
        Filter::choose(&mut filter.education, None);
        assert!(filter.education.is_empty());
        // Pays more than 50: only the job paying 90; a job without pay never passes.
        let filter = Filter {
            pays_more_than: Some((50, "the pinned job".into())),
            ..Filter::default()
        };
        let mut jobs = vec![0, 1, 2, 3];
        arrange(&mut jobs, &facets, SortBy::Name, &filter);
        assert_eq!(jobs, [2]);
        assert_eq!(
            filter.label().as_deref(),
            Some("pays more than the pinned job")
        );
    }

    #[test]
    fn education_choices_go_by_level() {
        let facets = [
            facet(None, "Master's degree"),
            facet(None, "Associate's degree"),
            facet(None, "No formal educational credential"),
            facet(None, "Bachelor's degree"),
            facet(None, "Associate's degree"),
        ];
        assert_eq!(
            education_choices(&facets),
            [
                "No formal educational credential",
                "Associate's degree",
                "Bachelor's degree",
                "Master's degree"
            ]
        );
    }

    #[test]
    fn facets_read_from_json_without_the_rest() {
        let f = Facets::from_json(
            r#"{"name":"X","overview":{"yearly_salary":148100,"growth_rate_pct":15.8,
                "number_of_jobs":1687890,"job_satisfaction":null},
                "education":{"typical_entry_education":"Bachelor's degree"},
                "major_group":"Computer and Mathematical Occupations","skills":[]}"#,
        )
        .unwrap_or_default();
        assert_eq!(f.yearly_salary, Some(148_100));
        assert_eq!(SortBy::Growth.shown(&f).as_deref(), Some("15.8%"));
        assert_eq!(SortBy::Salary.shown(&f).as_deref(), Some("$148,100"));
        assert_eq!(f.entry_education.as_deref(), Some("Bachelor's degree"));
    }
}
