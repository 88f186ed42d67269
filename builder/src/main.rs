//! `careerscope-builder`: regenerates the built-in assets (occupations, metro-area pay, similar
//! occupations) from the official files in `data/sources/`; `--check` compares instead of writing.

use std::collections::BTreeMap;
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
    /// onet-29.3/, onet-30/) and MANIFEST.md with their checksums; careerscope's own list of
    /// everyday names, everyday-names.tsv, is read from the folder that holds it.
    #[arg(long, value_name = "DIR", default_value = "data/sources")]
    sources: PathBuf,
    /// Regenerate in memory and compare with the assets at --out, --metros-out and
    /// --similar-out instead of writing: exit 0 when identical, 1 naming the first occupation
    /// and field that differs.
    #[arg(long)]
    check: bool,
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
    let cli = Cli::parse();
    let outcome = if cli.check { check(&cli) } else { run(&cli) };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("careerscope-builder: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// What the sources give: the profiles, the metro areas' employment and the similarity.
struct Regenerated {
    profiles: Vec<careerscope_builder::Occupation>,
    employment: BTreeMap<String, u64>,
    similar: careerscope_model::asset::Similarity,
}

fn regenerate(sources: &Path) -> anyhow::Result<Regenerated> {
    let mut inputs = careerscope_builder::read(sources)?;
    let profiles = careerscope_builder::assemble::profiles(&inputs);
    let similar = careerscope_builder::similarity::compute(&inputs)
        .to_similarity(careerscope_builder::similarity::NEIGHBOURS);
    Ok(Regenerated {
        profiles,
        employment: std::mem::take(&mut inputs.oews.metro_employment),
        similar,
    })
}

fn run(cli: &Cli) -> anyhow::Result<()> {
    let Regenerated {
        profiles,
        employment,
        similar,
    } = regenerate(&cli.sources)?;
    let assets = careerscope_builder::check::Assets::of(&profiles, &employment, &similar);
    write_atomically(&cli.out, &assets.occupations)?;
    write_atomically(&cli.metros_out, &assets.metros)?;
    write_atomically(&cli.similar_out, &assets.similar)?;
    let table = careerscope_builder::coverage(&profiles);
    if let Some(path) = &cli.coverage {
        write_atomically(path, table.as_bytes())?;
    }
    eprintln!(
        "wrote {} occupations ({} bytes) to {}",
        profiles.len(),
        assets.occupations.len(),
        cli.out.display()
    );
    print!("{table}");
    Ok(())
}

fn check(cli: &Cli) -> anyhow::Result<()> {
    let Regenerated {
        profiles,
        employment,
        similar,
    } = regenerate(&cli.sources)?;
    let read = |path: &Path| {
        std::fs::read(path).with_context(|| format!("{}: cannot read the asset", path.display()))
    };
    let committed = careerscope_builder::check::Assets {
        names: [&cli.out, &cli.metros_out, &cli.similar_out].map(|p| p.display().to_string()),
        occupations: read(&cli.out)?,
        metros: read(&cli.metros_out)?,
        similar: read(&cli.similar_out)?,
    };
    match careerscope_builder::check::first_difference(&profiles, &employment, &similar, &committed)
    {
        None => {
            println!(
                "the assets are what {} gives ({} occupations)",
                cli.sources.display(),
                profiles.len()
            );
            Ok(())
        }
        Some(difference) => anyhow::bail!(
            "{difference}; regenerate with `cargo run --release -p careerscope-builder`"
        ),
    }
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
