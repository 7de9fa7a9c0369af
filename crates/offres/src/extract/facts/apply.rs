//! Where to apply, and who else to contact.

use crate::text::fold;

/// Words that make a sentence about applying.
const APPLY_CUES: &[&str] = &[
    "candidat",
    "postul",
    "envoye",
    "envoie",
    "envoyer",
    "adresse",
    " cv",
    "cv ",
    "lettre de motivation",
    "ecrivez",
    "contactez",
    "apply",
    "application",
    "recrutement",
    "interesse",
    "rejoindre",
    "formulaire",
];

/// Whether a sentence (any case) is about applying.
pub(crate) fn is_apply_sentence(sentence: &str) -> bool {
    is_apply_folded(&fold(sentence))
}

/// [`is_apply_sentence`] on a folded sentence.
pub(crate) fn is_apply_folded(folded: &str) -> bool {
    APPLY_CUES.iter().any(|c| folded.contains(c))
}

/// Job boards and form hosts: a link there is a place to apply.
const APPLY_HOSTS: &[&str] = &[
    "place-emploi-public.gouv.fr",
    "choisirleservicepublic.gouv.fr",
    "welcometothejungle.",
    "candidat.pole-emploi.fr",
    "candidat.francetravail.fr",
    "indeed.",
    "linkedin.com/jobs",
    "airtable.com",
    "typeform.com",
    "framaforms.org",
    "forms.gle",
    "docs.google.com/forms",
    "demarches-simplifiees.fr",
    "jobs.",
    "recrutement",
    "recrutements",
    "candidature",
    "emploi",
    "/jobs/",
    "/job/",
    "/offres",
    "talent",
];

/// Whether a URL points at a job board, a form or an offer page.
pub(crate) fn is_apply_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    lower.starts_with("http") && APPLY_HOSTS.iter().any(|h| lower.contains(h))
}

/// The external reference of an offer in a URL or a sentence: `reference-2021-776390`,
/// `Référence : 2021-776390`, `réf. 2020-375131`.
pub(crate) fn find_reference(text: &str) -> Option<String> {
    find_reference_in(&fold(text))
}

/// [`find_reference`] on folded text.
pub(crate) fn find_reference_in(f: &str) -> Option<String> {
    // Every cue starts with "ref": most blocks are rejected by one search.
    if !f.contains("ref") {
        return None;
    }
    for cue in [
        "reference-",
        "reference :",
        "reference:",
        "reference ",
        "ref. ",
        "ref : ",
        "ref: ",
    ] {
        let mut from = 0;
        while let Some(i) = f[from..].find(cue) {
            let start = from + i + cue.len();
            from = start;
            let rest = f[start..].trim_start_matches([' ', '#', 'n', '°', 'o']);
            let id: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            let id = id.trim_matches('-');
            // A reference has digits and is more than a year.
            if id.len() >= 6 && id.chars().filter(char::is_ascii_digit).count() >= 5 {
                return Some(id.to_owned());
            }
        }
    }
    None
}

/// A beta.gouv.fr-style member handle (`prenom.nom`, `ariane-rose`), not an address.
pub(crate) fn is_handle(value: &str) -> bool {
    let v = value.trim();
    !v.is_empty()
        && !v.contains('@')
        && !v.contains(' ')
        && !v.contains('/')
        && v.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

/// An e-mail address in a front matter value (`x@y.fr`, `mailto:x@y.fr?subject=…`).
pub(crate) fn email_in_value(value: &str) -> Option<String> {
    let v = value.trim();
    let v = v.strip_prefix("mailto:").unwrap_or(v);
    let v = v.split('?').next().unwrap_or(v).trim();
    let (local, domain) = v.split_once('@')?;
    let ok = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && v.chars()
            .all(|c| c.is_alphanumeric() || "._%+-@".contains(c));
    ok.then(|| v.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    /// Rows for a yes-or-no rule: each phrase must be read (as `()`).
    fn yes(phrases: &[&'static str]) -> Vec<(&'static str, ())> {
        phrases.iter().map(|p| (*p, ())).collect()
    }

    /// Offer references in an offer's URL or in a sentence.
    #[rustfmt::skip]
    const REFERENCES: &[(&str, &str)] = &[
        (
            "https://place-emploi-public.gouv.fr/offre-emploi/dev-hf-reference-2021-776390/",
            "2021-776390",
        ),
        ("Référence : 2020-375131.", "2020-375131"),
        ("réf. 2020-375131", "2020-375131"),
        ("Référence n° 2021-776390", "2021-776390"),
    ];

    /// References to other things, and numbers too short to be an offer's.
    const NOT_REFERENCES: &[&str] = &[
        "voir la référence 2020 du guide",
        "Référence : 2021",
        "réf. 12345",
        "Nos références clients : 12 collectivités",
        "Réf. interne : DEV-A",
        "en référence au décret 2019-1234 du 5 mars",
        "Référence : 01 23 45 67 89",
    ];

    #[test]
    fn references() {
        test_rule(
            "references",
            None,
            find_reference,
            REFERENCES,
            NOT_REFERENCES,
        );
    }

    /// Job boards, forms and recruiting pages.
    const APPLY_URLS: &[&str] = &[
        "https://www.place-emploi-public.gouv.fr/offre-emploi/x",
        "https://incubateur.anct.gouv.fr/recrutements/chef-de-projet/",
        "https://www.welcometothejungle.com/fr/companies/x/jobs/y",
        "https://docs.google.com/forms/d/e/x/viewform",
        "https://airtable.com/shrXYZ",
    ];

    /// Code, profiles, product pages, addresses, relative paths.
    const NOT_APPLY_URLS: &[&str] = &[
        "https://github.com/opendatateam/udata",
        "mailto:x@y.fr",
        "https://www.linkedin.com/in/someone",
        "https://beta.gouv.fr/startups/x.html",
        "https://doc.incubateur.net/communaute",
        "/recrutement",
        "ftp://emploi.example.fr/x",
    ];

    #[test]
    fn apply_urls() {
        let read = |url: &str| is_apply_url(url).then_some(());
        test_rule("apply urls", None, read, &yes(APPLY_URLS), NOT_APPLY_URLS);
    }

    /// E-mail addresses in front matter values, without `mailto:` or a subject.
    #[rustfmt::skip]
    const EMAILS: &[(&str, &str)] = &[
        ("mailto:a.b@beta.gouv.fr?subject=X", "a.b@beta.gouv.fr"),
        ("x@y.fr", "x@y.fr"),
        ("prenom.nom@beta.gouv.fr ", "prenom.nom@beta.gouv.fr"),
    ];

    /// Handles, names, broken addresses.
    const NOT_EMAILS: &[&str] = &[
        "christian.charousset",
        "Marie Curie",
        "@beta",
        "x@localhost",
        "x@.fr",
        "x@y.",
        "mailto:",
        "a b@c.fr",
        "contact [at] beta.gouv.fr",
    ];

    #[test]
    fn emails_in_values() {
        test_rule("emails", None, email_in_value, EMAILS, NOT_EMAILS);
    }

    /// Member handles.
    const HANDLES: &[&str] = &["christian.charousset", "ariane-rose", "jean_dupont"];

    /// Names, addresses, links.
    const NOT_HANDLES: &[&str] = &["Marie Curie", "x@y.fr", "", "https://x.fr", "a/b"];

    #[test]
    fn handles() {
        let read = |value: &str| is_handle(value).then_some(());
        test_rule("handles", None, read, &yes(HANDLES), NOT_HANDLES);
    }
}
