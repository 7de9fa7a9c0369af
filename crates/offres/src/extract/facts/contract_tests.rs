use super::*;
use crate::extract::facts::part_time::find_part_time;
use crate::model::PartTime;

/// Resolve the contracts of a page given as (origin, text) parts, in page order, and write
/// them compactly: "cdd 36 r, freelance 6+ nr" (months exact, `a-b`, `a+` minimum, `-b`
/// maximum; `r` renewable, `nr` not renewable).
fn page(parts: &[(Origin, &str)]) -> String {
    let mut mentions = Vec::new();
    for &(o, t) in parts {
        mentions.extend(find_contracts(t, o).into_iter().map(|h| (o, h.value)));
    }
    show(&resolve_contracts(&mentions))
}

fn show(contracts: &[Contract]) -> String {
    let one = |c: &Contract| {
        let kind = serde_json::to_value(c.kind).unwrap();
        let months = match c.duration.map(|d| (d.min_months, d.max_months)) {
            Some((Some(a), Some(b))) if a == b => format!(" {a}"),
            Some((Some(a), Some(b))) => format!(" {a}-{b}"),
            Some((Some(a), None)) => format!(" {a}+"),
            Some((None, Some(b))) => format!(" -{b}"),
            _ => String::new(),
        };
        let renewable = match c.renewable {
            Some(true) => " r",
            Some(false) => " nr",
            None => "",
        };
        format!("{}{months}{renewable}", kind.as_str().unwrap())
    };
    contracts.iter().map(one).collect::<Vec<_>>().join(", ")
}

fn body(t: &str) -> String {
    page(&[(Origin::Body, t)])
}

fn part(t: &str) -> Option<(Vec<f32>, bool)> {
    let hits = find_part_time(t, Origin::Body);
    assert!(hits.len() <= 1, "{t}: {hits:?}");
    hits.into_iter()
        .next()
        .map(|h| (h.value.fractions, h.value.minimum))
}

// ---- The reference situations, in our own words ----

#[test]
fn title_cdd_renewable_after_dash() {
    let got = page(&[
        (
            Origin::Title,
            "Animateur·rice de communautés open source - CDD 3 ans renouvelable H/F",
        ),
        (
            Origin::Body,
            "Vous justifiez de 4 années d’expérience professionnelle dans le libre.",
        ),
        (
            Origin::Body,
            "Le télétravail est possible jusqu'à deux jours par semaine.",
        ),
        (
            Origin::Body,
            "Voir https://emploi.example.fr/offre/animateur-cdd-3-ans-renouvelable-hf/.",
        ),
    ]);
    assert_eq!(got, "cdd 36 r");
    assert_eq!(
        part("Le télétravail est possible jusqu'à deux jours par semaine."),
        None
    );
}

#[test]
fn contractuel_with_cdd_in_parentheses() {
    let got = body(
        "L'équipe cherche un·e dév curieux·se, pour un poste de contractuel (~CDD) de 3 ans.\n\
         - Poste ouvert pour un CDD (contractuel de la fonction publique) de 3 ans ;",
    );
    assert_eq!(got, "cdd 36");
}

#[test]
fn front_matter_prestataire_and_body_independant() {
    let fm = contract_kinds_from_value("préstataire");
    assert_eq!(fm, [ContractKind::Freelance]);
    let mention = ContractMention {
        kinds: fm,
        duration: None,
        renewable: None,
    };
    let mut mentions = vec![(Origin::FrontMatter, mention)];
    let text = "- Poste ouvert pour une indépendante ou un indépendant pour un premier contrat \
        de 6 mois renouvelable, temps partiel au 3/5 ou 4/5 par semaine.";
    mentions.extend(
        find_contracts(text, Origin::Body)
            .into_iter()
            .map(|h| (Origin::Body, h.value)),
    );
    assert_eq!(show(&resolve_contracts(&mentions)), "freelance 6 r");
    assert_eq!(part(text), Some((vec![0.6, 0.8], false)));
}

#[test]
fn programme_length_and_someone_elses_stage_do_not_count() {
    let title = "[POSTE POURVU] Rejoignez l'équipe : offre d'emploi « Chargé de mission (F/H) »";
    let text = "Le principe du programme : accueillir pour 10 mois des professionnel·les du \
        numérique dans les ministères. Nous sommes une équipe de 3 personnes. En ce moment, nous \
        sommes aidées par Camille, notre chargée de mission en stage.\n\
        Vous suivrez la relation avec les prestataires et les partenaires (prestataires, écoles).\n\
        Pour les contractuels, le format de contrat proposé est un CDD de 3 ans de la fonction \
        publique.";
    assert_eq!(
        page(&[(Origin::Title, title), (Origin::Body, text)]),
        "cdd 36"
    );
}

// ---- Kinds, durations and renewal in varied wordings: the rule's tables ----

/// What the rule reads in a prose phrase, in [`show`]'s notation; `None` for nothing.
fn read(text: &str) -> Option<String> {
    Some(body(text)).filter(|s| !s.is_empty())
}

/// Phrases with the contracts they state: kinds, durations in words and figures,
/// minimums and maximums, renewal, several kinds at once, and terms written apart from the
/// kind they belong to.
const PASS: &[(&str, &str)] = &[
    ("CDD de 18 mois, à partir du 1er mars.", "cdd 18"),
    ("## Contrat\n- CDI\n- Salaire selon profil", "cdi"),
    (
        "Il s'agit d'un contrat à durée déterminée d'un an.",
        "cdd 12",
    ),
    ("Nous recrutons sur un contrat à durée indéterminée.", "cdi"),
    ("Il s’agit d’un poste de contractuel·le.", "cdd"),
    (
        "- Stage de 6 mois qui commence dès que possible.",
        "internship 6",
    ),
    ("* Contrat : stage de 4 à 6 mois", "internship 4-6"),
    ("# Offre de stage - chargé·e de déploiement", "internship"),
    (
        "L'équipe recrute un•e stagiaire pour du déploiement.",
        "internship",
    ),
    (
        "Poste ouvert pour un·e stagiaire sur une durée de 6 mois.",
        "internship 6",
    ),
    (
        "Poste proposé en alternance, rythme 3 semaines / 1 semaine.",
        "apprenticeship",
    ),
    (
        "Nous proposons un contrat d'apprentissage de deux ans.",
        "apprenticeship 24",
    ),
    (
        "On recrute un·e chargé·e de développement en freelance !",
        "freelance",
    ),
    (
        "Mission de prestation de 3 mois, renouvelable.",
        "freelance 3 r",
    ),
    (
        "Vous aurez un statut de freelance ou d’auto‑entrepreneur‧se.",
        "freelance",
    ),
    (
        "Poste ouvert aux travailleurs en statut indépendant.",
        "freelance",
    ),
    ("Le poste est ouvert en tant que prestataire.", "freelance"),
    (
        "Mission de service civique de 8 mois à Lyon.",
        "volunteer 8",
    ),
    (
        "Nous accueillons un·e volontaire en service civique.",
        "volunteer",
    ),
    (
        "Poste ouvert en détachement ou contrat.",
        "civil_servant, cdd",
    ),
    (
        "Ouvert aux fonctionnaires titulaires et aux contractuels.",
        "civil_servant, cdd",
    ),
    (
        "- **Ouvert à** : Contractuels, Titulaires",
        "cdd, civil_servant",
    ),
    (
        "Le poste peut être pourvu par un fonctionnaire ou par un contractuel.",
        "civil_servant, cdd",
    ),
    (
        "On cherche un·e dev pour un CDD ou un·e prestataire indépendant·e.",
        "cdd, freelance",
    ),
    (
        "Contrat : CDD ou en freelance, temps partiel à 80% minimum",
        "cdd, freelance",
    ),
    (
        "* Contrat de travail : Freelance ou CDD 1 an",
        "freelance, cdd 12",
    ),
    (
        "Freelance 4 jours / semaine pendant 6 mois (renouvelable selon budget)",
        "freelance 6 r",
    ),
    (
        "- Contrat d’indépendant de 6 mois renouvelable ;",
        "freelance 6 r",
    ),
    (
        "Ouverture de postes en CDD (3 ans) et pour des prestataires indépendants.",
        "cdd 36, freelance",
    ),
    ("Nous cherchons un CDD de 2 ans et demi.", "cdd 30"),
    ("CDD non renouvelable de 12 mois.", "cdd 12 nr"),
    ("Un CDD, d'une durée de deux ans.", "cdd 24"),
    ("CDD jusqu'au 31 décembre 2022.", "cdd"),
    (
        "* CDD à temps plein de 4 à 6 mois pouvant déboucher sur un CDI",
        "cdd 4-6",
    ),
    (
        "Poste ouvert à des indépendant·e·s pour au moins 6 mois.",
        "freelance 6+",
    ),
    ("Stage de 6 mois minimum.", "internship 6+"),
    (
        "Contrat : freelance, mission de 6 mois min.",
        "freelance 6+",
    ),
    ("CDD jusqu’à 3 ans.", "cdd -36"),
    ("CDD de 6 mois à 1 an.", "cdd 6-12"),
    (
        "Un contrat à durée déterminée de trois ans renouvelable.",
        "cdd 36 r",
    ),
    (
        "Poste ouvert pour un(e) indépendant(e), premier contrat de 5 mois renouvelable.",
        "freelance 5 r",
    ),
    (
        "POSTE OUVERT POUR UN INDÉPENDANT, CONTRAT DE 6 MOIS RENOUVELABLE",
        "freelance 6 r",
    ),
    (
        "Poste ouvert pour un\u{a0}indépendant pour un contrat de 1,5 an.",
        "freelance 18",
    ),
    (
        "Recrutement d'un·e apprenti·e en alternance, contrat pro de 2 ans.",
        "apprenticeship 24",
    ),
    (
        "Poste ouvert aux indépendant·e·s (en portage salarial).",
        "freelance",
    ),
    ("CDD 1 an", "cdd 12"),
    ("CDD d'un an", "cdd 12"),
    ("CDD de un an", "cdd 12"),
    ("CDD de deux ans", "cdd 24"),
    ("CDD de trois ans", "cdd 36"),
    ("CDD de 18 mois", "cdd 18"),
    ("CDD de dix-huit mois", "cdd 18"),
    ("CDD d’un an et demi", "cdd 18"),
    ("CDD de 4 à 6 mois", "cdd 4-6"),
    ("CDD de 6 à 12 mois", "cdd 6-12"),
    ("CDD de 3-4 mois", "cdd 3-4"),
    ("CDD de 1 à 2 ans", "cdd 12-24"),
    ("CDD entre 6 et 9 mois", "cdd 6-9"),
    ("CDD d'au moins 6 mois", "cdd 6+"),
    ("CDD de 6 mois minimum", "cdd 6+"),
    ("CDD de 6 mois au minimum", "cdd 6+"),
    ("CDD de 12 mois maximum", "cdd -12"),
    ("CDD d'un semestre", "cdd 6"),
    ("CDD (6 mois)", "cdd 6"),
    ("CDD jusqu'au 31 décembre", "cdd"),
    ("CDD 2022", "cdd"),
    ("CDD de 300 mois", "cdd"),
    ("CDD de 0 mois", "cdd"),
    ("CDD de 8 semaines", "cdd"),
    (
        "Poste ouvert pour un·e indépendant·e.\n- Durée : 6 mois renouvelables",
        "freelance 6 r",
    ),
    (
        "Contrat de 6 mois, renouvelable.\nPoste ouvert pour un·e indépendant·e.",
        "freelance 6 r",
    ),
    (
        "Recrutement en CDD. Le contrat est d'une durée de 2 ans.",
        "cdd 24",
    ),
    ("Recrutement en CDD.\n12 mois renouvelables", "cdd 12 r"),
    (
        "* Pour combien de temps ? 3 mois, renouvelables\n* Statut : freelance",
        "freelance 3 r",
    ),
    (
        "Contrat : CDD ou freelance\nDurée : 6 mois",
        "cdd 6, freelance 6",
    ),
    ("CDD de 3 ans. Mission de 10 mois pour commencer.", "cdd 36"),
    (
        "Mission à temps plein, avec possibilité de renouvellement.\nPoste ouvert en freelance.",
        "freelance r",
    ),
];

/// Near-misses: years of experience, programme and service lengths, someone else's
/// internship, addresses, "titulaire" of a degree, a duration with no kind to attach to.
const FAIL: &[&str] = &[
    "Vous avez 3 ans d'expérience en développement web.",
    "5 années d’expérience professionnelle sont requises.",
    "Le programme consiste à intégrer pour 10 mois des professionnels du numérique.",
    "En ce moment, nous sommes épaulées par Laure, notre chargée de mission en stage.",
    "Nous avons accueilli des stagiaires des écoles d'ingénieurs l'an dernier.",
    "Vous suivrez la relation avec les prestataires du programme.",
    "Le service a été lancé il y a 2 ans et fonctionne depuis 3 ans.",
    "Nous sommes une équipe de 3 personnes, c'est la 4e promotion.",
    "Le plan a été lancé en novembre 2021.",
    "Les transports en commun sont à 5 minutes.",
    "Voir https://emploi.example.fr/offres/cdd-3-ans/ et www.example.fr/cdd.",
    "Écrire à stage@example.fr pour toute question.",
    "La plateforme du service civique compte 100 000 missions.",
    "Stage 2 : consolidation des acquis.",
    "Nous sommes presque tous contractuels ou indépendants au sein de la communauté.",
    "Nous travaillons en petites équipes assez indépendantes.",
    "C’est le premier poste en interne (les autres devs sont *freelances*).",
    "Le simulateur évalue les droits à plus de 20 prestations sociales.",
    "Le/la titulaire est placé·e sous la responsabilité de la conseillère numérique.",
    "Vous êtes titulaire d'un master en informatique.",
    "Mon stage de troisième est un dispositif pour les élèves de 3e.",
    "Être volontaire et curieux·se.",
    "Les énergies renouvelables sont au cœur du projet.",
    "Le site La Bonne Alternance aide les candidats.",
    "Ces expériences constituent de premiers apprentissages.",
    "Il accueille également des apprentis ou des doctorants.",
    "Vous avez déjà fait un stage de 6 mois en entreprise.",
    "Un stagiaire (Oscar) nous rejoint en juin et pour une durée de 6 mois.",
    "Le contrat d'Engagement Jeune concerne les jeunes de 16 à 25 ans.",
    "Ces équipes démarrent avec 1 développeur indépendant et 1 coach pour un run de 6 mois.",
    "La direction propose un programme de stages pour les écoles.",
    "Le poste implique de piloter les prestataires.",
    "Faciliter la recherche de stage des collégiens.",
    "Vous avez déjà eu un contrat de 6 mois dans une startup.",
    "La durée de vie des données est de 3 ans.",
    "Notre mission : développer les énergies renouvelables.",
    "Contrat de 6 mois renouvelable.",
];

#[test]
fn contract_rule() {
    crate::extract::facts::tester::test_rule("contract", Some(Fact::Contract), read, PASS, FAIL);
}

#[test]
fn titles_are_strong() {
    let cases = [
        ("Stagiaire data", "internship"),
        ("Développeur·se (freelance)", "freelance"),
        ("Chargé.e de développement (Stage)", "internship"),
        ("Un·e développeur·e full-stack en CDD de 3 ans", "cdd 36"),
        (
            "Développeur/Développeuse - la Brigade - CDD 20 mois H/F",
            "cdd 20",
        ),
        (
            "Une ou un business developer en alternance",
            "apprenticeship",
        ),
        ("La Bonne Alternance recrute un·e développeur·se", ""),
        ("Retour sur mon stage à la DINUM", ""),
        ("Plateforme d'apprentissage en ligne : un·e dev", ""),
    ];
    for (text, want) in cases {
        assert_eq!(page(&[(Origin::Title, text)]), want, "{text}");
    }
}

#[test]
fn kinds_from_front_matter_values() {
    let cases = [
        ("CDD", "cdd"),
        ("préstataire", "freelance"),
        ("Indépendant", "freelance"),
        ("indépendant·e", "freelance"),
        ("indépendant/freelance", "freelance"),
        ("CDI", "cdi"),
        ("Contractuel", "cdd"),
        ("CDD ou indépendant", "cdd, freelance"),
        ("Fonctionnaire ou contractuel", "civil_servant, cdd"),
        ("Fonctionaire A/A+ ou CDD 3 ans", "civil_servant, cdd"),
        ("Stage", "internship"),
        ("stagiaire", "internship"),
        ("Stage dans la fonction publique", "internship"),
        ("Mission de prestation (freelance)", "freelance"),
        ("alternance", "apprenticeship"),
        ("Service civique", "volunteer"),
        ("détachement", "civil_servant"),
        ("titulaire", "civil_servant"),
        ("Contrat à durée déterminée", "cdd"),
        ("portage salarial", "freelance"),
        ("", ""),
        ("à définir", ""),
    ];
    for (value, want) in cases {
        let got: Vec<Contract> = contract_kinds_from_value(value)
            .into_iter()
            .map(|kind| Contract {
                kind,
                duration: None,
                renewable: None,
            })
            .collect();
        assert_eq!(show(&got), want, "{value}");
    }
}

#[test]
fn spans_map_to_the_original_text() {
    let t =
        "Poste ouvert pour un·e indépendant·e pour un premier contrat de 6\u{a0}mois renouvelable.";
    let h = &find_contracts(t, Origin::Body)[0];
    assert_eq!(
        &t[h.start..h.end],
        "indépendant·e pour un premier contrat de 6\u{a0}mois renouvelable"
    );
    let t = "Temps partiel accepté (80 % minimum).";
    let h = &find_part_time(t, Origin::Body)[0];
    assert_eq!(&t[h.start..h.end], "80");
}

#[test]
fn resolve_rules() {
    use ContractKind::{Cdd, Freelance};
    let mention = |kinds: &[ContractKind], d: Option<u16>, r: Option<bool>| ContractMention {
        kinds: kinds.to_vec(),
        duration: d.map(Duration::months),
        renewable: r,
    };
    // Title and front matter come first whatever the input order; the first duration stated
    // with a kind wins; any "renouvelable" wins over "non renouvelable".
    let got = resolve_contracts(&[
        (Origin::Body, mention(&[Freelance], Some(3), None)),
        (Origin::Title, mention(&[Cdd], Some(36), Some(true))),
        (Origin::Body, mention(&[Cdd], Some(12), Some(false))),
        (Origin::Body, mention(&[], Some(6), None)),
    ]);
    assert_eq!(show(&got), "cdd 36 r, freelance 3");
    // A kindless duration goes to the kind mentioned just before it.
    let got = resolve_contracts(&[
        (Origin::Body, mention(&[Cdd], None, None)),
        (Origin::Body, mention(&[Freelance], None, None)),
        (Origin::Body, mention(&[], Some(6), Some(false))),
    ]);
    assert_eq!(show(&got), "cdd, freelance 6 nr");
    assert_eq!(
        resolve_contracts(&[(Origin::Body, mention(&[], Some(6), None))]),
        []
    );
    assert_eq!(resolve_contracts(&[]), []);
}

#[test]
fn serde_names() {
    let d = Duration {
        min_months: Some(6),
        max_months: None,
    };
    let c = Contract {
        kind: ContractKind::CivilServant,
        duration: Some(d),
        renewable: Some(true),
    };
    let j = serde_json::to_string(&c).unwrap();
    assert_eq!(
        j,
        r#"{"kind":"civil_servant","duration":{"min_months":6},"renewable":true}"#
    );
    assert_eq!(serde_json::from_str::<Contract>(&j).unwrap(), c);
    let p = PartTime {
        fractions: vec![0.6, 0.8],
        minimum: false,
    };
    assert_eq!(
        serde_json::to_string(&p).unwrap(),
        r#"{"fractions":[0.6,0.8],"minimum":false}"#
    );
}

// ---- Robustness and speed ----

#[test]
fn fuzz_no_panic() {
    const BITS: &[&str] = &[
        "CDD",
        "cdi",
        "contrat",
        "à durée déterminée",
        "de",
        "d’",
        "un",
        "an",
        "ans",
        "mois",
        "3",
        "4/5",
        "/",
        "5e",
        "%",
        "80",
        "jours",
        "par",
        "semaine",
        "j",
        "stage",
        "stagiaire",
        "(",
        ")",
        ",",
        ".",
        ";",
        "\n",
        "renouvelable",
        "non",
        "au moins",
        "minimum",
        "jusqu'à",
        "et demi",
        "é",
        "€",
        "🙂",
        "·",
        "\u{a0}",
        "temps partiel",
        "mi-temps",
        "service civique",
        "ou",
        "poste ouvert pour",
        "recrute",
        "-",
        "2-3",
        "4j",
        "https://x.fr/cdd",
        "@",
        "2,5",
        "titulaire",
        "détachement",
        "Stage 2",
        "entre",
        "durée",
        "mission",
        "indépendant·e",
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for _ in 0..4000 {
        let mut s = String::new();
        for _ in 0..next() % 24 {
            let r = next();
            s.push_str(BITS[usize::try_from(r % BITS.len() as u64).unwrap()]);
            if r & 0x100 != 0 {
                s.push(' ');
            }
        }
        let ok = |a: usize, b: usize| a <= b && s.is_char_boundary(a) && s.is_char_boundary(b);
        for o in [Origin::Title, Origin::FrontMatter, Origin::Body] {
            assert!(
                find_contracts(&s, o).iter().all(|h| ok(h.start, h.end)),
                "{s:?}"
            );
            for h in find_part_time(&s, o) {
                assert!(ok(h.start, h.end), "{s:?}");
                assert!(
                    h.value.fractions.iter().all(|f| *f > 0.0 && *f <= 1.0),
                    "{s:?}"
                );
            }
        }
        let _ = contract_kinds_from_value(&s);
    }
}
