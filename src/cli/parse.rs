//! `careerscope parse PAGE…`: what comparison pages hold, as JSON; stores nothing.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, anyhow, bail};

use careerscope::dataset;
use careerscope::import;
use careerscope::model::Page;

use super::{finish, print_out};

/// `parse PAGE…`.
pub fn run(pages: &[PathBuf]) -> ExitCode {
    finish(parse(pages))
}

/// `parse PAGE…`: what the pages hold, as JSON (one page as an object, several as a list).
fn parse(pages: &[PathBuf]) -> Result<()> {
    let parsed = read_pages(pages)?;
    let json = if parsed.len() == 1 {
        serde_json::to_string_pretty(&parsed[0].1)?
    } else {
        let all: Vec<&Page> = parsed.iter().map(|(_, p)| p).collect();
        serde_json::to_string_pretty(&all)?
    };
    print_out(&format!("{json}\n"))
}

/// Reads every page first; one bad page fails the whole command before anything is stored.
pub fn read_pages(paths: &[PathBuf]) -> Result<Vec<(String, Page)>> {
    let mut stdin_used = false;
    paths
        .iter()
        .map(|path| {
            let shown = if path.as_os_str() == "-" {
                "<stdin>".to_string()
            } else {
                path.display().to_string()
            };
            let bytes = if path.as_os_str() == "-" {
                if stdin_used {
                    bail!("-: standard input can be read only once");
                }
                stdin_used = true;
                dataset::read_stdin(&shown, dataset::Expect::PAGE)?
            } else {
                dataset::read_bytes(path, dataset::Expect::PAGE)?
            };
            let page = import::parse_page(&bytes).map_err(|e| anyhow!("{shown}: {e}"))?;
            Ok((shown, page))
        })
        .collect()
}
