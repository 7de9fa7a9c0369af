//! When a job starts ("démarrage dès que possible", "dès mai 2020", "prise de poste le
//! 1er mars 2021"). Dates themselves are read by [`crate::text::dates`].
//!
//! Every finder works on folded text, finds a few cue words with `memmem` first and only
//! then reads the words right after them, so most sentences cost one substring search.
//!
//! Rules worth knowing:
//! - A date is only a start when a start cue introduces it (`démarrage`, `début de la
//!   mission`, `prise de poste`, `à pourvoir`, `entrée en fonction`, `date d'arrivée`, a verb
//!   such as `commence` whose subject is the post or the hire) or when `dès` / `à partir
//!   de` / `à compter du` introduce it in a recruiting sentence (one that mentions `vous`,
//!   a search, a post, a mission…). A programme that "commencera en septembre" is not the
//!   job's start, nor is a date after `depuis`, `en` or `créé en`.
//! - `dès que possible` and its variants are the start when a start or recruiting cue comes
//!   before them in the sentence, and not when they modify another action ("répondre dès
//!   que possible aux usagers", "postulez dès que possible").
//! - A month written without a year ("dès septembre") takes `reference_year` (usually the
//!   year the page was posted). When the month is before the posting month the real year is
//!   probably the next one, but the page does not say so: the reference year is used as is.
//!   Without a reference year such a date is dropped.
//! - "la rentrée 2020" is September 2020; "début 2021" is the year 2021; "mi-novembre 2018"
//!   and "fin août" keep the month only.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::Start;
use crate::text::dates::{date_at, english_month, parse_french_date};
use crate::text::first_of_overlapping as resolve;
use crate::text::scan::{
    any_phrase_at, has_word_prefix, one_of, sentence_around, skip_light, skip_spaces,
    starts_with_one_of, word_at, word_before,
};
use crate::text::{Folded, Hit, Origin, month_word};

/// Whether [`date_at`] may find a date at `p` (after spaces): a digit or one of the words a
/// date starts with. Most words after "dès" ("des" once folded) are not: this spares
/// finding their sentence.
fn may_start_date(t: &str, p: usize) -> bool {
    const FIRST: [&str; 14] = [
        "le", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "la", "debut", "fin",
        "courant", "mi", "rentree", "premier",
    ];
    let p = skip_spaces(t, p, t.len());
    if t.as_bytes().get(p).is_some_and(u8::is_ascii_digit) {
        return true;
    }
    word_at(t, p).is_some_and(|(ws, we)| {
        let w = &t[ws..we];
        FIRST.contains(&w)
            || w.starts_with("mi-")
            || month_word(w).is_some()
            || english_month(w).is_some()
    })
}

// ---------------------------------------------------------------------------------------
// Starts.

/// Phrases meaning "as soon as possible" right after a start cue.
const ASAP_PHRASES: &str = "des que possible|des que tu peux|des que vous pouvez|\
    des que vous le pouvez|des que vous etes disponible|au plus vite|au plus tot|asap|\
    le plus rapidement possible|le plus tot possible|rapidement|immediatement|immediate|\
    immediat|des maintenant|de suite|tout de suite";

/// Phrases that may be the start without a start cue right before them.
const LOOSE_ASAP: &str = "des que possible|au plus vite|asap|le plus rapidement possible|le plus tot possible|des que tu peux";

/// Words that may stand between a start cue and its value.
const FILLERS: &str = "le|la|l|en|a|au|des|de|du|d|partir|compter|possible|prevu|prevue|\
    envisage|envisagee|souhaite|souhaitee|souhaitable|ideal|idealement|si|est|sera|dans|ideale|pour";

/// What follows a cue to name the thing starting ("début de la mission").
const STARTING_THINGS: &str = "de la mission|de mission|du contrat|de contrat|du cdd|du stage|\
    de stage|de la prestation|du poste|de poste|de l'alternance|de l'apprentissage|\
    de la collaboration|du freelance";

/// Word prefixes showing a sentence is about the hire (for "dès mai 2020", "à partir de").
const HIRING_WORDS: &str = "recrut|cherch|recherch|rejoind|rejoign|poste|mission|stage|cdd|cdi|\
    contrat|freelance|vous|tu |quelqu'un|une personne|candidat|profil|integr|renfort|alternan|\
    prestat|embauch|trouver ";

/// Nouns a start verb may have as subject ("le poste commence", "vous commencerez").
const HIRE_SUBJECTS: &str = "vous|tu|poste|mission|stage|contrat|cdd|cdi|alternance|\
    apprentissage|prestation|collaboration|recrue|candidat";

/// Nouns that, between the hire and a start verb, make the verb about something else.
const OTHER_SUBJECTS: &str = "promotion|programme|projet|formation|saison|cohorte|appel|\
    evenement|chantier|phase|experimentation|session|incubation|defi|journee|reunion|entretien";

/// Word prefixes before `dès que possible` showing it is about another action.
const OTHER_ACTIONS: &str = "postul|candidat|envoy|transmet|repond|contact|rappel|revien|test|\
    lanc|trait|inform|preven|confront|livr|corrig";

const VERB_FORMS: &str = "commence|commencer|commencera|commencerez|commenceras|commencerait|\
    commencez|commencant|debute|debuter|debutera|debuterez|debuteras|debuterait|debutant|\
    demarre|demarrer|demarrera|demarrerez|demarreras|demarrerait";

#[derive(Clone, Copy, PartialEq)]
enum Cue {
    /// The value may follow right away ("démarrage", "prise de poste", "à pourvoir").
    Direct,
    /// Needs ":" / "souhaité" / "de la mission" after it, or "date de" before it ("début").
    Labelled,
    /// A verb: needs a hire subject before it in its clause.
    Verb,
    /// "disponible": at the start of a sentence or after "être".
    Available,
}

/// Read the start value after a cue: fillers, then an asap phrase or a date.
fn value_after(
    t: &str,
    from: usize,
    lim: usize,
    reference_year: Option<i32>,
    bare_year: bool,
) -> Option<(Start, usize, usize)> {
    let mut pos = from;
    for _ in 0..8 {
        pos = skip_light(t, pos, lim);
        if pos >= lim {
            return None;
        }
        if let Some(e) = any_phrase_at(t, pos, lim, ASAP_PHRASES) {
            return Some((Start::Asap, pos, e));
        }
        if let Some((d, e)) = date_at(t, pos, lim, reference_year, bare_year) {
            return Some((Start::Date(d), pos, e));
        }
        let (ws, we) = word_at(t, pos)?;
        if !one_of(FILLERS, &t[ws..we]) {
            return None;
        }
        pos = we;
    }
    None
}

/// Whether the verb at `verb` has the hire as subject in its clause (back to a comma,
/// bracket or colon), with no other subject ("la promotion") in between.
fn hire_subject(t: &str, sentence_start: usize, verb: usize) -> bool {
    let by = t.as_bytes();
    let mut k = verb;
    while k > sentence_start && !b",([:)]".contains(&by[k - 1]) {
        k -= 1;
    }
    let mut hire = false;
    while k < verb {
        match word_at(t, k) {
            Some((ws, we)) => {
                let w = &t[ws..we.min(verb)];
                if one_of(HIRE_SUBJECTS, w) {
                    hire = true;
                } else if starts_with_one_of(OTHER_SUBJECTS, w) {
                    hire = false;
                }
                k = we;
            }
            None => k += 1,
        }
    }
    hire
}

/// Handle one cue found at `at..cue_end`: the value it introduces, if it is a start.
fn start_after_cue(
    t: &str,
    at: usize,
    cue_end: usize,
    cue: Cue,
    reference_year: Option<i32>,
) -> Option<(Start, usize, usize)> {
    let (s, e) = sentence_around(t, at);
    let mut from = cue_end;
    let after = skip_spaces(t, from, e);
    match cue {
        Cue::Direct => {
            // "démarrage de la mission : …"
            if let Some(end) = any_phrase_at(t, after, e, STARTING_THINGS) {
                from = end;
            }
        }
        Cue::Labelled => {
            let before = t[s..at].trim_end();
            if let Some(end) = any_phrase_at(t, after, e, STARTING_THINGS) {
                from = end;
            } else if !(t.as_bytes().get(after) == Some(&b':')
                || any_phrase_at(
                    t,
                    after,
                    e,
                    "souhaite|souhaitee|envisage|envisagee|prevu|prevue|ideal",
                )
                .is_some()
                || before.ends_with("date de")
                || before.ends_with("date d'"))
            {
                return None;
            }
        }
        Cue::Verb => {
            let (ws, we) = word_at(t, at)?;
            if !one_of(VERB_FORMS, &t[ws..we]) || !hire_subject(t, s, at) {
                return None;
            }
            from = we;
        }
        Cue::Available => {
            let before = t[s..at].trim_matches(|c: char| c.is_whitespace() || "-*_+>".contains(c));
            let after_be = word_before(t, at)
                .is_some_and(|(a, z)| one_of("etre|etes|es|soyez|suis|serez", &t[a..z]));
            if !before.is_empty() && !after_be {
                return None;
            }
        }
    }
    // A bare year only after a cue that clearly announces the start ("démarrage début 2021").
    let bare_year = matches!(cue, Cue::Direct | Cue::Labelled);
    value_after(t, from, e, reference_year, bare_year)
}

/// Find the earliest start of the job in `text`.
///
/// A front matter value that is itself a start (`dès que possible`, `2021-09-01`,
/// `septembre 2021`) is taken as is; any other text needs a start cue (see the module
/// documentation). Hits are in text order, without overlaps.
#[cfg(test)]
pub(crate) fn find_start(
    text: &str,
    origin: Origin,
    reference_year: Option<i32>,
) -> Vec<Hit<Start>> {
    find_start_in(&Scanned::new(text).passage(text, origin), reference_year)
}

/// [`find_start`] on a passage already folded and scanned.
pub(crate) fn find_start_in(p: &Passage, reference_year: Option<i32>) -> Vec<Hit<Start>> {
    if p.origin == Origin::FrontMatter {
        let folded = p.folded;
        let t = folded.text.as_str();
        let a = skip_light(t, 0, t.len());
        let whole = t.trim_end_matches(|c: char| c.is_whitespace() || ".!*_".contains(c));
        if let Some(e) =
            any_phrase_at(t, a, whole.len(), ASAP_PHRASES).filter(|&e| e == whole.len())
        {
            let (os, oe) = folded.original_range(a, e);
            return vec![Hit::new(Start::Asap, os, oe)];
        }
        if let Some(d) = parse_french_date(p.text, reference_year) {
            return vec![Hit::new(Start::Date(d), 0, p.text.len())];
        }
    }
    p.on_trigger_lines(Fact::Start, |_, f| starts_in(f, reference_year))
}

/// The start's trigger words: words a start is announced by, folded.
pub(crate) const TRIGGERS: &[&str] = &[
    "demarr",
    "des",
    "partir",
    "compter",
    "prise",
    "prendre",
    "entree",
    "pourvoir",
    "vacant",
    "start",
    "debut",
    "arrivee",
    "commenc",
    "disponib",
    "asap",
    "vite",
    "tot",
    "rapidement",
];

fn starts_in(folded: &Folded, reference_year: Option<i32>) -> Vec<Hit<Start>> {
    let t = folded.text.as_str();
    let len = t.len();
    let mut found: Vec<(usize, usize, Start)> = Vec::new();
    let mut loose: Vec<(usize, usize)> = Vec::new();
    // One pass over the words: each cue, introduction or asap phrase starts with a word.
    for (at, we) in crate::text::words(t) {
        let w = &t[at..we];
        let phrase = |list: &str| any_phrase_at(t, at, len, list);
        let direct = |list: &str| phrase(list).map(|e| (e, Cue::Direct));
        let cue = match w {
            "demarrage" => Some((we, Cue::Direct)),
            "prise" => direct("prise de poste|prise de fonctions|prise de fonction"),
            "prendre" => direct("prendre ses fonctions|prendre vos fonctions"),
            "entree" => direct("entree en fonctions|entree en fonction|entree en poste"),
            // "a" (folded "à") is everywhere: look for the phrase only after its first letters.
            "a" if t[at..].starts_with("a p") => direct("a pourvoir"),
            "poste" => direct("poste vacant"),
            "start" => direct("start date").or(Some((we, Cue::Labelled))),
            "debut" | "arrivee" => Some((we, Cue::Labelled)),
            "disponible" | "disponibilite" => Some((we, Cue::Available)),
            _ if (w.starts_with("commenc")
                || w.starts_with("debut")
                || w.starts_with("demarr"))
                && one_of(VERB_FORMS, w) =>
            {
                Some((we, Cue::Verb))
            }
            _ => None,
        };
        if let Some((end, kind)) = cue
            && let Some((v, a, z)) = start_after_cue(t, at, end, kind, reference_year)
        {
            found.push((at, z.max(a), v));
        }
        // "dès mai 2020", "à partir de mai 2020", "à compter du 1er mars" in a recruiting
        // sentence.
        let intro = match w {
            "des" if t[we..].starts_with(' ') => Some(we),
            "a" if t[at..].starts_with("a p") || t[at..].starts_with("a c") => {
                phrase("a partir du|a partir de|a compter du|a compter de")
                    .or_else(|| t[at..].starts_with("a partir d'").then_some(at + 11))
            }
            _ => None,
        };
        if let Some(end) = intro.filter(|&end| may_start_date(t, end)) {
            let (s, e) = sentence_around(t, at);
            if let Some((d, de)) = date_at(t, end, e, reference_year, false)
                && (has_word_prefix(t, s, at, HIRING_WORDS)
                    || has_word_prefix(t, de, e, HIRING_WORDS))
            {
                found.push((at, de, Start::Date(d)));
            }
        }
        // Every phrase of LOOSE_ASAP starts with one of these.
        let loose_start = ["des que", "au plus", "asap", "le plus"];
        if matches!(w, "des" | "au" | "asap" | "le")
            && loose_start.iter().any(|p| t[at..].starts_with(p))
            && let Some(end) = phrase(LOOSE_ASAP)
        {
            loose.push((at, end));
        }
    }
    // "… dès que possible" with a recruiting or start cue before it.
    for (at, end) in loose {
        if found.iter().any(|&(a, z, _)| a <= at && at < z) {
            continue;
        }
        let (s, e) = sentence_around(t, at);
        let other_before =
            word_before(t, at).is_some_and(|(a, z)| starts_with_one_of(OTHER_ACTIONS, &t[a..z]));
        let other_after = word_at(t, skip_spaces(t, end, e))
            .is_some_and(|(a, z)| one_of("aux|pour|afin", &t[a..z]));
        if !other_before && !other_after && has_word_prefix(t, s, at, HIRING_WORDS) {
            found.push((at, end, Start::Asap));
        }
    }
    resolve(folded, found)
}

#[cfg(test)]
#[path = "start_tests.rs"]
mod tests;
