//! The `;`-separated reader: one record at a time, whatever its size on disk.
//!
//! What national exports do, and what it does about it:
//! - a BOM or none, CRLF or LF records, LF (or CRLF) inside quoted cells: a cell's line
//!   breaks are kept as `\n`;
//! - every cell quoted, or none, or some: `""` inside a quoted cell is a quote;
//! - a quote that neither opens a cell nor closes one (`"le "Grand" Paris"`, `a"b`) is kept
//!   as a character, with a `stray_quote` diagnostic, rather than swallowing the lines
//!   after it;
//! - a quoted cell still open at the end of the file, or longer than [`MAX_CELL`], was never
//!   closed: its quote is read as a character, the cell ends with its line, and the lines
//!   after it are read again as records (`unclosed_quote`);
//! - a physical line longer than [`MAX_LINE`] is cut there (`cell_too_long`), so memory
//!   stays bounded whatever the input.
//!
//! Each cell keeps its file line and character column; the record keeps its lines.

use std::io::BufRead;

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::error::Error;

use super::{CellSpan, RawRecord};

/// The longest cell kept whole (1 MiB); real cells are under 4 KB.
pub(crate) const MAX_CELL: usize = 1 << 20;

/// The longest physical line read (4 MiB); the rest of a longer line is skipped.
pub(crate) const MAX_LINE: usize = 4 << 20;

/// The most a record may hold (16 MiB): past it, its first cell that spans lines is taken
/// as never closed.
const MAX_RECORD: usize = 16 << 20;

/// A quoted cell that goes on past the end of its line.
#[derive(Clone, Copy, Debug)]
struct Open {
    /// The record's line (index in the record's lines) where the cell's quote is.
    line: usize,
    line_no: u32,
    /// Where the quote is in that line.
    at: usize,
    /// The record as it was before the cell: text length, cells, diagnostics.
    text_len: usize,
    cells: usize,
    diagnostics: usize,
    column: u32,
}

/// How a line ended the record being read.
enum LineEnd {
    /// The record is complete.
    Done,
    /// A quoted cell goes on to the next line.
    Open(Open),
}

/// Reads `;`-separated records from a byte stream, one at a time.
pub(crate) struct CsvReader<R> {
    src: R,
    /// The next line's number (1-based).
    line_no: u32,
    /// Lines to read again (last first), after a cell that never closed.
    pending: Vec<(u32, Vec<u8>)>,
    /// A line being read, reused between lines.
    line: Vec<u8>,
    /// The header's number of cells, once known.
    width: Option<usize>,
    first: bool,
    done: bool,
}

impl<R: BufRead> CsvReader<R> {
    pub(crate) fn new(src: R) -> Self {
        Self {
            src,
            line_no: 1,
            pending: Vec::new(),
            line: Vec::new(),
            width: None,
            first: true,
            done: false,
        }
    }

    /// The number of cells a record should have: a record with more, whose first cell
    /// spanning lines would end the record if it ended with its line, is read that way.
    pub(crate) fn set_width(&mut self, width: usize) {
        self.width = Some(width);
    }

    /// The next physical line without its line end, and its number; `None` at the end.
    /// A line over [`MAX_LINE`] is cut, with a diagnostic in `diagnostics`.
    fn next_line(
        &mut self,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Result<Option<(u32, Vec<u8>)>, Error> {
        if let Some(line) = self.pending.pop() {
            return Ok(Some(line));
        }
        if self.done {
            return Ok(None);
        }
        self.line.clear();
        let mut cut = false;
        loop {
            let available = match self.src.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e.into()),
            };
            if available.is_empty() {
                self.done = true;
                if self.line.is_empty() && !cut {
                    return Ok(None);
                }
                break;
            }
            let (take, found) = match memchr::memchr(b'\n', available) {
                Some(i) => (i + 1, true),
                None => (available.len(), false),
            };
            let room = MAX_LINE.saturating_sub(self.line.len());
            if take > room {
                cut = true;
            }
            self.line.extend_from_slice(&available[..take.min(room)]);
            self.src.consume(take);
            if found {
                break;
            }
        }
        if self.line.last() == Some(&b'\n') {
            self.line.pop();
        }
        if self.line.last() == Some(&b'\r') {
            self.line.pop();
        }
        if self.first {
            self.first = false;
            if self.line.starts_with(b"\xEF\xBB\xBF") {
                self.line.drain(..3);
            }
        }
        let no = self.line_no;
        self.line_no = self.line_no.saturating_add(1);
        if cut {
            diagnostics.push(Diagnostic::new(
                DiagnosticCode::CellTooLong,
                Severity::Error,
                no,
                1,
                format!(
                    "line {no} is longer than {} MiB; the rest of it was skipped",
                    MAX_LINE >> 20
                ),
            ));
        }
        Ok(Some((no, std::mem::take(&mut self.line))))
    }

    /// The next record, or `None` at the end of the input. Blank lines between records are
    /// skipped.
    pub(crate) fn next_record(&mut self) -> Result<Option<RawRecord>, Error> {
        let mut rec = RawRecord::default();
        // The record's lines, kept to be read again if a cell turns out never to close.
        let mut lines: Vec<(u32, Vec<u8>)> = Vec::new();
        let mut open: Option<Open> = None;
        let mut first_open: Option<Open> = None;
        loop {
            let Some((no, line)) = self.next_line(&mut rec.diagnostics)? else {
                match open {
                    None if lines.is_empty() => return Ok(None),
                    None => return Ok(Some(rec)),
                    // The end of the file inside a quoted cell: it never closed.
                    Some(o) => match self.recover(&mut rec, &mut lines, o) {
                        None => return Ok(Some(rec)),
                        Some(next) => {
                            open = Some(next);
                            continue;
                        }
                    },
                }
            };
            let Some(o) = open.take() else {
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                rec.line = no;
                rec.end_line = no;
                lines.push((no, line));
                match parse_line(&lines[0].1, no, 0, 0, false, &mut rec) {
                    LineEnd::Done => {
                        return Ok(Some(self.check_width(rec, &mut lines, first_open)));
                    }
                    LineEnd::Open(o) => open = Some(o),
                }
                continue;
            };
            first_open.get_or_insert(o);
            rec.end_line = no;
            rec.text.push(b'\n');
            lines.push((no, line));
            let index = lines.len() - 1;
            if rec.text.len() - o.text_len > MAX_CELL || rec.text.len() > MAX_RECORD {
                let o = if rec.text.len() > MAX_RECORD {
                    first_open.unwrap_or(o)
                } else {
                    o
                };
                match self.recover(&mut rec, &mut lines, o) {
                    None => return Ok(Some(rec)),
                    Some(next) => {
                        open = Some(next);
                        continue;
                    }
                }
            }
            match scan_quoted(&lines[index].1, 0, no, &mut rec) {
                // The cell closed on this line: read the rest of the record.
                Some(i) => {
                    finish(&mut rec, no);
                    let line = &lines[index].1;
                    let end = if line.get(i) == Some(&b';') {
                        parse_line(line, no, index, i + 1, false, &mut rec)
                    } else {
                        LineEnd::Done
                    };
                    match end {
                        LineEnd::Done => {
                            return Ok(Some(self.check_width(rec, &mut lines, first_open)));
                        }
                        LineEnd::Open(next) => open = Some(next),
                    }
                }
                None => open = Some(o),
            }
        }
    }

    /// A record with more cells than the header, one of whose cells spans lines: if that
    /// cell ending with its line gives the record the header's width or less, its closing
    /// quote was missing, and the lines after it are rows of their own.
    fn check_width(
        &mut self,
        rec: RawRecord,
        lines: &mut Vec<(u32, Vec<u8>)>,
        first_open: Option<Open>,
    ) -> RawRecord {
        let (Some(width), Some(o)) = (self.width, first_open) else {
            return rec;
        };
        if rec.cells.len() <= width {
            return rec;
        }
        let mut alt = RawRecord {
            text: rec.text[..o.text_len].to_vec(),
            cells: rec.cells[..o.cells].to_vec(),
            keys: Vec::new(),
            diagnostics: rec.diagnostics[..o.diagnostics].to_vec(),
            line: rec.line,
            end_line: o.line_no,
            stray_cell: usize::MAX,
        };
        let alone = matches!(
            parse_line(&lines[o.line].1, o.line_no, o.line, o.at, true, &mut alt),
            LineEnd::Done
        );
        if !alone || alt.cells.len() > width {
            return rec;
        }
        let mut rec = rec;
        // Read alone above, the line ends the record: nothing stays open.
        let _ = self.recover(&mut rec, lines, o);
        rec
    }

    /// A quoted cell never closed: read its quote as a character, end the cell and the
    /// record with the quote's line, and read the lines after it again.
    fn recover(
        &mut self,
        rec: &mut RawRecord,
        lines: &mut Vec<(u32, Vec<u8>)>,
        o: Open,
    ) -> Option<Open> {
        rec.text.truncate(o.text_len);
        rec.cells.truncate(o.cells);
        rec.diagnostics.truncate(o.diagnostics);
        rec.end_line = o.line_no;
        let line = &lines[o.line].1;
        rec.diagnostics.push(Diagnostic::new(
            DiagnosticCode::UnclosedQuote,
            Severity::Error,
            o.line_no,
            o.column,
            format!(
                "the quote that opens {} is never closed: the cell ends with its line, and the \
                 lines after it are read as rows",
                quote(&String::from_utf8_lossy(&line[o.at..]))
            ),
        ));
        self.pending.extend(lines.drain(o.line + 1..).rev());
        let end = parse_line(&lines[o.line].1, o.line_no, o.line, o.at, true, rec);
        match end {
            LineEnd::Done => None,
            // The quote was the first of the line's cells to stay open; another may follow.
            LineEnd::Open(next) => Some(next),
        }
    }
}

/// Character columns of byte offsets of one line, counted as the line is read.
struct Columns<'a> {
    line: &'a [u8],
    at: usize,
    column: u32,
}

impl Columns<'_> {
    fn of(&mut self, i: usize) -> u32 {
        let i = i.min(self.line.len());
        if i < self.at {
            self.at = 0;
            self.column = 1;
        }
        let chars = self.line[self.at..i]
            .iter()
            .filter(|&&b| b.cast_signed() >= -0x40)
            .count();
        self.column = self
            .column
            .saturating_add(u32::try_from(chars).unwrap_or(u32::MAX));
        self.at = i;
        self.column
    }
}

/// Read the cells of `line` (the record's line `index`) from byte `from`, where a cell
/// starts. With `literal_quote`, a quote at `from` is a character (a cell that never
/// closed).
fn parse_line(
    line: &[u8],
    no: u32,
    index: usize,
    from: usize,
    literal_quote: bool,
    rec: &mut RawRecord,
) -> LineEnd {
    let mut cols = Columns {
        line,
        at: 0,
        column: 1,
    };
    let mut i = from;
    let mut literal = literal_quote;
    loop {
        let column = cols.of(i);
        let start = rec.text.len();
        if line.get(i) == Some(&b'"') && !literal {
            let cells = rec.cells.len();
            let diagnostics = rec.diagnostics.len();
            rec.cells.push(CellSpan::new(start, no, column));
            match scan_quoted(line, i + 1, no, rec) {
                Some(j) => {
                    i = j;
                    finish(rec, no);
                }
                None => {
                    return LineEnd::Open(Open {
                        line: index,
                        line_no: no,
                        at: i,
                        text_len: start,
                        cells,
                        diagnostics,
                        column,
                    });
                }
            }
        } else {
            let end = memchr::memchr(b';', &line[i..]).map_or(line.len(), |k| i + k);
            let cell = &line[i..end];
            rec.cells.push(CellSpan::new(start, no, column));
            // The quote of a cell that never closed is reported as such already.
            let skip = usize::from(i == from && literal_quote).min(cell.len());
            if let Some(q) = memchr::memchr(b'"', &cell[skip..]) {
                stray(rec, no, cols.of(i + skip + q), cell);
            }
            literal = false;
            rec.text.extend_from_slice(cell);
            finish(rec, no);
            i = end;
        }
        if line.get(i) == Some(&b';') {
            i += 1;
            continue;
        }
        return LineEnd::Done;
    }
}

/// Read a quoted cell's content from byte `i` of `line`: the byte after the closing quote,
/// or `None` when the cell goes on past the line. A quote closes the cell only before `;`
/// or the end of the line; `""` is a quote; any other quote is kept, with a diagnostic.
fn scan_quoted(line: &[u8], mut i: usize, no: u32, rec: &mut RawRecord) -> Option<usize> {
    loop {
        let Some(k) = memchr::memchr(b'"', &line[i..]).map(|k| i + k) else {
            rec.text.extend_from_slice(&line[i..]);
            return None;
        };
        rec.text.extend_from_slice(&line[i..k]);
        match line.get(k + 1) {
            None | Some(b';') => return Some(k + 1),
            Some(b'"') => {
                rec.text.push(b'"');
                i = k + 2;
            }
            Some(_) => {
                rec.text.push(b'"');
                let mut cols = Columns {
                    line,
                    at: 0,
                    column: 1,
                };
                let column = cols.of(k);
                // The cell around the quote: from the cell's start, or the line's, to its
                // likely end.
                let start = line[..k]
                    .iter()
                    .rposition(|&b| b == b';')
                    .map_or(0, |s| s + 1);
                let end =
                    memchr::memmem::find(&line[k + 1..], b"\";").map_or(line.len(), |e| k + 2 + e);
                stray(rec, no, column, &line[start..end]);
                i = k + 1;
            }
        }
    }
}

fn stray(rec: &mut RawRecord, no: u32, column: u32, cell: &[u8]) {
    // One finding per cell is enough to point at it.
    if rec
        .diagnostics
        .last()
        .is_some_and(|d| d.code == DiagnosticCode::StrayQuote && d.line == no)
        && rec.cells.len() == rec.stray_cell
    {
        return;
    }
    rec.stray_cell = rec.cells.len();
    rec.diagnostics.push(Diagnostic::new(
        DiagnosticCode::StrayQuote,
        Severity::Warning,
        no,
        column,
        format!(
            "a quote in {} neither opens nor closes the cell: kept as a character",
            quote(&String::from_utf8_lossy(cell))
        ),
    ));
}

/// Close the last cell: its end in the text and its last line. A cell over [`MAX_CELL`]
/// keeps its first [`MAX_CELL`] bytes (cut at a character).
fn finish(rec: &mut RawRecord, no: u32) {
    let len = rec.text.len();
    let Some(cell) = rec.cells.last_mut() else {
        return;
    };
    cell.end_line = no;
    let start = cell.start as usize;
    if len - start > MAX_CELL {
        let mut cut = start + MAX_CELL;
        while cut > start && rec.text[cut].cast_signed() < -0x40 {
            cut -= 1;
        }
        rec.text.truncate(cut);
        let (line, column) = (cell.line, cell.column);
        rec.diagnostics.push(Diagnostic::new(
            DiagnosticCode::CellTooLong,
            Severity::Error,
            line,
            column,
            format!(
                "a cell is longer than {} MiB; the rest of it was skipped",
                MAX_CELL >> 20
            ),
        ));
    }
    let end = u32::try_from(rec.text.len()).unwrap_or(u32::MAX);
    if let Some(cell) = rec.cells.last_mut() {
        cell.end = end;
    }
}
