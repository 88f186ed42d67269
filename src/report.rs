//! A comparison written out for `careerscope compare`, and one job's profile for
//! `careerscope show`: aligned text or markdown tables.

use unicode_width::UnicodeWidthStr;

use crate::compare::{self, Comparison, Fact, Side, UNKNOWN};
use crate::model::{Profile, Topic};

fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// `Source: …` when both jobs share it, else `Source (A): …` and `Source (B): …`.
fn source_lines(c: &Comparison, topic: Topic) -> Vec<String> {
    c.source_lines(topic)
        .into_iter()
        .map(|(side, text)| match side {
            None => format!("Source: {text}"),
            Some(side) => format!("Source ({}): {text}", side.letter()),
        })
        .collect()
}

/// A group of facts as the reports print it: its heading, its facts, its source lines.
struct Block<'a> {
    title: String,
    facts: &'a [Fact],
    sources: Vec<String>,
}

/// The sections of a comparison in print order, the pay in a chosen state after the salary.
fn blocks(c: &Comparison) -> Vec<Block<'_>> {
    let mut out = Vec::new();
    for section in &c.sections {
        out.push(Block {
            title: section.id.title().to_string(),
            facts: &section.facts,
            sources: source_lines(c, section.id.topic()),
        });
        if section.id == compare::SectionId::Salary
            && let Some(area) = &c.area
        {
            out.push(Block {
                title: area.title(),
                facts: &area.facts,
                sources: vec![format!("Source: BLS OEWS May 2025 · {}", area.area)],
            });
        }
    }
    out
}

/// A skill's number on its job's scale.
fn skill(c: &Comparison, side: Side, v: Option<f64>) -> String {
    c.skill_scales[side.index()].format(v)
}

/// `% of resumes` when both jobs measure skills alike, else each side's scale.
fn skill_scales(c: &Comparison) -> String {
    let [a, b] = c.skill_scales;
    if a == b {
        a.name().to_string()
    } else {
        format!("A: {}, B: {}", a.name(), b.name())
    }
}

/// Aligned columns: label, A, B, difference (B − A). `▲` marks the higher value where higher
/// is better, `△` where it is only higher.
pub fn text(c: &Comparison) -> String {
    let mut out = format!("{} vs {}\n", c.a, c.b);
    out.push_str("(difference is the second job minus the first; ▲ marks the higher pay, growth, jobs or satisfaction, △ the higher of other values)\n");
    let blocks = blocks(c);
    let all: Vec<&Fact> = blocks.iter().flat_map(|b| b.facts).collect();
    // Skill names share the label column ("Management of Financial Resources" is longer than
    // any fact's label).
    let w_label = all
        .iter()
        .map(|f| f.label.width())
        .chain(c.skills.rows.iter().map(|r| r.name.width()))
        .max()
        .unwrap_or(0)
        .max(12);
    let column_width = |side: Side, name: &str| {
        all.iter()
            .map(|f| f.marked(side).width())
            .chain([name.width()])
            .max()
            .unwrap_or(0)
    };
    let (w_a, w_b) = (column_width(Side::A, &c.a), column_width(Side::B, &c.b));
    for block in &blocks {
        out.push('\n');
        let mut title = block.title.to_uppercase();
        // A heading wider than the labels (a metro area's name) goes on a line of its own.
        if title.width() > w_label {
            out.push_str(&format!("{title}\n"));
            title.clear();
        }
        out.push_str(&format!(
            "{}  {}  {}  Difference\n",
            pad(&title, w_label),
            pad(&c.a, w_a),
            pad(&c.b, w_b)
        ));
        for f in block.facts {
            let line = format!(
                "{}  {}  {}  {}",
                pad(&f.label, w_label),
                pad(&f.marked(Side::A), w_a),
                pad(&f.marked(Side::B), w_b),
                f.difference_text()
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
        for l in &block.sources {
            out.push_str(&format!("{l}\n"));
        }
    }
    skills_text(c, &mut out, [w_label, w_a, w_b]);
    duties_text(c, &mut out);
    out
}

/// What each job does and its example responsibilities, as markdown and JSON have them.
fn duties_text(c: &Comparison, out: &mut String) {
    for side in [Side::A, Side::B] {
        out.push_str(&format!("\n{}\n", c.description_title(side).to_uppercase()));
        // A real occupation carries no prose: its major group, as the explorer shows.
        let about = match c.description(side) {
            Some(d) => d.to_string(),
            None => c.about(side).unwrap_or_else(|| UNKNOWN.to_string()),
        };
        out.push_str(&format!("{about}\n"));
        for d in c.duties(side) {
            out.push_str(&format!("- {d}\n"));
        }
    }
    for l in source_lines(c, Topic::Duties) {
        out.push_str(&format!("{l}\n"));
    }
}

/// The skills table of the text report, in the report's column widths.
fn skills_text(c: &Comparison, out: &mut String, [w_label, w_a, w_b]: [usize; 3]) {
    let header = format!("{}  {}  {}", pad("SKILLS", w_label), pad(&c.a, w_a), c.b);
    out.push_str(&format!("\n{header}\n"));
    for r in &c.skills.rows {
        let star = |top: bool| if top { " *" } else { "" };
        let line = format!(
            "{}  {}  {}  {}",
            pad(&r.name, w_label),
            pad(
                &format!("{}{}", skill(c, Side::A, r.a_pct), star(r.a_top)),
                w_a
            ),
            pad(
                &format!("{}{}", skill(c, Side::B, r.b_pct), star(r.b_top)),
                w_b
            ),
            if r.shared() { "shared" } else { "" }
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(&format!(
        "(* one of the job's top three skills; {})\n",
        skill_scales(c)
    ));
    for l in source_lines(c, Topic::Skills) {
        out.push_str(&format!("{l}\n"));
    }
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
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// Markdown: one table per section, then skills, descriptions and duties.
pub fn markdown(c: &Comparison) -> String {
    let mut out = format!("# {} vs {}\n", cell(&c.a), cell(&c.b));
    for block in blocks(c) {
        out.push_str(&format!(
            "\n## {}\n\n| | {} | {} | Difference |\n| --- | --- | --- | --- |\n",
            block.title,
            cell(&c.a),
            cell(&c.b)
        ));
        for f in block.facts {
            let bold = |side: Side| match (f.is_higher(side), f.higher_is_better) {
                (true, true) => format!("**{}** {}", cell(f.value(side)), f.mark()),
                (true, false) => format!("{} {}", cell(f.value(side)), f.mark()),
                (false, _) => cell(f.value(side)),
            };
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                cell(&f.label),
                bold(Side::A),
                bold(Side::B),
                f.difference_text()
            ));
        }
        for l in &block.sources {
            out.push_str(&format!("\n_{}_\n", cell(l)));
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
            skill(c, Side::A, r.a_pct),
            top(r.a_top),
            skill(c, Side::B, r.b_pct),
            top(r.b_top),
            if r.shared() { "shared" } else { "" }
        ));
    }
    out.push_str(&format!("\n_Skills: {}_\n", skill_scales(c)));
    for l in source_lines(c, Topic::Skills) {
        out.push_str(&format!("\n_{}_\n", cell(&l)));
    }
    for side in [Side::A, Side::B] {
        out.push_str(&format!("\n## {}\n\n", c.description_title(side)));
        out.push_str(c.description(side).unwrap_or(UNKNOWN));
        out.push('\n');
        let duties = c.duties(side);
        if !duties.is_empty() {
            out.push('\n');
            for d in duties {
                out.push_str(&format!("- {d}\n"));
            }
        }
    }
    for l in source_lines(c, Topic::Duties) {
        out.push_str(&format!("\n_{}_\n", cell(&l)));
    }
    out
}

/// The heading of one job: its name, and for a real occupation its SOC code and major group.
fn job_heading(p: &Profile) -> String {
    let name = crate::text::elide(&p.name, crate::text::NAME_MAX);
    match (&p.code, &p.major_group) {
        (Some(code), Some(group)) => format!("{name} (SOC {code}, {group})"),
        (Some(code), None) => format!("{name} (SOC {code})"),
        _ => name.into_owned(),
    }
}

/// One job's whole profile as aligned text, for `careerscope show`: every section's facts
/// (`n/a` where the source has no value), skills on their scale, duties, and the source of each.
pub fn show_text(p: &Profile, area: Option<&str>) -> String {
    let mut c = compare::compare(p, p);
    c.area = area.map(|a| compare::AreaSection::of(p, p, a));
    let mut out = format!("{}\n", job_heading(p));
    let blocks = blocks(&c);
    let facts: Vec<&Fact> = blocks.iter().flat_map(|b| b.facts).collect();
    let skills = c.skills.rows.iter().map(|r| r.name.width());
    let w_label = facts
        .iter()
        .map(|f| f.label.width())
        .chain(skills)
        .max()
        .unwrap_or(0);
    let sourced = |out: &mut String, topic: Topic| {
        for l in source_lines(&c, topic) {
            out.push_str(&format!("{l}\n"));
        }
    };
    for block in &blocks {
        out.push_str(&format!("\n{}\n", block.title.to_uppercase()));
        for f in block.facts {
            let line = format!("{}  {}", pad(&f.label, w_label), f.value(Side::A));
            out.push_str(&format!("{}\n", line.trim_end()));
        }
        for l in &block.sources {
            out.push_str(&format!("{l}\n"));
        }
    }
    out.push_str(&format!("\nSKILLS ({})\n", c.skill_scales[0].name()));
    if c.skills.rows.is_empty() {
        out.push_str(&format!("{UNKNOWN}\n"));
    }
    for r in &c.skills.rows {
        let star = if r.a_top { " *" } else { "" };
        out.push_str(&format!(
            "{}  {}{star}\n",
            pad(&r.name, w_label),
            skill(&c, Side::A, r.a_pct)
        ));
    }
    sourced(&mut out, Topic::Skills);
    // A real occupation's heading already says what `about` would.
    if !p.is_occupation() || p.description.is_some() {
        out.push_str(&format!(
            "\n{}\n",
            c.description_title(Side::A).to_uppercase()
        ));
        out.push_str(&format!("{}\n", c.description(Side::A).unwrap_or(UNKNOWN)));
    }
    out.push_str("\nDUTIES\n");
    if c.duties(Side::A).is_empty() {
        out.push_str(&format!("{UNKNOWN}\n"));
    }
    for d in c.duties(Side::A) {
        out.push_str(&format!("- {d}\n"));
    }
    sourced(&mut out, Topic::Duties);
    out
}

/// One job's whole profile in markdown, for `careerscope show --format markdown`.
pub fn show_markdown(p: &Profile, area: Option<&str>) -> String {
    let mut c = compare::compare(p, p);
    c.area = area.map(|a| compare::AreaSection::of(p, p, a));
    let mut out = format!("# {}\n", cell(&job_heading(p)));
    let sourced = |out: &mut String, topic: Topic| {
        for l in source_lines(&c, topic) {
            out.push_str(&format!("\n_{}_\n", cell(&l)));
        }
    };
    for block in blocks(&c) {
        out.push_str(&format!(
            "\n## {}\n\n| | {} |\n| --- | --- |\n",
            block.title,
            cell(&p.name)
        ));
        for f in block.facts {
            out.push_str(&format!(
                "| {} | {} |\n",
                cell(&f.label),
                cell(f.value(Side::A))
            ));
        }
        for l in &block.sources {
            out.push_str(&format!("\n_{}_\n", cell(l)));
        }
    }
    out.push_str(&format!(
        "\n## Skills\n\n| Skill | {} |\n| --- | --- |\n",
        c.skill_scales[0].name()
    ));
    for r in &c.skills.rows {
        let top = if r.a_top { " (top 3)" } else { "" };
        out.push_str(&format!(
            "| {} | {}{top} |\n",
            cell(&r.name),
            skill(&c, Side::A, r.a_pct)
        ));
    }
    sourced(&mut out, Topic::Skills);
    if !p.is_occupation() || p.description.is_some() {
        out.push_str(&format!("\n## {}\n\n", c.description_title(Side::A)));
        out.push_str(c.description(Side::A).unwrap_or(UNKNOWN));
        out.push('\n');
    }
    out.push_str("\n## Duties\n\n");
    if c.duties(Side::A).is_empty() {
        out.push_str(&format!("{UNKNOWN}\n"));
    }
    for d in c.duties(Side::A) {
        out.push_str(&format!("- {}\n", d));
    }
    sourced(&mut out, Topic::Duties);
    out
}
