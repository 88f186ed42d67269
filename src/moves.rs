//! Career moves: the jobs most like one real occupation, with what they pay (nationally or in
//! an area), the difference from the job's own pay, growth, entry education, years to become
//! one and the largest skill gaps. `careerscope similar` prints them; the explorer's similar
//! list reads the same rows.

use std::collections::HashMap;

use serde::Serialize;

use crate::catalog::Catalog;
use crate::compare::{UNKNOWN, Unit, areas_of, format_value};
use crate::model::{Profile, YearsRange};
use crate::similar::{self, SkillGap};

/// How many skill gaps a move lists.
pub const GAPS_SHOWN: usize = 3;

/// One job a person in another could move to.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Move {
    pub name: String,
    pub code: String,
    /// How alike the work is, 0-100 (docs/SIMILARITY.md).
    pub similarity: u8,
    /// The annual mean wage: national, or in `area` when one was asked for.
    pub yearly_salary: Option<u64>,
    /// This job's pay minus the job moved from (both national, or both in the area).
    pub pay_difference: Option<i64>,
    pub growth_rate_pct: Option<f64>,
    pub typical_entry_education: Option<String>,
    pub years_to_become: Option<YearsRange>,
    /// What this job needs more of than the job moved from, largest first (the first three).
    pub skill_gaps: Vec<SkillGap>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
}

/// What to list.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// At most this many moves.
    pub limit: usize,
    /// Only jobs that pay more than the job moved from.
    pub pays_more: bool,
    /// Pay in this state or metro area (as OEWS names it) instead of national pay.
    pub area: Option<String>,
}

/// A job's annual mean wage: national, or in `area`.
pub fn pay(p: &Profile, area: Option<&str>) -> Option<u64> {
    match area {
        None => p.overview.as_ref()?.yearly_salary,
        Some(area) => areas_of(p)
            .find(|a| a.area().eq_ignore_ascii_case(area))
            .map(|a| a.mean()),
    }
}

/// The moves from `from` (a real occupation of `catalog`), most similar first, as `options`
/// say.
///
/// # Errors
/// `from` is a page job (no SOC code, so no similarity), or a profile cannot be read.
pub fn moves(catalog: &Catalog, from: &Profile, options: &Options) -> Result<Vec<Move>, String> {
    moves_by(catalog, &occupations_by_code(catalog)?, from, options)
}

/// [`moves`] with the occupations' index by code already made ([`occupations_by_code`]), as
/// the explorer keeps it.
///
/// # Errors
/// As [`moves`].
pub fn moves_by(
    catalog: &Catalog,
    by_code: &HashMap<String, usize>,
    from: &Profile,
    options: &Options,
) -> Result<Vec<Move>, String> {
    let Some(code) = from.code.as_deref() else {
        return Err(format!(
            "{} is a page job: only real occupations (with a SOC code) have similar jobs",
            crate::text::escape_controls(&from.name)
        ));
    };
    let area = options.area.as_deref();
    let own_pay = pay(from, area);
    let mut out = Vec::new();
    for (other, similarity) in similar::neighbours(code) {
        if out.len() >= options.limit {
            break;
        }
        let Some(&index) = by_code.get(other.as_str()) else {
            continue;
        };
        let p = catalog.profile(index).map_err(|e| e.to_string())?;
        let yearly_salary = pay(&p, area);
        let pay_difference = match (yearly_salary, own_pay) {
            (Some(a), Some(b)) => Some(a as i64 - b as i64),
            _ => None,
        };
        if options.pays_more && pay_difference.is_none_or(|d| d <= 0) {
            continue;
        }
        let mut gaps = similar::skill_gaps(from, &p);
        gaps.truncate(GAPS_SHOWN);
        out.push(Move {
            name: p.name.clone(),
            code: other.clone(),
            similarity: *similarity,
            yearly_salary,
            pay_difference,
            growth_rate_pct: p.overview.as_ref().and_then(|o| o.growth_rate_pct),
            typical_entry_education: p
                .education
                .as_ref()
                .and_then(|e| e.typical_entry_education.clone()),
            years_to_become: p.years_to_become,
            skill_gaps: gaps,
            area: options.area.clone(),
        });
    }
    Ok(out)
}

/// Each real occupation's index in `catalog`, by SOC code.
///
/// # Errors
/// A profile cannot be read.
pub fn occupations_by_code(catalog: &Catalog) -> Result<HashMap<String, usize>, String> {
    // The figures for sorting carry the code and are read without building each profile.
    let facets = catalog.facets().map_err(|e| e.to_string())?;
    Ok(crate::rank::occupations_by_code(&facets, |i| {
        catalog.is_occupation(i)
    }))
}

/// The moves as an aligned table, with a heading naming the job moved from and where the pay
/// is from, and a line on what the numbers are.
pub fn text(from: &Profile, moves: &[Move], options: &Options) -> String {
    use crate::text::{pad, width};
    let money = |v: Option<u64>| {
        v.map_or(UNKNOWN.to_string(), |v| {
            format_value(Unit::Dollars, v as f64)
        })
    };
    let signed = |d: Option<i64>| match d {
        None => UNKNOWN.to_string(),
        Some(d) if d > 0 => format!("+{}", format_value(Unit::Dollars, d as f64)),
        Some(d) => format_value(Unit::Dollars, d as f64),
    };
    let years = |y: &Option<YearsRange>| match y {
        None => UNKNOWN.to_string(),
        Some(y) if y.max == 0 => "under 1".to_string(),
        Some(y) if y.min == y.max => format!("{}", y.min),
        Some(y) => format!("{}-{}", y.min, y.max),
    };
    let where_ = options.area.as_deref().unwrap_or("national");
    let mut rows: Vec<[String; 8]> = vec![[
        "Similar".into(),
        "Job".into(),
        format!("Pay ({where_})"),
        "vs now".into(),
        "Growth".into(),
        "Entry education".into(),
        "Years (est.)".into(),
        "Largest skill gaps".into(),
    ]];
    for m in moves {
        let gaps: Vec<String> = m
            .skill_gaps
            .iter()
            .map(|g| format!("{} +{}", g.skill, g.gap.round()))
            .collect();
        rows.push([
            m.similarity.to_string(),
            m.name.clone(),
            money(m.yearly_salary),
            signed(m.pay_difference),
            m.growth_rate_pct
                .map_or(UNKNOWN.to_string(), |g| format_value(Unit::Percent, g)),
            m.typical_entry_education
                .clone()
                .unwrap_or_else(|| UNKNOWN.into()),
            years(&m.years_to_become),
            gaps.join(", "),
        ]);
    }
    let widths: Vec<usize> = (0..8)
        .map(|c| rows.iter().map(|r| width(&r[c])).max().unwrap_or(0))
        .collect();
    let mut out = format!(
        "Jobs most like {} (SOC {}), most similar first\n",
        from.name,
        from.code.as_deref().unwrap_or(UNKNOWN)
    );
    for r in &rows {
        let line: Vec<String> = r.iter().zip(&widths).map(|(c, w)| pad(c, *w)).collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    if moves.is_empty() {
        out.push_str("(none)\n");
    }
    out.push_str(
        "Similar: 0-100 from O*NET skills, knowledge, work activities, tasks, titles and interests \
         (docs/SIMILARITY.md). Pay: BLS OEWS May 2025 annual mean. Growth: BLS EP 2024-34. \
         Years: an estimate from BLS EP entry education, experience and training. Skill gaps: \
         O*NET importance (0-100) this job needs beyond the one moved from.\n",
    );
    out
}
