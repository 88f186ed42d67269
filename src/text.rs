//! Small text helpers shared by the importer and the dataset layer.

/// The longest text a message quotes, in characters.
pub const QUOTE_MAX: usize = 60;

/// `s` as a message quotes it: whole up to [`QUOTE_MAX`] characters, else cut with `...`.
pub fn shorten(s: &str) -> String {
    if s.chars().count() <= QUOTE_MAX {
        s.to_string()
    } else {
        let cut: String = s.chars().take(QUOTE_MAX - 3).collect();
        format!("{cut}...")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn shorten_keeps_sixty_characters() {
        let long = "x".repeat(61);
        assert_eq!(super::shorten(&long), format!("{}...", "x".repeat(57)));
        assert_eq!(super::shorten(&long[..60]), long[..60]);
    }
}
