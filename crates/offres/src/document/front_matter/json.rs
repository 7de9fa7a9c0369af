//! JSON front matter (a JSON object at the top of the page, as Hugo reads it).

use super::value::Value;
use std::collections::HashMap;

use super::{Field, dedupe_fields};
use crate::diagnostic::{Diagnostic, quote};
use crate::document::span::LineIndex;
use crate::error::{Error, ErrorKind};

/// Read the JSON object `content`, which starts at byte `base` of `text`.
pub(crate) fn read(
    content: &str,
    base: usize,
    lines: &LineIndex,
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<Field>, Error> {
    let (first_line, _) = lines.position(text, base);
    let mut stream = serde_json::Deserializer::from_str(content).into_iter::<Value>();
    let value = match stream.next() {
        Some(Ok(value)) => value,
        Some(Err(err)) => {
            let line = first_line + u32::try_from(err.line()).unwrap_or(1).saturating_sub(1);
            let source_line = content
                .lines()
                .nth(err.line().saturating_sub(1))
                .unwrap_or("");
            let message = err.to_string();
            let message = message
                .split(" at line ")
                .next()
                .unwrap_or(&message)
                .to_owned();
            return Err(Error::new(ErrorKind::JsonSyntax {
                message,
                quoted: quote(source_line),
            })
            .at(line, u32::try_from(err.column()).unwrap_or(1).max(1)));
        }
        None => Value::Map(Vec::new()),
    };
    let Value::Map(entries) = value else {
        return Err(Error::new(ErrorKind::NotAMap {
            found: value.kind_name(),
            quoted: quote(content.lines().next().unwrap_or("")),
        })
        .at(first_line, 1));
    };
    let positions = key_positions(content, base, lines, text);
    let mut fields = Vec::with_capacity(entries.len());
    for (key, value) in entries {
        let (line, column) = positions
            .get(key.as_str())
            .copied()
            .unwrap_or_else(|| lines.position(text, base));
        fields.push(Field {
            key,
            value,
            line,
            column,
            raw: None,
        });
    }
    Ok(dedupe_fields(fields, diagnostics))
}

/// Line and column of the first occurrence of each top-level key.
///
/// Keys come in source order, so each column is counted on from the previous key's on the
/// same line: a minified object is one long line, and counting from its start for every
/// key would be quadratic.
fn key_positions(
    content: &str,
    base: usize,
    lines: &LineIndex,
    text: &str,
) -> HashMap<String, (u32, u32)> {
    let mut out = HashMap::new();
    let mut cursor: Option<(usize, u32, u32)> = None;
    for (key, offset) in key_offsets(content) {
        let at = base + offset;
        let (line, column) = match cursor {
            Some((from, line, column)) if lines.line(at) == line => {
                let more = text.get(from..at).map_or(0, |s| s.chars().count());
                (
                    line,
                    column.saturating_add(u32::try_from(more).unwrap_or(u32::MAX)),
                )
            }
            _ => lines.position(text, at),
        };
        cursor = Some((at, line, column));
        out.entry(key).or_insert((line, column));
    }
    out
}

/// Byte offsets of the top-level keys of a JSON object, scanning strings and nesting.
///
/// serde_json keeps no positions, and JSON front matter is small: one linear scan is cheap.
fn key_offsets(content: &str) -> Vec<(String, usize)> {
    let bytes = content.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    let mut expect_key = false;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                depth += 1;
                expect_key = depth == 1;
            }
            b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b',' if depth == 1 => expect_key = true,
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if depth == 1 && expect_key {
                    let raw = content
                        .get(start..=i.min(bytes.len() - 1))
                        .unwrap_or("\"\"");
                    if let Ok(key) = serde_json::from_str::<String>(raw) {
                        out.push((key, start));
                    }
                    expect_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_of_top_level_keys_only() {
        let json = "{\n  \"a\": {\"b\": 1},\n  \"c\": [\"d\", {\"e\": 2}],\n  \"f\\\"g\": 3\n}";
        let keys: Vec<String> = key_offsets(json).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a", "c", "f\"g"]);
    }
}
