//! Python bindings for `offres`: the extension module `offres._native`.
//!
//! A thin skin over the core: every fact comes from the `offres` crate, this crate only
//! converts values and errors. The Python package `offres` (in `python/offres`) re-exports
//! this module and adds what is plain Python (`to_frame`, `to_arrow`, `iter_files`).
//!
//! What the module registers is the one list of its public names: pyo3 adds each name to
//! the module's `__all__`, the package's `__all__` extends it, and `generate_stubs.py`
//! writes `_native.pyi` from it.

// Docstrings are Python's: their first line or `:rtype:` gives a Python type, such as
// `Literal["yaml", "toml"]`, which is no Rust link.
#![allow(clippy::doc_link_with_quotes)]

mod columns;
mod convert;
mod document;
mod errors;
mod exports;
mod model;
mod offers;
mod read;
mod value;

use std::hash::{DefaultHasher, Hash, Hasher};

use pyo3::prelude::*;
use pyo3::types::PyTuple;

pub(crate) fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// The extension module; `offres/__init__.py` re-exports it.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("ParseError", py.get_type::<errors::ParseError>())?;
    m.add(
        "POSTING_COLUMNS",
        PyTuple::new(py, offres::POSTING_COLUMNS)?,
    )?;
    m.add("ERROR_CODES", PyTuple::new(py, offres::ERROR_CODES)?)?;
    m.add_function(wrap_pyfunction!(read::parse, m)?)?;
    m.add_function(wrap_pyfunction!(read::parse_file, m)?)?;
    m.add_function(wrap_pyfunction!(read::parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(read::read_document, m)?)?;
    m.add_function(wrap_pyfunction!(read::read_document_file, m)?)?;
    m.add_function(wrap_pyfunction!(offers::read_offers, m)?)?;
    m.add_function(wrap_pyfunction!(columns::to_columns, m)?)?;
    m.add_class::<offers::OfferIterator>()?;
    model::register(m)?;
    m.add_class::<document::Document>()?;
    m.add_class::<document::FrontMatter>()?;
    m.add_class::<document::Field>()?;
    m.add_class::<document::Section>()?;
    // A read-only mapping, for `isinstance` and for the code that asks for one.
    py.import("collections.abc")?
        .getattr("Mapping")?
        .call_method1("register", (py.get_type::<document::FrontMatter>(),))?;
    Ok(())
}
