//! Which fonction publique a post belongs to: "fonction publique de l'État", "fonction
//! publique territoriale", "FPH", "versant hospitalier", or a territorial grade ("attaché
//! territorial", "cadre d'emplois des ingénieurs territoriaux").
//!
//! Why: the three fonctions publiques recruit under different rules (concours, grades,
//! pay grids); a reader filtering offers needs to know which one a post is in.
//!
//! The État, a territory or a hospital named alone say nothing of the post's versant: "les
//! services de l'État", "les collectivités territoriales", "la cohésion des territoires"
//! and a product made for hospitals give no hit.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::Versant;
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{one_of, words_in};
use crate::text::{Folded, Hit, fold};

/// Versant's trigger words.
pub(crate) const TRIGGERS: &[&str] = &[
    "fonction publique",
    "fonctions publiques",
    "fpe",
    "fpt",
    "fph",
    "versant",
    "territoria",
];

/// Grades that exist in the territorial civil service: "<grade> territorial" names it.
const GRADES: &str = "attache|attaches|ingenieur|ingenieurs|redacteur|redacteurs|technicien|\
    techniciens|adjoint|adjoints|administrateur|administrateurs|conservateur|conservateurs|\
    animateur|animateurs|educateur|educateurs|assistant|assistants|bibliothecaire|\
    bibliothecaires|principal|principaux|emplois";

/// Find the versant a passage states.
#[cfg(test)]
pub(crate) fn find_versant(text: &str) -> Vec<Hit<Versant>> {
    find_versant_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_versant`] on a passage already folded and scanned.
pub(crate) fn find_versant_in(p: &Passage) -> Vec<Hit<Versant>> {
    p.on_trigger_lines(Fact::Versant, |_, folded| versant_in(folded))
}

/// A front matter or table value: "Fonction Publique de l'Etat", "Territoriale", "FPH".
pub(crate) fn versant_from_value(value: &str) -> Option<Versant> {
    let f = fold(value);
    let words: Vec<&str> = f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().find_map(|w| match *w {
        "etat" | "fpe" => Some(Versant::Etat),
        "territoriale" | "territorial" | "fpt" => Some(Versant::Territoriale),
        "hospitaliere" | "hospitalier" | "fph" => Some(Versant::Hospitaliere),
        _ => None,
    })
}

fn versant_in(folded: &Folded) -> Vec<Hit<Versant>> {
    let t = folded.text.as_str();
    let toks = words_in(t, 0, t.len());
    let w = |k: usize| toks.get(k).map_or("", |&(a, z)| &t[a..z]);
    let mut hits = Vec::new();
    for k in 0..toks.len() {
        let found = match w(k) {
            "fpe" => Some((Versant::Etat, k)),
            "fpt" => Some((Versant::Territoriale, k)),
            "fph" => Some((Versant::Hospitaliere, k)),
            "fonction" | "fonctions" if matches!(w(k + 1), "publique" | "publiques") => {
                // "fonction publique de l'État", "d'État", "territoriale", "hospitalière".
                let mut j = k + 2;
                while matches!(w(j), "de" | "d" | "l" | "la") {
                    j += 1;
                }
                named(w(j)).map(|v| (v, j))
            }
            "versant" => {
                let mut j = k + 1;
                while matches!(w(j), "de" | "d" | "l" | "la" | "du") {
                    j += 1;
                }
                named(w(j)).map(|v| (v, j))
            }
            "territorial" | "territoriale" | "territoriaux" | "territoriales"
                if k > 0 && one_of(GRADES, w(k - 1)) =>
            {
                Some((Versant::Territoriale, k))
            }
            _ => None,
        };
        if let Some((v, last)) = found {
            hits.push(Hit::folded(folded, v, toks[k].0, toks[last].1));
        }
    }
    hits
}

/// The versant a word after "fonction publique" or "versant" names.
fn named(w: &str) -> Option<Versant> {
    match w {
        "etat" => Some(Versant::Etat),
        "territoriale" | "territorial" => Some(Versant::Territoriale),
        "hospitaliere" | "hospitalier" => Some(Versant::Hospitaliere),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    const PASS: &[(&str, Versant)] = &[
        (
            "Poste relevant de la fonction publique de l'État.",
            Versant::Etat,
        ),
        (
            "Emploi de la Fonction Publique d’État, catégorie A.",
            Versant::Etat,
        ),
        (
            "Recrutement dans la fonction publique territoriale (FPT).",
            Versant::Territoriale,
        ),
        ("Versant : hospitalière", Versant::Hospitaliere),
        ("Poste FPH à l'AP-HP", Versant::Hospitaliere),
        (
            "Cadre d'emplois des attachés territoriaux ou des ingénieurs territoriaux.",
            Versant::Territoriale,
        ),
        ("Grade : rédacteur territorial", Versant::Territoriale),
        (
            "Ouvert aux fonctionnaires de la fonction publique hospitalière",
            Versant::Hospitaliere,
        ),
    ];

    const FAIL: &[&str] = &[
        "Nous travaillons avec les services de l'État.",
        "Accompagner les collectivités territoriales dans leur transformation.",
        "L'Agence nationale de la cohésion des territoires recrute.",
        "Un outil pour les équipes hospitalières.",
        "Le développement territorial est au cœur de notre mission.",
        "La fonction publique recrute des profils numériques.",
    ];

    #[test]
    fn versant_phrases() {
        let read = |text: &str| find_versant(text).first().map(|h| h.value);
        test_rule("versant", Some(Fact::Versant), read, PASS, FAIL);
    }

    #[test]
    fn values() {
        assert_eq!(
            versant_from_value("Fonction Publique de l'Etat"),
            Some(Versant::Etat)
        );
        assert_eq!(
            versant_from_value("Territoriale"),
            Some(Versant::Territoriale)
        );
        assert_eq!(versant_from_value("FPH"), Some(Versant::Hospitaliere));
        assert_eq!(versant_from_value("privé"), None);
    }
}
