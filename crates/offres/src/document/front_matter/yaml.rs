//! YAML front matter, read with serde-saphyr under budgets.
//!
//! serde-saphyr was chosen as a security decision (see TOOLCHAIN.md): it refuses alias
//! bombs and pathological nesting quickly, with a line and column.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_saphyr::{Budget, DuplicateKeyPolicy, NonFiniteFloatPolicy, Options, Spanned};

use super::value::{Key, Value};
use super::{Field, assign_raw_ranges, dedupe_fields};
use crate::diagnostic::{Diagnostic, quote};
use crate::document::span::LineIndex;
use crate::error::{Error, ErrorKind};

/// Front matter larger than this is refused before parsing: no real page comes close.
pub(crate) const MAX_FRONT_MATTER_BYTES: usize = 1 << 20;

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
    // `.nan` and `.inf` are YAML 1.2 floats: read them as such (the default refuses the
    // whole page), and the writer's `.nan` reads back.
    options.non_finite_float_policy = NonFiniteFloatPolicy::PassThrough;
    options
}

/// The top-level entries, with the location of each key.
struct Entries(Vec<(Spanned<Key>, Value)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of keys to values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<Spanned<Key>>()? {
                    entries.push((key, map.next_value::<Value>()?));
                }
                Ok(Entries(entries))
            }
            fn visit_unit<E>(self) -> Result<Entries, E> {
                Ok(Entries(Vec::new()))
            }
            fn visit_none<E>(self) -> Result<Entries, E> {
                Ok(Entries(Vec::new()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Entries, A::Error> {
                Err(de::Error::custom(NOT_A_MAP_LIST))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Entries, E> {
                Err(E::custom(NOT_A_MAP_SCALAR))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Entries, E> {
                Err(E::custom(NOT_A_MAP_SCALAR))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Entries, E> {
                Err(E::custom(NOT_A_MAP_SCALAR))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Entries, E> {
                Err(E::custom(NOT_A_MAP_SCALAR))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Entries, E> {
                Err(E::custom(NOT_A_MAP_SCALAR))
            }
        }
        d.deserialize_any(EntriesVisitor)
    }
}

const NOT_A_MAP_LIST: &str = "offres-internal-not-a-map-list";
const NOT_A_MAP_SCALAR: &str = "offres-internal-not-a-map-scalar";

/// Read YAML `content`, which starts at byte `base` of `text`: the fields, and where the
/// first entry starts (duplicates included).
pub(crate) fn read(
    content: &str,
    base: usize,
    lines: &LineIndex,
    text: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(Vec<Field>, Option<usize>), Error> {
    let (first_line, _) = lines.position(text, base);
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
    let entries: Entries = serde_saphyr::from_str_with_options(content, options())
        .map_err(|err| convert_error(&err, content, first_line, &to_file_line))?;
    // YAML, and so serde-saphyr, ends a line at a lone `\r` too; file lines end at `\n`
    // only. Where the front matter has a lone `\r`, positions go through byte offsets.
    let yaml_line_starts: Option<Vec<usize>> = content.contains('\r').then(|| {
        std::iter::once(0)
            .chain(memchr::memchr2_iter(b'\n', b'\r', content.as_bytes()).map(|i| i + 1))
            .collect()
    });
    let mut fields: Vec<Field> = Vec::with_capacity(entries.0.len());
    for (key, value) in entries.0 {
        let (yaml_line, yaml_column) = (key.referenced.line(), key.referenced.column());
        let column = u32::try_from(yaml_column).unwrap_or(1).max(1);
        let (line, column) = match &yaml_line_starts {
            None => (to_file_line(yaml_line), column),
            Some(starts) => {
                let idx = usize::try_from(yaml_line.max(1) - 1).unwrap_or(usize::MAX);
                let start = starts.get(idx).copied().unwrap_or(content.len());
                let skip = usize::try_from(column - 1).unwrap_or(0);
                let offset = content[start..]
                    .char_indices()
                    .nth(skip)
                    .map_or(content.len(), |(i, _)| start + i);
                lines.position(text, base + offset)
            }
        };
        let field = Field {
            key: key.value.0,
            value,
            line,
            column,
            raw: None,
        };
        fields.push(field);
    }
    // Ranges before duplicates go: an overridden entry's text then belongs to no kept
    // field (nor to the text kept before the first key), so removing or setting its key
    // cannot bring the old value back when the page is written.
    assign_raw_ranges(&mut fields, base..base + content.len(), lines);
    let first_entry = fields
        .iter()
        .filter_map(|f| f.raw.as_ref().map(|r| r.start))
        .min();
    Ok((dedupe_fields(fields, diagnostics), first_entry))
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
