//! Telework: the rule's tables, the front matter values and how mentions resolve.

use super::*;
use crate::extract::facts::Fact;

/// Telework resolved from the hits of one prose text (shared with the place tests).
pub(crate) fn remote(text: &str) -> Option<Remote> {
    let hits: Vec<(Origin, Remote)> = find_remote(text, Origin::Body)
        .into_iter()
        .map(|h| (Origin::Body, h.value))
        .collect();
    resolve_remote(&hits)
}

/// Telework allowed, at most `max` days a week.
pub(crate) fn yes(max: Option<f32>) -> Remote {
    Remote {
        allowed: true,
        max_days_per_week: max,
        ..Remote::default()
    }
}

/// What a prose phrase says of telework once resolved, compactly: "no", or "yes" with
/// "full" (fully remote), "max N" (days a week at most) and "onsite N" (days on site).
fn read(text: &str) -> Option<String> {
    remote(text).map(|r| {
        if !r.allowed {
            return "no".to_owned();
        }
        let full = if r.full_remote { " full" } else { "" };
        let max = r.max_days_per_week.map(|m| format!(" max {m}"));
        let min = r.min_days_on_site.map(|m| format!(" onsite {m}"));
        format!(
            "yes{full}{}{}",
            max.unwrap_or_default(),
            min.unwrap_or_default()
        )
    })
}

/// Telework allowed, capped in days (in figures, words, halves, or as days on site),
/// fully remote, refused; every spelling (accents, apostrophes, no-break spaces, hyphens,
/// capitals, inclusive writing); day counts about something else left out of the cap; a
/// later "possible" after a refusal.
const PASS: &[(&str, &str)] = &[
    ("Télétravail possible.", "yes"),
    ("Teletravail possible", "yes"),
    ("Le télétravail est possible.", "yes"),
    ("- Le télétravail est possible. ", "yes"),
    ("Télétravail partiel.", "yes"),
    ("Télétravail partiel bienvenu.", "yes"),
    ("Remote possible.", "yes"),
    ("Possibilité de télétravailler.", "yes"),
    ("Possibilité de télé-travail.", "yes"),
    ("Télétravail : oui", "yes"),
    ("* Télétravail", "yes"),
    ("Temps partiel et télétravail bienvenu.", "yes"),
    (
        "Le poste est basé à Paris, mais le télétravail sera de rigueur !",
        "yes",
    ),
    ("Le télétravail est la norme.", "yes"),
    ("Télétravail par défaut.", "yes"),
    (
        "Vous êtes à l'aise pour télétravailler la plupart du temps.",
        "yes",
    ),
    (
        "Le télétravail en France est tout à fait envisageable !",
        "yes",
    ),
    (
        "Télétravail avec possibilité de déplacements occasionnels.",
        "yes",
    ),
    ("Le TÉLÉTRAVAIL EST POSSIBLE", "yes"),
    ("Le télétravail n'est pas obligatoire.", "yes"),
    ("Le télétravail n'est pas exclu.", "yes"),
    ("L'équipe travaille principalement à distance.", "yes"),
    (
        "Nous travaillons essentiellement à distance mais on se retrouve souvent.",
        "yes",
    ),
    (
        "Le travail s’effectue à distance, avec des déplacements.",
        "yes",
    ),
    ("- Présentiel : optionnel.", "yes"),
    (
        "Le télétravail est possible jusqu'à deux jours par semaine.",
        "yes max 2",
    ),
    (
        "Le télétravail est possible jusqu’à 3 jours par semaine, une présence régulière sur site est demandée.",
        "yes max 3",
    ),
    ("Jusqu'à 2 jours de télétravail par semaine.", "yes max 2"),
    ("2 jours de télétravail possibles.", "yes max 2"),
    ("Télétravail 3 jours / semaine.", "yes max 3"),
    (
        "Télétravail partiel possible 2j par semaine, travail présentiel à l'agence.",
        "yes max 2",
    ),
    ("4 jours/ semaine en télétravail sur 6 mois.", "yes max 4"),
    ("Basé à Paris (avec 2 jours de télétravail)", "yes max 2"),
    (
        "Possibilité de télé-travail jusqu'à 3 jours par semaine.",
        "yes max 3",
    ),
    (
        "Le droit de télétravailler à raison de 2 jours par semaine et 3 jours dans nos bureaux.",
        "yes max 2 onsite 3",
    ),
    ("Télétravail possible 1 à 2 jours par semaine.", "yes max 2"),
    (
        "Télétravail : 2,5 jours par semaine maximum.",
        "yes max 2.5",
    ),
    (
        "Télétravail possible deux jours et demi par semaine.",
        "yes max 2.5",
    ),
    ("3 jours / semaine sur site.", "yes max 2 onsite 3"),
    (
        "Présence sur site 2 jours par semaine minimum.",
        "yes max 3 onsite 2",
    ),
    (
        "Télétravail partiel possible, 3 jours de présence par semaine à Paris.",
        "yes max 2 onsite 3",
    ),
    (
        "Télétravail partiel bienvenu, avec 1 jour/semaine à Toulouse.",
        "yes max 4 onsite 1",
    ),
    (
        "Télétravail partiel OK, avec une présence minimum à Paris de 2 jours par semaine.",
        "yes max 3 onsite 2",
    ),
    (
        "Cinq jours par semaine, dont 2 en télétravail.",
        "yes max 2",
    ),
    (
        "Nombre de jours de télétravail par semaine : 2",
        "yes max 2",
    ),
    (
        "Le poste est éligible au télétravail (2 jours par semaine).",
        "yes max 2",
    ),
    (
        "Poste à plein temps, dont deux en télétravail.",
        "yes max 2",
    ),
    (
        "Télétravail·e possible jusqu’à 2 jours hebdomadaires",
        "yes max 2",
    ),
    (
        "Teletravail possible jusqu'a 2 jours par semaine",
        "yes max 2",
    ),
    (
        "Télétravail possible jusqu’à deux jours par semaine",
        "yes max 2",
    ),
    (
        "Télé-travail possible jusqu'à 2\u{a0}jours par semaine",
        "yes max 2",
    ),
    (
        "TÉLÉTRAVAIL POSSIBLE JUSQU'À 2 JOURS PAR SEMAINE",
        "yes max 2",
    ),
    (
        "Le·la salarié·e peut télétravailler jusqu'à 2 jours/semaine",
        "yes max 2",
    ),
    ("télé travail : 2 j / semaine", "yes max 2"),
    ("Télétravail : 2j/sem.", "yes max 2"),
    ("Remote possible 2 jours par semaine", "yes max 2"),
    ("Télétravail à 100 %.", "yes full"),
    ("Full remote.", "yes full"),
    ("Poste 100% remote", "yes full"),
    ("Le poste est entièrement à distance.", "yes full"),
    ("Poste en télétravail complet.", "yes full"),
    (
        "Poste en télétravail, avec des réunions ponctuelles.",
        "yes full",
    ),
    ("4/5e en remote (télétravail 100%)", "yes full"),
    ("Télétravail complet / horaires classiques.", "yes full"),
    ("Pas de télétravail.", "no"),
    ("Télétravail non possible.", "no"),
    ("Le télétravail n'est pas possible sur ce poste.", "no"),
    ("Télétravail : non", "no"),
    ("Poste sans télétravail.", "no"),
    ("Télétravail impossible.", "no"),
    ("Le poste n'est pas éligible au télétravail.", "no"),
    ("Télétravail : Non", "no"),
    (
        "Télétravail possible. Finalement, pas de télétravail.",
        "no",
    ),
    (
        "Pas de full remote, mais 2 jours de télétravail possibles.",
        "yes max 2",
    ),
    (
        "Pas de télétravail complet, télétravail partiel possible.",
        "yes",
    ),
    (
        "Pas de télétravail la première semaine. Ensuite télétravail possible.",
        "yes",
    ),
    ("Télétravail possible après 2 jours de formation.", "yes"),
    (
        "Contrat à 4 jours par semaine. Le télétravail est possible.",
        "yes",
    ),
    ("Télétravail possible, poste à 4 jours par semaine.", "yes"),
    (
        "Télétravail partiel possible avec 2 jours toutes les deux semaines à Paris.",
        "yes",
    ),
    (
        "Temps partiel (4 jours par semaine) et télétravail possible.",
        "yes",
    ),
    (
        "Le télétravail est possible, au moins 2 jours de télétravail par semaine.",
        "yes",
    ),
    (
        "Télétravail possible, présence nécessaire plusieurs jours par semaine.",
        "yes",
    ),
];

/// Near-misses: telework as a topic or a product, work "à distance" with others, days of
/// training or presence, remote sensing.
const FAIL: &[&str] = &[
    "Nous développons un outil de télétravail pour les agents.",
    "Le télétravail des agents est au cœur de la mission.",
    "Vous travaillerez sur la gestion du télétravail.",
    "L'équipe travaille à distance avec des partenaires.",
    "2 jours de formation sont prévus.",
    "Une présence régulière à Paris est demandée.",
    "Autonome dans un contexte de télétravail.",
    "Contrat à 4 jours par semaine.",
    "Présence 3 jours par semaine, temps partiel 60 %.",
    "Nous utilisons du remote sensing.",
    "Capacité à travailler en équipe à distance.",
    "Engager les conseillers à distance.",
    "Des rendez-vous à distance avec les usagers.",
    "Le télétravail dans la fonction publique est un sujet d'étude.",
    "Le télétravail des collaborateurs est un enjeu pour nos partenaires.",
];

#[test]
fn remote_rule() {
    crate::extract::facts::tester::test_rule("remote", Some(Fact::Remote), read, PASS, FAIL);
}

#[test]
fn a_heading_that_names_the_topic_says_nothing() {
    // A heading that only names the topic says nothing.
    assert!(find_remote("Télétravail", Origin::Heading).is_empty());
    assert!(find_remote("Lieu de travail et télétravail", Origin::Heading).is_empty());
    assert_eq!(
        find_remote("Télétravail possible", Origin::Heading).len(),
        1
    );
}

#[test]
fn remote_values() {
    let allowed = Some(yes(None));
    assert_eq!(remote_from_value("oui"), allowed);
    assert_eq!(remote_from_value("true"), allowed);
    assert_eq!(remote_from_value("Possible"), allowed);
    assert_eq!(remote_from_value("non"), Some(Remote::default()));
    assert_eq!(remote_from_value("false"), Some(Remote::default()));
    assert_eq!(
        remote_from_value("2 jours par semaine"),
        Some(yes(Some(2.0)))
    );
    assert_eq!(remote_from_value("2"), Some(yes(Some(2.0))));
    assert_eq!(remote_from_value("1-2j"), Some(yes(Some(2.0))));
    assert_eq!(remote_from_value("jusqu'à 3 jours"), Some(yes(Some(3.0))));
    assert_eq!(
        remote_from_value("100 %").map(|r| r.full_remote),
        Some(true)
    );
    assert_eq!(remote_from_value("Télétravail partiel possible"), allowed);
    assert_eq!(remote_from_value(""), None);
}

#[test]
fn remote_resolution() {
    let r = |allowed: bool, max: Option<f32>, min: Option<f32>| Remote {
        allowed,
        max_days_per_week: max,
        min_days_on_site: min,
        full_remote: false,
    };
    assert_eq!(resolve_remote(&[]), None);
    assert_eq!(
        resolve_remote(&[(Origin::Body, r(true, None, Some(3.0)))]),
        Some(r(true, Some(2.0), Some(3.0)))
    );
    assert_eq!(
        resolve_remote(&[(Origin::Body, r(true, Some(1.0), Some(3.0)))]),
        Some(r(true, Some(1.0), Some(3.0)))
    );
    assert_eq!(
        resolve_remote(&[
            (Origin::Body, r(true, None, None)),
            (Origin::FrontMatter, r(true, Some(2.0), None))
        ]),
        Some(r(true, Some(2.0), None))
    );
    assert_eq!(
        resolve_remote(&[
            (Origin::FrontMatter, r(true, None, None)),
            (Origin::Body, r(false, None, None))
        ]),
        Some(r(false, None, None))
    );
}
