//! The builder against the official files in `data/sources/` and against missing, broken or
//! changed ones.

use std::path::{Path, PathBuf};

use std::sync::OnceLock;

use careerscope_builder::{FILES, Occupation, build, read_unverified, to_asset};
use careerscope_model::asset;

/// The official files, in the repository: the builder's tests always run against them.
fn sources() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/sources")
}

/// One build shared by the tests that only read it.
fn built() -> &'static [Occupation] {
    static BUILT: OnceLock<Vec<Occupation>> = OnceLock::new();
    BUILT.get_or_init(|| careerscope_builder::assemble::profiles(inputs()))
}

/// The sources read once, for the tests that need more than the profiles.
fn inputs() -> &'static careerscope_builder::assemble::Inputs {
    static READ: OnceLock<careerscope_builder::assemble::Inputs> = OnceLock::new();
    READ.get_or_init(|| {
        careerscope_builder::read(&sources())
            .unwrap_or_else(|e| panic!("the sources in data/sources: {e}"))
    })
}

fn committed(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../assets")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Same inputs, same bytes; the committed assets are what these inputs give; and decoding the
/// committed assets gives back every profile and every metro row, value for value.
#[test]
fn the_asset_is_reproducible_and_up_to_date() {
    let dir = sources();
    let built = built();
    let first = to_asset(built);
    let again = build(&dir).expect("build");
    assert!(
        first == to_asset(&again),
        "two builds from the same files differ"
    );
    assert!(
        first == committed("occupations.bin"),
        "assets/occupations.bin is not what the sources give: regenerate it (docs/DATA.md)"
    );
    let decoded = asset::profiles_from_asset(&committed("occupations.bin")).expect("decode");
    assert_eq!(decoded.len(), built.len());
    for (back, want) in decoded.iter().zip(built) {
        assert!(
            back == &want.profile,
            "{} does not come back whole",
            want.name
        );
    }

    let employment = &inputs().oews.metro_employment;
    let metros = careerscope_builder::metros_asset(built, employment);
    assert!(metros == careerscope_builder::metros_asset(&again, employment));
    assert!(
        metros == committed("metros.bin"),
        "assets/metros.bin is not what the sources give: regenerate it"
    );
    let committed_metros = committed("metros.bin");
    let opened = asset::Metros::open(&committed_metros).expect("metros");
    for p in built {
        let code = p.code.as_deref().unwrap_or_default();
        assert_eq!(opened.pay(code).as_ref(), Ok(&p.metros), "{code}");
    }
}

/// Values read by hand from the official files (MANIFEST.md and the files themselves).
#[test]
fn known_values_from_the_official_files() {
    let profiles = built();
    assert_eq!(
        profiles.len(),
        830,
        "OEWS May 2025 has 830 detailed occupations"
    );
    let by_code = |code: &str| {
        profiles
            .iter()
            .find(|p| p.code.as_deref() == Some(code))
            .unwrap_or_else(|| panic!("{code} missing"))
    };

    // The builder fills these sections of every occupation.
    let overview = |p: &Occupation| p.overview.clone().expect("overview");
    let salary = |p: &Occupation| p.salary.clone().expect("salary");
    let education = |p: &Occupation| p.education.clone().expect("education");
    let source_of = |p: &Occupation| p.sources.clone().expect("sources");

    let dev = by_code("15-1252");
    assert_eq!(dev.name, "Software Developers");
    assert_eq!(overview(dev).number_of_jobs, Some(1_687_890));
    assert_eq!(overview(dev).yearly_salary, Some(148_100));
    assert_eq!(overview(dev).hourly_rate, Some(71.20));
    assert_eq!(salary(dev).median, Some(135_980));
    let range = salary(dev).range.expect("range");
    assert_eq!((range.min, range.max), (82_460, 214_670));
    assert_eq!(overview(dev).growth_rate_pct, Some(15.8));
    assert_eq!(
        education(dev).typical_entry_education.as_deref(),
        Some("Bachelor's degree")
    );
    assert_eq!(
        salary(dev).highest_paying_state.as_deref(),
        Some("California")
    );
    // O*NET 29.3 has no Skills ratings for 15-1252.00; the newer release does.
    let skills = source_of(dev).skills.expect("skills source");
    assert!(skills.starts_with("O*NET 30"), "{skills}");
    // ...and no education ratings in either, so the degree is unknown, not guessed.
    assert_eq!(overview(dev).most_common_degree, None);

    let rn = by_code("29-1141");
    assert_eq!(rn.name, "Registered Nurses");
    // Table 1.2: 189.1 thousand openings a year; Interests.xlsx 29-1141.00: OI 3.66, 4.82,
    // 1.31, 5.62, 2.28, 4.58 and high points 4, 2, 6 (Social, Investigative, Conventional).
    assert_eq!(overview(rn).openings_per_year, Some(189_100));
    let interests = rn
        .interests
        .as_ref()
        .expect("O*NET rates nurses' interests");
    assert_eq!(interests.code, "SIC");
    assert_eq!(interests.scores.social, 5.62);
    assert_eq!(interests.scores.realistic, 3.66);
    assert!(!interests.estimate);
    let years = rn.years_to_become.as_ref().expect("EP has nurses");
    assert_eq!((years.min, years.max, years.estimate), (4, 4, true));
    assert_eq!(
        years.basis.map(|b| b.to_string()).as_deref(),
        Some("Bachelor's degree + none + none")
    );
    // Knowledge.xlsx 29-1141.00: Psychology IM 4.58 → (4.58 − 1) × 25 = 89.5, the highest.
    let knowledge = rn.knowledge.as_ref().expect("knowledge");
    assert_eq!(
        (knowledge[0].name.as_str(), knowledge[0].pct),
        ("Psychology", 89.5)
    );
    // Electricians: high school and an apprenticeship, 3–5 years; 81.0 thousand openings.
    let electricians = by_code("47-2111");
    assert_eq!(overview(electricians).openings_per_year, Some(81_000));
    let years = electricians.years_to_become.as_ref().expect("EP");
    assert_eq!((years.min, years.max), (3, 5));
    // Counselors, All Other: no O*NET occupation under 21-1019 is rated, so the interests are
    // an estimate from 21-1011..21-1015, and say so.
    let other = by_code("21-1019").interests.as_ref().expect("estimate");
    assert!(other.estimate);
    assert!(
        source_of(by_code("21-1019"))
            .interests
            .as_deref()
            .is_some_and(|s| s.contains("estimate"))
    );
    assert_eq!(overview(rn).growth_rate_pct, Some(4.9));
    let d = rn.demographics.as_ref().expect("CPS has registered nurses");
    let pct = |list: &Option<Vec<careerscope_model::Share>>, label: &str| {
        list.iter()
            .flatten()
            .find(|s| s.label == label)
            .map(|s| s.pct)
    };
    assert_eq!(pct(&d.gender, "Female"), Some(87.9));
    assert_eq!(pct(&d.race, "White"), Some(73.6));
    assert_eq!(pct(&d.race, "Black or African American"), Some(14.5));
    assert_eq!(pct(&d.race, "Asian"), Some(8.9));
    assert_eq!(pct(&d.race, "Hispanic or Latino"), Some(8.1));

    // OEWS publishes no annual wage for actors (hourly only, footnote 4): n/a, never 0.
    let actors = by_code("27-2011");
    assert_eq!(overview(actors).yearly_salary, None);
    assert!(overview(actors).hourly_rate.is_some());

    // Alternate Titles.xlsx: "Registered Nurse (RN)" with short title "RN"; "Licensed Practical
    // Nurse (LPN)", "LPN"; Chefs and Head Cooks' "Sous Chef"; Medical Records Specialists' "Coder".
    let has_title = |code: &str, title: &str| {
        by_code(code)
            .alternate_titles
            .iter()
            .flatten()
            .any(|t| t == title)
    };
    assert!(has_title("29-1141", "RN"));
    assert!(has_title("29-1141", "Registered Nurse (RN)"));
    assert!(
        has_title("29-1141", "Critical Care Nurses"),
        "an O*NET occupation it covers"
    );
    assert!(has_title("29-2061", "LPN"));
    assert!(has_title("35-1011", "Sous Chef"));
    assert!(has_title("29-2072", "Coder"));
    // What the search weighs each title by: its Source(s) in Alternate Titles.xlsx ("Trucker":
    // 02,04,06 for 53-3032.00, 04,06 for 53-7062.00; "Customer Service Representative (CSR)":
    // 02,08,09,10), 1 for an O*NET occupation's own title; a reported title 2 when "Shown in
    // My Next Move" is Y (Waiters' "Server"), else 1 (Veterinarians' "Veterinary Surgeon (Vet
    // Surgeon)").
    let weight = |code: &str, reported: bool, title: &str| {
        let o = by_code(code);
        let (titles, weights) = if reported {
            (&o.reported_titles, &o.title_weights.reported)
        } else {
            (&o.alternate_titles, &o.title_weights.alternate)
        };
        let at = titles.iter().flatten().position(|t| t == title);
        at.and_then(|i| weights.get(i).copied())
    };
    assert_eq!(weight("53-3032", false, "Trucker"), Some(3));
    assert_eq!(weight("53-7062", false, "Trucker"), Some(2));
    assert_eq!(
        weight("43-4051", false, "Customer Service Representative (CSR)"),
        Some(4)
    );
    assert_eq!(weight("29-1141", false, "Critical Care Nurses"), Some(1));
    assert_eq!(weight("35-3031", true, "Server"), Some(2));
    assert_eq!(
        weight("29-1131", true, "Veterinary Surgeon (Vet Surgeon)"),
        Some(1)
    );
    // Related Occupations.xlsx, 29-1141.00, primary tiers in index order: 29-1141.04 (itself),
    // 29-1171.00 Nurse Practitioners, ..., 29-2061.00; 29-1161.00 first of Primary-Long.
    let related: Vec<&str> = rn
        .related
        .iter()
        .flatten()
        .map(|r| r.code.as_str())
        .collect();
    assert_eq!(
        related,
        [
            "29-1171", "29-2061", "29-1161", "31-1131", "29-1071", "29-1151"
        ]
    );

    // Buyers and Purchasing Agents (13-1020) combine three O*NET occupations.
    assert!(
        source_of(by_code("13-1020"))
            .education
            .is_some_and(|e| e.contains("13-1021.00, 13-1022.00, 13-1023.00"))
    );
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(
        sources().join("MANIFEST.md"),
        dir.path().join("MANIFEST.md"),
    )
    .expect("copy");
    let err = build(dir.path()).expect_err("no sources").to_string();
    assert!(err.contains("oews-2025.sqlite.gz: cannot read it"), "{err}");
    assert!(err.contains("No such file"), "{err}");
    assert!(
        err.contains("expected one of the official source files listed in MANIFEST.md"),
        "{err}"
    );
}

#[test]
fn a_broken_file_is_named_with_what_was_expected() {
    let dir = tempfile::tempdir().expect("tempdir");
    for f in FILES {
        let path = dir.path().join(f);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, b"not a spreadsheet").expect("write");
    }
    let err = read_unverified(dir.path())
        .err()
        .expect("garbage files")
        .to_string();
    assert!(err.contains("oews-2025.sqlite.gz"), "{err}");
    assert!(
        err.contains("expected the gzip-compressed OEWS SQLite database"),
        "{err}"
    );

    // A good OEWS file moves the error on to the next broken file.
    std::fs::copy(sources().join(FILES[0]), dir.path().join(FILES[0])).expect("copy");
    let err = read_unverified(dir.path())
        .err()
        .expect("garbage xlsx")
        .to_string();
    assert!(err.contains("occupation.xlsx"), "{err}");
    assert!(err.contains("Employment Projections"), "{err}");

    // Checked against the manifest, the broken files are refused before any is read.
    let err = build(dir.path()).expect_err("no manifest").to_string();
    assert!(err.contains("MANIFEST.md: cannot read it"), "{err}");
    std::fs::copy(
        sources().join("MANIFEST.md"),
        dir.path().join("MANIFEST.md"),
    )
    .expect("copy");
    let err = build(dir.path()).expect_err("changed files").to_string();
    assert!(
        err.contains("bls-ep-2024-34/occupation.xlsx: sha256: expected 05103e67"),
        "{err}"
    );
}

/// `careerscope-builder --check` against the committed assets, and against a copy with one
/// figure changed, which it names by occupation and field.
#[test]
fn check_compares_the_assets_with_the_sources() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let run = |extra: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_careerscope-builder"))
            .current_dir(&repo)
            .arg("--check")
            .args(extra)
            .output()
            .expect("run the builder")
    };
    let same = run(&[]);
    assert!(
        same.status.success(),
        "{}",
        String::from_utf8_lossy(&same.stderr)
    );
    assert!(
        String::from_utf8_lossy(&same.stdout)
            .contains("the assets are what data/sources gives (830 occupations)")
    );

    // OEWS May 2025, cell OEUN0000000000000291141: annual median 97,550.
    let mut changed = built().to_vec();
    let rn = changed
        .iter_mut()
        .find(|p| p.code.as_deref() == Some("29-1141"))
        .expect("29-1141");
    let salary = rn.profile.salary.as_mut().expect("salary");
    salary.median = salary.median.map(|m| m + 1);
    let dir = tempfile::tempdir().expect("tempdir");
    let stale = dir.path().join("occupations.bin");
    std::fs::write(&stale, to_asset(&changed)).expect("write");
    let differs = run(&["--out".as_ref(), stale.as_os_str()]);
    assert_eq!(differs.status.code(), Some(1));
    let err = String::from_utf8_lossy(&differs.stderr);
    assert!(
        err.contains("occupations.bin: Registered Nurses (29-1141): salary.median is 97551, the sources give 97550"),
        "{err}"
    );
}

/// docs/DATA.md's coverage table is the one the sources give.
#[test]
fn the_data_doc_has_the_coverage_table() {
    let profiles = built();
    let doc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/DATA.md");
    let doc = std::fs::read_to_string(&doc).expect("docs/DATA.md");
    let table = careerscope_builder::coverage(profiles);
    assert!(
        doc.contains(&table),
        "docs/DATA.md's coverage table differs from:\n{table}"
    );
}
