//! Education: each job's most common degree as a level on one ordered scale (no formal
//! credential to doctoral or professional), then the education facts (degree, entry education,
//! experience), each labelled with its source.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Widget};

use crate::compare::{Comparison, FactId};
use crate::model::Topic;

use super::super::text;
use super::super::theme::Theme;
use super::{Doc, facts, heading};

/// The Education tab at width `w`.
pub fn doc(c: &Comparison, t: Theme, w: u16) -> Doc<'static> {
    let mut d = Doc::default();
    let list = c.facts(Topic::Education);
    heading(
        &mut d,
        "Education level, 1 (no formal credential) to 8 (doctoral or professional)",
        t,
        w,
    );
    if let Some(f) = c.fact(Topic::Education, FactId::MostCommonDegree) {
        for i in 0..c.len() {
            let (level, name) = (f.amount(i), c.name(i));
            let style = t.side(c.column(i));
            let higher = f.is_higher(i);
            let mut spans = vec![
                Span::styled(format!("{} ", c.letter(i)), style.patch(t.bold())),
                Span::styled(
                    text::truncate(name, usize::from(w).saturating_sub(2)),
                    style.patch(t.bold()),
                ),
            ];
            if higher {
                spans.push(super::higher_mark(f, t));
            }
            d.line(Line::from(spans));
            // The degree with its share, or BLS's entry education where O*NET has none.
            d.para(f.value(i), w, 2, Default::default());
            match level {
                Some(l) => {
                    let top = crate::compare::level::LEVELS.len() as f64;
                    let ratio = (l / top).clamp(0.0, 1.0);
                    let label = format!("{l:.0} of {top:.0} ");
                    d.widget(1, move |area, buf| {
                        let area = ratatui::layout::Rect {
                            x: area.x + 2,
                            width: area.width.saturating_sub(2).min(50),
                            ..area
                        };
                        LineGauge::default()
                            .ratio(ratio)
                            .label(label.clone())
                            .filled_symbol("█")
                            .unfilled_symbol("░")
                            .filled_style(style)
                            .unfilled_style(t.dim().remove_modifier(Modifier::BOLD))
                            .render(area, buf);
                    });
                }
                None => d.para(crate::compare::UNKNOWN, w, 2, t.dim()),
            }
        }
        d.blank();
    }
    facts(&mut d, c, &list, t, w);
    super::missing(&mut d, c, Topic::Education, t, w);
    if let Some(note) = c.experience_note() {
        d.para(&note, w, 0, t.dim());
    }
    d
}
