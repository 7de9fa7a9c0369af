//! JSON front matter (a JSON object at the top of the page, as Hugo reads it).

use super::value::Value;
use super::{Field, FieldSet};
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
) -> Result<(Vec<Field>, super::Shadowed), Error> {
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
        None => return Ok((Vec::new(), Vec::new())),
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
    if !matches!(value, Value::Map(_)) {
        return Err(Error::new(ErrorKind::NotAMap {
            found: value.kind_name(),
            quoted: quote(content.lines().next().unwrap_or("")),
        })
        .at(first_line, 1));
    }
    let object = scan(content).ok_or_else(|| {
        Error::new(ErrorKind::JsonSyntax {
            message: "the object could not be followed".to_owned(),
            quoted: quote(content.lines().next().unwrap_or("")),
        })
        .at(first_line, 1)
    })?;
    // Positions counted on from one member to the next: a minified object is one line.
    let (mut line, mut column) = lines.position(text, base);
    let mut at = 0;
    let mut fields = FieldSet::new();
    for member in &object.members {
        for c in content[at..member.start].chars() {
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        at = member.start;
        let value: Value = serde_json::from_str(&content[member.value..member.end])?;
        let field = Field {
            key: member.key.clone(),
            value,
            written: None,
            line,
            column,
            raw: Some(base + member.start..base + member.end),
            section: false,
        };
        fields.push(field);
    }
    // Duplicated members are kept or cut by the JSON writer itself.
    Ok((fields.finish(diagnostics).0, Vec::new()))
}

/// A top-level member of a JSON object: its key, and byte offsets (in the object's
/// text) of the key's opening quote, of the value, and of the end of the value.
#[derive(Debug)]
pub(crate) struct Member {
    pub(crate) key: String,
    pub(crate) start: usize,
    pub(crate) value: usize,
    pub(crate) end: usize,
}

/// A JSON object's members and where its braces are.
#[derive(Debug)]
pub(crate) struct Object {
    pub(crate) open: usize,
    pub(crate) close: usize,
    pub(crate) members: Vec<Member>,
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while bytes
        .get(i)
        .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        i += 1;
    }
    i
}

/// The members of the JSON object at the start of `content` (in one pass: each value is
/// skipped by serde_json), or `None` when it is not one.
pub(crate) fn scan(content: &str) -> Option<Object> {
    let bytes = content.as_bytes();
    let open = skip_space(bytes, 0);
    if bytes.get(open) != Some(&b'{') {
        return None;
    }
    let mut members = Vec::new();
    let mut i = open + 1;
    loop {
        i = skip_space(bytes, i);
        if bytes.get(i) == Some(&b'}') && members.is_empty() {
            return Some(Object {
                open,
                close: i,
                members,
            });
        }
        if bytes.get(i) != Some(&b'"') {
            return None;
        }
        let start = i;
        i += 1;
        while *bytes.get(i)? != b'"' {
            i += if bytes[i] == b'\\' { 2 } else { 1 };
        }
        let key: String = serde_json::from_str(content.get(start..=i)?).ok()?;
        i = skip_space(bytes, i + 1);
        if bytes.get(i) != Some(&b':') {
            return None;
        }
        let value = skip_space(bytes, i + 1);
        let mut skip = serde_json::Deserializer::from_str(content.get(value..)?)
            .into_iter::<serde::de::IgnoredAny>();
        skip.next()?.ok()?;
        let end = value + skip.byte_offset();
        members.push(Member {
            key,
            start,
            value,
            end,
        });
        i = skip_space(bytes, end);
        match bytes.get(i)? {
            b',' => i += 1,
            b'}' => {
                return Some(Object {
                    open,
                    close: i,
                    members,
                });
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_of_the_top_level_object_only() {
        let json = "{\n  \"a\": {\"b\": 1},\n  \"c\": [\"d\", {\"e\": 2}],\n  \"f\\\"g\": 3\n}";
        let object = scan(json).unwrap();
        let keys: Vec<&str> = object.members.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["a", "c", "f\"g"]);
        let m = &object.members[1];
        assert_eq!(&json[m.start..m.end], "\"c\": [\"d\", {\"e\": 2}]");
        assert_eq!(&json[m.value..m.end], "[\"d\", {\"e\": 2}]");
        assert_eq!((object.open, object.close), (0, json.len() - 1));
        assert!(scan("{}").unwrap().members.is_empty());
        assert!(scan("[1]").is_none());
    }
}
