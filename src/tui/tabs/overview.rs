//! Overview: the headline facts side by side, then what each job does.

use ratatui::text::{Line, Span};

use crate::compare::{Comparison, SectionId};

use super::super::theme::Theme;
use super::{Doc, facts, side_heading};

/// The Overview tab at width `w`.
pub fn doc(c: &Comparison, t: Theme, w: u16, related: usize) -> Doc<'static> {
    let mut d = Doc::default();
    let list = c.facts(SectionId::Overview);
    facts(&mut d, c, &list, t, w);
    if let Some(note) = c.estimate_note() {
        d.para(&note, w, 0, t.dim());
    }
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
    related_jobs(&mut d, c, t, w, related);
    d
}

/// Each real occupation's related occupations (O*NET); the pinned job's can be picked as job B.
fn related_jobs(d: &mut Doc, c: &Comparison, t: Theme, w: u16, selected: usize) {
    for (job, list) in c.related.iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        d.blank();
        let title = if job == 0 {
            use super::super::{action::Action, keymap};
            let key = |a: &Action| keymap::key_of(keymap::Context::Panes, a);
            format!(
                "Related occupations ({}: next, {}: put in B)",
                key(&Action::NextRelated),
                key(&Action::OpenRelated)
            )
        } else {
            "Related occupations".to_string()
        };
        side_heading(d, c, job, &title, t, w);
        for (i, name) in list.iter().enumerate() {
            let chosen = job == 0 && i == selected;
            let (mark, style) = if chosen {
                ("▸ ", t.bold())
            } else {
                ("  ", Default::default())
            };
            let room = usize::from(w).saturating_sub(4);
            d.line(Line::from(vec![
                Span::raw("  "),
                Span::styled(mark, t.side(c.column(job))),
                Span::styled(super::text::truncate(name, room), style),
            ]));
        }
    }
}
