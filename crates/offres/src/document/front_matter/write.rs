//! Writing front matter back in its own flavour.

use std::fmt::Write as _;

use super::value::Value;
use super::{FrontMatter, FrontMatterFormat};
use crate::error::Error;

/// How entries are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Untouched entries copied as written, edited ones written afresh.
    Surgery,
    /// Every entry written afresh (what is around them is still copied).
    Fresh,
}

/// Write the front matter and everything before it on the page: the page's text up to
/// the first entry as written, the entries, then the closer as written. One built from
/// scratch gets the flavour's delimiters.
pub(crate) fn write(
    fm: &FrontMatter,
    text: &str,
    mode: Mode,
    out: &mut String,
) -> Result<(), Error> {
    let source = fm
        .range
        .clone()
        .filter(|r| r.end <= text.len() && fm.content.end <= r.end && r.start <= fm.content.start);
    let mode = if source.is_some() { mode } else { Mode::Fresh };
    if source.is_some() {
        out.push_str(&text[..fm.content.start]);
    } else if let Some(opener) = &fm.opener {
        out.push_str(opener);
        out.push('\n');
    }
    write_entries(fm, text, mode, out)?;
    match &source {
        Some(range) => {
            let closing = &text[fm.content.end..range.end];
            // A closer line starts on a line of its own.
            if fm.closer.is_some() && !out.ends_with('\n') && !out.is_empty() {
                out.push('\n');
            }
            out.push_str(closing);
        }
        None => {
            if let Some(closer) = &fm.closer {
                push_entry(closer, out);
                out.push('\n');
            } else if fm.format == FrontMatterFormat::Json {
                out.push('\n');
            }
        }
    }
    Ok(())
}

/// Write the entries alone, without delimiters or what surrounds them.
pub(crate) fn write_entries(
    fm: &FrontMatter,
    text: &str,
    mode: Mode,
    out: &mut String,
) -> Result<(), Error> {
    match fm.format {
        FrontMatterFormat::Yaml => write_yaml(fm, text, mode, out),
        FrontMatterFormat::Toml => super::write_toml::write(fm, text, mode, out)?,
        FrontMatterFormat::Json => super::write_json::write(fm, text, mode, out)?,
    }
    Ok(())
}

/// Push `text[range]` as written, less the entries `stale` (entries a duplicate replaced,
/// whose key was edited or removed: no reader saw them, and left they would bring the
/// old value back).
pub(super) fn copy(
    text: &str,
    range: std::ops::Range<usize>,
    stale: &[std::ops::Range<usize>],
    out: &mut String,
) {
    let mut at = range.start;
    for cut in stale
        .iter()
        .filter(|c| c.start >= range.start && c.end <= range.end)
    {
        out.push_str(&text[at..cut.start.max(at)]);
        at = at.max(cut.end);
    }
    out.push_str(&text[at..range.end]);
}

/// The entries a duplicate replaced whose key is no longer as read.
pub(super) fn stale(fm: &FrontMatter) -> Vec<std::ops::Range<usize>> {
    let mut stale: Vec<std::ops::Range<usize>> = fm
        .shadowed
        .iter()
        .filter(|(key, _)| fm.field(key).is_none_or(|f| f.raw.is_none()))
        .map(|(_, range)| range.clone())
        .collect();
    stale.sort_unstable_by_key(|r| r.start);
    stale
}

/// Append `raw` (an entry as written) so that what comes next starts on a new line.
pub(super) fn push_entry(raw: &str, out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(raw);
}

fn write_yaml(fm: &FrontMatter, text: &str, mode: Mode, out: &mut String) {
    let stale = stale(fm);
    // Entries indented as a whole (` a: 1`) take new ones at that indentation: at the
    // margin they would not read as the same map.
    let margin = fm
        .first_entry
        .and_then(|f| text.get(f..))
        .map_or("", |rest| {
            &rest[..rest.len() - rest.trim_start_matches(' ').len()]
        });
    // Comments and blank lines before the first key stay where they were.
    if let Some(first) = fm
        .first_entry
        .filter(|&f| text.get(fm.content.start..f).is_some())
    {
        copy(text, fm.content.start..first, &stale, out);
    }
    for field in &fm.fields {
        match field
            .raw
            .as_ref()
            .filter(|r| text.get((*r).clone()).is_some())
        {
            Some(raw) if mode == Mode::Surgery => {
                let mut entry = String::new();
                copy(text, raw.clone(), &stale, &mut entry);
                push_entry(&entry, out);
            }
            raw => {
                push_entry("", out);
                let mut entry = String::new();
                write_yaml_key(&field.key, &mut entry);
                entry.push(':');
                write_yaml_value(&field.value, 0, &mut entry);
                entry.push('\n');
                for line in entry.split_inclusive('\n') {
                    if line != "\n" {
                        out.push_str(margin);
                    }
                    out.push_str(line);
                }
                // Blank and comment lines after the entry are not its value: kept.
                if let Some(was) = raw
                    .or_else(|| fm.was.iter().find(|(k, _)| *k == field.key).map(|(_, r)| r))
                    .and_then(|r| text.get(r.clone()))
                {
                    out.push_str(trailing_lines(was));
                }
            }
        }
    }
}

/// The blank lines and margin comments that end an entry's text (after its last line
/// with content), which belong to no value.
fn trailing_lines(entry: &str) -> &str {
    let mut start = entry.len();
    for line in entry.split_inclusive('\n').rev() {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        if trimmed.trim().is_empty() || trimmed.starts_with('#') {
            start -= line.len();
        } else {
            break;
        }
    }
    // The entry's first line is its key: never trailing.
    let first = entry.find('\n').map_or(entry.len(), |i| i + 1);
    &entry[start.max(first)..]
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

pub(super) fn write_scalar(value: &Value, out: &mut String) {
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
    // A key starts its line, where "---" and "..." mark a document's start and end.
    if s.trim() != s
        || s.starts_with("...")
        || "-?:,[]{}#&*!|>'\"%@`".contains(first)
        || s.contains(": ")
        || s.contains(" #")
        || s.ends_with(':')
        || s.chars()
            .any(|c| c.is_control() || matches!(c, '\u{feff}' | '\u{fffe}' | '\u{ffff}'))
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

pub(super) fn write_json_string(s: &str, out: &mut String) {
    match serde_json::to_string(s) {
        Ok(quoted) => {
            // JSON leaves DEL, C1 controls, line and paragraph separators, the BOM and
            // the two noncharacters YAML does not print as they are; a YAML reader
            // refuses or reads them otherwise, so they are escaped (`\uXXXX` reads the
            // same in YAML, TOML and JSON).
            for c in quoted.chars() {
                if matches!(
                    c,
                    '\u{7f}'
                        ..='\u{9f}'
                            | '\u{2028}'
                            | '\u{2029}'
                            | '\u{feff}'
                            | '\u{fffe}'
                            | '\u{ffff}'
                ) {
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                } else {
                    out.push(c);
                }
            }
        }
        Err(_) => out.push_str("\"\""),
    }
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
            "", " x", "true", "No", "12", "1.5", "- x", "a: b", "a #b", "#x", "'q", "x:", "... x",
            "...", "---",
        ] {
            assert!(!is_plain_safe(bad), "{bad}");
        }
    }
}
