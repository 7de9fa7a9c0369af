//! A posting as one flat row: the columns a notebook or a spreadsheet wants first.
//!
//! The CLI's CSV export and the Python `to_frame` both use this, so the columns are the
//! same everywhere.

use serde::{Deserialize, Serialize};

use crate::model::{Posting, Start, WorkingTime};

/// One posting as flat columns; lists stay lists (the CSV writer joins them with `; `).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct PostingRow {
    /// The role.
    pub title: Option<String>,
    /// The hiring organisation.
    pub organisation: Option<String>,
    /// `open`, `closed`, `filled` or `unknown`.
    #[cfg_attr(feature = "schemars", schemars(with = "crate::Status"))]
    pub status: String,
    /// The first contract's kind (`cdd`, `freelance`…).
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::ContractKind>"))]
    pub contract_kind: Option<String>,
    /// Every contract kind offered.
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<crate::ContractKind>"))]
    pub contract_kinds: Vec<String>,
    /// The first contract's length in months (its minimum when a range).
    pub months: Option<u16>,
    /// Whether the first contract is renewable, where the page says.
    pub renewable: Option<bool>,
    /// The largest part-time fraction offered (0.8 for "4/5").
    pub part_time: Option<f32>,
    /// The city.
    pub city: Option<String>,
    /// Whether telework is possible, where the page says.
    pub remote_allowed: Option<bool>,
    /// The cap on telework days per week.
    pub remote_days: Option<f32>,
    /// Whether the job is fully remote.
    pub full_remote: Option<bool>,
    /// The earliest start: `asap`, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::Start>"))]
    pub start: Option<String>,
    /// The publication date.
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::PartialDate>"))]
    pub date_posted: Option<String>,
    /// When applications close.
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::PartialDate>"))]
    pub closing_date: Option<String>,
    /// The size of the team joined.
    pub team_size: Option<u32>,
    /// Minimum years of experience.
    pub experience_years_min: Option<u8>,
    /// Education level (`bac`, `bac_plus_2`, `licence`, `master`, `doctorat`).
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::Education>"))]
    pub education: Option<String>,
    /// Technologies.
    pub tech: Vec<String>,
    /// Working languages (ISO 639-1).
    pub languages: Vec<String>,
    /// Where to apply by e-mail.
    pub apply_emails: Vec<String>,
    /// Where to apply on the web.
    pub apply_urls: Vec<String>,
    /// External offer reference.
    pub reference: Option<String>,
    /// The lowest amount of the first pay statement with an amount (in its currency, per
    /// `pay_period`).
    pub pay_min: Option<f64>,
    /// Its highest amount.
    pub pay_max: Option<f64>,
    /// What it is paid for: `hour`, `day`, `week`, `month` or `year`.
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::PayPeriod>"))]
    pub pay_period: Option<String>,
    /// `gross` or `net`, where stated.
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::PayBasis>"))]
    pub pay_basis: Option<String>,
    /// The fonction publique: `etat`, `territoriale` or `hospitaliere`.
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::Versant>"))]
    pub versant: Option<String>,
    /// The catégories open (`A+`, `A`, `B`, `C`).
    #[cfg_attr(feature = "schemars", schemars(with = "Vec<crate::Category>"))]
    pub categories: Vec<String>,
    /// Who may apply: `titulaires_and_contractuels`, `contractuels_only`, `titulaires_only`.
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::OpenTo>"))]
    pub open_to: Option<String>,
    /// Whether the post is open to détachement, where the page says.
    pub secondment: Option<bool>,
    /// `vacant` or `may_become_vacant`.
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::Vacancy>"))]
    pub vacancy: Option<String>,
    /// The experience level in words: `junior`, `confirmed` or `senior`.
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "Option<crate::ExperienceLevel>")
    )]
    pub experience_level: Option<String>,
    /// Whether the post leads a team, where the page says.
    pub leads_team: Option<bool>,
    /// The size of the team it leads, where stated.
    pub managed_team_size: Option<u32>,
    /// `complete` or `non_complete` (temps complet, temps non complet).
    pub working_time: Option<String>,
    /// The share of full time of a temps non complet (0.8 for 28 hours), where stated.
    pub working_time_share: Option<f32>,
}

/// The column names of [`PostingRow`], in order.
pub const POSTING_COLUMNS: &[&str] = &[
    "title",
    "organisation",
    "status",
    "contract_kind",
    "contract_kinds",
    "months",
    "renewable",
    "part_time",
    "city",
    "remote_allowed",
    "remote_days",
    "full_remote",
    "start",
    "date_posted",
    "closing_date",
    "team_size",
    "experience_years_min",
    "education",
    "tech",
    "languages",
    "apply_emails",
    "apply_urls",
    "reference",
    "pay_min",
    "pay_max",
    "pay_period",
    "pay_basis",
    "versant",
    "categories",
    "open_to",
    "secondment",
    "vacancy",
    "experience_level",
    "leads_team",
    "managed_team_size",
    "working_time",
    "working_time_share",
];

fn enum_name<T: Serialize>(value: &T) -> Option<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Some(s),
        _ => None,
    }
}

impl Posting {
    /// This posting as one flat row.
    pub fn to_row(&self) -> PostingRow {
        let first = self.contracts.first();
        let pay = self
            .pay
            .iter()
            .find(|p| p.min.is_some() || p.max.is_some())
            .or(self.pay.first());
        PostingRow {
            title: self.role.clone(),
            organisation: self.organisation.clone(),
            status: self.status.as_str().to_owned(),
            contract_kind: first.and_then(|c| enum_name(&c.kind)),
            contract_kinds: self
                .contracts
                .iter()
                .filter_map(|c| enum_name(&c.kind))
                .collect(),
            months: first
                .and_then(|c| c.duration.as_ref())
                .and_then(|d| d.min_months.or(d.max_months)),
            renewable: first.and_then(|c| c.renewable),
            part_time: self
                .part_time
                .as_ref()
                .and_then(|p| p.fractions.iter().copied().reduce(f32::max)),
            city: self.location.as_ref().and_then(|l| l.city.clone()),
            remote_allowed: self.remote.as_ref().map(|r| r.allowed),
            remote_days: self.remote.as_ref().and_then(|r| r.max_days_per_week),
            full_remote: self.remote.as_ref().map(|r| r.full_remote),
            start: self.start.as_ref().map(|s| match s {
                Start::Asap => "asap".to_owned(),
                Start::Date(d) => d.to_string(),
            }),
            date_posted: self.meta.date_posted.map(|d| d.to_string()),
            closing_date: self.closing_date.map(|d| d.to_string()),
            team_size: self.team_size,
            experience_years_min: self.experience.as_ref().and_then(|e| e.min_years),
            education: self.education.as_ref().and_then(enum_name),
            tech: self.tech.clone(),
            languages: self.languages.clone(),
            apply_emails: self.apply.emails.clone(),
            apply_urls: self.apply.urls.clone(),
            reference: self.apply.reference.clone(),
            pay_min: pay.and_then(|p| p.min),
            pay_max: pay.and_then(|p| p.max),
            pay_period: pay.and_then(|p| p.period.as_ref().and_then(enum_name)),
            pay_basis: pay.and_then(|p| p.basis.as_ref().and_then(enum_name)),
            versant: self.versant.as_ref().and_then(enum_name),
            categories: self.categories.iter().filter_map(enum_name).collect(),
            open_to: self.open_to.as_ref().and_then(enum_name),
            secondment: self.secondment,
            vacancy: self.vacancy.as_ref().and_then(enum_name),
            experience_level: self.experience_level.as_ref().and_then(enum_name),
            leads_team: self.management.map(|m| m.leads_team),
            managed_team_size: self.management.and_then(|m| m.team_size),
            working_time: self.working_time.map(|w| {
                match w {
                    WorkingTime::Complete => "complete",
                    WorkingTime::NonComplete { .. } => "non_complete",
                }
                .to_owned()
            }),
            working_time_share: match self.working_time {
                Some(WorkingTime::NonComplete { share }) => share,
                _ => None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_match_the_row() {
        let row = serde_json::to_value(PostingRow::default()).unwrap();
        let keys: Vec<&str> = row
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, POSTING_COLUMNS);
    }

    #[test]
    fn a_posting_flattens() {
        let page = crate::Page::parse(
            "---\nroles: Data scientist\nstartup: Compteur Vélo\nopen: true\ncontrat: CDD 18 mois\n---\n\
             Poste basé à Nantes. Télétravail possible jusqu'à 2 jours par semaine.\n\n\
             Rémunération selon profil.\n\nSalaire : 45–55 k€ brut annuel.\n"
                .as_bytes(),
        )
        .unwrap();
        let crate::Page::Posting(p) = page else {
            panic!("a posting")
        };
        let row = p.to_row();
        assert_eq!(row.title.as_deref(), Some("Data scientist"));
        assert_eq!(row.status, "open");
        assert_eq!(row.contract_kind.as_deref(), Some("cdd"));
        assert_eq!(row.months, Some(18));
        assert_eq!(row.city.as_deref(), Some("Nantes"));
        assert_eq!(row.remote_days, Some(2.0));
        // The statement with an amount, not the first one.
        assert_eq!((row.pay_min, row.pay_max), (Some(45000.0), Some(55000.0)));
        assert_eq!(row.pay_period.as_deref(), Some("year"));
        assert_eq!(row.pay_basis.as_deref(), Some("gross"));
        // Nothing of the frame is said: the columns stay empty.
        assert_eq!(
            (row.versant.as_deref(), row.working_time.as_deref()),
            (None, None)
        );
        assert!(row.categories.is_empty());
    }

    #[test]
    fn the_frame_flattens() {
        let page = crate::Page::parse(
            "---\ntitle: Rédacteur·rice\norganisation: Mairie de Blois\nversant: territoriale\n\
             categorie: B\ntemps_de_travail: Temps non complet (28h hebdomadaires)\n---\n\
             Poste ouvert aux titulaires et aux contractuels. Le poste est vacant.\n\n\
             Vous encadrez une équipe de 4 agents.\n"
                .as_bytes(),
        )
        .unwrap();
        let crate::Page::Posting(p) = page else {
            panic!("a posting")
        };
        let row = p.to_row();
        assert_eq!(row.versant.as_deref(), Some("territoriale"));
        assert_eq!(row.categories, ["B"]);
        assert_eq!(row.open_to.as_deref(), Some("titulaires_and_contractuels"));
        assert_eq!(row.vacancy.as_deref(), Some("vacant"));
        assert_eq!(
            (row.leads_team, row.managed_team_size),
            (Some(true), Some(4))
        );
        assert_eq!(row.working_time.as_deref(), Some("non_complete"));
        assert_eq!(row.working_time_share, Some(0.8));
    }
}
