//! Reading pages and documents: from text or bytes, from one file, from many in parallel.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use rayon::prelude::*;

use crate::document::Document;
use crate::errors::{Failure, guarded, to_pyerr};
use crate::model::{Organisation, Posting, Team, Unclassified};

/// A `str` (text, already decoded) or a `bytes` (in any encoding the core reads),
/// borrowed where Python allows it.
enum Source<'a> {
    Text(&'a str),
    Bytes(Cow<'a, [u8]>),
}

impl<'a> Source<'a> {
    fn of(source: &'a Bound<'_, PyAny>, function: &str) -> PyResult<Self> {
        if let Ok(text) = source.cast::<PyString>() {
            Ok(Self::Text(text.to_str()?))
        } else if let Ok(bytes) = source.cast::<PyBytes>() {
            Ok(Self::Bytes(Cow::Borrowed(bytes.as_bytes())))
        } else if let Ok(bytes) = source.extract::<Vec<u8>>() {
            Ok(Self::Bytes(Cow::Owned(bytes)))
        } else {
            Err(PyTypeError::new_err(format!(
                "{function}() takes str or bytes, not {}",
                source.get_type().name()?
            )))
        }
    }

    fn document(&self) -> Result<offres::Document, offres::Error> {
        match self {
            Self::Text(text) => offres::Document::parse_str(text),
            Self::Bytes(bytes) => offres::Document::parse(bytes),
        }
    }
}

/// How a file path is shown: as given, like `SyntaxError.filename`.
fn display_name(path: &Path) -> Arc<str> {
    Arc::from(path.to_string_lossy())
}

/// A core page as its Python class, remembering where it came from.
pub(crate) fn page_to_py(
    py: Python<'_>,
    page: offres::Page,
    filename: Option<Arc<str>>,
) -> PyResult<Py<PyAny>> {
    Ok(match page {
        offres::Page::Posting(p) => Bound::new(py, Posting(p, filename))?.into_any().unbind(),
        offres::Page::Organisation(o) => Bound::new(py, Organisation(o, filename))?
            .into_any()
            .unbind(),
        offres::Page::Team(t) => Bound::new(py, Team(t, filename))?.into_any().unbind(),
        offres::Page::Unclassified(u) => Bound::new(py, Unclassified(u, filename))?
            .into_any()
            .unbind(),
    })
}

fn named(path: Option<&Path>, e: offres::Error) -> offres::Error {
    match path {
        Some(p) => e.with_file(p),
        None => e,
    }
}

/// Read one page from its text (`str`) or raw bytes (`bytes`, any encoding the core reads).
///
/// `path` names the page: in errors, and as the page's `filename`.
///
/// :type source: str | bytes
/// :type path: str | os.PathLike[str] | None, optional
/// :rtype: Posting | Organisation | Team | Unclassified
#[pyfunction]
#[pyo3(signature = (source, *, path = None))]
pub fn parse(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    path: Option<PathBuf>,
) -> PyResult<Py<PyAny>> {
    let source = Source::of(source, "parse")?;
    let filename = path.as_deref().map(display_name);
    let result = py.detach(move || {
        guarded(path.as_deref(), || {
            source
                .document()
                .map(|doc| offres::Page::from_document(&doc))
                .map_err(|e| named(path.as_deref(), e))
        })
    });
    match result {
        Ok(page) => page_to_py(py, page, filename),
        Err(f) => Err(to_pyerr(py, f)),
    }
}

fn read_file(path: &Path) -> Result<offres::Page, Failure> {
    guarded(Some(path), || offres::Page::from_path(path))
}

/// Read the page in the file at `path`.
///
/// :type path: str | os.PathLike[str]
/// :rtype: Posting | Organisation | Team | Unclassified
#[pyfunction]
pub fn parse_file(py: Python<'_>, path: PathBuf) -> PyResult<Py<PyAny>> {
    let filename = display_name(&path);
    match py.detach(move || read_file(&path)) {
        Ok(page) => page_to_py(py, page, Some(filename)),
        Err(f) => Err(to_pyerr(py, f)),
    }
}

/// What to do with a page that cannot be parsed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Skip,
    Collect,
}

impl OnError {
    fn from_name(name: &str) -> PyResult<Self> {
        match name {
            "raise" => Ok(Self::Raise),
            "skip" => Ok(Self::Skip),
            "collect" => Ok(Self::Collect),
            other => Err(PyValueError::new_err(format!(
                "errors must be \"raise\", \"skip\" or \"collect\", not {other:?}"
            ))),
        }
    }
}

/// Read every file in `paths`, in parallel with the GIL released; the result keeps the
/// order of `paths`.
///
/// `workers` caps the threads (default: one per core). `errors` says what to do with a
/// page that cannot be parsed: `"raise"` its `ParseError` (the first in the order of
/// `paths`), `"skip"` it, or `"collect"` the `ParseError` in its place. A file that
/// cannot be opened raises `OSError` whatever `errors` says.
///
/// :type paths: Iterable[str | os.PathLike[str]]
/// :type workers: int | None, optional
/// :type errors: Literal["raise", "skip", "collect"], optional
/// :rtype: list[Posting | Organisation | Team | Unclassified] | list[Posting | Organisation | Team | Unclassified | ParseError]
/// :overload errors: Literal["raise", "skip"] = "raise" -> list[Posting | Organisation | Team | Unclassified]
/// :overload errors: Literal["collect"] -> list[Posting | Organisation | Team | Unclassified | ParseError]
#[pyfunction]
#[pyo3(signature = (paths, *, workers = None, errors = "raise"))]
pub fn parse_many(
    py: Python<'_>,
    paths: &Bound<'_, PyAny>,
    workers: Option<usize>,
    errors: &str,
) -> PyResult<Vec<Py<PyAny>>> {
    if workers == Some(0) {
        return Err(PyValueError::new_err("workers must be at least 1"));
    }
    let on_error = OnError::from_name(errors)?;
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
    let mut pages = Vec::with_capacity(paths.len());
    for (path, result) in paths.iter().zip(results.map_err(PyRuntimeError::new_err)?) {
        match result {
            Ok(page) => pages.push(page_to_py(py, page, Some(display_name(path)))?),
            Err(f) if f.is_parse_error() && on_error == OnError::Skip => {}
            Err(f) if f.is_parse_error() && on_error == OnError::Collect => {
                pages.push(to_pyerr(py, f).into_value(py).into_any());
            }
            Err(f) => return Err(to_pyerr(py, f)),
        }
    }
    Ok(pages)
}

/// Read what a page says, losslessly, from its text (`str`) or raw bytes (`bytes`).
///
/// `path` names the page: in errors, and as the document's `filename`.
///
/// :type source: str | bytes
/// :type path: str | os.PathLike[str] | None, optional
/// :rtype: Document
#[pyfunction]
#[pyo3(signature = (source, *, path = None))]
pub fn read_document(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    path: Option<PathBuf>,
) -> PyResult<Document> {
    let input = Source::of(source, "read_document")?;
    let filename = path.as_deref().map(display_name);
    let result = py.detach(move || {
        guarded(path.as_deref(), || {
            input.document().map_err(|e| named(path.as_deref(), e))
        })
    });
    match result {
        Ok(doc) => Ok(Document::new(doc, filename).with_source(source)),
        Err(f) => Err(to_pyerr(py, f)),
    }
}

/// Read what the page in the file at `path` says, losslessly.
///
/// :type path: str | os.PathLike[str]
/// :rtype: Document
#[pyfunction]
pub fn read_document_file(py: Python<'_>, path: PathBuf) -> PyResult<Document> {
    let filename = display_name(&path);
    match py.detach(move || guarded(Some(&path), || offres::Document::from_path(&path))) {
        Ok(doc) => Ok(Document::new(doc, Some(filename))),
        Err(f) => Err(to_pyerr(py, f)),
    }
}
