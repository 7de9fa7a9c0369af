//! Whether a post leads a team, and how large: "encadrement d'une équipe de 5 agents",
//! "vous managerez une équipe de 12 personnes", "vous encadrerez 3 développeurs",
//! "fonctions d'encadrement", "à la tête du bureau", "Encadrement : non".
//!
//! Why: national offers have a Management column and candidates filter on it; a page says
//! it in the missions ("vous encadrerez…").
//!
//! Being led ("vous serez encadré·e par", "sous l'encadrement de", "votre manager"),
//! managing things ("management de projet", "management visuel", "management de la
//! donnée") and asking for past experience ("une expérience d'encadrement serait un plus")
//! give nothing.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::Management;
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{one_of, sentence_ranges, words_in};
use crate::text::{Folded, Hit, fold, number_word};

/// Management's trigger words.
pub(crate) const TRIGGERS: &[&str] = &["encadr", "manag", "a la tete"];

/// Find whether the post leads a team.
#[cfg(test)]
pub(crate) fn find_management(text: &str) -> Vec<Hit<Management>> {
    find_management_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_management`] on a passage already folded and scanned.
pub(crate) fn find_management_in(p: &Passage) -> Vec<Hit<Management>> {
    p.on_trigger_lines(Fact::Management, |_, folded| management_in(folded))
}

/// A front matter or table value: `true`, "Oui", "Non", a number of people, or a phrase.
pub(crate) fn management_from_value(value: &str) -> Option<Management> {
    let f = fold(value);
    let lead = |leads_team, team_size| {
        Some(Management {
            leads_team,
            team_size,
        })
    };
    match f.trim() {
        "true" | "oui" | "yes" => return lead(true, None),
        "false" | "non" | "no" | "aucun" | "sans" => return lead(false, None),
        n => {
            if let Some(n) = number_word(n).filter(|n| (1..=5000).contains(n)) {
                return lead(true, Some(n));
            }
        }
    }
    management_in(&Folded::new(value))
        .into_iter()
        .map(|h| h.value)
        .next()
}

/// Who is led: the words that make "encadrer" or "management" about people.
const PEOPLE: &str = "equipe|equipes|agent|agents|personne|personnes|collaborateur|\
    collaborateurs|collaboratrice|collaboratrices|developpeur|developpeurs|developpeuse|\
    developpeuses|ingenieur|ingenieurs|stagiaire|stagiaires|alternant|alternants|\
    service|pole|bureau|cellule|division|departement|unite|section|personnel|salaries|\
    membres|encadrants|techniciens|consultants|designers|prestataires|chefs";

/// Words that may stand between the verb or noun and who is led.
const BETWEEN: &str = "d|de|du|des|l|la|le|les|un|une|votre|son|sa|ses|leur|directement|\
    hierarchiquement|etroite|proximite|petite|grande|nouvelle|jeune|pluridisciplinaire|\
    transverse|dediee|dedie|technique";

fn management_in(folded: &Folded) -> Vec<Hit<Management>> {
    let t = folded.text.as_str();
    let mut hits = Vec::new();
    for (s, e) in sentence_ranges(t) {
        let toks = words_in(t, s, e);
        let w = |k: usize| {
            toks.get(k)
                .map_or("", |&(a, z)| t[a..z].split('·').next().unwrap_or(""))
        };
        for k in 0..toks.len() {
            let word = w(k);
            let back = |d: usize| w(k.wrapping_sub(d));
            // Conjugated forms are verbs; an infinitive ("manager", also a noun: "un product
            // manager") only after what asks for one ("de", "à", "vous devrez").
            let verb = one_of(
                "encadrerez|encadrera|encadrez|managerez|managera|managez|dirigerez|dirigera|\
                 animerez",
                word,
            ) || (one_of("encadrer|manager|diriger|animer", word)
                && one_of(
                    "de|d|a|pour|et|ou|devrez|pourrez|allez|saurez|savoir|vous|amene|amenee",
                    back(1),
                ));
            let asked_before = one_of("de|d", back(1)) && one_of("experience|experiences", back(2));
            let noun = one_of("encadrement|management", word)
                && !one_of("sous|votre|notre|son|leur|l", back(1))
                && !asked_before;
            let head = word == "tete" && back(1) == "la" && back(2) == "a";
            // "Encadrement : non", "Management : oui" (labels of a list of terms).
            if noun && k + 1 < toks.len() && t[toks[k].1..toks[k + 1].0].contains(':') {
                let leads = match w(k + 1) {
                    "oui" | "yes" => Some(true),
                    "non" | "no" | "aucun" | "sans" => Some(false),
                    _ => None,
                };
                if let Some(leads_team) = leads {
                    let team_size = count_after(&w, k + 2);
                    hits.push(Hit::folded(
                        folded,
                        Management {
                            leads_team,
                            team_size,
                        },
                        toks[k].0,
                        toks[k + 1].1,
                    ));
                    continue;
                }
            }
            // "fonctions d'encadrement", "poste de management", "missions managériales".
            let duty = (one_of("encadrement|management", word)
                && one_of("d|de", back(1))
                && one_of(
                    "fonction|fonctions|responsabilite|responsabilites|mission|missions|poste|\
                     role|activites|activite",
                    back(2),
                ))
                || (one_of("manageriale|manageriales|manageriaux|managerial", word)
                    && one_of("fonctions|responsabilites|missions|fonction", back(1)));
            let negated = (1..=4).any(|d| one_of("pas|aucun|aucune|sans|ni", back(d)));
            if duty {
                hits.push(Hit::folded(
                    folded,
                    Management {
                        leads_team: !negated,
                        team_size: None,
                    },
                    toks[k.saturating_sub(2)].0,
                    toks[k].1,
                ));
                continue;
            }
            if !(verb || noun || head) || negated {
                continue;
            }
            // Who is led: a team, people, a service, or a count of people.
            let mut j = k + 1;
            let mut size = None;
            let mut led = false;
            while j < toks.len() && j < k + 7 {
                let x = w(j);
                if one_of(PEOPLE, x) {
                    led = true;
                    size = size.or_else(|| count_after(&w, j + 1));
                    break;
                }
                if let Some(n) = number_word(x).filter(|n| (2..=5000).contains(n)) {
                    if one_of(PEOPLE, w(j + 1)) || people_noun(w(j + 1)) {
                        led = true;
                        size = Some(n);
                        break;
                    }
                    break;
                }
                if one_of("hierarchique|direct", x) && one_of("encadrement|management", word) {
                    led = true;
                    break;
                }
                if !one_of(BETWEEN, x) {
                    break;
                }
                j += 1;
            }
            if led {
                let last = j.min(toks.len() - 1);
                hits.push(Hit::folded(
                    folded,
                    Management {
                        leads_team: true,
                        team_size: size,
                    },
                    toks[k].0,
                    toks[last].1,
                ));
            }
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}

/// Nouns of people counted after a number ("3 développeurs", "5 agents").
fn people_noun(w: &str) -> bool {
    [
        "developpeu",
        "agent",
        "personne",
        "collaborat",
        "designer",
        "ingenieu",
        "technicien",
        "consultant",
        "charge",
        "chef",
        "data",
        "membre",
        "salarie",
        "gestionnaire",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// "équipe de 5 agents", "équipe de cinq": the count after a team word, at word `j`.
fn count_after<'a>(w: &impl Fn(usize) -> &'a str, j: usize) -> Option<u32> {
    let mut j = j;
    while one_of("de|d|composee|constituee|pluridisciplinaire|environ", w(j)) {
        j += 1;
    }
    let n = number_word(w(j)).filter(|n| (2..=5000).contains(n))?;
    let noun = w(j + 1);
    (noun.is_empty()
        || people_noun(noun)
        || one_of(PEOPLE, noun)
        || !noun.starts_with(|c: char| c.is_ascii_alphabetic()))
    .then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    fn leads(team_size: Option<u32>) -> Management {
        Management {
            leads_team: true,
            team_size,
        }
    }

    #[test]
    fn management_phrases() {
        let pass = [
            ("Encadrement d'une équipe de 5 agents.", leads(Some(5))),
            (
                "Vous managerez une équipe de 12 personnes.",
                leads(Some(12)),
            ),
            ("Vous encadrerez 3 développeurs.", leads(Some(3))),
            (
                "Vous aurez à manager une équipe de 4 personnes.",
                leads(Some(4)),
            ),
            (
                "Le poste comporte des fonctions d'encadrement.",
                leads(None),
            ),
            ("Management d'équipe : oui", leads(None)),
            ("Vous serez à la tête du bureau des études.", leads(None)),
            (
                "Management hiérarchique de la cellule données (6 agents).",
                leads(None),
            ),
            (
                "Encadrement : non",
                Management {
                    leads_team: false,
                    team_size: None,
                },
            ),
            (
                "Ce poste ne comporte pas de fonctions d'encadrement.",
                Management {
                    leads_team: false,
                    team_size: None,
                },
            ),
        ];
        let fail = [
            "Vous serez encadré·e par la cheffe de projet.",
            "Sous l'encadrement du directeur, vous piloterez le projet.",
            "Une expérience d'encadrement serait un plus.",
            "Vous maîtrisez le management de projet agile.",
            "Le management visuel est au cœur de nos pratiques.",
            "Votre manager vous accompagnera.",
            "Une culture du management bienveillant.",
            "L'équipe regroupe un product manager, deux développeurs full stack.",
            "Olivier (manager d'un département Sécurité) nous accompagne.",
        ];
        let read = |text: &str| find_management(text).into_iter().next().map(|h| h.value);
        test_rule("management", Some(Fact::Management), read, &pass, &fail);
    }

    #[test]
    fn values() {
        assert_eq!(management_from_value("Oui"), Some(leads(None)));
        assert_eq!(management_from_value("8"), Some(leads(Some(8))));
        assert_eq!(
            management_from_value("Encadrement d'une équipe de 4 personnes"),
            Some(leads(Some(4)))
        );
        assert_eq!(management_from_value("peut-être"), None);
    }
}
