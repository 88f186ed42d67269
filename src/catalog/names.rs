//! Job names end to end in one buffer, and the order jobs are listed in.

use std::borrow::Cow;

use crate::text::escape_controls;

/// Job names end to end in one buffer: one allocation for 100,000 names instead of 100,000.
#[derive(Default, Clone)]
pub struct Names {
    text: String,
    /// Where each name ends in `text`: `usize`, so names of any total size index correctly.
    ends: Vec<usize>,
}

impl Names {
    /// Names end to end in `text`, each ending where `ends` says (a laid-out file's index).
    /// Names written by careerscope hold no controls: one look at all of them, and they are
    /// taken as they are; otherwise each is cleaned as it is added.
    pub(super) fn from_ends(text: String, ends: Vec<usize>) -> Names {
        if matches!(escape_controls(&text), Cow::Borrowed(_)) {
            return Names { text, ends };
        }
        let mut names = Names {
            text: String::with_capacity(text.len()),
            ends: Vec::with_capacity(ends.len()),
        };
        let mut start = 0;
        for &end in &ends {
            names.push(text.get(start..end).unwrap_or_default());
            start = end;
        }
        names
    }

    /// Every name end to end, and where each ends in that text.
    pub fn parts(&self) -> (&str, &[usize]) {
        (&self.text, &self.ends)
    }

    /// Adds a name, its terminal controls stripped.
    pub fn push(&mut self, name: &str) {
        self.text.push_str(&escape_controls(name));
        self.ends.push(self.text.len());
    }

    /// How many jobs there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are no jobs.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The `i`-th name.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end)
    }

    /// Every name in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }
}

impl std::ops::Index<usize> for Names {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.get(i).unwrap_or_default()
    }
}

/// Job order: by name ignoring case, then exactly, as `import` sorts them.
pub(super) fn name_order(a: &str, b: &str) -> std::cmp::Ordering {
    // Names are nearly all ASCII, where bytes lower-cased order as characters do, at a
    // fraction of the cost (sorting the 830 built-in names was a tenth of a search).
    let ignoring_case = if a.is_ascii() && b.is_ascii() {
        a.bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    } else {
        a.chars()
            .flat_map(char::to_lowercase)
            .cmp(b.chars().flat_map(char::to_lowercase))
    };
    ignoring_case.then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::name_order;
    use std::cmp::Ordering::{Greater, Less};

    #[test]
    fn names_order_ignoring_case_then_exactly() {
        assert_eq!(name_order("apple", "Banana"), Less);
        assert_eq!(name_order("Zebra", "apple"), Greater);
        assert_eq!(name_order("Ab", "ab"), Less, "equal but for case: exactly");
        // A name with a letter beyond ASCII orders by characters, as the ASCII ones do.
        assert_eq!(name_order("Émile", "zeta"), Greater);
        assert_eq!(name_order("émile", "Émilf"), Less);
        assert_eq!(name_order("Cafe", "Café"), Less);
    }
}
