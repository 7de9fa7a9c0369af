//! Writing TOML front matter: untouched entries as written, edited ones in their form.
//!
//! TOML's layout has one rule an edit must keep: plain `key = value` entries come before
//! the first `[table]` section (after it they would belong to that table). So an entry
//! keeps its place and its form (a `[params]` section stays a section); a new plain
//! entry goes before the first section, a new table after the last one.

use super::value::Value;
use super::write::{Mode, push_entry, write_json_string, write_scalar};
use super::{Field, FrontMatter};
use crate::error::{Error, ErrorKind};

pub(crate) fn write(
    fm: &FrontMatter,
    text: &str,
    mode: Mode,
    out: &mut String,
) -> Result<(), Error> {
    // `head`: the preamble and plain entries; `tail`: the sections, in order.
    let mut head = String::new();
    let mut tail = String::new();
    let mut in_sections = false;
    if let Some(preamble) = fm
        .first_entry
        .filter(|_| mode == Mode::Surgery)
        .and_then(|first| text.get(fm.content.start..first))
    {
        head.push_str(preamble);
    }
    for field in &fm.fields {
        let raw = field
            .raw
            .as_ref()
            .and_then(|r| text.get(r.clone()))
            .filter(|_| mode == Mode::Surgery);
        match raw {
            Some(raw) if field.section || in_sections => {
                in_sections = true;
                push_entry(raw, &mut tail);
            }
            Some(raw) => push_entry(raw, &mut head),
            None => match &field.value {
                Value::Map(entries) if mode == Mode::Surgery && (field.section || in_sections) => {
                    in_sections = true;
                    write_section(field, entries, &mut tail)?;
                }
                value => {
                    let mut line = String::new();
                    write_key(&field.key, &mut line);
                    line.push_str(" = ");
                    write_value(&field.key, value, &mut line)?;
                    line.push('\n');
                    insert_plain(&mut head, &line);
                }
            },
        }
    }
    out.push_str(&head);
    push_entry(&tail, out);
    Ok(())
}

/// Add a plain entry at the end of the plain entries, before the blank lines that
/// separate them from the first section.
fn insert_plain(head: &mut String, line: &str) {
    if !head.is_empty() && !head.ends_with('\n') {
        head.push('\n');
    }
    let at = if head.ends_with("\n\n") {
        head.trim_end_matches('\n').len() + 1
    } else {
        head.len()
    };
    head.insert_str(at, line);
}

/// `[key]` and its entries, nested tables inline.
fn write_section(
    field: &Field,
    entries: &[(String, Value)],
    tail: &mut String,
) -> Result<(), Error> {
    if !tail.is_empty() && !tail.ends_with("\n\n") {
        push_entry("\n", tail);
    }
    tail.push('[');
    write_key(&field.key, tail);
    tail.push_str("]\n");
    for (key, value) in entries {
        write_key(key, tail);
        tail.push_str(" = ");
        write_value(key, value, tail)?;
        tail.push('\n');
    }
    Ok(())
}

fn write_key(key: &str, out: &mut String) {
    if !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        out.push_str(key);
    } else {
        write_json_string(key, out);
    }
}

fn write_value(key: &str, value: &Value, out: &mut String) -> Result<(), Error> {
    match value {
        Value::Null => {
            return Err(Error::new(ErrorKind::Serialize {
                format: "TOML",
                message: format!("TOML has no null value, so key `{key}` cannot be written"),
            })
            .with_path(key.to_owned()));
        }
        Value::Float(f) if f.is_nan() => out.push_str("nan"),
        Value::Float(f) if f.is_infinite() => out.push_str(if *f > 0.0 { "inf" } else { "-inf" }),
        Value::String(s) if crate::text::dates::is_toml_datetime(s) => out.push_str(s),
        // TOML basic strings accept JSON's escapes.
        Value::String(s) => write_json_string(s, out),
        Value::List(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push_str(", ");
                }
                write_value(key, item, out)?;
            }
            out.push(']');
        }
        Value::Map(entries) => {
            out.push('{');
            for (n, (k, v)) in entries.iter().enumerate() {
                out.push_str(if n > 0 { ", " } else { " " });
                write_key(k, out);
                out.push_str(" = ");
                write_value(k, v, out)?;
            }
            out.push_str(if entries.is_empty() { "}" } else { " }" });
        }
        scalar => write_scalar(scalar, out),
    }
    Ok(())
}
