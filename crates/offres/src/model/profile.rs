//! What a posting asks of a candidate: education, experience, skills.

use serde::{Deserialize, Serialize};

/// Level of education asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Education {
    /// Baccalauréat (end of secondary school).
    Bac,
    /// Two years of higher education (bac+2: BTS, DUT, DEUG).
    #[serde(rename = "bac_plus_2")]
    BacPlus2,
    /// Licence (bac+3; bac+4 is counted here too).
    Licence,
    /// Master (bac+5), including engineering school degrees.
    Master,
    /// Doctorate (bac+8, PhD).
    Doctorat,
}

/// Years of experience asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Experience {
    /// The minimum number of years ("au moins 3 ans", the lower bound of "3 à 5 ans").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_years: Option<u8>,
    /// The maximum number of years (the upper bound of "3 à 5 ans", "moins de 2 ans").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_years: Option<u8>,
}

/// Skills listed by kind, as the French public-sector job template groups them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Skills {
    /// Knowledge (savoirs, connaissances).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub knowledge: Vec<String>,
    /// Know-how (savoir-faire, compétences techniques ou opérationnelles).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub know_how: Vec<String>,
    /// Soft skills (savoir-être, qualités, compétences comportementales).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub soft: Vec<String>,
}
