//! Positions in the original file: line index and line spans.

use serde::{Deserialize, Serialize};

/// A range of lines in the original file, 1-based and inclusive.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct LineSpan {
    /// First line (1-based).
    pub start: u32,
    /// Last line (1-based, inclusive).
    pub end: u32,
}

impl LineSpan {
    /// A span of one line.
    pub fn line(line: u32) -> Self {
        Self {
            start: line,
            end: line,
        }
    }

    /// A span from `start` to `end` (inclusive); the bounds are ordered for you.
    pub fn new(start: u32, end: u32) -> Self {
        Self {
            start: start.min(end),
            end: start.max(end),
        }
    }
}

/// Maps byte offsets in the decoded, LF-normalised text to 1-based lines and columns.
///
/// Decoding never adds or removes line breaks, so a line here is the same line in
/// the original file; columns count characters.
#[derive(Clone, Debug, Default)]
pub(crate) struct LineIndex {
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Self { starts }
    }

    /// 1-based line of a byte offset (offsets past the end map to the last line).
    pub(crate) fn line(&self, offset: usize) -> u32 {
        let idx = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        u32::try_from(idx + 1).unwrap_or(u32::MAX)
    }

    /// 1-based line and character column of a byte offset in `text`.
    pub(crate) fn position(&self, text: &str, offset: usize) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.line_start(line);
        let offset = offset.min(text.len());
        let column = text
            .get(start..offset)
            .map_or(offset.saturating_sub(start), |s| s.chars().count());
        (line, u32::try_from(column + 1).unwrap_or(u32::MAX))
    }

    /// Byte offset where 1-based `line` starts (the end of the text for lines past it).
    pub(crate) fn line_start(&self, line: u32) -> usize {
        let idx = (line as usize).saturating_sub(1);
        self.starts
            .get(idx)
            .copied()
            .unwrap_or_else(|| self.starts.last().copied().unwrap_or(0))
    }

    /// Number of lines.
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// The span of lines covered by the byte range `start..end` (end exclusive).
    pub(crate) fn span(&self, start: usize, end: usize) -> LineSpan {
        let last = if end > start { end - 1 } else { start };
        LineSpan::new(self.line(start), self.line(last))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let text = "ab\nçé\n\nz";
        let idx = LineIndex::new(text);
        assert_eq!(idx.len(), 4);
        assert_eq!(idx.position(text, 0), (1, 1));
        assert_eq!(idx.position(text, 2), (1, 3));
        assert_eq!(idx.position(text, 3), (2, 1));
        // "é" starts after the two-byte "ç": column 2.
        assert_eq!(idx.position(text, 5), (2, 2));
        assert_eq!(idx.position(text, 8), (3, 1));
        assert_eq!(idx.position(text, 9), (4, 1));
        assert_eq!(idx.position(text, 999), (4, 2));
        assert_eq!(idx.span(0, 4), LineSpan::new(1, 2));
        assert_eq!(idx.span(3, 3), LineSpan::line(2));
    }
}
