//! The `careerscope` binary: every command, `--data`, and every error path with its exit status.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

const PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/pages");

fn seed(name: &str) -> PathBuf {
    Path::new(PAGES).join(name)
}

const PROJECT_PAGE: &str = "lead-technician-vs-technical-project-manager.txt";
const MANAGER_PAGE: &str = "technical-manager-vs-lead-technician.txt";

/// The binary with a private, empty data folder, so tests never touch a real library.
fn careerscope(data_home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("careerscope").unwrap_or_else(|e| panic!("{e}"));
    cmd.env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .env_remove("NO_COLOR");
    cmd
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn library(data_home: &Path) -> PathBuf {
    data_home.join("careerscope").join("library.json")
}

/// A seed page with its two jobs renamed, as another real page would be.
fn renamed_page(dir: &Path, a: &str, b: &str) -> PathBuf {
    let text = std::fs::read_to_string(seed(PROJECT_PAGE)).unwrap_or_default();
    let text = text
        .replace("Lead Technician", a)
        .replace("lead technician", &a.to_lowercase())
        .replace("Lead technician", a)
        .replace("Technical Project Manager", b)
        .replace("Technical project manager", b)
        .replace("technical project manager", &b.to_lowercase());
    let path = dir.join(format!("{a}-vs-{b}.txt"));
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path
}

#[test]
fn parse_prints_one_object_or_an_array() {
    let home = tmp();
    let one: serde_json::Value = serde_json::from_str(&stdout_of(
        careerscope(home.path())
            .arg("parse")
            .arg(seed(PROJECT_PAGE)),
    ))
    .unwrap_or_default();
    assert_eq!(one["title"], "Lead technician vs technical project manager");
    assert_eq!(one["jobs"][1]["name"], "Technical Project Manager");
    assert_eq!(one["jobs"][1]["overview"]["job_satisfaction"], 1);
    assert_eq!(
        one["jobs"][0]["overview"]["job_satisfaction"],
        serde_json::Value::Null
    );
    assert_eq!(one["jobs"][0]["overview"]["hourly_rate"], 43.56);
    assert_eq!(one["jobs"][0]["years_to_become"]["unit"], "years");
    assert_eq!(one["warnings"], serde_json::json!([]));

    let two: serde_json::Value = serde_json::from_str(&stdout_of(
        careerscope(home.path())
            .arg("parse")
            .arg(seed(PROJECT_PAGE))
            .arg(seed(MANAGER_PAGE)),
    ))
    .unwrap_or_default();
    assert_eq!(two.as_array().map(Vec::len), Some(2));
    assert_eq!(two[1]["category"], "arts, entertainment, sports, and media");
    assert!(!library(home.path()).exists(), "parse stores nothing");
}

#[test]
fn parse_reads_standard_input() {
    let home = tmp();
    let page = std::fs::read(seed(MANAGER_PAGE)).unwrap_or_default();
    let out = stdout_of(
        careerscope(home.path())
            .args(["parse", "-"])
            .write_stdin(page),
    );
    assert!(out.contains("\"A.T. Kearney\""), "{out}");
}

/// The six page jobs of the built-in pages.
const PAGE_JOBS: [&str; 6] = [
    "Information Technology/Support Technician",
    "Lead Technician",
    "Technical Manager",
    "Technical Product Manager",
    "Technical Project Manager",
    "Technical Specialist",
];

#[test]
fn list_prints_the_real_occupations_and_the_six_page_jobs() {
    let home = tmp();
    let out = stdout_of(careerscope(home.path()).arg("list"));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        830 + 6,
        "OEWS May 2025's 830 occupations and 6 page jobs"
    );
    for name in
        PAGE_JOBS
            .iter()
            .chain(&["Registered Nurses", "Software Developers", "Electricians"])
    {
        assert!(lines.contains(name), "{name} missing");
    }
    assert!(lines.is_sorted_by(|a, b| a.to_lowercase() <= b.to_lowercase()));

    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        careerscope(home.path()).args(["list", "--format", "json"]),
    ))
    .unwrap_or_default();
    let jobs = json.as_array().cloned().unwrap_or_default();
    assert_eq!(jobs.len(), 836);
    let job = |name: &str| jobs.iter().find(|j| j["name"] == name).cloned();
    let lead = job("Lead Technician").unwrap_or_default();
    assert_eq!(lead["salary"]["best_paying_company"], "Meta");
    assert!(lead.get("code").is_none(), "page jobs have no SOC code");
    assert_eq!(job("Electricians").unwrap_or_default()["code"], "47-2111");
}

#[test]
fn search_ranks_and_requires_every_word() {
    let home = tmp();
    // The page jobs alone, so that the ranking is the pages' own.
    let pages = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/careers.json");
    let search = |words: &[&str]| {
        stdout_of(
            careerscope(home.path())
                .arg("--data")
                .arg(&pages)
                .arg("search")
                .args(words),
        )
    };
    assert_eq!(search(&["tech", "proj"]), "Technical Project Manager\n");
    let out = search(&["manager"]);
    assert_eq!(out.lines().count(), 3);
    assert_eq!(out.lines().next(), Some("Technical Manager"));
    // The default dataset has the real occupations too.
    let out = stdout_of(careerscope(home.path()).args(["search", "registered", "nurse"]));
    assert_eq!(out.lines().next(), Some("Registered Nurses"));
}

/// A dataset file's jobs are found by their other names too, as the built-in ones are: an
/// alternate title, a title its holders report, an everyday name; the one that matched is
/// shown after a tab.
#[test]
fn search_in_a_dataset_file_finds_its_jobs_by_their_titles() {
    let home = tmp();
    let file = home.path().join("jobs.json");
    std::fs::write(
        &file,
        r#"{"schema": 1, "jobs": [
            {"name": "Rocket Technicians", "reported_titles": ["Star Mechanic"],
             "everyday_names": ["fixes spaceships"]},
            {"name": "Spaceship Designers", "alternate_titles": ["Hull Architect"]},
            {"name": "Broken Titles", "alternate_titles": 5}
        ]}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let search = |query: &str| {
        careerscope(home.path())
            .arg("--data")
            .arg(&file)
            .args(["search", query])
            .output()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let out = search("spaceship");
    // A job whose titles are not a list is a clear error naming it, not a silent skip.
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("job \"Broken Titles\" is not a valid profile: invalid type: integer `5`"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    std::fs::write(
        &file,
        text.replace(r#""alternate_titles": 5"#, r#""alternate_titles": null"#),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let first = |query: &str| {
        let out = search(query);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        first("someone who fixes spaceships"),
        "Rocket Technicians\tfixes spaceships"
    );
    assert_eq!(first("star mechanic"), "Rocket Technicians\tStar Mechanic");
    assert_eq!(
        first("hull architect"),
        "Spaceship Designers\tHull Architect"
    );
}

/// Like grep and `fzf --filter`: no match is exit 1, with nothing on either stream.
#[test]
fn search_without_a_match_exits_1_and_prints_nothing() {
    let home = tmp();
    careerscope(home.path())
        .args(["search", "zzzzqx"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("");
    // A match is still exit 0.
    careerscope(home.path())
        .args(["search", "nurse"])
        .assert()
        .code(0);
}

/// `--timings` says where the time went on standard error and changes nothing on standard output.
#[test]
fn search_timings_go_to_standard_error() {
    let home = tmp();
    let plain = stdout_of(careerscope(home.path()).args(["search", "nurse"]));
    let out = careerscope(home.path())
        .args(["search", "--timings", "nurse"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(String::from_utf8_lossy(&out.stdout), plain);
    let err = String::from_utf8_lossy(&out.stderr);
    let laps: Vec<&str> = err.lines().collect();
    assert_eq!(laps.len(), 4, "{err}");
    for (lap, what) in laps
        .iter()
        .zip(["read the names", "index them", "match and order", "print"])
    {
        assert!(
            lap.starts_with(&format!("careerscope: {what}: ")) && lap.ends_with(" ms"),
            "{lap}"
        );
    }
}

fn help_of(args: &[&str]) -> String {
    let home = tmp();
    stdout_of(careerscope(home.path()).args(args).arg("--help"))
}

/// `parse` stores nothing and reads no dataset: its help offers no `--data`, and its example
/// names a page that exists.
#[test]
fn parse_help_offers_no_data_and_names_a_real_page() {
    let help = help_of(&["parse"]);
    assert!(!help.contains("--data"), "{help}");
    let example = help
        .lines()
        .find_map(|l| l.strip_prefix("Example: careerscope parse "))
        .unwrap_or_else(|| panic!("no example in {help}"));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(example.trim());
    assert!(path.is_file(), "{} does not exist", path.display());
    // And it parses.
    let home = tmp();
    stdout_of(careerscope(home.path()).arg("parse").arg(&path));
    // --data is refused there, after the command (usage) or before it (user error).
    careerscope(home.path())
        .args(["parse", "--data", "x.json"])
        .arg(&path)
        .assert()
        .code(2);
    careerscope(home.path())
        .args(["--data", "x.json", "parse"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--data has no use"));
}

/// docs/CLI.md's clipboard command (`-o` alone reads PRIMARY, not what was copied), and
/// `import --data` described as what it is: the file written into.
#[test]
fn import_help_reads_the_clipboard_and_says_data_is_written() {
    let help = help_of(&["import"]);
    assert!(
        help.contains("xclip -selection clipboard -o | careerscope import -"),
        "{help}"
    );
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/CLI.md"))
        .unwrap_or_default();
    assert!(doc.contains("xclip -selection clipboard -o"));
    let data = help
        .lines()
        .find(|l| l.contains("--data <FILE>"))
        .unwrap_or_else(|| panic!("no --data in {help}"));
    assert!(data.contains("Write into this dataset file"), "{data}");
    assert!(!help.contains("instead of the default dataset"), "{help}");
}

/// One flag style: `list --format text|json` like compare and show; `--json` still works.
#[test]
fn list_takes_format_like_the_other_commands() {
    let home = tmp();
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/careers.json");
    let list = |args: &[&str]| {
        stdout_of(
            careerscope(home.path())
                .arg("list")
                .args(args)
                .arg("--data")
                .arg(&pages),
        )
    };
    let json: serde_json::Value =
        serde_json::from_str(&list(&["--format", "json"])).unwrap_or_default();
    assert_eq!(json.as_array().map(Vec::len), Some(6), "{json}");
    assert_eq!(json[0]["name"], "Information Technology/Support Technician");
    assert_eq!(list(&["--format", "json"]), list(&["--json"]));
    assert_eq!(list(&["--format", "text"]), list(&[]));
    assert_eq!(list(&[]).lines().count(), 6);
    let help = help_of(&["list"]);
    assert!(help.contains("--format <FORMAT>"), "{help}");
    careerscope(home.path())
        .args(["list", "--format", "markdown"])
        .assert()
        .code(2);
}

/// BLS EP Table 1.2's typical entry education: 326 occupations need a high school diploma,
/// 51 a postsecondary nondegree award. The same key twice means either (377), different keys
/// both.
#[test]
fn repeated_filters_of_one_key_mean_either() {
    let home = tmp();
    let list = |args: &[&str]| {
        let mut cmd = careerscope(home.path());
        cmd.arg("list");
        for a in args {
            cmd.args(["--filter", a]);
        }
        stdout_of(&mut cmd)
            .lines()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let school = list(&["education=High school diploma or equivalent"]);
    let award = list(&["education=Postsecondary nondegree award"]);
    assert_eq!((school.len(), award.len()), (326, 51));
    let either = list(&[
        "education=High school diploma or equivalent",
        "education=Postsecondary nondegree award",
    ]);
    assert_eq!(either.len(), 377);
    assert!(
        either
            .iter()
            .all(|j| school.contains(j) || award.contains(j))
    );
    let healthcare = list(&["group=Healthcare Support"]);
    let both = list(&[
        "education=Postsecondary nondegree award",
        "group=Healthcare Support",
    ]);
    assert!(!both.is_empty());
    assert!(both.len() < award.len().min(healthcare.len()));
    assert!(
        both.iter()
            .all(|j| award.contains(j) && healthcare.contains(j))
    );
}

#[test]
fn compare_text_shows_values_and_differences() {
    let home = tmp();
    let out = careerscope(home.path())
        .args(["compare", "lead technician", "technical manager"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let salary = text
        .lines()
        .find(|l| l.starts_with("Yearly salary"))
        .unwrap_or_default();
    assert!(
        salary.contains("$90,615") && salary.contains("$116,619 ▲"),
        "{salary}"
    );
    assert!(salary.ends_with("+$26,004 (+28.7%)"), "{salary}");
    assert!(
        text.contains("Shared skills: Java, Architecture, Customer Service"),
        "{text}"
    );
    assert!(out.stderr.is_empty(), "exact names are not announced");
}

/// The text report has what markdown and JSON have: each job's description and duties (as the
/// pages word them), then their source.
#[test]
fn compare_text_has_descriptions_and_duties() {
    let home = tmp();
    // Wide enough for every line (the description too) whole: this is about what is said,
    // not the layout.
    let text = stdout_of(careerscope(home.path()).args([
        "compare",
        "lead technician",
        "technical manager",
        "--width",
        "5000",
    ]));
    let after = |heading: &str| -> Vec<&str> {
        text.lines()
            .skip_while(|l| *l != heading)
            .skip(1)
            .take_while(|l| !l.is_empty())
            .collect()
    };
    let lead = after("WHAT DOES A LEAD TECHNICIAN DO?");
    assert!(
        lead.first().is_some_and(|l| l.starts_with(
            "Lead technicians are technicians who oversee the technical needs of a specific project"
        )),
        "{text}"
    );
    assert_eq!(lead.iter().filter(|l| l.starts_with("- ")).count(), 6);
    assert_eq!(
        lead.get(6),
        Some(
            &"- Configure and manage JGroup multicasting communication for apache tomcat web servers."
        )
    );
    let manager = after("WHAT DOES A TECHNICAL MANAGER DO?");
    assert!(
        manager.first().is_some_and(|l| l.starts_with(
            "A technical manager is responsible for maintaining the company's information systems database"
        )),
        "{text}"
    );
    assert_eq!(
        manager.get(6),
        Some(
            &"- Optimize chemical formulas, manage chemical supply chain, troubleshoot laboratory and plant implementation."
        )
    );
    assert_eq!(
        manager.get(7),
        Some(&"Source (A): page \"Technical specialist vs lead technician\" and 4 more")
    );
    // A real occupation has no prose: its major group, then its O*NET activities.
    let text =
        stdout_of(careerscope(home.path()).args(["compare", "registered nurses", "electricians"]));
    let nurses: Vec<&str> = text
        .lines()
        .skip_while(|l| *l != "ABOUT REGISTERED NURSES (SOC 29-1141)")
        .skip(1)
        .take(2)
        .collect();
    assert_eq!(
        nurses,
        [
            "Major group: Healthcare Practitioners and Technical Occupations",
            "- Design public or employee health programs."
        ]
    );
}

#[test]
fn compare_resolves_fuzzy_names_and_says_so() {
    let home = tmp();
    careerscope(home.path())
        .args(["compare", "lead tech", "tech proj", "--format", "markdown"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "\"tech proj\" matched Technical Project Manager",
        ))
        .stdout(predicate::str::contains(
            "| Yearly salary | $90,615 | **$108,205** ▲ | +$17,590 (+19.4%) |",
        ));
}

#[test]
fn compare_json_holds_the_facts() {
    let home = tmp();
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(careerscope(home.path()).args([
            "compare",
            "Technical Specialist",
            "Lead Technician",
            "--format",
            "json",
        ])))
        .unwrap_or_default();
    assert_eq!(json["schema"], 2);
    assert_eq!(json["jobs"][0]["name"], "Technical Specialist");
    assert_eq!(json["jobs"][1]["name"], "Lead Technician");
    let overview = &json["sections"][0];
    assert_eq!(overview["name"], "overview");
    let salary = &overview["facts"][0];
    assert_eq!(salary["key"], "yearly_salary");
    assert_eq!(salary["values"], serde_json::json!([88773.0, 90615.0]));
    assert_eq!(salary["shown"], serde_json::json!(["$88,773", "$90,615"]));
    assert_eq!(
        salary["differences"],
        serde_json::json!([null, "+$1,842 (+2.1%)"])
    );
    assert_eq!(salary["best"], 1);
    assert_eq!(
        json["skills"]["shared"],
        serde_json::json!(["Customer Service"])
    );
}

/// The JSON facts of a comparison by label, from its first section that has the label.
fn facts_by_label(json: &serde_json::Value) -> Vec<(String, serde_json::Value)> {
    json["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["facts"].as_array().into_iter().flatten())
        .map(|f| {
            (
                f["label"].as_str().unwrap_or_default().to_string(),
                f.clone(),
            )
        })
        .collect()
}

fn compare_json(home: &std::path::Path, a: &str, b: &str) -> Vec<(String, serde_json::Value)> {
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        careerscope(home).args(["compare", a, b, "--format", "json"]),
    ))
    .unwrap_or_default();
    facts_by_label(&json)
}

fn fact<'a>(facts: &'a [(String, serde_json::Value)], label: &str) -> &'a serde_json::Value {
    &facts
        .iter()
        .find(|(l, _)| l == label)
        .unwrap_or_else(|| panic!("no fact {label:?}"))
        .1
}

/// Values from the page "Lead technician vs technical product manager": growth 10% and 10%,
/// degree 50% and 69%, 1-2 and 8-10 years to become one, race shares 10.4% and 3.0% (Black or
/// African American) and 53.6% and 74.6% (White).
#[test]
fn compare_json_says_same_only_for_equal_values_and_compares_ranges_by_both_bounds() {
    let home = tmp();
    let facts = compare_json(home.path(), "Lead Technician", "Technical Product Manager");
    let growth = fact(&facts, "Growth rate");
    assert_eq!(growth["differences"][1], "same");
    assert_eq!(growth["same"], true);
    let degree = fact(&facts, "Most common degree");
    assert_eq!(degree["shown"][0], "Bachelor's Degree (50.0%)");
    // Degrees compare by level (issue 20): one Bachelor's held by 50% and one by 69% of
    // workers are the same level, not 19 points apart.
    assert_eq!(degree["differences"][1], "same level");
    assert_eq!(degree["same"], true, "same level, whatever the shares");
    assert_eq!(degree["higher"], serde_json::Value::Null);
    assert_eq!(
        degree["best"],
        serde_json::Value::Null,
        "a level is not better"
    );
    assert_eq!(degree["higher_is_better"], false);
    assert_eq!(growth["higher_is_better"], true);
    let years = fact(&facts, "Years to become one");
    assert_eq!(
        years["shown"],
        serde_json::json!(["1-2 years", "8-10 years"])
    );
    assert_eq!(years["differences"][1], "+7 to +8 years");
    assert_eq!(years["higher"], 1);
    // Race shares keep the page's one decimal, values and differences alike.
    let black = fact(&facts, "Race: Black or African American");
    assert_eq!(black["shown"], serde_json::json!(["10.4%", "3.0%"]));
    assert_eq!(black["differences"][1], "-7.4 pts");
    assert_eq!(fact(&facts, "Race: White")["differences"][1], "+21.0 pts");
    assert_eq!(fact(&facts, "Race: Unknown")["same"], true);
}

/// The page "Lead technician vs technical project manager" rates job satisfaction `-` and `1`.
#[test]
fn job_satisfaction_shows_its_scale() {
    let home = tmp();
    let facts = compare_json(home.path(), "Lead Technician", "Technical Project Manager");
    let satisfaction = fact(&facts, "Job satisfaction");
    assert_eq!(satisfaction["shown"], serde_json::json!(["n/a", "1/5"]));
    assert_eq!(
        satisfaction["same"], false,
        "an unknown value is never the same"
    );
    let age = fact(&facts, "Average age");
    assert_eq!(age["shown"], serde_json::json!(["42 years", "44 years"]));
    assert_eq!(age["higher_is_better"], false);
}

#[test]
fn compare_unknown_job_is_a_user_error() {
    let home = tmp();
    careerscope(home.path())
        .args(["compare", "xqzvw", "lead technician"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no job matches \"xqzvw\""));
}

/// Both names meaning one job: refused on one line, nothing compared, no "matched" notices.
#[test]
fn compare_refuses_one_job_twice() {
    let home = tmp();
    for (a, b) in [
        ("lead", "lead"),
        ("Lead Technician", "LEAD TECHNICIAN"),
        ("lead tech", "lead technician"),
    ] {
        let out = careerscope(home.path())
            .args(["compare", a, b])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{a} / {b}: {err}");
        assert!(out.stdout.is_empty(), "{a} / {b}");
        assert_eq!(
            err,
            format!(
                "careerscope: \"{a}\" and \"{b}\" are both Lead Technician: compare needs two different jobs\n"
            )
        );
    }
}

/// A name that matches no job well fails before anything is compared, naming the closest
/// jobs, instead of standing for an unrelated job whose letters merely come in order.
#[test]
fn compare_refuses_a_name_that_matches_nothing_well() {
    let home = tmp();
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/careers.json");
    let refused = |a: &str, b: &str, data: Option<&Path>| {
        let mut cmd = careerscope(home.path());
        if let Some(data) = data {
            cmd.arg("--data").arg(data);
        }
        let out = cmd
            .args(["compare", a, b])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.status.code(), Some(1));
        assert!(out.stdout.is_empty());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    // f, o, o come in order only in "InFOrmation technOlogy", which used to be compared.
    assert_eq!(
        refused("foo", "bar", Some(&pages)),
        "careerscope: no job matches \"foo\"; closest: Information Technology/Support Technician\n"
    );
    // A typo of an edit or two per word is no refusal: it is announced like any fuzzy match.
    careerscope(home.path())
        .args(["compare", "lead", "techncal managr", "--data"])
        .arg(&pages)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "\"techncal managr\" matched Technical Manager",
        ));
    careerscope(home.path())
        .args(["compare", "registred nurse", "software developers"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "\"registred nurse\" matched Registered Nurses",
        ));
    // Words that are no job's, even misspelled, are still refused with the closest names.
    let err = refused("lead", "qqqq zzzz", Some(&pages));
    assert!(
        err.starts_with("careerscope: no job matches \"qqqq zzzz\""),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    // A match of part of the query ("spaceship" is in no title) is listed by `search` but
    // never taken for a comparison: refused, with the closest names.
    careerscope(home.path())
        .args(["show", "spaceship driver"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "careerscope: no job matches \"spaceship driver\"; closest: Taxi Drivers",
        ));
    // `show` finds jobs the same way.
    careerscope(home.path())
        .args(["show", "foo", "--data"])
        .arg(&pages)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no job matches \"foo\"; closest:"));
    // Every word found as written is a good match, and still announced.
    careerscope(home.path())
        .args(["compare", "regist nurse", "software dev"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "\"regist nurse\" matched Registered Nurses",
        ));
}

#[test]
fn data_flag_replaces_the_dataset() {
    let home = tmp();
    let file = home.path().join("custom.json");
    careerscope(home.path())
        .arg("--data")
        .arg(&file)
        .arg("import")
        .arg(seed(MANAGER_PAGE))
        .assert()
        .success();
    let out = stdout_of(
        careerscope(home.path())
            .arg("--data")
            .arg(&file)
            .arg("list"),
    );
    assert_eq!(out, "Lead Technician\nTechnical Manager\n");
    // The built-in Technical Specialist is not in the custom dataset: no match, exit 1.
    careerscope(home.path())
        .args(["search", "spec", "--data"])
        .arg(&file)
        .assert()
        .code(1)
        .stdout("");
    assert!(
        !library(home.path()).exists(),
        "--data import leaves the library alone"
    );
}

#[test]
fn import_adds_to_the_library_and_reports_changes() {
    let home = tmp();
    let page = renamed_page(home.path(), "Pastry Cook", "Head Chef");
    careerscope(home.path())
        .arg("import")
        .arg(&page)
        .assert()
        .success()
        .stdout(predicate::str::contains("added    Pastry Cook (a new job)"))
        .stdout(predicate::str::contains("added    Head Chef (a new job)"));
    let listed = stdout_of(careerscope(home.path()).arg("list"));
    assert_eq!(listed.lines().count(), 836 + 2, "{listed}");
    assert!(listed.contains("Pastry Cook\n"));

    let text = std::fs::read_to_string(&page)
        .unwrap_or_default()
        .replace("$90,615", "$91,000");
    std::fs::write(&page, text).unwrap_or_else(|e| panic!("{e}"));
    careerscope(home.path())
        .arg("import")
        .arg(&page)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "changed  Pastry Cook: yearly salary (overview) $90,615 → $91,000",
        ))
        .stdout(predicate::str::contains(
            "kept     Head Chef (the page has no value that differs)",
        ));
}

#[test]
fn bad_pages_are_refused_with_one_line_naming_the_file() {
    let home = tmp();
    let dir = home.path();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap_or_else(|e| panic!("{e}"));
        p
    };
    let cases: Vec<(PathBuf, &str)> = vec![
        (write("empty.txt", b""), "empty.txt: empty file"),
        (
            write("binary.bin", b"\x7fELF\x02\x01\x00\x00"),
            "binary.bin: line 1: binary data",
        ),
        (
            write("latin1.txt", b"Caf\xe9\nvs"),
            "latin1.txt: line 1: not UTF-8",
        ),
        (
            write(
                "other.html",
                b"<html>\n<body>Recipes for summer</body>\n</html>\n",
            ),
            "other.html: line 1: expected a career-comparison page",
        ),
        (dir.join("missing.txt"), "missing.txt: no such file"),
        (dir.to_path_buf(), "is a directory"),
    ];
    for (path, expected) in cases {
        for command in ["parse", "import"] {
            let out = careerscope(dir)
                .arg(command)
                .arg(&path)
                .output()
                .unwrap_or_else(|e| panic!("{e}"));
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(1),
                "{command} {}: {err}",
                path.display()
            );
            assert!(
                err.contains(expected),
                "{command}: {err:?} should contain {expected:?}"
            );
            assert_eq!(err.trim_end().lines().count(), 1, "one line: {err:?}");
            assert!(out.stdout.is_empty());
        }
    }
    assert!(!library(dir).exists());
}

#[test]
fn usage_errors_exit_2() {
    let home = tmp();
    careerscope(home.path())
        .arg("--frobnicate")
        .assert()
        .code(2);
    careerscope(home.path()).arg("parse").assert().code(2);
    careerscope(home.path())
        .args(["compare", "a"])
        .assert()
        .code(2);
    careerscope(home.path())
        .args(["compare", "a", "b", "--format", "pdf"])
        .assert()
        .code(2);
    careerscope(home.path())
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains("careerscope"));
    for sub in ["parse", "import", "list", "search", "compare"] {
        careerscope(home.path())
            .args([sub, "--help"])
            .assert()
            .success();
    }
}

#[test]
fn failed_import_leaves_the_library_byte_identical() {
    let home = tmp();
    careerscope(home.path())
        .arg("import")
        .arg(seed(MANAGER_PAGE))
        .assert()
        .success();
    let before = std::fs::read(library(home.path())).unwrap_or_default();
    let bad = home.path().join("bad.txt");
    std::fs::write(&bad, "just some notes\n").unwrap_or_else(|e| panic!("{e}"));
    careerscope(home.path())
        .arg("import")
        .arg(seed(PROJECT_PAGE))
        .arg(&bad)
        .assert()
        .code(1);
    assert_eq!(
        std::fs::read(library(home.path())).unwrap_or_default(),
        before
    );
}

#[test]
fn broken_or_future_library_is_reported_never_overwritten() {
    let home = tmp();
    let lib = library(home.path());
    std::fs::create_dir_all(lib.parent().unwrap_or(home.path())).unwrap_or_else(|e| panic!("{e}"));
    for (content, expected) in [
        (
            "{\"schema\": 1, \"jobs\": [\n  {\"name\": }\n]}",
            "library.json: line 2: expected a careerscope dataset",
        ),
        (
            "{\"schema\": 7, \"jobs\": [], \"pages\": []}",
            "dataset schema 7 is not supported",
        ),
    ] {
        std::fs::write(&lib, content).unwrap_or_else(|e| panic!("{e}"));
        for args in [vec!["import", PAGES], vec!["list"]] {
            let mut cmd = careerscope(home.path());
            if args[0] == "import" {
                cmd.arg("import").arg(seed(PROJECT_PAGE));
            } else {
                cmd.args(&args);
            }
            cmd.assert()
                .code(1)
                .stderr(predicate::str::contains(expected));
        }
        assert_eq!(std::fs::read_to_string(&lib).unwrap_or_default(), content);
    }
}

#[test]
fn parallel_imports_lose_nothing() {
    let home = tmp();
    let pages: Vec<PathBuf> = (0..8)
        .map(|i| renamed_page(home.path(), &format!("Baker {i}"), &format!("Chef {i}")))
        .collect();
    let children: Vec<std::process::Child> = pages
        .iter()
        .map(|p| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("careerscope"))
                .env("XDG_DATA_HOME", home.path())
                .arg("import")
                .arg(p)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect();
    for mut c in children {
        assert!(c.wait().map(|s| s.success()).unwrap_or(false));
    }
    let listed = stdout_of(careerscope(home.path()).arg("list"));
    for i in 0..8 {
        assert!(
            listed.contains(&format!("Baker {i}\n")),
            "Baker {i} lost:\n{listed}"
        );
        assert!(
            listed.contains(&format!("Chef {i}\n")),
            "Chef {i} lost:\n{listed}"
        );
    }
}

/// A page job named like a real occupation sits beside it: the import never touches the
/// official figures, and the page job keeps its own.
#[test]
fn a_page_job_never_overwrites_a_real_occupation() {
    let home = tmp();
    let page = renamed_page(home.path(), "Registered Nurses", "Head Chef");
    careerscope(home.path())
        .arg("import")
        .arg(&page)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "added    Registered Nurses (a new job)",
        ));
    let listed = stdout_of(careerscope(home.path()).arg("list"));
    assert_eq!(
        listed.lines().filter(|l| *l == "Registered Nurses").count(),
        2,
        "{listed}"
    );
    let jobs: serde_json::Value = serde_json::from_str(&stdout_of(
        careerscope(home.path()).args(["list", "--json"]),
    ))
    .unwrap_or_default();
    let nurses: Vec<&serde_json::Value> = jobs
        .as_array()
        .into_iter()
        .flatten()
        .filter(|j| j["name"] == "Registered Nurses")
        .collect();
    assert_eq!(nurses.len(), 2);
    // The real one first, with OEWS's mean wage; the page one with the page's.
    assert_eq!(nurses[0]["code"], "29-1141");
    assert_eq!(nurses[0]["overview"]["yearly_salary"], 101_420);
    assert!(nurses[1].get("code").is_none());
    assert_eq!(nurses[1]["overview"]["yearly_salary"], 90_615);
    // A name resolves to the real occupation.
    let shown = stdout_of(careerscope(home.path()).args(["show", "registered nurses"]));
    assert!(
        shown.starts_with("Registered Nurses (SOC 29-1141"),
        "{shown}"
    );
}

/// `library path` prints where the library is, whether or not it exists yet.
#[test]
fn library_path_is_under_xdg_data_home() {
    let home = tmp();
    let out = stdout_of(careerscope(home.path()).args(["library", "path"]));
    assert_eq!(out, format!("{}\n", library(home.path()).display()));
    assert!(
        !library(home.path()).exists(),
        "printing the path creates nothing"
    );
}

/// `library remove NAME` takes an imported job out; built-in jobs stay and cannot be removed;
/// an unknown name changes nothing.
#[test]
fn library_remove_takes_out_an_imported_job_only() {
    let home = tmp();
    careerscope(home.path())
        .args(["library", "remove", "Pastry Cook"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("there is no library yet"));
    let page = renamed_page(home.path(), "Pastry Cook", "Head Chef");
    stdout_of(careerscope(home.path()).arg("import").arg(&page));
    let listed = stdout_of(careerscope(home.path()).arg("list"));
    assert!(listed.contains("Pastry Cook\n") && listed.contains("Head Chef\n"));

    let out = stdout_of(careerscope(home.path()).args(["library", "remove", "pastry cook"]));
    assert_eq!(
        out,
        format!(
            "removed Pastry Cook from {} (1 job left)\n",
            library(home.path()).display()
        )
    );
    let listed = stdout_of(careerscope(home.path()).arg("list"));
    assert!(!listed.contains("Pastry Cook\n"), "{listed}");
    assert!(listed.contains("Head Chef\n"), "the other job stays");
    assert_eq!(listed.lines().count(), 830 + 6 + 1);

    // Nothing of that name now: an error, and the file is left byte for byte.
    let before = std::fs::read(library(home.path())).unwrap_or_default();
    careerscope(home.path())
        .args(["library", "remove", "Pastry Cook"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "no job named \"Pastry Cook\" in your library",
        ));
    for builtin in ["Registered Nurses", "Technical Specialist"] {
        careerscope(home.path())
            .args(["library", "remove", builtin])
            .assert()
            .code(1)
            .stderr(format!(
                "careerscope: \"{builtin}\" is a built-in job, not one you imported: built-in jobs cannot be removed\n"
            ));
    }
    assert_eq!(
        std::fs::read(library(home.path())).unwrap_or_default(),
        before
    );
    // --data has no use there.
    careerscope(home.path())
        .args(["--data", "x.json", "library", "path"])
        .assert()
        .code(1);
}

/// An imported job that shares a built-in page job's name is removed from the library; the
/// built-in job stays listed, as before the import.
#[test]
fn library_remove_leaves_the_built_in_job_of_the_same_name() {
    let home = tmp();
    stdout_of(
        careerscope(home.path())
            .arg("import")
            .arg(seed(MANAGER_PAGE)),
    );
    let out = stdout_of(careerscope(home.path()).args(["library", "remove", "Lead Technician"]));
    assert!(
        out.ends_with("(1 job left); the built-in Lead Technician remains\n"),
        "{out}"
    );
    let listed = stdout_of(careerscope(home.path()).arg("list"));
    assert_eq!(listed.matches("Lead Technician\n").count(), 1, "{listed}");
}

/// A removal takes the same lock as imports: running beside eight of them, it loses none of
/// their jobs, and the removed job is gone.
#[test]
fn removing_beside_imports_loses_nothing() {
    let home = tmp();
    let first = renamed_page(home.path(), "Pastry Cook", "Head Chef");
    stdout_of(careerscope(home.path()).arg("import").arg(&first));
    let pages: Vec<PathBuf> = (0..8)
        .map(|i| renamed_page(home.path(), &format!("Baker {i}"), &format!("Chef {i}")))
        .collect();
    let spawn = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("careerscope"))
            .env("XDG_DATA_HOME", home.path())
            .args(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let mut children: Vec<std::process::Child> = pages
        .iter()
        .map(|p| spawn(&["import".as_ref(), p.as_os_str()]))
        .collect();
    children.insert(
        4,
        spawn(&[
            "library".as_ref(),
            "remove".as_ref(),
            "Pastry Cook".as_ref(),
        ]),
    );
    for mut c in children {
        assert!(c.wait().map(|s| s.success()).unwrap_or(false));
    }
    let listed = stdout_of(careerscope(home.path()).arg("list"));
    assert!(!listed.contains("Pastry Cook\n"), "{listed}");
    assert!(listed.contains("Head Chef\n"));
    for i in 0..8 {
        assert!(listed.contains(&format!("Baker {i}\n")), "Baker {i} lost");
        assert!(listed.contains(&format!("Chef {i}\n")), "Chef {i} lost");
    }
}

/// `completions SHELL` prints clap_complete's script, naming the commands.
#[test]
fn completions_print_a_script_for_each_shell() {
    let home = tmp();
    let bash = stdout_of(careerscope(home.path()).args(["completions", "bash"]));
    assert!(bash.contains("_careerscope()"), "{bash}");
    for word in ["compare", "library", "completions", "--format"] {
        assert!(bash.contains(word), "bash script lacks {word}");
    }
    let zsh = stdout_of(careerscope(home.path()).args(["completions", "zsh"]));
    assert!(zsh.starts_with("#compdef careerscope"), "{zsh}");
    let fish = stdout_of(careerscope(home.path()).args(["completions", "fish"]));
    assert!(fish.contains("complete -c careerscope"), "{fish}");
    careerscope(home.path())
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

/// `--pair A B` finds its jobs as `compare` does, before the explorer starts: a name that
/// matches nothing well, or one job twice, fails at once; good names reach the explorer (which
/// then needs a terminal). `--query` and `--pair` go with no command.
#[test]
fn pair_and_query_open_the_explorer_only() {
    let home = tmp();
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/careers.json");
    careerscope(home.path())
        .args(["--pair", "lead", "Lead Technician"])
        .assert()
        .code(1)
        .stderr(
            "careerscope: \"lead\" and \"Lead Technician\" are both Lead Technician: --pair needs two different jobs\n",
        );
    careerscope(home.path())
        .arg("--data")
        .arg(&pages)
        .args(["--pair", "foo", "lead"])
        .assert()
        .code(1)
        .stderr(
            "careerscope: no job matches \"foo\"; closest: Information Technology/Support Technician\n",
        );
    let out = careerscope(home.path())
        .args(["--pair", "lead tech", "tech proj", "--query", "nurse"])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.starts_with(
            "careerscope: \"lead tech\" matched Lead Technician\n\
             careerscope: \"tech proj\" matched Technical Project Manager\n\
             careerscope: the explorer needs a terminal"
        ),
        "{err}"
    );
    for args in [
        &["--query", "x", "list"][..],
        &["--pair", "a", "b", "search", "x"],
        &["--pair", "a"],
        &["--jobs", "a"],
        &["--jobs", "a", "b", "c", "d", "e"],
        &["--pair", "a", "b", "--jobs", "c", "d"],
        &["compare", "a", "b", "c", "d", "e"],
    ] {
        careerscope(home.path()).args(args).assert().code(2);
    }
    let help = help_of(&[]);
    assert!(
        help.contains("--query <Q>") && help.contains("--pair <A> <B>"),
        "{help}"
    );
}

/// O*NET's longest skill names ("Management of Financial Resources") are longer than any
/// fact's label: the text table's columns still line up under their headings.
#[test]
fn compare_text_columns_line_up_under_long_skill_names() {
    let home = tmp();
    let text = stdout_of(careerscope(home.path()).args([
        "compare",
        "Food Batchmakers",
        "Barbers",
        "--width",
        "400",
    ]));
    let header = text
        .lines()
        .find(|l| l.starts_with("SKILLS"))
        .unwrap_or_else(|| panic!("{text}"));
    let a_column = header.find("Food Batchmakers").unwrap_or(0);
    let row = text
        .lines()
        .find(|l| l.starts_with("Management of Financial Resources"))
        .unwrap_or_else(|| panic!("{text}"));
    let value_column = "Management of Financial Resources".len()
        + row["Management of Financial Resources".len()..]
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(0);
    assert_eq!(value_column, a_column, "{header}\n{row}");
}
