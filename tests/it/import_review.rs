//! Defects found in review: each test is a small synthetic page whose expected values were
//! checked by hand against the page text.

use crate::common;
use common::within;

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

#[test]
fn byte_order_mark_is_not_part_of_the_page() {
    // A markdown page that starts with its table: the BOM hid the header row's leading pipe.
    let md =
        "\u{feff}| Cook | Chef | |\n| --- | --- | --- |\n| Yearly salary | $30,000 | $50,000 |\n";
    let p = parse(md);
    assert_eq!(p.jobs[0].name, "Cook");
    assert_eq!(
        p.jobs[1].overview.as_ref().and_then(|o| o.yearly_salary),
        Some(50_000)
    );
    // A browser copy that starts with its title: the BOM ended up in the title.
    let p = parse(&format!("\u{feff}{}", page(&["Average age3040"], "")));
    assert_eq!(p.title.as_deref(), Some("Cook vs chef"));
}

#[test]
fn non_breaking_spaces_read_as_spaces() {
    let p = parse(&page(
        &[
            "Yearly\u{a0}salary$30,000$50,000",
            "Most common degreeHigh School Diploma,\u{a0}40%Associate\u{a0}Degree, 30%",
        ],
        "Cook vs chef salary\n\nCookChef\nSalary rangeBetween\u{a0}$20,000 And\u{202f}$40,000-",
    ));
    let o = |i: usize| p.jobs[i].overview.clone().unwrap_or_default();
    assert_eq!(o(0).yearly_salary, Some(30_000), "{:?}", p.warnings);
    assert_eq!(
        o(0).most_common_degree.map(|d| (d.degree, d.pct)),
        Some(("High School Diploma".to_string(), 40.0))
    );
    assert_eq!(
        o(1).most_common_degree.map(|d| d.degree),
        Some("Associate Degree".to_string())
    );
    let range = p.jobs[0].salary.as_ref().and_then(|s| s.range);
    assert_eq!(range.map(|r| (r.min, r.max)), Some((20_000, 40_000)));
}

#[test]
fn last_line_of_a_page_without_footer_is_suspect_even_with_a_newline() {
    // Cut inside "$50,000", then saved by an editor that ends the file with a newline:
    // "$30,000$5" is a valid glued pair, so 5 would be read as the chef's salary.
    let text = "Cook vs chef\n\nCook vs chef overview\n\nCookChef\nAverage age3040\nYearly salary$30,000$5\n";
    let p = parse(text);
    assert_eq!(
        p.jobs[1].overview.as_ref().and_then(|o| o.yearly_salary),
        None
    );
    assert_eq!(
        p.jobs[1].overview.as_ref().and_then(|o| o.average_age),
        Some(40)
    );
    assert!(
        warned(&p, "line 7: last line may be cut off"),
        "{:?}",
        p.warnings
    );
    // Trailing indentation after the last newline changes nothing.
    let p = parse(&format!("{text}  \t"));
    assert!(
        warned(&p, "line 7: last line may be cut off"),
        "{:?}",
        p.warnings
    );
}

/// Every cut of a seed, saved with a final newline, holds only values of the whole page.
#[test]
fn seed_cut_anywhere_and_saved_with_a_newline_keeps_only_true_values() {
    let path = format!(
        "{}/assets/pages/lead-technician-vs-technical-project-manager.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let whole = parse(&text);
    let mut bad = Vec::new();
    // Every fifth cut point keeps the test quick in debug builds; all kinds of line are hit.
    for end in (0..text.len())
        .step_by(5)
        .filter(|&e| text.is_char_boundary(e))
    {
        let cut = format!("{}\n", &text[..end]);
        let Ok(page) = parse_page(cut.as_bytes()) else {
            continue;
        };
        for (c, w) in page.jobs.iter().zip(&whole.jobs) {
            let c = serde_json::to_value(c).unwrap_or_default();
            let w = serde_json::to_value(w).unwrap_or_default();
            if let Err(path) = within(&c, &w, "") {
                bad.push(format!("cut at {end}: {path}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} cuts invent values: {:?}",
        bad.len(),
        &bad[..bad.len().min(10)]
    );
}

fn salary_page(rows: &[&str]) -> Page {
    parse(&page(
        &["Average age3040"],
        &format!("Cook vs chef salary\n\nCookChef\n{}", rows.join("\n")),
    ))
}

#[test]
fn a_capital_inside_a_name_does_not_outrank_a_cell_boundary_before_a_digit_or_after_an_acronym() {
    // "McKinsey & Company" then "3M": the c|K inside "McKinsey" was preferred to the y|3
    // boundary, giving "Mc" and "Kinsey & Company3M". Likewise "IBM" then "McKinsey & Company"
    // gave "IBMMc" and "Kinsey & Company". Both readings fit; the page cannot tell.
    for glued in ["McKinsey & Company3M", "IBMMcKinsey & Company", "3MPayPal"] {
        let p = salary_page(&[&format!("Best paying company{glued}")]);
        let company = |i: usize| {
            p.jobs[i]
                .salary
                .as_ref()
                .and_then(|s| s.best_paying_company.clone())
        };
        assert_eq!((company(0), company(1)), (None, None), "{glued}");
        assert!(
            warned(
                &p,
                &format!("row \"Best paying company\": \"{glued}\" is ambiguous")
            ),
            "{glued}: {:?}",
            p.warnings
        );
    }
    // Where no such rival exists, the capital after a lower-case letter still settles it.
    let p = salary_page(&[
        "Best paying companyBank of AmericaJPMorgan Chase",
        "Best paying industryHealth CareRetail",
    ]);
    let s = |i: usize| p.jobs[i].salary.clone().unwrap_or_default();
    assert_eq!(s(0).best_paying_company.as_deref(), Some("Bank of America"));
    assert_eq!(s(1).best_paying_company.as_deref(), Some("JPMorgan Chase"));
    assert_eq!(s(0).best_paying_industry.as_deref(), Some("Health Care"));
    assert_eq!(s(1).best_paying_industry.as_deref(), Some("Retail"));
}

#[test]
fn a_name_with_an_abbreviation_does_not_end_the_narrative_sentence() {
    let text = "Cook vs sr. software engineer\n\nWhile it typically takes 1-2 years to become a \
                cook, becoming a sr. software engineer takes usually requires 4-6 years. \
                Additionally, a sr. software engineer has an average salary of $150,000.\n\n\
                Cook vs sr. software engineer overview\n\nCookSr. Software Engineer\n\
                Years of experience26\n\nBrowse food jobs\n";
    let p = parse(text);
    assert_eq!(p.jobs[1].name, "Sr. Software Engineer");
    assert_eq!(
        p.jobs[1].years_to_become.map(|y| (y.min, y.max)),
        Some((4, 6)),
        "{:?}",
        p.warnings
    );
    assert_eq!(
        p.jobs[1]
            .overview
            .as_ref()
            .and_then(|o| o.years_of_experience),
        Some(6.0)
    );
}

#[test]
fn a_skill_with_an_abbreviation_does_not_end_the_skill_list() {
    let text = "Accountant vs auditor\n\nThe top three skills for an accountant include u.s. gaap, \
                tax returns and audit. The most important skills for an auditor are internal \
                audit, sox, and risk.\n\nAccountant vs auditor overview\n\nAccountantAuditor\n\
                Average age3040\n\nBrowse finance jobs\n";
    let p = parse(text);
    assert_eq!(
        p.jobs[0].top_skills.clone().unwrap_or_default(),
        vec!["u.s. gaap", "tax returns", "audit"]
    );
    assert_eq!(
        p.jobs[1].top_skills.clone().unwrap_or_default(),
        vec!["internal audit", "sox", "risk"]
    );
}

#[test]
fn a_later_table_repeating_an_overview_row_keeps_its_own_section() {
    // The education table repeats "Yearly salary" first: the table was taken for an overview
    // table, so its "Most common degree" went to the overview and education's was missing.
    let p = parse(&page(
        &["Yearly salary$30,000$50,000", "Average age3040"],
        "Differences between cook and chef education\n\nCookChef\nYearly salary$30,000$50,000\n\
         Most common degreeHigh School Diploma, 40%Associate Degree, 30%\n\
         Most common majorCulinary ArtsCulinary Arts\nMost common collegeCornell UniversityJohnson & Wales University",
    ));
    let e = |i: usize| p.jobs[i].education.clone().unwrap_or_default();
    assert_eq!(
        e(0).most_common_degree.map(|d| (d.degree, d.pct)),
        Some(("High School Diploma".to_string(), 40.0)),
        "{:?}",
        p.warnings
    );
    assert_eq!(
        e(1).most_common_degree.map(|d| d.degree),
        Some("Associate Degree".to_string())
    );
    // The overview table had no degree row: the page's overview does not say it.
    assert!(warned(
        &p,
        "overview: row \"Most common degree\" is missing"
    ));
    assert!(!warned(
        &p,
        "education: row \"Most common degree\" is missing"
    ));
}

#[test]
fn a_row_that_is_present_but_unreadable_is_not_reported_missing() {
    let p = salary_page(&[
        "Average salary$30,000$50,000",
        "Best paying companyeBayMeta",
    ]);
    assert!(warned(&p, "\"eBayMeta\" is ambiguous"), "{:?}", p.warnings);
    assert!(
        !warned(&p, "salary: row \"Best paying company\" is missing"),
        "{:?}",
        p.warnings
    );
    assert!(warned(
        &p,
        "salary: row \"Best paying industry\" is missing"
    ));
}

#[test]
fn tabs_between_cells_separate_them() {
    // Some browsers copy table cells with a tab between them; a tab became a space, and no
    // split may sit next to a space, so every such row was unreadable.
    let text = "Cook vs chef\n\nCook vs chef overview\n\nCook\tChef\nYearly salary\t$30,000\t$50,000\n\
                Job satisfaction\t-\t4.5\nAverage age\t3040\n\nCook vs chef salary\n\nCook\tChef\n\
                Best paying company\tIBM\tMcKinsey & Company\n\nBrowse food jobs\n";
    let p = parse(text);
    assert_eq!(
        (p.jobs[0].name.as_str(), p.jobs[1].name.as_str()),
        ("Cook", "Chef")
    );
    let o = |i: usize| p.jobs[i].overview.clone().unwrap_or_default();
    assert_eq!(
        (o(0).yearly_salary, o(1).yearly_salary),
        (Some(30_000), Some(50_000)),
        "{:?}",
        p.warnings
    );
    assert_eq!(
        (o(0).job_satisfaction, o(1).job_satisfaction),
        (None, Some(4.5))
    );
    // Only the label is tab-separated: the two cells are glued as usual.
    assert_eq!((o(0).average_age, o(1).average_age), (Some(30), Some(40)));
    let s = |i: usize| p.jobs[i].salary.clone().unwrap_or_default();
    assert_eq!(s(0).best_paying_company.as_deref(), Some("IBM"));
    assert_eq!(
        s(1).best_paying_company.as_deref(),
        Some("McKinsey & Company")
    );
}

#[test]
fn skill_percentages_follow_the_percent_grammar() {
    // f64's own parser took "NaN", "inf" and "1e1": NaN printed as null, a JSON the dataset
    // could not read back, and "1e1%" became 10.
    let p = parse(&page(
        &["Average age3040"],
        "Common cook skills\n  • Knife Skills, 10.5%\n  • Food Safety, NaN%\n  • Plating, 1e1%\n  • Baking, inf%",
    ));
    let skills = p.jobs[0].skills.clone().unwrap_or_default();
    let read: Vec<(&str, f64)> = skills.iter().map(|s| (s.name.as_str(), s.pct)).collect();
    assert_eq!(read, vec![("Knife Skills", 10.5)]);
    for bad in ["Food Safety, NaN%", "Plating, 1e1%", "Baking, inf%"] {
        assert!(
            warned(&p, &format!("skill \"{bad}\" is not")),
            "{:?}",
            p.warnings
        );
    }
}

#[test]
fn years_that_contradict_the_narrative_say_so() {
    // "412" reads as 4|12 or 41|2, and the narrative (cook 1-3, chef 2-5) fits neither: the
    // warning said the cells could not be read at all.
    let text = page(&["Years of experience412"], "")
        .replace("4-6 years", "2-5 years")
        .replace("1-2 years", "1-3 years");
    let p = parse(&text);
    assert_eq!(
        p.jobs[0]
            .overview
            .as_ref()
            .and_then(|o| o.years_of_experience),
        None
    );
    assert!(
        warned(
            &p,
            "row \"Years of experience\": no reading of \"412\" (\"4\" | \"12\" or \"41\" | \"2\") agrees with the narrative (Cook 1-3 years, Chef 2-5 years); left empty"
        ),
        "{:?}",
        p.warnings
    );
}

#[test]
fn warnings_are_typed_and_written_as_the_parse_json_says_them() {
    use careerscope::import::{WarningKind, parse_page_with_warnings};
    let text = page(&["Yearly salary$30,000$50,000"], "");
    let (p, warnings) =
        parse_page_with_warnings(text.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(
        warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
        p.warnings
    );
    assert!(warnings.iter().any(|w| matches!(
        &w.kind,
        WarningKind::NoTable { section } if *section == "salary"
    )));
    assert!(warnings.iter().any(|w| matches!(
        &w.kind,
        WarningKind::MissingRow { label, .. } if *label == "Hourly rate"
    )));
}
