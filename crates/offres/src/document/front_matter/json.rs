//! JSON front matter (a JSON object at the top of the page, as Hugo reads it).

use super::value::Value;
use super::{Field, push_field};
use crate::diagnostic::{Diagnostic, quote};
use crate::document::span::LineIndex;
use crate::error::{Error, ErrorKind};

/// Read the JSON object `content`, which starts at byte `base` of `text`. Between
/// delimiters (`---json`), nothing may follow the object.
pub(crate) fn read(
    content: &str,
    base: usize,
    lines: &LineIndex,
    text: &str,
    delimited: bool,
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
    let after = stream.byte_offset();
    if delimited && let Some(extra) = content.get(after..).filter(|t| !t.trim().is_empty()) {
        let offset = after + (extra.len() - extra.trim_start().len());
        let (line, column) = lines.position(text, base + offset);
        return Err(Error::new(ErrorKind::JsonSyntax {
            message: "text after the JSON object".to_owned(),
            quoted: quote(extra.trim().lines().next().unwrap_or("")),
        })
        .at(line, column));
    }
    let Value::Map(entries) = value else {
        return Err(Error::new(ErrorKind::NotAMap {
            found: value.kind_name(),
            quoted: quote(content.lines().next().unwrap_or("")),
        })
        .at(first_line, 1));
    };
    let positions = key_positions(content);
    let mut fields = Vec::with_capacity(entries.len());
    for (key, value) in entries {
        let offset = positions
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(0, |(_, o)| *o);
        let (line, column) = lines.position(text, base + offset);
        push_field(
            &mut fields,
            Field {
                key,
                value,
                written: None,
                line,
                column,
                raw: None,
            },
            diagnostics,
        );
    }
    Ok(fields)
}

/// Byte offsets of the top-level keys of a JSON object, scanning strings and nesting.
///
/// serde_json keeps no positions, and JSON front matter is small: one linear scan is cheap.
fn key_positions(content: &str) -> Vec<(String, usize)> {
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
        let keys: Vec<String> = key_positions(json).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a", "c", "f\"g"]);
    }
}
