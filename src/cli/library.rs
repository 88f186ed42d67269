//! `careerscope library path` and `careerscope library remove NAME`.

use std::process::ExitCode;

use anyhow::{Result, anyhow, bail};

use careerscope::library;
use careerscope::text::escape_controls;

use super::{finish, print_out};

/// What `library` is asked to do.
pub enum Action {
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
