//! Screens of the explorer at fixed sizes, rendered into ratatui's TestBackend and compared
//! with the reviewed snapshots in tests/it/snapshots/.

use crate::common;

use careerscope::tui::Action;
use careerscope::tui::app::App;
use careerscope::tui::tabs::Tab;
use common::*;
use crossterm::event::KeyCode;

/// The seed pair of the issue, with the tabs focused.
fn seed_pair() -> App {
    let mut app = app(seeds());
    pick_pair(&mut app, "lead technician", "technical project manager");
    assert_eq!(app.focus, careerscope::tui::app::Focus::Panes);
    assert_eq!(
        pair(&app),
        ("Lead Technician".into(), "Technical Project Manager".into())
    );
    app
}

fn tab_at(tab: Tab, w: u16, h: u16) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let mut app = seed_pair();
    app.update(Action::SelectTab(tab));
    render(&mut app, w, h)
}

#[test]
fn overview_120x40() {
    insta::assert_snapshot!(tab_at(Tab::Overview, 120, 40).backend());
}

#[test]
fn salary_120x40() {
    insta::assert_snapshot!(tab_at(Tab::Salary, 120, 40).backend());
}

#[test]
fn education_120x40() {
    insta::assert_snapshot!(tab_at(Tab::Education, 120, 40).backend());
}

#[test]
fn demographics_120x40() {
    insta::assert_snapshot!(tab_at(Tab::Demographics, 120, 40).backend());
}

#[test]
fn demographics_scrolled_to_the_end_120x40() {
    let mut app = seed_pair();
    app.update(Action::SelectTab(Tab::Demographics));
    app.update(Action::ScrollBottom);
    insta::assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn duties_120x40() {
    insta::assert_snapshot!(tab_at(Tab::Duties, 120, 40).backend());
}

#[test]
fn skills_120x40() {
    insta::assert_snapshot!(tab_at(Tab::Skills, 120, 40).backend());
}

#[test]
fn picker_with_a_query_120x40() {
    let mut app = seed_pair();
    press(&mut app, KeyCode::Char('b'));
    type_str(&mut app, "tech man");
    insta::assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn help_120x40() {
    let mut app = seed_pair();
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn narrow_overview_60x20() {
    insta::assert_snapshot!(tab_at(Tab::Overview, 60, 20).backend());
}

#[test]
fn narrow_skills_60x20() {
    insta::assert_snapshot!(tab_at(Tab::Skills, 60, 20).backend());
}

#[test]
fn narrow_picker_focused_60x20() {
    let mut app = seed_pair();
    press(&mut app, KeyCode::Char('/'));
    type_str(&mut app, "tec");
    insta::assert_snapshot!(render(&mut app, 60, 20).backend());
}

#[test]
fn compact_40x12() {
    let mut app = seed_pair();
    app.update(Action::SelectTab(Tab::Salary));
    insta::assert_snapshot!(render(&mut app, 40, 12).backend());
}

#[test]
fn empty_dataset_80x24() {
    let mut app = app(careerscope::model::Dataset::default());
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn wide_name_80x24() {
    let mut app = app(with_wide_name());
    type_str(&mut app, "高级");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    app.update(Action::SelectTab(Tab::Skills));
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

/// The pair the default dataset opens on: two real occupations from the official sources.
fn real_pair(tab: Tab, w: u16, h: u16) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let mut app = app(builtin());
    assert_eq!(
        pair(&app),
        ("Registered Nurses".into(), "Software Developers".into())
    );
    press(&mut app, KeyCode::Esc);
    app.update(Action::SelectTab(tab));
    render(&mut app, w, h)
}

#[test]
fn real_overview_120x40() {
    insta::assert_snapshot!(real_pair(Tab::Overview, 120, 40).backend());
}

#[test]
fn real_salary_120x40() {
    insta::assert_snapshot!(real_pair(Tab::Salary, 120, 40).backend());
}

#[test]
fn real_education_120x40() {
    insta::assert_snapshot!(real_pair(Tab::Education, 120, 40).backend());
}

#[test]
fn real_demographics_120x40() {
    insta::assert_snapshot!(real_pair(Tab::Demographics, 120, 40).backend());
}

#[test]
fn real_duties_120x40() {
    insta::assert_snapshot!(real_pair(Tab::Duties, 120, 40).backend());
}

#[test]
fn real_skills_120x40() {
    insta::assert_snapshot!(real_pair(Tab::Skills, 120, 40).backend());
}

#[test]
fn real_overview_80x24() {
    insta::assert_snapshot!(real_pair(Tab::Overview, 80, 24).backend());
}

#[test]
fn real_salary_80x24() {
    insta::assert_snapshot!(real_pair(Tab::Salary, 80, 24).backend());
}

#[test]
fn real_demographics_80x24() {
    insta::assert_snapshot!(real_pair(Tab::Demographics, 80, 24).backend());
}

#[test]
fn real_skills_80x24() {
    insta::assert_snapshot!(real_pair(Tab::Skills, 80, 24).backend());
}

/// Page jobs beside real occupations carry a quiet `page` tag in the picker.
#[test]
fn picker_tags_page_jobs_beside_real_occupations_120x40() {
    let mut app = app(builtin());
    type_str(&mut app, "technic");
    insta::assert_snapshot!(render(&mut app, 120, 40).backend());
}

/// A job found by another of its titles shows that title beside its name.
#[test]
fn picker_shows_the_title_that_found_a_job_120x40() {
    let mut app = app(builtin());
    type_str(&mut app, "sous chef");
    assert_eq!(app.name(app.picker.hits[0].index), "Chefs and Head Cooks");
    assert_eq!(
        app.picker
            .found_by
            .get(&app.picker.hits[0].index)
            .map(String::as_str),
        Some("Sous Chef")
    );
    insta::assert_snapshot!(render(&mut app, 120, 40).backend());
}

/// Sorted by salary with the figure beside each name, and the filter menu open over it.
#[test]
fn sorted_by_salary_and_the_filter_menu_120x40() {
    let mut app = app(builtin());
    press_mod(
        &mut app,
        KeyCode::Char('o'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    insta::assert_snapshot!(
        "sorted_by_salary_120x40",
        render(&mut app, 120, 40).backend()
    );
    press_mod(
        &mut app,
        KeyCode::Char('f'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    press(&mut app, KeyCode::Down);
    insta::assert_snapshot!("filter_menu_120x40", render(&mut app, 120, 40).backend());
}

/// `p`, `ohio`, Enter at 80x24: Ohio's pay first on the Salary tab, the confirmation on the
/// status line.
#[test]
fn area_pay_on_top_80x24() {
    let mut app = app(builtin());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('p'));
    type_str(&mut app, "ohio");
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(render(&mut app, 80, 24).backend());
}

/// The state chooser with `new` typed: the states first, then the metro areas it could mean.
#[test]
fn state_chooser_120x40() {
    let mut app = app(builtin());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('p'));
    type_str(&mut app, "new");
    insta::assert_snapshot!(render(&mut app, 120, 40).backend());
}

/// The Overview's end: O*NET's related occupations and the jobs most like Registered Nurses by
/// what the work needs, each with its pay and the difference from the pinned job's.
#[test]
fn real_overview_related_and_similar_jobs_120x40() {
    let mut app = app(builtin());
    press(&mut app, KeyCode::Esc);
    app.update(Action::SelectTab(Tab::Overview));
    app.update(Action::ScrollBottom);
    let term = render(&mut app, 120, 40);
    let text = screen_text(&term);
    assert!(
        text.contains("Similar jobs (by what the work needs"),
        "{text}"
    );
    insta::assert_snapshot!(term.backend());
}
