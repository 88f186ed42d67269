//! The facts of each section, for any number of jobs: one value per job in every fact.

use super::fact::{DegreeValue, Fact, FactId};
use crate::format::{Unit, format_value};
use crate::model::{Degree, Demographics, Education, Overview, Profile, Salary, Share};

/// Each job's value of `f`.
fn each<'a, T>(jobs: &[&'a Profile], f: impl Fn(&'a Profile) -> Option<T>) -> Vec<Option<T>> {
    jobs.iter().map(|p| f(p)).collect()
}

pub(super) fn overview(jobs: &[&Profile]) -> Vec<Fact> {
    let n = |f: fn(&Overview) -> Option<f64>| each(jobs, |p| p.overview.as_ref().and_then(f));
    let fact = Fact::number;
    vec![
        fact(
            FactId::YearlySalary,
            n(|o| o.yearly_salary.map(|v| v as f64)),
        ),
        fact(FactId::HourlyRate, n(|o| o.hourly_rate)),
        fact(FactId::GrowthRate, n(|o| o.growth_rate_pct)),
        fact(
            FactId::NumberOfJobs,
            n(|o| o.number_of_jobs.map(|v| v as f64)),
        ),
        fact(
            FactId::OpeningsPerYear,
            n(|o| o.openings_per_year.map(|v| v as f64)),
        ),
        fact(FactId::JobSatisfaction, n(|o| o.job_satisfaction)),
        degree(jobs, |p| {
            p.overview
                .as_ref()
                .and_then(|o| o.most_common_degree.as_ref())
        }),
        fact(FactId::AverageAge, n(|o| o.average_age.map(f64::from))),
    ]
    .into_iter()
    // Only the official projections have openings: page jobs are shown as before.
    .filter(|f| f.id != FactId::OpeningsPerYear || f.known())
    .chain(median_age(jobs))
    .chain(similarity(jobs))
    .chain([
        experience(jobs, n(|o| o.years_of_experience)),
        Fact::years_range(
            FactId::YearsToBecome,
            each(jobs, |p| p.years_to_become.as_ref()),
        ),
    ])
    .collect()
}

/// Each job's most common degree (`of`), else, for a real occupation O*NET has no education
/// data for (Software Developers, Accountants and Auditors, Project Management Specialists in
/// O*NET 29.3), BLS EP's typical entry education, labelled as BLS's.
fn degree(jobs: &[&Profile], of: fn(&Profile) -> Option<&Degree>) -> Fact {
    let values = each(jobs, |p| match of(p) {
        Some(d) => Some(DegreeValue {
            name: d.degree.clone(),
            pct: Some(d.pct),
            bls: false,
        }),
        None => p
            .education
            .as_ref()
            .and_then(|e| e.typical_entry_education.clone())
            .map(|name| DegreeValue {
                name,
                pct: None,
                bls: true,
            }),
    });
    Fact::degree(FactId::MostCommonDegree, values)
}

/// Years of experience: a real occupation's is O*NET's (what workers say they had, not what
/// the job requires, which is BLS's "experience needed to enter"), and its label says so when
/// every job's comes from O*NET.
fn experience(jobs: &[&Profile], values: Vec<Option<f64>>) -> Fact {
    let mut f = Fact::number(FactId::YearsOfExperience, values);
    if jobs.iter().all(|p| p.code.is_some()) {
        f.label = "Experience (O*NET)".to_string();
    }
    f
}

/// How similar each job is to the pinned one (0-100, docs/SIMILARITY.md) where the pinned job
/// and another are real occupations; `n/a` for page jobs.
fn similarity(jobs: &[&Profile]) -> Option<Fact> {
    let pinned = jobs.first()?.code.as_deref()?;
    let values = jobs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let code = p.code.as_deref()?;
            (i > 0)
                .then(|| crate::similar::similarity(pinned, code))
                .flatten()
                .map(f64::from)
        })
        .collect();
    let mut f = Fact::number(FactId::Similarity, values);
    // A score is no difference from the pinned job: each is already measured against it.
    f.differences = vec![None; f.len()];
    let known = f.known();
    // The pinned job is what the others are measured against, not an unknown.
    f.shown[0] = "pinned".to_string();
    Some(f).filter(|_| jobs.len() > 1 && known)
}

/// CPS median age, a fact of its own: never compared with the pages' average age.
fn median_age(jobs: &[&Profile]) -> Option<Fact> {
    let m = each(jobs, |p| p.demographics.as_ref().and_then(|d| d.median_age));
    Some(Fact::number(FactId::MedianAge, m)).filter(Fact::known)
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

pub(super) fn salary(jobs: &[&Profile]) -> Vec<Fact> {
    let of = |f: &dyn Fn(&Salary) -> Option<String>| each(jobs, |p| p.salary.as_ref().and_then(f));
    let dollars = |f: fn(&Salary) -> Option<u64>| {
        each(jobs, |p| p.salary.as_ref().and_then(f).map(|v| v as f64))
    };
    let range = |id, f: fn(&Salary) -> Option<crate::model::MoneyRange>| {
        Fact::range(id, each(jobs, |p| p.salary.as_ref().and_then(f)))
    };
    let place = |id, name: fn(&Salary) -> Option<&String>, mean: fn(&Salary) -> Option<u64>| {
        Fact::text(id, of(&|s| with_mean(name(s), mean(s))))
    };
    vec![
        Fact::number(FactId::AverageSalary, dollars(|s| s.average)),
        Fact::number(FactId::MedianSalary, dollars(|s| s.median)),
        range(FactId::SalaryRange, |s| s.range),
        range(FactId::MiddleHalf, |s| s.quartiles),
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
        Fact::text(
            FactId::BestPayingCompany,
            of(&|s| s.best_paying_company.clone()),
        ),
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

pub(super) fn education(jobs: &[&Profile]) -> Vec<Fact> {
    let t = |id, f: fn(&Education) -> Option<&String>| {
        Fact::text(
            id,
            each(jobs, |p| p.education.as_ref().and_then(f).cloned()),
        )
    };
    vec![
        degree(jobs, |p| {
            p.education
                .as_ref()
                .and_then(|e| e.most_common_degree.as_ref())
        }),
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
                each(jobs, |p| {
                    p.education
                        .as_ref()
                        .and_then(|e| e.related_experience.as_ref())
                        .map(share_text)
                }),
            ),
        ]
        .into_iter()
        // Only the official sources have these: page jobs are shown as before.
        .filter(Fact::known),
    )
    .collect()
}

/// `Over 1 year, up to and including 2 years (34.47%)`.
fn share_text(s: &Share) -> String {
    format!("{} ({})", s.label, format_value(Unit::Percent, s.pct))
}

pub(super) fn demographics(jobs: &[&Profile]) -> Vec<Fact> {
    let d =
        |f: fn(&Demographics) -> Option<f64>| each(jobs, |p| p.demographics.as_ref().and_then(f));
    let mut facts = vec![Fact::number(
        FactId::AverageAge,
        d(|d| d.average_age.map(f64::from)),
    )];
    facts.extend(median_age(jobs));
    shares(FactId::Gender, jobs, |d| d.gender.as_ref(), &mut facts);
    shares(FactId::Race, jobs, |d| d.race.as_ref(), &mut facts);
    facts.push(Fact::number(FactId::Lgbt, d(|d| d.lgbt_pct)));
    facts
}

/// One fact per group of a ratio (`Gender: Male`), groups in the order the jobs list them.
fn shares(
    kind: FactId,
    jobs: &[&Profile],
    list: fn(&Demographics) -> Option<&Vec<Share>>,
    out: &mut Vec<Fact>,
) {
    let lists = each(jobs, |p| p.demographics.as_ref().and_then(list));
    let mut labels: Vec<&str> = Vec::new();
    for s in lists.iter().flatten().copied().flatten() {
        if !labels.contains(&s.label.as_str()) {
            labels.push(&s.label);
        }
    }
    for label in labels {
        let pct = lists
            .iter()
            .map(|l| {
                l.and_then(|l| l.iter().find(|s| s.label == label))
                    .map(|s| s.pct)
            })
            .collect();
        let mut share = Fact::number(kind, pct);
        share.label = format!("{}: {label}", kind.label());
        share.group = Some(label.to_string());
        out.push(share);
    }
}
