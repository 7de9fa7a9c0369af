//! Who is sought and the team they join: years of experience, education level, team size,
//! working languages, kinds of skills and technologies named.
//!
//! Each finder looks for a few anchor words first (`expérience`, `bac`, `équipe`…) and reads
//! only the words around them. Rules worth knowing:
//! - Experience: "5 années d'expérience", "au moins 2 ans d'expérience", "expérience de 3 à
//!   5 ans" (3..5), "4/5 ans d'expérience minimum" (4..5), "5+ ans", "moins de 2 ans" (max
//!   only). "Une première expérience" gives no hit (it asks for some experience, not a
//!   number of years). A sub-requirement introduced by `dont` ("dont 2 ans d'expérience en
//!   management") is skipped: the general requirement comes first.
//! - Education: bac+2/BTS/DUT/DEUG → `bac_plus_2`, bac+3/bac+4/licence → `licence`,
//!   bac+5/master/école or diplôme d'ingénieur → `master`, bac+8/doctorat/PhD/thèse →
//!   `doctorat`, baccalauréat → `bac`; "diplôme de niveau 7" (RNCP levels 4–8, old levels
//!   I–IV) too. A "grande école", "école de commerce" or "Sciences Po" names no level and
//!   gives no hit; so do software licences ("licence libre", "sous licence MIT") and "scrum
//!   master". Alternatives ("bac+3 ou bac+5") give one hit each, in text order.
//! - Team size: "une équipe de trois personnes", "l'équipe compte 12 membres", "nous sommes
//!   une équipe de 5 développeurs", "nous sommes 4 dans l'équipe". Approximations ("une
//!   dizaine", "plus de 20"), ranges ("de 2 à 4 personnes"), lists of roles ("2 designers et
//!   3 chargés de déploiement", "composée de deux développeurs") and teams in the plural
//!   give no hit.
//! - Languages need a skill cue around them ("maîtrise de l'anglais", "anglais courant",
//!   "les langues de travail sont…", "fluent in French"); "site traduit en anglais" is not
//!   a requirement.
//! - Technologies: see [`find_tech`].

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::{Education, Experience};
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

#[cfg(test)]
pub(crate) use crate::extract::facts::languages::find_languages;
pub(crate) use crate::extract::facts::languages::find_languages_in;
pub(crate) use crate::extract::facts::tech::{find_tech, tech_from_value};
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{
    has_word_prefix, occurrences, one_of, sentence_around, starts_with_one_of, word_at, word_before,
};
use crate::text::{Folded, Hit, number_word};

/// Which list of [`Skills`] a section holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum SkillKind {
    /// Savoirs, connaissances.
    Knowledge,
    /// Savoir-faire, compétences techniques.
    KnowHow,
    /// Savoir-être, qualités, compétences comportementales.
    Soft,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Every occurrence of the word `word` in `t` (whole word, folded).
fn whole_words<'a>(t: &'a str, word: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    occurrences(t.as_bytes(), word.as_bytes())
        .into_iter()
        .filter_map(move |at| word_at(t, at).filter(|&(_, e)| e == at + word.len()))
}

/// The word after position `i` (skipping spaces, emphasis, apostrophes).
fn next_word(t: &str, i: usize) -> Option<(usize, usize)> {
    let by = t.as_bytes();
    let mut p = i;
    while p < by.len() && matches!(by[p], b' ' | b'\t' | b'*' | b'_' | b'\'') {
        p += 1;
    }
    word_at(t, p)
}

/// Whether the word after `i` is one of the `|`-separated `list`.
fn next_is(t: &str, i: usize, list: &str) -> bool {
    next_word(t, i).is_some_and(|(a, z)| one_of(list, &t[a..z]))
}

/// Whether the word before `i` is one of the `|`-separated `list`.
fn prev_is(t: &str, i: usize, list: &str) -> bool {
    word_before(t, i).is_some_and(|(a, z)| one_of(list, &t[a..z]))
}

pub(crate) fn hit<T>(folded: &Folded, value: T, from: usize, to: usize) -> Hit<T> {
    let (os, oe) = folded.original_range(from, to);
    Hit::new(value, os, oe)
}

// ---------------------------------------------------------------------------------------
// Experience.

fn years_unit(w: &str) -> bool {
    one_of("an|ans|annee|annees|year|years", w)
}

fn small_number(w: &str) -> Option<u8> {
    number_word(w)
        .filter(|&n| n <= 40)
        .and_then(|n| u8::try_from(n).ok())
}

/// Read the number or range of years before a unit word that starts at `unit_start`:
/// (min, max, start of the words read).
fn years_before(t: &str, unit_start: usize) -> Option<(Option<u8>, Option<u8>, usize)> {
    let before_unit = t[..unit_start].trim_end();
    let plus = before_unit.ends_with('+');
    let k = before_unit.trim_end_matches('+').trim_end().len();
    let (ns, ne) = word_before(t, k).filter(|&(_, e)| e == k)?;
    // "3-5" is one word.
    let (mut lo, mut hi) = match t[ns..ne].split_once('-') {
        Some((a, z)) => (small_number(a)?, Some(small_number(z)?)),
        None => (small_number(&t[ns..ne])?, None),
    };
    let mut start = ns;
    // "4/5", "3 à 5", "entre 3 et 5", "3 ou 4"
    let before = t[..ns].trim_end();
    let sep = [" a", "/", " et", " ou", "-"]
        .iter()
        .find(|s| before.ends_with(*s));
    let cut = before.len() - sep.map_or(0, |s| s.len());
    if hi.is_none()
        && sep.is_some()
        && let Some((fs, fe)) = word_before(t, cut).filter(|&(_, e)| t[e..cut].trim().is_empty())
        && let Some(first) = small_number(&t[fs..fe])
    {
        (hi, lo, start) = (Some(lo), first, fs);
    }
    let before = t[..start].trim_end();
    if before.ends_with(" dont") || before.ends_with(" dont au moins") || hi.is_some_and(|h| h < lo)
    {
        return None;
    }
    let upto = ["moins de", "jusqu'a", "maximum", "max"]
        .iter()
        .any(|q| before.ends_with(q))
        && !before.ends_with("au moins de");
    if upto && !plus && hi.is_none() {
        return Some((None, Some(lo), start));
    }
    Some((Some(lo), hi, start))
}

/// Find the years of experience asked for.
#[cfg(test)]
pub(crate) fn find_experience(text: &str) -> Vec<Hit<Experience>> {
    find_experience_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_experience`] on text already folded by the caller (`folded` = `Folded::new(text)`).
pub(crate) fn find_experience_in(p: &Passage) -> Vec<Hit<Experience>> {
    p.on_trigger_lines(Fact::Experience, experience_in)
}

/// Experience's trigger words: every finding holds "experience" or "years".
pub(crate) const EXPERIENCE_TRIGGERS: &[&str] = &["rience", "years"];

fn experience_in(_: &str, folded: &Folded) -> Vec<Hit<Experience>> {
    let t = folded.text.as_str();
    let mut hits = Vec::new();
    for (at, we) in whole_words(t, "experience").chain(whole_words(t, "experiences")) {
        // Backwards: "<n> ans (minimum) d'expérience", "5 years of experience".
        let before = t[..at].trim_end();
        let connector = ["d'", "de", "of", "d"].iter().find(|c| {
            before.ends_with(*c)
                && before[..before.len() - c.len()]
                    .bytes()
                    .last()
                    .is_none_or(|c| !is_word_byte(c))
        });
        let mut k = at;
        let mut found = None;
        if let Some(c) = connector {
            k = before.len() - c.len();
            if let Some((ms, me)) = word_before(t, k)
                && one_of("minimum|min|requis", &t[ms..me])
            {
                k = ms;
            }
        }
        if let Some((us, ue)) = word_before(t, k)
            && ((connector.is_some() && years_unit(&t[us..ue])) || one_of("years|year", &t[us..ue]))
        {
            found = years_before(t, us).map(|(lo, hi, s)| (lo, hi, s, we));
        }
        // Forwards: "expérience (professionnelle) de 3 à 5 ans"; the plural ("des expériences
        // de 2 à 10 ans") describes people, not a requirement.
        if found.is_none() && we - at == "experience".len() {
            found = years_after(t, we).map(|(lo, hi, e)| (lo, hi, at, e));
        }
        if let Some((min_years, max_years, s, e)) = found {
            hits.push(hit(
                folded,
                Experience {
                    min_years,
                    max_years,
                },
                s,
                e,
            ));
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}

/// "expérience de 3 à 5 ans", "expérience minimum de 2 ans", "expérience : 3 ans minimum".
fn years_after(t: &str, from: usize) -> Option<(Option<u8>, Option<u8>, usize)> {
    const FILLERS: &str = "professionnelle|pro|significative|confirmee|minimum|minimale|requise|\
        souhaitee|de|d|au|moins|un|entre|superieure|a";
    let by = t.as_bytes();
    let mut p = from;
    let mut upto = false;
    for _ in 0..8 {
        while p < by.len() && b" :*_'(".contains(&by[p]) {
            p += 1;
        }
        let (ws, we) = word_at(t, p)?;
        let w = &t[ws..we];
        if let Some(n) = small_number(w).filter(|_| w != "un") {
            let (lo, hi, e) = number_range_at(t, ws, n)?;
            let (us, ue) = next_word(t, e)?;
            if !years_unit(&t[us..ue]) {
                return None;
            }
            return Some(if upto {
                (None, Some(lo), ue)
            } else {
                (Some(lo), hi, ue)
            });
        }
        if w == "maximum" || w == "jusqu" {
            upto = true;
        } else if !one_of(FILLERS, w) {
            return None;
        }
        p = we;
    }
    None
}

/// A number at `ws` possibly followed by "à N" / "-N" / "/N": (low, high, end).
fn number_range_at(t: &str, ws: usize, n: u8) -> Option<(u8, Option<u8>, usize)> {
    let (_, we) = word_at(t, ws)?;
    if let Some((a, z)) = t[ws..we].split_once('-') {
        let (a, z) = (small_number(a)?, small_number(z)?);
        return (a <= z).then_some((a, Some(z), we));
    }
    let trimmed = t[we..].trim_start();
    for sep in ["a ", "/", "et ", "ou "] {
        if let Some(r) = trimmed.strip_prefix(sep)
            && let Some((s2, e2)) = word_at(t, t.len() - r.trim_start().len())
            && let Some(m) = small_number(&t[s2..e2]).filter(|&m| m >= n)
        {
            return Some((n, Some(m), e2));
        }
    }
    Some((n, None, we))
}

// ---------------------------------------------------------------------------------------
// Education.

fn bac_plus(n: u32) -> Option<Education> {
    Some(match n {
        2 => Education::BacPlus2,
        3 | 4 => Education::Licence,
        5..=7 => Education::Master,
        8 => Education::Doctorat,
        _ => return None,
    })
}

/// Find the education level asked for.
#[cfg(test)]
pub(crate) fn find_education(text: &str) -> Vec<Hit<Education>> {
    find_education_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_education`] on text already folded by the caller (`folded` = `Folded::new(text)`).
pub(crate) fn find_education_in(p: &Passage) -> Vec<Hit<Education>> {
    p.on_trigger_lines(Fact::Education, education_in)
}

/// Education's trigger words: the starts of the words that name a degree or a level.
pub(crate) const EDUCATION_TRIGGERS: &[&str] = &[
    "bac",
    "master",
    "licence",
    "doctorat",
    "phd",
    "these",
    "bts",
    "dut",
    "deug",
    "deust",
    "ingenieur",
    "niveau",
];

fn education_in(text: &str, folded: &Folded) -> Vec<Hit<Education>> {
    let t = folded.text.as_str();
    let by = t.as_bytes();
    let mut found: Vec<(usize, usize, Education)> = Vec::new();
    // bac, bac+5, bac + 3, baccalauréat
    for (at, we) in whole_words(t, "bac").chain(whole_words(t, "baccalaureat")) {
        let rest = t[we..].trim_start();
        if let Some(r) = rest.strip_prefix('+') {
            let q = t.len() - r.trim_start().len();
            let e = q + by[q..]
                .iter()
                .take(2)
                .take_while(|c| c.is_ascii_digit())
                .count();
            if let Some(level) = t[q..e].parse().ok().and_then(bac_plus) {
                found.push((at, e, level));
            }
            continue;
        }
        let context = we - at > 3
            || prev_is(t, at, "niveau|titulaire|diplome|du")
            || next_is(t, we, "ou|general|pro|professionnel|technologique|minimum");
        if context && !next_is(t, we, "de|a") {
            found.push((at, we, Education::Bac));
        }
    }
    for (at, we) in whole_words(t, "master") {
        let in_path = (at > 0 && b"/.-#".contains(&by[at - 1]))
            || (matches!(by.get(we), Some(b'/' | b'.'))
                && by.get(we + 1).is_some_and(|&c| is_word_byte(c)));
        let other = prev_is(t, at, "scrum|product|game|quiz|branche|git|web|data")
            || next_is(t, we, "class|classe|classes|branch");
        let degree = prev_is(t, at, "niveau|diplome|un|du|de|type|5|ou|en")
            || next_is(
                t,
                we,
                "en|de|d|1|2|ou|professionnel|pro|recherche|specialise|universitaire|degree|s|minimum",
            );
        if !in_path && !other && degree {
            found.push((at, we, Education::Master));
        }
    }
    for (at, we) in whole_words(t, "licence") {
        // Software licences: "licence libre", "sous licence MIT", "la licence Etalab".
        let software = next_is(
            t,
            we,
            "libre|libres|ouverte|open|mit|gpl|agpl|lgpl|apache|bsd|cc|creative|eupl|etalab|d|de|\
             du|des|logicielle|proprietaire|compatible|copyleft|permissive|publique",
        ) || prev_is(t, at, "sous|la|cette|leur|sa|chaque|votre|notre|les");
        let degree = prev_is(t, at, "niveau|diplome|titulaire|type|3")
            || next_is(
                t,
                we,
                "en|professionnelle|pro|universitaire|generale|l3|3|ou|minimum",
            );
        if !software && degree {
            found.push((at, we, Education::Licence));
        }
    }
    for (at, we) in whole_words(t, "doctorat").chain(whole_words(t, "phd")) {
        found.push((at, we, Education::Doctorat));
    }
    // "thèse" (folded "these", also English): the original must have the accent, and the
    // sentence must ask for it.
    for (at, we) in whole_words(t, "these") {
        let accented = text
            .get(folded.original(at)..)
            .is_some_and(|s| s.chars().nth(2) == Some('è'))
            || text
                .get(folded.original(at)..)
                .is_some_and(|s| s.chars().nth(2) == Some('È'));
        let (s, e) = sentence_around(t, at);
        if accented && has_word_prefix(t, s, e, "titulaire|diplom|docteur|requis|exige|justifi") {
            found.push((at, we, Education::Doctorat));
        }
    }
    // BTS, DUT, DEUG: written in capitals.
    for word in ["bts", "dut", "deug", "deust"] {
        for (at, we) in whole_words(t, word) {
            let (os, oe) = folded.original_range(at, we);
            if text
                .get(os..oe)
                .is_some_and(|s| s.bytes().all(|c| c.is_ascii_uppercase()))
            {
                found.push((at, we, Education::BacPlus2));
            }
        }
    }
    // école / diplôme / titre d'ingénieur
    for (at, we) in whole_words(t, "ingenieur").chain(whole_words(t, "ingenieurs")) {
        let before = t[..at].trim_end();
        if [
            "ecole d'",
            "ecoles d'",
            "diplome d'",
            "titre d'",
            "formation d'",
            "diplomes d'",
        ]
        .iter()
        .any(|p| before.ends_with(p))
        {
            let start = before[..before.len() - 2].rfind(' ').map_or(0, |i| i + 1);
            found.push((start, we, Education::Master));
        }
    }
    // "diplôme de niveau 7", "titre de niveau II"
    for (at, we) in whole_words(t, "niveau") {
        let before = t[..at].trim_end();
        let Some((ns, ne)) = next_word(t, we) else {
            continue;
        };
        if !["diplome de", "titre de", "certification de", "formation de"]
            .iter()
            .any(|p| before.ends_with(p))
        {
            continue;
        }
        let level = match &t[ns..ne] {
            "4" | "iv" => Education::Bac,
            "5" | "iii" => Education::BacPlus2,
            "6" | "ii" => Education::Licence,
            "7" | "i" => Education::Master,
            "8" => Education::Doctorat,
            _ => continue,
        };
        found.push((at, ne, level));
    }
    // "Il n'est pas nécessaire de disposer d'un bac+5."
    found.retain(|&(a, _, _)| {
        let (s, e) = sentence_around(t, a);
        ![
            "pas necessaire",
            "pas obligatoire",
            "pas requis",
            "aucun diplome",
            "pas besoin",
            "pas exige",
        ]
        .iter()
        .any(|n| t[s..e].contains(n))
    });
    found.sort_by_key(|&(a, _, _)| a);
    found.dedup_by(|later, earlier| later.0 < earlier.1);
    found
        .into_iter()
        .map(|(a, e, v)| hit(folded, v, a, e))
        .collect()
}

// ---------------------------------------------------------------------------------------
// Team size.

/// Nouns counting people ("personnes", "membres"…), as word prefixes.
const PEOPLE: &str = "personne|membre|agent|collaborat|salarie|equipier|people|person|coequipier";

/// Nouns of roles ("développeurs", "designers"…), as word prefixes.
const ROLES: &str = "developpeu|dev|designer|ingenieu|expert|intrapreneu|coach|chercheu|\
    consultant|data|profil|talent|charge|product|ux";

/// Read "N personnes" after `p`: the count and its end, if it is a team size. `direct`
/// ("une équipe de …") also accepts roles ("de 5 développeurs") and no noun at all ("une
/// équipe pluridisciplinaire de 6.").
fn team_count_at(t: &str, p: usize, direct: bool) -> Option<(u32, usize)> {
    let mut p = p;
    // "l'équipe compte aujourd'hui 8 personnes"
    while let Some((ws, we)) = next_word(t, p)
        && one_of(
            "aujourd|hui|actuellement|deja|desormais|maintenant",
            &t[ws..we],
        )
    {
        p = we + usize::from(t[we..].starts_with('\''));
    }
    let (ws, we) = next_word(t, p)?;
    let n = number_word(&t[ws..we]).filter(|&n| (2..=500).contains(&n))?;
    let rest = t[we..].trim_start();
    // Ranges: "2 à 4 personnes", "2-4", "3 ou 4".
    for sep in ["a ", "ou ", "/", "-", "+"] {
        if let Some(r) = rest.strip_prefix(sep)
            && (r.trim_start().starts_with(|c: char| c.is_ascii_digit())
                || next_word(t, t.len() - r.len())
                    .is_some_and(|(a, z)| number_word(&t[a..z]).is_some()))
        {
            return None;
        }
    }
    let Some((ns, ne)) = next_word(t, we).filter(|&(s, _)| t[we..s].trim().is_empty()) else {
        let ends = rest.is_empty() || rest.starts_with(['.', ',', ';', ':', ')', '!', '(', '*']);
        return (direct && ends).then_some((n, we));
    };
    let noun = &t[ns..ne];
    if starts_with_one_of(PEOPLE, noun) {
        return Some((n, ne));
    }
    if direct && starts_with_one_of(ROLES, noun) {
        // "2 designers et 3 chargés": a list of roles, not one count.
        let after = t[ne..].trim_start();
        let listed = after.starts_with(',')
            || after.strip_prefix("et ").is_some_and(|r| {
                next_word(t, t.len() - r.len()).is_some_and(|(a, z)| {
                    number_word(&t[a..z]).is_some() || t[a..z].starts_with('d')
                })
            });
        return (!listed).then_some((n, ne));
    }
    (direct && one_of("qui|dont|et", noun)).then_some((n, we))
}

/// Find the size of the team the hire joins.
#[cfg(test)]
pub(crate) fn find_team_size(text: &str) -> Vec<Hit<u32>> {
    find_team_size_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_team_size`] on text already folded by the caller (`folded` = `Folded::new(text)`).
pub(crate) fn find_team_size_in(p: &Passage) -> Vec<Hit<u32>> {
    p.on_trigger_lines(Fact::TeamSize, team_size_in)
}

/// Fragments of the lower-cased text that a finding needs (see `anchored_windows`).
/// Team size's trigger words: every finding holds "équipe" or "nous sommes".
pub(crate) const TEAM_TRIGGERS: &[&str] = &["quipe", "nous sommes"];

fn team_size_in(_: &str, folded: &Folded) -> Vec<Hit<u32>> {
    let t = folded.text.as_str();
    let by = t.as_bytes();
    let mut hits = Vec::new();
    for (at, we) in whole_words(t, "equipe") {
        if prev_is(t, at, "plusieurs|des|les|chaque|ces|nos|vos|leurs|autre") {
            continue;
        }
        let mut p = we;
        let mut adjectives = 0;
        let mut composed = false;
        for _ in 0..6 {
            while p < by.len() && b" *_,".contains(&by[p]) {
                p += 1;
            }
            if by.get(p) == Some(&b'(') {
                // "l'équipe (ITOU) composée de…"
                match t[p..].find(')').filter(|&c| c < 30) {
                    Some(c) => p += c + 1,
                    None => break,
                }
                continue;
            }
            let Some((ws, wend)) = word_at(t, p) else {
                break;
            };
            let w = &t[ws..wend];
            match w {
                "de" | "d" => {
                    let q = if w == "d" { wend + 1 } else { wend };
                    if let Some((n, e)) = team_count_at(t, q, !composed) {
                        hits.push(hit(folded, n, at, e));
                    }
                    break;
                }
                "compte" | "comptant" | "rassemble" | "regroupe" | "reunit" => {
                    if let Some((n, e)) = team_count_at(t, wend, false) {
                        hits.push(hit(folded, n, at, e));
                    }
                    break;
                }
                "composee" | "constituee" | "formee" | "compose" => composed = true,
                _ if one_of("est|sont|actuellement|aujourd|hui|deja|qui|desormais", w) => {}
                _ if adjectives < 2
                    && w.len() >= 4
                    && !w.bytes().any(|c| c.is_ascii_digit())
                    && !one_of(
                        "avec|pour|dans|sans|chez|vers|depuis|entre|mais|donc|dont|afin|leur|\
                         notre|votre|cette|france|sera|etait|projet",
                        w,
                    ) =>
                {
                    adjectives += 1;
                }
                _ => break,
            }
            p = wend;
        }
    }
    // "nous sommes 4 dans l'équipe", "nous sommes 12 personnes"
    for at in occurrences(by, b"nous sommes") {
        let mut p = at + "nous sommes".len();
        if let Some((ws, we)) = next_word(t, p)
            && one_of("aujourd|actuellement|desormais|deja|maintenant", &t[ws..we])
        {
            p = if &t[ws..we] == "aujourd" { we + 4 } else { we };
        }
        let Some((ws, we)) = next_word(t, p) else {
            continue;
        };
        let Some(n) = number_word(&t[ws..we]).filter(|&n| (2..=500).contains(&n)) else {
            continue;
        };
        let rest = t[we..].trim_start();
        let end = team_count_at(t, ws, false).map(|(_, e)| e).or_else(|| {
            [
                "dans l'equipe",
                "dans cette equipe",
                "au sein de l'equipe",
                "dans notre equipe",
            ]
            .iter()
            .find(|x| rest.starts_with(*x))
            .map(|x| t.len() - rest.len() + x.len())
        });
        if let Some(e) = end {
            hits.push(hit(folded, n, at, e));
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}

// ---------------------------------------------------------------------------------------
// Skill sections.

/// Words one of which every skill section title of [`skill_kind`] holds.
static SKILL_KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new([
        "savoir",
        "connaissance",
        "knowledge",
        "competence",
        "hard",
        "know",
        "qualite",
        "soft",
        "aptitude",
    ])
    .unwrap_or_else(|e| panic!("skill keys: {e}"))
});

/// Which kind of skills a section title announces ("Savoirs", "Savoir-faire :",
/// "**Compétences comportementales**"), or `None` for any other title.
pub(crate) fn skill_kind(section_title: &str) -> Option<SkillKind> {
    let folded = crate::text::fold(section_title);
    // Every title below holds one of these words: most section titles are rejected here.
    if !SKILL_KEYS.is_match(&folded) {
        return None;
    }
    let folded = folded.replace(['-', '_'], " ");
    let mut t = folded.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    for prefix in [
        "les ",
        "vos ",
        "nos ",
        "des ",
        "principales ",
        "principaux ",
    ] {
        t = t.strip_prefix(prefix).unwrap_or(t);
    }
    for suffix in [
        " requis",
        " requises",
        " requise",
        " attendus",
        " attendues",
        " attendu",
        " attendue",
        " souhaites",
        " souhaitees",
        " recherches",
        " recherchees",
        " necessaires",
        " indispensables",
        " demandes",
        " demandees",
        " du poste",
    ] {
        t = t.strip_suffix(suffix).unwrap_or(t).trim_end();
    }
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let knowledge = "savoir|savoirs|connaissances|connaissance|connaissances techniques|\
        connaissances theoriques|knowledge|savoirs theoriques|savoirs et connaissances";
    let know_how = "savoir faire|savoirs faire|competences techniques|competence technique|\
        competences operationnelles|competences professionnelles|competences metier|\
        competences metiers|hard skills|know how|savoir faire techniques|competences pratiques";
    let soft = "savoir etre|savoirs etre|qualites|qualite|qualites personnelles|qualites humaines|\
        qualites relationnelles|competences comportementales|competences relationnelles|\
        soft skills|soft skill|savoir etre professionnels|aptitudes|aptitudes personnelles|\
        qualites professionnelles";
    [
        (knowledge, SkillKind::Knowledge),
        (know_how, SkillKind::KnowHow),
        (soft, SkillKind::Soft),
    ]
    .into_iter()
    .find(|(list, _)| one_of(list, &t))
    .map(|(_, kind)| kind)
}

#[cfg(test)]
#[path = "profile_tests.rs"]
mod tests;
