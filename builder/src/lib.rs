//! Builds careerscope's built-in occupations asset from the official source files: BLS OEWS
//! May 2025 wages, BLS Employment Projections 2024–34, CPS demographics (via the Census 2018
//! occupation list) and O*NET 29.3/30.0, joined by SOC code. Only figures, codes, titles and
//! short labels are carried over, never the sources' prose.

pub mod assemble;
pub mod check;
pub mod checksums;
pub mod cps;
pub mod everyday;
pub mod oews;
pub mod onet;
pub mod projections;
pub mod sheet;
pub mod similarity;

use std::path::Path;

pub use assemble::Occupation;
pub use careerscope_model::Profile;
pub use sheet::SourceError;

/// The files the builder reads, relative to the sources folder.
pub const FILES: &[&str] = &[
    "oews-2025/oews-2025.sqlite.gz",
    "bls-ep-2024-34/occupation.xlsx",
    "cps/cpsaat11-2022.xlsx",
    "cps/cpsaat11b-2025.xlsx",
    "crosswalks/census-2018-occupation-code-list.xlsx",
    "crosswalks/nem-onet-to-soc-crosswalk.xlsx",
    "onet-29.3/Occupation Data.xlsx",
    "onet-29.3/Education, Training, and Experience.xlsx",
    "onet-29.3/Education, Training, and Experience Categories.xlsx",
    "onet-29.3/Skills.xlsx",
    "onet-29.3/Tasks to DWAs.xlsx",
    "onet-29.3/Alternate Titles.xlsx",
    "onet-29.3/Related Occupations.xlsx",
    "onet-29.3/Knowledge.xlsx",
    "onet-29.3/Work Styles.xlsx",
    "onet-29.3/Interests.xlsx",
    "onet-29.3/Job Zones.xlsx",
    "onet-29.3/Sample of Reported Titles.xlsx",
    "onet-30/Skills.xlsx",
];

/// Reads every source under `dir` and joins them into one profile per OEWS detailed occupation.
///
/// # Errors
/// A source file is missing, unreadable, or not laid out as expected; the error names it.
pub fn build(dir: &Path) -> Result<Vec<Occupation>, SourceError> {
    Ok(assemble::profiles(&read(dir)?))
}

/// Reads every source under `dir`, ready to be joined into profiles or scored for similarity.
///
/// # Errors
/// A source file is missing, differs from the checksum its manifest lists, is unreadable, or is
/// not laid out as expected; the error names it.
pub fn read(dir: &Path) -> Result<assemble::Inputs, SourceError> {
    checksums::verify(dir, FILES)?;
    read_unverified(dir)
}

/// Reads every source under `dir` without checking their checksums: for files that are not
/// the listed release (the tests of the readers' errors use it).
///
/// # Errors
/// A source file is missing, unreadable, or not laid out as expected; the error names it.
pub fn read_unverified(dir: &Path) -> Result<assemble::Inputs, SourceError> {
    let oews = oews::read(&dir.join(FILES[0]))?;
    let projections = projections::read(&dir.join(FILES[1]))?;
    let cps = cps::read(dir)?;
    let onet = onet::read(dir)?;
    let everyday = everyday::read(&dir.join(everyday::FILE), |code| {
        oews.occupations.contains_key(code)
    })?;
    Ok(assemble::Inputs {
        oews,
        projections,
        onet,
        cps,
        everyday,
    })
}

/// The occupations asset (`assets/occupations.bin`, docs/FORMAT.md): the profiles in a compact
/// binary form the app reads one profile at a time; `careerscope_model::asset::
/// profiles_from_asset` gives them back.
pub fn to_asset(profiles: &[Occupation]) -> Vec<u8> {
    careerscope_model::asset::encode_occupations(
        profiles.iter().map(|o| (&o.profile, &o.title_weights)),
    )
}

/// One row of the coverage table: the field, its source, and whether a profile has it.
type Coverage = (&'static str, &'static str, fn(&Occupation) -> bool);

const COVERAGE: &[Coverage] = &[
    (
        "yearly salary, salary average (annual mean)",
        assemble::OEWS,
        |p| {
            p.overview
                .as_ref()
                .is_some_and(|s| s.yearly_salary.is_some())
        },
    ),
    ("hourly rate (hourly mean)", assemble::OEWS, |p| {
        p.overview.as_ref().is_some_and(|s| s.hourly_rate.is_some())
    }),
    ("number of jobs (employment)", assemble::OEWS, |p| {
        p.overview
            .as_ref()
            .is_some_and(|s| s.number_of_jobs.is_some())
    }),
    (
        "salary range (10th–90th percentile)",
        assemble::OEWS,
        |p| p.salary.as_ref().is_some_and(|s| s.range.is_some()),
    ),
    ("median salary", assemble::OEWS, |p| {
        p.salary.as_ref().is_some_and(|s| s.median.is_some())
    }),
    ("highest-paying state", assemble::OEWS, |p| {
        p.salary
            .as_ref()
            .is_some_and(|s| s.highest_paying_state.is_some())
    }),
    ("highest-paying metro area", assemble::OEWS, |p| {
        p.salary
            .as_ref()
            .is_some_and(|s| s.highest_paying_city.is_some())
    }),
    ("pay by state (at least one state)", assemble::OEWS, |p| {
        p.salary
            .as_ref()
            .and_then(|s| s.by_state.as_ref())
            .is_some_and(|b| !b.is_empty())
    }),
    (
        "pay by metro area (at least one; assets/metros.bin)",
        assemble::OEWS,
        |p| !p.metros.is_empty(),
    ),
    ("best-paying industry", assemble::OEWS, |p| {
        p.salary
            .as_ref()
            .is_some_and(|s| s.best_paying_industry.is_some())
    }),
    ("growth rate", assemble::EP, |p| {
        p.overview
            .as_ref()
            .is_some_and(|s| s.growth_rate_pct.is_some())
    }),
    ("openings per year (annual average)", assemble::EP, |p| {
        p.overview
            .as_ref()
            .is_some_and(|s| s.openings_per_year.is_some())
    }),
    ("typical entry education", assemble::EP, |p| {
        p.education
            .as_ref()
            .is_some_and(|s| s.typical_entry_education.is_some())
    }),
    (
        "years to become one (estimate from entry education, experience, training)",
        assemble::EP,
        |p| p.years_to_become.is_some(),
    ),
    ("most common degree", onet::RELEASE, |p| {
        p.overview
            .as_ref()
            .is_some_and(|s| s.most_common_degree.is_some())
    }),
    ("related work experience", onet::RELEASE, |p| {
        p.education
            .as_ref()
            .is_some_and(|s| s.related_experience.is_some())
    }),
    ("years of experience (upper bound)", onet::RELEASE, |p| {
        p.overview
            .as_ref()
            .is_some_and(|s| s.years_of_experience.is_some())
    }),
    ("duties (detailed work activities)", onet::RELEASE, |p| {
        p.duties.is_some()
    }),
    ("skills (importance)", "O*NET 30 / 29.3", |p| {
        p.skills.is_some()
    }),
    ("knowledge (importance)", onet::RELEASE, |p| {
        p.knowledge.is_some()
    }),
    ("interests (RIASEC)", onet::RELEASE, |p| {
        p.interests.is_some()
    }),
    (
        "interests: of which estimated from the SOC broad group",
        onet::RELEASE,
        |p| p.interests.as_ref().is_some_and(|i| i.estimate),
    ),
    ("alternate titles", onet::RELEASE, |p| {
        p.alternate_titles.is_some()
    }),
    ("related occupations", onet::RELEASE, |p| {
        p.related.is_some()
    }),
    (
        "everyday names (not an official source)",
        everyday::SOURCE,
        |p| p.everyday_names.is_some(),
    ),
    ("gender (% women)", "BLS CPS 2022", |p| {
        p.demographics.as_ref().is_some_and(|d| d.gender.is_some())
    }),
    ("race and Hispanic or Latino", "BLS CPS 2022", |p| {
        p.demographics.as_ref().is_some_and(|d| d.race.is_some())
    }),
    ("median age", "BLS CPS 2025", |p| {
        p.demographics
            .as_ref()
            .is_some_and(|d| d.median_age.is_some())
    }),
    (
        "job satisfaction, LGBT %, major, college, company",
        "no licensed source",
        |_| false,
    ),
];

/// The metro-area asset (`assets/metros.bin`): each occupation's pay in every metro area,
/// highest mean first, by SOC code, for the occupations OEWS publishes any for, and each
/// area's employment in all occupations (`employment`, by name).
pub fn metros_asset(
    profiles: &[Occupation],
    employment: &std::collections::BTreeMap<String, u64>,
) -> Vec<u8> {
    careerscope_model::asset::encode_metros(
        profiles
            .iter()
            .filter(|p| !p.metros.is_empty())
            .map(|p| (p.code.as_deref().unwrap_or_default(), p.metros.as_slice())),
        |area| employment.get(area).copied(),
    )
}

/// How many occupations each field covers, as a markdown table (it goes into docs/DATA.md).
pub fn coverage(profiles: &[Occupation]) -> String {
    let mut out = format!(
        "| field | source | occupations (of {}) |\n| --- | --- | --- |\n",
        profiles.len()
    );
    for (field, source, has) in COVERAGE {
        let k = profiles.iter().filter(|p| has(p)).count();
        out.push_str(&format!("| {field} | {source} | {k} |\n"));
    }
    out
}
