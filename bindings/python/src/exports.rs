//! The core's exports (schema.org JSON-LD, iCalendar), guarded so no panic reaches Python.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;

/// Run an export; a panic becomes a `RuntimeError`.
pub fn guard<T>(f: impl FnOnce() -> T) -> PyResult<T> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        PyRuntimeError::new_err(format!(
            "offres failed while exporting: {} (this is a bug in offres; please report it)",
            crate::errors::panic_message(payload.as_ref())
        ))
    })
}

/// A posting's JSON-LD, its description from `body` when given.
pub fn jsonld(
    posting: &offres::Posting,
    body: Option<&str>,
) -> PyResult<offres::Export<serde_json::Value>> {
    guard(|| match body {
        Some(body) => posting.to_jsonld_with_body(body),
        None => posting.to_jsonld(),
    })
}
