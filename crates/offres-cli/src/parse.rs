//! `offres parse`: every page as JSON, JSON Lines, YAML or CSV rows.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;
use offres::{Document, POSTING_COLUMNS, Page};

use crate::files::{self, Reporter, format_error};
use crate::national::{self, Input, Stopped};
use crate::output::Output;

/// How `parse` writes pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON array of pages, pretty-printed.
    Json,
    /// One compact JSON page per line (streams; the format for big corpora).
    Jsonl,
    /// One YAML document per page, each opened by `---`.
    Yaml,
    /// One row per posting (other pages are skipped): `file` then the posting columns.
    Csv,
}

/// Options of `offres parse`.
pub struct Options {
    pub format: Format,
    pub document: bool,
    pub out: Option<PathBuf>,
}

/// What one worker made of one file: its rendered output and its stderr lines.
struct Rendered {
    bytes: Vec<u8>,
    messages: Vec<String>,
    failed: bool,
}

pub fn run(paths: &[PathBuf], globs: &[String], opts: &Options) -> ExitCode {
    if opts.document && opts.format == Format::Csv {
        eprintln!(
            "offres: --document cannot be written as CSV (rows are postings); use json, jsonl or yaml"
        );
        return ExitCode::from(2);
    }
    let files = match files::collect(paths, globs) {
        Ok(files) => files,
        Err(err) => {
            eprintln!("offres: {err}");
            return ExitCode::from(2);
        }
    };
    let mut out = match Output::open(opts.out.as_deref()) {
        Ok(out) => out,
        Err(err) => {
            eprintln!("offres: {err}");
            return ExitCode::from(2);
        }
    };
    let inputs = national::inputs(files);
    let reporter = Reporter::new(national::page_count(&inputs));
    let mut failed = false;
    let mut first = true;
    let result = (|| -> io::Result<()> {
        match opts.format {
            Format::Json => out.write_all(b"[")?,
            Format::Csv => {
                let mut header = csv::Writer::from_writer(Vec::new());
                header
                    .write_record(std::iter::once("file").chain(POSTING_COLUMNS.iter().copied()))?;
                out.write_all(
                    &header
                        .into_inner()
                        .map_err(csv::IntoInnerError::into_error)?,
                )?;
            }
            Format::Jsonl | Format::Yaml => {}
        }
        let mut emit = |rendered: Rendered| -> io::Result<()> {
            for line in &rendered.messages {
                reporter.line(line);
            }
            failed |= rendered.failed;
            if rendered.bytes.is_empty() {
                return Ok(());
            }
            if opts.format == Format::Json {
                out.write_all(if first { b"\n" } else { b",\n" })?;
            }
            first = false;
            out.write_all(&rendered.bytes)
        };
        for input in &inputs {
            match input {
                Input::Pages(run) => files::for_each_ordered(
                    run,
                    &reporter,
                    |file| render(file, opts),
                    |_, rendered| emit(rendered),
                )?,
                Input::Offers(path) if opts.document => emit(Rendered {
                    bytes: Vec::new(),
                    messages: vec![format!(
                        "{}: error: --document reads pages; a national offers file has no \
                         document (parse it without --document)",
                        path.display()
                    )],
                    failed: true,
                })?,
                Input::Offers(path) => {
                    let read =
                        national::for_each_row(path, |row| render_row(path, row, opts), &mut emit)?;
                    if let Err(Stopped(err)) = read {
                        emit(Rendered {
                            bytes: Vec::new(),
                            messages: vec![format_error(path, &err)],
                            failed: true,
                        })?;
                    }
                }
            }
        }
        reporter.finish();
        if opts.format == Format::Json {
            out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
        }
        out.finish()
    })();
    if let Err(err) = result {
        // A closed pipe (`offres parse … | head`) is the reader's choice, not a failure.
        if err.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("offres: cannot write the output: {err}");
        }
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// One row of a national file as a posting, named `file#row=N` in YAML comments and CSV.
fn render_row(path: &Path, row: &offres::Row, opts: &Options) -> Rendered {
    let posting = row.to_posting();
    let messages = posting
        .meta
        .diagnostics
        .iter()
        .map(|d| national::format_diagnostic(path, d))
        .collect();
    let name = PathBuf::from(national::row_name(path, row));
    let page = Page::Posting(posting);
    let bytes = if opts.format == Format::Csv {
        csv_row(&name, &page)
    } else {
        serialize(&page, &name, opts.format)
    };
    match bytes {
        Ok(bytes) => Rendered {
            bytes,
            messages,
            failed: false,
        },
        Err(err) => Rendered {
            bytes: Vec::new(),
            messages: vec![format!("{}: error: serialize: {err}", name.display())],
            failed: true,
        },
    }
}

fn render(file: &Path, opts: &Options) -> Rendered {
    let mut messages = Vec::new();
    let doc = match Document::from_path(file) {
        Ok(doc) => doc,
        Err(err) => {
            return Rendered {
                bytes: Vec::new(),
                messages: vec![format_error(file, &err)],
                failed: true,
            };
        }
    };
    let bytes = if opts.document {
        for d in doc.diagnostics() {
            messages.push(format!("{}:{d}", file.display()));
        }
        serialize(&doc, file, opts.format)
    } else {
        let page = Page::from_document(&doc);
        drop(doc);
        for d in page.diagnostics() {
            messages.push(format!("{}:{d}", file.display()));
        }
        if opts.format == Format::Csv {
            csv_row(file, &page)
        } else {
            serialize(&page, file, opts.format)
        }
    };
    match bytes {
        Ok(bytes) => Rendered {
            bytes,
            messages,
            failed: false,
        },
        Err(err) => {
            messages.push(format!("{}: error: serialize: {err}", file.display()));
            Rendered {
                bytes: Vec::new(),
                messages,
                failed: true,
            }
        }
    }
}

fn serialize<T: serde::Serialize>(
    value: &T,
    file: &Path,
    format: Format,
) -> Result<Vec<u8>, String> {
    let mut bytes = match format {
        Format::Json => serde_json::to_vec_pretty(value).map_err(|e| e.to_string())?,
        Format::Jsonl => serde_json::to_vec(value).map_err(|e| e.to_string())?,
        Format::Yaml => {
            let yaml = serde_saphyr::to_string(value).map_err(|e| e.to_string())?;
            // The file name as a comment tells the documents of a stream apart.
            let mut bytes = format!("---\n# {}\n", file.display()).into_bytes();
            bytes.extend_from_slice(yaml.as_bytes());
            if !yaml.ends_with('\n') {
                bytes.push(b'\n');
            }
            return Ok(bytes);
        }
        Format::Csv => unreachable!("CSV rows are written by csv_row"),
    };
    if format == Format::Jsonl {
        bytes.push(b'\n');
    }
    Ok(bytes)
}

/// One CSV record for a posting; nothing for other pages. Lists are joined with `; `.
fn csv_row(file: &Path, page: &Page) -> Result<Vec<u8>, String> {
    let Page::Posting(posting) = page else {
        return Ok(Vec::new());
    };
    // Going through JSON text keeps every column in step with `POSTING_COLUMNS` and
    // prints `f32`s as written (0.8, not 0.800000011920929).
    let json = serde_json::to_string(&posting.to_row()).map_err(|e| e.to_string())?;
    let row: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&json).map_err(|e| e.to_string())?;
    let mut record = vec![file.display().to_string()];
    for column in POSTING_COLUMNS {
        record.push(cell(row.get(*column)));
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&record).map_err(|e| e.to_string())?;
    writer.into_inner().map_err(|e| e.to_string())
}

fn cell(value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|v| cell(Some(v)))
            .collect::<Vec<_>>()
            .join("; "),
        Some(other) => other.to_string(),
    }
}
