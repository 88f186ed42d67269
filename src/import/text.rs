//! Turning raw page bytes into clean lines: checks for text, strips terminal controls, and
//! reduces the markdown rendering to the same plain lines the browser copy has.

use std::borrow::Cow;

use crate::text::is_terminal_control;

/// Why some bytes are not a page at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotText {
    #[error("empty file, expected a career-comparison page")]
    Empty,
    #[error("line {line}: binary data (a NUL byte), expected page text")]
    Binary { line: usize },
    #[error("line {line}: not UTF-8 text, expected a page copied from a browser")]
    NotUtf8 { line: usize },
    #[error(
        "line {line}: broken UTF-16 text; save the page as UTF-8 (iconv -f UTF-16 -t UTF-8 PAGE > PAGE.utf8.txt)"
    )]
    BadUtf16 { line: usize },
}

/// Checks that `bytes` are page text and returns them as a string. UTF-16 text (with or
/// without a byte order mark) is decoded.
///
/// # Errors
/// [`NotText`] for empty, binary, non-UTF-8 or broken UTF-16 bytes, with the line where that
/// shows.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, NotText> {
    let line_of = |offset: usize| bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    if let Some(order) = crate::text::utf16_order(bytes) {
        let text = decode_utf16(bytes, order)?;
        if text.trim().is_empty() {
            return Err(NotText::Empty);
        }
        return Ok(Cow::Owned(text));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(NotText::Binary { line: line_of(pos) });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| NotText::NotUtf8 {
        line: line_of(e.valid_up_to()),
    })?;
    if text.trim().is_empty() {
        return Err(NotText::Empty);
    }
    Ok(Cow::Borrowed(text))
}

fn decode_utf16(bytes: &[u8], order: crate::text::Utf16) -> Result<String, NotText> {
    let units = bytes.chunks_exact(2).map(|p| match order {
        crate::text::Utf16::Le => u16::from_le_bytes([p[0], p[1]]),
        crate::text::Utf16::Be => u16::from_be_bytes([p[0], p[1]]),
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut line = 1;
    for c in char::decode_utf16(units) {
        match c {
            Ok('\n') => {
                line += 1;
                text.push('\n');
            }
            // A NUL is binary data in UTF-16 as in UTF-8.
            Ok('\0') => return Err(NotText::Binary { line }),
            Ok(c) => text.push(c),
            Err(_) => return Err(NotText::BadUtf16 { line }),
        }
    }
    if bytes.len() % 2 == 1 {
        return Err(NotText::BadUtf16 { line });
    }
    // The byte order mark, decoded, is U+FEFF.
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// One line of the page with its 1-based line number in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub no: usize,
    pub text: String,
    /// The cells of a markdown pipe-table row; `None` for a plain line.
    pub cells: Option<Vec<String>>,
}

/// Splits the page into cleaned lines. Markdown markup (headings, emphasis, links, pipe tables)
/// is reduced so both renderings read the same way afterwards. Returns the lines and whether the
/// last line was complete (ended with a newline).
pub fn lines(page: &str) -> (Vec<Line>, bool) {
    let ends_complete = page.ends_with('\n');
    // One allocation of the right size: a page of empty lines is all line records.
    let mut out = Vec::with_capacity(page.bytes().filter(|&b| b == b'\n').count() + 1);
    out.extend(page.split('\n').enumerate().map(|(i, raw)| {
        let raw = raw.trim_end_matches('\r');
        if let Some(cells) = tab_cells(raw) {
            return Line {
                no: i + 1,
                text: cells.join(" "),
                cells: Some(cells),
            };
        }
        let clean = strip_controls(raw);
        let clean = normalize_spaces(&clean);
        let trimmed = clean.trim();
        let cells = pipe_cells(trimmed);
        let text = match &cells {
            Some(cells) => cells.join(" | "),
            None => unmarkdown(trimmed),
        };
        Line {
            no: i + 1,
            text,
            cells,
        }
    }));
    (out, ends_complete)
}

/// A page line without what a browser's copy should not hold and the grammars cannot read:
/// terminal controls go, tabs become spaces. (This reads a page; what reaches output is
/// escaped by [`crate::text::escape_controls`].)
fn strip_controls(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_terminal_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\t' => Some(' '),
                c if is_terminal_control(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// Spaces the grammars can read: no-break spaces (U+00A0, U+2007, U+202F) become plain spaces,
/// and the invisible U+FEFF (a byte order mark, or one left inside the text) goes.
fn normalize_spaces(s: &str) -> Cow<'_, str> {
    let odd = |c: char| matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{feff}');
    if s.is_ascii() || !s.chars().any(odd) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter(|&c| c != '\u{feff}')
            .map(|c| if odd(c) { ' ' } else { c })
            .collect(),
    )
}

/// A table line whose cells a browser copied with tabs between them: a label and one or two
/// cells, or a header's two names. (Indenting tabs are not separators.)
fn tab_cells(raw: &str) -> Option<Vec<String>> {
    let parts: Vec<&str> = raw.trim().split('\t').map(str::trim).collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    Some(
        parts
            .into_iter()
            .map(|p| normalize_spaces(&strip_controls(p)).trim().to_string())
            .collect(),
    )
}

fn pipe_cells(line: &str) -> Option<Vec<String>> {
    let inner = line.strip_prefix('|')?.strip_suffix('|')?;
    Some(
        inner
            .split('|')
            .map(|c| unmarkdown(c.trim()))
            .collect::<Vec<_>>(),
    )
}

/// `## **Heading**` → `Heading`; `[text](url)` → `text`; `* item` → `• item`.
fn unmarkdown(line: &str) -> String {
    let mut s = line.trim_start_matches('#').trim().to_string();
    if let Some(rest) = s.strip_prefix("* ").or_else(|| s.strip_prefix("- ")) {
        s = format!("• {}", rest.trim());
    }
    s = s.replace("**", "").replace("__", "");
    strip_links(&s)
}

fn strip_links(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else { break };
        let Some(end) = after[close + 2..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&after[..close]);
        rest = &after[close + 2 + end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_text_is_refused_with_its_line() {
        assert_eq!(decode(b""), Err(NotText::Empty));
        assert_eq!(decode(b" \n\n"), Err(NotText::Empty));
        assert_eq!(decode(b"a\nb\n\0"), Err(NotText::Binary { line: 3 }));
        assert_eq!(decode(b"a\n\xff"), Err(NotText::NotUtf8 { line: 2 }));
    }

    #[test]
    fn utf16_is_decoded_with_or_without_a_byte_order_mark() {
        let utf16 = |s: &str, bom: bool, le: bool| -> Vec<u8> {
            let units = bom.then_some(0xfeff).into_iter().chain(s.encode_utf16());
            units
                .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
                .collect()
        };
        for (bom, le) in [(true, true), (true, false), (false, true), (false, false)] {
            let bytes = utf16("Cook vs chef\nCafé ☕\n", bom, le);
            assert_eq!(decode(&bytes).as_deref(), Ok("Cook vs chef\nCafé ☕\n"));
        }
        let mut broken = utf16("Cook\nvs", true, true);
        broken.extend([0x00, 0xd8]); // a lone high surrogate
        assert_eq!(decode(&broken), Err(NotText::BadUtf16 { line: 2 }));
    }

    #[test]
    fn markdown_is_reduced() {
        let (l, complete) =
            lines("## **What does a [lead technician](/x) do?**\n| A | B |\n- Java, 10%");
        assert!(!complete);
        assert_eq!(l[0].text, "What does a lead technician do?");
        assert_eq!(l[1].cells, Some(vec!["A".to_string(), "B".to_string()]));
        assert_eq!(l[2].text, "• Java, 10%");
    }
}
