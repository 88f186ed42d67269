//! How numbers read, everywhere: values, differences, points and decimals.

use super::fact::Unit;
use super::{SAME, SATISFACTION_SCALE};

/// `1234567` → `1,234,567`.
pub fn thousands(v: u64) -> String {
    let digits = v.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A number as the page would write it.
pub fn format_value(unit: Unit, v: f64) -> String {
    let sign = if v < 0.0 { "-" } else { "" };
    let abs = v.abs();
    match unit {
        Unit::Dollars => format!("{sign}${}", thousands(abs.round() as u64)),
        Unit::DollarsCents => format!("{sign}${abs:.2}"),
        Unit::Percent => format!("{sign}{}%", trim_number(abs)),
        Unit::Count => format!("{sign}{}", thousands(abs.round() as u64)),
        Unit::Rating => format!("{sign}{}/{SATISFACTION_SCALE}", trim_number(abs)),
        Unit::Text => format!("{sign}{}", trim_number(abs)),
        Unit::Years => {
            let n = trim_number(abs);
            let word = if abs == 1.0 { "year" } else { "years" };
            format!("{sign}{n} {word}")
        }
    }
}

/// `4.0` → `4`, `4.14` → `4.14`, `0.5` → `0.5`.
pub fn trim_number(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// B − A in the unit, with the change relative to A for amounts.
pub fn difference(unit: Unit, a: f64, b: f64) -> String {
    let d = b - a;
    if d == 0.0 {
        return SAME.to_string();
    }
    let sign = if d > 0.0 { "+" } else { "-" };
    let relative = match unit {
        Unit::Dollars | Unit::DollarsCents | Unit::Count if a != 0.0 => {
            Some(format!(" ({sign}{:.1}%)", (d.abs() / a.abs()) * 100.0))
        }
        _ => None,
    };
    match unit {
        // A difference of percentages is in points, not percent.
        Unit::Percent => points(d, decimals(&[a, b])),
        // A difference of ratings is in steps of the scale: `+1`, not `+1/5`.
        Unit::Rating => format!("{sign}{}", trim_number(d.abs())),
        _ => format!(
            "{sign}{}{}",
            format_value(unit, d.abs()),
            relative.unwrap_or_default()
        ),
    }
}

/// How many decimals (up to 2) the most precise of `values` needs: 1 for 10.4, 0 for 10.
pub fn decimals(values: &[f64]) -> usize {
    values
        .iter()
        .map(|v| {
            let s = trim_number(v.abs());
            s.find('.').map_or(0, |dot| s.len() - dot - 1)
        })
        .max()
        .unwrap_or(0)
}

/// A percentage with a fixed number of decimals: `3.0%` beside `10.4%`.
pub fn percent(v: f64, decimals: usize) -> String {
    format!("{v:.decimals$}%")
}

/// A difference of percentages in points: `+21.0 pts`, `-1 pt`.
pub fn points(d: f64, decimals: usize) -> String {
    let sign = if d > 0.0 { "+" } else { "-" };
    let n = format!("{:.decimals$}", d.abs());
    let word = if n == "1" { "pt" } else { "pts" };
    format!("{sign}{n} {word}")
}

/// Writes the percentages of each kind of fact (every race share, say) with one number of
/// decimals, the most any of them needs, so `3.0%` stands beside `10.4%` and `+21.0 pts` beside
/// `-7.6 pts`, as the pages write them.
pub fn even_out_percentages(facts: &mut [super::Fact]) {
    let mut ids: Vec<super::FactId> = facts
        .iter()
        .filter(|f| f.unit == Unit::Percent)
        .map(|f| f.id)
        .collect();
    ids.dedup();
    for id in ids {
        let values: Vec<f64> = facts
            .iter()
            .filter(|f| f.id == id)
            .flat_map(|f| f.values.iter().flatten().copied())
            .collect();
        let n = decimals(&values);
        for f in facts.iter_mut().filter(|f| f.id == id) {
            for i in 0..f.len() {
                let Some(v) = f.amount(i) else { continue };
                f.shown[i] = match f.texts.get(i).and_then(Option::as_deref) {
                    Some(text) => format!("{text} ({})", percent(v, n)),
                    None => percent(v, n),
                };
            }
            let pinned = f.amount(0);
            for i in 1..f.len() {
                if let (Some(p), Some(v)) = (pinned, f.amount(i))
                    && p != v
                {
                    f.differences[i] = Some(points(v - p, n));
                }
            }
        }
    }
}
