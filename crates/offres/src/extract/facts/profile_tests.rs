use super::education::find_education;
use super::experience::find_experience;
use super::languages::find_languages;
use super::skills::{SkillKind, skill_kind};
use super::team_size::find_team_size;
use super::tech::{find_tech, tech_from_value};
use crate::model::{Education, Experience, Skills};

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

type Years = Option<(Option<u8>, Option<u8>)>;

fn exp(text: &str) -> Years {
    find_experience(text)
        .first()
        .map(|h| (h.value.min_years, h.value.max_years))
}

#[test]
fn experience_years() {
    let cases: &[(&str, Years)] = &[
        (
            "5 années d’expérience professionnelle sur des sujets proches",
            Some((Some(5), None)),
        ),
        ("3 ans d'expérience minimum", Some((Some(3), None))),
        (
            "Au moins 2 ans d'expérience dans le développement web ;",
            Some((Some(2), None)),
        ),
        (
            "* D’au moins 5 ans d’expérience en devops",
            Some((Some(5), None)),
        ),
        (
            "Vous avez au moins un an d’expérience.",
            Some((Some(1), None)),
        ),
        (
            "Trois ans d'expérience en gestion de projet",
            Some((Some(3), None)),
        ),
        ("TROIS ANS D'EXPERIENCE", Some((Some(3), None))),
        ("5+ ans d'expérience", Some((Some(5), None))),
        ("5 + ans d'expériences", Some((Some(5), None))),
        ("une expérience de 3 à 5 ans", Some((Some(3), Some(5)))),
        ("Expérience : 3 ans minimum", Some((Some(3), None))),
        (
            "Expérience professionnelle minimum de 2 ans",
            Some((Some(2), None)),
        ),
        ("une expérience d'au moins 4 ans", Some((Some(4), None))),
        (
            "4/5 ans d’expérience minimum, contrat de 3 ans",
            Some((Some(4), Some(5))),
        ),
        ("- 2-3 ans d’expérience minimum", Some((Some(2), Some(3)))),
        (
            "Vous avez entre 3 et 5 années d’expérience",
            Some((Some(3), Some(5))),
        ),
        ("*3 ans  d’expérience minimum*", Some((Some(3), None))),
        (
            "Développeur senior (5 ans d'expérience)",
            Some((Some(5), None)),
        ),
        (
            "Profil junior : moins de 2 ans d'expérience",
            Some((None, Some(2))),
        ),
        (
            "At least 5 years of experience with Python",
            Some((Some(5), None)),
        ),
        ("3+ years experience", Some((Some(3), None))),
        ("deux années d'expérience", Some((Some(2), None))),
        // near-misses
        (
            "CDD de 3 ans renouvelable ; rémunération selon expérience",
            None,
        ),
        (
            "Une expérience professionnelle sur une mission similaire est demandée.",
            None,
        ),
        (
            "Une première expérience dans l'animation de communautés.",
            None,
        ),
        ("Nous avons 5 ans d'existence.", None),
        (
            "Après 2 ans d’existence, l’outil devient obligatoire.",
            None,
        ),
        ("Profil junior accepté.", None),
        ("Rémunération selon expérience, CDD de 3 ans.", None),
        (
            "Des expériences menées depuis 2014 avec 3 ans de recul.",
            None,
        ),
        ("Une expérience utilisateur de 3 secondes.", None),
        ("Des profils aux expériences de 2 à 10 ans.", None),
    ];
    check(cases.iter().map(|&(t, w)| (t, w)), |t| exp(t));
}

#[test]
fn experience_sub_requirement_is_not_the_minimum() {
    let text = "5 années d’expérience sur ces sujets, dont au moins une année dans \
                l’administration, sont requises.";
    assert_eq!(exp(text), Some((Some(5), None)));
    let text = "6 ans d'expérience dont 2 ans d'expérience en management.";
    let all = find_experience(text);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].value.min_years, Some(6));
    assert_eq!(&text[all[0].start..all[0].end], "6 ans d'expérience");
}

#[test]
fn education_levels() {
    use Education::*;
    let cases: &[(&str, Option<Education>)] = &[
        ("Diplôme de niveau master en communication ;", Some(Master)),
        ("Bac+5 en informatique", Some(Master)),
        ("Bac +5 ou équivalent", Some(Master)),
        (
            "Niveau d’études requis : Bac + 5 Master, diplôme d'ingénieur",
            Some(Master),
        ),
        ("BAC+3 minimum", Some(Licence)),
        ("Profil type : Bac +3", Some(Licence)),
        ("Titulaire d'une licence en droit", Some(Licence)),
        ("Licence professionnelle ou équivalent", Some(Licence)),
        ("bac+2 (BTS, DUT)", Some(BacPlus2)),
        ("Titulaire d'un BTS ou d'un DUT", Some(BacPlus2)),
        ("Doctorat en sciences des données apprécié", Some(Doctorat)),
        ("PhD in computer science", Some(Doctorat)),
        (
            "Vous êtes titulaire d’une thèse en économie.",
            Some(Doctorat),
        ),
        ("Baccalauréat requis", Some(Bac)),
        ("Niveau bac ou équivalent", Some(Bac)),
        ("Diplôme d'école d’ingénieur ou équivalent", Some(Master)),
        ("un diplôme d'ingénieur ou d'école normale", Some(Master)),
        ("Un master 2 en politiques publiques", Some(Master)),
        ("diplôme de niveau 7 (bac+5)", Some(Master)),
        ("titre de niveau II", Some(Licence)),
        // near-misses
        ("Publié sous licence libre", None),
        ("licence MIT", None),
        ("Licence Ouverte 2.0 (etalab-2.0)", None),
        ("le code est sous licence AGPL", None),
        ("Accompagner l’adoption de licences libres", None),
        ("questions de licence Open Data", None),
        ("une master class sur le design", None),
        ("le/la scrum master", None),
        ("un rôle de « scrum master »", None),
        ("voir https://git.example.org/blob/master/README.md", None),
        ("MySQL (réplication Master-Master)", None),
        ("Nos maîtres mots : créativité", None),
        (
            "Si vous n’avez pas les diplômes mentionnés, parlons-en !",
            None,
        ),
        (
            "Première expérience suite à un diplôme d’une grande école (Sciences Po, IEP)",
            None,
        ),
        ("Il n’est pas nécessaire de disposer d’un bac+5.", None),
        ("Testez vos idées dans notre bac à sable.", None),
        ("Tester une hypothèse avec des utilisateurs", None),
        ("these tools are great", None),
        ("un data ingénieur et un développeur", None),
        ("Ingénieur DevOps", None),
        ("Il dut partir tôt.", None),
    ];
    check(cases.iter().map(|&(t, w)| (t, w)), |t| {
        find_education(t).first().map(|h| h.value)
    });
}

#[test]
fn education_serialises_snake_case() {
    let all = [
        (Education::Bac, "\"bac\""),
        (Education::BacPlus2, "\"bac_plus_2\""),
        (Education::Licence, "\"licence\""),
        (Education::Master, "\"master\""),
        (Education::Doctorat, "\"doctorat\""),
    ];
    for (e, s) in all {
        assert_eq!(serde_json::to_string(&e).unwrap(), s);
        assert_eq!(serde_json::from_str::<Education>(s).unwrap(), e);
    }
    let x = Experience {
        min_years: Some(3),
        max_years: None,
    };
    assert_eq!(serde_json::to_string(&x).unwrap(), r#"{"min_years":3}"#);
    assert_eq!(serde_json::to_string(&Skills::default()).unwrap(), "{}");
}

#[test]
fn team_sizes() {
    let cases: &[(&str, Option<u32>)] = &[
        (
            "Vous viendrez compléter une équipe de trois personnes aux profils variés.",
            Some(3),
        ),
        (
            "Vous rejoindrez l’équipe de 7 personnes (Anne, Paul…) qui développe le site.",
            Some(7),
        ),
        (
            "nous sommes une équipe de 3 personnes qui pilote le programme",
            Some(3),
        ),
        ("Nous sommes une équipe de 5 développeurs.", Some(5)),
        ("L'équipe compte 12 membres.", Some(12)),
        ("L’équipe compte aujourd’hui 8 personnes.", Some(8)),
        (
            "Vous travaillerez en équipe pluridisciplinaire de 6.",
            Some(6),
        ),
        ("L'équipe est composée de 6 personnes dont 2 devs.", Some(6)),
        (
            "L’équipe est actuellement constituée de 7 personnes.",
            Some(7),
        ),
        ("L'équipe Datagir est composée de 7 personnes.", Some(7)),
        (
            "soit une équipe de 4 personnes pour la première mise en marché",
            Some(4),
        ),
        (
            "Nous sommes aujourd’hui 4 dans l’équipe : 1 intrapreneuse, 2 devs.",
            Some(4),
        ),
        (
            "Nous sommes 12 personnes à travailler sur le produit.",
            Some(12),
        ),
        (
            "une équipe produit de 15 personnes (développeurs, designers)",
            Some(15),
        ),
        ("Une ÉQUIPE DE DOUZE PERSONNES", Some(12)),
        (
            "une équipe de 4 personnes composée de : 1 intrapreneur, 1 développeur",
            Some(4),
        ),
        // near-misses
        (
            "Elle rassemblera près de 40 EIG et 20 agents publics.",
            None,
        ),
        ("3 personnes accompagnées chaque mois", None),
        ("Le match de l'équipe de France", None),
        ("Nous formons plusieurs équipes de 5 personnes.", None),
        ("une équipe d'une dizaine de personnes", None),
        ("Nous sommes une quinzaine de personnes.", None),
        ("une équipe composée de plus de 20 personnes", None),
        (
            "une startup d'État est « une équipe de 2 à 4 personnes »",
            None,
        ),
        // Lists of roles with their counts are summed; a count of roles is a count of people.
        (
            "une équipe terrain composée pour le moment de 2 designers et de trois chargés",
            None,
        ),
        (
            "Une équipe composée de 2 designers et 3 développeurs",
            Some(5),
        ),
        (
            "une équipe motivée, constituée de 1 intrapreneur, 1 coach, 6 développeurs",
            Some(8),
        ),
        ("Travailler en équipe et avec 3 partenaires", None),
        (
            "L'équipe est déjà composée de deux développeurs full-stack.",
            Some(2),
        ),
        (
            "une équipe permanente composée de deux développeurs / développeuses, une UX",
            Some(3),
        ),
        ("L'équipe de 2021 a livré 3 versions.", None),
        ("Une équipe de 3 ans d'expérience", None),
    ];
    check(cases.iter().map(|&(t, w)| (t, w)), |t| {
        find_team_size(t).first().map(|h| h.value)
    });
}

#[test]
fn languages() {
    let cases: &[(&str, &[&str])] = &[
        (
            "les langues de travail sont l'anglais et le français.",
            &["en", "fr"],
        ),
        (
            "Les langues de travail sont l’anglais et le français",
            &["en", "fr"],
        ),
        ("Anglais courant", &["en"]),
        ("- Maîtrise de l'anglais", &["en"]),
        (
            "Vous maîtrisez l’anglais opérationnel / professionnel",
            &["en"],
        ),
        ("Un bon niveau d'anglais est demandé.", &["en"]),
        ("Fluent in French and English", &["fr", "en"]),
        // Welcome, not required: the corpus counts working languages asked for.
        ("L’espagnol est un plus.", &[]),
        ("La pratique de l'allemand serait appréciée.", &[]),
        (
            "Vous serez à l'aise pour échanger en anglais avec nos partenaires.",
            &["en"],
        ),
        ("Vous parlez allemand et italien.", &["de", "it"]),
        ("Anglais et espagnol courants", &["en", "es"]),
        ("Vous êtes à l'aise en anglais à l'écrit.", &["en"]),
        ("- Anglais (niveau C1)", &["en"]),
        // near-misses
        ("Le site est traduit en anglais.", &[]),
        ("Disponible en français ou en anglais pour tous.", &[]),
        ("Les usagers français et européens.", &[]),
        ("le PaaS français Scalingo", &[]),
        ("Aller à la page d'accueil en Français.", &[]),
        ("You can read the English translation of the plan.", &[]),
        ("la Fédération Française des Psychologues", &[]),
    ];
    check(
        cases
            .iter()
            .map(|&(t, w)| (t, w.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())),
        |t| {
            find_languages(t)
                .into_iter()
                .flat_map(|h| h.value)
                .collect()
        },
    );
}

#[test]
fn one_language_hit_per_sentence() {
    let text = "Anglais courant.\nLe site est traduit en espagnol.\nVous maîtrisez l’allemand.";
    let hits = find_languages(text);
    let codes: Vec<Vec<String>> = hits.iter().map(|h| h.value.clone()).collect();
    assert_eq!(codes, [vec!["en".to_owned()], vec!["de".to_owned()]]);
    assert_eq!(&text[hits[1].start..hits[1].end], "allemand");
}

#[test]
fn hits_map_back_across_lines() {
    let text = "## Profil\n\n- Bac+5 en informatique ;\n- au moins 3 ans d’expérience ;\n\n\
                ## L’équipe\n\nVous rejoindrez une équipe de 6 personnes.\n";
    let e = find_education(text);
    assert_eq!(&text[e[0].start..e[0].end], "Bac+5");
    let x = find_experience(text);
    assert_eq!(&text[x[0].start..x[0].end], "3 ans d’expérience");
    let t = find_team_size(text);
    assert_eq!(t[0].value, 6);
    assert_eq!(&text[t[0].start..t[0].end], "équipe de 6 personnes");
}

#[test]
fn language_hits_cover_the_names() {
    let text = "Les langues de travail sont l’anglais et le français.";
    let h = find_languages(text);
    assert_eq!(h.len(), 1);
    assert_eq!(&text[h[0].start..h[0].end], "anglais et le français");
}

#[test]
fn skill_section_titles() {
    use SkillKind::*;
    let cases: &[(&str, Option<SkillKind>)] = &[
        ("Savoirs", Some(Knowledge)),
        ("**Savoirs :**", Some(Knowledge)),
        ("Connaissances", Some(Knowledge)),
        ("Connaissances requises", Some(Knowledge)),
        ("Savoir-faire", Some(KnowHow)),
        ("**Savoir-faire :**", Some(KnowHow)),
        ("Savoir faire", Some(KnowHow)),
        ("Compétences techniques", Some(KnowHow)),
        ("Compétences opérationnelles", Some(KnowHow)),
        ("Savoir-être", Some(Soft)),
        ("SAVOIR-ÊTRE", Some(Soft)),
        ("Savoir-être :", Some(Soft)),
        ("Qualités", Some(Soft)),
        ("Qualités requises", Some(Soft)),
        ("Compétences comportementales", Some(Soft)),
        ("Soft skills", Some(Soft)),
        ("Les savoir-être attendus", Some(Soft)),
        // not skill lists
        ("Compétences", None),
        ("Savoir-faire et savoir-être", None),
        ("Le profil recherché", None),
        ("Vos missions", None),
        ("Connaissances et compétences", None),
        ("", None),
    ];
    check(cases.iter().map(|&(t, w)| (t, w)), |t| skill_kind(t));
}

fn tech(text: &str) -> Vec<&'static str> {
    find_tech(text).into_iter().map(|h| h.value).collect()
}

#[test]
fn tech_in_prose() {
    let cases: &[(&str, &[&str])] = &[
        ("Savoir utiliser l’outil Git.", &["Git"]),
        (
            "Vous êtes à l'aise en **Python** (beaucoup) et **Javascript** (un peu) ; vos \
             frameworks préférés sont **Flask** et **VueJS** ;",
            &["Python", "JavaScript", "Flask", "Vue.js"],
        ),
        (
            "Stack : Vue.JS, Node.JS, Postgres",
            &["Vue.js", "Node.js", "PostgreSQL"],
        ),
        (
            "un framework web moderne (NodeJS, Rails, Symfony, Laravel, Django/Flask…)",
            &[
                "Node.js",
                "Ruby on Rails",
                "Symfony",
                "Laravel",
                "Django",
                "Flask",
            ],
        ),
        (
            "Ruby on rails, Postgresql, ReactJS",
            &["Ruby on Rails", "PostgreSQL", "React"],
        ),
        ("un·e lead dev Rails", &["Ruby on Rails"]),
        ("React-Redux et Docker", &["React", "Redux", "Docker"]),
        ("Python, Go et Rust", &["Python", "Go", "Rust"]),
        ("Analyse de données en R et Python", &["R", "Python"]),
        (
            "back en node, front en angular, react ou vue, BDD mongo ou postgre",
            &[
                "Node.js",
                "Angular",
                "React",
                "Vue.js",
                "MongoDB",
                "PostgreSQL",
            ],
        ),
        ("C#, .NET et C++", &["C#", ".NET", "C++"]),
        (
            "Kubernetes (k8s), Terraform, CI/CD",
            &["Kubernetes", "Terraform", "CI/CD"],
        ),
        ("Une API REST en Django", &["REST", "Django"]),
        ("Node et Express pour le back", &["Node.js", "Express"]),
        (
            "scikit-learn, Pandas, Jupyter",
            &["scikit-learn", "Pandas", "Jupyter"],
        ),
        ("Javascript ES5/ES6", &["JavaScript"]),
        // near-misses
        ("On y go !", &[]),
        ("Un disque de 10 Go", &[]),
        ("Go to the page", &[]),
        ("La R&D du ministère", &[]),
        ("un.e développeu.r.euse", &[]),
        ("Remettre le projet sur les rails de sécurité", &[]),
        ("Réactivité et capacité à réagir", &[]),
        ("Un stage au printemps, spring break", &[]),
        ("Une démarche digitale", &[]),
        ("Livraison express des colis", &[]),
        ("Un point de vue technique", &[]),
        ("En vue de la mise en production", &[]),
        ("Une vue d'ensemble", &[]),
        (
            "Voir https://github.com/betagouv/dashboard-react et www.react.fr",
            &[],
        ),
        ("Écrire à contact@python.org", &[]),
        ("Envoyez votre CV / LinkedIn / GitHub à l'adresse", &[]),
        ("a swift response", &[]),
        ("Le reste de l'équipe", &[]),
    ];
    check(cases.iter().map(|&(t, w)| (t, w.to_vec())), |t| tech(t));
}

#[test]
fn tech_front_matter_values() {
    let cases: &[(&str, &[&str])] = &[
        ("Flask / Vue.JS ", &["Flask", "Vue.js"]),
        ("Ruby on Rails, React", &["Ruby on Rails", "React"]),
        ("python;django", &["Python", "Django"]),
        (
            "Stack Javascript (React) + ElasticSearch",
            &["JavaScript", "React", "Elasticsearch"],
        ),
        (
            "Python, JS (React, Node.js), PostgreSQL/API Rest.",
            &[
                "Python",
                "JavaScript",
                "React",
                "Node.js",
                "PostgreSQL",
                "REST",
            ],
        ),
        ("Elixir (Phoenix) / Rust", &["Elixir", "Phoenix", "Rust"]),
        ("Ember.JS / Node.JS", &["Ember.js", "Node.js"]),
        ("Python / Open edX", &["Python", "Open edX"]),
        ("Django-Python", &["Django", "Python"]),
        ("Go", &["Go"]),
        ("vue", &["Vue.js"]),
        ("(s)css", &["CSS"]),
        ("Choix libre", &[]),
        (
            "Choix technologiques ouverts parmi les solutions libres du marché",
            &[],
        ),
        ("", &[]),
    ];
    check(cases.iter().map(|&(t, w)| (t, w.to_vec())), |t| {
        tech_from_value(t)
    });
}

#[test]
fn tech_hits_are_deduplicated_with_spans() {
    let text = "Python, Django et encore Python.";
    let h = find_tech(text);
    assert_eq!(
        h.iter().map(|h| h.value).collect::<Vec<_>>(),
        ["Python", "Django"]
    );
    assert_eq!(&text[h[0].start..h[0].end], "Python");
    assert_eq!(&text[h[1].start..h[1].end], "Django");
}

/// Tiny xorshift PRNG: the finders must never panic, whatever the input.
#[test]
fn fuzz_no_panic() {
    let pieces = [
        "expérience",
        "ans",
        "d'",
        "de",
        "3",
        "à",
        "5",
        "+",
        "-",
        "/",
        "bac",
        "master",
        "licence",
        "équipe",
        "personnes",
        "nous sommes",
        "anglais",
        "courant",
        "Go",
        "R",
        "vue",
        ".",
        ".net",
        "c#",
        "c++",
        "http://",
        "@",
        " ",
        "\n",
        "é",
        "😀",
        "’",
        "\u{a0}",
        "thèse",
        "BTS",
        "niveau",
        "diplôme de",
        "compte",
        "(",
        ")",
        ",",
        "dont",
        "entre",
        "et",
        "moins de",
        "years",
    ];
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..4000 {
        let mut s = String::new();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let n = usize::try_from(x % 20).unwrap_or(0);
        for _ in 0..n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push_str(pieces[usize::try_from(x % 1024).unwrap_or(0) % pieces.len()]);
        }
        let ok = |a: usize, b: usize| a <= b && s.is_char_boundary(a) && s.is_char_boundary(b);
        assert!(
            find_experience(&s).iter().all(|h| ok(h.start, h.end)),
            "{s:?}"
        );
        assert!(
            find_education(&s).iter().all(|h| ok(h.start, h.end)),
            "{s:?}"
        );
        assert!(
            find_team_size(&s).iter().all(|h| ok(h.start, h.end)),
            "{s:?}"
        );
        assert!(
            find_languages(&s).iter().all(|h| ok(h.start, h.end)),
            "{s:?}"
        );
        assert!(find_tech(&s).iter().all(|h| ok(h.start, h.end)), "{s:?}");
        let _ = tech_from_value(&s);
        let _ = skill_kind(&s);
    }
}

#[test]
#[ignore = "micro-benchmark: cargo test --release -- --ignored --nocapture"]
fn bench_profile() {
    type Finder = fn(&str) -> usize;
    let prose = "Nous sommes une équipe de 5 personnes qui développe un service public numérique \
        pour les collectivités. Vous participerez à la conception, aux tests et au déploiement \
        des fonctionnalités, en lien avec les agents des administrations et les usagers. Des \
        rituels d'équipe rythment la semaine : un point quotidien, une démonstration tous les \
        quinze jours et une rétrospective. Le télétravail est possible deux jours par semaine. \
        Les données sont ouvertes et le code est publié sous licence libre depuis le début.\n";
    let mut page = prose.repeat(9);
    page.push_str(
        "- 3 ans d'expérience minimum ;\n- diplôme de niveau bac+5 ;\n- anglais courant ;\n\
         - savoir utiliser Git, Docker et PostgreSQL avec Python et Django.\n",
    );
    let pages = 2000;
    let finders: [(&str, Finder); 5] = [
        ("experience", |t| find_experience(t).len()),
        ("education", |t| find_education(t).len()),
        ("team", |t| find_team_size(t).len()),
        ("languages", |t| find_languages(t).len()),
        ("tech", |t| find_tech(t).len()),
    ];
    let mut total = 0.0;
    for (name, f) in finders {
        let t0 = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..pages {
            n += f(&page);
        }
        let secs = t0.elapsed().as_secs_f64();
        total += secs;
        #[allow(clippy::cast_precision_loss)]
        let mbs = (page.len() * pages) as f64 / secs / 1e6;
        println!("  {name}: {mbs:.0} MB/s ({n} hits)");
    }
    #[allow(clippy::cast_precision_loss)]
    let mbs = (page.len() * pages) as f64 / total / 1e6;
    println!(
        "profile, all five finders: {mbs:.0} MB/s on {} byte pages",
        page.len()
    );
}
