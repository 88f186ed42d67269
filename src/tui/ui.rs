//! Drawing: a pure function of the state. Nothing here changes the app.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{HorizontalAlignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};

use super::action::Action;
use super::app::{App, Focus};
use super::help;
use super::keymap;
use super::layout::{Areas, MIN_HEIGHT, MIN_WIDTH, Mode};
use super::picker;
use super::tabs;
use super::text::{self, width};

/// Draws the whole explorer for the app's state.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let areas = app.areas_for(area);
    let buf = frame.buffer_mut();
    if areas.mode() == Mode::TooSmall {
        too_small(app, area, buf);
        return;
    }
    picker::render(app, &areas, buf);
    panes(app, &areas, buf);
    hint(app, areas.hint, buf);
    if app.help.open {
        help(app, area, buf);
    } else if app.filter_menu.open {
        filter_menu(app, area, buf);
    } else if app.area_menu.open {
        area_menu(app, area, buf);
    } else if app.focus == Focus::Picker && !areas.query.is_empty() {
        let at = picker::cursor(app, areas.query);
        frame.set_cursor_position(at);
    }
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let msg = format!(
        "Terminal too small: {}×{}, need {MIN_WIDTH}×{MIN_HEIGHT}. Enlarge it, or q to quit.",
        area.width, area.height
    );
    Paragraph::new(msg)
        .style(app.theme.warning())
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// `A Lead Technician vs B Technical Project Manager`, names shortened to fit `w` columns.
fn header(app: &App, w: usize) -> Line<'static> {
    let t = app.theme;
    let Some(c) = app.panes.comparison.as_ref() else {
        // The body says what went wrong; the header only which case it is.
        if let Some(l) = &app.loading {
            let what = format!("Reading {}…", l.what);
            return Line::styled(text::truncate(&what, w), t.dim());
        }
        let why = if app.panes.problem.is_some() {
            "No pair: a job of this pair cannot be read"
        } else if app.catalog.is_empty() {
            "No pair: the dataset has no jobs"
        } else {
            "No pair: pick two jobs"
        };
        return Line::styled(text::truncate(why, w), t.dim());
    };
    let names: Vec<usize> = (0..c.len()).map(|i| width(c.name(i))).collect();
    let fixed = c.len() * width("A ") + c.len().saturating_sub(1) * width(" vs ");
    let room = fit_widths(&names, w.saturating_sub(fixed));
    let mut spans = Vec::new();
    for (i, r) in room.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(" vs "));
        }
        let style = t.side(c.column(i)).patch(t.bold());
        // The marked column (what `x` removes and `P` pins) is underlined, beside three or more.
        let letter = if c.len() > 2 && c.column(i) == app.panes.marked {
            style.add_modifier(ratatui::style::Modifier::UNDERLINED)
        } else {
            style
        };
        spans.push(Span::styled(c.letter(i).to_string(), letter));
        spans.push(Span::raw(" "));
        spans.push(Span::styled(text::truncate(c.name(i), r), style));
    }
    Line::from(spans)
}

/// Widths for texts as wide as `wants` sharing `room` columns: each gets what it wants when all
/// fit, else the narrow ones keep theirs and the wide ones share the rest equally.
fn fit_widths(wants: &[usize], room: usize) -> Vec<usize> {
    let mut out = wants.to_vec();
    if wants.iter().sum::<usize>() <= room || wants.is_empty() {
        return out;
    }
    let mut open: Vec<usize> = (0..wants.len()).collect();
    let mut left = room;
    loop {
        let share = left / open.len().max(1);
        let (small, wide): (Vec<usize>, Vec<usize>) =
            open.iter().partition(|&&i| wants[i] <= share);
        if small.is_empty() || wide.is_empty() {
            let n = open.len().max(1);
            for (k, &i) in open.iter().enumerate() {
                out[i] = left / n + usize::from(n - 1 - k < left % n);
            }
            return out;
        }
        left -= small.iter().map(|&i| wants[i]).sum::<usize>();
        open = wide;
    }
}

fn panes(app: &App, areas: &Areas, buf: &mut Buffer) {
    let t = app.theme;
    if !areas.header.is_empty() {
        header(app, usize::from(areas.header.width)).render(areas.header, buf);
    }
    if areas.panes.is_empty() {
        return;
    }
    let focused = app.focus == Focus::Panes;
    let (border, style) = if focused {
        (BorderType::Thick, t.focus_border())
    } else {
        (BorderType::Plain, t.border())
    };
    let mut head = header(app, usize::from(areas.panes.width).saturating_sub(4));
    head.spans.insert(0, Span::raw(" "));
    head.spans.push(Span::raw(" "));
    let body = areas.body;
    let doc = tabs::doc(
        app.panes.comparison.as_ref(),
        app.tab_context(),
        app.panes.tab,
        body.width,
    );
    let total = doc.height();
    let max = total.saturating_sub(body.height);
    let scroll = app.panes.scroll[app.panes.tab.index()].min(max);
    let mut block = Block::bordered()
        .border_type(border)
        .border_style(style)
        .title(head);
    if let Some(at) = text::scroll_position(
        usize::from(scroll),
        usize::from(body.height),
        usize::from(total),
    ) {
        block = block.title_bottom(Line::styled(at, t.dim()).alignment(HorizontalAlignment::Right));
    }
    block.render(areas.panes, buf);
    tabs::bar(areas.tabs.width, app.panes.tab, t.selected()).render(areas.tabs, buf);
    doc.render(body, scroll, buf);
}

/// The hint line: the context's most useful keys in table order, as many as fit, always
/// keeping the one that opens (or closes) the help.
fn hint(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let t = app.theme;
    // While the dataset is read, keys that wait for it are not offered.
    let arrows = if app.hidden_columns() > 0 {
        "jobs"
    } else {
        "tabs"
    };
    let all: Vec<keymap::Hint> =
        keymap::hints(super::input::context(app), &app.pick_label(), arrows)
            .into_iter()
            .filter(|h| app.can_use_now(&h.action))
            .collect();
    let size = |h: &keymap::Hint| width(&h.keys) + 1 + width(&h.label);
    // How to quit and how to get help are always said, last; the other hints fill the rest of
    // the line in table order, the least useful (last) dropped first.
    // On the Salary tab the key that chooses an area is kept too, however narrow the line.
    let on_salary = app.panes.tab == super::tabs::Tab::Salary;
    let kept = |h: &keymap::Hint| {
        matches!(
            h.action,
            Action::Quit | Action::ToggleHelp | Action::CloseHelp
        ) || (on_salary && h.action == Action::OpenArea)
    };
    let reserved: usize = all.iter().filter(|h| kept(h)).map(|h| size(h) + 2).sum();
    let w = usize::from(area.width);
    let mut spans: Vec<Span> = Vec::new();
    let mut shown: Vec<&keymap::Hint> = Vec::new();
    if let Some(status) = &app.status {
        // A message takes the place of the hints until the next key; quit and help stay.
        let room = w.saturating_sub(reserved);
        spans.push(Span::styled(text::truncate(status, room), t.bold()));
    } else {
        let mut used = reserved;
        for h in all.iter().filter(|h| !kept(h)) {
            if used + size(h) + 2 > w + 2 {
                break;
            }
            used += size(h) + 2;
            shown.push(h);
        }
    }
    shown.extend(all.iter().filter(|h| kept(h)));
    for (i, h) in shown.into_iter().enumerate() {
        if i > 0 || app.status.is_some() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(h.keys.clone(), t.key()));
        spans.push(Span::raw(format!(" {}", h.label)));
    }
    Line::from(spans).render(area, buf);
}

/// The filter menu: "Any" and each value of entry education, then of major group; `●` marks
/// the filter in force, `▶` the selected row.
fn filter_menu(app: &App, area: Rect, buf: &mut Buffer) {
    use super::app::FilterFacet;
    let t = app.theme;
    let choices = app.filter_choices();
    let mut lines: Vec<Line> = Vec::new();
    let mut selected_line = 0;
    let mut last = None;
    for (i, c) in choices.iter().enumerate() {
        if last != Some(c.facet) {
            if last.is_some() {
                lines.push(Line::default());
            }
            let heading = match c.facet {
                FilterFacet::Education => "Typical entry education (BLS EP)",
                FilterFacet::Group => "Major group (SOC)",
                FilterFacet::PaysMore => "Pay (BLS OEWS annual mean)",
                FilterFacet::Interest => "Strongest interest (O*NET RIASEC)",
            };
            lines.push(Line::styled(heading, t.heading()));
            last = Some(c.facet);
        }
        let chosen = app.filter_chosen(c);
        let selected = i == app.filter_menu.selected;
        if selected {
            selected_line = lines.len();
        }
        lines.push(menu_row(app, &c.label, selected, chosen));
    }
    if choices.is_empty() {
        lines.push(Line::styled(
            "No job here has an entry education or a major group to filter by.",
            t.dim(),
        ));
    }
    menu(
        app,
        area,
        buf,
        (" Filter ", keymap::Context::Filter),
        (0, lines),
        selected_line,
    );
}

/// One row of a menu: `▶` on the selected row, `●` on the choice in force.
fn menu_row(app: &App, text: &str, selected: bool, chosen: bool) -> Line<'static> {
    let style = if selected {
        app.theme.selected()
    } else {
        ratatui::style::Style::new()
    };
    Line::from(vec![
        Span::raw(if selected { "▶ " } else { "  " }),
        Span::raw(if chosen { "● " } else { "  " }),
        Span::raw(text.to_string()),
    ])
    .style(style)
}

/// A menu over the screen: `lines`, of which the first `fixed` stay on top (a query line)
/// while the rest scroll to keep line `selected` of them in view.
fn menu(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    (title, context): (&str, keymap::Context),
    (fixed, lines): (usize, Vec<Line>),
    selected: usize,
) {
    let t = app.theme;
    let (choose, close) = match context {
        keymap::Context::Filter => (Action::FilterChoose, Action::CloseFilter),
        _ => (Action::AreaChoose, Action::CloseArea),
    };
    let (choose, close) = (
        keymap::key_of(context, &choose),
        keymap::key_of(context, &close),
    );
    let r = help::area(area, lines.len());
    let visible = usize::from(r.height.saturating_sub(2))
        .saturating_sub(fixed)
        .max(1);
    let scroll = (selected + 1).saturating_sub(visible);
    Clear.render(r, buf);
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(t.focus_border())
        .title(Span::styled(title.to_string(), t.bold()))
        .title(
            Line::styled(format!(" {} chooses, {} closes ", choose, close), t.dim())
                .alignment(HorizontalAlignment::Right),
        );
    let inner = block.inner(r);
    block.render(r, buf);
    let fixed = fixed.min(lines.len());
    let (head, list) = lines.split_at(fixed);
    let shown: Vec<Line> = head
        .iter()
        .cloned()
        .chain(list.iter().skip(scroll).cloned())
        .collect();
    Paragraph::new(shown).render(inner, buf);
}

/// The state chooser: what is typed, then the matching states (`National only` first when
/// nothing is typed), `▶` on the selected one.
fn area_menu(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let choices = app.area_choices();
    let mut lines: Vec<Line> = vec![
        Line::from(vec![
            Span::styled("> ", t.key()),
            Span::raw(app.area_menu.query.clone()),
        ]),
        Line::default(),
    ];
    if choices.is_empty() {
        lines.push(Line::styled(
            "No state matches (or neither job has pay by state: only real occupations do).",
            t.dim(),
        ));
    }
    for (i, c) in choices.iter().enumerate() {
        let selected = i == app.area_menu.selected;
        let chosen = *c == app.panes.area;
        lines.push(menu_row(
            app,
            c.as_deref().unwrap_or("National only"),
            selected,
            chosen,
        ));
    }
    // The query line and a blank stay on top; the states scroll under them.
    let selected = app.area_menu.selected + usize::from(choices.is_empty());
    menu(
        app,
        area,
        buf,
        (" Pay in a state or metro area ", keymap::Context::Area),
        (2, lines),
        selected,
    );
}

fn help(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let lines = help::lines(t, help::inner_width(area), &app.dataset);
    let r = help::area(area, lines.len());
    let visible = usize::from(r.height.saturating_sub(2));
    let max = lines.len().saturating_sub(visible);
    let scroll = usize::from(app.help.scroll).min(max);
    Clear.render(r, buf);
    let mut block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(t.focus_border())
        .title(Span::styled(" Keys ", t.bold()))
        .title(
            Line::styled(
                format!(
                    " {} closes ",
                    keymap::key_of(keymap::Context::Help, &Action::CloseHelp)
                ),
                t.dim(),
            )
            .alignment(HorizontalAlignment::Right),
        );
    if let Some(at) = text::scroll_position(scroll, visible, lines.len()) {
        block = block.title_bottom(Line::styled(at, t.dim()).alignment(HorizontalAlignment::Right));
    }
    let inner = block.inner(r);
    block.render(r, buf);
    Paragraph::new(lines.into_iter().skip(scroll).collect::<Vec<_>>()).render(inner, buf);
}
