//! Weekdays, units of time, frequency adjectives and ordinals.

use super::tokens::Lexed;
use crate::model::{Frequency, Weekday};

/// Weekday names, French and English.
pub(super) const DAY_NAMES: [[&str; 7]; 2] = [
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
pub(super) const DAY_ABBREVS: [&[&str]; 7] = [
    &["lun", "mon"], &["mar", "tue", "tues"], &["mer", "wed"], &["jeu", "thu", "thur", "thurs"],
    &["ven", "fri"], &["sam", "sat"], &["dim", "sun"],
];

/// Ordinal words (singular) and the position they give.
#[rustfmt::skip]
pub(super) const ORDINALS: &[(&str, i8)] = &[
    ("premier", 1), ("premiere", 1), ("first", 1), ("deuxieme", 2), ("second", 2),
    ("seconde", 2), ("troisieme", 3), ("third", 3), ("quatrieme", 4), ("fourth", 4),
    ("dernier", -1), ("derniere", -1), ("last", -1),
];

/// A weekday name (folded), French or English, and whether it is plural.
pub(crate) fn weekday_word(w: &str) -> Option<(Weekday, bool)> {
    let plural = w.len() > 3 && w.ends_with('s');
    let stem = if plural { &w[..w.len() - 1] } else { w };
    let i = DAY_NAMES
        .iter()
        .find_map(|l| l.iter().position(|n| *n == stem))?;
    Some((Weekday::ALL[i], plural))
}

/// A weekday abbreviation (the caller checks the dot after it).
pub(super) fn abbrev_weekday(w: &str) -> Option<Weekday> {
    DAY_ABBREVS
        .iter()
        .position(|l| l.contains(&w))
        .map(|i| Weekday::ALL[i])
}

/// A unit of time after "tous les", "par", "every": the frequency and its multiplier.
pub(super) fn unit(w: &str) -> Option<(Frequency, u32)> {
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
pub(super) const ADJECTIVES: &[(&str, Frequency, u32, u32)] = &[
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
pub(super) fn ordinal(lx: &Lexed, i: usize) -> Option<(i8, usize)> {
    let w = lx.w(i);
    let stem = w.strip_suffix('s').unwrap_or(w);
    if let Some((_, p)) = ORDINALS.iter().find(|(o, _)| *o == stem) {
        return Some((*p, 1));
    }
    let n = lx.n(i).filter(|n| (1..=5).contains(n))?;
    let suffix = ["er", "ere", "e", "eme", "st", "nd", "rd", "th"].contains(&lx.w(i + 1));
    (suffix && !lx.sp(i + 1)).then(|| (i8::try_from(n).unwrap_or(1), 2))
}
