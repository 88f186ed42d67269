//! One page's structure: title, names, tables, descriptions, duties, skills, footer.

use std::collections::BTreeMap;

use super::cells::{self, Cell, Kind, Split};
use super::narrative;
use super::rows::{Field, Section};
use super::text::Line;
use super::warning::{CutReason, Warning, WarningKind};
use crate::model::{
    Degree, Demographics, Education, Overview, Page, Profile, Salary, Share, Skill, YearsRange,
};
use crate::text::{NAME_MAX, shorten};

/// Why a text is not a comparison page at all (as opposed to a page with gaps, which parses
/// with warnings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAPage {
    pub line: usize,
    pub message: String,
}

/// Evidence about the two names, gathered from every place the page names a job.
#[derive(Default)]
struct Names {
    /// Lower-cased (first, second) readings from "X vs Y" and "Differences between X and Y".
    pairs: Vec<(String, String)>,
    /// Lower-cased single names from "What does a X do?", "X example responsibilities." and
    /// "Common X skills".
    singles: Vec<String>,
}

const HEADING_SUFFIXES: [(&str, Option<Section>); 4] = [
    (" overview", Some(Section::Overview)),
    (" salary", Some(Section::Salary)),
    (" demographics", Some(Section::Demographics)),
    (" skills", None),
];

/// Marker lines that introduce one job's part of a section.
#[derive(Debug, Clone, PartialEq)]
enum Marker {
    Description(String),
    Duties(String),
    Skills(String),
}

fn marker(line: &str) -> Option<Marker> {
    let lower = line.to_lowercase();
    if let Some(rest) = lower.strip_prefix("what does ")
        && let Some(name) = rest.strip_suffix(" do?")
    {
        let name = name
            .strip_prefix("an ")
            .or_else(|| name.strip_prefix("a "))
            .unwrap_or(name);
        return Some(Marker::Description(name.to_string()));
    }
    if let Some(name) = lower
        .strip_suffix(" example responsibilities.")
        .or_else(|| lower.strip_suffix(" example responsibilities"))
    {
        return Some(Marker::Duties(name.to_string()));
    }
    if let Some(rest) = lower.strip_prefix("common ")
        && let Some(name) = rest.strip_suffix(" skills")
    {
        return Some(Marker::Skills(name.to_string()));
    }
    None
}

/// The section a heading line opens, for headings like "X vs Y salary" or
/// "Differences between X and Y education".
fn heading(line: &str) -> Option<(Option<Section>, Option<String>)> {
    let lower = line.to_lowercase();
    if let Some(rest) = lower.strip_prefix("differences between ") {
        for (suffix, section) in [
            (" education", Some(Section::Education)),
            (" duties and responsibilities", None),
        ] {
            if let Some(pair) = rest.strip_suffix(suffix) {
                return Some((section, Some(pair.to_string())));
            }
        }
        return None;
    }
    if !lower.contains(" vs ") {
        return None;
    }
    HEADING_SUFFIXES.iter().find_map(|(suffix, section)| {
        lower
            .strip_suffix(suffix)
            .map(|pair| (*section, Some(pair.to_string())))
    })
}

/// The most readings of names kept from the page's headings and marker lines: a page has a
/// title, a handful of headings and six marker lines.
const EVIDENCE_MAX: usize = 64;

/// Every way `pair` reads as two names around `sep`. Only halves that can be names count, so a
/// long `a vs a vs …` line gives nothing instead of a copy of itself per separator.
fn pair_readings(pair: &str, sep: &str) -> Vec<(String, String)> {
    let fits = |s: &str| s.len() <= 4 * NAME_MAX && s.chars().count() <= NAME_MAX;
    if pair.len() > 2 * 4 * NAME_MAX + sep.len() {
        return Vec::new();
    }
    pair.match_indices(sep)
        .filter_map(|(i, _)| {
            let strip = |s: &str| {
                let s = s.trim();
                s.strip_prefix("an ")
                    .or_else(|| s.strip_prefix("a "))
                    .unwrap_or(s)
                    .to_string()
            };
            let (a, b) = (&pair[..i], &pair[i + sep.len()..]);
            (fits(a) && fits(b)).then(|| (strip(a), strip(b)))
        })
        .take(EVIDENCE_MAX)
        .collect()
}

fn is_title(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.contains(" vs ")
        && line.chars().count() <= 200
        && heading(line).is_none()
        && !lower.starts_with("differences between")
}

/// Where the header `h` splits into two names, by the evidence of the page.
fn split_header(h: &str, names: &Names) -> Result<(String, String, bool), Vec<String>> {
    // Two names at most: a longer line has no split worth trying, and trying each would copy it
    // once per character.
    if h.len() > 2 * 4 * NAME_MAX || h.chars().count() > 2 * NAME_MAX {
        return Err(Vec::new());
    }
    let bounds: Vec<usize> = h.char_indices().map(|(i, _)| i).skip(1).collect();
    // The header lower-cased once, char by char, with where each boundary falls in it: each
    // name of the evidence is then looked up at the one boundary its length allows.
    let mut lower = String::with_capacity(h.len());
    let mut at_lower: Vec<usize> = Vec::with_capacity(bounds.len());
    for (i, c) in h.char_indices() {
        if i > 0 {
            at_lower.push(lower.len());
        }
        lower.extend(c.to_lowercase());
    }
    let bound_at = |offset: usize| at_lower.binary_search(&offset).ok().map(|k| bounds[k]);
    let mut support: BTreeMap<usize, usize> = BTreeMap::new();
    for (x, y) in &names.pairs {
        let fits = |a: &str, b: &str| {
            a.len() + b.len() == lower.len() && lower.starts_with(a) && lower.ends_with(b)
        };
        let mut at = Vec::with_capacity(2);
        if fits(x, y) {
            at.extend(bound_at(x.len()));
        }
        if fits(y, x) {
            at.extend(bound_at(y.len()));
        }
        at.dedup();
        for i in at {
            *support.entry(i).or_default() += 2;
        }
    }
    for n in &names.singles {
        let mut at = Vec::with_capacity(2);
        if lower.starts_with(n.as_str()) {
            at.extend(bound_at(n.len()));
        }
        if lower.ends_with(n.as_str()) && n.len() <= lower.len() {
            at.extend(bound_at(lower.len() - n.len()));
        }
        at.dedup();
        for i in at {
            *support.entry(i).or_default() += 1;
        }
    }
    let best = support.values().copied().max();
    let at: Vec<usize> = support
        .iter()
        .filter(|(_, s)| Some(**s) == best)
        .map(|(i, _)| *i)
        .collect();
    if let [i] = at.as_slice() {
        return Ok((h[..*i].trim().into(), h[*i..].trim().into(), false));
    }
    // No name elsewhere on the page: a change of case is the only boundary left.
    let camel: Vec<usize> = bounds
        .iter()
        .copied()
        .filter(|&i| {
            let before = h[..i].chars().last();
            let after = h[i..].chars().next();
            matches!((before, after), (Some(b), Some(a)) if b.is_lowercase() && a.is_uppercase())
        })
        .collect();
    match camel.as_slice() {
        [i] if at.is_empty() => Ok((h[..*i].trim().into(), h[*i..].trim().into(), true)),
        _ => {
            let candidates = if at.is_empty() { camel } else { at };
            Err(candidates
                .iter()
                .take(cells::MAX_READINGS)
                .map(|&i| format!("{} | {}", &h[..i], &h[i..]))
                .collect())
        }
    }
}

/// A table row's cells, glued (browser copy) or separated (markdown).
#[derive(Debug, Clone)]
enum RowCells {
    Glued(String),
    Separate(String, String),
}

#[derive(Debug, Clone)]
struct Row {
    line: usize,
    field: Field,
    cells: RowCells,
}

#[derive(Debug, Default)]
struct Table {
    rows: Vec<Row>,
    heading: Option<Section>,
}

impl Table {
    /// The section a table belongs to. Later tables repeat some rows of other sections (the
    /// header, overview rows), so one row proves little: the heading decides when the table has
    /// a row of its section, else the section most of its own rows belong to only.
    fn section(&self) -> Section {
        if let Some(h) = self.heading
            && self.rows.iter().any(|r| r.field.sections().contains(&h))
        {
            return h;
        }
        let mut votes: Vec<(Section, usize)> = Vec::new();
        for r in &self.rows {
            if let [only] = r.field.sections() {
                match votes.iter_mut().find(|(s, _)| s == only) {
                    Some((_, n)) => *n += 1,
                    None => votes.push((*only, 1)),
                }
            }
        }
        // The first section to reach the highest count wins a tie.
        let mut best: Option<(Section, usize)> = None;
        for (s, n) in votes {
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((s, n));
            }
        }
        best.map(|(s, _)| s)
            .or(self.heading)
            .unwrap_or(Section::Overview)
    }
}

fn is_bullet(line: &str) -> Option<&str> {
    line.strip_prefix('•').map(str::trim)
}

fn row_of(line: &Line) -> Option<(Field, RowCells)> {
    match &line.cells {
        Some(cells) => {
            let cells: Vec<&String> = cells.iter().collect();
            let field = Field::named(cells.first()?)?;
            let a = cells.get(1).map(|s| s.as_str()).unwrap_or("");
            let b = cells.get(2).map(|s| s.as_str()).unwrap_or("");
            if cells.len() == 2 && !a.is_empty() {
                // Only the label is separated: the two cells are glued as in a browser copy.
                return Some((field, RowCells::Glued(a.to_string())));
            }
            Some((field, RowCells::Separate(a.to_string(), b.to_string())))
        }
        None => {
            let (field, rest) = Field::starting(&line.text)?;
            Some((field, RowCells::Glued(rest.trim().to_string())))
        }
    }
}

fn is_separator(line: &Line) -> bool {
    line.cells.as_ref().is_some_and(|c| {
        c.iter()
            .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
    })
}

/// Parses one page's cleaned lines into two profiles and the warnings about what was missing or
/// could not be read. A pipeline of passes: scan the structure, resolve the two names, collect
/// the jobs' texts and the tables' values, build the profiles.
///
/// # Errors
/// [`NotAPage`] when the text names no pair of jobs, or has neither tables nor job sections.
pub fn parse_lines(
    lines: &[Line],
    last_line_complete: bool,
) -> Result<(Page, Vec<Warning>), NotAPage> {
    let mut warnings = Vec::new();
    let structure = scan(lines, last_line_complete, &mut warnings);
    let names = resolve_names(lines, &structure)?;
    let paragraphs = narrative_paragraphs(&structure.usable);
    let years = narrative::years_to_become(&paragraphs, &names);
    let mut texts = job_texts(&structure.usable, &names, &mut warnings);
    let values = collect_values(&structure.tables, &years, &names, &mut warnings);
    let jobs = [0, 1]
        .map(|side| {
            let job = Job {
                side,
                name: &names[side],
                years: years[side],
                paragraphs: &paragraphs,
            };
            build_profile(&job, &mut texts, &values, &mut warnings)
        })
        .into();
    let title = structure
        .title
        .or_else(|| Some(built_title(&names[0], &names[1])));
    let page = Page {
        title,
        category: structure.category,
        jobs,
        warnings: warnings.iter().map(ToString::to_string).collect(),
        ..Page::default()
    };
    Ok((page, warnings))
}

/// What the first pass finds: the page's parts, before the names are settled.
struct Structure<'a> {
    category: Option<String>,
    /// Every line but a last line that may be cut off.
    usable: Vec<&'a Line>,
    title: Option<String>,
    /// Every mention of the names outside the tables.
    evidence: Names,
    tables: Vec<Table>,
    /// The names of the first table header that could be split.
    header_names: Option<(String, String)>,
}

/// Pass 1: footer, usable lines, title, name evidence and tables.
fn scan<'a>(lines: &'a [Line], last_line_complete: bool, w: &mut Vec<Warning>) -> Structure<'a> {
    let category = footer(lines);
    let usable = usable_lines(lines, category.is_some(), last_line_complete, w);
    let title = usable
        .iter()
        .take_while(|l| row_of(l).is_none())
        .find(|l| l.cells.is_none() && is_title(&l.text))
        .map(|l| l.text.clone());
    let evidence = name_evidence(title.as_deref(), &usable);
    let (tables, header_names) = scan_tables(&usable, &evidence, w);
    Structure {
        category,
        usable,
        title,
        evidence,
        tables,
        header_names,
    }
}

/// The category of the `Browse ... jobs` footer.
fn footer(lines: &[Line]) -> Option<String> {
    lines.iter().rev().find_map(|l| {
        // Matched on the line itself: lower-casing can change byte lengths (U+212A, U+1E9E),
        // so offsets into a lower-cased copy do not fit the original.
        let inner = strip_prefix_ci(&l.text, "browse ")?;
        let inner = strip_suffix_ci(inner, " jobs")?;
        Some(inner.to_string())
    })
}

/// The lines worth reading. A page without its footer was cut off; its last line may be cut
/// too. A final newline is no evidence that it was not: editors add one when the copy is saved,
/// and a cut row such as "Yearly salary$30,000$5" still reads as two cells. The exceptions
/// show they are whole: a markdown table row by its closing pipe, and a row whose cells cannot
/// go on ([`cells::is_whole`]: `LGBT Percentage6%6%`).
fn usable_lines<'a>(
    lines: &'a [Line],
    has_footer: bool,
    last_line_complete: bool,
    w: &mut Vec<Warning>,
) -> Vec<&'a Line> {
    let mut usable = Vec::with_capacity(lines.len());
    if has_footer {
        usable.extend(lines);
        return usable;
    }
    w.push(Warning::page(WarningKind::NoFooter));
    let whole_row = |l: &Line| {
        matches!(row_of(l), Some((field, RowCells::Glued(glued)))
            if cells::is_whole(field.kind(), &glued))
    };
    let cut_line = lines
        .iter()
        .rev()
        .find(|l| !l.text.is_empty())
        .filter(|l| l.cells.is_none() && !whole_row(l))
        .map(|l| l.no);
    let why = if last_line_complete {
        CutReason::NoFooter
    } else {
        CutReason::MidLine
    };
    usable.extend(lines.iter().filter(|l| {
        let cut = Some(l.no) == cut_line;
        if cut {
            let text = l.text.clone();
            w.push(Warning::at(l.no, WarningKind::LastLineCut { why, text }));
        }
        !cut
    }));
    usable
}

/// Every place outside the tables that names a job: the title, headings and marker lines.
fn name_evidence(title: Option<&str>, usable: &[&Line]) -> Names {
    let mut names = Names::default();
    if let Some(t) = title {
        names.pairs.extend(pair_readings(&t.to_lowercase(), " vs "));
    }
    for l in usable {
        if names.pairs.len() >= EVIDENCE_MAX && names.singles.len() >= EVIDENCE_MAX {
            break;
        }
        if let Some((_, Some(pair))) = heading(&l.text) {
            let sep = if pair.contains(" vs ") {
                " vs "
            } else {
                " and "
            };
            for p in pair_readings(&pair, sep) {
                if names.pairs.len() < EVIDENCE_MAX && !names.pairs.contains(&p) {
                    names.pairs.push(p);
                }
            }
        }
        if let Some(Marker::Description(n) | Marker::Duties(n) | Marker::Skills(n)) =
            marker(&l.text)
            && names.singles.len() < EVIDENCE_MAX
            && !names.singles.contains(&n)
        {
            names.singles.push(n);
        }
    }
    names
}

/// The tables: a header line naming both jobs, then rows. Also the names of the first header.
fn scan_tables(
    usable: &[&Line],
    evidence: &Names,
    w: &mut Vec<Warning>,
) -> (Vec<Table>, Option<(String, String)>) {
    let mut job_names: Option<(String, String)> = None;
    let mut tables: Vec<Table> = Vec::new();
    let mut current: Option<Table> = None;
    let mut last_heading: Option<Section> = None;
    for (i, l) in usable.iter().enumerate() {
        if let Some((section, _)) = heading(&l.text) {
            last_heading = section.or(last_heading);
        }
        if let Some((field, cells)) = row_of(l) {
            let table = current.get_or_insert_with(|| Table {
                rows: Vec::new(),
                heading: last_heading,
            });
            table.rows.push(Row {
                line: l.no,
                field,
                cells,
            });
            continue;
        }
        if is_separator(l) {
            continue;
        }
        tables.extend(current.take());
        if is_header(l, &usable[i + 1..]) {
            note_header(l, split_any_header(l, evidence), &mut job_names, w);
            current = Some(Table {
                rows: Vec::new(),
                heading: last_heading,
            });
        }
    }
    tables.extend(current.take());
    (tables, job_names)
}

/// Whether `l` is a table header: a plain line right before a row.
fn is_header(l: &Line, rest: &[&Line]) -> bool {
    // An empty line is no header: tested first, so that a run of empty lines is not scanned
    // once for each of its lines.
    if l.text.is_empty() {
        return false;
    }
    let next_is_row = rest
        .iter()
        .find(|n| !n.text.is_empty() && !is_separator(n))
        .is_some_and(|n| row_of(n).is_some());
    let is_structure = heading(&l.text).is_some() || marker(&l.text).is_some() || is_title(&l.text);
    next_is_row && !l.text.is_empty() && !is_structure
}

/// A header's two names: separate cells, or glued names split by the page's evidence.
fn split_any_header(l: &Line, evidence: &Names) -> Result<(String, String, bool), Vec<String>> {
    match &l.cells {
        Some(cells) => {
            let named: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
            match named.as_slice() {
                [a, b] => Ok(((*a).clone(), (*b).clone(), false)),
                _ => Err(vec![l.text.clone()]),
            }
        }
        None => split_header(&l.text, evidence),
    }
}

/// Keeps the first header's names, warning about a guessed split, later headers naming other
/// jobs, and a first header that cannot be split.
fn note_header(
    l: &Line,
    header: Result<(String, String, bool), Vec<String>>,
    job_names: &mut Option<(String, String)>,
    w: &mut Vec<Warning>,
) {
    let text = l.text.clone();
    match (header, job_names.as_ref()) {
        (Ok((a, b, guessed)), None) => {
            if guessed {
                w.push(Warning::at(
                    l.no,
                    WarningKind::HeaderSplitAtCase { header: text },
                ));
            }
            *job_names = Some((a, b));
        }
        (Ok((a, b, _)), Some((x, y))) => {
            if !(x.eq_ignore_ascii_case(&a) && y.eq_ignore_ascii_case(&b)) {
                let first = (x.clone(), y.clone());
                w.push(Warning::at(
                    l.no,
                    WarningKind::OtherJobs {
                        header: text,
                        first,
                    },
                ));
            }
        }
        (Err(candidates), None) => w.push(Warning::at(
            l.no,
            WarningKind::HeaderUnclear {
                header: text,
                candidates,
            },
        )),
        (Err(_), Some(_)) => {}
    }
}

/// Pass 2: the two names, from the first table header or else the title.
fn resolve_names(lines: &[Line], s: &Structure) -> Result<[String; 2], NotAPage> {
    let title_names = s.title.as_ref().and_then(|t| {
        pair_readings(&t.to_lowercase(), " vs ")
            .into_iter()
            .next()
            .map(|(a, b)| (title_case(&a), title_case(&b)))
    });
    let Some((name_a, name_b)) = s.header_names.clone().or(title_names) else {
        let first = lines.iter().find(|l| !l.text.is_empty());
        return Err(NotAPage {
            line: first.map_or(1, |l| l.no),
            message: format!(
                "expected a career-comparison page (a title like \"Lead technician vs technical manager\" or a table header naming two jobs), found \"{}\"",
                first.map(|l| shorten(&l.text)).unwrap_or_default()
            ),
        });
    };
    let has_rows = s.tables.iter().any(|t| !t.rows.is_empty());
    if !has_rows && s.evidence.singles.is_empty() {
        return Err(NotAPage {
            line: title_line(lines).unwrap_or(1),
            message: "expected a career-comparison page, found a title but no comparison table or job sections".to_string(),
        });
    }
    for name in [&name_a, &name_b] {
        if let Some(why) = not_a_name(name) {
            let lower = name.to_lowercase();
            let line = lines
                .iter()
                .find(|l| l.text.to_lowercase().contains(&lower))
                .map_or(1, |l| l.no);
            return Err(NotAPage {
                line,
                message: format!(
                    "expected two job names, found \"{}\", which {why}: the page was not read right",
                    shorten(name)
                ),
            });
        }
    }
    Ok([name_a, name_b])
}

/// The most words a job name has (the longest official title has 14).
const NAME_WORDS_MAX: usize = 20;

/// Why `name` cannot be a job's name but is text the page's shape was misread from: too long,
/// or shaped like a sentence. `None` for a name.
fn not_a_name(name: &str) -> Option<String> {
    let chars = name.chars().count();
    if chars > NAME_MAX {
        return Some(format!(
            "has {chars} characters (a job name has at most {NAME_MAX})"
        ));
    }
    let words = name.split_whitespace().count();
    if words > NAME_WORDS_MAX {
        return Some(format!(
            "has {words} words (a job name has at most {NAME_WORDS_MAX})"
        ));
    }
    let sentence = name.ends_with(['.', '!', '?', ';', ':'])
        || ["? ", "! ", "; "].iter().any(|p| name.contains(p));
    sentence.then(|| "reads as a sentence".to_string())
}

/// The narrative: every plain paragraph before the first table.
fn narrative_paragraphs<'a>(usable: &[&'a Line]) -> Vec<&'a str> {
    let first_table_line = usable
        .iter()
        .find(|l| row_of(l).is_some())
        .map_or(usize::MAX, |l| l.no);
    usable
        .iter()
        .filter(|l| l.no < first_table_line && l.cells.is_none() && l.text.len() > 40)
        .map(|l| l.text.as_str())
        .collect()
}

/// Each job's description, duties and skills: the sections a marker line introduces.
#[derive(Default)]
struct JobTexts {
    descriptions: [Option<String>; 2],
    duties: [Option<Vec<String>>; 2],
    skills: [Option<Vec<Skill>>; 2],
}

/// Pass 3a: the sections introduced by a marker naming one job (the first of each kind wins).
fn job_texts(usable: &[&Line], names: &[String; 2], w: &mut Vec<Warning>) -> JobTexts {
    let side_of = |n: &str| -> Option<usize> { names.iter().position(|x| x.to_lowercase() == n) };
    let mut texts = JobTexts::default();
    for (idx, l) in usable.iter().enumerate() {
        let Some(m) = marker(&l.text) else { continue };
        let (Marker::Description(n) | Marker::Duties(n) | Marker::Skills(n)) = &m;
        let Some(side) = side_of(n) else {
            let names = (names[0].clone(), names[1].clone());
            let text = l.text.clone();
            w.push(Warning::at(l.no, WarningKind::NamesNeither { text, names }));
            continue;
        };
        let body = &usable[idx + 1..];
        match m {
            Marker::Description(_) => {
                let para = description(body);
                if !para.is_empty() && texts.descriptions[side].is_none() {
                    texts.descriptions[side] = Some(para.join(" "));
                }
            }
            Marker::Duties(_) => {
                let items: Vec<String> = bullets(body)
                    .into_iter()
                    .filter(|(_, t)| !t.eq_ignore_ascii_case("show more"))
                    .map(|(_, t)| t.to_string())
                    .collect();
                texts.duties[side].get_or_insert(items);
            }
            Marker::Skills(_) => {
                let list = skill_list(body, w);
                texts.skills[side].get_or_insert(list);
            }
        }
    }
    texts
}

/// The paragraph after a "What does X do?" line.
fn description<'a>(body: &[&'a Line]) -> Vec<&'a str> {
    body.iter()
        .skip_while(|b| b.text.is_empty())
        .take_while(|b| {
            !b.text.is_empty()
                && marker(&b.text).is_none()
                && heading(&b.text).is_none()
                && row_of(b).is_none()
                && b.cells.is_none()
        })
        .map(|b| b.text.as_str())
        .collect()
}

/// The `Name, N%` bullets after a "Common X skills" line; other bullets are warned about.
fn skill_list(body: &[&Line], w: &mut Vec<Warning>) -> Vec<Skill> {
    let mut list = Vec::new();
    for (no, t) in bullets(body) {
        let skill = t.rsplit_once(", ").and_then(|(name, pct)| {
            let pct = cells::share_pct(pct)?;
            Some(Skill {
                name: name.trim().to_string(),
                pct,
            })
        });
        match skill {
            Some(s) => list.push(s),
            None => w.push(Warning::at(
                no,
                WarningKind::BadSkill {
                    text: t.to_string(),
                },
            )),
        }
    }
    list
}

/// The tables' values: one (first, second) pair per section and field, with the line it
/// was read from, and the sections the page has.
struct Values {
    cells: BTreeMap<(Section, Field), (usize, Cell, Cell)>,
    sections: Vec<Section>,
}

impl Values {
    /// Side `side`'s value of a field, if the page has it.
    fn get(&self, side: usize, s: Section, f: Field) -> Option<Cell> {
        self.cells
            .get(&(s, f))
            .map(|(_, a, b)| if side == 0 { a.clone() } else { b.clone() })
    }

    fn has(&self, s: Section) -> bool {
        self.sections.contains(&s)
    }
}

/// Pass 3b: every row's cells into its section (a row of several sections goes to the table's
/// own, else to all of them); rows that disagree with an earlier one, and sections and rows
/// the page lacks, are warned about.
fn collect_values(
    tables: &[Table],
    years: &[Option<YearsRange>; 2],
    names: &[String; 2],
    w: &mut Vec<Warning>,
) -> Values {
    let mut cells: BTreeMap<(Section, Field), (usize, Cell, Cell)> = BTreeMap::new();
    // Rows the page has, read or not: an unreadable row has its own warning and is not missing.
    let mut present: Vec<(Section, Field)> = Vec::new();
    for table in tables {
        let section = table.section();
        for row in &table.rows {
            let targets: Vec<Section> = if row.field.sections().contains(&section) {
                vec![section]
            } else {
                row.field.sections().to_vec()
            };
            present.extend(targets.iter().map(|&s| (s, row.field)));
            let Some((a, b)) = read_row(row, years, names, w) else {
                continue;
            };
            for s in targets {
                match cells.get(&(s, row.field)) {
                    None => {
                        cells.insert((s, row.field), (row.line, a.clone(), b.clone()));
                    }
                    Some((first_line, x, y)) if (x, y) != (&a, &b) => w.push(Warning::at(
                        row.line,
                        WarningKind::RowDisagrees {
                            label: row.field.label(),
                            first_line: *first_line,
                        },
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    let sections = missing(&present, w);
    Values { cells, sections }
}

/// Warns about every section and row the page lacks; returns the sections it has.
fn missing(present: &[(Section, Field)], w: &mut Vec<Warning>) -> Vec<Section> {
    let sections: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|s| present.iter().any(|(ps, _)| ps == s))
        .collect();
    for s in Section::ALL {
        if !sections.contains(&s) {
            w.push(Warning::page(WarningKind::NoTable { section: s.name() }));
            continue;
        }
        for f in Field::of(s) {
            if !present.contains(&(s, f)) {
                w.push(Warning::page(WarningKind::MissingRow {
                    section: s.name(),
                    label: f.label(),
                }));
            }
        }
    }
    sections
}

/// One job of the page, as the last pass needs it.
struct Job<'a> {
    side: usize,
    name: &'a str,
    years: Option<YearsRange>,
    paragraphs: &'a [&'a str],
}

/// Pass 4: one job's profile from its texts and values, with warnings for what it lacks.
fn build_profile(
    job: &Job,
    texts: &mut JobTexts,
    values: &Values,
    w: &mut Vec<Warning>,
) -> Profile {
    let side = job.side;
    let name = job.name.to_string();
    let known_skills: Vec<String> = texts.skills[side]
        .iter()
        .flatten()
        .map(|s| s.name.clone())
        .collect();
    let top = match narrative::top_skills(job.paragraphs, &name, &known_skills) {
        Ok(t) => t,
        Err(e) => {
            w.push(Warning::page(WarningKind::TopSkillsUnreadable {
                name: name.clone(),
                error: e.to_string(),
            }));
            None
        }
    };
    let lacks = [
        (
            job.years.is_none(),
            WarningKind::NoYearsToBecome { name: name.clone() },
        ),
        (
            top.is_none(),
            WarningKind::NoTopSkills { name: name.clone() },
        ),
        (
            texts.descriptions[side].is_none(),
            WarningKind::NoDescription { name: name.clone() },
        ),
        (
            texts.duties[side].is_none(),
            WarningKind::NoDuties { name: name.clone() },
        ),
        (
            texts.skills[side].is_none(),
            WarningKind::NoSkills { name: name.clone() },
        ),
    ];
    w.extend(
        lacks
            .into_iter()
            .filter(|(lacking, _)| *lacking)
            .map(|(_, kind)| Warning::page(kind)),
    );
    let get = |s: Section, f: Field| values.get(side, s, f);
    Profile {
        name,
        years_to_become: job.years,
        top_skills: top,
        description: texts.descriptions[side].take(),
        overview: values
            .has(Section::Overview)
            .then(|| overview(&get, job.years)),
        salary: values.has(Section::Salary).then(|| salary(&get)),
        education: values.has(Section::Education).then(|| education(&get)),
        demographics: values
            .has(Section::Demographics)
            .then(|| demographics(&get)),
        duties: texts.duties[side].take(),
        skills: texts.skills[side].take(),
        ..Profile::default()
    }
}

/// One job's value of a field.
type Get<'a> = dyn Fn(Section, Field) -> Option<Cell> + 'a;

fn overview(get: &Get, years: Option<YearsRange>) -> Overview {
    let ov = Section::Overview;
    // The page prints the narrative's upper bound in the narrative's unit.
    let years_of_experience = get(ov, Field::YearsOfExperience).and_then(|c| {
        let v = int(&c)? as f64;
        Some(match years {
            Some(r) if r.unit == crate::model::TimeUnit::Months => v / 12.0,
            _ => v,
        })
    });
    Overview {
        yearly_salary: get(ov, Field::YearlySalary).and_then(|c| int(&c)),
        hourly_rate: get(ov, Field::HourlyRate).and_then(|c| num(&c)),
        growth_rate_pct: get(ov, Field::GrowthRate).and_then(|c| num(&c)),
        openings_per_year: None,
        number_of_jobs: get(ov, Field::NumberOfJobs).and_then(|c| int(&c)),
        job_satisfaction: get(ov, Field::JobSatisfaction).and_then(|c| num(&c)),
        most_common_degree: get(ov, Field::MostCommonDegree).and_then(degree),
        average_age: get(ov, Field::AverageAge).and_then(|c| age(&c)),
        years_of_experience,
    }
}

fn salary(get: &Get) -> Salary {
    let s = Section::Salary;
    Salary {
        average: get(s, Field::AverageSalary).and_then(|c| int(&c)),
        range: get(s, Field::SalaryRange).and_then(|c| match c {
            Cell::Range(r) => Some(r),
            _ => None,
        }),
        highest_paying_city: get(s, Field::HighestPayingCity).and_then(text),
        highest_paying_state: get(s, Field::HighestPayingState).and_then(text),
        best_paying_company: get(s, Field::BestPayingCompany).and_then(text),
        best_paying_industry: get(s, Field::BestPayingIndustry).and_then(text),
        ..Salary::default()
    }
}

fn education(get: &Get) -> Education {
    let s = Section::Education;
    Education {
        most_common_degree: get(s, Field::MostCommonDegree).and_then(degree),
        most_common_major: get(s, Field::MostCommonMajor).and_then(text),
        most_common_college: get(s, Field::MostCommonCollege).and_then(text),
        ..Education::default()
    }
}

fn demographics(get: &Get) -> Demographics {
    let s = Section::Demographics;
    Demographics {
        average_age: get(s, Field::AverageAge).and_then(|c| age(&c)),
        gender: get(s, Field::GenderRatio).and_then(shares),
        race: get(s, Field::RaceRatio).and_then(shares),
        lgbt_pct: get(s, Field::LgbtPercentage).and_then(|c| num(&c)),
        ..Demographics::default()
    }
}

/// Reads a row's two cells, using the narrative to settle years of experience.
fn read_row(
    row: &Row,
    years: &[Option<YearsRange>; 2],
    names: &[String; 2],
    w: &mut Vec<Warning>,
) -> Option<(Cell, Cell)> {
    let kind = row.field.kind();
    let label = row.field.label();
    let glued = match &row.cells {
        RowCells::Separate(a, b) => {
            let read = |s: &str| cells::parse_cell(kind, s);
            return match (read(a), read(b)) {
                (Some(x), Some(y)) => Some((x, y)),
                _ => {
                    w.push(Warning::at(
                        row.line,
                        WarningKind::BadCells {
                            label,
                            expected: describe(kind),
                            cells: (a.clone(), b.clone()),
                        },
                    ));
                    None
                }
            };
        }
        RowCells::Glued(glued) => glued,
    };
    let mut found = cells::split_pair(kind, glued);
    if row.field == Field::YearsOfExperience {
        found = settle_experience(row, glued, found, years, names, w)?;
    }
    match found.as_slice() {
        [one] => Some(one.cells.clone()),
        [] => {
            w.push(Warning::at(
                row.line,
                WarningKind::Unreadable {
                    label,
                    glued: glued.clone(),
                    expected: describe(kind),
                },
            ));
            None
        }
        many => {
            w.push(Warning::at(
                row.line,
                WarningKind::Ambiguous {
                    label,
                    glued: glued.clone(),
                    readings: readings(many),
                },
            ));
            None
        }
    }
}

/// `1-2 years`, as the narrative says it.
fn said(r: YearsRange) -> String {
    format!("{}-{} {}", r.min, r.max, r.unit.as_str())
}

/// Keeps the readings of a years-of-experience row that agree with the narrative (`None`,
/// with a warning, when none does); a single reading that disagrees is kept with a warning.
fn settle_experience(
    row: &Row,
    glued: &str,
    mut found: Vec<Split>,
    years: &[Option<YearsRange>; 2],
    names: &[String; 2],
    w: &mut Vec<Warning>,
) -> Option<Vec<Split>> {
    if let [only] = found.as_slice() {
        for ((c, y), n) in [&only.cells.0, &only.cells.1].iter().zip(years).zip(names) {
            if let (Cell::Int(v), Some(r)) = (c, y)
                && *v != u64::from(r.max)
            {
                w.push(Warning::at(
                    row.line,
                    WarningKind::ExperienceDiffers {
                        name: n.clone(),
                        value: *v,
                        said: said(*r),
                    },
                ));
            }
        }
        return Some(found);
    }
    let fits = |s: &Split| {
        [&s.cells.0, &s.cells.1]
            .iter()
            .zip(years)
            .all(|(c, y)| match (c, y) {
                (Cell::Int(v), Some(r)) => *v == u64::from(r.max),
                (Cell::Unknown, _) | (_, None) => true,
                _ => false,
            })
    };
    let known = years.iter().any(Option::is_some);
    if known && !found.is_empty() && !found.iter().any(fits) {
        let said: Vec<String> = names
            .iter()
            .zip(years)
            .filter_map(|(n, y)| y.map(|r| format!("{n} {}", said(r))))
            .collect();
        w.push(Warning::at(
            row.line,
            WarningKind::DisagreesWithNarrative {
                label: row.field.label(),
                glued: glued.to_string(),
                readings: readings(&found),
                said: said.join(", "),
            },
        ));
        return None;
    }
    if known {
        found.retain(fits);
    }
    Some(found)
}

/// `"4" | "12" or "41" | "2"`
fn readings(splits: &[Split]) -> String {
    splits
        .iter()
        .map(|s| format!("\"{}\" | \"{}\"", s.left, s.right))
        .collect::<Vec<_>>()
        .join(" or ")
}

fn describe(kind: Kind) -> &'static str {
    match kind {
        Kind::Dollars => "dollar ($90,615)",
        Kind::DollarsCents => "dollar ($43.56)",
        Kind::Percent => "percentage (10%)",
        Kind::Count => "count (250,590)",
        Kind::Satisfaction => "0-5 rating (4.14 or -)",
        Kind::Age => "age (42)",
        Kind::Years => "years (2)",
        Kind::Degree => "degree (Bachelor's Degree, 50%)",
        Kind::Range => "range (Between $67,000 And $121,000)",
        Kind::City => "city (San Francisco, CA)",
        Kind::State => "state (California)",
        Kind::Text => "text",
        Kind::Shares => "ratio (Male, 83.4% Female, 16.6%)",
    }
}

/// The bullet list right after a marker line: blank lines before it are skipped, and it ends
/// at the first line that is not a bullet.
fn bullets<'a>(body: &[&'a Line]) -> Vec<(usize, &'a str)> {
    body.iter()
        .skip_while(|b| b.text.is_empty())
        .map_while(|b| is_bullet(&b.text).map(|t| (b.no, t)))
        .collect()
}

fn int(c: &Cell) -> Option<u64> {
    match c {
        Cell::Int(v) => Some(*v),
        _ => None,
    }
}

fn age(c: &Cell) -> Option<u32> {
    int(c).and_then(|v| u32::try_from(v).ok())
}

fn num(c: &Cell) -> Option<f64> {
    match c {
        Cell::Num(v) => Some(*v),
        Cell::Int(v) => Some(*v as f64),
        _ => None,
    }
}

fn text(c: Cell) -> Option<String> {
    match c {
        Cell::Text(t) => Some(t),
        _ => None,
    }
}

fn degree(c: Cell) -> Option<Degree> {
    match c {
        Cell::Degree(d) => Some(d),
        _ => None,
    }
}

fn shares(c: Cell) -> Option<Vec<Share>> {
    match c {
        Cell::Shares(s) => Some(s),
        _ => None,
    }
}

fn title_line(lines: &[Line]) -> Option<usize> {
    lines.iter().find(|l| is_title(&l.text)).map(|l| l.no)
}

/// "Lead Technician", "Technical Project Manager" → "Lead technician vs technical project manager".
pub fn built_title(a: &str, b: &str) -> String {
    crate::text::capitalized(&format!("{} vs {}", a.to_lowercase(), b.to_lowercase()))
}

/// "information technology/support technician" → "Information Technology/Support Technician".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = matches!(c, ' ' | '/' | '-');
    }
    out
}

/// `s` without `prefix`, compared ignoring ASCII case.
fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `s` without `suffix`, compared ignoring ASCII case.
fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let at = s.len().checked_sub(suffix.len())?;
    let tail = s.get(at..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &s[..at])
}

#[cfg(test)]
mod tests {
    use super::super::text;
    use super::*;

    const PAGE: &str = "Cook vs chef\n\nWhile it typically takes 1-2 years to become a cook, \
        becoming a chef usually requires 4-6 years.\n\nCook vs chef overview\n\nCookChef\n\
        Yearly salary$30,000$50,000\n\nWhat does a cook do?\n\nCooks cook.\n\n\
        Cook example responsibilities.\n\n• Cook food\n• Show more\n\nBrowse food jobs\n";

    fn lines(page: &str) -> Vec<Line> {
        text::lines(page).0
    }

    #[test]
    fn scan_finds_footer_title_and_one_table_with_its_header_names() {
        let lines = lines(PAGE);
        let mut w = Vec::new();
        let s = scan(&lines, true, &mut w);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(s.category.as_deref(), Some("food"));
        assert_eq!(s.title.as_deref(), Some("Cook vs chef"));
        assert_eq!(s.usable.len(), lines.len());
        assert_eq!(s.header_names, Some(("Cook".into(), "Chef".into())));
        assert_eq!(s.tables.len(), 1);
        assert_eq!(s.tables[0].rows.len(), 1);
        assert_eq!(s.tables[0].section(), Section::Overview);
        assert!(s.evidence.singles.contains(&"cook".to_string()));
    }

    #[test]
    fn a_page_without_footer_loses_its_last_line_with_a_warning() {
        let cut = PAGE.replace("\n\nBrowse food jobs\n", "");
        let lines = lines(&cut);
        let mut w = Vec::new();
        let s = scan(&lines, false, &mut w);
        assert_eq!(s.category, None);
        assert_eq!(s.usable.len(), lines.len() - 1);
        let kinds: Vec<&WarningKind> = w.iter().map(|w| &w.kind).collect();
        assert!(matches!(kinds[0], WarningKind::NoFooter));
        assert!(matches!(
            kinds[1],
            WarningKind::LastLineCut {
                why: CutReason::MidLine,
                ..
            }
        ));
    }

    #[test]
    fn names_come_from_the_header_else_the_title() {
        let lines = lines(PAGE);
        let s = scan(&lines, true, &mut Vec::new());
        assert_eq!(
            resolve_names(&lines, &s),
            Ok(["Cook".into(), "Chef".into()])
        );
        let untabled = Structure {
            header_names: None,
            ..scan(&lines, true, &mut Vec::new())
        };
        assert_eq!(
            resolve_names(&lines, &untabled),
            Ok(["Cook".into(), "Chef".into()])
        );
        let nothing = super::super::text::lines("just some text\n").0;
        let s = scan(&nothing, true, &mut Vec::new());
        assert!(resolve_names(&nothing, &s).is_err());
    }

    #[test]
    fn job_texts_and_values_are_collected_per_side() {
        let lines = lines(PAGE);
        let s = scan(&lines, true, &mut Vec::new());
        let names = ["Cook".to_string(), "Chef".to_string()];
        let mut w = Vec::new();
        let texts = job_texts(&s.usable, &names, &mut w);
        assert_eq!(texts.descriptions[0].as_deref(), Some("Cooks cook."));
        assert_eq!(texts.duties[0], Some(vec!["Cook food".to_string()]));
        assert_eq!(texts.descriptions[1], None);
        let values = collect_values(&s.tables, &[None, None], &names, &mut w);
        assert_eq!(
            values.get(1, Section::Overview, Field::YearlySalary),
            Some(Cell::Int(50_000))
        );
        assert!(values.has(Section::Overview) && !values.has(Section::Salary));
        assert!(
            w.iter()
                .any(|w| matches!(w.kind, WarningKind::NoTable { section: "salary" }))
        );
    }
}
