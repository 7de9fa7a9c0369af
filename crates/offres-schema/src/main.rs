//! `offres-schema`: write the JSON Schemas to `schemas/`, or check that they are up to date.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: offres-schema [--check] [--out DIR]

Writes the JSON Schemas of offres to DIR (default: schemas/ at the repository root).
With --check, writes nothing and exits with 1 when DIR differs from a fresh generation.";

fn main() -> ExitCode {
    let mut check = false;
    let mut dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../schemas"));
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--out" => match args.next() {
                Some(out) => dir = PathBuf::from(out),
                None => return usage_error("--out needs a folder"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => return usage_error(&format!("unknown argument `{other}`")),
        }
    }
    let shown = |dir: &PathBuf| dir.canonicalize().unwrap_or_else(|_| dir.clone());
    if check {
        match offres_schema::check(&dir) {
            Ok(drift) if drift.is_empty() => {
                println!(
                    "{}: {} schema files up to date",
                    shown(&dir).display(),
                    offres_schema::files().len()
                );
                ExitCode::SUCCESS
            }
            Ok(drift) => {
                eprintln!(
                    "{}: the committed schemas are out of date:",
                    shown(&dir).display()
                );
                for line in drift {
                    eprintln!("  {line}");
                }
                eprintln!(
                    "regenerate them with `cargo run -p offres-schema` and commit the result"
                );
                ExitCode::from(1)
            }
            Err(err) => {
                eprintln!("offres-schema: {}: {err}", shown(&dir).display());
                ExitCode::from(2)
            }
        }
    } else {
        match offres_schema::write(&dir) {
            Ok(()) => {
                println!(
                    "wrote {} schema files to {}",
                    offres_schema::files().len(),
                    shown(&dir).display()
                );
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("offres-schema: {}: {err}", shown(&dir).display());
                ExitCode::from(2)
            }
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("offres-schema: {message}\n\n{USAGE}");
    ExitCode::from(2)
}
