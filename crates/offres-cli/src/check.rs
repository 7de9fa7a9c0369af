//! `offres check`: diagnostics only, in the shape editors and CI understand.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use offres::{Document, Page, Severity};
use offres_schema::CheckFinding as Finding;

use crate::files::{self, Reporter};
use crate::national::{self, Input, Stopped};
use crate::output::Output;

/// How `check` prints its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `file:line:col: severity: code: message`, one per line.
    Text,
    /// One JSON array of findings.
    Json,
}

/// `file:line:col: severity: code: message`, the line editors and CI understand.
fn text(f: &Finding) -> String {
    format!(
        "{}:{}:{}: {}: {}: {}",
        f.file,
        f.line,
        f.column,
        f.severity.as_str(),
        f.code,
        f.message
    )
}

fn finding(file: &str, d: &offres::Diagnostic) -> Finding {
    Finding {
        file: file.to_owned(),
        line: d.line,
        column: d.column,
        severity: d.severity,
        code: d.code.as_str().to_owned(),
        path: d.path.clone(),
        row: d.row,
        message: d.message.clone(),
    }
}

fn error_finding(file: &Path, err: &offres::Error) -> Finding {
    Finding {
        file: file.display().to_string(),
        line: err.line().unwrap_or(1),
        column: err.column().unwrap_or(1),
        severity: Severity::Error,
        code: err.code().to_owned(),
        path: err.path().map(str::to_owned),
        row: None,
        message: err.message(),
    }
}

fn findings(file: &Path) -> Vec<Finding> {
    let name = file.display().to_string();
    match Document::from_path(file) {
        Ok(doc) => Page::from_document(&doc)
            .diagnostics()
            .iter()
            .map(|d| finding(&name, d))
            .collect(),
        Err(err) => vec![error_finding(file, &err)],
    }
}

/// A row's findings: at the cell's line and column in the file, with the row.
fn row_findings(file: &Path, row: &offres::Row) -> Vec<Finding> {
    let name = file.display().to_string();
    row.to_posting()
        .meta
        .diagnostics
        .iter()
        .map(|d| finding(&name, d))
        .collect()
}

pub fn run(
    paths: &[PathBuf],
    globs: &[String],
    format: Format,
    strict: bool,
    out: Option<&Path>,
) -> ExitCode {
    let files = match files::collect(paths, globs) {
        Ok(files) => files,
        Err(err) => {
            eprintln!("offres: {err}");
            return ExitCode::from(2);
        }
    };
    let mut out = match Output::open(out) {
        Ok(out) => out,
        Err(err) => {
            eprintln!("offres: {err}");
            return ExitCode::from(2);
        }
    };
    let inputs = national::inputs(files);
    let reporter = Reporter::new(national::page_count(&inputs));
    let (mut errors, mut warnings, mut infos) = (0usize, 0usize, 0usize);
    let mut first = true;
    let mut checked = 0usize;
    let result = (|| -> io::Result<()> {
        if format == Format::Json {
            out.write_all(b"[")?;
        }
        let mut emit = |found: Vec<Finding>| -> io::Result<()> {
            for finding in found {
                match finding.severity {
                    Severity::Error => errors += 1,
                    Severity::Warning => warnings += 1,
                    Severity::Info => infos += 1,
                }
                match format {
                    Format::Text => writeln!(out, "{}", text(&finding))?,
                    Format::Json => {
                        out.write_all(if first { b"\n  " } else { b",\n  " })?;
                        serde_json::to_writer(&mut out, &finding)?;
                    }
                }
                first = false;
            }
            Ok(())
        };
        for input in &inputs {
            match input {
                Input::Pages(run) => {
                    checked += run.len();
                    files::for_each_ordered(run, &reporter, findings, |_, found| emit(found))?;
                }
                Input::Offers(path) => {
                    checked += 1;
                    let read =
                        national::for_each_row(path, |row| row_findings(path, row), &mut emit)?;
                    if let Err(Stopped(err)) = read {
                        emit(vec![error_finding(path, &err)])?;
                    }
                }
            }
        }
        reporter.finish();
        if format == Format::Json {
            out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
        }
        out.finish()
    })();
    if let Err(err) = result {
        if err.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("offres: cannot write the output: {err}");
        }
        return ExitCode::from(1);
    }
    reporter.line(&format!(
        "{checked} files checked: {errors} errors, {warnings} warnings, {infos} notes"
    ));
    if errors > 0 || (strict && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
