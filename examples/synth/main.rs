//! Writes a synthetic careerscope dataset of N distinct jobs, for benchmarks and scale tests.
//!
//!     cargo run --release --example synth -- 100000 > /tmp/jobs-100k.json
//!     cargo run --release --example synth -- 100000 --names-only > /tmp/names-100k.json
//!     cargo run --release --example synth -- 1000 --seed 7 > /tmp/jobs-1k.json
//!     cargo run --release --example synth -- 100000 --plain > /tmp/jobs-100k-plain.json
//!
//! The file is laid out as `careerscope import` writes it (an index of names at the front, one
//! job a line); `--plain` writes one JSON value with no index, as older versions did.
//!
//! Titles combine seniority × field × role vocabularies (15–50 characters). Every profile is
//! complete with values in realistic ranges, the same for the same N and seed. Every page record's
//! category and every description say "synthetic", so the data can never pass for real.

// Shared with the benchmarks, which use parts this program does not.
#[allow(dead_code)]
mod generate;

use std::io::{BufWriter, Write};

use careerscope::model::{Dataset, Profile};

struct Args {
    count: usize,
    seed: u64,
    names_only: bool,
    plain: bool,
}

fn args() -> Result<Args, String> {
    let mut out = Args {
        count: 0,
        seed: 42,
        names_only: false,
        plain: false,
    };
    let mut it = std::env::args().skip(1);
    let mut count = None;
    while let Some(a) = it.next() {
        match a.as_str() {
            "--names-only" => out.names_only = true,
            "--plain" => out.plain = true,
            "--seed" => {
                let v = it.next().ok_or("--seed needs a number")?;
                out.seed = v
                    .parse()
                    .map_err(|_| format!("--seed: not a number: {v}"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            n => count = Some(n.parse().map_err(|_| format!("not a job count: {n}"))?),
        }
    }
    out.count = count.ok_or("missing the number of jobs")?;
    Ok(out)
}

fn main() -> std::process::ExitCode {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("synth: {e}");
            }
            eprintln!("usage: synth N [--seed S] [--names-only] [--plain] > dataset.json");
            return std::process::ExitCode::from(2);
        }
    };
    let dataset = if args.names_only {
        let names = generate::names(args.count, args.seed);
        Dataset {
            schema: careerscope::model::SCHEMA,
            jobs: names
                .into_iter()
                .map(|name| Profile {
                    name,
                    ..Profile::default()
                })
                .collect(),
            pages: Vec::new(),
        }
    } else {
        generate::dataset(args.count, args.seed)
    };
    if dataset.jobs.len() < args.count {
        eprintln!(
            "synth: only {} distinct titles available",
            dataset.jobs.len()
        );
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    let written = match (args.plain, args.names_only) {
        // Just the names: the smallest file that still is a dataset, for comparing with fzf.
        (true, true) => serde_json::to_writer(&mut out, &NamesOnly::from(&dataset))
            .map_err(std::io::Error::from),
        (true, false) => serde_json::to_writer(&mut out, &dataset).map_err(std::io::Error::from),
        (false, false) => careerscope::dataset::layout::write_dataset(&mut out, &dataset),
        (false, true) => {
            let jobs: Vec<String> = dataset
                .jobs
                .iter()
                .map(|j| serde_json::json!({ "name": j.name }).to_string())
                .collect();
            let pairs: Vec<(&str, &[u8])> = dataset
                .jobs
                .iter()
                .zip(&jobs)
                .map(|(p, j)| (p.name.as_str(), j.as_bytes()))
                .collect();
            careerscope::dataset::layout::write(&mut out, &pairs, b"[]")
        }
    };
    match written.and_then(|_| out.flush()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth: cannot write: {e}");
            std::process::ExitCode::from(1)
        }
    }
}

#[derive(serde::Serialize)]
struct NamesOnly<'a> {
    schema: u32,
    jobs: Vec<NameOnly<'a>>,
    pages: [(); 0],
}

#[derive(serde::Serialize)]
struct NameOnly<'a> {
    name: &'a str,
}

impl<'a> From<&'a Dataset> for NamesOnly<'a> {
    fn from(d: &'a Dataset) -> Self {
        NamesOnly {
            schema: d.schema,
            jobs: d.jobs.iter().map(|j| NameOnly { name: &j.name }).collect(),
            pages: [],
        }
    }
}
