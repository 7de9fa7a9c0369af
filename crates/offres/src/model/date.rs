//! Dates as written: a day, a month or a year.

use crate::text::dates::ymd;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;
use time::{Date, Month};

/// A date that may be known only to the month or the year ("dès mai 2020").
///
/// Serialised as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Nothing is ever shifted between
/// time zones: a date-time in a page gives the date as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartialDate {
    /// A full calendar date.
    Day(Date),
    /// A month of a year.
    Month {
        /// The year.
        year: i32,
        /// The month.
        month: Month,
    },
    /// A year alone.
    Year(i32),
}

impl PartialDate {
    /// The year.
    pub fn year(self) -> i32 {
        match self {
            Self::Day(d) => d.year(),
            Self::Month { year, .. } | Self::Year(year) => year,
        }
    }

    /// The month, when known.
    pub fn month(self) -> Option<Month> {
        match self {
            Self::Day(d) => Some(d.month()),
            Self::Month { month, .. } => Some(month),
            Self::Year(_) => None,
        }
    }

    /// The full date, when known to the day.
    pub fn date(self) -> Option<Date> {
        match self {
            Self::Day(d) => Some(d),
            _ => None,
        }
    }

    /// The first day this date can mean (the 1st of the month, the 1st of January).
    pub fn earliest(self) -> Option<Date> {
        match self {
            Self::Day(d) => Some(d),
            Self::Month { year, month } => Date::from_calendar_date(year, month, 1).ok(),
            Self::Year(year) => Date::from_calendar_date(year, Month::January, 1).ok(),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Day(d) => write!(
                f,
                "{:04}-{:02}-{:02}",
                d.year(),
                u8::from(d.month()),
                d.day()
            ),
            Self::Month { year, month } => write!(f, "{year:04}-{:02}", u8::from(*month)),
            Self::Year(year) => write!(f, "{year:04}"),
        }
    }
}

/// Why a text is not a partial date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidDate(String);

impl fmt::Display for InvalidDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY",
            crate::diagnostic::quote(&self.0)
        )
    }
}

impl std::error::Error for InvalidDate {}

impl FromStr for PartialDate {
    type Err = InvalidDate;

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` exactly.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || InvalidDate(s.to_owned());
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse::<i32>().ok()
            } else {
                None
            }
        };
        match parts.as_slice() {
            [y] => num(y, 4).map(Self::Year).ok_or_else(err),
            [y, m] => {
                let year = num(y, 4).ok_or_else(err)?;
                let month = num(m, 2)
                    .and_then(|m| u8::try_from(m).ok())
                    .and_then(|m| Month::try_from(m).ok())
                    .ok_or_else(err)?;
                Ok(Self::Month { year, month })
            }
            [y, m, d] => {
                let year = num(y, 4).ok_or_else(err)?;
                let month = num(m, 2).and_then(|m| u8::try_from(m).ok());
                let day = num(d, 2).and_then(|d| u8::try_from(d).ok());
                let (Some(month), Some(day)) = (month, day) else {
                    return Err(err());
                };
                ymd(year, month, day).map(Self::Day).ok_or_else(err)
            }
            _ => Err(err()),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A date known to the day (YYYY-MM-DD), the month (YYYY-MM) or the year (YYYY).",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_round_trip() {
        for s in ["2020-07-21", "2020-09", "2021"] {
            let d: PartialDate = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(serde_json::from_str::<PartialDate>(&json).unwrap(), d);
        }
        for bad in ["2020-13", "2020-02-30", "20-1-1", "2020-7", "x", ""] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad}");
        }
        let d: PartialDate = "2020-09".parse().unwrap();
        assert_eq!(d.earliest().unwrap().to_string(), "2020-09-01");
    }
}
