//! Non-fatal findings attached to a parse result.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How much a [`Diagnostic`] matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something was noticed and handled; nothing was lost.
    Info,
    /// The page is unusual or was repaired; check the result.
    Warning,
    /// Part of the page could not be understood; it is kept raw.
    Error,
}

impl Severity {
    /// The stable lower-case name (`info`, `warning`, `error`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! diagnostic_codes {
    ($($(#[doc = $doc:literal])* $variant:ident => $code:literal,)*) => {
        /// The stable code of a [`Diagnostic`]: what kind of finding it is.
        ///
        /// Codes are snake_case strings that never change meaning once published;
        /// match on them in tools rather than on messages.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum DiagnosticCode {
            $($(#[doc = $doc])* $variant,)*
        }

        impl DiagnosticCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)*];

            /// The stable snake_case string of this code.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)*
                }
            }
        }
    };
}

diagnostic_codes! {
    /// The file was not UTF-8 and was decoded as Windows-1252 (a superset of Latin-1).
    LegacyEncoding => "legacy_encoding",
    /// The file was UTF-16 with a byte order mark and was decoded.
    Utf16 => "utf16",
    /// Bytes that no encoding could explain were replaced by U+FFFD.
    InvalidBytes => "invalid_bytes",
    /// UTF-8 text that had been wrongly decoded as a legacy code page was repaired.
    EncodingRepaired => "encoding_repaired",
    /// The file mixes CRLF and LF line ends.
    MixedLineEndings => "mixed_line_endings",
    /// Lines before the opening front matter delimiter were skipped.
    JunkBeforeFrontMatter => "junk_before_front_matter",
    /// The front matter had no opening `---`; it was recognised by its closing one.
    MissingFrontMatterOpener => "missing_front_matter_opener",
    /// The front matter was opened but never closed. When the rest of the file reads as
    /// front matter it was read so; otherwise the whole page was read as body, and the
    /// message says where the front matter seems to end, where a closer is missing.
    UnclosedFrontMatter => "unclosed_front_matter",
    /// The front matter opener names a language that is not read (`---js`): its text is
    /// kept as written, never run, and left out of the body.
    UnsupportedFrontMatterLanguage => "unsupported_front_matter_language",
    /// The same key appears twice; the last value is kept.
    DuplicateKey => "duplicate_key",
    /// A value looks like a date but is not a valid one; it is kept as written.
    MalformedDate => "malformed_date",
    /// The front matter is empty.
    EmptyFrontMatter => "empty_front_matter",
    /// A plain YAML scalar that a YAML 1.1 reader (Jekyll's, PyYAML) would type otherwise:
    /// `yes` (true in 1.1, text in 1.2), `017` (15 in 1.1, 17 in 1.2), `1_000`, `10:00`.
    /// It is read by YAML 1.2, the rule documented for every front matter value.
    Yaml11Typing => "yaml11_typing",
    /// A value could not be typed by the model; it is kept raw.
    UntypedValue => "untyped_value",
    /// Two sources on the page disagree about one fact.
    Conflict => "conflict",
    /// A front matter key is not known to any dialect; it is kept as an extra.
    UnknownKey => "unknown_key",
    /// A ritual was found but its schedule could not be read.
    UnscheduledRitual => "unscheduled_ritual",
    /// An export had to leave out a property that its target requires.
    MissingForExport => "missing_for_export",
    /// The page gives no evidence of being a posting, a team or an organisation.
    Unclassified => "unclassified",
    /// A quote inside a table cell that neither opens nor closes it; kept as a character.
    StrayQuote => "stray_quote",
    /// A quoted table cell that is never closed; the cell was read to the end of its line.
    UnclosedQuote => "unclosed_quote",
    /// A table row with fewer or more cells than its header: missing cells are empty,
    /// extra ones kept raw.
    CellCount => "cell_count",
    /// A table cell longer than the reader keeps; the rest of it was skipped.
    CellTooLong => "cell_too_long",
    /// A column of a national offers file that its format's table does not know; its
    /// cells are kept raw as extras.
    UnknownColumn => "unknown_column",
}

impl fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A non-fatal finding: where it is, what kind it is, and what was done.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Diagnostic {
    /// The stable code of the finding.
    pub code: DiagnosticCode,
    /// How much it matters.
    pub severity: Severity,
    /// 1-based line in the original file (0 when the finding is about the whole file).
    pub line: u32,
    /// 1-based column, in characters, in the original file (0 when unknown).
    pub column: u32,
    /// The front matter key path the finding is about, if any (`contact`, `tags[2]`); for a
    /// table, the column's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// For a table (a national offers file): the row (1-based, the header not counted).
    /// `line` and `column` then give the cell's place in the file, `path` its column's
    /// name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// A human message that quotes the text concerned.
    pub message: String,
}

impl Diagnostic {
    /// A new diagnostic at `line`:`column` (1-based).
    pub fn new(
        code: DiagnosticCode,
        severity: Severity,
        line: u32,
        column: u32,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code,
            severity,
            line,
            column,
            path: None,
            row: None,
            message: message.into(),
        }
    }

    /// The same diagnostic about the front matter key `path`.
    #[must_use]
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// The same diagnostic about the cell of table row `row` in the column named `column`.
    #[must_use]
    pub fn at_cell(mut self, row: u32, column: impl Into<String>) -> Self {
        self.row = Some(row);
        self.path = Some(column.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    /// `line:col: severity: code: message`, the tail of the format editors understand.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}: {}",
            self.line, self.column, self.severity, self.code, self.message
        )
    }
}

/// Quote a piece of input for a message: trimmed, at most 60 characters, in double quotes.
pub(crate) fn quote(text: &str) -> String {
    const MAX: usize = 60;
    let text = text.trim();
    let mut out = String::with_capacity(text.len().min(MAX * 4) + 2);
    out.push('"');
    let mut chars = text.chars();
    for c in chars.by_ref().take(MAX) {
        match c {
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                use fmt::Write;
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    if chars.next().is_some() {
        out.push('…');
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for code in DiagnosticCode::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(
                s.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
            );
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{s}\""));
        }
    }

    #[test]
    fn quote_truncates_and_escapes() {
        assert_eq!(quote("  a\"b\n "), "\"a\\\"b\"");
        let long = "é".repeat(100);
        let q = quote(&long);
        assert_eq!(q.chars().count(), 60 + 3);
        assert!(q.ends_with("…\""));
    }
}
