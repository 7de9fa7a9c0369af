//! Where a ritual happens and in which time zone: video calls, chat rooms, IRC, mailing
//! lists, places.

use super::Channel;
use super::lex::{self, Analysis, Ev};
use crate::text::{Folded, fold, month_word, number_word};

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
pub(super) fn timezone(original: &str) -> &'static str {
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
pub(super) const VIDEO_HOSTS: &[&str] = &[
    "jitsi", "jit.si", "zoom", "webex", "meet.", "visio", "webinaire", "bbb", "bigbluebutton",
    "whereby", "teams.microsoft", "/meeting/",
];

/// The channel of event `ev` of a sentence (or clause).
pub(super) fn channel(
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
