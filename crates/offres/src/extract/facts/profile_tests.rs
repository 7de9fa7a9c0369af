//! Team-size phrases, and the tests that read several profile facts at once: hits across
//! lines, random input. The other profile facts keep their phrase tables in their own files.

use super::education::find_education;
use super::experience::find_experience;
use super::languages::find_languages;
use super::skills::skill_kind;
use super::team_size::find_team_size;
use super::tech::{find_tech, tech_from_value};

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
