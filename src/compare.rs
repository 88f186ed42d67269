//! The facts of a pair of jobs: each value side by side, the difference where one makes sense,
//! which side is higher, and the skills they share. `careerscope compare` prints these facts and
//! the explorer draws them, so both always agree.

use serde::Serialize;

use crate::model::{Degree, MoneyRange, Profile, Share, YearsRange};

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
    Rating,
    Years,
    Text,
}

/// One row of a comparison: both values as text (`n/a` when unknown), their numbers where they
/// have one, and the difference B − A.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Fact {
    pub label: String,
    pub a: String,
    pub b: String,
    pub a_value: Option<f64>,
    pub b_value: Option<f64>,
    /// B − A, written in the fact's unit, with the change relative to A for amounts:
    /// `+$26,004 (+28.7%)`. `None` when either value is unknown or the values are text.
    pub difference: Option<String>,
    /// The side with the higher number; `None` when equal, unknown or text.
    pub higher: Option<Side>,
    /// Text values that are the same for both jobs.
    pub same: bool,
}

pub const UNKNOWN: &str = "n/a";

impl Fact {
    fn number(label: &str, unit: Unit, a: Option<f64>, b: Option<f64>) -> Fact {
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
            label: label.to_string(),
            a: a.map_or(UNKNOWN.into(), |v| format_value(unit, v)),
            b: b.map_or(UNKNOWN.into(), |v| format_value(unit, v)),
            a_value: a,
            b_value: b,
            difference,
            higher,
            same: false,
        }
    }

    fn text(label: &str, a: Option<String>, b: Option<String>) -> Fact {
        let same = matches!((&a, &b), (Some(x), Some(y)) if x == y);
        Fact {
            label: label.to_string(),
            a: a.unwrap_or_else(|| UNKNOWN.into()),
            b: b.unwrap_or_else(|| UNKNOWN.into()),
            a_value: None,
            b_value: None,
            difference: None,
            higher: None,
            same,
        }
    }

    /// A text value with a share (`Bachelor's Degree, 50%`): shown as text, compared by share.
    fn degree(label: &str, a: Option<&Degree>, b: Option<&Degree>) -> Fact {
        let mut f = Fact::number(label, Unit::Percent, a.map(|d| d.pct), b.map(|d| d.pct));
        let show = |d: Option<&Degree>| {
            d.map_or(UNKNOWN.into(), |d| {
                format!("{} ({})", d.degree, format_value(Unit::Percent, d.pct))
            })
        };
        f.a = show(a);
        f.b = show(b);
        f.same = matches!((a, b), (Some(x), Some(y)) if x.degree == y.degree);
        f
    }
}

/// A group of facts, as the explorer's tabs and the printed comparison show them.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Section {
    pub name: &'static str,
    pub facts: Vec<Fact>,
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
    pub fn shared(&self) -> bool {
        self.a_pct.is_some() && self.b_pct.is_some()
    }
}

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
}

impl Comparison {
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }
}

pub fn compare(a: &Profile, b: &Profile) -> Comparison {
    Comparison {
        a: a.name.clone(),
        b: b.name.clone(),
        sections: vec![
            Section {
                name: "overview",
                facts: overview(a, b),
            },
            Section {
                name: "salary",
                facts: salary(a, b),
            },
            Section {
                name: "education",
                facts: education(a, b),
            },
            Section {
                name: "demographics",
                facts: demographics(a, b),
            },
        ],
        skills: skills(a, b),
        descriptions: [a.description.clone(), b.description.clone()],
        duties: [
            a.duties.clone().unwrap_or_default(),
            b.duties.clone().unwrap_or_default(),
        ],
        salary_ranges: [a, b].map(|p| p.salary.as_ref().and_then(|s| s.range)),
    }
}

fn overview(a: &Profile, b: &Profile) -> Vec<Fact> {
    let (oa, ob) = (a.overview.as_ref(), b.overview.as_ref());
    let n = |f: fn(&crate::model::Overview) -> Option<f64>| (oa.and_then(f), ob.and_then(f));
    let fact = |label, unit, (x, y)| Fact::number(label, unit, x, y);
    let years = |p: &Profile| p.years_to_become.map(|r| r.max_in_years());
    let mut to_become = Fact::number("Years to become one", Unit::Years, years(a), years(b));
    let show = |r: Option<YearsRange>| {
        r.map_or(UNKNOWN.into(), |r| {
            format!("{}-{} {}", r.min, r.max, r.unit.as_str())
        })
    };
    to_become.a = show(a.years_to_become);
    to_become.b = show(b.years_to_become);
    vec![
        fact(
            "Yearly salary",
            Unit::Dollars,
            n(|o| o.yearly_salary.map(|v| v as f64)),
        ),
        fact("Hourly rate", Unit::DollarsCents, n(|o| o.hourly_rate)),
        fact("Growth rate", Unit::Percent, n(|o| o.growth_rate_pct)),
        fact(
            "Number of jobs",
            Unit::Count,
            n(|o| o.number_of_jobs.map(|v| v as f64)),
        ),
        fact("Job satisfaction", Unit::Rating, n(|o| o.job_satisfaction)),
        Fact::degree(
            "Most common degree",
            oa.and_then(|o| o.most_common_degree.as_ref()),
            ob.and_then(|o| o.most_common_degree.as_ref()),
        ),
        fact(
            "Average age",
            Unit::Years,
            n(|o| o.average_age.map(f64::from)),
        ),
        fact(
            "Years of experience",
            Unit::Years,
            n(|o| o.years_of_experience),
        ),
        to_become,
    ]
}

fn salary(a: &Profile, b: &Profile) -> Vec<Fact> {
    let (sa, sb) = (a.salary.as_ref(), b.salary.as_ref());
    let t = |label, f: fn(&crate::model::Salary) -> Option<&String>| {
        Fact::text(label, sa.and_then(f).cloned(), sb.and_then(f).cloned())
    };
    let range = |s: Option<&crate::model::Salary>| {
        s.and_then(|s| s.range).map(|r| {
            format!(
                "{} - {}",
                format_value(Unit::Dollars, r.min as f64),
                format_value(Unit::Dollars, r.max as f64)
            )
        })
    };
    let mut range_fact = Fact::text("Salary range", range(sa), range(sb));
    range_fact.same = false;
    vec![
        Fact::number(
            "Average salary",
            Unit::Dollars,
            sa.and_then(|s| s.average).map(|v| v as f64),
            sb.and_then(|s| s.average).map(|v| v as f64),
        ),
        range_fact,
        t("Highest paying city", |s| s.highest_paying_city.as_ref()),
        t("Highest paying state", |s| s.highest_paying_state.as_ref()),
        t("Best paying company", |s| s.best_paying_company.as_ref()),
        t("Best paying industry", |s| s.best_paying_industry.as_ref()),
    ]
}

fn education(a: &Profile, b: &Profile) -> Vec<Fact> {
    let (ea, eb) = (a.education.as_ref(), b.education.as_ref());
    let t = |label, f: fn(&crate::model::Education) -> Option<&String>| {
        Fact::text(label, ea.and_then(f).cloned(), eb.and_then(f).cloned())
    };
    vec![
        Fact::degree(
            "Most common degree",
            ea.and_then(|e| e.most_common_degree.as_ref()),
            eb.and_then(|e| e.most_common_degree.as_ref()),
        ),
        t("Most common major", |e| e.most_common_major.as_ref()),
        t("Most common college", |e| e.most_common_college.as_ref()),
    ]
}

fn demographics(a: &Profile, b: &Profile) -> Vec<Fact> {
    let (da, db) = (a.demographics.as_ref(), b.demographics.as_ref());
    let mut facts = vec![Fact::number(
        "Average age",
        Unit::Years,
        da.and_then(|d| d.average_age).map(f64::from),
        db.and_then(|d| d.average_age).map(f64::from),
    )];
    let ratio =
        |prefix: &str, x: Option<&Vec<Share>>, y: Option<&Vec<Share>>, out: &mut Vec<Fact>| {
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
                out.push(Fact::number(
                    &format!("{prefix}: {label}"),
                    Unit::Percent,
                    pct(x, label),
                    pct(y, label),
                ));
            }
        };
    ratio(
        "Gender",
        da.and_then(|d| d.gender.as_ref()),
        db.and_then(|d| d.gender.as_ref()),
        &mut facts,
    );
    ratio(
        "Race",
        da.and_then(|d| d.race.as_ref()),
        db.and_then(|d| d.race.as_ref()),
        &mut facts,
    );
    facts.push(Fact::number(
        "LGBT",
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
        Unit::Rating | Unit::Text => format!("{sign}{}", trim_number(abs)),
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
        return "same".to_string();
    }
    let sign = if d > 0.0 { "+" } else { "-" };
    let amount = format_value(unit, d.abs());
    let relative = match unit {
        Unit::Dollars | Unit::DollarsCents | Unit::Count if a != 0.0 => {
            Some(format!(" ({sign}{:.1}%)", (d.abs() / a.abs()) * 100.0))
        }
        _ => None,
    };
    match unit {
        // A difference of percentages is in points, not percent.
        Unit::Percent => format!("{sign}{} pts", trim_number(d.abs())),
        _ => format!("{sign}{amount}{}", relative.unwrap_or_default()),
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
        assert_eq!(format_value(Unit::Rating, 4.14), "4.14");
    }
}
