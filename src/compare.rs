//! The facts of a pair of jobs: each value side by side, the difference where one makes sense,
//! which side is higher, and the skills they share. `careerscope compare` prints these facts and
//! the explorer draws them, so both always agree.

use crate::text::{NAME_MAX, elide};
use serde::Serialize;

use crate::model::{Degree, MoneyRange, Profile, Share, Sources, Topic, YearsRange};

/// Which job of the pair.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    A,
    B,
}

/// How a fact's numbers read, which decides how values and differences are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Dollars,
    DollarsCents,
    Percent,
    Count,
    /// Job satisfaction, on the pages' scale of 1 to [`SATISFACTION_SCALE`].
    Rating,
    Years,
    Text,
}

/// One row of a comparison: both values as text (`n/a` when unknown), their numbers where they
/// have one, and the difference B − A.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Fact {
    /// Which fact this is, for the code that draws or prints a particular one.
    #[serde(skip)]
    pub id: FactId,
    /// The row's label: the fact's own ([`FactId::label`]), or `Gender: Male` for a share.
    pub label: String,
    pub a: String,
    pub b: String,
    pub a_value: Option<f64>,
    pub b_value: Option<f64>,
    /// B − A, written in the fact's unit, with the change relative to A for amounts:
    /// `+$26,004 (+28.7%)`. `None` when either value is unknown or the values are text.
    pub difference: Option<String>,
    /// The side with the higher number; `None` when equal, unknown, text, or two ranges of
    /// which neither is above the other.
    pub higher: Option<Side>,
    /// Whether the higher value is the better one for most people (pay, growth, jobs,
    /// satisfaction); elsewhere (age, years, shares) higher is only higher.
    pub higher_is_better: bool,
    /// Both jobs have this value and it is the same (`false` when either is unknown).
    pub same: bool,
    /// A share's group (`Male` of `Gender: Male`).
    #[serde(skip)]
    pub group: Option<String>,
    /// The text of each value that also has a share (a degree's name), without the share.
    #[serde(skip)]
    pub texts: [Option<String>; 2],
    /// How the fact's numbers are written.
    #[serde(skip)]
    pub unit: Unit,
}

/// How an unknown value reads, everywhere: never `0`.
pub const UNKNOWN: &str = "n/a";
/// The difference column of equal text values (and of equal numbers).
pub const SAME: &str = "same";
/// Marks the higher value of a fact where higher is better (pay, growth, jobs).
pub const HIGHER_MARK: &str = "▲";
/// Marks the higher value of a fact where higher is neither better nor worse (age, years).
pub const NEUTRAL_MARK: &str = "△";
/// The scale of the pages' job satisfaction rating.
pub const SATISFACTION_SCALE: u8 = 5;

/// The sections of a comparison, in the order they are printed.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SectionId {
    Overview,
    Salary,
    Education,
    Demographics,
}

impl SectionId {
    /// What the section's source line speaks of.
    pub fn topic(self) -> Topic {
        match self {
            SectionId::Overview => Topic::Overview,
            SectionId::Salary => Topic::Salary,
            SectionId::Education => Topic::Education,
            SectionId::Demographics => Topic::Demographics,
        }
    }

    /// The section's heading: `Overview`.
    pub fn title(self) -> &'static str {
        match self {
            SectionId::Overview => "Overview",
            SectionId::Salary => "Salary",
            SectionId::Education => "Education",
            SectionId::Demographics => "Demographics",
        }
    }
}

/// Every kind of fact a comparison holds. `Gender` and `Race` are one fact per group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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
                | FactId::JobSatisfaction
                | FactId::AverageSalary
                | FactId::MedianSalary
                | FactId::AreaMean
                | FactId::AreaMedian
        )
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
            FactId::TypicalEntryEducation => "Typical entry education",
            FactId::WorkExperience => "Work experience needed",
            FactId::OnTheJobTraining => "On-the-job training",
            FactId::RelatedExperience => "Related work experience",
            FactId::Gender => "Gender",
            FactId::Race => "Race",
            FactId::Lgbt => "LGBT",
            FactId::AreaMean => "Annual mean there",
            FactId::AreaMedian => "Annual median there",
            FactId::AreaRange => "10th-90th percentile there",
        }
    }
}

impl Fact {
    /// Side `side`'s value as text (`n/a` when unknown).
    pub fn value(&self, side: Side) -> &str {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }

    /// Side `side`'s number, when the fact has one.
    pub fn amount(&self, side: Side) -> Option<f64> {
        match side {
            Side::A => self.a_value,
            Side::B => self.b_value,
        }
    }

    /// Whether side `side` holds the higher number.
    pub fn is_higher(&self, side: Side) -> bool {
        self.higher == Some(side)
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

    /// Side `side`'s value with its mark when it is the higher one: `$108,205 ▲`, `44 years △`.
    pub fn marked(&self, side: Side) -> String {
        let v = self.value(side);
        if self.is_higher(side) {
            format!("{v} {}", self.mark())
        } else {
            v.to_string()
        }
    }

    /// The difference column: B − A, [`SAME`] for equal text values, else empty.
    pub fn difference_text(&self) -> &str {
        match (&self.difference, self.same) {
            (Some(d), _) => d,
            (None, true) => SAME,
            (None, false) => "",
        }
    }

    /// Whether either job has a value: facts only real occupations have are left out of a
    /// pair of page jobs rather than shown as two `n/a`.
    pub fn known(&self) -> bool {
        self.a != UNKNOWN || self.b != UNKNOWN
    }

    /// A share's group without its kind: `Male` for `Gender: Male`; other facts' label.
    pub fn group(&self) -> &str {
        self.group.as_deref().unwrap_or(&self.label)
    }

    /// Side `side`'s text without its share (`Bachelor's Degree`), else its value.
    pub fn text_part(&self, side: Side) -> &str {
        self.texts[side.index()]
            .as_deref()
            .unwrap_or_else(|| self.value(side))
    }

    fn number(id: FactId, unit: Unit, a: Option<f64>, b: Option<f64>) -> Fact {
        let difference = match (a, b) {
            (Some(a), Some(b)) => Some(difference(unit, a, b)),
            _ => None,
        };
        let higher = match (a, b) {
            (Some(a), Some(b)) if a > b => Some(Side::A),
            (Some(a), Some(b)) if b > a => Some(Side::B),
            _ => None,
        };
        Fact {
            id,
            label: id.label().to_string(),
            a: a.map_or(UNKNOWN.into(), |v| format_value(unit, v)),
            b: b.map_or(UNKNOWN.into(), |v| format_value(unit, v)),
            a_value: a,
            b_value: b,
            difference,
            higher,
            higher_is_better: id.higher_is_better(),
            same: matches!((a, b), (Some(a), Some(b)) if a == b),
            group: None,
            texts: [None, None],
            unit,
        }
    }

    fn text(id: FactId, a: Option<String>, b: Option<String>) -> Fact {
        let same = matches!((&a, &b), (Some(x), Some(y)) if x == y);
        Fact {
            id,
            label: id.label().to_string(),
            a: a.unwrap_or_else(|| UNKNOWN.into()),
            b: b.unwrap_or_else(|| UNKNOWN.into()),
            a_value: None,
            b_value: None,
            difference: None,
            higher: None,
            higher_is_better: id.higher_is_better(),
            same,
            group: None,
            texts: [None, None],
            unit: Unit::Text,
        }
    }

    /// A dollar range (`$67,000 - $121,000`): shown, not compared, since two ranges have no one
    /// difference.
    fn range(id: FactId, a: Option<MoneyRange>, b: Option<MoneyRange>) -> Fact {
        let text = |r: Option<MoneyRange>| {
            r.map(|r| {
                format!(
                    "{} - {}",
                    format_value(Unit::Dollars, r.min as f64),
                    format_value(Unit::Dollars, r.max as f64)
                )
            })
        };
        Fact::text(id, text(a), text(b))
    }

    /// A span of years (`1-2 years`), compared bound by bound: `+7 to +8 years` from 1-2 to
    /// 8-10, and higher only when neither bound is lower, since a range that starts lower
    /// but ends higher is neither.
    fn years_range(id: FactId, a: Option<YearsRange>, b: Option<YearsRange>) -> Fact {
        let show = |r: Option<YearsRange>| {
            r.map(|r| {
                if r.min == r.max {
                    format!("{} {}", r.min, r.unit.as_str())
                } else {
                    format!("{}-{} {}", r.min, r.max, r.unit.as_str())
                }
            })
        };
        let mut f = Fact::text(id, show(a), show(b));
        f.unit = Unit::Years;
        f.same = matches!((a, b), (Some(x), Some(y)) if x.min_in_years() == y.min_in_years() && x.max_in_years() == y.max_in_years());
        if let (Some(x), Some(y)) = (a, b) {
            let low = y.min_in_years() - x.min_in_years();
            let high = y.max_in_years() - x.max_in_years();
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
            f.difference = Some(if f.same {
                SAME.to_string()
            } else if low == high {
                format!(
                    "{} {}",
                    signed(high),
                    if high.abs() == 1.0 { "year" } else { "years" }
                )
            } else {
                format!("{} to {} years", signed(low), signed(high))
            });
            f.higher = if low >= 0.0 && high >= 0.0 && !f.same {
                Some(Side::B)
            } else if low <= 0.0 && high <= 0.0 && !f.same {
                Some(Side::A)
            } else {
                None
            };
        }
        f
    }

    /// A text value with a share (`Bachelor's Degree, 50%`): shown as text, compared by share.
    fn degree(id: FactId, a: Option<&Degree>, b: Option<&Degree>) -> Fact {
        let mut f = Fact::number(id, Unit::Percent, a.map(|d| d.pct), b.map(|d| d.pct));
        let show = |d: Option<&Degree>| {
            d.map_or(UNKNOWN.into(), |d| {
                format!("{} ({})", d.degree, format_value(Unit::Percent, d.pct))
            })
        };
        f.a = show(a);
        f.b = show(b);
        f.same = matches!((a, b), (Some(x), Some(y)) if x == y);
        f.texts = [a, b].map(|d| d.map(|d| d.degree.clone()));
        f
    }
}

/// A group of facts, as the explorer's tabs and the printed comparison show them.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Section {
    /// Which section (serialized as its lower-case `name`).
    #[serde(rename = "name")]
    pub id: SectionId,
    pub facts: Vec<Fact>,
}

impl Section {
    /// The section's first fact of kind `id`.
    pub fn fact(&self, id: FactId) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }
}

/// One skill across the pair: each job's share (if it lists the skill) and whether the
/// narrative names it among the job's top three.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct SkillRow {
    pub name: String,
    pub a_pct: Option<f64>,
    pub b_pct: Option<f64>,
    pub a_top: bool,
    pub b_top: bool,
}

impl SkillRow {
    /// Whether both jobs list the skill.
    pub fn shared(&self) -> bool {
        self.a_pct.is_some() && self.b_pct.is_some()
    }
}

/// The skills of a pair: one row per skill, and the names both, only A and only B list.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Skills {
    /// Every skill of either job: A's in A's order, then B's own.
    pub rows: Vec<SkillRow>,
    pub shared: Vec<String>,
    pub only_a: Vec<String>,
    pub only_b: Vec<String>,
}

/// Everything the pair page of the explorer and `careerscope compare` show.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Comparison {
    pub a: String,
    pub b: String,
    pub sections: Vec<Section>,
    pub skills: Skills,
    pub descriptions: [Option<String>; 2],
    pub duties: [Vec<String>; 2],
    /// Each job's salary range, for the salary chart (the facts hold it as text).
    #[serde(skip)]
    pub salary_ranges: [Option<MoneyRange>; 2],
    /// Each job's SOC code (real occupations).
    pub codes: [Option<String>; 2],
    /// Each real occupation's SOC major group.
    pub major_groups: [Option<String>; 2],
    /// Where each job's sections came from.
    pub sources: [Option<Sources>; 2],
    /// What each job's skill numbers measure.
    pub skill_scales: [SkillScale; 2],
    /// Each real occupation's related occupations (O*NET's primary ones), most related first.
    pub related: [Vec<String>; 2],
    /// Each real occupation's ten highest-paying states by annual mean (OEWS), highest first.
    pub top_states: [Vec<(String, u64)>; 2],
    /// Every state each real occupation has pay for, for choosing one.
    #[serde(skip)]
    pub states: [Vec<String>; 2],
    /// Both jobs' pay in one state, when one was asked for (`compare --area`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<AreaSection>,
}

/// Both jobs' pay in one state, DC or territory, beside the national Salary section.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct AreaSection {
    /// The area as OEWS names it: `Texas`.
    pub area: String,
    pub facts: Vec<Fact>,
}

impl AreaSection {
    /// Both jobs' annual mean, median and 10th-90th percentile in `area` (`n/a` where OEWS
    /// publishes none for a job there).
    pub fn of(a: &Profile, b: &Profile, area: &str) -> AreaSection {
        let pay = |p: &Profile| {
            areas_of(p)
                .find(|x| x.area().eq_ignore_ascii_case(area))
                .cloned()
        };
        let (pa, pb) = (pay(a), pay(b));
        let range = |p: &Option<crate::model::AreaPay>| p.as_ref().and_then(|p| p.range());
        let range_fact = Fact::range(FactId::AreaRange, range(&pa), range(&pb));
        let amount = |p: &Option<crate::model::AreaPay>,
                      f: fn(&crate::model::AreaPay) -> Option<u64>| {
            p.as_ref().and_then(f).map(|v| v as f64)
        };
        AreaSection {
            area: area.to_string(),
            facts: vec![
                Fact::number(
                    FactId::AreaMean,
                    Unit::Dollars,
                    amount(&pa, |p| Some(p.mean())),
                    amount(&pb, |p| Some(p.mean())),
                ),
                Fact::number(
                    FactId::AreaMedian,
                    Unit::Dollars,
                    amount(&pa, |p| p.median()),
                    amount(&pb, |p| p.median()),
                ),
                range_fact,
            ],
        }
    }

    /// The section's heading: `Pay in Texas`.
    pub fn title(&self) -> String {
        format!("Pay in {}", self.area)
    }
}

/// A job's pay in every area OEWS has it for: states, DC and territories (in the profile), then
/// metropolitan areas (the metro asset, read when first needed).
pub fn areas_of(p: &Profile) -> impl Iterator<Item = &crate::model::AreaPay> {
    let states = p.salary.iter().flat_map(|s| s.by_state.iter().flatten());
    let metros = p
        .code
        .as_deref()
        .map(crate::library::metro_pay)
        .unwrap_or_default();
    states.chain(metros.iter())
}

/// The state, DC, territory or metro area that `query` names among the areas the jobs have
/// pay for: the exact name (ignoring case), else the only one starting with it, else the only
/// one containing it.
///
/// # Errors
/// No area or several match; the message names them.
pub fn find_area(jobs: &[&Profile], query: &str) -> Result<String, String> {
    let mut areas: Vec<&str> = jobs
        .iter()
        .flat_map(|p| areas_of(p))
        .map(|p| p.area())
        .collect();
    areas.sort_unstable();
    areas.dedup();
    if areas.is_empty() {
        return Err("neither job has pay by area (only real occupations do)".to_string());
    }
    if let Some(exact) = areas.iter().find(|a| a.eq_ignore_ascii_case(query.trim())) {
        return Ok(exact.to_string());
    }
    let q = query.trim().to_lowercase();
    let starting: Vec<&str> = areas
        .iter()
        .copied()
        .filter(|a| a.to_lowercase().starts_with(&q))
        .collect();
    // "calif" is California, not every metro area with California in its name.
    let found: Vec<&str> = if starting.is_empty() {
        areas
            .iter()
            .copied()
            .filter(|a| a.to_lowercase().contains(&q))
            .collect()
    } else {
        starting
    };
    match found.as_slice() {
        [one] => Ok(one.to_string()),
        [] => Err(format!(
            "no state or metro area matches {query:?}; expected one of: {}",
            areas.join(", ")
        )),
        several => Err(format!("{query:?} matches several: {}", several.join(", "))),
    }
}

/// What a job's skill numbers measure: the pages' share of resumes naming the skill, or
/// O*NET's importance rating (1–5) as a 0–100 score. The two are not the same unit.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SkillScale {
    ResumeShare,
    Importance,
}

impl SkillScale {
    fn of(p: &Profile) -> SkillScale {
        if p.is_occupation() {
            SkillScale::Importance
        } else {
            SkillScale::ResumeShare
        }
    }

    /// How the scale is named beside the numbers.
    pub fn name(self) -> &'static str {
        match self {
            SkillScale::ResumeShare => "% of resumes",
            SkillScale::Importance => "importance 0-100",
        }
    }

    /// A skill's number on this scale: `10%` of resumes, importance `78`.
    pub fn format(self, v: Option<f64>) -> String {
        match (self, v) {
            (_, None) => UNKNOWN.to_string(),
            (SkillScale::ResumeShare, Some(v)) => format_value(Unit::Percent, v),
            // O*NET's ratings have two decimals; a whole score reads as well and hides nothing
            // the bars would show.
            (SkillScale::Importance, Some(v)) => format_value(Unit::Text, v.round()),
        }
    }
}

impl Comparison {
    /// The section `id`, if the comparison has it.
    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The facts of section `id`, in order (none when the comparison lacks it).
    pub fn facts(&self, id: SectionId) -> Vec<&Fact> {
        self.section(id)
            .map(|s| s.facts.iter().collect())
            .unwrap_or_default()
    }

    /// Fact `fact` of section `section`.
    pub fn fact(&self, section: SectionId, fact: FactId) -> Option<&Fact> {
        self.section(section)?.fact(fact)
    }

    /// The name of the job on side `side`.
    pub fn name(&self, side: Side) -> &str {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }

    /// What the job on side `side` does, if the page said.
    pub fn description(&self, side: Side) -> Option<&str> {
        self.descriptions[side.index()].as_deref()
    }

    /// The job on side `side`'s example responsibilities.
    pub fn duties(&self, side: Side) -> &[String] {
        &self.duties[side.index()]
    }

    /// The job on side `side`'s salary range.
    pub fn salary_range(&self, side: Side) -> Option<MoneyRange> {
        self.salary_ranges[side.index()]
    }

    /// Where `topic` came from: one line when both jobs share the source, else one a side
    /// (`n/a` for a side with none). Empty when neither job says.
    pub fn source_lines(&self, topic: Topic) -> Vec<(Option<Side>, String)> {
        let of = |side: Side| {
            self.sources[side.index()]
                .as_ref()
                .and_then(|s| s.get(topic))
        };
        match (of(Side::A), of(Side::B)) {
            (None, None) => vec![],
            (Some(a), Some(b)) if a == b => vec![(None, a.to_string())],
            (a, b) => vec![
                (Some(Side::A), a.unwrap_or(UNKNOWN).to_string()),
                (Some(Side::B), b.unwrap_or(UNKNOWN).to_string()),
            ],
        }
    }

    /// The heading of a job's description: `What does an Information Technology/Support
    /// Specialist do?`.
    ///
    /// A real occupation is named as OEWS names it, in the plural, and carries no description
    /// (the sources' prose is not copied): `About Software Developers (SOC 15-1252)`.
    pub fn description_title(&self, side: Side) -> String {
        let name = self.name(side);
        match &self.codes[side.index()] {
            Some(code) => format!("About {name} (SOC {code})"),
            None => format!("What does {} {name} do?", article(name)),
        }
    }

    /// What the explorer shows where a real occupation has no description: its major group.
    pub fn about(&self, side: Side) -> Option<String> {
        self.codes[side.index()].as_ref()?;
        let group = self.major_groups[side.index()]
            .as_deref()
            .unwrap_or(UNKNOWN);
        Some(format!("Major group: {group}"))
    }
}

impl Side {
    /// `A` or `B`, as every output names the side.
    pub fn letter(self) -> &'static str {
        match self {
            Side::A => "A",
            Side::B => "B",
        }
    }

    /// 0 for A, 1 for B: the side's place in the comparison's pairs.
    pub fn index(self) -> usize {
        match self {
            Side::A => 0,
            Side::B => 1,
        }
    }
}

/// `a` or `an`, by the sound the name starts with (as far as its first letter tells).
fn article(name: &str) -> &'static str {
    match name.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// The facts of job `a` next to job `b`: what `careerscope compare` prints and the explorer
/// draws.
pub fn compare(a: &Profile, b: &Profile) -> Comparison {
    Comparison {
        // A dataset file may hold a name of any length; what is shown is cut to a name's
        // length at most.
        a: elide(&a.name, NAME_MAX).into_owned(),
        b: elide(&b.name, NAME_MAX).into_owned(),
        sections: vec![
            Section {
                id: SectionId::Overview,
                facts: overview(a, b),
            },
            Section {
                id: SectionId::Salary,
                facts: salary(a, b),
            },
            Section {
                id: SectionId::Education,
                facts: education(a, b),
            },
            Section {
                id: SectionId::Demographics,
                facts: demographics(a, b),
            },
        ]
        .into_iter()
        .map(|mut section| {
            even_out_percentages(&mut section.facts);
            section
        })
        .collect(),
        skills: skills(a, b),
        descriptions: [a.description.clone(), b.description.clone()],
        duties: [
            a.duties.clone().unwrap_or_default(),
            b.duties.clone().unwrap_or_default(),
        ],
        salary_ranges: [a, b].map(|p| p.salary.as_ref().and_then(|s| s.range)),
        codes: [a.code.clone(), b.code.clone()],
        major_groups: [a.major_group.clone(), b.major_group.clone()],
        sources: [a.sources.clone(), b.sources.clone()],
        skill_scales: [SkillScale::of(a), SkillScale::of(b)],
        top_states: [a, b].map(|p| {
            p.salary
                .iter()
                .flat_map(|s| s.by_state.iter().flatten())
                .take(10)
                .map(|pay| (pay.area().to_string(), pay.mean()))
                .collect()
        }),
        // States only: the metro areas are read when the chooser first lists them.
        states: [a, b].map(|p| {
            p.salary
                .iter()
                .flat_map(|s| s.by_state.iter().flatten())
                .map(|pay| pay.area().to_string())
                .collect()
        }),
        area: None,
        related: [a, b].map(|p| p.related.iter().flatten().map(|r| r.name.clone()).collect()),
    }
}

fn overview(a: &Profile, b: &Profile) -> Vec<Fact> {
    let (oa, ob) = (a.overview.as_ref(), b.overview.as_ref());
    let n = |f: fn(&crate::model::Overview) -> Option<f64>| (oa.and_then(f), ob.and_then(f));
    let fact = |id, unit, (x, y)| Fact::number(id, unit, x, y);
    let to_become = Fact::years_range(FactId::YearsToBecome, a.years_to_become, b.years_to_become);
    vec![
        fact(
            FactId::YearlySalary,
            Unit::Dollars,
            n(|o| o.yearly_salary.map(|v| v as f64)),
        ),
        fact(FactId::HourlyRate, Unit::DollarsCents, n(|o| o.hourly_rate)),
        fact(FactId::GrowthRate, Unit::Percent, n(|o| o.growth_rate_pct)),
        fact(
            FactId::NumberOfJobs,
            Unit::Count,
            n(|o| o.number_of_jobs.map(|v| v as f64)),
        ),
        fact(
            FactId::JobSatisfaction,
            Unit::Rating,
            n(|o| o.job_satisfaction),
        ),
        Fact::degree(
            FactId::MostCommonDegree,
            oa.and_then(|o| o.most_common_degree.as_ref()),
            ob.and_then(|o| o.most_common_degree.as_ref()),
        ),
        fact(
            FactId::AverageAge,
            Unit::Years,
            n(|o| o.average_age.map(f64::from)),
        ),
    ]
    .into_iter()
    .chain(median_age(a, b))
    .chain([
        fact(
            FactId::YearsOfExperience,
            Unit::Years,
            n(|o| o.years_of_experience),
        ),
        to_become,
    ])
    .collect()
}

/// CPS median age, a fact of its own: never compared with the pages' average age.
fn median_age(a: &Profile, b: &Profile) -> Option<Fact> {
    let m = |p: &Profile| p.demographics.as_ref().and_then(|d| d.median_age);
    Some(Fact::number(FactId::MedianAge, Unit::Years, m(a), m(b))).filter(Fact::known)
}

/// A place or industry with the annual mean paid there when the source has it:
/// `California ($186,770)`.
fn with_mean(name: Option<&String>, mean: Option<u64>) -> Option<String> {
    let name = name?;
    Some(match mean {
        Some(m) => format!("{name} ({})", format_value(Unit::Dollars, m as f64)),
        None => name.clone(),
    })
}

fn salary(a: &Profile, b: &Profile) -> Vec<Fact> {
    let (sa, sb) = (a.salary.as_ref(), b.salary.as_ref());
    let t = |id, f: fn(&crate::model::Salary) -> Option<&String>| {
        Fact::text(id, sa.and_then(f).cloned(), sb.and_then(f).cloned())
    };
    let range = |id, f: fn(&crate::model::Salary) -> Option<MoneyRange>| {
        Fact::range(id, sa.and_then(f), sb.and_then(f))
    };
    let range_fact = range(FactId::SalaryRange, |s| s.range);
    let middle = range(FactId::MiddleHalf, |s| s.quartiles);
    let dollars = |f: fn(&crate::model::Salary) -> Option<u64>| {
        (
            sa.and_then(f).map(|v| v as f64),
            sb.and_then(f).map(|v| v as f64),
        )
    };
    let (median_a, median_b) = dollars(|s| s.median);
    let place = |id,
                 name: fn(&crate::model::Salary) -> Option<&String>,
                 mean: fn(&crate::model::Salary) -> Option<u64>| {
        let side = |s: Option<&crate::model::Salary>| s.and_then(|s| with_mean(name(s), mean(s)));
        Fact::text(id, side(sa), side(sb))
    };
    let (average_a, average_b) = dollars(|s| s.average);
    vec![
        Fact::number(FactId::AverageSalary, Unit::Dollars, average_a, average_b),
        Fact::number(FactId::MedianSalary, Unit::Dollars, median_a, median_b),
        range_fact,
        middle,
        place(
            FactId::HighestPayingCity,
            |s| s.highest_paying_city.as_ref(),
            |s| s.highest_paying_city_mean,
        ),
        place(
            FactId::HighestPayingState,
            |s| s.highest_paying_state.as_ref(),
            |s| s.highest_paying_state_mean,
        ),
        t(FactId::BestPayingCompany, |s| {
            s.best_paying_company.as_ref()
        }),
        place(
            FactId::BestPayingIndustry,
            |s| s.best_paying_industry.as_ref(),
            |s| s.best_paying_industry_mean,
        ),
    ]
    .into_iter()
    .filter(|f| f.known() || !matches!(f.id, FactId::MedianSalary | FactId::MiddleHalf))
    .collect()
}

fn education(a: &Profile, b: &Profile) -> Vec<Fact> {
    let (ea, eb) = (a.education.as_ref(), b.education.as_ref());
    let t = |id, f: fn(&crate::model::Education) -> Option<&String>| {
        Fact::text(id, ea.and_then(f).cloned(), eb.and_then(f).cloned())
    };
    vec![
        Fact::degree(
            FactId::MostCommonDegree,
            ea.and_then(|e| e.most_common_degree.as_ref()),
            eb.and_then(|e| e.most_common_degree.as_ref()),
        ),
        t(FactId::MostCommonMajor, |e| e.most_common_major.as_ref()),
        t(FactId::MostCommonCollege, |e| {
            e.most_common_college.as_ref()
        }),
    ]
    .into_iter()
    .chain(
        [
            t(FactId::TypicalEntryEducation, |e| {
                e.typical_entry_education.as_ref()
            }),
            t(FactId::WorkExperience, |e| e.work_experience.as_ref()),
            t(FactId::OnTheJobTraining, |e| e.on_the_job_training.as_ref()),
            Fact::text(
                FactId::RelatedExperience,
                ea.and_then(|e| e.related_experience.as_ref())
                    .map(share_text),
                eb.and_then(|e| e.related_experience.as_ref())
                    .map(share_text),
            ),
        ]
        .into_iter()
        // Only the official sources have these: a pair of page jobs is shown as before.
        .filter(Fact::known),
    )
    .collect()
}

/// `Over 1 year, up to and including 2 years (34.47%)`.
fn share_text(s: &Share) -> String {
    format!("{} ({})", s.label, format_value(Unit::Percent, s.pct))
}

fn demographics(a: &Profile, b: &Profile) -> Vec<Fact> {
    let (da, db) = (a.demographics.as_ref(), b.demographics.as_ref());
    let mut facts = vec![Fact::number(
        FactId::AverageAge,
        Unit::Years,
        da.and_then(|d| d.average_age).map(f64::from),
        db.and_then(|d| d.average_age).map(f64::from),
    )];
    facts.extend(median_age(a, b));
    let ratio =
        |kind: FactId, x: Option<&Vec<Share>>, y: Option<&Vec<Share>>, out: &mut Vec<Fact>| {
            let mut labels: Vec<&str> = Vec::new();
            for s in x.into_iter().chain(y).flatten() {
                if !labels.contains(&s.label.as_str()) {
                    labels.push(&s.label);
                }
            }
            let pct = |list: Option<&Vec<Share>>, label: &str| {
                list.and_then(|l| l.iter().find(|s| s.label == label))
                    .map(|s| s.pct)
            };
            for label in labels {
                let mut share = Fact::number(kind, Unit::Percent, pct(x, label), pct(y, label));
                share.label = format!("{}: {label}", kind.label());
                share.group = Some(label.to_string());
                out.push(share);
            }
        };
    ratio(
        FactId::Gender,
        da.and_then(|d| d.gender.as_ref()),
        db.and_then(|d| d.gender.as_ref()),
        &mut facts,
    );
    ratio(
        FactId::Race,
        da.and_then(|d| d.race.as_ref()),
        db.and_then(|d| d.race.as_ref()),
        &mut facts,
    );
    facts.push(Fact::number(
        FactId::Lgbt,
        Unit::Percent,
        da.and_then(|d| d.lgbt_pct),
        db.and_then(|d| d.lgbt_pct),
    ));
    facts
}

fn skills(a: &Profile, b: &Profile) -> Skills {
    let list = |p: &Profile| p.skills.clone().unwrap_or_default();
    let (la, lb) = (list(a), list(b));
    let is_top = |p: &Profile, name: &str| {
        p.top_skills
            .iter()
            .flatten()
            .any(|t| t.eq_ignore_ascii_case(name))
    };
    let find = |l: &[crate::model::Skill], name: &str| {
        l.iter()
            .find(|s| s.name.eq_ignore_ascii_case(name))
            .map(|s| s.pct)
    };
    let mut rows: Vec<SkillRow> = Vec::new();
    for s in la.iter().chain(lb.iter()) {
        if rows.iter().any(|r| r.name.eq_ignore_ascii_case(&s.name)) {
            continue;
        }
        rows.push(SkillRow {
            name: s.name.clone(),
            a_pct: find(&la, &s.name),
            b_pct: find(&lb, &s.name),
            a_top: is_top(a, &s.name),
            b_top: is_top(b, &s.name),
        });
    }
    let names = |f: fn(&SkillRow) -> bool| {
        rows.iter()
            .filter(|r| f(r))
            .map(|r| r.name.clone())
            .collect()
    };
    Skills {
        shared: names(|r| r.shared()),
        only_a: names(|r| r.a_pct.is_some() && r.b_pct.is_none()),
        only_b: names(|r| r.b_pct.is_some() && r.a_pct.is_none()),
        rows,
    }
}

/// `1234567` → `1,234,567`.
pub fn thousands(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A number as the page would write it.
pub fn format_value(unit: Unit, v: f64) -> String {
    let sign = if v < 0.0 { "-" } else { "" };
    let abs = v.abs();
    match unit {
        Unit::Dollars => format!("{sign}${}", thousands(abs.round() as u64)),
        Unit::DollarsCents => format!("{sign}${abs:.2}"),
        Unit::Percent => format!("{sign}{}%", trim_number(abs)),
        Unit::Count => format!("{sign}{}", thousands(abs.round() as u64)),
        Unit::Rating => format!("{sign}{}/{SATISFACTION_SCALE}", trim_number(abs)),
        Unit::Text => format!("{sign}{}", trim_number(abs)),
        Unit::Years => {
            let n = trim_number(abs);
            let word = if abs == 1.0 { "year" } else { "years" };
            format!("{sign}{n} {word}")
        }
    }
}

/// `4.0` → `4`, `4.14` → `4.14`, `0.5` → `0.5`.
fn trim_number(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// B − A in the unit, with the change relative to A for amounts.
fn difference(unit: Unit, a: f64, b: f64) -> String {
    let d = b - a;
    if d == 0.0 {
        return SAME.to_string();
    }
    let sign = if d > 0.0 { "+" } else { "-" };
    let relative = match unit {
        Unit::Dollars | Unit::DollarsCents | Unit::Count if a != 0.0 => {
            Some(format!(" ({sign}{:.1}%)", (d.abs() / a.abs()) * 100.0))
        }
        _ => None,
    };
    match unit {
        // A difference of percentages is in points, not percent.
        Unit::Percent => points(d, decimals(&[a, b])),
        // A difference of ratings is in steps of the scale: `+1`, not `+1/5`.
        Unit::Rating => format!("{sign}{}", trim_number(d.abs())),
        _ => format!(
            "{sign}{}{}",
            format_value(unit, d.abs()),
            relative.unwrap_or_default()
        ),
    }
}

/// How many decimals (up to 2) the most precise of `values` needs: 1 for 10.4, 0 for 10.
fn decimals(values: &[f64]) -> usize {
    values
        .iter()
        .map(|v| {
            let s = trim_number(v.abs());
            s.find('.').map_or(0, |dot| s.len() - dot - 1)
        })
        .max()
        .unwrap_or(0)
}

/// A percentage with a fixed number of decimals: `3.0%` beside `10.4%`.
fn percent(v: f64, decimals: usize) -> String {
    format!("{v:.decimals$}%")
}

/// A difference of percentages in points: `+21.0 pts`, `-1 pt`.
fn points(d: f64, decimals: usize) -> String {
    let sign = if d > 0.0 { "+" } else { "-" };
    let n = format!("{:.decimals$}", d.abs());
    let word = if n == "1" { "pt" } else { "pts" };
    format!("{sign}{n} {word}")
}

/// Writes the percentages of each kind of fact (every race share, say) with one number of
/// decimals, the most any of them needs, so `3.0%` stands beside `10.4%` and `+21.0 pts` beside
/// `-7.6 pts`, as the pages write them.
fn even_out_percentages(facts: &mut [Fact]) {
    let mut ids: Vec<FactId> = facts
        .iter()
        .filter(|f| f.unit == Unit::Percent)
        .map(|f| f.id)
        .collect();
    ids.dedup();
    for id in ids {
        let values: Vec<f64> = facts
            .iter()
            .filter(|f| f.id == id)
            .flat_map(|f| [f.a_value, f.b_value])
            .flatten()
            .collect();
        let n = decimals(&values);
        for f in facts.iter_mut().filter(|f| f.id == id) {
            for side in [Side::A, Side::B] {
                let Some(v) = f.amount(side) else { continue };
                let shown = match &f.texts[side.index()] {
                    Some(text) => format!("{text} ({})", percent(v, n)),
                    None => percent(v, n),
                };
                match side {
                    Side::A => f.a = shown,
                    Side::B => f.b = shown,
                }
            }
            if let (Some(a), Some(b)) = (f.a_value, f.b_value)
                && a != b
            {
                f.difference = Some(points(b - a, n));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Overview, Skill};

    fn job(name: &str, salary: Option<u64>, skills: &[(&str, f64)], top: &[&str]) -> Profile {
        Profile {
            name: name.into(),
            overview: Some(Overview {
                yearly_salary: salary,
                ..Overview::default()
            }),
            skills: Some(
                skills
                    .iter()
                    .map(|(n, p)| Skill {
                        name: n.to_string(),
                        pct: *p,
                    })
                    .collect(),
            ),
            top_skills: Some(top.iter().map(|s| s.to_string()).collect()),
            ..Profile::default()
        }
    }

    #[test]
    fn salary_difference_reads_like_money() {
        let c = compare(
            &job("Lead Technician", Some(90_615), &[], &[]),
            &job("Technical Manager", Some(116_619), &[], &[]),
        );
        let f = &c.sections[0].facts[0];
        assert_eq!((f.a.as_str(), f.b.as_str()), ("$90,615", "$116,619"));
        assert_eq!(f.difference.as_deref(), Some("+$26,004 (+28.7%)"));
        assert_eq!(f.higher, Some(Side::B));
    }

    #[test]
    fn unknown_is_na_never_zero() {
        let c = compare(&job("A", None, &[], &[]), &job("B", Some(5), &[], &[]));
        let f = &c.sections[0].facts[0];
        assert_eq!(f.a, UNKNOWN);
        assert_eq!(f.difference, None);
        assert_eq!(f.higher, None);
    }

    #[test]
    fn skills_shared_and_unique() {
        let c = compare(
            &job("A", None, &[("Java", 10.0), ("Scrum", 4.0)], &["java"]),
            &job("B", None, &[("scrum", 7.0), ("Cloud", 6.0)], &["cloud"]),
        );
        assert_eq!(c.skills.shared, vec!["Scrum"]);
        assert_eq!(c.skills.only_a, vec!["Java"]);
        assert_eq!(c.skills.only_b, vec!["Cloud"]);
        assert!(c.skills.rows[0].a_top);
        assert_eq!(c.skills.rows[1].b_pct, Some(7.0));
        assert!(c.skills.rows[2].b_top);
    }

    #[test]
    fn article() {
        assert_eq!(super::article("Information Technology"), "an");
        assert_eq!(super::article("Lead Technician"), "a");
        assert_eq!(super::article(""), "a");
    }

    #[test]
    fn description_titles_take_the_right_article() {
        let c = compare(
            &job("Lead Technician", None, &[], &[]),
            &job("Editor", None, &[], &[]),
        );
        assert_eq!(
            c.description_title(Side::A),
            "What does a Lead Technician do?"
        );
        assert_eq!(c.description_title(Side::B), "What does an Editor do?");
    }

    #[test]
    fn facts_are_found_by_id() {
        let c = compare(&job("A", Some(1), &[], &[]), &job("B", Some(2), &[], &[]));
        let f = c.fact(SectionId::Overview, FactId::YearlySalary);
        assert_eq!(f.map(|f| f.marked(Side::B)), Some("$2 ▲".to_string()));
        assert_eq!(f.map(Fact::difference_text), Some("+$1 (+100.0%)"));
        assert_eq!(c.facts(SectionId::Salary).len(), 6);
    }

    #[test]
    fn shares_and_degrees_keep_their_parts() {
        use crate::model::Demographics;
        let mut a = job("A", None, &[], &[]);
        a.demographics = Some(Demographics {
            gender: Some(vec![Share {
                label: "Male".into(),
                pct: 60.0,
            }]),
            ..Demographics::default()
        });
        a.overview = Some(Overview {
            most_common_degree: Some(Degree {
                degree: "Associate Degree (AA)".into(),
                pct: 40.0,
            }),
            ..Overview::default()
        });
        let c = compare(&a, &job("B", None, &[], &[]));
        let gender = c.fact(SectionId::Demographics, FactId::Gender);
        assert_eq!(
            gender.map(|f| (f.label.as_str(), f.group())),
            Some(("Gender: Male", "Male"))
        );
        let degree = c.fact(SectionId::Overview, FactId::MostCommonDegree);
        assert_eq!(
            degree.map(|f| (f.value(Side::A), f.text_part(Side::A), f.text_part(Side::B))),
            Some((
                "Associate Degree (AA) (40%)",
                "Associate Degree (AA)",
                UNKNOWN
            ))
        );
    }

    #[test]
    fn formats() {
        assert_eq!(thousands(1_016_123), "1,016,123");
        assert_eq!(thousands(950), "950");
        assert_eq!(difference(Unit::Percent, 10.0, 16.0), "+6 pts");
        assert_eq!(
            difference(Unit::Count, 250_590.0, 209_820.0),
            "-40,770 (-16.3%)"
        );
        assert_eq!(difference(Unit::Years, 2.0, 10.0), "+8 years");
        assert_eq!(
            difference(Unit::DollarsCents, 43.56, 52.02),
            "+$8.46 (+19.4%)"
        );
        assert_eq!(format_value(Unit::Years, 1.0), "1 year");
        assert_eq!(format_value(Unit::Rating, 4.14), "4.14/5");
        assert_eq!(difference(Unit::Rating, 1.0, 3.0), "+2");
        assert_eq!(difference(Unit::Percent, 10.0, 11.0), "+1 pt");
        assert_eq!(difference(Unit::Percent, 10.4, 3.0), "-7.4 pts");
    }
}
