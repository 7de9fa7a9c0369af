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

use serde::{Deserialize, Serialize};

pub(crate) use self::tech::{find_tech, tech_from_value};
use crate::start::scan::{
    Anchors, WordSet, has_word_prefix, occurrences, on_windows, one_of, sentence_around,
    starts_with_one_of, word_at, word_before,
};
use crate::text::{Folded, Hit, number_word, words};

/// Level of education asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Education {
    /// Baccalauréat (end of secondary school).
    Bac,
    /// Two years of higher education (bac+2: BTS, DUT, DEUG).
    #[serde(rename = "bac_plus_2")]
    BacPlus2,
    /// Licence (bac+3; bac+4 is counted here too).
    Licence,
    /// Master (bac+5), including engineering school degrees.
    Master,
    /// Doctorate (bac+8, PhD).
    Doctorat,
}

/// Years of experience asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Experience {
    /// The minimum number of years ("au moins 3 ans", the lower bound of "3 à 5 ans").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_years: Option<u8>,
    /// The maximum number of years (the upper bound of "3 à 5 ans", "moins de 2 ans").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_years: Option<u8>,
}

/// Skills listed by kind, as the French public-sector job template groups them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Skills {
    /// Knowledge (savoirs, connaissances).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub knowledge: Vec<String>,
    /// Know-how (savoir-faire, compétences techniques ou opérationnelles).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub know_how: Vec<String>,
    /// Soft skills (savoir-être, qualités, compétences comportementales).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub soft: Vec<String>,
}

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

fn hit<T>(folded: &Folded, value: T, from: usize, to: usize) -> Hit<T> {
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
pub(crate) fn find_experience(text: &str) -> Vec<Hit<Experience>> {
    on_windows(text, &EXPERIENCE_ANCHORS, experience_in)
}

/// Fragments of the lower-cased text that a finding needs (see `anchored_windows`).
static EXPERIENCE_ANCHORS: Anchors = Anchors::Fragments(&["rience", "years"]);

fn experience_in(text: &str) -> Vec<Hit<Experience>> {
    let folded = Folded::new(text);
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
                &folded,
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
pub(crate) fn find_education(text: &str) -> Vec<Hit<Education>> {
    on_windows(text, &EDUCATION_ANCHORS, education_in)
}

/// Fragments of the lower-cased text that a finding needs (see `anchored_windows`).
#[rustfmt::skip]
static EDUCATION_ANCHORS: Anchors = Anchors::Words(&WordSet::new(&[
    "bac", "master", "licence", "doctorat", "phd", "thèse", "bts", "dut", "deug", "deust",
    "ingénieur", "ingenieur", "niveau",
]));

fn education_in(text: &str) -> Vec<Hit<Education>> {
    let folded = Folded::new(text);
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
        .map(|(a, e, v)| hit(&folded, v, a, e))
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
pub(crate) fn find_team_size(text: &str) -> Vec<Hit<u32>> {
    on_windows(text, &TEAM_ANCHORS, team_size_in)
}

/// Fragments of the lower-cased text that a finding needs (see `anchored_windows`).
static TEAM_ANCHORS: Anchors = Anchors::Fragments(&["quipe", "nous sommes"]);

fn team_size_in(text: &str) -> Vec<Hit<u32>> {
    let folded = Folded::new(text);
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
                        hits.push(hit(&folded, n, at, e));
                    }
                    break;
                }
                "compte" | "comptant" | "rassemble" | "regroupe" | "reunit" => {
                    if let Some((n, e)) = team_count_at(t, wend, false) {
                        hits.push(hit(&folded, n, at, e));
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
            hits.push(hit(&folded, n, at, e));
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}

// ---------------------------------------------------------------------------------------
// Languages.

fn language_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "francais" | "francaise" | "french" => "fr",
        "anglais" | "anglaise" | "english" => "en",
        "espagnol" | "espagnole" | "spanish" | "castillan" => "es",
        "allemand" | "allemande" | "german" => "de",
        "italien" | "italienne" | "italian" => "it",
        "portugais" | "portugaise" | "portuguese" => "pt",
        "arabe" | "arabic" => "ar",
        "neerlandais" | "neerlandaise" | "dutch" => "nl",
        "chinois" | "mandarin" | "chinese" => "zh",
        "russe" | "russian" => "ru",
        "japonais" | "japanese" => "ja",
        "polonais" | "polish" => "pl",
        "roumain" | "romanian" => "ro",
        "turc" | "turkish" => "tr",
        "grec" | "greek" => "el",
        "breton" => "br",
        "basque" => "eu",
        "catalan" => "ca",
        "corse" => "co",
        "occitan" => "oc",
        "creole" => "ht",
        _ => return None,
    })
}

/// Words before a language that make it a skill.
const LANG_BEFORE: &str = "maitris|parl|pratique|niveau|connaissance|langue|bilingue|fluent|\
    fluency|speak|proficien|aise en|rediger en|ecrire en|s'exprimer en|communiquer en|\
    travailler en|courant en|command of|good|excellent|native";

/// Words after a language that make it a skill.
const LANG_AFTER: &str = "courant|professionnel|operationnel|technique|lu|ecrit|parle|bilingue|\
    fluent|est un plus|serait un plus|un plus|apprecie|souhaite|requis|exige|necessaire|\
    indispensable|obligatoire|required|is a plus|speaking|mandatory|natif|maternelle|niveau|\
    a1|a2|b1|b2|c1|c2";

/// Phrases that make every language of the sentence after them a working language.
const LANG_LISTS: &str = "langues de travail|langue de travail|working language|langues :|\
    langues requises|langues parlees";

/// Find working languages asked for, as ISO 639-1 codes in the order written: one hit per
/// sentence that names them, covering the language names.
pub(crate) fn find_languages(text: &str) -> Vec<Hit<Vec<String>>> {
    on_windows(text, &LANGUAGE_ANCHORS, languages_in)
}

/// Fragments of the lower-cased text that a finding needs (see `anchored_windows`).
#[rustfmt::skip]
static LANGUAGE_ANCHORS: Anchors = Anchors::Words(&WordSet::new(&[
    "anglais", "english", "français", "francais", "french", "espagnol", "spanish", "castillan",
    "allemand", "german", "italien", "italian", "portugais", "portuguese", "arabe", "arabic",
    "néerlandais", "neerlandais", "dutch", "chinois", "mandarin", "chinese", "russe", "russian",
    "japonais", "japanese", "polonais", "polish", "roumain", "romanian", "turc", "turkish",
    "grec", "greek", "breton", "basque", "catalan", "corse", "occitan", "créole", "creole",
]));

fn languages_in(text: &str) -> Vec<Hit<Vec<String>>> {
    let folded = Folded::new(text);
    let t = folded.text.as_str();
    let mut hits: Vec<Hit<Vec<String>>> = Vec::new();
    // (sentence end, first name start, last name end, codes)
    let mut current: Option<(usize, usize, usize, Vec<String>)> = None;
    for (ws, we) in words(t) {
        let Some(code) = language_code(&t[ws..we]) else {
            continue;
        };
        let (s, e) = sentence_around(t, ws);
        let mut lo = ws.saturating_sub(45).max(s);
        while !t.is_char_boundary(lo) {
            lo += 1;
        }
        let mut hi = (we + 30).min(e);
        while !t.is_char_boundary(hi) {
            hi -= 1;
        }
        let skill = has_phrase(t, s, ws, LANG_LISTS)
            || has_word_prefix(t, lo, ws, LANG_BEFORE)
            || has_word_prefix(t, we, hi, LANG_AFTER);
        if !skill {
            continue;
        }
        match &mut current {
            Some((end, _, last, codes)) if *end == e => {
                if !codes.iter().any(|c| c == code) {
                    codes.push(code.to_owned());
                }
                *last = we;
            }
            _ => {
                if let Some((_, a0, z0, codes)) = current.take() {
                    hits.push(hit(&folded, codes, a0, z0));
                }
                current = Some((e, ws, we, vec![code.to_owned()]));
            }
        }
    }
    if let Some((_, a0, z0, codes)) = current {
        hits.push(hit(&folded, codes, a0, z0));
    }
    hits
}

fn has_phrase(t: &str, from: usize, to: usize, list: &str) -> bool {
    list.split('|').any(|p| t[from..to].contains(p))
}

// ---------------------------------------------------------------------------------------
// Skill sections.

/// Which kind of skills a section title announces ("Savoirs", "Savoir-faire :",
/// "**Compétences comportementales**"), or `None` for any other title.
pub(crate) fn skill_kind(section_title: &str) -> Option<SkillKind> {
    let folded = crate::text::fold(section_title).replace(['-', '_'], " ");
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

// ---------------------------------------------------------------------------------------
// Technologies. Self-contained: works on the original bytes (technology names are ASCII),
// folding ASCII case on the fly, so it needs no `Folded` text.
mod tech {
    use crate::text::Hit;

    /// Needs another technology nearby (same line, a few words away): "Go", "R", "Vue".
    const WEAK: u8 = 1;
    /// Needs a capital first letter in the original ("Rails", "Express", "Swift").
    const CAP: u8 = 2;

    /// May start a name of several words ([`TECH_PHRASES`]).
    const PHRASE: u8 = 4;
    /// Checked by hand: "Go", "R", "REST".
    const SPECIAL: u8 = 8;

    /// Technology tokens sorted by key (lower case ASCII; checked when compiling): key,
    /// normalised name, flags. An empty name only starts a phrase ("open" in "Open edX").
    #[rustfmt::skip]
    static TECH: [(&str, &str, u8); 212] = [
        (".net", ".NET", 0), ("adobe", "", PHRASE), ("airflow", "Airflow", 0),
        ("airtable", "Airtable", 0), ("android", "Android", WEAK), ("angular", "Angular", 0),
        ("angularjs", "Angular", 0), ("ansible", "Ansible", 0), ("apache", "", PHRASE),
        ("api", "", PHRASE), ("asp.net", ".NET", 0), ("aws", "AWS", 0), ("azure", "Azure", 0),
        ("bash", "Bash", WEAK), ("bootstrap", "Bootstrap", 0), ("c#", "C#", 0), ("c++", "C++", 0),
        ("cassandra", "Cassandra", WEAK), ("chart.js", "Chart.js", 0), ("chartjs", "Chart.js", 0),
        ("ci", "", PHRASE), ("circleci", "CircleCI", 0), ("ckan", "CKAN", 0),
        ("clever", "", PHRASE), ("clojure", "Clojure", 0), ("csharp", "C#", 0), ("css", "CSS", 0),
        ("css3", "CSS", 0), ("cypress", "Cypress", 0), ("d3", "D3.js", WEAK), ("d3.js", "D3.js", 0),
        ("d3js", "D3.js", 0), ("dash", "Dash", WEAK | CAP), ("dbt", "dbt", WEAK),
        ("debian", "Debian", 0), ("deno", "Deno", WEAK), ("django", "Django", 0),
        ("docker", "Docker", 0), ("dotnet", ".NET", 0), ("drupal", "Drupal", 0),
        ("dsfr", "DSFR", 0), ("ecmascript", "JavaScript", 0), ("ejs", "EJS", 0),
        ("elastic", "", PHRASE), ("elasticsearch", "Elasticsearch", 0), ("elixir", "Elixir", WEAK),
        ("elk", "ELK", WEAK), ("ember", "Ember.js", WEAK | CAP), ("ember.js", "Ember.js", 0),
        ("emberjs", "Ember.js", 0), ("erlang", "Erlang", 0), ("es6", "JavaScript", 0),
        ("express", "Express", WEAK | CAP), ("express.js", "Express", 0),
        ("expressjs", "Express", 0), ("fastapi", "FastAPI", 0), ("figma", "Figma", 0),
        ("firebase", "Firebase", 0), ("flask", "Flask", 0), ("flutter", "Flutter", 0),
        ("gcp", "Google Cloud", 0), ("gdal", "GDAL", 0), ("git", "Git", 0), ("github", "GitHub", 0),
        ("gitlab", "GitLab", 0), ("go", "Go", WEAK | SPECIAL), ("golang", "Go", 0),
        ("google", "", PHRASE), ("grafana", "Grafana", 0), ("graphql", "GraphQL", 0),
        ("grist", "Grist", 0), ("hadoop", "Hadoop", 0), ("haskell", "Haskell", 0),
        ("hasura", "Hasura", 0), ("helm", "Helm", WEAK | CAP), ("heroku", "Heroku", 0),
        ("hotwire", "Hotwire", 0), ("html", "HTML", 0), ("html5", "HTML", 0), ("ios", "iOS", WEAK),
        ("java", "Java", 0), ("javascript", "JavaScript", 0), ("jenkins", "Jenkins", WEAK),
        ("jest", "Jest", WEAK), ("joomla", "Joomla", 0), ("jquery", "jQuery", 0),
        ("js", "JavaScript", 0), ("jupyter", "Jupyter", 0), ("k8s", "Kubernetes", 0),
        ("kafka", "Kafka", 0), ("keras", "Keras", 0), ("keycloak", "Keycloak", 0),
        ("kibana", "Kibana", 0), ("kotlin", "Kotlin", 0), ("kubernetes", "Kubernetes", 0),
        ("laravel", "Laravel", 0), ("ldap", "LDAP", 0), ("leaflet", "Leaflet", 0),
        ("linux", "Linux", 0), ("lua", "Lua", WEAK | CAP), ("mapbox", "Mapbox", 0),
        ("maplibre", "MapLibre", 0), ("mariadb", "MariaDB", 0), ("matlab", "MATLAB", 0),
        ("matomo", "Matomo", 0), ("metabase", "Metabase", 0), ("mongo", "MongoDB", WEAK),
        ("mongodb", "MongoDB", 0), ("moodle", "Moodle", 0), ("mysql", "MySQL", 0),
        ("neo4j", "Neo4j", 0), ("nest.js", "NestJS", 0), ("nestjs", "NestJS", 0),
        ("netlify", "Netlify", 0), ("next.js", "Next.js", 0), ("nextcloud", "Nextcloud", 0),
        ("nextjs", "Next.js", 0), ("nginx", "Nginx", 0), ("node", "Node.js", PHRASE),
        ("node.js", "Node.js", 0), ("nodejs", "Node.js", 0), ("nosql", "NoSQL", 0),
        ("numpy", "NumPy", 0), ("nuxt", "Nuxt", 0), ("nuxt.js", "Nuxt", 0), ("nuxtjs", "Nuxt", 0),
        ("ocaml", "OCaml", 0), ("open", "", PHRASE), ("openapi", "OpenAPI", 0),
        ("openedx", "Open edX", 0), ("openlayers", "OpenLayers", 0),
        ("opensearch", "OpenSearch", 0), ("openstack", "OpenStack", 0), ("ovh", "OVHcloud", 0),
        ("ovhcloud", "OVHcloud", 0), ("pandas", "Pandas", WEAK), ("perl", "Perl", WEAK),
        ("pg", "PostgreSQL", WEAK | CAP), ("phoenix", "Phoenix", WEAK | CAP), ("php", "PHP", 0),
        ("playwright", "Playwright", 0), ("plotly", "Plotly", 0), ("postgis", "PostGIS", 0),
        ("postgre", "PostgreSQL", 0), ("postgres", "PostgreSQL", 0),
        ("postgresql", "PostgreSQL", 0), ("power", "", PHRASE), ("prometheus", "Prometheus", WEAK),
        ("psql", "PostgreSQL", 0), ("pyspark", "Spark", WEAK | CAP), ("python", "Python", 0),
        ("python3", "Python", 0), ("pytorch", "PyTorch", 0), ("qgis", "QGIS", 0),
        ("r", "R", WEAK | SPECIAL), ("rabbitmq", "RabbitMQ", 0), ("rails", "Ruby on Rails", CAP),
        ("react", "React", PHRASE), ("react.js", "React", 0), ("reactjs", "React", 0),
        ("redis", "Redis", 0), ("redux", "Redux", 0), ("rest", "REST", SPECIAL | PHRASE),
        ("restful", "REST", 0), ("ror", "Ruby on Rails", CAP | WEAK), ("rspec", "RSpec", 0),
        ("ruby", "Ruby", PHRASE), ("rust", "Rust", 0), ("sass", "Sass", 0), ("scala", "Scala", 0),
        ("scalingo", "Scalingo", 0), ("scikit", "", PHRASE), ("scipy", "SciPy", 0),
        ("scss", "Sass", 0), ("selenium", "Selenium", 0), ("sentry", "Sentry", 0),
        ("sketch", "Sketch", WEAK | CAP), ("sklearn", "scikit-learn", 0),
        ("spark", "Spark", WEAK | CAP), ("spring", "Spring", WEAK | CAP | PHRASE),
        ("spss", "SPSS", 0), ("sql", "SQL", 0), ("sqlite", "SQLite", 0), ("stata", "Stata", WEAK),
        ("stimulus", "Stimulus", WEAK | CAP), ("storybook", "Storybook", 0),
        ("strapi", "Strapi", 0), ("streamlit", "Streamlit", 0), ("supabase", "Supabase", 0),
        ("svelte", "Svelte", WEAK), ("sveltekit", "Svelte", WEAK), ("swagger", "Swagger", 0),
        ("swift", "Swift", WEAK | CAP), ("symfony", "Symfony", 0), ("tailwind", "Tailwind", 0),
        ("tailwindcss", "Tailwind", 0), ("tensorflow", "TensorFlow", 0),
        ("terraform", "Terraform", 0), ("ts", "TypeScript", WEAK | CAP),
        ("typescript", "TypeScript", 0), ("ubuntu", "Ubuntu", 0), ("vanillajs", "JavaScript", 0),
        ("vercel", "Vercel", 0), ("vue", "Vue.js", WEAK | PHRASE), ("vue.js", "Vue.js", 0),
        ("vue2", "Vue.js", 0), ("vue3", "Vue.js", 0), ("vuejs", "Vue.js", 0),
        ("webpack", "webpack", 0), ("wordpress", "WordPress", 0), ("xslt", "XSLT", 0),
        ("zabbix", "Zabbix", 0),
    ];

    /// The slot of a first byte in [`INDEX`]: a–z, 0–9, '.'.
    const fn slot(b: u8) -> usize {
        match b {
            b'a'..=b'z' => (b - b'a') as usize,
            b'0'..=b'9' => 26 + (b - b'0') as usize,
            _ => 36,
        }
    }

    /// For each first byte: the range of [`TECH`] entries and the set of their key lengths,
    /// so that most words are rejected with one table read.
    // `i as u16` cannot truncate: the table has fewer than 2^16 entries (asserted).
    #[allow(clippy::cast_possible_truncation)]
    static INDEX: [(u16, u16, u16); 37] = {
        let mut index = [(0u16, 0u16, 0u16); 37];
        let mut i = 0;
        while i < TECH.len() {
            let key = TECH[i].0.as_bytes();
            if i > 0 {
                // Sorted, byte by byte.
                let prev = TECH[i - 1].0.as_bytes();
                let mut k = 0;
                while k < prev.len() && k < key.len() && prev[k] == key[k] {
                    k += 1;
                }
                assert!(
                    k < key.len() && (k == prev.len() || prev[k] < key[k]),
                    "TECH is not sorted"
                );
            }
            assert!(key.len() < 16 && TECH.len() < 1 << 16);
            let s = slot(key[0]);
            if index[s].2 == 0 {
                index[s].0 = i as u16;
            }
            index[s].1 = i as u16 + 1;
            index[s].2 |= 1 << key.len();
            i += 1;
        }
        index
    };

    /// For each pair of first two bytes (slots of [`slot`], 36 for "none"): the set of key
    /// lengths in [`TECH`]. Almost every French word is rejected by this one read.
    static PAIRS: [u16; 37 * 37] = {
        let mut pairs = [0u16; 37 * 37];
        let mut i = 0;
        while i < TECH.len() {
            let key = TECH[i].0.as_bytes();
            let second = if key.len() > 1 { slot(key[1]) } else { 36 };
            pairs[slot(key[0]) * 37 + second] |= 1 << key.len();
            i += 1;
        }
        pairs
    };

    /// The entry of a token (any case), if it is in [`TECH`].
    fn lookup(token: &[u8]) -> Option<(&'static str, u8)> {
        if token.is_empty() || token.len() >= 16 {
            return None;
        }
        let first = slot(token[0].to_ascii_lowercase());
        let second = token.get(1).map_or(36, |&b| slot(b.to_ascii_lowercase()));
        if PAIRS[first * 37 + second] & (1 << token.len()) == 0 {
            return None;
        }
        let mut buf = [0u8; 16];
        let lower = &mut buf[..token.len()];
        lower.copy_from_slice(token);
        lower.make_ascii_lowercase();
        let (from, to, _) = INDEX[first];
        let entries = &TECH[usize::from(from)..usize::from(to)];
        let found = entries
            .binary_search_by(|(key, _, _)| key.as_bytes().cmp(lower))
            .ok()?;
        Some((entries[found].1, entries[found].2))
    }

    /// Names of more than one word, keyed by their first word: (first, rest, name).
    const TECH_PHRASES: [(&str, &str, &str); 18] = [
        ("ruby", " on rails", "Ruby on Rails"),
        ("ruby", "-on-rails", "Ruby on Rails"),
        ("node", " js", "Node.js"),
        ("vue", " js", "Vue.js"),
        ("react", " native", "React Native"),
        ("spring", " boot", "Spring"),
        ("open", " edx", "Open edX"),
        ("google", " cloud", "Google Cloud"),
        ("clever", " cloud", "Clever Cloud"),
        ("power", " bi", "Power BI"),
        ("ci", "/cd", "CI/CD"),
        ("scikit", "-learn", "scikit-learn"),
        ("elastic", " search", "Elasticsearch"),
        ("adobe", " xd", "Adobe XD"),
        ("apache", " spark", "Spark"),
        ("apache", " kafka", "Kafka"),
        ("api", " rest", "REST"),
        ("rest", " api", "REST"),
    ];

    struct TechHit {
        name: &'static str,
        start: usize,
        end: usize,
        weak: bool,
    }

    fn is_tech_byte(b: u8) -> bool {
        b.is_ascii_alphanumeric() || b >= 0x80
    }

    /// Byte classes for the tokenizer.
    const ALNUM: u8 = 1;
    /// A byte of a non-ASCII letter (accented words never match a technology).
    const HIGH: u8 = 2;
    /// The first byte of a punctuation or symbol character of this many bytes: U+0080–U+00BF
    /// (no-break space, «, », ·), U+2000–U+2FFF (’, “, …, –, €), emoji.
    const SEP2: u8 = 4;
    const SEP3: u8 = 8;
    const SEP4: u8 = 16;

    static CLASS: [u8; 256] = {
        let mut class = [0u8; 256];
        let mut b: u8 = 0;
        loop {
            class[b as usize] = match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => ALNUM,
                0xc2 => SEP2,
                0xe2 => SEP3,
                0xf0..=0xf4 => SEP4,
                0x80.. => HIGH,
                _ => 0,
            };
            if b == u8::MAX {
                break class;
            }
            b += 1;
        }
    };

    /// The length of the punctuation character at `i`, or 0 for a letter or ASCII.
    fn non_letter_len(by: &[u8], i: usize) -> usize {
        match CLASS[usize::from(by[i])] {
            SEP2 => 2,
            SEP3 => 3,
            SEP4 => 4,
            _ => 0,
        }
    }

    /// The end of the token starting at `start`: letters and digits (accented letters too,
    /// so French words never match), inner dots ("Vue.js"), "#"/"++" after C. Also says
    /// whether the token is ASCII and whether it has a dot.
    fn token_end(by: &[u8], start: usize) -> (usize, bool, bool) {
        let mut e = start + usize::from(by[start] == b'.');
        let (mut seen, mut dot) = (0, e > start);
        loop {
            // Fast path: lower-case ASCII letters, most of any text.
            while e < by.len() && by[e].wrapping_sub(b'a') < 26 {
                e += 1;
            }
            let Some(&x) = by.get(e) else { break };
            let class = CLASS[usize::from(x)];
            if class & (ALNUM | HIGH) != 0 {
                seen |= class;
                e += 1;
            } else if x == b'.' && by.get(e + 1).is_some_and(u8::is_ascii_alphanumeric) {
                dot = true;
                e += 1;
            } else if (x == b'#' || x == b'+')
                && matches!(&by[start..e], [b'c' | b'C'] | [b'c' | b'C', b'+'])
            {
                e += 1;
            } else {
                break;
            }
        }
        (e, seen & HIGH == 0, dot)
    }

    /// Whether the token `start..end` (`dot`: it has a dot) is part of a URL, an e-mail
    /// address or a path.
    fn in_address(by: &[u8], start: usize, end: usize, dot: bool) -> bool {
        let next = by.get(end).copied();
        let prev = if start > 0 { by[start - 1] } else { b' ' };
        if dot {
            return next == Some(b'/') || next == Some(b'@') || prev == b'/' || prev == b'@' || {
                let t = &by[start..end];
                t.len() >= 4 && t[..4].eq_ignore_ascii_case(b"www.")
            };
        }
        next == Some(b'@')
            || prev == b'@'
            || (next == Some(b':')
                && end - start >= 4
                && by[start..start + 4].eq_ignore_ascii_case(b"http"))
    }

    /// Scan `text` for technology names, skipping URLs, e-mail addresses and file paths.
    /// `relaxed` (a front matter value) accepts weak names without context.
    fn scan_tech(text: &str, relaxed: bool) -> Vec<TechHit> {
        let by = text.as_bytes();
        let mut out: Vec<TechHit> = Vec::new();
        let mut i = 0;
        while i < by.len() {
            let c = by[i];
            let class = CLASS[usize::from(c)];
            if class != ALNUM {
                let dot_net = c == b'.'
                    && (i == 0 || !is_tech_byte(by[i - 1]))
                    && by
                        .get(i + 1..i + 4)
                        .is_some_and(|s| s.eq_ignore_ascii_case(b"net"))
                    && !by.get(i + 4).is_some_and(|&n| is_tech_byte(n));
                if !dot_net {
                    // Skip punctuation; a non-ASCII letter starts a word that cannot match.
                    i += match class {
                        HIGH => token_end(by, i).0 - i,
                        0 | ALNUM => 1,
                        _ => non_letter_len(by, i),
                    };
                    continue;
                }
            }
            let start = i;
            let (mut e, ascii, dot) = token_end(by, start);
            if in_address(by, start, e, dot) {
                while e < by.len() && !b" \n\t)]>\"".contains(&by[e]) {
                    e += 1;
                }
                i = e;
                continue;
            }
            i = e;
            let token = &by[start..e];
            if !ascii {
                continue;
            }
            let Some((name, flags)) = lookup(token) else {
                continue;
            };
            // Longer names first.
            let phrase =
                TECH_PHRASES
                    .iter()
                    .filter(|_| flags & PHRASE != 0)
                    .find(|(first, rest, _)| {
                        first.as_bytes().eq_ignore_ascii_case(token)
                            && by
                                .get(e..e + rest.len())
                                .is_some_and(|s| s.eq_ignore_ascii_case(rest.as_bytes()))
                            && !by.get(e + rest.len()).is_some_and(|&n| is_tech_byte(n))
                    });
            if let Some(&(_, rest, name)) = phrase {
                out.push(TechHit {
                    name,
                    start,
                    end: e + rest.len(),
                    weak: false,
                });
                i = e + rest.len();
                continue;
            }
            let entry = if flags & SPECIAL != 0 {
                match name {
                    // "Go" the language, not the verb or the gigabyte ("10 Go").
                    "Go" => token == b"Go" && !is_number(prev_token(by, start)),
                    // "R" the language, not a letter of "R&D", "développeu.r.euse", "Art. R. 12".
                    "R" => {
                        token == b"R"
                            && !matches!(by.get(e), Some(b'&' | b'\'' | b'.' | b'-' | 0x80..))
                            && !(start > 0 && matches!(by[start - 1], b'.' | b'-' | b'\'' | b'&'))
                    }
                    _ => token == b"REST",
                }
                .then_some((name, flags))
            } else {
                (!name.is_empty()).then_some((name, flags))
            };
            let Some((name, flags)) = entry else { continue };
            if !relaxed
                && ((flags & CAP != 0 && !token[0].is_ascii_uppercase())
                    || (name == "Vue.js" && token.len() == 3 && french_vue(by, start, e))
                    || (matches!(name, "GitHub" | "GitLab") && application_context(by, start)))
            {
                continue;
            }
            out.push(TechHit {
                name,
                start,
                end: e,
                weak: flags & WEAK != 0 && !relaxed,
            });
        }
        // Weak names need a strong one on the same line, close by.
        let strong: Vec<(usize, usize)> = out
            .iter()
            .filter(|h| !h.weak)
            .map(|h| (h.start, h.end))
            .collect();
        out.retain(|h| {
            !h.weak
                || strong.iter().any(|&(s, e)| {
                    let (a, z) = if s < h.start {
                        (e, h.start)
                    } else {
                        (h.end, s)
                    };
                    a <= z && z - a <= 100 && !by[a..z].contains(&b'\n')
                })
        });
        out
    }

    fn is_number(token: &[u8]) -> bool {
        !token.is_empty() && token.iter().all(u8::is_ascii_digit)
    }

    fn prev_token(by: &[u8], start: usize) -> &[u8] {
        let mut e = start;
        while e > 0 && matches!(by[e - 1], b' ' | b'\t') {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && is_tech_byte(by[s - 1]) {
            s -= 1;
        }
        &by[s..e]
    }

    fn next_token(by: &[u8], end: usize) -> &[u8] {
        let mut s = end;
        while s < by.len() && matches!(by[s], b' ' | b'\t') {
            s += 1;
        }
        let mut e = s;
        while e < by.len() && is_tech_byte(by[e]) {
            e += 1;
        }
        &by[s..e]
    }

    /// "point de vue", "en vue de", "vue d'ensemble": the French word.
    fn french_vue(by: &[u8], start: usize, end: usize) -> bool {
        let prev = prev_token(by, start).to_ascii_lowercase();
        let next = next_token(by, end).to_ascii_lowercase();
        let is = |w: &[u8], list: &str| list.split('|').any(|x| x.as_bytes() == w);
        is(
            &prev,
            "de|en|une|la|sa|ma|ta|notre|votre|bonne|point|cette|leur|vos|des",
        ) || is(&next, "d|de|des|du|sur|ensemble|the|of")
            || matches!(by.get(end), Some(b'\'' | 0xe2))
    }

    /// "envoyez votre CV et votre GitHub": a profile link, not a technology of the job.
    fn application_context(by: &[u8], start: usize) -> bool {
        let from = by[..start]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |p| p + 1)
            .max(start.saturating_sub(200));
        let to = by[start..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(by.len(), |p| start + p)
            .min(start + 200);
        let line = by[from..to].to_ascii_lowercase();
        let has = |n: &[u8]| memchr::memmem::find(&line, n).is_some();
        [
            "cv",
            "envoy",
            "candidat",
            "portfolio",
            "linkedin",
            "references",
            "références",
        ]
        .iter()
        .any(|w| has(w.as_bytes()))
            || matches!(
                prev_token(by, start).to_ascii_lowercase().as_slice(),
                b"votre" | b"ton" | b"vos" | b"tes" | b"your"
            )
    }

    /// Find technologies named in prose, normalised ("Vue.JS" → "Vue.js"), one hit per name
    /// at its first mention, in text order. URLs, e-mail addresses and paths are skipped.
    /// Ambiguous names ("Go", "R", "Vue", "Spring", "Express") count only next to another
    /// technology on the same line; "Rails", "Swift" only with a capital; "GitHub" in "send
    /// us your CV and GitHub" is not a technology of the job.
    pub(crate) fn find_tech(text: &str) -> Vec<Hit<&'static str>> {
        let mut out: Vec<Hit<&'static str>> = Vec::new();
        for h in scan_tech(text, false) {
            if !out.iter().any(|o| o.value == h.name) {
                out.push(Hit::new(h.name, h.start, h.end));
            }
        }
        out
    }

    /// The technologies of a front matter `techno` value ("Flask / Vue.JS", "Ruby on Rails,
    /// React", "python;django", a list item), deduplicated in order. The field is about
    /// technologies, so ambiguous names need no context here.
    pub(crate) fn tech_from_value(value: &str) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for h in scan_tech(value, true) {
            if !out.contains(&h.name) {
                out.push(h.name);
            }
        }
        out
    }
}

#[cfg(test)]
#[path = "profile_tests.rs"]
mod tests;
