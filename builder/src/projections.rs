//! BLS Employment Projections 2024–34, `occupation.xlsx`, sheet "Table 1.2".

use std::collections::BTreeMap;
use std::path::Path;

use careerscope_model::is_soc;

use crate::sheet::{Sheet, SourceError};

pub const SHEET: &str = "Table 1.2";

/// One line item of Table 1.2.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    pub growth_pct: Option<f64>,
    /// Occupational openings a year, 2024–34 annual average, in people (the sheet gives
    /// thousands).
    pub openings_per_year: Option<u64>,
    pub typical_entry_education: Option<String>,
    pub work_experience: Option<String>,
    pub on_the_job_training: Option<String>,
}

const CODE: &str = "2024 National Employment Matrix code";
const KIND: &str = "Occupation type";
const CHANGE: &str = "Employment change, percent, 2024–34";
const OPENINGS: &str = "Occupational openings, 2024–34 annual average";
const EDUCATION: &str = "Typical education needed for entry";
const EXPERIENCE: &str = "Work experience in a related occupation";
const TRAINING: &str = "Typical on-the-job training needed to attain competency in the occupation";

/// Reads the line items (detailed occupations) of Table 1.2, by SOC code.
///
/// # Errors
/// The workbook or sheet is missing, or its header row lacks a column the builder uses.
pub fn read(file: &Path) -> Result<BTreeMap<String, Projection>, SourceError> {
    let sheet = Sheet::open(
        file,
        Some(SHEET),
        "the BLS Employment Projections workbook with sheet \"Table 1.2\"",
    )?;
    let (header, cols) = sheet.header(&[
        CODE, KIND, CHANGE, OPENINGS, EDUCATION, EXPERIENCE, TRAINING,
    ])?;
    let [
        code,
        kind,
        change,
        openings,
        education,
        experience,
        training,
    ] = cols[..]
    else {
        unreachable!("header returns one column per name")
    };
    let mut out = BTreeMap::new();
    for (number, row) in sheet.rows().filter(|(n, _)| *n > header) {
        if row.text(kind).as_deref() != Some("Line item") {
            continue;
        }
        let Some(soc) = row.text(code).filter(|c| is_soc(c)) else {
            return Err(sheet.unexpected(
                &format!("row {number}"),
                "a SOC code like 15-1252 in column B",
                &row.text(code).unwrap_or_else(|| "nothing".into()),
            ));
        };
        out.insert(
            soc,
            Projection {
                growth_pct: row.number(change),
                openings_per_year: row
                    .number(openings)
                    .filter(|n| *n >= 0.0)
                    .map(|thousands| (thousands * 1000.0).round() as u64),
                typical_entry_education: row.text(education).filter(|t| !is_dash(t)),
                work_experience: row.text(experience).filter(|t| !is_dash(t)),
                on_the_job_training: row.text(training).filter(|t| !is_dash(t)),
            },
        );
    }
    if out.is_empty() {
        return Err(sheet.unexpected("the rows", "line items (detailed occupations)", "none"));
    }
    Ok(out)
}

/// How long it takes to become one, estimated from the three Employment Projections
/// categories, in whole years: `(min, max)` of each part, added up (docs/SIMILARITY.md).
pub fn years_to_become(
    education: &str,
    experience: &str,
    training: &str,
) -> Option<(u32, u32, String)> {
    let school = match education {
        "No formal educational credential" | "High school diploma or equivalent" => (0, 0),
        "Some college, no degree" => (1, 2),
        "Postsecondary nondegree award" => (0, 2),
        "Associate's degree" => (2, 2),
        "Bachelor's degree" => (4, 4),
        "Master's degree" => (5, 7),
        "Doctoral or professional degree" => (7, 10),
        _ => return None,
    };
    let work = match experience {
        "None" => (0, 0),
        "Less than 5 years" => (1, 5),
        "5 years or more" => (5, 10),
        _ => return None,
    };
    let job = match training {
        "None" | "Short-term on-the-job training" => (0, 0),
        "Moderate-term on-the-job training" => (0, 1),
        "Long-term on-the-job training" => (1, 2),
        "Apprenticeship" => (3, 5),
        "Internship/residency" => (1, 7),
        _ => return None,
    };
    let basis = format!(
        "{education} + {} + {}",
        experience.to_lowercase(),
        training.to_lowercase()
    );
    Some((school.0 + work.0 + job.0, school.1 + work.1 + job.1, basis))
}

fn is_dash(s: &str) -> bool {
    matches!(s.trim(), "-" | "–" | "—")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_to_become_add_up_the_three_categories() {
        assert_eq!(
            years_to_become("Bachelor's degree", "None", "None"),
            Some((4, 4, "Bachelor's degree + none + none".into()))
        );
        // Physicians: 7–10 years of school and 1–7 of residency.
        assert_eq!(
            years_to_become(
                "Doctoral or professional degree",
                "None",
                "Internship/residency"
            ),
            Some((
                8,
                17,
                "Doctoral or professional degree + none + internship/residency".into()
            ))
        );
        // Electricians: high school and a 3–5 year apprenticeship.
        assert_eq!(
            years_to_become(
                "High school diploma or equivalent",
                "None",
                "Apprenticeship"
            )
            .map(|(a, b, _)| (a, b)),
            Some((3, 5))
        );
        // Managers: a degree and under five years of related work.
        assert_eq!(
            years_to_become("Bachelor's degree", "Less than 5 years", "None")
                .map(|(a, b, _)| (a, b)),
            Some((5, 9))
        );
        assert_eq!(years_to_become("A PhD", "None", "None"), None);
    }

    #[test]
    fn soc_codes() {
        assert!(is_soc("15-1252"));
        assert!(!is_soc("15-1252.00"));
        assert!(!is_soc("15-12XX"));
        assert!(!is_soc("151252"));
    }
}
