//! One fact across the compared jobs, and the registry of every kind of fact: its key, label,
//! unit and which way is better. The comparison, the reports and the tabs all read it here.

use serde::Serialize;

use super::{HIGHER_MARK, NEUTRAL_MARK, UNKNOWN, pick};
use crate::format::{SAME, Unit, difference, format_value, trim_number};
use crate::model::{MoneyRange, YearsRange};

/// Every kind of fact a comparison holds. `Gender` and `Race` are one fact per group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum FactId {
    #[default]
    YearlySalary,
    HourlyRate,
    GrowthRate,
    NumberOfJobs,
    JobSatisfaction,
    MostCommonDegree,
    AverageAge,
    MedianAge,
    YearsOfExperience,
    YearsToBecome,
    Similarity,
    OpeningsPerYear,
    AverageSalary,
    MedianSalary,
    SalaryRange,
    MiddleHalf,
    HighestPayingCity,
    HighestPayingState,
    BestPayingCompany,
    BestPayingIndustry,
    MostCommonMajor,
    MostCommonCollege,
    TypicalEntryEducation,
    WorkExperience,
    OnTheJobTraining,
    RelatedExperience,
    Gender,
    Race,
    Lgbt,
    AreaMean,
    AreaMedian,
    AreaRange,
}

impl FactId {
    /// The fact's key in the JSON (`yearly_salary`).
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// Whether a higher value is better for most people choosing a job: more pay, growth, jobs
    /// or satisfaction. A higher age, more years of training or a larger share holding a degree
    /// are only different, so they are marked without praise.
    pub fn higher_is_better(self) -> bool {
        matches!(
            self,
            FactId::YearlySalary
                | FactId::HourlyRate
                | FactId::GrowthRate
                | FactId::NumberOfJobs
                | FactId::OpeningsPerYear
                | FactId::JobSatisfaction
                | FactId::AverageSalary
                | FactId::MedianSalary
                | FactId::AreaMean
                | FactId::AreaMedian
        )
    }

    /// How the fact's numbers read.
    pub fn unit(self) -> Unit {
        match self {
            FactId::YearlySalary
            | FactId::AverageSalary
            | FactId::MedianSalary
            | FactId::AreaMean
            | FactId::AreaMedian => Unit::Dollars,
            FactId::HourlyRate => Unit::DollarsCents,
            FactId::GrowthRate | FactId::Gender | FactId::Race | FactId::Lgbt => Unit::Percent,
            FactId::NumberOfJobs | FactId::OpeningsPerYear => Unit::Count,
            FactId::JobSatisfaction => Unit::Rating,
            FactId::AverageAge
            | FactId::MedianAge
            | FactId::YearsOfExperience
            | FactId::YearsToBecome => Unit::Years,
            FactId::Similarity
            | FactId::MostCommonDegree
            | FactId::SalaryRange
            | FactId::MiddleHalf
            | FactId::HighestPayingCity
            | FactId::HighestPayingState
            | FactId::BestPayingCompany
            | FactId::BestPayingIndustry
            | FactId::MostCommonMajor
            | FactId::MostCommonCollege
            | FactId::TypicalEntryEducation
            | FactId::WorkExperience
            | FactId::OnTheJobTraining
            | FactId::RelatedExperience
            | FactId::AreaRange => Unit::Text,
        }
    }

    /// The sections the fact is shown in (whose source lines name where it came from), as the
    /// pages show them: the most common degree in the Overview and Education, the ages in the
    /// Overview and Demographics; the pay in an area goes with the salary.
    pub fn sections(self) -> &'static [crate::model::Topic] {
        use crate::model::Topic::{Demographics, Education, Overview, Salary};
        match self {
            FactId::MostCommonDegree => &[Overview, Education],
            FactId::AverageAge | FactId::MedianAge => &[Overview, Demographics],
            FactId::YearlySalary
            | FactId::HourlyRate
            | FactId::GrowthRate
            | FactId::NumberOfJobs
            | FactId::OpeningsPerYear
            | FactId::JobSatisfaction
            | FactId::Similarity
            | FactId::YearsOfExperience
            | FactId::YearsToBecome => &[Overview],
            FactId::AverageSalary
            | FactId::MedianSalary
            | FactId::SalaryRange
            | FactId::MiddleHalf
            | FactId::HighestPayingCity
            | FactId::HighestPayingState
            | FactId::BestPayingCompany
            | FactId::BestPayingIndustry
            | FactId::AreaMean
            | FactId::AreaMedian
            | FactId::AreaRange => &[Salary],
            FactId::MostCommonMajor
            | FactId::MostCommonCollege
            | FactId::TypicalEntryEducation
            | FactId::WorkExperience
            | FactId::OnTheJobTraining
            | FactId::RelatedExperience => &[Education],
            FactId::Gender | FactId::Race | FactId::Lgbt => &[Demographics],
        }
    }

    /// The fact's name in the line that lists the facts no shown job has a value for ("Not
    /// in the official sources: job satisfaction, major, college, company").
    pub fn short(self) -> &'static str {
        match self {
            FactId::JobSatisfaction => "job satisfaction",
            FactId::MostCommonDegree => "degree",
            FactId::AverageAge => "average age",
            FactId::YearsOfExperience => "years of experience",
            FactId::YearsToBecome => "years to become one",
            FactId::MostCommonMajor => "major",
            FactId::MostCommonCollege => "college",
            FactId::BestPayingCompany => "company",
            FactId::BestPayingIndustry => "best-paying industry",
            FactId::HighestPayingCity => "highest-paying city",
            FactId::HighestPayingState => "highest-paying state",
            FactId::Lgbt => "LGBT share",
            FactId::Gender => "gender",
            FactId::Race => "race",
            FactId::MedianAge => "median age",
            FactId::OpeningsPerYear => "openings",
            FactId::GrowthRate => "growth",
            FactId::NumberOfJobs => "jobs",
            FactId::YearlySalary | FactId::AverageSalary => "yearly salary",
            FactId::HourlyRate => "hourly rate",
            FactId::MedianSalary => "median salary",
            FactId::SalaryRange => "salary range",
            FactId::MiddleHalf => "middle half",
            FactId::Similarity => "similarity",
            FactId::TypicalEntryEducation => "entry education",
            FactId::WorkExperience => "work experience needed",
            FactId::OnTheJobTraining => "on-the-job training",
            FactId::RelatedExperience => "related experience",
            FactId::AreaMean => "mean there",
            FactId::AreaMedian => "median there",
            FactId::AreaRange => "range there",
        }
    }

    /// The fact's label; a share's label adds its group (`Gender: Male`).
    pub fn label(self) -> &'static str {
        match self {
            FactId::YearlySalary => "Yearly salary",
            FactId::HourlyRate => "Hourly rate",
            FactId::GrowthRate => "Growth rate",
            FactId::NumberOfJobs => "Number of jobs",
            FactId::JobSatisfaction => "Job satisfaction",
            FactId::MostCommonDegree => "Most common degree",
            FactId::AverageAge => "Average age",
            FactId::MedianAge => "Median age",
            FactId::YearsOfExperience => "Years of experience",
            FactId::YearsToBecome => "Years to become one",
            FactId::Similarity => "Similarity to A (0-100)",
            FactId::OpeningsPerYear => "Openings per year",
            FactId::AverageSalary => "Average salary",
            FactId::MedianSalary => "Median salary",
            FactId::SalaryRange => "Salary range",
            FactId::MiddleHalf => "Middle half (25th-75th)",
            FactId::HighestPayingCity => "Highest paying city",
            FactId::HighestPayingState => "Highest paying state",
            FactId::BestPayingCompany => "Best paying company",
            FactId::BestPayingIndustry => "Best paying industry",
            FactId::MostCommonMajor => "Most common major",
            FactId::MostCommonCollege => "Most common college",
            FactId::TypicalEntryEducation => "Typical entry education (BLS)",
            FactId::WorkExperience => "Experience needed to enter (BLS)",
            FactId::OnTheJobTraining => "On-the-job training (BLS)",
            FactId::RelatedExperience => "Related experience (O*NET)",
            FactId::Gender => "Gender",
            FactId::Race => "Race",
            FactId::Lgbt => "LGBT",
            FactId::AreaMean => "Annual mean there",
            FactId::AreaMedian => "Annual median there",
            FactId::AreaRange => "10th-90th percentile there",
        }
    }
}

/// One row of a comparison: every job's value as text (`n/a` when unknown), their numbers where
/// they have one, and each job's difference from the pinned (first) job.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Fact {
    /// Which fact this is, for the code that draws or prints a particular one.
    #[serde(skip)]
    pub id: FactId,
    /// The fact's key in the JSON: `yearly_salary`.
    pub key: &'static str,
    /// The row's label: the fact's own ([`FactId::label`]), or `Gender: Male` for a share.
    pub label: String,
    /// Each job's number (`None` when unknown or text).
    pub values: Vec<Option<f64>>,
    /// Each job's value as shown: `$90,615`, `n/a`.
    pub shown: Vec<String>,
    /// Each job's value minus the pinned job's, in the fact's unit, with the change relative to
    /// the pinned job for amounts: `+$26,004 (+28.7%)`. `None` for the pinned job itself, and
    /// where either value is unknown or the values are text.
    pub differences: Vec<Option<String>>,
    /// The job with the better value, where "better" has a meaning (pay, growth, jobs): the
    /// highest, when one job alone has it.
    pub best: Option<usize>,
    /// The job with the highest value, when one job alone has it (better or not); for ranges of
    /// years, the one neither bound of which is below any other's.
    pub higher: Option<usize>,
    /// Whether the higher value is the better one for most people (pay, growth, jobs,
    /// satisfaction); elsewhere (age, years, shares) higher is only higher.
    pub higher_is_better: bool,
    /// Every job has this value and it is the same (`false` when any is unknown).
    pub same: bool,
    /// A share's group (`Male` of `Gender: Male`).
    #[serde(skip)]
    pub group: Option<String>,
    /// The text of each value that also has a share (a degree's name), without the share.
    #[serde(skip)]
    pub texts: Vec<Option<String>>,
    /// How the fact's numbers are written.
    #[serde(skip)]
    pub unit: Unit,
}

/// The index of the one highest of `values`, if one alone is highest.
fn highest(values: &[Option<f64>]) -> Option<usize> {
    let max = values
        .iter()
        .flatten()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max);
    let mut at = values
        .iter()
        .enumerate()
        .filter(|(_, v)| **v == Some(max))
        .map(|(i, _)| i);
    match (at.next(), at.next()) {
        (Some(i), None) if values.iter().flatten().count() > 1 => Some(i),
        _ => None,
    }
}

/// Whether every one of `values` is known and equal to the others.
fn all_equal<T: PartialEq>(values: &[Option<T>]) -> bool {
    values.iter().all(Option::is_some) && values.windows(2).all(|w| w[0] == w[1])
}

impl Fact {
    /// How many jobs the fact speaks of.
    pub fn len(&self) -> usize {
        self.shown.len()
    }

    /// Whether the fact speaks of no job.
    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    /// Job `i`'s value as text (`n/a` when unknown).
    pub fn value(&self, i: usize) -> &str {
        self.shown.get(i).map_or(UNKNOWN, String::as_str)
    }

    /// Job `i`'s number, when the fact has one.
    pub fn amount(&self, i: usize) -> Option<f64> {
        self.values.get(i).copied().flatten()
    }

    /// Whether job `i` holds the highest value.
    pub fn is_higher(&self, i: usize) -> bool {
        self.higher == Some(i)
    }

    /// How the higher value is marked: [`HIGHER_MARK`] where higher is better, else
    /// [`NEUTRAL_MARK`].
    pub fn mark(&self) -> &'static str {
        if self.higher_is_better {
            HIGHER_MARK
        } else {
            NEUTRAL_MARK
        }
    }

    /// Job `i`'s value with its mark when it is the higher one: `$108,205 ▲`, `44 years △`.
    pub fn marked(&self, i: usize) -> String {
        let v = self.value(i);
        if self.is_higher(i) {
            format!("{v} {}", self.mark())
        } else {
            v.to_string()
        }
    }

    /// Job `i`'s difference from the pinned job as a column shows it: the difference, [`SAME`]
    /// for a value equal to the pinned one's, else empty (and always empty for the pinned job).
    pub fn difference_text(&self, i: usize) -> &str {
        if i == 0 {
            return "";
        }
        match self.differences.get(i).and_then(Option::as_deref) {
            Some(d) => d,
            None if self.value(0) != UNKNOWN && self.value(0) == self.value(i) => SAME,
            None => "",
        }
    }

    /// Whether any job has a value: facts only real occupations have are left out of a
    /// comparison of page jobs rather than shown as a row of `n/a`.
    pub fn known(&self) -> bool {
        self.shown.iter().any(|v| v != UNKNOWN)
    }

    /// A share's group without its kind: `Male` for `Gender: Male`; other facts' label.
    pub fn group(&self) -> &str {
        self.group.as_deref().unwrap_or(&self.label)
    }

    /// Job `i`'s text without its share (`Bachelor's Degree`), else its value.
    pub fn text_part(&self, i: usize) -> &str {
        self.texts
            .get(i)
            .and_then(Option::as_deref)
            .unwrap_or_else(|| self.value(i))
    }

    /// The fact restricted to the jobs `keep` (indices into this fact's jobs, the pinned one
    /// first): what a screen too narrow for every job shows.
    pub fn project(&self, keep: &[usize]) -> Fact {
        let shown: Vec<String> = keep.iter().map(|&i| self.value(i).to_string()).collect();
        let remap = |h: Option<usize>| h.and_then(|h| keep.iter().position(|&i| i == h));
        Fact {
            values: pick(&self.values, keep),
            differences: pick(&self.differences, keep),
            texts: pick(&self.texts, keep),
            best: remap(self.best),
            higher: remap(self.higher),
            same: shown.iter().all(|s| s != UNKNOWN) && shown.windows(2).all(|w| w[0] == w[1]),
            shown,
            label: self.label.clone(),
            group: self.group.clone(),
            ..*self
        }
    }

    fn new(id: FactId, unit: Unit, shown: Vec<String>) -> Fact {
        let n = shown.len();
        Fact {
            id,
            key: id.key(),
            label: id.label().to_string(),
            values: vec![None; n],
            shown,
            differences: vec![None; n],
            best: None,
            higher: None,
            higher_is_better: id.higher_is_better(),
            same: false,
            group: None,
            texts: vec![None; n],
            unit,
        }
    }

    /// Sets which job is higher, and so which is best where higher is better.
    fn with_higher(mut self, higher: Option<usize>) -> Fact {
        self.higher = higher;
        self.best = higher.filter(|_| self.higher_is_better);
        self
    }

    pub(super) fn number(id: FactId, values: Vec<Option<f64>>) -> Fact {
        let unit = id.unit();
        let shown = values
            .iter()
            .map(|v| v.map_or(UNKNOWN.into(), |v| format_value(unit, v)))
            .collect();
        let pinned = values.first().copied().flatten();
        let mut f = Fact::new(id, unit, shown).with_higher(highest(&values));
        f.differences = values
            .iter()
            .enumerate()
            .map(|(i, v)| match (i, pinned, v) {
                (1.., Some(p), Some(v)) => Some(difference(unit, p, *v)),
                _ => None,
            })
            .collect();
        f.same = all_equal(&values);
        f.values = values;
        f
    }

    pub(super) fn text(id: FactId, values: Vec<Option<String>>) -> Fact {
        let same = all_equal(&values);
        let shown = values
            .into_iter()
            .map(|v| v.unwrap_or_else(|| UNKNOWN.into()))
            .collect();
        let mut f = Fact::new(id, Unit::Text, shown);
        f.same = same;
        f
    }

    /// A dollar range (`$67,000 - $121,000`): shown, not compared, since two ranges have no one
    /// difference.
    pub(super) fn range(id: FactId, ranges: Vec<Option<MoneyRange>>) -> Fact {
        let text = |r: Option<MoneyRange>| {
            r.map(|r| {
                format!(
                    "{} - {}",
                    format_value(Unit::Dollars, r.min as f64),
                    format_value(Unit::Dollars, r.max as f64)
                )
            })
        };
        Fact::text(id, ranges.into_iter().map(text).collect())
    }

    /// A span of years (`1-2 years`), compared bound by bound: `+7 to +8 years` from 1-2 to
    /// 8-10, and higher only when no bound of it is below another job's.
    pub(super) fn years_range(id: FactId, ranges: Vec<Option<&YearsRange>>) -> Fact {
        let show = |r: &Option<&YearsRange>| {
            r.map(|r| {
                let span = if r.min == 0 && r.max == 0 {
                    format!("under 1 {}", r.unit.as_str().trim_end_matches('s'))
                } else if r.min == r.max {
                    format!("{} {}", r.min, r.unit.as_str())
                } else {
                    format!("{}-{} {}", r.min, r.max, r.unit.as_str())
                };
                // An estimate says so where it is shown (its basis is in `texts`).
                if r.estimate {
                    format!("{span} (est.)")
                } else {
                    span
                }
            })
        };
        let bounds: Vec<Option<(f64, f64)>> = ranges
            .iter()
            .map(|r| r.map(|r| (r.min_in_years(), r.max_in_years())))
            .collect();
        let mut f = Fact::text(id, ranges.iter().map(show).collect());
        f.unit = Unit::Years;
        f.texts = ranges
            .iter()
            .map(|r| r.and_then(|r| r.basis).map(|b| b.to_string()))
            .collect();
        f.same = all_equal(&bounds);
        let pinned = bounds.first().copied().flatten();
        f.differences = bounds
            .iter()
            .enumerate()
            .map(|(i, b)| match (i, pinned, b) {
                (1.., Some(p), Some(b)) => Some(years_difference(p, *b)),
                _ => None,
            })
            .collect();
        let known: Vec<(usize, (f64, f64))> = bounds
            .iter()
            .enumerate()
            .filter_map(|(i, b)| b.map(|b| (i, b)))
            .collect();
        let top = known.iter().find(|(i, (lo, hi))| {
            known
                .iter()
                .all(|(j, (l, h))| j == i || (lo >= l && hi >= h && (lo, hi) != (l, h)))
        });
        let higher = top.map(|(i, _)| *i).filter(|_| known.len() > 1);
        f.with_higher(higher)
    }

    /// A degree (`Bachelor's Degree, 50%`), compared by its level on one ordered scale
    /// ([`super::level`]), never by its share: two shares of different degrees say nothing of
    /// which needs more education. `values` are the levels (1-8); the share is shown with the
    /// name, and a degree BLS gave (where O*NET has none) says so.
    pub(super) fn degree(id: FactId, degrees: Vec<Option<DegreeValue>>) -> Fact {
        let levels: Vec<Option<f64>> = degrees
            .iter()
            .map(|d| {
                d.as_ref()
                    .and_then(|d| super::level::level(&d.name))
                    .map(f64::from)
            })
            .collect();
        let shown = degrees
            .iter()
            .map(|d| d.as_ref().map_or(UNKNOWN.into(), DegreeValue::shown))
            .collect();
        let mut f = Fact::new(id, Unit::Text, shown).with_higher(highest(&levels));
        let pinned = levels.first().copied().flatten();
        f.differences = levels
            .iter()
            .enumerate()
            .map(|(i, v)| match (i, pinned, v) {
                (1.., Some(p), Some(v)) => Some(super::level::level_difference(p, *v)),
                _ => None,
            })
            .collect();
        f.same = all_equal(&levels);
        f.values = levels;
        f.texts = degrees.into_iter().map(|d| d.map(|d| d.name)).collect();
        f
    }
}

/// One job's degree: O*NET's (or the page's) most common one with its share, else BLS EP's
/// typical entry education.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct DegreeValue {
    pub name: String,
    /// The share of workers (O*NET respondents, or the page's) holding it.
    pub pct: Option<f64>,
    /// BLS's typical entry education, shown where O*NET has no education data.
    pub bls: bool,
}

impl DegreeValue {
    /// `Bachelor's Degree (55.9%)`, `Bachelor's degree (BLS typical entry)`.
    fn shown(&self) -> String {
        match (self.pct, self.bls) {
            (Some(p), _) => format!("{} ({})", self.name, format_value(Unit::Percent, p)),
            (None, true) => format!("{} (BLS typical entry)", self.name),
            (None, false) => self.name.clone(),
        }
    }
}

/// The difference of two spans of years, bound by bound: `+7 to +8 years`, `-1 year`, `same`.
fn years_difference((p_lo, p_hi): (f64, f64), (lo, hi): (f64, f64)) -> String {
    let (low, high) = (lo - p_lo, hi - p_hi);
    let signed = |d: f64| {
        let sign = if d > 0.0 {
            "+"
        } else if d < 0.0 {
            "-"
        } else {
            ""
        };
        format!("{sign}{}", trim_number(d.abs()))
    };
    if low == 0.0 && high == 0.0 {
        SAME.to_string()
    } else if low == high {
        let word = if high.abs() == 1.0 { "year" } else { "years" };
        format!("{} {word}", signed(high))
    } else {
        format!("{} to {} years", signed(low), signed(high))
    }
}
