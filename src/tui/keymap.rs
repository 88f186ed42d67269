//! The one table of keys: key + context → action. Input handling (`input`), the help overlay and
//! the hint line all read [`BINDINGS`], so what the help says is what the keys do. The table
//! knows nothing of the app: `input` says which context keys go to.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::state::Tab;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere (after the more specific context).
    Global,
    /// The job picker has focus: printable keys edit the query.
    Picker,
    /// The tabs have focus.
    Panes,
    /// The help overlay is open.
    Help,
    /// The filter menu is open.
    Filter,
    /// The state chooser is open: printable keys edit its query.
    Area,
}

impl Context {
    /// The context's heading in the help.
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Picker => "Job picker (typing edits the query)",
            Context::Panes => "Comparison tabs",
            Context::Help => "This help",
            Context::Filter => "Filter menu",
            Context::Area => "Area chooser (typing finds a state or metro area)",
        }
    }
}

/// A key as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Code(KeyCode, KeyModifiers),
    /// Any printable character without Ctrl or Alt.
    Text,
}

const fn plain(code: KeyCode) -> Key {
    Key::Code(code, KeyModifiers::NONE)
}

const fn ch(c: char) -> Key {
    Key::Code(KeyCode::Char(c), KeyModifiers::NONE)
}

const fn alt(c: char) -> Key {
    Key::Code(KeyCode::Char(c), KeyModifiers::ALT)
}

const fn ctrl(c: char) -> Key {
    Key::Code(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// One row of the keymap: the keys, the context, the action, and how help and hints say it.
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// What the help overlay says.
    pub help: &'static str,
    /// Short label for the hint line, for the most useful keys; `{pick}` is what Enter does to
    /// the target column (`sets B`, `adds C`), `{arrows}` what ←/→ move in the tabs (`tabs`, or
    /// `jobs` when not every job fits).
    pub hint: Option<&'static str>,
}

const fn bind(
    context: Context,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
        hint,
    }
}

use Context::{Area, Filter, Global, Help, Panes, Picker};
use KeyCode::{
    BackTab, Backspace, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp, Right, Up,
};

/// Every key of the explorer. The first match wins: the context's own bindings, then
/// [`Context::Global`].
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    // Job picker.
    bind(Picker, &[Key::Text], Action::Input(' '), "edit the query (every word must match)", None),
    bind(Picker, &[plain(Enter)], Action::Pick, "put the selected job in the marked column (or add it as a new column), then mark the next column", Some("{pick}")),
    bind(Picker, &[plain(Down), ctrl('n')], Action::SelectNext, "select the next job", Some("move")),
    bind(Picker, &[plain(Up), ctrl('p')], Action::SelectPrev, "select the previous job", None),
    bind(Picker, &[plain(PageDown)], Action::SelectPageDown, "select one page down", None),
    bind(Picker, &[plain(PageUp)], Action::SelectPageUp, "select one page up", None),
    bind(Picker, &[plain(Home)], Action::SelectFirst, "select the first job", None),
    bind(Picker, &[plain(End)], Action::SelectLast, "select the last job", None),
    bind(Picker, &[plain(Left)], Action::MoveTarget(-1), "mark the previous column for the next Enter", None),
    bind(Picker, &[plain(Right)], Action::MoveTarget(1), "mark the next column for the next Enter (past the last: add one)", Some("column")),
    bind(Picker, &[plain(Backspace)], Action::Backspace, "delete the last character", None),
    bind(Picker, &[ctrl('w')], Action::DeleteWord, "delete the last word", None),
    bind(Picker, &[ctrl('u')], Action::ClearQuery, "clear the query", None),
    bind(Picker, &[plain(Esc)], Action::Escape, "clear the query; when empty, go to the tabs", Some("clear/tabs")),
    // Comparison tabs.
    bind(Panes, &[ch('1')], Action::SelectTab(Tab::Overview), "Overview tab", None),
    bind(Panes, &[ch('2')], Action::SelectTab(Tab::Salary), "Salary tab", None),
    bind(Panes, &[ch('3')], Action::SelectTab(Tab::Education), "Education tab", None),
    bind(Panes, &[ch('4')], Action::SelectTab(Tab::Demographics), "Demographics tab", None),
    bind(Panes, &[ch('5')], Action::SelectTab(Tab::Duties), "Duties tab", None),
    bind(Panes, &[ch('6')], Action::SelectTab(Tab::Skills), "Skills tab", None),
    bind(Panes, &[ch('l')], Action::NextTab, "next tab", None),
    bind(Panes, &[ch('h')], Action::PrevTab, "previous tab", None),
    bind(Panes, &[plain(Right)], Action::ScrollColumns(1), "next tab; when not every job fits, show the next jobs", Some("{arrows}")),
    bind(Panes, &[plain(Left)], Action::ScrollColumns(-1), "previous tab; when not every job fits, show the previous jobs", None),
    bind(Panes, &[plain(Down), ch('j')], Action::ScrollDown, "scroll down", Some("scroll")),
    bind(Panes, &[plain(Up), ch('k')], Action::ScrollUp, "scroll up", None),
    bind(Panes, &[plain(PageDown), ch(' ')], Action::ScrollPageDown, "scroll one page down", None),
    bind(Panes, &[plain(PageUp)], Action::ScrollPageUp, "scroll one page up", None),
    bind(Panes, &[plain(Home), ch('g')], Action::ScrollTop, "scroll to the top", None),
    bind(Panes, &[plain(End), ch('G')], Action::ScrollBottom, "scroll to the bottom", None),
    bind(Panes, &[ch('/'), plain(Esc)], Action::FocusPicker, "search: go to the query", Some("search")),
    bind(Panes, &[ch('a')], Action::PickFor(0), "pick job A (the pinned job): go to the query with column A marked", Some("pick A")),
    bind(Panes, &[ch('b')], Action::PickFor(1), "pick job B: go to the query with column B marked", Some("pick B")),
    bind(Panes, &[ch('c')], Action::PickFor(2), "pick job C (or add it): go to the query with column C marked", None),
    bind(Panes, &[ch('d')], Action::PickFor(3), "pick job D (or add it): go to the query with column D marked", None),
    bind(Panes, &[ch('s')], Action::Swap, "swap A and B", Some("swap")),
    bind(Panes, &[ch('p')], Action::OpenArea, "pay in a state or metro area: choose it (Salary tab)", Some("state pay")),
    bind(Panes, &[ch('r')], Action::NextRelated, "select the pinned job's next related or similar job (Overview)", Some("related")),
    bind(Panes, &[ch('R')], Action::PrevRelated, "select the pinned job's previous related or similar job", None),
    bind(Panes, &[ch('o')], Action::OpenRelated, "put the selected related or similar job in the marked column (B when A is marked)", None),
    bind(Panes, &[ch('y')], Action::Copy, "copy the comparison as Markdown (to the clipboard, by OSC 52)", Some("copy")),
    bind(Panes, &[ch('e')], Action::Export, "write the comparison to a Markdown file in this folder", Some("export")),
    bind(Panes, &[ch('+')], Action::AddColumn, "add a job (up to four): go to the query with a new column marked", Some("add job")),
    bind(Panes, &[ch('x')], Action::RemoveColumn, "remove the marked job's column (the underlined letter; two jobs stay)", Some("remove")),
    bind(Panes, &[ch('P')], Action::PinColumn, "pin the marked job: it becomes A, and the others are measured against it", None),
    bind(Panes, &[ch('[')], Action::MarkColumn(-1), "mark the previous job's column (for x and P)", None),
    bind(Panes, &[ch(']')], Action::MarkColumn(1), "mark the next job's column (for x and P)", None),
    bind(Panes, &[ch('?')], Action::ToggleHelp, "show this help", Some("help")),
    bind(Panes, &[ch('q')], Action::Quit, "quit", Some("quit")),
    // Help overlay.
    bind(Help, &[plain(Esc), ch('?'), ch('q'), plain(F(1))], Action::CloseHelp, "close the help", Some("close")),
    bind(Help, &[plain(Down), ch('j')], Action::ScrollDown, "scroll down", Some("scroll")),
    bind(Help, &[plain(Up), ch('k')], Action::ScrollUp, "scroll up", None),
    bind(Help, &[plain(PageDown), ch(' ')], Action::ScrollPageDown, "scroll one page down", None),
    bind(Help, &[plain(PageUp)], Action::ScrollPageUp, "scroll one page up", None),
    bind(Help, &[plain(Home), ch('g')], Action::ScrollTop, "scroll to the top", None),
    bind(Help, &[plain(End), ch('G')], Action::ScrollBottom, "scroll to the bottom", None),
    // Filter menu.
    bind(Filter, &[plain(Down), ch('j')], Action::FilterNext, "select the next choice", Some("move")),
    bind(Filter, &[plain(Up), ch('k')], Action::FilterPrev, "select the previous choice", None),
    bind(Filter, &[plain(Enter)], Action::FilterChoose, "keep only the jobs with this choice (Any: all)", Some("choose")),
    bind(Filter, &[plain(Esc), ch('q')], Action::CloseFilter, "close the filter menu", Some("close")),
    // State chooser.
    bind(Area, &[Key::Text], Action::Input(' '), "find a state or metro area by name (fuzzy)", None),
    bind(Area, &[plain(Down), ctrl('n')], Action::AreaNext, "select the next area", Some("move")),
    bind(Area, &[plain(Up), ctrl('p')], Action::AreaPrev, "select the previous area", None),
    bind(Area, &[plain(Backspace)], Action::Backspace, "delete the last character", None),
    bind(Area, &[plain(Enter)], Action::AreaChoose, "show both jobs' pay there in the Salary tab", Some("choose")),
    bind(Area, &[plain(Esc)], Action::CloseArea, "close the area chooser", Some("close")),
    // Everywhere.
    bind(Global, &[ctrl('o')], Action::CycleSort, "order the jobs by name, salary, growth or number of jobs", Some("sort")),
    bind(Global, &[ctrl('f')], Action::OpenFilter, "filter the jobs by entry education or major group", Some("filter")),
    bind(Global, &[plain(KeyCode::Tab)], Action::NextTab, "next tab", Some("next tab")),
    bind(Global, &[plain(BackTab)], Action::PrevTab, "previous tab", None),
    bind(Global, &[ctrl('s')], Action::Swap, "swap A and B", Some("swap")),
    bind(Global, &[plain(F(1))], Action::ToggleHelp, "show this help", Some("help")),
    bind(Global, &[ctrl('c')], Action::Quit, "quit", Some("quit")),
    bind(Global, &[alt('r')], Action::NextRelated, "the same as r, also while typing in the picker", None),
    bind(Global, &[alt('R')], Action::PrevRelated, "the same as R, also while typing in the picker", None),
    bind(Global, &[alt('o')], Action::OpenRelated, "the same as o, also while typing in the picker", None),
    bind(Global, &[ctrl('z')], Action::Suspend, "suspend to the shell (fg comes back)", None),
];

/// A key press as the table compares it: Shift is dropped where the character already says it
/// (`G`, `?`, Shift-Tab), letters with Ctrl are lower case.
fn normalize(key: &KeyEvent) -> (KeyCode, KeyModifiers) {
    let mut mods =
        key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    let mut code = key.code;
    match code {
        KeyCode::Char(c) => {
            mods.remove(KeyModifiers::SHIFT);
            if mods.contains(KeyModifiers::CONTROL) {
                code = KeyCode::Char(c.to_ascii_lowercase());
            }
        }
        KeyCode::BackTab => mods.remove(KeyModifiers::SHIFT),
        _ => {}
    }
    (code, mods)
}

/// Whether a table key matches a pressed key: `Some(None)` for a bound key, `Some(Some(c))`
/// for text.
fn matches(key: Key, code: KeyCode, mods: KeyModifiers) -> Option<Option<char>> {
    match key {
        Key::Code(c, m) => (c == code && m == mods).then_some(None),
        Key::Text => match code {
            KeyCode::Char(c) if mods.is_empty() && !c.is_control() => Some(Some(c)),
            _ => None,
        },
    }
}

/// The action of a key in a context, if any.
pub fn lookup(key: &KeyEvent, context: Context) -> Option<Action> {
    let (code, mods) = normalize(key);
    [context, Context::Global]
        .into_iter()
        .flat_map(|ctx| BINDINGS.iter().filter(move |b| b.context == ctx))
        .find_map(|b| {
            b.keys.iter().find_map(|&k| {
                matches(k, code, mods).map(|text| match text {
                    Some(c) => Action::Input(c),
                    None => b.action.clone(),
                })
            })
        })
}

/// How a key is written in the help and the hint line.
pub fn key_label(key: Key) -> String {
    let Key::Code(code, mods) = key else {
        return "type".to_string();
    };
    let name = match code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{}", name.to_uppercase())
    } else if mods.contains(KeyModifiers::ALT) {
        // Case matters with Alt: Alt-r and Alt-R are different keys.
        format!("Alt-{name}")
    } else {
        name
    }
}

/// The keys of a binding, joined for display.
pub fn keys_label(b: &Binding) -> String {
    b.keys
        .iter()
        .map(|&k| key_label(k))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The order the help overlay lists the contexts in.
pub const HELP_ORDER: [Context; 6] = [
    Context::Picker,
    Context::Panes,
    Context::Filter,
    Context::Area,
    Context::Global,
    Context::Help,
];

/// The first key bound to `action` in `context` (else everywhere), as the help writes it:
/// `x`, `Esc`. Messages and titles that name a key take it from here, so they follow the table.
pub fn key_of(context: Context, action: &Action) -> String {
    [context, Context::Global]
        .into_iter()
        .flat_map(|ctx| BINDINGS.iter().filter(move |b| b.context == ctx))
        .find(|b| &b.action == action)
        .and_then(|b| b.keys.first())
        .map_or_else(|| "?".to_string(), |&k| key_label(k))
}

/// Every binding as Markdown tables, one per context in help order: the key table of the
/// README, generated so that it cannot drift from the keys.
pub fn markdown_tables() -> String {
    let mut out = String::new();
    for context in HELP_ORDER {
        out.push_str(&format!(
            "#### {}\n\n| Keys | Does |\n| --- | --- |\n",
            context.title()
        ));
        for b in BINDINGS.iter().filter(|b| b.context == context) {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|&k| format!("`{}`", key_label(k)))
                .collect();
            out.push_str(&format!("| {} | {} |\n", keys.join(" "), b.help));
        }
        out.push('\n');
    }
    out
}

/// An entry of the hint line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub keys: String,
    pub label: String,
    pub action: Action,
}

/// The hint line's entries for a context: its own hints, then global ones whose action is not
/// already hinted.
pub fn hints(context: Context, pick: &str, arrows: &str) -> Vec<Hint> {
    let own = BINDINGS.iter().filter(|b| b.context == context);
    // The help overlay hints only its own keys.
    let global = BINDINGS
        .iter()
        .filter(|b| b.context == Context::Global && context != Context::Help);
    let mut out: Vec<Hint> = Vec::new();
    let mut seen: Vec<Action> = Vec::new();
    for b in own.chain(global) {
        let Some(hint) = b.hint else { continue };
        if seen.contains(&b.action) {
            continue;
        }
        seen.push(b.action.clone());
        let keys = hint_keys(b);
        out.push(Hint {
            keys,
            label: hint.replace("{pick}", pick).replace("{arrows}", arrows),
            action: b.action.clone(),
        });
    }
    out
}

/// Keys for the hint line: arrows pair up (`↑↓`, `←→`), otherwise the first key.
fn hint_keys(b: &Binding) -> String {
    let has_first = |code: KeyCode| {
        BINDINGS
            .iter()
            .any(|o| o.context == b.context && o.keys.first() == Some(&plain(code)))
    };
    match b.keys.first() {
        Some(&k) if k == plain(Down) && has_first(Up) => "↑↓".into(),
        Some(&k) if k == plain(Right) && has_first(Left) => "←→".into(),
        Some(&k) => key_label(k),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A key press (crossterm's `new` makes presses).
    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn table() {
        let none = KeyModifiers::NONE;
        let c = KeyModifiers::CONTROL;
        let s = KeyModifiers::SHIFT;
        #[rustfmt::skip]
        let cases: &[(KeyCode, KeyModifiers, Context, Option<Action>)] = &[
            // Typing goes to the query, even letters that are commands elsewhere.
            (KeyCode::Char('j'), none, Picker, Some(Action::Input('j'))),
            (KeyCode::Char('q'), none, Picker, Some(Action::Input('q'))),
            (KeyCode::Char('/'), none, Picker, Some(Action::Input('/'))),
            (KeyCode::Char('?'), s, Picker, Some(Action::Input('?'))),
            (KeyCode::Char('L'), s, Picker, Some(Action::Input('L'))),
            (KeyCode::Char('技'), none, Picker, Some(Action::Input('技'))),
            (KeyCode::Char('x'), KeyModifiers::ALT, Picker, None),
            // The related jobs are reachable while typing, with Alt.
            (KeyCode::Char('r'), KeyModifiers::ALT, Picker, Some(Action::NextRelated)),
            (KeyCode::Char('R'), KeyModifiers::ALT | s, Picker, Some(Action::PrevRelated)),
            (KeyCode::Char('o'), KeyModifiers::ALT, Picker, Some(Action::OpenRelated)),
            (KeyCode::Char('r'), none, Picker, Some(Action::Input('r'))),
            (KeyCode::Down, none, Picker, Some(Action::SelectNext)),
            (KeyCode::Char('n'), c, Picker, Some(Action::SelectNext)),
            (KeyCode::Char('p'), c, Picker, Some(Action::SelectPrev)),
            (KeyCode::Enter, none, Picker, Some(Action::Pick)),
            (KeyCode::Right, none, Picker, Some(Action::MoveTarget(1))),
            (KeyCode::Left, none, Picker, Some(Action::MoveTarget(-1))),
            (KeyCode::Esc, none, Picker, Some(Action::Escape)),
            (KeyCode::Backspace, none, Picker, Some(Action::Backspace)),
            (KeyCode::Char('u'), c, Picker, Some(Action::ClearQuery)),
            // The same letters are commands in the tabs.
            (KeyCode::Char('j'), none, Panes, Some(Action::ScrollDown)),
            (KeyCode::Char('k'), none, Panes, Some(Action::ScrollUp)),
            (KeyCode::Char('q'), none, Panes, Some(Action::Quit)),
            (KeyCode::Char('/'), none, Panes, Some(Action::FocusPicker)),
            (KeyCode::Char('?'), s, Panes, Some(Action::ToggleHelp)),
            (KeyCode::Char('G'), s, Panes, Some(Action::ScrollBottom)),
            (KeyCode::Char('3'), none, Panes, Some(Action::SelectTab(Tab::Education))),
            (KeyCode::Char('6'), none, Panes, Some(Action::SelectTab(Tab::Skills))),
            (KeyCode::Char('l'), none, Panes, Some(Action::NextTab)),
            (KeyCode::Left, none, Panes, Some(Action::ScrollColumns(-1))),
            (KeyCode::Char('a'), none, Panes, Some(Action::PickFor(0))),
            (KeyCode::Char('b'), none, Panes, Some(Action::PickFor(1))),
            (KeyCode::Char('d'), none, Panes, Some(Action::PickFor(3))),
            (KeyCode::Char('+'), s, Panes, Some(Action::AddColumn)),
            (KeyCode::Char('x'), none, Panes, Some(Action::RemoveColumn)),
            (KeyCode::Char('P'), s, Panes, Some(Action::PinColumn)),
            (KeyCode::Char('s'), none, Panes, Some(Action::Swap)),
            (KeyCode::Char('z'), none, Panes, None),
            (KeyCode::Esc, none, Panes, Some(Action::FocusPicker)),
            // Everywhere.
            (KeyCode::Tab, none, Picker, Some(Action::NextTab)),
            (KeyCode::BackTab, s, Picker, Some(Action::PrevTab)),
            (KeyCode::BackTab, s, Panes, Some(Action::PrevTab)),
            (KeyCode::Char('c'), c, Picker, Some(Action::Quit)),
            (KeyCode::Char('C'), c | s, Panes, Some(Action::Quit)),
            (KeyCode::Char('c'), c, Help, Some(Action::Quit)),
            (KeyCode::Char('s'), c, Picker, Some(Action::Swap)),
            (KeyCode::F(1), none, Picker, Some(Action::ToggleHelp)),
            // Help.
            (KeyCode::Esc, none, Help, Some(Action::CloseHelp)),
            (KeyCode::Char('q'), none, Help, Some(Action::CloseHelp)),
            (KeyCode::F(1), none, Help, Some(Action::CloseHelp)),
            (KeyCode::Char('j'), none, Help, Some(Action::ScrollDown)),
        ];
        for (code, mods, ctx, want) in cases.iter().cloned() {
            assert_eq!(
                lookup(&key(code, mods), ctx),
                want,
                "{code:?} {mods:?} in {ctx:?}"
            );
        }
    }

    /// Messages and titles name keys through `key_of`, which reads the table: the context's
    /// own binding first, then a global one.
    #[test]
    fn key_of_reads_the_table() {
        assert_eq!(key_of(Panes, &Action::RemoveColumn), "x");
        assert_eq!(key_of(Panes, &Action::AddColumn), "+");
        assert_eq!(key_of(Picker, &Action::Escape), "Esc");
        assert_eq!(key_of(Filter, &Action::FilterChoose), "Enter");
        assert_eq!(key_of(Picker, &Action::CycleSort), "Ctrl-O");
        assert_eq!(
            key_of(Picker, &Action::RemoveColumn),
            "?",
            "not bound there"
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for (i, x) in BINDINGS.iter().enumerate() {
            for y in &BINDINGS[i + 1..] {
                if x.context == y.context {
                    for k in x.keys {
                        assert!(!y.keys.contains(k), "{k:?} twice in {:?}", x.context);
                    }
                }
            }
        }
    }

    #[test]
    fn every_context_is_in_the_help() {
        for b in BINDINGS {
            assert!(HELP_ORDER.contains(&b.context));
            assert!(!b.help.is_empty());
        }
    }

    #[test]
    fn labels() {
        assert_eq!(key_label(ctrl('n')), "Ctrl-N");
        assert_eq!(key_label(alt('R')), "Alt-R");
        assert_eq!(key_label(plain(BackTab)), "Shift-Tab");
        assert_eq!(key_label(Key::Text), "type");
        let pairs = |c, slot| -> Vec<(String, String)> {
            hints(c, slot, "tabs")
                .into_iter()
                .map(|h| (h.keys, h.label))
                .collect()
        };
        let picker = pairs(Context::Picker, "sets B");
        assert_eq!(picker[0], ("Enter".to_string(), "sets B".to_string()));
        assert!(picker.contains(&("↑↓".to_string(), "move".to_string())));
        assert!(picker.contains(&("F1".to_string(), "help".to_string())));
        let panes = pairs(Context::Panes, "sets A");
        assert!(panes.contains(&("q".to_string(), "quit".to_string())));
        assert!(panes.contains(&("←→".to_string(), "tabs".to_string())));
        assert!(panes.contains(&("+".to_string(), "add job".to_string())));
        // The global Ctrl-S swap is not hinted again where `s` already is.
        assert_eq!(panes.iter().filter(|(_, l)| l == "swap").count(), 1);
    }
}
