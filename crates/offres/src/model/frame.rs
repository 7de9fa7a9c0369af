//! The civil-service frame of a public offer: which fonction publique, which catégorie,
//! who may apply, whether the post is vacant, how much of the time, and whether it leads a
//! team.

use serde::{Deserialize, Serialize};

/// Which of the three fonctions publiques a post belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Versant {
    /// Fonction publique de l'État.
    Etat,
    /// Fonction publique territoriale.
    Territoriale,
    /// Fonction publique hospitalière.
    Hospitaliere,
}

/// A civil-service catégorie.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub enum Category {
    /// Catégorie A+ (encadrement supérieur).
    #[serde(rename = "A+")]
    APlus,
    /// Catégorie A.
    A,
    /// Catégorie B.
    B,
    /// Catégorie C.
    C,
}

/// Who may apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OpenTo {
    /// Civil servants (titulaires) and contract staff (contractuels).
    TitulairesAndContractuels,
    /// Contract staff only.
    ContractuelsOnly,
    /// Civil servants only.
    TitulairesOnly,
}

/// Whether the post is free now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Vacancy {
    /// "Poste vacant".
    Vacant,
    /// "Susceptible d'être vacant".
    MayBecomeVacant,
}

/// The experience level asked for in words, apart from a number of years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExperienceLevel {
    /// "Débutant", "junior", "première expérience".
    Junior,
    /// "Confirmé", "expérimenté".
    Confirmed,
    /// "Expert", "senior".
    Senior,
}

/// Whether the post leads a team.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Management {
    /// The post manages people ("encadrement d'une équipe", "management de 5 agents").
    pub leads_team: bool,
    /// How many people it manages, where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_size: Option<u32>,
}

/// The working time of a public post.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WorkingTime {
    /// Temps complet.
    Complete,
    /// Temps non complet, with the share of full time where stated (28 h of 35 → 0.8).
    NonComplete {
        /// The share of full time, in (0, 1].
        #[serde(default, skip_serializing_if = "Option::is_none")]
        share: Option<f32>,
    },
}
