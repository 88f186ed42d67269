//! The job picker: the query line, the count of matches, and the matching jobs best first with
//! the matched characters highlighted and the pair's A / B markers.

use ratatui::buffer::Buffer;
use ratatui::layout::{HorizontalAlignment, Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use super::app::{App, Focus, visible_offset};
use super::layout::Areas;
use super::text::{self, char_width, width};

/// `100000` → `100,000`.
fn thousands(n: usize) -> String {
    crate::compare::thousands(n as u64)
}

/// Draws the picker: its block, the query line and the list of matching jobs.
pub fn render(app: &App, areas: &Areas, buf: &mut Buffer) {
    let t = app.theme;
    let focused = app.focus == Focus::Picker;
    if !areas.picker.is_empty() {
        let slot = Span::styled(
            format!(" Enter {} ", app.pick_label()),
            t.side(app.picker.target).patch(t.bold()),
        );
        let (border, style) = if focused {
            (BorderType::Thick, t.focus_border())
        } else {
            (BorderType::Plain, t.border())
        };
        let mut block = Block::bordered();
        // More jobs than rows: say where the list is, as the tabs and the help do.
        if let Some(at) = text::scroll_position(
            list_offset(app, areas.list),
            usize::from(areas.list.height),
            app.picker.hits.len(),
        ) {
            block =
                block.title_bottom(Line::styled(at, t.dim()).alignment(HorizontalAlignment::Right));
        }
        block
            .border_type(border)
            .border_style(style)
            .title(Line::from(vec![
                Span::styled(" Jobs ", t.bold()),
                // Without a rule under the query, the title says the order and filter.
                Span::styled(
                    if areas.list.y > areas.query.y + 1 {
                        String::new()
                    } else {
                        arrangement(
                            app,
                            usize::from(areas.picker.width)
                                .saturating_sub(width(" Jobs ") + width(&slot.content) + 2),
                        )
                        .unwrap_or_default()
                    },
                    t.key(),
                ),
            ]))
            .title(Line::from(slot).alignment(HorizontalAlignment::Right))
            .render(areas.picker, buf);
        if areas.list.y > areas.query.y + 1 {
            let rule = Rect {
                y: areas.query.y + 1,
                ..areas.query
            };
            // The order and filter in force are said on the rule under the query, where they
            // have the picker's whole width.
            let w = usize::from(rule.width);
            let label = arrangement(app, w);
            match label {
                Some(label) => {
                    let shown = text::truncate(&label, w);
                    let rest = w.saturating_sub(width(&shown));
                    Line::from(vec![
                        Span::styled(shown, t.key()),
                        Span::styled("─".repeat(rest), t.dim()),
                    ])
                    .render(rule, buf);
                }
                None => Line::styled("─".repeat(w), t.dim()).render(rule, buf),
            }
        }
        list(app, areas.list, buf);
    }
    query_line(app, areas.query, buf);
}

/// What the query line shows of the query: its end, when it is longer than the line.
pub fn visible_query(app: &App, room: usize) -> String {
    let q = &app.picker.query;
    if width(q) <= room {
        return q.clone();
    }
    let mut kept: Vec<char> = Vec::new();
    let mut used = 1; // the leading `…`
    for c in q.chars().rev() {
        if used + char_width(c) > room {
            break;
        }
        used += char_width(c);
        kept.push(c);
    }
    kept.push('…');
    kept.into_iter().rev().collect()
}

/// The query line's prompt, before the query.
pub const PROMPT: &str = "> ";

/// How the query line is laid out: the count, whether it fits, and the visible query.
struct QueryLine {
    count: String,
    show_count: bool,
    shown: String,
}

fn query_layout(app: &App, area: Rect) -> QueryLine {
    // While a large dataset is being matched, the count says so instead of showing a stale one.
    let count = if let Some(l) = &app.loading {
        // While the dataset loads: how many names have arrived (of how many, once known),
        // or with a query how many of those match; the spinner says more are coming.
        let arrived = thousands(l.names.len());
        let shown = match l.total {
            _ if !app.picker.query.trim().is_empty() => {
                format!("{}/{arrived}", thousands(app.picker.hits.len()))
            }
            Some(total) => format!("{arrived}/{}", thousands(total)),
            None => arrived,
        };
        format!(" {shown} {}", l.spinner())
    } else if app.picker.pending {
        format!(" …/{}", thousands(app.catalog.len()))
    } else {
        format!(
            " {}/{}",
            thousands(app.picker.hits.len()),
            thousands(app.catalog.len())
        )
    };
    let w = usize::from(area.width);
    let show_count = w >= width(PROMPT) + width(&count) + 4;
    let room = w
        .saturating_sub(width(PROMPT))
        .saturating_sub(if show_count { width(&count) } else { 0 })
        .saturating_sub(1);
    QueryLine {
        shown: visible_query(app, room),
        count,
        show_count,
    }
}

/// Where the terminal cursor goes: after the query.
pub fn cursor(app: &App, area: Rect) -> Position {
    let q = query_layout(app, area);
    let x = usize::from(area.x) + width(PROMPT) + width(&q.shown);
    let x = u16::try_from(x).unwrap_or(u16::MAX);
    Position::new(x.min(area.right().saturating_sub(1)), area.y)
}

fn query_line(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let t = app.theme;
    let focused = app.focus == Focus::Picker;
    let QueryLine {
        count,
        show_count,
        shown,
    } = query_layout(app, area);
    let prompt_style = if focused { t.focus_border() } else { t.dim() };
    let mut spans = vec![Span::styled(PROMPT, prompt_style)];
    if app.picker.query.is_empty() && !focused {
        let room = usize::from(area.width).saturating_sub(width(PROMPT) + width(&count));
        spans.push(Span::styled(text::truncate("/ to search", room), t.dim()));
    } else {
        spans.push(Span::styled(shown, t.bold()));
    }
    Line::from(spans).render(area, buf);
    if show_count {
        let x = area.right().saturating_sub(width(&count) as u16);
        buf.set_string(x, area.y, &count, t.dim());
    }
}

/// The first row of the matches the list shows in `area`.
fn list_offset(app: &App, area: Rect) -> usize {
    visible_offset(
        app.picker.list_offset,
        app.picker.selected,
        app.picker.hits.len(),
        usize::from(area.height),
    )
}

fn list(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let t = app.theme;
    if app.picker.hits.is_empty() {
        use super::{action::Action, keymap};
        let clears = keymap::key_of(keymap::Context::Picker, &Action::Escape);
        let msg = if app.loading.is_some() && app.job_count() == 0 {
            "reading the dataset…".to_string()
        } else if app.loading.is_some() {
            format!("no job read so far matches ({clears} clears)")
        } else if app.catalog.is_empty() {
            "no jobs in this dataset".to_string()
        } else {
            format!("no job matches ({clears} clears)")
        };
        Line::styled(text::truncate(&msg, usize::from(area.width)), t.dim()).render(area, buf);
        return;
    }
    let height = usize::from(area.height);
    let offset = list_offset(app, area);
    let focused = app.focus == Focus::Picker;
    for (i, hit) in app.picker.hits.iter().enumerate().skip(offset).take(height) {
        let row = Rect {
            y: area.y + (i - offset) as u16,
            height: 1,
            ..area
        };
        let selected = i == app.picker.selected;
        // The pinned job's letter in the first place, another column's in the second.
        let columns = app.columns_of(hit.index);
        let letter = |pinned: bool| {
            columns
                .iter()
                .find(|&&c| (c == 0) == pinned)
                .map_or(Span::raw(" "), |&c| {
                    Span::styled(
                        crate::compare::letter(c).to_string(),
                        t.side(c).patch(t.bold()),
                    )
                })
        };
        let mut spans = vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            letter(true),
            letter(false),
            Span::raw(" "),
        ];
        let name = app.name(hit.index);
        let tag = app.row_tag(hit.index, area.width);
        let tag = tag.as_deref();
        let room = usize::from(area.width)
            .saturating_sub(5)
            .saturating_sub(tag.map_or(0, width));
        spans.extend(name_spans(name, &app.positions(hit.index), room, t));
        if let Some(tag) = tag {
            let used: usize = spans.iter().map(|s| width(&s.content)).sum();
            let gap = usize::from(area.width).saturating_sub(used + width(tag));
            spans.push(Span::raw(" ".repeat(gap)));
            spans.push(Span::styled(tag, t.dim()));
        }
        let mut line = Line::from(spans);
        if selected {
            let style = if focused {
                t.selected()
            } else {
                Style::new().add_modifier(Modifier::BOLD)
            };
            buf.set_style(row, style);
            line = line.patch_style(style);
        }
        line.render(row, buf);
    }
}

/// The order and the filter in force, when they are not the default: `by salary ·
/// Associate's degree `, so the list never hides how it was made. When that is wider than
/// `room`, the filters are summarised (`3 filters: Bachelor's…, Healthcare…, +1`) so that
/// how many are on still shows.
fn arrangement(app: &App, room: usize) -> Option<String> {
    let mut order = None;
    if let Some(like) = &app.picker.like {
        order = Some(format!("similar to {}", like.name));
    } else if app.picker.sort != crate::rank::SortBy::Name {
        // A typed query orders by match; the sort waits for the query to be cleared.
        order = Some(if app.picker.query.trim().is_empty() {
            format!("by {}", app.picker.sort.label())
        } else {
            format!("by match ({} when no query)", app.picker.sort.label())
        });
    }
    // Until every job's figures are read, the list is in match order.
    let reading = (order.is_some() || !app.picker.filter.is_empty()) && app.reading_facets();
    let line = |filters: Option<String>| {
        let parts: Vec<String> = order
            .iter()
            .cloned()
            .chain(filters)
            .chain(reading.then(|| "reading figures…".to_string()))
            .collect();
        (!parts.is_empty()).then(|| format!("{} ", parts.join(" · ")))
    };
    let parts = app.picker.filter.parts();
    let full = line((!parts.is_empty()).then(|| parts.join(" · ")));
    if full.as_deref().is_none_or(|l| width(l) <= room) || parts.is_empty() {
        return full;
    }
    // Summarised, every value counts as a filter: two educations are two.
    let filters = app.picker.filter.values();
    let n = filters.len();
    let fit = |l: Option<String>| l.map(|l| text::truncate(&l, room));
    if n == 1 {
        return fit(full);
    }
    // As many filters as fit, each cut short, then how many more; at least the first.
    let mut summary = None;
    for shown in (1..=n).rev() {
        let mut named: Vec<String> = filters[..shown]
            .iter()
            .map(|f| text::truncate(f, 18))
            .collect();
        if shown < n {
            named.push(format!("+{}", n - shown));
        }
        summary = line(Some(format!("{n} filters: {}", named.join(", "))));
        if summary.as_deref().is_some_and(|l| width(l) <= room) {
            return summary;
        }
    }
    fit(summary)
}

/// A name cut to `room` columns (with `…`), its matched characters highlighted.
fn name_spans(
    name: &str,
    matched: &[usize],
    room: usize,
    t: super::theme::Theme,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let kept = text::kept_chars(name, room);
    let mut run = String::new();
    let mut run_matched = false;
    for (ci, c) in name.chars().take(kept).enumerate() {
        let m = matched.binary_search(&ci).is_ok();
        if m != run_matched && !run.is_empty() {
            spans.push(styled_run(std::mem::take(&mut run), run_matched, t));
        }
        run_matched = m;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(styled_run(run, run_matched, t));
    }
    if kept < name.chars().count() {
        spans.push(Span::raw("…"));
    }
    spans
}

fn styled_run(s: String, matched: bool, t: super::theme::Theme) -> Span<'static> {
    if matched {
        Span::styled(s, t.matched())
    } else {
        Span::raw(s)
    }
}
