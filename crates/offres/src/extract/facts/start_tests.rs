use super::*;
use crate::extract::facts::closing::find_closing;

/// Collect every failing case of a table before failing, so one run shows them all.
fn check<I: std::fmt::Debug, O: PartialEq + std::fmt::Debug>(
    cases: impl IntoIterator<Item = (I, O)>,
    f: impl Fn(&I) -> O,
) {
    let mut bad = Vec::new();
    for (input, want) in cases {
        let got = f(&input);
        if got != want {
            bad.push(format!("{input:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(bad.is_empty(), "{} failing:\n{}", bad.len(), bad.join("\n"));
}

fn starts(text: &str, year: Option<i32>) -> Vec<String> {
    find_start(text, Origin::Body, year)
        .into_iter()
        .map(|h| h.value.to_string())
        .collect()
}

fn first_start(text: &str, year: Option<i32>) -> Option<String> {
    starts(text, year).into_iter().next()
}

#[test]
fn start_serialises_as_a_string() {
    let asap = serde_json::to_string(&Start::Asap).unwrap();
    assert_eq!(asap, "\"asap\"");
    let d = Start::Date("2020-09".parse().unwrap());
    assert_eq!(serde_json::to_string(&d).unwrap(), "\"2020-09\"");
    for s in ["\"asap\"", "\"2020-09\"", "\"2021-03-01\"", "\"2021\""] {
        let v: Start = serde_json::from_str(s).unwrap();
        assert_eq!(serde_json::to_string(&v).unwrap(), s);
    }
    assert!(serde_json::from_str::<Start>("\"bientôt\"").is_err());
    assert_eq!("ASAP".parse::<Start>().unwrap(), Start::Asap);
}

#[test]
fn french_dates() {
    let cases: &[(&str, Option<i32>, Option<&str>)] = &[
        ("21 juillet 2020", None, Some("2020-07-21")),
        ("1er mars 2021", None, Some("2021-03-01")),
        ("1ER MARS 2021", None, Some("2021-03-01")),
        ("premier mars 2021", None, Some("2021-03-01")),
        ("le 3 février 2022.", None, Some("2022-02-03")),
        ("lundi 3 janvier 2022", None, Some("2022-01-03")),
        ("mai 2020", None, Some("2020-05")),
        ("Mai 2020", None, Some("2020-05")),
        ("septembre", Some(2021), Some("2021-09")),
        ("septembre", None, None),
        ("21/07/2020", None, Some("2020-07-21")),
        ("21.07.2020", None, Some("2020-07-21")),
        ("01/09/21", None, Some("2021-09-01")),
        ("09/2021", None, Some("2021-09")),
        ("2020-07-21", None, Some("2020-07-21")),
        ("2020-07", None, Some("2020-07")),
        ("début septembre 2020", None, Some("2020-09")),
        ("Début Septembre 2020", None, Some("2020-09")),
        ("mi-novembre 2018", None, Some("2018-11")),
        ("fin août 2021", None, Some("2021-08")),
        ("la rentrée 2020", None, Some("2020-09")),
        ("rentrée", Some(2022), Some("2022-09")),
        ("début 2021", None, Some("2021")),
        ("2021", None, Some("2021")),
        ("25 juin", Some(2020), Some("2020-06-25")),
        ("25 juin", None, None),
        ("1er sept. 2020", None, Some("2020-09-01")),
        ("2021-03-31T23:30:00Z", None, Some("2021-03-31")),
        // not dates
        ("31 février 2021", None, None),
        ("32 mai 2020", None, None),
        ("2 ans", None, None),
        ("sept jours", Some(2020), None),
        ("3/5", Some(2020), None),
        ("mai 2020 et juin", None, None),
        ("13/2021", None, None),
        ("", None, None),
        ("Paris", None, None),
        ("1850", None, None),
    ];
    check(
        cases
            .iter()
            .map(|&(t, y, w)| ((t, y), w.map(str::to_owned))),
        |&(t, y)| parse_french_date(t, y).map(|d| d.to_string()),
    );
}

#[test]
fn asap_starts() {
    let cases = [
        "- démarrage dès que possible.",
        "Démarrage : dès que possible !",
        "Démarrage dés que possible.",
        "DÉMARRAGE DÈS QUE POSSIBLE",
        "Démarrage ASAP.",
        "- Démarrage au plus vite",
        "Démarrage immédiat",
        "Poste à pourvoir dès que possible",
        "**Poste à pourvoir immédiatement**",
        "Le poste est à pourvoir dès que possible !",
        "Prise de poste immédiate.",
        "🚀 Prise de poste le plus rapidement possible",
        "Date de début souhaitée : dès que possible",
        "* Début de la mission : dès que possible",
        "* Début de la mission **dès que possible.**",
        "- Début : dès que tu peux :)",
        "Début souhaité : dès que possible",
        "- disponible **dès que possible**",
        "Disponibilité : immédiate",
        "Stage de 4 à 6 mois qui débute dès que possible.",
        "Vous pourrez commencer au plus tôt.",
        "Nous souhaitons trouver quelqu’un pour endosser dès que possible le rôle de référent.",
        "Nous recherchons un·e développeur·se, dès que possible, pour rejoindre l'équipe.",
        "Entrée en fonction : dès que possible",
    ];
    check(cases.iter().map(|&t| (t, vec!["asap".to_owned()])), |t| {
        starts(t, None)
    });
}

#[test]
fn dated_starts() {
    let cases: &[(&str, Option<i32>, &str)] = &[
        (
            "Nous cherchons dès mai 2020 une personne pour rejoindre l’équipe.",
            None,
            "2020-05",
        ),
        (
            "Vous rejoindrez l'équipe à partir de mai 2020.",
            None,
            "2020-05",
        ),
        ("- Démarrage début septembre 2020.", None, "2020-09"),
        ("Démarrage le 1er mars 2021", None, "2021-03-01"),
        ("Prise de poste : 01/09/2021", None, "2021-09-01"),
        (
            "Poste à pourvoir à partir du 15/03/2021.",
            None,
            "2021-03-15",
        ),
        ("Date de démarrage : janvier 2022", None, "2022-01"),
        ("Démarrage janvier 2022.", None, "2022-01"),
        ("Démarrage en juillet 2018", None, "2018-07"),
        ("Démarrage possible dès janvier 2022.", None, "2022-01"),
        ("*Démarrage : début avril 2022*", None, "2022-04"),
        ("- Démarrage mi-novembre 2018", None, "2018-11"),
        (
            "Démarrage à partir de début Octobre.",
            Some(2021),
            "2021-10",
        ),
        ("Démarrage début 2021", None, "2021"),
        ("Démarrage prévu pour la rentrée 2020.", None, "2020-09"),
        (
            "- CDD de 10 mois, à partir du 1er février 2018.",
            None,
            "2018-02-01",
        ),
        (
            "L'équipe recherche un·e développeur·se web full-stack à partir de mi-novembre 2018.",
            None,
            "2018-11",
        ),
        ("Vous commencerez le 4 janvier 2021.", None, "2021-01-04"),
        ("La mission démarrera en octobre 2021.", None, "2021-10"),
        (
            "À partir de **mai**, vous accompagnerez les agents.",
            Some(2022),
            "2022-05",
        ),
        (
            "Nous recrutons dès septembre un·e designer.",
            Some(2021),
            "2021-09",
        ),
        ("Poste à pourvoir au 1er septembre 2021", None, "2021-09-01"),
        ("Date d'arrivée souhaitée : 2021-09-01", None, "2021-09-01"),
        (
            "Poste vacant à compter du 1er juillet 2022",
            None,
            "2022-07-01",
        ),
        (
            "Prise de fonctions le lundi 3 janvier 2022.",
            None,
            "2022-01-03",
        ),
        ("Start date: September 2021", None, "2021-09"),
    ];
    check(
        cases.iter().map(|&(t, y, w)| ((t, y), Some(w.to_owned()))),
        |&(t, y)| first_start(t, y),
    );
}

#[test]
fn start_near_misses() {
    let cases: &[(&str, Option<i32>)] = &[
        ("Le plan d’action lancé par l’État en novembre 2021.", None),
        (
            "Les projets de la 4e promotion, qui commencera en septembre 2020, sont variés.",
            None,
        ),
        (
            "[Les projets de la 5e promotion, qui commencera en septembre 2021](https://x.fr)",
            None,
        ),
        (
            "Le programme commencera en janvier 2021 et vous y participerez.",
            None,
        ),
        (
            "En septembre, nous serons rejointes par un développeur et une designer.",
            Some(2020),
        ),
        ("L'équipe travaille sur ce produit depuis mai 2020.", None),
        ("Le service a été créé en 2019.", None),
        ("Article publié le 3 mars 2021.", None),
        (
            "Notre mission : répondre dès que possible aux usagers.",
            None,
        ),
        (
            "(mail, téléphone, prise de rendez-vous, demande de rappel dès que possible, chat)",
            None,
        ),
        (
            "Lancer une solution le plus rapidement possible pour la tester.",
            None,
        ),
        ("Itérer et tester au plus vite nos hypothèses.", None),
        (
            "Vous aimez vous confronter le plus rapidement possible aux utilisateurs.",
            None,
        ),
        ("Nous vous invitons à postuler dès que possible.", None),
        (
            "Le service doit être harmonisé nationalement dès 2022.",
            None,
        ),
        ("Consultez notre kit de démarrage en ligne.", None),
        ("Le démarrage du projet est prévu en janvier 2021.", None),
        ("La cartographie sera disponible en septembre 2021.", None),
        ("Des données disponibles à partir de 2015.", None),
        (
            "À partir de 2021, la loi impose la publication des données.",
            None,
        ),
        ("Elle a fait ses débuts en mars 2019.", None),
        ("Son arrivée en septembre 2020 a tout changé.", None),
        (
            "Lisez notre guide pour les start-up d'État : septembre 2021.",
            None,
        ),
        ("Nous commencerons les entretiens en juin 2021.", None),
        (
            "Les agents sélectionnés commenceront dès janvier 2021.",
            None,
        ),
        ("Rendez-vous dès septembre pour la suite.", Some(2021)),
        ("dès septembre", None),
    ];
    check(
        cases.iter().map(|&(t, y)| ((t, y), Vec::<String>::new())),
        |&(t, y)| starts(t, y),
    );
}

#[test]
fn start_hits_point_at_the_words() {
    let text = "Modalités : CDD de 3 ans ; démarrage dès que possible.";
    let hits = find_start(text, Origin::Body, None);
    assert_eq!(hits.len(), 1);
    assert_eq!(
        &text[hits[0].start..hits[0].end],
        "démarrage dès que possible"
    );
    let text = "Nous cherchons dès mai 2020 une personne.";
    let hits = find_start(text, Origin::Body, None);
    assert_eq!(&text[hits[0].start..hits[0].end], "dès mai 2020");
}

#[test]
fn hits_on_several_lines_map_back_to_the_text() {
    let text = "## Qui sommes-nous ?\n\nUne équipe de 5 personnes, créée en 2019.\n\n\
                ## Modalités\n\n- CDD de 3 ans ;\n- démarrage dès que possible ;\n\
                - poste basé à Paris ;\n- candidatures jusqu’au 15 mars 2021.\n";
    let s = find_start(text, Origin::Body, None);
    assert_eq!(s.len(), 1);
    assert_eq!(&text[s[0].start..s[0].end], "démarrage dès que possible");
    let c = find_closing(text, Origin::Body, None);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].value.to_string(), "2021-03-15");
    assert_eq!(&text[c[0].start..c[0].end], "jusqu’au 15 mars 2021");
    // A very long line: only the part around the cue is read.
    let long = format!(
        "{} Démarrage le 1er mars 2021. {}",
        "texte ".repeat(600),
        "suite ".repeat(600)
    );
    let s = find_start(&long, Origin::Body, None);
    assert_eq!(s.len(), 1);
    assert_eq!(&long[s[0].start..s[0].end], "Démarrage le 1er mars 2021");
}

#[test]
fn titles_use_the_same_rules() {
    let t = |s: &str| {
        find_start(s, Origin::Title, Some(2021))
            .first()
            .map(|h| h.value.to_string())
    };
    assert_eq!(
        t("Développeur·se full-stack – démarrage septembre 2021").as_deref(),
        Some("2021-09")
    );
    assert_eq!(t("Chef·fe de projet (CDD 3 ans)"), None);
}

#[test]
fn front_matter_values() {
    let fm = |s: &str| {
        find_start(s, Origin::FrontMatter, Some(2021))
            .into_iter()
            .map(|h| h.value.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(fm("dès que possible"), ["asap"]);
    assert_eq!(fm("ASAP"), ["asap"]);
    assert_eq!(fm("2021-09-01"), ["2021-09-01"]);
    assert_eq!(fm("septembre 2021"), ["2021-09"]);
    assert_eq!(fm("septembre"), ["2021-09"]);
    assert_eq!(
        fm("Rejoignez-nous ! Nous cherchons quelqu'un pour assurer le suivi à partir de mai 2020."),
        ["2020-05"]
    );
    assert!(fm("Paris").is_empty());
}

#[test]
fn two_starts_in_order() {
    let text = "Démarrage dès que possible. Poste à pourvoir au 1er mars 2021.";
    assert_eq!(starts(text, None), ["asap", "2021-03-01"]);
    // The hire joins in May; a programme starting in September is not the start.
    let text = "La promotion, qui commencera en septembre 2020, compte 40 personnes. \
                Nous cherchons dès mai 2020 une personne pour rejoindre l’équipe. \
                En septembre, nous serons rejointes par un développeur.";
    assert_eq!(starts(text, Some(2020)), ["2020-05"]);
}

#[test]
fn closing_dates() {
    let cases: &[(&str, Option<i32>, Option<&str>)] = &[
        (
            "Date limite de candidature : 30 avril 2021",
            None,
            Some("2021-04-30"),
        ),
        (
            "**Date limite de candidature : 25 juin**",
            Some(2020),
            Some("2020-06-25"),
        ),
        (
            "Date limite de dépôt des candidatures : le 15/03/2021.",
            None,
            Some("2021-03-15"),
        ),
        (
            "Candidatures jusqu’au 15 mars",
            Some(2021),
            Some("2021-03-15"),
        ),
        (
            "Vous pouvez postuler jusqu'au 1er juin 2021.",
            None,
            Some("2021-06-01"),
        ),
        (
            "Envoyez votre CV à recrutement@exemple.fr avant le 31 mai 2020**",
            None,
            Some("2020-05-31"),
        ),
        (
            "Clôture des candidatures le 12 février 2022.",
            None,
            Some("2022-02-12"),
        ),
        ("Date de clôture : 2022-02-12", None, Some("2022-02-12")),
        (
            "Les candidatures sont ouvertes jusqu'au 20 septembre 2021 inclus.",
            None,
            Some("2021-09-20"),
        ),
        // near-misses
        (
            "CDD au sein de la direction jusqu'au 31 décembre 2023.",
            None,
            None,
        ),
        (
            "L'équipe sera en vacances jusqu'au 15 août : nous lirons ta candidature ensuite.",
            Some(2021),
            None,
        ),
        (
            "Durée : début avril, jusqu’au moins fin août.",
            Some(2021),
            None,
        ),
        ("Date limite dépassée sur un produit.", None, None),
        ("Candidatures jusqu'au 15 mars", None, None),
    ];
    check(
        cases
            .iter()
            .map(|&(t, y, w)| ((t, y), w.map(str::to_owned))),
        |&(t, y)| {
            find_closing(t, Origin::Body, y)
                .first()
                .map(|h| h.value.to_string())
        },
    );
}

/// Tiny xorshift PRNG: the finders must never panic, whatever the input.
#[test]
fn fuzz_no_panic() {
    let pieces = [
        "démarrage",
        "dès",
        "des",
        "que",
        "possible",
        "à partir du",
        "1er",
        "mars",
        "2021",
        "/",
        "-",
        "12",
        "31/02/2020",
        "2020-13-45",
        "mi-",
        "début",
        " ",
        "\n",
        ".",
        ":",
        "é",
        "’",
        "«",
        "😀",
        "poste à pourvoir",
        "commencera",
        "vous",
        "jusqu'au",
        "candidature",
        "date limite",
        "rentrée",
        "sept",
        "prise de poste",
        "disponible",
        "\u{a0}",
        "9999",
        "0",
        "er",
        "le",
    ];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..3000 {
        let mut s = String::new();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let n = usize::try_from(x % 24).unwrap_or(0);
        for _ in 0..n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push_str(pieces[usize::try_from(x % 1024).unwrap_or(0) % pieces.len()]);
        }
        for origin in [Origin::Body, Origin::FrontMatter, Origin::Title] {
            for h in find_start(&s, origin, Some(2021)) {
                assert!(
                    h.start <= h.end && s.is_char_boundary(h.start) && s.is_char_boundary(h.end)
                );
            }
            for h in find_closing(&s, origin, None) {
                assert!(
                    h.start <= h.end && s.is_char_boundary(h.start) && s.is_char_boundary(h.end)
                );
            }
        }
        let _ = parse_french_date(&s, Some(2020));
    }
}
