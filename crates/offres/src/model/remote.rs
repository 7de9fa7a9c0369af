//! The telework policy of a posting.

use serde::{Deserialize, Serialize};

/// The telework policy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Remote {
    /// Whether telework is possible at all.
    pub allowed: bool,
    /// The cap on telework days per week, where one is stated ("jusqu'à deux jours par
    /// semaine" → 2), or derived from a minimum of days on site (see [`Self::min_days_on_site`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_days_per_week: Option<f32>,
    /// The minimum number of days per week on site, where one is stated ("3 jours par
    /// semaine sur site" → 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_days_on_site: Option<f32>,
    /// Whether the job can be done entirely remotely ("100 % télétravail", "full remote").
    #[serde(default)]
    #[allow(clippy::struct_field_names)]
    pub full_remote: bool,
}
