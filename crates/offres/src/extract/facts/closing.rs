//! When applications close: "date limite de candidature : 30 avril", "candidatures jusqu'au
//! 15 mars", "envoyez votre CV avant le 1er juin 2021", "clôture des candidatures le …".
//! "jusqu'au" / "avant le" count only after an application word in the same sentence (a
//! contract "jusqu'au 31 décembre" is not a deadline). A front matter value that is a date
//! is taken as is.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::PartialDate;
use crate::text::Origin;
use crate::text::dates::{date_at, parse_french_date};
use crate::text::scan::{
    has_word_prefix, one_of, sentence_around, skip_light, word_at, word_starts,
};
use crate::text::{Folded, Hit, first_of_overlapping as resolve};

/// Cues that introduce the application deadline whatever the sentence.
const CLOSING_CUES: &str = "date limite|cloture des candidatures|cloture de l'offre|\
    cloture des inscriptions|date de cloture|fin des candidatures|candidatures closes|deadline";

/// Cues that need an application word before them in the sentence.
const UNTIL_CUES: &str = "jusqu'au|jusqu'a|avant le|au plus tard le|d'ici le";

const APPLY_WORDS: &str = "candidat|postul|offre|dossier|cv|envoy|annonce|apply";

/// Words that may stand between a closing cue and its date.
const CLOSING_FILLERS: &str = "de|des|du|d|candidature|candidatures|depot|reception|envoi|\
    dossier|dossiers|pour|postuler|candidater|le|la|l|au|est|fixee|fixe|offre|inscriptions|a";

fn closing_value(
    t: &str,
    from: usize,
    lim: usize,
    reference_year: Option<i32>,
) -> Option<(PartialDate, usize)> {
    let mut pos = from;
    for _ in 0..8 {
        pos = skip_light(t, pos, lim);
        if pos >= lim {
            return None;
        }
        if let Some(found) = date_at(t, pos, lim, reference_year, false) {
            return Some(found);
        }
        let (ws, we) = word_at(t, pos)?;
        if !one_of(CLOSING_FILLERS, &t[ws..we]) {
            return None;
        }
        pos = we;
    }
    None
}

/// Find the application deadline: "date limite de candidature : 30 avril 2021",
/// "candidatures jusqu'au 15 mars", "envoyez votre CV avant le 1er juin 2021", "clôture des
/// candidatures le …". "jusqu'au" / "avant le" count only after an application word in the
/// same sentence (a contract "jusqu'au 31 décembre" is not a deadline). A front matter
/// value that is a date is taken as is.
#[cfg(test)]
pub(crate) fn find_closing(
    text: &str,
    origin: Origin,
    reference_year: Option<i32>,
) -> Vec<Hit<PartialDate>> {
    find_closing_in(&Scanned::new(text).passage(text, origin), reference_year)
}

/// [`find_closing`] on a passage already folded and scanned.
pub(crate) fn find_closing_in(p: &Passage, reference_year: Option<i32>) -> Vec<Hit<PartialDate>> {
    if p.origin == Origin::FrontMatter
        && let Some(d) = parse_french_date(p.text, reference_year)
    {
        return vec![Hit::new(d, 0, p.text.len())];
    }
    p.on_trigger_lines(Fact::Closing, |_, f| closings_in(f, reference_year))
}

/// The closing date's trigger words: the words a deadline is announced by, folded.
pub(crate) const TRIGGERS: &[&str] = &[
    "limite",
    "clotur",
    "candidatures",
    "deadline",
    "jusqu",
    "avant",
    "tard",
    "ici",
];

fn closings_in(folded: &Folded, reference_year: Option<i32>) -> Vec<Hit<PartialDate>> {
    let t = folded.text.as_str();
    let mut found: Vec<(usize, usize, PartialDate)> = Vec::new();
    for (list, needs_apply_word) in [(CLOSING_CUES, false), (UNTIL_CUES, true)] {
        for cue in list.split('|') {
            for at in word_starts(t, cue) {
                let (s, e) = sentence_around(t, at);
                if needs_apply_word && !has_word_prefix(t, s, at, APPLY_WORDS) {
                    continue;
                }
                if let Some((d, de)) = closing_value(t, at + cue.len(), e, reference_year) {
                    found.push((at, de, d));
                }
            }
        }
    }
    resolve(folded, found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    /// The year a page was posted, for the tables of dates written without a year.
    const YEAR: i32 = 2021;

    /// Every closing date read in `text`, in the order written.
    fn closings(text: &str, year: Option<i32>) -> Option<String> {
        let all: Vec<String> = find_closing(text, Origin::Body, year)
            .iter()
            .map(|h| h.value.to_string())
            .collect();
        (!all.is_empty()).then(|| all.join(", "))
    }

    /// Deadlines in prose, on a page whose year is unknown.
    #[rustfmt::skip]
    const PASS: &[(&str, &str)] = &[
        ("Date limite de candidature : 30 avril 2021", "2021-04-30"),
        ("Date limite de dépôt des candidatures : le 15/03/2021.", "2021-03-15"),
        ("Vous pouvez postuler jusqu'au 1er juin 2021.", "2021-06-01"),
        ("Envoyez votre CV à recrutement@exemple.fr avant le 31 mai 2020**", "2020-05-31"),
        ("Clôture des candidatures le 12 février 2022.", "2022-02-12"),
        ("Date de clôture : 2022-02-12", "2022-02-12"),
        ("Les candidatures sont ouvertes jusqu'au 20 septembre 2021 inclus.", "2021-09-20"),
    ];

    /// Dates after "jusqu'au" or "date limite" that are no deadline to apply; a deadline
    /// without its year.
    const FAIL: &[&str] = &[
        "CDD au sein de la direction jusqu'au 31 décembre 2023.",
        "Date limite dépassée sur un produit.",
        "Candidatures jusqu'au 15 mars",
        "Une mission de 6 mois, jusqu'à fin juillet 2021, renouvelable.",
        "Nous aimerions faire notre choix au plus tard fin janvier 2022.",
        "La plateforme vise 2 000 candidats d'ici juin 2023.",
        "Les candidats reçoivent un rappel 48h avant le rendez-vous.",
        "Contrat renouvelable jusqu'à fin 2022.",
        "Candidatures : date limite à venir.",
    ];

    #[test]
    fn closing_phrases() {
        let read = |text: &str| closings(text, None);
        test_rule("closing", Some(Fact::Closing), read, PASS, FAIL);
    }

    /// Deadlines on a page of [`YEAR`]: a day without a year takes it.
    #[rustfmt::skip]
    const PASS_IN_YEAR: &[(&str, &str)] = &[
        ("**Date limite de candidature : 25 juin**", "2021-06-25"),
        ("Candidatures jusqu’au 15 mars", "2021-03-15"),
    ];

    /// Days that are no deadline to apply, on a page of [`YEAR`].
    const FAIL_IN_YEAR: &[&str] = &[
        "L'équipe sera en vacances jusqu'au 15 août : nous lirons ta candidature ensuite.",
        "Durée : début avril, jusqu’au moins fin août.",
        "La date limite de paiement est le 15 mars.",
        "Un premier contrat jusqu’au mois d’août, prolongeable.",
        "Le service est ouvert jusqu'au 30 juin pour les usagers.",
    ];

    #[test]
    fn closing_phrases_on_a_page_of_the_year() {
        let read = |text: &str| closings(text, Some(YEAR));
        test_rule(
            "closing in year",
            Some(Fact::Closing),
            read,
            PASS_IN_YEAR,
            FAIL_IN_YEAR,
        );
    }
}
