//! `Document`: what a page says, read losslessly from its bytes.

pub(crate) mod body;
pub(crate) mod encoding;
pub(crate) mod front_matter;
pub(crate) mod span;

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity};
use crate::document::body::{Body, Excerpt};
use crate::document::encoding::{Repair, SourceEncoding};
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
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Document {
    #[serde(skip)]
    original: Vec<u8>,
    #[serde(skip)]
    text: String,
    #[serde(skip)]
    lines: LineIndex,
    #[serde(skip)]
    body_start: usize,
    /// The encoding the bytes were read in.
    encoding: SourceEncoding,
    /// The mojibake repair made, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    repair: Option<Repair>,
    /// How the lines of the original file ended.
    line_ending: LineEnding,
    /// The front matter, when the page has one.
    front_matter: Option<FrontMatter>,
    /// The structure of the body: excerpt, sections, lists, links.
    body: Body,
    /// What was noticed while reading the page.
    diagnostics: Vec<Diagnostic>,
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
        let decoded = crate::document::encoding::decode(bytes);
        let mut diagnostics = decoded.diagnostics;
        let (text, line_ending) = normalise_line_ends(decoded.text, &mut diagnostics);
        let lines = LineIndex::new(&text);

        let mut front_matter = None;
        let mut body_start = 0;
        if let Some(located) = front_matter::split(&text, &lines, &mut diagnostics) {
            let tentative = located.tentative;
            let range = located.range.clone();
            let mut fm_diagnostics = Vec::new();
            match front_matter::read(&text, located, &lines, &mut fm_diagnostics) {
                Ok(fm) => {
                    if fm.closer.is_none() && fm.format() != crate::FrontMatterFormat::Json {
                        let (line, column) = lines.position(&text, range.start);
                        diagnostics.push(Diagnostic::new(
                            DiagnosticCode::UnclosedFrontMatter,
                            Severity::Warning,
                            line,
                            column,
                            "the front matter opened here is never closed: the whole file was read as front matter",
                        ));
                    }
                    diagnostics.append(&mut fm_diagnostics);
                    body_start = range.end;
                    front_matter = Some(fm);
                }
                // A guess that does not read as YAML was body text after all.
                Err(_) if tentative => diagnostics.retain(|d| {
                    d.code != DiagnosticCode::MissingFrontMatterOpener
                        && d.code != DiagnosticCode::JunkBeforeFrontMatter
                }),
                Err(err) => return Err(err),
            }
        }
        let body = crate::document::body::parse_body(&text, body_start, &lines);
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
            body,
            diagnostics,
        })
    }

    /// Read a page from text already decoded.
    pub fn parse_str(text: &str) -> Result<Self, Error> {
        Self::parse(text.as_bytes())
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

    /// Give the page a front matter (replacing any).
    pub fn set_front_matter(&mut self, front_matter: FrontMatter) {
        self.front_matter = Some(front_matter);
    }

    /// The structure of the body.
    pub fn body(&self) -> &Body {
        &self.body
    }

    /// The excerpt before `<!--more-->`, if any.
    pub fn excerpt(&self) -> Option<&Excerpt> {
        self.body.excerpt.as_ref()
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

    /// The page as bytes: the original bytes when untouched; otherwise UTF-8 with the
    /// front matter written in its own flavour and the body as read.
    pub fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        if !self.is_edited() {
            return Ok(self.original.clone());
        }
        Ok(self.to_markdown()?.into_bytes())
    }

    /// The page as Markdown text with front matter (decoded and repaired text; the
    /// original line ends).
    pub fn to_markdown(&self) -> Result<String, Error> {
        let mut out = String::with_capacity(self.text.len() + 64);
        if let Some(fm) = &self.front_matter {
            if fm.is_edited() {
                fm.write(&self.text, &mut out)?;
            } else {
                out.push_str(&self.text[..self.body_start]);
            }
        }
        out.push_str(self.body_text());
        if self.line_ending == LineEnding::Crlf
            || (self.line_ending == LineEnding::Mixed && self.crlf_dominant())
        {
            out = out.replace('\n', "\r\n");
        }
        Ok(out)
    }

    fn crlf_dominant(&self) -> bool {
        let crlf = memchr::memmem::find_iter(&self.original, b"\r\n").count();
        let lf = memchr::memchr_iter(b'\n', &self.original).count();
        crlf * 2 > lf
    }
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
