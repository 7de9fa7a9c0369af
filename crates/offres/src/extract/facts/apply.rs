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

    #[test]
    fn references() {
        assert_eq!(
            find_reference(
                "https://place-emploi-public.gouv.fr/offre-emploi/dev-hf-reference-2021-776390/"
            )
            .as_deref(),
            Some("2021-776390")
        );
        assert_eq!(
            find_reference("Référence : 2020-375131.").as_deref(),
            Some("2020-375131")
        );
        assert_eq!(find_reference("voir la référence 2020 du guide"), None);
    }

    #[test]
    fn apply_urls() {
        assert!(is_apply_url(
            "https://www.place-emploi-public.gouv.fr/offre-emploi/x"
        ));
        assert!(is_apply_url(
            "https://incubateur.anct.gouv.fr/recrutements/chef-de-projet/"
        ));
        assert!(!is_apply_url("https://github.com/opendatateam/udata"));
        assert!(!is_apply_url("mailto:x@y.fr"));
    }

    #[test]
    fn values() {
        assert_eq!(
            email_in_value("mailto:a.b@beta.gouv.fr?subject=X").as_deref(),
            Some("a.b@beta.gouv.fr")
        );
        assert_eq!(email_in_value("christian.charousset"), None);
        assert!(is_handle("christian.charousset"));
        assert!(!is_handle("Marie Curie"));
    }
}
