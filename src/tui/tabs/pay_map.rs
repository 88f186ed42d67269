//! The Salary tab's map of pay by state: one tile a state on a grid shaped like the US, each
//! coloured by the pinned job's annual mean there against its national mean, the chosen state
//! marked. Where colours are off or the tab is narrow, the list of top-paying states says it
//! instead.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use crate::area::abbreviation;
use crate::compare::{Unit, format_value};

use super::super::theme::Theme;

/// Each state's (and DC's) place on the grid, row and column, by postal abbreviation: a tile
/// grid in the manner of the newspapers' US tile maps, 11 columns by 8 rows.
pub const GRID: [(&str, u8, u8); 51] = [
    ("AK", 0, 0),
    ("ME", 0, 10),
    ("WI", 1, 5),
    ("VT", 1, 9),
    ("NH", 1, 10),
    ("WA", 2, 0),
    ("ID", 2, 1),
    ("MT", 2, 2),
    ("ND", 2, 3),
    ("MN", 2, 4),
    ("IL", 2, 5),
    ("MI", 2, 6),
    ("NY", 2, 8),
    ("MA", 2, 9),
    ("OR", 3, 0),
    ("NV", 3, 1),
    ("WY", 3, 2),
    ("SD", 3, 3),
    ("IA", 3, 4),
    ("IN", 3, 5),
    ("OH", 3, 6),
    ("PA", 3, 7),
    ("NJ", 3, 8),
    ("CT", 3, 9),
    ("RI", 3, 10),
    ("CA", 4, 0),
    ("UT", 4, 1),
    ("CO", 4, 2),
    ("NE", 4, 3),
    ("MO", 4, 4),
    ("KY", 4, 5),
    ("WV", 4, 6),
    ("VA", 4, 7),
    ("MD", 4, 8),
    ("DE", 4, 9),
    ("AZ", 5, 1),
    ("NM", 5, 2),
    ("KS", 5, 3),
    ("AR", 5, 4),
    ("TN", 5, 5),
    ("NC", 5, 6),
    ("SC", 5, 7),
    ("DC", 5, 8),
    ("OK", 6, 3),
    ("LA", 6, 4),
    ("MS", 6, 5),
    ("AL", 6, 6),
    ("GA", 6, 7),
    ("HI", 7, 0),
    ("TX", 7, 3),
    ("FL", 7, 8),
];

const ROWS: u8 = 8;
const COLUMNS: u8 = 11;
/// A tile's width: ` OH ` (or `[OH]` for the chosen state).
const TILE: usize = 4;
/// The narrowest tab that draws the map (the grid and its legend's first half).
pub const MIN_WIDTH: usize = TILE * COLUMNS as usize + 2;

/// The five bands of pay against the national mean, lowest first: their lower bounds in
/// percent (the first has none) and their labels.
const BANDS: [(i128, &str); 5] = [
    (i128::MIN, "under -15%"),
    (-15, "-15 to -5%"),
    (-5, "within 5%"),
    (5, "+5 to +15%"),
    (15, "over +15%"),
];

/// The band (0–4) of a state mean against the national mean, in whole numbers so that a state
/// exactly 15% under is in the band that starts there.
pub fn band(state: u64, national: u64) -> usize {
    let (state, national) = (i128::from(state), i128::from(national.max(1)));
    BANDS
        .iter()
        .rposition(|&(from, _)| from == i128::MIN || state * 100 >= national * (100 + from))
        .unwrap_or(0)
}

fn band_style(band: usize) -> Style {
    let bg = match band {
        0 => Color::Red,
        1 => Color::LightRed,
        2 => Color::Gray,
        3 => Color::LightGreen,
        _ => Color::Green,
    };
    Style::new().bg(bg).fg(Color::Black)
}

/// Whether the map is drawn: with colours, and room for the grid.
pub fn fits(t: Theme, w: usize) -> bool {
    t.color && w >= MIN_WIDTH
}

/// The map's lines: its heading, the grid, the legend and the source. `means` are the job's
/// annual means by state name, `national` its national mean, `chosen` the state picked with
/// `p` (a state name, or a metro area, which marks nothing).
pub fn lines(
    name: &str,
    means: &[(String, u64)],
    national: u64,
    chosen: Option<&str>,
    t: Theme,
    w: usize,
) -> Vec<Line<'static>> {
    // Each state's mean by its abbreviation, looked up once rather than for every tile.
    let by_abbreviation: Vec<(&str, u64)> = means
        .iter()
        .filter_map(|(state, mean)| Some((abbreviation(state)?, *mean)))
        .collect();
    let mean_in = |abbr: &str| {
        by_abbreviation
            .iter()
            .find(|(a, _)| *a == abbr)
            .map(|(_, mean)| *mean)
    };
    let chosen = chosen.and_then(abbreviation);
    let against = format!(
        "annual mean against its national {}",
        format_value(Unit::Dollars, national as f64)
    );
    let mut heading = vec![
        Span::styled("Pay by state: ", t.heading()),
        Span::styled(name.to_string(), t.a().add_modifier(Modifier::BOLD)),
    ];
    let mut out = Vec::new();
    // One line where it fits, else the measure on a line of its own.
    let one_line: usize = heading.iter().map(|s| s.width()).sum::<usize>() + 2 + against.len();
    if one_line <= w {
        heading.push(Span::raw(format!(", {against}")));
    } else {
        out.push(Line::from(std::mem::take(&mut heading)));
        heading.push(Span::raw(against));
    }
    out.push(Line::from(heading));
    for row in 0..ROWS {
        out.push(grid_row(row, &mean_in, national, chosen, t));
    }
    out.extend(legend(w));
    let mut note = String::from("  uncoloured: no mean published");
    if chosen.is_some() {
        note.push_str(" · [ ] the chosen state");
    }
    out.push(Line::styled(note, t.dim()));
    out.push(Line::styled(
        "Source: BLS OEWS May 2025 · annual mean by state",
        t.dim(),
    ));
    out
}

/// One row of the grid: each state's tile coloured by its band, `[OH]` for the chosen one.
fn grid_row(
    row: u8,
    mean_in: &dyn Fn(&str) -> Option<u64>,
    national: u64,
    chosen: Option<&str>,
    t: Theme,
) -> Line<'static> {
    let mut spans = vec![Span::raw("  ")];
    for column in 0..COLUMNS {
        let Some((abbr, _, _)) = GRID.iter().find(|(_, r, c)| *r == row && *c == column) else {
            spans.push(Span::raw(" ".repeat(TILE)));
            continue;
        };
        let marked = chosen == Some(*abbr);
        let text = if marked {
            format!("[{abbr}]")
        } else {
            format!(" {abbr} ")
        };
        let style = match mean_in(abbr) {
            Some(mean) => band_style(band(mean, national)),
            // OEWS publishes no mean there: the tile stays uncoloured.
            None => t.dim(),
        };
        let style = if marked {
            style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            style
        };
        spans.push(Span::styled(text, style));
    }
    Line::from(spans)
}

/// The bands' colours and labels, on one line where they fit in `w`, else on as many as needed.
fn legend(w: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let mut line = vec![Span::raw("  ")];
    let mut used = 2;
    for (i, (_, label)) in BANDS.iter().enumerate() {
        let key = format!(" {label}  ");
        if used + 2 + key.len() > w && used > 2 {
            out.push(Line::from(std::mem::replace(
                &mut line,
                vec![Span::raw("  ")],
            )));
            used = 2;
        }
        used += 2 + key.len();
        line.push(Span::styled("  ", band_style(i)));
        line.push(Span::raw(key));
    }
    out.push(Line::from(line));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_has_every_state_and_dc_once_each_in_its_own_place() {
        let mut on_grid: Vec<&str> = GRID.iter().map(|(a, _, _)| *a).collect();
        on_grid.sort_unstable();
        let mut wanted: Vec<&str> = crate::area::STATES
            .iter()
            .map(|(_, a)| *a)
            .filter(|a| !["GU", "PR", "VI"].contains(a))
            .collect();
        wanted.sort_unstable();
        assert_eq!(on_grid, wanted);
        let mut places: Vec<(u8, u8)> = GRID.iter().map(|(_, r, c)| (*r, *c)).collect();
        places.sort_unstable();
        places.dedup();
        assert_eq!(places.len(), GRID.len());
        assert!(GRID.iter().all(|(_, r, c)| *r < ROWS && *c < COLUMNS));
    }

    #[test]
    fn bands_split_at_5_and_15_percent() {
        assert_eq!(band(84_000, 100_000), 0);
        assert_eq!(band(85_000, 100_000), 1);
        assert_eq!(band(95_000, 100_000), 2);
        assert_eq!(band(104_999, 100_000), 2);
        assert_eq!(band(105_000, 100_000), 3);
        assert_eq!(band(115_000, 100_000), 4);
    }
}
