//! Overview: the headline facts side by side, then what each job does.

use ratatui::text::{Line, Span};

use crate::compare::{Comparison, Fact, Side};

use super::super::theme::Theme;
use super::{Doc, facts, side_letter};

pub fn doc(c: &Comparison, t: Theme, w: u16) -> Doc<'static> {
    let mut d = Doc::default();
    let list: Vec<&Fact> = c
        .section("overview")
        .map(|s| s.facts.iter().collect())
        .unwrap_or_default();
    facts(&mut d, c, &list, t, w);
    for (side, name, desc) in [
        (Side::A, &c.a, &c.descriptions[0]),
        (Side::B, &c.b, &c.descriptions[1]),
    ] {
        d.blank();
        let title = format!("What does {} {name} do?", article(name));
        d.line(Line::from(vec![
            Span::styled(
                format!("{} ", side_letter(side)),
                t.side(side).patch(t.bold()),
            ),
            Span::styled(
                super::text::truncate(&title, usize::from(w).saturating_sub(2)),
                t.heading(),
            ),
        ]));
        match desc {
            Some(text) => d.para(text, w, 2, Default::default()),
            None => d.para(crate::compare::UNKNOWN, w, 2, t.dim()),
        }
    }
    d
}

/// `a` or `an`, by the sound the name starts with (as far as its first letter tells).
fn article(name: &str) -> &'static str {
    match name.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn article() {
        assert_eq!(super::article("Information Technology"), "an");
        assert_eq!(super::article("Lead Technician"), "a");
        assert_eq!(super::article(""), "a");
    }
}
