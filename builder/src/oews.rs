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

/// What the builder takes from OEWS for each detailed occupation.
#[derive(Debug, Clone)]
pub struct Occupation {
    pub code: String,
    pub name: String,
    pub national: Wages,
    pub best_state: Option<Best>,
    pub best_metro: Option<Best>,
    pub best_industry: Option<Best>,
}

pub struct Oews {
    /// Detailed occupations (display level 3), by SOC code `15-1252`.
    pub occupations: BTreeMap<String, Occupation>,
    /// SOC major groups (`15-0000` → "Computer and Mathematical Occupations").
    pub major_groups: BTreeMap<String, String>,
}

const COLUMNS: &str = "key, v01, v03, v04, v11, v12, v13, v14, v15";

/// Reads the gzip-compressed SQLite file.
///
/// # Errors
/// The file is missing, not gzip, not the OEWS SQLite layout, or another release.
pub fn read(file: &Path) -> Result<Oews, SourceError> {
    let expected =
        "the gzip-compressed OEWS SQLite database (tables cell, occupation, area, industry, meta)";
    let unreadable = |reason: String| SourceError::Unreadable {
        file: file.to_path_buf(),
        reason,
        expected: expected.to_string(),
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

    let mut occupations = BTreeMap::new();
    let mut major_groups = BTreeMap::new();
    let mut stmt = db
        .prepare("SELECT occupation_code, occupation_name, display_level FROM occupation ORDER BY occupation_code")
        .map_err(sql)?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })
        .map_err(sql)?;
    for row in rows {
        let (soc, name, level) = row.map_err(sql)?;
        let code = dashed(&soc);
        if level == 3 {
            occupations.insert(
                code.clone(),
                Occupation {
                    code,
                    name,
                    national: Wages::default(),
                    best_state: None,
                    best_metro: None,
                    best_industry: None,
                },
            );
        } else if level == 0 && soc.ends_with("0000") && soc != "000000" {
            major_groups.insert(code, name);
        }
    }

    // National, all industries.
    let mut stmt = db
        .prepare(&format!(
            "SELECT {COLUMNS} FROM cell WHERE key >= 'OEUN0000000000000' AND key < 'OEUN0000000000001'"
        ))
        .map_err(sql)?;
    for (key, wages) in query_wages(&mut stmt).map_err(sql)? {
        if let Some(o) = occupations.get_mut(&dashed(&key[17..])) {
            o.national = wages;
        }
    }

    let areas = names(&db, "SELECT area_code, area_name FROM area").map_err(sql)?;
    let industries = names(
        &db,
        // Levels 0 and 1 are ownership totals (all industries, private only, all government),
        // not industries a person could choose.
        "SELECT industry_code, industry_name FROM industry WHERE display_level >= 2",
    )
    .map_err(sql)?;

    let best = |from: &str,
                to: &str,
                part: std::ops::Range<usize>,
                wanted: &BTreeMap<String, String>,
                keep_industry_total: bool|
     -> Result<BTreeMap<String, Best>, rusqlite::Error> {
        let mut stmt = db.prepare(&format!(
            "SELECT {COLUMNS} FROM cell WHERE key >= '{from}' AND key < '{to}' ORDER BY key"
        ))?;
        let mut out: BTreeMap<String, Best> = BTreeMap::new();
        for (key, wages) in query_wages(&mut stmt)? {
            let industry_total = &key[11..17] == "000000";
            if industry_total != keep_industry_total {
                continue;
            }
            let (Some(name), Some(mean)) = (wanted.get(&key[part.clone()]), wages.annual_mean)
            else {
                continue;
            };
            let soc = dashed(&key[17..]);
            // Keys arrive in order, so on a tie the first area or industry code stays.
            if out.get(&soc).is_none_or(|b| mean > b.annual_mean) {
                out.insert(
                    soc,
                    Best {
                        name: name.clone(),
                        annual_mean: mean,
                    },
                );
            }
        }
        Ok(out)
    };
    let states = best("OEUS", "OEUT", 4..11, &areas, true).map_err(sql)?;
    let metros = best("OEUM", "OEUN", 4..11, &areas, true).map_err(sql)?;
    let by_industry =
        best("OEUN0000000", "OEUN0000001", 11..17, &industries, false).map_err(sql)?;
    for (code, o) in occupations.iter_mut() {
        o.best_state = states.get(code).cloned();
        o.best_metro = metros.get(code).cloned();
        o.best_industry = by_industry.get(code).cloned();
    }
    Ok(Oews {
        occupations,
        major_groups,
    })
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
