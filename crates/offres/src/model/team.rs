//! `Team`: a team's own page about its mission, commitments and rituals.

use serde::{Deserialize, Serialize};

use crate::model::{Contact, Meta, Ritual};

/// A team's own page: what it does, what it commits to, and when it meets.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Team {
    /// Title, excerpt, dates, site keys, extras, sources and diagnostics.
    #[serde(flatten)]
    pub meta: Meta,
    /// The team, as the page names it ("pôle logiciels libres").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The team and the larger organisations it belongs to, innermost first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisation_chain: Vec<String>,
    /// The mission statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mission: Option<String>,
    /// Listed commitments.
    #[serde(default, skip_serializing_if = "Commitments::is_empty")]
    pub commitments: Commitments,
    /// Sites and products the team maintains (URLs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maintains: Vec<String>,
    /// Recurring events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rituals: Vec<Ritual>,
    /// People and addresses to contact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
}

/// Commitments a team lists, towards others and within itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Commitments {
    /// Towards the people the team works with ("Répondre à tous les messages reçus").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub external: Vec<String>,
    /// Within the team ("No blame culture").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub internal: Vec<String>,
}

impl Commitments {
    /// Whether none are listed.
    pub fn is_empty(&self) -> bool {
        self.external.is_empty() && self.internal.is_empty()
    }
}
