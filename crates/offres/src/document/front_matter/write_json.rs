//! Writing JSON front matter: untouched members as written, edited ones in place.

use std::collections::HashMap;

use super::json::{Member, scan};
use super::value::Value;
use super::write::Mode;
use super::{Field, FrontMatter};
use crate::error::{Error, ErrorKind};

fn to_json(value: &impl serde::Serialize, pretty: bool) -> Result<String, Error> {
    let json = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    json.map_err(|e| {
        Error::new(ErrorKind::Serialize {
            format: "JSON",
            message: e.to_string(),
        })
    })
}

pub(crate) fn write(
    fm: &FrontMatter,
    text: &str,
    mode: Mode,
    out: &mut String,
) -> Result<(), Error> {
    let content = text.get(fm.content.clone()).unwrap_or("");
    let object = scan(content).filter(|_| mode == Mode::Surgery);
    let Some(object) = object else {
        let map = Value::Map(
            fm.fields
                .iter()
                .map(|f| (f.key.clone(), f.value.clone()))
                .collect(),
        );
        out.push_str(&to_json(&map, true)?);
        return Ok(());
    };
    let members = &object.members;
    let multiline = content.contains('\n');
    let fields: HashMap<&str, &Field> = fm.fields.iter().map(|f| (f.key.as_str(), f)).collect();
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (i, m) in members.iter().enumerate() {
        last.insert(m.key.as_str(), i);
    }
    let mut pieces: Vec<String> = Vec::with_capacity(fm.fields.len());
    for (i, member) in members.iter().enumerate() {
        let Some(field) = fields.get(member.key.as_str()) else {
            continue; // removed
        };
        let untouched = field.raw.is_some();
        if last[member.key.as_str()] != i {
            // A value a later duplicate replaced: it goes with the first edit of its key.
            if untouched {
                pieces.push(content[member.start..member.end].to_owned());
            }
            continue;
        }
        if untouched {
            pieces.push(content[member.start..member.end].to_owned());
        } else {
            pieces.push(fresh(content, member, field, multiline)?);
        }
    }
    let template = members.first();
    for field in &fm.fields {
        if !last.contains_key(field.key.as_str()) {
            let piece = match template {
                Some(m) => fresh(content, m, field, multiline)?,
                None => format!(
                    "{}: {}",
                    to_json(&field.key, false)?,
                    to_json(&field.value, false)?
                ),
            };
            pieces.push(piece);
        }
    }
    let (Some(first), Some(end)) = (members.first(), members.last()) else {
        out.push_str(&content[..=object.open]);
        out.push_str(&pieces.join(", "));
        out.push_str(&content[object.close..]);
        return Ok(());
    };
    if pieces.is_empty() {
        out.push_str(&content[..=object.open]);
        out.push_str(&content[object.close..]);
        return Ok(());
    }
    let separator = match members.get(1) {
        Some(second) => content[first.end..second.start].to_owned(),
        None if multiline => format!(",\n{}", indentation(content, first.start)),
        None => ", ".to_owned(),
    };
    out.push_str(&content[..first.start]);
    out.push_str(&pieces.join(&separator));
    out.push_str(&content[end.end..]);
    Ok(())
}

/// The spaces before `at` on its line.
fn indentation(content: &str, at: usize) -> &str {
    let line_start = content[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &content[line_start..at];
    &before[..before.len() - before.trim_start().len()]
}

/// `"key": value` for `field`, laid out like `like` (its colon spacing, its indentation).
fn fresh(content: &str, like: &Member, field: &Field, multiline: bool) -> Result<String, Error> {
    let head = &content[like.start..like.value];
    let colon = head.rfind(':').unwrap_or(0);
    let key_end = head[..colon].rfind('"').map_or(colon, |i| i + 1);
    let mut piece = to_json(&field.key, false)?;
    piece.push_str(&head[key_end..]);
    let nested = matches!(&field.value, Value::List(l) if !l.is_empty())
        || matches!(&field.value, Value::Map(m) if !m.is_empty());
    let value = to_json(&field.value, multiline && nested)?;
    let indent = indentation(content, like.start);
    for (n, line) in value.split('\n').enumerate() {
        if n > 0 {
            piece.push('\n');
            piece.push_str(indent);
        }
        piece.push_str(line);
    }
    Ok(piece)
}
