//! `careerscope import PAGE…`: the pages' jobs merged into the library (or a dataset file).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use careerscope::dataset::MergeReport;
use careerscope::library;
use careerscope::model::Page;
use careerscope::text::escape_controls;

use super::parse::read_pages;
use super::{finish, print_out, say};

/// `import` of the pages at `paths` into `data` (else the user's library).
pub fn run(data: Option<&Path>, paths: &[PathBuf]) -> ExitCode {
    finish(import(data, paths))
}

fn import(data: Option<&Path>, paths: &[PathBuf]) -> Result<()> {
    let parsed = read_pages(paths)?;
    let target = match data {
        Some(p) => p.to_path_buf(),
        None => library::library_path()
            .ok_or_else(|| anyhow!("cannot find your library: set XDG_DATA_HOME or HOME"))?,
    };
    for (shown, page) in &parsed {
        for w in &page.warnings {
            let line = format!("{shown}: {w}");
            say(&format!("careerscope: warning: {}", escape_controls(&line)));
        }
    }
    let count = parsed.len();
    // Kept with each page's record in your library, for `careerscope library list`; a
    // `--data` file (the built-in dataset is one) stays the same however often it is rebuilt.
    let now = data.is_none().then(imported_at).flatten();
    let pages: Vec<Page> = parsed
        .into_iter()
        .map(|(shown, mut page)| {
            if now.is_some() {
                page.file = Some(shown);
                page.imported_at = now.clone();
            }
            page
        })
        .collect();
    let (report, total) = library::import_into_telling(&target, &pages, &mut |msg| {
        say(&format!("careerscope: {}", escape_controls(msg)));
    })?;
    print_out(&import_summary(&report, count, &target, total))
}

/// A changed value's place as a reader says it: `overview.yearly_salary` → `yearly salary
/// (overview)`, `salary.range.min` → `range min (salary)`.
fn field_name(field: &str) -> String {
    match field.split_once('.') {
        Some((section, rest)) => format!(
            "{} ({section})",
            rest.replace(['.', '_'], " ").replace(" pct", " %")
        ),
        None => field.replace('_', " "),
    }
}

/// A changed value as the comparison writes it: dollars for pay (`$95,000`), a percentage for
/// a share, else as stored.
fn plain_value(field: &str, value: &str) -> String {
    use careerscope::format::{Unit, format_value};
    let Ok(v) = value.parse::<f64>() else {
        return value.to_string();
    };
    let unit = if field.ends_with("hourly_rate") {
        Unit::DollarsCents
    } else if field.starts_with("salary.") || field.ends_with("salary") {
        Unit::Dollars
    } else if field.ends_with("pct") {
        Unit::Percent
    } else {
        return value.to_string();
    };
    format_value(unit, v)
}

/// The time of this import, UTC, to the second: `2026-12-03T10:40:12Z`.
fn imported_at() -> Option<String> {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .ok()?
        .format(&Rfc3339)
        .ok()
}

/// What an import did, plainly: each job added, each value changed (old → new) and each job
/// kept as it was, then the count.
fn import_summary(r: &MergeReport, pages: usize, target: &Path, total: usize) -> String {
    let mut out = String::new();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    // Names and values come from the pages and the library: escaped, as everything from a
    // file is before it is printed.
    let e = |s: &str| escape_controls(s).into_owned();
    for name in &r.added {
        out.push_str(&format!("added    {} (a new job)\n", e(name)));
    }
    for c in &r.changed {
        out.push_str(&format!(
            "changed  {}: {} {} → {}\n",
            e(&c.job),
            e(&field_name(&c.field)),
            e(&plain_value(&c.field, &c.old)),
            e(&plain_value(&c.field, &c.new))
        ));
    }
    for name in &r.unchanged {
        out.push_str(&format!(
            "kept     {} (the page has no value that differs)\n",
            e(name)
        ));
    }
    out.push_str(&format!(
        "imported {} into {} ({})\n",
        plural(pages, "page"),
        escape_controls(&target.display().to_string()),
        plural(total, "job")
    ));
    out
}
