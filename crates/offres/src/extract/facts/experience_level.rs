//! The experience level asked for in words, apart from a number of years: "profil
//! junior", "débutant·e accepté·e", "développeur·se confirmé·e", "vous êtes senior",
//! "Niveau d'expérience : Expert", "une première expérience", "jeunes diplômés
//! bienvenus".
//!
//! Why: many offers give a level instead of years ("Débutant", "Confirmé", "Expert" in
//! national offers), and a junior candidate reads that first.
//!
//! A level word counts only where it qualifies the post or its candidate: after "profil",
//! "niveau", a role or "vous êtes", before "accepté" or "bienvenu", or under an experience
//! label. People described ("nos développeurs seniors", "les seniors"), an expert in
//! something ("expert en accessibilité") and a span of levels ("de très junior à très
//! senior") give nothing. Where a sentence accepts two levels ("junior ou confirmé") the
//! lower one is the level asked for.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::ExperienceLevel;
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{one_of, sentence_ranges, words_in};
use crate::text::{Folded, Hit, fold};

/// Experience level's trigger words.
pub(crate) const TRIGGERS: &[&str] = &[
    "debutant",
    "junior",
    "confirme",
    "experimente",
    "senior",
    "expert",
    "premiere experience",
    "jeune diplome",
    "jeunes diplome",
];

/// Find the experience level asked for. `about_profile` for a title, a heading or a
/// paragraph under a profile heading ("Profil recherché"), where a level after a role is
/// enough ("Développeur·se senior"); elsewhere the sentence must say whom it seeks.
pub(crate) fn find_experience_level_in(
    p: &Passage,
    about_profile: bool,
) -> Vec<Hit<ExperienceLevel>> {
    p.on_trigger_lines(Fact::ExperienceLevel, |_, folded| {
        level_in(folded, about_profile)
    })
}

#[cfg(test)]
pub(crate) fn find_experience_level(text: &str) -> Vec<Hit<ExperienceLevel>> {
    find_experience_level_in(&Scanned::new(text).passage(text, Origin::Body), false)
}

/// A front matter or table value: "Débutant", "Confirmé", "Expert", "Junior", "Senior".
pub(crate) fn experience_level_from_value(value: &str) -> Option<ExperienceLevel> {
    let f = fold(value);
    f.split(|c: char| !c.is_alphanumeric()).find_map(level)
}

fn level(w: &str) -> Option<ExperienceLevel> {
    let stem = w.split('·').next().unwrap_or(w);
    let stem = stem.trim_end_matches('s');
    Some(match stem {
        "debutant" | "debutante" | "junior" | "juniore" => ExperienceLevel::Junior,
        "confirme" | "confirmee" | "experimente" | "experimentee" | "intermediaire" => {
            ExperienceLevel::Confirmed
        }
        "senior" | "seniore" | "expert" | "experte" => ExperienceLevel::Senior,
        _ => return None,
    })
}

/// Role nouns a level may follow ("designer confirmé", "développeuse senior").
const ROLES: [&str; 20] = [
    "developpeu",
    "dev",
    "designer",
    "ingenieu",
    "product",
    "owner",
    "manager",
    "scientist",
    "engineer",
    "architecte",
    "administrat",
    "analyste",
    "consultant",
    "charge",
    "chef",
    "coach",
    "integrat",
    "juriste",
    "statisticien",
    "data",
];

fn level_in(folded: &Folded, about_profile: bool) -> Vec<Hit<ExperienceLevel>> {
    let t = folded.text.as_str();
    let mut hits = Vec::new();
    for (s, e) in sentence_ranges(t) {
        let toks = words_in(t, s, e);
        // Inclusive endings ("confirmé·e") are left out.
        let w = |k: usize| {
            toks.get(k)
                .map_or("", |&(a, z)| t[a..z].split('·').next().unwrap_or(""))
        };
        let mut found: Vec<(ExperienceLevel, usize, usize)> = Vec::new();
        // A sentence that says whom it seeks ("recherche un·e designer expérimenté·e").
        let seeks = about_profile
            || (0..toks.len()).any(|k| {
                one_of(
                    "recrute|recrutons|recherche|recherchons|cherche|cherchons|embauche|\
                     embauchons|poste|candidat|candidate",
                    w(k),
                ) || (w(k) == "etes" && w(k.wrapping_sub(1)) == "vous")
            });
        for k in 0..toks.len() {
            let word = w(k);
            let back = |d: usize| w(k.wrapping_sub(d));
            let phrase = match (word, w(k + 1)) {
                ("premiere", "experience") if !one_of("votre|ta|sa", back(1)) => {
                    Some((ExperienceLevel::Junior, k + 1))
                }
                // "jeunes diplômés bienvenus", "ouvert aux jeunes diplômés".
                ("jeune" | "jeunes", x)
                    if x.starts_with("diplome")
                        && ((k + 2..k + 6).any(|j| {
                            w(j).starts_with("bienvenu") || w(j).starts_with("accept")
                        }) || one_of("ouvert|ouverte|accessible", w(k.wrapping_sub(2)))) =>
                {
                    Some((ExperienceLevel::Junior, k + 1))
                }
                _ => None,
            };
            if let Some((l, last)) = phrase {
                found.push((l, k, last));
                continue;
            }
            let Some(l) = level(word) else { continue };
            let expert = word.starts_with("expert");
            // "expert en accessibilité", "experte du sujet": a specialist, not a level.
            if expert && one_of("en|de|du|des|d|dans|sur", w(k + 1)) {
                continue;
            }
            let plural_people =
                word.ends_with('s') && one_of("les|des|nos|vos|aux|ces|leurs", back(1));
            let label = label_before(t, &toks, k);
            let profile = one_of(
                "profil|profils|niveau|poste|seniorite|candidat|candidate",
                back(1),
            ) || (back(1) == "tres" && one_of("profil|profils|niveau", back(2)));
            let you = (1..=5).any(|d| back(d) == "etes" && back(d + 1) == "vous")
                || (1..=4).any(|d| back(d) == "es" && back(d + 1) == "tu");
            let welcome = one_of(
                "accepte|acceptee|acceptes|acceptees|bienvenu|bienvenue|bienvenus|bienvenues|\
                 possible|souhaite|souhaitee|requis|requise|attendu|attendue",
                w(k + 1),
            );
            // A role before the level, in a sentence about whom is sought: not someone else
            // ("nos développeurs seniors", "piloté par une cheffe de projet senior", "trois
            // développeurs expérimentés").
            let role = (1..=3).any(|d| ROLES.iter().any(|p| back(d).starts_with(p)))
                && seeks
                && !(1..=4).any(|d| {
                    one_of("nos|notre|leurs|leur|ses|son|vos|par|avec|aupres", back(d))
                        || crate::text::number_word(back(d)).is_some_and(|n| n >= 2)
                });
            let ok = !plural_people
                && if expert {
                    label || profile || (about_profile && role)
                } else {
                    label || profile || you || welcome || role
                };
            if ok {
                found.push((l, k, k));
            }
        }
        let has = |l: ExperienceLevel| found.iter().any(|f| f.0 == l);
        // A span of levels ("juniors comme seniors") asks for none of them.
        if has(ExperienceLevel::Junior) && has(ExperienceLevel::Senior) {
            continue;
        }
        if let Some(&(l, a, z)) = found.iter().min_by_key(|f| f.0) {
            hits.push(Hit::folded(folded, l, toks[a].0, toks[z].1));
        }
    }
    hits
}

/// "Niveau d'expérience : confirmé", "Expérience : senior", "Séniorité : junior".
fn label_before(t: &str, toks: &[(usize, usize)], k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let gap = &t[toks[k - 1].1..toks[k].0];
    gap.contains(':')
        && (k.saturating_sub(4)..k).any(|j| {
            one_of(
                "experience|niveau|seniorite|profil",
                &t[toks[j].0..toks[j].1],
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;
    use ExperienceLevel::{Confirmed, Junior, Senior};

    const PASS: &[(&str, ExperienceLevel)] = &[
        ("Nous cherchons un profil junior motivé.", Junior),
        ("Débutant·e accepté·e", Junior),
        ("Débutants acceptés.", Junior),
        ("Vous êtes développeur·se confirmé·e en Python.", Confirmed),
        ("Niveau d'expérience : Expert", Senior),
        ("Expérience : senior", Senior),
        (
            "Vous avez une première expérience en gestion de projet.",
            Junior,
        ),
        ("Les jeunes diplômés sont les bienvenus.", Junior),
        ("Poste ouvert aux jeunes diplômés.", Junior),
        ("Nous recrutons un·e designer expérimenté·e.", Confirmed),
        ("Profil junior ou confirmé", Junior),
        ("Tu es senior et tu aimes transmettre.", Senior),
    ];

    const FAIL: &[&str] = &[
        "Nos développeurs seniors accompagnent les nouveaux.",
        "Un service pour les seniors et leurs aidants.",
        "Vous êtes expert en accessibilité numérique.",
        "TJM de très junior à très senior selon la grille.",
        "Le rendez-vous est confirmé par e-mail.",
        "Vous travaillerez avec des experts du domaine.",
        "Profils juniors comme seniors bienvenus.",
        "L'équipe est constituée de trois développeurs JS expérimentés.",
        "Le pôle est piloté par une chargée de déploiement senior.",
        "La rémunération est établie selon le diplôme pour les jeunes diplômés.",
    ];

    #[test]
    fn experience_level_phrases() {
        let read = |text: &str| find_experience_level(text).first().map(|h| h.value);
        test_rule(
            "experience_level",
            Some(Fact::ExperienceLevel),
            read,
            PASS,
            FAIL,
        );
    }

    #[test]
    fn titles_and_values() {
        let title = "Développeur·se senior (H/F)";
        let scanned = Scanned::new(title);
        let hits = find_experience_level_in(&scanned.passage(title, Origin::Title), true);
        assert_eq!(hits.first().map(|h| h.value), Some(Senior));
        assert_eq!(experience_level_from_value("Débutant"), Some(Junior));
        assert_eq!(experience_level_from_value("Confirmé"), Some(Confirmed));
        assert_eq!(experience_level_from_value("Expert"), Some(Senior));
        assert_eq!(experience_level_from_value("Bac+5"), None);
    }
}
