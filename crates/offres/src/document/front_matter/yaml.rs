//! YAML front matter, read with serde-saphyr under budgets.
//!
//! serde-saphyr was chosen as a security decision (see TOOLCHAIN.md): it refuses alias
//! bombs and pathological nesting quickly, with a line and column.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, DuplicateKeyPolicy, Location, NonFiniteFloatPolicy, Options, Spanned};

use super::scalar::{core_value, key_difference, value_difference, written};
use super::value::{Value, ValueVisitor, last_wins};
use super::{Field, FieldSet, assign_raw_ranges};
use crate::diagnostic::{Diagnostic, quote};
use crate::document::span::LineIndex;
use crate::error::{Error, ErrorKind};

/// Front matter larger than this is refused before parsing: no real page comes close.
pub(crate) const MAX_FRONT_MATTER_BYTES: usize = 1 << 20;

/// YAML limits an implicit (`key: value`) key to 1,024 characters.
const MAX_IMPLICIT_KEY_CHARS: usize = 1024;

fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = 32;
    budget.max_aliases = 256;
    budget.max_anchors = 256;
    budget.max_nodes = 50_000;
    budget.max_events = 200_000;
    budget.max_documents = 1;
    budget.max_total_scalar_bytes = MAX_FRONT_MATTER_BYTES;
    budget.max_recorded_anchor_events = 5_000;
    budget.max_recorded_anchor_bytes = MAX_FRONT_MATTER_BYTES;
    let mut options = Options::default();
    options.budget = Some(budget);
    // Duplicates reach our visitor, which keeps the last and reports the first.
    options.duplicate_keys = DuplicateKeyPolicy::PassThrough;
    // YAML 1.2 booleans only; the scalars serde-saphyr types are typed again from their
    // text by `scalar::core_value`, so that one rule holds whichever reader ran.
    options.strict_booleans = true;
    options.underscored_numbers_as_strings = true;
    // `.inf` and `.nan` are floats, never a reason to refuse a page.
    options.non_finite_float_policy = NonFiniteFloatPolicy::PassThrough;
    options
}

/// A node as serde-saphyr reads it, each with where it is written.
enum Raw {
    /// A scalar serde-saphyr typed (null, boolean, number): typed again from its text.
    Typed(Value),
    /// A scalar read as text (quoted, block, or plain text).
    Text(String),
    List(Vec<Spanned<Raw>>),
    Map(Vec<(Spanned<Raw>, Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct RawVisitor;
        impl<'de> Visitor<'de> for RawVisitor {
            type Value = Raw;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any front matter value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
                Ok(Raw::Typed(Value::Bool(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
                Ok(Raw::Typed(Value::Integer(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Raw, E> {
                ValueVisitor.visit_u64(v).map(Raw::Typed)
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Raw, E> {
                ValueVisitor.visit_i128(v).map(Raw::Typed)
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Raw, E> {
                ValueVisitor.visit_u128(v).map(Raw::Typed)
            }
            fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
                Ok(Raw::Typed(Value::Float(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
                Ok(Raw::Text(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Raw, E> {
                Ok(Raw::Text(v))
            }
            fn visit_char<E>(self, v: char) -> Result<Raw, E> {
                Ok(Raw::Text(v.to_string()))
            }
            fn visit_bytes<E>(self, v: &[u8]) -> Result<Raw, E> {
                Ok(Raw::Text(String::from_utf8_lossy(v).into_owned()))
            }
            fn visit_none<E>(self) -> Result<Raw, E> {
                Ok(Raw::Typed(Value::Null))
            }
            fn visit_unit<E>(self) -> Result<Raw, E> {
                Ok(Raw::Typed(Value::Null))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
                d.deserialize_any(self)
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
                d.deserialize_any(self)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Raw::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key()? {
                    entries.push((key, map.next_value()?));
                }
                Ok(Raw::Map(entries))
            }
        }
        d.deserialize_any(RawVisitor)
    }
}

/// Reads the top-level entries and types each as it comes: holding every entry as
/// serde-saphyr gives it (a node and two places for each key and value) until the end cost
/// more memory than the fields.
struct Entries<'t, 'a, 'd> {
    typer: &'t mut Typer<'a, 'd>,
    fields: &'t mut FieldSet,
}

impl<'de> DeserializeSeed<'de> for Entries<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Entries<'_, '_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of keys to values")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<Spanned<Raw>>()? {
            let value: Spanned<Raw> = map.next_value()?;
            self.fields.push(self.typer.entry(key, value));
        }
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(de::Error::custom(NOT_A_MAP_LIST))
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(E::custom(NOT_A_MAP_SCALAR))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(E::custom(NOT_A_MAP_SCALAR))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(E::custom(NOT_A_MAP_SCALAR))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(E::custom(NOT_A_MAP_SCALAR))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(E::custom(NOT_A_MAP_SCALAR))
    }
}

const NOT_A_MAP_LIST: &str = "offres-internal-not-a-map-list";
const NOT_A_MAP_SCALAR: &str = "offres-internal-not-a-map-scalar";

/// Read YAML `content`, which starts at byte `base` of `text`: by the fast path when the
/// YAML is plain, by serde-saphyr otherwise. Both give the same fields and diagnostics
/// (checked by `tests/yaml_fast_path.rs` and a fuzz target).
pub(crate) fn read(
    content: &str,
    base: usize,
    lines: &LineIndex,
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(Vec<Field>, super::Shadowed), Error> {
    let (first_line, _) = lines.position(text, base);
    let (mut fields, dropped) = match super::yaml_fast::read(content, first_line, diagnostics) {
        Some(read) => read,
        None => read_entries(content, first_line, diagnostics)?,
    };
    let shadowed = assign_raw_ranges(&mut fields, base..base + content.len(), lines, &dropped);
    Ok((fields, shadowed))
}

/// Read YAML `content`, whose first line is line `first_line` of the file, with
/// serde-saphyr: what the fast path gives up on. The fields, and the lines of the
/// entries a duplicate replaced; raw ranges are not assigned.
pub(crate) fn read_entries(
    content: &str,
    first_line: u32,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<super::ReadFields, Error> {
    let to_file_line = |line: u64| {
        first_line.saturating_add(u32::try_from(line).unwrap_or(u32::MAX).saturating_sub(1))
    };
    if content.len() > MAX_FRONT_MATTER_BYTES {
        return Err(Error::new(ErrorKind::YamlBudget {
            message: format!(
                "{} bytes, over the limit of {MAX_FRONT_MATTER_BYTES}",
                content.len()
            ),
            quoted: quote(content.lines().next().unwrap_or("")),
        })
        .at(first_line, 1));
    }
    // Diagnostics are kept only once the whole front matter has read.
    let mut found = Vec::new();
    let mut typer = Typer {
        content,
        first_line,
        newlines: memchr::memchr_iter(b'\n', content.as_bytes()).collect(),
        diagnostics: &mut found,
    };
    let mut fields = FieldSet::new();
    serde_saphyr::with_deserializer_from_str_with_options(content, options(), |d| {
        Entries {
            typer: &mut typer,
            fields: &mut fields,
        }
        .deserialize(d)
    })
    .map_err(|err| convert_error(&err, content, first_line, &to_file_line))?;
    let read = fields.finish(&mut found);
    diagnostics.append(&mut found);
    Ok(read)
}

/// Whether the fast path and serde-saphyr agree on the YAML front matter `yaml` (the text
/// between the delimiters): `Ok(true)` when the fast path read it and both readers give
/// the same fields and diagnostics, `Ok(false)` when the fast path left it to
/// serde-saphyr, `Err` with both results when they differ. For tests and fuzzing.
pub(crate) fn fast_path_agrees(yaml: &str) -> Result<bool, String> {
    let mut fast_diagnostics = Vec::new();
    let Some(fast) = super::yaml_fast::read(yaml, 1, &mut fast_diagnostics) else {
        return Ok(false);
    };
    let mut slow_diagnostics = Vec::new();
    let slow = read_entries(yaml, 1, &mut slow_diagnostics);
    // Debug, not `==`: a `.nan` is equal to itself here.
    let fast = format!("{:?}", (Ok::<_, ()>(fast), fast_diagnostics));
    let slow = format!("{:?}", (slow.map_err(|e| e.to_string()), slow_diagnostics));
    if fast == slow {
        Ok(true)
    } else {
        Err(format!("fast path: {fast}\nserde-saphyr: {slow}"))
    }
}

/// Types what serde-saphyr read by our one rule (`scalar::core_value`), from the text of
/// each scalar as written, and reports YAML 1.1 differences.
struct Typer<'a, 'd> {
    content: &'a str,
    first_line: u32,
    /// Where the content's line feeds are: file lines end there, and only there.
    newlines: Vec<usize>,
    diagnostics: &'d mut Vec<Diagnostic>,
}

impl<'a> Typer<'a, '_> {
    /// A top-level entry as a field (raw range not assigned).
    fn entry(&mut self, key: Spanned<Raw>, value: Spanned<Raw>) -> Field {
        let (line, column) = self.position(&key.referenced);
        let name = self.key(key.value, &key.defined, None);
        let scalar_text = match &value.value {
            Raw::Typed(_) => self.plain_text(&value.defined, false),
            _ => None,
        };
        let value = self.value(value, &name);
        Field {
            written: scalar_text.and_then(|t| written(&value, t)),
            value,
            line,
            column,
            key: name,
            raw: None,
            section: false,
        }
    }

    /// The text of the plain, untagged scalar at `at`; `None` when it is tagged (its tag
    /// decides its type) or its place is unknown.
    /// The node's text as written when it is a plain scalar without properties. A key's
    /// properties are on its own line (an implicit key is one line long); a tag on the
    /// line before belongs to the mapping, or is text at the end of a value (`x !!v`).
    fn plain_text(&self, at: &Location, key: bool) -> Option<&'a str> {
        let span = at.span();
        let start = usize::try_from(span.byte_offset()?).ok()?;
        let len = usize::try_from(span.byte_len()?).ok()?;
        let text = self.content.get(start..start + len)?;
        if text.starts_with(['"', '\'', '|', '>', '!', '&', '*'])
            || is_tagged(self.content, start, !key)
        {
            return None;
        }
        Some(text)
    }

    /// The file line and column of `at`. From its byte offset where known: YAML also
    /// ends a line at a lone `\r`, which a file line does not, so serde-saphyr's own
    /// line numbers would put every key after one a line too low.
    fn position(&self, at: &Location) -> (u32, u32) {
        let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        if let Some(offset) = at
            .span()
            .byte_offset()
            .and_then(|o| usize::try_from(o).ok())
            .filter(|&o| self.content.is_char_boundary(o))
        {
            let index = self.newlines.partition_point(|&n| n < offset);
            let start = index.checked_sub(1).map_or(0, |i| self.newlines[i] + 1);
            let column = self.content[start..offset].chars().count() + 1;
            return (
                self.first_line.saturating_add(to_u32(index)),
                to_u32(column),
            );
        }
        let line = self.first_line.saturating_add(
            u32::try_from(at.line())
                .unwrap_or(u32::MAX)
                .saturating_sub(1),
        );
        (line, u32::try_from(at.column()).unwrap_or(1).max(1))
    }

    /// A key is its text: `on` stays `"on"`, `017` stays `"017"`, `~` stays `"~"`.
    fn key(&mut self, key: Raw, at: &Location, parent: Option<&str>) -> String {
        match key {
            Raw::Text(s) => {
                if let Some(plain) = self.plain_text(at, true).filter(|t| *t == s) {
                    let (line, column) = self.position(at);
                    self.diagnostics.extend(key_difference(plain, || {
                        (line, column, join(parent, plain))
                    }));
                }
                s
            }
            Raw::Typed(v) => match self.plain_text(at, true) {
                Some(text) => {
                    let (line, column) = self.position(at);
                    self.diagnostics
                        .extend(key_difference(text, || (line, column, join(parent, text))));
                    text.to_owned()
                }
                None => v.scalar_text().unwrap_or_default(),
            },
            // A list or map as a key (`? [a, b]`): its JSON text.
            other => self.value(Spanned::new(other, *at, *at), "").to_string(),
        }
    }

    fn value(&mut self, node: Spanned<Raw>, path: &str) -> Value {
        match node.value {
            Raw::Text(s) => {
                let value = Value::String(s);
                if let Some(text) = self
                    .plain_text(&node.defined, false)
                    .filter(|t| value.as_str() == Some(t))
                {
                    let (line, column) = self.position(&node.defined);
                    self.diagnostics.extend(value_difference(text, &value, || {
                        (line, column, path.to_owned())
                    }));
                }
                value
            }
            Raw::Typed(v) => match self.plain_text(&node.defined, false) {
                Some(text) => {
                    let value = core_value(text);
                    let (line, column) = self.position(&node.defined);
                    self.diagnostics.extend(value_difference(text, &value, || {
                        (line, column, path.to_owned())
                    }));
                    value
                }
                None => v,
            },
            Raw::List(items) => Value::List(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, item)| self.value(item, &format!("{path}[{i}]")))
                    .collect(),
            ),
            Raw::Map(entries) => {
                let mut out: Vec<(String, Value)> = Vec::with_capacity(entries.len());
                for (key, value) in entries {
                    let name = self.key(key.value, &key.defined, Some(path));
                    let value = self.value(value, &join(Some(path), &name));
                    out.push((name, value));
                }
                // Nested duplicate keys: the last wins, like at the top level.
                Value::Map(last_wins(out))
            }
        }
    }
}

/// `parent.key`, or `key` at the top.
fn join(parent: Option<&str>, key: &str) -> String {
    match parent {
        Some(p) if !p.is_empty() => format!("{p}.{key}"),
        _ => key.to_owned(),
    }
}

/// Whether the node whose text starts at byte `start` carries a tag (`!!float 017`):
/// its properties (`&anchor`, `!tag`) are the words just before it, on the lines before
/// when `across_lines`.
fn is_tagged(content: &str, start: usize, across_lines: bool) -> bool {
    let mut end = start;
    let blank: &[char] = if across_lines {
        &[' ', '\t', '\n']
    } else {
        &[' ', '\t']
    };
    for _ in 0..2 {
        let before = content[..end].trim_end_matches(blank);
        let word_start = before.rfind([' ', '\t', '\n']).map_or(0, |i| i + 1);
        match before.as_bytes().get(word_start) {
            Some(b'!') => return true,
            Some(b'&') => end = word_start,
            _ => return false,
        }
    }
    false
}

/// The first implicit key longer than YAML allows: its 0-based line in `content`, its
/// column and its length in characters.
fn overlong_key(content: &str) -> Option<(usize, usize, usize)> {
    content.lines().enumerate().find_map(|(n, line)| {
        let body = line.trim_start_matches(' ');
        let body = body.strip_prefix("- ").unwrap_or(body);
        // Cheap before counting: a key of over 1,024 characters is over 1,024 bytes.
        if body.len() <= MAX_IMPLICIT_KEY_CHARS {
            return None;
        }
        let colon = body
            .match_indices(':')
            .find(|(i, _)| body[i + 1..].is_empty() || body[i + 1..].starts_with([' ', '\t']))?
            .0;
        let chars = body[..colon].trim_end().chars().count();
        (chars > MAX_IMPLICIT_KEY_CHARS).then(|| {
            let column = line[..line.len() - body.len()].chars().count() + 1;
            (n, column, chars)
        })
    })
}

fn convert_error(
    err: &serde_saphyr::Error,
    content: &str,
    first_line: u32,
    to_file_line: &impl Fn(u64) -> u32,
) -> Error {
    let location = err.location();
    let (line, column) = location.map_or((first_line, 1), |l| {
        (
            to_file_line(l.line().max(1)),
            u32::try_from(l.column()).unwrap_or(1).max(1),
        )
    });
    let source_line = location
        .and_then(|l| {
            content
                .lines()
                .nth(usize::try_from(l.line()).unwrap_or(1).saturating_sub(1))
        })
        .or_else(|| content.lines().find(|l| !l.trim().is_empty()))
        .unwrap_or("");
    let quoted = quote(source_line);
    let mut message = match err {
        serde_saphyr::Error::Budget { breach, .. } => {
            let name = format!("{breach:?}");
            let name = name.split([' ', '{', '(']).next().unwrap_or("");
            format!("{} over budget", camel_to_words(name))
        }
        _ => err.without_snippet().to_string(),
    };
    if let Some(i) = message.find("budget breached: ") {
        let name: String = message[i + "budget breached: ".len()..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        message = format!("{} over budget", camel_to_words(&name));
    }
    // Positions are given by the error itself, in file lines: drop the block-relative ones.
    if let Some(i) = message.find(" at line ") {
        message.truncate(i);
    }
    // A key over YAML's limit reads as a lone scalar or a broken mapping: say what it is.
    let before_error = |n: usize| location.is_none_or(|l| (n as u64) < l.line().max(1));
    if let Some((n, column, chars)) = overlong_key(content).filter(|&(n, ..)| before_error(n)) {
        let line_text = content.lines().nth(n).unwrap_or("");
        return Error::new(ErrorKind::KeyTooLong {
            chars,
            limit: MAX_IMPLICIT_KEY_CHARS,
            quoted: quote(line_text),
        })
        .at(
            first_line.saturating_add(u32::try_from(n).unwrap_or(u32::MAX)),
            u32::try_from(column).unwrap_or(1),
        );
    }
    let kind = if message.contains(NOT_A_MAP_LIST) {
        ErrorKind::NotAMap {
            found: "a list",
            quoted,
        }
    } else if message.contains(NOT_A_MAP_SCALAR) {
        ErrorKind::NotAMap {
            found: "a single value",
            quoted,
        }
    } else if matches!(err, serde_saphyr::Error::Budget { .. })
        || message.contains("budget")
        || message.contains("limit exceeded")
    {
        ErrorKind::YamlBudget { message, quoted }
    } else {
        ErrorKind::YamlSyntax { message, quoted }
    };
    Error::new(kind).at(line, column)
}

/// `RecordedAnchorEvents` → "recorded anchor events".
fn camel_to_words(name: &str) -> String {
    let mut words = String::new();
    for c in name.chars() {
        if c.is_uppercase() && !words.is_empty() {
            words.push(' ');
        }
        words.extend(c.to_lowercase());
    }
    words
}
