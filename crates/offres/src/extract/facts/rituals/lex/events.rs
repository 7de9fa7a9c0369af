//! Kinds of events a sentence can name.

use crate::model::{Frequency, Recurrence};

/// Kinds of events a sentence can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ev {
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
pub(super) const EVENT_WORDS: &[(&str, Ev)] = &[
    ("permanence", Ev::OfficeHours), ("standup", Ev::StandUp), ("meteo", Ev::Mood),
    ("retro", Ev::Retro), ("retrospective", Ev::Retro), ("demo", Ev::Demo),
    ("demonstration", Ev::Demo), ("bilan", Ev::Review), ("review", Ev::Review),
    ("mail", Ev::Mail), ("email", Ev::Mail), ("courriel", Ev::Mail), ("newsletter", Ev::Mail),
    ("infolettre", Ev::Mail), ("mailing", Ev::Mail), ("cafe", Ev::Coffee),
    ("coffee", Ev::Coffee), ("dejeuner", Ev::Lunch), ("lunch", Ev::Lunch),
    // "Toute l'équipe déjeune ensemble le vendredi": the verb names the lunch too.
    ("dejeune", Ev::Lunch), ("dejeunon", Ev::Lunch), ("revue", Ev::Review),
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
    pub(super) fn is_weak(self) -> bool {
        matches!(self, Self::Mail | Self::Chat | Self::Present)
    }

    /// Events where people gather (in person unless another channel is named).
    pub(crate) fn is_gathering(self) -> bool {
        !matches!(
            self,
            Self::Mail | Self::Chat | Self::Present | Self::PublicPresence | Self::Webinar
        )
    }

    /// Which event names a sentence when it names several (lower first).
    pub(super) fn rank(self, address: bool) -> u8 {
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

    pub(super) fn implied(self) -> Option<Frequency> {
        match self {
            Self::Daily => Some(Frequency::Daily),
            Self::Weekly => Some(Frequency::Weekly),
            _ => None,
        }
    }

    /// Short English name; `status` says the sentence is about news or progress.
    pub(crate) fn name(self, rec: Option<&Recurrence>, status: bool) -> String {
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
