//! Skills: each skill's share as a bar for both jobs on one scale; `⇄` marks skills both jobs
//! list and `★` the three top skills the page's narrative names for a job.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::compare::{Comparison, Side, SkillRow, SkillScale};

use super::super::text::{self, width};
use super::super::theme::Theme;
use super::{Doc, side_letter};

const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

pub fn doc(c: &Comparison, t: Theme, w: u16) -> Doc<'static> {
    let mut d = Doc::default();
    let rows = &c.skills.rows;
    if rows.is_empty() {
        d.line(Span::styled("n/a: neither job lists skills", t.dim()));
        return d;
    }
    let w = usize::from(w);
    // Bars of one scale share a length; importance (0-100) is drawn against its full range.
    let share_max = rows
        .iter()
        .flat_map(|r| {
            [(Side::A, r.a_pct), (Side::B, r.b_pct)]
                .into_iter()
                .filter(|(side, _)| c.skill_scales[side.index()] == SkillScale::ResumeShare)
                .filter_map(|(_, v)| v)
        })
        .fold(1.0f64, f64::max);
    let max = |side: Side| match c.skill_scales[side.index()] {
        SkillScale::ResumeShare => share_max,
        SkillScale::Importance => 100.0,
    };
    let name_w = rows
        .iter()
        .map(|r| width(&r.name))
        .max()
        .unwrap_or(0)
        .clamp(5, 24);
    let col_w = w.saturating_sub(2 + name_w + 4) / 2;
    if col_w >= 14 {
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
        for r in rows {
            let mut spans = vec![mark(r, t), name(r, name_w, t), Span::raw("  ")];
            spans.extend(cell(c, r, Side::A, col_w, max(Side::A), t));
            spans.push(Span::raw("  "));
            spans.extend(cell(c, r, Side::B, col_w, max(Side::B), t));
            d.line(Line::from(spans));
        }
    } else {
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
                spans.extend(cell(c, r, side, w.saturating_sub(4), max(side), t));
                d.line(Line::from(spans));
            }
        }
    }
    d.blank();
    let [a, b] = c.skill_scales;
    let scales = if a == b {
        format!("numbers: {}", a.name())
    } else {
        format!("A: {}, B: {} (not comparable)", a.name(), b.name())
    };
    d.para(
        &format!("⇄ both jobs list the skill · ★ one of the job's three top skills · {scales}"),
        w as u16,
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
    d.para(
        &format!("Shared: {}", list(&c.skills.shared)),
        w as u16,
        0,
        Style::new(),
    );
    d.para(
        &format!("Only A: {}", list(&c.skills.only_a)),
        w as u16,
        0,
        t.a(),
    );
    d.para(
        &format!("Only B: {}", list(&c.skills.only_b)),
        w as u16,
        0,
        t.b(),
    );
    d
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
fn cell(
    c: &Comparison,
    r: &SkillRow,
    side: Side,
    w: usize,
    max: f64,
    t: Theme,
) -> Vec<Span<'static>> {
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
    let label = format!(" {}", c.skill_scales[side.index()].format(Some(p)));
    let bar_w = w.saturating_sub(2 + 6);
    let eighths = ((p.max(0.0) / max) * (bar_w * 8) as f64).round() as usize;
    let mut bar: String = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        bar.push(EIGHTHS[eighths % 8]);
    }
    let fill = w.saturating_sub(2 + width(&bar) + width(&label));
    vec![
        star,
        Span::styled(bar, t.side(side)),
        Span::styled(label, if top { t.bold() } else { Style::new() }),
        Span::raw(" ".repeat(fill)),
    ]
}
