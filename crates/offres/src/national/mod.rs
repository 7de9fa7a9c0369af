//! National offers files: the offers of Choisir le service public, as the open-data export
//! (a `;`-separated file, one a week on data.gouv.fr) or the back-office export (the same
//! `;` CSV with 56 columns, or a JSON array of objects), each row read into a [`Posting`].
//!
//! [`OfferReader`] reads a file a row at a time (memory stays flat however many rows there
//! are); [`Row::to_posting`] turns a row into a posting, and is what callers run in
//! parallel. The format is told from the file's content: its header line, or a JSON array.
//! What each column holds is one table per format (`columns.rs`); free-text columns are
//! read with the rules of page prose.

mod address;
mod columns;
mod csv;
mod json;
mod row;
mod values;

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::error::{Error, ErrorKind};

use columns::Field;

/// How much of a file is looked at to tell its format.
const SNIFF: usize = 64 << 10;

/// The read buffer: large reads keep a big file's reading cheap.
const BUFFER: usize = 256 << 10;

/// The kinds of national offers file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NationalFormat {
    /// The open-data export on data.gouv.fr: `;`-separated, 30 columns.
    Datagouv,
    /// The back-office (TalentSoft) export as a `;`-separated file, 56 columns.
    TalentsoftCsv,
    /// The back-office (TalentSoft) export as a JSON array of objects.
    TalentsoftJson,
}

impl NationalFormat {
    /// `datagouv`, `talentsoft_csv` or `talentsoft_json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Datagouv => "datagouv",
            Self::TalentsoftCsv => "talentsoft_csv",
            Self::TalentsoftJson => "talentsoft_json",
        }
    }

    fn table(self) -> &'static [(&'static str, Field)] {
        match self {
            Self::Datagouv => columns::DATAGOUV,
            Self::TalentsoftCsv | Self::TalentsoftJson => columns::TALENTSOFT,
        }
    }

    /// The format of a file that starts with `head`, or `None` when it is not a national
    /// offers file: a first line that is one of the known headers (at least half of its
    /// cells, and half of the format's columns, known), or a JSON array whose first object
    /// has keys of the back-office export. The file name plays no part.
    ///
    /// ```
    /// use offres::NationalFormat;
    /// let head = "\u{feff}\"Organisme de rattachement\";\"Référence\";\"Versant\";\"Métier\";\
    ///             \"Intitulé du poste\";\"Localisation du poste\";\"Catégorie\";\
    ///             \"Date de première publication\";\"Télétravail\";\"Lieu d'affectation\";\
    ///             \"Statut du poste\";\"Nature de l'emploi\";\"Employeur\";\"Niveau d'études\";\
    ///             \"Date de fin de publication par défaut\"\r\n";
    /// assert_eq!(NationalFormat::sniff(head.as_bytes()), Some(NationalFormat::Datagouv));
    /// assert_eq!(NationalFormat::sniff(b"---\ntitle: Dev\n---\n"), None);
    /// ```
    pub fn sniff(head: &[u8]) -> Option<Self> {
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
        if head[start] == b'[' {
            let rest = &head[start + 1..];
            let brace = rest.iter().position(|b| !b.is_ascii_whitespace())?;
            if rest[brace] != b'{' {
                return None;
            }
            let known = columns::TALENTSOFT
                .iter()
                .filter(|(name, _)| {
                    let key = format!("\"{name}\"");
                    memchr::memmem::find(rest, key.as_bytes()).is_some()
                })
                .count();
            return (known >= 3).then_some(Self::TalentsoftJson);
        }
        let line = &head[..memchr::memchr(b'\n', head).unwrap_or(head.len())];
        let line = String::from_utf8_lossy(line);
        let cells: Vec<&str> = line
            .trim_end_matches('\r')
            .split(';')
            .map(|c| c.trim().trim_matches('"'))
            .collect();
        if cells.len() < 4 {
            return None;
        }
        [Self::Datagouv, Self::TalentsoftCsv]
            .into_iter()
            .find(|format| header_matches(format.table(), &cells))
    }
}

/// Whether the header cells are mostly the table's columns, and the table's columns
/// mostly there.
fn header_matches(table: &[(&str, Field)], cells: &[&str]) -> bool {
    let known = cells
        .iter()
        .filter(|c| columns::lookup(table, c).is_some())
        .count();
    known * 2 >= cells.len() && known * 2 >= table.len().min(cells.len().max(1)) && known >= 4
}

/// Where one cell is: its bytes in the row's text, its line and column in the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct CellSpan {
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// The file line where the cell starts (of its key, for JSON).
    pub(crate) line: u32,
    /// The character column where it starts (its opening quote, or its key's).
    pub(crate) column: u32,
    /// The file line where it ends.
    pub(crate) end_line: u32,
}

impl CellSpan {
    pub(crate) fn new(start: usize, line: u32, column: u32) -> Self {
        let start = u32::try_from(start).unwrap_or(u32::MAX);
        Self {
            start,
            end: start,
            line,
            column,
            end_line: line,
        }
    }
}

/// A record as the readers give it: cells as bytes, not yet decoded.
#[derive(Debug, Default)]
pub(crate) struct RawRecord {
    pub(crate) text: Vec<u8>,
    pub(crate) cells: Vec<CellSpan>,
    /// For JSON: each cell's key.
    pub(crate) keys: Vec<String>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) line: u32,
    pub(crate) end_line: u32,
    /// The cell that has a `stray_quote` finding already.
    pub(crate) stray_cell: usize,
}

/// The columns of a file (or of a JSON object) and what each holds.
#[derive(Debug)]
pub(crate) struct Header {
    pub(crate) format: NationalFormat,
    pub(crate) names: Vec<String>,
    /// What each column holds; `None` for a column the format's table does not know.
    pub(crate) fields: Vec<Option<Field>>,
    /// Column indexes in the order of the table (its precedence), unknown ones last.
    pub(crate) order: Vec<usize>,
}

impl Header {
    fn new(format: NationalFormat, names: Vec<String>) -> Self {
        let table = format.table();
        let found: Vec<Option<(usize, Field)>> =
            names.iter().map(|n| columns::lookup(table, n)).collect();
        let mut order: Vec<usize> = (0..names.len()).collect();
        order.sort_by_key(|&i| found[i].map_or(usize::MAX, |(rank, _)| rank));
        Self {
            format,
            fields: found.iter().map(|f| f.map(|(_, field)| field)).collect(),
            names,
            order,
        }
    }

    /// The name of column `i` (0-based); a cell past the header is `column N`.
    fn name(&self, i: usize) -> Cow<'_, str> {
        match self.names.get(i) {
            Some(n) => Cow::Borrowed(n),
            None => Cow::Owned(format!("column {}", i + 1)),
        }
    }

    /// Findings about the columns themselves: unknown and repeated names.
    fn diagnostics(&self, line: u32, cells: &[CellSpan]) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (i, name) in self.names.iter().enumerate() {
            let (l, c) = cells.get(i).map_or((line, 0), |s| (s.line, s.column));
            if self.fields[i].is_none() {
                out.push(
                    Diagnostic::new(
                        DiagnosticCode::UnknownColumn,
                        Severity::Info,
                        l,
                        c,
                        format!(
                            "column {} ({}) is not one the {} table knows: its cells are kept raw \
                             as extras",
                            i + 1,
                            quote(name),
                            self.format.as_str()
                        ),
                    )
                    .with_path(name.clone()),
                );
            } else if self.names[..i].contains(name) {
                out.push(
                    Diagnostic::new(
                        DiagnosticCode::DuplicateKey,
                        Severity::Warning,
                        l,
                        c,
                        format!(
                            "column {} ({}) has the name of an earlier one: the earlier column's \
                             value is read first",
                            i + 1,
                            quote(name)
                        ),
                    )
                    .with_path(name.clone()),
                );
            }
        }
        out
    }
}

/// One row of a national file: its cells as written, and where it is in the file.
///
/// Reading a row is cheap and sequential; [`to_posting`](Self::to_posting) is the work,
/// and may run on any thread.
#[derive(Clone, Debug)]
pub struct Row {
    number: u32,
    line: u32,
    end_line: u32,
    header: Arc<Header>,
    text: String,
    cells: Vec<CellSpan>,
    diagnostics: Vec<Diagnostic>,
}

impl Row {
    /// The row's number: 1 for the first row after the header (the first element of a JSON
    /// array).
    pub fn number(&self) -> u32 {
        self.number
    }

    /// The name the row goes by in output and bindings: `file#row=N`, the file and the
    /// row's number, as in every fact's source.
    pub fn name_in(&self, file: &Path) -> String {
        format!("{}#row={}", file.display(), self.number)
    }

    /// The file line where the row starts.
    pub fn line(&self) -> u32 {
        self.line
    }

    /// The file line where the row ends (a cell may span lines).
    pub fn end_line(&self) -> u32 {
        self.end_line
    }

    /// The format of the file the row was read from.
    pub fn format(&self) -> NationalFormat {
        self.header.format
    }

    /// Each cell's column name and text, in file order; empty cells included.
    pub fn cells(&self) -> impl Iterator<Item = (Cow<'_, str>, &str)> + '_ {
        self.cells
            .iter()
            .enumerate()
            .map(|(i, c)| (self.header.name(i), self.cell_text(c)))
    }

    /// The text of the (first) cell in column `name`, as written.
    pub fn get(&self, name: &str) -> Option<&str> {
        let i = self.header.names.iter().position(|n| n == name)?;
        self.cells.get(i).map(|c| self.cell_text(c))
    }

    /// What reading the row noticed: stray or unclosed quotes, missing cells, bytes that
    /// were not UTF-8. [`to_posting`](Self::to_posting) adds these to the posting's.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    fn cell_text(&self, c: &CellSpan) -> &str {
        self.text
            .get(c.start as usize..c.end as usize)
            .unwrap_or("")
    }
}

/// The readers of the two syntaxes.
enum Records {
    Csv(csv::CsvReader<Box<dyn BufRead + Send>>),
    Json(json::JsonReader<Box<dyn BufRead + Send>>),
}

impl Records {
    fn next_record(&mut self) -> Result<Option<RawRecord>, Error> {
        match self {
            Self::Csv(r) => r.next_record(),
            Self::Json(r) => r.next_record(),
        }
    }
}

/// Reads the rows of a national offers file, one at a time, in order.
///
/// The format is told from the content ([`NationalFormat::sniff`]). Iteration yields each
/// row, or an error that ends the file (an I/O error, a JSON syntax error); a malformed
/// cell is not an error but a diagnostic of its row, which is still read. Memory holds one
/// row at a time (and a read buffer), however long the file.
///
/// ```
/// let file = "\"Intitulé du poste\";\"Référence\";\"Versant\";\"Localisation du poste\";\
///             \"Télétravail\";\"Date de première publication\";\"Date de fin de publication par défaut\"\n\
///             \"Gestionnaire RH\";\"2026-1\";\"Fonction Publique Territoriale\";\"Vendée (85)\";\
///             \"Oui\";\"23/06/2026\";\"31/12/9999\"\n";
/// let mut reader = offres::OfferReader::from_reader(file.as_bytes())?;
/// assert_eq!(reader.format(), offres::NationalFormat::Datagouv);
/// let row = reader.next().unwrap()?;
/// let posting = row.to_posting();
/// assert_eq!(posting.meta.title.as_deref(), Some("Gestionnaire RH"));
/// assert_eq!(posting.versant, Some(offres::Versant::Territoriale));
/// let place = posting.location.as_ref().unwrap();
/// assert_eq!(place.department_code.as_deref(), Some("85"));
/// assert_eq!(place.region.as_deref(), Some("Pays de la Loire"));
/// assert_eq!(posting.meta.date_posted.map(|d| d.to_string()).as_deref(), Some("2026-06-23"));
/// assert_eq!(posting.closing_date, None); // 31/12/9999: no end date
/// assert_eq!(posting.meta.sources["versant"].row, Some(1));
/// # Ok::<(), offres::Error>(())
/// ```
pub struct OfferReader {
    records: Records,
    format: NationalFormat,
    header: Arc<Header>,
    /// Findings about the header, given to the first row.
    header_diagnostics: Vec<Diagnostic>,
    next_number: u32,
    done: bool,
}

impl std::fmt::Debug for OfferReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OfferReader")
            .field("format", &self.format)
            .field("next_row", &self.next_number)
            .finish_non_exhaustive()
    }
}

impl OfferReader {
    /// Open the national file at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        let file = File::open(path).map_err(|e| Error::from(e).with_file(path))?;
        Self::from_reader(file).map_err(|e| e.with_file(path))
    }

    /// Read a national file from any byte stream.
    pub fn from_reader(mut src: impl Read + Send + 'static) -> Result<Self, Error> {
        let mut head = Vec::with_capacity(SNIFF);
        (&mut src).take(SNIFF as u64).read_to_end(&mut head)?;
        let Some(format) = NationalFormat::sniff(&head) else {
            let first = head.split(|&b| b == b'\n').next().unwrap_or(&[]);
            return Err(Error::new(ErrorKind::UnknownFormat {
                found: if head.iter().all(u8::is_ascii_whitespace) {
                    "an empty file".to_owned()
                } else {
                    format!("the first line {}", quote(&String::from_utf8_lossy(first)))
                },
            })
            .at(1, 1));
        };
        let stream: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(
            BUFFER,
            Cursor::new(head).chain(src),
        ));
        if format == NationalFormat::TalentsoftJson {
            return Ok(Self {
                records: Records::Json(json::JsonReader::new(stream)),
                format,
                header: Arc::new(Header::new(format, Vec::new())),
                header_diagnostics: Vec::new(),
                next_number: 1,
                done: false,
            });
        }
        let mut records = Records::Csv(csv::CsvReader::new(stream));
        let header_record = records.next_record()?.unwrap_or_default();
        let names: Vec<String> = header_record
            .cells
            .iter()
            .map(|c| {
                String::from_utf8_lossy(&header_record.text[c.start as usize..c.end as usize])
                    .trim()
                    .to_owned()
            })
            .collect();
        if let Records::Csv(r) = &mut records {
            r.set_width(names.len());
        }
        let header = Header::new(format, names);
        let mut header_diagnostics = header_record.diagnostics;
        header_diagnostics.extend(header.diagnostics(header_record.line, &header_record.cells));
        Ok(Self {
            records,
            format,
            header: Arc::new(header),
            header_diagnostics,
            next_number: 1,
            done: false,
        })
    }

    /// The format of the file.
    pub fn format(&self) -> NationalFormat {
        self.format
    }

    /// The column names of the header (for JSON: the keys of the last object read).
    pub fn columns(&self) -> &[String] {
        &self.header.names
    }

    /// The next `max` rows (fewer at the end of the file), stopping at an error, which
    /// comes last.
    pub fn next_chunk(&mut self, max: usize) -> Vec<Result<Row, Error>> {
        let mut out = Vec::with_capacity(max.min(4096));
        for row in self.by_ref().take(max) {
            let failed = row.is_err();
            out.push(row);
            if failed {
                break;
            }
        }
        out
    }

    fn row(&mut self, raw: RawRecord) -> Row {
        let number = self.next_number;
        self.next_number = self.next_number.saturating_add(1);
        // Findings about the columns come with the first row that has them, without a row:
        // they are about the header.
        let mut about_columns = std::mem::take(&mut self.header_diagnostics);
        let mut diagnostics = Vec::new();
        if self.format == NationalFormat::TalentsoftJson {
            if raw.keys != self.header.names {
                let header = Header::new(self.format, raw.keys.clone());
                // Keys of this object the table does not know, said once per set of keys.
                about_columns.extend(header.diagnostics(raw.line, &raw.cells));
                self.header = Arc::new(header);
            }
        } else if !raw.cells.is_empty() && raw.cells.len() != self.header.names.len() {
            let (have, want) = (raw.cells.len(), self.header.names.len());
            let at = raw
                .cells
                .get(want)
                .or(raw.cells.last())
                .copied()
                .unwrap_or_default();
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticCode::CellCount,
                    Severity::Warning,
                    at.line,
                    at.column,
                    if have < want {
                        format!(
                            "row {number} has {have} cells and the header {want}: the last {} \
                             are read as empty",
                            want - have
                        )
                    } else {
                        format!(
                            "row {number} has {have} cells and the header {want}: the {} after \
                             the last column are kept raw as extras",
                            have - want
                        )
                    },
                )
                .at_cell(number, self.header.name(want.min(have)).into_owned()),
            );
        }
        let (text, cells, decoding) = decode(raw.text, raw.cells);
        for mut d in raw.diagnostics.into_iter().chain(decoding) {
            // The reader knows lines, not rows: the row and the cell are said here.
            d.row = Some(number);
            let cell = cells
                .iter()
                .rposition(|c| (c.line, c.column) <= (d.line, d.column));
            match cell {
                Some(i) => {
                    let name = self.header.name(i).into_owned();
                    d.message = format!(
                        "row {number}, column {} ({}): {}",
                        i + 1,
                        quote(&name),
                        d.message
                    );
                    d.path = Some(name);
                }
                None => d.message = format!("row {number}: {}", d.message),
            }
            diagnostics.push(d);
        }
        about_columns.append(&mut diagnostics);
        let diagnostics = about_columns;
        Row {
            number,
            line: raw.line,
            end_line: raw.end_line,
            header: Arc::clone(&self.header),
            text,
            cells,
            diagnostics,
        }
    }
}

impl Iterator for OfferReader {
    type Item = Result<Row, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.records.next_record() {
            Ok(Some(raw)) => Some(Ok(self.row(raw))),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// The row's text as UTF-8: as it is when it is (nearly always), else each cell decoded
/// on its own as the pages' reader would (Windows-1252, or U+FFFD), with a finding.
fn decode(text: Vec<u8>, cells: Vec<CellSpan>) -> (String, Vec<CellSpan>, Vec<Diagnostic>) {
    let bytes = match String::from_utf8(text) {
        Ok(text) => return (text, cells, Vec::new()),
        Err(e) => e.into_bytes(),
    };
    let mut out = String::with_capacity(bytes.len());
    let mut spans = Vec::with_capacity(cells.len());
    let mut diagnostics = Vec::new();
    for c in cells {
        let raw = bytes.get(c.start as usize..c.end as usize).unwrap_or(&[]);
        let start = out.len();
        if let Ok(s) = std::str::from_utf8(raw) {
            out.push_str(s);
        } else {
            let decoded = crate::document::encoding::decode(raw);
            out.push_str(&decoded.text);
            if let Some(d) = decoded.diagnostics.into_iter().next() {
                diagnostics.push(Diagnostic::new(
                    d.code, d.severity, c.line, c.column, d.message,
                ));
            }
        }
        let mut span = c;
        span.start = u32::try_from(start).unwrap_or(u32::MAX);
        span.end = u32::try_from(out.len()).unwrap_or(u32::MAX);
        spans.push(span);
    }
    (out, spans, diagnostics)
}
