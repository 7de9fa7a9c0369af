//! `offres export --to jsonld|ics`: postings as schema.org `JobPosting` JSON-LD, the
//! rituals of team and organisation pages as one iCalendar file.
//!
//! The output goes to stdout or `--out`; what an export had to leave out goes to stderr as
//! `file:line:col: severity: code: message`. Pages of other kinds are skipped.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use offres::{Document, Page};
use serde_json::Value;

use crate::files::{DEFAULT_GLOBS, collect, format_error};
use crate::output::Output;

/// The format to export to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A JSON array of schema.org JobPosting objects, one per posting page.
    #[value(name = "jsonld")]
    JsonLd,
    /// One iCalendar (RFC 5545) file with the scheduled rituals of every team and
    /// organisation page.
    #[value(name = "ics")]
    Ics,
}

/// Export the pages under `paths` to `to`, writing to `out` (stdout when `None`).
///
/// Exit code 0 when every page was read (even if exports left things out), 1 when a page
/// could not be read or the output not written, 2 when `paths` cannot be listed.
pub fn run(paths: &[PathBuf], to: Format, out: Option<&Path>) -> ExitCode {
    let globs: Vec<String> = DEFAULT_GLOBS.iter().map(|g| (*g).to_owned()).collect();
    let files = match collect(paths, &globs) {
        Ok(files) => files,
        Err(err) => {
            eprintln!("offres: {err}");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    let mut postings = Vec::new();
    let mut calendars = Vec::new();
    for file in &files {
        let doc = match Document::from_path(file) {
            Ok(doc) => doc,
            Err(err) => {
                eprintln!("{}", format_error(file, &err));
                failed = true;
                continue;
            }
        };
        let diagnostics = match to {
            Format::JsonLd => match offres::posting_jsonld(&doc) {
                Some(e) => {
                    postings.push(e.output);
                    e.diagnostics
                }
                None => continue,
            },
            Format::Ics => {
                let page = Page::from_document(&doc);
                let diagnostics = match &page {
                    Page::Team(t) => t.to_ics().diagnostics,
                    Page::Organisation(o) => o.to_ics().diagnostics,
                    Page::Posting(_) | Page::Unclassified(_) => continue,
                };
                calendars.push(page);
                diagnostics
            }
        };
        for d in diagnostics {
            eprintln!("{}:{d}", file.display());
        }
    }
    let text = match to {
        Format::JsonLd => match serde_json::to_string_pretty(&Value::Array(postings)) {
            Ok(json) => json + "\n",
            Err(err) => {
                eprintln!("offres: serialize: {err}");
                return ExitCode::from(1);
            }
        },
        Format::Ics => {
            if calendars.is_empty() {
                eprintln!("offres: no team or organisation page: the calendar has no event");
            }
            offres::pages_to_ics(&calendars).output
        }
    };
    let written = Output::open(out).and_then(|mut o| {
        o.write_all(text.as_bytes())?;
        o.finish()
    });
    if let Err(err) = written {
        eprintln!("offres: {err}");
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixtures() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/pages")
    }

    fn export(to: Format) -> (ExitCode, String) {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let code = run(&[fixtures()], to, Some(&out));
        (code, std::fs::read_to_string(out).unwrap())
    }

    #[test]
    fn jsonld_is_an_array_of_job_postings() {
        let (code, text) = export(Format::JsonLd);
        assert_eq!(code, ExitCode::SUCCESS);
        let postings: Vec<Value> = serde_json::from_str(&text).unwrap();
        assert!(postings.len() >= 4, "{}", postings.len());
        assert!(postings.iter().all(|p| p["@type"] == "JobPosting"));
    }

    #[test]
    fn ics_is_one_calendar_of_every_team() {
        let (code, text) = export(Format::Ics);
        assert_eq!(code, ExitCode::SUCCESS);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert_eq!(text.matches("BEGIN:VCALENDAR").count(), 1);
        // team-rituals.md has four scheduled rituals, team-toml.md three.
        assert!(text.matches("BEGIN:VEVENT\r\n").count() >= 7);
        assert_eq!(text.matches("BEGIN:VTIMEZONE").count(), 1);
    }

    #[test]
    fn missing_paths_exit_with_2() {
        let code = run(&[fixtures().join("absent")], Format::Ics, None);
        assert_eq!(code, ExitCode::from(2));
    }
}
