//! The six tabs of the pair, one file each, and what they share: the tab list, a scrollable
//! document of lines and widgets, and the side-by-side table of facts.

pub mod demographics;
pub mod duties;
pub mod education;
pub mod overview;
pub mod pay_map;
pub mod salary;
pub mod skills;

use ratatui::buffer::Buffer;
use ratatui::layout::Constraint;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Text;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Row, Table, Widget};

use strum::IntoEnumIterator;

use super::action::Action;
use crate::compare::{Comparison, Fact, SAME, UNKNOWN};
use crate::model::Topic;

pub use super::state::Tab;
use super::text::{self, width, wrap};
use super::theme::Theme;

/// The tab bar's titles and padding for a width: the longest form that fits, from
/// `1 Overview` down to bare numbers (the selected tab keeps its short name while it fits).
/// Every form keeps the numbers, since they are the keys `1`..`6`.
pub fn bar_titles(width: u16, selected: Tab) -> (Vec<String>, u16) {
    let total = |titles: &[String], pad: usize| {
        titles
            .iter()
            .map(|t| text::width(t) + 2 * pad)
            .sum::<usize>()
            + titles.len()
            - 1
    };
    let numbered = |t: Tab| format!("{} {}", t.index() + 1, t.title());
    let short = |t: Tab| format!("{} {}", t.index() + 1, t.short());
    let selected_short = |t: Tab| {
        if t == selected {
            short(t)
        } else {
            (t.index() + 1).to_string()
        }
    };
    let forms: [(&dyn Fn(Tab) -> String, u16); 4] = [
        (&numbered, 1),
        (&short, 1),
        (&short, 0),
        (&selected_short, 1),
    ];
    for (form, pad) in forms {
        let titles: Vec<String> = Tab::iter().map(form).collect();
        if total(&titles, usize::from(pad)) <= usize::from(width) {
            return (titles, pad);
        }
    }
    (
        Tab::iter().map(|t| (t.index() + 1).to_string()).collect(),
        0,
    )
}

/// The tab bar at a width: each tab's padding, title and padding, tabs divided by `│`, the
/// selected title in `highlight`. It is drawn as it is, and [`tab_at`] reads clicks from the
/// same spans, so the two always agree.
pub fn bar(width: u16, selected: Tab, highlight: Style) -> Line<'static> {
    let (titles, pad) = bar_titles(width, selected);
    let pad = " ".repeat(usize::from(pad));
    let mut spans = Vec::new();
    for (tab, title) in Tab::iter().zip(titles) {
        if tab.index() > 0 {
            spans.push(Span::raw(BAR_DIVIDER));
        }
        let style = if tab == selected {
            highlight
        } else {
            Style::new()
        };
        spans.extend([
            Span::raw(pad.clone()),
            Span::styled(title, style),
            Span::raw(pad.clone()),
        ]);
    }
    Line::from(spans)
}

/// Between two tabs of the bar.
const BAR_DIVIDER: &str = "│";
/// Spans per tab in [`bar`]: padding, title, padding, then the divider.
const SPANS_PER_TAB: usize = 4;

/// The tab under column `x` of the tab bar (for mouse clicks), read from [`bar`]'s spans.
pub fn tab_at(area: Rect, x: u16, selected: Tab) -> Option<Tab> {
    let line = bar(area.width, selected, Style::new());
    let x = usize::from(x);
    let mut start = usize::from(area.x);
    for (i, span) in line.spans.iter().enumerate() {
        let end = start + span.width();
        let is_divider = i % SPANS_PER_TAB == SPANS_PER_TAB - 1;
        if !is_divider && (start..end).contains(&x) {
            return Tab::from_repr(i / SPANS_PER_TAB);
        }
        start = end;
    }
    None
}

/// Draws a widget into a rectangle.
pub type DrawFn<'a> = Box<dyn Fn(Rect, &mut Buffer) + 'a>;

/// One part of a [`Doc`]: a line, or a widget of a fixed height.
pub enum Part<'a> {
    Line(Line<'a>),
    Widget(u16, DrawFn<'a>),
}

/// A tab's content: lines and fixed-height widgets one under the other, of any height; the
/// pane shows a window of it, so every tab scrolls the same way.
#[derive(Default)]
pub struct Doc<'a> {
    pub parts: Vec<Part<'a>>,
}

impl<'a> Doc<'a> {
    /// Adds a line.
    pub fn line(&mut self, line: impl Into<Line<'a>>) {
        self.parts.push(Part::Line(line.into()));
    }

    /// Adds an empty line.
    pub fn blank(&mut self) {
        self.line(Line::default());
    }

    /// Adds a widget `height` lines tall, drawn by `draw`.
    pub fn widget(&mut self, height: u16, draw: impl Fn(Rect, &mut Buffer) + 'a) {
        self.parts.push(Part::Widget(height, Box::new(draw)));
    }

    /// A paragraph wrapped to `w` columns, every line indented by `indent` spaces.
    pub fn para(&mut self, s: &str, w: u16, indent: usize, style: Style) {
        let w = usize::from(w).saturating_sub(indent).max(1);
        for l in wrap(s, w) {
            self.line(Line::from(vec![
                Span::raw(" ".repeat(indent)),
                Span::styled(l, style),
            ]));
        }
    }

    /// The first line (counted from the top, widgets by their height) holding `needle`.
    pub fn line_with(&self, needle: &str) -> Option<u16> {
        let mut y: u32 = 0;
        for part in &self.parts {
            match part {
                Part::Line(l) if l.spans.iter().any(|s| s.content.contains(needle)) => {
                    return u16::try_from(y).ok();
                }
                Part::Line(_) => y += 1,
                Part::Widget(h, _) => y += u32::from(*h),
            }
        }
        None
    }

    /// The document's height in lines.
    pub fn height(&self) -> u16 {
        let h: u32 = self
            .parts
            .iter()
            .map(|p| match p {
                Part::Line(_) => 1,
                Part::Widget(h, _) => u32::from(*h),
            })
            .sum();
        h.min(u32::from(u16::MAX)) as u16
    }

    /// Draws the lines `scroll..scroll + area.height` of the document into `area`.
    pub fn render(&self, area: Rect, scroll: u16, buf: &mut Buffer) {
        let (top, bottom) = (
            u32::from(scroll),
            u32::from(scroll) + u32::from(area.height),
        );
        let mut y: u32 = 0;
        for part in &self.parts {
            let h = match part {
                Part::Line(_) => 1,
                Part::Widget(h, _) => u32::from(*h),
            };
            let (start, end) = (y, y + h);
            y = end;
            if end <= top || start >= bottom || h == 0 {
                continue;
            }
            if start >= top && end <= bottom {
                let r = Rect {
                    y: area.y + (start - top) as u16,
                    height: h as u16,
                    ..area
                };
                match part {
                    Part::Line(l) => l.render(r, buf),
                    Part::Widget(_, f) => f(r, buf),
                }
                continue;
            }
            // Partly visible: draw it whole off screen and copy the visible rows.
            let Part::Widget(_, f) = part else { continue };
            let mut off = Buffer::empty(Rect::new(0, 0, area.width, h as u16));
            f(off.area, &mut off);
            for row in start.max(top)..end.min(bottom) {
                for col in 0..area.width {
                    let cell = off[(col, (row - start) as u16)].clone();
                    buf[(area.x + col, area.y + (row - top) as u16)] = cell;
                }
            }
        }
    }
}

/// What a tab is drawn from besides the pair's facts.
#[derive(Debug, Clone, Copy)]
pub struct TabContext<'a> {
    pub theme: Theme,
    /// Why the pair cannot be shown, when there is no comparison because of a broken profile.
    pub problem: Option<&'a str>,
    /// Which of the pinned job's related and similar jobs is selected (Overview).
    pub related: usize,
    /// The pinned job's related occupations and similar jobs, with pay (Overview).
    pub lists: &'a super::state::PinnedLists,
    /// The first of the other jobs shown beside the pinned one when not all fit.
    pub first_column: usize,
    /// The marked job, which is shown when not all fit.
    pub marked: usize,
    /// What is being read while the dataset loads behind the first frame.
    pub loading: Option<&'a str>,
}

/// The document of a tab for a pair's facts (`None`: no pair) at a width.
pub fn doc(c: Option<&Comparison>, ctx: TabContext, tab: Tab, width: u16) -> Doc<'static> {
    let Some(c) = c else {
        let mut d = Doc::default();
        match ctx.problem {
            _ if ctx.loading.is_some() => d.para(
                &format!(
                    "Reading {}. Type to search the jobs read so far; the first pair is shown \
                     when the whole dataset is read.",
                    ctx.loading.unwrap_or_default()
                ),
                width,
                0,
                ctx.theme.dim(),
            ),
            Some(problem) => d.para(
                &format!("This pair cannot be shown: {problem}"),
                width,
                0,
                ctx.theme.warning(),
            ),
            None => d.para(
                "No jobs in this dataset. Add some with `careerscope import PAGE`, or open a \
                 dataset with `careerscope --data FILE`.",
                width,
                0,
                ctx.theme.dim(),
            ),
        }
        return d;
    };
    let t = ctx.theme;
    let all = c.len();
    let shown = shown(c, width, ctx.first_column, ctx.marked);
    let c = &shown;
    let body = match tab {
        Tab::Overview => {
            // `o` puts the selected job in the marked column, B when the pinned job is marked.
            let into = crate::compare::letter(ctx.marked.clamp(1, all.saturating_sub(1).max(1)));
            overview::doc(c, t, width, (ctx.lists, ctx.related, into))
        }
        Tab::Salary => salary::doc(c, t, width),
        Tab::Education => education::doc(c, t, width),
        Tab::Demographics => demographics::doc(c, t, width),
        Tab::Duties => duties::doc(c, t, width),
        Tab::Skills => skills::doc(c, t, width),
    };
    let mut d = Doc::default();
    if c.len() < all {
        // Never squeezed: as many jobs as fit, and a line saying how to see the others.
        let names: Vec<String> = (0..c.len())
            .map(|i| format!("{} {}", c.letter(i), c.name(i)))
            .collect();
        d.para(
            &format!(
                "{} of {all} jobs shown: {} · {}/{} show the others",
                c.len(),
                names.join(", "),
                key(&Action::ScrollColumns(-1)),
                key(&Action::ScrollColumns(1)),
            ),
            width,
            0,
            t.bold(),
        );
    }
    sources(&mut d, c, tab.topic(), t, width);
    d.parts.extend(body.parts);
    d
}

/// The key the tabs bind to `action`, for text that names it.
fn key(action: &super::action::Action) -> String {
    super::keymap::key_of(super::keymap::Context::Panes, action)
}

/// The least width a job's column takes beside others, and the width kept for the labels.
const COLUMN_MIN: u16 = 20;
const LABEL_RESERVE: u16 = 20;

/// How many of `n` jobs fit side by side in a tab `width` columns wide: every one of two (a
/// narrow tab stacks them), else as many as keep each column at least [`COLUMN_MIN`] wide, and
/// never fewer than two.
pub fn columns_that_fit(width: u16, n: usize) -> usize {
    if n <= 2 {
        return n;
    }
    let fit = usize::from(width.saturating_sub(LABEL_RESERVE) / COLUMN_MIN);
    fit.clamp(2, n)
}

/// Where the other jobs shown beside the pinned one start, when `fit` of `n` jobs fit: from
/// `first` on, moved as little as needed to show the `marked` job (the one picked or marked
/// last), and never past the last job.
pub fn first_shown(n: usize, fit: usize, first: usize, marked: usize) -> usize {
    let others = fit.saturating_sub(1).max(1);
    let last_start = n.saturating_sub(1 + others);
    let mut first = first.min(last_start);
    if marked > 0 {
        let at = marked - 1;
        if at < first {
            first = at;
        } else if at >= first + others {
            first = at + 1 - others;
        }
    }
    first.min(last_start)
}

/// The comparison as a tab `width` wide shows it: every job when all fit, else the pinned job
/// and as many others as fit, from `first` on and showing the `marked` job.
pub fn shown(
    c: &Comparison,
    width: u16,
    first: usize,
    marked: usize,
) -> std::borrow::Cow<'_, Comparison> {
    let fit = columns_that_fit(width, c.len());
    if fit >= c.len() {
        // Every frame draws (and measures) from this: no copy when every job fits.
        return std::borrow::Cow::Borrowed(c);
    }
    let first = first_shown(c.len(), fit, first, marked);
    let keep: Vec<usize> = std::iter::once(0)
        .chain((1 + first..).take(fit.saturating_sub(1)))
        .collect();
    std::borrow::Cow::Owned(c.project(&keep))
}

/// A quiet line (or one a side) saying where the tab's figures come from, above them, so
/// that no number is on screen without its source and period.
fn sources(d: &mut Doc, c: &Comparison, topic: Topic, t: Theme, w: u16) {
    let lines = c.source_lines(topic);
    if lines.is_empty() {
        return;
    }
    for (job, source) in lines {
        let lead = match job {
            None => "Source: ".to_string(),
            Some(i) => format!("Source {}: ", c.letter(i)),
        };
        let room = usize::from(w).saturating_sub(width(&lead)).max(1);
        // On a narrow pane a wrapped source would push the figures off screen: one line each.
        let lines = if w < 60 {
            vec![text::truncate(&source, room)]
        } else {
            wrap(&source, room)
        };
        for (i, l) in lines.into_iter().enumerate() {
            let lead = if i == 0 {
                lead.clone()
            } else {
                " ".repeat(width(&lead))
            };
            d.line(Line::from(vec![
                Span::styled(lead, t.dim()),
                Span::styled(l, t.dim()),
            ]));
        }
    }
    d.blank();
}

/// How many lines a tab's document takes at a width.
pub fn content_height(c: Option<&Comparison>, ctx: TabContext, tab: Tab, width: u16) -> u16 {
    doc(c, ctx, tab, width).height()
}

/// A heading that belongs to job `i`: `A Related occupations`, the letter in the job's colour.
pub fn side_heading(doc: &mut Doc, c: &Comparison, i: usize, title: &str, t: Theme, w: u16) {
    doc.line(Line::from(vec![
        Span::styled(
            format!("{} ", c.letter(i)),
            t.side(c.column(i)).patch(t.bold()),
        ),
        Span::styled(
            text::truncate(title, usize::from(w).saturating_sub(2)),
            t.heading(),
        ),
    ]));
}

/// The one dim line naming the facts of `topic` that no shown job has, left out of the table
/// above it ("Not in the official sources: major, college").
pub fn missing(doc: &mut Doc, c: &Comparison, topic: crate::model::Topic, t: Theme, w: u16) {
    if let Some(line) = c.missing_line(Some(topic)) {
        doc.para(&line, w, 0, t.dim());
    }
}

/// A section heading.
pub fn heading(doc: &mut Doc, title: &str, t: Theme, w: u16) {
    doc.line(Span::styled(
        text::truncate(title, usize::from(w)),
        t.heading(),
    ));
}

/// The facts of a section in a table: the label, each job's value (the highest marked `▲` in
/// green where higher is better, `△` without colour where it is only higher), and each job's
/// difference from the pinned job: in a column of its own beside two jobs, under the value
/// beside more. Narrow widths put each fact on its own lines.
pub fn facts(doc: &mut Doc, c: &Comparison, facts: &[&Fact], t: Theme, w: u16) {
    let w = usize::from(w);
    if c.len() <= 2 {
        let diffs: Vec<&str> = facts.iter().map(|f| f.difference_text(1)).collect();
        match pair_columns(c, facts, &diffs, w) {
            Some(widths) => pair_table(doc, c, facts, &diffs, t, widths),
            None => stacked(doc, c, facts, t, w),
        }
    } else {
        match many_columns(facts, c.len(), w) {
            Some((label_w, value_w)) => many_table(doc, c, facts, t, (label_w, value_w)),
            None => stacked(doc, c, facts, t, w),
        }
    }
}

/// The table's column widths at width `w` — label, A, B, difference — or `None` when the values
/// would be too narrow and the facts are better stacked. A column narrower than its content
/// gets what the others leave over, so a long name does not wrap while the difference column has
/// room, and one column is kept free on the right so values never touch the border.
fn pair_columns(c: &Comparison, facts: &[&Fact], diffs: &[&str], w: usize) -> Option<[usize; 4]> {
    let w = w.saturating_sub(1);
    let longest_label = facts.iter().map(|f| width(&f.label)).max().unwrap_or(0);
    let widest = diffs.iter().map(|d| width(d)).max().unwrap_or(0);
    let diff_w = if widest > 0 {
        widest.max(width("Difference")).min(20)
    } else {
        0
    };
    let gaps = 4 + if diff_w > 0 { 2 } else { 0 };
    // What each value column needs to show every value (and its mark) and its job's name on
    // one line.
    let want = |i: usize| {
        let values = facts
            .iter()
            .map(|f| width(f.value(i)) + if f.is_higher(i) { 2 } else { 0 });
        values.chain([width(c.name(i)) + 2]).max().unwrap_or(0)
    };
    let (want_a, want_b) = (want(0), want(1));
    // A label is best whole (`Race: Black or African American`): it takes up to 32 columns
    // while both values keep 14; else up to 24, more when the values fit beside it.
    let whole = longest_label.min(32);
    let label_w = if w.saturating_sub(whole + diff_w + gaps) >= 28 {
        whole
    } else {
        let room_for_label = w.saturating_sub(diff_w + gaps + want_a + want_b);
        longest_label.min(room_for_label.max(24))
    }
    .max(6);
    let avail = w.saturating_sub(label_w + diff_w + gaps);
    let half = avail / 2;
    let (a_w, b_w) = if want_a <= half && want_b <= avail - half {
        (half, avail - half)
    } else if want_a + want_b <= avail {
        // One column needs more than half: it gets its need, the other the rest.
        if want_a > half {
            (want_a, avail - want_a)
        } else {
            (avail - want_b, want_b)
        }
    } else {
        // Neither fits: halves, so neither job looks favoured.
        (half, avail - half)
    };
    (a_w.min(b_w) >= 12).then_some([label_w, a_w, b_w, diff_w])
}

/// The label's and each value column's width for `n` jobs at width `w`, or `None` when the
/// values would be too narrow and the facts are better stacked. The jobs share what the label
/// leaves equally, so no job looks favoured.
fn many_columns(facts: &[&Fact], n: usize, w: usize) -> Option<(usize, usize)> {
    let w = w.saturating_sub(1);
    let longest_label = facts.iter().map(|f| width(&f.label)).max().unwrap_or(0);
    let gaps = 2 * n;
    let room = w.saturating_sub(gaps + 14 * n).max(6);
    let label_w = longest_label.min(room).clamp(6, 32);
    let value_w = w.saturating_sub(label_w + gaps) / n.max(1);
    (value_w >= 12).then_some((label_w, value_w))
}

/// A cell's wrapped lines with their styles.
type Cell = Vec<Vec<Span<'static>>>;

fn value_cell(f: &Fact, i: usize, t: Theme, w: usize) -> Cell {
    let v = f.value(i);
    let higher = f.is_higher(i);
    let style = if v == UNKNOWN {
        t.dim()
    } else if higher && f.higher_is_better {
        t.bold()
    } else {
        Style::new()
    };
    let mut lines: Cell = wrap(v, if higher { w.saturating_sub(2) } else { w })
        .into_iter()
        .map(|l| vec![Span::styled(l, style)])
        .collect();
    if higher && let Some(last) = lines.last_mut() {
        last.push(higher_mark(f, t));
    }
    lines
}

/// Eighths of a cell, for the end of a bar.
const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// A bar of `value` on a scale where `max` takes `cells` columns, to an eighth of a column.
pub fn bar_text(value: f64, max: f64, cells: usize) -> String {
    if max <= 0.0 {
        return String::new();
    }
    let eighths = ((value.max(0.0) / max).min(1.0) * (cells * 8) as f64).round() as usize;
    let mut bar: String = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        bar.push(EIGHTHS[eighths % 8]);
    }
    bar
}

/// ` ▲` in the higher-is-better colour, or a plain ` △`.
pub fn higher_mark(f: &Fact, t: Theme) -> Span<'static> {
    let style = if f.higher_is_better {
        t.higher()
    } else {
        Style::new()
    };
    Span::styled(format!(" {}", f.mark()), style)
}

/// A fact's label; a share's label too long for the column breaks after its kind
/// (`Race:` / `Black or African American`) rather than inside the group's name.
fn label_cell(label: &str, w: usize) -> Cell {
    match label.split_once(": ") {
        Some((kind, group)) if width(label) > w && width(group) <= w => {
            let mut cell = text_cell(&format!("{kind}:"), Style::new(), w);
            cell.extend(text_cell(group, Style::new(), w));
            cell
        }
        _ => text_cell(label, Style::new(), w),
    }
}

fn text_cell(s: &str, style: Style, w: usize) -> Cell {
    if s.is_empty() {
        return vec![];
    }
    wrap(s, w)
        .into_iter()
        .map(|l| vec![Span::styled(l, style)])
        .collect()
}

/// A table row of cells, as tall as its tallest cell, and that height.
fn table_row(cells: Vec<Cell>) -> (Row<'static>, u16) {
    let height = cells.iter().map(Vec::len).max().unwrap_or(0);
    let height = u16::try_from(height).unwrap_or(u16::MAX);
    let cells = cells.into_iter().map(|lines| {
        let lines: Vec<Line<'static>> = lines.into_iter().map(Line::from).collect();
        Text::from(lines)
    });
    (Row::new(cells).height(height), height)
}

/// A job's name over its column: its letter and name in its colour, at most two lines, cut
/// with `…` after that (the pane's title already names every job in full).
fn name_cell(c: &Comparison, i: usize, t: Theme, w: usize) -> Cell {
    let style = t.side(c.column(i)).patch(t.bold());
    let mut lines = wrap(&format!("{} {}", c.letter(i), c.name(i)), w);
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(text::truncate(&rest, w));
    }
    lines
        .into_iter()
        .map(|l| vec![Span::styled(l, style)])
        .collect()
}

/// Rows of cells as a ratatui [`Table`] with columns `widths` wide, two spaces apart.
fn table_widget(doc: &mut Doc, rows: Vec<(Row<'static>, u16)>, widths: &[usize]) {
    let height = rows.iter().map(|(_, h)| *h).fold(0u16, u16::saturating_add);
    let rows: Vec<Row<'static>> = rows.into_iter().map(|(r, _)| r).collect();
    let length = |w: &usize| Constraint::Length(u16::try_from(*w).unwrap_or(u16::MAX));
    let table = Table::new(rows, widths.iter().map(length)).column_spacing(2);
    doc.widget(height, move |area, buf| Widget::render(&table, area, buf));
}

/// Two jobs' facts as a table: a header naming the jobs, then one row per fact, the
/// difference B − A in a column of its own.
fn pair_table(
    doc: &mut Doc,
    c: &Comparison,
    facts: &[&Fact],
    diffs: &[&str],
    t: Theme,
    w: [usize; 4],
) {
    let [label_w, a_w, b_w, diff_w] = w;
    let with_diff = diff_w > 0;
    let mut header = vec![vec![], name_cell(c, 0, t, a_w), name_cell(c, 1, t, b_w)];
    if with_diff {
        header.push(text_cell("Difference", t.dim(), diff_w));
    }
    let mut rows = vec![table_row(header)];
    for (f, d) in facts.iter().zip(diffs) {
        let diff_style = if *d == SAME { t.dim() } else { Style::new() };
        let mut cells = vec![
            label_cell(&f.label, label_w),
            value_cell(f, 0, t, a_w),
            value_cell(f, 1, t, b_w),
        ];
        if with_diff {
            cells.push(text_cell(d, diff_style, diff_w));
        }
        rows.push(table_row(cells));
    }
    let mut widths = vec![label_w, a_w, b_w];
    if with_diff {
        widths.push(diff_w);
    }
    table_widget(doc, rows, &widths);
}

/// Three or four jobs' facts as a table: a header naming the jobs, then one row per fact, each
/// job's difference from the pinned job under its value.
fn many_table(doc: &mut Doc, c: &Comparison, facts: &[&Fact], t: Theme, w: (usize, usize)) {
    let (label_w, value_w) = w;
    let mut header = vec![vec![]];
    header.extend((0..c.len()).map(|i| name_cell(c, i, t, value_w)));
    let mut rows = vec![table_row(header)];
    for f in facts {
        let mut cells = vec![label_cell(&f.label, label_w)];
        for i in 0..c.len() {
            let mut cell = value_cell(f, i, t, value_w);
            let d = f.difference_text(i);
            cell.extend(text_cell(d, t.dim(), value_w));
            cells.push(cell);
        }
        rows.push(table_row(cells));
    }
    let mut widths = vec![label_w];
    widths.extend(std::iter::repeat_n(value_w, c.len()));
    table_widget(doc, rows, &widths);
}

/// A job's letter before its value on a stacked line: `  A `.
fn lead(c: &Comparison, i: usize, indent: &str, t: Theme) -> Span<'static> {
    Span::styled(
        format!("{indent}{} ", c.letter(i)),
        t.side(c.column(i)).patch(t.bold()),
    )
}

/// Each fact on lines of its own: the label (with the difference beside it for two jobs), then
/// the jobs' values, two on one line when they fit, else one a line.
fn stacked(doc: &mut Doc, c: &Comparison, facts: &[&Fact], t: Theme, w: usize) {
    let pair = c.len() == 2;
    for f in facts {
        let label = text::truncate(&f.label, w);
        let d = if pair { f.difference_text(1) } else { "" };
        let room = w.saturating_sub(width(&label) + 2);
        let diff_style = if d == SAME { t.dim() } else { Style::new() };
        if !d.is_empty() && width(d) <= room {
            let gap = w - width(&label) - width(d);
            doc.line(Line::from(vec![
                Span::styled(label, t.bold()),
                Span::raw(" ".repeat(gap)),
                Span::styled(d.to_string(), diff_style),
            ]));
        } else {
            doc.line(Span::styled(label, t.bold()));
            if !d.is_empty() {
                doc.para(d, w as u16, 2, diff_style);
            }
        }
        // A and B on one line when both fit in half the width, else one line each.
        let col = w / 2 + 1;
        if pair {
            let a = value_cell(f, 0, t, col.saturating_sub(5).max(1));
            let b = value_cell(f, 1, t, w.saturating_sub(col + 2).max(1));
            if a.len() == 1 && b.len() == 1 {
                let a_w: usize = a[0].iter().map(|s| width(&s.content)).sum();
                let mut spans = vec![Span::raw("  "), lead(c, 0, "", t)];
                spans.extend(a[0].clone());
                spans.push(Span::raw(" ".repeat(col.saturating_sub(4 + a_w))));
                spans.push(lead(c, 1, "", t));
                spans.extend(b[0].clone());
                doc.line(Line::from(spans));
                continue;
            }
        }
        for i in 0..c.len() {
            let mut cell = value_cell(f, i, t, w.saturating_sub(4).max(1));
            if !pair {
                cell.extend(text_cell(
                    f.difference_text(i),
                    t.dim(),
                    w.saturating_sub(4).max(1),
                ));
            }
            for (k, mut spans) in cell.into_iter().enumerate() {
                let first = if k == 0 {
                    lead(c, i, "  ", t)
                } else {
                    Span::raw("    ")
                };
                spans.insert(0, first);
                doc.line(Line::from(spans));
            }
        }
    }
}

#[cfg(test)]
mod bar_tests {
    use ratatui::style::Modifier;
    use ratatui::widgets::Tabs;

    use super::*;

    /// The number keys are hinted at every width: each title starts with its tab's number.
    #[test]
    fn every_form_of_the_bar_keeps_the_numbers() {
        for width in 0..130 {
            for selected in Tab::iter() {
                let (titles, _) = bar_titles(width, selected);
                for (tab, title) in Tab::iter().zip(&titles) {
                    let n = (tab.index() + 1).to_string();
                    assert!(title.starts_with(&n), "width {width}: {title:?}");
                }
            }
        }
        // 80 columns have room for the short names with their numbers.
        assert_eq!(bar_titles(60, Tab::Overview).0[2], "3 Edu");
    }

    /// The bar draws exactly what ratatui's `Tabs` drew from the same titles, styles included,
    /// and a click on any column of a tab's padding or title selects that tab.
    #[test]
    fn bar_draws_as_tabs_did_and_clicks_hit_what_is_drawn() {
        let highlight = Style::new().add_modifier(Modifier::REVERSED);
        for width in 0..130 {
            for selected in Tab::iter() {
                let area = Rect::new(3, 0, width, 1);
                let (titles, pad) = bar_titles(width, selected);
                let pad = " ".repeat(usize::from(pad));
                let mut want = Buffer::empty(area);
                Tabs::new(titles)
                    .select(selected.index())
                    .highlight_style(highlight)
                    .divider("│")
                    .padding(pad.clone(), pad)
                    .render(area, &mut want);
                let mut got = Buffer::empty(area);
                bar(width, selected, highlight).render(area, &mut got);
                assert_eq!(got, want, "width {width}");
                let drawn = bar(width, selected, highlight).width();
                for x in area.x..area.right() {
                    let outside = usize::from(x - area.x) >= drawn;
                    let miss = outside || got[(x, 0)].symbol() == BAR_DIVIDER;
                    let hit = tab_at(area, x, selected);
                    assert_eq!(hit.is_none(), miss, "width {width} x {x}");
                }
            }
        }
    }
}
