//! Raw front matter values: what the page says, typed only as far as its format does.

use std::collections::HashMap;
use std::fmt;

use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A front matter value as written: scalars typed by the front matter format
/// (YAML 1.2 core schema, TOML, JSON), dates and times left as their text.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`, `~`, or an empty YAML value.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number that fits in 64 bits.
    Integer(i64),
    /// A number with a fraction or exponent.
    Float(f64),
    /// Text, including dates and times exactly as written (`2020-07-21`).
    String(String),
    /// A sequence of values.
    List(Vec<Value>),
    /// A nested map, keys in source order.
    Map(Vec<(String, Value)>),
}

impl Value {
    /// The text of a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value of a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Self::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The items of a list.
    pub fn as_list(&self) -> Option<&[Value]> {
        match self {
            Self::List(l) => Some(l),
            _ => None,
        }
    }

    /// Whether this is `Null` or an empty string.
    pub fn is_empty(&self) -> bool {
        match self {
            Self::Null => true,
            Self::String(s) => s.trim().is_empty(),
            Self::List(l) => l.is_empty(),
            Self::Map(m) => m.is_empty(),
            _ => false,
        }
    }

    /// Look up `key` in a map value (the last entry wins).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Self::Map(m) => m.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The kind of value, in words, for messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Bool(_) => "a boolean",
            Self::Integer(_) => "an integer",
            Self::Float(_) => "a number",
            Self::String(_) => "a string",
            Self::List(_) => "a list",
            Self::Map(_) => "a map",
        }
    }

    /// A scalar as text (`true`, `3`, `1.5`, the string itself); `None` for null,
    /// lists and maps.
    pub fn scalar_text(&self) -> Option<String> {
        match self {
            Self::Bool(b) => Some(b.to_string()),
            Self::Integer(i) => Some(i.to_string()),
            Self::Float(f) => Some(f.to_string()),
            Self::String(s) => Some(s.clone()),
            Self::Null | Self::List(_) | Self::Map(_) => None,
        }
    }
}

impl fmt::Display for Value {
    /// Compact JSON, the way the value would be printed by the CLI.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match serde_json::to_string(self) {
            Ok(s) => f.write_str(&s),
            Err(_) => Err(fmt::Error),
        }
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Null => serializer.serialize_unit(),
            Self::Bool(b) => serializer.serialize_bool(*b),
            Self::Integer(i) => serializer.serialize_i64(*i),
            Self::Float(x) if x.is_finite() => serializer.serialize_f64(*x),
            // JSON has no infinities: keep them as the YAML spelling rather than failing.
            Self::Float(x) => serializer.serialize_str(if x.is_nan() {
                ".nan"
            } else if *x > 0.0 {
                ".inf"
            } else {
                "-.inf"
            }),
            Self::String(s) => serializer.serialize_str(s),
            Self::List(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Self::Map(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Value {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Value".into()
    }

    // Any JSON value: a front matter value is only as typed as its format makes it, and
    // non-finite floats come out as their YAML spelling (a string).
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A front matter value as written (any JSON value): scalars typed by the front matter format, dates and times kept as their text, maps in source order."
        })
    }
}

/// The key TOML uses to smuggle its date-times through serde.
const TOML_DATETIME_KEY: &str = "$__toml_private_datetime";

pub(crate) struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any front matter value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Integer(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        // Beyond i64 a number is an identifier more often than a quantity: keep its digits.
        Ok(i64::try_from(v).map_or_else(|_| Value::String(v.to_string()), Value::Integer))
    }

    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| Value::String(v.to_string()), Value::Integer))
    }

    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| Value::String(v.to_string()), Value::Integer))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_char<E>(self, v: char) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_bytes<E>(self, v: &[u8]) -> Result<Value, E> {
        Ok(Value::String(String::from_utf8_lossy(v).into_owned()))
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element::<Value>()? {
            items.push(item);
        }
        Ok(Value::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key::<Key>()? {
            let value = map.next_value::<Value>()?;
            if key.0 == TOML_DATETIME_KEY {
                return Ok(value);
            }
            entries.push((key.0, value));
        }
        Ok(Value::Map(last_wins(entries)))
    }
}

/// Nested duplicate keys: the last wins, like at the top level, in the place of its last
/// entry. One pass with a map for large maps: a search per key was quadratic on a JSON
/// front matter of 100,000 keys.
pub(crate) fn last_wins(entries: Vec<(String, Value)>) -> Vec<(String, Value)> {
    let keep: Vec<bool> = if entries.len() <= 16 {
        (0..entries.len())
            .map(|i| !entries[i + 1..].iter().any(|(k, _)| *k == entries[i].0))
            .collect()
    } else {
        let mut last: HashMap<&str, usize> = HashMap::with_capacity(entries.len());
        for (i, (k, _)) in entries.iter().enumerate() {
            last.insert(k, i);
        }
        if last.len() == entries.len() {
            return entries;
        }
        (0..entries.len())
            .map(|i| last[entries[i].0.as_str()] == i)
            .collect()
    };
    if keep.iter().all(|&k| k) {
        return entries;
    }
    entries
        .into_iter()
        .zip(keep)
        .filter_map(|(entry, keep)| keep.then_some(entry))
        .collect()
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

/// A map key of any scalar type, as text (YAML allows `1: x` and `true: y`).
pub(crate) struct Key(pub(crate) String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map key")
            }
            fn visit_str<E>(self, v: &str) -> Result<Key, E> {
                Ok(Key(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Key, E> {
                Ok(Key(v))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_unit<E>(self) -> Result<Key, E> {
                Ok(Key(String::new()))
            }
            fn visit_none<E>(self) -> Result<Key, E> {
                Ok(Key(String::new()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Key, A::Error> {
                let v = ValueVisitor.visit_seq(seq)?;
                Ok(Key(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Key, A::Error> {
                let v = ValueVisitor.visit_map(map)?;
                Ok(Key(v.to_string()))
            }
        }
        d.deserialize_any(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip_keeps_order() {
        let v: Value =
            serde_json::from_str(r#"{"b":1,"a":[true,null,"x",1.5],"c":{"z":1,"y":2}}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"b":1,"a":[true,null,"x",1.5],"c":{"z":1,"y":2}}"#
        );
        assert_eq!(v.get("b"), Some(&Value::Integer(1)));
        assert_eq!(v.get("nope"), None);
    }

    #[test]
    fn non_finite_floats_serialise_as_yaml_spelling() {
        assert_eq!(
            serde_json::to_string(&Value::Float(f64::INFINITY)).unwrap(),
            "\".inf\""
        );
    }

    #[test]
    fn truncated_input_is_an_error() {
        let err = serde_json::from_str::<Value>("{").unwrap_err();
        assert!(err.is_eof());
    }
}
