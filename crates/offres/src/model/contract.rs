//! Contract kinds, durations and options.

use serde::{Deserialize, Serialize};

/// The kind of contract offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContractKind {
    /// Fixed-term contract (CDD, "contrat à durée déterminée", "contractuel" of the public service).
    Cdd,
    /// Permanent contract (CDI).
    Cdi,
    /// Civil servant: titulaire, fonctionnaire, détachement.
    CivilServant,
    /// Independent contractor: prestataire, indépendant·e, freelance, auto-entrepreneur, portage.
    Freelance,
    /// Internship (stage, stagiaire).
    Internship,
    /// Apprenticeship: alternance, apprentissage, contrat de professionnalisation.
    Apprenticeship,
    /// Volunteering: service civique, volontariat.
    Volunteer,
}

/// A length in months, exact (min == max) or a range; "au moins 6 mois" has no max.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Duration {
    /// The shortest length in months, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_months: Option<u16>,
    /// The longest length in months, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_months: Option<u16>,
}

impl Duration {
    /// An exact length in months.
    pub fn months(m: u16) -> Self {
        Self {
            min_months: Some(m),
            max_months: Some(m),
        }
    }
}

/// One contract option of a posting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Contract {
    /// The kind of contract.
    pub kind: ContractKind,
    /// Its length, where the page states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    /// `true` where the page says renouvelable/reconductible, `false` for "non renouvelable".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewable: Option<bool>,
}
