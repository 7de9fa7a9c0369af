//! Node.js bindings of offres: a skin over the core crate.
//!
//! Pages cross into JavaScript as the core's serde JSON (snake_case keys, `kind` tag,
//! ISO dates), so a site gets exactly the documents the CLI prints and the JSON Schema
//! describes. The TypeScript types of those documents are generated from the committed
//! JSON Schema (`types/model.d.ts`, prepended to `index.d.ts` by `napi build`).
//!
//! Errors leave as a JS `Error` whose message is [`ERROR_MARKER`] followed by a JSON
//! object: the core's [`offres::ErrorReport`] and the full message; `index.js` turns it
//! into a `SyntaxError` with `code`, `line`, `column`, `path` and `key` properties.
//! Marshalling a structured object through the message keeps the synchronous and the
//! promise paths identical.

pub mod document;
pub mod offers;

use std::panic::{AssertUnwindSafe, catch_unwind};

use napi::bindgen_prelude::{
    AsyncTask, Buffer, Either, Function, JsObjectValue, Object, ToNapiValue, TypeName,
};
use napi::{Env, Error, JsValue, Result, Status, Task, Unknown, ValueType};
use napi_derive::napi;
use offres::Page;
use serde_json::{Value, json};

/// What starts the message of an error `index.js` must rebuild as a `SyntaxError`.
pub const ERROR_MARKER: &str = "\u{0}offres-error:";

/// Options of `parse`.
#[napi(object)]
#[derive(Debug, Default)]
pub struct ParseOptions {
    /// The file the text was read from, reported in errors.
    pub path: Option<String>,
}

/// Read a page from its text or raw bytes (a `Buffer` keeps non-UTF-8 encodings
/// detectable).
#[napi(
    ts_args_type = "text: string | Buffer, options?: ParseOptions",
    ts_return_type = "Page"
)]
// napi-rs converts arguments into owned values; borrowing them is not an option.
#[allow(clippy::needless_pass_by_value)]
pub fn parse(text: Either<String, Buffer>, options: Option<ParseOptions>) -> Result<Json> {
    let file = options.and_then(|o| o.path);
    guard(|| {
        // A string is text already decoded; a Buffer is bytes in any encoding.
        let doc = match &text {
            Either::A(s) => offres::Document::parse_str(s),
            Either::B(b) => offres::Document::parse(b),
        };
        let page = doc.map(|doc| Page::from_document(&doc)).map_err(|e| {
            to_js_error(&match &file {
                Some(f) => e.with_file(f),
                None => e,
            })
        })?;
        Json::of(&page)
    })
}

/// Read the page in the file at `path`.
#[napi(ts_return_type = "Page")]
#[allow(clippy::needless_pass_by_value)]
pub fn parse_file(path: String) -> Result<Json> {
    read_file(&path)
}

fn read_file(path: &str) -> Result<Json> {
    guard(|| {
        let page = Page::from_path(path).map_err(|e| to_js_error(&e.with_file(path)))?;
        Json::of(&page)
    })
}

/// Read the pages in the files at `paths` off the JavaScript thread, in parallel.
#[napi(ts_return_type = "Promise<Page[]>")]
pub fn parse_files(paths: Vec<String>) -> AsyncTask<ParseFiles> {
    AsyncTask::new(ParseFiles { paths })
}

/// Options of `toJsonLd`.
#[napi(object)]
#[derive(Debug, Default)]
pub struct JsonLdOptions {
    /// The page body (Markdown after the front matter, `Document.body`): the
    /// `description` is rendered from it rather than from the excerpt.
    pub body: Option<String>,
}

/// A posting as a schema.org `JobPosting` (JSON-LD), with what the export had to leave
/// out. A parsed page keeps no body, so the `description` comes from the excerpt unless
/// `options.body` gives the page body.
#[napi(
    ts_args_type = "posting: Posting, options?: JsonLdOptions",
    ts_return_type = "Export<JobPosting>"
)]
pub fn to_json_ld(posting: Value, options: Option<JsonLdOptions>) -> Result<Value> {
    let body = options.and_then(|o| o.body);
    guard(|| match page_from(posting)? {
        Page::Posting(p) => export_json(&match &body {
            Some(body) => p.to_jsonld_with_body(body),
            None => p.to_jsonld(),
        }),
        other => Err(not_a(other.kind().as_str(), "a posting")),
    })
}

/// The scheduled rituals of a team or organisation page as an iCalendar file (RFC 5545),
/// with the rituals it could not schedule.
#[napi(
    ts_args_type = "page: Team | Organisation",
    ts_return_type = "Export<string>"
)]
pub fn to_ics(page: Value) -> Result<Value> {
    guard(|| match page_from(page)? {
        Page::Team(t) => export_json(&t.to_ics()),
        Page::Organisation(o) => export_json(&o.to_ics()),
        other @ (Page::Posting(_) | Page::Unclassified(_)) => {
            Err(not_a(other.kind().as_str(), "a team or organisation"))
        }
    })
}

fn page_from(value: Value) -> Result<Page> {
    serde_json::from_value(value).map_err(|e| {
        Error::new(
            Status::InvalidArg,
            format!("expected a page returned by parse: {e}"),
        )
    })
}

fn not_a(kind: &str, wanted: &str) -> Error {
    Error::new(
        Status::InvalidArg,
        format!("expected {wanted} page, got a {kind} page"),
    )
}

fn export_json<T: serde::Serialize>(export: &offres::Export<T>) -> Result<Value> {
    serde_json::to_value(export).map_err(|e| internal(&e.to_string()))
}

/// The work of `parseFiles`, run on the libuv thread pool.
pub struct ParseFiles {
    paths: Vec<String>,
}

impl Task for ParseFiles {
    type Output = Vec<Json>;
    type JsValue = Json;

    // Pages are serialised on the worker threads; the JavaScript thread only parses
    // one JSON array.
    fn compute(&mut self) -> Result<Vec<Json>> {
        read_all(&self.paths, read_file)
    }

    fn resolve(&mut self, _env: Env, output: Vec<Json>) -> Result<Json> {
        let mut array =
            String::with_capacity(output.iter().map(|j| j.0.len() + 1).sum::<usize>() + 2);
        array.push('[');
        for (i, page) in output.iter().enumerate() {
            if i > 0 {
                array.push(',');
            }
            array.push_str(&page.0);
        }
        array.push(']');
        Ok(Json(array))
    }
}

/// `read` applied to every path on all cores, results in the order of `paths`; the
/// error is the first failing path's, in that order.
pub(crate) fn read_all<T: Send>(
    paths: &[String],
    read: impl Fn(&str) -> Result<T> + Sync,
) -> Result<Vec<T>> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(paths.len().max(1));
    let chunk = paths.len().div_ceil(workers).max(1);
    let read = &read;
    // Each worker keeps its chunk's order, so joining chunks in order gives the
    // results in the order of `paths` and the first failing path's error.
    let chunks: Vec<Result<Vec<T>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|p| read(p)).collect()))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(internal("a worker thread panicked")))
            })
            .collect()
    });
    let mut out = Vec::with_capacity(paths.len());
    for part in chunks {
        out.extend(part?);
    }
    Ok(out)
}

pub(crate) fn to_js_error(err: &offres::Error) -> Error {
    let report = json!({ "report": err.report(), "display": err.to_string() });
    Error::new(Status::GenericFailure, format!("{ERROR_MARKER}{report}"))
}

pub(crate) fn internal(what: &str) -> Error {
    Error::new(
        Status::GenericFailure,
        format!("offres internal error: {what}"),
    )
}

/// JSON text that crosses into JavaScript as the value it spells, through V8's
/// `JSON.parse`: one string instead of one N-API call per object, array and property
/// (a body's blocks cross about twice as fast, a typed page about a third faster).
pub struct Json(String);

impl Json {
    /// `value` serialised, ready to cross.
    pub(crate) fn of<T: serde::Serialize + ?Sized>(value: &T) -> Result<Self> {
        serde_json::to_string(value)
            .map(Self)
            .map_err(|e| internal(&e.to_string()))
    }
}

impl TypeName for Json {
    fn type_name() -> &'static str {
        "Json"
    }

    fn value_type() -> ValueType {
        ValueType::Unknown
    }
}

impl ToNapiValue for Json {
    unsafe fn to_napi_value(env: napi::sys::napi_env, val: Self) -> Result<napi::sys::napi_value> {
        let env = Env::from_raw(env);
        let json: Object = env.get_global()?.get_named_property_unchecked("JSON")?;
        let parse: Function<String, Unknown> = json.get_named_property_unchecked("parse")?;
        Ok(parse.call(val.0)?.raw())
    }
}

/// Run `f`, turning a panic into a plain JS `Error` rather than letting it unwind into
/// Node (which would abort the process).
pub(crate) fn guard<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_owned());
        Err(internal(&what))
    })
}
