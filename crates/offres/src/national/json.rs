//! The JSON reader: an array of flat objects (the back-office export), one object at a
//! time, whatever the size of the array.
//!
//! Each object is a row and each of its keys a cell, with the file line and column of the
//! key. Strings are decoded; numbers and `true`/`false` are kept as written; `null` is a
//! cell left empty; a nested array or object is kept as its JSON text. A syntax error ends
//! the reading with a `json_syntax` error at its line and column: the rows before it have
//! been read.

use std::io::BufRead;

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::error::{Error, ErrorKind};

use super::csv::MAX_CELL;
use super::{CellSpan, RawRecord};

/// The most keys an object may have; later ones are skipped with a diagnostic.
const MAX_KEYS: usize = 4096;

/// The deepest nesting of a value kept as JSON text.
const MAX_DEPTH: usize = 128;

/// Where the reader is in the array.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before `[`.
    Start,
    /// After `[`, before the first element or `]`.
    First,
    /// After an element, before `,` or `]`.
    Next,
    /// After `]`, or after an error.
    Done,
}

/// Reads the objects of a JSON array from a byte stream.
pub(crate) struct JsonReader<R> {
    src: R,
    line: u32,
    column: u32,
    state: State,
}

fn syntax(message: impl Into<String>, line: u32, column: u32) -> Error {
    Error::new(ErrorKind::OffersJson {
        message: message.into(),
    })
    .at(line, column)
}

impl<R: BufRead> JsonReader<R> {
    pub(crate) fn new(src: R) -> Self {
        Self {
            src,
            line: 1,
            column: 1,
            state: State::Start,
        }
    }

    fn peek(&mut self) -> Result<Option<u8>, Error> {
        loop {
            match self.src.fill_buf() {
                Ok(b) => return Ok(b.first().copied()),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
    }

    fn bump(&mut self, b: u8) {
        self.src.consume(1);
        if b == b'\n' {
            self.line = self.line.saturating_add(1);
            self.column = 1;
        } else if b.cast_signed() >= -0x40 {
            self.column = self.column.saturating_add(1);
        }
    }

    fn skip_ws(&mut self) -> Result<Option<u8>, Error> {
        while let Some(b) = self.peek()? {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                self.bump(b);
            } else if self.line == 1 && self.column == 1 && b == 0xEF {
                // A byte order mark.
                for _ in 0..3 {
                    if let Some(b) = self.peek()? {
                        self.bump(b);
                    }
                }
                self.column = 1;
            } else {
                return Ok(Some(b));
            }
        }
        Ok(None)
    }

    fn expect(&mut self, want: u8, what: &str) -> Result<(), Error> {
        match self.skip_ws()? {
            Some(b) if b == want => {
                self.bump(b);
                Ok(())
            }
            Some(b) => Err(syntax(
                format!(
                    "expected {what}, found {}",
                    quote(&char::from(b).to_string())
                ),
                self.line,
                self.column,
            )),
            None => Err(syntax(
                format!("expected {what}, found the end of the file"),
                self.line,
                self.column,
            )),
        }
    }

    /// The next object of the array, or `None` after `]`.
    pub(crate) fn next_record(&mut self) -> Result<Option<RawRecord>, Error> {
        let result = self.next_inner();
        if result.is_err() {
            self.state = State::Done;
        }
        result
    }

    fn next_inner(&mut self) -> Result<Option<RawRecord>, Error> {
        match self.state {
            State::Done => return Ok(None),
            State::Start => {
                self.expect(b'[', "`[` opening an array of offers")?;
                self.state = State::First;
            }
            State::First | State::Next => {}
        }
        let b = self.skip_ws()?;
        if b == Some(b']') {
            self.bump(b']');
            self.state = State::Done;
            if let Some(b) = self.skip_ws()? {
                return Err(syntax(
                    format!(
                        "unexpected {} after the end of the array",
                        quote(&char::from(b).to_string())
                    ),
                    self.line,
                    self.column,
                ));
            }
            return Ok(None);
        }
        if self.state == State::Next {
            self.expect(b',', "`,` or `]` after an offer")?;
        }
        self.state = State::Next;
        let first = self.skip_ws()?;
        let mut rec = RawRecord {
            line: self.line,
            end_line: self.line,
            ..RawRecord::default()
        };
        match first {
            Some(b'{') => self.object(&mut rec)?,
            Some(_) => {
                let (line, column) = (self.line, self.column);
                let mut text = Vec::new();
                self.value(&mut text, 0)?;
                rec.diagnostics.push(Diagnostic::new(
                    DiagnosticCode::UntypedValue,
                    Severity::Error,
                    line,
                    column,
                    format!(
                        "an element of the array is not an object of columns: {}; the row is empty",
                        quote(&String::from_utf8_lossy(&text))
                    ),
                ));
            }
            None => return Err(syntax("the array is never closed", self.line, self.column)),
        }
        rec.end_line = self.line;
        Ok(Some(rec))
    }

    fn object(&mut self, rec: &mut RawRecord) -> Result<(), Error> {
        self.bump(b'{');
        if self.skip_ws()? == Some(b'}') {
            self.bump(b'}');
            return Ok(());
        }
        loop {
            if self.skip_ws()? != Some(b'"') {
                return Err(syntax("expected a key in quotes", self.line, self.column));
            }
            let (line, column) = (self.line, self.column);
            let mut key = Vec::new();
            self.string(&mut key, 1024)?;
            let key = String::from_utf8_lossy(&key).into_owned();
            self.expect(b':', "`:` after a key")?;
            self.skip_ws()?;
            let start = rec.text.len();
            let before = rec.text.len();
            let null = self.value(&mut rec.text, 0)?;
            if rec.text.len() - before > MAX_CELL {
                rec.text.truncate(before + MAX_CELL);
                while rec.text.len() > before && rec.text[rec.text.len() - 1].cast_signed() < -0x40
                {
                    rec.text.pop();
                }
                rec.diagnostics.push(Diagnostic::new(
                    DiagnosticCode::CellTooLong,
                    Severity::Error,
                    line,
                    column,
                    format!(
                        "the value of {} is longer than {} MiB; the rest of it was skipped",
                        quote(&key),
                        MAX_CELL >> 20
                    ),
                ));
            }
            if null {
                rec.text.truncate(start);
            }
            if rec.keys.len() >= MAX_KEYS {
                rec.text.truncate(start);
                if rec.keys.len() == MAX_KEYS {
                    rec.diagnostics.push(Diagnostic::new(
                        DiagnosticCode::CellCount,
                        Severity::Error,
                        line,
                        column,
                        format!("an offer has more than {MAX_KEYS} keys; the rest were skipped"),
                    ));
                    rec.keys.push(String::new());
                }
            } else if rec.keys.contains(&key) {
                rec.diagnostics.push(Diagnostic::new(
                    DiagnosticCode::DuplicateKey,
                    Severity::Warning,
                    line,
                    column,
                    format!(
                        "key {} appears twice in this offer: both values are kept, the \
                         first one read",
                        quote(&key)
                    ),
                ));
                self.push_cell(rec, key, start, line, column);
            } else {
                self.push_cell(rec, key, start, line, column);
            }
            match self.skip_ws()? {
                Some(b',') => self.bump(b','),
                Some(b'}') => {
                    self.bump(b'}');
                    if rec.keys.len() > MAX_KEYS {
                        rec.keys.pop();
                    }
                    return Ok(());
                }
                _ => {
                    return Err(syntax(
                        "expected `,` or `}` after a value",
                        self.line,
                        self.column,
                    ));
                }
            }
        }
    }

    fn push_cell(&self, rec: &mut RawRecord, key: String, start: usize, line: u32, column: u32) {
        let mut cell = CellSpan::new(start, line, column);
        cell.end = u32::try_from(rec.text.len()).unwrap_or(u32::MAX);
        cell.end_line = self.line;
        rec.cells.push(cell);
        rec.keys.push(key);
    }

    /// Read one value into `out`: a string decoded, anything else as written. Returns
    /// whether it was `null`. Past [`MAX_CELL`] bytes, the value is read but not kept.
    fn value(&mut self, out: &mut Vec<u8>, depth: usize) -> Result<bool, Error> {
        let (line, column) = (self.line, self.column);
        match self.skip_ws()? {
            Some(b'"') => {
                self.string(out, MAX_CELL + 4)?;
                Ok(false)
            }
            Some(open @ (b'{' | b'[')) => {
                if depth >= MAX_DEPTH {
                    return Err(syntax(
                        format!("values nested more than {MAX_DEPTH} deep"),
                        line,
                        column,
                    ));
                }
                let close = if open == b'{' { b'}' } else { b']' };
                self.bump(open);
                out.push(open);
                let mut first = true;
                loop {
                    match self.skip_ws()? {
                        Some(b) if b == close => {
                            self.bump(b);
                            out.push(b);
                            return Ok(false);
                        }
                        Some(b',') if !first => {
                            self.bump(b',');
                            out.push(b',');
                        }
                        Some(_) if first => {}
                        _ => {
                            return Err(syntax(
                                format!("expected `,` or `{}`", char::from(close)),
                                self.line,
                                self.column,
                            ));
                        }
                    }
                    first = false;
                    if open == b'{' {
                        if self.skip_ws()? != Some(b'"') {
                            return Err(syntax("expected a key in quotes", self.line, self.column));
                        }
                        let mut key = Vec::new();
                        self.string(&mut key, 1024)?;
                        out.extend_from_slice(
                            serde_json::to_string(&String::from_utf8_lossy(&key))
                                .unwrap_or_default()
                                .as_bytes(),
                        );
                        self.expect(b':', "`:` after a key")?;
                        out.push(b':');
                    }
                    let mut inner = Vec::new();
                    let is_string = self.skip_ws()? == Some(b'"');
                    self.value(&mut inner, depth + 1)?;
                    if is_string {
                        let s = String::from_utf8_lossy(&inner);
                        out.extend_from_slice(
                            serde_json::to_string(&s).unwrap_or_default().as_bytes(),
                        );
                    } else {
                        out.extend_from_slice(&inner);
                    }
                }
            }
            Some(b) if b == b'-' || b.is_ascii_alphanumeric() || b == b'.' || b == b'+' => {
                let start = out.len();
                while let Some(b) = self.peek()? {
                    if b == b'-' || b.is_ascii_alphanumeric() || b == b'.' || b == b'+' {
                        self.bump(b);
                        if out.len() - start < 64 {
                            out.push(b);
                        }
                    } else {
                        break;
                    }
                }
                let word = &out[start..];
                let ok = matches!(word, b"true" | b"false" | b"null")
                    || serde_json::from_slice::<serde_json::Number>(word).is_ok();
                if !ok {
                    return Err(syntax(
                        format!(
                            "{} is not a JSON value",
                            quote(&String::from_utf8_lossy(word))
                        ),
                        line,
                        column,
                    ));
                }
                Ok(word == b"null")
            }
            Some(b) => Err(syntax(
                format!("{} cannot start a value", quote(&char::from(b).to_string())),
                line,
                column,
            )),
            None => Err(syntax(
                "a value is missing at the end of the file",
                line,
                column,
            )),
        }
    }

    /// Read a string from its opening quote, decoding escapes; bytes past `max` are read
    /// but not kept.
    fn string(&mut self, out: &mut Vec<u8>, max: usize) -> Result<(), Error> {
        let (line, column) = (self.line, self.column);
        self.bump(b'"');
        let start = out.len();
        let mut pending_high: Option<u16> = None;
        loop {
            let buf = match self.src.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            };
            if buf.is_empty() {
                return Err(syntax("a string is never closed", line, column));
            }
            // Plain bytes up to the next quote, backslash or control character, at once.
            let run = buf
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(buf.len());
            if run > 0 {
                if pending_high.take().is_some() {
                    push_char(out, '\u{FFFD}');
                }
                let keep = max.saturating_sub(out.len() - start).min(run);
                out.extend_from_slice(&buf[..keep]);
                let chars = buf[..run]
                    .iter()
                    .filter(|&&b| b.cast_signed() >= -0x40)
                    .count();
                self.column = self
                    .column
                    .saturating_add(u32::try_from(chars).unwrap_or(u32::MAX));
                self.src.consume(run);
                continue;
            }
            let b = buf[0];
            match b {
                b'"' => {
                    self.bump(b);
                    if pending_high.is_some() {
                        push_char(out, '\u{FFFD}');
                    }
                    return Ok(());
                }
                b'\\' => {
                    self.bump(b);
                    let Some(e) = self.peek()? else {
                        return Err(syntax("a string is never closed", line, column));
                    };
                    self.bump(e);
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let unit = self.hex4(line, column)?;
                            match (pending_high.take(), unit) {
                                (Some(high), 0xDC00..=0xDFFF) => {
                                    let c = 0x10000
                                        + ((u32::from(high) - 0xD800) << 10)
                                        + (u32::from(unit) - 0xDC00);
                                    char::from_u32(c).unwrap_or('\u{FFFD}')
                                }
                                (high, 0xD800..=0xDBFF) => {
                                    if high.is_some() {
                                        push_char(out, '\u{FFFD}');
                                    }
                                    pending_high = Some(unit);
                                    continue;
                                }
                                (high, unit) => {
                                    if high.is_some() {
                                        push_char(out, '\u{FFFD}');
                                    }
                                    char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}')
                                }
                            }
                        }
                        other => {
                            return Err(syntax(
                                format!(
                                    "{} is not a JSON escape",
                                    quote(&format!("\\{}", char::from(other)))
                                ),
                                self.line,
                                self.column,
                            ));
                        }
                    };
                    if !matches!(e, b'u') && pending_high.take().is_some() {
                        push_char(out, '\u{FFFD}');
                    }
                    if out.len() - start < max {
                        push_char(out, c);
                    }
                }
                _ => {
                    return Err(syntax(
                        "a control character (a raw line break?) inside a string",
                        self.line,
                        self.column,
                    ));
                }
            }
        }
    }

    fn hex4(&mut self, line: u32, column: u32) -> Result<u16, Error> {
        let mut n: u16 = 0;
        for _ in 0..4 {
            let Some(b) = self.peek()? else {
                return Err(syntax("a string is never closed", line, column));
            };
            let d = char::from(b).to_digit(16).ok_or_else(|| {
                syntax(
                    "`\\u` must be followed by four hex digits",
                    self.line,
                    self.column,
                )
            })?;
            self.bump(b);
            n = n * 16 + u16::try_from(d).unwrap_or(0);
        }
        Ok(n)
    }
}

fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}
