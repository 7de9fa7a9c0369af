//! Whether an offer is open, closed or filled.

use serde::{Deserialize, Serialize};

/// Whether a posting is still open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Open to applications.
    Open,
    /// No longer open, whether or not it was filled.
    Closed,
    /// Explicitly filled ("offre pourvue", `poste_pourvu: true`).
    Filled,
    /// The page does not say.
    #[default]
    Unknown,
}

impl Status {
    /// `open`, `closed`, `filled` or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Filled => "filled",
            Self::Unknown => "unknown",
        }
    }
}
