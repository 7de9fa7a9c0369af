//! A team's rituals as an RFC 5545 iCalendar file: one `VEVENT` per scheduled ritual.
//!
//! The output is a pure function of the page, so that exporting twice gives the same
//! bytes and calendar clients update events instead of duplicating them:
//! - `UID` is a hash (FNV-1a, 64 bits) of the page title, the ritual's sentence and its
//!   index on the page, never random.
//! - `DTSTAMP` is required by RFC 5545 and meant to be the time the object was created:
//!   the page's publication date at midnight UTC stands for it, and `19700101T000000Z`
//!   where the page has none. A clock time would change the file at every run.
//! - `DTSTART` is the first occurrence of the recurrence on or after an anchor date: the
//!   page's publication date, else 2024-01-01. Pages state when rituals recur, not when
//!   they began.
//! - Times are local to the ritual's zone (`TZID=Europe/Paris` by default), each zone used
//!   is defined by a `VTIMEZONE` (UTC needs none: its times end in `Z`). A ritual with a
//!   start but no end has no `DTEND` (RFC 5545 then makes it an instant); one with no time
//!   at all is an all-day event (`DTSTART;VALUE=DATE`).
//! - A ritual without a schedule (members take turns, "date à définir") is not an event:
//!   a `unscheduled_ritual` diagnostic says it was left out.
//!
//! Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use time::{Date, Month, Time};

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity};
use crate::export::{Export, note};
use crate::model::{Channel, Frequency, Meta, Organisation, Page, Recurrence, Ritual, Team};

impl Team {
    /// The team's scheduled rituals as an iCalendar file (see the module notes).
    ///
    /// ```
    /// let page = offres::Page::parse(
    ///     "---\ntitle: Pôle data\n---\n## Rituels\n\n\
    ///      Réunion d'équipe tous les lundis de 10h à 11h.\n".as_bytes(),
    /// )?;
    /// let offres::Page::Team(team) = page else { panic!("a team page") };
    /// let ics = team.to_ics().output;
    /// assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=MO\r\n"));
    /// assert!(ics.contains("DTSTART;TZID=Europe/Paris:20240101T100000\r\n"));
    /// # Ok::<(), offres::Error>(())
    /// ```
    pub fn to_ics(&self) -> Export<String> {
        calendar(&[Source::team(self)])
    }
}

impl Organisation {
    /// The organisation's scheduled rituals as an iCalendar file, like [`Team::to_ics`].
    pub fn to_ics(&self) -> Export<String> {
        calendar(&[Source::organisation(self)])
    }
}

/// One calendar with the scheduled rituals of every team and organisation page in
/// `pages` (postings have none and are skipped).
pub fn pages_to_ics<'a>(pages: impl IntoIterator<Item = &'a Page>) -> Export<String> {
    let sources: Vec<Source<'_>> = pages
        .into_iter()
        .filter_map(|p| match p {
            Page::Team(t) => Some(Source::team(t)),
            Page::Organisation(o) => Some(Source::organisation(o)),
            Page::Posting(_) | Page::Unclassified(_) => None,
        })
        .collect();
    calendar(&sources)
}

/// What a calendar is made of, whatever the kind of page.
struct Source<'a> {
    meta: &'a Meta,
    name: Option<&'a str>,
    rituals: &'a [Ritual],
}

impl<'a> Source<'a> {
    fn team(t: &'a Team) -> Self {
        Self {
            meta: &t.meta,
            name: t.organisation.as_deref(),
            rituals: &t.rituals,
        }
    }

    fn organisation(o: &'a Organisation) -> Self {
        Self {
            meta: &o.meta,
            name: o.name.as_deref(),
            rituals: &o.rituals,
        }
    }

    fn title(&self) -> &'a str {
        self.meta.title.as_deref().or(self.name).unwrap_or("")
    }

    fn date(&self) -> Option<Date> {
        self.meta
            .date_posted
            .and_then(crate::model::PartialDate::earliest)
            .filter(|d| (1900..=9999).contains(&d.year()))
    }
}

fn calendar(sources: &[Source<'_>]) -> Export<String> {
    let mut diagnostics = Vec::new();
    let mut zones = BTreeSet::new();
    let mut events = Vec::new();
    for src in sources {
        for (i, r) in src.rituals.iter().enumerate() {
            let line = src
                .meta
                .sources
                .get(&format!("rituals[{i}]"))
                .map_or(0, |s| s.line);
            match event(src, i, r, line, &mut diagnostics) {
                Some((lines, zone)) => {
                    zones.extend(zone);
                    events.push(lines);
                }
                None => diagnostics.push(note(
                    DiagnosticCode::UnscheduledRitual,
                    Severity::Info,
                    line,
                    format!(
                        "ritual {} has no schedule: not exported as an event",
                        crate::diagnostic::quote(&r.text)
                    ),
                )),
            }
        }
    }
    if events.is_empty() {
        diagnostics.push(note(
            DiagnosticCode::MissingForExport,
            Severity::Warning,
            0,
            "VCALENDAR: no scheduled ritual, the calendar has no event",
        ));
    }
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//offres//offres//FR".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    if let [one] = sources {
        let name = text(one.title());
        if !name.is_empty() {
            lines.push(format!("NAME:{name}"));
            lines.push(format!("X-WR-CALNAME:{name}"));
        }
    }
    for zone in zones {
        vtimezone(&zone, &mut lines);
    }
    lines.extend(events.into_iter().flatten());
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 4).sum());
    for l in &lines {
        fold(l, &mut out);
    }
    diagnostics.sort_by_key(|d| d.line);
    Export {
        output: out,
        diagnostics,
    }
}

/// The content lines of one ritual's `VEVENT`, and the `TZID` it uses; `None` when the
/// ritual has no schedule.
fn event(
    src: &Source<'_>,
    index: usize,
    r: &Ritual,
    line: u32,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(Vec<String>, Option<String>)> {
    let rrule = r
        .rrule
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())?;
    let anchor = src
        .date()
        .unwrap_or_else(|| Date::from_calendar_date(2024, Month::January, 1).unwrap_or(Date::MIN));
    let day = first_occurrence(anchor, r.recurrence.as_ref());
    let stamp = src.date().map_or_else(
        || "19700101T000000Z".to_owned(),
        |d| format!("{}T000000Z", ymd(d)),
    );
    let mut ev = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", uid(src.title(), &r.text, index)),
        format!("DTSTAMP:{stamp}"),
    ];
    let mut zone = None;
    match r.start {
        None => ev.push(format!("DTSTART;VALUE=DATE:{}", ymd(day))),
        Some(start) => {
            let (prefix, suffix) = if r.timezone == "UTC" {
                (String::new(), "Z")
            } else if known_zone(&r.timezone) {
                zone = Some(r.timezone.clone());
                (format!(";TZID={}", r.timezone), "")
            } else {
                diagnostics.push(note(
                    DiagnosticCode::MissingForExport,
                    Severity::Warning,
                    line,
                    format!(
                        "VEVENT: no definition of the time zone {}: times are floating local times",
                        crate::diagnostic::quote(&r.timezone)
                    ),
                ));
                (String::new(), "")
            };
            ev.push(format!("DTSTART{prefix}:{}{suffix}", date_time(day, start)));
            if let Some(end) = r.end {
                // An end before the start is past midnight.
                let end_day = if end <= start {
                    day.next_day().unwrap_or(day)
                } else {
                    day
                };
                ev.push(format!("DTEND{prefix}:{}{suffix}", date_time(end_day, end)));
            }
        }
    }
    ev.push(format!("RRULE:{}", strip_controls(rrule)));
    ev.push(format!("SUMMARY:{}", text(&r.what)));
    let (location, url) = channel(r.channel.as_ref());
    if let Some(l) = location {
        ev.push(format!("LOCATION:{}", text(&l)));
    }
    if let Some(u) = url {
        ev.push(format!("URL:{u}"));
    }
    ev.push(format!("DESCRIPTION:{}", text(&r.text)));
    ev.push("END:VEVENT".to_owned());
    Some((ev, zone))
}

/// `LOCATION` text and `URL` of a channel. An IRC channel's URL is `irc://server/#room`
/// where the server is known, its web client otherwise.
fn channel(c: Option<&Channel>) -> (Option<String>, Option<String>) {
    let Some(c) = c else { return (None, None) };
    let (location, url) = match c {
        Channel::Irc { room, server, web } => {
            let mut loc = format!("IRC {room}");
            if let Some(s) = server {
                let _ = write!(loc, " on {s}");
            }
            if let Some(w) = web {
                let _ = write!(loc, " (web: {w})");
            }
            let url = match server {
                Some(s) => Some(format!("irc://{s}/{room}")),
                None => web.clone(),
            };
            (Some(loc), url)
        }
        Channel::Meeting { place } => (place.clone(), None),
        Channel::VideoCall { url } => (Some("video call".to_owned()), url.clone()),
        Channel::Email { to } => (
            Some(format!("e-mail to {to}")),
            Some(format!("mailto:{to}")),
        ),
        Channel::Chat { name, url } => (
            Some(name.clone().unwrap_or_else(|| "chat".to_owned())),
            url.clone(),
        ),
    };
    (location, url.filter(|u| is_uri(u)))
}

/// A URI fit for a `URL` value: a scheme, then no space or control character.
fn is_uri(u: &str) -> bool {
    let Some((scheme, rest)) = u.split_once(':') else {
        return false;
    };
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !u.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The first day on or after `anchor` that the recurrence falls on.
fn first_occurrence(anchor: Date, rec: Option<&Recurrence>) -> Date {
    let Some(rec) = rec.filter(|r| !r.by_day.is_empty()) else {
        return anchor;
    };
    let on = |d: Date| {
        rec.by_day
            .iter()
            .any(|w| *w as u8 == d.weekday().number_days_from_monday())
    };
    if let (Some(pos), Frequency::Monthly) = (rec.by_set_pos, rec.frequency) {
        let mut month_start = anchor.replace_day(1).unwrap_or(anchor);
        for _ in 0..24 {
            let days: Vec<Date> = std::iter::successors(Some(month_start), |d| {
                d.next_day().filter(|n| n.month() == month_start.month())
            })
            .filter(|d| on(*d))
            .collect();
            let pick = match usize::try_from(pos) {
                Ok(p) if p > 0 => days.get(p - 1),
                Ok(_) => None,
                Err(_) => days
                    .len()
                    .checked_sub(usize::from(pos.unsigned_abs()))
                    .and_then(|i| days.get(i)),
            };
            if let Some(&d) = pick.filter(|d| **d >= anchor) {
                return d;
            }
            let Some(next) = days
                .last()
                .copied()
                .unwrap_or(month_start)
                .replace_day(28)
                .ok()
                .and_then(|d| d.checked_add(time::Duration::days(7)))
                .and_then(|d| d.replace_day(1).ok())
            else {
                break;
            };
            month_start = next;
        }
        return anchor;
    }
    std::iter::successors(Some(anchor), |d| d.next_day())
        .take(7)
        .find(|d| on(*d))
        .unwrap_or(anchor)
}

fn ymd(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), u8::from(d.month()), d.day())
}

fn date_time(d: Date, t: Time) -> String {
    format!("{}T{:02}{:02}00", ymd(d), t.hour(), t.minute())
}

/// A stable identifier: FNV-1a over the page title, the ritual's sentence and its index.
fn uid(title: &str, text: &str, index: usize) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let index = index.to_string();
    for part in [title, text, &index] {
        for b in part.bytes().chain([0]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}-{index}@offres")
}

fn strip_controls(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

/// An RFC 5545 TEXT value: `\`, `;`, `,` and newlines escaped, other controls dropped.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Append one content line, folded at 75 octets (continuations start with a space, which
/// counts), never inside a UTF-8 character, and ended by CRLF.
fn fold(line: &str, out: &mut String) {
    const MAX: usize = 75;
    let mut rest = line;
    let mut limit = MAX;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = MAX - 1;
    }
}

/// One observance of a time zone: `STANDARD` or `DAYLIGHT`.
struct Observance {
    daylight: bool,
    start: &'static str,
    from: &'static str,
    to: &'static str,
    name: &'static str,
    rrule: Option<&'static str>,
}

/// A time zone the ritual extractor can name, with its rules since before 2000.
struct Zone {
    tzid: &'static str,
    observances: &'static [Observance],
}

/// Zones without daylight saving time: (TZID, UTC offset, abbreviation).
const FIXED: &[(&str, &str, &str)] = &[
    ("America/Cayenne", "-0300", "-03"),
    ("America/Guadeloupe", "-0400", "AST"),
    ("America/Martinique", "-0400", "AST"),
    ("Indian/Mayotte", "+0300", "EAT"),
    ("Indian/Reunion", "+0400", "+04"),
    ("Pacific/Noumea", "+1100", "+11"),
    ("Pacific/Tahiti", "-1000", "-10"),
    ("Pacific/Wallis", "+1200", "+12"),
];

/// Zones with daylight saving time.
const ZONES: &[Zone] = &[
    Zone {
        tzid: "Europe/Paris",
        observances: &[
            // EU rules: last Sunday of March at 02:00, last Sunday of October at 03:00 (since 1996).
            Observance {
                daylight: true,
                start: "19810329T020000",
                from: "+0100",
                to: "+0200",
                name: "CEST",
                rrule: Some("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
            },
            Observance {
                daylight: false,
                start: "19961027T030000",
                from: "+0200",
                to: "+0100",
                name: "CET",
                rrule: Some("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
            },
        ],
    },
    Zone {
        tzid: "America/Miquelon",
        observances: &[
            // North American rules since 2007.
            Observance {
                daylight: true,
                start: "20070311T020000",
                from: "-0300",
                to: "-0200",
                name: "-02",
                rrule: Some("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
            },
            Observance {
                daylight: false,
                start: "20071104T020000",
                from: "-0200",
                to: "-0300",
                name: "-03",
                rrule: Some("FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
            },
        ],
    },
];

/// Whether a `VTIMEZONE` can be written for `tzid`.
fn known_zone(tzid: &str) -> bool {
    ZONES.iter().any(|z| z.tzid == tzid) || FIXED.iter().any(|(id, ..)| *id == tzid)
}

fn vtimezone(tzid: &str, lines: &mut Vec<String>) {
    lines.push("BEGIN:VTIMEZONE".to_owned());
    lines.push(format!("TZID:{tzid}"));
    let mut observance = |kind: &str, start: &str, from: &str, to: &str, name: &str, rrule| {
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!("DTSTART:{start}"));
        lines.push(format!("TZOFFSETFROM:{from}"));
        lines.push(format!("TZOFFSETTO:{to}"));
        lines.push(format!("TZNAME:{name}"));
        if let Some(r) = rrule {
            lines.push(format!("RRULE:{r}"));
        }
        lines.push(format!("END:{kind}"));
    };
    if let Some((_, offset, name)) = FIXED.iter().find(|(id, ..)| *id == tzid) {
        observance("STANDARD", "19700101T000000", offset, offset, name, None);
    }
    let rules = ZONES
        .iter()
        .find(|z| z.tzid == tzid)
        .map_or(&[][..], |z| z.observances);
    for o in rules {
        let kind = if o.daylight { "DAYLIGHT" } else { "STANDARD" };
        observance(kind, o.start, o.from, o.to, o.name, o.rrule);
    }
    lines.push("END:VTIMEZONE".to_owned());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Weekday;

    fn date(y: i32, m: u8, d: u8) -> Date {
        Date::from_calendar_date(y, Month::try_from(m).unwrap(), d).unwrap()
    }

    #[test]
    fn folding_keeps_characters_whole_and_lines_short() {
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        let mut out = String::new();
        fold(&line, &mut out);
        for l in out.split_terminator("\r\n") {
            assert!(l.len() <= 75, "{l}");
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(text("a,b;c\\d\ne\u{7}"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn first_occurrence_follows_the_rule() {
        let monday = date(2024, 1, 1);
        let weekly = |days: Vec<Weekday>| Recurrence {
            by_day: days,
            ..Recurrence::every(Frequency::Weekly)
        };
        assert_eq!(
            first_occurrence(monday, Some(&weekly(vec![Weekday::Th]))),
            date(2024, 1, 4)
        );
        let first_tuesday = Recurrence {
            by_day: vec![Weekday::Tu],
            by_set_pos: Some(1),
            ..Recurrence::every(Frequency::Monthly)
        };
        assert_eq!(
            first_occurrence(date(2024, 1, 3), Some(&first_tuesday)),
            date(2024, 2, 6)
        );
        let last_friday = Recurrence {
            by_set_pos: Some(-1),
            by_day: vec![Weekday::Fr],
            ..first_tuesday
        };
        assert_eq!(
            first_occurrence(monday, Some(&last_friday)),
            date(2024, 1, 26)
        );
        assert_eq!(first_occurrence(monday, None), monday);
    }

    #[test]
    fn uid_is_stable() {
        assert_eq!(uid("t", "x", 0), uid("t", "x", 0));
        assert_ne!(uid("t", "x", 0), uid("t", "x", 1));
        assert!(uid("t", "x", 3).ends_with("-3@offres"));
    }

    #[test]
    fn every_zone_the_extractor_names_is_defined() {
        for zone in [
            "Europe/Paris",
            "Indian/Reunion",
            "America/Miquelon",
            "Pacific/Wallis",
        ] {
            assert!(known_zone(zone));
            let mut lines = Vec::new();
            vtimezone(zone, &mut lines);
            assert!(lines.iter().any(|l| l.starts_with("TZOFFSETTO:")), "{zone}");
        }
    }
}
