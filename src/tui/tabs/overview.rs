//! Overview: the headline facts side by side, then what each job does.

use ratatui::text::{Line, Span};

use crate::compare::{Comparison, UNKNOWN, Unit, format_value};
use crate::model::Topic;

use super::super::state::PinnedLists;

use super::super::theme::Theme;
use super::{Doc, facts, side_heading};

/// The Overview tab at width `w`.
pub fn doc(
    c: &Comparison,
    t: Theme,
    w: u16,
    (lists, selected, into): (&PinnedLists, usize, char),
) -> Doc<'static> {
    let mut d = Doc::default();
    let list = c.facts(Topic::Overview);
    facts(&mut d, c, &list, t, w);
    super::missing(&mut d, c, Topic::Overview, t, w);
    if let Some(note) = c.estimate_note() {
        d.para(&note, w, 0, t.dim());
    }
    interests(&mut d, c, t, w);
    for i in 0..c.len() {
        d.blank();
        let title = c.description_title(i);
        side_heading(&mut d, c, i, &title, t, w);
        match (c.description(i), c.about(i)) {
            (Some(text), _) => d.para(text, w, 2, Default::default()),
            (None, Some(about)) => d.para(&about, w, 2, t.dim()),
            (None, None) => d.para(crate::compare::UNKNOWN, w, 2, t.dim()),
        }
    }
    pinned_lists(&mut d, c, t, w, (lists, selected, into));
    related_jobs(&mut d, c, t, w);
    d
}

/// Each real occupation's six O*NET interest scores (1-7) as bars, one row per interest and a
/// column per job, with the high-point code.
fn interests(d: &mut Doc, c: &Comparison, t: Theme, w: u16) {
    if c.interests.iter().all(Option::is_none) {
        return;
    }
    d.blank();
    super::heading(
        d,
        "Interests (O*NET RIASEC, 1-7; the strongest first in each code)",
        t,
        w,
    );
    let n = c.len().max(1);
    let label_w = 14;
    let col_w = usize::from(w).saturating_sub(label_w + 1) / n;
    let bar_w = col_w.saturating_sub(2 + 5 + 1).min(20);
    let mut head = vec![Span::raw(" ".repeat(label_w))];
    for i in 0..c.len() {
        let code = c.interests[i].as_ref().map_or(UNKNOWN.to_string(), |x| {
            let est = if x.estimate { " (est.)" } else { "" };
            format!("{}{est}", x.code)
        });
        head.push(Span::styled(
            super::super::text::pad(&format!("{} {code}", c.letter(i)), col_w),
            t.side(c.column(i)).patch(t.bold()),
        ));
    }
    d.line(Line::from(head));
    for (letter, name) in crate::rank::INTERESTS {
        let mut spans = vec![Span::raw(super::super::text::pad(name, label_w))];
        for i in 0..c.len() {
            let score = c.interests[i].as_ref().map(|x| x.scores.get(letter));
            let cell = match score {
                Some(v) => format!(
                    "{} {v:.1}",
                    super::super::text::pad(&super::bar_text(v, 7.0, bar_w), bar_w)
                ),
                None => UNKNOWN.to_string(),
            };
            spans.push(Span::styled(
                super::super::text::pad(&cell, col_w),
                t.side(c.column(i)),
            ));
        }
        d.line(Line::from(spans));
    }
    for (i, s) in c.sources.iter().enumerate() {
        if let Some(source) = s.as_ref().and_then(|s| s.interests.as_deref()) {
            d.para(&format!("Source {}: {source}", c.letter(i)), w, 0, t.dim());
        }
    }
}

/// The mark of the selected related or similar job, which `r` scrolls to.
pub const SELECTED: &str = "▸ ";

/// The pinned job's related occupations (O*NET's) and similar jobs (careerscope's), each with
/// its pay and the difference from the pinned job's; `r` selects among both, `o` puts the
/// selected one in a column.
fn pinned_lists(
    d: &mut Doc,
    c: &Comparison,
    t: Theme,
    w: u16,
    (lists, selected, into): (&PinnedLists, usize, char),
) {
    use super::super::{action::Action, keymap};
    let key = |a: &Action| keymap::key_of(keymap::Context::Panes, a);
    let keys = format!(
        "{}: next, {}: put in {into}",
        key(&Action::NextRelated),
        key(&Action::OpenRelated)
    );
    let parts = [
        (
            format!("Related occupations (O*NET's list; {keys})"),
            &lists.related,
            0,
        ),
        (
            format!("Similar jobs (by what the work needs, 0-100; {keys})"),
            &lists.similar,
            lists.related.len(),
        ),
    ];
    for (k, (title, list, first)) in parts.into_iter().enumerate() {
        let finding = k == 1 && lists.finding_similar;
        if list.is_empty() && !finding {
            continue;
        }
        d.blank();
        side_heading(d, c, 0, &title, t, w);
        if finding {
            d.line(Span::styled("  finding similar jobs…", t.dim()));
        }
        let name_w = list
            .iter()
            .map(|j| super::super::text::width(&j.name))
            .max()
            .unwrap_or(0)
            .min(usize::from(w) / 2);
        for (i, job) in list.iter().enumerate() {
            let chosen = first + i == selected;
            let (mark, style) = if chosen {
                (SELECTED, t.bold())
            } else {
                ("  ", Default::default())
            };
            let score = job
                .similarity
                .map_or(String::new(), |s| format!("{s:>3}  "));
            let pay = job.pay.map_or(UNKNOWN.to_string(), |p| {
                format_value(Unit::Dollars, p as f64)
            });
            let diff = job.difference.map_or(String::new(), |d| {
                let sign = if d > 0 { "+" } else { "" };
                format!("{sign}{}", format_value(Unit::Dollars, d as f64))
            });
            let room = usize::from(w).saturating_sub(4 + score.len() + 24);
            let name_w = name_w.min(room);
            d.line(Line::from(vec![
                Span::raw("  "),
                Span::styled(mark, t.side(c.column(0))),
                Span::raw(score),
                Span::styled(super::super::text::pad(&job.name, name_w), style),
                Span::raw(format!("  {pay:>9}")),
                Span::styled(format!("  {diff}"), t.dim()),
            ]));
        }
    }
}

/// The other jobs' related occupations (O*NET), by name.
fn related_jobs(d: &mut Doc, c: &Comparison, t: Theme, w: u16) {
    for (job, list) in c.related.iter().enumerate().skip(1) {
        if list.is_empty() {
            continue;
        }
        d.blank();
        side_heading(d, c, job, "Related occupations (O*NET)", t, w);
        for name in list {
            let room = usize::from(w).saturating_sub(4);
            d.line(Line::from(vec![
                Span::raw("    "),
                Span::raw(super::super::text::truncate(name, room)),
            ]));
        }
    }
}
