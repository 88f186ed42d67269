//! One profile as the compact asset stores it: every string an index into the asset's table of
//! strings (a duty, a skill or a source line is stored once for all 830 occupations), numbers as
//! numbers. The name, code, titles and everyday names live in blocks of their own, not here.
//!
//! `to_record` takes a `Profile` apart field by field and `to_profile` builds one with every
//! field named, so a field added to `Profile` fails to compile here until the asset carries it.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::{
    Basis, Degree, Demographics, Education, Interests, MoneyRange, Overview, Profile, RelatedJob,
    Riasec, Salary, Share, Skill, Sources, TimeUnit, YearsRange,
};

use super::AssetError;
use super::pay::PayRows;

/// An index into the table of strings.
type Id = u32;

/// A number as hundredths when that gives it back exactly (`89.5` is 8950: two or three bytes
/// instead of eight), else the number itself.
#[derive(Serialize, Deserialize, Clone, Copy)]
pub(super) enum Num {
    Hundredths(i64),
    Exact(f64),
}

impl Num {
    fn of(v: f64) -> Num {
        let n = (v * 100.0).round();
        if n.abs() < 1e15 && n / 100.0 == v && (v != 0.0 || v.is_sign_positive()) {
            Num::Hundredths(n as i64)
        } else {
            Num::Exact(v)
        }
    }

    fn get(self) -> f64 {
        match self {
            Num::Hundredths(n) => n as f64 / 100.0,
            Num::Exact(v) => v,
        }
    }
}

/// The strings of an asset, each stored once, in the order first met.
#[derive(Default)]
pub(super) struct Interner {
    ids: HashMap<String, Id>,
    pub(super) list: Vec<String>,
}

impl Interner {
    pub(super) fn id(&mut self, s: &str) -> Id {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.list.len() as Id;
        self.list.push(s.to_string());
        self.ids.insert(s.to_string(), id);
        id
    }

    fn opt(&mut self, s: &Option<String>) -> Option<Id> {
        s.as_deref().map(|s| self.id(s))
    }

    fn list(&mut self, l: &Option<Vec<String>>) -> Option<Vec<Id>> {
        l.as_ref().map(|l| l.iter().map(|s| self.id(s)).collect())
    }

    fn shares(&mut self, l: &Option<Vec<Share>>) -> Option<Vec<(Id, Num)>> {
        l.as_ref().map(|l| {
            l.iter()
                .map(|s| (self.id(&s.label), Num::of(s.pct)))
                .collect()
        })
    }

    fn skills(&mut self, l: &Option<Vec<Skill>>) -> Option<Vec<(Id, Num)>> {
        l.as_ref().map(|l| {
            l.iter()
                .map(|s| (self.id(&s.name), Num::of(s.pct)))
                .collect()
        })
    }

    fn degree(&mut self, d: &Option<Degree>) -> Option<(Id, Num)> {
        d.as_ref().map(|d| (self.id(&d.degree), Num::of(d.pct)))
    }
}

/// The decoded table of strings: one text, and where each string ends in it.
pub(super) struct Strings {
    text: String,
    ends: Vec<u32>,
}

impl Strings {
    pub(super) fn new(text: String, ends: Vec<u32>) -> Result<Strings, AssetError> {
        let ordered = ends.windows(2).all(|w| w[0] <= w[1]);
        let fits = ends.last().is_none_or(|&e| e as usize <= text.len());
        let on_chars = ends.iter().all(|&e| text.is_char_boundary(e as usize));
        if !(ordered && fits && on_chars) {
            return Err(AssetError::new("the table of strings is broken"));
        }
        Ok(Strings { text, ends })
    }

    fn get(&self, id: Id) -> Result<String, AssetError> {
        let i = id as usize;
        let end = *self
            .ends
            .get(i)
            .ok_or_else(|| AssetError::new(format!("string {id} is not in the table")))?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Ok(self.text[start as usize..end as usize].to_string())
    }

    fn opt(&self, id: Option<Id>) -> Result<Option<String>, AssetError> {
        id.map(|id| self.get(id)).transpose()
    }

    fn list(&self, ids: Option<Vec<Id>>) -> Result<Option<Vec<String>>, AssetError> {
        ids.map(|l| l.into_iter().map(|id| self.get(id)).collect())
            .transpose()
    }

    fn shares(&self, l: Option<Vec<(Id, Num)>>) -> Result<Option<Vec<Share>>, AssetError> {
        l.map(|l| {
            l.into_iter()
                .map(|(id, pct)| {
                    Ok(Share {
                        label: self.get(id)?,
                        pct: pct.get(),
                    })
                })
                .collect()
        })
        .transpose()
    }

    fn skills(&self, l: Option<Vec<(Id, Num)>>) -> Result<Option<Vec<Skill>>, AssetError> {
        l.map(|l| {
            l.into_iter()
                .map(|(id, pct)| {
                    Ok(Skill {
                        name: self.get(id)?,
                        pct: pct.get(),
                    })
                })
                .collect()
        })
        .transpose()
    }

    fn degree(&self, d: Option<(Id, Num)>) -> Result<Option<Degree>, AssetError> {
        d.map(|(id, pct)| {
            Ok(Degree {
                degree: self.get(id)?,
                pct: pct.get(),
            })
        })
        .transpose()
    }
}

/// A profile without its name, code and titles (those are in blocks of their own).
#[derive(Serialize, Deserialize)]
pub(super) struct Record {
    major_group: Option<Id>,
    years_to_become: Option<YearsRecord>,
    top_skills: Option<Vec<Id>>,
    description: Option<Id>,
    overview: Option<OverviewRecord>,
    salary: Option<SalaryRecord>,
    education: Option<EducationRecord>,
    demographics: Option<DemographicsRecord>,
    duties: Option<Vec<Id>>,
    skills: Option<Vec<(Id, Num)>>,
    knowledge: Option<Vec<(Id, Num)>>,
    interests: Option<(Id, [Num; 6], bool)>,
    /// Whether the profile has a list of alternate titles (which the index holds), even empty.
    has_titles: bool,
    /// Whether the profile has a list of reported titles (which the index holds).
    has_reported: bool,
    /// Whether the profile has a list of everyday names (which the index holds).
    has_everyday: bool,
    related: Option<Vec<(Id, Id)>>,
    sources: Option<[Option<Id>; 7]>,
}

impl Record {
    /// Whether the profile has a list of alternate titles.
    pub(super) fn has_titles(&self) -> bool {
        self.has_titles
    }

    /// Whether the profile has a list of reported titles.
    pub(super) fn has_reported(&self) -> bool {
        self.has_reported
    }

    /// Whether the profile has a list of everyday names.
    pub(super) fn has_everyday(&self) -> bool {
        self.has_everyday
    }
}

#[derive(Serialize, Deserialize)]
struct YearsRecord {
    min: u32,
    max: u32,
    unit: TimeUnit,
    estimate: bool,
    /// The basis's three labels, as indices into `Basis::EDUCATION`, `EXPERIENCE`, `TRAINING`.
    basis: Option<[u8; 3]>,
}

#[derive(Serialize, Deserialize)]
struct OverviewRecord {
    yearly_salary: Option<u64>,
    hourly_rate: Option<Num>,
    growth_rate_pct: Option<Num>,
    openings_per_year: Option<u64>,
    number_of_jobs: Option<u64>,
    job_satisfaction: Option<Num>,
    most_common_degree: Option<(Id, Num)>,
    average_age: Option<u32>,
    years_of_experience: Option<Num>,
}

#[derive(Serialize, Deserialize)]
struct SalaryRecord {
    average: Option<u64>,
    range: Option<(u64, u64)>,
    median: Option<u64>,
    quartiles: Option<(u64, u64)>,
    highest_paying_city: Option<Id>,
    highest_paying_city_mean: Option<u64>,
    highest_paying_state: Option<Id>,
    highest_paying_state_mean: Option<u64>,
    best_paying_company: Option<Id>,
    best_paying_industry: Option<Id>,
    best_paying_industry_mean: Option<u64>,
    by_state: Option<PayRows>,
}

#[derive(Serialize, Deserialize)]
struct EducationRecord {
    most_common_degree: Option<(Id, Num)>,
    most_common_major: Option<Id>,
    most_common_college: Option<Id>,
    typical_entry_education: Option<Id>,
    work_experience: Option<Id>,
    on_the_job_training: Option<Id>,
    related_experience: Option<(Id, Num)>,
}

#[derive(Serialize, Deserialize)]
struct DemographicsRecord {
    average_age: Option<u32>,
    median_age: Option<Num>,
    gender: Option<Vec<(Id, Num)>>,
    race: Option<Vec<(Id, Num)>>,
    lgbt_pct: Option<Num>,
}

fn opt_num(v: Option<f64>) -> Option<Num> {
    v.map(Num::of)
}

fn get_num(v: Option<Num>) -> Option<f64> {
    v.map(Num::get)
}

fn range(r: &Option<MoneyRange>) -> Option<(u64, u64)> {
    r.as_ref().map(|r| (r.min, r.max))
}

fn money_range(r: Option<(u64, u64)>) -> Option<MoneyRange> {
    r.map(|(min, max)| MoneyRange { min, max })
}

/// `profile` without its name, code and titles, its strings added to `strings`.
pub(super) fn to_record(profile: &Profile, strings: &mut Interner) -> Record {
    let Profile {
        name: _,
        code: _,
        major_group,
        years_to_become,
        top_skills,
        description,
        overview,
        salary,
        education,
        demographics,
        duties,
        skills,
        knowledge,
        interests,
        alternate_titles,
        reported_titles,
        everyday_names,
        related,
        sources,
    } = profile;
    Record {
        major_group: strings.opt(major_group),
        years_to_become: years_to_become.as_ref().map(years_record),
        top_skills: strings.list(top_skills),
        description: strings.opt(description),
        overview: overview.as_ref().map(|o| overview_record(o, strings)),
        salary: salary.as_ref().map(|s| salary_record(s, strings)),
        education: education.as_ref().map(|e| education_record(e, strings)),
        demographics: demographics.as_ref().map(|d| DemographicsRecord {
            average_age: d.average_age,
            median_age: opt_num(d.median_age),
            gender: strings.shares(&d.gender),
            race: strings.shares(&d.race),
            lgbt_pct: opt_num(d.lgbt_pct),
        }),
        duties: strings.list(duties),
        skills: strings.skills(skills),
        knowledge: strings.skills(knowledge),
        interests: interests.as_ref().map(|i| {
            let s = &i.scores;
            let scores = [
                s.realistic,
                s.investigative,
                s.artistic,
                s.social,
                s.enterprising,
                s.conventional,
            ];
            (strings.id(&i.code), scores.map(Num::of), i.estimate)
        }),
        has_titles: alternate_titles.is_some(),
        has_reported: reported_titles.is_some(),
        has_everyday: everyday_names.is_some(),
        related: related.as_ref().map(|l| {
            l.iter()
                .map(|r| (strings.id(&r.code), strings.id(&r.name)))
                .collect()
        }),
        sources: sources.as_ref().map(|s| {
            let Sources {
                overview,
                salary,
                education,
                demographics,
                duties,
                skills,
                interests,
            } = s;
            [
                overview,
                salary,
                education,
                demographics,
                duties,
                skills,
                interests,
            ]
            .map(|s| strings.opt(s))
        }),
    }
}

fn years_record(y: &YearsRange) -> YearsRecord {
    let at = |list: &[&str], label: &str| list.iter().position(|l| *l == label).unwrap_or(0) as u8;
    YearsRecord {
        min: y.min,
        max: y.max,
        unit: y.unit,
        estimate: y.estimate,
        basis: y.basis.map(|b| {
            [
                at(&Basis::EDUCATION, b.education),
                at(&Basis::EXPERIENCE, b.experience),
                at(&Basis::TRAINING, b.training),
            ]
        }),
    }
}

fn overview_record(o: &Overview, strings: &mut Interner) -> OverviewRecord {
    OverviewRecord {
        yearly_salary: o.yearly_salary,
        hourly_rate: opt_num(o.hourly_rate),
        growth_rate_pct: opt_num(o.growth_rate_pct),
        openings_per_year: o.openings_per_year,
        number_of_jobs: o.number_of_jobs,
        job_satisfaction: opt_num(o.job_satisfaction),
        most_common_degree: strings.degree(&o.most_common_degree),
        average_age: o.average_age,
        years_of_experience: opt_num(o.years_of_experience),
    }
}

fn salary_record(s: &Salary, strings: &mut Interner) -> SalaryRecord {
    SalaryRecord {
        average: s.average,
        range: range(&s.range),
        median: s.median,
        quartiles: range(&s.quartiles),
        highest_paying_city: strings.opt(&s.highest_paying_city),
        highest_paying_city_mean: s.highest_paying_city_mean,
        highest_paying_state: strings.opt(&s.highest_paying_state),
        highest_paying_state_mean: s.highest_paying_state_mean,
        best_paying_company: strings.opt(&s.best_paying_company),
        best_paying_industry: strings.opt(&s.best_paying_industry),
        best_paying_industry_mean: s.best_paying_industry_mean,
        by_state: s
            .by_state
            .as_ref()
            .map(|rows| PayRows::new(rows, |area| strings.id(area))),
    }
}

fn education_record(e: &Education, strings: &mut Interner) -> EducationRecord {
    EducationRecord {
        most_common_degree: strings.degree(&e.most_common_degree),
        most_common_major: strings.opt(&e.most_common_major),
        most_common_college: strings.opt(&e.most_common_college),
        typical_entry_education: strings.opt(&e.typical_entry_education),
        work_experience: strings.opt(&e.work_experience),
        on_the_job_training: strings.opt(&e.on_the_job_training),
        related_experience: e
            .related_experience
            .as_ref()
            .map(|r| (strings.id(&r.label), Num::of(r.pct))),
    }
}

/// The profile `record` stands for, with its name, code and titles from their blocks.
/// A profile's titles, which the asset keeps in its word index rather than in the record.
pub(super) struct Titles {
    pub alternate: Option<Vec<String>>,
    pub reported: Option<Vec<String>>,
    pub everyday: Option<Vec<String>>,
}

pub(super) fn to_profile(
    record: Record,
    name: String,
    code: Option<String>,
    titles: Titles,
    strings: &Strings,
) -> Result<Profile, AssetError> {
    let s = strings;
    Ok(Profile {
        name,
        code,
        major_group: s.opt(record.major_group)?,
        years_to_become: record.years_to_become.map(years_range).transpose()?,
        top_skills: s.list(record.top_skills)?,
        description: s.opt(record.description)?,
        overview: record.overview.map(|o| overview(o, s)).transpose()?,
        salary: record.salary.map(|r| salary(r, s)).transpose()?,
        education: record.education.map(|e| education(e, s)).transpose()?,
        demographics: record
            .demographics
            .map(|d| -> Result<Demographics, AssetError> {
                Ok(Demographics {
                    average_age: d.average_age,
                    median_age: get_num(d.median_age),
                    gender: s.shares(d.gender)?,
                    race: s.shares(d.race)?,
                    lgbt_pct: get_num(d.lgbt_pct),
                })
            })
            .transpose()?,
        duties: s.list(record.duties)?,
        skills: s.skills(record.skills)?,
        knowledge: s.skills(record.knowledge)?,
        interests: record
            .interests
            .map(|(code, n, estimate)| -> Result<Interests, AssetError> {
                let [
                    realistic,
                    investigative,
                    artistic,
                    social,
                    enterprising,
                    conventional,
                ] = n.map(Num::get);
                Ok(Interests {
                    code: s.get(code)?,
                    scores: Riasec {
                        realistic,
                        investigative,
                        artistic,
                        social,
                        enterprising,
                        conventional,
                    },
                    estimate,
                })
            })
            .transpose()?,
        alternate_titles: if record.has_titles {
            Some(titles.alternate.unwrap_or_default())
        } else {
            None
        },
        reported_titles: titles.reported,
        everyday_names: titles.everyday,
        related: record
            .related
            .map(|l| {
                l.into_iter()
                    .map(|(code, name)| {
                        Ok(RelatedJob {
                            code: s.get(code)?,
                            name: s.get(name)?,
                        })
                    })
                    .collect::<Result<Vec<_>, AssetError>>()
            })
            .transpose()?,
        sources: record.sources.map(|ids| sources(ids, s)).transpose()?,
    })
}

fn years_range(y: YearsRecord) -> Result<YearsRange, AssetError> {
    let basis = match y.basis {
        None => None,
        Some([e, x, t]) => {
            let pick = |list: &[&'static str], i: u8| {
                list.get(usize::from(i))
                    .copied()
                    .ok_or_else(|| AssetError::new("a basis label is not a known one"))
            };
            Some(Basis {
                education: pick(&Basis::EDUCATION, e)?,
                experience: pick(&Basis::EXPERIENCE, x)?,
                training: pick(&Basis::TRAINING, t)?,
            })
        }
    };
    Ok(YearsRange {
        min: y.min,
        max: y.max,
        unit: y.unit,
        estimate: y.estimate,
        basis,
    })
}

fn overview(o: OverviewRecord, s: &Strings) -> Result<Overview, AssetError> {
    Ok(Overview {
        yearly_salary: o.yearly_salary,
        hourly_rate: get_num(o.hourly_rate),
        growth_rate_pct: get_num(o.growth_rate_pct),
        openings_per_year: o.openings_per_year,
        number_of_jobs: o.number_of_jobs,
        job_satisfaction: get_num(o.job_satisfaction),
        most_common_degree: s.degree(o.most_common_degree)?,
        average_age: o.average_age,
        years_of_experience: get_num(o.years_of_experience),
    })
}

fn salary(r: SalaryRecord, s: &Strings) -> Result<Salary, AssetError> {
    Ok(Salary {
        average: r.average,
        range: money_range(r.range),
        median: r.median,
        quartiles: money_range(r.quartiles),
        highest_paying_city: s.opt(r.highest_paying_city)?,
        highest_paying_city_mean: r.highest_paying_city_mean,
        highest_paying_state: s.opt(r.highest_paying_state)?,
        highest_paying_state_mean: r.highest_paying_state_mean,
        best_paying_company: s.opt(r.best_paying_company)?,
        best_paying_industry: s.opt(r.best_paying_industry)?,
        best_paying_industry_mean: r.best_paying_industry_mean,
        by_state: r
            .by_state
            .map(|rows| rows.rows(|id| s.get(id)))
            .transpose()?,
    })
}

fn education(e: EducationRecord, s: &Strings) -> Result<Education, AssetError> {
    Ok(Education {
        most_common_degree: s.degree(e.most_common_degree)?,
        most_common_major: s.opt(e.most_common_major)?,
        most_common_college: s.opt(e.most_common_college)?,
        typical_entry_education: s.opt(e.typical_entry_education)?,
        work_experience: s.opt(e.work_experience)?,
        on_the_job_training: s.opt(e.on_the_job_training)?,
        related_experience: e
            .related_experience
            .map(|(id, pct)| -> Result<Share, AssetError> {
                Ok(Share {
                    label: s.get(id)?,
                    pct: pct.get(),
                })
            })
            .transpose()?,
    })
}

fn sources(ids: [Option<Id>; 7], s: &Strings) -> Result<Sources, AssetError> {
    let [
        overview,
        salary,
        education,
        demographics,
        duties,
        skills,
        interests,
    ] = ids;
    Ok(Sources {
        overview: s.opt(overview)?,
        salary: s.opt(salary)?,
        education: s.opt(education)?,
        demographics: s.opt(demographics)?,
        duties: s.opt(duties)?,
        skills: s.opt(skills)?,
        interests: s.opt(interests)?,
    })
}
