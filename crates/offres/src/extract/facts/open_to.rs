//! Who may apply to a public post, and whether a civil servant may come by détachement:
//! "ouvert aux titulaires et aux contractuels", "fonctionnaires ou contractuels", "emploi
//! ouvert uniquement aux contractuels", "réservé aux fonctionnaires", "par voie de
//! détachement", "détachement ou contrat".
//!
//! Why: a public post is open to civil servants (titulaires, fonctionnaires), to contract
//! staff (contractuels), or to both; the page says so in one sentence, which decides who
//! reads on.
//!
//! A group named without saying the post is open to it gives nothing ("nos contractuels
//! ont un contrat de 3 ans", "titulaire d'un master", "le titulaire du poste"). One group
//! alone counts when the post is said open or reserved to it; "également ouvert aux
//! contractuels" adds the other. "Hors détachement", "pas de détachement" say no
//! secondment.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::OpenTo;
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{one_of, sentence_ranges, words_in};
use crate::text::{Folded, Hit};

/// Who may apply, and whether by secondment, as one sentence says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Eligibility {
    pub(crate) open_to: Option<OpenTo>,
    pub(crate) secondment: Option<bool>,
}

/// Open-to's trigger words.
pub(crate) const TRIGGERS: &[&str] = &[
    "titulaire",
    "fonctionnaire",
    "fonctionaire",
    "contractuel",
    "detachement",
    "laureat",
];

/// Find who may apply.
#[cfg(test)]
pub(crate) fn find_eligibility(text: &str) -> Vec<Hit<Eligibility>> {
    find_eligibility_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_eligibility`] on a passage already folded and scanned.
pub(crate) fn find_eligibility_in(p: &Passage) -> Vec<Hit<Eligibility>> {
    p.on_trigger_lines(Fact::OpenTo, |_, folded| eligibility_in(folded, false))
}

/// A front matter or table value ("Emploi ouvert aux titulaires et aux contractuels",
/// "Emploi ouvert uniquement aux contractuels", "Titulaires ou contractuels"): the key says
/// it is about who may apply, so the groups named are those it is open to.
pub(crate) fn eligibility_from_value(value: &str) -> Option<Eligibility> {
    let folded = Folded::new(value);
    eligibility_in(&folded, true)
        .into_iter()
        .map(|h| h.value)
        .next()
}

/// Words that say the post is open to someone (the noun "recrutement" does not: "simplifier
/// le recrutement de contractuels" is about a product).
const OPEN: &str = "ouvert|ouverte|ouverts|ouvertes|accessible|accessibles|reserve|reservee|\
    reserves|reservees|destine|destinee|recrute|recrutons|recrutera|pourvu|pourvoir|voie|\
    poste|emploi|postes|emplois";
const ONLY: &str = "uniquement|seulement|exclusivement|reserve|reservee|reserves|reservees|\
    seuls|seules|qu";
const ALSO: &str = "egalement|aussi|comme";

/// What every word that decides who may apply holds: a sentence without one gives nothing.
const STEMS: &[&str] = &[
    "titulair",
    "fonctionair",
    "fonctionnair",
    "contractu",
    "detachement",
    "laureat",
];

fn eligibility_in(folded: &Folded, value: bool) -> Vec<Hit<Eligibility>> {
    let t = folded.text.as_str();
    let mut hits = Vec::new();
    for (s, e) in sentence_ranges(t) {
        // A trigger window holds whole lines: most of their sentences name no status, and
        // without one nothing below can be found.
        if !STEMS.iter().any(|stem| t[s..e].contains(stem)) {
            continue;
        }
        let toks = words_in(t, s, e);
        // Inclusive endings ("fonctionnaire·s") are left out.
        let w = |k: usize| {
            toks.get(k)
                .map_or("", |&(a, z)| t[a..z].split('·').next().unwrap_or(""))
        };
        let (mut titulaires, mut contractuels) = (None, None);
        let mut secondment = None;
        let (mut open, mut only, mut also, mut not_contract) = (value, false, false, false);
        let (mut contract_word, mut or) = (false, false);
        for k in 0..toks.len() {
            let word = w(k);
            let stem = word.trim_end_matches('s').trim_end_matches('e');
            match stem {
                "titulair" | "fonctionnair" | "fonctionair" | "laureat" => {
                    // "titulaire d'un master", "le titulaire du poste": a holder, not a status.
                    let holder = stem == "titulair"
                        && (one_of("d|de|du|des", w(k + 1))
                            || one_of("le|la|l", w(k.wrapping_sub(1))));
                    let non = w(k.wrapping_sub(1)) == "non";
                    if non {
                        contractuels.get_or_insert(k);
                    } else if !holder {
                        titulaires.get_or_insert(k);
                    }
                }
                "non-titulair" => {
                    contractuels.get_or_insert(k);
                }
                "contractuel" | "contractuell" => {
                    if (1..=3).any(|d| one_of("non|pas|aucun|hors|sauf", w(k.wrapping_sub(d)))) {
                        not_contract = true;
                    } else {
                        contractuels.get_or_insert(k);
                    }
                }
                "detachement" => {
                    let negated = one_of("hors|sans|pas", w(k.wrapping_sub(1)))
                        || (w(k.wrapping_sub(1)) == "de" && w(k.wrapping_sub(2)) == "pas")
                        || w(k + 1) == "impossible";
                    secondment.get_or_insert(!negated);
                    if !negated {
                        titulaires.get_or_insert(k);
                        open = true;
                    }
                }
                _ => {}
            }
            if one_of(OPEN, word) || word.starts_with("candidat") || word.starts_with("postul") {
                open = true;
            }
            contract_word |= one_of("contrat|cdd", word);
            or |= word == "ou";
            if one_of(ONLY, word) {
                only = true;
            }
            if one_of(ALSO, word) {
                also = true;
            }
        }
        // A contract offered as the other way in: "détachement ou contrat", "en CDD ou en
        // mission pour les agents titulaires".
        if contract_word && or && titulaires.is_some() {
            contractuels.get_or_insert(0);
        }
        let open_to = match (titulaires, contractuels) {
            (Some(_), Some(_)) if open && !not_contract => Some(OpenTo::TitulairesAndContractuels),
            (Some(_), _) if not_contract => Some(OpenTo::TitulairesOnly),
            (Some(_), None) | (None, Some(_)) if open && also => {
                Some(OpenTo::TitulairesAndContractuels)
            }
            (Some(_), None) if open || only => Some(OpenTo::TitulairesOnly),
            (None, Some(_)) if open || only => Some(OpenTo::ContractuelsOnly),
            _ => None,
        };
        if open_to.is_some() || secondment.is_some() {
            hits.push(Hit::folded(
                folded,
                Eligibility {
                    open_to,
                    secondment,
                },
                s,
                e,
            ));
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;
    use OpenTo::{ContractuelsOnly, TitulairesAndContractuels, TitulairesOnly};

    fn e(open_to: Option<OpenTo>, secondment: Option<bool>) -> Eligibility {
        Eligibility {
            open_to,
            secondment,
        }
    }

    #[test]
    fn eligibility_phrases() {
        let both = Some(TitulairesAndContractuels);
        let pass = [
            (
                "Poste ouvert aux titulaires et aux contractuels.",
                e(both, None),
            ),
            (
                "Fonctionnaires ou contractuels, candidatez !",
                e(both, None),
            ),
            (
                "Emploi ouvert uniquement aux contractuels",
                e(Some(ContractuelsOnly), None),
            ),
            (
                "Emploi réservé aux fonctionnaires et lauréats d'un concours territorial",
                e(Some(TitulairesOnly), None),
            ),
            (
                "Le poste est ouvert aux fonctionnaires par voie de détachement.",
                e(Some(TitulairesOnly), Some(true)),
            ),
            (
                "Détachement ou contrat : le poste est ouvert aux fonctionnaires de catégorie A \
                 comme aux contractuels.",
                e(both, Some(true)),
            ),
            (
                "Ce poste est également ouvert aux contractuels (CDD de 3 ans).",
                e(both, None),
            ),
            (
                "Poste non ouvert aux contractuels : fonctionnaires uniquement.",
                e(Some(TitulairesOnly), None),
            ),
            (
                "Agents titulaires ou non titulaires peuvent candidater.",
                e(both, None),
            ),
            ("Recrutement hors détachement.", e(None, Some(false))),
            (
                "Poste ouvert sous forme de CDD ou de mission pour les agents publics titulaires.",
                e(both, None),
            ),
        ];
        let fail = [
            "Notre mission : simplifier le recrutement de contractuels pour les armées.",
            "Etalab compte une cinquantaine de collaborateurs, fonctionnaires, contractuels et \
             prestataires.",
            "Titulaire d'un master en informatique, vous aimez le code.",
            "Le titulaire du poste travaillera avec l'équipe.",
            "Nos contractuels ont un contrat de 3 ans.",
            "Les fonctionnaires de la DINUM utilisent l'outil.",
        ];
        let read = |text: &str| find_eligibility(text).into_iter().next().map(|h| h.value);
        test_rule("open_to", Some(Fact::OpenTo), read, &pass, &fail);
    }

    #[test]
    fn values() {
        let v = |s: &str| eligibility_from_value(s).and_then(|e| e.open_to);
        assert_eq!(
            v("Emploi ouvert aux titulaires et aux contractuels"),
            Some(TitulairesAndContractuels)
        );
        assert_eq!(
            v("Emploi ouvert uniquement aux contractuels"),
            Some(ContractuelsOnly)
        );
        assert_eq!(
            v("Emploi réservé aux fonctionnaires et lauréats d'un concours territorial"),
            Some(TitulairesOnly)
        );
        assert_eq!(v("Contractuels"), Some(ContractuelsOnly));
    }
}
