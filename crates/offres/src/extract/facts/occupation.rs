//! The occupation (métier) an offer names under a label: "Métier : Chef / cheffe de
//! projet", "**Emploi-type** : Administrateur·rice systèmes", "Métier de référence :
//! Développeur".
//!
//! Why: public offers are filed under a métier of a reference list (the RIME, the
//! répertoire des métiers territoriaux); the label line gives it as written.
//!
//! The word in prose ("le métier de designer consiste à…", "les métiers du numérique")
//! gives nothing: only a label followed by a colon does.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
#[cfg(test)]
use crate::text::Origin;
use crate::text::{Folded, Hit};

/// Occupation's trigger words.
pub(crate) const TRIGGERS: &[&str] = &[
    "metier",
    "emploi-type",
    "emploi type",
    "emploi de reference",
];

/// The labels, folded, in the order they are tried (longest first).
const LABELS: [&str; 6] = [
    "metier de reference",
    "emploi de reference",
    "metier",
    "metiers",
    "emploi-type",
    "emploi type",
];

/// Find the occupation an offer names.
#[cfg(test)]
pub(crate) fn find_occupation(text: &str) -> Vec<Hit<String>> {
    find_occupation_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_occupation`] on a passage already folded and scanned.
pub(crate) fn find_occupation_in(p: &Passage) -> Vec<Hit<String>> {
    p.on_trigger_lines(Fact::Occupation, occupation_in)
}

/// A front matter or table value, as written ("*Chef de projet*" loses its asterisks).
pub(crate) fn occupation_from_value(value: &str) -> Option<String> {
    let v = value
        .trim()
        .trim_matches(|c: char| matches!(c, '*' | '_' | '`' | ' '))
        .trim();
    (!v.is_empty()).then(|| v.to_owned())
}

fn occupation_in(window: &str, folded: &Folded) -> Vec<Hit<String>> {
    let t = folded.text.as_str();
    let mut hits = Vec::new();
    let mut line_start = 0;
    for line in t.split_inclusive('\n') {
        let from = line_start;
        line_start += line.len();
        let lead = line.len()
            - line
                .trim_start_matches([' ', '*', '_', '-', '#', '>'])
                .len();
        let rest = &line[lead..];
        let Some(label) = LABELS.iter().find(|l| rest.starts_with(*l)) else {
            continue;
        };
        let after = rest[label.len()..].trim_start_matches([' ', '*', '_', '(', 's', ')']);
        let Some(value) = after.strip_prefix(':') else {
            continue;
        };
        let at = from + (line.len() - value.len());
        let end = from + line.trim_end().len();
        if at >= end {
            continue;
        }
        let (os, oe) = folded.original_range(at, end);
        if let Some(v) = occupation_from_value(window[os..oe].trim_end_matches('.'))
            && v.split_whitespace().count() <= 12
        {
            let (ls, _) = folded.original_range(from + lead, end);
            hits.push(Hit::new(v, ls, oe));
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    const PASS: &[(&str, &str)] = &[
        (
            "Métier : Chef / cheffe de projet",
            "Chef / cheffe de projet",
        ),
        (
            "**Emploi-type** : Administrateur·rice systèmes et réseaux",
            "Administrateur·rice systèmes et réseaux",
        ),
        ("- Métier de référence : *Développeur*", "Développeur"),
        ("Métier(s) : Data scientist.", "Data scientist"),
    ];

    const FAIL: &[&str] = &[
        "Le métier de designer consiste à comprendre les usagers.",
        "Les métiers du numérique recrutent.",
        "Métier :",
        "Nous aimons notre métier : faire des services utiles.",
    ];

    #[test]
    fn occupation_phrases() {
        let read = |text: &str| find_occupation(text).into_iter().next().map(|h| h.value);
        let pass: Vec<(&str, String)> = PASS.iter().map(|(a, b)| (*a, (*b).to_owned())).collect();
        test_rule("occupation", Some(Fact::Occupation), read, &pass, FAIL);
    }

    #[test]
    fn values() {
        assert_eq!(
            occupation_from_value("*Chef de projet*").as_deref(),
            Some("Chef de projet")
        );
        assert_eq!(occupation_from_value("  "), None);
    }
}
