//! BLS Occupational Employment and Wage Statistics, May 2025: the SQLite build of the `oe`
//! time-series files. A cell's key is `OEU` + area type (1) + area (7) + industry (6) + SOC (6).

use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use flate2::read::GzDecoder;
use rusqlite::{Connection, OpenFlags};

use crate::sheet::SourceError;

/// The release this builder is written for; another release is refused, not misread.
pub const RELEASE: &str = "May 2025";

/// The published wage figures of one occupation in one place (national, a state, a metro
/// area or an industry). `None` is a figure OEWS does not publish (`-`, a footnote).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Wages {
    pub employment: Option<f64>,
    pub hourly_mean: Option<f64>,
    pub annual_mean: Option<f64>,
    pub annual_p10: Option<f64>,
    pub annual_p25: Option<f64>,
    pub annual_median: Option<f64>,
    pub annual_p75: Option<f64>,
    pub annual_p90: Option<f64>,
}

/// A place or industry with the highest annual mean wage for an occupation.
#[derive(Debug, Clone, PartialEq)]
pub struct Best {
    pub name: String,
    pub annual_mean: f64,
}

/// An occupation's annual pay in one area: mean, median, 10th and 90th percentile.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaPay {
    pub area: String,
    pub wages: Wages,
}

/// What the builder takes from OEWS for each detailed occupation.
#[derive(Debug, Clone)]
pub struct Occupation {
    pub code: String,
    pub name: String,
    pub national: Wages,
    pub best_state: Option<Best>,
    /// The occupation's pay in each state, DC and territory that OEWS publishes it for.
    pub states: Vec<AreaPay>,
    /// The occupation's pay in each metropolitan area that OEWS publishes it for.
    pub metros: Vec<AreaPay>,
    pub best_metro: Option<Best>,
    pub best_industry: Option<Best>,
}

pub struct Oews {
    /// Detailed occupations (display level 3), by SOC code `15-1252`.
    pub occupations: BTreeMap<String, Occupation>,
    /// SOC major groups (`15-0000` → "Computer and Mathematical Occupations").
    pub major_groups: BTreeMap<String, String>,
    /// Each metropolitan and nonmetropolitan area's employment in all occupations, by name:
    /// how large it is, for ordering areas of one name (`Columbus`) largest first.
    pub metro_employment: BTreeMap<String, u64>,
}

const COLUMNS: &str = "key, v01, v03, v04, v11, v12, v13, v14, v15";

/// Reads the gzip-compressed SQLite file.
///
/// # Errors
/// The file is missing, not gzip, not the OEWS SQLite layout, or another release.
pub fn read(file: &Path) -> Result<Oews, SourceError> {
    let unreadable = |reason: String| {
        SourceError::Unreadable {
        file: file.to_path_buf(),
        reason,
        expected:
            "the gzip-compressed OEWS SQLite database (tables cell, occupation, area, industry, meta)"
                .to_string(),
    }
    };
    // SQLite reads files, not streams: unpack into a temporary file that is removed on drop.
    let mut unpacked = tempfile::NamedTempFile::new().map_err(|e| unreadable(e.to_string()))?;
    let mut gz = GzDecoder::new(std::fs::File::open(file).map_err(|e| unreadable(e.to_string()))?);
    io::copy(&mut gz, &mut unpacked).map_err(|e| unreadable(format!("gunzip: {e}")))?;
    let db = Connection::open_with_flags(unpacked.path(), OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| unreadable(e.to_string()))?;
    let sql = |e: rusqlite::Error| unreadable(format!("SQLite: {e}"));

    let release: String = db
        .query_row("SELECT value FROM meta WHERE name = 'release'", [], |r| {
            r.get(0)
        })
        .map_err(sql)?;
    if release != RELEASE {
        return Err(SourceError::Unexpected {
            file: file.to_path_buf(),
            place: "table meta, release".into(),
            expected: format!("the {RELEASE} release"),
            found: release,
        });
    }
    let (mut occupations, major_groups) = occupations(&db).map_err(sql)?;
    let areas = names(&db, "SELECT area_code, area_name FROM area").map_err(sql)?;
    add_figures(&db, &areas, &mut occupations).map_err(sql)?;
    let metro_employment = metro_employment(&db, &areas).map_err(sql)?;
    Ok(Oews {
        occupations,
        major_groups,
        metro_employment,
    })
}

/// Each metro area's employment in all occupations and industries (cell `OEUM` + area +
/// `000000` + `000000`, column v01), by the area's name (`areas`: names by area code).
fn metro_employment(
    db: &Connection,
    areas: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, u64>, rusqlite::Error> {
    let mut stmt = db.prepare(
        "SELECT key, v01 FROM cell WHERE key >= 'OEUM' AND key < 'OEUN' \
         AND substr(key, 12, 12) = '000000000000'",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    let mut out = BTreeMap::new();
    for row in rows {
        let (key, employment) = row?;
        let (Some(area), Some(n)) = (
            key.get(AREA).and_then(|code| areas.get(code)),
            employment.as_deref().and_then(figure),
        ) else {
            continue;
        };
        out.insert(area.clone(), n as u64);
    }
    Ok(out)
}

/// The detailed occupations (display level 3) and the major groups (level 0).
type Occupations = (BTreeMap<String, Occupation>, BTreeMap<String, String>);

fn occupations(db: &Connection) -> Result<Occupations, rusqlite::Error> {
    let mut occupations = BTreeMap::new();
    let mut major_groups = BTreeMap::new();
    let mut stmt = db.prepare(
        "SELECT occupation_code, occupation_name, display_level FROM occupation ORDER BY occupation_code",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    for row in rows {
        let (soc, name, level) = row?;
        let code = dashed(&soc);
        if level == 3 {
            let occupation = Occupation {
                code: code.clone(),
                name,
                national: Wages::default(),
                best_state: None,
                states: Vec::new(),
                metros: Vec::new(),
                best_metro: None,
                best_industry: None,
            };
            occupations.insert(code, occupation);
        } else if level == 0 && soc.ends_with("0000") && soc != "000000" {
            major_groups.insert(code, name);
        }
    }
    Ok((occupations, major_groups))
}

/// The national figures, and the state, metro area and industry that pay each occupation best.
fn add_figures(
    db: &Connection,
    areas: &BTreeMap<String, String>,
    occupations: &mut BTreeMap<String, Occupation>,
) -> Result<(), rusqlite::Error> {
    let mut stmt = db.prepare(&format!(
        "SELECT {COLUMNS} FROM cell WHERE key >= 'OEUN0000000000000' AND key < 'OEUN0000000000001'"
    ))?;
    for (key, wages) in query_wages(&mut stmt)? {
        if let Some(o) = occupations.get_mut(&dashed(&key[17..])) {
            o.national = wages;
        }
    }
    // Levels 0 and 1 are ownership totals (all industries, private only, all government), not
    // industries a person could choose.
    let industries = names(
        db,
        "SELECT industry_code, industry_name FROM industry WHERE display_level >= 2",
    )?;
    let states = best_paying(db, ("OEUS", "OEUT"), AREA, areas, true)?;
    let metros = best_paying(db, ("OEUM", "OEUN"), AREA, areas, true)?;
    let by_industry = best_paying(
        db,
        ("OEUN0000000", "OEUN0000001"),
        INDUSTRY,
        &industries,
        false,
    )?;
    for (from, to, metro) in [("OEUS", "OEUT", false), ("OEUM", "OEUN", true)] {
        let mut stmt = db.prepare(&format!(
            "SELECT {COLUMNS} FROM cell WHERE key >= '{from}' AND key < '{to}' ORDER BY key"
        ))?;
        for (key, wages) in query_wages(&mut stmt)? {
            let (Some(area), Some(o)) = (
                areas.get(&key[AREA]),
                occupations.get_mut(&dashed(&key[17..])),
            ) else {
                continue;
            };
            if key[INDUSTRY] == *"000000" && wages.annual_mean.is_some() {
                let pay = AreaPay {
                    area: area.clone(),
                    wages,
                };
                if metro {
                    o.metros.push(pay);
                } else {
                    o.states.push(pay);
                }
            }
        }
    }
    for (code, o) in occupations.iter_mut() {
        o.best_state = states.get(code).cloned();
        o.best_metro = metros.get(code).cloned();
        o.best_industry = by_industry.get(code).cloned();
    }
    Ok(())
}

/// Where a cell key holds its area code and its industry code.
const AREA: std::ops::Range<usize> = 4..11;
const INDUSTRY: std::ops::Range<usize> = 11..17;

/// For each occupation, the place (or industry) among the keys in `range` with the highest
/// published annual mean wage. `part` is where a key names that place, `names` the places
/// that count; `industry_total` keeps the all-industry cells (places) or the others
/// (industries).
fn best_paying(
    db: &Connection,
    range: (&str, &str),
    part: std::ops::Range<usize>,
    names: &BTreeMap<String, String>,
    industry_total: bool,
) -> Result<BTreeMap<String, Best>, rusqlite::Error> {
    let (from, to) = range;
    let mut stmt = db.prepare(&format!(
        "SELECT {COLUMNS} FROM cell WHERE key >= '{from}' AND key < '{to}' ORDER BY key"
    ))?;
    let mut out: BTreeMap<String, Best> = BTreeMap::new();
    for (key, wages) in query_wages(&mut stmt)? {
        if (key[INDUSTRY] == *"000000") != industry_total {
            continue;
        }
        let (Some(name), Some(mean)) = (names.get(&key[part.clone()]), wages.annual_mean) else {
            continue;
        };
        let soc = dashed(&key[17..]);
        // Keys arrive in order, so on a tie the first area or industry code stays.
        if out.get(&soc).is_none_or(|b| mean > b.annual_mean) {
            let best = Best {
                name: name.clone(),
                annual_mean: mean,
            };
            out.insert(soc, best);
        }
    }
    Ok(out)
}

/// `151252` → `15-1252`.
pub fn dashed(soc: &str) -> String {
    if soc.len() == 6 && soc.is_ascii() {
        format!("{}-{}", &soc[..2], &soc[2..])
    } else {
        soc.to_string()
    }
}

fn names(db: &Connection, sql: &str) -> Result<BTreeMap<String, String>, rusqlite::Error> {
    let mut stmt = db.prepare(sql)?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

fn query_wages(stmt: &mut rusqlite::Statement) -> Result<Vec<(String, Wages)>, rusqlite::Error> {
    let rows = stmt.query_map([], |r| {
        let v = |i: usize| -> Result<Option<f64>, rusqlite::Error> {
            Ok(r.get::<_, Option<String>>(i)?.as_deref().and_then(figure))
        };
        Ok((
            r.get::<_, String>(0)?,
            Wages {
                employment: v(1)?,
                hourly_mean: v(2)?,
                annual_mean: v(3)?,
                annual_p10: v(4)?,
                annual_p25: v(5)?,
                annual_median: v(6)?,
                annual_p75: v(7)?,
                annual_p90: v(8)?,
            },
        ))
    })?;
    rows.filter(|r| r.as_ref().map_or(true, |(k, _)| k.len() == 23))
        .collect()
}

/// A published OEWS figure; `-`, `*`, `#` and blanks are not published.
pub fn figure(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_get_their_dash() {
        assert_eq!(dashed("151252"), "15-1252");
        assert_eq!(dashed("15-1252"), "15-1252");
    }

    #[test]
    fn suppressed_figures_are_none() {
        assert_eq!(figure("-"), None);
        assert_eq!(figure(""), None);
        assert_eq!(figure("#"), None);
        assert_eq!(figure("148100"), Some(148_100.0));
        assert_eq!(figure("71.20"), Some(71.2));
    }
}
