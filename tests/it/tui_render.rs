//! The explorer draws at every size without panicking, with any dataset, in every state.

use crate::common;

use careerscope::tui::Action;
use careerscope::tui::app::App;
use careerscope::tui::tabs::Tab;
use careerscope::tui::theme::Theme;
use common::*;
use proptest::prelude::*;
use ratatui::style::Color;
use strum::IntoEnumIterator;

/// Draws every tab with the tabs focused, the picker focused, and the help open.
fn draw_all_states(app: &mut App, w: u16, h: u16) {
    for tab in Tab::iter() {
        app.update(Action::FocusPanes);
        app.update(Action::SelectTab(tab));
        app.update(Action::ScrollBottom);
        render(app, w, h);
    }
    app.update(Action::FocusPicker);
    render(app, w, h);
    app.update(Action::ToggleHelp);
    app.update(Action::ScrollBottom);
    render(app, w, h);
    app.update(Action::CloseHelp);
}

#[test]
fn every_small_size_and_some_large_ones() {
    for (name, dataset) in datasets() {
        let mut app = App::new(dataset, Theme::COLOR);
        let small = (1..=40).flat_map(|w| (1..=15).map(move |h| (w, h)));
        let large = [
            (80, 24),
            (120, 40),
            (250, 80),
            (400, 30),
            (30, 200),
            (1000, 3),
        ];
        for (w, h) in small.chain(large) {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                draw_all_states(&mut app, w, h)
            }));
            assert!(result.is_ok(), "{name}: panicked at {w}x{h}");
        }
    }
}

#[test]
fn too_small_says_so() {
    let mut app = app(seeds());
    let t = render(&mut app, 23, 10);
    assert!(screen_text(&t).contains("too small"), "{}", screen_text(&t));
    let t = render(&mut app, 24, 7);
    assert!(!screen_text(&t).contains("too small"));
}

#[test]
fn wide_names_never_split_a_character_or_overflow() {
    let mut app = app(with_wide_name());
    app.update(Action::Input('高'));
    app.update(Action::Pick);
    for (w, h) in [(120, 40), (60, 20), (40, 12), (24, 7)] {
        for tab in Tab::iter() {
            app.update(Action::SelectTab(tab));
            let t = render(&mut app, w, h);
            for row in screen(&t) {
                // A wide character takes its cell and the next; ratatui marks the next cell
                // empty. A row that overflowed would be cut in the middle of a character.
                let width = unicode_width::UnicodeWidthStr::width(row.as_str());
                assert!(width <= usize::from(w), "{w}x{h} {tab:?}: {row}");
            }
        }
    }
}

#[test]
fn no_color_has_the_same_text_and_no_colours() {
    let mut colour = app(seeds());
    let mut plain = App::new(seeds(), Theme::PLAIN);
    for tab in Tab::iter() {
        for app in [&mut colour, &mut plain] {
            app.update(Action::SelectTab(tab));
        }
        let a = render(&mut colour, 120, 40);
        let b = render(&mut plain, 120, 40);
        assert_eq!(screen(&a), screen(&b), "{tab:?}");
        let buf = b.backend().buffer();
        for cell in buf.content() {
            assert!(
                cell.fg == Color::Reset && cell.bg == Color::Reset,
                "{tab:?}: a colour with NO_COLOR: {cell:?}"
            );
        }
        // And the colour theme does use colour, so the test above can fail.
        assert!(
            a.backend()
                .buffer()
                .content()
                .iter()
                .any(|c| c.fg != Color::Reset)
        );
    }
}

#[test]
fn selection_and_markers_show_without_colour() {
    use ratatui::style::Modifier;
    let mut app = App::new(seeds(), Theme::PLAIN);
    let t = render(&mut app, 120, 40);
    let areas = app.areas();
    let buf = t.backend().buffer();
    let row = areas.list.y + (app.picker.selected - app.picker.list_offset) as u16;
    let cell = &buf[(areas.list.x + 6, row)];
    assert!(
        cell.modifier.contains(Modifier::REVERSED),
        "selected row: {cell:?}"
    );
    let text = screen(&t)[usize::from(row)].clone();
    assert!(text.contains("▶ A"), "{text}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Any sequence of actions and resizes, then a draw: no panic, and the state stays sane.
    #[test]
    fn random_actions_and_resizes(steps in proptest::collection::vec((0u8..30, 0u16..130, 0u16..45, any::<char>()), 1..40)) {
        let mut app = App::new(with_wide_name(), Theme::COLOR);
        for (kind, w, h, c) in steps {
            let action = match kind {
                0 => Action::Resize(w, h),
                1 => Action::Input(c),
                2 => Action::Backspace,
                3 => Action::Escape,
                4 => Action::SelectNext,
                5 => Action::SelectPrev,
                6 => Action::SelectPageDown,
                7 => Action::SelectLast,
                8 => Action::Pick,
                9 => Action::PickRow(usize::from(w)),
                10 => Action::Swap,
                11 => Action::NextTab,
                12 => Action::PrevTab,
                13 => Action::ScrollDown,
                14 => Action::ScrollPageDown,
                15 => Action::ScrollBottom,
                16 => Action::ScrollBy(w as i16 - 60),
                17 => Action::ToggleHelp,
                18 => Action::FocusPicker,
                19 => Action::FocusPanes,
                20 => Action::Target(1),
                21 => Action::DeleteWord,
                22 => Action::ClearQuery,
                _ => Action::Resize(w / 3, h / 3),
            };
            app.update(action);
            let (w, h) = (app.size.width, app.size.height);
            render(&mut app, w, h);
            prop_assert!(app.picker.hits.is_empty() || app.picker.selected < app.picker.hits.len());
            prop_assert!(app.panes.scroll[app.panes.tab.index()] <= app.max_scroll() || app.areas().body.is_empty());
            prop_assert!(app.help.scroll <= app.help_max_scroll());
        }
    }
}

/// The O*NET licence asks for its notice; the help overlay ends with it and the other credits.
#[test]
fn help_ends_with_the_data_sources_and_the_onet_notice() {
    let mut app = app(builtin());
    app.update(Action::ToggleHelp);
    app.update(Action::ScrollBottom);
    let shown = screen(&render(&mut app, 120, 40)).join("\n");
    for words in [
        "Data sources",
        "O*NET 29.3 Database",
        "CC BY 4.0",
        "USDOL/ETA has not approved, endorsed, or",
        "BLS Occupational Employment and Wage",
    ] {
        assert!(
            shown.contains(words),
            "{words:?} not on the help screen:\n{shown}"
        );
    }
}

/// The order and filter in force stay on screen at every size the picker is drawn at.
#[test]
fn the_order_in_force_is_always_said() {
    let mut app = app(builtin());
    app.update(Action::CycleSort);
    for (w, h) in [(120, 40), (80, 24), (60, 20), (40, 12)] {
        let shown = screen(&render(&mut app, w, h)).join("\n");
        assert!(shown.contains("by salary"), "{w}x{h}:\n{shown}");
    }
}

/// The hint line always says how to quit and how to get help, whatever else it drops.
#[test]
fn the_hint_line_keeps_quit_and_help_at_every_width() {
    let mut app = app(builtin());
    for focus_tabs in [false, true] {
        if focus_tabs {
            app.update(Action::FocusPanes);
        }
        for (w, h) in [(120, 40), (80, 24), (60, 20), (40, 12)] {
            let rows = screen(&render(&mut app, w, h));
            let hint = rows.last().cloned().unwrap_or_default();
            assert!(hint.contains("quit"), "{w}x{h}: {hint}");
            assert!(hint.contains("help"), "{w}x{h}: {hint}");
        }
    }
}

/// Race bars read right without colour: each value is written after its bar, never over it, so
/// a longer bar is always the larger share. The page "Lead technician vs technical project
/// manager" gives 10.4% and 6.2% (Black or African American), 53.6% and 67.7% (White).
#[test]
fn race_bars_put_their_values_beside_them() {
    let mut app = app(seeds());
    pick_pair(&mut app, "lead technician", "technical project manager");
    app.update(Action::SelectTab(Tab::Demographics));
    let screen = screen(&render(&mut app, 120, 60));
    let eighths = |c: char| match c {
        '█' => 8,
        '▏' => 1,
        '▎' => 2,
        '▍' => 3,
        '▌' => 4,
        '▋' => 5,
        '▊' => 6,
        '▉' => 7,
        _ => 0,
    };
    let mut bars: Vec<(f64, usize)> = Vec::new();
    for line in &screen {
        let Some(at) = line.find(" A █").or_else(|| line.find(" B █")) else {
            continue;
        };
        let rest = &line[at + 3..];
        let bar: usize = rest.chars().map(eighths).sum();
        let after: String = rest
            .chars()
            .skip_while(|c| eighths(*c) > 0)
            .collect::<String>();
        let value = after.trim().trim_end_matches(['┃', '│']).trim();
        let pct: f64 = value
            .trim_end_matches('%')
            .parse()
            .unwrap_or_else(|_| panic!("no value after the bar: {line}"));
        bars.push((pct, bar));
    }
    for pct in [10.4, 6.2, 53.6, 67.7] {
        assert!(
            bars.iter().any(|b| b.0 == pct),
            "no bar of {pct}%: {bars:?}"
        );
    }
    for x in &bars {
        for y in &bars {
            if x.0 < y.0 {
                assert!(x.1 <= y.1, "{}% drawn longer than {}%", x.0, y.0);
            }
        }
    }
}

/// A long name takes at most two lines over its column (the pane's title has it in full), so
/// the facts start right under the names.
#[test]
fn a_long_name_takes_two_lines_at_most() {
    let mut app = app(builtin());
    pick_pair(
        &mut app,
        "Registered Nurses",
        "Licensed Practical and Licensed Vocational Nurses",
    );
    assert_eq!(
        pair(&app).1,
        "Licensed Practical and Licensed Vocational Nurses"
    );
    app.update(Action::SelectTab(Tab::Overview));
    let screen = screen(&render(&mut app, 120, 40));
    let at = |text: &str| {
        screen
            .iter()
            .position(|l| l.contains(text))
            .unwrap_or_else(|| panic!("no {text:?} on screen:\n{}", screen.join("\n")))
    };
    // The table's header, not the pane's title: it has the Difference column.
    let names = at("Difference");
    assert!(screen[names].contains("A Registered") && screen[names].contains("B Licensed"));
    assert_eq!(at("Yearly salary"), names + 2, "{}", screen.join("\n"));
    assert!(screen[names + 1].contains('…'));
}
