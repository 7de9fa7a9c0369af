//! The front matter dialects of the sites we read, as one table: key → meaning.
//!
//! Eleventy (`title`, `layout`), Jekyll posts (`layout: post`, `tags`, `author`),
//! beta.gouv.fr jobs (`roles`, `startup`, `friend`, `type`, `open`, `techno`,
//! `contact`/`contacts`, `domaines`, `date`), incubator jobs (`poste_ouvert`/`post_ouvert`,
//! `poste_ferme`, `poste_pourvu`, `contrat`, `externalURL`, `equipe`, `role`), and
//! organisation pages (`name`, `acronym`, `website`, `owner`, `incubator`…), and the pay and
//! civil-service keys of public offers (`salaire`, `tjm`, `versant`, `categorie`,
//! `nature_emploi`, `statut_poste`, `temps_de_travail`, `management`, `niveau_experience`,
//! `metier`). A key not in the table is kept raw in the page's `extra` map.

/// What a front matter key means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Meaning {
    /// The page title.
    Title,
    /// The role hired for (`roles`, `role`, `poste`).
    Role,
    /// The name of the organisation or team the page is about (`name`).
    Name,
    /// The organisation that hires or publishes (`startup`, `friend`, `equipe`, `incubator`).
    Organisation,
    /// A larger organisation it belongs to (`owner`, `administration`, `ministere`).
    Parent,
    /// An acronym.
    Acronym,
    /// The organisation's website.
    Website,
    /// A code forge address.
    Forge,
    /// Whether the offer is open (`open`, `ouvert`).
    Open,
    /// A status word (`status`, `statut`, `etat`).
    Status,
    /// Whether the post was filled (`poste_pourvu`).
    Filled,
    /// When the offer opened (`poste_ouvert`, `post_ouvert`).
    Opened,
    /// When the offer closes (`poste_ferme`, `depublication_date`, `date_limite`).
    Closing,
    /// The publication date (`date`).
    Date,
    /// The contract (`contrat`, `contract`, `type_contrat`).
    Contract,
    /// A contact (`contact`, `contacts`, `email`).
    Contact,
    /// Where to apply (`externalURL`, `externalUrl`, `candidature`, `apply_url`).
    ApplyUrl,
    /// Technologies (`techno`, `technos`, `stack`).
    Tech,
    /// Domains of the job (`domaines`, `domaine`).
    Domains,
    /// Tags.
    Tags,
    /// Author(s).
    Author,
    /// Whether juniors may apply.
    Junior,
    /// Where the job is (`lieu`, `localisation`, `ville`, `location`).
    Place,
    /// A street address.
    Address,
    /// Telework policy (`teletravail`, `remote`).
    Remote,
    /// A short description (`description`, `short_description`, `pitch`).
    Description,
    /// A mission statement.
    Mission,
    /// The programme a post belongs to.
    Programme,
    /// Keys about the page's place on its site, kept as written.
    Site,
    /// Known keys the model does not type (images, social handles): kept raw in `extra`.
    Extra,
    /// Pay (`salaire`, `remuneration`, `salary`).
    Pay,
    /// A daily rate (`tjm`, `taux_journalier`).
    DailyRate,
    /// The fonction publique (`versant`).
    Versant,
    /// The civil-service catégorie (`categorie`); a value that is no catégorie is kept raw.
    CivilCategory,
    /// Who may apply (`nature_emploi`).
    OpenTo,
    /// Whether the post is vacant (`statut_poste`, `vacance`).
    Vacancy,
    /// Temps complet or non complet (`temps_de_travail`).
    WorkingTime,
    /// A yes/no full-time key (`temps_plein`).
    FullTime,
    /// Whether the post leads a team (`management`, `encadrement`).
    Management,
    /// The experience level (`niveau_experience`).
    ExperienceLevel,
    /// The occupation (`metier`).
    Occupation,
}

/// The table. Keys are compared after lower-casing and turning `-` into `_`.
const TABLE: &[(&str, Meaning)] = &[
    ("title", Meaning::Title),
    ("titre", Meaning::Title),
    ("roles", Meaning::Role),
    ("role", Meaning::Role),
    ("poste", Meaning::Role),
    ("job_title", Meaning::Role),
    ("name", Meaning::Name),
    ("nom", Meaning::Name),
    ("startup", Meaning::Organisation),
    ("friend", Meaning::Organisation),
    ("equipe", Meaning::Organisation),
    ("incubator", Meaning::Organisation),
    ("organisation", Meaning::Organisation),
    ("organization", Meaning::Organisation),
    ("structure", Meaning::Organisation),
    ("owner", Meaning::Parent),
    ("administration", Meaning::Parent),
    ("ministere", Meaning::Parent),
    ("domaine_ministeriel", Meaning::Parent),
    ("acronym", Meaning::Acronym),
    ("sigle", Meaning::Acronym),
    ("website", Meaning::Website),
    ("site", Meaning::Website),
    ("url", Meaning::Website),
    ("service_url", Meaning::Website),
    ("github", Meaning::Forge),
    ("gitlab", Meaning::Forge),
    ("repository", Meaning::Forge),
    ("open", Meaning::Open),
    ("ouvert", Meaning::Open),
    ("status", Meaning::Status),
    ("statut", Meaning::Status),
    ("etat", Meaning::Status),
    ("startup_etat", Meaning::Site),
    ("poste_pourvu", Meaning::Filled),
    ("pourvu", Meaning::Filled),
    ("filled", Meaning::Filled),
    ("poste_ouvert", Meaning::Opened),
    ("post_ouvert", Meaning::Opened),
    ("poste_ferme", Meaning::Closing),
    ("post_ferme", Meaning::Closing),
    ("depublication_date", Meaning::Closing),
    ("date_limite", Meaning::Closing),
    ("deadline", Meaning::Closing),
    ("date", Meaning::Date),
    ("published", Meaning::Date),
    ("contrat", Meaning::Contract),
    ("contract", Meaning::Contract),
    ("type_contrat", Meaning::Contract),
    ("type_de_contrat", Meaning::Contract),
    ("contact", Meaning::Contact),
    ("contacts", Meaning::Contact),
    ("email", Meaning::Contact),
    ("externalurl", Meaning::ApplyUrl),
    ("external_url", Meaning::ApplyUrl),
    ("candidature", Meaning::ApplyUrl),
    ("apply_url", Meaning::ApplyUrl),
    ("lien_candidature", Meaning::ApplyUrl),
    ("techno", Meaning::Tech),
    ("technos", Meaning::Tech),
    ("technologies", Meaning::Tech),
    ("stack", Meaning::Tech),
    ("domaines", Meaning::Domains),
    ("domaine", Meaning::Domains),
    ("domains", Meaning::Domains),
    ("tags", Meaning::Tags),
    ("keywords", Meaning::Tags),
    ("author", Meaning::Author),
    ("authors", Meaning::Author),
    ("auteur", Meaning::Author),
    ("junior", Meaning::Junior),
    ("lieu", Meaning::Place),
    ("localisation", Meaning::Place),
    ("location", Meaning::Place),
    ("ville", Meaning::Place),
    ("city", Meaning::Place),
    ("address", Meaning::Address),
    ("adresse", Meaning::Address),
    ("teletravail", Meaning::Remote),
    ("remote", Meaning::Remote),
    ("description", Meaning::Description),
    ("short_description", Meaning::Description),
    ("pitch", Meaning::Description),
    ("mission", Meaning::Mission),
    ("programme", Meaning::Programme),
    ("program", Meaning::Programme),
    ("layout", Meaning::Site),
    ("type", Meaning::Site),
    ("toc", Meaning::Site),
    ("permalink", Meaning::Site),
    ("lang_ref", Meaning::Site),
    ("lang", Meaning::Site),
    ("eleventynavigation", Meaning::Site),
    ("page", Meaning::Site),
    ("category", Meaning::Site),
    ("categories", Meaning::Site),
    ("image", Meaning::Extra),
    ("img", Meaning::Extra),
    ("logo", Meaning::Extra),
    ("twitter", Meaning::Extra),
    ("id", Meaning::Site),
    ("highlighted_startups", Meaning::Extra),
    ("airtable_formulaire", Meaning::Extra),
    ("draft", Meaning::Site),
    ("weight", Meaning::Site),
    ("slug", Meaning::Site),
    ("aliases", Meaning::Site),
    ("redirect_from", Meaning::Site),
    ("salaire", Meaning::Pay),
    ("salary", Meaning::Pay),
    ("remuneration", Meaning::Pay),
    ("rémunération", Meaning::Pay),
    ("gratification", Meaning::Pay),
    ("base_salary", Meaning::Pay),
    ("pay", Meaning::Pay),
    ("tjm", Meaning::DailyRate),
    ("taux_journalier", Meaning::DailyRate),
    ("daily_rate", Meaning::DailyRate),
    ("versant", Meaning::Versant),
    ("fonction_publique", Meaning::Versant),
    ("categorie", Meaning::CivilCategory),
    ("catégorie", Meaning::CivilCategory),
    ("categorie_fp", Meaning::CivilCategory),
    ("nature_emploi", Meaning::OpenTo),
    ("nature_de_l_emploi", Meaning::OpenTo),
    ("ouvert_aux", Meaning::OpenTo),
    ("open_to", Meaning::OpenTo),
    ("statut_poste", Meaning::Vacancy),
    ("statut_du_poste", Meaning::Vacancy),
    ("vacance", Meaning::Vacancy),
    ("vacant", Meaning::Vacancy),
    ("temps_de_travail", Meaning::WorkingTime),
    ("temps_travail", Meaning::WorkingTime),
    ("working_time", Meaning::WorkingTime),
    ("temps_plein", Meaning::FullTime),
    ("temps_complet", Meaning::FullTime),
    ("management", Meaning::Management),
    ("encadrement", Meaning::Management),
    ("niveau_experience", Meaning::ExperienceLevel),
    ("niveau_d_experience", Meaning::ExperienceLevel),
    ("experience_level", Meaning::ExperienceLevel),
    ("seniorite", Meaning::ExperienceLevel),
    ("seniority", Meaning::ExperienceLevel),
    ("metier", Meaning::Occupation),
    ("métier", Meaning::Occupation),
    ("occupation", Meaning::Occupation),
    ("emploi_type", Meaning::Occupation),
];

/// The meaning of a key, if the table knows it.
pub(crate) fn meaning(key: &str) -> Option<Meaning> {
    let normal: String = key
        .trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    TABLE.iter().find(|(k, _)| *k == normal).map(|&(_, m)| m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_normalised() {
        assert_eq!(meaning("externalURL"), Some(Meaning::ApplyUrl));
        assert_eq!(meaning("externalUrl"), Some(Meaning::ApplyUrl));
        assert_eq!(meaning("lang-ref"), Some(Meaning::Site));
        assert_eq!(meaning("post_ouvert"), Some(Meaning::Opened));
        assert_eq!(meaning("whatever"), None);
    }

    #[test]
    fn table_has_no_duplicate_keys() {
        let mut keys: Vec<&str> = TABLE.iter().map(|(k, _)| *k).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(before, keys.len());
    }
}
