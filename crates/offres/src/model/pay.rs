//! What a posting says about pay.

use serde::{Deserialize, Serialize};

/// One statement about pay: an amount or a range with its terms, or a rule with no amount
/// ("selon la grille indiciaire", "gratification légale"). A page may give one per profile.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Pay {
    /// The lowest amount stated, in `currency` per `period` ("entre 500 € et 650 €" → 500;
    /// "45–55 k€" → 45000); absent when no amount is stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The highest amount stated; equal to `min` for a single amount; absent for "à partir
    /// de 2 200 €".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// The ISO 4217 currency of the amounts ("EUR").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// What the amounts are paid for: an hour, a day (a daily rate, TJM), a month, a year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<PayPeriod>,
    /// Gross (brut) or net, where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<PayBasis>,
    /// `true` for an amount before tax (HT), as freelance daily rates are stated; `false`
    /// for TTC; absent when not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_tax: Option<bool>,
    /// What the pay depends on, where the page says ("selon profil", "selon expérience").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<PayFactor>,
    /// A rule stated instead of (or besides) an amount, as written ("selon la grille
    /// indiciaire", "gratification légale").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The phrase as written.
    pub text: String,
}

/// What an amount of pay is paid for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PayPeriod {
    /// Per hour.
    Hour,
    /// Per day (a daily rate, "TJM").
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
}

/// Gross or net pay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PayBasis {
    /// Before social contributions (brut).
    Gross,
    /// After social contributions (net).
    Net,
}

/// What pay depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PayFactor {
    /// "selon profil".
    Profile,
    /// "selon expérience".
    Experience,
}
