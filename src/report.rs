//! A comparison written out for `careerscope compare`: aligned text or markdown tables.

use unicode_width::UnicodeWidthStr;

use crate::compare::{Comparison, Fact, Side, UNKNOWN};

fn title_of(section: &str) -> String {
    let mut c = section.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// A value with a marker when it is the higher of the two.
fn marked(f: &Fact, side: Side) -> String {
    let v = if side == Side::A { &f.a } else { &f.b };
    if f.higher == Some(side) {
        format!("{v} ▲")
    } else {
        v.clone()
    }
}

fn pct(v: Option<f64>) -> String {
    v.map_or(UNKNOWN.to_string(), |p| {
        crate::compare::format_value(crate::compare::Unit::Percent, p)
    })
}

/// Aligned columns: label, A, B, difference (B − A). `▲` marks the higher value.
pub fn text(c: &Comparison) -> String {
    let mut out = format!("{} vs {}\n", c.a, c.b);
    out.push_str("(difference is the second job minus the first; ▲ marks the higher value)\n");
    let all: Vec<&Fact> = c.sections.iter().flat_map(|s| &s.facts).collect();
    let w_label = all
        .iter()
        .map(|f| f.label.width())
        .max()
        .unwrap_or(0)
        .max(12);
    let column_width = |side: Side, name: &str| {
        all.iter()
            .map(|f| marked(f, side).width())
            .chain([name.width()])
            .max()
            .unwrap_or(0)
    };
    let (w_a, w_b) = (column_width(Side::A, &c.a), column_width(Side::B, &c.b));
    for section in &c.sections {
        out.push('\n');
        out.push_str(&format!(
            "{}  {}  {}  Difference\n",
            pad(&title_of(section.name).to_uppercase(), w_label),
            pad(&c.a, w_a),
            pad(&c.b, w_b)
        ));
        for f in &section.facts {
            let diff = match (&f.difference, f.same) {
                (Some(d), _) => d.clone(),
                (None, true) => "same".to_string(),
                (None, false) => String::new(),
            };
            let line = format!(
                "{}  {}  {}  {}",
                pad(&f.label, w_label),
                pad(&marked(f, Side::A), w_a),
                pad(&marked(f, Side::B), w_b),
                diff
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    let header = format!("{}  {}  {}", pad("SKILLS", w_label), pad(&c.a, w_a), c.b);
    out.push_str(&format!("\n{header}\n"));
    for r in &c.skills.rows {
        let star = |top: bool| if top { " *" } else { "" };
        let line = format!(
            "{}  {}  {}  {}",
            pad(&r.name, w_label),
            pad(&format!("{}{}", pct(r.a_pct), star(r.a_top)), w_a),
            pad(&format!("{}{}", pct(r.b_pct), star(r.b_top)), w_b),
            if r.shared() { "shared" } else { "" }
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("(* one of the job's top three skills)\n");
    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    out.push_str(&format!("\nShared skills: {}\n", list(&c.skills.shared)));
    out.push_str(&format!("Only {}: {}\n", c.a, list(&c.skills.only_a)));
    out.push_str(&format!("Only {}: {}\n", c.b, list(&c.skills.only_b)));
    out
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// Markdown: one table per section, then skills, descriptions and duties.
pub fn markdown(c: &Comparison) -> String {
    let mut out = format!("# {} vs {}\n", cell(&c.a), cell(&c.b));
    for section in &c.sections {
        out.push_str(&format!(
            "\n## {}\n\n| | {} | {} | Difference |\n| --- | --- | --- | --- |\n",
            title_of(section.name),
            cell(&c.a),
            cell(&c.b)
        ));
        for f in &section.facts {
            let diff = match (&f.difference, f.same) {
                (Some(d), _) => d.clone(),
                (None, true) => "same".to_string(),
                (None, false) => String::new(),
            };
            let bold = |side: Side, v: &str| {
                if f.higher == Some(side) {
                    format!("**{}**", cell(v))
                } else {
                    cell(v)
                }
            };
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                cell(&f.label),
                bold(Side::A, &f.a),
                bold(Side::B, &f.b),
                diff
            ));
        }
    }
    out.push_str(&format!(
        "\n## Skills\n\n| Skill | {} | {} | |\n| --- | --- | --- | --- |\n",
        cell(&c.a),
        cell(&c.b)
    ));
    for r in &c.skills.rows {
        let top = |t: bool| if t { " (top 3)" } else { "" };
        out.push_str(&format!(
            "| {} | {}{} | {}{} | {} |\n",
            cell(&r.name),
            pct(r.a_pct),
            top(r.a_top),
            pct(r.b_pct),
            top(r.b_top),
            if r.shared() { "shared" } else { "" }
        ));
    }
    for (name, desc, duties) in [
        (&c.a, &c.descriptions[0], &c.duties[0]),
        (&c.b, &c.descriptions[1], &c.duties[1]),
    ] {
        out.push_str(&format!("\n## What does a {} do?\n\n", name.to_lowercase()));
        out.push_str(desc.as_deref().unwrap_or(UNKNOWN));
        out.push('\n');
        if !duties.is_empty() {
            out.push('\n');
            for d in duties {
                out.push_str(&format!("- {d}\n"));
            }
        }
    }
    out
}
