//! Where and how to apply.

use serde::{Deserialize, Serialize};

/// How to apply to a posting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Apply {
    /// Addresses to send an application to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// Pages to apply on (a form, an offer on a job board).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub urls: Vec<String>,
    /// The offer's reference on an external job board ("2021-776390").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

impl Apply {
    /// Whether nothing says how to apply.
    pub fn is_empty(&self) -> bool {
        self.emails.is_empty() && self.urls.is_empty() && self.reference.is_none()
    }
}

/// Someone to contact about a page, as it names them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Contact {
    /// An e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// A member handle on the publishing site (`prenom.nom` on beta.gouv.fr).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
    /// A name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
