//! The explorer: `careerscope` with no command. A fuzzy job picker on the left, the pair's
//! facts in six tabs on the right.
//!
//! Shape: terminal events become [`Action`]s in [`input`] through [`keymap`] (one table of
//! keys); what arrives from other threads is a [`Msg`]; [`App::update`] is the only place state
//! changes, and [`draw`] is a pure function of the state. The loop
//! blocks until something happens, so an idle explorer uses no CPU.

pub mod action;
pub mod app;
pub mod effects;
pub mod help;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod matching;
pub mod msg;
pub mod picker;
pub mod start;
pub mod state;
pub mod tabs;
pub mod task;
pub mod text;
pub mod theme;
pub mod ui;

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::{cursor, execute};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

pub use action::Action;
pub use app::App;
pub use msg::Msg;
pub use ui::draw;

use crate::catalog::{Catalog, Names};
use theme::Theme;

/// What wakes the loop.
enum Wake {
    Event(Event),
    Msg(Msg),
    Signal(i32),
    Failed(io::Error),
}

/// Runs the explorer on `catalog`, opened as `start` says, until the user quits.
///
/// # Errors
/// When the terminal cannot be set up, read or drawn to, or signals cannot be watched.
pub fn run(catalog: Catalog, start: &start::Start) -> anyhow::Result<()> {
    needs_a_terminal()?;
    let app = App::new(catalog, Theme::from_env());
    explore(app, None, start)
}

/// How the explorer reads its dataset behind the first frame: given a sink for the names
/// read so far (called with every name read so far, a chunk at a time), it returns the
/// catalog or why the dataset cannot be read.
pub type Load = Box<dyn FnOnce(&mut dyn FnMut(&Names)) -> anyhow::Result<Catalog> + Send>;

/// How many names the picker is sent at a time while a dataset loads.
pub const CHUNK: usize = 10_000;

/// Runs the explorer while `load` reads the dataset (`what` says which, for the screen) on
/// another thread: the first frame is drawn at once, the picker lists the names as they
/// arrive, and the catalog takes over when it is read. When `load` fails the explorer quits,
/// gives the terminal back, and returns the error.
///
/// # Errors
/// The dataset's error, or those of [`run`].
pub fn run_loading(what: &str, load: Load, start: &start::Start) -> anyhow::Result<()> {
    if let Err(e) = needs_a_terminal() {
        // Without a terminal a broken dataset is still said first, as when it was read
        // before the explorer started.
        load(&mut |_| {})?;
        return Err(e);
    }
    let app = App::loading(Theme::from_env(), what);
    explore(app, Some(load), start)
}

/// Starts `load` on a thread that sends what it reads to `send`: the names so far in
/// chunks ([`Msg::NamesArrived`]), then the catalog or the error ([`Msg::Loaded`]).
/// Returns a flag that is set once the load has ended.
pub fn load_behind(load: Load, send: impl Fn(Msg) -> bool + Send + 'static) -> Arc<AtomicBool> {
    let done = Arc::new(AtomicBool::new(false));
    let finished = done.clone();
    std::thread::spawn(move || {
        let mut sent = 0;
        let mut sink = |names: &Names| {
            let chunk: Vec<String> = (sent..names.len())
                .filter_map(|i| names.get(i))
                .map(String::from)
                .collect();
            sent = names.len();
            if !chunk.is_empty() {
                send(Msg::NamesArrived(Arc::new(chunk), None));
            }
        };
        // A bug in reading must still end the load, or the spinner would turn forever.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| load(&mut sink)))
            .unwrap_or_else(|_| Err(anyhow::anyhow!("reading the dataset failed (a bug)")))
            .map_err(|e| format!("{e:#}"));
        finished.store(true, Ordering::Release);
        send(Msg::Loaded(msg::Handoff::new(result)));
    });
    done
}

/// Runs `app` in the terminal, opened as `start` says, until it quits, reading the dataset
/// with `load` behind the first frame when given.
fn explore(mut app: App, load: Option<Load>, start: &start::Start) -> anyhow::Result<()> {
    // Signals first: once the screen is taken, SIGTERM, SIGHUP or SIGQUIT must give it back,
    // SIGTSTP must give it back before the explorer stops, and SIGCONT take it again.
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT])?;
    let signal_handle = signals.handle();
    let mut terminal = init()?;
    let (tx, rx) = mpsc::channel();
    // Background tasks can wake the loop before the start's keys run, so that what they ask
    // for (the pinned job's similar jobs) is found off the UI thread.
    let tx_tasks = std::sync::Mutex::new(tx.clone());
    app.run_tasks_on(Arc::new(move |msg| {
        if let Ok(tx) = tx_tasks.lock() {
            let _ = tx.send(Wake::Msg(msg));
        }
    }));
    start.apply(&mut app);
    if app.loading.is_some() || app.catalog.len() >= matching::BACKGROUND_FROM {
        let tx_matches = tx.clone();
        app.match_in_background(Box::new(move |generation, hits| {
            let _ = tx_matches.send(Wake::Msg(Msg::Matches(generation, hits)));
        }));
    }
    if let Some(load) = load {
        let tx_load = tx.clone();
        let done = load_behind(load, move |msg| tx_load.send(Wake::Msg(msg)).is_ok());
        // The spinner turns while the load runs; then the loop is idle again.
        let tx_tick = tx.clone();
        std::thread::spawn(move || {
            while !done.load(Ordering::Acquire) {
                std::thread::sleep(std::time::Duration::from_millis(100));
                if tx_tick.send(Wake::Msg(Msg::Tick)).is_err() {
                    break;
                }
            }
        });
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
        // Leave the way the signal would have (killed by it: the shell shows 128 + its
        // number), now that the terminal is back.
        Ok(Some(sig)) => {
            let _ = signal_hook::low_level::emulate_default_handler(sig);
            std::process::exit(128 + sig)
        }
        // A dataset that could not be read: said now that the terminal is back.
        Ok(None) => match app.failed.take() {
            Some(message) => Err(anyhow::anyhow!(message)),
            None => Ok(()),
        },
        Err(e) => Err(e),
    }
}

/// Draws, then applies what wakes the loop, until the app quits (`None`), a signal that ends
/// it arrives (`Some(signal)`) or reading the terminal fails. Ctrl-Z (a key in raw mode) and
/// SIGTSTP suspend the explorer ([`suspend`]); SIGCONT takes the terminal again.
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
                Wake::Signal(SIGTSTP) => suspend(app, terminal)?,
                Wake::Signal(SIGCONT) => take_terminal(app, terminal)?,
                Wake::Event(e) => {
                    if let Some(action) = input::action_for(app, &e) {
                        app.update(action);
                    }
                }
                Wake::Msg(msg) => app.update(msg),
                Wake::Signal(sig) => return Ok(Some(sig)),
                Wake::Failed(e) => return Err(e.into()),
            }
            if std::mem::take(&mut app.suspend) {
                suspend(app, terminal)?;
            }
            if let Some(effect) = app.effect.take() {
                let folder = std::env::current_dir().unwrap_or_else(|_| ".".into());
                let at = effects::Surroundings {
                    folder: &folder,
                    in_tmux: std::env::var_os("TMUX").is_some(),
                };
                let said = effects::run(effect, &mut io::stdout(), &at);
                app.update(Msg::Status(said));
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

/// Ctrl-Z or SIGTSTP, as full-screen programs do it: the terminal is given back (cooked mode,
/// the shell's screen), the explorer stops as SIGTSTP's default would, and when the shell
/// continues it (`fg`, SIGCONT) it takes the terminal again and draws the whole screen.
fn suspend(app: &mut App, terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    restore();
    // Raises SIGSTOP: the process stops here and goes on from here when continued.
    let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
    take_terminal(app, terminal)
}

/// Raw mode, the alternate screen and the mouse again (after [`suspend`], or SIGCONT after
/// a stop the explorer did not ask for), at the terminal's size now, and a whole new frame at
/// the next draw. (`Terminal::resize` clears the screen and forgets the last frame without
/// asking the terminal where its cursor is, which the thread reading keys would answer.)
fn take_terminal(app: &mut App, terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    crossterm::terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        crossterm::terminal::EnterAlternateScreen,
        EnableMouseCapture
    )?;
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    app.update(Action::Resize(size.width, size.height));
    Ok(())
}

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

/// Raw mode, alternate screen, mouse capture, and a panic hook that undoes them all before the
/// panic message is printed (ratatui's hook restores raw mode and the screen; ours adds the
/// mouse and the cursor).
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
