//! The one error type of the library.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Why a page could not be read at all.
///
/// Only what makes a page unreadable is an `Error`; everything else is a
/// [`Diagnostic`](crate::Diagnostic) attached to the result. The kind of error is
/// private so it can grow; match on [`code()`](Self::code), a stable snake_case
/// string.
///
/// ```
/// let err = offres::Document::parse(b"---\ntitle: [unclosed\n---\nbody\n").unwrap_err();
/// assert_eq!(err.code(), "yaml_syntax");
/// assert_eq!(err.line(), Some(2));
/// ```
#[derive(Debug)]
pub struct Error {
    kind: Box<ErrorKind>,
    line: Option<u32>,
    column: Option<u32>,
    path: Option<String>,
    file: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum ErrorKind {
    #[error("cannot read the file: {0}")]
    Io(#[source] std::io::Error),
    #[error("the input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("invalid YAML front matter: {message} at {quoted}")]
    YamlSyntax { message: String, quoted: String },
    #[error("the YAML front matter is too large or too deeply nested ({message}) at {quoted}")]
    YamlBudget { message: String, quoted: String },
    #[error("invalid TOML front matter: {message} at {quoted}")]
    TomlSyntax { message: String, quoted: String },
    #[error("invalid JSON front matter: {message} at {quoted}")]
    JsonSyntax { message: String, quoted: String },
    #[error(
        "a key of {chars} characters, over YAML's limit of {limit} for a `key: value` key (shorten it, or quote it and use `? key`) at {quoted}"
    )]
    KeyTooLong {
        chars: usize,
        limit: usize,
        quoted: String,
    },
    #[error("invalid JSON offers file: {message}")]
    OffersJson { message: String },
    #[error(
        "not a national offers file: {found} is neither a known header of the open-data or \
         back-office export nor a JSON array of offers"
    )]
    UnknownFormat { found: String },
    #[error("the front matter must be a map of keys to values, found {found} at {quoted}")]
    NotAMap { found: &'static str, quoted: String },
    #[error("invalid {format}: {message}")]
    Deserialize {
        format: &'static str,
        message: String,
    },
    #[error("cannot serialise as {format}: {message}")]
    Serialize {
        format: &'static str,
        message: String,
    },
    #[error("{reason}")]
    RewriteRefused { reason: String },
}

impl ErrorKind {
    fn code(&self) -> &'static str {
        match self {
            Self::Io(_) => "io",
            Self::TooLarge { .. } => "too_large",
            Self::YamlSyntax { .. } => "yaml_syntax",
            Self::YamlBudget { .. } => "yaml_budget",
            Self::TomlSyntax { .. } => "toml_syntax",
            Self::JsonSyntax { .. } | Self::OffersJson { .. } => "json_syntax",
            Self::KeyTooLong { .. } => "key_too_long",
            Self::UnknownFormat { .. } => "unknown_format",
            Self::NotAMap { .. } => "front_matter_not_a_map",
            Self::Deserialize { .. } => "deserialize",
            Self::Serialize { .. } => "serialize",
            Self::RewriteRefused { .. } => "rewrite_refused",
        }
    }
}

/// Every error code, for documentation and bindings.
pub const ERROR_CODES: &[&str] = &[
    "io",
    "too_large",
    "yaml_syntax",
    "yaml_budget",
    "toml_syntax",
    "json_syntax",
    "key_too_long",
    "unknown_format",
    "front_matter_not_a_map",
    "deserialize",
    "serialize",
    "rewrite_refused",
];

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Self {
            kind: Box::new(kind),
            line: None,
            column: None,
            path: None,
            file: None,
        }
    }

    pub(crate) fn at(mut self, line: u32, column: u32) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    pub(crate) fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The same error, about the file at `file` (used in messages and by the CLI).
    #[must_use]
    pub fn with_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.file = Some(file.into());
        self
    }

    /// The stable snake_case code of this error (`yaml_syntax`, `too_large`…).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The 1-based line in the original file, where the error has a place.
    pub fn line(&self) -> Option<u32> {
        self.line
    }

    /// The 1-based column (in characters) in the original file, where the error has a place.
    pub fn column(&self) -> Option<u32> {
        self.column
    }

    /// The front matter key path (`contact`, `tags[1]`) where there is one.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The file the error is about, when the page was read from one.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// The message alone, without location.
    pub fn message(&self) -> String {
        self.kind.to_string()
    }

    /// The error as plain data, for JSON output and the bindings.
    ///
    /// ```
    /// let err = offres::Document::parse(b"---\ntitle: [unclosed\n---\nbody\n").unwrap_err();
    /// let report = err.report();
    /// assert_eq!((report.code.as_str(), report.line), ("yaml_syntax", Some(2)));
    /// ```
    pub fn report(&self) -> ErrorReport {
        ErrorReport {
            code: self.code().to_owned(),
            message: self.message(),
            line: self.line,
            column: self.column,
            path: self.path.clone(),
            file: self.file.as_ref().map(|f| f.display().to_string()),
        }
    }
}

/// An error as plain data: what the CLI prints as JSON and what the bindings raise
/// (see [`Error::report`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct ErrorReport {
    /// The stable snake_case code (`yaml_syntax`, `too_large`…), one of `ERROR_CODES`.
    #[cfg_attr(feature = "schemars", schemars(schema_with = "error_code_schema"))]
    pub code: String,
    /// The message alone, without location.
    pub message: String,
    /// The 1-based line in the original file, where the error has a place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The 1-based column (in characters) in the original file, where the error has a place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// The front matter key path (`contact`, `tags[1]`) where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The file the error is about, when the page was read from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

// Built from `ERROR_CODES` so the schema cannot drift from the codes the library emits.
#[cfg(feature = "schemars")]
fn error_code_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "string",
        "enum": ERROR_CODES,
    })
}

impl fmt::Display for Error {
    /// `file:line:col: code: message`, leaving out the parts that are unknown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{}:", file.display())?;
        }
        if let Some(line) = self.line {
            write!(f, "{line}:{}:", self.column.unwrap_or(1))?;
        }
        if self.file.is_some() || self.line.is_some() {
            f.write_str(" ")?;
        }
        write!(f, "{}: {}", self.code(), self.kind)?;
        if let Some(path) = &self.path {
            write!(f, " (key `{path}`)")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&*self.kind)
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Self::new(ErrorKind::Io(err))
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        let line = u32::try_from(err.line()).unwrap_or(0);
        let column = u32::try_from(err.column()).unwrap_or(0);
        let e = Self::new(ErrorKind::Deserialize {
            format: "JSON",
            message: err.to_string(),
        });
        if line > 0 { e.at(line, column) } else { e }
    }
}
