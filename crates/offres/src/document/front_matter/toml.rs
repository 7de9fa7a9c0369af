//! TOML front matter (Hugo's `+++`).

use std::fmt;

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};

use super::value::{Key, Value};
use super::{Field, assign_raw_ranges};
use crate::diagnostic::quote;
use crate::document::span::LineIndex;
use crate::error::{Error, ErrorKind};

struct Entries(Vec<(toml::Spanned<Key>, Value)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a table")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<toml::Spanned<Key>>()? {
                    entries.push((key, map.next_value::<Value>()?));
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(EntriesVisitor)
    }
}

/// Read TOML `content`, which starts at byte `base` of `text`.
pub(crate) fn read(
    content: &str,
    base: usize,
    lines: &LineIndex,
    text: &str,
) -> Result<(Vec<Field>, super::Shadowed), Error> {
    if content.len() > super::yaml::MAX_FRONT_MATTER_BYTES {
        let (line, column) = lines.position(text, base);
        return Err(Error::new(ErrorKind::TomlSyntax {
            message: "the front matter is too large".to_owned(),
            quoted: quote(content.lines().next().unwrap_or("")),
        })
        .at(line, column));
    }
    let entries: Entries = toml::from_str(content).map_err(|err| {
        let offset = err.span().map_or(0, |s| s.start.min(content.len()));
        let (line, column) = lines.position(text, base + offset);
        let line_start = content[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = content[offset..]
            .find('\n')
            .map_or(content.len(), |i| offset + i);
        Error::new(ErrorKind::TomlSyntax {
            message: err.message().trim().to_owned(),
            quoted: quote(&content[line_start..line_end]),
        })
        .at(line, column)
    })?;
    let mut fields = Vec::with_capacity(entries.0.len());
    // TOML forbids duplicate keys: the parser has refused them already.
    for (key, value) in entries.0 {
        let (line, column) = lines.position(text, base + key.span().start.min(content.len()));
        let field = Field {
            key: key.into_inner().0,
            value,
            written: None,
            line,
            column,
            raw: None,
            section: false,
        };
        fields.push(field);
    }
    assign_raw_ranges(&mut fields, base..base + content.len(), lines, &[]);
    for field in &mut fields {
        field.section = field
            .raw
            .as_ref()
            .and_then(|r| text.get(r.clone()))
            .is_some_and(|raw| raw.trim_start().starts_with('['));
    }
    Ok((fields, Vec::new()))
}
