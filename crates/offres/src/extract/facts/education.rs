//! The education level asked for: bac+2/BTS/DUT/DEUG → `bac_plus_2`, bac+3/bac+4/licence →
//! `licence`, bac+5/master/école or diplôme d'ingénieur → `master`, bac+8/doctorat/PhD/thèse
//! → `doctorat`, baccalauréat → `bac`; "diplôme de niveau 7" (RNCP levels 4–8, old levels
//! I–IV) too. A "grande école", "école de commerce" or "Sciences Po" names no level and
//! gives no hit; so do software licences ("licence libre", "sous licence MIT") and "scrum
//! master". Alternatives ("bac+3 ou bac+5") give one hit each, in text order.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::Education;
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{
    has_word_prefix, is_word_byte, next_is, next_word, prev_is, sentence_around, whole_words,
};
use crate::text::{Folded, Hit};

fn bac_plus(n: u32) -> Option<Education> {
    Some(match n {
        2 => Education::BacPlus2,
        3 | 4 => Education::Licence,
        5..=7 => Education::Master,
        8 => Education::Doctorat,
        _ => return None,
    })
}

/// Find the education level asked for.
#[cfg(test)]
pub(crate) fn find_education(text: &str) -> Vec<Hit<Education>> {
    find_education_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_education`] on text already folded by the caller (`folded` = `Folded::new(text)`).
pub(crate) fn find_education_in(p: &Passage) -> Vec<Hit<Education>> {
    p.on_trigger_lines(Fact::Education, education_in)
}

/// Education's trigger words: the starts of the words that name a degree or a level.
pub(crate) const TRIGGERS: &[&str] = &[
    "bac",
    "master",
    "licence",
    "doctorat",
    "phd",
    "these",
    "bts",
    "dut",
    "deug",
    "deust",
    "ingenieur",
    "niveau",
];

fn education_in(text: &str, folded: &Folded) -> Vec<Hit<Education>> {
    let t = folded.text.as_str();
    let by = t.as_bytes();
    let mut found: Vec<(usize, usize, Education)> = Vec::new();
    // bac, bac+5, bac + 3, baccalauréat
    for (at, we) in whole_words(t, "bac").chain(whole_words(t, "baccalaureat")) {
        let rest = t[we..].trim_start();
        if let Some(r) = rest.strip_prefix('+') {
            let q = t.len() - r.trim_start().len();
            let e = q + by[q..]
                .iter()
                .take(2)
                .take_while(|c| c.is_ascii_digit())
                .count();
            if let Some(level) = t[q..e].parse().ok().and_then(bac_plus) {
                found.push((at, e, level));
            }
            continue;
        }
        let context = we - at > 3
            || prev_is(t, at, "niveau|titulaire|diplome|du")
            || next_is(t, we, "ou|general|pro|professionnel|technologique|minimum");
        if context && !next_is(t, we, "de|a") {
            found.push((at, we, Education::Bac));
        }
    }
    for (at, we) in whole_words(t, "master") {
        let in_path = (at > 0 && b"/.-#".contains(&by[at - 1]))
            || (matches!(by.get(we), Some(b'/' | b'.'))
                && by.get(we + 1).is_some_and(|&c| is_word_byte(c)));
        let other = prev_is(t, at, "scrum|product|game|quiz|branche|git|web|data")
            || next_is(t, we, "class|classe|classes|branch");
        let degree = prev_is(t, at, "niveau|diplome|un|du|de|type|5|ou|en")
            || next_is(
                t,
                we,
                "en|de|d|1|2|ou|professionnel|pro|recherche|specialise|universitaire|degree|s|minimum",
            );
        if !in_path && !other && degree {
            found.push((at, we, Education::Master));
        }
    }
    for (at, we) in whole_words(t, "licence") {
        // Software licences: "licence libre", "sous licence MIT", "la licence Etalab".
        let software = next_is(
            t,
            we,
            "libre|libres|ouverte|open|mit|gpl|agpl|lgpl|apache|bsd|cc|creative|eupl|etalab|d|de|\
             du|des|logicielle|proprietaire|compatible|copyleft|permissive|publique",
        ) || prev_is(t, at, "sous|la|cette|leur|sa|chaque|votre|notre|les");
        let degree = prev_is(t, at, "niveau|diplome|titulaire|type|3")
            || next_is(
                t,
                we,
                "en|professionnelle|pro|universitaire|generale|l3|3|ou|minimum",
            );
        if !software && degree {
            found.push((at, we, Education::Licence));
        }
    }
    for (at, we) in whole_words(t, "doctorat").chain(whole_words(t, "phd")) {
        found.push((at, we, Education::Doctorat));
    }
    // "thèse" (folded "these", also English): the original must have the accent, and the
    // sentence must ask for it.
    for (at, we) in whole_words(t, "these") {
        let accented = text
            .get(folded.original(at)..)
            .is_some_and(|s| s.chars().nth(2) == Some('è'))
            || text
                .get(folded.original(at)..)
                .is_some_and(|s| s.chars().nth(2) == Some('È'));
        let (s, e) = sentence_around(t, at);
        if accented && has_word_prefix(t, s, e, "titulaire|diplom|docteur|requis|exige|justifi") {
            found.push((at, we, Education::Doctorat));
        }
    }
    // BTS, DUT, DEUG: written in capitals.
    for word in ["bts", "dut", "deug", "deust"] {
        for (at, we) in whole_words(t, word) {
            let (os, oe) = folded.original_range(at, we);
            if text
                .get(os..oe)
                .is_some_and(|s| s.bytes().all(|c| c.is_ascii_uppercase()))
            {
                found.push((at, we, Education::BacPlus2));
            }
        }
    }
    // école / diplôme / titre d'ingénieur
    for (at, we) in whole_words(t, "ingenieur").chain(whole_words(t, "ingenieurs")) {
        let before = t[..at].trim_end();
        if [
            "ecole d'",
            "ecoles d'",
            "diplome d'",
            "titre d'",
            "formation d'",
            "diplomes d'",
        ]
        .iter()
        .any(|p| before.ends_with(p))
        {
            let start = before[..before.len() - 2].rfind(' ').map_or(0, |i| i + 1);
            found.push((start, we, Education::Master));
        }
    }
    // "diplôme de niveau 7", "titre de niveau II"
    for (at, we) in whole_words(t, "niveau") {
        let before = t[..at].trim_end();
        let Some((ns, ne)) = next_word(t, we) else {
            continue;
        };
        if !["diplome de", "titre de", "certification de", "formation de"]
            .iter()
            .any(|p| before.ends_with(p))
        {
            continue;
        }
        let level = match &t[ns..ne] {
            "4" | "iv" => Education::Bac,
            "5" | "iii" => Education::BacPlus2,
            "6" | "ii" => Education::Licence,
            "7" | "i" => Education::Master,
            "8" => Education::Doctorat,
            _ => continue,
        };
        found.push((at, ne, level));
    }
    // "Il n'est pas nécessaire de disposer d'un bac+5."
    found.retain(|&(a, _, _)| {
        let (s, e) = sentence_around(t, a);
        ![
            "pas necessaire",
            "pas obligatoire",
            "pas requis",
            "aucun diplome",
            "pas besoin",
            "pas exige",
        ]
        .iter()
        .any(|n| t[s..e].contains(n))
    });
    found.sort_by_key(|&(a, _, _)| a);
    found.dedup_by(|later, earlier| later.0 < earlier.1);
    found
        .into_iter()
        .map(|(a, e, v)| Hit::folded(folded, v, a, e))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Education::{Bac, BacPlus2, Doctorat, Licence, Master};

    /// Degrees and levels asked for, with the level read first.
    #[rustfmt::skip]
    const PASS: &[(&str, Education)] = &[
        ("Diplôme de niveau master en communication ;", Master),
        ("Bac+5 en informatique", Master),
        ("Bac +5 ou équivalent", Master),
        ("Niveau d’études requis : Bac + 5 Master, diplôme d'ingénieur", Master),
        ("BAC+3 minimum", Licence),
        ("Profil type : Bac +3", Licence),
        ("Titulaire d'une licence en droit", Licence),
        ("Licence professionnelle ou équivalent", Licence),
        ("bac+2 (BTS, DUT)", BacPlus2),
        ("Titulaire d'un BTS ou d'un DUT", BacPlus2),
        ("Doctorat en sciences des données apprécié", Doctorat),
        ("PhD in computer science", Doctorat),
        ("Vous êtes titulaire d’une thèse en économie.", Doctorat),
        ("Baccalauréat requis", Bac),
        ("Niveau bac ou équivalent", Bac),
        ("Diplôme d'école d’ingénieur ou équivalent", Master),
        ("un diplôme d'ingénieur ou d'école normale", Master),
        ("Un master 2 en politiques publiques", Master),
        ("diplôme de niveau 7 (bac+5)", Master),
        ("titre de niveau II", Licence),
    ];

    /// Software licences, scrum masters, paths, degrees not asked for, other levels.
    const FAIL: &[&str] = &[
        "Publié sous licence libre",
        "licence MIT",
        "Licence Ouverte 2.0 (etalab-2.0)",
        "le code est sous licence AGPL",
        "Accompagner l’adoption de licences libres",
        "questions de licence Open Data",
        "une master class sur le design",
        "le/la scrum master",
        "un rôle de « scrum master »",
        "voir https://git.example.org/blob/master/README.md",
        "MySQL (réplication Master-Master)",
        "Nos maîtres mots : créativité",
        "Si vous n’avez pas les diplômes mentionnés, parlons-en !",
        "Première expérience suite à un diplôme d’une grande école (Sciences Po, IEP)",
        "Il n’est pas nécessaire de disposer d’un bac+5.",
        "Testez vos idées dans notre bac à sable.",
        "Tester une hypothèse avec des utilisateurs",
        "these tools are great",
        "un data ingénieur et un développeur",
        "Ingénieur DevOps",
        "Il dut partir tôt.",
        "Un TJM au niveau de la grille pratiquée dans la structure.",
        "Nous n'avons indiqué ni année ni niveau : parlons-en.",
        "Tenir tous les contributeurs au même niveau d’information.",
        "Ingénieur·e SIC ou équivalent, en CDD de 3 ans.",
        "Les ingénieurs pédagogiques de l'équipe conçoivent les parcours.",
        "Voir la licence du dépôt pour les conditions de réutilisation.",
    ];

    #[test]
    fn education_phrases() {
        let read = |text: &str| find_education(text).first().map(|h| h.value);
        crate::extract::facts::tester::test_rule(
            "education",
            Some(Fact::Education),
            read,
            PASS,
            FAIL,
        );
    }

    #[test]
    fn education_serialises_snake_case() {
        let all = [
            (Bac, "\"bac\""),
            (BacPlus2, "\"bac_plus_2\""),
            (Licence, "\"licence\""),
            (Master, "\"master\""),
            (Doctorat, "\"doctorat\""),
        ];
        for (e, s) in all {
            assert_eq!(serde_json::to_string(&e).unwrap(), s);
            assert_eq!(serde_json::from_str::<Education>(s).unwrap(), e);
        }
    }
}
