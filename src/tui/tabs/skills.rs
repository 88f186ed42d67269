//! Skills: each skill's share as a bar for both jobs on one scale; `⇄` marks skills both jobs
//! list and `★` the three top skills the page's narrative names for a job.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::compare::{Comparison, Side, SkillRow, SkillScale};

use super::super::text::{self, width};
use super::super::theme::Theme;
use super::{Doc, side_letter};

/// The Skills tab: a bar per skill and job, then the legend and the shared and own skills.
pub fn doc(c: &Comparison, t: Theme, w: u16) -> Doc<'static> {
    let mut d = Doc::default();
    let rows = &c.skills.rows;
    if rows.is_empty() {
        d.line(Span::styled("n/a: neither job lists skills", t.dim()));
        return d;
    }
    let w = usize::from(w);
    let scales = Scales::of(c);
    let name_w = rows
        .iter()
        .map(|r| width(&r.name))
        .max()
        .unwrap_or(0)
        .clamp(5, 24);
    let col_w = w.saturating_sub(2 + name_w + 4) / 2;
    if col_w >= 14 {
        side_by_side(&mut d, c, (name_w, col_w), &scales, t);
    } else {
        one_under_the_other(&mut d, rows, w, &scales, t);
    }
    summary(&mut d, c, w as u16, t);
    d
}

/// One line per skill: the name, then A's bar and B's bar in two columns.
fn side_by_side(
    d: &mut Doc,
    c: &Comparison,
    (name_w, col_w): (usize, usize),
    scales: &Scales,
    t: Theme,
) {
    let head = |side: Side, name: &str| {
        Span::styled(
            text::pad(&format!("{} {name}", side_letter(side)), col_w),
            t.side(side).patch(t.bold()),
        )
    };
    d.line(Line::from(vec![
        Span::raw("  "),
        Span::styled(text::pad("Skill", name_w), t.dim()),
        Span::raw("  "),
        head(Side::A, &c.a),
        Span::raw("  "),
        head(Side::B, &c.b),
    ]));
    for r in &c.skills.rows {
        let mut spans = vec![mark(r, t), name(r, name_w, t), Span::raw("  ")];
        spans.extend(cell(r, Side::A, col_w, scales, t));
        spans.push(Span::raw("  "));
        spans.extend(cell(r, Side::B, col_w, scales, t));
        d.line(Line::from(spans));
    }
}

/// Narrow: each skill's name on its own line, then A's bar and B's bar under it.
fn one_under_the_other(d: &mut Doc, rows: &[SkillRow], w: usize, scales: &Scales, t: Theme) {
    for r in rows {
        d.line(Line::from(vec![
            mark(r, t),
            name(r, w.saturating_sub(2), t),
        ]));
        for side in [Side::A, Side::B] {
            let mut spans = vec![Span::styled(
                format!("  {} ", side_letter(side)),
                t.side(side).patch(t.bold()),
            )];
            spans.extend(cell(r, side, w.saturating_sub(4), scales, t));
            d.line(Line::from(spans));
        }
    }
}

/// The legend, then the skills both jobs list and each job's own.
fn summary(d: &mut Doc, c: &Comparison, w: u16, t: Theme) {
    d.blank();
    let [a, b] = c.skill_scales;
    let scales = if a == b {
        format!("numbers: {}", a.name())
    } else {
        format!("A: {}, B: {} (not comparable)", a.name(), b.name())
    };
    d.para(
        &format!("⇄ both jobs list the skill · ★ one of the job's three top skills · {scales}"),
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
    d.para(&format!("Only A: {}", list(&s.only_a)), w, 0, t.a());
    d.para(&format!("Only B: {}", list(&s.only_b)), w, 0, t.b());
}

/// What each side's numbers measure and the length of a full bar. Bars of one scale share a
/// length; importance (0-100) is drawn against its full range.
struct Scales {
    scales: [SkillScale; 2],
    max: [f64; 2],
}

impl Scales {
    fn of(c: &Comparison) -> Scales {
        let share_max = c
            .skills
            .rows
            .iter()
            .flat_map(|r| {
                [(Side::A, r.a_pct), (Side::B, r.b_pct)]
                    .into_iter()
                    .filter(|(side, _)| c.skill_scales[side.index()] == SkillScale::ResumeShare)
                    .filter_map(|(_, v)| v)
            })
            .fold(1.0f64, f64::max);
        Scales {
            scales: c.skill_scales,
            max: c.skill_scales.map(|s| match s {
                SkillScale::ResumeShare => share_max,
                SkillScale::Importance => 100.0,
            }),
        }
    }
}

fn mark(r: &SkillRow, t: Theme) -> Span<'static> {
    if r.shared() {
        Span::styled("⇄ ", t.bold())
    } else {
        Span::raw("  ")
    }
}

fn name(r: &SkillRow, w: usize, t: Theme) -> Span<'static> {
    let style = if r.a_top || r.b_top {
        t.bold()
    } else {
        Style::new()
    };
    Span::styled(text::pad(&r.name, w), style)
}

/// `★ ████▌ 10%` in `w` columns: the top-skill star, the bar on a shared scale, the share.
fn cell(r: &SkillRow, side: Side, w: usize, scales: &Scales, t: Theme) -> Vec<Span<'static>> {
    let max = scales.max[side.index()];
    let (pct, top) = match side {
        Side::A => (r.a_pct, r.a_top),
        Side::B => (r.b_pct, r.b_top),
    };
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
    let label = format!(" {}", scales.scales[side.index()].format(Some(p)));
    let bar_w = w.saturating_sub(2 + 6);
    let bar = super::bar_text(p, max, bar_w);
    let fill = w.saturating_sub(2 + width(&bar) + width(&label));
    vec![
        star,
        Span::styled(bar, t.side(side)),
        Span::styled(label, if top { t.bold() } else { Style::new() }),
        Span::raw(" ".repeat(fill)),
    ]
}
