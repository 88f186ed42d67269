//! Table cells: the grammar of each row's values, and splitting two glued cells apart.
//!
//! A copied page glues a row's two cells together (`Average age4244`). Each row has a cell
//! grammar; every split point whose two halves both fit the grammar is a candidate. When the
//! grammar leaves more than one candidate, the caller weighs other evidence on the page, and if
//! that does not settle it the value stays empty with a warning: the importer never guesses.

use crate::model::{Degree, MoneyRange, Share};

/// The value of one cell, typed by its row's grammar. `Unknown` is the page's `-`.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Unknown,
    Int(u64),
    Num(f64),
    Text(String),
    Degree(Degree),
    Range(MoneyRange),
    Shares(Vec<Share>),
}

/// The grammar of a row's cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `$90,615`
    Dollars,
    /// `$43.56`
    DollarsCents,
    /// `10%`, `-3%`, `4.5%`
    Percent,
    /// `250,590`
    Count,
    /// `4.14` on a 0–5 scale
    Satisfaction,
    /// `42`
    Age,
    /// `2`, `12`: the upper bound of the narrative's range, in its unit
    Years,
    /// `Bachelor's Degree, 50%`
    Degree,
    /// `Between $67,000 And $121,000`
    Range,
    /// `San Francisco, CA`
    City,
    /// `California`
    State,
    /// `Meta`, `Computer Science`
    Text,
    /// `Male, 83.4% Female, 16.6%`
    Shares,
}

/// Reads one cell (already separated from its neighbour) under `kind`'s grammar.
pub fn parse_cell(kind: Kind, s: &str) -> Option<Cell> {
    let s = s.trim();
    if s == "-" {
        return Some(Cell::Unknown);
    }
    match kind {
        Kind::Dollars => dollars(s).map(Cell::Int),
        Kind::DollarsCents => dollars_cents(s).map(Cell::Num),
        Kind::Percent => percent(s).map(Cell::Num),
        Kind::Count => grouped(s).map(Cell::Int),
        Kind::Satisfaction => satisfaction(s).map(Cell::Num),
        Kind::Age => age(s).map(Cell::Int),
        Kind::Years => small_int(s).map(Cell::Int),
        Kind::Degree => degree(s).map(Cell::Degree),
        Kind::Range => range(s).map(Cell::Range),
        Kind::City => city(s).map(Cell::Text),
        Kind::State | Kind::Text => text(s).map(Cell::Text),
        Kind::Shares => shares(s).map(Cell::Shares),
    }
}

/// One way to read a glued pair of cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    pub left: String,
    pub right: String,
    pub cells: (Cell, Cell),
}

/// The most readings [`split_pair`] returns: more than one is already ambiguous, and a warning
/// that lists them need not list hundreds.
pub const MAX_READINGS: usize = 8;

/// The longest cell `kind`'s grammar reads, in bytes. Real cells are far shorter (the longest,
/// a race ratio of six groups, is about 150 bytes); the bound keeps the work on one glued row
/// linear in its length whatever the row holds: a row longer than two cells is not read at all.
pub fn max_cell(kind: Kind) -> usize {
    match kind {
        Kind::Dollars
        | Kind::DollarsCents
        | Kind::Percent
        | Kind::Count
        | Kind::Satisfaction
        | Kind::Age
        | Kind::Years => 40,
        Kind::Range => 100,
        Kind::Degree | Kind::City | Kind::State | Kind::Text => 400,
        Kind::Shares => 2000,
    }
}

/// Every way `glued` can be read as two cells of `kind`, best evidence first (at most
/// [`MAX_READINGS`]).
///
/// Numeric grammars are exact, so all their candidates are returned as equals. Free text has no
/// exact grammar, so its candidates are ranked by how a cell boundary looks (a `-` cell, two equal
/// halves, a lower-case letter followed by a capital, any other character followed by a capital)
/// and only the best rank is returned.
///
/// The candidates are found as split offsets and only the chosen ones are copied, and no cell is
/// longer than [`max_cell`]: the work is linear in the length of `glued`.
pub fn split_pair(kind: Kind, glued: &str) -> Vec<Split> {
    let glued = glued.trim();
    let max = max_cell(kind);
    if glued.len() > 2 * max {
        return Vec::new();
    }
    let lo = glued.len().saturating_sub(max);
    let found: Vec<usize> = glued
        .char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .filter(|&i| (lo..=max).contains(&i))
        .filter(|&i| {
            let (left, right) = glued.split_at(i);
            !left.ends_with(' ')
                && !right.starts_with(' ')
                && may_border(kind, left, right)
                && fits(kind, left)
                && fits(kind, right)
        })
        .collect();
    let halves = |i: usize| glued.split_at(i);
    let chosen: Vec<usize> = match kind {
        Kind::State => {
            let known: Vec<usize> = found
                .iter()
                .copied()
                .filter(|&i| {
                    let (l, r) = halves(i);
                    is_known_state(l) && is_known_state(r)
                })
                .collect();
            if known.is_empty() {
                best_text_rank(glued, found)
            } else {
                known
            }
        }
        Kind::Text => best_text_rank(glued, found),
        Kind::Shares => {
            // Each job's shares add up to a whole; prefer the reading where both do.
            let whole = |i: &usize| {
                let (l, r) = halves(*i);
                [l, r]
                    .iter()
                    .all(|h| parse_cell(kind, h).as_ref().is_some_and(adds_to_whole))
            };
            let w: Vec<usize> = found.iter().copied().filter(whole).collect();
            if w.is_empty() { found } else { w }
        }
        _ => found,
    };
    chosen
        .into_iter()
        .take(MAX_READINGS)
        .filter_map(|i| {
            let (left, right) = halves(i);
            Some(Split {
                left: left.to_string(),
                right: right.to_string(),
                cells: (parse_cell(kind, left)?, parse_cell(kind, right)?),
            })
        })
        .collect()
}

/// Whether `glued`, a row's two cells of `kind` glued together, is whole even if the page was
/// cut right after it: every reading has both cells ending in a character that no cell of
/// `kind` goes on after. Only a percentage is built so (`6%`: a number, then `%`, and `%`
/// nowhere else), so `LGBT Percentage6%6%` cannot have lost anything. `250,590209,8` may be
/// `209,820` cut short, and `6%-` may be `6%-3%`: those are not whole.
pub fn is_whole(kind: Kind, glued: &str) -> bool {
    if kind != Kind::Percent {
        return false;
    }
    let readings = split_pair(kind, glued);
    !readings.is_empty()
        && readings
            .iter()
            .all(|s| s.left.trim_end().ends_with('%') && s.right.trim_end().ends_with('%'))
}

/// Whether `s` reads as one cell of `kind`, without copying it.
fn fits(kind: Kind, s: &str) -> bool {
    match kind {
        Kind::State | Kind::Text => {
            let s = s.trim();
            s == "-" || text_ok(s)
        }
        _ => parse_cell(kind, s).is_some(),
    }
}

/// A cheap test of the characters on both sides of a split: the last character a cell of
/// `kind` can end with, the first it can start with (or the cell is `-`).
fn may_border(kind: Kind, left: &str, right: &str) -> bool {
    let (Some(l), Some(r)) = (
        left.trim_end().chars().last(),
        right.trim_start().chars().next(),
    ) else {
        return false;
    };
    let ends = match kind {
        Kind::Dollars | Kind::DollarsCents | Kind::Count | Kind::Range => l.is_ascii_digit(),
        Kind::Satisfaction | Kind::Age | Kind::Years => l.is_ascii_digit(),
        Kind::Percent | Kind::Degree | Kind::Shares => l == '%',
        Kind::City => l.is_ascii_uppercase(),
        Kind::State | Kind::Text => true,
    };
    let starts = match kind {
        Kind::Dollars | Kind::DollarsCents => r == '$',
        Kind::Percent | Kind::Count | Kind::Satisfaction | Kind::Age | Kind::Years => {
            r.is_ascii_digit()
        }
        Kind::Range => r.eq_ignore_ascii_case(&'b'),
        Kind::Degree | Kind::City | Kind::State | Kind::Text | Kind::Shares => r.is_alphanumeric(),
    };
    (ends || l == '-') && (starts || r == '-')
}

fn best_text_rank(glued: &str, found: Vec<usize>) -> Vec<usize> {
    let halves = |i: usize| glued.split_at(i);
    let Some(best) = found.iter().map(|&i| text_rank(halves(i))).min() else {
        return found;
    };
    // A capital after a lower-case letter is also how many names are written inside
    // ("McKinsey", "PayPal"), so it cannot outrank a boundary that is just as plausible: a number
    // starting a cell ("Company|3M") or a capitalized word after an acronym ("IBM|McKinsey").
    found
        .into_iter()
        .filter(|&i| {
            let rank = text_rank(halves(i));
            rank == best || (best == 2 && rank == 3 && rivals_a_capital(halves(i)))
        })
        .collect()
}

/// Whether a boundary that is not lower-case-then-capital is as good a cell boundary as one
/// that is: the right cell starts with a digit after a non-digit, or with a capitalized word
/// right after an acronym that stands on its own (not the tail of a word like "AmericaJP").
fn rivals_a_capital((left, right): (&str, &str)) -> bool {
    let mut right = right.chars();
    let (Some(r0), r1) = (right.next(), right.next()) else {
        return false;
    };
    let Some(l) = left.chars().last() else {
        return false;
    };
    if r0.is_ascii_digit() {
        return !l.is_ascii_digit();
    }
    let acronym_start = left.trim_end_matches(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let acronym_ends_left = acronym_start.len() < left.len()
        && !acronym_start.chars().last().is_some_and(char::is_lowercase);
    r0.is_uppercase() && r1.is_some_and(char::is_lowercase) && acronym_ends_left
}

/// Lower is more convincing.
fn text_rank((left, right): (&str, &str)) -> u8 {
    if left == "-" || right == "-" {
        return 0;
    }
    if left == right {
        return 1;
    }
    match (left.chars().last(), right.chars().next()) {
        (Some(l), Some(r)) if l.is_lowercase() && r.is_uppercase() => 2,
        (Some(_), Some(r)) if r.is_uppercase() || r.is_ascii_digit() => 3,
        _ => 4,
    }
}

fn adds_to_whole(cell: &Cell) -> bool {
    match cell {
        Cell::Shares(v) => (v.iter().map(|s| s.pct).sum::<f64>() - 100.0).abs() <= 1.5,
        _ => true,
    }
}

/// `1,234,567` with correct thousands groups, or a plain number below 1,000.
fn grouped(s: &str) -> Option<u64> {
    let mut groups = s.split(',');
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || !all_digits(first) || has_leading_zero(first) {
        return None;
    }
    let mut value: u64 = first.parse().ok()?;
    for g in groups {
        if g.len() != 3 || !all_digits(g) {
            return None;
        }
        value = value.checked_mul(1000)?.checked_add(g.parse().ok()?)?;
    }
    Some(value)
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn has_leading_zero(s: &str) -> bool {
    s.len() > 1 && s.starts_with('0')
}

fn dollars(s: &str) -> Option<u64> {
    grouped(s.strip_prefix('$')?)
}

fn dollars_cents(s: &str) -> Option<f64> {
    let s = s.strip_prefix('$')?;
    let (whole, cents) = match s.split_once('.') {
        Some((w, c)) if c.len() == 2 && all_digits(c) => (w, c),
        Some(_) => return None,
        None => (s, "00"),
    };
    let whole = grouped(whole)?;
    Some(whole as f64 + cents.parse::<f64>().ok()? / 100.0)
}

/// A decimal number: digits, optionally `.` and at most `max_decimals` digits.
fn decimal(s: &str, max_decimals: usize) -> Option<f64> {
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (s, None),
    };
    if !all_digits(whole) || has_leading_zero(whole) {
        return None;
    }
    if let Some(f) = frac
        && (f.is_empty() || f.len() > max_decimals || !all_digits(f))
    {
        return None;
    }
    s.parse().ok()
}

fn percent(s: &str) -> Option<f64> {
    let s = s.strip_suffix('%')?;
    match s.strip_prefix('-') {
        Some(rest) => decimal(rest, 2).map(|v| -v),
        None => decimal(s, 2),
    }
}

/// The `12.5%` of a `Label, 12.5%` item (a skill, a degree): a plain decimal, never negative.
pub fn share_pct(s: &str) -> Option<f64> {
    decimal(s.strip_suffix('%')?, 2)
}

fn satisfaction(s: &str) -> Option<f64> {
    decimal(s, 2).filter(|v| (0.0..=5.0).contains(v))
}

fn age(s: &str) -> Option<u64> {
    // Working ages: two digits, from 14 to 99.
    small_int(s).filter(|v| (14..=99).contains(v))
}

fn small_int(s: &str) -> Option<u64> {
    if s.len() > 2 || !all_digits(s) || has_leading_zero(s) {
        return None;
    }
    s.parse().ok()
}

fn degree(s: &str) -> Option<Degree> {
    let (name, pct) = s.rsplit_once(", ")?;
    let pct = decimal(pct.strip_suffix('%')?, 2)?;
    Some(Degree {
        degree: text(name)?,
        pct,
    })
}

fn range(s: &str) -> Option<MoneyRange> {
    let lower = s.to_ascii_lowercase();
    let rest = lower.strip_prefix("between ")?;
    let (min, max) = rest.split_once(" and ")?;
    Some(MoneyRange {
        min: dollars(min)?,
        max: dollars(max)?,
    })
}

fn city(s: &str) -> Option<String> {
    let (place, state) = s.rsplit_once(", ")?;
    let code_ok = state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase());
    (code_ok && text(place).is_some()).then(|| s.to_string())
}

fn text(s: &str) -> Option<String> {
    text_ok(s).then(|| s.to_string())
}

fn text_ok(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphanumeric) && !s.ends_with(' ') && s != "-"
}

/// `Label, 12.5%` items separated by single spaces.
fn shares(s: &str) -> Option<Vec<Share>> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let comma = rest.find(", ")?;
        let label = &rest[..comma];
        let after = &rest[comma + 2..];
        let pct_end = after.find('%')?;
        let pct = decimal(&after[..pct_end], 2)?;
        if label.is_empty() || label.contains('%') || text(label).is_none() {
            return None;
        }
        out.push(Share {
            label: label.to_string(),
            pct,
        });
        rest = &after[pct_end + 1..];
        if !rest.is_empty() {
            rest = rest.strip_prefix(' ')?;
        }
    }
    (!out.is_empty()).then_some(out)
}

const STATES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "District of Columbia",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Puerto Rico",
    "Guam",
];

fn is_known_state(s: &str) -> bool {
    s == "-" || STATES.iter().any(|st| st.eq_ignore_ascii_case(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readings(kind: Kind, glued: &str) -> Vec<(String, String)> {
        split_pair(kind, glued)
            .into_iter()
            .map(|s| (s.left, s.right))
            .collect()
    }

    fn one(kind: Kind, glued: &str) -> (Cell, Cell) {
        let mut all = split_pair(kind, glued);
        assert_eq!(all.len(), 1, "{glued:?} read as {all:?}");
        all.remove(0).cells
    }

    #[test]
    fn dash_next_to_number_is_unknown_not_negative() {
        assert_eq!(
            one(Kind::Satisfaction, "-2"),
            (Cell::Unknown, Cell::Num(2.0))
        );
        assert_eq!(
            one(Kind::Satisfaction, "3-"),
            (Cell::Num(3.0), Cell::Unknown)
        );
        assert_eq!(
            one(Kind::Satisfaction, "--"),
            (Cell::Unknown, Cell::Unknown)
        );
        assert_eq!(one(Kind::Age, "-38"), (Cell::Unknown, Cell::Int(38)));
    }

    #[test]
    fn satisfaction_decimals_on_five_point_scale() {
        assert_eq!(
            one(Kind::Satisfaction, "4.142"),
            (Cell::Num(4.14), Cell::Num(2.0))
        );
        assert_eq!(
            one(Kind::Satisfaction, "4.53.2"),
            (Cell::Num(4.5), Cell::Num(3.2))
        );
        assert_eq!(
            one(Kind::Satisfaction, "12"),
            (Cell::Num(1.0), Cell::Num(2.0))
        );
    }

    #[test]
    fn counts_with_thousands_separators() {
        assert_eq!(
            one(Kind::Count, "361,0451,016,123"),
            (Cell::Int(361_045), Cell::Int(1_016_123))
        );
        assert_eq!(
            one(Kind::Count, "250,590209,820"),
            (Cell::Int(250_590), Cell::Int(209_820))
        );
        assert_eq!(one(Kind::Count, "950-"), (Cell::Int(950), Cell::Unknown));
        // Two counts below a thousand have no separator to go by.
        assert_eq!(
            readings(Kind::Count, "12345"),
            vec![("12".into(), "345".into()), ("123".into(), "45".into())]
        );
    }

    #[test]
    fn years_of_one_or_two_digits_can_stay_ambiguous() {
        assert_eq!(one(Kind::Years, "22"), (Cell::Int(2), Cell::Int(2)));
        assert_eq!(
            readings(Kind::Years, "122"),
            vec![("1".into(), "22".into()), ("12".into(), "2".into())]
        );
        assert_eq!(one(Kind::Years, "1212"), (Cell::Int(12), Cell::Int(12)));
        assert_eq!(
            readings(Kind::Years, "412"),
            vec![("4".into(), "12".into()), ("41".into(), "2".into())]
        );
    }

    #[test]
    fn money_percent_and_ranges() {
        assert_eq!(
            one(Kind::Dollars, "$90,615$108,205"),
            (Cell::Int(90_615), Cell::Int(108_205))
        );
        assert_eq!(
            one(Kind::DollarsCents, "$43.56$52.02"),
            (Cell::Num(43.56), Cell::Num(52.02))
        );
        assert_eq!(
            one(Kind::Percent, "-3%5%"),
            (Cell::Num(-3.0), Cell::Num(5.0))
        );
        assert_eq!(one(Kind::Percent, "--3%"), (Cell::Unknown, Cell::Num(-3.0)));
        assert_eq!(
            one(
                Kind::Range,
                "Between $67,000 And $121,000Between $81,000 And $142,000"
            ),
            (
                Cell::Range(MoneyRange {
                    min: 67_000,
                    max: 121_000
                }),
                Cell::Range(MoneyRange {
                    min: 81_000,
                    max: 142_000
                })
            )
        );
    }

    #[test]
    fn glued_text_cells() {
        let text = |a: &str| Cell::Text(a.to_string());
        assert_eq!(
            one(Kind::City, "San Francisco, CASan Francisco, CA"),
            (text("San Francisco, CA"), text("San Francisco, CA"))
        );
        assert_eq!(
            one(Kind::City, "New York, NY-"),
            (text("New York, NY"), Cell::Unknown)
        );
        assert_eq!(
            one(Kind::Text, "A.T. KearneyMeta"),
            (text("A.T. Kearney"), text("Meta"))
        );
        assert_eq!(
            one(Kind::State, "DelawareCalifornia"),
            (text("Delaware"), text("California"))
        );
        assert_eq!(
            one(Kind::State, "West VirginiaVirginia"),
            (text("West Virginia"), text("Virginia"))
        );
        assert_eq!(
            one(Kind::Text, "Computer ScienceComputer Science"),
            (text("Computer Science"), text("Computer Science"))
        );
        assert_eq!(one(Kind::Text, "-Meta"), (Cell::Unknown, text("Meta")));
    }

    #[test]
    fn glued_text_without_a_clear_boundary_stays_ambiguous() {
        assert_eq!(readings(Kind::Text, "IBMMeta").len(), 3);
        assert_eq!(readings(Kind::Text, "MetaMcKinsey & Company").len(), 2);
    }

    #[test]
    fn shares_split_where_one_list_ends() {
        let (a, b) = one(
            Kind::Shares,
            "Black or African American, 10.4% Unknown, 5.3% Hispanic or Latino, 15.1% Asian, 15.1% \
             White, 53.6% American Indian and Alaska Native, 0.4%Black or African American, 6.2% \
             Unknown, 4.7% Hispanic or Latino, 8.8% Asian, 12.0% White, 67.7% American Indian and \
             Alaska Native, 0.5%",
        );
        let (Cell::Shares(a), Cell::Shares(b)) = (a, b) else {
            panic!("not shares")
        };
        assert_eq!(a.len(), 6);
        assert_eq!(b.len(), 6);
        assert_eq!(a[5].label, "American Indian and Alaska Native");
        assert_eq!(b[0].pct, 6.2);
    }

    #[test]
    fn only_rows_of_percentages_are_whole_when_the_page_ends() {
        assert!(is_whole(Kind::Percent, "6%6%"));
        assert!(is_whole(Kind::Percent, "10%-3%"));
        assert!(is_whole(Kind::Percent, "4.5%16%"));
        // A cell that could go on, or a row that is not two cells.
        assert!(!is_whole(Kind::Percent, "6%-"));
        assert!(!is_whole(Kind::Percent, "-6%"));
        assert!(!is_whole(Kind::Percent, "6%6"));
        assert!(!is_whole(Kind::Percent, "6%"));
        assert!(!is_whole(Kind::Count, "250,590209,8"));
        assert!(!is_whole(Kind::Count, "250,590209,820"));
        assert!(!is_whole(Kind::Dollars, "$30,000$5"));
    }

    #[test]
    fn degree_cells() {
        let (a, b) = one(Kind::Degree, "Bachelor's Degree, 50%Master's Degree, 66%");
        assert_eq!(
            a,
            Cell::Degree(Degree {
                degree: "Bachelor's Degree".into(),
                pct: 50.0
            })
        );
        assert_eq!(
            b,
            Cell::Degree(Degree {
                degree: "Master's Degree".into(),
                pct: 66.0
            })
        );
    }

    #[test]
    fn a_row_longer_than_two_cells_is_not_read_and_readings_are_few() {
        for kind in [Kind::Satisfaction, Kind::Dollars, Kind::Text, Kind::Shares] {
            let long = "1".repeat(2 * max_cell(kind) + 1);
            assert!(split_pair(kind, &long).is_empty(), "{kind:?}");
        }
        // Every boundary between "a" and "B" is as good as the next (no two halves are equal):
        // ambiguous, and only a few of the readings are kept.
        assert_eq!(
            split_pair(Kind::Text, &format!("{}c", "aB".repeat(100))).len(),
            MAX_READINGS
        );
    }

    #[test]
    fn malformed_cells_are_refused() {
        assert!(split_pair(Kind::Dollars, "$90,61$108,205").is_empty());
        assert!(split_pair(Kind::Satisfaction, "6.17.2").is_empty());
        assert!(split_pair(Kind::Count, "abc").is_empty());
        assert!(split_pair(Kind::Shares, "Male, 83.4% Female, 16.6%Male, 73.2% Fem").is_empty());
    }
}
