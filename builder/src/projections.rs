//! BLS Employment Projections 2024–34, `occupation.xlsx`, sheet "Table 1.2".

use std::collections::BTreeMap;
use std::path::Path;

use crate::sheet::{Sheet, SourceError};

pub const SHEET: &str = "Table 1.2";

/// One line item of Table 1.2.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    pub growth_pct: Option<f64>,
    pub typical_entry_education: Option<String>,
    pub work_experience: Option<String>,
    pub on_the_job_training: Option<String>,
}

const CODE: &str = "2024 National Employment Matrix code";
const KIND: &str = "Occupation type";
const CHANGE: &str = "Employment change, percent, 2024–34";
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
    let (header, cols) = sheet.header(&[CODE, KIND, CHANGE, EDUCATION, EXPERIENCE, TRAINING])?;
    let [code, kind, change, education, experience, training] = cols[..] else {
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

/// `15-1252`: two digits, a dash, four digits.
pub fn is_soc(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

fn is_dash(s: &str) -> bool {
    matches!(s.trim(), "-" | "–" | "—")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soc_codes() {
        assert!(is_soc("15-1252"));
        assert!(!is_soc("15-1252.00"));
        assert!(!is_soc("15-12XX"));
        assert!(!is_soc("151252"));
    }
}
