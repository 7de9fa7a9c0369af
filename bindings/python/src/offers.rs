//! National offers files (the open-data export and the back-office exports), read a chunk
//! of rows at a time with the GIL released.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;

use crate::errors::{Failure, guarded, to_pyerr};
use crate::model::Posting;

/// What the iterator holds between calls: the reader, the postings of the chunk read last
/// that have not been handed out yet, and the error that ended the file, if any.
struct State {
    reader: Option<offres::OfferReader>,
    pending: VecDeque<(offres::Posting, Arc<str>)>,
    /// Raised once the rows before it have all been handed out.
    failure: Option<Failure>,
}

impl State {
    /// Read the next `chunk` rows and turn them into postings on every core. Runs with the
    /// GIL released.
    fn fill(&mut self, path: &std::path::Path, chunk: usize) {
        let Some(reader) = self.reader.as_mut() else {
            return;
        };
        let read = guarded(Some(path), || {
            let rows = reader.next_chunk(chunk);
            let mut error = None;
            let rows: Vec<offres::Row> = rows
                .into_iter()
                .filter_map(|r| r.map_err(|e| error = Some(e.with_file(path))).ok())
                .collect();
            let postings: Vec<(offres::Posting, Arc<str>)> = rows
                .par_iter()
                .map(|row| (row.to_posting(), Arc::from(row.name_in(path))))
                .collect();
            Ok((postings, error))
        });
        match read {
            Ok((postings, error)) => {
                if postings.is_empty() || error.is_some() {
                    self.reader = None;
                }
                self.pending.extend(postings);
                self.failure = error.map(Failure::Core);
            }
            Err(failure) => {
                self.reader = None;
                self.failure = Some(failure);
            }
        }
    }
}

/// The postings of a national offers file, in row order; what `read_offers` returns.
///
/// Rows are read `chunk_size` at a time with the GIL released, on every core, so memory
/// holds one chunk whatever the size of the file. Each posting's `filename` is
/// `path#row=N`.
#[pyclass(module = "offres._native")]
pub struct OfferIterator {
    path: PathBuf,
    chunk_size: usize,
    state: Mutex<State>,
}

impl OfferIterator {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while reading is caught by `guarded`: the state is still whole.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[pymethods]
impl OfferIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    // The next chunk is read, without the GIL, when the one read last is used up.
    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Posting>> {
        loop {
            {
                let mut state = self.lock();
                if let Some((posting, name)) = state.pending.pop_front() {
                    return Ok(Some(Posting(posting, Some(name))));
                }
                if state.reader.is_none() {
                    return match state.failure.take() {
                        Some(failure) => Err(to_pyerr(py, failure)),
                        None => Ok(None),
                    };
                }
            }
            // The lock is taken and dropped without the GIL, so a thread waiting for it
            // never holds the GIL the reading thread needs back.
            py.detach(|| self.lock().fill(&self.path, self.chunk_size));
        }
    }
}

/// Read the national offers file at `path` (the open-data export or a back-office export,
/// told apart by their header): an iterator of its rows as postings, in order.
///
/// The file is opened at once (`OSError` if it cannot be, `ParseError` with code
/// `unknown_format` if it is no national file); rows are then read `chunk_size` at a
/// time with the GIL released. A row with a malformed value is still a posting, the
/// problem in its `diagnostics` with the row and column. A file that breaks off raises
/// `ParseError` after the rows before the break.
///
/// :type path: str | os.PathLike[str]
/// :type chunk_size: int, optional
/// :rtype: OfferIterator
#[pyfunction]
#[pyo3(signature = (path, *, chunk_size = 1024))]
pub fn read_offers(py: Python<'_>, path: PathBuf, chunk_size: usize) -> PyResult<OfferIterator> {
    if chunk_size == 0 {
        return Err(PyValueError::new_err("chunk_size must be at least 1"));
    }
    let opened = py.detach(|| guarded(Some(&path), || offres::OfferReader::open(&path)));
    let reader = opened.map_err(|f| to_pyerr(py, f))?;
    Ok(OfferIterator {
        path,
        chunk_size,
        state: Mutex::new(State {
            reader: Some(reader),
            pending: VecDeque::new(),
            failure: None,
        }),
    })
}
