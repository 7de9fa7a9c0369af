//! The columns of the national files, as one table per format: column → what it holds.
//!
//! A renamed column is a one-line change here. The order of a table is also the order of
//! precedence when two columns hold the same fact (the first non-empty one is used, the
//! others are kept raw in `extra`). Several columns are misnamed by the back office: the
//! comments say what they hold.

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Field {
    /// The title of the post, as written.
    Title,
    /// The offer's reference on Choisir le service public.
    Reference,
    /// The employer, as named.
    Employer,
    /// The employer's name when the cell is a short name, free text when it is longer.
    EmployerOrText,
    /// The body the post is attached to ("Organisme de rattachement").
    Attachment,
    /// The innermost entity of the back-office tree of organisations.
    Entity,
    /// One level of that tree, 1 being the outermost.
    Chain(u8),
    /// Fonction publique de l'État, territoriale or hospitalière.
    Versant,
    /// Catégorie A+, A, B or C.
    Category,
    /// Who may apply ("Emploi ouvert aux titulaires et aux contractuels").
    OpenTo,
    /// Vacant, or may become so.
    Vacancy,
    /// The métier.
    Occupation,
    /// The kind of contract ("CDI", "CDD de 6 mois").
    Contract,
    /// The length of the contract ("6 mois").
    ContractLength,
    /// Telework: yes or no.
    Remote,
    /// Débutant, confirmé, expert.
    ExperienceLevel,
    /// The education level ("Niveau 6 Licence/diplômes équivalents").
    Education,
    /// The département ("Vendée (85)").
    Department,
    /// The région, as written.
    Region,
    /// An address or a commune, free text.
    Address,
    /// The first publication: the posting's date.
    DatePosted,
    /// The end of publication: when applications close.
    Closing,
    /// When the post is free: the earliest start.
    Start,
    /// "Temps complet" or "Temps non complet".
    WorkingTime,
    /// Full time: yes or no.
    FullTime,
    /// Whether the post leads a team.
    Management,
    /// Languages asked for.
    Languages,
    /// The state of the offer in the back office ("Diffusée").
    Status,
    /// Free text read with the same rules as page prose.
    Text,
    /// Known, and kept raw in `extra`: nothing in the model holds it.
    Extra,
    /// Names of back-office users: personal data, not carried into the posting.
    Personal,
}

/// The current open-data export (`offres-datagouv-YYYYMMDD.csv`, 30 columns).
pub(crate) const DATAGOUV: &[(&str, Field)] = &[
    ("Intitulé du poste", Field::Title),
    ("Référence", Field::Reference),
    ("Employeur", Field::Employer),
    ("Organisme de rattachement", Field::Attachment),
    ("Versant", Field::Versant),
    ("Catégorie", Field::Category),
    ("Nature de l'emploi", Field::OpenTo),
    ("Statut du poste", Field::Vacancy),
    ("Métier", Field::Occupation),
    ("Nature de contrat", Field::Contract),
    ("Durée du contrat", Field::ContractLength),
    ("Télétravail", Field::Remote),
    ("Niveau d'expérience min. requis", Field::ExperienceLevel),
    ("Niveau d'études", Field::Education),
    ("Localisation du poste", Field::Department),
    ("Lieu d'affectation", Field::Address),
    ("Lieu d'affectation (sans géolocalisation)", Field::Address),
    ("Date de première publication", Field::DatePosted),
    ("Date de fin de publication par défaut", Field::Closing),
    ("Date de vacance de l'emploi", Field::Start),
    ("Temps Plein", Field::FullTime),
    ("Management", Field::Management),
    ("Langues", Field::Languages),
    ("Compétences attendues", Field::Text),
    ("Documents à transmettre", Field::Text),
    ("Date de début de publication par défaut", Field::Extra),
    ("Spécialisation", Field::Extra),
    ("Durée du poste", Field::Extra),
    // The level of each language of `Langues`.
    ("Niveaux", Field::Extra),
    ("Avis de vacances au JO", Field::Extra),
];

/// The back-office (TalentSoft) export, as CSV (56 columns) or as a JSON array (47).
pub(crate) const TALENTSOFT: &[(&str, Field)] = &[
    ("JobDescriptionTranslation_JobTitle_", Field::Title),
    ("Offer_Reference_", Field::Reference),
    // The employer ("Mairie de NEUILLY-SUR-SEINE"), or a presentation of the service.
    (
        "Offer_CustomFieldsTranslation_LongText2_",
        Field::EmployerOrText,
    ),
    ("Origin_Entity_", Field::Entity),
    ("Origin_Entity_With1", Field::Chain(1)),
    ("Origin_Entity_With2", Field::Chain(2)),
    ("Origin_Entity_With3", Field::Chain(3)),
    ("Origin_Entity_With4", Field::Chain(4)),
    ("Origin_Entity_With5", Field::Chain(5)),
    // Named a salary range, holds the versant.
    ("JobDescription_SalaryRange_", Field::Versant),
    // Holds the catégorie ("A", or "Catégorie A (cadre)").
    (
        "JobDescription_CustomFields_CustomCodeTableValue1_",
        Field::Category,
    ),
    // Named a contract, holds who may apply (the nature de l'emploi).
    ("JobDescription_Contract_", Field::OpenTo),
    // Named a professional category, holds the statut du poste.
    ("JobDescription_ProfessionalCategory_", Field::Vacancy),
    ("JobDescription_PrimaryProfile_", Field::Occupation),
    (
        "JobDescriptionTranslation_ContractLength_",
        Field::ContractLength,
    ),
    ("ApplicantCriteria_ExperienceLevel_", Field::ExperienceLevel),
    ("ApplicantCriteria_EducationLevel_", Field::Education),
    ("Location_Department_Department_", Field::Department),
    ("Location_Region_Region_", Field::Region),
    ("Location_JobLocation_", Field::Address),
    (
        "Location_CustomFieldsTranslation_ShortText1_",
        Field::Address,
    ),
    ("FirstPublicationDate", Field::DatePosted),
    ("SchedulingData_DefaultPublicationEndDate_", Field::Closing),
    // A date the back office leaves unnamed: the end of publication in most rows, the
    // only closing date of the JSON export.
    ("Offer_CustomFields_Date1_", Field::Closing),
    ("OF_CustomFields_Date1_", Field::Closing),
    // The date the post is free.
    ("Origin_BeginningDate_", Field::Start),
    (
        "OfferCustomBlock1_CustomFields_CustomCodeTableValue3_",
        Field::WorkingTime,
    ),
    ("RequiredLanguage_Language_", Field::Languages),
    ("Offer_OfferStatus_", Field::Status),
    // The missions.
    ("JobDescriptionTranslation_Description1_", Field::Text),
    // The profile sought.
    ("JobDescriptionTranslation_Description2_", Field::Text),
    (
        "JobDescription_CustomFieldsTranslation_LongText1_",
        Field::Text,
    ),
    (
        "JobDescription_CustomFieldsTranslation_LongText2_",
        Field::Text,
    ),
    (
        "JobDescription_CustomFieldsTranslation_LongText3_",
        Field::Text,
    ),
    // A second title, or a longer description of the post.
    ("Offer_CustomFieldsTranslation_LongText1_", Field::Text),
    // How to apply.
    (
        "OfferCustomBlock1_CustomFieldsTranslation_LongText1_",
        Field::Text,
    ),
    ("OfferID", Field::Extra),
    ("Offer_OfferID_", Field::Extra),
    ("Offer_ModificationDate_", Field::Extra),
    // Latitude and longitude, with a decimal comma.
    ("Offer_CoordLat_", Field::Extra),
    ("Offer_CoordLong_", Field::Extra),
    (
        "JobDescription_CustomFieldsTranslation_ShortText2_",
        Field::Extra,
    ),
    ("JobDescription_Country_", Field::Extra),
    ("Offer_Profile_Profile_", Field::Extra),
    ("Location_GeographicalArea_GeographicalArea_", Field::Extra),
    ("Location_Country_Country_", Field::Extra),
    ("ApplicantCriteria_Country_", Field::Extra),
    ("Offer_Specialisation_Specialisation_", Field::Extra),
    ("RequiredLanguage_LanguageLevel_", Field::Extra),
    ("SchedulingData_DefaultPublicationBeginDate_", Field::Extra),
    ("SchedulingData_UpdateFrequency_", Field::Extra),
    ("SchedulingData_AutomaticUpdate_", Field::Extra),
    ("Offer_CreationUser_", Field::Personal),
    ("Offer_BackOfficeUser_User_", Field::Personal),
    ("MainSupervisor", Field::Personal),
    (
        "Origin_CustomFieldsTranslation_ShortText1_",
        Field::Personal,
    ),
    (
        "Origin_CustomFieldsTranslation_ShortText2_",
        Field::Personal,
    ),
    (
        "Origin_CustomFieldsTranslation_ShortText3_",
        Field::Personal,
    ),
];

/// The place of `name` in `table` (its precedence) and what it holds.
pub(crate) fn lookup(table: &[(&str, Field)], name: &str) -> Option<(usize, Field)> {
    let name = name.trim();
    table
        .iter()
        .position(|(n, _)| *n == name)
        .map(|i| (i, table[i].1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique() {
        for table in [DATAGOUV, TALENTSOFT] {
            for (i, (name, _)) in table.iter().enumerate() {
                assert!(!table[..i].iter().any(|(n, _)| n == name), "{name} twice");
            }
        }
        assert_eq!(DATAGOUV.len(), 30);
        // 56 columns of the CSV, and the JSON's two names of its own.
        assert_eq!(TALENTSOFT.len(), 58);
    }
}
