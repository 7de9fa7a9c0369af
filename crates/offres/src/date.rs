//! Dates as pages write them: full, partial, and kept as written.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
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

pub(crate) fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 4 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(bytes.iter().fold(0u32, |n, b| n * 10 + u32::from(b - b'0')))
}

/// Whether a front matter string has the shape of a date (so a failure to read it is worth a
/// diagnostic): four digits then `-` and a digit, or `DD/MM/YYYY`.
pub(crate) fn looks_like_date(s: &str) -> bool {
    let b = s.trim().as_bytes();
    let iso = b.len() >= 6
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5].is_ascii_digit();
    let french = b.len() >= 8
        && b[..2].iter().all(u8::is_ascii_digit)
        && b[2] == b'/'
        && b[3..5].iter().all(u8::is_ascii_digit)
        && b[5] == b'/';
    iso || french
}

/// Read a date written in a front matter value, keeping the local date as written:
/// `2020-07-21`, `2020-7-21`, `2020-07-21T15:00:00Z`, `2020-07-21 10:00:00 +0200`,
/// `21/07/2020`. A time or offset after the date is checked for shape and ignored.
pub(crate) fn parse_date_text(s: &str) -> Option<Date> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 8 && b[2] == b'/' {
        let mut parts = s.splitn(3, '/');
        let day = digits(parts.next()?.as_bytes())?;
        let month = digits(parts.next()?.as_bytes())?;
        let rest = parts.next()?;
        let year = digits(rest.get(..4)?.as_bytes())?;
        if rest.len() > 4 && !rest[4..].starts_with([' ', 'T']) {
            return None;
        }
        return ymd(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        );
    }
    let date_end = s.find(['T', 't', ' ']).unwrap_or(s.len());
    let (date, time) = s.split_at(date_end);
    let mut parts = date.split('-');
    let year = digits(parts.next()?.as_bytes()).filter(|_| date.len() >= 8)?;
    let month = digits(parts.next()?.as_bytes()).filter(|m| (1..=12).contains(m))?;
    let day = digits(parts.next()?.as_bytes())?;
    if parts.next().is_some() || !valid_time_suffix(time) {
        return None;
    }
    ymd(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

/// `""`, or `T15:00`, `T15:00:00.000Z`, ` 10:00:00 +0200`, `T10:00:00+02:00`.
fn valid_time_suffix(time: &str) -> bool {
    let Some(rest) = time.strip_prefix(['T', 't', ' ']) else {
        return time.is_empty();
    };
    let rest = rest.trim();
    let (clock, zone) = match rest.find(['Z', 'z', '+', '-', ' ']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let clock = clock.split('.').next().unwrap_or("");
    let mut fields = clock.split(':');
    let ok_field = |f: Option<&str>, max: u32| {
        f.and_then(|f| {
            if f.len() == 2 {
                digits(f.as_bytes())
            } else {
                None
            }
        })
        .is_some_and(|v| v <= max)
    };
    if !ok_field(fields.next(), 23) || !ok_field(fields.next(), 59) {
        return false;
    }
    if let Some(sec) = fields.next()
        && !ok_field(Some(sec), 60)
    {
        return false;
    }
    let zone = zone.trim();
    zone.is_empty()
        || zone.eq_ignore_ascii_case("z")
        || (zone.len() >= 3
            && zone.starts_with(['+', '-'])
            && zone[1..].bytes().all(|b| b.is_ascii_digit() || b == b':'))
}

/// Whether a string is a TOML date or date-time literal (so it can be written unquoted).
pub(crate) fn is_toml_datetime(s: &str) -> bool {
    s.len() >= 10 && s.as_bytes()[4] == b'-' && !s.contains(' ') && parse_date_text(s).is_some()
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

    #[test]
    fn dates_as_written() {
        let d = |s| parse_date_text(s).map(|d| d.to_string());
        assert_eq!(d("2020-07-21").as_deref(), Some("2020-07-21"));
        assert_eq!(d("2020-7-1").as_deref(), Some("2020-07-01"));
        // Late evening UTC stays on its own date: nothing shifts time zone.
        assert_eq!(d("2021-03-31T23:30:00Z").as_deref(), Some("2021-03-31"));
        assert_eq!(
            d("2019-01-07 10:00:00 +0100").as_deref(),
            Some("2019-01-07")
        );
        assert_eq!(
            d("2022-04-01T15:00:00.000+02:00").as_deref(),
            Some("2022-04-01")
        );
        assert_eq!(d("21/07/2020").as_deref(), Some("2020-07-21"));
        assert_eq!(d("2022-04-T15:00:00.000Z"), None);
        assert_eq!(d("2018-15-06"), None);
        assert_eq!(d("2020-02-30"), None);
        assert!(looks_like_date("2022-04-T15:00:00.000Z"));
        assert!(!looks_like_date("Paris"));
        assert!(!looks_like_date("2020"));
    }
}
