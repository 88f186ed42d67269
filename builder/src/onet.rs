//! O*NET 29.3 (and 30.x Skills): education, related work experience, skills and detailed work
//! activities, keyed by O*NET-SOC code (`15-1252.00`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::sheet::{Sheet, SourceError};

const CODE: &str = "O*NET-SOC Code";

/// Skill name and importance (1–5) of one occupation, and the release they come from.
pub type Ratings = (Vec<(String, f64)>, &'static str);

/// The categories of one O*NET scale (education level, related work experience).
pub type Distribution = BTreeMap<u32, f64>;

#[derive(Default)]
pub struct Onet {
    /// Every O*NET-SOC code of the release (Occupation Data).
    pub codes: BTreeSet<String>,
    /// The title of each O*NET-SOC code (Occupation Data).
    pub titles: BTreeMap<String, String>,
    /// The description of each O*NET-SOC code (Occupation Data): an input to similarity only,
    /// never carried into an asset.
    pub descriptions: BTreeMap<String, String>,
    /// Task statements linked to work activities, by O*NET-SOC code and task ID (Tasks to
    /// DWAs): an input to similarity only, never carried into an asset.
    pub tasks: BTreeMap<String, BTreeMap<String, String>>,
    /// Job titles incumbents reported (Sample of Reported Titles), per O*NET-SOC code.
    pub reported_titles: BTreeMap<String, Vec<String>>,
    /// The reported titles My Next Move shows ("Shown in My Next Move" = Y), as (code, title).
    pub reported_shown: BTreeSet<(String, String)>,
    /// Knowledge importance (scale IM, 1–5) per O*NET-SOC code.
    pub knowledge: BTreeMap<String, Vec<(String, f64)>>,
    /// Work style importance (scale IM, 1–5) per O*NET-SOC code.
    pub work_styles: BTreeMap<String, Vec<(String, f64)>>,
    /// Occupational interest scores (scale OI, 1–7) per O*NET-SOC code, by RIASEC name.
    pub interests: BTreeMap<String, Vec<(String, f64)>>,
    /// O*NET's interest high-point code per O*NET-SOC code (`"SIC"`), from scale IH.
    pub interest_codes: BTreeMap<String, String>,
    /// Job zone (1–5) per O*NET-SOC code.
    pub job_zones: BTreeMap<String, f64>,
    /// Alternate titles and their short forms per O*NET-SOC code, in the file's order.
    pub alternate_titles: BTreeMap<String, Vec<String>>,
    /// How many sources O*NET names for each alternate title (its "Source(s)" column), by
    /// O*NET-SOC code and the title lower-cased.
    pub alternate_sources: BTreeMap<(String, String), u8>,
    /// The primary related occupations of each O*NET-SOC code, most related first.
    pub related: BTreeMap<String, Vec<String>>,
    /// The "Primary-Short" tier alone: the yardstick similarity is measured against, never
    /// an input to it.
    pub related_short: BTreeMap<String, Vec<String>>,
    /// Required Level of Education (2.D.1, scale RL), per O*NET-SOC code.
    pub education: BTreeMap<String, Distribution>,
    /// Related Work Experience (3.A.1, scale RW), per O*NET-SOC code.
    pub experience: BTreeMap<String, Distribution>,
    /// Short labels of the RL categories (`6` → "Bachelor's Degree").
    pub education_labels: BTreeMap<u32, String>,
    /// Labels of the RW categories (`7` → "Over 2 years, up to and including 4 years").
    pub experience_labels: BTreeMap<u32, String>,
    /// Skill importance (scale IM, 1–5) per O*NET-SOC code, from the newest release that has
    /// the occupation; the second value names that release.
    pub skills: BTreeMap<String, Ratings>,
    /// Detailed work activities per O*NET-SOC code: title and how many tasks link to it.
    pub activities: BTreeMap<String, BTreeMap<String, usize>>,
    /// O*NET-SOC codes that a SOC code covers, from the BLS crosswalk (`13-1020` →
    /// `13-1021.00`, `13-1022.00`, `13-1023.00`).
    pub crosswalk: BTreeMap<String, BTreeSet<String>>,
}

pub const RELEASE: &str = "O*NET 29.3";
pub const SKILLS_NEWER: &str = "O*NET 30";

/// Reads the O*NET files the builder uses from `dir` (the folder holding `onet-29.3/`,
/// `onet-30/` and `crosswalks/`).
///
/// # Errors
/// A file is missing or lacks a column the builder uses.
pub fn read(dir: &Path) -> Result<Onet, SourceError> {
    let mut onet = Onet::default();
    read_codes(&dir.join("onet-29.3/Occupation Data.xlsx"), &mut onet)?;
    read_categories(
        &dir.join("onet-29.3/Education, Training, and Experience Categories.xlsx"),
        &mut onet,
    )?;
    read_education(
        &dir.join("onet-29.3/Education, Training, and Experience.xlsx"),
        &mut onet,
    )?;
    // The newer release first: an occupation it has keeps its newer ratings.
    read_skills(&dir.join("onet-30/Skills.xlsx"), SKILLS_NEWER, &mut onet)?;
    read_skills(&dir.join("onet-29.3/Skills.xlsx"), RELEASE, &mut onet)?;
    onet.knowledge = read_ratings(
        &dir.join("onet-29.3/Knowledge.xlsx"),
        "O*NET's Knowledge ratings",
        "IM",
    )?;
    onet.work_styles = read_ratings(
        &dir.join("onet-29.3/Work Styles.xlsx"),
        "O*NET's Work Styles ratings",
        "IM",
    )?;
    read_interests(&dir.join("onet-29.3/Interests.xlsx"), &mut onet)?;
    read_job_zones(&dir.join("onet-29.3/Job Zones.xlsx"), &mut onet)?;
    read_reported_titles(
        &dir.join("onet-29.3/Sample of Reported Titles.xlsx"),
        &mut onet,
    )?;
    read_activities(&dir.join("onet-29.3/Tasks to DWAs.xlsx"), &mut onet)?;
    read_alternate_titles(&dir.join("onet-29.3/Alternate Titles.xlsx"), &mut onet)?;
    read_related(&dir.join("onet-29.3/Related Occupations.xlsx"), &mut onet)?;
    read_crosswalk(
        &dir.join("crosswalks/nem-onet-to-soc-crosswalk.xlsx"),
        &mut onet,
    )?;
    Ok(onet)
}

fn read_codes(file: &Path, onet: &mut Onet) -> Result<(), SourceError> {
    let sheet = Sheet::open(file, None, "O*NET's Occupation Data")?;
    let (header, cols) = sheet.header(&[CODE, "Title", "Description"])?;
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        let (Some(code), Some(title)) = (row.text(cols[0]), row.text(cols[1])) else {
            continue;
        };
        if let Some(description) = row.text(cols[2]) {
            onet.descriptions.insert(code.clone(), description);
        }
        onet.titles.insert(code, title);
    }
    onet.codes = onet.titles.keys().cloned().collect();
    if onet.codes.is_empty() {
        return Err(sheet.unexpected("the rows", "O*NET-SOC codes", "none"));
    }
    Ok(())
}

fn read_categories(file: &Path, onet: &mut Onet) -> Result<(), SourceError> {
    let sheet = Sheet::open(
        file,
        None,
        "O*NET's Education, Training, and Experience Categories",
    )?;
    let (header, cols) = sheet.header(&["Scale ID", "Category", "Category Description"])?;
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        let (Some(scale), Some(number), Some(label)) =
            (row.text(cols[0]), row.number(cols[1]), row.text(cols[2]))
        else {
            continue;
        };
        let number = number as u32;
        match scale.as_str() {
            "RL" => {
                onet.education_labels.insert(number, short_label(&label));
            }
            "RW" => {
                onet.experience_labels.insert(number, label);
            }
            _ => {}
        }
    }
    if onet.education_labels.is_empty() || onet.experience_labels.is_empty() {
        return Err(sheet.unexpected("the rows", "categories of scales RL and RW", "none"));
    }
    Ok(())
}

/// "High School Diploma - or the equivalent (for example, GED)" → "High School Diploma":
/// the name of the category without the explanation that follows it.
pub fn short_label(label: &str) -> String {
    let cut = [" - ", " ("]
        .iter()
        .filter_map(|sep| label.find(sep))
        .min()
        .unwrap_or(label.len());
    label[..cut].trim().to_string()
}

fn read_education(file: &Path, onet: &mut Onet) -> Result<(), SourceError> {
    let sheet = Sheet::open(
        file,
        None,
        "O*NET's Education, Training, and Experience ratings",
    )?;
    let (header, cols) =
        sheet.header(&[CODE, "Element ID", "Scale ID", "Category", "Data Value"])?;
    for (number, row) in sheet.rows().filter(|(n, _)| *n > header) {
        let target = match (row.text(cols[1]).as_deref(), row.text(cols[2]).as_deref()) {
            (Some("2.D.1"), Some("RL")) => &mut onet.education,
            (Some("3.A.1"), Some("RW")) => &mut onet.experience,
            _ => continue,
        };
        let (Some(code), Some(category), Some(value)) =
            (row.text(cols[0]), row.number(cols[3]), row.number(cols[4]))
        else {
            return Err(sheet.unexpected(
                &format!("row {number}"),
                "an O*NET-SOC code, a category number and a data value",
                "a blank cell",
            ));
        };
        target
            .entry(code)
            .or_default()
            .insert(category as u32, value);
    }
    if onet.education.is_empty() {
        return Err(sheet.unexpected(
            "the rows",
            "Required Level of Education (2.D.1, RL)",
            "none",
        ));
    }
    Ok(())
}

fn read_skills(file: &Path, release: &'static str, onet: &mut Onet) -> Result<(), SourceError> {
    let here = read_ratings(file, "O*NET's Skills ratings", "IM")?;
    for (code, skills) in here {
        onet.skills.entry(code).or_insert((skills, release));
    }
    Ok(())
}

/// The ratings on `scale` of a Skills-like file (Skills, Knowledge, Work Styles), by
/// O*NET-SOC code, in the file's order; ratings O*NET recommends suppressing are left out.
fn read_ratings(
    file: &Path,
    expected: &str,
    scale: &str,
) -> Result<BTreeMap<String, Vec<(String, f64)>>, SourceError> {
    let sheet = Sheet::open(file, None, expected)?;
    let (header, cols) = sheet.header(&[
        CODE,
        "Element Name",
        "Scale ID",
        "Data Value",
        "Recommend Suppress",
    ])?;
    let mut here: BTreeMap<String, Vec<(String, f64)>> = BTreeMap::new();
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        if row.text(cols[2]).as_deref() != Some(scale) {
            continue;
        }
        // O*NET flags ratings too unreliable to use; leave them out rather than show them.
        if row.text(cols[4]).as_deref() == Some("Y") {
            continue;
        }
        if let (Some(code), Some(name), Some(value)) =
            (row.text(cols[0]), row.text(cols[1]), row.number(cols[3]))
        {
            here.entry(code).or_default().push((name, value));
        }
    }
    if here.is_empty() {
        return Err(sheet.unexpected("the rows", &format!("ratings on scale {scale}"), "none"));
    }
    Ok(here)
}

/// The RIASEC letters in O*NET's order: the high-point scale numbers them 1–6.
pub const RIASEC: [(&str, char); 6] = [
    ("Realistic", 'R'),
    ("Investigative", 'I'),
    ("Artistic", 'A'),
    ("Social", 'S'),
    ("Enterprising", 'E'),
    ("Conventional", 'C'),
];

fn read_interests(file: &Path, onet: &mut Onet) -> Result<(), SourceError> {
    let sheet = Sheet::open(file, None, "O*NET's Interests")?;
    let (header, cols) = sheet.header(&[CODE, "Element Name", "Scale ID", "Data Value"])?;
    // The high points by code and element name ("First Interest High-Point" → 4, Social).
    let mut high: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        let (Some(code), Some(name), Some(scale), Some(value)) = (
            row.text(cols[0]),
            row.text(cols[1]),
            row.text(cols[2]),
            row.number(cols[3]),
        ) else {
            continue;
        };
        match scale.as_str() {
            "OI" => onet.interests.entry(code).or_default().push((name, value)),
            "IH" => {
                high.entry(code).or_default().insert(name, value);
            }
            _ => {}
        }
    }
    if onet.interests.is_empty() {
        return Err(sheet.unexpected("the rows", "occupational interest (OI) scores", "none"));
    }
    for (code, points) in high {
        let letters: String = ["First", "Second", "Third"]
            .iter()
            .filter_map(|which| {
                let n = *points.get(&format!("{which} Interest High-Point"))? as usize;
                RIASEC.get(n.checked_sub(1)?).map(|(_, letter)| *letter)
            })
            .collect();
        if !letters.is_empty() {
            onet.interest_codes.insert(code, letters);
        }
    }
    Ok(())
}

fn read_job_zones(file: &Path, onet: &mut Onet) -> Result<(), SourceError> {
    let sheet = Sheet::open(file, None, "O*NET's Job Zones")?;
    let (header, cols) = sheet.header(&[CODE, "Job Zone"])?;
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        if let (Some(code), Some(zone)) = (row.text(cols[0]), row.number(cols[1])) {
            onet.job_zones.insert(code, zone);
        }
    }
    if onet.job_zones.is_empty() {
        return Err(sheet.unexpected("the rows", "job zones", "none"));
    }
    Ok(())
}

fn read_reported_titles(file: &Path, onet: &mut Onet) -> Result<(), SourceError> {
    let sheet = Sheet::open(file, None, "O*NET's Sample of Reported Titles")?;
    let (header, cols) = sheet.header(&[CODE, "Reported Job Title", "Shown in My Next Move"])?;
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        if let (Some(code), Some(title)) = (row.text(cols[0]), row.text(cols[1])) {
            if row.text(cols[2]).as_deref() == Some("Y") {
                onet.reported_shown.insert((code.clone(), title.clone()));
            }
            onet.reported_titles.entry(code).or_default().push(title);
        }
    }
    if onet.reported_titles.is_empty() {
        return Err(sheet.unexpected("the rows", "reported job titles", "none"));
    }
    Ok(())
}

fn read_activities(file: &Path, onet: &mut Onet) -> Result<(), SourceError> {
    let sheet = Sheet::open(file, None, "O*NET's Tasks to DWAs")?;
    let (header, cols) = sheet.header(&[CODE, "Task ID", "DWA Title", "Task"])?;
    let mut seen = BTreeSet::new();
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        let (Some(code), Some(task), Some(title)) =
            (row.text(cols[0]), row.text(cols[1]), row.text(cols[2]))
        else {
            continue;
        };
        if let Some(statement) = row.text(cols[3]) {
            onet.tasks
                .entry(code.clone())
                .or_default()
                .insert(task.clone(), statement);
        }
        // A task listed twice for the same activity counts once.
        if seen.insert((code.clone(), task, title.clone())) {
            *onet
                .activities
                .entry(code)
                .or_default()
                .entry(title)
                .or_default() += 1;
        }
    }
    if onet.activities.is_empty() {
        return Err(sheet.unexpected("the rows", "task-to-activity links", "none"));
    }
    Ok(())
}

fn read_alternate_titles(file: &Path, onet: &mut Onet) -> Result<(), SourceError> {
    let sheet = Sheet::open(file, None, "O*NET's Alternate Titles")?;
    let (header, cols) = sheet.header(&[CODE, "Alternate Title", "Short Title", "Source(s)"])?;
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        let Some(code) = row.text(cols[0]) else {
            continue;
        };
        // "02,04,06": three sources list the title.
        let sources = row.text(cols[3]).map_or(1, |s| s.split(',').count());
        let sources = u8::try_from(sources).unwrap_or(u8::MAX);
        for title in [row.text(cols[1]), row.text(cols[2])].into_iter().flatten() {
            let weight = onet
                .alternate_sources
                .entry((code.clone(), title.to_lowercase()))
                .or_default();
            *weight = (*weight).max(sources);
            onet.alternate_titles
                .entry(code.clone())
                .or_default()
                .push(title);
        }
    }
    if onet.alternate_titles.is_empty() {
        return Err(sheet.unexpected("the rows", "alternate titles", "none"));
    }
    Ok(())
}

fn read_related(file: &Path, onet: &mut Onet) -> Result<(), SourceError> {
    let sheet = Sheet::open(file, None, "O*NET's Related Occupations")?;
    let (header, cols) =
        sheet.header(&[CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"])?;
    let mut ranked: BTreeMap<String, Vec<(f64, String)>> = BTreeMap::new();
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        // The primary tiers are O*NET's own choice of the closest occupations; the
        // supplemental tier is a longer, looser list.
        let Some(tier) = row.text(cols[2]).filter(|t| t.starts_with("Primary")) else {
            continue;
        };
        if let (Some(code), Some(related), Some(index)) =
            (row.text(cols[0]), row.text(cols[1]), row.number(cols[3]))
        {
            if tier == "Primary-Short" {
                onet.related_short
                    .entry(code.clone())
                    .or_default()
                    .push(related.clone());
            }
            ranked.entry(code).or_default().push((index, related));
        }
    }
    if ranked.is_empty() {
        return Err(sheet.unexpected("the rows", "primary related occupations", "none"));
    }
    for (code, mut list) in ranked {
        list.sort_by(|a, b| a.0.total_cmp(&b.0));
        onet.related
            .insert(code, list.into_iter().map(|(_, c)| c).collect());
    }
    Ok(())
}

/// Every O*NET-SOC code of SOC occupation `soc`: its own (`29-1141.00`, `29-1141.01`, ...)
/// and those the BLS crosswalk maps to it.
pub fn all_codes_of(soc: &str, onet: &Onet) -> BTreeSet<String> {
    let prefix = format!("{soc}.");
    onet.codes
        .iter()
        .filter(|c| c.starts_with(&prefix))
        .chain(onet.crosswalk.get(soc).into_iter().flatten())
        .cloned()
        .collect()
}

/// The SOC occupation an O*NET-SOC code belongs to: the crosswalk's, else its first seven
/// characters (`29-1141.03` → `29-1141`).
pub fn soc_of<'a>(onet_code: &'a str, onet: &'a Onet) -> &'a str {
    onet.crosswalk
        .iter()
        .find(|(_, codes)| codes.contains(onet_code))
        .map(|(soc, _)| soc.as_str())
        .unwrap_or_else(|| onet_code.get(..7).unwrap_or(onet_code))
}

fn read_crosswalk(file: &Path, onet: &mut Onet) -> Result<(), SourceError> {
    let sheet = Sheet::open(
        file,
        Some("ONET to SOC crosswalk"),
        "the BLS O*NET-SOC to NEM crosswalk",
    )?;
    let (header, cols) = sheet.header(&["O*NET-SOC Code", "NEM Code"])?;
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        if let (Some(onet_code), Some(soc)) = (row.text(cols[0]), row.text(cols[1])) {
            onet.crosswalk.entry(soc).or_default().insert(onet_code);
        }
    }
    if onet.crosswalk.is_empty() {
        return Err(sheet.unexpected("the rows", "O*NET-SOC and NEM codes", "none"));
    }
    Ok(())
}

/// The O*NET-SOC codes whose data stands for SOC occupation `soc`: its own `.00` code when
/// O*NET has one, else the `.00` codes the BLS crosswalk maps to it (an OEWS code that
/// combines several O*NET occupations, such as 13-1020 Buyers and Purchasing Agents).
pub fn codes_for(
    soc: &str,
    known: &BTreeSet<String>,
    crosswalk: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<String> {
    let own = format!("{soc}.00");
    if known.contains(&own) {
        return vec![own];
    }
    let mapped = crosswalk.get(soc).into_iter().flatten();
    let base: Vec<String> = mapped
        .clone()
        .filter(|c| c.ends_with(".00"))
        .cloned()
        .collect();
    if base.is_empty() {
        mapped.cloned().collect()
    } else {
        base
    }
}

/// The unweighted mean of the distributions that exist for `codes`, category by category.
pub fn mean_distribution(
    codes: &[String],
    from: &BTreeMap<String, Distribution>,
) -> Option<Distribution> {
    let found: Vec<&Distribution> = codes.iter().filter_map(|c| from.get(c)).collect();
    if found.is_empty() {
        return None;
    }
    let mut sum = Distribution::new();
    for d in &found {
        for (k, v) in *d {
            *sum.entry(*k).or_default() += v;
        }
    }
    let n = found.len() as f64;
    Some(sum.into_iter().map(|(k, v)| (k, v / n)).collect())
}

/// The category most respondents chose; on a tie, the lower category (the smaller claim).
pub fn most_chosen(d: &Distribution) -> Option<(u32, f64)> {
    d.iter()
        .filter(|(_, v)| **v > 0.0)
        .fold(None, |best: Option<(u32, f64)>, (k, v)| match best {
            Some((_, bv)) if bv >= *v => best,
            _ => Some((*k, *v)),
        })
}

/// The upper bound in years of a Related Work Experience label: "None" is 0, "Up to and
/// including 1 month" is 1/12, "Over 10 years" has no upper bound and gives `None`.
pub fn experience_upper_years(label: &str) -> Option<f64> {
    if label.trim().eq_ignore_ascii_case("none") {
        return Some(0.0);
    }
    let lower = label.to_lowercase();
    let tail = lower.split("up to and including").nth(1)?;
    let mut words = tail.split_whitespace();
    let n: f64 = words.next()?.parse().ok()?;
    let unit = words.next()?;
    if unit.starts_with("year") {
        Some(n)
    } else if unit.starts_with("month") {
        Some(n / 12.0)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_labels_lose_their_explanations() {
        assert_eq!(
            short_label("High School Diploma - or the equivalent (for example, GED)"),
            "High School Diploma"
        );
        assert_eq!(
            short_label("Associate's Degree (or other 2-year degree)"),
            "Associate's Degree"
        );
        assert_eq!(short_label("Bachelor's Degree"), "Bachelor's Degree");
    }

    #[test]
    fn experience_bounds() {
        assert_eq!(experience_upper_years("None"), Some(0.0));
        assert_eq!(
            experience_upper_years("Up to and including 1 month"),
            Some(1.0 / 12.0)
        );
        assert_eq!(
            experience_upper_years("Over 2 years, up to and including 4 years"),
            Some(4.0)
        );
        assert_eq!(experience_upper_years("Over 10 years"), None);
    }

    #[test]
    fn own_code_first_then_the_crosswalk() {
        let known: BTreeSet<String> = ["15-1252.00", "13-1021.00"].map(String::from).into();
        let mut cw = BTreeMap::new();
        cw.insert(
            "13-1020".to_string(),
            ["13-1021.00", "13-1022.00", "13-1022.01"]
                .map(String::from)
                .into(),
        );
        assert_eq!(codes_for("15-1252", &known, &cw), ["15-1252.00"]);
        assert_eq!(
            codes_for("13-1020", &known, &cw),
            ["13-1021.00", "13-1022.00"]
        );
        assert!(codes_for("99-9999", &known, &cw).is_empty());
    }

    #[test]
    fn the_most_chosen_category_and_ties() {
        let d: Distribution = [(2, 30.0), (6, 45.0), (8, 25.0)].into();
        assert_eq!(most_chosen(&d), Some((6, 45.0)));
        let tie: Distribution = [(2, 50.0), (6, 50.0)].into();
        assert_eq!(most_chosen(&tie), Some((2, 50.0)));
        assert_eq!(most_chosen(&Distribution::new()), None);
    }

    #[test]
    fn means_of_the_codes_that_have_data() {
        let mut from = BTreeMap::new();
        from.insert("a".to_string(), Distribution::from([(1, 40.0), (2, 60.0)]));
        from.insert("b".to_string(), Distribution::from([(1, 20.0), (2, 80.0)]));
        let codes = ["a", "b", "missing"].map(String::from);
        assert_eq!(
            mean_distribution(&codes, &from),
            Some(Distribution::from([(1, 30.0), (2, 70.0)]))
        );
        assert_eq!(mean_distribution(&["missing".to_string()], &from), None);
    }
}
