//! The scanner that reads the tokens of a sentence into an [`Analysis`].

use time::Time;

use super::analysis::{Analysis, Freq, Slot};
use super::cues::{CHATS, Cue, cue, event_noun, gated};
use super::events::{EVENT_WORDS, Ev};
use super::times::{TIME_INTRO, time_at};
use super::tokens::{K, Lexed};
use super::vocab::{ADJECTIVES, abbrev_weekday, ordinal, unit, weekday_word};
use crate::extract::facts::rituals::venue::VIDEO_HOSTS;
use crate::model::{Frequency, Weekday};
use crate::text::month_word;

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
pub(crate) fn analyse(lx: &Lexed, from: usize, to: usize) -> Analysis {
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
                self.an.video |= VIDEO_HOSTS.iter().any(|k| url.contains(k));
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

    fn day(&mut self, i: usize, day: Weekday, plural: bool, english: bool, used: usize) -> usize {
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
        if let Some((last, _)) = weekday_word(lx.w(after + 1)).filter(|(l, _)| sep && *l > day) {
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
        if ["fin", "debut", "milieu"].contains(&lx.w(j)) && ["de", "du", "d"].contains(&lx.w(j + 1))
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
                let per = ["par", "per", "a", "each", "every"].contains(&next) || lx.p(i + 1, b'/');
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
            "presence" if ["publique", "public"].contains(&next) || lx.prev(i, 1) == "public" => {
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
                "faire", "fait", "faisons", "faisant", "font", "fais", "faites", "fera", "ferons",
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
