//! Measuring, cutting and wrapping text by terminal columns (CJK and emoji take two), so long
//! and wide names never overflow a cell or split a character.

pub use crate::text::{char_width, truncate, width, wrap};

/// Where a scrolled view is, for its bottom border: `↓ 1-36/94` (more below), `↕` (more on
/// both sides) or `↑` (more above), with the shown rows counted from 1. `None` when everything
/// is shown. One style for the picker, the tabs and the help.
pub fn scroll_position(first: usize, shown: usize, total: usize) -> Option<String> {
    if shown >= total {
        return None;
    }
    let end = (first + shown).min(total);
    let arrow = match (first > 0, end < total) {
        (true, true) => "↕",
        (true, false) => "↑",
        _ => "↓",
    };
    Some(format!(" {arrow} {}-{end}/{total} ", first + 1))
}

/// How many chars of `s` fit in `max` columns when `s` is cut by [`truncate`]
/// (the `…` not counted); all of them when `s` fits.
pub fn kept_chars(s: &str, max: usize) -> usize {
    if width(s) <= max {
        return s.chars().count();
    }
    let mut used = 0;
    let mut n = 0;
    for c in s.chars() {
        let w = char_width(c);
        if used + w > max.saturating_sub(1) {
            break;
        }
        used += w;
        n += 1;
    }
    n
}

/// `s` in exactly `w` columns: cut with `…` when longer, padded with spaces when shorter.
pub fn pad(s: &str, w: usize) -> String {
    crate::text::pad(&truncate(s, w), w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_break_after_a_slash_or_hyphen() {
        assert_eq!(
            wrap("Information Technology/Support Technician", 17),
            ["Information", "Technology/", "Support", "Technician"]
        );
        assert_eq!(wrap("Front-End-Developer", 10), ["Front-End-", "Developer"]);
        assert_eq!(
            wrap("Supercalifragilistic", 8),
            ["Supercal", "ifragili", "stic"]
        );
    }

    #[test]
    fn wide_characters_count_two_columns() {
        assert_eq!(width("技术员"), 6);
        assert_eq!(width("a🚀b"), 4);
        assert_eq!(truncate("技术员经理", 5), "技术…");
        assert_eq!(kept_chars("技术员经理", 5), 2);
        assert_eq!(truncate("Lead", 4), "Lead");
        assert_eq!(truncate("Lead", 0), "");
    }

    #[test]
    fn wrap_splits_words_and_long_runs() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("技术员经理", 4), vec!["技术", "员经", "理"]);
        assert_eq!(wrap("", 4), vec![""]);
        assert!(wrap("abcdefgh", 3).iter().all(|l| width(l) <= 3));
    }

    #[test]
    fn pad_fills_to_width() {
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(pad("技术员", 5), "技术…");
    }
}
