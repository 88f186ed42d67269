//! Demographics: average age and LGBT share, the gender ratio as a stacked bar per job, the race
//! ratio as bars (A's and B's for each group, the value after the bar), then every share with
//! its difference.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::compare::{Comparison, Fact, FactId};
use crate::model::Topic;

use super::super::text::{self, width};
use super::super::theme::Theme;
use super::{Doc, facts, heading};

/// The Demographics tab at width `w`.
pub fn doc(c: &Comparison, t: Theme, w: u16) -> Doc<'static> {
    let mut d = Doc::default();
    let all = c.facts(Topic::Demographics);
    let with = |ids: &[FactId]| -> Vec<&Fact> {
        all.iter()
            .copied()
            .filter(|f| ids.contains(&f.id))
            .collect()
    };
    let plain = with(&[FactId::AverageAge, FactId::MedianAge, FactId::Lgbt]);
    let gender = with(&[FactId::Gender]);
    let race = with(&[FactId::Race]);
    facts(&mut d, c, &plain, t, w);
    super::missing(&mut d, c, Topic::Demographics, t, w);

    d.blank();
    heading(&mut d, "Gender ratio", t, w);
    gender_bars(&mut d, c, &gender, t, usize::from(w));

    d.blank();
    heading(&mut d, "Race ratio", t, w);
    race_chart(&mut d, c, &race, t, w);

    d.blank();
    heading(&mut d, "Every share", t, w);
    let shares: Vec<&Fact> = gender.into_iter().chain(race).collect();
    facts(&mut d, c, &shares, t, w);
    d
}

const SYMBOLS: [char; 4] = ['█', '░', '▒', '▓'];

/// One stacked bar per job: each gender's share of the width, told apart by symbol.
fn gender_bars(d: &mut Doc, c: &Comparison, gender: &[&Fact], t: Theme, w: usize) {
    if gender.is_empty() {
        d.line(Span::styled("n/a", t.dim()));
        return;
    }
    let names_w = (0..c.len()).map(|i| width(c.name(i))).max().unwrap_or(0) + 2;
    let label_w = names_w.min(w / 3);
    let beside = w >= label_w + 1 + 24;
    let bar_w = if beside {
        (w - label_w - 1).min(60)
    } else {
        w.saturating_sub(2).min(60)
    };
    for i in 0..c.len() {
        let style = t.side(c.column(i));
        let name = c.name(i);
        let label = Span::styled(
            text::pad(
                &format!("{} {name}", c.letter(i)),
                if beside { label_w } else { w },
            ),
            style.patch(t.bold()),
        );
        let shares: Vec<Option<f64>> = gender.iter().map(|f| f.amount(i)).collect();
        let mut bar = String::new();
        let mut used = 0usize;
        let total: f64 = shares.iter().flatten().sum();
        if total > 0.0 {
            let mut acc = 0.0;
            for (i, s) in shares.iter().enumerate() {
                let Some(s) = s else { continue };
                acc += s;
                let end = ((acc / total.max(100.0)) * bar_w as f64).round() as usize;
                let n = end.min(bar_w).saturating_sub(used);
                bar.extend(std::iter::repeat_n(SYMBOLS[i % SYMBOLS.len()], n));
                used += n;
            }
        }
        let bar = if bar.is_empty() {
            Span::styled("n/a", t.dim())
        } else {
            Span::styled(bar, style)
        };
        if beside {
            d.line(Line::from(vec![label, Span::raw(" "), bar]));
        } else {
            d.line(label);
            d.line(Line::from(vec![Span::raw("  "), bar]));
        }
    }
    // The legend says which symbol is which, with each job's shares.
    let indent = if beside { label_w + 1 } else { 2 };
    let mut legend: Vec<String> = Vec::new();
    for (k, f) in gender.iter().enumerate() {
        let values: Vec<String> = (0..c.len())
            .map(|i| format!("{} {}", c.letter(i), f.value(i)))
            .collect();
        legend.push(format!(
            "{} {}: {}",
            SYMBOLS[k % SYMBOLS.len()],
            f.group(),
            values.join(", ")
        ));
    }
    for l in legend {
        d.para(&l, w as u16, indent, t.dim());
    }
}

/// A short name for a race group, so six groups fit under a chart.
fn short(label: &str) -> &str {
    match label {
        "Black or African American" => "Black",
        "Hispanic or Latino" => "Hispanic",
        "American Indian and Alaska Native" => "Am. Indian",
        "Native Hawaiian and Other Pacific Islander" => "Pacific Isl.",
        other => other,
    }
}

/// A grouped bar chart: for each group, a bar for A and one for B on one scale, the group's
/// name beside A's bar (shortened when the full names would leave the bars too little room).
fn race_chart(d: &mut Doc, c: &Comparison, race: &[&Fact], t: Theme, w: u16) {
    if race.iter().all(|f| f.values.iter().all(Option::is_none)) {
        d.line(Span::styled("n/a", t.dim()));
        return;
    }
    let full_w = race.iter().map(|f| width(f.group())).max().unwrap_or(0);
    let use_full = full_w + 2 <= usize::from(w) * 2 / 5;
    let name_of = |f: &Fact| -> String {
        let l = f.group();
        if use_full {
            l.to_string()
        } else {
            short(l).to_string()
        }
    };
    let name_w = race
        .iter()
        .map(|f| width(&name_of(f)))
        .max()
        .unwrap_or(0)
        .min(usize::from(w) / 3);
    // Each value is written after its bar, never over it, so a longer bar always reads as
    // the larger share, in colour or not.
    let max = race
        .iter()
        .flat_map(|f| f.values.iter().flatten().copied())
        .fold(0.0_f64, f64::max);
    let value_w = race
        .iter()
        .flat_map(|f| f.shown.iter().map(|v| width(v)))
        .max()
        .unwrap_or(0);
    // One column is kept free so the value never touches the border.
    let bar_w = usize::from(w).saturating_sub(name_w + 3 + 1 + value_w + 1);
    for (i, f) in race.iter().enumerate() {
        if i > 0 {
            d.line(Line::default());
        }
        for j in 0..c.len() {
            let name = if j == 0 {
                text::pad(&name_of(f), name_w)
            } else {
                " ".repeat(name_w)
            };
            let style = t.side(c.column(j));
            let value = f.value(j).to_string();
            let bar = f
                .amount(j)
                .map_or_else(String::new, |v| super::bar_text(v, max, bar_w));
            let gap = if bar.is_empty() { "" } else { " " };
            d.line(Line::from(vec![
                Span::raw(name),
                Span::styled(format!(" {} ", c.letter(j)), style.patch(t.bold())),
                Span::styled(bar, style),
                Span::raw(gap),
                Span::styled(
                    value.clone(),
                    if value == "n/a" {
                        t.dim()
                    } else {
                        Style::new()
                    },
                ),
            ]));
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn short_names() {
        assert_eq!(super::short("Black or African American"), "Black");
        assert_eq!(super::short("Asian"), "Asian");
    }
}
