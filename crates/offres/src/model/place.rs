//! Where the job is.

use serde::{Deserialize, Serialize};

/// Where the job is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Location {
    /// The commune as commonly spelt ("Paris", "Saint-Denis", "Lyon"); an arrondissement
    /// ("Paris 7e") gives its commune.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The street address as written in the page ("20 avenue de Ségur", "Avenue de Ségur").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The five-digit postal code, where the page gives one ("75007").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The département as named ("Vendée"), where given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// The département's code ("85", "2A", "971"), where given or known from the postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department_code: Option<String>,
    /// The région as named ("Pays de la Loire"), where given or known from the département.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}
