//! Small text helpers shared by every part: cutting (by characters or terminal columns, one
//! function), measuring and padding by columns, escaping terminal controls.

use std::borrow::Cow;

/// The longest text a message quotes, in characters.
pub const QUOTE_MAX: usize = 60;

/// `s` with its first letter in upper case: "no title has…" → "No title has…".
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `s` as a message quotes it: whole up to [`QUOTE_MAX`] characters, else cut with `...`.
pub fn shorten(s: &str) -> String {
    cut(s, QUOTE_MAX, |_| 1, "...").into_owned()
}

/// The longest job name the importer reads, in characters. The longest official occupation
/// title has 100; a longer "name" is a sentence the page's shape was misread from. Names
/// longer than this (in a dataset file) are shown cut to it.
pub const NAME_MAX: usize = 150;

/// The longest job name a dataset file may hold, in characters: a longer one is refused as the
/// file is read, before it is indexed or matched (a 10 MB "name" took 220 MB to match against;
/// one of this length takes about 2 MB). Names past [`NAME_MAX`] are shown cut.
pub const NAME_LIMIT: usize = 100_000;

/// The longest job name or query an argument may give, in characters (twice the longest name
/// shown, [`NAME_MAX`]).
pub const QUERY_MAX: usize = 300;

/// How many characters `s` has, when that is more than `max` (counted only for a long `s`).
pub fn over(s: &str, max: usize) -> Option<usize> {
    if s.len() <= max {
        return None;
    }
    let n = s.chars().count();
    (n > max).then_some(n)
}

/// `s` cut to at most `max` characters, the cut marked with `…`.
pub fn elide(s: &str, max: usize) -> Cow<'_, str> {
    cut(s, max, |_| 1, "…")
}

/// `s` cut to at most `max` terminal columns (CJK and emoji take two), ending in `…` when
/// something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    cut(s, max, char_width, "…").into_owned()
}

/// The one way text is cut: `s` whole when it measures at most `max`, else as many of its
/// first characters as leave room for `mark`, then `mark` (nothing when even `mark` does not
/// fit). `measure` says what a character takes: 1 for characters, its columns on screen.
fn cut<'a>(s: &'a str, max: usize, measure: impl Fn(char) -> usize, mark: &str) -> Cow<'a, str> {
    if s.chars().map(&measure).sum::<usize>() <= max {
        return Cow::Borrowed(s);
    }
    let room = mark.chars().map(&measure).sum::<usize>();
    if room > max {
        return Cow::Owned(String::new());
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = measure(c);
        if used + w > max - room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push_str(mark);
    Cow::Owned(out)
}

/// Columns `s` takes on screen. Control characters (which ratatui drops) take none.
pub fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// The columns a character takes (CJK and emoji two).
pub fn char_width(c: char) -> usize {
    use unicode_width::UnicodeWidthChar;
    if c.is_control() {
        0
    } else {
        c.width().unwrap_or(0)
    }
}

/// `s` followed by spaces to `w` columns; never cut (a longer `s` is returned whole).
pub fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// The byte order of UTF-16 text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Utf16 {
    Le,
    Be,
}

/// Whether `bytes` (the start of a file is enough) are UTF-16 text, as Windows tools save a
/// copied page: a byte order mark, or mostly ASCII characters each with a NUL beside it.
pub fn utf16_order(bytes: &[u8]) -> Option<Utf16> {
    match bytes {
        [0xff, 0xfe, ..] => return Some(Utf16::Le),
        [0xfe, 0xff, ..] => return Some(Utf16::Be),
        _ => {}
    }
    let pairs: Vec<&[u8]> = bytes.chunks_exact(2).take(128).collect();
    if pairs.len() < 2 {
        return None;
    }
    let most = |f: fn(&&[u8]) -> bool| pairs.iter().filter(|p| f(p)).count() * 4 >= pairs.len() * 3;
    if most(|p| p[0] != 0 && p[1] == 0) {
        Some(Utf16::Le)
    } else if most(|p| p[0] == 0 && p[1] != 0) {
        Some(Utf16::Be)
    } else {
        None
    }
}

/// Whether `c` can drive a terminal or disguise text: C0 and C1 controls (ESC among them),
/// DEL, the bidirectional marks, embeddings, overrides and isolates (U+202E turns the text
/// after it around), and the line and paragraph separators U+2028 and U+2029 (which some
/// terminals and most editors take as a line break).
pub fn is_terminal_control(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{61C}' | '\u{200E}' | '\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// **The one way a string from a file, a path or an argument reaches output** (text,
/// Markdown, JSON, messages, the screens): `s` with every terminal control
/// ([`is_terminal_control`]) written out as `\u{1b}`, so output shows it and never sends it to
/// the terminal. A backslash is left alone: what matters is that nothing reaches the terminal
/// raw. Escaping twice changes nothing, so a string may be escaped where it enters (a
/// dataset's strings as they are read, a path as a catalog is opened) and again in a message.
/// Text with several lines is escaped a line at a time ([`escape_lines`]).
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    // Plain printable ASCII, the common case, needs no closer look. (Checked without stopping
    // early, so the loop runs on whole vectors.)
    let printable_ascii = s
        .bytes()
        .fold(true, |ok, b| ok & (b.wrapping_sub(0x20) < 0x5f));
    if printable_ascii || !s.chars().any(is_terminal_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_terminal_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`escape_controls`] for text of several lines: each line escaped, the line breaks kept.
pub fn escape_lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && is_terminal_control(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.split('\n')
            .map(escape_controls)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// Greedy word wrap to `max` columns. Words longer than a line (or text without spaces, such as
/// CJK) are split between characters. Always returns at least one line.
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in s.split_whitespace() {
        let w = width(word);
        if used > 0 && used + 1 + w <= max {
            line.push(' ');
            line.push_str(word);
            used += 1 + w;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if w <= max {
            line.push_str(word);
            used = w;
            continue;
        }
        // A word too long for a line breaks after a '/' or '-' where it can
        // ("Technology/" "Support"), and anywhere only when a piece is still too long.
        for piece in word.split_inclusive(['/', '-']) {
            let pw = width(piece);
            if used > 0 && used + pw > max {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            for c in piece.chars() {
                let cw = char_width(c);
                if used + cw > max && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += cw;
            }
        }
    }
    if used > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    #[test]
    fn capitalized_raises_the_first_letter_only() {
        assert_eq!(super::capitalized("no title has"), "No title has");
        assert_eq!(super::capitalized("éclair ÉCLAIR"), "Éclair ÉCLAIR");
        assert_eq!(super::capitalized(""), "");
    }

    #[test]
    fn shorten_keeps_sixty_characters() {
        let long = "x".repeat(61);
        assert_eq!(super::shorten(&long), format!("{}...", "x".repeat(57)));
        assert_eq!(super::shorten(&long[..60]), long[..60]);
    }

    #[test]
    fn controls_are_written_out() {
        assert_eq!(
            super::escape_controls("a\u{1b}]52;c;aGk=\u{7}b\u{9b}\u{202e}"),
            "a\\u{1b}]52;c;aGk=\\u{7}b\\u{9b}\\u{202e}"
        );
        assert_eq!(
            super::escape_controls("a\u{2028}b\u{2029}c\u{200f}\u{85}"),
            "a\\u{2028}b\\u{2029}c\\u{200f}\\u{85}"
        );
        let once = super::escape_controls("\u{1b}[2J\u{202e}").into_owned();
        assert_eq!(
            super::escape_controls(&once),
            once,
            "escaping twice changes nothing"
        );
        assert_eq!(
            super::escape_lines("a\u{1b}\nb\tc\n"),
            "a\\u{1b}\nb\\u{9}c\n"
        );
        assert!(matches!(
            super::escape_controls("plain é"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}

/// A name as a file name part: lower-case ASCII letters and digits, runs of anything else as
/// one `-`, at most 40 characters (`Information Technology/Support Technician` →
/// `information-technology-support-technicia`).
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out: String = out.chars().take(40).collect();
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("job");
    }
    out
}

#[cfg(test)]
mod slug_tests {
    #[test]
    fn slugs_are_safe_file_name_parts() {
        assert_eq!(super::slug("Registered Nurses"), "registered-nurses");
        assert_eq!(
            super::slug("Information Technology/Support Technician"),
            "information-technology-support-technicia"
        );
        assert_eq!(super::slug("../../etc"), "etc");
        assert_eq!(super::slug("信息"), "job");
    }
}
