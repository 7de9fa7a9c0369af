//! Dates as pages write them: full, partial, and kept as written.

use time::{Date, Month};

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
