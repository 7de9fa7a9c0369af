//! Front matter: finding it at the top of a page and reading it into ordered raw fields.
//!
//! Three flavours are recognised, as static site generators write them: YAML between
//! `---` lines (closed by `---` or `...`), TOML between `+++` lines, and a JSON object
//! at the very top. Real pages are messy, so a few recoveries are made, each reported
//! as a [`Diagnostic`]: blank or junk lines before the opening `---`, a missing opening
//! `---`, a missing closing delimiter.

mod json;
mod split;
mod toml;
pub(crate) mod value;
mod write;
mod yaml;

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use self::value::Value;
use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::document::span::{LineIndex, LineSpan};
use crate::error::Error;

pub(crate) use self::split::split;

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
    /// 1-based line of the key in the original file.
    pub line: u32,
    /// 1-based column of the key in the original file.
    pub column: u32,
    /// Byte range of the whole entry in the decoded text; `None` once edited.
    #[serde(skip)]
    pub(crate) raw: Option<Range<usize>>,
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
            field.raw = None;
            return Some(std::mem::replace(&mut field.value, value));
        }
        self.fields.push(Field {
            key,
            value,
            line: 0,
            column: 0,
            raw: None,
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

    /// Write the front matter, delimiters included, in its own flavour.
    ///
    /// Untouched entries are copied from `text` (the decoded page they were read
    /// from) so comments and layout survive; edited ones are written fresh.
    pub(crate) fn write(&self, text: &str, out: &mut String) -> Result<(), Error> {
        write::write(self, text, out)
    }
}

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
    /// The front matter was guessed (no opener, no closer): if it does not read, it is body.
    pub(crate) tentative: bool,
}

/// Read the located front matter into fields.
pub(crate) fn read(
    text: &str,
    located: Located,
    lines: &LineIndex,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<FrontMatter, Error> {
    let content = &text[located.content.clone()];
    let mut first_key = None;
    let mut fields = match located.format {
        FrontMatterFormat::Yaml => {
            let (fields, first) =
                yaml::read(content, located.content.start, lines, text, diagnostics)?;
            first_key = first;
            fields
        }
        FrontMatterFormat::Toml => toml::read(content, located.content.start, lines, text)?,
        FrontMatterFormat::Json => {
            json::read(content, located.content.start, lines, text, diagnostics)?
        }
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
    let first_entry = first_key.or_else(|| {
        fields
            .iter()
            .filter_map(|f| f.raw.as_ref().map(|r| r.start))
            .min()
    });
    Ok(FrontMatter {
        first_entry,
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

/// Keep the last entry of each key, in source order, and report the earlier ones.
///
/// One pass with a map: a page with 100k keys must not cost 100k² comparisons.
pub(crate) fn dedupe_fields(fields: Vec<Field>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Field> {
    let mut kept: Vec<Option<Field>> = Vec::with_capacity(fields.len());
    let mut index: HashMap<String, usize> = HashMap::with_capacity(fields.len());
    for field in fields {
        if let Some(idx) = index.insert(field.key.clone(), kept.len())
            && let Some(previous) = kept[idx].take()
        {
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
        }
        kept.push(Some(field));
    }
    kept.into_iter().flatten().collect()
}

/// Give each field the byte range of its entry: from its key's line to the next key's line.
pub(crate) fn assign_raw_ranges(fields: &mut [Field], content: Range<usize>, lines: &LineIndex) {
    let mut starts: Vec<(usize, usize)> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| (lines.line_start(f.line).max(content.start), i))
        .collect();
    starts.sort_unstable();
    for (n, &(start, i)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(content.end, |&(s, _)| s);
        fields[i].raw = Some(start..end.max(start));
    }
}
