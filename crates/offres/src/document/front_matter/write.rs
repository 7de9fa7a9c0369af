//! Writing front matter back in its own flavour.

use std::fmt::Write as _;

use super::value::Value;
use super::{FrontMatter, FrontMatterFormat};
use crate::error::{Error, ErrorKind};

pub(crate) fn write(fm: &FrontMatter, text: &str, out: &mut String) -> Result<(), Error> {
    match fm.format {
        FrontMatterFormat::Yaml => {
            write_yaml(fm, text, out);
            Ok(())
        }
        FrontMatterFormat::Toml => write_toml(fm, out),
        FrontMatterFormat::Json => write_json(fm, out),
    }
}

fn write_yaml(fm: &FrontMatter, text: &str, out: &mut String) {
    out.push_str(fm.opener.as_deref().unwrap_or("---"));
    out.push('\n');
    // Comments and blank lines before the first key stay where they were.
    if let Some(preamble) = fm
        .first_entry
        .and_then(|first| text.get(fm.content.start..first))
    {
        out.push_str(preamble);
    }
    for field in &fm.fields {
        if let Some(raw) = field.raw.as_ref().and_then(|r| text.get(r.clone())) {
            out.push_str(raw);
            if !raw.ends_with('\n') {
                out.push('\n');
            }
        } else {
            write_yaml_key(&field.key, out);
            out.push(':');
            write_yaml_value(&field.value, 0, out);
            out.push('\n');
        }
    }
    out.push_str(fm.closer.as_deref().unwrap_or("---"));
    out.push('\n');
}

fn write_yaml_key(key: &str, out: &mut String) {
    if is_plain_safe(key) {
        out.push_str(key);
    } else {
        write_json_string(key, out);
    }
}

/// Write `value` after a `key:` (or `-`) at nesting `indent`.
fn write_yaml_value(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Null => {}
        Value::List(items) if !items.is_empty() => {
            for item in items {
                out.push('\n');
                push_indent(indent, out);
                out.push('-');
                match item {
                    Value::Map(entries) if !entries.is_empty() => {
                        // `- key: value` with the following keys aligned under the first.
                        for (n, (k, v)) in entries.iter().enumerate() {
                            if n == 0 {
                                out.push(' ');
                            } else {
                                out.push('\n');
                                push_indent(indent + 2, out);
                            }
                            write_yaml_key(k, out);
                            out.push(':');
                            write_yaml_value(v, indent + 4, out);
                        }
                    }
                    _ => write_yaml_value(item, indent + 2, out),
                }
            }
        }
        Value::Map(entries) if !entries.is_empty() => {
            for (k, v) in entries {
                out.push('\n');
                push_indent(indent + 2, out);
                write_yaml_key(k, out);
                out.push(':');
                write_yaml_value(v, indent + 2, out);
            }
        }
        Value::List(_) => out.push_str(" []"),
        Value::Map(_) => out.push_str(" {}"),
        scalar => {
            out.push(' ');
            write_scalar(scalar, out);
        }
    }
}

fn push_indent(n: usize, out: &mut String) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn write_scalar(value: &Value, out: &mut String) {
    match value {
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Float(f) if f.is_finite() => {
            let _ = write!(out, "{f:?}");
        }
        Value::Float(f) if f.is_nan() => out.push_str(".nan"),
        Value::Float(f) => out.push_str(if *f > 0.0 { ".inf" } else { "-.inf" }),
        Value::String(s) if is_plain_safe(s) => out.push_str(s),
        Value::String(s) => write_json_string(s, out),
        Value::Null | Value::List(_) | Value::Map(_) => out.push_str("null"),
    }
}

/// Whether a string can be written as a YAML plain scalar and read back as the same string.
fn is_plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if s.trim() != s
        || "-?:,[]{}#&*!|>'\"%@`".contains(first)
        || s.contains(": ")
        || s.contains(" #")
        || s.ends_with(':')
        || s.chars().any(|c| c.is_control() || c == '\u{feff}')
    {
        return false;
    }
    // Anything a YAML reader would turn into another type must be quoted.
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null" | "~"
    ) {
        return false;
    }
    let numeric = s.replace('_', "").parse::<f64>().is_ok();
    !(numeric
        || lower.starts_with("0x")
        || lower.starts_with("0o")
        || lower.starts_with(".inf")
        || lower == ".nan")
}

fn write_json_string(s: &str, out: &mut String) {
    match serde_json::to_string(s) {
        Ok(quoted) => out.push_str(&quoted),
        Err(_) => out.push_str("\"\""),
    }
}

fn write_toml(fm: &FrontMatter, out: &mut String) -> Result<(), Error> {
    out.push_str("+++\n");
    for field in &fm.fields {
        write_toml_key(&field.key, out);
        out.push_str(" = ");
        write_toml_value(&field.key, &field.value, out)?;
        out.push('\n');
    }
    out.push_str("+++\n");
    Ok(())
}

fn write_toml_key(key: &str, out: &mut String) {
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

fn write_toml_value(key: &str, value: &Value, out: &mut String) -> Result<(), Error> {
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
                write_toml_value(key, item, out)?;
            }
            out.push(']');
        }
        Value::Map(entries) => {
            out.push('{');
            for (n, (k, v)) in entries.iter().enumerate() {
                out.push_str(if n > 0 { ", " } else { " " });
                write_toml_key(k, out);
                out.push_str(" = ");
                write_toml_value(k, v, out)?;
            }
            out.push_str(if entries.is_empty() { "}" } else { " }" });
        }
        scalar => write_scalar(scalar, out),
    }
    Ok(())
}

fn write_json(fm: &FrontMatter, out: &mut String) -> Result<(), Error> {
    let map = Value::Map(
        fm.fields
            .iter()
            .map(|f| (f.key.clone(), f.value.clone()))
            .collect(),
    );
    let json = serde_json::to_string_pretty(&map).map_err(|e| {
        Error::new(ErrorKind::Serialize {
            format: "JSON",
            message: e.to_string(),
        })
    })?;
    out.push_str(&json);
    out.push('\n');
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_safety() {
        for ok in ["Développeur", "Paris 2020", "a.b@c.fr", "2020-07-21", "x"] {
            assert!(is_plain_safe(ok), "{ok}");
        }
        for bad in [
            "", " x", "true", "No", "12", "1.5", "- x", "a: b", "a #b", "#x", "'q", "x:",
        ] {
            assert!(!is_plain_safe(bad), "{bad}");
        }
    }
}
