//! A comparison written out for `careerscope compare`, and one job's profile for
//! `careerscope show`: aligned text or markdown tables.

use unicode_width::UnicodeWidthStr;

use crate::compare::{self, Comparison, Fact, UNKNOWN};
use crate::model::{Profile, Topic};
use crate::text::pad;

/// `Source: …` when every job shares it, else `Source (A): …`, `Source (B): …` and so on.
fn source_lines(c: &Comparison, topic: Topic) -> Vec<String> {
    c.source_lines(topic)
        .into_iter()
        .map(|(job, text)| match job {
            None => format!("Source: {text}"),
            Some(i) => format!("Source ({}): {text}", c.letter(i)),
        })
        .collect()
}

/// A group of facts as the reports print it: its heading, its facts, its source lines.
struct Block<'a> {
    title: String,
    facts: Vec<&'a Fact>,
    sources: Vec<String>,
}

/// The sections of a comparison in print order, the pay in a chosen state after the salary.
fn blocks(c: &Comparison) -> Vec<Block<'_>> {
    let mut out = Vec::new();
    for section in &c.sections {
        let mut sources = source_lines(c, section.id);
        if section.id == crate::model::Topic::Overview {
            // An estimate says what it is made of, under the figures.
            sources.extend(c.estimate_note());
        }
        if section.id == crate::model::Topic::Education {
            sources.extend(c.experience_note());
        }
        out.push(Block {
            title: compare::title(section.id).to_string(),
            facts: c.facts(section.id),
            sources,
        });
        if section.id == crate::model::Topic::Salary
            && let Some(area) = &c.area
        {
            out.push(Block {
                title: area.title(),
                facts: area.facts.iter().collect(),
                sources: vec![format!("Source: BLS OEWS May 2025 · {}", area.area)],
            });
        }
    }
    out
}

/// A skill's number on its job's scale.
fn skill(c: &Comparison, i: usize, v: Option<f64>) -> String {
    c.skills
        .scales
        .get(i)
        .map_or_else(|| UNKNOWN.to_string(), |s| s.format(v))
}

/// `% of resumes` when every job measures skills alike, else each job's scale.
fn skill_scales(c: &Comparison) -> String {
    let scales = &c.skills.scales;
    if scales.windows(2).all(|w| w[0] == w[1]) {
        scales.first().map_or("", |s| s.name()).to_string()
    } else {
        scales
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}: {}", c.letter(i), s.name()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The jobs after the pinned one.
fn others(c: &Comparison) -> std::ops::Range<usize> {
    1..c.len()
}

/// The heading of job `i`'s difference column: `Difference` beside two jobs, `C − A` beside more.
fn difference_heading(c: &Comparison, i: usize) -> String {
    if c.len() == 2 {
        "Difference".to_string()
    } else {
        format!("{} − {}", c.letter(i), c.letter(0))
    }
}

/// What the columns mean, above the text report.
fn legend(c: &Comparison) -> String {
    let marks =
        "▲ marks the highest pay, growth, jobs or satisfaction, △ the highest of other values";
    if c.len() == 2 {
        "(difference is the second job minus the first; ▲ marks the higher pay, growth, jobs or satisfaction, △ the higher of other values)".to_string()
    } else {
        let letters: Vec<String> = (0..c.len())
            .map(|i| format!("{} = {}", c.letter(i), c.name(i)))
            .collect();
        format!(
            "(pinned: {}; each difference is that job minus the pinned one; {marks})\n({})",
            c.name(0),
            letters.join(", ")
        )
    }
}

/// The width `compare` text fits when stdout is not a terminal and no `--width` is given:
/// piped output stays the same wherever it runs.
pub const PIPE_WIDTH: usize = 100;
/// The narrowest text `compare` lays out; a narrower `--width` is taken as this.
pub const MIN_WIDTH: usize = 30;

/// The columns of the text report: the label's width, each job's value column and each other
/// job's difference column (empty when the differences go under the values, as they do when
/// the columns would not fit side by side).
struct Columns {
    label: usize,
    values: Vec<usize>,
    diffs: Vec<usize>,
}

impl Columns {
    /// Whether each difference goes under its value rather than in a column of its own.
    fn stacked(&self) -> bool {
        self.diffs.is_empty()
    }

    /// Every column in `width`: as wide as its content when all fit, else the label cut to a
    /// fifth of the width (at least 12), the differences under the values when their columns
    /// leave a value less than 12, and the values sharing what is left; cells wrap.
    fn fit(label: usize, values: &[usize], diffs: &[usize], width: usize) -> Columns {
        let total = |l: usize, v: &[usize], d: &[usize]| {
            l + v.iter().sum::<usize>() + d.iter().sum::<usize>() + 2 * (v.len() + d.len())
        };
        if total(label, values, diffs) <= width {
            return Columns {
                label,
                values: values.to_vec(),
                diffs: diffs.to_vec(),
            };
        }
        let label = label.min((width / 5).max(12));
        let n = values.len().max(1);
        let diffs: Vec<usize> = diffs.iter().map(|&d| d.min(20)).collect();
        let beside = width.saturating_sub(label + diffs.iter().sum::<usize>() + 2 * diffs.len());
        let diffs = if beside / n >= 14 + 2 {
            diffs
        } else {
            Vec::new()
        };
        let room = width.saturating_sub(label + diffs.iter().sum::<usize>() + 2 * diffs.len());
        let each = (room / n).saturating_sub(2).max(4);
        Columns {
            label,
            values: values.iter().map(|&v| v.min(each)).collect(),
            diffs,
        }
    }

    /// One row: each cell wrapped in its column, lines side by side; a line never ends in
    /// spaces.
    fn row(&self, label: &str, cells: &[Vec<String>], diffs: &[String]) -> String {
        let mut columns: Vec<(Vec<String>, usize)> =
            vec![(crate::text::wrap(label, self.label), self.label)];
        for (cell, &w) in cells.iter().zip(&self.values) {
            let lines = cell
                .iter()
                .filter(|l| !l.is_empty())
                .flat_map(|l| crate::text::wrap(l, w))
                .collect();
            columns.push((lines, w));
        }
        for (d, &w) in diffs.iter().zip(&self.diffs) {
            columns.push((crate::text::wrap(d, w), w));
        }
        let height = columns.iter().map(|(l, _)| l.len()).max().unwrap_or(1);
        let mut out = String::new();
        for k in 0..height {
            let mut line = String::new();
            for (i, (lines, w)) in columns.iter().enumerate() {
                if i > 0 {
                    line.push_str("  ");
                }
                line.push_str(&pad(lines.get(k).map_or("", String::as_str), *w));
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

/// `text` wrapped to `width` columns, each line ended.
fn wrapped(text: &str, width: usize) -> String {
    text.lines()
        .flat_map(|l| crate::text::wrap(l, width))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Aligned columns in `width` terminal columns: the label, every job's value, then each job's
/// difference from the pinned (first) job, beside the values when they fit, else under each
/// value. `▲` marks the highest value where higher is better, `△` where it is only higher.
pub fn text(c: &Comparison, width: usize) -> String {
    let width = width.max(MIN_WIDTH);
    let blocks = blocks(c);
    let all: Vec<&Fact> = blocks
        .iter()
        .flat_map(|b| b.facts.iter().copied())
        .collect();
    // Skill names share the label column ("Management of Financial Resources" is longer than
    // any fact's label).
    let w_label = all
        .iter()
        .map(|f| f.label.width())
        .chain(c.skills.rows.iter().map(|r| r.name.width()))
        .max()
        .unwrap_or(0)
        .max(12);
    let widths: Vec<usize> = (0..c.len())
        .map(|i| {
            all.iter()
                .map(|f| f.marked(i).width())
                .chain([c.name(i).width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let diff_widths: Vec<usize> = others(c)
        .map(|i| {
            all.iter()
                .map(|f| f.difference_text(i).width())
                .chain([difference_heading(c, i).width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let cols = Columns::fit(w_label, &widths, &diff_widths, width);
    let mut head = format!("{}\n{}\n", c.title(), legend(c));
    if cols.stacked() && c.len() > 1 {
        head.push_str("(each difference from the pinned job is under the value)\n");
    }
    if let Some(line) = c.missing_line(None) {
        head.push_str(&format!("{line}\n"));
    }
    let mut out = wrapped(&head, width);
    for block in &blocks {
        out.push('\n');
        let mut title = block.title.to_uppercase();
        // A heading wider than the labels (a metro area's name) goes on a line of its own.
        if title.width() > cols.label {
            out.push_str(&wrapped(&title, width));
            title.clear();
        }
        let names: Vec<Vec<String>> = (0..c.len()).map(|i| vec![c.name(i).to_string()]).collect();
        let heads: Vec<String> = if cols.stacked() {
            Vec::new()
        } else {
            others(c).map(|i| difference_heading(c, i)).collect()
        };
        out.push_str(&cols.row(&title, &names, &heads));
        for f in &block.facts {
            let cells: Vec<Vec<String>> = (0..c.len())
                .map(|i| {
                    let mut cell = vec![f.marked(i)];
                    if cols.stacked() && i > 0 {
                        cell.push(f.difference_text(i).to_string());
                    }
                    cell
                })
                .collect();
            let diffs: Vec<String> = if cols.stacked() {
                Vec::new()
            } else {
                others(c)
                    .map(|i| f.difference_text(i).to_string())
                    .collect()
            };
            out.push_str(&cols.row(&f.label, &cells, &diffs));
        }
        for l in &block.sources {
            out.push_str(&wrapped(l, width));
        }
    }
    skills_text(c, &mut out, &cols, width);
    duties_text(c, &mut out, width);
    out
}

/// What each job does and its example responsibilities, as markdown and JSON have them,
/// wrapped to `width` (a duty's next lines indented under its first word).
fn duties_text(c: &Comparison, out: &mut String, width: usize) {
    for i in 0..c.len() {
        out.push('\n');
        out.push_str(&wrapped(&c.description_title(i).to_uppercase(), width));
        // A real occupation carries no prose: its major group, as the explorer shows.
        let about = match c.description(i) {
            Some(d) => d.to_string(),
            None => c.about(i).unwrap_or_else(|| UNKNOWN.to_string()),
        };
        out.push_str(&wrapped(&about, width));
        for d in c.duties(i) {
            for (k, l) in crate::text::wrap(d, width.saturating_sub(2))
                .iter()
                .enumerate()
            {
                let bullet = if k == 0 { "- " } else { "  " };
                out.push_str(&format!("{bullet}{l}\n"));
            }
        }
    }
    for l in source_lines(c, Topic::Duties) {
        out.push_str(&wrapped(&l, width));
    }
}

/// `10% *`: a skill's number, starred when it is one of the job's top three.
fn skill_cell(c: &Comparison, r: &compare::SkillRow, i: usize, star: &str) -> String {
    let mark = if r.is_top(i) { star } else { "" };
    format!("{}{mark}", skill(c, i, r.value(i)))
}

/// The skills tables of the text report, in the report's columns: one table when every job's
/// numbers are on one scale, else one per scale (a page's "% of resumes" never sits in a
/// column beside O*NET importance), each headed by its unit.
fn skills_text(c: &Comparison, out: &mut String, cols: &Columns, width: usize) {
    let groups = c.skills.scale_groups();
    if groups.len() > 1 {
        for (scale, keep) in &groups {
            let part = c.project(keep);
            let part_cols = Columns {
                label: cols.label,
                values: keep
                    .iter()
                    .filter_map(|&i| cols.values.get(i).copied())
                    .collect(),
                diffs: Vec::new(),
            };
            let heading = format!("SKILLS ({})", scale.name().to_uppercase());
            skill_table(&part, out, &part_cols, &heading, width);
        }
    } else {
        skill_table(c, out, cols, "SKILLS", width);
    }
    let legend = format!("(* one of the job's top three skills; {})", skill_scales(c));
    out.push_str(&wrapped(&legend, width));
    for l in source_lines(c, Topic::Skills) {
        out.push_str(&wrapped(&l, width));
    }
    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    out.push('\n');
    out.push_str(&wrapped(
        &format!("Shared skills: {}", list(&c.skills.shared)),
        width,
    ));
    for i in 0..c.len() {
        let only = c.skills.only.get(i).map_or(&[][..], Vec::as_slice);
        out.push_str(&wrapped(
            &format!("Only {}: {}", c.name(i), list(only)),
            width,
        ));
    }
}

/// One skills table: the heading and every job's name, then a row per skill, `shared` after
/// a skill every job of the table lists.
fn skill_table(c: &Comparison, out: &mut String, cols: &Columns, heading: &str, width: usize) {
    let used = cols.label + cols.values.iter().map(|v| v + 2).sum::<usize>();
    // The `shared` mark takes the place of the differences, in a column of its own where one
    // fits, else after the skill's name.
    let beside = used + 2 + 6 <= width;
    let table = Columns {
        label: cols.label,
        values: cols.values.clone(),
        diffs: if beside { vec![6] } else { Vec::new() },
    };
    out.push('\n');
    let names: Vec<Vec<String>> = (0..c.len()).map(|i| vec![c.name(i).to_string()]).collect();
    out.push_str(&table.row(heading, &names, &[]));
    for r in &c.skills.rows {
        let cells: Vec<Vec<String>> = (0..c.len())
            .map(|i| vec![skill_cell(c, r, i, " *")])
            .collect();
        // One job alone shares nothing.
        let shared = r.shared() && c.len() > 1;
        let (name, tail) = match (shared, beside) {
            (true, true) => (r.name.clone(), "shared"),
            (true, false) => (format!("{} (shared)", r.name), ""),
            (false, _) => (r.name.clone(), ""),
        };
        out.push_str(&table.row(&name, &cells, &[tail.to_string()]));
    }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// A markdown table's header and rule for `first` then `cells`.
fn markdown_header(first: &str, cells: &[String]) -> String {
    let mut head = if first.is_empty() {
        "| |".to_string()
    } else {
        format!("| {first} |")
    };
    let mut rule = "| --- |".to_string();
    for c in cells {
        head.push_str(&format!(" {} |", cell(c)));
        rule.push_str(" --- |");
    }
    format!("{head}\n{rule}\n")
}

/// Markdown: one table per section, then skills, descriptions and duties.
pub fn markdown(c: &Comparison) -> String {
    let names: Vec<String> = (0..c.len()).map(|i| c.name(i).to_string()).collect();
    let mut out = format!(
        "# {}\n",
        names
            .iter()
            .map(|n| cell(n))
            .collect::<Vec<_>>()
            .join(" vs ")
    );
    if c.len() > 2 {
        out.push_str(&format!(
            "\nPinned: **{}**. Each difference is that job minus the pinned one.\n",
            cell(c.name(0))
        ));
    }
    if let Some(line) = c.missing_line(None) {
        out.push_str(&format!("\n_{}_\n", cell(&line)));
    }
    let mut heads = names.clone();
    heads.extend(others(c).map(|i| difference_heading(c, i)));
    for block in blocks(c) {
        out.push_str(&format!("\n## {}\n\n", block.title));
        out.push_str(&markdown_header("", &heads));
        for f in &block.facts {
            let bold = |i: usize| match (f.is_higher(i), f.higher_is_better) {
                (true, true) => format!("**{}** {}", cell(f.value(i)), f.mark()),
                (true, false) => format!("{} {}", cell(f.value(i)), f.mark()),
                (false, _) => cell(f.value(i)),
            };
            let mut row = format!("| {} |", cell(&f.label));
            for i in 0..c.len() {
                row.push_str(&format!(" {} |", bold(i)));
            }
            for i in others(c) {
                row.push_str(&format!(" {} |", f.difference_text(i)));
            }
            out.push_str(&row);
            out.push('\n');
        }
        for l in &block.sources {
            out.push_str(&format!("\n_{}_\n", cell(l)));
        }
    }
    out.push_str("\n## Skills\n");
    let groups = c.skills.scale_groups();
    if groups.len() > 1 {
        // Each scale its own table: a share of resumes is not an importance score.
        for (scale, keep) in &groups {
            out.push_str(&format!("\n_{}_\n", scale.name()));
            markdown_skills(&c.project(keep), &mut out);
        }
    } else {
        markdown_skills(c, &mut out);
    }
    out.push_str(&format!("\n_Skills: {}_\n", skill_scales(c)));
    for l in source_lines(c, Topic::Skills) {
        out.push_str(&format!("\n_{}_\n", cell(&l)));
    }
    for i in 0..c.len() {
        out.push_str(&format!("\n## {}\n\n", c.description_title(i)));
        out.push_str(c.description(i).unwrap_or(UNKNOWN));
        out.push('\n');
        let duties = c.duties(i);
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

/// One markdown skills table: a row per skill, a column per job.
fn markdown_skills(c: &Comparison, out: &mut String) {
    let mut heads: Vec<String> = (0..c.len()).map(|i| c.name(i).to_string()).collect();
    heads.push(String::new());
    out.push('\n');
    out.push_str(&markdown_header("Skill", &heads));
    for r in &c.skills.rows {
        let mut row = format!("| {} |", cell(&r.name));
        for i in 0..c.len() {
            row.push_str(&format!(" {} |", skill_cell(c, r, i, " (top 3)")));
        }
        let shared = r.shared() && c.len() > 1;
        row.push_str(&format!(" {} |\n", if shared { "shared" } else { "" }));
        out.push_str(&row);
    }
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
    let mut c = compare::compare(&[p]);
    c.area = area.map(|a| compare::AreaSection::of(&[p], a));
    let mut out = format!("{}\n", job_heading(p));
    if let Some(line) = c.missing_line(None) {
        out.push_str(&format!("{line}\n"));
    }
    let blocks = blocks(&c);
    let facts: Vec<&Fact> = blocks
        .iter()
        .flat_map(|b| b.facts.iter().copied())
        .collect();
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
        for f in &block.facts {
            let line = format!("{}  {}", pad(&f.label, w_label), f.value(0));
            out.push_str(&format!("{}\n", line.trim_end()));
        }
        for l in &block.sources {
            out.push_str(&format!("{l}\n"));
        }
    }
    out.push_str(&format!("\nSKILLS ({})\n", skill_scales(&c)));
    if c.skills.rows.is_empty() {
        out.push_str(&format!("{UNKNOWN}\n"));
    }
    for r in &c.skills.rows {
        let star = if r.is_top(0) { " *" } else { "" };
        out.push_str(&format!(
            "{}  {}{star}\n",
            pad(&r.name, w_label),
            skill(&c, 0, r.value(0))
        ));
    }
    sourced(&mut out, Topic::Skills);
    // A real occupation's heading already says what `about` would.
    if !p.is_occupation() || p.description.is_some() {
        out.push_str(&format!("\n{}\n", c.description_title(0).to_uppercase()));
        out.push_str(&format!("{}\n", c.description(0).unwrap_or(UNKNOWN)));
    }
    out.push_str("\nDUTIES\n");
    if c.duties(0).is_empty() {
        out.push_str(&format!("{UNKNOWN}\n"));
    }
    for d in c.duties(0) {
        out.push_str(&format!("- {d}\n"));
    }
    sourced(&mut out, Topic::Duties);
    out
}

/// One job's whole profile in markdown, for `careerscope show --format markdown`.
pub fn show_markdown(p: &Profile, area: Option<&str>) -> String {
    let mut c = compare::compare(&[p]);
    c.area = area.map(|a| compare::AreaSection::of(&[p], a));
    let mut out = format!("# {}\n", cell(&job_heading(p)));
    if let Some(line) = c.missing_line(None) {
        out.push_str(&format!("\n_{}_\n", cell(&line)));
    }
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
        for f in &block.facts {
            out.push_str(&format!("| {} | {} |\n", cell(&f.label), cell(f.value(0))));
        }
        for l in &block.sources {
            out.push_str(&format!("\n_{}_\n", cell(l)));
        }
    }
    out.push_str(&format!(
        "\n## Skills\n\n| Skill | {} |\n| --- | --- |\n",
        skill_scales(&c)
    ));
    for r in &c.skills.rows {
        let top = if r.is_top(0) { " (top 3)" } else { "" };
        out.push_str(&format!(
            "| {} | {}{top} |\n",
            cell(&r.name),
            skill(&c, 0, r.value(0))
        ));
    }
    sourced(&mut out, Topic::Skills);
    if !p.is_occupation() || p.description.is_some() {
        out.push_str(&format!("\n## {}\n\n", c.description_title(0)));
        out.push_str(c.description(0).unwrap_or(UNKNOWN));
        out.push('\n');
    }
    out.push_str("\n## Duties\n\n");
    if c.duties(0).is_empty() {
        out.push_str(&format!("{UNKNOWN}\n"));
    }
    for d in c.duties(0) {
        out.push_str(&format!("- {}\n", d));
    }
    sourced(&mut out, Topic::Duties);
    out
}

/// One area's pay as the JSON outputs write it: `{"area", "mean", "median", "p10", "p90"}`
/// (annual dollars, `null` where OEWS suppresses a figure). The compiled-in asset keeps the
/// compact positional form; scripts read names, not positions.
#[derive(serde::Serialize)]
struct AreaFigures<'a> {
    area: &'a str,
    mean: u64,
    median: Option<u64>,
    p10: Option<u64>,
    p90: Option<u64>,
}

impl<'a> From<&'a crate::model::AreaPay> for AreaFigures<'a> {
    fn from(pay: &'a crate::model::AreaPay) -> Self {
        let range = pay.range();
        AreaFigures {
            area: pay.area(),
            mean: pay.mean(),
            median: pay.median(),
            p10: range.map(|r| r.min),
            p90: range.map(|r| r.max),
        }
    }
}

/// One job's profile as the JSON of `show` and `list --json`: `salary.by_state` as objects
/// (`{"area", "mean", "median", "p10", "p90"}`), and with `area` (the name `find_area` gave)
/// that area's figures as `"area": {"name", "mean", "median", "p10", "p90"}` (`null` when
/// OEWS publishes none for the job there).
pub fn profile_json(
    p: &Profile,
    area: Option<&str>,
) -> Result<serde_json::Value, serde_json::Error> {
    let mut v = serde_json::to_value(p)?;
    if let Some(by_state) = p.salary.as_ref().and_then(|s| s.by_state.as_ref()) {
        let objects: Vec<AreaFigures> = by_state.iter().map(AreaFigures::from).collect();
        if let Some(salary) = v.get_mut("salary").and_then(|s| s.as_object_mut()) {
            salary.insert("by_state".into(), serde_json::to_value(objects)?);
        }
    }
    if let (Some(name), Some(object)) = (area, v.as_object_mut()) {
        let pay = compare::areas_of(p).find(|x| x.area().eq_ignore_ascii_case(name));
        let figures = match pay {
            Some(pay) => {
                let f = AreaFigures::from(pay);
                serde_json::json!({"name": f.area, "mean": f.mean, "median": f.median,
                                   "p10": f.p10, "p90": f.p90})
            }
            None => serde_json::json!({"name": name, "mean": null, "median": null,
                                       "p10": null, "p90": null}),
        };
        object.insert("area".into(), figures);
    }
    Ok(v)
}
