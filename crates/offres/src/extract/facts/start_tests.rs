//! The start's phrase tables (with dates read on their own), and its other tests.

use super::*;
use crate::extract::facts::closing::find_closing;
use crate::extract::facts::tester::test_rule;

/// The year a page was posted, for the tables of dates written without a year.
const YEAR: i32 = 2021;

/// Every start read in `text` (`asap` or a date), in the order written.
fn starts(text: &str, origin: Origin, year: Option<i32>) -> Option<String> {
    let all: Vec<String> = find_start(text, origin, year)
        .iter()
        .map(|h| h.value.to_string())
        .collect();
    (!all.is_empty()).then(|| all.join(", "))
}

/// Starts in prose, on a page whose year is unknown.
#[rustfmt::skip]
const PASS: &[(&str, &str)] = &[
    ("- démarrage dès que possible.", "asap"),
    ("Démarrage : dès que possible !", "asap"),
    ("Démarrage dés que possible.", "asap"),
    ("DÉMARRAGE DÈS QUE POSSIBLE", "asap"),
    ("Démarrage ASAP.", "asap"),
    ("- Démarrage au plus vite", "asap"),
    ("Démarrage immédiat", "asap"),
    ("Poste à pourvoir dès que possible", "asap"),
    ("**Poste à pourvoir immédiatement**", "asap"),
    ("Le poste est à pourvoir dès que possible !", "asap"),
    ("Prise de poste immédiate.", "asap"),
    ("🚀 Prise de poste le plus rapidement possible", "asap"),
    ("Date de début souhaitée : dès que possible", "asap"),
    ("* Début de la mission : dès que possible", "asap"),
    ("* Début de la mission **dès que possible.**", "asap"),
    ("- Début : dès que tu peux :)", "asap"),
    ("Début souhaité : dès que possible", "asap"),
    ("- disponible **dès que possible**", "asap"),
    ("Disponibilité : immédiate", "asap"),
    ("Stage de 4 à 6 mois qui débute dès que possible.", "asap"),
    ("Vous pourrez commencer au plus tôt.", "asap"),
    (
        "Nous souhaitons trouver quelqu’un pour endosser dès que possible le rôle de référent.",
        "asap",
    ),
    (
        "Nous recherchons un·e développeur·se, dès que possible, pour rejoindre l'équipe.",
        "asap",
    ),
    ("Entrée en fonction : dès que possible", "asap"),
    ("Nous cherchons dès mai 2020 une personne pour rejoindre l’équipe.", "2020-05"),
    ("Vous rejoindrez l'équipe à partir de mai 2020.", "2020-05"),
    ("- Démarrage début septembre 2020.", "2020-09"),
    ("Démarrage le 1er mars 2021", "2021-03-01"),
    ("Prise de poste : 01/09/2021", "2021-09-01"),
    ("Poste à pourvoir à partir du 15/03/2021.", "2021-03-15"),
    ("Date de démarrage : janvier 2022", "2022-01"),
    ("Démarrage janvier 2022.", "2022-01"),
    ("Démarrage en juillet 2018", "2018-07"),
    ("Démarrage possible dès janvier 2022.", "2022-01"),
    ("*Démarrage : début avril 2022*", "2022-04"),
    ("- Démarrage mi-novembre 2018", "2018-11"),
    ("Démarrage début 2021", "2021"),
    ("Démarrage prévu pour la rentrée 2020.", "2020-09"),
    ("- CDD de 10 mois, à partir du 1er février 2018.", "2018-02-01"),
    (
        "L'équipe recherche un·e développeur·se web full-stack à partir de mi-novembre 2018.",
        "2018-11",
    ),
    ("Vous commencerez le 4 janvier 2021.", "2021-01-04"),
    ("La mission démarrera en octobre 2021.", "2021-10"),
    ("Poste à pourvoir au 1er septembre 2021", "2021-09-01"),
    ("Date d'arrivée souhaitée : 2021-09-01", "2021-09-01"),
    ("Poste vacant à compter du 1er juillet 2022", "2022-07-01"),
    ("Prise de fonctions le lundi 3 janvier 2022.", "2022-01-03"),
    ("Start date: September 2021", "2021-09"),
    // Two starts, in the order written.
    ("Démarrage dès que possible. Poste à pourvoir au 1er mars 2021.", "asap, 2021-03-01"),
];

/// Dates that are not the job's start; "as soon as possible" about something else.
const FAIL: &[&str] = &[
    "Le plan d’action lancé par l’État en novembre 2021.",
    "Les projets de la 4e promotion, qui commencera en septembre 2020, sont variés.",
    "[Les projets de la 5e promotion, qui commencera en septembre 2021](https://x.fr)",
    "Le programme commencera en janvier 2021 et vous y participerez.",
    "L'équipe travaille sur ce produit depuis mai 2020.",
    "Le service a été créé en 2019.",
    "Article publié le 3 mars 2021.",
    "Notre mission : répondre dès que possible aux usagers.",
    "(mail, téléphone, prise de rendez-vous, demande de rappel dès que possible, chat)",
    "Lancer une solution le plus rapidement possible pour la tester.",
    "Itérer et tester au plus vite nos hypothèses.",
    "Vous aimez vous confronter le plus rapidement possible aux utilisateurs.",
    "Nous vous invitons à postuler dès que possible.",
    "Le service doit être harmonisé nationalement dès 2022.",
    "Consultez notre kit de démarrage en ligne.",
    "Le démarrage du projet est prévu en janvier 2021.",
    "La cartographie sera disponible en septembre 2021.",
    "Des données disponibles à partir de 2015.",
    "À partir de 2021, la loi impose la publication des données.",
    "Elle a fait ses débuts en mars 2019.",
    "Son arrivée en septembre 2020 a tout changé.",
    "Lisez notre guide pour les start-up d'État : septembre 2021.",
    "Nous commencerons les entretiens en juin 2021.",
    "Les agents sélectionnés commenceront dès janvier 2021.",
    "dès septembre",
];

#[test]
fn start_phrases() {
    let read = |text: &str| starts(text, Origin::Body, None);
    test_rule("start", Some(Fact::Start), read, PASS, FAIL);
}

/// Starts in prose on a page of [`YEAR`]: a month without a year takes it.
#[rustfmt::skip]
const PASS_IN_YEAR: &[(&str, &str)] = &[
    ("Démarrage à partir de début Octobre.", "2021-10"),
    ("À partir de **mai**, vous accompagnerez les agents.", "2021-05"),
    ("Nous recrutons dès septembre un·e designer.", "2021-09"),
    ("Candidatures ouvertes : démarrage en novembre.", "2021-11"),
];

/// Months that are not the job's start, on a page of [`YEAR`].
const FAIL_IN_YEAR: &[&str] = &[
    "En septembre, nous serons rejointes par un développeur et une designer.",
    "Rendez-vous dès septembre pour la suite.",
    "Les ateliers reprennent à partir de mars avec les usagers.",
    "Le service a ouvert en avril dans trois départements.",
    "Dès juin, les premiers usagers testeront le service.",
];

#[test]
fn start_phrases_on_a_page_of_the_year() {
    let read = |text: &str| starts(text, Origin::Body, Some(YEAR));
    test_rule(
        "start in year",
        Some(Fact::Start),
        read,
        PASS_IN_YEAR,
        FAIL_IN_YEAR,
    );
}

/// Titles read with the same rules as prose.
#[rustfmt::skip]
const TITLES: &[(&str, &str)] = &[
    ("Développeur·se full-stack – démarrage septembre 2021", "2021-09"),
    ("Chargé·e de déploiement – poste à pourvoir dès que possible", "asap"),
    ("Développeur·se (démarrage ASAP)", "asap"),
    ("Stage de 6 mois à partir de mars 2022", "2022-03"),
];

/// Titles with a date or a duration that is not the start.
const NOT_TITLES: &[&str] = &[
    "Chef·fe de projet (CDD 3 ans)",
    "Designer – lancement du produit en septembre 2021",
    "Bilan de la promotion 2021",
    "Rétrospective : les débuts du service en 2021",
    "Les 12 startups de la rentrée 2021",
];

#[test]
fn titles_use_the_same_rules() {
    let read = |text: &str| starts(text, Origin::Title, Some(YEAR));
    test_rule("start titles", Some(Fact::Start), read, TITLES, NOT_TITLES);
}

/// A front matter value that is itself a start is taken whole, trigger word or not.
#[rustfmt::skip]
const VALUES: &[(&str, &str)] = &[
    ("dès que possible", "asap"),
    ("ASAP", "asap"),
    ("Immédiat", "asap"),
    ("Au plus tôt", "asap"),
    ("2021-09-01", "2021-09-01"),
    ("2021-09-01T00:00:00Z", "2021-09-01"),
    ("septembre 2021", "2021-09"),
    ("septembre", "2021-09"),
    (
        "Rejoignez-nous ! Nous cherchons quelqu'un pour assurer le suivi à partir de mai 2020.",
        "2020-05",
    ),
];

/// Front matter values that name no start.
const NOT_VALUES: &[&str] = &[
    "Paris",
    "À définir",
    "Selon disponibilités",
    "CDD 3 ans",
    "12 mois",
    "Temps plein",
    "Flexible",
];

#[test]
fn front_matter_values() {
    let read = |text: &str| starts(text, Origin::FrontMatter, Some(YEAR));
    test_rule("start values", None, read, VALUES, NOT_VALUES);
}

/// French dates as [`parse_french_date`] reads a whole value, on a page whose year is
/// unknown.
#[rustfmt::skip]
const DATES: &[(&str, &str)] = &[
    ("21 juillet 2020", "2020-07-21"),
    ("1er mars 2021", "2021-03-01"),
    ("1ER MARS 2021", "2021-03-01"),
    ("premier mars 2021", "2021-03-01"),
    ("le 3 février 2022.", "2022-02-03"),
    ("lundi 3 janvier 2022", "2022-01-03"),
    ("mai 2020", "2020-05"),
    ("Mai 2020", "2020-05"),
    ("21/07/2020", "2020-07-21"),
    ("21.07.2020", "2020-07-21"),
    ("01/09/21", "2021-09-01"),
    ("09/2021", "2021-09"),
    ("2020-07-21", "2020-07-21"),
    ("2020-07", "2020-07"),
    ("début septembre 2020", "2020-09"),
    ("Début Septembre 2020", "2020-09"),
    ("mi-novembre 2018", "2018-11"),
    ("fin août 2021", "2021-08"),
    ("la rentrée 2020", "2020-09"),
    ("début 2021", "2021"),
    ("2021", "2021"),
    ("1er sept. 2020", "2020-09-01"),
    ("2021-03-31T23:30:00Z", "2021-03-31"),
];

/// Impossible dates, durations, numbers, text after the date, months without a year.
const NOT_DATES: &[&str] = &[
    "septembre",
    "25 juin",
    "31 février 2021",
    "32 mai 2020",
    "2 ans",
    "mai 2020 et juin",
    "13/2021",
    "",
    "Paris",
    "1850",
];

#[test]
fn french_dates() {
    let read = |text: &str| parse_french_date(text, None).map(|d| d.to_string());
    test_rule("french dates", None, read, DATES, NOT_DATES);
}

/// Dates without a year on a page of [`YEAR`].
const DATES_IN_YEAR: &[(&str, &str)] = &[
    ("septembre", "2021-09"),
    ("rentrée", "2021-09"),
    ("25 juin", "2021-06-25"),
];

/// Words that look like a month or a day, on a page of [`YEAR`].
const NOT_DATES_IN_YEAR: &[&str] = &["sept jours", "3/5", "mars et avril", "le 45 mai"];

#[test]
fn french_dates_on_a_page_of_the_year() {
    let read = |text: &str| parse_french_date(text, Some(YEAR)).map(|d| d.to_string());
    test_rule(
        "french dates in year",
        None,
        read,
        DATES_IN_YEAR,
        NOT_DATES_IN_YEAR,
    );
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
fn the_hire_s_start_not_the_programme_s() {
    // The hire joins in May; a programme starting in September is not the start.
    let text = "La promotion, qui commencera en septembre 2020, compte 40 personnes. \
                Nous cherchons dès mai 2020 une personne pour rejoindre l’équipe. \
                En septembre, nous serons rejointes par un développeur.";
    assert_eq!(
        starts(text, Origin::Body, Some(2020)).as_deref(),
        Some("2020-05")
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
