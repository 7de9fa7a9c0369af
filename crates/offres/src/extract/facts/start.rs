//! When a job starts ("démarrage dès que possible", "dès mai 2020", "prise de poste le
//! 1er mars 2021") and when applications close ("date limite de candidature : 30 avril").
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
use crate::model::{PartialDate, Start};
use crate::text::dates::ymd;
use crate::text::scan::{
    any_phrase_at, has_word_prefix, is_word_byte, one_of, sentence_around, skip_light, skip_spaces,
    starts_with_one_of, word_at, word_before, word_starts,
};
use crate::text::{Folded, Hit, Origin, month_word};

// ---------------------------------------------------------------------------------------
// Dates.

const FULL_MONTHS: &str =
    "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";

/// English month names, for the few pages written in English ("Start date: September").
fn english_month(w: &str) -> Option<u8> {
    Some(match w {
        "january" => 1,
        "february" => 2,
        "march" => 3,
        "april" => 4,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "august" => 8,
        "september" => 9,
        "october" => 10,
        "november" => 11,
        "december" => 12,
        _ => return None,
    })
}

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

fn digits_at(t: &str, i: usize, lim: usize) -> (u32, usize) {
    let by = t.as_bytes();
    let mut e = i;
    let mut n: u32 = 0;
    while e < lim && by[e].is_ascii_digit() && e - i < 5 {
        n = n * 10 + u32::from(by[e] - b'0');
        e += 1;
    }
    (n, e)
}

fn plausible_year(y: u32) -> Option<i32> {
    i32::try_from(y).ok().filter(|y| (1990..=2100).contains(y))
}

fn month_date(year: i32, month: u8) -> Option<PartialDate> {
    let month = time::Month::try_from(month).ok()?;
    Some(PartialDate::Month { year, month })
}

/// A four-digit year right at `i` (after spaces), not followed by another digit.
fn year_after(t: &str, from: usize, lim: usize) -> Option<(i32, usize)> {
    let start = skip_spaces(t, from, lim);
    let (year, end) = digits_at(t, start, lim);
    if end - start != 4 || t.as_bytes().get(end).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((plausible_year(year)?, end))
}

/// After an abbreviated month ("sept."), step over its dot.
fn skip_abbreviation_dot(t: &str, w: &str, we: usize, lim: usize) -> usize {
    let dot = we < lim && t.as_bytes()[we] == b'.' && !one_of(FULL_MONTHS, w);
    we + usize::from(dot)
}

/// A date written at `i` in folded text: `21 juillet 2020`, `1er mars 2021`, `mai 2020`,
/// `septembre` (+ reference year), `21/07/2020`, `2020-07-21`, `début septembre 2020`,
/// `mi-novembre 2018`, `la rentrée 2020`, and (after a prefix such as `début`, or when
/// `bare_year`) `2021`. Returns the date and the end of the words read.
pub(crate) fn date_at(
    t: &str,
    from: usize,
    lim: usize,
    reference_year: Option<i32>,
    bare_year: bool,
) -> Option<(PartialDate, usize)> {
    let by = t.as_bytes();
    let lim = lim.min(by.len());
    let mut p = skip_spaces(t, from, lim);
    let mut prefixed = false;
    for _ in 0..4 {
        let Some((ws, we)) = word_at(t, p).filter(|&(_, e)| e <= lim) else {
            break;
        };
        let word = &t[ws..we];
        if word.len() > 3 && word.starts_with("mi-") {
            prefixed = true;
            p = ws + 3;
            break;
        }
        match word {
            "le" | "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" => {}
            "la" if t[we..lim].trim_start().starts_with("rentree") => {}
            "debut" | "fin" | "courant" | "mi" => prefixed = true,
            _ => break,
        }
        p = skip_spaces(t, we, lim);
        if by.get(p) == Some(&b'-') {
            p = skip_spaces(t, p + 1, lim);
        }
    }
    if p >= lim {
        return None;
    }
    if by[p].is_ascii_digit() {
        return numeric_date_at(t, p, lim, reference_year, bare_year || prefixed);
    }
    let (ws, we) = word_at(t, p).filter(|&(_, e)| e <= lim)?;
    let word = &t[ws..we];
    if word == "rentree" {
        return match year_after(t, we, lim) {
            Some((y, e)) => Some((month_date(y, 9)?, e)),
            None => Some((month_date(reference_year?, 9)?, we)),
        };
    }
    if word == "premier" {
        return day_month_at(t, skip_spaces(t, we, lim), lim, 1, reference_year);
    }
    let month = month_word(word).or_else(|| english_month(word))?;
    // Abbreviations ("sept" is also seven) and "may" (a verb) need a year.
    let full = one_of(FULL_MONTHS, word) || (english_month(word).is_some() && word != "may");
    let we = skip_abbreviation_dot(t, word, we, lim);
    match year_after(t, we, lim) {
        Some((y, e)) => Some((month_date(y, month)?, e)),
        None if full => Some((month_date(reference_year?, month)?, we)),
        None => None,
    }
}

/// `<month> [year]` after a day number.
fn day_month_at(
    t: &str,
    p: usize,
    lim: usize,
    day: u32,
    reference_year: Option<i32>,
) -> Option<(PartialDate, usize)> {
    let (ws, we) = word_at(t, p).filter(|&(_, e)| e <= lim)?;
    let month = month_word(&t[ws..we]).or_else(|| english_month(&t[ws..we]))?;
    let we = skip_abbreviation_dot(t, &t[ws..we], we, lim);
    let (year, end) = year_after(t, we, lim).or_else(|| Some((reference_year?, we)))?;
    Some((
        PartialDate::Day(ymd(year, month, u8::try_from(day).ok()?)?),
        end,
    ))
}

fn numeric_date_at(
    t: &str,
    p: usize,
    lim: usize,
    reference_year: Option<i32>,
    bare_year: bool,
) -> Option<(PartialDate, usize)> {
    let by = t.as_bytes();
    if p > 0 && (by[p - 1].is_ascii_digit() || matches!(by[p - 1], b'/' | b'.' | b',')) {
        return None;
    }
    let digit_at = |k: usize| by.get(k).is_some_and(u8::is_ascii_digit);
    let (first, e1) = digits_at(t, p, lim);
    let next = by.get(e1).copied();
    if e1 - p == 4 {
        let year = plausible_year(first)?;
        if next == Some(b'-') && digit_at(e1 + 1) {
            // 2020-07 or 2020-07-21
            let (month, e2) = digits_at(t, e1 + 1, lim);
            let month = u8::try_from(month).ok().filter(|_| e2 - e1 <= 3)?;
            if by.get(e2) == Some(&b'-') && digit_at(e2 + 1) {
                let (day, e3) = digits_at(t, e2 + 1, lim);
                if e3 - e2 > 3 || digit_at(e3) {
                    return None;
                }
                return Some((
                    PartialDate::Day(ymd(year, month, u8::try_from(day).ok()?)?),
                    e3,
                ));
            }
            return Some((month_date(year, month)?, e2));
        }
        let followed = matches!(next, Some(b'0'..=b'9' | b'/' | b'-' | b'.' | b','));
        return (bare_year && !followed).then_some((PartialDate::Year(year), e1));
    }
    if !(1..=2).contains(&(e1 - p)) {
        return None;
    }
    match next {
        Some(sep @ (b'/' | b'.' | b'-')) if digit_at(e1 + 1) => {
            let (second, e2) = digits_at(t, e1 + 1, lim);
            let ends_here = |k: usize| !by.get(k).is_some_and(|&c| c.is_ascii_digit() || c == sep);
            if e2 - e1 == 5 {
                // 09/2021
                let year = plausible_year(second)?;
                return ends_here(e2)
                    .then(|| month_date(year, u8::try_from(first).ok()?))
                    .flatten()
                    .map(|d| (d, e2));
            }
            if e2 - e1 > 3 || by.get(e2) != Some(&sep) || !digit_at(e2 + 1) {
                return None;
            }
            let (y, e3) = digits_at(t, e2 + 1, lim);
            let year = match e3 - e2 - 1 {
                4 => plausible_year(y)?,
                2 => 2000 + i32::try_from(y).ok()?,
                _ => return None,
            };
            if !ends_here(e3) {
                return None;
            }
            let date = ymd(year, u8::try_from(second).ok()?, u8::try_from(first).ok()?)?;
            Some((PartialDate::Day(date), e3))
        }
        _ => {
            // "1er mars", "21 juillet 2020"
            let mut q = e1;
            if t[q..lim].starts_with("er") && !by.get(q + 2).is_some_and(|&c| is_word_byte(c)) {
                if first != 1 {
                    return None;
                }
                q += 2;
            } else if next.is_some_and(is_word_byte) {
                return None;
            }
            day_month_at(t, skip_spaces(t, q, lim), lim, first, reference_year)
        }
    }
}

/// Read a French date written alone: "21 juillet 2020", "1er mars 2021", "mai 2020",
/// "septembre" (with `reference_year`), "21/07/2020", "2020-07-21", "début septembre 2020"
/// (→ 2020-09), "la rentrée 2020" (→ 2020-09), "2021". Leading "le" and trailing
/// punctuation are allowed; anything else around the date makes it `None`.
pub(crate) fn parse_french_date(text: &str, reference_year: Option<i32>) -> Option<PartialDate> {
    let folded = Folded::new(text.trim());
    let t = folded.text.as_str();
    let p = skip_light(t, 0, t.len());
    if let Some((d, e)) = date_at(t, p, t.len(), reference_year, true)
        && t[e..]
            .trim_matches(|c: char| c.is_whitespace() || ".,;:!*_)".contains(c))
            .is_empty()
    {
        return Some(d);
    }
    crate::text::dates::parse_date_text(text).map(PartialDate::Day)
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

/// Keep the first of overlapping findings, in text order, mapped to the original text.
fn resolve<T>(folded: &Folded, mut found: Vec<(usize, usize, T)>) -> Vec<Hit<T>> {
    found.sort_by_key(|&(a, z, _)| (a, std::cmp::Reverse(z)));
    let mut hits = Vec::new();
    let mut last_end = 0;
    for (a, z, v) in found {
        if a < last_end {
            continue;
        }
        last_end = z;
        let (os, oe) = folded.original_range(a, z);
        hits.push(Hit::new(v, os, oe));
    }
    hits
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
pub(crate) const START_TRIGGERS: &[&str] = &[
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

// ---------------------------------------------------------------------------------------
// Closing dates.

/// Cues that introduce the application deadline whatever the sentence.
const CLOSING_CUES: &str = "date limite|cloture des candidatures|cloture de l'offre|\
    cloture des inscriptions|date de cloture|fin des candidatures|candidatures closes|deadline";

/// Cues that need an application word before them in the sentence.
const UNTIL_CUES: &str = "jusqu'au|jusqu'a|avant le|au plus tard le|d'ici le";

const APPLY_WORDS: &str = "candidat|postul|offre|dossier|cv|envoy|annonce|apply";

/// Words that may stand between a closing cue and its date.
const CLOSING_FILLERS: &str = "de|des|du|d|candidature|candidatures|depot|reception|envoi|\
    dossier|dossiers|pour|postuler|candidater|le|la|l|au|est|fixee|fixe|offre|inscriptions|a";

fn closing_value(
    t: &str,
    from: usize,
    lim: usize,
    reference_year: Option<i32>,
) -> Option<(PartialDate, usize)> {
    let mut pos = from;
    for _ in 0..8 {
        pos = skip_light(t, pos, lim);
        if pos >= lim {
            return None;
        }
        if let Some(found) = date_at(t, pos, lim, reference_year, false) {
            return Some(found);
        }
        let (ws, we) = word_at(t, pos)?;
        if !one_of(CLOSING_FILLERS, &t[ws..we]) {
            return None;
        }
        pos = we;
    }
    None
}

/// Find the application deadline: "date limite de candidature : 30 avril 2021",
/// "candidatures jusqu'au 15 mars", "envoyez votre CV avant le 1er juin 2021", "clôture des
/// candidatures le …". "jusqu'au" / "avant le" count only after an application word in the
/// same sentence (a contract "jusqu'au 31 décembre" is not a deadline). A front matter
/// value that is a date is taken as is.
#[cfg(test)]
pub(crate) fn find_closing(
    text: &str,
    origin: Origin,
    reference_year: Option<i32>,
) -> Vec<Hit<PartialDate>> {
    find_closing_in(&Scanned::new(text).passage(text, origin), reference_year)
}

/// [`find_closing`] on a passage already folded and scanned.
pub(crate) fn find_closing_in(p: &Passage, reference_year: Option<i32>) -> Vec<Hit<PartialDate>> {
    if p.origin == Origin::FrontMatter
        && let Some(d) = parse_french_date(p.text, reference_year)
    {
        return vec![Hit::new(d, 0, p.text.len())];
    }
    p.on_trigger_lines(Fact::Closing, |_, f| closings_in(f, reference_year))
}

/// The closing date's trigger words: the words a deadline is announced by, folded.
pub(crate) const CLOSING_TRIGGERS: &[&str] = &[
    "limite",
    "clotur",
    "candidatures",
    "deadline",
    "jusqu",
    "avant",
    "tard",
    "ici",
];

fn closings_in(folded: &Folded, reference_year: Option<i32>) -> Vec<Hit<PartialDate>> {
    let t = folded.text.as_str();
    let mut found: Vec<(usize, usize, PartialDate)> = Vec::new();
    for (list, needs_apply_word) in [(CLOSING_CUES, false), (UNTIL_CUES, true)] {
        for cue in list.split('|') {
            for at in word_starts(t, cue) {
                let (s, e) = sentence_around(t, at);
                if needs_apply_word && !has_word_prefix(t, s, at, APPLY_WORDS) {
                    continue;
                }
                if let Some((d, de)) = closing_value(t, at + cue.len(), e, reference_year) {
                    found.push((at, de, d));
                }
            }
        }
    }
    resolve(folded, found)
}

#[cfg(test)]
#[path = "start_tests.rs"]
mod tests;
