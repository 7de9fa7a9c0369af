//! Part time offered.

use serde::{Deserialize, Serialize};

/// Fractions of full time offered, e.g. [0.6, 0.8] for "3/5 ou 4/5".
///
/// An empty `fractions` means part time is offered without a share ("temps partiel possible").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct PartTime {
    /// Shares of full time, sorted, unique, in (0, 1], rounded to 2 decimals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fractions: Vec<f32>,
    /// Whether the share is a minimum ("80 % minimum", "au moins 4 jours").
    #[serde(default)]
    pub minimum: bool,
}
