//! `careerscope library list`, `careerscope library path` and `careerscope library remove NAME`.

use std::process::ExitCode;

use anyhow::{Result, anyhow, bail};

use careerscope::library;
use careerscope::text::escape_controls;

use super::{finish, print_out};

/// What `library` is asked to do.
pub enum Action {
    /// List the imported pages: when, from which file, and their jobs.
    List,
    /// Print the library's path.
    Path,
    /// Remove the imported job of this name.
    Remove(String),
}

/// `library path` or `library remove NAME`.
pub fn run(action: Action) -> ExitCode {
    finish(library_command(action))
}

/// `library path` and `library remove NAME`.
fn library_command(action: Action) -> Result<()> {
    let path = library::library_path()
        .ok_or_else(|| anyhow!("cannot find your library: set XDG_DATA_HOME or HOME"))?;
    let shown = escape_controls(&path.display().to_string()).into_owned();
    match action {
        Action::List => print_out(&list(&path, &shown)?),
        Action::Path => print_out(&format!("{shown}\n")),
        Action::Remove(name) => {
            let removed = library::remove_from(&path, &name, &mut |msg| {
                super::say(&format!("careerscope: {}", escape_controls(msg)));
            })?;
            let quoted = escape_controls(&name);
            match removed {
                Some((job, total)) => {
                    let still = library::is_builtin(&job)?;
                    let job = escape_controls(&job);
                    let builtin = if still {
                        format!("; the built-in {job} remains")
                    } else {
                        String::new()
                    };
                    let plural = if total == 1 { "" } else { "s" };
                    print_out(&format!(
                        "removed {job} from {shown} ({total} job{plural} left){builtin}\n"
                    ))
                }
                None if library::is_builtin(&name)? => bail!(
                    "\"{quoted}\" is a built-in job, not one you imported: built-in jobs cannot be removed"
                ),
                None => bail!(
                    "no job named \"{quoted}\" in your library ({shown}); `careerscope --data {shown} list` lists its jobs"
                ),
            }
        }
    }
}

/// `library list`: each imported page, its import time and file (`n/a` in a library written
/// before they were kept) and its jobs, then how many jobs the library holds.
fn list(path: &std::path::Path, shown: &str) -> Result<String> {
    if !path.exists() {
        return Ok(format!(
            "no library yet at {shown}: `careerscope import PAGE` creates it\n"
        ));
    }
    let catalog = careerscope::catalog::Catalog::open(path)?;
    let pages = catalog.pages()?;
    let e =
        |s: Option<&str>| escape_controls(s.unwrap_or(careerscope::compare::UNKNOWN)).into_owned();
    let mut out = String::new();
    for page in pages.iter() {
        out.push_str(&format!(
            "{}\n  imported {} from {}\n  jobs: {}\n",
            e(page.title.as_deref()),
            e(page.imported_at.as_deref()),
            e(page.file.as_deref()),
            escape_controls(&page.jobs.join(", "))
        ));
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    out.push_str(&format!(
        "{} from {} in {shown}\n",
        plural(catalog.len(), "job"),
        plural(pages.len(), "page")
    ));
    Ok(out)
}
