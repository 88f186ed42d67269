//! `careerscope-builder --sources DIR --out FILE`: regenerates the built-in occupations asset
//! (and beside it the metro-area pay and similar-occupations assets).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

/// Builds careerscope's built-in occupations (assets/occupations.bin) from the official
/// BLS, Census and O*NET files. The same inputs always give byte-identical output.
#[derive(Parser)]
#[command(version)]
struct Cli {
    /// Folder holding the official files (oews-2025/, bls-ep-2024-34/, cps/, crosswalks/,
    /// onet-29.3/, onet-30/), laid out as shared/data-sources is.
    #[arg(long, value_name = "DIR")]
    sources: PathBuf,
    /// Where to write the asset.
    #[arg(long, value_name = "FILE", default_value = "assets/occupations.bin")]
    out: PathBuf,
    /// Where to write the metro-area pay asset.
    #[arg(long, value_name = "FILE", default_value = "assets/metros.bin")]
    metros_out: PathBuf,
    /// Where to write the similar-occupations asset (each occupation's 50 most alike).
    #[arg(long, value_name = "FILE", default_value = "assets/similar.bin")]
    similar_out: PathBuf,
    /// Also write the coverage table (markdown): how many occupations each field covers.
    #[arg(long, value_name = "FILE")]
    coverage: Option<PathBuf>,
}

fn main() -> ExitCode {
    match run(&Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("careerscope-builder: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<()> {
    let inputs = careerscope_builder::read(&cli.sources)?;
    let profiles = careerscope_builder::assemble::profiles(&inputs);
    let asset = careerscope_builder::to_asset(&profiles);
    write_atomically(&cli.out, &asset)?;
    let metros = careerscope_builder::metros_asset(&profiles);
    write_atomically(&cli.metros_out, &metros)?;
    let similar = careerscope_builder::similarity::compute(&inputs)
        .to_similarity(careerscope_builder::similarity::NEIGHBOURS);
    write_atomically(
        &cli.similar_out,
        &careerscope_model::asset::encode_similar(&similar),
    )?;
    let table = careerscope_builder::coverage(&profiles);
    if let Some(path) = &cli.coverage {
        write_atomically(path, table.as_bytes())?;
    }
    eprintln!(
        "wrote {} occupations ({} bytes) to {}",
        profiles.len(),
        asset.len(),
        cli.out.display()
    );
    print!("{table}");
    Ok(())
}

/// A half-written asset would not compile in; write beside it, then rename.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("{}: cannot write beside it", path.display()))?;
    tmp.write_all(bytes)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    // A temporary file is private (0600); the asset is an ordinary project file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .with_context(|| format!("{}: cannot set its mode", path.display()))?;
    }
    tmp.persist(path)
        .with_context(|| format!("{}: cannot replace", path.display()))?;
    Ok(())
}
