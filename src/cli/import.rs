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
    let pages: Vec<Page> = parsed.into_iter().map(|(_, p)| p).collect();
    let (report, total) = library::import_into_telling(&target, &pages, &mut |msg| {
        say(&format!("careerscope: {}", escape_controls(msg)));
    })?;
    print_out(&import_summary(&report, count, &target, total))
}

fn import_summary(r: &MergeReport, pages: usize, target: &Path, total: usize) -> String {
    let mut out = String::new();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    // Names and values come from the pages and the library: escaped, as everything from a
    // file is before it is printed.
    let e = |s: &str| escape_controls(s).into_owned();
    for name in &r.added {
        out.push_str(&format!("added     {}\n", e(name)));
    }
    for c in &r.changed {
        out.push_str(&format!(
            "changed   {}: {} {} -> {}\n",
            e(&c.job),
            e(&c.field),
            e(&c.old),
            e(&c.new)
        ));
    }
    for name in &r.unchanged {
        out.push_str(&format!("unchanged {}\n", e(name)));
    }
    out.push_str(&format!(
        "imported {} into {} ({})\n",
        plural(pages, "page"),
        escape_controls(&target.display().to_string()),
        plural(total, "job")
    ));
    out
}
