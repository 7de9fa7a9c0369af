//! `Document`: what a page says, read losslessly from its bytes.

pub(crate) mod body;
pub(crate) mod encoding;
pub(crate) mod front_matter;
pub(crate) mod span;

use std::path::Path;
use std::sync::OnceLock;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity};
use crate::document::body::{Body, Excerpt};
use crate::document::encoding::{Decoded, Repair, SourceEncoding};
use crate::document::front_matter::FrontMatter;
use crate::document::span::LineIndex;
use crate::error::{Error, ErrorKind};

/// Inputs larger than this are refused: no page comes close, and it bounds the work.
pub const MAX_INPUT_BYTES: usize = 64 << 20;

/// How the lines of the original file ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LineEnding {
    /// `\n` only (or a single line).
    Lf,
    /// `\r\n` only.
    Crlf,
    /// Both; written back as the more common one.
    Mixed,
}

/// What a page says: its front matter as raw ordered fields and its body's structure,
/// each with positions in the original file, plus the diagnostics of reading it.
///
/// A `Document` loses nothing: [`to_bytes`](Self::to_bytes) gives back the original
/// bytes exactly until it is edited, and writes valid front matter in the original
/// flavour, key order kept, once it is.
///
/// ```
/// let doc = offres::Document::parse(b"---\r\ntitle: Dev\r\n---\r\nHello <!--more--> world\r\n")?;
/// let fm = doc.front_matter().unwrap();
/// assert_eq!(fm.get("title").and_then(|v| v.as_str()), Some("Dev"));
/// assert_eq!(doc.body().excerpt.as_ref().unwrap().text, "Hello");
/// assert_eq!(doc.to_bytes()?, b"---\r\ntitle: Dev\r\n---\r\nHello <!--more--> world\r\n");
/// # Ok::<(), offres::Error>(())
/// ```
///
/// The body is read on first use ([`body`](Self::body), [`excerpt`](Self::excerpt),
/// serialising): reading the front matter alone costs half as much.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Document {
    #[cfg_attr(feature = "schemars", schemars(skip))]
    original: Vec<u8>,
    #[cfg_attr(feature = "schemars", schemars(skip))]
    text: String,
    #[cfg_attr(feature = "schemars", schemars(skip))]
    lines: LineIndex,
    #[cfg_attr(feature = "schemars", schemars(skip))]
    body_start: usize,
    /// The encoding the bytes were read in.
    encoding: SourceEncoding,
    /// The mojibake repair made, if any.
    #[cfg_attr(
        feature = "schemars",
        schemars(skip_serializing_if = "Option::is_none")
    )]
    repair: Option<Repair>,
    /// How the lines of the original file ended.
    line_ending: LineEnding,
    /// The front matter, when the page has one.
    front_matter: Option<FrontMatter>,
    /// The structure of the body: excerpt, sections, lists, links.
    #[cfg_attr(feature = "schemars", schemars(with = "Body"))]
    body: OnceLock<Body>,
    /// What was noticed while reading the page.
    diagnostics: Vec<Diagnostic>,
}

// By hand, for the body read on demand; the same fields as the schema derived above.
impl Serialize for Document {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Document", 6)?;
        out.serialize_field("encoding", &self.encoding)?;
        if self.repair.is_some() {
            out.serialize_field("repair", &self.repair)?;
        } else {
            out.skip_field("repair")?;
        }
        out.serialize_field("line_ending", &self.line_ending)?;
        out.serialize_field("front_matter", &self.front_matter)?;
        out.serialize_field("body", self.body())?;
        out.serialize_field("diagnostics", &self.diagnostics)?;
        out.end()
    }
}

impl Document {
    /// Read a page from its raw bytes (any encoding, BOM or not, CRLF or LF).
    pub fn parse(bytes: &[u8]) -> Result<Self, Error> {
        if bytes.len() > MAX_INPUT_BYTES {
            return Err(Error::new(ErrorKind::TooLarge {
                size: bytes.len(),
                limit: MAX_INPUT_BYTES,
            }));
        }
        Self::read(bytes, crate::document::encoding::decode(bytes))
    }

    /// Read a page from text already decoded: only its BOM and mojibake are undone
    /// (NUL bytes in every other place do not make a text UTF-16, as they would bytes).
    pub fn parse_str(text: &str) -> Result<Self, Error> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(Error::new(ErrorKind::TooLarge {
                size: text.len(),
                limit: MAX_INPUT_BYTES,
            }));
        }
        Self::read(
            text.as_bytes(),
            crate::document::encoding::decode_text(text),
        )
    }

    fn read(bytes: &[u8], decoded: Decoded) -> Result<Self, Error> {
        let mut diagnostics = decoded.diagnostics;
        let (text, line_ending) = normalise_line_ends(decoded.text, &mut diagnostics);
        let lines = LineIndex::new(&text);

        let (front_matter, body_start) = front_matter::find(&text, &lines, &mut diagnostics)?;
        // The body is read when first asked for. Reading it reports nothing (it says
        // what the body is made of, nothing is wrong there), so `diagnostics` is
        // complete without it; were that to change, `diagnostics()` must read it first.
        diagnostics.sort_by_key(|d| (d.line, d.column));
        Ok(Self {
            original: bytes.to_vec(),
            text,
            lines,
            body_start,
            encoding: decoded.encoding,
            repair: decoded.repair,
            line_ending,
            front_matter,
            body: OnceLock::new(),
            diagnostics,
        })
    }

    /// Read the page in the file at `path`; errors carry the file name.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| Error::from(e).with_file(path))?;
        Self::parse(&bytes).map_err(|e| e.with_file(path))
    }

    /// The decoded text: BOM removed, mojibake repaired, line ends normalised to `\n`.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The body: the text after the front matter.
    pub fn body_text(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// Byte offset in [`text`](Self::text) where the body starts.
    pub fn body_start(&self) -> usize {
        self.body_start
    }

    /// The original bytes, exactly as given.
    pub fn original(&self) -> &[u8] {
        &self.original
    }

    /// How the bytes were encoded.
    pub fn encoding(&self) -> SourceEncoding {
        self.encoding
    }

    /// What mojibake repair did, if anything.
    pub fn repair(&self) -> Option<&Repair> {
        self.repair.as_ref()
    }

    /// Whether mojibake was repaired.
    pub fn encoding_repaired(&self) -> bool {
        self.repair.is_some()
    }

    /// How the lines ended.
    pub fn line_ending(&self) -> LineEnding {
        self.line_ending
    }

    /// The front matter, if the page has one.
    pub fn front_matter(&self) -> Option<&FrontMatter> {
        self.front_matter.as_ref()
    }

    /// The front matter, for editing; see [`FrontMatter::set`].
    pub fn front_matter_mut(&mut self) -> Option<&mut FrontMatter> {
        self.front_matter.as_mut()
    }

    /// The front matter, for editing, made (empty, YAML between `---` lines, at the top
    /// of the page) when the page has none; `None` only when the page starts with a block
    /// in a language that is not read (`---js`), which a new front matter would replace.
    ///
    /// ```
    /// let mut doc = offres::Document::parse(b"# Notes\n")?;
    /// doc.front_matter_or_insert().unwrap().set("title", offres::Value::String("Notes".into()));
    /// assert_eq!(doc.to_bytes()?, b"---\ntitle: Notes\n---\n# Notes\n");
    /// # Ok::<(), offres::Error>(())
    /// ```
    pub fn front_matter_or_insert(&mut self) -> Option<&mut FrontMatter> {
        if self.front_matter.is_none() {
            if self.body_start > 0 {
                return None;
            }
            self.front_matter = Some(FrontMatter::new(front_matter::FrontMatterFormat::Yaml));
        }
        self.front_matter.as_mut()
    }

    /// Give the page a front matter (replacing any).
    pub fn set_front_matter(&mut self, mut front_matter: FrontMatter) {
        // Its entries may have been read from another page: they are written afresh.
        front_matter.detach();
        self.front_matter = Some(front_matter);
    }

    /// The structure of the body, read on the first call.
    pub fn body(&self) -> &Body {
        self.body.get_or_init(|| {
            crate::document::body::parse_body(&self.text, self.body_start, &self.lines)
        })
    }

    /// The excerpt before `<!--more-->`, if any.
    pub fn excerpt(&self) -> Option<&Excerpt> {
        self.body().excerpt.as_ref()
    }

    /// Everything noticed while reading.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// 1-based line and column of a byte offset in [`text`](Self::text).
    pub fn position(&self, offset: usize) -> (u32, u32) {
        self.lines.position(&self.text, offset)
    }

    /// Whether the document was edited since it was read.
    pub fn is_edited(&self) -> bool {
        self.front_matter
            .as_ref()
            .is_some_and(FrontMatter::is_edited)
    }

    /// The page as bytes: the original bytes when untouched. Edited, the page in its
    /// own encoding and line ends, the front matter in its own flavour with only the
    /// edited entries' lines changed, the body as read. Its own encoding: UTF-8 with its
    /// BOM if it had one; UTF-16 with its BOM; Windows-1252 when every character has a
    /// byte there and those bytes read back as Windows-1252, UTF-8 otherwise; a page
    /// repaired from mojibake as its repaired UTF-8 text; and UTF-8 with a BOM where
    /// 8-bit bytes would be read as UTF-16.
    pub fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        if !self.is_edited() {
            return Ok(self.original.clone());
        }
        let text = self.to_markdown()?;
        Ok(match self.encoding {
            SourceEncoding::Utf8Bom => with_utf8_bom(&text),
            SourceEncoding::Utf16Le => [0xFF, 0xFE]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                .collect(),
            SourceEncoding::Utf16Be => [0xFE, 0xFF]
                .into_iter()
                .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
                .collect(),
            SourceEncoding::Utf8 | SourceEncoding::Windows1252 => {
                let bytes = match self.encoding {
                    SourceEncoding::Windows1252 if self.repair.is_none() => {
                        encoding::encode_windows_1252(&text)
                    }
                    _ => None,
                }
                // Windows-1252 bytes can also be valid UTF-8 ("Þ’" is the bytes of "ޒ"),
                // and would then be read as UTF-8: such a page is written in UTF-8.
                .filter(|bytes| encoding::decode(bytes).text == text)
                .unwrap_or_else(|| text.as_bytes().to_vec());
                // A page with NUL bytes in most other places, or that starts "ÿþ", would
                // be read back as UTF-16: a UTF-8 BOM says what it is.
                if encoding::looks_like_utf16(&bytes) {
                    with_utf8_bom(&text)
                } else {
                    bytes
                }
            }
        })
    }

    /// The page as Markdown text with front matter (decoded and repaired text; the
    /// original line ends). What is before the front matter, its delimiters and its
    /// untouched entries are kept as written.
    ///
    /// An edited page is read back before it is given: if it would not read with the
    /// front matter as set and the same body (an entry laid out in a way the copy cannot
    /// keep), every entry is written afresh; failing that, the front matter is written
    /// alone at the top of the page, as `offres fmt` would, text found before it dropped
    /// (a recovered page whose last key is removed, say); if even that would not read
    /// back, the edit is an error (`serialize`) rather than a page that says something else.
    pub fn to_markdown(&self) -> Result<String, Error> {
        let mut out = self.render(Layout::Kept)?;
        if let Some(fm) = self.front_matter.as_ref().filter(|fm| fm.is_edited()) {
            for layout in [Layout::Fresh, Layout::Alone] {
                if self.reads_back(&out, fm) {
                    break;
                }
                out = self.render(layout)?;
            }
            if !self.reads_back(&out, fm) {
                return Err(Error::new(ErrorKind::Serialize {
                    format: fm.format().name(),
                    message: "the edited front matter would not read back as set".to_owned(),
                }));
            }
        }
        if self.line_ending == LineEnding::Crlf
            || (self.line_ending == LineEnding::Mixed && self.crlf_dominant())
        {
            out = out.replace('\n', "\r\n");
        }
        Ok(out)
    }

    /// The page as LF text, its edited front matter laid out as `layout` says.
    fn render(&self, layout: Layout) -> Result<String, Error> {
        let mut out = String::with_capacity(self.text.len() + 64);
        match &self.front_matter {
            Some(fm) if fm.is_edited() => match layout {
                Layout::Kept => fm.write(&self.text, false, &mut out)?,
                Layout::Fresh => fm.write(&self.text, true, &mut out)?,
                Layout::Alone => {
                    let mut alone = fm.clone();
                    alone.detach();
                    // Plain delimiters: the page's own may read otherwise once the entries
                    // change (`---y` closed by `...` opens YAML; closed by `---`, a
                    // block in the language "y").
                    if alone.format() == front_matter::FrontMatterFormat::Yaml {
                        alone.opener = Some("---".to_owned());
                        alone.closer = Some("---".to_owned());
                    }
                    alone.write(&self.text, true, &mut out)?;
                }
            },
            // Untouched, or a block in a language that is not read: as written.
            _ => out.push_str(&self.text[..self.body_start]),
        }
        out.push_str(self.body_text());
        Ok(out)
    }

    /// Whether `page` reads back with the front matter `fm` and this page's body: same
    /// flavour, same keys in the same order, same values (a NaN equal to itself). In
    /// TOML the order may differ: a new key goes before the tables, where TOML wants it.
    fn reads_back(&self, page: &str, fm: &FrontMatter) -> bool {
        let Ok(doc) = Document::parse_str(page) else {
            return false;
        };
        // Text that looks like mojibake (a value set to "Ã©") is repaired by any reading:
        // the values and body cannot be compared, the shape still can.
        if doc.encoding_repaired() {
            return doc.front_matter().map_or(fm.is_empty(), |back| {
                back.format() == fm.format() && back.fields().len() == fm.fields().len()
            });
        }
        if doc.body_text() != self.body_text() {
            return false;
        }
        // Even empty, the front matter must still be there: text before it that would
        // read as an opener once the entries are gone (`---y`) is not a front matter.
        let Some(back) = doc.front_matter() else {
            return false;
        };
        if back.format() != fm.format() || back.fields().len() != fm.fields().len() {
            return false;
        }
        // In order, but for TOML: there a new key goes before the first `[table]`.
        if fm.format() == front_matter::FrontMatterFormat::Toml {
            fm.fields()
                .iter()
                .all(|f| back.get(&f.key).is_some_and(|v| same_value(v, &f.value)))
        } else {
            fm.fields()
                .iter()
                .zip(back.fields())
                .all(|(f, b)| f.key == b.key && same_value(&b.value, &f.value))
        }
    }

    /// Whether most of the original's lines end with CRLF.
    pub(crate) fn crlf_dominant(&self) -> bool {
        let crlf = memchr::memmem::find_iter(&self.original, b"\r\n").count();
        let lf = memchr::memchr_iter(b'\n', &self.original).count();
        crlf * 2 > lf
    }
}

/// How an edited front matter is laid out on the page, from the most faithful.
#[derive(Clone, Copy)]
enum Layout {
    /// Untouched entries and what is around them as written.
    Kept,
    /// Every entry written afresh, what is around them as written.
    Fresh,
    /// Every entry written afresh at the top of the page, between the flavour's
    /// delimiters: nothing before the front matter is kept.
    Alone,
}

/// Two values equal, a NaN equal to itself.
pub(crate) fn same_value(a: &front_matter::Value, b: &front_matter::Value) -> bool {
    use front_matter::Value as V;
    match (a, b) {
        (V::Float(x), V::Float(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (V::List(x), V::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_value(a, b))
        }
        (V::Map(x), V::Map(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((ka, a), (kb, b))| ka == kb && same_value(a, b))
        }
        _ => a == b,
    }
}

/// The YAML front matter of `bytes` as [`Document::parse`] finds it, before reading it.
pub(crate) fn yaml_content(bytes: &[u8]) -> Option<String> {
    let decoded = crate::document::encoding::decode(bytes);
    let (text, _) = normalise_line_ends(decoded.text, &mut Vec::new());
    let lines = LineIndex::new(&text);
    let located = front_matter::split(&text, &lines, &mut Vec::new())?;
    (located.format == crate::FrontMatterFormat::Yaml).then(|| text[located.content].to_owned())
}

/// `\r\n` → `\n`, so CRLF and LF pages read the same; lines do not move.
fn normalise_line_ends(text: String, diagnostics: &mut Vec<Diagnostic>) -> (String, LineEnding) {
    let bytes = text.as_bytes();
    let crlf = memchr::memmem::find_iter(bytes, b"\r\n").count();
    if crlf == 0 {
        return (text, LineEnding::Lf);
    }
    let lf = memchr::memchr_iter(b'\n', bytes).count();
    let ending = if crlf == lf {
        LineEnding::Crlf
    } else {
        let first_lf_only = bytes
            .iter()
            .enumerate()
            .find(|&(i, &b)| b == b'\n' && (i == 0 || bytes[i - 1] != b'\r'))
            .map_or(0, |(i, _)| i);
        let line = memchr::memchr_iter(b'\n', &bytes[..first_lf_only]).count() + 1;
        diagnostics.push(Diagnostic::new(
            DiagnosticCode::MixedLineEndings,
            Severity::Info,
            u32::try_from(line).unwrap_or(u32::MAX),
            1,
            format!("{crlf} lines end with CRLF and {} with LF", lf - crlf),
        ));
        LineEnding::Mixed
    };
    (drop_cr_before_lf(&text), ending)
}

/// `text` without the carriage returns that end a line: every run of `\r` right before
/// a `\n`, so that "\r\r\n" ends its line once, as "\r\n" does. Replacing "\r\n" alone
/// would turn "\r\r\n" into "\r\n", and the text read again would lose that CR: the
/// decoded text must read as itself. Other carriage returns stay.
fn drop_cr_before_lf(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut next = 0;
    for at in memchr::memchr_iter(b'\r', bytes) {
        if at < next {
            continue;
        }
        let end = at + bytes[at..].iter().take_while(|&&b| b == b'\r').count();
        if bytes.get(end) == Some(&b'\n') {
            // Both ends are ASCII bytes, so both cuts are on character boundaries.
            out.push_str(&text[copied..at]);
            copied = end;
        }
        next = end;
    }
    out.push_str(&text[copied..]);
    out
}

fn with_utf8_bom(text: &str) -> Vec<u8> {
    [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()
}
