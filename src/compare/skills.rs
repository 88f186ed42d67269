//! The skills of the compared jobs: one row per skill any of them lists, each job's number on
//! its own scale, and which skills all of them or only one of them list.

use serde::Serialize;

use super::{UNKNOWN, pick};
use crate::format::{Unit, format_value};
use crate::model::{Profile, Skill};

/// What a job's skill numbers measure: the pages' share of resumes naming the skill, or
/// O*NET's importance rating (1–5) as a 0–100 score. The two are not the same unit.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SkillScale {
    ResumeShare,
    Importance,
}

impl SkillScale {
    pub(super) fn of(p: &Profile) -> SkillScale {
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

/// One skill across the jobs: each job's number (if it lists the skill) and whether the
/// narrative names it among the job's top three.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct SkillRow {
    pub name: String,
    pub values: Vec<Option<f64>>,
    pub top: Vec<bool>,
    /// Whether the jobs share the skill: on O*NET's importance, every job rates it within
    /// [`CLOSE`] points of the others (every occupation is rated on every skill, so being
    /// rated says nothing); on the pages' shares of resumes, every job lists it.
    pub shared: bool,
}

/// How many points of importance (0-100) apart two ratings may be and still count as shared.
pub const CLOSE: f64 = 10.0;

impl SkillRow {
    /// Whether the jobs share the skill (see [`SkillRow::shared`]).
    pub fn shared(&self) -> bool {
        self.shared
    }

    fn share(values: &[Option<f64>], scales: &[SkillScale]) -> bool {
        let known: Vec<f64> = values.iter().flatten().copied().collect();
        if known.len() < values.len() || known.is_empty() {
            return false;
        }
        if scales.iter().all(|s| *s == SkillScale::Importance) {
            let (lo, hi) = known
                .iter()
                .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
            hi - lo <= CLOSE
        } else {
            true
        }
    }

    /// Job `i`'s number for the skill.
    pub fn value(&self, i: usize) -> Option<f64> {
        self.values.get(i).copied().flatten()
    }

    /// Whether the skill is one of job `i`'s top three.
    pub fn is_top(&self, i: usize) -> bool {
        self.top.get(i).copied().unwrap_or(false)
    }
}

/// The skills of the jobs: one row per skill, what each job's numbers measure, and the names
/// every job and only one job lists.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Skills {
    /// What each job's numbers measure.
    pub scales: Vec<SkillScale>,
    /// Every skill of any job: the first job's in its order, then each next job's own.
    pub rows: Vec<SkillRow>,
    /// The skills every job shares (see [`SkillRow::shared`]).
    pub shared: Vec<String>,
    /// For each job, the skills no other job lists.
    pub only: Vec<Vec<String>>,
}

impl Skills {
    pub(super) fn of(jobs: &[&Profile]) -> Skills {
        let lists: Vec<&[Skill]> = jobs
            .iter()
            .map(|p| p.skills.as_deref().unwrap_or_default())
            .collect();
        let is_top = |p: &Profile, name: &str| {
            p.top_skills
                .iter()
                .flatten()
                .any(|t| t.eq_ignore_ascii_case(name))
        };
        let mut rows: Vec<SkillRow> = Vec::new();
        for s in lists.iter().copied().flatten() {
            if rows.iter().any(|r| r.name.eq_ignore_ascii_case(&s.name)) {
                continue;
            }
            rows.push(SkillRow {
                name: s.name.clone(),
                values: lists
                    .iter()
                    .map(|l| {
                        l.iter()
                            .find(|x| x.name.eq_ignore_ascii_case(&s.name))
                            .map(|x| x.pct)
                    })
                    .collect(),
                top: jobs.iter().map(|p| is_top(p, &s.name)).collect(),
                shared: false,
            });
        }
        Skills::from_rows(jobs.iter().map(|p| SkillScale::of(p)).collect(), rows)
    }

    fn from_rows(scales: Vec<SkillScale>, mut rows: Vec<SkillRow>) -> Skills {
        for r in &mut rows {
            r.shared = SkillRow::share(&r.values, &scales);
        }
        let only = (0..scales.len())
            .map(|i| {
                rows.iter()
                    .filter(|r| {
                        r.values
                            .iter()
                            .enumerate()
                            .all(|(j, v)| v.is_some() == (i == j))
                    })
                    .map(|r| r.name.clone())
                    .collect()
            })
            .collect();
        Skills {
            shared: rows
                .iter()
                .filter(|r| r.shared())
                .map(|r| r.name.clone())
                .collect(),
            only,
            scales,
            rows,
        }
    }

    /// The skills of the jobs `keep` (the pinned one first) only.
    /// The jobs grouped by what their skill numbers measure, in the order each scale first
    /// appears: one group when every job is on one scale. A page's "% of resumes" and O*NET's
    /// importance never share a table or a bar's scale; each group is drawn apart.
    pub fn scale_groups(&self) -> Vec<(SkillScale, Vec<usize>)> {
        let mut groups: Vec<(SkillScale, Vec<usize>)> = Vec::new();
        for (i, scale) in self.scales.iter().enumerate() {
            match groups.iter_mut().find(|(s, _)| s == scale) {
                Some((_, jobs)) => jobs.push(i),
                None => groups.push((*scale, vec![i])),
            }
        }
        groups
    }

    pub(super) fn project(&self, keep: &[usize]) -> Skills {
        let rows = self
            .rows
            .iter()
            .map(|r| SkillRow {
                name: r.name.clone(),
                values: pick(&r.values, keep),
                top: keep.iter().map(|&i| r.is_top(i)).collect(),
                shared: false,
            })
            .filter(|r| r.values.iter().any(Option::is_some))
            .collect();
        let scales = keep
            .iter()
            .filter_map(|&i| self.scales.get(i).copied())
            .collect();
        Skills::from_rows(scales, rows)
    }
}
