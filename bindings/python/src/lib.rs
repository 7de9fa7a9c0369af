//! Python bindings for `offres`: the extension module `offres._native`.
//!
//! A thin skin over the core: every fact comes from the `offres` crate, this crate only
//! converts values and errors. The Python package `offres` (in `python/offres`) re-exports
//! this module and adds what is plain Python (`to_frame`, `iter_files`).

mod convert;
mod exports;
mod model;

use std::any::Any;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use pyo3::exceptions::{PyOSError, PyRuntimeError, PySyntaxError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use rayon::prelude::*;

pyo3::create_exception!(
    offres,
    ParseError,
    PySyntaxError,
    "A page that cannot be read. `filename`, `lineno` and `offset` (1-based column) locate \
     the problem where known; `code` is one of `offres.ERROR_CODES`; `path` is the front \
     matter key path; `msg` is the message alone."
);

/// Why reading a page failed.
enum Failure {
    /// The core refused the page.
    Core(offres::Error),
    /// The core panicked: a bug, reported as an exception rather than crossing into Python.
    Panic {
        message: String,
        file: Option<PathBuf>,
    },
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_owned())
}

/// Run a core call; a panic becomes a [`Failure::Panic`].
fn guarded<T>(
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

fn read_file(path: &Path) -> Result<offres::Page, Failure> {
    guarded(Some(path), || offres::Page::from_path(path))
}

/// Turn a failure into the Python exception for it: `OSError` for files that cannot be
/// read, `ParseError` for pages that cannot be parsed, `RuntimeError` for a bug.
fn to_pyerr(py: Python<'_>, failure: Failure) -> PyErr {
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

/// A core page as its Python class.
fn page_to_py(py: Python<'_>, page: offres::Page) -> PyResult<Py<PyAny>> {
    Ok(match page {
        offres::Page::Posting(p) => Bound::new(py, model::Posting(p))?.into_any().unbind(),
        offres::Page::Organisation(o) => {
            Bound::new(py, model::Organisation(o))?.into_any().unbind()
        }
        offres::Page::Team(t) => Bound::new(py, model::Team(t))?.into_any().unbind(),
    })
}

pub(crate) fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// Read one page from its text (`str`) or raw bytes (`bytes`, any encoding the core reads).
///
/// `path` names the page in errors.
#[pyfunction]
#[pyo3(signature = (source, *, path = None))]
fn parse(py: Python<'_>, source: &Bound<'_, PyAny>, path: Option<PathBuf>) -> PyResult<Py<PyAny>> {
    let bytes: Vec<u8> = if let Ok(text) = source.extract::<String>() {
        text.into_bytes()
    } else if let Ok(bytes) = source.extract::<Vec<u8>>() {
        bytes
    } else {
        return Err(PyTypeError::new_err(format!(
            "parse() takes str or bytes, not {}",
            source.get_type().name()?
        )));
    };
    let result = py.detach(move || {
        guarded(path.as_deref(), || {
            offres::Page::parse(&bytes).map_err(|e| match &path {
                Some(p) => e.with_file(p),
                None => e,
            })
        })
    });
    match result {
        Ok(page) => page_to_py(py, page),
        Err(f) => Err(to_pyerr(py, f)),
    }
}

/// Read the page in the file at `path`.
#[pyfunction]
fn parse_file(py: Python<'_>, path: PathBuf) -> PyResult<Py<PyAny>> {
    match py.detach(move || read_file(&path)) {
        Ok(page) => page_to_py(py, page),
        Err(f) => Err(to_pyerr(py, f)),
    }
}

/// Read every file in `paths`, in parallel with the GIL released; the result keeps the
/// order of `paths`. Raises the error of the first page (in that order) that fails.
///
/// `workers` caps the threads (default: one per core).
#[pyfunction]
#[pyo3(signature = (paths, *, workers = None))]
fn parse_many(
    py: Python<'_>,
    paths: &Bound<'_, PyAny>,
    workers: Option<usize>,
) -> PyResult<Vec<Py<PyAny>>> {
    if workers == Some(0) {
        return Err(PyValueError::new_err("workers must be at least 1"));
    }
    let paths: Vec<PathBuf> = paths
        .try_iter()?
        .map(|p| p.and_then(|p| p.extract::<PathBuf>()))
        .collect::<PyResult<_>>()?;
    let results = py.detach(|| -> Result<Vec<_>, String> {
        let run = || paths.par_iter().map(|p| read_file(p)).collect::<Vec<_>>();
        match workers {
            None => Ok(run()),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map(|pool| pool.install(run))
                .map_err(|e| e.to_string()),
        }
    });
    results
        .map_err(PyRuntimeError::new_err)?
        .into_iter()
        .map(|r| match r {
            Ok(page) => page_to_py(py, page),
            Err(f) => Err(to_pyerr(py, f)),
        })
        .collect()
}

/// The extension module; `offres/__init__.py` re-exports it.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add(
        "POSTING_COLUMNS",
        PyTuple::new(py, offres::POSTING_COLUMNS)?,
    )?;
    m.add("ERROR_CODES", PyTuple::new(py, offres::ERROR_CODES)?)?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_file, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    model::register(m)?;
    Ok(())
}
