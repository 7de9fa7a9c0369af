//! Where a fact came from, so a user can see why the parser believes it.

use serde::{Deserialize, Serialize};

/// The part of the page a fact was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A front matter key.
    FrontMatter,
    /// The body of the page.
    Body,
    /// A cell of a table (a national offers file): `row` and `column` say which.
    Table,
}

/// Where one fact was read: a front matter key or a span of body lines.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Source {
    /// Front matter or body.
    pub origin: SourceKind,
    /// The front matter key, for facts read from the front matter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// First line (1-based) in the original file.
    pub line: u32,
    /// Last line (1-based, inclusive).
    pub end_line: u32,
    /// For a table: the row (1-based, the header row not counted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// For a table: the column (1-based); `key` holds its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
}

impl Source {
    /// A fact read from the front matter key `key` on `line`.
    pub fn key(key: impl Into<String>, line: u32) -> Self {
        Self {
            origin: SourceKind::FrontMatter,
            key: Some(key.into()),
            line,
            end_line: line,
            row: None,
            column: None,
        }
    }

    /// A fact read from body lines `line..=end_line`.
    pub fn body(line: u32, end_line: u32) -> Self {
        Self {
            origin: SourceKind::Body,
            key: None,
            line,
            end_line: end_line.max(line),
            row: None,
            column: None,
        }
    }

    /// A fact read from the cell of `row` (1-based, header not counted) and `column`
    /// (1-based, named `key`) of a table whose row starts on file line `line`.
    pub fn cell(key: impl Into<String>, row: u32, column: u32, line: u32, end_line: u32) -> Self {
        Self {
            origin: SourceKind::Table,
            key: Some(key.into()),
            line,
            end_line: end_line.max(line),
            row: Some(row),
            column: Some(column),
        }
    }
}
