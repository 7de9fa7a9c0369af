//! `offres`: parse, check, format and export folders of pages.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use offres::{Document, Page};

#[derive(Parser)]
#[command(
    name = "offres",
    version,
    about = "Read job postings, organisation and team pages written as Markdown with front matter."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse pages and print each as JSON, diagnostics on stderr.
    #[command(after_help = "Example:\n  offres parse --jsonl tests/fixtures/pages/")]
    Parse {
        /// Files or folders (folders are read recursively for .md, .markdown and .txt files).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// One compact JSON document per line instead of pretty-printed JSON.
        #[arg(long)]
        jsonl: bool,
        /// Print the raw document (front matter fields, body structure) instead of the typed page.
        #[arg(long)]
        document: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            paths,
            jsonl,
            document,
        } => parse(&paths, jsonl, document),
    }
}

/// Page files under `paths`, folders expanded recursively, in a stable order.
fn collect(paths: &[PathBuf]) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut stack = vec![path.clone()];
            let mut found = Vec::new();
            while let Some(dir) = stack.pop() {
                for entry in std::fs::read_dir(&dir)? {
                    let entry = entry?;
                    let p = entry.path();
                    if entry.file_type()?.is_dir() {
                        stack.push(p);
                    } else if is_page(&p) {
                        found.push(p);
                    }
                }
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn is_page(path: &std::path::Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("md" | "markdown" | "txt")
    )
}

fn parse(paths: &[PathBuf], jsonl: bool, document: bool) -> ExitCode {
    let files = match collect(paths) {
        Ok(files) => files,
        Err(err) => {
            eprintln!("offres: {err}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for file in &files {
        match Document::from_path(file) {
            Ok(doc) => {
                let page = Page::from_document(&doc);
                for d in page.diagnostics() {
                    eprintln!("{}:{d}", file.display());
                }
                let json = match (document, jsonl) {
                    (true, true) => serde_json::to_string(&doc),
                    (true, false) => serde_json::to_string_pretty(&doc),
                    (false, true) => serde_json::to_string(&page),
                    (false, false) => serde_json::to_string_pretty(&page),
                };
                match json {
                    Ok(json) => {
                        if writeln!(out, "{json}").is_err() {
                            return ExitCode::from(1);
                        }
                    }
                    Err(err) => {
                        eprintln!("{}: error: serialize: {err}", file.display());
                        failed = true;
                    }
                }
            }
            Err(err) => {
                eprintln!("{}", format_error(file, &err));
                failed = true;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `file:line:col: error: code: message`, the shape editors and CI understand.
fn format_error(file: &std::path::Path, err: &offres::Error) -> String {
    format!(
        "{}:{}:{}: error: {}: {}",
        file.display(),
        err.line().unwrap_or(1),
        err.column().unwrap_or(1),
        err.code(),
        err.message()
    )
}
