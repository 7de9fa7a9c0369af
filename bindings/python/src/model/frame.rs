//! Pay and the civil-service frame of a posting.

use pyo3::prelude::*;

use crate::convert::enum_str;

model!(
    /// One statement of pay: an amount or a range, or a rule without an amount.
    Pay => offres::Pay {
    /// float | None: The lowest amount (in `currency`, per `period`).
    #[getter]
    fn min(&self) -> Option<f64> { self.0.min }
    /// float | None: The highest amount.
    #[getter]
    fn max(&self) -> Option<f64> { self.0.max }
    /// str | None: The currency (ISO 4217, `EUR`), where an amount is stated.
    #[getter]
    fn currency(&self) -> Option<String> { self.0.currency.clone() }
    /// str | None: What the amount is paid for: `hour`, `day`, `week`, `month` or `year`.
    #[getter]
    fn period(&self) -> Option<String> { self.0.period.as_ref().map(enum_str) }
    /// str | None: `gross` or `net`, where stated.
    #[getter]
    fn basis(&self) -> Option<String> { self.0.basis.as_ref().map(enum_str) }
    /// bool | None: Whether the amount is before tax (HT), where stated.
    #[getter]
    fn before_tax(&self) -> Option<bool> { self.0.before_tax }
    /// list[str]: What the pay depends on: `profile`, `experience`.
    #[getter]
    fn depends_on(&self) -> Vec<String> { self.0.depends_on.iter().map(enum_str).collect() }
    /// str | None: A rule stated without an amount ("selon la grille indiciaire").
    #[getter]
    fn rule(&self) -> Option<String> { self.0.rule.clone() }
    /// str: The statement as written.
    #[getter]
    fn text(&self) -> String { self.0.text.clone() }
});

model!(
    /// Whether the post leads a team.
    Management => offres::Management {
    /// bool: Whether the post leads a team.
    #[getter]
    fn leads_team(&self) -> bool { self.0.leads_team }
    /// int | None: The size of the team it leads, where stated.
    #[getter]
    fn team_size(&self) -> Option<u32> { self.0.team_size }
});

model!(
    /// Temps complet or temps non complet.
    WorkingTime => offres::WorkingTime {
    /// Literal["complete", "non_complete"]: Temps complet or temps non complet.
    #[getter]
    fn kind(&self) -> &'static str {
        match self.0 {
            offres::WorkingTime::Complete => "complete",
            offres::WorkingTime::NonComplete { .. } => "non_complete",
        }
    }
    /// float | None: The share of full time of a temps non complet (0.8 for 28 hours).
    #[getter]
    fn share(&self) -> Option<f32> {
        match self.0 {
            offres::WorkingTime::Complete => None,
            offres::WorkingTime::NonComplete { share } => share,
        }
    }
});
