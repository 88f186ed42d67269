//! The explorer: `careerscope` with no command. A fuzzy job picker on the left, the pair's
//! facts in six tabs on the right.
//!
//! Shape: terminal events become [`Action`]s in [`keymap`] (one table of keys), [`App::update`]
//! is the only place state changes, and [`draw`] is a pure function of the state. The loop
//! blocks until something happens, so an idle explorer uses no CPU.

pub mod action;
pub mod app;
pub mod effects;
pub mod help;
pub mod keymap;
pub mod layout;
pub mod matching;
pub mod picker;
pub mod start;
pub mod state;
pub mod tabs;
pub mod text;
pub mod theme;
pub mod ui;

use std::io::{self, Write};
use std::sync::mpsc;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::{cursor, execute};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

pub use action::Action;
pub use app::App;
pub use ui::draw;

use crate::catalog::Catalog;
use theme::Theme;

/// What wakes the loop.
enum Wake {
    Event(Event),
    Action(Action),
    Signal(i32),
    Failed(io::Error),
}

/// Runs the explorer on `catalog`, opened as `start` says, until the user quits.
///
/// # Errors
/// When the terminal cannot be set up, read or drawn to, or signals cannot be watched.
pub fn run(catalog: Catalog, start: &start::Start) -> anyhow::Result<()> {
    needs_a_terminal()?;
    let mut app = App::new(catalog, Theme::from_env());
    start.apply(&mut app);
    // Signals first: once the screen is taken, SIGTERM or SIGHUP must give it back.
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    let signal_handle = signals.handle();
    let mut terminal = init()?;
    let (tx, rx) = mpsc::channel();
    if app.catalog.len() >= matching::BACKGROUND_FROM {
        let tx_matches = tx.clone();
        app.match_in_background(Box::new(move |generation, hits| {
            let _ = tx_matches.send(Wake::Action(Action::Matches(generation, hits)));
        }));
    }
    let tx_signal = tx.clone();
    std::thread::spawn(move || {
        for sig in signals.forever() {
            if tx_signal.send(Wake::Signal(sig)).is_err() {
                break;
            }
        }
    });
    std::thread::spawn(move || {
        loop {
            let wake = match event::read() {
                Ok(e) => Wake::Event(e),
                Err(e) => Wake::Failed(e),
            };
            let failed = matches!(wake, Wake::Failed(_));
            if tx.send(wake).is_err() || failed {
                break;
            }
        }
    });

    let result = event_loop(&mut app, &mut terminal, &rx);
    restore();
    signal_handle.close();
    match result {
        // Leave the way the signal would have, now that the terminal is back.
        Ok(Some(sig)) => {
            signal_hook::low_level::emulate_default_handler(sig)?;
            Ok(())
        }
        Ok(None) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Draws, then applies what wakes the loop, until the app quits (`None`), a signal arrives
/// (`Some(signal)`) or reading the terminal fails.
fn event_loop(
    app: &mut App,
    terminal: &mut ratatui::DefaultTerminal,
    rx: &mpsc::Receiver<Wake>,
) -> anyhow::Result<Option<i32>> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    loop {
        terminal.draw(|f| draw(app, f))?;
        // Block until something happens, then take everything that is already waiting,
        // so a burst of events (a resize, a paste) draws once.
        let mut wake = rx.recv()?;
        loop {
            match wake {
                Wake::Event(e) => {
                    if let Some(action) = keymap::action_for(app, &e) {
                        app.update(action);
                    }
                }
                Wake::Action(action) => app.update(action),
                Wake::Signal(sig) => return Ok(Some(sig)),
                Wake::Failed(e) => return Err(e.into()),
            }
            if let Some(effect) = app.effect.take() {
                let folder = std::env::current_dir().unwrap_or_else(|_| ".".into());
                let said = effects::run(effect, &mut io::stdout(), &folder);
                app.update(Action::Status(said));
            }
            if app.quit {
                return Ok(None);
            }
            match rx.try_recv() {
                Ok(w) => wake = w,
                Err(_) => break,
            }
        }
    }
}

/// Raw mode, alternate screen, mouse capture, and a panic hook that undoes them all before the
/// panic message is printed (ratatui's hook restores raw mode and the screen; ours adds the
/// mouse and the cursor).
/// The commands that work without a terminal, for the message that says the explorer needs one.
const NO_TERMINAL_COMMANDS: &str =
    "careerscope list, search, compare, show, parse or import (careerscope --help)";

/// The explorer draws on standard output and reads keys from the terminal (standard input, or
/// the controlling terminal when input is redirected): without them it cannot run, and says so
/// before touching anything.
///
/// # Errors
/// When standard output is not a terminal or there is no terminal to read keys from.
pub fn needs_a_terminal() -> anyhow::Result<()> {
    use std::io::IsTerminal;
    let keys = io::stdin().is_terminal()
        || std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .is_ok();
    let why = if !io::stdout().is_terminal() {
        "standard output is not a terminal"
    } else if !keys {
        "there is no terminal to read keys from"
    } else {
        return Ok(());
    };
    anyhow::bail!("the explorer needs a terminal ({why}); without one, use {NO_TERMINAL_COMMANDS}")
}

fn init() -> io::Result<ratatui::DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, cursor::Show);
        ratatui_hook(info);
    }));
    if let Err(e) = execute!(io::stdout(), EnableMouseCapture) {
        restore();
        return Err(e);
    }
    Ok(terminal)
}

/// Mouse capture off, cursor shown, raw mode off, alternate screen left.
fn restore() {
    let _ = execute!(io::stdout(), DisableMouseCapture, cursor::Show);
    ratatui::restore();
    let _ = io::stdout().flush();
}
