//! The built-in real occupations through the command line: `show`, `compare` and `list`, with
//! values read by hand from the official files (OEWS May 2025, EP 2024–34, CPS, O*NET).

use std::path::Path;

use assert_cmd::Command;

fn careerscope(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("careerscope").unwrap_or_else(|e| panic!("{e}"));
    cmd.env("XDG_DATA_HOME", home)
        .env("HOME", home)
        .env_remove("NO_COLOR");
    cmd
}

fn run(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = careerscope(home.path())
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&run(args)).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

/// `key` of each job of a comparison's JSON, in column order (text values only).
fn of_jobs<'c>(comparison: &'c serde_json::Value, key: &str) -> Vec<&'c str> {
    comparison["jobs"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|j| j[key].as_str())
        .collect()
}

/// MANIFEST.md and `oews-2025.sqlite.gz`, key OEUN0000000000000151252; EP Table 1.2.
#[test]
fn show_json_is_one_profile_with_code_and_sources() {
    let p = json(&["show", "Software Developers", "--format", "json"]);
    assert_eq!(p["name"], "Software Developers");
    assert_eq!(p["code"], "15-1252");
    assert_eq!(p["major_group"], "Computer and Mathematical Occupations");
    assert_eq!(p["overview"]["number_of_jobs"], 1_687_890);
    assert_eq!(p["overview"]["yearly_salary"], 148_100);
    assert_eq!(p["overview"]["hourly_rate"], 71.2);
    assert_eq!(p["salary"]["average"], 148_100);
    assert_eq!(p["salary"]["median"], 135_980);
    assert_eq!(p["salary"]["range"]["min"], 82_460);
    assert_eq!(p["salary"]["range"]["max"], 214_670);
    assert_eq!(p["salary"]["highest_paying_state"], "California");
    assert_eq!(p["overview"]["growth_rate_pct"], 15.8);
    assert_eq!(
        p["education"]["typical_entry_education"],
        "Bachelor's degree"
    );
    // No licensed source: null, never invented.
    assert!(p["overview"]["job_satisfaction"].is_null());
    assert!(p["salary"]["best_paying_company"].is_null());
    for section in [
        "overview",
        "salary",
        "education",
        "demographics",
        "duties",
        "skills",
    ] {
        let s = p["sources"][section].as_str().unwrap_or_default();
        assert!(!s.is_empty(), "no source for {section}");
    }
    assert!(
        p["sources"]["overview"]
            .as_str()
            .is_some_and(|s| s.contains("BLS OEWS May 2025"))
    );
    assert!(
        p["sources"]["skills"]
            .as_str()
            .is_some_and(|s| s.contains("not % of resumes"))
    );
}

/// MANIFEST.md: 29-1141 growth +4.9 %; CPS 2022: 87.9 % women, 73.6 % White, 14.5 % Black,
/// 8.9 % Asian, 8.1 % Hispanic or Latino.
#[test]
fn show_text_has_every_section_with_its_source() {
    let out = run(&["show", "registered nurses"]);
    assert!(out.starts_with("Registered Nurses (SOC 29-1141, Healthcare Practitioners"));
    for heading in [
        "OVERVIEW",
        "SALARY",
        "EDUCATION",
        "DEMOGRAPHICS",
        "SKILLS",
        "DUTIES",
    ] {
        assert!(
            out.contains(&format!("\n{heading}")),
            "{heading} missing:\n{out}"
        );
    }
    for line in [
        "Growth rate                        4.9%",
        "Gender: Female                     87.9%",
        "Race: White                        73.6%",
        "Race: Black or African American    14.5%",
        "Race: Asian                        8.9%",
        "Race: Hispanic or Latino           8.1%",
    ] {
        assert!(out.contains(line), "{line:?} missing:\n{out}");
    }
    assert_eq!(out.matches("\nSource: ").count(), 6, "{out}");
    assert!(out.contains("Census occupation \"Registered nurses\""));
    assert!(out.contains("Hispanic or Latino may be of any race"));
    // O*NET's description is prose and is not carried over.
    assert!(!out.contains("WHAT DOES"));
}

#[test]
fn show_markdown_and_page_jobs() {
    let md = run(&["show", "electricians", "--format", "markdown"]);
    assert!(md.starts_with("# Electricians (SOC 47-2111"));
    assert!(md.contains("\n## Salary\n"));
    assert!(md.contains("_Source: BLS OEWS May 2025"));
    // A page job's source is its page.
    let out = run(&["show", "Lead Technician"]);
    assert!(out.starts_with("Lead Technician\n"));
    assert!(out.contains("Source: page \""), "{out}");
    assert!(out.contains("SKILLS (% of resumes)"));
}

/// Suppressed figures are n/a: OEWS publishes no annual wage for actors (footnote 4).
#[test]
fn suppressed_values_are_na_never_zero() {
    let p = json(&["show", "Actors", "--format", "json"]);
    assert_eq!(p["code"], "27-2011");
    assert!(p["overview"]["yearly_salary"].is_null());
    assert!(p["overview"]["hourly_rate"].as_f64().is_some());
    // A figure the source lacks is no row of `n/a` (never `$0`), and is named once.
    let out = run(&["show", "Actors"]);
    assert!(!out.contains("Yearly salary "), "{out}");
    assert!(!out.contains("$0"), "{out}");
    assert!(
        out.contains("Not in the official sources: yearly salary, job satisfaction,"),
        "{out}"
    );
}

#[test]
fn compare_real_and_page_jobs_says_where_each_section_comes_from() {
    let out = run(&["compare", "Registered Nurses", "Software Developers"]);
    assert!(out.contains("Yearly salary"));
    assert!(
        out.contains("+$46,680 (+46.0%)"),
        "148,100 - 101,420:\n{out}"
    );
    assert!(out.contains("Source: BLS OEWS May 2025 · national"));
    let mixed = run(&["compare", "Registered Nurses", "Lead Technician"]);
    assert!(mixed.contains("Source (A): BLS OEWS May 2025"), "{mixed}");
    assert!(mixed.contains("Source (B): page \""), "{mixed}");
    assert!(
        mixed.contains("A: importance 0-100, B: % of resumes"),
        "{mixed}"
    );

    let md = run(&[
        "compare",
        "Registered Nurses",
        "Software Developers",
        "--format",
        "markdown",
    ]);
    assert!(md.contains("_Source: BLS Employment Projections") || md.contains("_Source: BLS OEWS"));

    let c = json(&[
        "compare",
        "Registered Nurses",
        "Software Developers",
        "--format",
        "json",
    ]);
    assert_eq!(c["jobs"][0]["code"], "29-1141");
    assert_eq!(c["jobs"][1]["code"], "15-1252");
    assert_eq!(
        c["skills"]["scales"],
        serde_json::json!(["importance", "importance"])
    );
    assert!(
        c["sources"][0]["salary"]
            .as_str()
            .is_some_and(|s| s.contains("OEWS"))
    );
}

/// O*NET's alternate titles find occupations (Alternate Titles.xlsx: "RN" is 29-1141.00's short
/// title, "LPN" 29-2061.00's, "Coder" 29-2072.00's, "Sous Chef" 35-1011.00's); the title that
/// matched follows a tab. "Cook" names several occupations: the most common comes first,
/// Cooks, Restaurant (OEWS May 2024: 1,409,890 jobs, against 200,040 Chefs and Head Cooks).
#[test]
fn search_finds_an_occupation_by_any_of_its_titles() {
    for (query, first) in [
        ("rn", "Registered Nurses\tRN"),
        (
            "lpn",
            "Licensed Practical and Licensed Vocational Nurses\tLPN",
        ),
        ("coder", "Medical Records Specialists\tCoder"),
        ("sous chef", "Chefs and Head Cooks\tSous Chef"),
        ("cook", "Cooks, Restaurant"),
    ] {
        let out = run(&["search", query]);
        assert_eq!(out.lines().next(), Some(first), "{query}:\n{out}");
    }
    // A job's own name still comes first when it matches: no title needed.
    let out = run(&["search", "registered", "nurses"]);
    assert_eq!(out.lines().next(), Some("Registered Nurses"));
    // compare and show resolve a title the same way.
    let p = json(&["show", "lpn", "--format", "json"]);
    assert_eq!(p["code"], "29-2061");
    let c = json(&["compare", "rn", "lpn", "--format", "json"]);
    assert_eq!(of_jobs(&c, "code"), ["29-1141", "29-2061"]);
}

/// OEWS annual means: 29-1243 Pediatric Surgeons $502,050 (the highest), 29-1212 Cardiologists
/// $454,940; EP Table 1.2: 31-2021 Physical Therapist Assistants +22.0 %, the fastest growing
/// occupation whose typical entry education is an associate's degree.
#[test]
fn list_sorts_and_filters_by_the_official_figures() {
    let out = run(&["list", "--sort", "salary"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[..2],
        ["Pediatric Surgeons\t$502,050", "Cardiologists\t$454,940"]
    );
    // Jobs without the figure come last.
    assert!(
        lines.last().is_some_and(|l| l.ends_with("\tn/a")),
        "{:?}",
        lines.last()
    );

    let out = run(&[
        "list",
        "--sort",
        "growth",
        "--filter",
        "education=associate's degree",
    ]);
    assert_eq!(
        out.lines().next(),
        Some("Physical Therapist Assistants\t22.0%")
    );
    assert_eq!(
        out.lines().count(),
        48,
        "EP: 48 line items need an associate's degree"
    );

    let out = run(&["list", "--filter", "group=practitioners", "--sort", "jobs"]);
    assert_eq!(out.lines().next(), Some("Registered Nurses\t3,379,720"));

    let jobs = json(&[
        "list",
        "--filter",
        "group=practitioners",
        "--format",
        "json",
    ]);
    assert!(jobs.as_array().is_some_and(|a| {
        a.iter()
            .all(|j| j["major_group"] == "Healthcare Practitioners and Technical Occupations")
    }));

    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = careerscope(home.path())
        .args(["list", "--filter", "group=health"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("matches several: Healthcare Practitioners"),
        "{err}"
    );
}

/// OEWS state cells (areatype S, all industries): Texas (4800000) pays 29-1141 Registered
/// Nurses a $95,380 mean, $95,970 median, $67,120-$127,950; 15-1252 Software Developers
/// $136,450, $132,150, $82,600-$183,680. California pays Software Developers most: $186,770.
#[test]
fn pay_in_a_state_beside_the_national_figures() {
    let out = run(&[
        "compare",
        "--width",
        "400",
        "Registered Nurses",
        "Software Developers",
        "--area",
        "texas",
    ]);
    let block: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("PAY IN TEXAS"))
        .take(5)
        .collect();
    assert!(block[1].starts_with("Annual mean there"), "{out}");
    assert!(
        block[1].contains("$95,380") && block[1].contains("$136,450 ▲"),
        "{out}"
    );
    assert!(
        block[2].contains("$95,970") && block[2].contains("$132,150"),
        "{out}"
    );
    assert!(block[3].contains("$67,120 - $127,950") && block[3].contains("$82,600 - $183,680"));
    assert_eq!(block[4], "Source: BLS OEWS May 2025 · Texas");

    let c = json(&[
        "compare",
        "rn",
        "software developers",
        "--area",
        "Texas",
        "--format",
        "json",
    ]);
    assert_eq!(c["area"]["area"], "Texas");
    assert_eq!(
        c["top_states"][1][0],
        serde_json::json!(["California", 186_770])
    );

    let shown = run(&[
        "show",
        "software developers",
        "--area",
        "calif",
        "--format",
        "markdown",
    ]);
    assert!(shown.contains("## Pay in California"), "{shown}");
    assert!(
        shown.contains("| Annual mean there | $186,770 |"),
        "{shown}"
    );

    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = careerscope(home.path())
        .args(["show", "electricians", "--area", "new"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        // States come before metro areas (New Haven, CT also starts with "new").
        err.contains(
            "\"new\" matches several: New Hampshire · New Jersey · New Mexico · New York; \
             `careerscope areas` lists them all"
        ),
        "{err}"
    );
}

/// OEWS metro cells, San Jose-Sunnyvale-Santa Clara, CA (0041940): Registered Nurses $194,950
/// mean, $216,740 median; Software Developers $221,710, $213,110, $138,420-$289,150.
#[test]
fn pay_in_a_metro_area() {
    let out = run(&[
        "compare",
        "Registered Nurses",
        "Software Developers",
        "--area",
        "san jose",
    ]);
    assert!(
        out.contains("PAY IN SAN JOSE-SUNNYVALE-SANTA CLARA, CA\n"),
        "{out}"
    );
    let mean = out
        .lines()
        .find(|l| l.starts_with("Annual mean there"))
        .unwrap_or_default();
    assert!(
        mean.contains("$194,950") && mean.contains("$221,710 ▲"),
        "{out}"
    );
    let median = out
        .lines()
        .find(|l| l.starts_with("Annual median there"))
        .unwrap_or_default();
    assert!(
        median.contains("$216,740 ▲") && median.contains("$213,110"),
        "{out}"
    );
    assert!(out.contains("Source: BLS OEWS May 2025 · San Jose-Sunnyvale-Santa Clara, CA"));
}

/// Three and four jobs against the first. OEWS May 2025 annual means (checked in the OEWS
/// database): Registered Nurses $101,420, Software Developers $148,100, Electricians $71,490,
/// Cashiers $33,180; employment 3,379,720 / 1,687,890 / 757,220 / 3,089,410.
#[test]
fn compare_three_and_four_jobs_against_the_pinned_one() {
    let c = json(&[
        "compare",
        "Registered Nurses",
        "Software Developers",
        "Electricians",
        "Cashiers",
        "--format",
        "json",
    ]);
    assert_eq!(c["schema"], 2);
    assert_eq!(
        of_jobs(&c, "code"),
        ["29-1141", "15-1252", "47-2111", "41-2011"]
    );
    let salary = &c["sections"][0]["facts"][0];
    assert_eq!(salary["key"], "yearly_salary");
    assert_eq!(
        salary["values"],
        serde_json::json!([101420.0, 148100.0, 71490.0, 33180.0])
    );
    // Every difference is from the pinned job: 148,100 − 101,420 = +46,680 (+46.0%),
    // 71,490 − 101,420 = −29,930 (−29.5%), 33,180 − 101,420 = −68,240 (−67.3%).
    assert_eq!(
        salary["differences"],
        serde_json::json!([
            null,
            "+$46,680 (+46.0%)",
            "-$29,930 (-29.5%)",
            "-$68,240 (-67.3%)"
        ])
    );
    assert_eq!(salary["best"], 1);
    let jobs = &c["sections"][0]["facts"][3];
    assert_eq!(jobs["key"], "number_of_jobs");
    assert_eq!(jobs["best"], 0, "Registered Nurses have the most jobs");
    for key in ["duties", "related", "sources", "descriptions"] {
        assert_eq!(c[key].as_array().map(Vec::len), Some(4), "{key}");
    }

    // Wide enough for every row on one line (the layout at a width is tests/it/honest.rs's).
    let text = run(&[
        "compare",
        "Registered Nurses",
        "Software Developers",
        "Electricians",
        "--width",
        "400",
    ]);
    assert!(text.starts_with("Registered Nurses vs Software Developers vs Electricians\n"));
    assert!(text.contains("pinned: Registered Nurses"), "{text}");
    let salary_line = text
        .lines()
        .find(|l| l.starts_with("Yearly salary"))
        .unwrap_or_default();
    let cells: Vec<&str> = salary_line
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        cells,
        [
            "Yearly salary",
            "$101,420",
            "$148,100 ▲",
            "$71,490",
            "+$46,680 (+46.0%)",
            "-$29,930 (-29.5%)"
        ]
    );
    let md = run(&[
        "compare",
        "Registered Nurses",
        "Software Developers",
        "Electricians",
        "--format",
        "markdown",
    ]);
    assert!(md.contains(
        "| Yearly salary | $101,420 | **$148,100** ▲ | $71,490 | +$46,680 (+46.0%) | -$29,930 (-29.5%) |"
    ), "{md}");
    assert!(
        md.contains("| | Registered Nurses | Software Developers | Electricians | B − A | C − A |")
    );
}

/// docs/CLI.md's three-job `compare` example is what `compare` prints: every line shown (all but
/// the closing `...`) is a line of the real output, in order.
#[test]
fn readme_compare_example_is_what_compare_prints() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/CLI.md"))
        .expect("docs/CLI.md");
    let command =
        "$ careerscope compare \"Registered Nurses\" \"Software Developers\" Electricians\n";
    let start = readme.find(command).expect("the example is in docs/CLI.md") + command.len();
    let block = &readme[start..];
    let block = &block[..block.find("```").unwrap_or(block.len())];
    let out = run(&[
        "compare",
        "Registered Nurses",
        "Software Developers",
        "Electricians",
    ]);
    let shown: Vec<&str> = block.lines().filter(|l| *l != "...").collect();
    let printed: Vec<&str> = out.lines().take(shown.len()).collect();
    assert_eq!(shown, printed);
}

/// Compare says how alike each job is to the pinned one and what it needs more of: from a
/// registered nurse to a software developer the largest gap is Programming (O*NET importance
/// 15.5 → 75, on the 0–100 scale: a gap of 59.5).
#[test]
fn compare_gives_similarity_and_skill_gaps_against_the_pinned_job() {
    let c = json(&[
        "compare",
        "Registered Nurses",
        "Software Developers",
        "--format",
        "json",
    ]);
    assert_eq!(c["jobs"][0]["similarity"], serde_json::Value::Null);
    assert_eq!(c["jobs"][0]["skill_gaps"], serde_json::Value::Null);
    let similarity = c["jobs"][1]["similarity"].as_u64().expect("a similarity");
    assert!(similarity <= 100);
    let gap = &c["jobs"][1]["skill_gaps"][0];
    assert_eq!(gap["skill"], "Programming");
    assert_eq!(gap["kind"], "skill");
    assert_eq!(
        (gap["pinned"].as_f64(), gap["this"].as_f64()),
        (Some(15.5), Some(75.0))
    );
    assert_eq!(gap["gap"].as_f64(), Some(59.5));
    // The Overview's similarity row agrees with `jobs`.
    let facts = &c["sections"][0]["facts"];
    let row = facts
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["key"] == "similarity")
        .expect("a similarity row");
    assert_eq!(row["values"][1].as_f64(), Some(similarity as f64));
    assert_eq!(row["shown"][0], "pinned");
    // Nurse Practitioners are among the most alike to Registered Nurses: far more so.
    let np = json(&[
        "compare",
        "Registered Nurses",
        "Nurse Practitioners",
        "--format",
        "json",
    ]);
    assert!(np["jobs"][1]["similarity"].as_u64() > Some(similarity));
}

/// Years to become one is an estimate from BLS EP's categories, and says so with its basis:
/// Registered Nurses (Bachelor's degree, no experience, no training) ≈ 4 years; Electricians
/// (high school, apprenticeship) 3-5 years.
#[test]
fn years_to_become_one_is_labelled_an_estimate_with_its_basis() {
    let text = run(&[
        "compare",
        "Registered Nurses",
        "Electricians",
        "--width",
        "400",
    ]);
    let row = text
        .lines()
        .find(|l| l.starts_with("Years to become one"))
        .unwrap_or_default();
    assert!(
        row.contains("4 years (est.)") && row.contains("3-5 years (est.)"),
        "{row}"
    );
    assert!(
        text.contains("(est.) Years to become one is an estimate from BLS Employment Projections")
            && text.contains("A Bachelor's degree + none + none")
            && text.contains("B High school diploma or equivalent + none + apprenticeship"),
        "{text}"
    );
}

/// `similar`: the jobs most like Cashiers that pay more, every one above Cashiers' OEWS May 2025
/// annual mean of $33,180, with the keys DESIGN.md names; a page job is refused.
#[test]
fn similar_lists_career_moves_that_pay_more() {
    let rows = json(&[
        "similar",
        "Cashiers",
        "--pays-more",
        "--limit",
        "20",
        "--format",
        "json",
    ]);
    let rows = rows.as_array().cloned().unwrap_or_default();
    assert!(rows.len() >= 10, "{} rows", rows.len());
    let mut last = 101;
    for r in &rows {
        for key in [
            "name",
            "code",
            "similarity",
            "yearly_salary",
            "pay_difference",
            "growth_rate_pct",
            "typical_entry_education",
            "years_to_become",
            "skill_gaps",
        ] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
        let s = r["similarity"].as_u64().unwrap_or(999);
        assert!(s <= 100 && s <= last, "most similar first: {r}");
        last = s;
        assert!(r["yearly_salary"].as_u64() > Some(33_180), "{r}");
        assert_eq!(
            r["pay_difference"].as_i64(),
            r["yearly_salary"].as_i64().map(|p| p - 33_180)
        );
        assert!(r["skill_gaps"].as_array().is_some_and(|g| g.len() <= 3));
        assert_ne!(r["code"], "41-2011", "not itself");
    }
    // In an area, pay is the area's annual mean and each row names the area.
    let ohio = json(&[
        "similar",
        "Registered Nurses",
        "--area",
        "Ohio",
        "--format",
        "json",
    ]);
    assert!(
        ohio.as_array()
            .is_some_and(|r| !r.is_empty() && r.iter().all(|r| r["area"] == "Ohio"))
    );
    let text = run(&["similar", "Registered Nurses", "--limit", "3"]);
    assert!(
        text.starts_with("Jobs most like Registered Nurses (SOC 29-1141)"),
        "{text}"
    );
    assert_eq!(
        text.lines().filter(|l| l.contains("$")).count(),
        3,
        "{text}"
    );
    let home = tempfile::tempdir().expect("a temporary directory");
    let out = careerscope(home.path())
        .args(["similar", "Lead Technician"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("page job"));
}

/// Every command of the README's "Five things to try" that needs no terminal runs and prints
/// something (the explorer's `--jobs` line is the tmux tests').
#[test]
fn readme_things_to_try_run() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let start = readme.find("## Five things to try").expect("the section");
    let block = &readme[start..];
    let block = &block[block.find("```sh\n").expect("a block") + 6..];
    let block = &block[..block.find("```").expect("its end")];
    let mut ran = 0;
    for line in block.lines() {
        let command = line.split('#').next().unwrap_or_default().trim();
        let Some(rest) = command.strip_prefix("careerscope ") else {
            continue;
        };
        if rest.starts_with("--jobs") {
            continue;
        }
        // Split like a shell: quoted words stay whole.
        let args: Vec<String> = rest
            .split('"')
            .enumerate()
            .flat_map(|(i, part)| {
                if i % 2 == 1 {
                    vec![part.to_string()]
                } else {
                    part.split_whitespace().map(String::from).collect()
                }
            })
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&args);
        assert!(!out.trim().is_empty(), "{command} printed nothing");
        ran += 1;
    }
    assert_eq!(ran, 4, "the four commands without a terminal ran");
}

/// A SOC code names its job as surely as its name (OEWS: 15-1252 is Software Developers,
/// 29-1141 Registered Nurses); a code no job has is an error saying so, not a guess.
#[test]
fn a_soc_code_names_its_job() {
    let p = json(&["show", "15-1252", "--format", "json"]);
    assert_eq!(p["name"], "Software Developers");
    let c = json(&["compare", "29-1141.00", "15-1252", "--format", "json"]);
    assert_eq!(
        of_jobs(&c, "name"),
        ["Registered Nurses", "Software Developers"]
    );
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = careerscope(home.path())
        .args(["show", "99-9999"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no job has the SOC code 99-9999"), "{err}");
}
