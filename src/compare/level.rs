//! Education as an ordered scale of levels, so two jobs' degrees compare as "higher" or
//! "lower" rather than as shares of different degrees. The levels are BLS Employment
//! Projections' categories of typical entry education, lowest first; O*NET's "Required Level of
//! Education" categories and the pages' degree names map onto them.

/// The levels, lowest first, as BLS EP names them (Table 1.2, "Typical education needed for
/// entry"). A job's level is its index here plus one (1-8).
pub const LEVELS: [&str; 8] = careerscope_model::Basis::EDUCATION;

/// The level (1-8) of a degree or credential named by O*NET, BLS or a page: `Bachelor's
/// Degree` and `Post-Baccalaureate Certificate` are 6, `Post-Secondary Certificate` and
/// `Postsecondary nondegree award` 4. `None` for a name that is no level.
pub fn level(name: &str) -> Option<u8> {
    let n = name.to_lowercase().replace('-', "");
    let has = |words: &[&str]| words.iter().any(|w| n.contains(w));
    let level = if has(&["less than a high school", "no formal"]) {
        1
    } else if has(&["high school"]) {
        2
    } else if has(&["some college"]) {
        3
    } else if has(&[
        "postsecondary certificate",
        "postsecondary nondegree",
        "certificate",
    ]) && !has(&["baccalaureate", "master", "doctoral"])
    {
        4
    } else if has(&["associate"]) {
        5
    } else if has(&[
        "postdoctoral",
        "doctoral",
        "doctorate",
        "professional degree",
    ]) {
        8
    } else if has(&["master"]) {
        7
    } else if has(&["bachelor", "baccalaureate"]) {
        6
    } else {
        return None;
    };
    Some(level)
}

/// The difference of two levels as a column shows it: `+2 levels`, `-1 level`, `same level`.
pub fn difference(pinned: u8, other: u8) -> String {
    level_difference(f64::from(pinned), f64::from(other))
}

/// [`difference`] of two levels held as numbers (a fact's values).
pub fn level_difference(pinned: f64, other: f64) -> String {
    let d = (other - pinned).round() as i64;
    match d {
        0 => "same level".to_string(),
        1 => "+1 level".to_string(),
        -1 => "-1 level".to_string(),
        d if d > 0 => format!("+{d} levels"),
        d => format!("{d} levels"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// O*NET's categories (Education, Training, and Experience Categories, RL), BLS EP's
    /// entry education and the pages' degree names land on one scale.
    #[test]
    fn every_sources_names_map_onto_one_scale() {
        for (name, want) in [
            ("Less than a High School Diploma", 1),
            (
                "High School Diploma - or the equivalent (for example, GED)",
                2,
            ),
            ("High school diploma or equivalent", 2),
            ("Some College Courses", 3),
            ("Post-Secondary Certificate", 4),
            ("Postsecondary nondegree award", 4),
            ("Associate's Degree (or other 2-year degree)", 5),
            ("Associate Degree (AA)", 5),
            ("Bachelor's Degree", 6),
            ("Post-Baccalaureate Certificate", 6),
            ("Master's Degree", 7),
            ("Post-Master's Certificate", 7),
            ("First Professional Degree", 8),
            ("Doctoral Degree", 8),
            ("Post-Doctoral Training", 8),
            ("Doctoral or professional degree", 8),
            ("No formal educational credential", 1),
        ] {
            assert_eq!(level(name), Some(want), "{name}");
        }
        assert_eq!(level("Computer Science"), None);
        for (i, name) in LEVELS.iter().enumerate() {
            assert_eq!(level(name), u8::try_from(i + 1).ok(), "{name}");
        }
    }

    #[test]
    fn differences_are_in_levels() {
        assert_eq!(difference(6, 4), "-2 levels");
        assert_eq!(difference(4, 5), "+1 level");
        assert_eq!(difference(6, 6), "same level");
    }
}
