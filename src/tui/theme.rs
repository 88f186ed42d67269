//! Styles. Named ANSI colours only (they follow the terminal's own palette, so they read on dark
//! and light backgrounds); every meaning also carries a modifier or a symbol, so nothing is lost
//! with `NO_COLOR`, which turns colours off entirely.

use ratatui::style::{Color, Modifier, Style};

/// The explorer's styles, with or without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// The terminal's named colours.
    pub const COLOR: Theme = Theme { color: true };
    /// No colours at all (`NO_COLOR`): only bold, reverse and the marks.
    pub const PLAIN: Theme = Theme { color: false };

    /// Colours unless `NO_COLOR` is set to a non-empty value (<https://no-color.org>).
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color { Theme::PLAIN } else { Theme::COLOR }
    }

    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// Job A: its marker, name and bars.
    pub fn a(self) -> Style {
        self.fg(Color::Cyan)
    }

    /// Job B.
    pub fn b(self) -> Style {
        self.fg(Color::Magenta)
    }

    /// The colour of a column: A cyan, B magenta, C yellow, D blue (the pinned job is A).
    pub fn side(self, column: usize) -> Style {
        match column {
            0 => self.a(),
            1 => self.b(),
            2 => self.fg(Color::Yellow),
            _ => self.fg(Color::Blue),
        }
    }

    /// The higher value of a fact (with `▲`).
    pub fn higher(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    /// Secondary text: `n/a`, legends, counts.
    pub fn dim(self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// Bold text.
    pub fn bold(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// A section heading.
    pub fn heading(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// The selected row and the selected tab.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Characters the query matched.
    pub fn matched(self) -> Style {
        self.fg(Color::Yellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    /// Border of the focused part (also drawn thick).
    pub fn focus_border(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// The border of the part without focus.
    pub fn border(self) -> Style {
        Style::new()
    }

    /// Keys in the hint line and the help overlay.
    pub fn key(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// A top skill from the narrative (with `★`).
    pub fn top(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// A message that something is wrong.
    pub fn warning(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
}
