//! Helpers shared by the explorer's tests: a dataset, key presses through the real keymap,
//! and rendering into ratatui's TestBackend.

use careerscope::model::{Dataset, Profile};
use careerscope::tui::theme::Theme;
use careerscope::tui::{Action, App, draw, input};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn seeds() -> Dataset {
    careerscope::library::embedded().expect("the built-in dataset reads")
}

/// The default dataset without the user's library: the built-in real occupations beside the
/// built-in page jobs.
pub fn builtin() -> careerscope::catalog::Catalog {
    use careerscope::catalog::Catalog;
    use careerscope::library::OCCUPATIONS;
    Catalog::joined(
        Catalog::occupations(OCCUPATIONS).expect("the built-in occupations read"),
        Catalog::from_dataset(seeds(), "built-in dataset"),
    )
}

pub fn app(dataset: impl Into<careerscope::catalog::Catalog>) -> App {
    let mut app = App::new(dataset, Theme::COLOR);
    app.update(Action::Resize(120, 40));
    app
}

/// A key press, through the keymap like the real loop.
pub fn press_mod(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    let event = Event::Key(KeyEvent::new(code, mods));
    if let Some(action) = input::action_for(app, &event) {
        app.update(action);
    }
}

pub fn press(app: &mut App, code: KeyCode) {
    press_mod(app, code, KeyModifiers::NONE);
}

pub fn type_str(app: &mut App, s: &str) {
    for c in s.chars() {
        let mods = if c.is_ascii_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        press_mod(app, KeyCode::Char(c), mods);
    }
}

/// The names of jobs A and B.
pub fn pair(app: &App) -> (String, String) {
    match app.panes.jobs.as_slice() {
        [a, b, ..] => (app.name(*a).to_string(), app.name(*b).to_string()),
        other => panic!("no pair: {other:?}"),
    }
}

/// Picks `a` into slot A and `b` into slot B by typing queries, as a user would.
pub fn pick_pair(app: &mut App, a: &str, b: &str) {
    press(app, KeyCode::Char('/'));
    app.update(Action::Target(0));
    for q in [a, b] {
        press_mod(app, KeyCode::Char('u'), KeyModifiers::CONTROL);
        type_str(app, q);
        press(app, KeyCode::Enter);
    }
}

pub fn render(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    if (app.size.width, app.size.height) != (w, h) {
        app.update(Action::Resize(w, h));
    }
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    terminal.draw(|f| draw(app, f)).expect("draw");
    terminal
}

/// The screen's text as a terminal shows it, one string per row: the cell after a wide
/// character is covered by it, so it is skipped.
pub fn screen(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < buf.area.width {
                let symbol = buf[(x, y)].symbol();
                row.push_str(symbol);
                let w = unicode_width::UnicodeWidthStr::width(symbol).max(1);
                x += w as u16;
            }
            row
        })
        .collect()
}

pub fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    screen(terminal).join("\n")
}

pub fn job(name: &str) -> Profile {
    Profile {
        name: name.to_string(),
        ..Profile::default()
    }
}

/// The seed dataset plus a job with a very long name of CJK and emoji.
pub fn with_wide_name() -> Dataset {
    let mut d = seeds();
    let mut long = d.jobs[1].clone();
    long.name =
        "高级技术项目经理🚀🚀 Senior Technical Project Manager for Extremely Long Job Names \
                 ✨ with emoji 👩‍💻 and 全角文字 at the end"
            .to_string();
    long.skills = long.skills.map(|mut s| {
        s[0].name = "クラウド基盤アーキテクチャ設計🚀".into();
        s
    });
    d.jobs.push(long);
    d
}

pub fn datasets() -> Vec<(&'static str, Dataset)> {
    let one = Dataset {
        jobs: vec![seeds().jobs[1].clone()],
        ..Dataset::default()
    };
    let bare = Dataset {
        jobs: vec![
            job("Only a name"),
            job("Another name\twith a tab\u{1b}[31m"),
        ],
        ..Dataset::default()
    };
    vec![
        ("seeds", seeds()),
        ("empty", Dataset::default()),
        ("one job", one),
        ("bare jobs", bare),
        ("wide name", with_wide_name()),
    ]
}

/// Whether every value `cut` holds is what `whole` holds at the same place (lists may be
/// shorter): `Err` names the first place where `cut` differs.
pub fn within(
    cut: &serde_json::Value,
    whole: &serde_json::Value,
    path: &str,
) -> Result<(), String> {
    use serde_json::Value;
    match (cut, whole) {
        (Value::Null, _) => Ok(()),
        (Value::Object(c), Value::Object(w)) => c.iter().try_for_each(|(k, v)| {
            within(v, w.get(k).unwrap_or(&Value::Null), &format!("{path}.{k}"))
        }),
        (Value::Array(c), Value::Array(w)) if c.len() <= w.len() && c[..] == w[..c.len()] => Ok(()),
        (c, w) if c == w => Ok(()),
        _ => Err(path.to_string()),
    }
}
