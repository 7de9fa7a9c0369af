//! The values of the national files' structured columns: a closed vocabulary each, as the
//! exports write it ("Fonction Publique de l'Etat", "Catégorie A (cadre)", "Vendée (85)",
//! "Niveau 6 Licence/diplômes équivalents", "31/12/9999"…).
//!
//! Each reader returns `None` for a value it does not know; the caller keeps it raw.

use time::Date;

use crate::model::{
    Category, Duration, Education, ExperienceLevel, Management, OpenTo, PartialDate, Status,
    Vacancy, Versant, WorkingTime,
};
use crate::text::dates::parse_date_text;
use crate::text::{fold, words};

/// Years from which a date means "no date" (the exports write `31/12/9999`).
const NO_DATE_FROM: i32 = 2090;

/// A date cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateCell {
    /// A date (`dd/mm/yyyy`, a time after it ignored).
    Date(Date),
    /// A year from 2090 on: the export's way of saying there is none.
    Never,
}

/// `dd/mm/yyyy`, `dd/mm/yyyy HH:MM[:SS]` (or ISO `yyyy-mm-dd`), as the local date written.
pub(crate) fn date(value: &str) -> Option<DateCell> {
    let d = parse_date_text(value)?;
    Some(if d.year() >= NO_DATE_FROM {
        DateCell::Never
    } else {
        DateCell::Date(d)
    })
}

impl DateCell {
    pub(crate) fn partial(self) -> Option<PartialDate> {
        match self {
            Self::Date(d) => Some(PartialDate::Day(d)),
            Self::Never => None,
        }
    }
}

/// "Fonction Publique de l'Etat", "Fonction publique Territoriale", "Fonction Publique
/// Hospitalière" (and the bare words).
pub(crate) fn versant(value: &str) -> Option<Versant> {
    let f = fold(value);
    if f.contains("etat") {
        Some(Versant::Etat)
    } else if f.contains("territorial") {
        Some(Versant::Territoriale)
    } else if f.contains("hospitali") {
        Some(Versant::Hospitaliere)
    } else {
        None
    }
}

/// "Catégorie A (cadre)", "Catégorie A+ (Encadrement supérieur…)", or the letter alone.
pub(crate) fn category(value: &str) -> Option<Category> {
    let f = fold(value);
    let f = f.trim();
    let letter = f.strip_prefix("categorie").map_or(f, str::trim_start);
    let (head, plus) = match letter.as_bytes() {
        [c, b'+', ..] => (*c, true),
        [c] | [c, b' ' | b'(', ..] => (*c, false),
        _ => return None,
    };
    match (head, plus) {
        (b'a', true) => Some(Category::APlus),
        (b'a', false) => Some(Category::A),
        (b'b', false) => Some(Category::B),
        (b'c', false) => Some(Category::C),
        _ => None,
    }
}

/// "Emploi ouvert aux titulaires et aux contractuels", "… et/ou aux contractuels",
/// "Emploi ouvert uniquement aux contractuels", "Emploi ouvert aux contractuels",
/// "Emploi réservé aux fonctionnaires et lauréats d'un concours territorial".
pub(crate) fn open_to(value: &str) -> Option<OpenTo> {
    let f = fold(value);
    let titulaires = f.contains("titulaire") || f.contains("fonctionnaire");
    let contractuels = f.contains("contractuel");
    match (titulaires, contractuels) {
        (true, true) => Some(OpenTo::TitulairesAndContractuels),
        (false, true) => Some(OpenTo::ContractuelsOnly),
        (true, false) => Some(OpenTo::TitulairesOnly),
        (false, false) => None,
    }
}

/// "Vacant", "Susceptible d'être vacant".
pub(crate) fn vacancy(value: &str) -> Option<Vacancy> {
    let f = fold(value);
    if f.contains("susceptible") {
        Some(Vacancy::MayBecomeVacant)
    } else if f.trim() == "vacant" {
        Some(Vacancy::Vacant)
    } else {
        None
    }
}

/// "Débutant", "Confirmé", "Expert".
pub(crate) fn experience_level(value: &str) -> Option<ExperienceLevel> {
    match fold(value).trim() {
        "debutant" | "debutante" | "junior" => Some(ExperienceLevel::Junior),
        "confirme" | "confirmee" => Some(ExperienceLevel::Confirmed),
        "expert" | "experte" | "senior" => Some(ExperienceLevel::Senior),
        _ => None,
    }
}

/// An education level, on the current scale ("Niveau 4 Baccalauréat" … "Niveau 8
/// Doctorat/diplômes équivalents") or the older one ("Niveau III : Bac + 2", "Niveau I :
/// Bac + 5"). `Err(())` for a level the model has no value for (CAP, BEP: levels 3 and V).
pub(crate) fn education(value: &str) -> Option<Result<Education, ()>> {
    let f = fold(value);
    let mut w = words(&f).map(|(a, b)| &f[a..b]);
    if w.next() != Some("niveau") {
        return None;
    }
    Some(match w.next()? {
        "3" | "v" => Err(()),
        "4" | "iv" => Ok(Education::Bac),
        "5" | "iii" => Ok(Education::BacPlus2),
        "6" | "ii" => Ok(Education::Licence),
        "7" | "i" => Ok(Education::Master),
        "8" => Ok(Education::Doctorat),
        _ => return None,
    })
}

/// "Temps complet", "Temps non complet".
pub(crate) fn working_time(value: &str) -> Option<WorkingTime> {
    match fold(value).trim() {
        "temps complet" | "temps plein" => Some(WorkingTime::Complete),
        "temps non complet" => Some(WorkingTime::NonComplete { share: None }),
        _ => None,
    }
}

/// A yes/no cell ("Oui", "Non").
pub(crate) fn yes_no(value: &str) -> Option<bool> {
    match fold(value).trim() {
        "oui" | "yes" | "true" | "vrai" | "o" | "1" => Some(true),
        "non" | "no" | "false" | "faux" | "n" | "0" => Some(false),
        _ => None,
    }
}

/// A contract length: "6 mois", "12 mois", "1 an", "3 ans", "18 mois renouvelables".
pub(crate) fn length(value: &str) -> Option<Duration> {
    let f = fold(value);
    let mut w = words(&f).map(|(a, b)| &f[a..b]);
    let n: u16 = w.next()?.parse().ok()?;
    let months = match w.next()? {
        "mois" => n,
        "an" | "ans" | "annee" | "annees" => n.checked_mul(12)?,
        _ => return None,
    };
    (months > 0).then(|| Duration::months(months))
}

/// "Oui", "Non", or a number of people managed.
pub(crate) fn management(value: &str) -> Option<Management> {
    if let Some(b) = yes_no(value) {
        return Some(Management {
            leads_team: b,
            team_size: None,
        });
    }
    let n: u32 = value.trim().parse().ok()?;
    Some(Management {
        leads_team: n > 0,
        team_size: (n > 0).then_some(n),
    })
}

/// "Diffusée": the offer is published.
pub(crate) fn status(value: &str) -> Option<Status> {
    match fold(value).trim() {
        "diffusee" | "publiee" | "en ligne" => Some(Status::Open),
        "archivee" | "cloturee" | "fermee" | "expiree" => Some(Status::Closed),
        "pourvue" => Some(Status::Filled),
        _ => None,
    }
}

/// "Vendée (85)", "Réunion (974)", "Corse du Sud (2A)": the name as written and the code.
pub(crate) fn department(value: &str) -> Option<(&str, &str)> {
    let v = value.trim();
    let open = v.rfind('(')?;
    let code = v[open + 1..].strip_suffix(')')?.trim();
    let ok = (1..=3).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric())
        && code.as_bytes()[0].is_ascii_digit();
    ok.then(|| (v[..open].trim(), code))
}

/// The métier without the asterisks some rows put around it; `None` for "Non renseigné".
pub(crate) fn occupation(value: &str) -> Option<String> {
    let v = value.trim().trim_matches('*').trim();
    let f = fold(v);
    (!v.is_empty() && f != "non renseigne" && f != "non renseignee").then(|| v.to_owned())
}

/// Language names of a `Langues` cell ("Anglais", "Anglais, Espagnol") as ISO 639-1
/// codes, in order; `None` when a name is not a language.
pub(crate) fn languages(value: &str) -> Option<Vec<String>> {
    let f = fold(value);
    let mut out: Vec<String> = Vec::new();
    for part in f.split([',', ';', '/', '|']) {
        for (a, b) in words(part) {
            let w = &part[a..b];
            if matches!(w, "et" | "and") {
                continue;
            }
            let code = crate::extract::facts::languages::language_code(w)?;
            if !out.iter().any(|c| c == code) {
                out.push(code.to_owned());
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies() {
        assert_eq!(versant("Fonction Publique de l'Etat"), Some(Versant::Etat));
        assert_eq!(
            versant("Fonction publique Territoriale"),
            Some(Versant::Territoriale)
        );
        assert_eq!(
            versant("Fonction Publique Hospitalière"),
            Some(Versant::Hospitaliere)
        );
        assert_eq!(versant("Privé"), None);
        assert_eq!(category("Catégorie A (cadre)"), Some(Category::A));
        assert_eq!(
            category("Catégorie A+ (Encadrement supérieur - Autres emplois fonctio"),
            Some(Category::APlus)
        );
        assert_eq!(category("C"), Some(Category::C));
        assert_eq!(category("Catégorie D"), None);
        assert_eq!(category("Cadre"), None);
        assert_eq!(
            open_to("Emploi ouvert aux titulaires et/ou aux contractuels"),
            Some(OpenTo::TitulairesAndContractuels)
        );
        assert_eq!(
            open_to("Emploi ouvert uniquement aux contractuels"),
            Some(OpenTo::ContractuelsOnly)
        );
        assert_eq!(
            open_to("Emploi réservé aux fonctionnaires et lauréats d'un concours territorial"),
            Some(OpenTo::TitulairesOnly)
        );
        assert_eq!(
            vacancy("Susceptible d'être vacant"),
            Some(Vacancy::MayBecomeVacant)
        );
        assert_eq!(vacancy("Vacant"), Some(Vacancy::Vacant));
        assert_eq!(
            experience_level("Confirmé"),
            Some(ExperienceLevel::Confirmed)
        );
        assert_eq!(department("Vendée (85)"), Some(("Vendée", "85")));
        assert_eq!(
            department("Corse du Sud (2A)"),
            Some(("Corse du Sud", "2A"))
        );
        assert_eq!(department("Réunion (974)"), Some(("Réunion", "974")));
        assert_eq!(department("Vendée"), None);
        assert_eq!(
            occupation("*Infirmière / Infirmier*").as_deref(),
            Some("Infirmière / Infirmier")
        );
        assert_eq!(occupation("Non renseigné"), None);
        assert_eq!(
            languages("Anglais, Espagnol"),
            Some(vec!["en".into(), "es".into()])
        );
        assert_eq!(
            languages("Anglais et allemand"),
            Some(vec!["en".into(), "de".into()])
        );
        assert_eq!(languages("Klingon"), None);
        assert_eq!(management("3").map(|m| m.team_size), Some(Some(3)));
        assert_eq!(length("6 mois"), Some(Duration::months(6)));
        assert_eq!(length("3 ans"), Some(Duration::months(36)));
        assert_eq!(length("1 an"), Some(Duration::months(12)));
        assert_eq!(length("Jusqu'au 31/12/2021"), None);
        assert_eq!(length("0 mois"), None);
    }

    #[test]
    fn education_scales() {
        let cases = [
            ("Niveau 4 Baccalauréat", Some(Ok(Education::Bac))),
            (
                "Niveau 5 Diplômes de niveau bac +2",
                Some(Ok(Education::BacPlus2)),
            ),
            (
                "Niveau 6 Licence/diplômes équivalents",
                Some(Ok(Education::Licence)),
            ),
            (
                "Niveau 7 Master/diplômes équivalents",
                Some(Ok(Education::Master)),
            ),
            (
                "Niveau 8 Doctorat/diplômes équivalents",
                Some(Ok(Education::Doctorat)),
            ),
            ("Niveau 3 Diplômes équivalents au CAP/BEP", Some(Err(()))),
            (
                "Niveau III : Bac + 2\tBTS, DUT, ou diplôme équivalent",
                Some(Ok(Education::BacPlus2)),
            ),
            (
                "Niveau II : Bac + 3\tLicence, licence professionnelle",
                Some(Ok(Education::Licence)),
            ),
            (
                "Niveau I : Bac + 5 Master, diplôme d'ingénieur",
                Some(Ok(Education::Master)),
            ),
            (
                "Niveau IV : Baccalauréat ou diplôme équivalent",
                Some(Ok(Education::Bac)),
            ),
            ("Niveau V : CAP, BEP ou diplôme équivalent", Some(Err(()))),
            ("Bac + 2", None),
        ];
        for (text, want) in cases {
            assert_eq!(education(text), want, "{text}");
        }
    }

    #[test]
    fn dates() {
        assert!(matches!(date("23/06/2026"), Some(DateCell::Date(_))));
        assert!(matches!(date("04/01/2021 10:06"), Some(DateCell::Date(_))));
        assert!(matches!(
            date("22/09/2021 20:11:48"),
            Some(DateCell::Date(_))
        ));
        assert_eq!(date("31/12/9999"), Some(DateCell::Never));
        assert_eq!(date("01/01/2090"), Some(DateCell::Never));
        assert_eq!(date("32/13/2026"), None);
        assert_eq!(date("demain"), None);
    }
}
