//! Job profiles and the dataset that holds them (the JSON format docs/FORMAT.md describes),
//! shared by the app (`careerscope::model`) and the builder.

use serde::{Deserialize, Serialize};

pub mod asset;
pub mod words;

/// The credits of the built-in real occupations, as the explorer's help and the README give
/// them. The O*NET notice is the one its CC BY 4.0 licence asks for.
pub const ATTRIBUTION: [&str; 3] = [
    "Real occupations: wages from BLS Occupational Employment and Wage Statistics, May 2025; \
     growth and entry education from BLS Employment Projections 2024-34; demographics from the \
     BLS Current Population Survey 2022 (table 11) and 2025 (table 11b), joined through the \
     Census Bureau's 2018 occupation code list. US public domain.",
    "This product includes information from the O*NET 29.3 Database by the U.S. Department of \
     Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 \
     license. USDOL/ETA has not approved, endorsed, or tested these modifications. Skill \
     ratings missing from 29.3 come from O*NET 30, under the same licence.",
    "Page jobs: the career-comparison pages they were imported from. Each tab names the \
     source and period of what it shows.",
];

/// The dataset format this build reads and writes.
pub const SCHEMA: u32 = 1;

/// One job as the pages describe it. Every value belongs to the job, not to a pair,
/// so profiles from different pages can be merged and compared freely.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Profile {
    pub name: String,
    /// SOC 2018 code of a real occupation (`15-1252`); page jobs have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// SOC major group of a real occupation ("Computer and Mathematical Occupations").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub major_group: Option<String>,
    #[serde(default)]
    pub years_to_become: Option<YearsRange>,
    #[serde(default)]
    pub top_skills: Option<Vec<String>>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub overview: Option<Overview>,
    #[serde(default)]
    pub salary: Option<Salary>,
    #[serde(default)]
    pub education: Option<Education>,
    #[serde(default)]
    pub demographics: Option<Demographics>,
    #[serde(default)]
    pub duties: Option<Vec<String>>,
    #[serde(default)]
    pub skills: Option<Vec<Skill>>,
    /// O*NET knowledge importance of a real occupation, on the skills' 0–100 scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knowledge: Option<Vec<Skill>>,
    /// O*NET occupational interests (RIASEC) of a real occupation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests: Option<Interests>,
    /// Other titles a real occupation goes by (O*NET alternate titles), to find it by any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_titles: Option<Vec<String>>,
    /// Titles job holders report for a real occupation (O*NET Sample of Reported Titles), the
    /// ones My Next Move shows first: what people call the job, for ranking search results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_titles: Option<Vec<String>>,
    /// Everyday, slang and older names of a real occupation that O*NET's titles lack
    /// ("shrink", "fireman"), from careerscope's own list (data/everyday-names.tsv), to find it
    /// by what people call it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub everyday_names: Option<Vec<String>>,
    /// O*NET's primary related occupations of a real occupation, most related first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related: Option<Vec<RelatedJob>>,
    /// Where each section came from: the official source and period for real occupations,
    /// the page for page jobs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Sources>,
}

/// A related occupation, by SOC code and OEWS name.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RelatedJob {
    pub code: String,
    pub name: String,
}

/// The source of each section of a profile, as the explorer shows it under the section.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Sources {
    #[serde(default)]
    pub overview: Option<String>,
    #[serde(default)]
    pub salary: Option<String>,
    #[serde(default)]
    pub education: Option<String>,
    #[serde(default)]
    pub demographics: Option<String>,
    #[serde(default)]
    pub duties: Option<String>,
    #[serde(default)]
    pub skills: Option<String>,
    /// Where a real occupation's interests come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests: Option<String>,
}

/// What a source line speaks of: the four fact sections, duties and skills.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Topic {
    Overview,
    Salary,
    Education,
    Demographics,
    Duties,
    Skills,
}

impl Sources {
    /// The source of `topic`.
    pub fn get(&self, topic: Topic) -> Option<&str> {
        match topic {
            Topic::Overview => self.overview.as_deref(),
            Topic::Salary => self.salary.as_deref(),
            Topic::Education => self.education.as_deref(),
            Topic::Demographics => self.demographics.as_deref(),
            Topic::Duties => self.duties.as_deref(),
            Topic::Skills => self.skills.as_deref(),
        }
    }

    /// Every section from the same place (a page).
    pub fn all(from: &str) -> Sources {
        let s = Some(from.to_string());
        Sources {
            overview: s.clone(),
            salary: s.clone(),
            education: s.clone(),
            demographics: s.clone(),
            duties: s.clone(),
            skills: s,
            interests: None,
        }
    }

    fn strings_mut(&mut self) -> [&mut Option<String>; 7] {
        [
            &mut self.overview,
            &mut self.salary,
            &mut self.education,
            &mut self.demographics,
            &mut self.duties,
            &mut self.skills,
            &mut self.interests,
        ]
    }
}

impl Profile {
    /// A real occupation from the official sources (it has a SOC code), not a page job.
    pub fn is_occupation(&self) -> bool {
        self.code.is_some()
    }

    /// Calls `f` on every string the profile holds.
    pub fn for_each_string_mut(&mut self, mut f: impl FnMut(&mut String)) {
        f(&mut self.name);
        self.code.iter_mut().for_each(&mut f);
        self.major_group.iter_mut().for_each(&mut f);
        self.alternate_titles.iter_mut().flatten().for_each(&mut f);
        self.reported_titles.iter_mut().flatten().for_each(&mut f);
        self.everyday_names.iter_mut().flatten().for_each(&mut f);
        for r in self.related.iter_mut().flatten() {
            f(&mut r.code);
            f(&mut r.name);
        }
        if let Some(sources) = &mut self.sources {
            for s in sources.strings_mut() {
                s.iter_mut().for_each(&mut f);
            }
        }
        self.top_skills.iter_mut().flatten().for_each(&mut f);
        self.description.iter_mut().for_each(&mut f);
        self.duties.iter_mut().flatten().for_each(&mut f);
        for s in self
            .skills
            .iter_mut()
            .chain(self.knowledge.iter_mut())
            .flatten()
        {
            f(&mut s.name);
        }
        self.interests.iter_mut().for_each(|i| f(&mut i.code));
        if let Some(o) = &mut self.overview {
            o.most_common_degree
                .iter_mut()
                .for_each(|d| f(&mut d.degree));
        }
        if let Some(s) = &mut self.salary {
            for t in [
                &mut s.highest_paying_city,
                &mut s.highest_paying_state,
                &mut s.best_paying_company,
                &mut s.best_paying_industry,
            ] {
                t.iter_mut().for_each(&mut f);
            }
        }
        if let Some(s) = &mut self.salary {
            for pay in s.by_state.iter_mut().flatten() {
                f(&mut pay.0);
            }
        }
        if let Some(e) = &mut self.education {
            e.most_common_degree
                .iter_mut()
                .for_each(|d| f(&mut d.degree));
            e.most_common_major.iter_mut().for_each(&mut f);
            e.most_common_college.iter_mut().for_each(&mut f);
            for t in [
                &mut e.typical_entry_education,
                &mut e.work_experience,
                &mut e.on_the_job_training,
            ] {
                t.iter_mut().for_each(&mut f);
            }
            e.related_experience
                .iter_mut()
                .for_each(|x| f(&mut x.label));
        }
        if let Some(d) = &mut self.demographics {
            for s in d.gender.iter_mut().chain(d.race.iter_mut()).flatten() {
                f(&mut s.label);
            }
        }
    }
}

/// The unit of a narrative's "takes 1-2 years".
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum TimeUnit {
    Years,
    Months,
}

impl TimeUnit {
    /// The unit as the page writes it: `years`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeUnit::Years => "years",
            TimeUnit::Months => "months",
        }
    }
}

/// "It typically takes 1-2 years to become ...", kept in the narrative's own unit; for a real
/// occupation an estimate from the BLS Employment Projections categories.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearsRange {
    pub min: u32,
    pub max: u32,
    pub unit: TimeUnit,
    /// An estimate (real occupations), not a page's own words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimate: bool,
    /// What an estimate is made of: `"Bachelor's degree + none + none"` (entry education, work
    /// experience, on-the-job training).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Basis::lenient"
    )]
    pub basis: Option<Basis>,
}

/// The three BLS Employment Projections categories an estimate of the years to become one is
/// made of. Their labels are a closed list, so the basis is a small `Copy` value written as
/// `"Bachelor's degree + none + none"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Basis {
    pub education: &'static str,
    pub experience: &'static str,
    pub training: &'static str,
}

impl Basis {
    /// Typical education needed for entry.
    pub const EDUCATION: [&'static str; 8] = [
        "No formal educational credential",
        "High school diploma or equivalent",
        "Some college, no degree",
        "Postsecondary nondegree award",
        "Associate's degree",
        "Bachelor's degree",
        "Master's degree",
        "Doctoral or professional degree",
    ];
    /// Work experience in a related occupation, as the basis writes it.
    pub const EXPERIENCE: [&'static str; 3] = ["none", "less than 5 years", "5 years or more"];
    /// Typical on-the-job training, as the basis writes it.
    pub const TRAINING: [&'static str; 6] = [
        "none",
        "short-term on-the-job training",
        "moderate-term on-the-job training",
        "long-term on-the-job training",
        "apprenticeship",
        "internship/residency",
    ];

    /// Reads `"Bachelor's degree + none + none"`; `None` unless every part is a known label.
    pub fn parse(text: &str) -> Option<Basis> {
        let mut parts = text.split(" + ");
        let pick = |list: &[&'static str], part: Option<&str>| {
            let part = part?.trim();
            list.iter().find(|l| l.eq_ignore_ascii_case(part)).copied()
        };
        let basis = Basis {
            education: pick(&Self::EDUCATION, parts.next())?,
            experience: pick(&Self::EXPERIENCE, parts.next())?,
            training: pick(&Self::TRAINING, parts.next())?,
        };
        parts.next().is_none().then_some(basis)
    }

    /// A basis that is not one of the known labels is left out rather than failing the file.
    fn lenient<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Basis>, D::Error> {
        Ok(Option::<String>::deserialize(d)?.and_then(|t| Basis::parse(&t)))
    }
}

impl std::fmt::Display for Basis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} + {} + {}",
            self.education, self.experience, self.training
        )
    }
}

impl Serialize for Basis {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// O*NET occupational interests: the six RIASEC scores (1–7) and the high-point code.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Interests {
    /// The high-point code, strongest first: `"SIC"`.
    pub code: String,
    pub scores: Riasec,
    /// No O*NET occupation under the SOC code is rated: the mean of its SOC broad group's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimate: bool,
}

impl Riasec {
    /// The score of the interest with this letter (`S`: social); 0 for another letter.
    pub fn get(&self, letter: char) -> f64 {
        match letter {
            'R' => self.realistic,
            'I' => self.investigative,
            'A' => self.artistic,
            'S' => self.social,
            'E' => self.enterprising,
            'C' => self.conventional,
            _ => 0.0,
        }
    }
}

/// The six occupational interest scores on O*NET's 1–7 scale.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Default)]
pub struct Riasec {
    #[serde(with = "num::plain")]
    pub realistic: f64,
    #[serde(with = "num::plain")]
    pub investigative: f64,
    #[serde(with = "num::plain")]
    pub artistic: f64,
    #[serde(with = "num::plain")]
    pub social: f64,
    #[serde(with = "num::plain")]
    pub enterprising: f64,
    #[serde(with = "num::plain")]
    pub conventional: f64,
}

impl Riasec {
    /// The scores with their names, in RIASEC order.
    pub fn named(&self) -> [(&'static str, f64); 6] {
        [
            ("Realistic", self.realistic),
            ("Investigative", self.investigative),
            ("Artistic", self.artistic),
            ("Social", self.social),
            ("Enterprising", self.enterprising),
            ("Conventional", self.conventional),
        ]
    }
}

impl YearsRange {
    /// The lower bound in years.
    pub fn min_in_years(&self) -> f64 {
        match self.unit {
            TimeUnit::Years => f64::from(self.min),
            TimeUnit::Months => f64::from(self.min) / 12.0,
        }
    }

    /// The upper bound in years, which is what the overview's "Years of experience" row holds.
    pub fn max_in_years(&self) -> f64 {
        match self.unit {
            TimeUnit::Years => f64::from(self.max),
            TimeUnit::Months => f64::from(self.max) / 12.0,
        }
    }
}

/// The overview table's values of one job.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Overview {
    #[serde(default)]
    pub yearly_salary: Option<u64>,
    #[serde(default, with = "num::opt")]
    pub hourly_rate: Option<f64>,
    #[serde(default, with = "num::opt")]
    pub growth_rate_pct: Option<f64>,
    /// Openings a year, 2024–34 annual average (BLS Employment Projections; real occupations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openings_per_year: Option<u64>,
    #[serde(default)]
    pub number_of_jobs: Option<u64>,
    #[serde(default, with = "num::opt")]
    pub job_satisfaction: Option<f64>,
    #[serde(default)]
    pub most_common_degree: Option<Degree>,
    #[serde(default)]
    pub average_age: Option<u32>,
    #[serde(default, with = "num::opt")]
    pub years_of_experience: Option<f64>,
}

/// A degree and the share of workers holding it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Degree {
    pub degree: String,
    #[serde(with = "num::plain")]
    pub pct: f64,
}

/// A salary range in whole dollars.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct MoneyRange {
    pub min: u64,
    pub max: u64,
}

/// The salary table's values of one job.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Salary {
    #[serde(default)]
    pub average: Option<u64>,
    /// The pages' range; for real occupations the 10th to 90th percentile.
    #[serde(default)]
    pub range: Option<MoneyRange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median: Option<u64>,
    /// 25th to 75th percentile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quartiles: Option<MoneyRange>,
    #[serde(default)]
    pub highest_paying_city: Option<String>,
    /// The annual mean wage there (real occupations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highest_paying_city_mean: Option<u64>,
    #[serde(default)]
    pub highest_paying_state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highest_paying_state_mean: Option<u64>,
    #[serde(default)]
    pub best_paying_company: Option<String>,
    #[serde(default)]
    pub best_paying_industry: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_paying_industry_mean: Option<u64>,
    /// Annual pay in each state, DC and territory (real occupations), highest mean first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_state: Option<Vec<AreaPay>>,
}

/// An occupation's annual pay in one area, as OEWS publishes it:
/// `["Texas", mean, median, 10th percentile, 90th percentile]` (`null` where suppressed).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AreaPay(
    pub String,
    pub u64,
    pub Option<u64>,
    pub Option<u64>,
    pub Option<u64>,
);

impl AreaPay {
    /// The area's name: `Texas`.
    pub fn area(&self) -> &str {
        &self.0
    }

    /// The annual mean wage there.
    pub fn mean(&self) -> u64 {
        self.1
    }

    /// The annual median wage there.
    pub fn median(&self) -> Option<u64> {
        self.2
    }

    /// The 10th to 90th percentile of annual wages there.
    pub fn range(&self) -> Option<MoneyRange> {
        Some(MoneyRange {
            min: self.3?,
            max: self.4?,
        })
    }
}

/// The education table's values of one job.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Education {
    #[serde(default)]
    pub most_common_degree: Option<Degree>,
    #[serde(default)]
    pub most_common_major: Option<String>,
    #[serde(default)]
    pub most_common_college: Option<String>,
    /// BLS Employment Projections' typical education needed for entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typical_entry_education: Option<String>,
    /// BLS Employment Projections' work experience in a related occupation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_experience: Option<String>,
    /// BLS Employment Projections' typical on-the-job training.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_the_job_training: Option<String>,
    /// O*NET's most chosen Related Work Experience category and its share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_experience: Option<Share>,
}

/// A labelled share of a whole, such as `Male, 83.4%`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Share {
    pub label: String,
    #[serde(with = "num::plain")]
    pub pct: f64,
}

/// The demographics table's values of one job.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Demographics {
    #[serde(default)]
    pub average_age: Option<u32>,
    /// CPS median age (real occupations): a median, never shown as an average.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "num::opt")]
    pub median_age: Option<f64>,
    #[serde(default)]
    pub gender: Option<Vec<Share>>,
    #[serde(default)]
    pub race: Option<Vec<Share>>,
    #[serde(default, with = "num::opt")]
    pub lgbt_pct: Option<f64>,
}

/// A skill and the share of resumes that list it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Skill {
    pub name: String,
    #[serde(with = "num::plain")]
    pub pct: f64,
}

/// What `careerscope parse` prints for one page.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Page {
    pub title: Option<String>,
    pub category: Option<String>,
    pub jobs: Vec<Profile>,
    pub warnings: Vec<String>,
    /// The file the page was read from, as the import was given it (not part of `parse`'s
    /// JSON): stored with the page's record by `import`.
    #[serde(skip)]
    pub file: Option<String>,
    /// When the page was imported (RFC 3339, UTC), stored with the page's record.
    #[serde(skip)]
    pub imported_at: Option<String>,
}

/// A page the dataset was built from: which pair it showed.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct PageRef {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    pub jobs: Vec<String>,
    /// The file the page was imported from; absent in libraries written before it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// When it was imported (RFC 3339, UTC); absent in older libraries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_at: Option<String>,
}

/// A dataset file: its schema, every job's profile and the pages they came from.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Dataset {
    pub schema: u32,
    pub jobs: Vec<Profile>,
    #[serde(default)]
    pub pages: Vec<PageRef>,
}

impl Default for Dataset {
    fn default() -> Self {
        Dataset {
            schema: SCHEMA,
            jobs: Vec::new(),
            pages: Vec::new(),
        }
    }
}

/// Whether `s` is written as a SOC 2018 code, `15-1252`: two digits, a dash, four digits.
pub fn is_soc(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

/// A job's identity is its name compared case-insensitively.
pub fn same_name(a: &str, b: &str) -> bool {
    // Most names are ASCII: their lengths differ, or one comparison settles it.
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Numbers that are whole print as integers (`50`, not `50.0`), so the JSON reads like the page.
pub mod num {
    fn write<S: serde::Serializer>(v: f64, s: S) -> Result<S::Ok, S::Error> {
        if v.fract() == 0.0 && v.abs() < 9.0e15 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }

    /// A number written without a trailing `.0` when it is whole.
    pub mod plain {
        use serde::{Deserialize, Deserializer, Serializer};
        /// Writes `v`, whole numbers without `.0`.
        ///
        /// # Errors
        /// The serializer's own.
        pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
            super::write(*v, s)
        }
        /// Reads a number.
        ///
        /// # Errors
        /// When the value is not a number.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
            f64::deserialize(d)
        }
    }

    /// An optional number written as [`plain`] does.
    pub mod opt {
        use serde::{Deserialize, Deserializer, Serializer};
        /// Writes `v` (`null` when absent), whole numbers without `.0`.
        ///
        /// # Errors
        /// The serializer's own.
        pub fn serialize<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
            match v {
                Some(v) => super::write(*v, s),
                None => s.serialize_none(),
            }
        }
        /// Reads a number or `null`.
        ///
        /// # Errors
        /// When the value is not a number.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
            Option::<f64>::deserialize(d)
        }
    }
}
