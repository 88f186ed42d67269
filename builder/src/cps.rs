//! Current Population Survey tables 11 (sex, race, Hispanic or Latino ethnicity; 2022) and 11b
//! (age; 2025). Their rows are Census occupations, joined to SOC codes through the Census
//! 2018 occupation code list.

use std::collections::BTreeMap;
use std::path::Path;

use crate::sheet::{Sheet, SourceError};

/// The figures of one Census occupation, as CPS publishes them (`None` where it does not:
/// CPS leaves out percentages for occupations with too few people in the sample).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Demographics {
    pub census_title: String,
    pub women_pct: Option<f64>,
    pub white_pct: Option<f64>,
    pub black_pct: Option<f64>,
    pub asian_pct: Option<f64>,
    pub hispanic_pct: Option<f64>,
    pub median_age: Option<f64>,
}

/// A Census 2018 occupation and the SOC code (or pattern, `13-20XX`) it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct CensusOccupation {
    pub code: String,
    pub title: String,
    pub soc: String,
}

pub struct Cps {
    pub census: Vec<CensusOccupation>,
    /// By Census code.
    pub by_census_code: BTreeMap<String, Demographics>,
}

/// Reads the two CPS tables and the Census code list from `dir`.
///
/// # Errors
/// A file is missing or is not laid out as the builder expects.
pub fn read(dir: &Path) -> Result<Cps, SourceError> {
    let census = read_census(&dir.join("crosswalks/census-2018-occupation-code-list.xlsx"))?;
    let by_title: BTreeMap<String, &CensusOccupation> =
        census.iter().map(|c| (fold(&c.title), c)).collect();
    let mut by_census_code: BTreeMap<String, Demographics> = BTreeMap::new();

    let table11 = dir.join("cps/cpsaat11-2022.xlsx");
    let sheet = Sheet::open(
        &table11,
        None,
        "CPS table 11 (cpsaat11), 2022 annual averages",
    )?;
    let (header, cols) = sheet.header(&[
        "Women",
        "White",
        "Black or African American",
        "Asian",
        "Hispanic or Latino",
    ])?;
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        let Some(c) = row.text(0).and_then(|t| by_title.get(&fold(&t))) else {
            continue;
        };
        let d = by_census_code.entry(c.code.clone()).or_default();
        d.census_title = c.title.clone();
        d.women_pct = row.number(cols[0]);
        d.white_pct = row.number(cols[1]);
        d.black_pct = row.number(cols[2]);
        d.asian_pct = row.number(cols[3]);
        d.hispanic_pct = row.number(cols[4]);
    }
    if by_census_code.is_empty() {
        return Err(sheet.unexpected(
            "column A",
            "Census occupation titles",
            "none that the Census code list has",
        ));
    }

    let table11b = dir.join("cps/cpsaat11b-2025.xlsx");
    let sheet = Sheet::open(
        &table11b,
        None,
        "CPS table 11b (cpsaat11b), 2025 annual averages",
    )?;
    let (header, cols) = sheet.header(&["Median age"])?;
    let mut ages = 0;
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        let Some(c) = row.text(0).and_then(|t| by_title.get(&fold(&t))) else {
            continue;
        };
        let d = by_census_code.entry(c.code.clone()).or_default();
        d.census_title = c.title.clone();
        d.median_age = row.number(cols[0]);
        ages += 1;
    }
    if ages == 0 {
        return Err(sheet.unexpected(
            "column A",
            "Census occupation titles",
            "none that the Census code list has",
        ));
    }
    Ok(Cps {
        census,
        by_census_code,
    })
}

fn read_census(file: &Path) -> Result<Vec<CensusOccupation>, SourceError> {
    let sheet = Sheet::open(
        file,
        Some("2018 Census Occ Code List"),
        "the Census 2018 occupation code list with sheet \"2018 Census Occ Code List\"",
    )?;
    let (header, cols) =
        sheet.header(&["2018 Census Title", "2018 Census Code", "2018 SOC Code"])?;
    let mut out = Vec::new();
    for (_, row) in sheet.rows().filter(|(n, _)| *n > header) {
        let (Some(title), Some(code), Some(soc)) =
            (row.text(cols[0]), row.text(cols[1]), row.text(cols[2]))
        else {
            continue;
        };
        // Group rows carry code ranges (`0010-0440`); detailed rows a four-digit code.
        let code = format!("{code:0>4}");
        if code.len() == 4
            && code.bytes().all(|b| b.is_ascii_digit())
            && soc.len() == 7
            && soc.as_bytes()[2] == b'-'
        {
            out.push(CensusOccupation { code, title, soc });
        }
    }
    if out.is_empty() {
        return Err(sheet.unexpected("the rows", "Census codes with their 2018 SOC codes", "none"));
    }
    Ok(out)
}

/// Census and CPS spell the same title with different commas and capitals.
fn fold(title: &str) -> String {
    title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// How closely Census SOC code `census` covers SOC occupation `soc`: 0 for the same code,
/// else the number of digits it leaves open. Census codes leave digits open with `X`
/// (`13-20XX`) or with trailing zeros, as SOC's broad and minor groups do (`11-2030` covers
/// `11-2032`, `25-1000` covers `25-1011`). `None` when it does not cover it.
pub fn coverage(census: &str, soc: &str) -> Option<u32> {
    if census == soc {
        return Some(0);
    }
    let (c, s) = (census.as_bytes(), soc.as_bytes());
    if c.len() != 7 || s.len() != 7 || c[2] != b'-' {
        return None;
    }
    let trailing_zeros = c[3..].iter().rev().take_while(|b| **b == b'0').count();
    let open = |i: usize| c[i] == b'X' || i >= 7 - trailing_zeros;
    let fits = (0..7).all(|i| open(i) || c[i] == s[i]);
    fits.then(|| (0..7).filter(|&i| open(i)).count() as u32)
}

/// The Census occupation that covers `soc` most closely; `None` when none does or when two
/// cover it equally closely (then neither is more right than the other).
pub fn census_for<'a>(soc: &str, census: &'a [CensusOccupation]) -> Option<&'a CensusOccupation> {
    let mut best: Option<(u32, &CensusOccupation)> = None;
    let mut tied = false;
    for c in census {
        let Some(k) = coverage(&c.soc, soc) else {
            continue;
        };
        match best {
            Some((bk, _)) if bk < k => {}
            Some((bk, _)) if bk == k => tied = true,
            _ => {
                best = Some((k, c));
                tied = false;
            }
        }
    }
    if tied { None } else { best.map(|(_, c)| c) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occ(code: &str, soc: &str) -> CensusOccupation {
        CensusOccupation {
            code: code.into(),
            title: code.into(),
            soc: soc.into(),
        }
    }

    #[test]
    fn titles_fold_commas_and_case() {
        assert_eq!(
            fold("Embalmers, crematory operators, and funeral attendants"),
            fold("Embalmers, Crematory Operators and Funeral Attendants")
        );
    }

    #[test]
    fn the_closest_census_code_wins() {
        let census = [
            occ("0960", "13-20XX"),
            occ("0800", "13-2011"),
            occ("0060", "11-2030"),
        ];
        assert_eq!(
            census_for("13-2011", &census).map(|c| c.code.as_str()),
            Some("0800")
        );
        assert_eq!(
            census_for("13-2099", &census).map(|c| c.code.as_str()),
            Some("0960")
        );
        assert_eq!(
            census_for("11-2032", &census).map(|c| c.code.as_str()),
            Some("0060")
        );
        assert_eq!(census_for("15-1252", &census), None);
        let teachers = [occ("2200", "25-1000"), occ("2205", "25-1021")];
        assert_eq!(
            census_for("25-1011", &teachers).map(|c| c.code.as_str()),
            Some("2200")
        );
        assert_eq!(
            census_for("25-1021", &teachers).map(|c| c.code.as_str()),
            Some("2205")
        );
    }

    #[test]
    fn equally_close_codes_give_nothing() {
        let census = [occ("1", "13-20XX"), occ("2", "13-2XX1")];
        assert_eq!(census_for("13-2011", &census), None);
    }
}
