//! The importer must never panic, whatever text it is given.

use crate::common;
use common::within;

use careerscope::import::parse_page;
use proptest::prelude::*;

fn seed_text() -> String {
    let path = format!(
        "{}/assets/pages/lead-technician-vs-technical-project-manager.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = parse_page(&bytes);
    }

    #[test]
    fn arbitrary_text(text in "\\PC{0,600}") {
        let _ = parse_page(text.as_bytes());
    }

    #[test]
    fn page_like_lines(lines in proptest::collection::vec(
        prop_oneof![
            Just("Lead TechnicianTechnical Manager".to_string()),
            Just("Cook vs chef".to_string()),
            "(Yearly salary|Average age|Years of experience|Race ratio|Job satisfaction|Highest paying City)[-$0-9,.%A-Za-z ]{0,30}",
            "What does an? [a-z ]{1,12} do\\?",
            "  • [A-Za-z ,%0-9]{0,20}",
            "\\PC{0,40}",
        ],
        0..40,
    )) {
        let _ = parse_page(lines.join("\n").as_bytes());
    }

    /// A seed cut at any point, or with any line removed, still parses or is refused cleanly;
    /// when it parses, it names the two jobs of the page.
    #[test]
    fn damaged_seed(cut in 0usize..6000, drop in 0usize..100) {
        let text = seed_text();
        let mut end = cut.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let damaged: String = text[..end]
            .split('\n')
            .enumerate()
            .filter(|(i, _)| *i != drop)
            .map(|(_, l)| l)
            .collect::<Vec<_>>()
            .join("\n");
        if let Ok(page) = parse_page(damaged.as_bytes()) {
            prop_assert_eq!(page.jobs.len(), 2);
            prop_assert!(page.jobs[0].name.eq_ignore_ascii_case("lead technician"));
            prop_assert!(page.jobs[1].name.eq_ignore_ascii_case("technical project manager"));
        }
    }

    /// Cutting a page short loses values but never invents or changes one: everything the cut
    /// page holds is what the whole page holds (lists may be shorter).
    #[test]
    fn cut_page_keeps_only_true_values(cut in 0usize..6000) {
        let text = seed_text();
        let mut end = cut.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let whole = parse_page(text.as_bytes()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        if let Ok(page) = parse_page(&text.as_bytes()[..end]) {
            for (cut_job, whole_job) in page.jobs.iter().zip(&whole.jobs) {
                let c = serde_json::to_value(cut_job).unwrap_or_default();
                let w = serde_json::to_value(whole_job).unwrap_or_default();
                if let Err(path) = within(&c, &w, "") {
                    return Err(TestCaseError::fail(format!("cut at {end}: {path} differs")));
                }
            }
        }
    }
}
