//! Front matter: finding it at the top of a page and reading it into ordered raw fields.
//!
//! Three flavours are recognised, as static site generators write them: YAML between
//! `---` lines (closed by `---` or `...`), TOML between `+++` lines, and a JSON object
//! at the very top. Real pages are messy, so a few recoveries are made, each reported
//! as a [`Diagnostic`]: blank or junk lines before the opening `---`, a missing opening
//! `---`, a missing closing delimiter.

mod json;
mod scalar;
mod split;
mod toml;
pub(crate) mod value;
mod write;
mod write_json;
mod write_toml;
mod yaml;
mod yaml_fast;

use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use self::value::Value;
use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::document::span::{LineIndex, LineSpan};
use crate::error::Error;

pub(crate) use self::split::split;
pub(crate) use self::yaml::fast_path_agrees;

/// The syntax of a page's front matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FrontMatterFormat {
    /// YAML between `---` lines.
    Yaml,
    /// TOML between `+++` lines.
    Toml,
    /// A JSON object at the top of the page.
    Json,
}

impl FrontMatterFormat {
    /// The name of the format, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Self::Yaml => "YAML",
            Self::Toml => "TOML",
            Self::Json => "JSON",
        }
    }
}

/// One top-level front matter entry: its key, its raw value, and where it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Field {
    /// The key as written.
    pub key: String,
    /// The value, typed only as far as the front matter format types it.
    pub value: Value,
    /// The scalar value exactly as written, when the value printed would not give it
    /// back: `017` (read as 17), `0.10` (0.1), `1e3` (1000.0), `~` (null), `True`,
    /// `.Inf`. `None` for text (its value is its text), lists and maps, values written
    /// as they print (`true`, `3`, `0.5`), and edited values. Only top-level values have
    /// it: a nested scalar's text is in the entry's lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<String>,
    /// 1-based line of the key in the original file.
    pub line: u32,
    /// 1-based column of the key in the original file.
    pub column: u32,
    /// Byte range of the whole entry in the decoded text; `None` once edited.
    #[serde(skip)]
    pub(crate) raw: Option<Range<usize>>,
    /// A TOML table written as a `[section]`: an edit keeps that form.
    #[serde(skip)]
    pub(crate) section: bool,
}

/// The front matter of a page: its flavour, its fields in source order, and where it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct FrontMatter {
    /// The flavour: YAML, TOML or JSON.
    format: FrontMatterFormat,
    /// The lines of the front matter, delimiters included.
    span: LineSpan,
    /// The top-level entries in source order (for a duplicated key, the last one written).
    fields: Vec<Field>,
    /// Byte range of the content between the delimiters, in the decoded text.
    #[serde(skip)]
    content: Range<usize>,
    #[serde(skip)]
    pub(crate) opener: Option<String>,
    #[serde(skip)]
    pub(crate) closer: Option<String>,
    #[serde(skip)]
    edited: bool,
    /// Where the first entry started when read: what lies before it is kept as written.
    #[serde(skip)]
    pub(crate) first_entry: Option<usize>,
    /// Entries a later duplicate of their key replaced: key and text range. Kept as
    /// written while their key is untouched, cut out once it is edited or removed.
    #[serde(skip)]
    pub(crate) shadowed: Vec<(String, Range<usize>)>,
    /// Where each edited entry was written, by key: the blank and comment lines that
    /// ended it are kept after the new entry.
    #[serde(skip)]
    pub(crate) was: Vec<(String, Range<usize>)>,
    /// The whole front matter, delimiters included, in the text it was read from;
    /// `None` for one built from scratch (or given to another document).
    #[serde(skip)]
    pub(crate) range: Option<Range<usize>>,
}

impl FrontMatter {
    /// An empty front matter of the given flavour, for pages built from scratch.
    pub fn new(format: FrontMatterFormat) -> Self {
        let (opener, closer) = match format {
            FrontMatterFormat::Yaml => (Some("---".to_owned()), Some("---".to_owned())),
            FrontMatterFormat::Toml => (Some("+++".to_owned()), Some("+++".to_owned())),
            FrontMatterFormat::Json => (None, None),
        };
        Self {
            format,
            span: LineSpan::default(),
            fields: Vec::new(),
            content: 0..0,
            opener,
            closer,
            edited: true,
            first_entry: None,
            shadowed: Vec::new(),
            was: Vec::new(),
            range: None,
        }
    }

    /// The flavour of the front matter.
    pub fn format(&self) -> FrontMatterFormat {
        self.format
    }

    /// The lines of the front matter, delimiters included.
    pub fn span(&self) -> LineSpan {
        self.span
    }

    /// The fields, in source order (for a duplicated key, the last one written).
    pub fn fields(&self) -> &[Field] {
        &self.fields
    }

    /// The field named `key`, if any.
    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The value of `key`, if any.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.field(key).map(|f| &f.value)
    }

    /// Whether there are no fields.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// Set `key` to `value`, in place when the key exists, at the end otherwise.
    /// Returns the previous value.
    pub fn set(&mut self, key: impl Into<String>, value: Value) -> Option<Value> {
        let key = key.into();
        self.edited = true;
        if let Some(field) = self.fields.iter_mut().find(|f| f.key == key) {
            if let Some(raw) = field.raw.take() {
                self.was.push((key.clone(), raw));
            }
            field.written = None;
            return Some(std::mem::replace(&mut field.value, value));
        }
        self.fields.push(Field {
            key,
            value,
            written: None,
            line: 0,
            column: 0,
            raw: None,
            section: false,
        });
        None
    }

    /// Remove `key`; returns its value if it was there.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let idx = self.fields.iter().position(|f| f.key == key)?;
        self.edited = true;
        Some(self.fields.remove(idx).value)
    }

    /// Whether the front matter was changed since it was parsed.
    pub fn is_edited(&self) -> bool {
        self.edited
    }

    /// Write the front matter, delimiters included, in its own flavour, with what comes
    /// before it on the page.
    ///
    /// Untouched entries are copied from `text` (the decoded page they were read
    /// from) so comments and layout survive, edited ones are written fresh; with
    /// `fresh`, every entry is.
    pub(crate) fn write(&self, text: &str, fresh: bool, out: &mut String) -> Result<(), Error> {
        let mode = if fresh {
            write::Mode::Fresh
        } else {
            write::Mode::Surgery
        };
        write::write(self, text, mode, out)
    }

    /// Write the entries alone (no delimiters, nothing around them): untouched ones as
    /// written unless `fresh`, for `export::rewrite`, which sets its own delimiters.
    pub(crate) fn write_entries(
        &self,
        text: &str,
        fresh: bool,
        out: &mut String,
    ) -> Result<(), Error> {
        let mode = if fresh {
            write::Mode::Fresh
        } else {
            write::Mode::Surgery
        };
        write::write_entries(self, text, mode, out)
    }

    /// Forget the text this front matter was read from, for use in another document:
    /// every entry will be written afresh.
    pub(crate) fn detach(&mut self) {
        for field in &mut self.fields {
            field.raw = None;
        }
        self.was.clear();
        self.range = None;
        self.first_entry = None;
        self.shadowed.clear();
        self.content = 0..0;
        self.edited = true;
    }
}

/// Find and read the front matter of `text`: the front matter, if any, and where the
/// body starts. Recoveries and what could not be read are reported in `diagnostics`.
pub(crate) fn find(
    text: &str,
    lines: &LineIndex,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(Option<FrontMatter>, usize), Error> {
    let Some(located) = split(text, lines, diagnostics) else {
        return Ok((None, 0));
    };
    let (line, column) = lines.position(text, located.range.start);
    if let Some(language) = &located.unsupported {
        let last = lines.line(located.range.end.saturating_sub(1).max(located.range.start));
        diagnostics.push(Diagnostic::new(
            DiagnosticCode::UnsupportedFrontMatterLanguage,
            Severity::Warning,
            line,
            column,
            format!(
                "the front matter (lines {line} to {last}) is in {}, which is not read (only YAML, TOML and JSON are) and never run: it is kept as written and left out of the body",
                quote(language)
            ),
        ));
        return Ok((None, located.range.end));
    }
    let opened = located.opener.clone().filter(|_| located.closer.is_none());
    let (tentative, range, format) = (located.tentative, located.range.clone(), located.format);
    let mut fm_diagnostics = Vec::new();
    match read(text, located, lines, &mut fm_diagnostics) {
        Ok(fm) => {
            if let Some(opener) = opened {
                diagnostics.push(Diagnostic::new(
                    DiagnosticCode::UnclosedFrontMatter,
                    Severity::Warning,
                    line,
                    column,
                    format!(
                        "the front matter opened on line {line} with {} is never closed: the whole rest of the file was read as front matter",
                        quote(&opener)
                    ),
                ));
            }
            diagnostics.append(&mut fm_diagnostics);
            Ok((Some(fm), range.end))
        }
        // A guess that does not read was body text after all.
        Err(_) if tentative => {
            diagnostics.retain(|d| {
                d.code != DiagnosticCode::MissingFrontMatterOpener
                    && d.code != DiagnosticCode::JunkBeforeFrontMatter
            });
            // But an opener with no closer is never passed over in silence: say where
            // the front matter seems to end, where the closer is missing.
            if let Some(opener) = opened {
                let why = split::likely_end(text, range.start, lines);
                diagnostics.push(Diagnostic::new(
                    DiagnosticCode::UnclosedFrontMatter,
                    Severity::Warning,
                    line,
                    column,
                    format!(
                        "the front matter opened on line {line} with {} is never closed, and the rest of the page is not {}: the whole page was read as body. The front matter seems to end {why}: close it there with {}",
                        quote(&opener),
                        format.name(),
                        quote(split::closer_for(&opener)),
                    ),
                ));
            }
            Ok((None, 0))
        }
        Err(err) => Err(err),
    }
}

/// Entries a later duplicate replaced, by key, with their text range.
pub(crate) type Shadowed = Vec<(String, Range<usize>)>;

/// Fields as read, and the line and key of each entry a later duplicate replaced.
pub(crate) type ReadFields = (Vec<Field>, Vec<(u32, String)>);

/// Where the front matter was found, before it is read.
#[derive(Debug)]
pub(crate) struct Located {
    pub(crate) format: FrontMatterFormat,
    /// The whole front matter, delimiters and their line ends included.
    pub(crate) range: Range<usize>,
    /// What lies between the delimiters.
    pub(crate) content: Range<usize>,
    pub(crate) opener: Option<String>,
    pub(crate) closer: Option<String>,
    /// The front matter was guessed (no opener, or no closer): if it does not read, it
    /// is body.
    pub(crate) tentative: bool,
    /// The language named by a `---lang` opener when it is not one that is read.
    pub(crate) unsupported: Option<String>,
}

/// Read the located front matter into fields.
pub(crate) fn read(
    text: &str,
    located: Located,
    lines: &LineIndex,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<FrontMatter, Error> {
    let content = &text[located.content.clone()];
    let (mut fields, shadowed) = match located.format {
        FrontMatterFormat::Yaml => {
            yaml::read(content, located.content.start, lines, text, diagnostics)?
        }
        FrontMatterFormat::Toml => toml::read(content, located.content.start, lines, text)?,
        FrontMatterFormat::Json => json::read(
            content,
            located.content.start,
            lines,
            text,
            located.opener.is_some(),
            diagnostics,
        )?,
    };
    if fields.is_empty() && located.format != FrontMatterFormat::Json {
        let (line, column) = lines.position(text, located.range.start);
        diagnostics.push(Diagnostic::new(
            DiagnosticCode::EmptyFrontMatter,
            Severity::Info,
            line,
            column,
            "the front matter has no keys",
        ));
    }
    for f in &fields {
        check_dates(f, diagnostics);
    }
    fields.shrink_to_fit();
    let first_entry = fields
        .iter()
        .filter_map(|f| f.raw.as_ref().map(|r| r.start))
        .min();
    Ok(FrontMatter {
        first_entry,
        shadowed,
        was: Vec::new(),
        range: Some(located.range.clone()),
        format: located.format,
        span: lines.span(located.range.start, located.range.end),
        fields,
        content: located.content,
        opener: located.opener,
        closer: located.closer,
        edited: false,
    })
}

/// Flag values that look like dates but are not valid ones; they stay as written.
fn check_dates(field: &Field, diagnostics: &mut Vec<Diagnostic>) {
    let Value::String(s) = &field.value else {
        return;
    };
    if crate::text::dates::looks_like_date(s) && crate::text::dates::parse_date_text(s).is_none() {
        diagnostics.push(
            Diagnostic::new(
                DiagnosticCode::MalformedDate,
                Severity::Warning,
                field.line,
                field.column,
                format!(
                    "{} looks like a date but is not a valid one; kept as written",
                    quote(s)
                ),
            )
            .with_path(field.key.clone()),
        );
    }
}

/// Fields as they are read: the last entry of each key is kept in its place, the earlier
/// ones are reported. Duplicates are found once all are in, by sorting indices by key:
/// a search per key was quadratic on a front matter of 100,000 keys, and a map of every
/// key cost more memory than the fields themselves.
pub(crate) struct FieldSet {
    fields: Vec<Field>,
}

impl FieldSet {
    pub(crate) fn new() -> Self {
        Self { fields: Vec::new() }
    }

    pub(crate) fn push(&mut self, field: Field) {
        self.fields.push(field);
    }

    /// Every field pushed so far, duplicates included.
    pub(crate) fn as_slice(&self) -> &[Field] {
        &self.fields
    }

    /// The fields kept, in source order, and the line and key of each entry a later one
    /// replaced; a diagnostic for each, in the order the replacing entries come.
    pub(crate) fn finish(mut self, diagnostics: &mut Vec<Diagnostic>) -> ReadFields {
        let fields = &self.fields;
        let mut order: Vec<u32> = (0..u32::try_from(fields.len()).unwrap_or(u32::MAX)).collect();
        // Stable: entries of one key stay in source order.
        order.sort_by(|&a, &b| fields[a as usize].key.cmp(&fields[b as usize].key));
        // (replacing entry, replaced entry), both as indices in `fields`.
        let mut replaced: Vec<(usize, usize)> = order
            .windows(2)
            .map(|w| (w[0] as usize, w[1] as usize))
            .filter(|&(a, b)| fields[a].key == fields[b].key)
            .map(|(earlier, later)| (later, earlier))
            .collect();
        drop(order);
        if replaced.is_empty() {
            return (self.fields, Vec::new());
        }
        replaced.sort_unstable();
        let mut keep = vec![true; fields.len()];
        let mut dropped = Vec::with_capacity(replaced.len());
        for &(later, earlier) in &replaced {
            let (field, previous) = (&fields[later], &fields[earlier]);
            diagnostics.push(
                Diagnostic::new(
                    DiagnosticCode::DuplicateKey,
                    Severity::Warning,
                    field.line,
                    field.column,
                    format!(
                        "key {} appears again (first on line {}): the value {} replaces {}",
                        quote(&field.key),
                        previous.line,
                        quote(&field.value.to_string()),
                        quote(&previous.value.to_string()),
                    ),
                )
                .with_path(field.key.clone()),
            );
            keep[earlier] = false;
            dropped.push((previous.line, previous.key.clone()));
        }
        let mut keep = keep.into_iter();
        self.fields.retain(|_| keep.next().unwrap_or(true));
        (self.fields, dropped)
    }
}

/// Give each field the byte range of its entry: from its key's line to the next key's
/// line. `dropped` are the lines and keys of entries a later duplicate replaced; their
/// text stays inside the entry before them (or the preamble), and their own ranges are
/// returned, so that the writer can cut them out once their key is edited.
pub(crate) fn assign_raw_ranges(
    fields: &mut [Field],
    content: Range<usize>,
    lines: &LineIndex,
    dropped: &[(u32, String)],
) -> Shadowed {
    let at = |line: u32| lines.line_start(line).max(content.start);
    let mut starts: Vec<(usize, usize)> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| (at(f.line), i))
        .collect();
    starts.sort_unstable();
    for (n, &(start, i)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(content.end, |&(s, _)| s);
        fields[i].raw = Some(start..end.max(start));
    }
    let mut every: Vec<usize> = starts.iter().map(|&(s, _)| s).collect();
    every.extend(dropped.iter().map(|&(line, _)| at(line)));
    every.sort_unstable();
    dropped
        .iter()
        .map(|(line, key)| {
            let start = at(*line);
            let end = every
                .get(every.partition_point(|&s| s <= start))
                .copied()
                .unwrap_or(content.end);
            (key.clone(), start..end)
        })
        .collect()
}
