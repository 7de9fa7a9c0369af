//! The typed pages: posting, organisation, team.

use std::sync::Arc;

use pyo3::prelude::*;

use super::{
    Apply, Commitments, Contact, Contract, Diagnostic, Experience, Export, Location, Management,
    PartTime, PartialDate, Pay, Product, Remote, Ritual, Skills, Source, Start, WorkingTime,
};
use crate::convert::{self, enum_str};

model!(page "posting"
    /// A job posting.
    Posting => offres::Posting {
    /// str | None: The role, without "H/F" or contract suffixes.
    #[getter]
    fn role(&self) -> Option<String> { self.0.role.clone() }
    /// str | None: The hiring organisation, as named.
    #[getter]
    fn organisation(&self) -> Option<String> { self.0.organisation.clone() }
    /// list[str]: The organisation and its parents, innermost first.
    #[getter]
    fn organisation_chain(&self) -> Vec<String> { self.0.organisation_chain.clone() }
    /// str | None: The programme the post belongs to.
    #[getter]
    fn programme(&self) -> Option<String> { self.0.programme.clone() }
    /// Literal["open", "closed", "filled", "unknown"]: Whether the post is open.
    #[getter]
    fn status(&self) -> &'static str { self.0.status.as_str() }
    /// list[Contract]: The contracts offered.
    #[getter]
    fn contracts(&self) -> Vec<Contract> { self.0.contracts.iter().cloned().map(Contract).collect() }
    /// PartTime | None: Part time offered.
    #[getter]
    fn part_time(&self) -> Option<PartTime> { self.0.part_time.clone().map(PartTime) }
    /// Location | None: Where the job is.
    #[getter]
    fn location(&self) -> Option<Location> { self.0.location.clone().map(Location) }
    /// Remote | None: The telework policy.
    #[getter]
    fn remote(&self) -> Option<Remote> { self.0.remote.map(Remote) }
    /// Start | None: The earliest start.
    #[getter]
    fn start(&self) -> Option<Start> { self.0.start.map(Start) }
    /// PartialDate | None: When applications close.
    #[getter]
    fn closing_date(&self) -> Option<PartialDate> { self.0.closing_date.map(PartialDate) }
    /// int | None: The size of the team joined.
    #[getter]
    fn team_size(&self) -> Option<u32> { self.0.team_size }
    /// Experience | None: The experience asked for.
    #[getter]
    fn experience(&self) -> Option<Experience> { self.0.experience.map(Experience) }
    /// str | None: The education level asked for (`bac`, `bac_plus_2`, `licence`, `master`, `doctorat`).
    #[getter]
    fn education(&self) -> Option<String> { self.0.education.as_ref().map(enum_str) }
    /// Skills | None: Skills by kind.
    #[getter]
    fn skills(&self) -> Option<Skills> { self.0.skills.clone().map(Skills) }
    /// list[str]: Technologies named.
    #[getter]
    fn tech(&self) -> Vec<String> { self.0.tech.clone() }
    /// list[str]: Working languages (ISO 639-1).
    #[getter]
    fn languages(&self) -> Vec<String> { self.0.languages.clone() }
    /// Apply: Where and how to apply.
    #[getter]
    fn apply(&self) -> Apply { Apply(self.0.apply.clone()) }
    /// list[Contact]: Other addresses and people named.
    #[getter]
    fn contacts(&self) -> Vec<Contact> { self.0.contacts.iter().cloned().map(Contact).collect() }
    /// bool | None: Whether juniors may apply.
    #[getter]
    fn junior(&self) -> Option<bool> { self.0.junior }
    /// list[str]: Domains of the job.
    #[getter]
    fn domains(&self) -> Vec<String> { self.0.domains.clone() }
    /// str | None: The occupation (`metier`), as written.
    #[getter]
    fn occupation(&self) -> Option<String> { self.0.occupation.clone() }
    /// list[Pay]: What the page says about pay, one entry per statement.
    #[getter]
    fn pay(&self) -> Vec<Pay> { self.0.pay.iter().cloned().map(Pay).collect() }
    /// str | None: The fonction publique: `etat`, `territoriale` or `hospitaliere`.
    #[getter]
    fn versant(&self) -> Option<String> { self.0.versant.as_ref().map(enum_str) }
    /// list[str]: The catégories open (`A+`, `A`, `B`, `C`).
    #[getter]
    fn categories(&self) -> Vec<String> { self.0.categories.iter().map(enum_str).collect() }
    /// str | None: Who may apply: `titulaires_and_contractuels`, `contractuels_only`, `titulaires_only`.
    #[getter]
    fn open_to(&self) -> Option<String> { self.0.open_to.as_ref().map(enum_str) }
    /// bool | None: Whether the post is open to détachement, where the page says.
    #[getter]
    fn secondment(&self) -> Option<bool> { self.0.secondment }
    /// str | None: `vacant` or `may_become_vacant`.
    #[getter]
    fn vacancy(&self) -> Option<String> { self.0.vacancy.as_ref().map(enum_str) }
    /// str | None: The experience level in words: `junior`, `confirmed` or `senior`.
    #[getter]
    fn experience_level(&self) -> Option<String> { self.0.experience_level.as_ref().map(enum_str) }
    /// Management | None: Whether the post leads a team, and its size.
    #[getter]
    fn management(&self) -> Option<Management> { self.0.management.map(Management) }
    /// WorkingTime | None: Temps complet or temps non complet.
    #[getter]
    fn working_time(&self) -> Option<WorkingTime> { self.0.working_time.map(WorkingTime) }
    /// This posting as one flat row: a dict keyed by `offres.POSTING_COLUMNS`.
    ///
    /// :rtype: dict[str, Any]
    fn to_row<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &self.0.to_row())
    }
    /// This posting as a schema.org `JobPosting` JSON-LD object (a dict).
    ///
    /// `body` is the page body in Markdown, for the `description`; without it the
    /// excerpt is used. What the export leaves out is in `export_jsonld().diagnostics`.
    ///
    /// :type body: str | None, optional
    /// :rtype: dict[str, Any]
    #[pyo3(signature = (body = None))]
    fn to_jsonld<'py>(&self, py: Python<'py>, body: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &crate::exports::jsonld(&self.0, body)?.output)
    }
    /// Like `to_jsonld`, with the export's diagnostics.
    ///
    /// :type body: str | None, optional
    /// :rtype: Export
    #[pyo3(signature = (body = None))]
    fn export_jsonld(&self, py: Python<'_>, body: Option<&str>) -> PyResult<Export> {
        let export = crate::exports::jsonld(&self.0, body)?;
        Ok(Export::new(
            convert::to_py(py, &export.output)?,
            export.diagnostics,
        ))
    }
});

model!(page "organisation"
    /// An organisation's page about itself.
    Organisation => offres::Organisation {
    /// str | None: The organisation's name.
    #[getter]
    fn name(&self) -> Option<String> { self.0.name.clone() }
    /// str | None: Its acronym.
    #[getter]
    fn acronym(&self) -> Option<String> { self.0.acronym.clone() }
    /// list[str]: The organisation and its parents, innermost first.
    #[getter]
    fn organisation_chain(&self) -> Vec<String> { self.0.organisation_chain.clone() }
    /// str | None: Its website.
    #[getter]
    fn website(&self) -> Option<String> { self.0.website.clone() }
    /// str | None: Its code forge.
    #[getter]
    fn forge(&self) -> Option<String> { self.0.forge.clone() }
    /// Location | None: Where it is.
    #[getter]
    fn location(&self) -> Option<Location> { self.0.location.clone().map(Location) }
    /// list[Contact]: People and addresses to contact.
    #[getter]
    fn contacts(&self) -> Vec<Contact> { self.0.contacts.iter().cloned().map(Contact).collect() }
    /// str | None: The mission statement.
    #[getter]
    fn mission(&self) -> Option<String> { self.0.mission.clone() }
    /// list[Product]: Products it makes.
    #[getter]
    fn products(&self) -> Vec<Product> { self.0.products.iter().cloned().map(Product).collect() }
    /// list[Ritual]: Recurring events.
    #[getter]
    fn rituals(&self) -> Vec<Ritual> { self.0.rituals.iter().cloned().map(Ritual).collect() }
    /// The scheduled rituals as an iCalendar (RFC 5545) text.
    ///
    /// Rituals without a schedule are left out; `export_ics().diagnostics` says which.
    ///
    /// :rtype: str
    fn to_ics(&self) -> PyResult<String> {
        Ok(crate::exports::guard(|| self.0.to_ics())?.output)
    }
    /// Like `to_ics`, with the export's diagnostics.
    ///
    /// :rtype: Export
    fn export_ics(&self, py: Python<'_>) -> PyResult<Export> {
        let export = crate::exports::guard(|| self.0.to_ics())?;
        Ok(Export::new(export.output.into_pyobject(py)?.into_any(), export.diagnostics))
    }
});

model!(page "team"
    /// A team's own page.
    Team => offres::Team {
    /// str | None: The team, as named.
    #[getter]
    fn organisation(&self) -> Option<String> { self.0.organisation.clone() }
    /// list[str]: The team and its parents, innermost first.
    #[getter]
    fn organisation_chain(&self) -> Vec<String> { self.0.organisation_chain.clone() }
    /// str | None: The mission statement.
    #[getter]
    fn mission(&self) -> Option<String> { self.0.mission.clone() }
    /// Commitments: Listed commitments.
    #[getter]
    fn commitments(&self) -> Commitments { Commitments(self.0.commitments.clone()) }
    /// list[str]: Sites and products maintained (URLs).
    #[getter]
    fn maintains(&self) -> Vec<String> { self.0.maintains.clone() }
    /// list[Ritual]: Recurring events.
    #[getter]
    fn rituals(&self) -> Vec<Ritual> { self.0.rituals.iter().cloned().map(Ritual).collect() }
    /// The scheduled rituals as an iCalendar (RFC 5545) text.
    ///
    /// Rituals without a schedule are left out; `export_ics().diagnostics` says which.
    ///
    /// :rtype: str
    fn to_ics(&self) -> PyResult<String> {
        Ok(crate::exports::guard(|| self.0.to_ics())?.output)
    }
    /// Like `to_ics`, with the export's diagnostics.
    ///
    /// :rtype: Export
    fn export_ics(&self, py: Python<'_>) -> PyResult<Export> {
        let export = crate::exports::guard(|| self.0.to_ics())?;
        Ok(Export::new(export.output.into_pyobject(py)?.into_any(), export.diagnostics))
    }
    /// list[Contact]: People and addresses to contact.
    #[getter]
    fn contacts(&self) -> Vec<Contact> { self.0.contacts.iter().cloned().map(Contact).collect() }
});

model!(page "unclassified"
    /// A page that says nothing of being a posting, a team or an organisation: what every
    /// page has, and a diagnostic that says why.
    Unclassified => offres::Unclassified {
});
