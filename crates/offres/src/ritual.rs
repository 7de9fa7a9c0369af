//! Recurring team events ("rituels") read from the prose of team and organisation pages:
//! what happens, how often (as an RFC 5545 RRULE), at what local time, where, and whether
//! members take turns.
//!
//! A sentence becomes a ritual when it has a recurrence or schedule cue ("tous les lundis",
//! "hebdomadaire", "1 mercredi sur 2", "every other Thursday") and an event cue ("réunion",
//! "stand-up", "mail", "canal IRC"…), or when it sits in a section about rituals and describes
//! a recurring event, with or without a schedule. One sentence may give several rituals
//! ("le lundi de 10h30 à 11h et le vendredi de 16h à 17h").
//!
//! Choices where French is vaguer than RFC 5545:
//! - "bimensuel" is read as every other week (`FREQ=WEEKLY;INTERVAL=2`), its common use in
//!   teams, and "bi-hebdomadaire" as twice a week (its dictionary sense).
//! - "N fois par mois" without days cannot be said in an RRULE: [`Recurrence::to_rrule`] gives
//!   the nearest regular interval (twice a month → `FREQ=WEEKLY;INTERVAL=2`, twice a year →
//!   `FREQ=MONTHLY;INTERVAL=6`) and `times_per_period` keeps the exact count.
//! - "une fois par mois, le jeudi" (which Thursday is not said) keeps the day in `by_day` but
//!   the RRULE says only `FREQ=MONTHLY`, since `FREQ=MONTHLY;BYDAY=TH` would mean every Thursday.

use serde::{Deserialize, Serialize};
use time::Time;

use crate::text::{Folded, Hit, fold, month_word, number_word, sentences};

use lex::{Analysis, Ev, Lexed, analyse};

/// A day of the week, as RFC 5545 writes it (`MO`, `TU`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum Weekday {
    /// Monday.
    Mo,
    /// Tuesday.
    Tu,
    /// Wednesday.
    We,
    /// Thursday.
    Th,
    /// Friday.
    Fr,
    /// Saturday.
    Sa,
    /// Sunday.
    Su,
}

impl Weekday {
    /// Monday to Sunday.
    pub const ALL: [Weekday; 7] = [
        Self::Mo,
        Self::Tu,
        Self::We,
        Self::Th,
        Self::Fr,
        Self::Sa,
        Self::Su,
    ];

    /// The RFC 5545 two-letter code.
    pub fn code(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self as usize]
    }
}

/// How often a recurrence repeats, before its interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// Every day ("quotidien", "tous les matins").
    Daily,
    /// Every week ("hebdomadaire", "tous les lundis").
    Weekly,
    /// Every month ("mensuel", "le premier mardi du mois").
    Monthly,
    /// Every year ("annuel", "tous les ans").
    Yearly,
}

impl Frequency {
    /// The RFC 5545 `FREQ` value.
    pub fn rrule(self) -> &'static str {
        ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"][self as usize]
    }
}

fn one() -> u8 {
    1
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_one(n: &u8) -> bool {
    *n == 1
}

/// A recurrence that maps to an RFC 5545 RRULE.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Recurrence {
    /// The base period.
    pub frequency: Frequency,
    /// Every how many periods: 1 = every, 2 = every other ("1 mercredi sur 2").
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub interval: u8,
    /// The days of the week it happens on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_day: Vec<Weekday>,
    /// Which of those days in the month: 1 = the first ("le premier mardi du mois"),
    /// -1 = the last ("le dernier vendredi").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_set_pos: Option<i8>,
    /// How many times in each period when the page says so without naming days
    /// ("2 fois par mois"); the RRULE can only approximate it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times_per_period: Option<u8>,
}

impl Recurrence {
    /// A recurrence of `frequency` with nothing else said.
    pub fn every(frequency: Frequency) -> Self {
        Self {
            frequency,
            interval: 1,
            by_day: Vec::new(),
            by_set_pos: None,
            times_per_period: None,
        }
    }

    /// The RFC 5545 RRULE value, without DTSTART: `FREQ=WEEKLY;INTERVAL=2;BYDAY=WE`.
    ///
    /// A count per period without days ("2 fois par mois") becomes the nearest regular
    /// interval: twice a month → `FREQ=WEEKLY;INTERVAL=2`, four times a year →
    /// `FREQ=MONTHLY;INTERVAL=3`, twice a week → `FREQ=DAILY;INTERVAL=3`. Weekdays of a
    /// monthly or yearly recurrence without a position are left out (see the module notes).
    pub fn to_rrule(&self) -> String {
        let interval = self.interval.max(1);
        let times = self.times_per_period.unwrap_or(1).max(1);
        if self.by_day.is_empty() && times > 1 {
            let period = [1.0, 7.0, 30.44, 365.25][self.frequency as usize];
            let days = period * f64::from(interval) / f64::from(times);
            let (freq, n) = if days >= 27.0 {
                ("MONTHLY", (days / 30.44).round())
            } else if days >= 7.0 {
                ("WEEKLY", (days / 7.0).round())
            } else {
                ("DAILY", days.floor().max(1.0))
            };
            return if n > 1.0 {
                format!("FREQ={freq};INTERVAL={n}")
            } else {
                format!("FREQ={freq}")
            };
        }
        let mut out = format!("FREQ={}", self.frequency.rrule());
        if interval > 1 {
            out.push_str(";INTERVAL=");
            out.push_str(&interval.to_string());
        }
        let vague_day = matches!(self.frequency, Frequency::Monthly | Frequency::Yearly)
            && self.by_set_pos.is_none();
        if !self.by_day.is_empty() && !vague_day {
            let days: Vec<&str> = self.by_day.iter().map(|d| d.code()).collect();
            out.push_str(";BYDAY=");
            out.push_str(&days.join(","));
            if let Some(p) = self.by_set_pos {
                out.push_str(";BYSETPOS=");
                out.push_str(&p.to_string());
            }
        }
        out
    }
}

/// Where a ritual happens.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Channel {
    /// An IRC channel.
    Irc {
        /// The channel, with its `#`.
        room: String,
        /// The IRC server, as written (`irc.libera.chat`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        server: Option<String>,
        /// A web client for the channel.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        web: Option<String>,
    },
    /// A meeting in person (or of unspecified form).
    Meeting {
        /// Where, when the sentence names a place ("à Paris").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<String>,
    },
    /// A video call ("en visio").
    VideoCall {
        /// The link to join, when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        url: Option<String>,
    },
    /// An e-mail sent to an address.
    Email {
        /// The address it is sent to.
        to: String,
    },
    /// A chat room: Mattermost, Slack, Matrix, Rocket.chat…
    Chat {
        /// The chat service.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// A link to the room, when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        url: Option<String>,
    },
}

/// A recurring team event.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Ritual {
    /// What it is, in short English ("team meeting", "daily stand-up", "weekly status mail"),
    /// or the start of the sentence when no known kind of event is named.
    pub what: String,
    /// How often it happens, when the page says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    /// The recurrence as an RFC 5545 RRULE value (`FREQ=WEEKLY;BYDAY=MO`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rrule: Option<String>,
    /// Local start time, `HH:MM`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "hhmm")]
    #[cfg_attr(
        feature = "schemars",
        schemars(
            with = "Option<String>",
            regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
        )
    )]
    pub start: Option<Time>,
    /// Local end time, `HH:MM`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "hhmm")]
    #[cfg_attr(
        feature = "schemars",
        schemars(
            with = "Option<String>",
            regex(pattern = r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
        )
    )]
    pub end: Option<Time>,
    /// IANA time zone of the times: `Europe/Paris` unless the page names another.
    pub timezone: String,
    /// Where it happens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Whether members take turns ("à tour de rôle").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rotating: bool,
    /// The sentence it was read from, as written.
    pub text: String,
}

/// Serde for `Option<time::Time>` as `"HH:MM"`.
pub(crate) mod hhmm {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};
    use time::Time;

    /// Parse `H:MM` or `HH:MM` (seconds, if any, are ignored).
    pub(crate) fn parse(s: &str) -> Option<Time> {
        let mut parts = s.trim().split(':');
        let h: u8 = parts.next()?.parse().ok()?;
        let m: u8 = parts.next()?.get(..2)?.parse().ok()?;
        Time::from_hms(h, m, 0).ok()
    }

    /// Serialise as `"HH:MM"` or `null`.
    #[allow(clippy::ref_option, clippy::trivially_copy_pass_by_ref)] // serde's `with` signature
    pub(crate) fn serialize<S: Serializer>(t: &Option<Time>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&format!("{:02}:{:02}", t.hour(), t.minute())),
            None => s.serialize_none(),
        }
    }

    /// Deserialise from `"HH:MM"` or `null`.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Time>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(s) => parse(&s)
                .map(Some)
                .ok_or_else(|| D::Error::custom(format!("expected HH:MM, found {s:?}"))),
        }
    }
}

/// Rituals in one paragraph or list item of a body (plain text).
#[cfg(test)]
pub(crate) fn find_rituals(text: &str, section_title: Option<&str>) -> Vec<Hit<Ritual>> {
    find_rituals_with_links(text, section_title, &[])
}

/// Rituals in one paragraph or list item, with the paragraph's links as (text, url) pairs:
/// they give IRC web clients, video-call and chat links, and `mailto:` addresses.
pub(crate) fn find_rituals_with_links(
    text: &str,
    section_title: Option<&str>,
    links: &[(String, String)],
) -> Vec<Hit<Ritual>> {
    let in_section = section_title.is_some_and(is_rituals_title);
    // Outside a rituals section, only sentences with a schedule cue are read: `cue` is where
    // the next one starts (one forward scan over the paragraph).
    let mut cue = if in_section {
        Some(0)
    } else {
        next_cue(text, 0)
    };
    if cue.is_none() {
        return Vec::new();
    }
    let mut out: Vec<Hit<Ritual>> = Vec::new();
    let mut lexed = Lexed::default();
    let mut tz: Option<&'static str> = None;
    for (oa, ob) in merged_sentences(text) {
        let raw = text.get(oa..ob).unwrap_or("");
        if !in_section {
            match cue {
                None => break,
                Some(c) if c >= ob => continue,
                Some(_) => cue = next_cue(text, ob),
            }
        }
        let sentence = raw.trim();
        let start = oa + (raw.len() - raw.trim_start().len());
        let folded = Folded::new(sentence);
        let cap = |i: usize| {
            let rest = sentence.get(folded.original(i)..).unwrap_or("");
            rest.chars().next().is_some_and(char::is_uppercase)
        };
        lexed.lex(&folded.text, &cap);
        let whole = analyse(&lexed, 0, lexed.len());
        // Each ritual with the channel read from its clause (or from the whole sentence).
        let mut found: Vec<(Draft, Option<Channel>)> = Vec::new();
        if whole.needs_split() {
            for (ca, cb) in lexed.clauses() {
                let an = analyse(&lexed, ca, cb);
                let (fa, fb) = lexed.byte_range(ca, cb);
                let (xa, xb) = folded.original_range(fa, fb);
                let clause = sentence.get(xa..xb).unwrap_or("");
                found.extend(drafts(&an, in_section).into_iter().map(|d| {
                    let ch = channel(&an, d.ev, clause, links);
                    (d, ch)
                }));
            }
        }
        if found.is_empty() {
            found.extend(drafts(&whole, in_section).into_iter().map(|d| {
                let ch = channel(&whole, d.ev, sentence, links);
                (d, ch)
            }));
        }
        for (d, channel) in found {
            let ritual = Ritual {
                what: d.what.unwrap_or_else(|| fallback_what(sentence)),
                rrule: d.recurrence.as_ref().map(Recurrence::to_rrule),
                recurrence: d.recurrence,
                start: d.start,
                end: d.end,
                timezone: (*tz.get_or_insert_with(|| timezone(text))).to_owned(),
                channel,
                rotating: whole.rotating,
                text: sentence.to_owned(),
            };
            if !out.iter().any(|h| h.value == ritual) {
                out.push(Hit::new(ritual, start, start + sentence.len()));
            }
        }
    }
    out
}

/// Whether a section title announces rituals ("Nos rituels", "Réunions", "Our rituals").
pub(crate) fn is_rituals_title(title: &str) -> bool {
    let t = fold(title);
    let about = [
        "rituel",
        "ritual",
        "reunion",
        "ceremon",
        "meeting",
        "rendez-vous",
    ];
    // "Calendrier des réunions", "Prochaines réunions": lists of dated, one-off meetings.
    let dated = [
        "calendrier",
        "calendar",
        "agenda",
        "dates",
        "prochain",
        "upcoming",
        "archive",
    ];
    about.iter().any(|k| t.contains(k)) && !dated.iter().any(|k| t.contains(k))
}

/// A ritual before the sentence-level facts (channel, time zone, text) are added.
struct Draft {
    what: Option<String>,
    ev: Option<Ev>,
    recurrence: Option<Recurrence>,
    start: Option<Time>,
    end: Option<Time>,
}

fn drafts(an: &Analysis, in_section: bool) -> Vec<Draft> {
    if !an.qualifies(in_section) {
        return Vec::new();
    }
    let slots = an.final_slots();
    slots
        .iter()
        .map(|slot| {
            let real = !slot.days.is_empty() || slot.start.is_some() || slot.end.is_some();
            let ev = an.event_for(real.then_some(slot.tok));
            let recurrence = an.recurrence(slot, ev);
            let what = ev.map(|e| e.name(recurrence.as_ref(), an.status));
            Draft {
                what,
                ev,
                recurrence,
                start: slot.start,
                end: slot.end,
            }
        })
        .collect()
}

/// The start of the sentence, at most 80 characters, cut at a space.
fn fallback_what(sentence: &str) -> String {
    let trim = |s: &str| {
        s.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
            .to_owned()
    };
    let s = trim(sentence);
    match s.char_indices().nth(80) {
        None => s,
        Some((cut, _)) => trim(s[..cut].rfind(' ').map_or(&s[..cut], |i| &s[..i])),
    }
}

/// Sentence ranges, not breaking after a weekday abbreviation ("lun.") or "a.m."/"p.m.".
fn merged_sentences(text: &str) -> Vec<(usize, usize)> {
    const ABBREV: [&str; 10] = [
        "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "a.m", "p.m", "env",
    ];
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut join = false;
    for (a, b) in sentences(text) {
        match out.last_mut() {
            Some(last) if join => last.1 = b,
            _ => out.push((a, b)),
        }
        let s = text.get(a..b).unwrap_or("").trim_end();
        join = s.strip_suffix('.').is_some_and(|h| {
            let last = h.rsplit([' ', '(', ',']).next().unwrap_or("");
            ABBREV.iter().any(|a| last.eq_ignore_ascii_case(a))
        });
    }
    out
}

/// Lower-case ASCII prefixes (at most 8 bytes) of words that can start a schedule; a word
/// matches when it starts with one.
#[rustfmt::skip]
const SCHEDULE_PREFIXES: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
    "wednesda", "thursday", "friday", "saturday", "sunday", "hebdo", "bihebdo", "quotidie",
    "mensuel", "bimensue", "bimestri", "trimestr", "semestri", "annuel", "journali", "daily",
    "dailies", "weekly", "weekday", "monthly", "biweekly", "fortnigh", "quarterl", "yearly",
    "annual",
];
/// Weekday abbreviations, a schedule only with a dot after them ("lun.").
const DAY_ABBREV: &[&str] = &[
    "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mon", "tue", "wed", "thu", "fri",
];
/// Common words that are a schedule only next to another word (see [`in_context`]).
#[rustfmt::skip]
const CONTEXT_WORDS: &[&str] = &[
    "tous", "toutes", "chaque", "every", "each", "semaine", "mois", "week", "month", "fois",
    "times", "once", "twice",
];
/// First three letters of the words that can follow "tous les", "chaque", "every": units of
/// time, weekdays, dayparts, numbers, ordinals.
#[rustfmt::skip]
const UNIT_STARTS: &[&str] = &[
    "jou", "mat", "soi", "mid", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "sem", "moi",
    "ans", "ann", "tri", "deu", "tro", "qua", "qui", "six", "cin", "dix", "pre", "der", "fin",
    "mil", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "wee", "day", "mor", "eve", "yea",
    "oth", "two", "sec", "fir", "las",
];
/// Number words before "fois".
const COUNTS: &[&str] = &[
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "dix", "quinze",
];
/// Words before "par semaine" that make it a working pattern, not a ritual.
const WORK_UNITS: &[&str] = &[
    "jour", "jours", "heure", "heures", "h", "day", "days", "hour", "hours", "nuits",
];

/// The first 8 bytes of letters `w`, lower-cased, little-endian in a `u64` (zero-padded).
const fn pack(w: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let mut i = 0;
    while i < w.len() && i < 8 {
        buf[i] = w[i] | 0x20; // ASCII letters only: setting bit 5 lower-cases them
        i += 1;
    }
    u64::from_le_bytes(buf)
}

/// Packed prefixes with their lengths, for comparing a word in one or two instructions.
const fn packed<const N: usize>(words: &[&str]) -> [(u64, usize); N] {
    let mut out = [(0u64, 0usize); N];
    let mut i = 0;
    while i < N {
        out[i] = (pack(words[i].as_bytes()), words[i].len());
        i += 1;
    }
    out
}

const PREFIXES_PACKED: [(u64, usize); SCHEDULE_PREFIXES.len()] = packed(SCHEDULE_PREFIXES);

/// For each first letter, a bit set of the [`SCHEDULE_PREFIXES`] starting with it.
const PREFIX_BUCKETS: [u64; 26] = {
    let mut out = [0u64; 26];
    let mut i = 0;
    while i < SCHEDULE_PREFIXES.len() {
        out[(SCHEDULE_PREFIXES[i].as_bytes()[0] - b'a') as usize] |= 1 << i;
        i += 1;
    }
    out
};
const ABBREV_PACKED: [(u64, usize); DAY_ABBREV.len()] = packed(DAY_ABBREV);
const CONTEXT_PACKED: [(u64, usize); CONTEXT_WORDS.len()] = packed(CONTEXT_WORDS);

/// The ASCII word (letters, or digits) ending before byte `end`, skipping spaces (also
/// no-break ones): its start
/// and its text.
fn word_before(text: &str, end: usize) -> (usize, &str) {
    let b = text.as_bytes();
    let mut e = end;
    loop {
        match b[..e] {
            [.., b' '] => e -= 1,
            [.., 0xC2, 0xA0] => e -= 2,
            [.., 0xE2, 0x80, 0xAF] => e -= 3,
            _ => break,
        }
    }
    let s = e - b[..e]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    (s, &text[s..e])
}

/// The ASCII word (letters, or digits) starting after byte `start`, skipping spaces (also
/// no-break ones): its end
/// and its text.
fn word_after(text: &str, start: usize) -> (usize, &str) {
    let b = text.as_bytes();
    let mut s = start;
    loop {
        match b[s..] {
            [b' ', ..] => s += 1,
            [0xC2, 0xA0, ..] => s += 2,
            [0xE2, 0x80, 0xAF, ..] => s += 3,
            _ => break,
        }
    }
    let e = s + b[s..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    (e, &text[s..e])
}

/// Whether a common word (`word`, at `start..end` in `text`) is a schedule here: "tous les
/// lundis", "chaque semaine", "every other week", "une réunion par semaine" (not "5 jours
/// par semaine"), "une semaine sur deux", "2 fois par mois" (not "à la fois").
fn in_context(text: &str, word: &str, start: usize, end: usize) -> bool {
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    // A unit of time, weekday, number… or a word with an accent early on ("début", "été").
    let unit_like = |(e, w): (usize, &str)| {
        w.bytes().next().is_some_and(|c| c.is_ascii_digit())
            || w.get(..3).is_some_and(|p| is(p, UNIT_STARTS))
            || (w.len() < 3 && text.as_bytes().get(e).is_some_and(|&c| c >= 0x80))
    };
    let (before_start, before) = word_before(text, start);
    let (after_end, after) = word_after(text, end);
    match word {
        "tous" | "toutes" => {
            after.eq_ignore_ascii_case("les") && unit_like(word_after(text, after_end))
        }
        "chaque" | "every" | "each" => unit_like((after_end, after)),
        "semaine" | "mois" | "week" | "month" => {
            let per = is(before, &["par", "per", "a"]);
            (per && !is(word_before(text, before_start).1, WORK_UNITS)) || is(after, &["sur"])
        }
        "fois" | "times" => {
            let count =
                before.bytes().next().is_some_and(|c| c.is_ascii_digit()) || is(before, COUNTS);
            count || is(after, &["par", "per", "a"])
        }
        _ => is(after, &["a", "per", "every", "each"]), // once, twice
    }
}

/// The first three letters of every schedule word, prefix, abbreviation and context word, as
/// a bit set over `26³` trigrams: one bit test rejects almost every other word.
const TRIGRAMS: [u64; 275] = {
    const fn add(mut set: [u64; 275], w: &[u8]) -> [u64; 275] {
        let t = trigram(w[0], w[1], w[2]);
        set[t / 64] |= 1 << (t % 64);
        set
    }
    let mut set = [0u64; 275];
    let mut i = 0;
    while i < SCHEDULE_PREFIXES.len() {
        set = add(set, SCHEDULE_PREFIXES[i].as_bytes());
        i += 1;
    }
    let mut i = 0;
    while i < DAY_ABBREV.len() {
        set = add(set, DAY_ABBREV[i].as_bytes());
        i += 1;
    }
    let mut i = 0;
    while i < CONTEXT_WORDS.len() {
        set = add(set, CONTEXT_WORDS[i].as_bytes());
        i += 1;
    }
    set
};

/// The index of three ASCII letters (any case) in [`TRIGRAMS`].
const fn trigram(a: u8, b: u8, c: u8) -> usize {
    const fn l(x: u8) -> usize {
        ((x | 0x20).wrapping_sub(b'a') % 26) as usize
    }
    (l(a) * 26 + l(b)) * 26 + l(c)
}

/// First letters of [`DAY_ABBREV`] and [`CONTEXT_WORDS`], as a bit set over `a..=z`.
const OTHER_FIRST: u32 = {
    let mut set = 0u32;
    let mut i = 0;
    while i < DAY_ABBREV.len() {
        set |= 1 << (DAY_ABBREV[i].as_bytes()[0] - b'a');
        i += 1;
    }
    let mut i = 0;
    while i < CONTEXT_WORDS.len() {
        set |= 1 << (CONTEXT_WORDS[i].as_bytes()[0] - b'a');
        i += 1;
    }
    set
};

/// A fast scan of the raw text for the next word, at or after byte `from`, that can start a
/// schedule; returns where it starts. Every schedule cue has an ASCII spelling, so this runs
/// on bytes without folding or allocating.
fn next_cue(text: &str, from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let rest = bytes.get(from..)?;
    // Eight bytes at a time: a bit (the high one of each byte) for each ASCII letter, then
    // only word starts (a letter after a non-letter) are looked at.
    let mut after_letter = from > 0 && bytes[from - 1].is_ascii_alphabetic();
    let chunks = rest.chunks_exact(8);
    let tail = chunks.remainder();
    let mut tail_buf = [0u8; 8];
    tail_buf[..tail.len()].copy_from_slice(tail);
    let words = chunks.map(|c| (u64::from_le_bytes(c.try_into().unwrap_or([0; 8])), 8));
    for (k, (v, n)) in words
        .chain(std::iter::once((u64::from_le_bytes(tail_buf), tail.len())))
        .enumerate()
    {
        let x = (v | 0x2020_2020_2020_2020) & !HIGH; // lower case, high bits cleared
        let mut letters = (x + 0x1f1f_1f1f_1f1f_1f1f) & !(x + 0x0505_0505_0505_0505) & !v & HIGH;
        if n < 8 {
            letters &= mask(n);
        }
        let mut starts = letters & !((letters << 8) | (u64::from(after_letter) << 7));
        while starts != 0 {
            let start = from + k * 8 + (starts.trailing_zeros() / 8) as usize;
            if cue_word_at(text, start) {
                return Some(start);
            }
            starts &= starts - 1;
        }
        after_letter = letters >> 63 != 0;
    }
    None
}

/// Whether the ASCII word starting at `start` (after a non-letter) can start a schedule.
fn cue_word_at(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(&[first_letter, second, third]) = bytes.get(start..start + 3) else {
        return false;
    };
    if !second.is_ascii_alphabetic() || !third.is_ascii_alphabetic() {
        return false;
    }
    let index = |letter: u8| usize::from((letter | 0x20) - b'a');
    let tri = (index(first_letter) * 26 + index(second)) * 26 + index(third);
    if TRIGRAMS[tri / 64] & (1 << (tri % 64)) == 0 {
        return false;
    }
    let end = start
        + bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
    let len = end - start;
    if start > 0
        && bytes[start - 1] >= 0x80
        && text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
    {
        return false; // the tail of a word with an accent ("été")
    }
    let w = pack(&bytes[start..end]);
    let first = usize::from((bytes[start] | 0x20) - b'a');
    let mut bucket = PREFIX_BUCKETS[first];
    while bucket != 0 {
        let (p, n) = PREFIXES_PACKED[bucket.trailing_zeros() as usize];
        if len >= n && w & mask(n) == p {
            return true;
        }
        bucket &= bucket - 1;
    }
    if len > 8 || OTHER_FIRST & (1 << first) == 0 {
        return false;
    }
    if bytes.get(end) == Some(&b'.') && ABBREV_PACKED.iter().any(|&(p, n)| n == len && w == p) {
        return true;
    }
    CONTEXT_PACKED
        .iter()
        .position(|&(p, n)| n == len && w == p)
        .is_some_and(|k| in_context(text, CONTEXT_WORDS[k], start, end))
}

/// The low `n` bytes of a `u64`.
fn mask(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

/// Places (folded) whose time zone is not Paris's.
#[rustfmt::skip]
const ZONES: &[(&str, &str)] = &[
    ("heure de la reunion", "Indian/Reunion"), ("heure reunionnaise", "Indian/Reunion"),
    ("ile de la reunion", "Indian/Reunion"), ("reunion time", "Indian/Reunion"),
    ("guadeloupe", "America/Guadeloupe"), ("martinique", "America/Martinique"),
    ("guyane", "America/Cayenne"), ("french guiana", "America/Cayenne"),
    ("mayotte", "Indian/Mayotte"), ("nouvelle-caledonie", "Pacific/Noumea"),
    ("noumea", "Pacific/Noumea"), ("polynesie", "Pacific/Tahiti"), ("tahiti", "Pacific/Tahiti"),
    ("saint-pierre-et-miquelon", "America/Miquelon"), ("wallis", "Pacific/Wallis"),
];

/// The IANA zone named by the paragraph, `Europe/Paris` by default.
fn timezone(original: &str) -> &'static str {
    let folded = Folded::new(original);
    let f = folded.text.as_str();
    if let Some((_, z)) = ZONES.iter().find(|(k, _)| f.contains(k)) {
        return z;
    }
    // "à la Réunion", "de La Réunion": the island only where written with a capital R.
    for (at, _) in f.match_indices("la reunion") {
        let before = f[..at].trim_end();
        let r = original.get(folded.original(at + 3)..).unwrap_or("");
        if [" a", " de", " en"].iter().any(|p| before.ends_with(p)) && r.starts_with('R') {
            return "Indian/Reunion";
        }
    }
    let b = f.as_bytes();
    for (at, _) in f.match_indices("utc").chain(f.match_indices("gmt")) {
        let word_start = at == 0 || !b[at - 1].is_ascii_alphanumeric();
        let offset = b
            .get(at + 3)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'+' || *c == b'-');
        if word_start && !offset {
            return "UTC";
        }
    }
    "Europe/Paris"
}

/// Parts of the address of video-call services.
#[rustfmt::skip]
const VIDEO_HOSTS: &[&str] = &[
    "jitsi", "jit.si", "zoom", "webex", "meet.", "visio", "webinaire", "bbb", "bigbluebutton",
    "whereby", "teams.microsoft", "/meeting/",
];

/// The channel of event `ev` of a sentence (or clause).
fn channel(
    an: &Analysis,
    ev: Option<Ev>,
    sentence: &str,
    links: &[(String, String)],
) -> Option<Channel> {
    if ev == Some(Ev::Mail) {
        let mailto = || {
            links.iter().find_map(|(_, u)| {
                u.strip_prefix("mailto:")
                    .and_then(|a| a.split('?').next())
                    .map(str::to_owned)
            })
        };
        return email_in(sentence)
            .or_else(mailto)
            .map(|to| Channel::Email { to });
    }
    let room = room_in(sentence);
    if an.irc {
        let web = link_where(links, |t, u| {
            ["libera", "irc", "kiwi", "webchat", "oftc"]
                .iter()
                .any(|k| host(u).contains(k))
                || (["web", "navigateur", "browser"]
                    .iter()
                    .any(|k| t.contains(k))
                    && u.starts_with("http"))
        })
        .or_else(|| url_in(sentence, &["irc", "libera", "kiwi", "webchat"]));
        let from_web = || {
            web.as_deref()
                .and_then(|w| w.split_once('#'))
                .filter(|(_, r)| !r.is_empty())
                .map(|(_, r)| format!("#{r}"))
        };
        let room = room.or_else(from_web)?;
        return Some(Channel::Irc {
            room,
            server: server_in(sentence),
            web,
        });
    }
    if let Some(name) = an.chat {
        let key = name
            .split([' ', '.'])
            .next()
            .unwrap_or(name)
            .to_ascii_lowercase();
        let url = link_where(links, |_, u| u.contains(&key) || u.contains("matrix.to"))
            .or_else(|| url_in(sentence, &[&key]));
        return Some(Channel::Chat {
            name: Some(name.to_owned()),
            url,
        });
    }
    if an.room_word && room.is_some() {
        return Some(Channel::Chat {
            name: None,
            url: None,
        });
    }
    if an.video {
        let url = link_where(links, |t, u| {
            VIDEO_HOSTS.iter().any(|k| u.contains(k)) || t.contains("visio") || t.contains("video")
        })
        .or_else(|| url_in(sentence, VIDEO_HOSTS));
        return Some(Channel::VideoCall { url });
    }
    (ev.is_some_and(Ev::is_gathering) || an.in_person).then(|| Channel::Meeting {
        place: place_in(sentence),
    })
}

fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The first link (not `mailto:`) whose folded text and lower-case URL pass `f`.
fn link_where(links: &[(String, String)], f: impl Fn(&str, &str) -> bool) -> Option<String> {
    links
        .iter()
        .find(|(t, u)| !u.starts_with("mailto:") && f(&fold(t), &u.to_ascii_lowercase()))
        .map(|(_, u)| u.clone())
}

/// Whitespace-separated chunks of a sentence, stripped of quotes, brackets and end punctuation.
fn chunks(s: &str) -> impl Iterator<Item = &str> {
    let wrapper = |c: char| {
        matches!(
            c,
            '`' | '\''
                | '"'
                | '('
                | ')'
                | '['
                | ']'
                | '<'
                | '>'
                | '«'
                | '»'
                | '“'
                | '”'
                | '‘'
                | '’'
                | ','
                | ';'
                | ':'
                | '!'
                | '?'
                | '*'
        )
    };
    s.split(char::is_whitespace)
        .map(move |c| c.trim_matches(wrapper).trim_end_matches('.'))
}

fn url_in(s: &str, keys: &[&str]) -> Option<String> {
    let hit = |c: &&str| {
        c.starts_with("http")
            && c.contains("://")
            && keys.iter().any(|k| c.to_ascii_lowercase().contains(k))
    };
    chunks(s).find(hit).map(str::to_owned)
}

fn email_in(s: &str) -> Option<String> {
    let address = |c: &&str| {
        c.split_once('@').is_some_and(|(l, d)| {
            !l.is_empty() && d.contains('.') && !d.ends_with('.') && !c.contains("://")
        })
    };
    chunks(s)
        .map(|c| c.strip_prefix("mailto:").unwrap_or(c))
        .find(address)
        .map(str::to_owned)
}

/// A chat room: `#` at the start of a word, then letters, digits, `_`, `-`, `.`.
fn room_in(s: &str) -> Option<String> {
    for (at, _) in s.match_indices('#') {
        if s[..at]
            .chars()
            .next_back()
            .is_some_and(|c| !(c.is_whitespace() || "`'\"([“«‘’".contains(c)))
        {
            continue;
        }
        let end = s[at + 1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || "_-.".contains(c)))
            .map_or(s.len(), |e| at + 1 + e);
        let room = s[at..end].trim_end_matches(['.', '-']);
        if room.bytes().any(|b| b.is_ascii_alphabetic()) {
            return Some(room.to_owned());
        }
    }
    None
}

/// An IRC server: a domain starting with `irc.`, of a known network, or after "serveur".
fn server_in(s: &str) -> Option<String> {
    let mut prev = "";
    for c in chunks(s) {
        let after_server = ["serveur", "server", "reseau", "réseau", "network"]
            .iter()
            .any(|w| prev.eq_ignore_ascii_case(w));
        prev = c;
        if !c.contains('.') {
            continue;
        }
        let l = c.to_ascii_lowercase();
        let tld = c
            .rsplit('.')
            .next()
            .is_some_and(|t| t.len() >= 2 && t.bytes().all(|b| b.is_ascii_alphabetic()));
        let domain = tld
            && c.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        let named = l.starts_with("irc.")
            || ["libera", "oftc", "freenode", "geeknode"]
                .iter()
                .any(|k| l.contains(k))
            || after_server;
        if domain && named {
            return Some(c.to_owned());
        }
    }
    None
}

/// "à Paris", "in Lyon": a capitalised place after a preposition (not opening the sentence).
fn place_in(s: &str) -> Option<String> {
    let mut prev = "";
    for (i, c) in chunks(s).enumerate() {
        let p = std::mem::replace(&mut prev, c);
        if i < 2 || !["à", "a", "À", "in", "at"].contains(&p) {
            continue;
        }
        let proper = c.chars().next().is_some_and(char::is_uppercase)
            && c.chars().any(char::is_lowercase)
            && c.chars().count() >= 3
            && c.chars().all(|ch| ch.is_alphabetic() || ch == '-');
        if !proper {
            continue;
        }
        let f = fold(c);
        let known = month_word(&f).is_some()
            || lex::weekday_word(&f).is_some()
            || number_word(&f).is_some();
        if !known {
            return Some(c.to_owned());
        }
    }
    None
}

/// Tokens of one folded sentence and what they say about schedules and events.
mod lex {
    use time::Time;

    use super::{Frequency, Recurrence, Weekday};
    use crate::text::{month_word, number_word};

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum K {
        Word,
        Num(u32),
        Punct(u8),
        /// An e-mail address (`@`) or a URL (`u`), kept out of the analysis.
        Skip(u8),
    }

    #[derive(Clone, Copy, Debug)]
    struct Tok {
        k: K,
        s: usize,
        e: usize,
        /// Whitespace before the token.
        sp: bool,
        /// Written with a capital first letter in the original.
        cap: bool,
    }

    /// A folded sentence split into words, numbers and punctuation.
    #[derive(Default)]
    pub(super) struct Lexed {
        s: String,
        t: Vec<Tok>,
    }

    fn is_alpha_at(s: &str, i: usize) -> bool {
        s.get(i..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphabetic)
    }

    fn char_len(s: &str, i: usize) -> usize {
        s.get(i..)
            .and_then(|r| r.chars().next())
            .map_or(1, char::len_utf8)
    }

    impl Lexed {
        /// Lex folded sentence `text`; `cap(i)` says whether folded byte `i` was upper case.
        pub(super) fn lex(&mut self, text: &str, cap: &dyn Fn(usize) -> bool) {
            self.s.clear();
            self.s.push_str(text);
            self.t.clear();
            let bytes = text.as_bytes();
            let (mut i, mut sp) = (0, true);
            while i < bytes.len() {
                let byte = bytes[i];
                if byte.is_ascii_whitespace() {
                    (sp, i) = (true, i + 1);
                    continue;
                }
                if sp {
                    let end = bytes[i..]
                        .iter()
                        .position(u8::is_ascii_whitespace)
                        .map_or(bytes.len(), |e| i + e);
                    let chunk = &text[i..end];
                    let cb = chunk.as_bytes();
                    let (colon, at) = (cb.contains(&b':'), cb.contains(&b'@'));
                    let skip = if (colon && chunk.contains("://")) || chunk.starts_with("www.") {
                        Some(b'u')
                    } else {
                        (at && cb.contains(&b'.')).then_some(b'@')
                    };
                    if let Some(k) = skip {
                        self.t.push(Tok {
                            k: K::Skip(k),
                            s: i,
                            e: end,
                            sp,
                            cap: false,
                        });
                        i = end;
                        continue;
                    }
                }
                let start = i;
                let kind = if byte.is_ascii_digit() {
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                    K::Num(text[start..i].parse::<u32>().unwrap_or(u32::MAX))
                } else if byte.is_ascii_alphabetic() || is_alpha_at(text, i) {
                    while i < bytes.len()
                        && (bytes[i].is_ascii_alphabetic()
                            || (bytes[i] >= 0x80 && is_alpha_at(text, i)))
                    {
                        i += char_len(text, i);
                    }
                    K::Word
                } else {
                    i += char_len(text, i);
                    K::Punct(if byte < 0x80 { byte } else { 0xFF })
                };
                self.t.push(Tok {
                    k: kind,
                    s: start,
                    e: i,
                    sp,
                    cap: kind == K::Word && cap(start),
                });
                sp = false;
            }
        }

        pub(super) fn len(&self) -> usize {
            self.t.len()
        }

        /// The word at `i`, or "" (for numbers, punctuation and out of range too).
        fn w(&self, i: usize) -> &str {
            match self.t.get(i) {
                Some(t) if t.k == K::Word => self.s.get(t.s..t.e).unwrap_or(""),
                _ => "",
            }
        }

        /// The word `back` tokens before `i`, or "".
        fn prev(&self, i: usize, back: usize) -> &str {
            i.checked_sub(back).map_or("", |j| self.w(j))
        }

        fn n(&self, i: usize) -> Option<u32> {
            match self.t.get(i)?.k {
                K::Num(v) => Some(v),
                _ => None,
            }
        }

        fn digits(&self, i: usize) -> usize {
            self.t.get(i).map_or(0, |t| t.e - t.s)
        }

        /// A number in digits or words ("deux", "15", "two").
        fn count(&self, i: usize) -> Option<u32> {
            let english = |w| ["two", "three", "four", "six"].iter().position(|n| *n == w);
            let en = english(self.w(i)).map(|p| [2, 3, 4, 6][p]);
            self.n(i).or_else(|| number_word(self.w(i))).or(en)
        }

        fn p(&self, i: usize, c: u8) -> bool {
            self.t.get(i).is_some_and(|t| t.k == K::Punct(c))
        }

        fn sp(&self, i: usize) -> bool {
            self.t.get(i).is_some_and(|t| t.sp)
        }

        /// The byte range of tokens `from..to` in the sentence.
        pub(super) fn byte_range(&self, from: usize, to: usize) -> (usize, usize) {
            let a = self.t.get(from).map_or(0, |t| t.s);
            let b = to
                .checked_sub(1)
                .and_then(|k| self.t.get(k))
                .map_or(self.s.len(), |t| t.e);
            (a, b.max(a))
        }

        /// Clause ranges: split at commas, brackets, semicolons and spaced dashes.
        pub(super) fn clauses(&self) -> Vec<(usize, usize)> {
            let mut out = Vec::new();
            let mut start = 0;
            for (i, t) in self.t.iter().enumerate() {
                let cut = matches!(t.k, K::Punct(b',' | b'(' | b')' | b';'))
                    || (t.k == K::Punct(b'-') && t.sp && self.sp(i + 1));
                if cut {
                    if i > start {
                        out.push((start, i));
                    }
                    start = i + 1;
                }
            }
            if start < self.t.len() {
                out.push((start, self.t.len()));
            }
            out
        }
    }

    /// Weekday names, French and English.
    const DAY_NAMES: [[&str; 7]; 2] = [
        [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
        [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ],
    ];

    /// Weekday abbreviations (French and English), Monday first.
    #[rustfmt::skip]
    const DAY_ABBREVS: [&[&str]; 7] = [
        &["lun", "mon"], &["mar", "tue", "tues"], &["mer", "wed"], &["jeu", "thu", "thur", "thurs"],
        &["ven", "fri"], &["sam", "sat"], &["dim", "sun"],
    ];

    /// Ordinal words (singular) and the position they give.
    #[rustfmt::skip]
    const ORDINALS: &[(&str, i8)] = &[
        ("premier", 1), ("premiere", 1), ("first", 1), ("deuxieme", 2), ("second", 2),
        ("seconde", 2), ("troisieme", 3), ("third", 3), ("quatrieme", 4), ("fourth", 4),
        ("dernier", -1), ("derniere", -1), ("last", -1),
    ];

    /// A weekday name (folded), French or English, and whether it is plural.
    pub(super) fn weekday_word(w: &str) -> Option<(Weekday, bool)> {
        let plural = w.len() > 3 && w.ends_with('s');
        let stem = if plural { &w[..w.len() - 1] } else { w };
        let i = DAY_NAMES
            .iter()
            .find_map(|l| l.iter().position(|n| *n == stem))?;
        Some((Weekday::ALL[i], plural))
    }

    /// A weekday abbreviation (the caller checks the dot after it).
    fn abbrev_weekday(w: &str) -> Option<Weekday> {
        DAY_ABBREVS
            .iter()
            .position(|l| l.contains(&w))
            .map(|i| Weekday::ALL[i])
    }

    /// A unit of time after "tous les", "par", "every": the frequency and its multiplier.
    fn unit(w: &str) -> Option<(Frequency, u32)> {
        #[rustfmt::skip]
        const UNITS: &[(&str, Frequency, u32)] = &[
            ("jour", Frequency::Daily, 1), ("day", Frequency::Daily, 1),
            ("semaine", Frequency::Weekly, 1), ("week", Frequency::Weekly, 1),
            ("mois", Frequency::Monthly, 1), ("month", Frequency::Monthly, 1),
            ("trimestre", Frequency::Monthly, 3), ("quarter", Frequency::Monthly, 3),
            ("semestre", Frequency::Monthly, 6), ("an", Frequency::Yearly, 1),
            ("annee", Frequency::Yearly, 1), ("year", Frequency::Yearly, 1),
        ];
        let stem = if w == "mois" {
            w
        } else {
            w.strip_suffix('s').unwrap_or(w)
        };
        UNITS.iter().find(|u| u.0 == stem).map(|u| (u.1, u.2))
    }

    /// Frequency adjectives by prefix: frequency, interval, times per period.
    #[rustfmt::skip]
    const ADJECTIVES: &[(&str, Frequency, u32, u32)] = &[
        ("bihebdo", Frequency::Weekly, 1, 2), ("hebdo", Frequency::Weekly, 1, 1),
        ("quotidien", Frequency::Daily, 1, 1), ("journalier", Frequency::Daily, 1, 1),
        ("bimensuel", Frequency::Weekly, 2, 1), ("biweekly", Frequency::Weekly, 2, 1),
        ("fortnightly", Frequency::Weekly, 2, 1), ("mensuel", Frequency::Monthly, 1, 1),
        ("monthly", Frequency::Monthly, 1, 1), ("bimestriel", Frequency::Monthly, 2, 1),
        ("trimestriel", Frequency::Monthly, 3, 1), ("quarterly", Frequency::Monthly, 3, 1),
        ("semestriel", Frequency::Monthly, 6, 1), ("annuel", Frequency::Yearly, 1, 1),
        ("annual", Frequency::Yearly, 1, 1), ("yearly", Frequency::Yearly, 1, 1),
    ];

    /// An ordinal before a weekday: 1 for "premier", -1 for "dernier"; and tokens used.
    fn ordinal(lx: &Lexed, i: usize) -> Option<(i8, usize)> {
        let w = lx.w(i);
        let stem = w.strip_suffix('s').unwrap_or(w);
        if let Some((_, p)) = ORDINALS.iter().find(|(o, _)| *o == stem) {
            return Some((*p, 1));
        }
        let n = lx.n(i).filter(|n| (1..=5).contains(n))?;
        let suffix = ["er", "ere", "e", "eme", "st", "nd", "rd", "th"].contains(&lx.w(i + 1));
        (suffix && !lx.sp(i + 1)).then(|| (i8::try_from(n).unwrap_or(1), 2))
    }

    /// Kinds of events a sentence can name.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub(super) enum Ev {
        PublicPresence,
        OfficeHours,
        TeamMeeting,
        Meeting,
        Call,
        AllHands,
        Plenary,
        /// "le weekly": a weekly meeting named by its frequency.
        Weekly,
        /// "le daily": a daily stand-up named by its frequency.
        Daily,
        StandUp,
        CheckIn,
        TeamCheckIn,
        Mood,
        Retro,
        Demo,
        SprintReview,
        SprintPlanning,
        Review,
        Mail,
        Coffee,
        Lunch,
        Social,
        Workshop,
        Committee,
        Steering,
        OneOnOne,
        Seminar,
        Sync,
        Webinar,
        /// Being in a chat room ("sur le canal IRC").
        Chat,
        /// "présents sur le salon": a public presence when a room is named.
        Present,
    }

    /// Single words (singular, folded) that name an event.
    #[rustfmt::skip]
    const EVENT_WORDS: &[(&str, Ev)] = &[
        ("permanence", Ev::OfficeHours), ("standup", Ev::StandUp), ("meteo", Ev::Mood),
        ("retro", Ev::Retro), ("retrospective", Ev::Retro), ("demo", Ev::Demo),
        ("demonstration", Ev::Demo), ("bilan", Ev::Review), ("review", Ev::Review),
        ("mail", Ev::Mail), ("email", Ev::Mail), ("courriel", Ev::Mail), ("newsletter", Ev::Mail),
        ("infolettre", Ev::Mail), ("mailing", Ev::Mail), ("cafe", Ev::Coffee),
        ("coffee", Ev::Coffee), ("dejeuner", Ev::Lunch), ("lunch", Ev::Lunch),
        ("apero", Ev::Social), ("afterwork", Ev::Social), ("atelier", Ev::Workshop),
        ("workshop", Ev::Workshop), ("comite", Ev::Committee), ("committee", Ev::Committee),
        ("copil", Ev::Steering), ("codir", Ev::Steering), ("steering", Ev::Steering),
        ("seminaire", Ev::Seminar), ("seminar", Ev::Seminar), ("synchro", Ev::Sync),
        ("sync", Ev::Sync), ("webinaire", Ev::Webinar), ("webinar", Ev::Webinar),
        ("call", Ev::Call), ("pleniere", Ev::Plenary), ("plenary", Ev::Plenary),
        ("meeting", Ev::Meeting), ("reunion", Ev::Meeting),
    ];

    impl Ev {
        /// Mail and chat rooms are events only together with a schedule.
        fn is_weak(self) -> bool {
            matches!(self, Self::Mail | Self::Chat | Self::Present)
        }

        /// Events where people gather (in person unless another channel is named).
        pub(super) fn is_gathering(self) -> bool {
            !matches!(
                self,
                Self::Mail | Self::Chat | Self::Present | Self::PublicPresence | Self::Webinar
            )
        }

        /// Which event names a sentence when it names several (lower first).
        fn rank(self, address: bool) -> u8 {
            match self {
                Self::PublicPresence | Self::OfficeHours | Self::Present => 0,
                Self::Mail if address => 1,
                Self::StandUp | Self::Daily => 2,
                Self::Retro => 3,
                Self::Demo | Self::SprintReview | Self::SprintPlanning => 4,
                Self::OneOnOne | Self::Mood => 5,
                Self::TeamMeeting | Self::Weekly | Self::AllHands | Self::Plenary => 6,
                Self::Steering | Self::Committee => 7,
                Self::Seminar | Self::Webinar => 8,
                Self::Workshop => 9,
                Self::Coffee | Self::Lunch | Self::Social => 10,
                Self::Sync => 11,
                Self::Meeting | Self::Call => 12,
                Self::TeamCheckIn => 13,
                Self::CheckIn => 14,
                Self::Review => 15,
                Self::Mail => 20,
                Self::Chat => 30,
            }
        }

        fn implied(self) -> Option<Frequency> {
            match self {
                Self::Daily => Some(Frequency::Daily),
                Self::Weekly => Some(Frequency::Weekly),
                _ => None,
            }
        }

        /// Short English name; `status` says the sentence is about news or progress.
        pub(super) fn name(self, rec: Option<&Recurrence>, status: bool) -> String {
            let adj = match rec.filter(|r| r.times_per_period.is_none_or(|t| t <= 1)) {
                Some(r) => match (r.frequency, r.interval) {
                    (Frequency::Weekly, 1) if r.by_day.len() >= 5 => "daily ",
                    (Frequency::Weekly, 2) => "fortnightly ",
                    (f, 1) => ["daily ", "weekly ", "monthly ", "yearly "][f as usize],
                    _ => "",
                },
                None => "",
            };
            let fixed = match self {
                Self::Mail if status => return format!("{adj}status mail"),
                Self::Mail => return format!("{adj}mail"),
                Self::StandUp => return format!("{adj}stand-up"),
                Self::CheckIn => return format!("{adj}check-in"),
                Self::Review => return format!("{adj}review"),
                Self::PublicPresence | Self::Present => "public presence",
                Self::OfficeHours => "office hours",
                Self::TeamMeeting => "team meeting",
                Self::Meeting => "meeting",
                Self::Call => "call",
                Self::AllHands => "all-hands meeting",
                Self::Plenary => "plenary meeting",
                Self::Weekly => "weekly meeting",
                Self::Daily => "daily stand-up",
                Self::TeamCheckIn => "team check-in",
                Self::Mood => "mood check-in",
                Self::Retro => "retrospective",
                Self::Demo => "demo",
                Self::SprintReview => "sprint review",
                Self::SprintPlanning => "sprint planning",
                Self::Coffee => "coffee",
                Self::Lunch => "team lunch",
                Self::Social => "social gathering",
                Self::Workshop => "workshop",
                Self::Committee => "committee",
                Self::Steering => "steering committee",
                Self::OneOnOne => "one-on-one",
                Self::Seminar => "seminar",
                Self::Sync => "sync",
                Self::Webinar => "webinar",
                Self::Chat => "chat session",
            };
            fixed.to_owned()
        }
    }

    /// Days and times that belong together ("le lundi de 10h30 à 11h").
    #[derive(Clone, Debug, Default, PartialEq)]
    pub(super) struct Slot {
        pub(super) days: Vec<Weekday>,
        set_pos: Option<i8>,
        interval: Option<u8>,
        pub(super) start: Option<Time>,
        pub(super) end: Option<Time>,
        /// Token where the slot starts (to find its event).
        pub(super) tok: usize,
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    struct Freq {
        f: Frequency,
        interval: u8,
        times: Option<u8>,
    }

    /// What one sentence (or clause) says.
    #[derive(Default)]
    #[allow(clippy::struct_excessive_bools)] // independent cues, each a yes or no
    pub(super) struct Analysis {
        slots: Vec<Slot>,
        freq: Option<Freq>,
        freq_conflict: bool,
        /// An explicit recurrence: "tous les", "chaque", "hebdomadaire", plural weekdays.
        strong: bool,
        /// A bare weekday ("le lundi", "mardi à 11h").
        weak_day: bool,
        /// The bare weekday is English and singular ("on Monday"), often a one-off.
        weak_en: bool,
        month_ctx: bool,
        one_off: bool,
        events: Vec<(Ev, usize)>,
        excluded: Vec<Weekday>,
        has_time: bool,
        work: bool,
        address: bool,
        /// A verb of sending ("envoie", "sent"): a mail in the sentence is the event.
        sent: bool,
        hash_room: bool,
        discussion: bool,
        pub(super) irc: bool,
        pub(super) chat: Option<&'static str>,
        pub(super) room_word: bool,
        pub(super) video: bool,
        pub(super) in_person: bool,
        pub(super) rotating: bool,
        pub(super) status: bool,
    }

    impl Analysis {
        /// Whether the clause analysis should be tried: two different frequencies, or a
        /// monthly one next to weekdays ("un point chaque lundi, une démo tous les mois").
        pub(super) fn needs_split(&self) -> bool {
            let long = self
                .freq
                .is_some_and(|f| matches!(f.f, Frequency::Monthly | Frequency::Yearly));
            self.freq_conflict
                || (long
                    && self
                        .slots
                        .iter()
                        .any(|s| !s.days.is_empty() && s.set_pos.is_none()))
        }

        pub(super) fn qualifies(&self, in_section: bool) -> bool {
            let primary = self.primary_event();
            let has_days = self.slots.iter().any(|s| !s.days.is_empty());
            let implied = primary.and_then(Ev::implied).is_some();
            let weak = (self.weak_day && (!self.weak_en || in_section))
                || (implied && (self.has_time || has_days));
            if self.one_off && !self.strong {
                return false;
            }
            if !self.strong && !weak {
                return in_section && self.events.iter().any(|(e, _)| !e.is_weak());
            }
            primary.is_some() || (in_section && self.has_time && !self.work)
        }

        fn mail_sent(&self) -> bool {
            self.sent && self.events.iter().any(|(e, _)| *e == Ev::Mail)
        }

        pub(super) fn primary_event(&self) -> Option<Ev> {
            if self.mail_sent() {
                return Some(Ev::Mail); // "un bilan est envoyé chaque vendredi par courriel"
            }
            self.events
                .iter()
                .min_by_key(|(e, i)| (e.rank(self.address), *i))
                .map(|(e, _)| *e)
        }

        /// The event of a slot starting at token `tok` (`None` for a sentence without days or
        /// times): the nearest event before it, else the first after; the main event of the
        /// sentence when there is no slot. Chat rooms are channels here, not events.
        pub(super) fn event_for(&self, tok: Option<usize>) -> Option<Ev> {
            let Some(tok) = tok.filter(|_| !self.mail_sent()) else {
                return self.primary_event();
            };
            let pool = || {
                self.events
                    .iter()
                    .filter(|(e, _)| !matches!(e, Ev::Chat | Ev::Present))
            };
            pool()
                .filter(|(_, i)| *i <= tok)
                .max_by_key(|(_, i)| *i)
                .or_else(|| pool().min_by_key(|(_, i)| *i))
                .map(|(e, _)| *e)
                .or_else(|| self.primary_event())
        }

        /// Slots after removing excluded days, filling days of time-only slots from the slot
        /// before and merging slots with the same times.
        pub(super) fn final_slots(&self) -> Vec<Slot> {
            let mut out: Vec<Slot> = Vec::new();
            for s in &self.slots {
                let mut s = s.clone();
                // "du lundi au vendredi sauf le mercredi"; never empties a slot ("chaque lundi
                // sauf le lundi de Pâques" excepts a date, not the weekday).
                if s.days.iter().any(|d| !self.excluded.contains(d)) {
                    s.days.retain(|d| !self.excluded.contains(d));
                }
                if s.days.is_empty() && s.start.is_none() && s.end.is_none() {
                    continue;
                }
                if let Some(prev) = out.last().filter(|_| s.days.is_empty()) {
                    (s.days, s.set_pos, s.interval) =
                        (prev.days.clone(), prev.set_pos, prev.interval);
                }
                s.days.sort();
                s.days.dedup();
                let same = |o: &&mut Slot| {
                    (o.start, o.end, o.set_pos, o.interval)
                        == (s.start, s.end, s.set_pos, s.interval)
                        && !o.days.is_empty()
                        && !s.days.is_empty()
                };
                if let Some(o) = out.iter_mut().find(same) {
                    o.days.extend(s.days);
                    o.days.sort();
                    o.days.dedup();
                } else {
                    out.push(s);
                }
            }
            if out.is_empty() {
                out.push(Slot {
                    tok: self.events.first().map_or(0, |e| e.1),
                    ..Slot::default()
                });
            }
            out
        }

        pub(super) fn recurrence(&self, slot: &Slot, ev: Option<Ev>) -> Option<Recurrence> {
            let implied = || {
                ev.and_then(Ev::implied).map(|f| Freq {
                    f,
                    interval: 1,
                    times: None,
                })
            };
            let f = self.freq.or_else(implied);
            if slot.days.is_empty() {
                return f.map(|f| Recurrence {
                    interval: f.interval,
                    times_per_period: f.times,
                    ..Recurrence::every(f.f)
                });
            }
            let mut r = Recurrence {
                by_day: slot.days.clone(),
                ..Recurrence::every(Frequency::Weekly)
            };
            match f {
                _ if slot.set_pos.is_some() => {
                    (r.frequency, r.by_set_pos) = (Frequency::Monthly, slot.set_pos);
                    r.interval = f
                        .filter(|f| f.f == Frequency::Monthly)
                        .map_or(1, |f| f.interval);
                }
                Some(f) if matches!(f.f, Frequency::Monthly | Frequency::Yearly) => {
                    (r.frequency, r.interval, r.times_per_period) = (f.f, f.interval, f.times);
                }
                _ => {
                    let weekly = f.filter(|f| f.f == Frequency::Weekly);
                    r.interval = slot.interval.or(weekly.map(|f| f.interval)).unwrap_or(1);
                    r.times_per_period = weekly
                        .and_then(|f| f.times)
                        .filter(|&t| usize::from(t) > slot.days.len());
                }
            }
            Some(r)
        }
    }

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Form {
        /// "16h", "16 h 30", "15 heures", "midi".
        H,
        /// "10:30".
        Colon,
        /// "10.30".
        Dot,
        /// "10am", "3 p.m.".
        AmPm,
        /// A number alone ("de 14 à 16h").
        Bare,
    }

    #[derive(Clone, Copy)]
    struct Clock {
        h: u8,
        m: u8,
        form: Form,
        pm: Option<bool>,
    }

    impl Clock {
        fn time(self) -> Option<Time> {
            let h = match self.pm {
                Some(_) if !(1..=12).contains(&self.h) => return None,
                Some(true) if self.h < 12 => self.h + 12,
                Some(false) if self.h == 12 => 0,
                _ => self.h,
            };
            Time::from_hms(h, self.m, 0).ok()
        }
    }

    /// A clock time at token `i` and the token after it.
    fn clock(lx: &Lexed, i: usize) -> Option<(Clock, usize)> {
        let named = match lx.w(i) {
            "midi" | "noon" => Some(12),
            "minuit" | "midnight" => Some(0),
            _ => None,
        };
        if let Some(hour) = named {
            // "après-midi", "Midi-Pyrénées"
            let apres = i.checked_sub(1).is_some_and(|b| lx.p(b, b'-')) && lx.prev(i, 2) == "apres";
            return (!apres && !lx.p(i + 1, b'-')).then_some((
                Clock {
                    h: hour,
                    m: 0,
                    form: Form::H,
                    pm: None,
                },
                i + 1,
            ));
        }
        let hour = u8::try_from(lx.n(i)?)
            .ok()
            .filter(|&h| h <= 24 && lx.digits(i) <= 2)?;
        let mut clk = Clock {
            h: hour,
            m: 0,
            form: Form::Bare,
            pm: None,
        };
        let mut next = i + 1;
        let minutes = |k: usize| {
            lx.n(k)
                .filter(|&m| m < 60 && lx.digits(k) == 2)
                .and_then(|m| u8::try_from(m).ok())
        };
        if ["h", "heure", "heures", "hr", "hrs"].contains(&lx.w(next)) {
            (clk.form, next) = (Form::H, next + 1);
            if let Some(m) = minutes(next) {
                (clk.m, next) = (m, next + 1);
            }
        } else if (lx.p(next, b':') || lx.p(next, b'.'))
            && !lx.sp(next)
            && !lx.sp(next + 1)
            && let Some(m) = minutes(next + 1)
        {
            clk.form = if lx.p(next, b':') {
                Form::Colon
            } else {
                Form::Dot
            };
            (clk.m, next) = (m, next + 2);
        }
        if clk.form != Form::H {
            let w = lx.w(next);
            if w == "am" || w == "pm" {
                (clk.pm, next) = (Some(w == "pm"), next + 1);
            } else if (w == "a" || w == "p") && lx.p(next + 1, b'.') && lx.w(next + 2) == "m" {
                (clk.pm, next) = (
                    Some(w == "p"),
                    next + if lx.p(next + 3, b'.') { 4 } else { 3 },
                );
            }
            if clk.pm.is_some() {
                clk.form = Form::AmPm;
            }
        }
        (clk.time().is_some() && !(clk.form == Form::H && hour == 24)).then_some((clk, next))
    }

    /// The end of a range after a start time: "à 17h", "-17h", "to 3pm", "et 15h".
    fn range_end(lx: &Lexed, j: usize, between: bool, start: Clock) -> Option<(Clock, usize)> {
        let k = match lx.w(j) {
            "a" | "to" | "until" | "till" => j + 1,
            "et" | "and" if between => j + 1,
            "jusqu" if lx.p(j + 1, b'\'') && lx.w(j + 2) == "a" => j + 3,
            _ if lx.p(j, b'-') => j + 1,
            _ => return None,
        };
        let (end, next) = clock(lx, k)?;
        let ok = match end.form {
            Form::Bare => matches!(start.form, Form::H | Form::Colon) && end.h > start.h,
            Form::Dot => start.form != Form::Bare,
            _ => true,
        };
        ok.then_some((end, next))
    }

    /// Start, end, and the token after.
    type Span = (Option<Time>, Option<Time>, usize);

    fn range(lx: &Lexed, mut first: Clock, second: Clock, next: usize) -> Option<Span> {
        if first.pm.is_none() && second.pm == Some(true) && first.h < 12 && first.h < second.h {
            first.pm = Some(true); // "2-3pm"
        }
        let ok = !lx.p(next, b'/');
        ok.then_some((Some(first.time()?), Some(second.time()?), next))
    }

    /// After a single time: "16h de formation", "35h par semaine", "24h/24" are not clock times.
    fn single_ok(lx: &Lexed, next: usize) -> bool {
        let w = lx.w(next);
        let of = (w == "de" || w == "d") && lx.n(next + 1).is_none() && lx.w(next + 1) != "midi";
        !(lx.p(next, b'/')
            || of
            || ["par", "per", "minimum", "maximum", "max", "environ"].contains(&w)
            || w.starts_with("hebdo"))
    }

    /// Words that can introduce a time.
    #[rustfmt::skip]
    const TIME_INTRO: &[&str] = &[
        "de", "from", "entre", "between", "a", "des", "vers", "at", "around", "jusqu", "until",
        "till", "midi", "noon", "minuit", "midnight", "starting",
    ];

    /// A time or a time range starting at token `i` (with its introducing word, if any).
    fn time_at(lx: &Lexed, i: usize, from: usize) -> Option<Span> {
        let w = lx.w(i);
        let single = |c: Clock, after: usize, start: bool| {
            (c.form != Form::Bare && single_ok(lx, after)).then(|| {
                let t = c.time();
                if start {
                    (t, None, after)
                } else {
                    (None, t, after)
                }
            })
        };
        match w {
            "de" | "from" | "entre" | "between" => {
                let (first, after) = clock(lx, i + 1)?;
                if let Some((second, end)) =
                    range_end(lx, after, w == "entre" || w == "between", first)
                {
                    return range(lx, first, second, end);
                }
                single(first, after, true).filter(|_| w == "from")
            }
            "a" | "starting" if ["partir", "from", "at"].contains(&lx.w(i + 1)) => {
                let k = if lx.w(i + 2) == "de" { i + 3 } else { i + 2 };
                let (first, after) = clock(lx, k)?;
                single(first, after, true)
            }
            "jusqu" | "until" | "till" => {
                let apostrophe = lx.p(i + 1, b'\'') && lx.w(i + 2) == "a";
                let k = match w {
                    "jusqu" if apostrophe => i + 3,
                    "jusqu" => return None,
                    _ => i + 1,
                };
                let (second, after) = clock(lx, k)?;
                single(second, after, false)
            }
            "a" | "des" | "vers" | "at" | "around" => {
                let (first, after) = clock(lx, i + 1)?;
                if let Some((second, end)) = range_end(lx, after, false, first) {
                    return range(lx, first, second, end);
                }
                single(first, after, true)
            }
            _ => {
                let (first, after) = clock(lx, i)?;
                if let Some((second, end)) = range_end(lx, after, false, first) {
                    return range(lx, first, second, end);
                }
                let mut back = i.checked_sub(1);
                if back.is_some_and(|b| lx.p(b, b',')) {
                    back = back.and_then(|b| b.checked_sub(1));
                }
                let after_day = back.is_some_and(|b| {
                    weekday_word(lx.w(b)).is_some()
                        || (lx.p(b, b'.') && abbrev_weekday(lx.prev(b, 1)).is_some())
                        || ["matin", "soir", "morning"].contains(&lx.w(b))
                });
                let ok = match first.form {
                    Form::Colon | Form::AmPm => true,
                    Form::H => after_day || i == from,
                    Form::Dot | Form::Bare => false,
                };
                let duration = [
                    "en", "pendant", "durant", "for", "in", "les", "ou", "or", "de", "d",
                ]
                .contains(&lx.prev(i, 1));
                single(first, after, true).filter(|_| ok && !duration)
            }
        }
    }

    /// Words (singular) that name an event, for "une réunion par mois".
    #[rustfmt::skip]
    const EVENT_NOUNS: &[&str] = &[
        "reunion", "point", "atelier", "seminaire", "demo", "retro", "retrospective", "cafe",
        "meeting", "call", "dejeuner", "comite", "session", "mail", "email", "newsletter",
        "standup", "up", "visio", "rencontre", "webinaire",
    ];

    fn event_noun(w: &str) -> bool {
        EVENT_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w))
    }

    /// Cue words: (word, what it sets).
    #[derive(Clone, Copy)]
    enum Cue {
        Room,
        Discussion,
        Video,
        InPerson,
        Rotating,
        OneOff,
        Sent,
        Work,
        Status,
        Negation,
        Except,
    }

    #[rustfmt::skip]
    const CUES: &[(&str, Cue)] = &[
        ("salon", Cue::Room), ("salons", Cue::Room), ("canal", Cue::Room), ("canaux", Cue::Room),
        ("channel", Cue::Room), ("channels", Cue::Room), ("chan", Cue::Room),
        ("discussion", Cue::Discussion), ("chat", Cue::Discussion), ("tchat", Cue::Discussion),
        ("visio", Cue::Video), ("visios", Cue::Video), ("visioconference", Cue::Video),
        ("visioconferences", Cue::Video), ("video", Cue::Video), ("videoconference", Cue::Video),
        ("jitsi", Cue::Video), ("zoom", Cue::Video), ("webex", Cue::Video), ("bbb", Cue::Video),
        ("bigbluebutton", Cue::Video), ("whereby", Cue::Video),
        ("presentiel", Cue::InPerson), ("locaux", Cue::InPerson), ("bureau", Cue::InPerson),
        ("bureaux", Cue::InPerson), ("onsite", Cue::InPerson),
        ("rotation", Cue::Rotating), ("rotations", Cue::Rotating), ("rotatif", Cue::Rotating),
        ("rotative", Cue::Rotating), ("rotating", Cue::Rotating), ("rotate", Cue::Rotating),
        ("rotates", Cue::Rotating),
        ("lancement", Cue::OneOff), ("kickoff", Cue::OneOff), ("inauguration", Cue::OneOff),
        ("prochain", Cue::OneOff), ("prochaine", Cue::OneOff), ("exceptionnel", Cue::OneOff),
        ("exceptionnelle", Cue::OneOff), ("ponctuel", Cue::OneOff), ("ponctuelle", Cue::OneOff),
        ("ponctuels", Cue::OneOff), ("ponctuelles", Cue::OneOff), ("ponctuellement", Cue::OneOff),
        ("envoie", Cue::Sent), ("envoient", Cue::Sent), ("envoyons", Cue::Sent),
        ("envoyer", Cue::Sent), ("envoye", Cue::Sent), ("envoyee", Cue::Sent),
        ("envoyes", Cue::Sent), ("envoyees", Cue::Sent), ("send", Cue::Sent), ("sends", Cue::Sent),
        ("sent", Cue::Sent), ("diffuse", Cue::Sent), ("diffusee", Cue::Sent),
        ("work", Cue::Work), ("works", Cue::Work), ("working", Cue::Work), ("horaires", Cue::Work),
        ("ouvert", Cue::Work), ("ouverts", Cue::Work), ("open", Cue::Work),
        ("avancement", Cue::Status), ("nouvelles", Cue::Status), ("actualites", Cue::Status),
        ("news", Cue::Status), ("progress", Cue::Status), ("update", Cue::Status),
        ("updates", Cue::Status), ("fait", Cue::Status), ("status", Cue::Status),
        ("statut", Cue::Status), ("suivi", Cue::Status), ("reporting", Cue::Status), ("report", Cue::Status), ("recap", Cue::Status),
        ("summary", Cue::Status), ("compte", Cue::Status),
        ("pas", Cue::Negation), ("aucun", Cue::Negation), ("aucune", Cue::Negation),
        ("sans", Cue::Negation), ("no", Cue::Negation), ("without", Cue::Negation),
        ("ni", Cue::Negation), ("not", Cue::Negation), ("jamais", Cue::Negation),
        ("sauf", Cue::Except), ("except", Cue::Except), ("hors", Cue::Except),
        ("excepte", Cue::Except),
    ];

    fn cue(w: &str) -> Option<Cue> {
        CUES.iter().find(|c| c.0 == w).map(|c| c.1)
    }

    #[rustfmt::skip]
    const CHATS: &[(&str, &str)] = &[
        ("mattermost", "Mattermost"), ("slack", "Slack"), ("matrix", "Matrix"),
        ("rocketchat", "Rocket.Chat"), ("discord", "Discord"), ("zulip", "Zulip"), ("tchap", "Tchap"),
    ];

    /// Words the scanner acts on when it meets them, besides the tables above (words only
    /// looked at around another word need not be here).
    #[rustfmt::skip]
    const GATE_WORDS: &[&str] = &[
        "tous", "toutes", "chaque", "every", "each", "fois", "times", "once", "twice", "x", "par",
        "per", "semaine", "mois", "week", "month", "du", "of", "bi", "daily", "dailies", "dailys",
        "weekly", "weeklies", "presence", "present", "presente", "disponible", "available",
        "office", "reunit", "reunissent", "reunissons", "retrouve", "retrouvent", "retrouvons",
        "retrouver", "rassemble", "rassemblent", "all", "point", "stand", "sprint", "revue",
        "planning", "planification", "one", "o", "check", "rendez", "rdv", "meet", "meetup", "pot",
        "irc", "libera", "freenode", "oftc", "rocket", "teams", "place", "person", "kick", "tour",
        "turns", "turn", "tournant", "tournante",
    ];

    /// Adds word `w` to the gate: its length and the length + 1 (plural), or every length
    /// from its own for a prefix.
    const fn gate_add(mut g: [u32; 702], w: &str, prefix: bool) -> [u32; 702] {
        let b = w.as_bytes();
        let second = if b.len() > 1 { b[1] - b'a' } else { 26 };
        let key = (b[0] - b'a') as usize * 27 + second as usize;
        let mut len = b.len();
        while len < 32 {
            g[key] |= 1 << len;
            if !prefix && len > b.len() {
                break;
            }
            len += 1;
        }
        g
    }

    /// One bit per word length for each pair of first two letters (`26` as the second for
    /// one-letter words): a cheap test that a word may be in one of the vocabularies, done
    /// before looking it up in them.
    const GATE: [u32; 702] = {
        let mut g = [0u32; 702];
        let mut i = 0;
        while i < GATE_WORDS.len() {
            g = gate_add(g, GATE_WORDS[i], false);
            i += 1;
        }
        let mut i = 0;
        while i < TIME_INTRO.len() {
            g = gate_add(g, TIME_INTRO[i], false);
            i += 1;
        }
        let mut i = 0;
        while i < 14 {
            g = gate_add(g, DAY_NAMES[i / 7][i % 7], false);
            i += 1;
        }
        let mut i = 0;
        while i < 7 {
            let mut j = 0;
            while j < DAY_ABBREVS[i].len() {
                g = gate_add(g, DAY_ABBREVS[i][j], false);
                j += 1;
            }
            i += 1;
        }
        let mut i = 0;
        while i < ORDINALS.len() {
            g = gate_add(g, ORDINALS[i].0, false);
            i += 1;
        }
        let mut i = 0;
        while i < EVENT_WORDS.len() {
            g = gate_add(g, EVENT_WORDS[i].0, false);
            i += 1;
        }
        let mut i = 0;
        while i < CUES.len() {
            g = gate_add(g, CUES[i].0, false);
            i += 1;
        }
        let mut i = 0;
        while i < CHATS.len() {
            g = gate_add(g, CHATS[i].0, false);
            i += 1;
        }
        let mut i = 0;
        while i < ADJECTIVES.len() {
            g = gate_add(g, ADJECTIVES[i].0, true);
            i += 1;
        }
        gate_add(g, "travaill", true)
    };

    /// Whether word `w` (folded) may be in a vocabulary: see [`GATE`].
    pub(super) fn gated(w: &str) -> bool {
        let b = w.as_bytes();
        let letter = |c: u8| c.is_ascii_lowercase().then(|| usize::from(c - b'a'));
        let Some(first) = b.first().and_then(|&c| letter(c)) else {
            return false;
        };
        let Some(second) = b.get(1).map_or(Some(26), |&c| letter(c)) else {
            return false;
        };
        b.len() < 32 && GATE[first * 27 + second] & (1 << b.len()) != 0
    }

    struct Scan<'a> {
        lx: &'a Lexed,
        from: usize,
        an: Analysis,
        pending_pos: Option<i8>,
        pending_interval: Option<u8>,
        pending_strong: bool,
        exclude_until: usize,
    }

    /// Analyse tokens `from..to` of `lx`.
    pub(super) fn analyse(lx: &Lexed, from: usize, to: usize) -> Analysis {
        let mut sc = Scan {
            lx,
            from,
            an: Analysis::default(),
            pending_pos: None,
            pending_interval: None,
            pending_strong: false,
            exclude_until: 0,
        };
        let mut i = from;
        while i < to {
            i = sc.step(i).max(i + 1);
        }
        let an = &mut sc.an;
        // "une visio hebdomadaire avec les partenaires": the call is the event.
        if an.video && an.events.is_empty() {
            an.events.push((Ev::Call, from));
        }
        let chat_place =
            an.irc || (an.room_word && (an.hash_room || an.chat.is_some() || an.discussion));
        if chat_place {
            an.events
                .push((Ev::Chat, an.events.first().map_or(from, |e| e.1)));
        } else if !an.room_word && an.chat.is_none() {
            an.events.retain(|(e, _)| *e != Ev::Present);
        }
        if an
            .events
            .iter()
            .any(|(e, _)| matches!(e, Ev::CheckIn | Ev::Retro | Ev::Review))
        {
            an.status = true;
        }
        sc.an
    }

    impl Scan<'_> {
        fn set_freq(&mut self, f: Frequency, interval: u32, times: u32) {
            let fr = Freq {
                f,
                interval: u8::try_from(interval.clamp(1, 255)).unwrap_or(1),
                times: (times > 1).then(|| u8::try_from(times.min(255)).unwrap_or(255)),
            };
            self.an.strong = true;
            match self.an.freq {
                None => self.an.freq = Some(fr),
                Some(old) => self.an.freq_conflict |= old != fr,
            }
        }

        /// A frequency from a unit: "tous les 15 jours" is every other week.
        fn unit_freq(&mut self, (f, mult): (Frequency, u32), n: u32, times: u32) {
            match (f, n.saturating_mul(mult)) {
                (Frequency::Daily, 14 | 15) => self.set_freq(Frequency::Weekly, 2, times),
                (Frequency::Daily, 7 | 8) => self.set_freq(Frequency::Weekly, 1, times),
                (f, k) => self.set_freq(f, k, times),
            }
        }

        fn event(&mut self, ev: Ev, i: usize) {
            let lx = self.lx;
            let negated = (1..=3).any(|b| matches!(cue(lx.prev(i, b)), Some(Cue::Negation)));
            // "notre outil de rétrospective hebdomadaire", "our weekly review tool"
            let tools = [
                "outil",
                "outils",
                "tool",
                "tools",
                "formulaire",
                "form",
                "logiciel",
            ];
            let tool = tools.contains(&lx.prev(i, 2)) || tools.contains(&lx.w(i + 1));
            if !negated && !tool {
                self.an.events.push((ev, i));
            }
        }

        fn add_time(&mut self, start: Option<Time>, end: Option<Time>, i: usize) {
            self.an.has_time = true;
            match self.an.slots.last_mut() {
                Some(s) if s.start.is_none() && s.end.is_none() => (s.start, s.end) = (start, end),
                _ => self.an.slots.push(Slot {
                    start,
                    end,
                    tok: i,
                    ..Slot::default()
                }),
            }
        }

        fn add_days(&mut self, days: &[Weekday], i: usize) {
            let (pos, interval) = (self.pending_pos.take(), self.pending_interval.take());
            let (lx, events) = (self.lx, &self.an.events);
            // A time-only slot takes the days that follow it ("à 10h le lundi"), unless an
            // event or a comma comes between ("tous les jours à 9h30, la rétro le vendredi").
            let joins = |s: &Slot| {
                s.start.is_none()
                    || (s.days.is_empty()
                        && !(s.tok..i).any(|k| lx.p(k, b','))
                        && !events.iter().any(|e| (s.tok..i).contains(&e.1)))
            };
            if !self.an.slots.last().is_some_and(joins) {
                self.an.slots.push(Slot {
                    tok: i,
                    ..Slot::default()
                });
            }
            if let Some(slot) = self.an.slots.last_mut() {
                slot.days.extend_from_slice(days);
                slot.set_pos = slot.set_pos.or(pos);
                slot.interval = slot.interval.or(interval);
            }
        }

        /// Handle the token at `i`; returns the next token to look at.
        fn step(&mut self, i: usize) -> usize {
            let lx = self.lx;
            match lx.t[i].k {
                K::Skip(b'@') => self.an.address = true,
                K::Skip(_) => {
                    let url = lx.s.get(lx.t[i].s..lx.t[i].e).unwrap_or("");
                    self.an.video |= super::VIDEO_HOSTS.iter().any(|k| url.contains(k));
                }
                K::Punct(b'#') if !lx.sp(i + 1) && !lx.w(i + 1).is_empty() => {
                    self.an.hash_room = true;
                }
                K::Num(n) => return self.number(i, n),
                _ => {}
            }
            let w = lx.w(i);
            if w.is_empty() || !gated(w) {
                return i + 1;
            }
            if TIME_INTRO.contains(&w)
                && let Some((s, e, next)) = time_at(lx, i, self.from)
            {
                self.add_time(s, e, i);
                return next;
            }
            if let Some((d, plural)) = weekday_word(w) {
                return self.day(i, d, plural, w.contains("day"), 1);
            }
            if lx.p(i + 1, b'.')
                && !lx.sp(i + 1)
                && let Some(d) = abbrev_weekday(w)
            {
                return self.day(i, d, false, false, 2);
            }
            if let Some(next) = self.ordinal_day(i).or_else(|| self.frequency_word(i, w)) {
                return next;
            }
            self.other_word(i, w)
        }

        /// "le premier mardi", "le 2e jeudi": remember the position for the weekday.
        fn ordinal_day(&mut self, i: usize) -> Option<usize> {
            let (p, used) = ordinal(self.lx, i)?;
            let after = self.lx.w(i + used);
            (weekday_word(after).is_some() || abbrev_weekday(after).is_some()).then(|| {
                self.pending_pos = Some(p);
                i + used
            })
        }

        fn number(&mut self, i: usize, n: u32) -> usize {
            let lx = self.lx;
            if let Some(next) = self.ordinal_day(i) {
                return next;
            }
            if let Some((s, e, next)) = time_at(lx, i, self.from) {
                self.add_time(s, e, i);
                return next;
            }
            // "1:1", "1-1", "1on1": one-on-one.
            let glued = !lx.sp(i + 1) && !lx.sp(i + 2);
            if n == 1
                && glued
                && (lx.p(i + 1, b':') || lx.p(i + 1, b'-') || lx.w(i + 1) == "on")
                && lx.n(i + 2) == Some(1)
            {
                self.event(Ev::OneOnOne, i);
                return i + 3;
            }
            // A calendar date: "12 mai", "12 sept. 2021", "12/05".
            let next = lx.w(i + 1);
            let month = month_word(next).is_some() && (next != "sept" || lx.n(i + 2).is_some());
            let slash =
                lx.p(i + 1, b'/') && glued && lx.n(i + 2).is_some_and(|m| (1..=12).contains(&m));
            self.an.one_off |= (1..=31).contains(&n) && (month || slash);
            i + 1
        }

        fn day(
            &mut self,
            i: usize,
            day: Weekday,
            plural: bool,
            english: bool,
            used: usize,
        ) -> usize {
            let lx = self.lx;
            let after = i + used;
            let strong = std::mem::take(&mut self.pending_strong);
            // "lundi 3 mars", "ce lundi", "lundi prochain": a date, not a recurrence.
            let dated = lx.n(after).is_some_and(|n| (1..=31).contains(&n))
                && time_at(lx, after, usize::MAX).is_none()
                && !["fois", "sur"].contains(&lx.w(after + 1));
            let this = ["ce", "cette", "this", "next"].contains(&lx.prev(i, 1))
                || ["prochain", "dernier", "passe", "suivant"].contains(&lx.w(after));
            if (dated || this) && !strong {
                self.an.one_off = true;
                self.pending_pos = None;
                return after;
            }
            if i < self.exclude_until {
                self.an.excluded.push(day);
                return after;
            }
            // "du lundi au vendredi", "Monday to Friday", "lundi-vendredi".
            let sep = ["au", "a", "to", "through", "thru", "until"].contains(&lx.w(after))
                || lx.p(after, b'-');
            if let Some((last, _)) = weekday_word(lx.w(after + 1)).filter(|(l, _)| sep && *l > day)
            {
                self.an.strong = true;
                self.add_days(&Weekday::ALL[day as usize..=last as usize], i);
                return after + 2;
            }
            if strong || plural {
                self.an.strong = true;
            } else {
                (self.an.weak_day, self.an.weak_en) = (true, english);
            }
            self.add_days(&[day], i);
            // "un jeudi après-midi sur deux", "1 mercredi sur 2".
            let mut k = after;
            loop {
                match lx.w(k) {
                    "matin" | "soir" | "soirs" | "morning" | "afternoon" | "evening" => k += 1,
                    "apres" if lx.p(k + 1, b'-') && lx.w(k + 2) == "midi" => k += 3,
                    _ => break,
                }
            }
            match lx
                .count(k + 1)
                .filter(|n| lx.w(k) == "sur" && (2..=8).contains(n))
            {
                Some(n) => {
                    if let Some(s) = self.an.slots.last_mut() {
                        s.interval = u8::try_from(n).ok();
                    }
                    self.an.strong = true;
                    k + 2
                }
                None => after,
            }
        }

        /// After "tous les", "chaque", "every": a unit, a daypart or a weekday.
        fn every(&mut self, mut j: usize) -> Option<usize> {
            let lx = self.lx;
            let mut n = 1;
            if lx.w(j) == "other" {
                (n, j) = (2, j + 1);
            } else if let Some(v) = lx.count(j).filter(|_| !["un", "une"].contains(&lx.w(j))) {
                (n, j) = (v, j + 1);
            }
            if let Some((p, used)) = ordinal(lx, j) {
                (self.pending_pos, j) = (Some(p), j + used);
            }
            // "chaque fin de mois", "chaque début de semaine"
            if ["fin", "debut", "milieu"].contains(&lx.w(j))
                && ["de", "du", "d"].contains(&lx.w(j + 1))
            {
                j += if lx.p(j + 2, b'\'') { 3 } else { 2 };
            }
            let w = lx.w(j);
            if let Some(u) = unit(w) {
                self.unit_freq(u, n, 1);
                return Some(j + 1);
            }
            let stem = w.strip_suffix('s').unwrap_or(w);
            if ["matin", "soir", "midi", "morning", "evening"].contains(&stem) {
                self.set_freq(Frequency::Daily, 1, 1);
                return Some(j + 1);
            }
            if stem == "weekday" {
                self.an.strong = true;
                self.add_days(&Weekday::ALL[..5], j);
                return Some(j + 1);
            }
            if weekday_word(w).is_some() || (abbrev_weekday(w).is_some() && lx.p(j + 1, b'.')) {
                self.pending_strong = true;
                self.pending_interval = (n > 1).then(|| u8::try_from(n.min(8)).unwrap_or(2));
                return Some(j);
            }
            self.pending_pos = None;
            None
        }

        fn frequency_word(&mut self, i: usize, w: &str) -> Option<usize> {
            let lx = self.lx;
            let next = lx.w(i + 1);
            match w {
                // "de tous les jours" is "everyday", not "every day".
                "tous" | "toutes" if next == "les" && lx.prev(i, 1) == "de" => return Some(i + 2),
                "tous" | "toutes" if next == "les" => return self.every(i + 2),
                "chaque" | "every" | "each" => return self.every(i + 1),
                "x" if lx.sp(i) || i == 0 || lx.n(i - 1).is_none() => return None,
                "fois" | "times" | "once" | "twice" | "x" => {
                    let count = match w {
                        "once" => 1,
                        "twice" => 2,
                        _ => i.checked_sub(1).and_then(|b| lx.count(b)).unwrap_or(1),
                    };
                    let per =
                        ["par", "per", "a", "each", "every"].contains(&next) || lx.p(i + 1, b'/');
                    let u = unit(lx.w(i + 2)).filter(|_| per)?;
                    self.unit_freq(u, 1, count);
                    return Some(i + 3);
                }
                "par" | "per" if event_noun(lx.prev(i, 1)) => {
                    self.unit_freq(unit(next)?, 1, 1);
                    return Some(i + 2);
                }
                "semaine" | "mois" | "week" | "month" if next == "sur" => {
                    let every = lx.count(i + 2).filter(|n| (2..=6).contains(n))?;
                    self.unit_freq(unit(w)?, every, 1);
                    return Some(i + 3);
                }
                "du" | "de" if next == "mois" || lx.w(i + 2) == "mois" => self.an.month_ctx = true,
                "of" if lx.w(i + 2) == "month" => self.an.month_ctx = true,
                "bi" if lx.p(i + 1, b'-') => {
                    let after = lx.w(i + 2);
                    if after.starts_with("hebdo") {
                        self.set_freq(Frequency::Weekly, 1, 2);
                    } else if after.starts_with("mensuel") || after == "weekly" {
                        self.set_freq(Frequency::Weekly, 2, 1);
                    } else {
                        return None;
                    }
                    return Some(i + 3);
                }
                "daily" | "dailies" | "dailys" | "weekly" | "weeklies" => {
                    let adjective = event_noun(next)
                        || [
                            "stand", "scrum", "basis", "sync", "check", "review", "team", "status",
                        ]
                        .contains(&next);
                    let daily = w.starts_with('d');
                    let f = if daily {
                        Frequency::Daily
                    } else {
                        Frequency::Weekly
                    };
                    if adjective {
                        self.set_freq(f, 1, 1);
                    } else {
                        self.event(if daily { Ev::Daily } else { Ev::Weekly }, i);
                    }
                    return Some(i + 1);
                }
                _ => {}
            }
            let &(_, f, interval, times) = ADJECTIVES.iter().find(|a| w.starts_with(a.0))?;
            if f == Frequency::Daily && lx.prev(i, 1) == "au" {
                return Some(i + 1); // "au quotidien": in everyday life
            }
            self.set_freq(f, interval, times);
            Some(i + 1)
        }

        /// Events, channels, turns, one-off markers.
        fn other_word(&mut self, i: usize, w: &str) -> usize {
            let lx = self.lx;
            let next = lx.w(i + 1);
            let then = |word: &str| next == word || (lx.p(i + 1, b'-') && lx.w(i + 2) == word);
            let stem = w.strip_suffix('s').unwrap_or(w);
            let ev = match stem {
                "presence"
                    if ["publique", "public"].contains(&next) || lx.prev(i, 1) == "public" =>
                {
                    Some(Ev::PublicPresence)
                }
                "present" | "presente" | "disponible" | "available" => Some(Ev::Present),
                "office" if next == "hours" => Some(Ev::OfficeHours),
                // "la Réunion" (the island) is not a meeting.
                "reunion" if lx.t[i].cap && lx.prev(i, 1) == "la" => None,
                "reunion" if (1..=4).any(|k| ["equipe", "team", "pole"].contains(&lx.w(i + k))) => {
                    Some(Ev::TeamMeeting)
                }
                "reunit" | "reunissent" | "reunisson" | "retrouve" | "retrouvent" | "retrouvon"
                | "retrouver" | "rassemble" | "rassemblent"
                    if ["se", "nous", "s"].contains(&lx.prev(i, 1)) =>
                {
                    Some(Ev::Meeting)
                }
                "meeting" if ["team", "staff"].contains(&lx.prev(i, 1)) => Some(Ev::TeamMeeting),
                "meeting" if lx.prev(i, 1) == "weekly" => Some(Ev::Weekly),
                "all" if then("hands") => Some(Ev::AllHands),
                "point" => self.point(i),
                "stand" if then("up") || then("ups") => Some(Ev::StandUp),
                "sprint" if next == "review" => Some(Ev::SprintReview),
                "sprint" if next == "planning" => Some(Ev::SprintPlanning),
                "revue" if next == "de" && lx.w(i + 2) == "sprint" => Some(Ev::SprintReview),
                "planning" | "planification" if next == "de" && lx.w(i + 2) == "sprint" => {
                    Some(Ev::SprintPlanning)
                }
                "comite" | "committee" if next == "de" && lx.w(i + 2) == "pilotage" => {
                    Some(Ev::Steering)
                }
                "one" if lx.w(i + 2) == "on" || next == "on" => Some(Ev::OneOnOne),
                "o" if lx.n(i + 1) == Some(3) && !lx.sp(i + 1) => Some(Ev::OneOnOne),
                "check" if then("in") => Some(Ev::CheckIn),
                "rendez" if then("vous") => Some(Ev::Meeting),
                "rdv" | "meet" | "meetup" => Some(Ev::Meeting),
                "pot" if next != "de" && next != "d" => Some(Ev::Social),
                _ => EVENT_WORDS
                    .iter()
                    .find(|e| e.0 == stem || e.0 == w)
                    .map(|e| e.1),
            };
            if let Some(ev) = ev {
                self.an.video |= ev == Ev::Webinar;
                self.event(ev, i);
                return i + 1;
            }
            self.cue_word(i, w, next);
            i + 1
        }

        /// "point" as an event: "un point hebdomadaire", "faire le point", not "point de vue".
        fn point(&self, i: usize) -> Option<Ev> {
            #[rustfmt::skip]
            const BAD_AFTER_DE: &[&str] = &[
                "vue", "depart", "contact", "passage", "vigilance", "attention", "accueil", "repere",
                "reperes", "presence", "vente", "collecte", "blocage",
            ];
            #[rustfmt::skip]
            const BAD_NEXT: &[&str] = &[
                "fort", "forts", "faible", "faibles", "cle", "cles", "commun", "communs", "central",
                "focal", "final",
            ];
            let lx = self.lx;
            let next = lx.w(i + 1);
            let after_d = if next == "d" && lx.p(i + 2, b'\'') {
                lx.w(i + 3)
            } else {
                ""
            };
            let after_de = if next == "de" { lx.w(i + 2) } else { "" };
            if after_d == "equipe" || next == "equipe" || next == "team" {
                return Some(Ev::TeamCheckIn);
            }
            let good = ["hebdo", "quotidien", "mensuel"]
                .iter()
                .any(|p| next.starts_with(p))
                || ["meteo", "synchro", "weekly", "daily"].contains(&next)
                || ["etape", "etapes", "avancement"].contains(&after_d)
                || [
                    "suivi",
                    "synchro",
                    "synchronisation",
                    "situation",
                    "retrospective",
                    "l",
                ]
                .contains(&after_de);
            let bad = BAD_AFTER_DE.contains(&after_de)
                || ["entree", "attention", "honneur", "acces", "appui", "orgue"].contains(&after_d)
                || BAD_NEXT.contains(&next);
            let prev = lx.prev(i, 1);
            let verb = prev == "le"
                && [
                    "faire", "fait", "faisons", "faisant", "font", "fais", "faites", "fera",
                    "ferons",
                ]
                .contains(&lx.prev(i, 2));
            let det = [
                "un", "le", "les", "des", "notre", "nos", "du", "leur", "votre", "vos", "ces",
            ]
            .contains(&prev);
            (verb || good || (det && !bad)).then_some(Ev::CheckIn)
        }

        /// Channels, turns, one-off and working-hours markers.
        fn cue_word(&mut self, i: usize, w: &str, next: &str) {
            let lx = self.lx;
            let prev = lx.prev(i, 1);
            let an = &mut self.an;
            if let Some((_, name)) = CHATS.iter().find(|c| c.0 == w) {
                an.chat = Some(name);
                return;
            }
            match w {
                "irc" | "libera" | "freenode" | "oftc" => an.irc = true,
                "rocket" if next == "chat" => an.chat = Some("Rocket.Chat"),
                "teams" if ["microsoft", "sur", "via"].contains(&prev) => {
                    an.chat = Some("Microsoft Teams");
                }
                "meet" if prev == "google" => an.video = true,
                "place" if prev == "sur" => an.in_person = true,
                "person" if prev == "in" => an.in_person = true,
                "kick" if lx.w(i + 2) == "off" || next == "off" => an.one_off = true,
                // "tour à tour", "à tour de rôle", "chacun son tour", "take turns", "in turn"
                "tour"
                    if (next == "a" && lx.w(i + 2) == "tour")
                        || (next == "de" && lx.w(i + 2) == "role")
                        || ["son", "leur"].contains(&prev) =>
                {
                    an.rotating = true;
                }
                "turns" | "turn" if ["take", "takes", "taking", "in"].contains(&prev) => {
                    an.rotating = true;
                }
                "tournant" | "tournante" | "tournants" | "tournantes"
                    if (1..=2).any(|b| {
                        [
                            "animation",
                            "animateur",
                            "animatrice",
                            "facilitation",
                            "role",
                            "presidence",
                        ]
                        .contains(&lx.prev(i, b))
                    }) =>
                {
                    an.rotating = true;
                }
                _ => match cue(w) {
                    Some(Cue::Room) => an.room_word = true,
                    Some(Cue::Discussion) => an.discussion = true,
                    Some(Cue::Video) => an.video = true,
                    Some(Cue::InPerson) => an.in_person = true,
                    Some(Cue::Rotating) => an.rotating = true,
                    Some(Cue::OneOff) => an.one_off = true,
                    Some(Cue::Sent) => an.sent = true,
                    Some(Cue::Status) => an.status = true,
                    Some(Cue::Except) => self.exclude_until = i + 4,
                    Some(Cue::Work) => an.work = true,
                    Some(Cue::Negation) | None => an.work |= w.starts_with("travaill"),
                },
            }
        }
    }
}

#[cfg(test)]
#[path = "ritual_tests.rs"]
mod tests;
