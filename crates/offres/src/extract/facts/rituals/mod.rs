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

use crate::model::{Channel, Recurrence, Ritual};
use time::Time;

use self::lex::{Analysis, Ev, Lexed, analyse};
use self::prefilter::next_cue;
use self::venue::{channel, timezone};
use crate::text::{Folded, Hit, fold, sentences};

mod lex;
mod prefilter;
mod venue;

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
        // An image caption ("Capture d'écran du formulaire de la rétrospective
        // hebdomadaire") shows a ritual's tool, it does not schedule one.
        if ["capture d'ecran", "screenshot", "screen capture"]
            .iter()
            .any(|c| folded.text.contains(c))
        {
            continue;
        }
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

#[cfg(test)]
mod tests;
