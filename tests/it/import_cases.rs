//! The kinds of glued cells and page shapes real pages have, as small synthetic pages.

use careerscope::import::{PageError, parse_page};
use careerscope::model::{Page, TimeUnit};

/// A minimal page in the browser-copy shape: title, narrative, one overview table, footer.
fn page(title: &str, narrative: &str, header: &str, rows: &[&str]) -> String {
    format!(
        "Post job\n\n{title}\n\n{narrative}\n\n{title} overview\n\n{header}\n{}\n\nBrowse testing jobs",
        rows.join("\n")
    )
}

fn parse(text: &str) -> Page {
    parse_page(text.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn warned(page: &Page, needle: &str) -> bool {
    page.warnings.iter().any(|w| w.contains(needle))
}

const NARRATIVE: &str = "While it typically takes 1-2 years to become a cook, becoming a chef takes usually requires 4-12 years.";

#[test]
fn dash_next_to_a_number_is_unknown_then_the_number() {
    let p = parse(&page(
        "Cook vs chef",
        NARRATIVE,
        "CookChef",
        &["Job satisfaction-2", "Average age-38", "Growth rate--"],
    ));
    let (a, b) = (
        p.jobs[0].overview.clone().unwrap_or_default(),
        p.jobs[1].overview.clone().unwrap_or_default(),
    );
    assert_eq!((a.job_satisfaction, b.job_satisfaction), (None, Some(2.0)));
    assert_eq!((a.average_age, b.average_age), (None, Some(38)));
    assert_eq!((a.growth_rate_pct, b.growth_rate_pct), (None, None));
    assert!(!warned(&p, "Job satisfaction\""), "{:?}", p.warnings);
}

#[test]
fn satisfaction_with_decimals() {
    let p = parse(&page(
        "Cook vs chef",
        NARRATIVE,
        "CookChef",
        &["Job satisfaction4.142"],
    ));
    assert_eq!(
        p.jobs[0].overview.as_ref().and_then(|o| o.job_satisfaction),
        Some(4.14)
    );
    assert_eq!(
        p.jobs[1].overview.as_ref().and_then(|o| o.job_satisfaction),
        Some(2.0)
    );
}

#[test]
fn years_of_experience_settled_by_the_narrative() {
    // "122" reads as 1|22 or 12|2; the narrative (chef 4-12 years, cook 1-2) settles it.
    let p = parse(&page(
        "Chef vs cook",
        NARRATIVE,
        "ChefCook",
        &["Years of experience122"],
    ));
    let ov = |i: usize| {
        p.jobs[i]
            .overview
            .as_ref()
            .and_then(|o| o.years_of_experience)
    };
    assert_eq!((ov(0), ov(1)), (Some(12.0), Some(2.0)), "{:?}", p.warnings);
    assert_eq!(
        p.jobs[0].years_to_become.map(|y| (y.min, y.max)),
        Some((4, 12))
    );
}

#[test]
fn years_in_months_become_years() {
    let narrative = "It typically takes 6-12 months to become both an usher and a ticket taker.";
    let p = parse(&page(
        "Usher vs ticket taker",
        narrative,
        "UsherTicket Taker",
        &["Years of experience1212"],
    ));
    for job in &p.jobs {
        let y = job
            .years_to_become
            .unwrap_or_else(|| panic!("{:?}", p.warnings));
        assert_eq!((y.min, y.max, y.unit), (6, 12, TimeUnit::Months));
        assert_eq!(
            job.overview.as_ref().and_then(|o| o.years_of_experience),
            Some(1.0)
        );
    }
}

#[test]
fn years_without_narrative_stay_ambiguous_with_a_warning() {
    let p = parse(&page(
        "Cook vs chef",
        "Nothing about time here.",
        "CookChef",
        &["Years of experience412"],
    ));
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
            "row \"Years of experience\": \"412\" is ambiguous (\"4\" | \"12\" or \"41\" | \"2\")"
        ),
        "{:?}",
        p.warnings
    );
}

#[test]
fn job_counts_from_hundreds_to_millions() {
    let p = parse(&page(
        "Cook vs chef",
        NARRATIVE,
        "CookChef",
        &["Number of jobs361,0451,016,123"],
    ));
    let n = |i: usize| p.jobs[i].overview.as_ref().and_then(|o| o.number_of_jobs);
    assert_eq!((n(0), n(1)), (Some(361_045), Some(1_016_123)));
    let p = parse(&page(
        "Cook vs chef",
        NARRATIVE,
        "CookChef",
        &["Number of jobs950250,000"],
    ));
    let n = |i: usize| p.jobs[i].overview.as_ref().and_then(|o| o.number_of_jobs);
    assert_eq!((n(0), n(1)), (Some(950), Some(250_000)));
}

#[test]
fn names_with_slashes_commas_apostrophes_and_other_capitals() {
    let narrative = "While it typically takes 1-2 years to become a teacher's aide, becoming a sales associate, retail takes usually requires 2-4 years.";
    let p = parse(&page(
        "Teacher's aide vs sales associate, retail",
        narrative,
        "Teacher's AideSales Associate, Retail",
        &["Years of experience24"],
    ));
    assert_eq!(p.jobs[0].name, "Teacher's Aide");
    assert_eq!(p.jobs[1].name, "Sales Associate, Retail");
    assert_eq!(
        p.jobs[1]
            .overview
            .as_ref()
            .and_then(|o| o.years_of_experience),
        Some(4.0)
    );

    let narrative = "It typically takes 1-2 years to become both a cdl driver and a research and development tech.";
    let p = parse(&page(
        "Cdl driver vs research and development tech",
        narrative,
        "CDL DriverResearch And Development Tech",
        &["Average age4244"],
    ));
    assert_eq!(p.jobs[0].name, "CDL Driver");
    assert_eq!(p.jobs[1].name, "Research And Development Tech");
    assert!(p.jobs[1].years_to_become.is_some());

    let p = parse(&page(
        "Front-end developer vs it/help desk analyst",
        "",
        "Front-End DeveloperIT/Help Desk Analyst",
        &["Average age3141"],
    ));
    assert_eq!(p.jobs[0].name, "Front-End Developer");
    assert_eq!(p.jobs[1].name, "IT/Help Desk Analyst");
}

#[test]
fn glued_text_cells_and_dashes_in_text_rows() {
    let text = page(
        "Cook vs chef",
        NARRATIVE,
        "CookChef",
        &[],
    )
    .replace(
        "Browse testing jobs",
        "Cook vs chef salary\n\nCookChef\nAverage salary$30,000$50,000\nHighest paying CityNew York, NY-\nHighest paying stateDelawareCalifornia\nBest paying companyA.T. KearneyMeta\nBest paying industry-Retail\nSalary rangeBetween $20,000 And $40,000-\n\nBrowse testing jobs",
    );
    let p = parse(&text);
    let s = |i: usize| p.jobs[i].salary.clone().unwrap_or_default();
    assert_eq!(s(0).highest_paying_city.as_deref(), Some("New York, NY"));
    assert_eq!(s(1).highest_paying_city, None);
    assert_eq!(s(0).highest_paying_state.as_deref(), Some("Delaware"));
    assert_eq!(s(1).highest_paying_state.as_deref(), Some("California"));
    assert_eq!(s(0).best_paying_company.as_deref(), Some("A.T. Kearney"));
    assert_eq!(s(1).best_paying_company.as_deref(), Some("Meta"));
    assert_eq!(
        (
            s(0).best_paying_industry,
            s(1).best_paying_industry.as_deref()
        ),
        (None, Some("Retail"))
    );
    assert_eq!(s(0).range.map(|r| (r.min, r.max)), Some((20_000, 40_000)));
    assert_eq!(s(1).range, None);
}

#[test]
fn ambiguous_text_is_left_empty_and_named() {
    let text = page("Cook vs chef", NARRATIVE, "CookChef", &[]).replace(
        "Browse testing jobs",
        "CookChef\nBest paying companyIBMMeta\nAverage salary$1,000$2,000\n\nBrowse testing jobs",
    );
    let p = parse(&text);
    assert_eq!(
        p.jobs[0]
            .salary
            .as_ref()
            .and_then(|s| s.best_paying_company.clone()),
        None
    );
    assert!(
        warned(&p, "row \"Best paying company\": \"IBMMeta\" is ambiguous"),
        "{:?}",
        p.warnings
    );
    assert!(warned(&p, "\"IBM\" | \"Meta\""), "{:?}", p.warnings);
}

#[test]
fn cut_off_page_keeps_complete_rows_and_reports_the_rest() {
    let full = page(
        "Cook vs chef",
        NARRATIVE,
        "CookChef",
        &[
            "Yearly salary$30,000$50,000",
            "Hourly rate$14.42$24.04",
            "Growth rate5%7%",
        ],
    );
    let cut = &full[..full.find("Growth rate5%").unwrap_or(0) + "Growth rate5".len()];
    let p = parse(cut);
    let o = p.jobs[1].overview.clone().unwrap_or_default();
    assert_eq!(o.yearly_salary, Some(50_000));
    assert_eq!(o.hourly_rate, Some(24.04));
    assert_eq!(o.growth_rate_pct, None);
    assert!(warned(&p, "last line may be cut off"), "{:?}", p.warnings);
    assert!(warned(&p, "overview: row \"Number of jobs\" is missing"));
    assert!(warned(&p, "no salary table"));
    assert!(p.category.is_none());
}

#[test]
fn sections_in_another_order_and_repeated_headers() {
    let text = "Cook vs chef\n\nCook vs chef demographics\n\nCookChef\nAverage age3040\nLGBT Percentage5%6%\n\n\
                Cook vs chef overview\n\nCookChef\nYearly salary$30,000$50,000\nAverage age3040\n\nBrowse testing jobs\n";
    let p = parse(text);
    let d = p.jobs[0].demographics.clone().unwrap_or_default();
    assert_eq!((d.average_age, d.lgbt_pct), (Some(30), Some(5.0)));
    let o = p.jobs[1].overview.clone().unwrap_or_default();
    assert_eq!((o.yearly_salary, o.average_age), (Some(50_000), Some(40)));
    assert!(p.jobs[0].education.is_none());
}

#[test]
fn show_more_is_page_chrome() {
    let text = page("Cook vs chef", NARRATIVE, "CookChef", &["Average age3040"]).replace(
        "Browse testing jobs",
        "Cook example responsibilities.\n\n  • Cook food.\n  • Clean up.\n  • Show more\n\nChef example responsibilities.\n\n  • Plan menus.\n\nBrowse testing jobs",
    );
    let p = parse(&text);
    assert_eq!(
        p.jobs[0].duties.clone().unwrap_or_default(),
        vec!["Cook food.", "Clean up."]
    );
    assert_eq!(
        p.jobs[1].duties.clone().unwrap_or_default(),
        vec!["Plan menus."]
    );
}

#[test]
fn terminal_controls_never_reach_the_profiles() {
    let p = parse(&page("Cook vs chef", NARRATIVE, "Cook\u{1b}[2JChef", &["Average age3040"]).replace(
        "Browse testing jobs",
        "What does a cook do?\n\nCooks \u{1b}]0;pwned\u{7}cook.\u{9b}31m\n\nBrowse testing jobs",
    ));
    let all = serde_json::to_string(&p).unwrap_or_default();
    assert!(!all.contains('\u{1b}') && !all.contains('\u{7}') && !all.contains('\u{9b}'));
    assert_eq!(
        p.jobs[0].description.as_deref(),
        Some("Cooks ]0;pwnedcook.31m")
    );
}

#[test]
fn not_a_page_is_an_error_with_a_line() {
    let e = parse_page(b"<html><body>Weather today: sunny</body></html>\n");
    assert!(
        matches!(e, Err(PageError::NotAPage { line: 1, .. })),
        "{e:?}"
    );
    let e = parse_page(b"\n\nMy notes\nJava vs Python: a holy war\n");
    assert!(matches!(e, Err(PageError::NotAPage { .. })), "{e:?}");
    assert!(parse_page(b"").is_err());
    assert!(parse_page(b"\xff\xfe\x00").is_err());
}

/// The first `n` lines of a real page, each with its newline, as a copy that stopped there
/// (no `Browse … jobs` footer), its last line replaced by `last`.
fn cut_after(n: usize, last: &str) -> String {
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/pages/lead-technician-vs-technical-project-manager.txt"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let mut lines: Vec<&str> = page.lines().take(n).collect();
    lines.pop();
    lines.push(last);
    format!("{}\n", lines.join("\n"))
}

/// A copy that ends with the newline after `LGBT Percentage6%6%` (line 58 of the page) lost
/// nothing: both cells end in `%`, which nothing in a percentage follows, so the row is kept.
#[test]
fn a_last_row_of_percentages_is_whole() {
    let text = cut_after(58, "LGBT Percentage6%6%");
    assert!(text.ends_with("\nLGBT Percentage6%6%\n"));
    let p = parse(&text);
    let lgbt: Vec<Option<f64>> = p
        .jobs
        .iter()
        .map(|j| j.demographics.as_ref().and_then(|d| d.lgbt_pct))
        .collect();
    assert_eq!(lgbt, [Some(6.0), Some(6.0)], "{:?}", p.warnings);
    assert!(warned(&p, "footer"), "{:?}", p.warnings);
    assert!(!warned(&p, "last line may be cut off"), "{:?}", p.warnings);
    assert!(!warned(&p, "LGBT"), "{:?}", p.warnings);
}

/// `Number of jobs250,590209,8` (line 15, whose page value is 250,590209,820) may have been
/// cut inside its last cell: still left out, with a warning, even after a newline.
#[test]
fn a_last_row_that_may_go_on_is_still_cut() {
    let text = cut_after(15, "Number of jobs250,590209,8");
    let p = parse(&text);
    let jobs: Vec<Option<u64>> = p
        .jobs
        .iter()
        .map(|j| j.overview.as_ref().and_then(|o| o.number_of_jobs))
        .collect();
    assert_eq!(jobs, [None, None], "{:?}", p.warnings);
    assert!(
        warned(
            &p,
            "line 15: last line may be cut off and was not used (the page has no footer, so its last line may be cut off): \"Number of jobs250,590209,8\""
        ),
        "{:?}",
        p.warnings
    );
    // The row before it is kept.
    assert_eq!(
        p.jobs[0].overview.as_ref().and_then(|o| o.growth_rate_pct),
        Some(10.0)
    );
}
