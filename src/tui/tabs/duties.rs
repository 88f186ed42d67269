//! Duties: each job's example responsibilities as bullet lists, side by side when there is room.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::compare::Comparison;

use super::super::text::{width, wrap};
use super::super::theme::Theme;
use super::Doc;

/// The Duties tab at width `w`: the jobs' lists side by side when each column keeps 24
/// columns (two jobs: when the tab has 60), else one after another.
pub fn doc(c: &Comparison, t: Theme, w: u16) -> Doc<'static> {
    let mut d = Doc::default();
    let w = usize::from(w);
    let n = c.len().max(1);
    let gap = 3;
    let side_by_side_w = w.saturating_sub(gap * (n - 1)) / n;
    let columns = if n == 2 {
        w >= 60
    } else {
        side_by_side_w >= 24
    };
    let col_w = if columns { side_by_side_w } else { w };
    let lists: Vec<Vec<Line<'static>>> = (0..c.len()).map(|i| column(c, i, t, col_w)).collect();
    if columns {
        let rows = lists.iter().map(Vec::len).max().unwrap_or(0);
        for row in 0..rows {
            let mut spans = Vec::new();
            for (i, list) in lists.iter().enumerate() {
                let line = list.get(row).cloned().unwrap_or_default();
                let used: usize = line.spans.iter().map(|s| width(&s.content)).sum();
                spans.extend(line.spans);
                if i + 1 < lists.len() {
                    spans.push(Span::raw(" ".repeat(col_w.saturating_sub(used) + gap)));
                }
            }
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

fn column(c: &Comparison, i: usize, t: Theme, w: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let colour = t.side(c.column(i));
    let style = colour.patch(t.bold());
    for l in wrap(&format!("{} {}", c.letter(i), c.name(i)), w) {
        out.push(Line::from(Span::styled(l, style)));
    }
    let duties = c.duties(i);
    if duties.is_empty() {
        out.push(Line::from(Span::styled("n/a", t.dim())));
    }
    for duty in duties {
        for (k, l) in wrap(duty, w.saturating_sub(2)).into_iter().enumerate() {
            let lead = if k == 0 {
                Span::styled("• ", colour)
            } else {
                Span::raw("  ")
            };
            out.push(Line::from(vec![lead, Span::styled(l, Style::new())]));
        }
    }
    out
}
