//! Cue words and the gate that rejects most other words cheaply.

use super::events::EVENT_WORDS;
use super::times::TIME_INTRO;
use super::vocab::{ADJECTIVES, DAY_ABBREVS, DAY_NAMES, ORDINALS};

/// Words (singular) that name an event, for "une réunion par mois".
#[rustfmt::skip]
const EVENT_NOUNS: &[&str] = &[
    "reunion", "point", "atelier", "seminaire", "demo", "retro", "retrospective", "cafe",
    "meeting", "call", "dejeuner", "comite", "session", "mail", "email", "newsletter",
    "standup", "up", "visio", "rencontre", "webinaire",
];

pub(super) fn event_noun(w: &str) -> bool {
    EVENT_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w))
}

/// Cue words: (word, what it sets).
#[derive(Clone, Copy)]
pub(super) enum Cue {
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

pub(super) fn cue(w: &str) -> Option<Cue> {
    CUES.iter().find(|c| c.0 == w).map(|c| c.1)
}

#[rustfmt::skip]
pub(super) const CHATS: &[(&str, &str)] = &[
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
pub(crate) fn gated(w: &str) -> bool {
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

#[cfg(test)]
#[path = "cues_tests.rs"]
mod tests;
