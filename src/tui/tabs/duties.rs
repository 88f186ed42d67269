//! Duties: each job's example responsibilities as bullet lists, side by side when there is room.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::compare::{Comparison, Side};

use super::super::text::{width, wrap};
use super::super::theme::Theme;
use super::{Doc, side_letter};

/// The Duties tab at width `w`.
pub fn doc(c: &Comparison, t: Theme, w: u16) -> Doc<'static> {
    let mut d = Doc::default();
    let w = usize::from(w);
    let columns = w >= 60;
    let col_w = if columns { (w - 3) / 2 } else { w };
    let lists: Vec<Vec<Line<'static>>> =
        [(Side::A, &c.a, &c.duties[0]), (Side::B, &c.b, &c.duties[1])]
            .into_iter()
            .map(|(side, name, duties)| column(side, name, duties, t, col_w))
            .collect();
    if columns {
        let rows = lists.iter().map(Vec::len).max().unwrap_or(0);
        for i in 0..rows {
            let left = lists[0].get(i).cloned().unwrap_or_default();
            let used: usize = left.spans.iter().map(|s| width(&s.content)).sum();
            let mut spans = left.spans;
            spans.push(Span::raw(" ".repeat(col_w.saturating_sub(used) + 3)));
            spans.extend(lists[1].get(i).cloned().unwrap_or_default().spans);
            d.line(Line::from(spans));
        }
    } else {
        for (i, list) in lists.into_iter().enumerate() {
            if i > 0 {
                d.blank();
            }
            for l in list {
                d.line(l);
            }
        }
    }
    d
}

fn column(side: Side, name: &str, duties: &[String], t: Theme, w: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let style = t.side(side).patch(t.bold());
    for l in wrap(&format!("{} {name}", side_letter(side)), w) {
        out.push(Line::from(Span::styled(l, style)));
    }
    if duties.is_empty() {
        out.push(Line::from(Span::styled("n/a", t.dim())));
    }
    for duty in duties {
        for (i, l) in wrap(duty, w.saturating_sub(2)).into_iter().enumerate() {
            let lead = if i == 0 {
                Span::styled("• ", t.side(side))
            } else {
                Span::raw("  ")
            };
            out.push(Line::from(vec![lead, Span::styled(l, Style::new())]));
        }
    }
    out
}
