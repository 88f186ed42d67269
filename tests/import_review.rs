//! Defects found in review: each test is a small synthetic page whose expected values were
//! checked by hand against the page text.

use careerscope::import::parse_page;
use careerscope::model::Page;

fn parse(text: &str) -> Page {
    parse_page(text.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn warned(page: &Page, needle: &str) -> bool {
    page.warnings.iter().any(|w| w.contains(needle))
}

/// Title, narrative, an overview table with `rows`, then `after` and the footer.
fn page(rows: &[&str], after: &str) -> String {
    format!(
        "Cook vs chef\n\nWhile it typically takes 1-2 years to become a cook, becoming a chef takes \
         usually requires 4-6 years.\n\nCook vs chef overview\n\nCookChef\n{}\n\n{after}\n\nBrowse food jobs\n",
        rows.join("\n")
    )
}

#[test]
fn footer_whose_lower_case_is_longer_or_shorter_does_not_panic() {
    // U+212A KELVIN SIGN lower-cases to a one-byte "k", U+1E9E to the two-byte "ß": the category
    // was cut from the original line at the lower-cased line's byte offsets.
    for footer in ["Browse \u{212A}\u{212A}é jobs", "Browse \u{1E9E}é jobs"] {
        let text = page(&["Average age3040"], "").replace("Browse food jobs", footer);
        let p = parse(&text);
        let expected = &footer["Browse ".len()..footer.len() - " jobs".len()];
        assert_eq!(p.category.as_deref(), Some(expected));
    }
}
