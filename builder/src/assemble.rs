//! Joins the sources by SOC code into careerscope's PROFILE objects (DESIGN.md, "Real
//! occupations"). Every field is a published figure, code, title or short label, or `null`.

use std::collections::BTreeMap;

use careerscope_model::words::TitleWeights;
use careerscope_model::{
    AreaPay, Basis, Degree, Demographics, Education, Interests, MoneyRange, Overview, Profile,
    RelatedJob, Riasec, Salary, Share, Skill, Sources, TimeUnit, YearsRange,
};

use crate::cps::{self, Cps};
use crate::oews::{self, Oews};
use crate::onet::{self, Onet};
use crate::projections::Projection;

pub const OEWS: &str = "BLS OEWS May 2025";
pub const EP: &str = "BLS Employment Projections 2024–34";
pub const CPS: &str = "BLS CPS";

/// One built occupation: its profile, and its pay in each metropolitan area, highest mean
/// first, which goes to its own asset (`metros_json`) that the app reads only when a metro area
/// is asked for. It reads as its profile (`Deref`).
#[derive(Debug, Clone, PartialEq)]
pub struct Occupation {
    pub profile: Profile,
    pub metros: Vec<AreaPay>,
    /// How many sources list each of the profile's titles: what the search weighs them by.
    pub title_weights: TitleWeights,
}

impl std::ops::Deref for Occupation {
    type Target = Profile;

    fn deref(&self) -> &Profile {
        &self.profile
    }
}

/// Everything the builder read, ready to be joined.
pub struct Inputs {
    pub oews: Oews,
    pub projections: BTreeMap<String, Projection>,
    pub onet: Onet,
    pub cps: Cps,
    /// careerscope's own list of everyday names, per SOC code (crate::everyday).
    pub everyday: BTreeMap<String, Vec<String>>,
}

/// One PROFILE per OEWS detailed occupation, in SOC code order.
pub fn profiles(inputs: &Inputs) -> Vec<Occupation> {
    inputs
        .oews
        .occupations
        .values()
        .map(|o| profile(o, inputs))
        .collect()
}

fn profile(o: &oews::Occupation, inputs: &Inputs) -> Occupation {
    let onet = &inputs.onet;
    let codes = onet::codes_for(&o.code, &onet.codes, &onet.crosswalk);
    let projection = inputs.projections.get(&o.code);
    let degree = most_chosen(&codes, &onet.education, &onet.education_labels)
        .map(|(degree, pct)| Degree { degree, pct });
    let experience = most_chosen(&codes, &onet.experience, &onet.experience_labels)
        .map(|(label, pct)| Share { label, pct });
    let skills = ratings(&codes, |c| onet.skills.get(c).map(|(s, _)| s));
    let interests = interests(&o.code, &codes, inputs);
    let census = cps::census_for(&o.code, &inputs.cps.census);
    let demographics = census.and_then(|c| demographics(inputs.cps.by_census_code.get(&c.code)?));
    let w = &o.national;
    let profile = Profile {
        name: o.name.clone(),
        code: Some(o.code.clone()),
        major_group: inputs
            .oews
            .major_groups
            .get(&format!("{}-0000", &o.code[..2]))
            .cloned(),
        years_to_become: projection.and_then(years_to_become),
        top_skills: skills
            .as_ref()
            .map(|s| s.iter().take(3).map(|s| s.name.clone()).collect()),
        description: None,
        overview: Some(Overview {
            yearly_salary: dollars(w.annual_mean),
            hourly_rate: w.hourly_mean,
            growth_rate_pct: projection.and_then(|p| p.growth_pct),
            openings_per_year: projection.and_then(|p| p.openings_per_year),
            number_of_jobs: dollars(w.employment),
            job_satisfaction: None,
            most_common_degree: degree.clone(),
            average_age: None,
            years_of_experience: experience
                .as_ref()
                .and_then(|e| onet::experience_upper_years(&e.label))
                .map(round2),
        }),
        salary: Some(salary(o)),
        education: Some(Education {
            most_common_degree: degree,
            most_common_major: None,
            most_common_college: None,
            typical_entry_education: projection.and_then(|p| p.typical_entry_education.clone()),
            work_experience: projection.and_then(|p| p.work_experience.clone()),
            on_the_job_training: projection.and_then(|p| p.on_the_job_training.clone()),
            related_experience: experience,
        }),
        demographics,
        duties: duties(&codes, onet),
        skills,
        knowledge: ratings(&codes, |c| onet.knowledge.get(c)),
        interests: interests.as_ref().map(|(i, _)| i.clone()),
        alternate_titles: alternate_titles(o, onet),
        reported_titles: reported_titles(o, onet),
        everyday_names: None,
        related: related(o, &codes, onet, &inputs.oews),
        sources: Some(sources(
            o,
            &codes,
            onet,
            census,
            interests.as_ref().map(|(_, s)| s.clone()),
        )),
    };
    let profile = Profile {
        everyday_names: inputs
            .everyday
            .get(&o.code)
            .map(|listed| spelt_as_titles(listed, &profile)),
        ..profile
    };
    Occupation {
        title_weights: title_weights(&profile, &onet::all_codes_of(&o.code, onet), onet),
        profile,
        metros: area_pay(&o.metros),
    }
}

/// The everyday names `listed` for an occupation, each written as the occupation's name or
/// title that says the same in other letter case ("sous chef": "Sous Chef"), so that a search
/// shows it as O*NET writes it; the others as listed.
fn spelt_as_titles(listed: &[String], profile: &Profile) -> Vec<String> {
    let titles: Vec<&String> = std::iter::once(&profile.name)
        .chain(profile.reported_titles.iter().flatten())
        .chain(profile.alternate_titles.iter().flatten())
        .collect();
    listed
        .iter()
        .map(|name| {
            titles
                .iter()
                .find(|t| t.eq_ignore_ascii_case(name))
                .map_or_else(|| name.clone(), |t| (*t).clone())
        })
        .collect()
}

/// How many sources list each of `profile`'s titles, over the O*NET codes `codes`: an
/// alternate title's O*NET "Source(s)" (the most any code gives it; 1 for an O*NET
/// occupation's own title), a reported title 2 when My Next Move shows it, else 1.
fn title_weights(
    profile: &Profile,
    codes: &std::collections::BTreeSet<String>,
    onet: &Onet,
) -> TitleWeights {
    let alternate = profile
        .alternate_titles
        .iter()
        .flatten()
        .map(|title| {
            let lower = title.to_lowercase();
            codes
                .iter()
                .filter_map(|c| onet.alternate_sources.get(&(c.clone(), lower.clone())))
                .copied()
                .max()
                .unwrap_or(1)
        })
        .collect();
    let reported = profile
        .reported_titles
        .iter()
        .flatten()
        .map(|title| {
            let shown = codes
                .iter()
                .any(|c| onet.reported_shown.contains(&(c.clone(), title.clone())));
            if shown { 2 } else { 1 }
        })
        .collect();
    TitleWeights {
        reported,
        alternate,
    }
}

fn alternate_titles(o: &oews::Occupation, onet: &Onet) -> Option<Vec<String>> {
    let mut seen = std::collections::BTreeSet::from([o.name.to_lowercase()]);
    let mut out = Vec::new();
    for code in onet::all_codes_of(&o.code, onet) {
        let own = onet.titles.get(&code).into_iter();
        for title in own.chain(onet.alternate_titles.get(&code).into_iter().flatten()) {
            if seen.insert(title.to_lowercase()) {
                out.push(title.clone());
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The titles job holders reported (O*NET Sample of Reported Titles) of the occupation's O*NET
/// codes, those My Next Move shows first, each once.
fn reported_titles(o: &oews::Occupation, onet: &Onet) -> Option<Vec<String>> {
    let mut seen = std::collections::BTreeSet::new();
    let mut all: Vec<(bool, String)> = Vec::new();
    for code in onet::all_codes_of(&o.code, onet) {
        for title in onet.reported_titles.get(&code).into_iter().flatten() {
            if seen.insert(title.to_lowercase()) {
                let shown = onet.reported_shown.contains(&(code.clone(), title.clone()));
                all.push((!shown, title.clone()));
            }
        }
    }
    // Stable: shown titles first, each group in the file's order.
    all.sort_by_key(|(hidden, _)| *hidden);
    let out: Vec<String> = all.into_iter().map(|(_, t)| t).collect();
    (!out.is_empty()).then_some(out)
}

fn related(
    o: &oews::Occupation,
    codes: &[String],
    onet: &Onet,
    oews: &Oews,
) -> Option<Vec<RelatedJob>> {
    let mut seen = std::collections::BTreeSet::from([o.code.as_str()]);
    let mut out = Vec::new();
    for code in codes {
        for other in onet.related.get(code).into_iter().flatten() {
            let soc = onet::soc_of(other, onet);
            let Some(occupation) = oews.occupations.get(soc) else {
                continue;
            };
            if seen.insert(occupation.code.as_str()) {
                out.push(RelatedJob {
                    code: occupation.code.clone(),
                    name: occupation.name.clone(),
                });
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The label and share of the category most respondents chose, over the O*NET occupations
/// that stand for the SOC code.
fn most_chosen(
    codes: &[String],
    from: &BTreeMap<String, onet::Distribution>,
    labels: &BTreeMap<u32, String>,
) -> Option<(String, f64)> {
    let (category, pct) = onet::most_chosen(&onet::mean_distribution(codes, from)?)?;
    Some((labels.get(&category)?.clone(), round2(pct)))
}

fn dollars(v: Option<f64>) -> Option<u64> {
    v.map(|v| v.round() as u64)
}

fn salary(o: &oews::Occupation) -> Salary {
    let w = &o.national;
    let range = |a: Option<f64>, b: Option<f64>| {
        Some(MoneyRange {
            min: dollars(a)?,
            max: dollars(b)?,
        })
    };
    let name = |b: &Option<oews::Best>| b.as_ref().map(|b| b.name.clone());
    let mean = |b: &Option<oews::Best>| b.as_ref().map(|b| b.annual_mean as u64);
    Salary {
        average: dollars(w.annual_mean),
        range: range(w.annual_p10, w.annual_p90),
        median: dollars(w.annual_median),
        quartiles: range(w.annual_p25, w.annual_p75),
        highest_paying_city: name(&o.best_metro),
        highest_paying_city_mean: mean(&o.best_metro),
        highest_paying_state: name(&o.best_state),
        highest_paying_state_mean: mean(&o.best_state),
        best_paying_company: None,
        best_paying_industry: name(&o.best_industry),
        best_paying_industry_mean: mean(&o.best_industry),
        // Always written, empty or not, as before.
        by_state: Some(by_state(o)),
    }
}

fn by_state(o: &oews::Occupation) -> Vec<AreaPay> {
    area_pay(&o.states)
}

/// Annual pay by area, highest mean first.
fn area_pay(areas: &[oews::AreaPay]) -> Vec<AreaPay> {
    let mut out: Vec<_> = areas
        .iter()
        .filter_map(|s| {
            let w = &s.wages;
            Some(AreaPay(
                s.area.clone(),
                dollars(w.annual_mean)?,
                dollars(w.annual_median),
                dollars(w.annual_p10),
                dollars(w.annual_p90),
            ))
        })
        .collect();
    // Highest mean first; equal means by area name, so the order never depends on the file's.
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

fn years_to_become(p: &Projection) -> Option<YearsRange> {
    let (min, max, basis) = crate::projections::years_to_become(
        p.typical_entry_education.as_deref()?,
        p.work_experience.as_deref()?,
        p.on_the_job_training.as_deref()?,
    )?;
    Some(YearsRange {
        min,
        max,
        unit: TimeUnit::Years,
        estimate: true,
        basis: Basis::parse(&basis),
    })
}

/// The interests of a SOC occupation and where they come from: the O*NET occupations that
/// stand for it; else every O*NET occupation under its code (the "All Other" codes); else, as
/// an estimate, the other occupations of its SOC broad group (`21-1019` → `21-101x`).
fn interests(soc: &str, codes: &[String], inputs: &Inputs) -> Option<(Interests, String)> {
    let onet = &inputs.onet;
    let rated = |codes: Vec<String>| -> Vec<String> {
        codes
            .into_iter()
            .filter(|c| onet.interests.contains_key(c))
            .collect()
    };
    let mut estimate = false;
    let mut found = rated(codes.to_vec());
    if found.is_empty() {
        found = rated(onet::all_codes_of(soc, onet).into_iter().collect());
    }
    if found.is_empty() {
        let broad = soc.get(..6)?;
        let siblings = inputs
            .oews
            .occupations
            .keys()
            .filter(|c| c.starts_with(broad) && c.as_str() != soc)
            .flat_map(|c| onet::codes_for(c, &onet.codes, &onet.crosswalk))
            .collect();
        found = rated(siblings);
        found.sort();
        found.dedup();
        estimate = true;
    }
    let first = found.first()?;
    let mut sum = [0.0; 6];
    for code in &found {
        for (name, v) in onet.interests.get(code).into_iter().flatten() {
            if let Some(i) = onet::RIASEC.iter().position(|(n, _)| n == name) {
                sum[i] += v;
            }
        }
    }
    let n = found.len() as f64;
    let mean = sum.map(|v| round2(v / n));
    let code = if found.len() == 1 {
        onet.interest_codes.get(first)?.clone()
    } else {
        // Letters by mean score, highest first (ties in RIASEC order), as many as the first
        // O*NET occupation's high-point code has.
        let len = onet.interest_codes.get(first).map_or(3, String::len);
        let mut order: Vec<usize> = (0..6).collect();
        order.sort_by(|a, b| mean[*b].total_cmp(&mean[*a]).then(a.cmp(b)));
        order.iter().take(len).map(|i| onet::RIASEC[*i].1).collect()
    };
    let [
        realistic,
        investigative,
        artistic,
        social,
        enterprising,
        conventional,
    ] = mean;
    let source = if estimate {
        format!(
            "{} · occupational interests 1–7 · estimate: no O*NET occupation under {soc} is rated; mean of its broad group's {}",
            onet::RELEASE,
            found.join(", ")
        )
    } else if found.len() > 1 {
        format!(
            "{} · occupational interests 1–7 · mean of {}",
            onet::RELEASE,
            found.join(", ")
        )
    } else {
        format!("{} · occupational interests 1–7 ({first})", onet::RELEASE)
    };
    Some((
        Interests {
            code,
            scores: Riasec {
                realistic,
                investigative,
                artistic,
                social,
                enterprising,
                conventional,
            },
            estimate,
        },
        source,
    ))
}

fn sources(
    o: &oews::Occupation,
    codes: &[String],
    onet: &Onet,
    census: Option<&cps::CensusOccupation>,
    interests: Option<String>,
) -> Sources {
    // Said wherever O*NET data stands for an OEWS code that combines several O*NET occupations.
    let onet_note = if codes.len() > 1 {
        format!(" · mean of {}", codes.join(", "))
    } else {
        String::new()
    };
    let skills_release = codes
        .iter()
        .find_map(|c| onet.skills.get(c).map(|(_, r)| *r))
        .unwrap_or(onet::RELEASE);
    let release = onet::RELEASE;
    Sources {
        overview: Some(format!(
            "{OEWS} · national; {EP} (growth, openings); {release} (degree, experience{onet_note})"
        )),
        salary: Some(format!(
            "{OEWS} · national and by state; range = 10th to 90th percentile; highest-paying state, metro area and industry by annual mean"
        )),
        education: Some(format!(
            "{release} · required level of education, related work experience{onet_note}; {EP} · typical entry education; years to become one: an estimate from EP's entry education, work experience and on-the-job training"
        )),
        demographics: Some(match census {
            Some(c) => format!(
                "{CPS} 2022 table 11 (sex, race; Hispanic or Latino may be of any race) and 2025 table 11b (median age) · Census occupation \"{}\"",
                c.title
            ),
            None => format!("{CPS} 2022/2025: no Census occupation covers {}", o.code),
        }),
        duties: Some(format!(
            "{release} · detailed work activities, most linked tasks first{onet_note}"
        )),
        skills: Some(format!(
            "{skills_release} · skill importance 1–5 shown as 0–100 (not % of resumes){onet_note}; {release} · knowledge importance, same scale"
        )),
        interests,
    }
}

/// O*NET importance (1–5) as a 0–100 score; ratings have two decimals, so the score is a
/// whole number of quarters and exact.
fn importance_score(v: f64) -> f64 {
    ((v * 100.0).round() - 100.0) / 4.0
}

/// Importance ratings (skills, knowledge) of the O*NET occupations that stand for a SOC
/// code, their mean as a 0–100 score, most important first.
fn ratings<'a>(
    codes: &[String],
    of: impl Fn(&str) -> Option<&'a Vec<(String, f64)>>,
) -> Option<Vec<Skill>> {
    let mut sum: BTreeMap<&str, (f64, usize)> = BTreeMap::new();
    for list in codes.iter().filter_map(|c| of(c)) {
        for (name, v) in list {
            let e = sum.entry(name).or_default();
            e.0 += v;
            e.1 += 1;
        }
    }
    if sum.is_empty() {
        return None;
    }
    let mut out: Vec<Skill> = sum
        .into_iter()
        .map(|(name, (total, n))| Skill {
            name: name.to_string(),
            pct: round2(importance_score(total / n as f64)),
        })
        .collect();
    out.sort_by(|a, b| b.pct.total_cmp(&a.pct).then_with(|| a.name.cmp(&b.name)));
    Some(out)
}

fn duties(codes: &[String], onet: &Onet) -> Option<Vec<String>> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for activities in codes.iter().filter_map(|c| onet.activities.get(c)) {
        for (title, n) in activities {
            *count.entry(title).or_default() += n;
        }
    }
    if count.is_empty() {
        return None;
    }
    let mut out: Vec<(&str, usize)> = count.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    Some(out.into_iter().map(|(t, _)| t.to_string()).collect())
}

fn demographics(d: &cps::Demographics) -> Option<Demographics> {
    let gender = d.women_pct.map(|w| {
        vec![
            Share {
                label: "Female".into(),
                pct: w,
            },
            Share {
                label: "Male".into(),
                pct: round2(100.0 - w),
            },
        ]
    });
    let race: Vec<Share> = [
        ("White", d.white_pct),
        ("Black or African American", d.black_pct),
        ("Asian", d.asian_pct),
        ("Hispanic or Latino", d.hispanic_pct),
    ]
    .into_iter()
    .filter_map(|(label, pct)| {
        Some(Share {
            label: label.into(),
            pct: pct?,
        })
    })
    .collect();
    let out = Demographics {
        average_age: None,
        median_age: d.median_age,
        gender,
        race: (!race.is_empty()).then_some(race),
        lgbt_pct: None,
    };
    (out.median_age.is_some() || out.gender.is_some() || out.race.is_some()).then_some(out)
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn importance_scores_are_exact_quarters() {
        assert_eq!(importance_score(1.0), 0.0);
        assert_eq!(importance_score(5.0), 100.0);
        assert_eq!(importance_score(4.12), 78.0);
        assert_eq!(importance_score(3.88), 72.0);
        assert_eq!(importance_score(2.75), 43.75);
    }

    #[test]
    fn an_everyday_name_that_is_a_title_is_spelt_as_the_title() {
        let profile = Profile {
            name: "Chefs and Head Cooks".into(),
            reported_titles: Some(vec!["Executive Chef".into()]),
            alternate_titles: Some(vec!["Sous Chef".into()]),
            ..Profile::default()
        };
        let listed = ["sous chef", "executive chef", "head honcho"].map(String::from);
        assert_eq!(
            spelt_as_titles(&listed, &profile),
            ["Sous Chef", "Executive Chef", "head honcho"]
        );
    }
}
