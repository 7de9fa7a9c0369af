//! What an export returns: the output in the target format, and what it had to leave out.

pub(crate) mod ics;
pub(crate) mod jsonld;
pub(crate) mod rewrite;
pub(crate) mod rows;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity};

/// The result of exporting a page to another format (schema.org JSON-LD, iCalendar).
///
/// An export never fails: where the target needs something the page does not say, the
/// output leaves it out and `diagnostics` says so (codes `missing_for_export` and
/// `unscheduled_ritual`), rather than inventing a value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Export<T> {
    /// The exported value: a JSON-LD object, or the text of an iCalendar file.
    pub output: T,
    /// What the export left out or could not say, with the page line where known (0 when not).
    pub diagnostics: Vec<Diagnostic>,
}

/// A diagnostic of an export, at `line` of the page (0 when the page has no line for it).
pub(crate) fn note(
    code: DiagnosticCode,
    severity: Severity,
    line: u32,
    message: impl Into<String>,
) -> Diagnostic {
    Diagnostic::new(code, severity, line, u32::from(line > 0), message)
}
