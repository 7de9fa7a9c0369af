//! National offers files read off the JavaScript thread, a chunk of rows at a time:
//! what `parseOffers` (an async iterator, in `index.js`) pulls from.

use std::sync::{Arc, Mutex, PoisonError};

use napi::bindgen_prelude::AsyncTask;
use napi::{Env, Result, Task};
use napi_derive::napi;
use offres::Page;

use crate::{Json, guard, internal, to_js_error};

/// How many rows one `next()` reads: enough to amortise the crossing, few enough that
/// memory does not grow with the file.
const CHUNK: usize = 1024;

/// Where a file is in its reading.
enum State {
    /// Not opened yet: opening reads the file's first bytes, so it happens off the
    /// JavaScript thread, on the first `next()`.
    Closed,
    Open(offres::OfferReader),
    /// The error that ended the file, given after the rows before it.
    Failed(offres::Error),
    Done,
}

/// The rows of a national offers file, as postings, a chunk at a time. Made by
/// `openOffers`; `parseOffers` wraps it into an async iterator.
#[napi]
pub struct OfferChunks {
    path: Arc<str>,
    state: Arc<Mutex<State>>,
}

#[napi]
impl OfferChunks {
    /// The next postings, in row order, read on the libuv thread pool; an empty array at
    /// the end of the file.
    #[napi(ts_return_type = "Promise<Posting[]>")]
    pub fn next(&self) -> AsyncTask<NextChunk> {
        AsyncTask::new(NextChunk {
            path: Arc::clone(&self.path),
            state: Arc::clone(&self.state),
        })
    }
}

/// Open the national offers file at `path` (the open-data export or a back-office
/// export, told apart by their header). Nothing is read until the first `next()`.
#[napi]
pub fn open_offers(path: String) -> OfferChunks {
    OfferChunks {
        path: Arc::from(path),
        state: Arc::new(Mutex::new(State::Closed)),
    }
}

/// The work of `OfferChunks.next`.
pub struct NextChunk {
    path: Arc<str>,
    state: Arc<Mutex<State>>,
}

impl Task for NextChunk {
    type Output = Json;
    type JsValue = Json;

    fn compute(&mut self) -> Result<Json> {
        // A panic is caught by `guard` before the lock is released: the state stays whole.
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        guard(|| next_chunk(&self.path, &mut state))
    }

    fn resolve(&mut self, _env: Env, output: Json) -> Result<Json> {
        Ok(output)
    }
}

fn next_chunk(path: &str, state: &mut State) -> Result<Json> {
    if matches!(state, State::Closed) {
        // The reader names the file in the errors of opening it.
        *state = match offres::OfferReader::open(path) {
            Ok(reader) => State::Open(reader),
            Err(e) => State::Failed(e),
        };
    }
    let mut reader = match std::mem::replace(state, State::Done) {
        State::Open(reader) => reader,
        State::Failed(e) => return Err(to_js_error(&e)),
        State::Done => return Ok(Json("[]".to_owned())),
        State::Closed => return Err(internal("an offers file was not opened")),
    };
    let mut array = String::from("[");
    let mut rows = 0;
    for row in reader.next_chunk(CHUNK) {
        match row {
            Ok(row) => {
                if rows > 0 {
                    array.push(',');
                }
                array.push_str(&Json::of(&Page::Posting(row.to_posting()))?.0);
                rows += 1;
            }
            // The rows before it are handed out first; the next call gives the error.
            Err(e) => *state = State::Failed(e.with_file(path)),
        }
    }
    array.push(']');
    match std::mem::replace(state, State::Done) {
        State::Failed(e) if rows == 0 => Err(to_js_error(&e)),
        State::Failed(e) => {
            *state = State::Failed(e);
            Ok(Json(array))
        }
        // A chunk with no rows is the end of the file.
        _ if rows == 0 => Ok(Json(array)),
        _ => {
            *state = State::Open(reader);
            Ok(Json(array))
        }
    }
}
