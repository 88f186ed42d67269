//! The explorer's state under key presses (through the real keymap), without a terminal.

use crate::common;

use careerscope::tui::app::Focus;
use careerscope::tui::tabs::Tab;
use careerscope::tui::{Action, Msg};
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};

#[test]
fn starts_on_the_first_pair_with_the_picker_focused() {
    let app = app(seeds());
    assert_eq!(
        pair(&app),
        (
            "Lead Technician".into(),
            "Information Technology/Support Technician".into()
        )
    );
    assert_eq!(app.focus, Focus::Picker);
    assert_eq!(app.picker.target, 0);
    assert!(app.panes.comparison.is_some());
    assert_eq!(app.picker.hits.len(), 6);
}

#[test]
fn typing_filters_and_enter_fills_a_then_b() {
    let mut app = app(seeds());
    type_str(&mut app, "tech proj");
    assert_eq!(app.picker.hits.len(), 1);
    assert_eq!(
        app.name(app.picker.hits[0].index),
        "Technical Project Manager"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(pair(&app).0, "Technical Project Manager");
    // The query is cleared for the next pick, and slot B is marked.
    assert_eq!(app.picker.query, "");
    assert_eq!(app.picker.target, 1);
    type_str(&mut app, "specialist");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        pair(&app),
        (
            "Technical Project Manager".into(),
            "Technical Specialist".into()
        )
    );
    assert_eq!(app.picker.target, 0);
    assert_eq!(
        app.panes.comparison.as_ref().map(|c| c.name(1)),
        Some("Technical Specialist")
    );
}

#[test]
fn arrows_choose_the_slot_and_picking_the_other_job_trades_places() {
    let mut app = app(seeds());
    press(&mut app, KeyCode::Right);
    assert_eq!(app.picker.target, 1);
    // Putting job A into slot B swaps them rather than comparing a job with itself.
    type_str(&mut app, "lead tech");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        pair(&app),
        (
            "Information Technology/Support Technician".into(),
            "Lead Technician".into()
        )
    );
    press(&mut app, KeyCode::Left);
    assert_eq!(app.picker.target, 0);
}

#[test]
fn ctrl_n_and_ctrl_p_move_the_selection_and_j_is_text() {
    let mut app = app(seeds());
    let start = app.picker.selected;
    press_mod(&mut app, KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(app.picker.selected, start + 1);
    press_mod(&mut app, KeyCode::Char('p'), KeyModifiers::CONTROL);
    assert_eq!(app.picker.selected, start);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.picker.selected, start + 1);
    press(&mut app, KeyCode::End);
    assert_eq!(app.picker.selected, 5);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.picker.selected, 5, "the selection stops at the end");
    type_str(&mut app, "j");
    assert_eq!(app.picker.query, "j");
}

#[test]
fn q_in_the_query_is_text_and_quits_outside() {
    let mut app = app(seeds());
    type_str(&mut app, "q");
    assert_eq!(app.picker.query, "q");
    assert!(!app.quit);
    press(&mut app, KeyCode::Esc); // clears the query
    press(&mut app, KeyCode::Esc); // leaves the picker
    assert_eq!(app.focus, Focus::Panes);
    type_str(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn ctrl_c_quits_from_the_query() {
    let mut app = app(seeds());
    type_str(&mut app, "lead");
    press_mod(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.quit);
}

#[test]
fn esc_clears_the_query_then_leaves_the_picker_and_slash_comes_back() {
    let mut app = app(seeds());
    type_str(&mut app, "zzz");
    assert_eq!(app.picker.hits.len(), 0);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.picker.query, "");
    assert_eq!(app.picker.hits.len(), 6);
    assert_eq!(app.focus, Focus::Picker);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Focus::Panes);
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.focus,
        Focus::Picker,
        "Esc in the tabs goes back to the query"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Focus::Panes);
    type_str(&mut app, "/");
    assert_eq!(app.focus, Focus::Picker);
    assert_eq!(app.picker.query, "", "the / that focuses is not typed");
}

#[test]
fn a_slash_typed_into_the_empty_query_only_focuses_it() {
    let mut app = app(seeds());
    assert_eq!(app.focus, Focus::Picker);
    type_str(&mut app, "/proj man");
    assert_eq!(app.picker.query, "proj man");
    assert_eq!(app.picker.hits.len(), 1);
    assert_eq!(
        app.name(app.picker.hits[0].index),
        "Technical Project Manager"
    );
    // Inside a query a slash is text, as in "Information Technology/Support".
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    type_str(&mut app, "y/s");
    assert_eq!(app.picker.query, "y/s");
}

#[test]
fn filling_slot_b_hands_the_keys_to_the_tabs() {
    let mut app = app(seeds());
    type_str(&mut app, "lead");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Focus::Picker, "slot B is still to pick");
    type_str(&mut app, "tech proj");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        pair(&app),
        ("Lead Technician".into(), "Technical Project Manager".into())
    );
    assert_eq!(app.focus, Focus::Panes);
    // So digits and q are commands, not query text.
    type_str(&mut app, "3");
    assert_eq!(app.panes.tab, Tab::Education);
    assert_eq!(app.picker.query, "");
    type_str(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn a_pick_asked_for_from_the_tabs_returns_to_them() {
    let mut app = app(seeds());
    press(&mut app, KeyCode::Esc);
    type_str(&mut app, "a");
    type_str(&mut app, "product");
    press(&mut app, KeyCode::Enter);
    assert_eq!(pair(&app).0, "Technical Product Manager");
    assert_eq!(
        app.focus,
        Focus::Panes,
        "the Enter that fills A returns to the tabs"
    );
}

#[test]
fn tabs_switch_from_anywhere_and_by_number_in_the_panes() {
    let mut app = app(seeds());
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.panes.tab, Tab::Salary);
    press_mod(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    press_mod(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(app.panes.tab, Tab::Skills, "Shift-Tab wraps around");
    // Digits are text in the picker...
    type_str(&mut app, "4");
    assert_eq!(app.panes.tab, Tab::Skills);
    assert_eq!(app.picker.query, "4");
    // ...and tab numbers in the panes.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    type_str(&mut app, "4");
    assert_eq!(app.panes.tab, Tab::Demographics);
    press(&mut app, KeyCode::Right);
    assert_eq!(app.panes.tab, Tab::Duties);
    type_str(&mut app, "h");
    assert_eq!(app.panes.tab, Tab::Demographics);
    type_str(&mut app, "l");
    type_str(&mut app, "l");
    assert_eq!(app.panes.tab, Tab::Skills);
}

#[test]
fn swap_exchanges_a_and_b() {
    let mut app = app(seeds());
    let (a, b) = pair(&app);
    press_mod(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(pair(&app), (b.clone(), a.clone()));
    assert_eq!(
        app.panes.comparison.as_ref().map(|c| c.name(0).to_string()),
        Some(b.clone())
    );
    press(&mut app, KeyCode::Esc);
    type_str(&mut app, "s");
    assert_eq!(pair(&app), (a, b));
}

#[test]
fn a_and_b_go_to_the_query_with_that_slot_marked() {
    let mut app = app(seeds());
    press(&mut app, KeyCode::Esc);
    type_str(&mut app, "b");
    assert_eq!(app.focus, Focus::Picker);
    assert_eq!(app.picker.target, 1);
    assert_eq!(app.picker.query, "");
    assert_eq!(
        app.selected_job(),
        app.panes.jobs.get(1).copied(),
        "the selection starts on job B"
    );
    press(&mut app, KeyCode::Esc);
    type_str(&mut app, "a");
    assert_eq!(app.selected_job(), app.panes.jobs.first().copied());
    press(&mut app, KeyCode::Esc);
    type_str(&mut app, "b");
    type_str(&mut app, "product");
    press(&mut app, KeyCode::Enter);
    assert_eq!(pair(&app).1, "Technical Product Manager");
}

#[test]
fn scrolling_stays_within_the_content() {
    let mut app = app(seeds());
    app.update(Action::Resize(80, 24));
    press(&mut app, KeyCode::Esc);
    type_str(&mut app, "4");
    let max = app.max_scroll();
    assert!(max > 0, "demographics is taller than 80x24");
    type_str(&mut app, "j");
    type_str(&mut app, "j");
    assert_eq!(app.panes.scroll[Tab::Demographics.index()], 2);
    type_str(&mut app, "k");
    assert_eq!(app.panes.scroll[Tab::Demographics.index()], 1);
    press(&mut app, KeyCode::End);
    assert_eq!(app.panes.scroll[Tab::Demographics.index()], max);
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.panes.scroll[Tab::Demographics.index()], max);
    press(&mut app, KeyCode::Home);
    assert_eq!(app.panes.scroll[Tab::Demographics.index()], 0);
    press(&mut app, KeyCode::PageDown);
    assert!(app.panes.scroll[Tab::Demographics.index()] > 1);
    // Each tab keeps its own position.
    type_str(&mut app, "1");
    assert_eq!(app.panes.scroll[Tab::Overview.index()], 0);
    // Growing the terminal clamps the position to what can still scroll.
    type_str(&mut app, "4");
    press(&mut app, KeyCode::End);
    app.update(Action::Resize(200, 100));
    assert_eq!(
        app.panes.scroll[Tab::Demographics.index()],
        app.max_scroll()
    );
}

#[test]
fn the_list_keeps_the_selection_visible() {
    let mut app = app(seeds());
    // 60x20 stacks the picker above the tabs, with room for three jobs.
    app.update(Action::Resize(60, 20));
    let rows = usize::from(app.areas().list.height);
    assert!(rows < 6, "the list is shorter than the jobs");
    press(&mut app, KeyCode::Home);
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
        assert!(
            app.picker.selected >= app.picker.list_offset
                && app.picker.selected < app.picker.list_offset + rows
        );
    }
    assert_eq!(app.picker.selected, 5);
    press(&mut app, KeyCode::PageUp);
    assert!(
        app.picker.selected >= app.picker.list_offset
            && app.picker.selected < app.picker.list_offset + rows
    );
}

#[test]
fn help_opens_and_closes_and_keys_go_to_it() {
    let mut app = app(seeds());
    press(&mut app, KeyCode::F(1));
    assert!(app.help.open);
    type_str(&mut app, "q");
    assert!(!app.help.open, "q closes the help");
    assert!(!app.quit);
    press(&mut app, KeyCode::Esc); // the empty query hands over to the tabs
    type_str(&mut app, "?");
    assert!(app.help.open);
    press(&mut app, KeyCode::Esc);
    assert!(!app.help.open);
}

#[test]
fn the_help_scrolls_to_its_ends_with_g_g_home_and_end() {
    let mut app = app(seeds());
    app.update(Action::Resize(80, 24));
    press(&mut app, KeyCode::F(1));
    let max = app.help_max_scroll();
    assert!(max > 0, "the help is taller than 80x24");
    type_str(&mut app, "G");
    assert_eq!(app.help.scroll, max);
    type_str(&mut app, "g");
    assert_eq!(app.help.scroll, 0);
    press(&mut app, KeyCode::End);
    assert_eq!(app.help.scroll, max);
    press(&mut app, KeyCode::Home);
    assert_eq!(app.help.scroll, 0);
    assert!(app.help.open);
}

#[test]
fn backspace_and_ctrl_w_edit_the_query() {
    let mut app = app(seeds());
    type_str(&mut app, "tech man");
    assert_eq!(app.picker.hits.len(), 4);
    press_mod(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(app.picker.query, "tech ");
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.picker.query, "tech");
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(app.picker.query, "");
}

#[test]
fn empty_and_single_job_datasets() {
    let mut empty = app(careerscope::model::Dataset::default());
    assert_eq!(empty.panes.jobs, Vec::<usize>::new());
    press(&mut empty, KeyCode::Enter);
    press_mod(&mut empty, KeyCode::Char('s'), KeyModifiers::CONTROL);
    press(&mut empty, KeyCode::Down);
    assert_eq!(empty.panes.jobs, Vec::<usize>::new());

    let mut one = app(careerscope::model::Dataset {
        jobs: vec![job("Solo")],
        ..Default::default()
    });
    assert_eq!(one.panes.jobs, vec![0, 0]);
    press(&mut one, KeyCode::Enter);
    assert_eq!(one.panes.jobs, vec![0, 0]);
}

#[test]
fn mouse_clicks_pick_jobs_and_tabs() {
    use crossterm::event::{Event, MouseButton, MouseEvent, MouseEventKind};
    let mut app = app(seeds());
    let click = |app: &mut careerscope::tui::App, column: u16, row: u16| {
        let e = Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        });
        if let Some(a) = careerscope::tui::input::action_for(app, &e) {
            app.update(a);
        }
    };
    let areas = app.areas();
    // The fifth job of the list (Technical Project Manager) goes into slot A.
    click(&mut app, areas.list.x + 8, areas.list.y + 4);
    assert_eq!(pair(&app).0, "Technical Project Manager");
    // The picker's width follows its rows, so the tab bar is looked up again.
    let areas = app.areas();
    // "3 Education" in the tab bar: ` 1 Overview │ 2 Salary │ 3 Education`.
    click(&mut app, areas.tabs.x + 27, areas.tabs.y);
    assert_eq!(app.panes.tab, Tab::Education);
    click(&mut app, areas.body.x + 5, areas.body.y + 5);
    assert_eq!(app.focus, Focus::Panes);
    let wheel = Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: areas.body.x + 5,
        row: areas.body.y + 5,
        modifiers: KeyModifiers::NONE,
    });
    app.update(Action::Resize(80, 24));
    let action = careerscope::tui::input::action_for(&app, &wheel);
    assert_eq!(action, Some(Action::ScrollBy(3)));
}

#[test]
fn the_help_overlay_lists_every_binding_of_the_keymap() {
    let app = app(seeds());
    let text: Vec<String> = careerscope::tui::help::lines(app.theme, 200, &app.dataset)
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    for b in careerscope::tui::keymap::BINDINGS {
        let keys = careerscope::tui::keymap::keys_label(b);
        assert!(
            text.iter().any(|l| l.contains(&keys) && l.contains(b.help)),
            "help lacks {keys}: {}",
            b.help
        );
    }
}

/// docs/USAGE.md's key tables are generated from the keymap: a test fails when they differ, and
/// `UPDATE_DOCS=1 cargo test --test it tui_app` writes them anew.
#[test]
fn the_docs_list_every_binding_of_the_keymap() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/USAGE.md");
    let doc = std::fs::read_to_string(path).expect("docs/USAGE.md");
    let start = "<!-- keys: generated from src/tui/keymap.rs by tests/it/tui_app.rs (UPDATE_DOCS=1 rewrites it) -->\n";
    let end = "<!-- keys: end -->";
    let (Some(a), Some(b)) = (doc.find(start), doc.find(end)) else {
        panic!("docs/USAGE.md lacks the generated key tables' markers");
    };
    let tables = careerscope::tui::keymap::markdown_tables();
    let now = &doc[a + start.len()..b];
    if now != tables && std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{tables}{}", &doc[..a + start.len()], &doc[b..]);
        std::fs::write(path, updated).expect("write docs/USAGE.md");
        return;
    }
    assert_eq!(
        now, tables,
        "docs/USAGE.md's key tables differ from the keymap"
    );
    for b in careerscope::tui::keymap::BINDINGS {
        let keys: Vec<String> = b
            .keys
            .iter()
            .map(|&k| format!("`{}`", careerscope::tui::keymap::key_label(k)))
            .collect();
        let row = format!("| {} | {} |", keys.join(" "), b.help);
        assert!(doc.contains(&row), "docs/USAGE.md lacks the row: {row}");
    }
}

/// O*NET's primary related occupations of Registered Nurses (Related Occupations.xlsx,
/// 29-1141.00): Nurse Practitioners first, then Licensed Practical and Licensed Vocational
/// Nurses. `r` selects the next, `o` puts it into slot B.
#[test]
fn a_related_occupation_becomes_job_b() {
    let mut app = app(builtin());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, careerscope::tui::state::Focus::Panes);
    app.update(Action::SelectTab(Tab::Skills));
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(
        pair(&app),
        ("Registered Nurses".into(), "Nurse Practitioners".into())
    );
    assert_eq!(app.panes.tab, Tab::Skills, "o alone changes no tab");
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.panes.tab, Tab::Overview);
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(
        pair(&app),
        (
            "Registered Nurses".into(),
            "Licensed Practical and Licensed Vocational Nurses".into()
        )
    );
    // R goes back, wrapping from the first to the last: after O*NET's six related occupations
    // come the ten most similar jobs (docs/SIMILARITY.md), each with its pay.
    press(&mut app, KeyCode::Char('R'));
    press(&mut app, KeyCode::Char('R'));
    let lists = &app.panes.lists;
    assert_eq!((lists.related.len(), lists.similar.len()), (6, 10));
    assert_eq!(app.panes.related, 15, "the last similar job selected");
    assert!(lists.similar.iter().all(|j| j.similarity.is_some()));
    // Nurse Practitioners: OEWS May 2025 national annual mean $137,300 (series
    // OEUN0000000000000291171), $35,880 over Registered Nurses' $101,420.
    assert_eq!(
        (lists.related[0].pay, lists.related[0].difference),
        (Some(137_300), Some(35_880))
    );
    let last = lists.similar[9].name.clone();
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(pair(&app).1, last, "a similar job goes into B too");
    // A page job has none: the keys do nothing.
    pick_pair(&mut app, "lead technician", "technical manager");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(
        pair(&app),
        ("Lead Technician".into(), "Technical Manager".into())
    );
}

/// In the picker `r` and `o` are letters of the query; Alt-r and Alt-o reach the related jobs
/// from there (the same list as above: Nurse Practitioners, then Licensed Practical ... Nurses).
#[test]
fn alt_r_and_alt_o_work_while_typing_in_the_picker() {
    let mut app = app(builtin());
    assert_eq!(app.focus, careerscope::tui::state::Focus::Picker);
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.picker.query, "r", "a plain r types");
    press_mod(&mut app, KeyCode::Char('r'), KeyModifiers::ALT);
    press_mod(&mut app, KeyCode::Char('o'), KeyModifiers::ALT);
    assert_eq!(app.picker.query, "r", "Alt keys do not type");
    assert_eq!(
        pair(&app),
        (
            "Registered Nurses".into(),
            "Licensed Practical and Licensed Vocational Nurses".into()
        )
    );
}

/// OEWS annual means: Pediatric Surgeons $502,050 is the highest; among occupations whose
/// typical entry education is an associate's degree (EP Table 1.2), Radiation Therapists
/// ($114,990) pays most of those matching "therap".
#[test]
fn sort_and_filter_the_picker_with_the_query_on_top() {
    let mut app = app(builtin());
    press_mod(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(app.picker.sort, careerscope::rank::SortBy::Salary);
    assert_eq!(app.name(app.picker.hits[0].index), "Pediatric Surgeons");
    press_mod(&mut app, KeyCode::Char('f'), KeyModifiers::CONTROL);
    assert!(app.filter_menu.open);
    // The educations come by level after Any: no formal credential, high school, some
    // college, postsecondary nondegree award, associate's degree.
    let menu: Vec<String> = app
        .filter_choices()
        .into_iter()
        .take(9)
        .map(|c| c.label)
        .collect();
    assert_eq!(
        menu,
        [
            "Any",
            "No formal educational credential",
            "High school diploma or equivalent",
            "Some college, no degree",
            "Postsecondary nondegree award",
            "Associate's degree",
            "Bachelor's degree",
            "Master's degree",
            "Doctoral or professional degree"
        ]
    );
    for _ in 0..5 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert!(!app.filter_menu.open);
    assert_eq!(app.picker.filter.education, ["Associate's degree"]);
    assert_eq!(app.picker.hits.len(), 48);
    assert_eq!(
        app.name(app.picker.hits[0].index),
        "Air Traffic Controllers"
    );
    type_str(&mut app, "therap");
    // A typed query orders by match, filtered, not by salary: `search therap`'s order with
    // the associate's-degree jobs kept.
    let catalog = builtin();
    let words = careerscope::search::Words::of_catalog(&catalog).unwrap_or_else(|e| panic!("{e}"));
    let index = careerscope::search::Index::of_names(catalog.names());
    let expected: Vec<usize> = careerscope::search::find(&catalog, &words, &index, "therap")
        .into_iter()
        .map(|(h, _)| h.index)
        .filter(|&i| app.facets()[i].entry_education.as_deref() == Some("Associate's degree"))
        .collect();
    let listed: Vec<usize> = app.picker.hits.iter().map(|h| h.index).collect();
    assert_eq!(listed, expected);
    assert!(
        listed
            .iter()
            .any(|&i| app.name(i) == "Radiation Therapists")
    );
    assert!(
        app.picker
            .hits
            .iter()
            .all(|h| app.facets()[h.index].entry_education.as_deref() == Some("Associate's degree"))
    );
    // Any drops the filter; the order cycles back to the match order.
    press_mod(&mut app, KeyCode::Char('f'), KeyModifiers::CONTROL);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.picker.filter, careerscope::rank::Filter::default());
    for _ in 0..3 {
        press_mod(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    }
    assert_eq!(app.picker.sort, careerscope::rank::SortBy::Name);
}

/// The picker widens for the names it shows (up to 45% of the screen): "Project Management
/// Specialists" is whole at 120 columns, the 67-character "First-Line Supervisors of
/// Construction Trades and Extraction Workers" at 200; at 80 the panes keep their room.
#[test]
fn the_picker_shows_long_names_whole_where_there_is_room() {
    let mut app = app(builtin());
    type_str(&mut app, "project management specialists");
    let screen = screen_text(&render(&mut app, 120, 40));
    assert!(
        screen.contains("Project Management Specialists "),
        "{screen}"
    );
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    let long = "First-Line Supervisors of Construction Trades and Extraction Workers";
    type_str(&mut app, "first-line supervisors construction trades");
    assert_eq!(app.name(app.picker.hits[0].index), long);
    let screen = screen_text(&render(&mut app, 200, 50));
    assert!(screen.contains(long), "{screen}");
    // At 80 columns the picker keeps its narrowest, 28 columns: its top right corner is the
    // 28th character of the first line.
    let screen = screen_text(&render(&mut app, 80, 24));
    assert!(!screen.contains(long), "{screen}");
    let corner = screen
        .lines()
        .next()
        .and_then(|l| l.chars().position(|c| c == '┓' || c == '┐'));
    assert_eq!(corner, Some(27), "{screen}");
    assert_eq!(app.areas().picker.width, 28);
}

/// Sorted by salary, a job found by another title shows its pay (the figure sorted by), not
/// the title: `rn` finds Registered Nurses ($101,420, OEWS May 2025 annual mean).
#[test]
fn a_sort_keeps_its_figure_beside_a_job_found_by_a_title() {
    let mut app = app(builtin());
    type_str(&mut app, "rn");
    let rn = app.picker.hits[0].index;
    assert_eq!(app.name(rn), "Registered Nurses");
    assert_eq!(app.row_tag(rn, 120).as_deref(), Some(" ← RN"));
    press_mod(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(app.row_tag(rn, 120).as_deref(), Some(" $101,420"));
}

/// Chooses the filter menu's row `label` (the first such row), as a person would: Ctrl-F, down
/// to it, Enter.
fn choose_filter(app: &mut careerscope::tui::App, label: &str) {
    press_mod(app, KeyCode::Char('f'), KeyModifiers::CONTROL);
    let at = app
        .filter_choices()
        .iter()
        .position(|c| c.label == label)
        .unwrap_or_else(|| panic!("no filter {label:?}"));
    for _ in 0..at {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
}

/// Two educations mean either; a third filter of another kind narrows; at 80 columns the
/// filter line says how many filters are on instead of cutting the last off. Enter on a chosen
/// value takes it out again.
#[test]
fn filters_add_up_and_the_line_says_how_many() {
    let mut app = app(builtin());
    choose_filter(&mut app, "High school diploma or equivalent");
    let school = app.picker.hits.len();
    choose_filter(&mut app, "Postsecondary nondegree award");
    // BLS EP Table 1.2: 326 and 51 occupations, and the six page jobs have no EP education.
    assert_eq!((school, app.picker.hits.len()), (326, 377));
    choose_filter(&mut app, "Healthcare Support Occupations");
    let narrowed = app.picker.hits.len();
    assert!(narrowed > 0 && narrowed < 51, "{narrowed}");
    // The picker's width: the whole line does not fit, so each filter is cut short.
    let wide = screen_text(&render(&mut app, 200, 50));
    // Each value counts: two educations and a group are three.
    assert!(
        wide.contains("3 filters: High school diplo…, Postsecondary non…, +1"),
        "{wide}"
    );
    let narrow = screen_text(&render(&mut app, 80, 24));
    assert!(narrow.contains("3 filters: "), "{narrow}");
    assert!(
        !narrow.contains("Healthcare Support Occupations"),
        "{narrow}"
    );
    choose_filter(&mut app, "Postsecondary nondegree award");
    assert_eq!(
        app.picker.filter.education,
        ["High school diploma or equivalent"]
    );
}

/// Sorted by salary, typing `electrician` and Enter puts Electricians in the slot: the best
/// match comes first while a query is typed (not a better-paid job with an electrician among its
/// titles), and the label says so.
#[test]
fn a_sort_never_makes_enter_pick_a_worse_match() {
    let mut app = app(builtin());
    press_mod(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(app.picker.sort, careerscope::rank::SortBy::Salary);
    type_str(&mut app, "electrician");
    assert_eq!(app.name(app.picker.hits[0].index), "Electricians");
    let screen = screen_text(&render(&mut app, 120, 40));
    assert!(
        screen.contains("by match (salary when no query)"),
        "{screen}"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(pair(&app).0, "Electricians");
}

/// One job of the pair cannot be read: the header says so, not that there are no jobs, and the
/// body says what is wrong with it.
#[test]
fn a_broken_job_is_not_an_empty_dataset() {
    let catalog = careerscope::catalog::Catalog::from_text(
        r#"{"schema": 1, "jobs": [
            {"name": "Cook", "overview": {"yearly_salary": "lots"}},
            {"name": "Chef"}
        ], "pages": [{"title": "Cook vs chef", "jobs": ["Cook", "Chef"]}]}"#
            .to_string(),
        "broken.json",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut app = app(catalog);
    let text = screen_text(&render(&mut app, 120, 40));
    assert!(!text.contains("has no jobs"), "{text}");
    assert!(
        text.contains("No pair: a job of this pair cannot be read"),
        "{text}"
    );
    assert!(text.contains("This pair cannot be shown"), "{text}");
}

/// The problem the explorer shows quotes the file's name and serde's message: terminal
/// controls in them are written out, never drawn raw.
#[test]
fn a_problem_is_shown_without_raw_controls() {
    let catalog = careerscope::catalog::Catalog::from_text(
        r#"{"schema": 1, "jobs": [
            {"name": "Cook", "years_to_become": {"min": 1, "max": 2, "unit": "\u001b[2J"}},
            {"name": "Chef"}
        ], "pages": [{"title": "Cook vs chef", "jobs": ["Cook", "Chef"]}]}"#
            .to_string(),
        "bro\u{1b}]52;c;aGk=\u{7}ken.json",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let app = app(catalog);
    let problem = app.panes.problem.clone().unwrap_or_default();
    assert!(problem.contains("\\u{1b}[2J"), "{problem}");
    assert!(problem.contains("bro\\u{1b}]52"), "{problem}");
    assert!(!problem.chars().any(char::is_control), "{problem:?}");
}

/// `p`, `tex`, Enter: the Salary tab adds both jobs' pay in Texas (OEWS state cells: Registered
/// Nurses $95,380 mean, Software Developers $136,450).
#[test]
fn a_state_chosen_by_typing_adds_its_pay_to_the_salary_tab() {
    let mut app = app(builtin());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('p'));
    assert!(app.area_menu.open);
    assert_eq!(app.area_choices()[0], None, "National only comes first");
    type_str(&mut app, "tex");
    assert_eq!(app.area_choices()[0].as_deref(), Some("Texas"));
    press(&mut app, KeyCode::Enter);
    assert!(!app.area_menu.open);
    assert_eq!(app.panes.area.as_deref(), Some("Texas"));
    assert_eq!(app.panes.tab, Tab::Salary);
    let area = app
        .panes
        .comparison
        .as_ref()
        .and_then(|c| c.area.clone())
        .expect("pay in Texas");
    assert_eq!(
        (area.facts[0].value(0), area.facts[0].value(1)),
        ("$95,380", "$136,450")
    );
    // At 120x40 the state's pay is at the top of the tab, and the status line says so.
    let screen = screen_text(&render(&mut app, 120, 40));
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines.iter().position(|l| l.contains("$95,380"));
    assert!(at.is_some_and(|i| i < 12), "{screen}");
    assert!(
        lines
            .last()
            .is_some_and(|l| l.contains("Pay in Texas (BLS OEWS May 2025) is at the top")),
        "{screen}"
    );
    // The next key clears the message; at 80 columns the Salary tab still hints `p`.
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('k'));
    let narrow = screen_text(&render(&mut app, 80, 24));
    assert!(
        narrow
            .lines()
            .last()
            .is_some_and(|l| l.contains("p state pay")),
        "{narrow}"
    );
    // The state stays chosen for the next pair; National only drops it.
    press(&mut app, KeyCode::Char('s'));
    assert!(
        app.panes
            .comparison
            .as_ref()
            .is_some_and(|c| c.area.is_some())
    );
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.panes.area, None);
}

/// The Salary tab's map of pay by state, for the pinned job against its national mean (OEWS May
/// 2025, Registered Nurses: national $101,420; California $150,280, +48%; Alabama $77,020,
/// -24%); the chosen state marked `[OH]`. Without colours it is left out: the lists say it.
#[test]
fn the_salary_tab_maps_pay_by_state() {
    use ratatui::style::Color;
    let mut app = app(builtin());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('p'));
    type_str(&mut app, "ohio");
    press(&mut app, KeyCode::Enter);
    let term = render(&mut app, 120, 120);
    let screen = screen_text(&term);
    assert!(
        screen
            .contains("Pay by state: Registered Nurses, annual mean against its national $101,420"),
        "{screen}"
    );
    assert!(screen.contains("[OH]"), "{screen}");
    let buf = term.backend().buffer();
    let tile = |abbr: &str| {
        let lines: Vec<&str> = screen.lines().collect();
        let (y, line) = lines
            .iter()
            .enumerate()
            .find(|(_, l)| l.contains("Pay by state"))
            .and_then(|(at, _)| {
                lines
                    .iter()
                    .enumerate()
                    .skip(at)
                    .find(|(_, l)| l.contains(&format!(" {abbr} ")))
            })
            .unwrap_or_else(|| panic!("no tile {abbr}"));
        let x = line
            .chars()
            .collect::<Vec<_>>()
            .windows(4)
            .position(|w| w.iter().collect::<String>() == format!(" {abbr} "))
            .unwrap_or(0);
        buf[(x as u16 + 1, y as u16)].bg
    };
    assert_eq!(tile("CA"), Color::Green);
    assert_eq!(tile("AL"), Color::Red);
    let plain = careerscope::tui::theme::Theme::PLAIN;
    app.theme = plain;
    let screen = screen_text(&render(&mut app, 120, 120));
    assert!(!screen.contains("Pay by state"), "{screen}");
    assert!(screen.contains("Top paying states"), "{screen}");
}

/// The chooser lists metro areas after the states, found by any part of their name.
#[test]
fn a_metro_area_is_chosen_like_a_state() {
    let mut app = app(builtin());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('p'));
    type_str(&mut app, "san jose");
    assert_eq!(
        app.area_choices()[0].as_deref(),
        Some("San Jose-Sunnyvale-Santa Clara, CA")
    );
    press(&mut app, KeyCode::Enter);
    let area = app
        .panes
        .comparison
        .as_ref()
        .and_then(|c| c.area.clone())
        .expect("pay in San Jose");
    assert_eq!(
        (area.facts[0].value(0), area.facts[0].value(1)),
        ("$194,950", "$221,710")
    );
}

/// The chooser matches as `--area` does: `ohio` is the state (not Oklahoma City), `OH` its
/// abbreviation, `columbus oh` the metro area, and a bare `columbus` lists the three Columbus
/// areas first, the largest first.
#[test]
fn the_area_chooser_matches_like_the_area_option() {
    let mut app = app(builtin());
    press(&mut app, KeyCode::Esc);
    let first = |app: &mut careerscope::tui::App, query: &str| -> Vec<Option<String>> {
        press(app, KeyCode::Char('p'));
        type_str(app, query);
        let choices = app.area_choices();
        press(app, KeyCode::Esc);
        choices.into_iter().take(3).collect()
    };
    assert_eq!(first(&mut app, "ohio")[0].as_deref(), Some("Ohio"));
    assert_eq!(first(&mut app, "OH")[0].as_deref(), Some("Ohio"));
    assert_eq!(
        first(&mut app, "columbus oh")[0].as_deref(),
        Some("Columbus, OH")
    );
    // Largest first (OEWS employment, as `--area columbus` lists them).
    let columbus: Vec<String> = first(&mut app, "columbus").into_iter().flatten().collect();
    assert_eq!(
        columbus,
        ["Columbus, OH", "Columbus, GA-AL", "Columbus, IN"]
    );
}

#[test]
fn y_and_e_ask_for_the_comparison_as_markdown_and_the_status_line_says_what_happened() {
    use careerscope::tui::app::Effect;
    let mut app = app(seeds());
    assert_eq!(
        app.status.as_deref(),
        Some("6 jobs from dataset"),
        "the status line first says what was loaded"
    );
    pick_pair(&mut app, "lead technician", "technical project manager");
    assert_eq!(app.status, None, "a key clears it");
    type_str(&mut app, "y");
    let Some(Effect::Copy(text)) = app.effect.take() else {
        panic!("y asks for a copy");
    };
    assert!(text.starts_with("# Lead Technician vs Technical Project Manager\n"));
    assert!(text.contains("| Yearly salary | $90,615 | **$108,205** ▲ | +$17,590 (+19.4%) |"));
    type_str(&mut app, "e");
    assert_eq!(
        app.effect.take(),
        Some(Effect::Export {
            stem: "careerscope-lead-technician-vs-technical-project-manager".into(),
            text,
        })
    );
    app.update(Msg::Status("Wrote the comparison to x.md".into()));
    let screen = screen_text(&render(&mut app, 120, 40));
    assert!(screen.contains("Wrote the comparison to x.md"), "{screen}");
    assert!(screen.contains("q quit"), "quit is still hinted: {screen}");
    type_str(&mut app, "2");
    assert_eq!(app.status, None);
}

#[test]
fn the_default_dataset_says_what_it_loaded() {
    let app = app(builtin());
    assert_eq!(
        app.dataset,
        "830 built-in occupations + 6 page jobs (built-in pages; no library yet)"
    );
    let help: Vec<String> = careerscope::tui::help::lines(app.theme, 200, &app.dataset)
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    assert!(help.iter().any(|l| l.contains("830 built-in occupations")));
}

/// Ctrl-O after "number of jobs" orders the list by similarity to the pinned job (a real
/// occupation), each row with its similarity and pay difference; with a query the best text
/// match still comes first. Ctrl-F offers "more than the pinned job's pay" and the strongest
/// interest.
#[test]
fn ctrl_o_reaches_similar_to_the_pinned_job() {
    let mut app = app(builtin());
    for _ in 0..4 {
        press_mod(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    }
    assert!(app.picker.like.is_some());
    let text = screen_text(&render(&mut app, 120, 40));
    assert!(text.contains("similar to Registered Nurses"), "{text}");
    // The pinned job itself is the most alike (100); Nurse Practitioners next (92, OEWS
    // $137,300: $35,880 over Registered Nurses' $101,420).
    let names: Vec<&str> = app
        .picker
        .hits
        .iter()
        .take(2)
        .map(|h| app.name(h.index))
        .collect();
    assert_eq!(names, ["Registered Nurses", "Nurse Practitioners"]);
    assert!(text.contains("92 +$35,880"), "{text}");
    // A query: the job whose name matches best comes first, whatever its similarity.
    type_str(&mut app, "electrician");
    assert_eq!(app.name(app.picker.hits[0].index), "Electricians");
    press_mod(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    // Once more: back to the match order.
    press_mod(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert!(app.picker.like.is_none());
    assert_eq!(app.picker.sort, careerscope::rank::SortBy::Name);
    // Ctrl-F: pays more than the pinned job; every job kept pays more than $101,420.
    press_mod(&mut app, KeyCode::Char('f'), KeyModifiers::CONTROL);
    let at = app
        .filter_choices()
        .iter()
        .position(|c| {
            c.label
                .starts_with("More than Registered Nurses ($101,420)")
        })
        .expect("a pays-more choice");
    for _ in 0..at {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert!(!app.picker.hits.is_empty());
    assert!(
        app.picker
            .hits
            .iter()
            .all(|h| app.facets()[h.index].yearly_salary > Some(101_420))
    );
    let labels: Vec<String> = app.filter_choices().into_iter().map(|c| c.label).collect();
    assert!(labels.contains(&"mostly Social".to_string()), "{labels:?}");
}

/// A query no title has whole lists the jobs with the rest of it, and the status line says
/// which words were left out, until the next key.
#[test]
fn the_status_line_says_which_words_of_the_query_no_title_has() {
    let mut app = app(builtin());
    type_str(&mut app, "roofing jobs");
    assert_eq!(
        app.status.as_deref(),
        Some("No title has every word; left out: \"jobs\"")
    );
    let first = app
        .picker
        .hits
        .first()
        .map(|h| app.name(h.index).to_string());
    assert_eq!(first.as_deref(), Some("Roofers"));
    press(&mut app, KeyCode::Backspace);
    type_str(&mut app, "s");
    assert!(app.status.is_some(), "the same query says it again");
    for _ in 0.."jobs".len() {
        press(&mut app, KeyCode::Backspace);
    }
    assert_eq!(app.status, None, "every word found: nothing to say");
}

/// A SOC code typed in the picker lists its job alone (OEWS: 15-1252 is Software Developers).
#[test]
fn a_soc_code_typed_in_the_picker_finds_its_job() {
    let mut app = app(builtin());
    type_str(&mut app, "15-1252");
    let names: Vec<&str> = app.picker.hits.iter().map(|h| app.name(h.index)).collect();
    assert_eq!(names, ["Software Developers"]);
    assert_eq!(app.status, None);
}
