//! Recurring team events and their schedules.

use serde::{Deserialize, Serialize};
use time::Time;

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
