//! When a job starts.

use crate::model::PartialDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// The earliest start of a job.
///
/// Serialised as a plain string: `"asap"` or a date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Start {
    /// As soon as possible ("dès que possible", "ASAP", "prise de poste immédiate").
    Asap,
    /// From a date, known to the day, the month or the year.
    Date(PartialDate),
}

impl fmt::Display for Start {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Asap => f.write_str("asap"),
            Self::Date(d) => d.fmt(f),
        }
    }
}

impl FromStr for Start {
    type Err = crate::model::InvalidDate;

    /// `asap` (any case) or a date `YYYY-MM-DD`, `YYYY-MM`, `YYYY`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.eq_ignore_ascii_case("asap") {
            Ok(Self::Asap)
        } else {
            s.parse().map(Self::Date)
        }
    }
}

impl Serialize for Start {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Start {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Start {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Start".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The earliest start of a job: \"asap\" (as soon as possible) or a date known to the day (YYYY-MM-DD), the month (YYYY-MM) or the year (YYYY).",
            "pattern": "^(asap|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)$"
        })
    }
}
