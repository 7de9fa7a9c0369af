//! Whether an offer is still open.

use crate::document::front_matter::Value;
use crate::model::Status;
use crate::text::Hit;
#[cfg(test)]
use crate::text::Origin;

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};

/// Read a boolean the way front matter writers spell it (`true`, `"oui"`, `true#`, `1`).
pub(crate) fn loose_bool(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::Integer(1) => Some(true),
        Value::Integer(0) => Some(false),
        Value::String(s) => {
            // Stray characters after the word are common (`open: true#`): read the word.
            let word: String = s
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            match word.as_str() {
                "true" | "yes" | "oui" | "vrai" | "y" | "1" | "ouvert" | "open" | "on" => {
                    Some(true)
                }
                "false" | "no" | "non" | "faux" | "n" | "0" | "ferme" | "fermé" | "closed"
                | "off" => Some(false),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A status word in a `status:` value.
pub(crate) fn status_word(value: &str) -> Option<Status> {
    let folded = crate::text::fold(value.trim());
    let word = folded.trim_matches(|c: char| !c.is_alphanumeric());
    Some(match word {
        "open" | "ouvert" | "ouverte" | "active" | "actif" | "published" | "publie"
        | "en cours" => Status::Open,
        "closed" | "close" | "ferme" | "fermee" | "clos" | "closes" | "archived" | "archive"
        | "expired" | "expire" | "expiree" | "inactive" => Status::Closed,
        "filled" | "pourvu" | "pourvue" | "pourvus" | "recrute" | "recrutee" => Status::Filled,
        _ => return None,
    })
}

/// Phrases that say an offer was filled or closed ("[OFFRE POURVUE]", "Cette offre a été
/// pourvue", "Le poste est pourvu", "les candidatures sont closes").
#[cfg(test)]
pub(crate) fn find_status(text: &str) -> Vec<Hit<Status>> {
    find_status_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// Status's trigger words: the phrases of [`PHRASES`], in its order.
pub(crate) const TRIGGERS: &[&str] = &{
    let mut words = [""; PHRASES.len()];
    let mut i = 0;
    while i < words.len() {
        words[i] = PHRASES[i].0;
        i += 1;
    }
    words
};

/// What status phrases say, in their folded order of reading.
const PHRASES: [(&str, Status); 16] = [
    ("pourvu", Status::Filled),
    ("candidatures sont closes", Status::Closed),
    ("candidatures sont fermees", Status::Closed),
    ("candidatures closes", Status::Closed),
    ("offre est close", Status::Closed),
    ("offre close", Status::Closed),
    ("offre fermee", Status::Closed),
    ("offre est fermee", Status::Closed),
    ("offre expiree", Status::Closed),
    ("offre n'est plus", Status::Closed),
    ("poste n'est plus", Status::Closed),
    ("recrutement termine", Status::Closed),
    ("recrutement est termine", Status::Closed),
    ("position has been filled", Status::Filled),
    ("position is filled", Status::Filled),
    ("no longer open", Status::Closed),
];

/// [`find_status`] on text already folded: every phrase found in one automaton pass
/// (one substring search per phrase per block was the hottest spot of extraction).
pub(crate) fn find_status_in(p: &Passage) -> Vec<Hit<Status>> {
    let folded = p.folded;
    let t = folded.text.as_str();
    let mut out: Vec<(usize, Hit<Status>)> = Vec::new();
    for trigger in p.triggers.of(Fact::Status) {
        let (needle, status) = PHRASES[trigger.key];
        let at = trigger.start;
        // "pourvu" needs the offer or the post nearby; "position has been filled" names it.
        if status == Status::Filled && !needle.starts_with("position") && !filled_context(t, at) {
            continue;
        }
        let (s, e) = folded.original_range(at, at + needle.len());
        out.push((trigger.key, Hit::new(status, s, e)));
    }
    // Same order as reading the phrases one by one: by position, then by phrase.
    out.sort_by_key(|(phrase, h)| (h.start, *phrase));
    out.into_iter().map(|(_, h)| h).collect()
}

/// "pourvu" says the offer was filled only about the offer or the post, and not negated
/// ("poste à pourvoir", "n'est pas encore pourvu").
fn filled_context(t: &str, at: usize) -> bool {
    let before = &t[..at];
    let window_start = before.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    let window = &before[window_start..];
    let after = &t[at..];
    if after.starts_with("pourvoir") {
        return false;
    }
    if window.contains("pas encore") || window.contains("pas ete") || window.contains("n'est pas") {
        return false;
    }
    [
        "offre",
        "poste",
        "recrutement",
        "job",
        "position",
        "mission",
    ]
    .iter()
    .any(|w| window.contains(w))
        || window.trim_end().ends_with('[')
        || window.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_booleans() {
        assert_eq!(loose_bool(&Value::Bool(true)), Some(true));
        assert_eq!(loose_bool(&Value::String("true#".into())), Some(true));
        assert_eq!(loose_bool(&Value::String(" Oui ".into())), Some(true));
        assert_eq!(loose_bool(&Value::String("false ".into())), Some(false));
        assert_eq!(loose_bool(&Value::String("peut-être".into())), None);
    }

    #[test]
    fn status_words() {
        assert_eq!(status_word("open"), Some(Status::Open));
        assert_eq!(status_word("Fermé"), Some(Status::Closed));
        assert_eq!(status_word("draft"), None);
    }

    /// Phrases that say the offer is filled or closed, with what they say.
    const PASS: &[(&str, Status)] = &[
        ("[OFFRE POURVUE] Rejoignez-nous", Status::Filled),
        ("_Cette offre a été pourvue._", Status::Filled),
        (
            "Le poste est pourvu, merci à toutes et tous.",
            Status::Filled,
        ),
        ("Poste pourvu", Status::Filled),
        ("This position has been filled.", Status::Filled),
        ("Les candidatures sont closes.", Status::Closed),
        ("Cette offre est close depuis le 3 mars.", Status::Closed),
        ("L'offre n'est plus disponible.", Status::Closed),
        ("Recrutement terminé, merci !", Status::Closed),
        ("The offer is no longer open.", Status::Closed),
    ];

    /// Near-misses: "pourvoir", negations, other things filled.
    const FAIL: &[&str] = &[
        "Poste à pourvoir dès que possible",
        "Le poste n'est pas encore pourvu",
        "Nous avons pourvu nos besoins en formation",
        "Le poste n'a pas été pourvu l'an dernier, nous le rouvrons.",
        "Candidatures ouvertes jusqu'au 30 juin.",
    ];

    #[test]
    fn status_phrases() {
        let read = |text: &str| find_status(text).first().map(|h| h.value);
        crate::extract::facts::tester::test_rule("status", Some(Fact::Status), read, PASS, FAIL);
    }
}
