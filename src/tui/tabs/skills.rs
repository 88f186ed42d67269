//! Skills: first the gaps — what each job needs more of than the pinned job has, largest first,
//! both bars on one scale — then each skill's number as a bar for every job on one scale; `⇄`
//! marks skills the jobs share and `★` the three top skills the page's narrative names for a job.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::compare::{Comparison, SkillRow, SkillScale};

use super::super::text::{self, width};
use super::super::theme::Theme;
use super::Doc;

/// The Skills tab: a bar per skill and job, then the legend and the shared and own skills.
pub fn doc(c: &Comparison, t: Theme, w: u16) -> Doc<'static> {
    let mut d = Doc::default();
    let rows = &c.skills.rows;
    if rows.is_empty() {
        d.line(Span::styled("n/a: neither job lists skills", t.dim()));
        return d;
    }
    let w = usize::from(w);
    if gaps(&mut d, c, w, t) {
        d.blank();
        super::heading(&mut d, "Every skill", t, w as u16);
    }
    let groups = c.skills.scale_groups();
    if groups.len() > 1 {
        // A page's share of resumes and O*NET's importance are different units: each group
        // of jobs gets its own table and its own bar scale, under a heading naming the unit.
        for (k, (scale, keep)) in groups.iter().enumerate() {
            if k > 0 {
                d.blank();
            }
            let part = c.project(keep);
            let jobs: Vec<String> = (0..part.len())
                .map(|i| format!("{} {}", part.letter(i), part.name(i)))
                .collect();
            let title = format!("Skills as {}: {}", scale.name(), jobs.join(", "));
            d.para(&title, w as u16, 0, t.heading());
            table(&mut d, &part, w, t);
        }
    } else {
        table(&mut d, c, w, t);
    }
    summary(&mut d, c, w as u16, t);
    d
}

/// Every skill of `c`'s jobs (all on one scale), side by side when the columns fit.
fn table(d: &mut Doc, c: &Comparison, w: usize, t: Theme) {
    let scales = Scales::of(c);
    let name_w = c
        .skills
        .rows
        .iter()
        .map(|r| width(&r.name))
        .max()
        .unwrap_or(0)
        .clamp(5, 24);
    let n = c.len().max(1);
    let col_w = w.saturating_sub(2 + name_w + 2 * n) / n;
    if col_w >= 14 {
        side_by_side(d, c, (name_w, col_w), &scales, t);
    } else {
        one_under_the_other(d, c, w, &scales, t);
    }
}

/// How many gaps a job's list shows.
const GAPS_SHOWN: usize = 8;

/// For each job after the pinned one, the skills and knowledge areas it needs more of than the
/// pinned job has, largest gap first: the name, the pinned job's bar and this job's on one
/// 0-100 scale, and the gap. Whether any job had gaps to show.
fn gaps(d: &mut Doc, c: &Comparison, w: usize, t: Theme) -> bool {
    let mut any = false;
    for (i, job) in c.jobs.iter().enumerate().skip(1) {
        let Some(list) = job.skill_gaps.as_ref().filter(|l| !l.is_empty()) else {
            continue;
        };
        if any {
            d.blank();
        }
        any = true;
        d.para(
            &format!(
                "What {} {} needs more of than {} {} (O*NET importance 0-100, largest gap first)",
                c.letter(i),
                c.name(i),
                c.letter(0),
                c.name(0)
            ),
            w as u16,
            0,
            t.heading(),
        );
        let shown = &list[..list.len().min(GAPS_SHOWN)];
        let name_w = shown
            .iter()
            .map(|g| width(&g.skill))
            .max()
            .unwrap_or(0)
            .min(w / 3);
        // name, kind, two bars with their numbers, the gap.
        let bar_w = w.saturating_sub(name_w + 4 + 10 + 2 * 7 + 6) / 2;
        for g in shown {
            let kind = match g.kind {
                crate::similar::GapKind::Skill => "skill",
                crate::similar::GapKind::Knowledge => "knowledge",
            };
            let bar = |v: f64, col: usize, letter: char| {
                vec![
                    Span::styled(format!("{letter} "), t.side(col).patch(t.bold())),
                    Span::styled(
                        text::pad(&super::bar_text(v, 100.0, bar_w), bar_w),
                        t.side(col),
                    ),
                    Span::raw(format!(" {:>3}  ", v.round())),
                ]
            };
            let mut spans = vec![
                Span::raw("  "),
                Span::styled(text::pad(&g.skill, name_w), t.bold()),
                Span::styled(format!(" {:<10}", kind), t.dim()),
            ];
            if bar_w >= 4 {
                spans.extend(bar(g.pinned, c.column(0), c.letter(0)));
                spans.extend(bar(g.this, c.column(i), c.letter(i)));
            } else {
                spans.push(Span::raw(format!(
                    "{} {} {} {} ",
                    c.letter(0),
                    g.pinned.round(),
                    c.letter(i),
                    g.this.round()
                )));
            }
            spans.push(Span::styled(format!("+{}", g.gap.round()), t.bold()));
            d.line(Line::from(spans));
        }
        if list.len() > shown.len() {
            d.line(Span::styled(
                format!(
                    "  … and {} smaller gaps (every skill is below)",
                    list.len() - shown.len()
                ),
                t.dim(),
            ));
        }
    }
    any
}

/// One line per skill: the name, then each job's bar in a column of its own.
fn side_by_side(
    d: &mut Doc,
    c: &Comparison,
    (name_w, col_w): (usize, usize),
    scales: &Scales,
    t: Theme,
) {
    let mut head = vec![
        Span::raw("  "),
        Span::styled(text::pad("Skill", name_w), t.dim()),
    ];
    for i in 0..c.len() {
        head.push(Span::raw("  "));
        head.push(Span::styled(
            text::pad(&format!("{} {}", c.letter(i), c.name(i)), col_w),
            t.side(c.column(i)).patch(t.bold()),
        ));
    }
    d.line(Line::from(head));
    for r in &c.skills.rows {
        let mut spans = vec![mark(c, r, t), name(r, name_w, t)];
        for i in 0..c.len() {
            spans.push(Span::raw("  "));
            spans.extend(cell(c, r, i, col_w, scales, t));
        }
        d.line(Line::from(spans));
    }
}

/// Narrow: each skill's name on its own line, then each job's bar under it.
fn one_under_the_other(d: &mut Doc, c: &Comparison, w: usize, scales: &Scales, t: Theme) {
    for r in &c.skills.rows {
        d.line(Line::from(vec![
            mark(c, r, t),
            name(r, w.saturating_sub(2), t),
        ]));
        for i in 0..c.len() {
            let mut spans = vec![Span::styled(
                format!("  {} ", c.letter(i)),
                t.side(c.column(i)).patch(t.bold()),
            )];
            spans.extend(cell(c, r, i, w.saturating_sub(4), scales, t));
            d.line(Line::from(spans));
        }
    }
}

/// The legend, then the skills both jobs list and each job's own.
fn summary(d: &mut Doc, c: &Comparison, w: u16, t: Theme) {
    d.blank();
    let list = &c.skills.scales;
    let scales = if list.windows(2).all(|p| p[0] == p[1]) {
        format!("numbers: {}", list.first().map_or("", |s| s.name()))
    } else {
        let each: Vec<String> = list
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}: {}", c.letter(i), s.name()))
            .collect();
        format!("{} (not comparable: drawn apart)", each.join(", "))
    };
    let every = if list.iter().all(|s| *s == SkillScale::Importance) {
        format!(
            "every job rates it within {} points",
            crate::compare::SKILLS_CLOSE
        )
    } else if c.len() == 2 {
        "both jobs list it".to_string()
    } else {
        "every job lists it".to_string()
    };
    d.para(
        &format!("⇄ shared: {every} · ★ one of the job's three top skills · {scales}"),
        w,
        0,
        t.dim(),
    );
    d.blank();
    let list = |l: &[String]| {
        if l.is_empty() {
            "none".to_string()
        } else {
            l.join(", ")
        }
    };
    let s = &c.skills;
    d.para(&format!("Shared: {}", list(&s.shared)), w, 0, Style::new());
    for (i, only) in s.only.iter().enumerate() {
        let line = format!("Only {}: {}", c.letter(i), list(only));
        d.para(&line, w, 0, t.side(c.column(i)));
    }
}

/// What each job's numbers measure and the length of a full bar. Bars of one scale share a
/// length; importance (0-100) is drawn against its full range.
struct Scales {
    scales: Vec<SkillScale>,
    max: Vec<f64>,
}

impl Scales {
    fn of(c: &Comparison) -> Scales {
        let share_max = c
            .skills
            .rows
            .iter()
            .flat_map(|r| {
                r.values
                    .iter()
                    .zip(&c.skills.scales)
                    .filter(|(_, scale)| **scale == SkillScale::ResumeShare)
                    .filter_map(|(v, _)| *v)
            })
            .fold(1.0f64, f64::max);
        Scales {
            scales: c.skills.scales.clone(),
            max: c
                .skills
                .scales
                .iter()
                .map(|s| match s {
                    SkillScale::ResumeShare => share_max,
                    SkillScale::Importance => 100.0,
                })
                .collect(),
        }
    }
}

/// `⇄` for a skill the jobs share (one job alone shares nothing).
fn mark(c: &Comparison, r: &SkillRow, t: Theme) -> Span<'static> {
    if r.shared() && c.len() > 1 {
        Span::styled("⇄ ", t.bold())
    } else {
        Span::raw("  ")
    }
}

fn name(r: &SkillRow, w: usize, t: Theme) -> Span<'static> {
    let style = if r.top.iter().any(|&t| t) {
        t.bold()
    } else {
        Style::new()
    };
    Span::styled(text::pad(&r.name, w), style)
}

/// `★ ████▌ 10%` in `w` columns: the top-skill star, the bar on a shared scale, the share.
fn cell(
    c: &Comparison,
    r: &SkillRow,
    i: usize,
    w: usize,
    scales: &Scales,
    t: Theme,
) -> Vec<Span<'static>> {
    let max = scales.max.get(i).copied().unwrap_or(100.0);
    let (pct, top) = (r.value(i), r.is_top(i));
    let star = if top {
        Span::styled("★ ", t.top())
    } else {
        Span::raw("  ")
    };
    let Some(p) = pct else {
        return vec![
            star,
            Span::styled(text::pad("n/a", w.saturating_sub(2)), t.dim()),
        ];
    };
    let scale = scales
        .scales
        .get(i)
        .copied()
        .unwrap_or(SkillScale::Importance);
    let label = format!(" {}", scale.format(Some(p)));
    let bar_w = w.saturating_sub(2 + 6);
    let bar = super::bar_text(p, max, bar_w);
    let fill = w.saturating_sub(2 + width(&bar) + width(&label));
    vec![
        star,
        Span::styled(bar, t.side(c.column(i))),
        Span::styled(label, if top { t.bold() } else { Style::new() }),
        Span::raw(" ".repeat(fill)),
    ]
}
