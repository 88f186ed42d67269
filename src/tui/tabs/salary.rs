//! Salary: a chosen state's or metro area's pay first, then the jobs' ranges and averages drawn
//! on one dollar axis, so the overlap shows, then the salary facts (average, range, best paying
//! places and employers).

use ratatui::text::{Line, Span};

use crate::compare::{Comparison, FactId, Unit, format_value};
use crate::model::MoneyRange;
use crate::model::Topic;

use super::super::text::{self, width};
use super::super::theme::Theme;
use super::{Doc, facts, heading, side_heading};

struct Row {
    /// The job's column among all compared: its colour.
    column: usize,
    letter: char,
    name: String,
    range: Option<MoneyRange>,
    average: Option<f64>,
}

/// The Salary tab at width `w`.
pub fn doc(c: &Comparison, t: Theme, w: u16) -> Doc<'static> {
    let mut d = Doc::default();
    let list = c.facts(Topic::Salary);
    let average = c.fact(Topic::Salary, FactId::AverageSalary);
    let rows: Vec<Row> = (0..c.len())
        .map(|i| Row {
            column: c.column(i),
            letter: c.letter(i),
            name: c.name(i).to_string(),
            range: c.salary_range(i),
            average: average.and_then(|f| f.amount(i)),
        })
        .collect();
    // A chosen area's pay comes first, where the eye is after choosing it.
    if let Some(area) = &c.area {
        heading(&mut d, &area.title(), t, w);
        let area_facts: Vec<&crate::compare::Fact> = area.facts.iter().collect();
        facts(&mut d, c, &area_facts, t, w);
        d.line(Span::styled(
            text::truncate(
                &format!("Source: BLS OEWS May 2025 · {}", area.area),
                usize::from(w),
            ),
            t.dim(),
        ));
        d.blank();
    }
    heading(&mut d, "Salary range and average, on one dollar axis", t, w);
    chart(&mut d, &rows, t, usize::from(w));
    d.blank();
    facts(&mut d, c, &list, t, w);
    super::missing(&mut d, c, Topic::Salary, t, w);
    pay_map(
        &mut d,
        c,
        average.and_then(|f| f.amount(0)),
        t,
        usize::from(w),
    );
    top_states(&mut d, c, t, usize::from(w));
    d
}

/// The pinned job's pay by state as a map, where colours are on and the tab is wide enough
/// (the lists below say the same in words everywhere).
fn pay_map(d: &mut Doc, c: &Comparison, national: Option<f64>, t: Theme, w: usize) {
    let (Some(means), Some(national)) = (c.state_means.first(), national) else {
        return;
    };
    if means.is_empty() || !super::pay_map::fits(t, w) {
        return;
    }
    d.blank();
    let chosen = c.area.as_ref().map(|a| a.area.as_str());
    for line in super::pay_map::lines(c.name(0), means, national as u64, chosen, t, w) {
        d.line(line);
    }
}

/// Each real occupation's ten highest-paying states (OEWS annual mean) as bars on one scale.
fn top_states(d: &mut Doc, c: &Comparison, t: Theme, w: usize) {
    let max = c
        .top_states
        .iter()
        .flatten()
        .map(|(_, mean)| *mean)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    for (i, list) in c.top_states.iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        d.blank();
        side_heading(d, c, i, "Top paying states (annual mean)", t, w as u16);
        let name_w = list
            .iter()
            .map(|(n, _)| text::width(n))
            .max()
            .unwrap_or(0)
            .min(w / 3);
        for (name, mean) in list {
            let label = format!(" {}", format_value(Unit::Dollars, *mean as f64));
            let bar_w = w.saturating_sub(2 + name_w + 2 + text::width(&label));
            let cells = ((*mean as f64 / max) * bar_w as f64).round() as usize;
            d.line(Line::from(vec![
                Span::raw("  "),
                Span::raw(text::pad(&text::truncate(name, name_w), name_w)),
                Span::raw("  "),
                Span::styled("█".repeat(cells), t.side(c.column(i))),
                Span::raw(label),
            ]));
        }
    }
}

/// The dollar axis: `lo..=hi` drawn over `bar_w` columns.
#[derive(Clone, Copy)]
struct Scale {
    lo: f64,
    hi: f64,
    bar_w: usize,
    /// Dollars between two ticks; `lo` and `hi` are multiples of it, so both ends are labelled.
    step: f64,
}

impl Scale {
    /// The column of a dollar amount.
    fn pos(self, v: f64) -> usize {
        (((v - self.lo) / (self.hi - self.lo)) * (self.bar_w - 1) as f64)
            .round()
            .max(0.0) as usize
    }
}

/// Both rows' ranges and averages on one axis, then the axis and a legend.
fn chart(d: &mut Doc, rows: &[Row], t: Theme, w: usize) {
    let values: Vec<f64> = rows
        .iter()
        .flat_map(|r| {
            let range = r.range.map(|m| [m.min as f64, m.max as f64]);
            range.into_iter().flatten().chain(r.average)
        })
        .collect();
    if values.is_empty() {
        d.line(Span::styled("n/a: neither job has a salary range", t.dim()));
        return;
    }
    let step_of = |v: f64| v / 10_000.0;
    let lo = step_of(values.iter().copied().fold(f64::INFINITY, f64::min)).floor() * 10_000.0;
    let mut hi =
        step_of(values.iter().copied().fold(f64::NEG_INFINITY, f64::max)).ceil() * 10_000.0;
    if hi <= lo {
        hi = lo + 10_000.0;
    }
    let names_w = rows.iter().map(|r| width(&r.name) + 2).max().unwrap_or(0);
    // Labels beside the bars when that leaves the bars room, else on their own line.
    let label_w = names_w.min(w / 3);
    let beside = w >= label_w + 1 + 20;
    let (label_w, bar_w) = if beside {
        // One column is kept free so the last tick label does not touch the border.
        (label_w, w - label_w - 2)
    } else {
        (0, w.saturating_sub(3))
    };
    if bar_w < 2 {
        return;
    }
    let step = tick_step(hi - lo, bar_w);
    let (lo, hi) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let scale = Scale {
        lo,
        hi,
        bar_w,
        step,
    };
    let indent = if beside { label_w + 1 } else { 2 };
    for r in rows {
        let label_w = if beside { label_w } else { w };
        bar(d, r, scale, (beside, label_w, indent), t);
    }
    axis(d, scale, indent, t);
}

/// One job's bar: `━` over its range, `●` at its average, its name beside or above it.
fn bar(
    d: &mut Doc,
    r: &Row,
    scale: Scale,
    (beside, label_w, indent): (bool, usize, usize),
    t: Theme,
) {
    let style = t.side(r.column);
    let bar_w = scale.bar_w;
    let label = text::pad(&format!("{} {}", r.letter, r.name), label_w);
    let mut cells = vec![' '; bar_w];
    if let Some(m) = r.range {
        let (a, b) = (scale.pos(m.min as f64), scale.pos(m.max as f64));
        for c in cells.iter_mut().take(b.min(bar_w - 1) + 1).skip(a) {
            *c = '━';
        }
    }
    if let Some(avg) = r.average {
        cells[scale.pos(avg).min(bar_w - 1)] = '●';
    }
    let cells: String = cells.into_iter().collect();
    let cells = Span::styled(cells.trim_end().to_string(), style);
    let name = Span::styled(label, style.patch(t.bold()));
    if beside {
        d.line(Line::from(vec![name, Span::raw(" "), cells]));
    } else {
        d.line(name);
        d.line(Line::from(vec![Span::raw("  "), cells]));
    }
    if r.range.is_none() && r.average.is_none() {
        d.line(Line::from(vec![
            Span::raw(" ".repeat(indent)),
            Span::styled("n/a", t.dim()),
        ]));
    }
}

/// A round number of dollars between ticks so that a label (about 7 columns) fits each tick.
fn tick_step(span: f64, bar_w: usize) -> f64 {
    let steps = [
        5_000.0,
        10_000.0,
        20_000.0,
        25_000.0,
        50_000.0,
        100_000.0,
        200_000.0,
        250_000.0,
        500_000.0,
        1_000_000.0,
    ];
    let room = (bar_w / 7).max(1) as f64;
    steps
        .iter()
        .copied()
        .find(|s| span / s < room)
        .unwrap_or(span)
}

/// The axis: a rule with ticks and their dollar labels, then the legend.
fn axis(d: &mut Doc, scale: Scale, indent: usize, t: Theme) {
    let Scale {
        lo,
        hi,
        bar_w,
        step,
    } = scale;
    let mut rule = vec!['─'; bar_w];
    let mut labels = vec![' '; bar_w];
    let mut free = 0; // first column a label may use
    let mut v = (lo / step).ceil() * step;
    while v <= hi {
        let p = scale.pos(v).min(bar_w - 1);
        rule[p] = '┴';
        let label: Vec<char> = money_short(v).chars().collect();
        let start = p
            .saturating_sub(label.len() / 2)
            .min(bar_w.saturating_sub(label.len()));
        if start >= free && start + label.len() <= bar_w {
            labels[start..start + label.len()].copy_from_slice(&label);
            free = start + label.len() + 1;
        }
        v += step;
    }
    let pad = " ".repeat(indent);
    let labels: String = labels.into_iter().collect();
    for text in [
        rule.into_iter().collect::<String>(),
        labels.trim_end().to_string(),
        "━ salary range   ● average".to_string(),
    ] {
        d.line(Line::from(vec![
            Span::raw(pad.clone()),
            Span::styled(text, t.dim()),
        ]));
    }
}

/// `$90k`, `$1.5M`, `$500`.
fn money_short(v: f64) -> String {
    if v >= 1_000_000.0 {
        let m = v / 1_000_000.0;
        if m.fract() == 0.0 {
            format!("${m:.0}M")
        } else {
            format!("${m:.1}M")
        }
    } else if v >= 1_000.0 {
        format!("${:.0}k", v / 1_000.0)
    } else {
        format!("${v:.0}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn money_short() {
        assert_eq!(super::money_short(90_000.0), "$90k");
        assert_eq!(super::money_short(1_500_000.0), "$1.5M");
        assert_eq!(super::money_short(0.0), "$0");
    }
}
