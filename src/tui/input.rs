//! Terminal events into actions: which context keys go to in the app's state, key presses
//! through the keymap's table, mouse clicks and wheels through the layout.

use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::app::{App, Focus};
use super::keymap::{Context, lookup};
use super::tabs;

/// The context keys go to in this state.
pub fn context(app: &App) -> Context {
    if app.help.open {
        Context::Help
    } else if app.filter_menu.open {
        Context::Filter
    } else if app.area_menu.open {
        Context::Area
    } else {
        match app.focus {
            Focus::Picker => Context::Picker,
            Focus::Panes => Context::Panes,
        }
    }
}

/// The action of any terminal event: key presses through [`lookup`], mouse through the
/// layout, resizes as they are. Key releases and repeats of other kinds are ignored.
pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => lookup(key, context(app)),
        Event::Mouse(mouse) => mouse_action(app, mouse),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

fn mouse_action(app: &App, mouse: &MouseEvent) -> Option<Action> {
    let at = Position::new(mouse.column, mouse.row);
    let areas = app.areas();
    let inside = |r: Rect| r.contains(at);
    match mouse.kind {
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let down = mouse.kind == MouseEventKind::ScrollDown;
            if !app.help.open && (inside(areas.list) || inside(areas.query)) {
                Some(if down {
                    Action::SelectNext
                } else {
                    Action::SelectPrev
                })
            } else {
                Some(Action::ScrollBy(if down { 3 } else { -3 }))
            }
        }
        MouseEventKind::Down(MouseButton::Left) => {
            if app.help.open {
                return Some(Action::CloseHelp);
            }
            if inside(areas.list) {
                let row = usize::from(at.y - areas.list.y) + app.picker.list_offset;
                return (row < app.picker.hits.len()).then_some(Action::PickRow(row));
            }
            if inside(areas.tabs) {
                return tabs::tab_at(areas.tabs, at.x, app.panes.tab).map(Action::SelectTab);
            }
            if inside(areas.picker) || inside(areas.query) {
                return Some(Action::FocusPicker);
            }
            if inside(areas.panes) || inside(areas.header) {
                return Some(Action::FocusPanes);
            }
            None
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    /// A key press (crossterm's `new` makes presses).
    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn only_presses_count() {
        let app = App::new(
            crate::model::Dataset::default(),
            super::super::theme::Theme::PLAIN,
        );
        let mut release = key(KeyCode::Char('x'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(&app, &Event::Key(release)), None);
        let press = key(KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(
            action_for(&app, &Event::Key(press)),
            Some(Action::Input('x'))
        );
    }
}
