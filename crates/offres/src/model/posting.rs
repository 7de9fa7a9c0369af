//! `Posting`: a job offer.

use serde::{Deserialize, Serialize};

use crate::model::{
    Apply, Category, Contact, Contract, Education, Experience, ExperienceLevel, Location,
    Management, Meta, OpenTo, PartTime, PartialDate, Pay, Remote, Skills, Start, Status, Vacancy,
    Versant, WorkingTime,
};

/// A job posting: the role, who hires, on what terms, and how to apply.
///
/// Facts the page does not state are absent, never guessed; `meta.sources` says where
/// each one was read.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Posting {
    /// Title, excerpt, dates, site keys, extras, sources and diagnostics.
    #[serde(flatten)]
    pub meta: Meta,
    /// The role, without the "H/F" and contract suffixes ("Chargé·e de communautés").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The organisation that hires, as the page names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// That organisation and the larger ones it belongs to, innermost first, as far as
    /// the page says (pôle → Etalab → DINUM).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisation_chain: Vec<String>,
    /// The programme the post belongs to ("Entrepreneurs d'Intérêt Général").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<String>,
    /// Whether the offer is still open.
    #[serde(default)]
    pub status: Status,
    /// The contracts offered; several when the page offers alternatives ("CDD ou freelance").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contracts: Vec<Contract>,
    /// Part time offered, when the post is not (only) full time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_time: Option<PartTime>,
    /// Where the job is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// The telework policy, where the page states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote: Option<Remote>,
    /// The earliest start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Start>,
    /// When applications close.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing_date: Option<PartialDate>,
    /// The number of people in the team the hire joins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_size: Option<u32>,
    /// The experience asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experience: Option<Experience>,
    /// The education level asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<Education>,
    /// Skills listed by kind, where the page lists them so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skills: Option<Skills>,
    /// Technologies named, with normalised names ("Vue.js", "PostgreSQL").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tech: Vec<String>,
    /// Working languages required (ISO 639-1 codes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Where and how to apply.
    #[serde(default, skip_serializing_if = "Apply::is_empty")]
    pub apply: Apply,
    /// Other addresses and people named on the page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    /// Whether juniors may apply, where the front matter says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub junior: Option<bool>,
    /// Domains of the job (`domaines`: "Développement", "Déploiement").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// The occupation (métier) as the offer names it ("Chef / cheffe de projet").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<String>,
    /// What the page says about pay: one entry per amount, range or rule it states.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pay: Vec<Pay>,
    /// The fonction publique the post belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versant: Option<Versant>,
    /// The catégories the post is open to ("catégorie A ou B").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    /// Who may apply: titulaires, contractuels or both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_to: Option<OpenTo>,
    /// Whether a civil servant may come by secondment (détachement), where said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondment: Option<bool>,
    /// Whether the post is vacant or may become so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vacancy: Option<Vacancy>,
    /// The experience level asked for in words (apart from `experience`'s years).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experience_level: Option<ExperienceLevel>,
    /// Whether the post leads a team, and how large, where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub management: Option<Management>,
    /// Temps complet or non complet, where stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_time: Option<WorkingTime>,
}
