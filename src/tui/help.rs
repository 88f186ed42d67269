//! The help overlay's content and size: every binding of the keymap by context. Drawing it is
//! in `ui`; the state asks here how far it can scroll.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::keymap::{self, BINDINGS, HELP_ORDER};
use super::text::{self, width, wrap};
use super::theme::Theme;

/// The help overlay's rectangle on a screen.
pub fn area(screen: Rect, lines: usize) -> Rect {
    let w = screen.width.saturating_sub(2).min(78);
    let h = screen
        .height
        .saturating_sub(2)
        .min((lines as u16).saturating_add(2));
    Rect {
        x: screen.x + (screen.width - w) / 2,
        y: screen.y + (screen.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Every binding of [`BINDINGS`] by context, keys then what they do, wrapped to `w` columns.
pub fn lines(t: Theme, w: u16, dataset: &str) -> Vec<Line<'static>> {
    let w = usize::from(w);
    let keys_w = BINDINGS
        .iter()
        .map(|b| width(&keymap::keys_label(b)))
        .max()
        .unwrap_or(0)
        .min(w / 3);
    let mut out = Vec::new();
    let section = |title: &str, rows: Vec<(String, String)>, out: &mut Vec<Line<'static>>| {
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(text::truncate(title, w), t.heading()));
        for (keys, what) in rows {
            let desc = wrap(&what, w.saturating_sub(keys_w + 3).max(1));
            for (i, d) in desc.into_iter().enumerate() {
                let k = if i == 0 { keys.as_str() } else { "" };
                out.push(Line::from(vec![
                    Span::raw(" "),
                    Span::styled(text::pad(k, keys_w), t.key()),
                    Span::raw("  "),
                    Span::raw(d),
                ]));
            }
        }
    };
    for ctx in HELP_ORDER {
        let rows = BINDINGS
            .iter()
            .filter(|b| b.context == ctx)
            .map(|b| (keymap::keys_label(b), b.help.to_string()))
            .collect();
        section(ctx.title(), rows, &mut out);
    }
    let mouse = [
        ("click", "a job: put it in the marked slot; a tab: show it"),
        ("wheel", "scroll the tab, or move through the jobs"),
    ];
    section(
        "Mouse",
        mouse
            .iter()
            .map(|(k, d)| (k.to_string(), d.to_string()))
            .collect(),
        &mut out,
    );
    out.push(Line::default());
    out.push(Line::styled(text::truncate("Loaded", w), t.heading()));
    for l in wrap(dataset, w.saturating_sub(1).max(1)) {
        out.push(Line::from(vec![Span::raw(" "), Span::raw(l)]));
    }
    out.push(Line::default());
    out.push(Line::styled(text::truncate("Data sources", w), t.heading()));
    for (i, para) in crate::model::ATTRIBUTION.iter().enumerate() {
        if i > 0 {
            out.push(Line::default());
        }
        for l in wrap(para, w.saturating_sub(1).max(1)) {
            out.push(Line::from(vec![Span::raw(" "), Span::raw(l)]));
        }
    }
    out
}

/// The width inside the overlay's border on a screen.
pub fn inner_width(screen: Rect) -> u16 {
    area(screen, 0).width.saturating_sub(2)
}

/// How far the help overlay can scroll on a screen.
pub fn max_scroll(screen: Rect, t: Theme, dataset: &str) -> u16 {
    let count = lines(t, inner_width(screen), dataset).len();
    let r = area(screen, count);
    (count as u16).saturating_sub(r.height.saturating_sub(2))
}
