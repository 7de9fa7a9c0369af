//! An organisation page and the products it presents.

use crate::model::{Contact, Location, Meta, Ritual};
use serde::{Deserialize, Serialize};

/// An organisation's page: an incubator, an administration, a public service.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Organisation {
    /// Title, excerpt, dates, site keys, extras, sources and diagnostics.
    #[serde(flatten)]
    pub meta: Meta,
    /// The organisation's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its acronym.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// The organisation and the larger ones it belongs to, innermost first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisation_chain: Vec<String>,
    /// Its website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Its code forge (GitHub or GitLab organisation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forge: Option<String>,
    /// Where it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// People and addresses to contact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    /// Its mission, as stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mission: Option<String>,
    /// Products and services it maintains.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub products: Vec<Product>,
    /// Recurring events, where the page lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rituals: Vec<Ritual>,
}

/// A product or service an organisation maintains.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Product {
    /// Its name as the page writes it.
    pub name: String,
    /// Its address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
