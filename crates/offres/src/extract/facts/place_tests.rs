use super::*;
use crate::extract::facts::remote::tests::{remote, yes};
use crate::extract::facts::remote::{find_remote, remote_from_value};

fn loc(text: &str) -> Vec<(Option<String>, Option<String>, Option<String>)> {
    find_locations(text, Origin::Body)
        .into_iter()
        .map(|h| (h.value.city, h.value.address, h.value.postal_code))
        .collect()
}

fn city(text: &str) -> Option<String> {
    find_locations(text, Origin::Body)
        .into_iter()
        .find_map(|h| h.value.city)
}

fn resolved(text: &str) -> Option<Location> {
    let hits: Vec<(Origin, Location)> = find_locations(text, Origin::Body)
        .into_iter()
        .map(|h| (Origin::Body, h.value))
        .collect();
    resolve_location(&hits)
}

#[test]
fn reference_situations() {
    // Like page 000: offices with a street address in the same sentence, cap of two days.
    let page = "## Conditions\n\nL'équipe travaille depuis les locaux du ministère, 12 rue de \
                Grenelle à Paris, au deuxième étage.\n\nLe télétravail est possible jusqu'à \
                deux jours par semaine. \n";
    let l = resolved(page).unwrap();
    assert_eq!(l.city.as_deref(), Some("Paris"));
    assert_eq!(l.address.as_deref(), Some("12 rue de Grenelle"));
    assert_eq!(remote(page), Some(yes(Some(2.0))));

    // Like page 001: presence in a city with a street in parentheses, telework possible.
    let page = "- un contrat de 3 ans ;\n- présence régulière à Lyon (Quai Perrache) pour \
                retrouver l'équipe mais télétravail possible ;\n- démarrage rapide.";
    let l = resolved(page).unwrap();
    assert_eq!(l.city.as_deref(), Some("Lyon"));
    assert_eq!(l.address.as_deref(), Some("Quai Perrache"));
    let r = remote(page).unwrap();
    assert!(r.allowed);
    assert_eq!(r.max_days_per_week, None);

    // Like page 003: a regular presence is a location, not a telework statement.
    let page = "- Une présence régulière à Paris est demandée pour les ateliers. \n- Le \
                télétravail est possible. \n";
    let l = resolved(page).unwrap();
    assert_eq!(
        (l.city.as_deref(), l.address.as_deref()),
        (Some("Paris"), None)
    );
    assert_eq!(remote(page), Some(yes(None)));
    assert!(remote("Une présence régulière à Paris est demandée pour les ateliers.").is_none());

    // Like page 004: nothing said.
    let page = "Nous cherchons dès mai une personne pour accompagner les défis du programme, \
                en lien avec les administrations partenaires à Paris comme en région.";
    assert_eq!(resolved(page), None);
    assert_eq!(remote(page), None);
}

#[test]
fn based_and_located() {
    let cases = [
        ("Poste basé à Lyon.", "Lyon"),
        ("- Poste basé à Dijon", "Dijon"),
        (
            "Le poste est basé à Saint-Étienne, avec des déplacements.",
            "Saint-Étienne",
        ),
        ("Vous serez basé·e à Nantes.", "Nantes"),
        ("Tu seras basé.e à Rennes !", "Rennes"),
        ("Vous serez basé(e) à Bordeaux", "Bordeaux"),
        ("Basée à Lille, l'équipe...", "Lille"),
        (
            "Basé à Marseille (avec 2 jours de télétravail)",
            "Marseille",
        ),
        ("Un poste basé **à Strasbourg**, mais mobile.", "Strasbourg"),
        (
            "Poste basé chez notre partenaire, à Toulouse, avec des déplacements à Lyon",
            "Toulouse",
        ),
        ("Travail basé à La Défense (Tour Europe)", "La Défense"),
        ("Le poste est basé sur Grenoble.", "Grenoble"),
        ("Nos locaux sont situés à Montpellier.", "Montpellier"),
        (
            "Nos locaux sont situés [à Paris](https://exemple.fr/locaux).",
            "Paris",
        ),
        ("Le poste est basé au Havre.", "Le Havre"),
        ("Poste basé à Saint-Denis (La Réunion).", "Saint-Denis"),
        ("Poste basé à Fort-de-France", "Fort-de-France"),
        ("Poste basé à Pointe-à-Pitre.", "Pointe-à-Pitre"),
        ("Poste basé à Nouméa", "Nouméa"),
        ("Poste basé à PARIS", "Paris"),
        ("Poste basé à Villeneuve-d’Ascq", "Villeneuve-d'Ascq"),
        ("👋 Basé à Caen", "Caen"),
    ];
    for (text, want) in cases {
        assert_eq!(city(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn premises_labels_and_presence() {
    let cases = [
        ("Nous travaillons dans nos bureaux de Rennes.", "Rennes"),
        (
            "Le droit de télétravailler 2 jours et 3 jours dans nos bureaux de Lyon, Paris ou Rennes.",
            "Lyon",
        ),
        ("Vous travaillerez dans nos locaux de Nancy", "Nancy"),
        ("Des locaux à disposition dans Paris et sur Pau.", "Paris"),
        (
            "On se croise dans nos bureaux parisiens le mercredi.",
            "Paris",
        ),
        ("Lieu : Paris", "Paris"),
        ("- **Lieu de travail** : Paris 13ème", "Paris"),
        ("Localisation : Grande Arche (La Défense)", "La Défense"),
        ("Lieu d'affectation : Metz", "Metz"),
        ("Ville : Tours", "Tours"),
        (
            "Où ? Bordeaux, dans les locaux de la préfecture",
            "Bordeaux",
        ),
        ("Une présence régulière à Paris est demandée.", "Paris"),
        (
            "Télétravail partiel bienvenu, avec 1 jour/semaine à Toulouse.",
            "Toulouse",
        ),
        (
            "Télétravail partiel possible, avec 2 jours par semaine à Lille.",
            "Lille",
        ),
        ("présence minimum à Paris de 2 jours par semaine", "Paris"),
        (
            "Le stage se déroulera à Rennes, dans les locaux de la direction régionale.",
            "Rennes",
        ),
        (
            "Vous travaillerez au sein de la direction à Orléans.",
            "Orléans",
        ),
        ("Poste à pourvoir à Brest", "Brest"),
        ("Poste à Limoges", "Limoges"),
        (
            "Le télétravail est possible, une présence régulière sur site, à La Défense, est demandée.",
            "La Défense",
        ),
        ("Vous serez affectée à Amiens.", "Amiens"),
        ("Lieu : 75007 Paris", "Paris"),
        (
            "Premier contrat de 6 mois, à temps plein (4/5 possible) basé à Nantes.",
            "Nantes",
        ),
        ("Localisation du poste : Île-de-France, Paris (75)", "Paris"),
        (
            "Adresse du lieu de travail : 139 rue de Bercy, 75012 Paris",
            "Paris",
        ),
        (
            "Poste situé au 3 place du Capitole, 31000 Toulouse",
            "Toulouse",
        ),
        ("Rejoignez-nous à Lille !", "Lille"),
        (
            "Poste au sein de la direction régionale, à Besançon.",
            "Besançon",
        ),
        ("Une équipe basée à Nantes vous accueille.", "Nantes"),
    ];
    for (text, want) in cases {
        assert_eq!(city(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn arrondissements_and_postal_codes() {
    let cases = [
        ("Lieu : Paris 7e", "Paris", None),
        ("Lieu : Paris (75)", "Paris", None),
        ("Lieu : Paris 13ème arrondissement", "Paris", None),
        ("Lieu : Lyon 3e", "Lyon", None),
        ("Lieu : Paris 1er", "Paris", None),
        ("Lieu : Paris 75015", "Paris", Some("75015")),
        ("Lieu : 69003 Lyon", "Lyon", Some("69003")),
        ("Lieu : Marseille (13)", "Marseille", None),
    ];
    for (text, want, postal) in cases {
        let l = find_locations(text, Origin::Body);
        assert_eq!(l.len(), 1, "{text}");
        assert_eq!(l[0].value.city.as_deref(), Some(want), "{text}");
        assert_eq!(l[0].value.postal_code.as_deref(), postal, "{text}");
    }
}

#[test]
fn addresses() {
    let cases: [(&str, Option<&str>, &str, Option<&str>); 8] = [
        (
            "Nos bureaux sont au 20 avenue de Ségur à Paris.",
            Some("Paris"),
            "20 avenue de Ségur",
            None,
        ),
        (
            "Nos bureaux sont à Paris, avenue de Ségur, au 4e étage.",
            Some("Paris"),
            "avenue de Ségur",
            None,
        ),
        (
            "Lieu de travail : Paris, Boulevard Haussmann (métro)",
            Some("Paris"),
            "Boulevard Haussmann",
            None,
        ),
        (
            "Des locaux à disposition dans Paris (DINUM, 20 avenue de Ségur 75007 PARIS).",
            Some("Paris"),
            "20 avenue de Ségur",
            Some("75007"),
        ),
        (
            "Adresse : 3 bis rue des Lilas, 35000 Rennes",
            Some("Rennes"),
            "3 bis rue des Lilas",
            Some("35000"),
        ),
        (
            "Travail en présentiel à l'agence, Hôtel de la Marine, 51 bd. de la Tour Maubourg",
            None,
            "51 bd. de la Tour Maubourg",
            None,
        ),
        (
            "Nous nous retrouvons dans les locaux de l'incubateur, avenue du Maine (14e).",
            None,
            "avenue du Maine",
            None,
        ),
        (
            "Nos bureaux, 20 rue de Lyon à Paris.",
            Some("Paris"),
            "20 rue de Lyon",
            None,
        ),
    ];
    for (text, want_city, want_addr, postal) in cases {
        let l = find_locations(text, Origin::Body);
        assert_eq!(l.len(), 1, "{text}");
        assert_eq!(l[0].value.city.as_deref(), want_city, "{text}");
        assert_eq!(l[0].value.address.as_deref(), Some(want_addr), "{text}");
        assert_eq!(l[0].value.postal_code.as_deref(), postal, "{text}");
        let (s, e) = (l[0].start, l[0].end);
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e) && s < e,
            "{text}"
        );
    }
    // A street name without number must be capitalised or follow a strong road word.
    for text in [
        "Nos locaux sont situés à Lyon, nous allons mettre en place des outils.",
        "Poste basé à Lyon, en cours de recrutement.",
        "Poste basé à Lyon avec une feuille de route ambitieuse.",
        "Nos bureaux de Lyon accueillent la Place des Entreprises.",
    ] {
        assert_eq!(
            loc(text),
            [(Some("Lyon".to_string()), None, None)],
            "{text}"
        );
    }
}

#[test]
fn location_near_misses() {
    for text in [
        "Déplacements à Paris à prévoir occasionnellement.",
        "Des déplacements réguliers en région sont à prévoir.",
        "Nous intervenons à Paris comme en région auprès des collectivités.",
        "La ville de Lyon est partenaire du projet.",
        "Les collectivités de Bretagne utilisent l'outil.",
        "Le plan lancé à Marseille l'an dernier a été un succès.",
        "L'équipe prépare Paris 2024.",
        "Poste basé à Paris 2024.",
        "Je suis né à Lyon.",
        "Une startup de Nantes a gagné le concours.",
        "Ces développeurs rejoindront un chef de produit (basé à Lille).",
        "Un chef de produit basé à Lille pilote l'équipe.",
        "Le télétravail est la norme mais une présence ponctuelle dans les locaux à Paris est souhaitable.",
        "Une présence ponctuelle à Paris est demandée pour les sessions.",
        "Réunions d'équipe à Paris une fois par mois.",
        "Nous t'attendons à Paris 2 jours par mois pour nos séminaires.",
        "L'équipe est principalement à Paris, aussi à Nantes.",
        "Poste basé à nice endroit.",
        "Les acteurs locaux de Lyon sont mobilisés.",
        "Écrivez-nous à l'adresse : candidatures@paris.fr",
        "Le musée de la ville est situé à 20 km de Lyon.",
        "Une base de données des communes de Lyon.",
        "Télétravail partiel possible, avec 2 jours par mois à Paris.",
        "Le poste est basé dans le Vaucluse.",
        "La formation se déroulera à Lyon.",
        "La startup est incubée au sein de l'incubateur de l'agence à Paris.",
        "Le poste est basé à Paris-Saclay.",
        "- Camille, développeuse, dans l'équipe depuis 2022, basée à Dijon.",
    ] {
        assert_eq!(city(text), None, "{text}");
    }
}

#[test]
fn title_origin() {
    let t = |s: &str| {
        find_locations(s, Origin::Title)
            .into_iter()
            .find_map(|h| h.value.city)
    };
    assert_eq!(t("Développeur·se à Lyon").as_deref(), Some("Lyon"));
    assert_eq!(t("Chargé de mission - Rennes").as_deref(), Some("Rennes"));
    assert_eq!(t("Data scientist (Bordeaux)").as_deref(), Some("Bordeaux"));
    assert_eq!(t("Rejoignez l'équipe à Etalab"), None);
    assert_eq!(t("Paris 2024 : chef de projet"), None);
    assert_eq!(t("Chef de projet - Orange"), None);
}

#[test]
fn values() {
    let v = |s: &str| location_from_value(s).map(|l| (l.city, l.address, l.postal_code));
    let s = |x: &str| Some(x.to_string());
    assert_eq!(v("Paris"), Some((s("Paris"), None, None)));
    assert_eq!(v("paris"), Some((s("Paris"), None, None)));
    assert_eq!(v("Paris 7e"), Some((s("Paris"), None, None)));
    assert_eq!(v("Lyon (69)"), Some((s("Lyon"), None, None)));
    assert_eq!(
        v("20 avenue de Ségur, 75007 Paris"),
        Some((s("Paris"), s("20 avenue de Ségur"), s("75007")))
    );
    assert_eq!(
        v("12 rue de Lyon, 75012 Paris"),
        Some((s("Paris"), s("12 rue de Lyon"), s("75012")))
    );
    assert_eq!(
        v("DINUM, 20 avenue de Ségur, Paris"),
        Some((s("Paris"), s("20 avenue de Ségur"), None))
    );
    assert_eq!(
        v("Montreuil-Bellay"),
        Some((s("Montreuil-Bellay"), None, None))
    );
    assert_eq!(
        v("3 place du Marché, 49260 Montreuil-Bellay"),
        Some((s("Montreuil-Bellay"), s("3 place du Marché"), s("49260")))
    );
    assert_eq!(v("Paris ou télétravail"), Some((s("Paris"), None, None)));
    assert_eq!(v("75007"), Some((s("Paris"), None, s("75007"))));
    for none in [
        "Télétravail",
        "teletravail",
        "Remote",
        "France",
        "Île-de-France",
        "",
        "  ",
        "à distance",
        "N/A",
    ] {
        assert_eq!(v(none), None, "{none}");
    }
}

#[test]
fn resolution() {
    let l = |c: Option<&str>, a: Option<&str>, p: Option<&str>| Location {
        city: c.map(str::to_string),
        address: a.map(str::to_string),
        postal_code: p.map(str::to_string),
        ..Location::default()
    };
    // Front matter first.
    let hits = [
        (Origin::Body, l(Some("Lyon"), None, None)),
        (Origin::FrontMatter, l(Some("Paris"), None, None)),
        (
            Origin::Body,
            l(Some("Paris"), Some("20 avenue de Ségur"), Some("75007")),
        ),
    ];
    assert_eq!(
        resolve_location(&hits),
        Some(l(Some("Paris"), Some("20 avenue de Ségur"), Some("75007")))
    );
    // Never an address of another city.
    let hits = [
        (Origin::Body, l(Some("Lyon"), None, None)),
        (Origin::Body, l(Some("Paris"), Some("1 rue X"), None)),
    ];
    assert_eq!(resolve_location(&hits), Some(l(Some("Lyon"), None, None)));
    // An address without city joins only when its postal code is in the city's département.
    let hits = [
        (Origin::Body, l(Some("Paris"), None, None)),
        (Origin::Body, l(None, Some("1 rue X"), Some("75001"))),
    ];
    assert_eq!(
        resolve_location(&hits),
        Some(l(Some("Paris"), Some("1 rue X"), Some("75001")))
    );
    let hits = [
        (Origin::Body, l(Some("Paris"), None, None)),
        (Origin::Body, l(None, Some("1 rue X"), Some("69001"))),
    ];
    assert_eq!(resolve_location(&hits), Some(l(Some("Paris"), None, None)));
    let hits = [
        (Origin::Body, l(Some("Paris"), None, None)),
        (Origin::Body, l(None, Some("avenue du Maine"), None)),
    ];
    assert_eq!(resolve_location(&hits), Some(l(Some("Paris"), None, None)));
    // Only an address.
    let hits = [(Origin::Body, l(None, Some("avenue du Maine"), None))];
    assert_eq!(
        resolve_location(&hits),
        Some(l(None, Some("avenue du Maine"), None))
    );
    assert_eq!(resolve_location(&[]), None);
}

#[test]
fn location_spellings() {
    for text in [
        "Poste basé à Saint-Étienne",
        "Poste base a Saint-Etienne",
        "Poste basé à Saint Étienne",
        "Poste basé\u{a0}à Saint-Étienne",
        "POSTE BASÉ À SAINT-ÉTIENNE",
        "Vous serez basé•e à Saint-Étienne",
        "Vous serez basé-e à Saint-Étienne",
        "Lieu\u{a0}: Saint-Étienne",
    ] {
        assert_eq!(city(text).as_deref(), Some("Saint-Étienne"), "{text}");
    }
}

#[test]
fn several_sentences() {
    let text = "Le poste est à pourvoir vite. Nos bureaux accueillent le public. La semaine \
                commence lundi.\n- Poste basé à Rennes.\n- Nos locaux sont situés à Rennes, 3 \
                rue du Pré.\nDéplacements à Paris.";
    let l = find_locations(text, Origin::Body);
    assert_eq!(l.len(), 2);
    assert_eq!(l[0].value.city.as_deref(), Some("Rennes"));
    assert_eq!(l[1].value.address.as_deref(), Some("3 rue du Pré"));
    assert_eq!(&text[l[0].start..l[0].end], "Rennes");
}

#[test]
fn spans_point_at_the_words() {
    let text = "Intro.\nLe poste est basé à Saint-Étienne.\nLe télétravail est possible.";
    let l = find_locations(text, Origin::Body);
    assert_eq!(&text[l[0].start..l[0].end], "Saint-Étienne");
    let r = find_remote(text, Origin::Body);
    assert_eq!(&text[r[0].start..r[0].end], "Le télétravail est possible.");
}

#[test]
fn fuzz_no_panic() {
    const PIECES: &[&str] = &[
        "basé",
        "à",
        "Paris",
        " ",
        "é",
        "·e",
        "(",
        ")",
        "7e",
        "75007",
        "20",
        "avenue",
        "de",
        "Ségur",
        ",",
        ".",
        ";",
        "télétravail",
        "jusqu'à",
        "2",
        "jours",
        "par",
        "semaine",
        "/",
        "sur site",
        "présence",
        "locaux",
        "nos",
        "Lieu",
        ":",
        "\n",
        "😀",
        "’",
        "\u{a0}",
        "-",
        "Saint-Denis",
        "au",
        "Havre",
        "pas de",
        "100",
        "%",
        "j",
        "et demi",
        "dont",
        "rue",
        "bd.",
        "Où ?",
        "de la",
        "Défense",
        "ou",
        "Lyon",
        "2024",
        "full remote",
        "ème",
        "(75)",
        "İ",
        "e\u{301}",
        "Ω",
        "ẞ",
        "Lieu :",
        "sur",
        "75",
        "semaine à",
        "Nous rejoindre",
        "jours de télétravail :",
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for _ in 0..4000 {
        let n = usize::try_from(next() % 24).unwrap();
        let mut s = String::new();
        for _ in 0..n {
            let p = PIECES[usize::try_from(next() % PIECES.len() as u64).unwrap()];
            s.push_str(p);
            if next() % 3 == 0 {
                s.push(' ');
            }
        }
        for o in [Origin::Body, Origin::Title, Origin::Heading] {
            for h in find_locations(&s, o) {
                assert!(
                    s.is_char_boundary(h.start) && s.is_char_boundary(h.end) && h.start <= h.end
                );
            }
            for h in find_remote(&s, o) {
                assert!(
                    s.is_char_boundary(h.start) && s.is_char_boundary(h.end) && h.start <= h.end
                );
            }
        }
        let _ = location_from_value(&s);
        let _ = remote_from_value(&s);
    }
}

#[test]
fn place_headings() {
    for title in [
        "Lieu",
        "Lieu de travail :",
        "Localisation du poste",
        "Où ?",
        "Adresse",
    ] {
        assert!(is_place_heading(title), "{title}");
    }
    for title in ["Site", "Où", "Profil", "Lieux de vie des usagers"] {
        assert!(!is_place_heading(title), "{title}");
    }
}
