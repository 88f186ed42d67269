//! How numbers read, everywhere: values, differences, points and decimals. A leaf: the
//! comparison, the reports, sorting and the screens all write numbers through it.
//!
//! One rule for decimals: dollars are whole except hourly rates (cents); percentages and
//! differences in points have one decimal (`55.9%`, `46.0%`, `+10.9 pts`), whatever the source
//! printed, so figures from different sources read alike.

/// How a fact's numbers read, which decides how values and differences are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Dollars,
    DollarsCents,
    Percent,
    Count,
    /// Job satisfaction, on the pages' scale of 1 to [`SATISFACTION_SCALE`].
    Rating,
    Years,
    Text,
}

/// The difference column of equal text values (and of equal numbers).
pub const SAME: &str = "same";
/// The scale of the pages' job satisfaction rating.
pub const SATISFACTION_SCALE: u8 = 5;

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
        Unit::Percent => format!("{sign}{}", percent(abs)),
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
        Unit::Percent => points(d),
        // A difference of ratings is in steps of the scale: `+1`, not `+1/5`.
        Unit::Rating => format!("{sign}{}", trim_number(d.abs())),
        _ => format!(
            "{sign}{}{}",
            format_value(unit, d.abs()),
            relative.unwrap_or_default()
        ),
    }
}

/// A percentage, to one decimal: `3.0%` beside `10.4%`, `55.9%` for O*NET's `55.92`.
pub fn percent(v: f64) -> String {
    format!("{v:.1}%")
}

/// A difference of percentages in points, to one decimal: `+21.0 pts`, `-1.0 pt`.
pub fn points(d: f64) -> String {
    let sign = if d > 0.0 { "+" } else { "-" };
    let n = format!("{:.1}", d.abs());
    let word = if n == "1.0" { "pt" } else { "pts" };
    format!("{sign}{n} {word}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 20 item 4: O*NET's two-decimal shares and the pages' whole ones read alike.
    #[test]
    fn percentages_have_one_decimal_whatever_the_source_printed() {
        assert_eq!(format_value(Unit::Percent, 55.92), "55.9%");
        assert_eq!(format_value(Unit::Percent, 46.0), "46.0%");
        assert_eq!(format_value(Unit::Percent, 10.0), "10.0%");
        assert_eq!(format_value(Unit::Percent, -0.44), "-0.4%");
        assert_eq!(difference(Unit::Percent, 55.92, 43.26), "-12.7 pts");
        assert_eq!(difference(Unit::Percent, 10.0, 11.0), "+1.0 pt");
    }

    #[test]
    fn dollars_are_whole_except_hourly_rates() {
        assert_eq!(format_value(Unit::Dollars, 101_419.6), "$101,420");
        assert_eq!(format_value(Unit::DollarsCents, 48.756), "$48.76");
        assert_eq!(
            difference(Unit::Dollars, 101_420.0, 148_100.0),
            "+$46,680 (+46.0%)"
        );
    }
}
