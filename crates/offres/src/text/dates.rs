//! Dates as pages write them: full, partial, and kept as written.

use crate::text::scan::{is_word_byte, one_of, skip_light, skip_spaces, word_at};
use crate::text::{Folded, month_word};

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

// ---------------------------------------------------------------------------------------
// Dates written in prose ("dès mai 2020", "le 1er mars 2021", "15/03/2021").

const FULL_MONTHS: &str =
    "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";

/// English month names, for the few pages written in English ("Start date: September").
pub(crate) fn english_month(w: &str) -> Option<u8> {
    Some(match w {
        "january" => 1,
        "february" => 2,
        "march" => 3,
        "april" => 4,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "august" => 8,
        "september" => 9,
        "october" => 10,
        "november" => 11,
        "december" => 12,
        _ => return None,
    })
}

pub(crate) fn digits_at(t: &str, i: usize, lim: usize) -> (u32, usize) {
    let by = t.as_bytes();
    let mut e = i;
    let mut n: u32 = 0;
    while e < lim && by[e].is_ascii_digit() && e - i < 5 {
        n = n * 10 + u32::from(by[e] - b'0');
        e += 1;
    }
    (n, e)
}

pub(crate) fn plausible_year(y: u32) -> Option<i32> {
    i32::try_from(y).ok().filter(|y| (1990..=2100).contains(y))
}

pub(crate) fn month_date(year: i32, month: u8) -> Option<PartialDate> {
    let month = time::Month::try_from(month).ok()?;
    Some(PartialDate::Month { year, month })
}

/// A four-digit year right at `i` (after spaces), not followed by another digit.
pub(crate) fn year_after(t: &str, from: usize, lim: usize) -> Option<(i32, usize)> {
    let start = skip_spaces(t, from, lim);
    let (year, end) = digits_at(t, start, lim);
    if end - start != 4 || t.as_bytes().get(end).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((plausible_year(year)?, end))
}

/// After an abbreviated month ("sept."), step over its dot.
pub(crate) fn skip_abbreviation_dot(t: &str, w: &str, we: usize, lim: usize) -> usize {
    let dot = we < lim && t.as_bytes()[we] == b'.' && !one_of(FULL_MONTHS, w);
    we + usize::from(dot)
}

/// A date written at `i` in folded text: `21 juillet 2020`, `1er mars 2021`, `mai 2020`,
/// `septembre` (+ reference year), `21/07/2020`, `2020-07-21`, `début septembre 2020`,
/// `mi-novembre 2018`, `la rentrée 2020`, and (after a prefix such as `début`, or when
/// `bare_year`) `2021`. Returns the date and the end of the words read.
pub(crate) fn date_at(
    t: &str,
    from: usize,
    lim: usize,
    reference_year: Option<i32>,
    bare_year: bool,
) -> Option<(PartialDate, usize)> {
    let by = t.as_bytes();
    let lim = lim.min(by.len());
    let mut p = skip_spaces(t, from, lim);
    let mut prefixed = false;
    for _ in 0..4 {
        let Some((ws, we)) = word_at(t, p).filter(|&(_, e)| e <= lim) else {
            break;
        };
        let word = &t[ws..we];
        if word.len() > 3 && word.starts_with("mi-") {
            prefixed = true;
            p = ws + 3;
            break;
        }
        match word {
            "le" | "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" => {}
            "la" if t[we..lim].trim_start().starts_with("rentree") => {}
            "debut" | "fin" | "courant" | "mi" => prefixed = true,
            _ => break,
        }
        p = skip_spaces(t, we, lim);
        if by.get(p) == Some(&b'-') {
            p = skip_spaces(t, p + 1, lim);
        }
    }
    if p >= lim {
        return None;
    }
    if by[p].is_ascii_digit() {
        return numeric_date_at(t, p, lim, reference_year, bare_year || prefixed);
    }
    let (ws, we) = word_at(t, p).filter(|&(_, e)| e <= lim)?;
    let word = &t[ws..we];
    if word == "rentree" {
        return match year_after(t, we, lim) {
            Some((y, e)) => Some((month_date(y, 9)?, e)),
            None => Some((month_date(reference_year?, 9)?, we)),
        };
    }
    if word == "premier" {
        return day_month_at(t, skip_spaces(t, we, lim), lim, 1, reference_year);
    }
    let month = month_word(word).or_else(|| english_month(word))?;
    // Abbreviations ("sept" is also seven) and "may" (a verb) need a year.
    let full = one_of(FULL_MONTHS, word) || (english_month(word).is_some() && word != "may");
    let we = skip_abbreviation_dot(t, word, we, lim);
    match year_after(t, we, lim) {
        Some((y, e)) => Some((month_date(y, month)?, e)),
        None if full => Some((month_date(reference_year?, month)?, we)),
        None => None,
    }
}

/// `<month> [year]` after a day number.
pub(crate) fn day_month_at(
    t: &str,
    p: usize,
    lim: usize,
    day: u32,
    reference_year: Option<i32>,
) -> Option<(PartialDate, usize)> {
    let (ws, we) = word_at(t, p).filter(|&(_, e)| e <= lim)?;
    let month = month_word(&t[ws..we]).or_else(|| english_month(&t[ws..we]))?;
    let we = skip_abbreviation_dot(t, &t[ws..we], we, lim);
    let (year, end) = year_after(t, we, lim).or_else(|| Some((reference_year?, we)))?;
    Some((
        PartialDate::Day(ymd(year, month, u8::try_from(day).ok()?)?),
        end,
    ))
}

pub(crate) fn numeric_date_at(
    t: &str,
    p: usize,
    lim: usize,
    reference_year: Option<i32>,
    bare_year: bool,
) -> Option<(PartialDate, usize)> {
    let by = t.as_bytes();
    if p > 0 && (by[p - 1].is_ascii_digit() || matches!(by[p - 1], b'/' | b'.' | b',')) {
        return None;
    }
    let digit_at = |k: usize| by.get(k).is_some_and(u8::is_ascii_digit);
    let (first, e1) = digits_at(t, p, lim);
    let next = by.get(e1).copied();
    if e1 - p == 4 {
        let year = plausible_year(first)?;
        if next == Some(b'-') && digit_at(e1 + 1) {
            // 2020-07 or 2020-07-21
            let (month, e2) = digits_at(t, e1 + 1, lim);
            let month = u8::try_from(month).ok().filter(|_| e2 - e1 <= 3)?;
            if by.get(e2) == Some(&b'-') && digit_at(e2 + 1) {
                let (day, e3) = digits_at(t, e2 + 1, lim);
                if e3 - e2 > 3 || digit_at(e3) {
                    return None;
                }
                return Some((
                    PartialDate::Day(ymd(year, month, u8::try_from(day).ok()?)?),
                    e3,
                ));
            }
            return Some((month_date(year, month)?, e2));
        }
        let followed = matches!(next, Some(b'0'..=b'9' | b'/' | b'-' | b'.' | b','));
        return (bare_year && !followed).then_some((PartialDate::Year(year), e1));
    }
    if !(1..=2).contains(&(e1 - p)) {
        return None;
    }
    match next {
        Some(sep @ (b'/' | b'.' | b'-')) if digit_at(e1 + 1) => {
            let (second, e2) = digits_at(t, e1 + 1, lim);
            let ends_here = |k: usize| !by.get(k).is_some_and(|&c| c.is_ascii_digit() || c == sep);
            if e2 - e1 == 5 {
                // 09/2021
                let year = plausible_year(second)?;
                return ends_here(e2)
                    .then(|| month_date(year, u8::try_from(first).ok()?))
                    .flatten()
                    .map(|d| (d, e2));
            }
            if e2 - e1 > 3 || by.get(e2) != Some(&sep) || !digit_at(e2 + 1) {
                return None;
            }
            let (y, e3) = digits_at(t, e2 + 1, lim);
            let year = match e3 - e2 - 1 {
                4 => plausible_year(y)?,
                2 => 2000 + i32::try_from(y).ok()?,
                _ => return None,
            };
            if !ends_here(e3) {
                return None;
            }
            let date = ymd(year, u8::try_from(second).ok()?, u8::try_from(first).ok()?)?;
            Some((PartialDate::Day(date), e3))
        }
        _ => {
            // "1er mars", "21 juillet 2020"
            let mut q = e1;
            if t[q..lim].starts_with("er") && !by.get(q + 2).is_some_and(|&c| is_word_byte(c)) {
                if first != 1 {
                    return None;
                }
                q += 2;
            } else if next.is_some_and(is_word_byte) {
                return None;
            }
            day_month_at(t, skip_spaces(t, q, lim), lim, first, reference_year)
        }
    }
}

/// Read a French date written alone: "21 juillet 2020", "1er mars 2021", "mai 2020",
/// "septembre" (with `reference_year`), "21/07/2020", "2020-07-21", "début septembre 2020"
/// (→ 2020-09), "la rentrée 2020" (→ 2020-09), "2021". Leading "le" and trailing
/// punctuation are allowed; anything else around the date makes it `None`.
pub(crate) fn parse_french_date(text: &str, reference_year: Option<i32>) -> Option<PartialDate> {
    let folded = Folded::new(text.trim());
    let t = folded.text.as_str();
    let p = skip_light(t, 0, t.len());
    if let Some((d, e)) = date_at(t, p, t.len(), reference_year, true)
        && t[e..]
            .trim_matches(|c: char| c.is_whitespace() || ".,;:!*_)".contains(c))
            .is_empty()
    {
        return Some(d);
    }
    crate::text::dates::parse_date_text(text).map(PartialDate::Day)
}

#[cfg(test)]
mod tests {
    use super::*;

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
