//! Whether a public post is free now or may become so: "poste vacant", "emploi vacant
//! depuis le 1er mars", "poste susceptible d'être vacant", "vacance de poste".
//!
//! Why: national offers say it in a column ("Vacant", "Susceptible d'être vacant"); a post
//! that may become vacant starts when its holder leaves, which a candidate needs to know.
//!
//! Holidays ("pendant les vacances") and a post no longer vacant ("le poste n'est plus
//! vacant") give nothing.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::Vacancy;
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{one_of, words_in};
use crate::text::{Folded, Hit, fold};

/// Vacancy's trigger words.
pub(crate) const TRIGGERS: &[&str] = &["vacan"];

/// Find whether the post is vacant.
#[cfg(test)]
pub(crate) fn find_vacancy(text: &str) -> Vec<Hit<Vacancy>> {
    find_vacancy_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_vacancy`] on a passage already folded and scanned.
pub(crate) fn find_vacancy_in(p: &Passage) -> Vec<Hit<Vacancy>> {
    p.on_trigger_lines(Fact::Vacancy, |_, folded| vacancy_in(folded))
}

/// A front matter or table value: "Vacant", "Susceptible d'être vacant", `true`.
pub(crate) fn vacancy_from_value(value: &str) -> Option<Vacancy> {
    let f = fold(value);
    if f.contains("susceptible") {
        Some(Vacancy::MayBecomeVacant)
    } else if f.contains("vacant") || matches!(f.trim(), "true" | "oui" | "yes") {
        Some(Vacancy::Vacant)
    } else {
        None
    }
}

fn vacancy_in(folded: &Folded) -> Vec<Hit<Vacancy>> {
    let t = folded.text.as_str();
    let toks = words_in(t, 0, t.len());
    let w = |k: usize| toks.get(k).map_or("", |&(a, z)| &t[a..z]);
    let mut hits = Vec::new();
    for k in 0..toks.len() {
        let word = w(k);
        let adjective = matches!(word, "vacant" | "vacante" | "vacants" | "vacantes");
        // "vacance de poste", "vacance d'emploi": the noun, singular (holidays are plural).
        let noun =
            word == "vacance" && one_of("de|d", w(k + 1)) && one_of("poste|emploi", w(k + 2));
        if !adjective && !noun {
            continue;
        }
        let back = |d: usize| w(k.wrapping_sub(d));
        let negated = (1..=3).any(|d| one_of("plus|pas|jamais|non", back(d)));
        // Vacant must be said of the post ("poste vacant", "Statut du poste : vacant",
        // "emploi susceptible d'être vacant"), not of housing ("logements vacants").
        let of_post =
            noun || (1..=6).any(|d| one_of("poste|postes|emploi|emplois|statut|vacance", back(d)));
        if negated || !of_post {
            continue;
        }
        let (value, from) = if adjective && back(1) == "etre" && back(2) == "d" {
            // "susceptible d'être vacant"
            let from = (3..=5).find(|&d| back(d).starts_with("susceptible"));
            match from {
                Some(d) => (Vacancy::MayBecomeVacant, k - d),
                None => continue,
            }
        } else if adjective && back(1) == "devenir" && back(2) == "de" {
            (Vacancy::MayBecomeVacant, k.saturating_sub(3))
        } else {
            (Vacancy::Vacant, k)
        };
        let end = if noun { toks[k + 2].1 } else { toks[k].1 };
        hits.push(Hit::folded(folded, value, toks[from].0, end));
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    const PASS: &[(&str, Vacancy)] = &[
        ("Statut du poste : vacant", Vacancy::Vacant),
        ("Emploi vacant depuis le 1er mars.", Vacancy::Vacant),
        (
            "Poste susceptible d'être vacant au 1er septembre.",
            Vacancy::MayBecomeVacant,
        ),
        (
            "Ce poste est susceptible de devenir vacant.",
            Vacancy::MayBecomeVacant,
        ),
        (
            "Déclaration de vacance de poste n° 2024-12",
            Vacancy::Vacant,
        ),
        ("**Poste vacant**", Vacancy::Vacant),
    ];

    const FAIL: &[&str] = &[
        "Pendant les vacances scolaires, l'équipe tourne au ralenti.",
        "Le poste n'est plus vacant.",
        "Des vacataires viennent en renfort.",
        "Nous ne partons pas en vacances en juillet.",
        "L'équipe Zéro Logement Vacant mobilise les propriétaires de logements vacants.",
    ];

    #[test]
    fn vacancy_phrases() {
        let read = |text: &str| find_vacancy(text).first().map(|h| h.value);
        test_rule("vacancy", Some(Fact::Vacancy), read, PASS, FAIL);
    }

    #[test]
    fn values() {
        assert_eq!(vacancy_from_value("Vacant"), Some(Vacancy::Vacant));
        assert_eq!(
            vacancy_from_value("Susceptible d'être vacant"),
            Some(Vacancy::MayBecomeVacant)
        );
        assert_eq!(vacancy_from_value("occupé"), None);
    }
}
