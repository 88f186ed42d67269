//! Jobs like another: each real occupation's most similar occupations (computed by the
//! builder, docs/SIMILARITY.md) and what one occupation needs more of than another.
//! Page jobs have no SOC code and so no similarity.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::model::{Profile, Skill};

/// Each real occupation's 50 most similar occupations and every pair's similarity, generated
/// by `builder/` beside the occupations (docs/FORMAT.md); read when first asked for.
pub const SIMILAR: &[u8] = include_bytes!("../assets/similar.bin");

/// The asset as read, each code's position, and each occupation's neighbours by code once
/// they have been asked for.
struct Similar {
    data: careerscope_model::asset::Similarity,
    at: HashMap<String, usize>,
    named: Vec<OnceLock<Vec<(String, u8)>>>,
}

fn asset() -> &'static Similar {
    static ALL: OnceLock<Similar> = OnceLock::new();
    ALL.get_or_init(|| {
        // A test rules out a broken compiled-in asset; were it broken, nothing would be similar.
        let data = careerscope_model::asset::decode_similar(SIMILAR).unwrap_or_default();
        Similar {
            at: data
                .codes
                .iter()
                .enumerate()
                .map(|(i, c)| (c.clone(), i))
                .collect(),
            named: data.codes.iter().map(|_| OnceLock::new()).collect(),
            data,
        }
    })
}

/// The occupations most similar to the one with SOC code `code`, most similar first, each with
/// its 0–100 similarity; empty for a code the asset lacks (a page job has none).
pub fn neighbours(code: &str) -> &'static [(String, u8)] {
    let a = asset();
    let Some(&i) = a.at.get(code) else {
        return &[];
    };
    a.named[i].get_or_init(|| {
        let list = a.data.neighbours.get(i).map_or(&[][..], Vec::as_slice);
        list.iter()
            .filter_map(|(j, s)| Some((a.data.codes.get(usize::from(*j))?.clone(), *s)))
            .collect()
    })
}

/// How similar occupation `other` is to `code` (0–100), for any two real occupations.
pub fn similarity(code: &str, other: &str) -> Option<u8> {
    let a = asset();
    let (i, j) = (a.at.get(code)?, a.at.get(other)?);
    a.data.matrix.get(i * a.at.len() + j).copied()
}

/// Whether a gap is in a skill or a knowledge area.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum GapKind {
    Skill,
    Knowledge,
}

/// A skill or knowledge area a job needs more of than the pinned job has, both on O*NET's
/// importance shown as 0–100.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct SkillGap {
    pub skill: String,
    pub kind: GapKind,
    pub pinned: f64,
    pub this: f64,
    pub gap: f64,
}

/// The skills and knowledge areas `other` needs more of than `pinned` has, largest gap first
/// (equal gaps by name). Only between two real occupations, whose ratings share one scale; a
/// page job's skills are shares of resumes, so a page job gives none. A rating either lacks is
/// not a gap.
pub fn skill_gaps(pinned: &Profile, other: &Profile) -> Vec<SkillGap> {
    if !pinned.is_occupation() || !other.is_occupation() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let lists = [
        (GapKind::Skill, &pinned.skills, &other.skills),
        (GapKind::Knowledge, &pinned.knowledge, &other.knowledge),
    ];
    for (kind, mine, theirs) in lists {
        let (Some(mine), Some(theirs)) = (mine, theirs) else {
            continue;
        };
        let have: HashMap<&str, f64> = mine.iter().map(|s| (s.name.as_str(), s.pct)).collect();
        for Skill { name, pct } in theirs {
            let Some(&had) = have.get(name.as_str()) else {
                continue;
            };
            let gap = ((pct - had) * 100.0).round() / 100.0;
            if gap > 0.0 {
                out.push(SkillGap {
                    skill: name.clone(),
                    kind,
                    pinned: had,
                    this: *pct,
                    gap,
                });
            }
        }
    }
    out.sort_by(|a, b| {
        b.gap
            .total_cmp(&a.gap)
            .then_with(|| a.skill.cmp(&b.skill))
            .then_with(|| (a.kind as u8).cmp(&(b.kind as u8)))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(code: Option<&str>, skills: &[(&str, f64)], knowledge: &[(&str, f64)]) -> Profile {
        let list = |v: &[(&str, f64)]| {
            Some(
                v.iter()
                    .map(|(n, p)| Skill {
                        name: n.to_string(),
                        pct: *p,
                    })
                    .collect(),
            )
        };
        Profile {
            name: "job".into(),
            code: code.map(String::from),
            skills: list(skills),
            knowledge: list(knowledge),
            ..Profile::default()
        }
    }

    #[test]
    fn gaps_are_what_the_other_needs_more_of_largest_first() {
        let nurse = job(
            Some("29-1141"),
            &[
                ("Programming", 15.5),
                ("Service Orientation", 70.0),
                ("Writing", 50.0),
            ],
            &[
                ("Medicine and Dentistry", 80.0),
                ("Computers and Electronics", 40.0),
            ],
        );
        let developer = job(
            Some("15-1252"),
            &[
                ("Programming", 75.0),
                ("Service Orientation", 40.0),
                ("Writing", 56.25),
                ("Systems Analysis", 70.0),
            ],
            &[
                ("Medicine and Dentistry", 5.0),
                ("Computers and Electronics", 85.0),
            ],
        );
        let gaps = skill_gaps(&nurse, &developer);
        // 75 − 15.5 = 59.5; 85 − 40 = 45; 56.25 − 50 = 6.25. Systems Analysis: the nurse has no
        // rating, so no gap; Service Orientation and Medicine: the nurse has more.
        assert_eq!(
            gaps,
            [
                SkillGap {
                    skill: "Programming".into(),
                    kind: GapKind::Skill,
                    pinned: 15.5,
                    this: 75.0,
                    gap: 59.5,
                },
                SkillGap {
                    skill: "Computers and Electronics".into(),
                    kind: GapKind::Knowledge,
                    pinned: 40.0,
                    this: 85.0,
                    gap: 45.0,
                },
                SkillGap {
                    skill: "Writing".into(),
                    kind: GapKind::Skill,
                    pinned: 50.0,
                    this: 56.25,
                    gap: 6.25,
                },
            ]
        );
        // The other way round: Service Orientation 30, Medicine 75.
        let back: Vec<(String, f64)> = skill_gaps(&developer, &nurse)
            .into_iter()
            .map(|g| (g.skill, g.gap))
            .collect();
        assert_eq!(
            back,
            [
                ("Medicine and Dentistry".to_string(), 75.0),
                ("Service Orientation".to_string(), 30.0)
            ]
        );
        assert_eq!(
            serde_json::to_value(&gaps[1]).unwrap_or_default()["kind"],
            "knowledge"
        );
    }

    #[test]
    fn a_page_job_has_no_gaps() {
        let page = job(None, &[("Programming", 10.0)], &[]);
        let real = job(Some("15-1252"), &[("Programming", 75.0)], &[]);
        assert!(skill_gaps(&page, &real).is_empty());
        assert!(skill_gaps(&real, &page).is_empty());
    }
}
