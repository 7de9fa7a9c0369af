//! `Document` in JavaScript: what a page says, as written, with positions, editable.
//!
//! The class holds the core's [`offres::Document`] and converts a part of it only when
//! JavaScript asks for that part (every getter converts afresh): reading a page costs
//! the core's parse plus one wrapped object, and a site that only wants the front matter
//! never pays for the body's blocks and links crossing into JavaScript.
//!
//! Edits go through the core's [`offres::FrontMatter::set`] and `remove`, and writing
//! back through [`offres::Document::to_bytes`] / `to_markdown`: the core decides what is
//! rewritten, this file only moves values across.

use napi::bindgen_prelude::{AsyncTask, Buffer, Either, ObjectFinalize};
use napi::{Env, Error, Result, Status, Task};
use napi_derive::napi;
use offres::{FrontMatter, Value};

use crate::{Json, ParseOptions, guard, internal, read_all, to_js_error};

/// Bytes of native memory a core document holds per byte of its page: 5.1 on the perf
/// corpus and 4.9 on the shared dev corpus, counted with a counting allocator (the
/// original bytes, the decoded text, the line index, and the body's blocks, sections
/// and links).
const EXTERNAL_PER_BYTE: usize = 5;

/// A page as written: its front matter fields in source order with their positions,
/// the structure of its body, and what was noticed while reading it. Edit the front
/// matter with `set` and `delete`, write the page back with `toString` or `toBuffer`.
#[napi(custom_finalize)]
pub struct Document {
    doc: offres::Document,
    path: Option<String>,
    /// What V8 was told this document holds outside its heap (see [`Document::new`]).
    external: i64,
}

impl ObjectFinalize for Document {
    fn finalize(self, env: Env) -> Result<()> {
        env.adjust_external_memory(-self.external)?;
        Ok(())
    }
}

/// Read a page as a `Document` from its text or raw bytes.
#[napi(ts_args_type = "text: string | Buffer, options?: ParseOptions")]
// napi-rs converts arguments into owned values; borrowing them is not an option.
#[allow(clippy::needless_pass_by_value)]
pub fn read_document(
    env: &Env,
    text: Either<String, Buffer>,
    options: Option<ParseOptions>,
) -> Result<Document> {
    let path = options.and_then(|o| o.path);
    guard(|| {
        // A string is text already decoded; a Buffer is bytes in any encoding.
        let doc = match &text {
            Either::A(s) => offres::Document::parse_str(s),
            Either::B(b) => offres::Document::parse(b),
        };
        match doc {
            Ok(doc) => Document::new(*env, doc, path),
            Err(e) => Err(to_js_error(&match &path {
                Some(f) => e.with_file(f),
                None => e,
            })),
        }
    })
}

/// Read the page in the file at `path` as a `Document`.
#[napi]
#[allow(clippy::needless_pass_by_value)]
pub fn read_document_file(env: &Env, path: String) -> Result<Document> {
    let doc = guard(|| read_file(&path))?;
    Document::new(*env, doc, Some(path))
}

fn read_file(path: &str) -> Result<offres::Document> {
    offres::Document::from_path(path).map_err(|e| to_js_error(&e.with_file(path)))
}

/// Read the pages in the files at `paths` as `Document`s, off the JavaScript thread.
#[napi(ts_return_type = "Promise<Document[]>")]
pub fn read_document_files(paths: Vec<String>) -> AsyncTask<ReadDocumentFiles> {
    AsyncTask::new(ReadDocumentFiles { paths })
}

/// The work of `readDocumentFiles`, run on the libuv thread pool.
pub struct ReadDocumentFiles {
    paths: Vec<String>,
}

impl Task for ReadDocumentFiles {
    type Output = Vec<offres::Document>;
    type JsValue = Vec<Document>;

    fn compute(&mut self) -> Result<Vec<offres::Document>> {
        read_all(&self.paths, |p| guard(|| read_file(p)))
    }

    fn resolve(&mut self, env: Env, output: Vec<offres::Document>) -> Result<Vec<Document>> {
        let paths = std::mem::take(&mut self.paths);
        output
            .into_iter()
            .zip(paths)
            .map(|(doc, path)| Document::new(env, doc, Some(path)))
            .collect()
    }
}

#[napi]
impl Document {
    /// The flavour of the front matter, or null when the page has none.
    #[napi(getter, ts_return_type = "FrontMatterFormat | null")]
    pub fn format(&self) -> Result<Option<String>> {
        self.front_matter()
            .map(|fm| enum_name(&fm.format()))
            .transpose()
    }

    /// The file the page was read from (`readDocumentFile`, or `options.path`), or null.
    #[napi(getter)]
    pub fn path(&self) -> Option<String> {
        self.path.clone()
    }

    /// The front matter fields in source order, each with its value as written and the
    /// 1-based line and column of its key in the original file.
    #[napi(getter, ts_return_type = "Field[]")]
    pub fn fields(&self) -> Result<Json> {
        let fields = self.front_matter().map_or(&[][..], FrontMatter::fields);
        Json::of(&fields)
    }

    /// The front matter as a plain object, keys in source order: values as written
    /// (dates stay text). Integer-like keys (`"2024"`) come first in any JavaScript
    /// object; `fields` keeps the written order for every key.
    #[napi(getter, ts_return_type = "FrontMatterData")]
    pub fn data(&self) -> Result<Json> {
        Json::of(&Fields(
            self.front_matter().map_or(&[][..], FrontMatter::fields),
        ))
    }

    /// The lines of the front matter, delimiters included, or null.
    #[napi(getter, ts_return_type = "LineSpan | null")]
    pub fn front_matter_lines(&self) -> Result<Json> {
        Json::of(&self.front_matter().map(FrontMatter::span))
    }

    /// The value of `key` as written, or undefined.
    #[napi(ts_return_type = "FrontMatterValue | undefined")]
    #[allow(clippy::needless_pass_by_value)]
    pub fn get(&self, key: String) -> Result<Option<Json>> {
        self.front_matter()
            .and_then(|fm| fm.get(&key))
            .map(Json::of)
            .transpose()
    }

    /// Whether the front matter has `key`.
    #[napi]
    #[allow(clippy::needless_pass_by_value)]
    pub fn has(&self, key: String) -> bool {
        self.front_matter()
            .is_some_and(|fm| fm.field(&key).is_some())
    }

    /// The keys of the front matter, in source order.
    #[napi]
    pub fn keys(&self) -> Vec<String> {
        self.front_matter()
            .map(|fm| fm.fields().iter().map(|f| f.key.clone()).collect())
            .unwrap_or_default()
    }

    /// Set `key` to `value`: in place when the key exists, at the end otherwise; a page
    /// without front matter gets a YAML one at the top. Throws for a page that starts
    /// with a block in a language not read (`---js`), which a new one would replace.
    /// Returns the document.
    // `index.js` checks the value, passes it here as JSON text (which keeps integers
    // integers: `3`, not `3.0`) and returns `this`.
    #[napi(
        ts_args_type = "key: string, value: FrontMatterValue",
        ts_return_type = "this"
    )]
    #[allow(clippy::needless_pass_by_value)]
    pub fn set(&mut self, key: String, value: String) -> Result<()> {
        let value: Value = serde_json::from_str(&value).map_err(|e| {
            Error::new(Status::InvalidArg, format!("not a front matter value: {e}"))
        })?;
        let fm = self.doc.front_matter_or_insert().ok_or_else(|| {
            Error::new(
                Status::InvalidArg,
                "the page starts with a block in a language offres does not read (`---js`): \
                 it is kept as written, and a new front matter would replace it",
            )
        })?;
        fm.set(key, value);
        Ok(())
    }

    /// Remove `key`; whether it was there.
    #[napi]
    #[allow(clippy::needless_pass_by_value)]
    pub fn delete(&mut self, key: String) -> bool {
        self.doc
            .front_matter_mut()
            .and_then(|fm| fm.remove(&key))
            .is_some()
    }

    /// Whether `set` or `delete` changed the front matter since it was read.
    #[napi(getter)]
    pub fn edited(&self) -> bool {
        self.doc.is_edited()
    }

    /// The excerpt before `<!--more-->`, or null.
    #[napi(getter, ts_return_type = "Excerpt | null")]
    pub fn excerpt(&self) -> Result<Json> {
        Json::of(&self.doc.excerpt())
    }

    /// Every heading (Markdown or bold pseudo-heading) in page order, with its level,
    /// its lines in the file and the blocks under it.
    #[napi(getter, ts_return_type = "Section[]")]
    pub fn sections(&self) -> Result<Json> {
        Json::of(&self.doc.body().sections)
    }

    /// Every block of text of the body (paragraph, heading, list item…), in page order.
    #[napi(getter, ts_return_type = "Block[]")]
    pub fn blocks(&self) -> Result<Json> {
        Json::of(&self.doc.body().blocks)
    }

    /// Every link of the body, in page order.
    #[napi(getter, ts_return_type = "Link[]")]
    pub fn links(&self) -> Result<Json> {
        Json::of(&self.doc.body().links)
    }

    /// Every e-mail address of the body, in page order.
    #[napi(getter, ts_return_type = "Email[]")]
    pub fn emails(&self) -> Result<Json> {
        Json::of(&self.doc.body().emails)
    }

    /// What was noticed while reading the page.
    #[napi(getter, ts_return_type = "Diagnostic[]")]
    pub fn diagnostics(&self) -> Result<Json> {
        Json::of(&self.doc.diagnostics())
    }

    /// The encoding the bytes were read in.
    #[napi(getter, ts_return_type = "SourceEncoding")]
    pub fn encoding(&self) -> Result<String> {
        enum_name(&self.doc.encoding())
    }

    /// How the lines of the original file ended.
    #[napi(getter, ts_return_type = "LineEnding")]
    pub fn line_ending(&self) -> Result<String> {
        enum_name(&self.doc.line_ending())
    }

    /// The mojibake repair made while reading, or null.
    #[napi(getter, ts_return_type = "Repair | null")]
    pub fn repair(&self) -> Result<Json> {
        Json::of(&self.doc.repair())
    }

    /// The decoded text: BOM removed, mojibake repaired, every line ending in LF.
    #[napi(getter)]
    pub fn text(&self) -> String {
        self.doc.text().to_owned()
    }

    /// The body as Markdown: the decoded text after the front matter.
    #[napi(getter)]
    pub fn body(&self) -> String {
        self.doc.body_text().to_owned()
    }

    /// The page as text. Unchanged, it is the original text exactly when that was UTF-8
    /// (always, for a page read from a string); changed (or read in another encoding),
    /// the decoded text with the front matter written back in its own flavour, only
    /// edited entries rewritten where the flavour allows, line ends as in the original.
    #[napi(js_name = "toString")]
    pub fn to_text(&self) -> Result<String> {
        guard(|| {
            if !self.doc.is_edited()
                && let Ok(text) = std::str::from_utf8(self.doc.original())
            {
                return Ok(text.to_owned());
            }
            self.doc.to_markdown().map_err(|e| self.error(e))
        })
    }

    /// The page as bytes: the original bytes exactly while nothing changed, UTF-8 text
    /// (as `toString` gives it) once something did.
    #[napi]
    pub fn to_buffer(&self) -> Result<Buffer> {
        guard(|| {
            self.doc
                .to_bytes()
                .map(Buffer::from)
                .map_err(|e| self.error(e))
        })
    }

    /// The document as plain data, shaped like `schemas/document.json` and the CLI's
    /// `offres parse --document` output (the front matter as it is now).
    #[napi(js_name = "toJSON", ts_return_type = "DocumentData")]
    pub fn to_json(&self) -> Result<Json> {
        Json::of(&self.doc)
    }

    /// The typed page: what the document means (as `parse` gives it).
    #[napi(ts_return_type = "Page")]
    pub fn to_page(&self) -> Result<Json> {
        let page = guard(|| Ok(offres::Page::from_document(&self.doc)))?;
        Json::of(&page)
    }
}

impl Document {
    /// Wrap a core document, telling V8 roughly how much memory it holds: a document
    /// keeps the page's bytes, its decoded text and the body's blocks, about five times
    /// the page, all outside V8's heap. Unaware of it, V8 lets thousands of documents pile up
    /// before collecting them, and reading a folder runs out of cache (a quarter slower
    /// in `bench/document.mjs`).
    fn new(env: Env, doc: offres::Document, path: Option<String>) -> Result<Self> {
        let external = i64::try_from(doc.original().len().saturating_mul(EXTERNAL_PER_BYTE))
            .unwrap_or(i64::MAX);
        env.adjust_external_memory(external)?;
        Ok(Self {
            doc,
            path,
            external,
        })
    }

    fn front_matter(&self) -> Option<&FrontMatter> {
        self.doc.front_matter()
    }

    fn error(&self, e: offres::Error) -> Error {
        to_js_error(&match &self.path {
            Some(f) => e.with_file(f),
            None => e,
        })
    }
}

/// The fields as one ordered map, serialised without building a copy.
struct Fields<'a>(&'a [offres::Field]);

impl serde::Serialize for Fields<'_> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for field in self.0 {
            map.serialize_entry(&field.key, &field.value)?;
        }
        map.end()
    }
}

/// A unit enum's serde name (`utf8_bom`, `crlf`), the spelling of the JSON Schema.
fn enum_name<T: serde::Serialize>(value: &T) -> Result<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Ok(s),
        _ => Err(internal("an enum did not serialise as a string")),
    }
}
