//! What one sentence (or clause) says: slots of days and times, frequencies, events.

use time::Time;

use super::events::Ev;
use crate::model::{Frequency, Recurrence, Weekday};

/// Days and times that belong together ("le lundi de 10h30 à 11h").
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Slot {
    pub(crate) days: Vec<Weekday>,
    pub(super) set_pos: Option<i8>,
    pub(super) interval: Option<u8>,
    pub(crate) start: Option<Time>,
    pub(crate) end: Option<Time>,
    /// Token where the slot starts (to find its event).
    pub(crate) tok: usize,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Freq {
    pub(super) f: Frequency,
    pub(super) interval: u8,
    pub(super) times: Option<u8>,
}

/// What one sentence (or clause) says.
#[derive(Default)]
#[allow(clippy::struct_excessive_bools)] // independent cues, each a yes or no
pub(crate) struct Analysis {
    pub(super) slots: Vec<Slot>,
    pub(super) freq: Option<Freq>,
    pub(super) freq_conflict: bool,
    /// An explicit recurrence: "tous les", "chaque", "hebdomadaire", plural weekdays.
    pub(super) strong: bool,
    /// A bare weekday ("le lundi", "mardi à 11h").
    pub(super) weak_day: bool,
    /// The bare weekday is English and singular ("on Monday"), often a one-off.
    pub(super) weak_en: bool,
    pub(super) month_ctx: bool,
    pub(super) one_off: bool,
    pub(super) events: Vec<(Ev, usize)>,
    pub(super) excluded: Vec<Weekday>,
    pub(super) has_time: bool,
    pub(super) work: bool,
    pub(super) address: bool,
    /// A verb of sending ("envoie", "sent"): a mail in the sentence is the event.
    pub(super) sent: bool,
    pub(super) hash_room: bool,
    pub(super) discussion: bool,
    pub(crate) irc: bool,
    pub(crate) chat: Option<&'static str>,
    pub(crate) room_word: bool,
    pub(crate) video: bool,
    pub(crate) in_person: bool,
    pub(crate) rotating: bool,
    pub(crate) status: bool,
}

impl Analysis {
    /// Whether the clause analysis should be tried: two different frequencies, or a
    /// monthly one next to weekdays ("un point chaque lundi, une démo tous les mois").
    pub(crate) fn needs_split(&self) -> bool {
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

    pub(crate) fn qualifies(&self, in_section: bool) -> bool {
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

    /// "Un bilan est envoyé chaque vendredi par courriel", "chaque vendredi, un membre
    /// envoie à equipe@… une note": something sent by mail, named or to an address.
    fn mail_sent(&self) -> bool {
        self.sent && (self.address || self.events.iter().any(|(e, _)| *e == Ev::Mail))
    }

    pub(crate) fn primary_event(&self) -> Option<Ev> {
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
    pub(crate) fn event_for(&self, tok: Option<usize>) -> Option<Ev> {
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
    pub(crate) fn final_slots(&self) -> Vec<Slot> {
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
                (s.days, s.set_pos, s.interval) = (prev.days.clone(), prev.set_pos, prev.interval);
            }
            s.days.sort();
            s.days.dedup();
            let same = |o: &&mut Slot| {
                (o.start, o.end, o.set_pos, o.interval) == (s.start, s.end, s.set_pos, s.interval)
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

    pub(crate) fn recurrence(&self, slot: &Slot, ev: Option<Ev>) -> Option<Recurrence> {
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
