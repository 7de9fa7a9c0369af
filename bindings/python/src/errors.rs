//! Failures and the Python exceptions for them; no Rust panic crosses into Python.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use pyo3::exceptions::{PyOSError, PyRuntimeError, PySyntaxError, PyValueError};
use pyo3::prelude::*;

pyo3::create_exception!(
    offres,
    ParseError,
    PySyntaxError,
    "A page that cannot be read. `filename`, `lineno` and `offset` (1-based column) locate \
     the problem where known; `code` is one of `offres.ERROR_CODES`; `path` is the front \
     matter key path; `msg` is the message alone.\n\n\
     :ivar code: str\n\
     :ivar path: str | None"
);

/// Why a call into the core failed.
pub enum Failure {
    /// The core refused the page.
    Core(offres::Error),
    /// The core panicked: a bug, reported as an exception rather than crossing into Python.
    Panic {
        message: String,
        file: Option<PathBuf>,
    },
}

impl Failure {
    /// Whether this is a page the core could not parse (not a file it could not open,
    /// nor a bug): what `errors="skip"` and `errors="collect"` apply to.
    pub fn is_parse_error(&self) -> bool {
        matches!(self, Self::Core(e) if e.code() != "io")
    }
}

pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_owned())
}

/// Run a core call; a panic becomes a [`Failure::Panic`].
pub fn guarded<T>(
    file: Option<&Path>,
    f: impl FnOnce() -> Result<T, offres::Error>,
) -> Result<T, Failure> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result.map_err(Failure::Core),
        Err(payload) => Err(Failure::Panic {
            message: panic_message(payload.as_ref()),
            file: file.map(Path::to_path_buf),
        }),
    }
}

/// Turn a failure into the Python exception for it: `OSError` for files that cannot be
/// read, `ParseError` for pages that cannot be parsed, `ValueError` for a page that
/// cannot be written, `RuntimeError` for a bug.
pub fn to_pyerr(py: Python<'_>, failure: Failure) -> PyErr {
    match failure {
        Failure::Panic { message, file } => {
            let place = file
                .map(|f| format!(" on {}", f.display()))
                .unwrap_or_default();
            PyRuntimeError::new_err(format!(
                "offres failed{place}: {message} (this is a bug in offres; please report it)"
            ))
        }
        Failure::Core(e) if e.code() == "io" => PyOSError::new_err(e.to_string()),
        Failure::Core(e) if e.code() == "serialize" => PyValueError::new_err(e.to_string()),
        Failure::Core(e) => match parse_error(py, &e) {
            Ok(err) | Err(err) => err,
        },
    }
}

fn parse_error(py: Python<'_>, e: &offres::Error) -> PyResult<PyErr> {
    let filename = e.file().map(|f| f.to_string_lossy().into_owned());
    // SyntaxError's own constructor fills `filename`, `lineno`, `offset` and `text`.
    let location = (filename, e.line(), e.column(), None::<String>);
    let value = py.get_type::<ParseError>().call1((e.message(), location))?;
    value.setattr("code", e.code())?;
    value.setattr("path", e.path())?;
    Ok(PyErr::from_value(value))
}
