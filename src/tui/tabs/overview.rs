//! Overview: the headline facts side by side, then what each job does.

use ratatui::text::{Line, Span};

use crate::compare::{Comparison, SectionId, Side};

use super::super::theme::Theme;
use super::{Doc, facts, side_heading};

/// The Overview tab at width `w`.
pub fn doc(c: &Comparison, t: Theme, w: u16, related: usize) -> Doc<'static> {
    let mut d = Doc::default();
    let list = c.facts(SectionId::Overview);
    facts(&mut d, c, &list, t, w);
    for side in [Side::A, Side::B] {
        d.blank();
        let title = c.description_title(side);
        side_heading(&mut d, side, &title, t, w);
        match (c.description(side), c.about(side)) {
            (Some(text), _) => d.para(text, w, 2, Default::default()),
            (None, Some(about)) => d.para(&about, w, 2, t.dim()),
            (None, None) => d.para(crate::compare::UNKNOWN, w, 2, t.dim()),
        }
    }
    related_jobs(&mut d, c, t, w, related);
    d
}

/// Each real occupation's related occupations (O*NET); job A's can be picked as job B.
fn related_jobs(d: &mut Doc, c: &Comparison, t: Theme, w: u16, selected: usize) {
    for side in [Side::A, Side::B] {
        let list = &c.related[side.index()];
        if list.is_empty() {
            continue;
        }
        d.blank();
        let title = match side {
            Side::A => "Related occupations (r: next, o: put in B)".to_string(),
            Side::B => "Related occupations".to_string(),
        };
        side_heading(d, side, &title, t, w);
        for (i, name) in list.iter().enumerate() {
            let chosen = side == Side::A && i == selected;
            let (mark, style) = if chosen {
                ("▸ ", t.bold())
            } else {
                ("  ", Default::default())
            };
            let room = usize::from(w).saturating_sub(4);
            d.line(Line::from(vec![
                Span::raw("  "),
                Span::styled(mark, t.side(side)),
                Span::styled(super::text::truncate(name, room), style),
            ]));
        }
    }
}
