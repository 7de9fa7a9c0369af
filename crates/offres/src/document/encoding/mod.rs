//! Bytes to text: byte order marks, UTF-16, legacy code pages and mojibake repair.
//!
//! Decoding never fails and never adds or removes a line break, so a line of the
//! decoded text is the same line in the file. Every guess made on the way is
//! reported as a diagnostic.
//!
//! Mojibake repair follows ftfy's approach (find runs of characters that spell
//! UTF-8 bytes in a legacy code page, decode each run on its own) with rules
//! narrowed for French pages: a run is only rewritten when it rebuilds characters
//! such text plausibly contains, and the weaker patterns only on a page that
//! already shows unmistakable mojibake.

mod mojibake;
mod tables;
#[cfg(test)]
mod tests;

pub use mojibake::repair_mojibake;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};

/// How the bytes of the file were encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceEncoding {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 with a byte order mark (removed from the text).
    Utf8Bom,
    /// UTF-16, little endian.
    Utf16Le,
    /// UTF-16, big endian.
    Utf16Be,
    /// Windows-1252 (a superset of Latin-1).
    Windows1252,
}

impl SourceEncoding {
    /// A human name (`UTF-8`, `UTF-16LE`, `Windows-1252`…).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf8Bom => "UTF-8 with BOM",
            Self::Utf16Le => "UTF-16LE",
            Self::Utf16Be => "UTF-16BE",
            Self::Windows1252 => "Windows-1252",
        }
    }
}

impl fmt::Display for SourceEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A legacy code page that UTF-8 text was once wrongly decoded with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Codepage {
    /// Windows-1252, Western European (also covers text misread as Latin-1).
    Windows1252,
    /// Windows-1254, Turkish.
    Windows1254,
}

impl Codepage {
    /// A human name (`Windows-1252`, `Windows-1254`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Windows1252 => "Windows-1252",
            Self::Windows1254 => "Windows-1254",
        }
    }
}

impl fmt::Display for Codepage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What mojibake repair did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Repair {
    /// The code page the UTF-8 text had been misread with.
    pub codepage: Codepage,
    /// How many rounds of wrong decoding were undone (1 or 2, at most 3).
    pub rounds: u8,
    /// Number of character sequences (runs) that were fixed.
    pub fixes: u32,
    /// 1-based lines that were changed.
    pub lines: Vec<u32>,
}

/// The text of a file and how it was obtained.
#[derive(Clone, Debug)]
pub(crate) struct Decoded {
    /// The decoded text, BOM removed, line ends left as they were.
    pub text: String,
    /// How the bytes were encoded.
    pub encoding: SourceEncoding,
    /// What mojibake repair did, if anything.
    pub repair: Option<Repair>,
    /// What was noticed on the way.
    pub diagnostics: Vec<Diagnostic>,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// `text` in Windows-1252, or `None` when a character has no byte there.
pub(crate) fn encode_windows_1252(text: &str) -> Option<Vec<u8>> {
    text.chars()
        .map(|c| {
            u8::try_from(c)
                .ok()
                .filter(u8::is_ascii)
                .or_else(|| tables::encode_char(c, Codepage::Windows1252))
        })
        .collect()
}

/// Decode the bytes of a page, whatever their encoding, and repair mojibake.
///
/// Never fails: bytes that fit no encoding become U+FFFD or Windows-1252
/// characters, with a diagnostic.
pub(crate) fn decode(bytes: &[u8]) -> Decoded {
    let mut diagnostics = Vec::new();
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        (
            decode_8bit(rest, true, &mut diagnostics).0,
            SourceEncoding::Utf8Bom,
        )
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        decode_utf16(rest, false, true, &mut diagnostics)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        decode_utf16(rest, true, true, &mut diagnostics)
    } else if let Some(big_endian) = sniff_utf16(bytes) {
        decode_utf16(bytes, big_endian, false, &mut diagnostics)
    } else {
        decode_8bit(bytes, false, &mut diagnostics)
    };
    repaired(text, encoding, diagnostics)
}

/// Text already decoded: no encoding to guess (NUL bytes in every other place are not
/// UTF-16 here), only its BOM and mojibake to undo.
pub(crate) fn decode_text(text: &str) -> Decoded {
    let (text, encoding) = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => (rest, SourceEncoding::Utf8Bom),
        None => (text, SourceEncoding::Utf8),
    };
    repaired(text.to_owned(), encoding, Vec::new())
}

fn repaired(
    mut text: String,
    encoding: SourceEncoding,
    mut diagnostics: Vec<Diagnostic>,
) -> Decoded {
    let repair = repair_mojibake(&text).map(|(fixed, repair)| {
        diagnostics.push(repair_diagnostic(&text, &fixed, &repair));
        text = fixed;
        repair
    });
    // A BOM can also surface from UTF-16 or from repaired mojibake ("ï»¿").
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    Decoded {
        text,
        encoding,
        repair,
        diagnostics,
    }
}

/// UTF-8, or Windows-1252 when the bytes are not UTF-8.
///
/// A file with many valid multi-byte sequences and few invalid bytes is UTF-8
/// with some junk: its stray bytes are read as Windows-1252 characters, which
/// keeps them (each byte gets its own character) and is usually right (a Latin-1
/// paragraph pasted into a UTF-8 page). A file with no such evidence is read as
/// Windows-1252 throughout; any UTF-8 inside it then shows as mojibake, which
/// repair fixes run by run.
fn decode_8bit(
    bytes: &[u8],
    has_bom: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> (String, SourceEncoding) {
    let utf8 = if has_bom {
        SourceEncoding::Utf8Bom
    } else {
        SourceEncoding::Utf8
    };
    let first_bad = match std::str::from_utf8(bytes) {
        Ok(text) => return (text.to_owned(), utf8),
        Err(err) => err.valid_up_to(),
    };
    let (mut invalid, mut multibyte) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        invalid += chunk.invalid().len();
        multibyte += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
    }
    let junk = has_bom || multibyte >= 2 * invalid;
    let decode_with = |slice: &[u8]| {
        if junk {
            utf8_with_junk(slice)
        } else {
            tables::decode_all(slice, Codepage::Windows1252)
        }
    };

    let line_start = memchr::memrchr(b'\n', &bytes[..first_bad]).map_or(0, |i| i + 1);
    let line_end =
        memchr::memchr(b'\n', &bytes[first_bad..]).map_or(bytes.len(), |i| first_bad + i);
    let line = count_lines(&bytes[..first_bad]);
    let column = if junk {
        // Valid UTF-8 up to the first bad byte, by definition of `valid_up_to`.
        std::str::from_utf8(&bytes[line_start..first_bad]).map_or(0, |s| s.chars().count())
    } else {
        first_bad - line_start
    };
    let quoted = quote(&decode_with(&bytes[line_start..line_end]));
    let bad = bytes[first_bad];
    let message = if junk {
        format!(
            "{invalid} byte{} not valid UTF-8 (first 0x{bad:02X}) read as Windows-1252: {quoted}",
            plural(invalid)
        )
    } else {
        format!("the file is not UTF-8 (byte 0x{bad:02X} here); read as Windows-1252: {quoted}")
    };
    diagnostics.push(Diagnostic::new(
        DiagnosticCode::LegacyEncoding,
        Severity::Warning,
        line,
        to_u32(column + 1),
        message,
    ));
    let encoding = if junk {
        utf8
    } else {
        SourceEncoding::Windows1252
    };
    (decode_with(bytes), encoding)
}

/// UTF-8 where each invalid byte stands for its Windows-1252 character.
fn utf8_with_junk(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 16);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        out.extend(
            chunk
                .invalid()
                .iter()
                .map(|&b| tables::decode_byte(b, Codepage::Windows1252)),
        );
    }
    out
}

/// Whether [`decode`] would read these bytes as UTF-16.
pub(crate) fn looks_like_utf16(bytes: &[u8]) -> bool {
    !bytes.starts_with(UTF8_BOM)
        && (bytes.starts_with(b"\xFF\xFE")
            || bytes.starts_with(b"\xFE\xFF")
            || sniff_utf16(bytes).is_some())
}

/// Guess byte order for UTF-16 without a BOM: only when nearly every code unit
/// in the first few kilobytes has exactly one NUL byte, always on the same side,
/// which is what Latin-script UTF-16 looks like and no 8-bit text does.
fn sniff_utf16(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 || memchr::memchr(0, sample).is_none() {
        return None;
    }
    let (mut le, mut be) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        match (pair[0] == 0, pair[1] == 0) {
            (false, true) => le += 1,
            (true, false) => be += 1,
            _ => {}
        }
    }
    let units = sample.len() / 2;
    if le * 10 >= units * 9 {
        Some(false)
    } else if be * 10 >= units * 9 {
        Some(true)
    } else {
        None
    }
}

fn decode_utf16(
    bytes: &[u8],
    big_endian: bool,
    had_bom: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> (String, SourceEncoding) {
    let units = bytes.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    let mut out = String::with_capacity(bytes.len());
    let mut bad = 0usize;
    let mut first_bad = None;
    for unit in char::decode_utf16(units) {
        let c = unit.unwrap_or_else(|_| {
            bad += 1;
            first_bad.get_or_insert(out.len());
            char::REPLACEMENT_CHARACTER
        });
        out.push(c);
    }
    if bytes.len() % 2 == 1 {
        bad += 1;
        first_bad.get_or_insert(out.len());
        out.push(char::REPLACEMENT_CHARACTER);
    }
    let encoding = if big_endian {
        SourceEncoding::Utf16Be
    } else {
        SourceEncoding::Utf16Le
    };
    let how = if had_bom {
        "with a byte order mark"
    } else {
        "without a byte order mark, recognised by its NUL bytes"
    };
    diagnostics.push(Diagnostic::new(
        DiagnosticCode::Utf16,
        Severity::Info,
        0,
        0,
        format!("the file is {encoding} ({how}); decoded"),
    ));
    if let Some(at) = first_bad {
        let (line, column) = position(&out, at);
        diagnostics.push(Diagnostic::new(
            DiagnosticCode::InvalidBytes,
            Severity::Warning,
            line,
            column,
            format!(
                "{bad} invalid UTF-16 code unit{} (unpaired surrogate or odd last byte) replaced by U+FFFD: {}",
                plural(bad),
                quote(line_of(&out, at))
            ),
        ));
    }
    (out, encoding)
}

fn repair_diagnostic(before: &str, after: &str, repair: &Repair) -> Diagnostic {
    let line = repair.lines.first().copied().unwrap_or(1);
    let (column, was, now) = first_change(before, after, line);
    let rounds = repair.rounds;
    let lines = repair.lines.len();
    Diagnostic::new(
        DiagnosticCode::EncodingRepaired,
        Severity::Warning,
        line,
        column,
        format!(
            "repaired mojibake (UTF-8 read as {}, {rounds} round{}) on {lines} line{}, first {} → {}",
            repair.codepage,
            plural(usize::from(rounds)),
            plural(lines),
            quote(was),
            quote(now),
        ),
    )
}

/// The column of the first difference on `line`, and the word it is in, before and after.
fn first_change<'a>(before: &'a str, after: &'a str, line: u32) -> (u32, &'a str, &'a str) {
    let (a, b) = (line_text(before, line), line_text(after, line));
    let prefix = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    let start = a[..prefix]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word_end = |s: &str| {
        s[prefix..]
            .find(char::is_whitespace)
            .map_or(s.len(), |i| prefix + i)
    };
    let column = to_u32(a[..prefix].chars().count() + 1);
    (column, &a[start..word_end(a)], &b[start..word_end(b)])
}

/// Add the 1-based line of each sorted byte offset.
fn record_lines(text: &str, starts: impl Iterator<Item = usize>, lines: &mut Vec<u32>) {
    let bytes = text.as_bytes();
    let (mut line, mut pos) = (1usize, 0usize);
    let first = lines.len();
    for start in starts {
        line += memchr::memchr_iter(b'\n', &bytes[pos..start]).count();
        pos = start;
        let line = to_u32(line);
        if lines.len() == first || lines.last() != Some(&line) {
            lines.push(line);
        }
    }
}

/// 1-based line of the end of `bytes`.
fn count_lines(bytes: &[u8]) -> u32 {
    to_u32(memchr::memchr_iter(b'\n', bytes).count() + 1)
}

/// 1-based line and character column of byte `at` in `text`.
fn position(text: &str, at: usize) -> (u32, u32) {
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1);
    (
        count_lines(&text.as_bytes()[..at]),
        to_u32(text[start..at].chars().count() + 1),
    )
}

/// The line around byte `at`.
fn line_of(text: &str, at: usize) -> &str {
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
    &text[start..end]
}

/// 1-based `line` of `text`, without its line break.
fn line_text(text: &str, line: u32) -> &str {
    text.split('\n')
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("")
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
