//! `Document`: what a page says, as the core reads it losslessly, converted on access.
//!
//! A `Document` only holds the core's value; front matter values, sections and
//! diagnostics become Python objects when they are asked for, so reading a page costs
//! what the core costs. Edits return a new `Document`: the core writes the new bytes
//! (only the edited key's lines change) and reads them again, so every position in the
//! new document is a position in its own bytes.

use std::sync::Arc;

use pyo3::exceptions::{PyKeyError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyIterator, PyList, PyString, PyTuple};

use crate::convert::enum_str;
use crate::errors::{guarded, to_pyerr};
use crate::model::Diagnostic;
use crate::value;

/// What a page says: its front matter as written and its body's structure, with their
/// places in the file. Read with `offres.read_document` or `offres.read_document_file`.
///
/// Untouched, `to_bytes()` gives back the bytes it was read from. `with_value` and
/// `without` return a new `Document` in which only that key's lines changed.
#[pyclass(frozen, module = "offres")]
pub struct Document {
    doc: Arc<offres::Document>,
    filename: Option<Arc<str>>,
    /// The `str` the page was read from, when the core's decoded text is that very text
    /// (UTF-8, LF, nothing repaired): `text` and `body` are then that string and a slice
    /// of it, rather than a new string decoded again from UTF-8.
    source: Option<Py<PyString>>,
}

impl Document {
    pub fn new(doc: offres::Document, filename: Option<Arc<str>>) -> Self {
        Self {
            doc: Arc::new(doc),
            filename,
            source: None,
        }
    }

    /// Keep `source` as the document's text when it is exactly what the core decoded.
    pub fn with_source(mut self, source: &Bound<'_, PyAny>) -> Self {
        if let Ok(text) = source.cast::<PyString>()
            && text.to_str().is_ok_and(|t| t == self.doc.text())
        {
            self.source = Some(text.clone().unbind());
        }
        self
    }

    /// The document the core reads from `edited`'s bytes.
    fn reread(&self, py: Python<'_>, edited: &offres::Document) -> PyResult<Self> {
        let reread = py.detach(|| {
            guarded(None, || {
                let bytes = edited.to_bytes()?;
                offres::Document::parse(&bytes)
            })
        });
        match reread {
            Ok(doc) => Ok(Self::new(doc, self.filename.clone())),
            Err(f) => Err(to_pyerr(py, f)),
        }
    }

    /// `change` applied to a copy's front matter: a page without one gets a YAML front
    /// matter at the top, as the core gives it (`front_matter_or_insert`).
    fn edit(
        &self,
        py: Python<'_>,
        change: impl FnOnce(&mut offres::FrontMatter) -> PyResult<()>,
    ) -> PyResult<Self> {
        let mut edited = (*self.doc).clone();
        let fm = edited.front_matter_or_insert().ok_or_else(|| {
            PyValueError::new_err(
                "the page starts with a block in a language offres does not read (`---js`): \
                 it is kept as written, and a new front matter would replace it",
            )
        })?;
        change(fm)?;
        self.reread(py, &edited)
    }
}

#[pymethods]
impl Document {
    /// str | None: The file the page was read from, or the `path` given to `read_document`.
    #[getter]
    fn filename(&self) -> Option<&str> {
        self.filename.as_deref()
    }

    /// Literal["yaml", "toml", "json"] | None: The flavour of the front matter, if any.
    #[getter]
    fn format(&self) -> Option<String> {
        self.doc.front_matter().map(|fm| enum_str(&fm.format()))
    }

    /// FrontMatter | None: The front matter as written, if the page has one.
    #[getter]
    fn front_matter(&self) -> Option<FrontMatter> {
        self.doc.front_matter().map(|_| FrontMatter {
            doc: Arc::clone(&self.doc),
        })
    }

    /// str | None: The Markdown before `<!--more-->`, trimmed.
    #[getter]
    fn excerpt(&self) -> Option<&str> {
        self.doc.excerpt().map(|e| e.text.as_str())
    }

    /// list[Section]: Every heading of the body (Markdown or bold), in page order.
    #[getter]
    fn sections(&self) -> Vec<Section> {
        self.doc
            .body()
            .sections
            .iter()
            .cloned()
            .map(Section)
            .collect()
    }

    /// list[Diagnostic]: What was noticed while reading the page.
    #[getter]
    fn diagnostics(&self) -> Vec<Diagnostic> {
        self.doc
            .diagnostics()
            .iter()
            .cloned()
            .map(Diagnostic)
            .collect()
    }

    /// Literal["utf8", "utf8_bom", "utf16_le", "utf16_be", "windows1252"]: The encoding
    /// the bytes were read in.
    #[getter]
    fn encoding(&self) -> String {
        enum_str(&self.doc.encoding())
    }

    /// bool: Whether mojibake was repaired (see `diagnostics`).
    #[getter]
    fn encoding_repaired(&self) -> bool {
        self.doc.encoding_repaired()
    }

    /// Literal["lf", "crlf", "mixed"]: How the lines of the file end.
    #[getter]
    fn line_ending(&self) -> String {
        enum_str(&self.doc.line_ending())
    }

    /// str: The decoded text: BOM removed, mojibake repaired, line ends as `\n`.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        match &self.source {
            Some(source) => source.bind(py).clone(),
            None => PyString::new(py, self.doc.text()),
        }
    }

    /// str: The body: the decoded text after the front matter.
    #[getter]
    fn body<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyString>> {
        let Some(source) = &self.source else {
            return Ok(PyString::new(py, self.doc.body_text()));
        };
        // Python indexes by code point: count those of the front matter, not the body.
        let start = self.doc.text()[..self.doc.body_start()].chars().count();
        let slice = pyo3::types::PySlice::new(py, start.try_into()?, isize::MAX, 1);
        Ok(source.bind(py).get_item(slice)?.cast_into::<PyString>()?)
    }

    /// The page as bytes: exactly the bytes read for a document read from bytes or a
    /// file; UTF-8 once a key was changed.
    ///
    /// :rtype: bytes
    fn to_bytes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        match guarded(None, || self.doc.to_bytes()) {
            Ok(bytes) => Ok(PyBytes::new(py, &bytes)),
            Err(f) => Err(to_pyerr(py, f)),
        }
    }

    /// The page as text, with its own line ends (the decoded text, without a BOM).
    ///
    /// :rtype: str
    fn to_text(&self, py: Python<'_>) -> PyResult<String> {
        guarded(None, || self.doc.to_markdown()).map_err(|f| to_pyerr(py, f))
    }

    /// A new document in which front matter key `key` is `value`: changed where it is,
    /// or added at the end. Only that key's lines change.
    ///
    /// `value` is None, a bool, int, float, str, `datetime.date` (written as its ISO
    /// text), or a list or dict of these. A page without front matter gets a YAML one at
    /// the top. Raises `ValueError` for a page that starts with a block in a language not
    /// read (`---js`), or a value its flavour cannot write (TOML has no null).
    ///
    /// :type key: str
    /// :type value: Any
    /// :rtype: Document
    fn with_value(&self, py: Python<'_>, key: &str, value: &Bound<'_, PyAny>) -> PyResult<Self> {
        let value = value::from_py(value)?;
        self.edit(py, |fm| {
            fm.set(key, value);
            Ok(())
        })
    }

    /// A new document without front matter key `key`; only that key's lines go.
    /// Raises `KeyError` when the key is not there.
    ///
    /// :type key: str
    /// :rtype: Document
    fn without(&self, py: Python<'_>, key: &str) -> PyResult<Self> {
        self.edit(py, |fm| match fm.remove(key) {
            Some(_) => Ok(()),
            None => Err(PyKeyError::new_err(key.to_owned())),
        })
    }

    /// The typed page this document means (what `offres.parse` gives for its bytes).
    ///
    /// :rtype: Posting | Organisation | Team | Unclassified
    fn to_page(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match guarded(None, || Ok(offres::Page::from_document(&self.doc))) {
            Ok(page) => crate::read::page_to_py(py, page, self.filename.clone()),
            Err(f) => Err(to_pyerr(py, f)),
        }
    }

    fn __repr__(&self) -> String {
        let name = self
            .filename
            .as_deref()
            .map(|f| format!(" {f:?}"))
            .unwrap_or_default();
        let fm = self.doc.front_matter().map_or_else(
            || "no front matter".to_owned(),
            |fm| {
                format!(
                    "{} front matter, {} keys",
                    fm.format().name(),
                    fm.fields().len()
                )
            },
        );
        format!(
            "<Document{name}: {fm}, {} sections, {} diagnostics>",
            self.doc.body().sections.len(),
            self.doc.diagnostics().len()
        )
    }

    /// Pickle as the bytes and the file name: unpickling reads them again.
    ///
    /// :rtype: tuple[Any, tuple[bytes, str | None]]
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let restore = py.import("offres")?.getattr("_restore_document")?;
        let args = (self.to_bytes(py)?, self.filename.as_deref()).into_pyobject(py)?;
        PyTuple::new(py, [restore, args.into_any()])
    }
}

/// The front matter of a page as written: a read-only mapping in source order (for a
/// repeated key, its last value). Values are None, bool, int, float, str (dates stay
/// text), list or dict, converted when read; each read gives a fresh copy.
#[pyclass(frozen, mapping, module = "offres")]
pub struct FrontMatter {
    doc: Arc<offres::Document>,
}

impl FrontMatter {
    fn fm(&self) -> PyResult<&offres::FrontMatter> {
        // A FrontMatter is only made for a document that has one.
        self.doc
            .front_matter()
            .ok_or_else(|| PyRuntimeError::new_err("offres: a front matter without a page"))
    }

    fn field(&self, key: &str) -> PyResult<&offres::Field> {
        self.fm()?
            .field(key)
            .ok_or_else(|| PyKeyError::new_err(key.to_owned()))
    }

    fn as_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for f in self.fm()?.fields() {
            dict.set_item(&f.key, value::to_py(py, &f.value)?)?;
        }
        Ok(dict)
    }
}

#[pymethods]
impl FrontMatter {
    /// Literal["yaml", "toml", "json"]: The flavour.
    #[getter]
    fn format(&self) -> PyResult<String> {
        Ok(enum_str(&self.fm()?.format()))
    }

    /// int: The first line of the front matter (its opening delimiter).
    #[getter]
    fn line(&self) -> PyResult<u32> {
        Ok(self.fm()?.span().start)
    }

    /// int: The last line of the front matter (its closing delimiter).
    #[getter]
    fn end_line(&self) -> PyResult<u32> {
        Ok(self.fm()?.span().end)
    }

    /// The 1-based line and column of key `key` in the file; `KeyError` when absent.
    ///
    /// :type key: str
    /// :rtype: tuple[int, int]
    fn key_position(&self, key: &str) -> PyResult<(u32, u32)> {
        self.field(key).map(|f| (f.line, f.column))
    }

    /// Every entry with its place in the file, in source order.
    ///
    /// :rtype: list[Field]
    fn fields(&self) -> PyResult<Vec<Field>> {
        Ok(self.fm()?.fields().iter().cloned().map(Field).collect())
    }

    /// The value of `key`, or `default` when absent.
    ///
    /// :type key: str
    /// :type default: Any, optional
    /// :rtype: Any
    #[pyo3(signature = (key, default = None))]
    fn get<'py>(
        &self,
        py: Python<'py>,
        key: &str,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        match self.fm()?.get(key) {
            Some(v) => value::to_py(py, v),
            None => Ok(default.unwrap_or_else(|| py.None().into_bound(py))),
        }
    }

    /// The front matter as a plain `dict` (what `dict(front_matter)` gives, in one call).
    ///
    /// :rtype: dict[str, Any]
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.as_dict(py)
    }

    /// A view of the keys, in source order.
    ///
    /// :rtype: KeysView[str]
    fn keys<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        view(slf, "KeysView")
    }

    /// A view of the values, in source order.
    ///
    /// :rtype: ValuesView[Any]
    fn values<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        view(slf, "ValuesView")
    }

    /// A view of the (key, value) pairs, in source order.
    ///
    /// :rtype: ItemsView[str, Any]
    fn items<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        view(slf, "ItemsView")
    }

    /// :type key: str
    /// :rtype: Any
    fn __getitem__<'py>(&self, py: Python<'py>, key: &str) -> PyResult<Bound<'py, PyAny>> {
        value::to_py(py, &self.field(key)?.value)
    }

    fn __len__(&self) -> PyResult<usize> {
        Ok(self.fm()?.fields().len())
    }

    /// :rtype: Iterator[str]
    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyIterator>> {
        let keys: Vec<&str> = self.fm()?.fields().iter().map(|f| f.key.as_str()).collect();
        PyList::new(py, keys)?.try_iter()
    }

    fn __contains__(&self, key: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(key) = key.cast::<PyString>() else {
            return Ok(false);
        };
        Ok(self.fm()?.field(key.to_str()?).is_some())
    }

    fn __eq__<'py>(&self, py: Python<'py>, other: &Bound<'py, PyAny>) -> PyResult<Py<PyAny>> {
        let mapping = py.import("collections.abc")?.getattr("Mapping")?;
        if !other.is_instance(&mapping)? {
            return Ok(py.NotImplemented());
        }
        let theirs = PyDict::new(py);
        theirs.call_method1("update", (other,))?;
        Ok(self
            .as_dict(py)?
            .eq(theirs)?
            .into_pyobject(py)?
            .to_owned()
            .into_any()
            .unbind())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("FrontMatter({})", self.as_dict(py)?.repr()?))
    }
}

fn view<'py>(slf: &Bound<'py, FrontMatter>, kind: &str) -> PyResult<Bound<'py, PyAny>> {
    slf.py()
        .import("collections.abc")?
        .getattr(kind)?
        .call1((slf,))
}

/// One front matter entry: its key, its value as written, and where the key is.
#[pyclass(frozen, eq, module = "offres")]
#[derive(PartialEq)]
pub struct Field(offres::Field);

#[pymethods]
impl Field {
    /// str: The key as written.
    #[getter]
    fn key(&self) -> &str {
        &self.0.key
    }

    /// Any: The value, as `FrontMatter[key]` gives it.
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        value::to_py(py, &self.0.value)
    }

    /// int: The 1-based line of the key in the file.
    #[getter]
    fn line(&self) -> u32 {
        self.0.line
    }

    /// int: The 1-based column of the key in the file.
    #[getter]
    fn column(&self) -> u32 {
        self.0.column
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Field(key={}, value={}, line={}, column={})",
            PyString::new(py, &self.0.key).repr()?,
            value::to_py(py, &self.0.value)?.repr()?,
            self.0.line,
            self.0.column
        ))
    }
}

/// A heading of the body and the lines it covers.
#[pyclass(frozen, eq, module = "offres")]
#[derive(PartialEq)]
pub struct Section(offres::Section);

#[pymethods]
impl Section {
    /// str: The heading as plain text (markup stripped, trailing `:` trimmed).
    #[getter]
    fn title(&self) -> &str {
        &self.0.title
    }

    /// int: 1 to 6 for Markdown headings, 7 for bold pseudo-headings.
    #[getter]
    fn level(&self) -> u8 {
        self.0.level
    }

    /// Literal["atx", "setext", "bold"]: How the heading is written.
    #[getter]
    fn kind(&self) -> String {
        enum_str(&self.0.kind)
    }

    /// int: The heading's line in the file.
    #[getter]
    fn line(&self) -> u32 {
        self.0.span.start
    }

    /// int: The section's last line (subsections included).
    #[getter]
    fn end_line(&self) -> u32 {
        self.0.span.end
    }

    /// int | None: The index in `Document.sections` of the enclosing section.
    #[getter]
    fn parent(&self) -> Option<usize> {
        self.0.parent
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "<Section {} level {}, lines {}-{}>",
            PyString::new(py, &self.0.title).repr()?,
            self.0.level,
            self.0.span.start,
            self.0.span.end
        ))
    }
}
