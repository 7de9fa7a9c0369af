//! Years of experience asked for: "5 années d'expérience", "au moins 2 ans d'expérience",
//! "expérience de 3 à 5 ans" (3..5), "4/5 ans d'expérience minimum" (4..5), "5+ ans",
//! "moins de 2 ans" (max only). "Une première expérience" gives no hit (it asks for some
//! experience, not a number of years). A sub-requirement introduced by `dont` ("dont 2 ans
//! d'expérience en management") is skipped: the general requirement comes first.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::Experience;
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{is_word_byte, next_word, one_of, whole_words, word_at, word_before};
use crate::text::{Folded, Hit, number_word};

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
pub(crate) const TRIGGERS: &[&str] = &["rience", "years"];

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
            hits.push(Hit::folded(
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The years read, as a range: `5..` (at least 5), `3..=5`, `..=2` (at most 2).
    fn years(text: &str) -> Option<String> {
        find_experience(text).first().map(|h| {
            let (min, max) = (h.value.min_years, h.value.max_years);
            let bound = |n: Option<u8>| n.map_or_else(String::new, |n| n.to_string());
            let to = if max.is_some() { "..=" } else { ".." };
            format!("{}{to}{}", bound(min), bound(max))
        })
    }

    /// Years of experience asked for, as [`years`] writes them.
    #[rustfmt::skip]
    const PASS: &[(&str, &str)] = &[
        ("5 années d’expérience professionnelle sur des sujets proches", "5.."),
        ("3 ans d'expérience minimum", "3.."),
        ("Au moins 2 ans d'expérience dans le développement web ;", "2.."),
        ("* D’au moins 5 ans d’expérience en devops", "5.."),
        ("Vous avez au moins un an d’expérience.", "1.."),
        ("Trois ans d'expérience en gestion de projet", "3.."),
        ("TROIS ANS D'EXPERIENCE", "3.."),
        ("5+ ans d'expérience", "5.."),
        ("5 + ans d'expériences", "5.."),
        ("une expérience de 3 à 5 ans", "3..=5"),
        ("Expérience : 3 ans minimum", "3.."),
        ("Expérience professionnelle minimum de 2 ans", "2.."),
        ("une expérience d'au moins 4 ans", "4.."),
        ("4/5 ans d’expérience minimum, contrat de 3 ans", "4..=5"),
        ("- 2-3 ans d’expérience minimum", "2..=3"),
        ("Vous avez entre 3 et 5 années d’expérience", "3..=5"),
        ("*3 ans  d’expérience minimum*", "3.."),
        ("Développeur senior (5 ans d'expérience)", "5.."),
        ("Profil junior : moins de 2 ans d'expérience", "..=2"),
        ("At least 5 years of experience with Python", "5.."),
        ("3+ years experience", "3.."),
        ("deux années d'expérience", "2.."),
        // The general requirement, not the part of it introduced by "dont".
        (
            "5 années d’expérience sur ces sujets, dont au moins une année dans \
             l’administration, sont requises.",
            "5..",
        ),
    ];

    /// Experience asked for without a number of years; years that are not experience.
    const FAIL: &[&str] = &[
        "CDD de 3 ans renouvelable ; rémunération selon expérience",
        "Une expérience professionnelle sur une mission similaire est demandée.",
        "Une première expérience dans l'animation de communautés.",
        "Nous avons 5 ans d'existence.",
        "Après 2 ans d’existence, l’outil devient obligatoire.",
        "Profil junior accepté.",
        "Rémunération selon expérience, CDD de 3 ans.",
        "Des expériences menées depuis 2014 avec 3 ans de recul.",
        "Une expérience utilisateur de 3 secondes.",
        "Des profils aux expériences de 2 à 10 ans.",
        "Temps de travail selon l'expérience, entre 10 et 18 jours par mois.",
        "Un taux journalier selon votre niveau d'expérience, entre 300 et 550 euros par jour.",
        "Rémunération : de 38 000 à 52 000 € brut annuel selon expérience.",
        "Une expérience dans l'open source contributif est un plus.",
        "Améliorer l’expérience des usagers, suivie depuis 3 ans.",
        "Nous avons présenté le projet au salon Open Source Experience 2021.",
        "Over the years, the team grew to 12 people.",
        "Un contrat de 2 ans ; une expérience en startup est appréciée.",
    ];

    #[test]
    fn experience_phrases() {
        crate::extract::facts::tester::test_rule(
            "experience",
            Some(Fact::Experience),
            years,
            PASS,
            FAIL,
        );
    }

    #[test]
    fn a_sub_requirement_gives_no_hit_of_its_own() {
        let text = "6 ans d'expérience dont 2 ans d'expérience en management.";
        let all = find_experience(text);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].value.min_years, Some(6));
        assert_eq!(&text[all[0].start..all[0].end], "6 ans d'expérience");
    }

    #[test]
    fn experience_serialises_only_its_bounds() {
        let x = Experience {
            min_years: Some(3),
            max_years: None,
        };
        assert_eq!(serde_json::to_string(&x).unwrap(), r#"{"min_years":3}"#);
    }
}
