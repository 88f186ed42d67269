//! Overview: the headline facts side by side, then what each job does.

use ratatui::text::{Line, Span};

use crate::compare::{Comparison, SectionId, Side};

use super::super::theme::Theme;
use super::{Doc, facts, side_letter};

/// The Overview tab at width `w`.
pub fn doc(c: &Comparison, t: Theme, w: u16) -> Doc<'static> {
    let mut d = Doc::default();
    let list = c.facts(SectionId::Overview);
    facts(&mut d, c, &list, t, w);
    for side in [Side::A, Side::B] {
        d.blank();
        let title = c.description_title(side);
        d.line(Line::from(vec![
            Span::styled(
                format!("{} ", side_letter(side)),
                t.side(side).patch(t.bold()),
            ),
            Span::styled(
                super::text::truncate(&title, usize::from(w).saturating_sub(2)),
                t.heading(),
            ),
        ]));
        match (c.description(side), c.about(side)) {
            (Some(text), _) => d.para(text, w, 2, Default::default()),
            (None, Some(about)) => d.para(&about, w, 2, t.dim()),
            (None, None) => d.para(crate::compare::UNKNOWN, w, 2, t.dim()),
        }
    }
    d
}
