//! One frozen Python class per core type: a thin wrapper over the Rust value.
//!
//! Attributes read the wrapped value and convert on access; nothing is computed here
//! that the core does not already say. Enumerations are exposed as their serde names
//! (`"cdd"`, `"open"`, `"MO"`), the same strings as in the JSON.

use std::collections::BTreeMap;

use pyo3::prelude::*;

use crate::convert::{self, Wire, enum_str};

/// Declare a wrapper class with the methods every model class has: JSON and dict round
/// trips, `==`, `repr` and pickling.
macro_rules! model {
    (page $kind:literal $(#[$doc:meta])* $py:ident => $core:ty { $($body:tt)* }) => {
        model!($(#[$doc])* $py => $core {
            /// `"posting"`, `"organisation"` or `"team"`.
            #[getter]
            fn kind(&self) -> &'static str {
                $kind
            }
            /// The page title as written.
            #[getter]
            fn title(&self) -> Option<String> {
                self.0.meta.title.clone()
            }
            /// The text before `<!--more-->`.
            #[getter]
            fn excerpt(&self) -> Option<String> {
                self.0.meta.excerpt.clone()
            }
            /// The publication date.
            #[getter]
            fn date_posted(&self) -> Option<PartialDate> {
                self.0.meta.date_posted.map(PartialDate)
            }
            /// The author, as named.
            #[getter]
            fn author(&self) -> Option<String> {
                self.0.meta.author.clone()
            }
            /// Tags.
            #[getter]
            fn tags(&self) -> Vec<String> {
                self.0.meta.tags.clone()
            }
            /// Front matter keys about the page's place on its site, as written.
            #[getter]
            fn site<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                convert::to_py(py, &self.0.meta.site)
            }
            /// Front matter keys the model does not know, as written.
            #[getter]
            fn extra<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                convert::to_py(py, &self.0.meta.extra)
            }
            /// Whether the page had to be repaired from mojibake.
            #[getter]
            fn encoding_repaired(&self) -> bool {
                self.0.meta.encoding_repaired
            }
            /// Where each fact was read, by field name.
            #[getter]
            fn sources(&self) -> BTreeMap<String, Source> {
                self.0.meta.sources.iter().map(|(k, v)| (k.clone(), Source(v.clone()))).collect()
            }
            /// What was noticed while reading the page.
            #[getter]
            fn diagnostics(&self) -> Vec<Diagnostic> {
                self.0.meta.diagnostics.iter().cloned().map(Diagnostic).collect()
            }
            $($body)*
        });
    };
    ($(#[$doc:meta])* $py:ident => $core:ty { $($body:tt)* }) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, module = "offres")]
        #[derive(Clone, PartialEq)]
        pub struct $py(pub $core);

        impl From<$core> for $py {
            fn from(value: $core) -> Self {
                Self(value)
            }
        }

        #[pymethods]
        impl $py {
            $($body)*

            /// This value as JSON text: the core's serde JSON (pages with their `kind`).
            fn to_json(&self) -> PyResult<String> {
                Wire::encode(&self.0)
            }

            /// This value as plain Python data (what `json.loads(self.to_json())` gives).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                convert::json_to_py(py, &Wire::encode(&self.0)?)
            }

            /// The value that `to_json` wrote.
            #[classmethod]
            fn from_json(_cls: &Bound<'_, pyo3::types::PyType>, text: &str) -> PyResult<Self> {
                Wire::decode(text).map(Self)
            }

            /// The value that `to_dict` gave.
            #[classmethod]
            fn from_dict(_cls: &Bound<'_, pyo3::types::PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                Wire::decode(&convert::py_to_json(data)?).map(Self)
            }

            /// Code that rebuilds the value: `Posting.from_json('…')`.
            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                let json = pyo3::types::PyString::new(py, &Wire::encode(&self.0)?);
                Ok(format!("{}.from_json({})", stringify!($py), json.repr()?))
            }

            /// Pickle through the JSON form, so every process rebuilds the exact value.
            fn __reduce__<'py>(
                slf: &Bound<'py, Self>,
            ) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyAny>, String))> {
                let restore = slf.py().import("offres")?.getattr("_restore")?;
                let json = Wire::encode(&slf.get().0)?;
                Ok((restore, (slf.get_type().into_any(), json)))
            }
        }
    };
}

model!(page "posting"
    /// A job posting.
    Posting => offres::Posting {
    /// The role, without "H/F" or contract suffixes.
    #[getter]
    fn role(&self) -> Option<String> { self.0.role.clone() }
    /// The hiring organisation, as named.
    #[getter]
    fn organisation(&self) -> Option<String> { self.0.organisation.clone() }
    /// The organisation and its parents, innermost first.
    #[getter]
    fn organisation_chain(&self) -> Vec<String> { self.0.organisation_chain.clone() }
    /// The programme the post belongs to.
    #[getter]
    fn programme(&self) -> Option<String> { self.0.programme.clone() }
    /// `open`, `closed`, `filled` or `unknown`.
    #[getter]
    fn status(&self) -> &'static str { self.0.status.as_str() }
    /// The contracts offered.
    #[getter]
    fn contracts(&self) -> Vec<Contract> { self.0.contracts.iter().cloned().map(Contract).collect() }
    /// Part time offered.
    #[getter]
    fn part_time(&self) -> Option<PartTime> { self.0.part_time.clone().map(PartTime) }
    /// Where the job is.
    #[getter]
    fn location(&self) -> Option<Location> { self.0.location.clone().map(Location) }
    /// The telework policy.
    #[getter]
    fn remote(&self) -> Option<Remote> { self.0.remote.map(Remote) }
    /// The earliest start.
    #[getter]
    fn start(&self) -> Option<Start> { self.0.start.map(Start) }
    /// When applications close.
    #[getter]
    fn closing_date(&self) -> Option<PartialDate> { self.0.closing_date.map(PartialDate) }
    /// The size of the team joined.
    #[getter]
    fn team_size(&self) -> Option<u32> { self.0.team_size }
    /// The experience asked for.
    #[getter]
    fn experience(&self) -> Option<Experience> { self.0.experience.map(Experience) }
    /// The education level asked for (`bac`, `bac_plus_2`, `licence`, `master`, `doctorat`).
    #[getter]
    fn education(&self) -> Option<String> { self.0.education.as_ref().map(enum_str) }
    /// Skills by kind.
    #[getter]
    fn skills(&self) -> Option<Skills> { self.0.skills.clone().map(Skills) }
    /// Technologies named.
    #[getter]
    fn tech(&self) -> Vec<String> { self.0.tech.clone() }
    /// Working languages (ISO 639-1).
    #[getter]
    fn languages(&self) -> Vec<String> { self.0.languages.clone() }
    /// Where and how to apply.
    #[getter]
    fn apply(&self) -> Apply { Apply(self.0.apply.clone()) }
    /// Other addresses and people named.
    #[getter]
    fn contacts(&self) -> Vec<Contact> { self.0.contacts.iter().cloned().map(Contact).collect() }
    /// Whether juniors may apply.
    #[getter]
    fn junior(&self) -> Option<bool> { self.0.junior }
    /// Domains of the job.
    #[getter]
    fn domains(&self) -> Vec<String> { self.0.domains.clone() }
    /// This posting as one flat row: a dict keyed by `offres.POSTING_COLUMNS`.
    fn to_row<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &self.0.to_row())
    }
    /// This posting as a schema.org `JobPosting` JSON-LD object (a dict).
    ///
    /// `body` is the page body in Markdown, for the `description`; without it the
    /// excerpt is used. What the export leaves out is in `export_jsonld().diagnostics`.
    #[pyo3(signature = (body = None))]
    fn to_jsonld<'py>(&self, py: Python<'py>, body: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &crate::exports::jsonld(&self.0, body)?.output)
    }
    /// Like `to_jsonld`, with the export's diagnostics.
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
    /// The organisation's name.
    #[getter]
    fn name(&self) -> Option<String> { self.0.name.clone() }
    /// Its acronym.
    #[getter]
    fn acronym(&self) -> Option<String> { self.0.acronym.clone() }
    /// The organisation and its parents, innermost first.
    #[getter]
    fn organisation_chain(&self) -> Vec<String> { self.0.organisation_chain.clone() }
    /// Its website.
    #[getter]
    fn website(&self) -> Option<String> { self.0.website.clone() }
    /// Its code forge.
    #[getter]
    fn forge(&self) -> Option<String> { self.0.forge.clone() }
    /// Where it is.
    #[getter]
    fn location(&self) -> Option<Location> { self.0.location.clone().map(Location) }
    /// People and addresses to contact.
    #[getter]
    fn contacts(&self) -> Vec<Contact> { self.0.contacts.iter().cloned().map(Contact).collect() }
    /// The mission statement.
    #[getter]
    fn mission(&self) -> Option<String> { self.0.mission.clone() }
    /// Products it makes.
    #[getter]
    fn products(&self) -> Vec<Product> { self.0.products.iter().cloned().map(Product).collect() }
    /// Recurring events.
    #[getter]
    fn rituals(&self) -> Vec<Ritual> { self.0.rituals.iter().cloned().map(Ritual).collect() }
    /// The scheduled rituals as an iCalendar (RFC 5545) text.
    ///
    /// Rituals without a schedule are left out; `export_ics().diagnostics` says which.
    fn to_ics(&self) -> PyResult<String> {
        Ok(crate::exports::guard(|| self.0.to_ics())?.output)
    }
    /// Like `to_ics`, with the export's diagnostics.
    fn export_ics(&self, py: Python<'_>) -> PyResult<Export> {
        let export = crate::exports::guard(|| self.0.to_ics())?;
        Ok(Export::new(export.output.into_pyobject(py)?.into_any(), export.diagnostics))
    }
});

model!(page "team"
    /// A team's own page.
    Team => offres::Team {
    /// The team, as named.
    #[getter]
    fn organisation(&self) -> Option<String> { self.0.organisation.clone() }
    /// The team and its parents, innermost first.
    #[getter]
    fn organisation_chain(&self) -> Vec<String> { self.0.organisation_chain.clone() }
    /// The mission statement.
    #[getter]
    fn mission(&self) -> Option<String> { self.0.mission.clone() }
    /// Listed commitments.
    #[getter]
    fn commitments(&self) -> Commitments { Commitments(self.0.commitments.clone()) }
    /// Sites and products maintained (URLs).
    #[getter]
    fn maintains(&self) -> Vec<String> { self.0.maintains.clone() }
    /// Recurring events.
    #[getter]
    fn rituals(&self) -> Vec<Ritual> { self.0.rituals.iter().cloned().map(Ritual).collect() }
    /// The scheduled rituals as an iCalendar (RFC 5545) text.
    ///
    /// Rituals without a schedule are left out; `export_ics().diagnostics` says which.
    fn to_ics(&self) -> PyResult<String> {
        Ok(crate::exports::guard(|| self.0.to_ics())?.output)
    }
    /// Like `to_ics`, with the export's diagnostics.
    fn export_ics(&self, py: Python<'_>) -> PyResult<Export> {
        let export = crate::exports::guard(|| self.0.to_ics())?;
        Ok(Export::new(export.output.into_pyobject(py)?.into_any(), export.diagnostics))
    }
    /// People and addresses to contact.
    #[getter]
    fn contacts(&self) -> Vec<Contact> { self.0.contacts.iter().cloned().map(Contact).collect() }
});

model!(
    /// A contract offered.
    Contract => offres::Contract {
    /// `cdd`, `cdi`, `civil_servant`, `freelance`, `internship`, `apprenticeship`, `volunteer`.
    #[getter]
    fn kind(&self) -> String { enum_str(&self.0.kind) }
    /// Its length.
    #[getter]
    fn duration(&self) -> Option<Duration> { self.0.duration.map(Duration) }
    /// Whether it is renewable.
    #[getter]
    fn renewable(&self) -> Option<bool> { self.0.renewable }
});

model!(
    /// A contract length in months, or a range.
    Duration => offres::Duration {
    /// The shortest length.
    #[getter]
    fn min_months(&self) -> Option<u16> { self.0.min_months }
    /// The longest length.
    #[getter]
    fn max_months(&self) -> Option<u16> { self.0.max_months }
    fn __str__(&self) -> String {
        match (self.0.min_months, self.0.max_months) {
            (Some(a), Some(b)) if a != b => format!("{a}–{b} months"),
            (Some(a), _) | (None, Some(a)) => format!("{a} months"),
            (None, None) => "unknown length".to_owned(),
        }
    }
});

model!(
    /// Part time offered.
    PartTime => offres::PartTime {
    /// The fractions offered (0.8 for "4/5").
    #[getter]
    fn fractions(&self) -> Vec<f32> { self.0.fractions.clone() }
    /// Whether the fractions are minimums.
    #[getter]
    fn minimum(&self) -> bool { self.0.minimum }
});

model!(
    /// Where a job or an organisation is.
    Location => offres::Location {
    /// The city.
    #[getter]
    fn city(&self) -> Option<String> { self.0.city.clone() }
    /// The street address.
    #[getter]
    fn address(&self) -> Option<String> { self.0.address.clone() }
    /// The postal code.
    #[getter]
    fn postal_code(&self) -> Option<String> { self.0.postal_code.clone() }
});

model!(
    /// A telework policy.
    Remote => offres::Remote {
    /// Whether telework is possible.
    #[getter]
    fn allowed(&self) -> bool { self.0.allowed }
    /// The cap on telework days per week.
    #[getter]
    fn max_days_per_week(&self) -> Option<f32> { self.0.max_days_per_week }
    /// The minimum of days on site per week.
    #[getter]
    fn min_days_on_site(&self) -> Option<f32> { self.0.min_days_on_site }
    /// Whether the job is fully remote.
    #[getter]
    fn full_remote(&self) -> bool { self.0.full_remote }
});

model!(
    /// Where and how to apply.
    Apply => offres::Apply {
    /// E-mail addresses.
    #[getter]
    fn emails(&self) -> Vec<String> { self.0.emails.clone() }
    /// Web pages.
    #[getter]
    fn urls(&self) -> Vec<String> { self.0.urls.clone() }
    /// The external offer reference.
    #[getter]
    fn reference(&self) -> Option<String> { self.0.reference.clone() }
});

model!(
    /// A person or an address to contact.
    Contact => offres::Contact {
    /// The e-mail address.
    #[getter]
    fn email(&self) -> Option<String> { self.0.email.clone() }
    /// A handle (chat, forge).
    #[getter]
    fn handle(&self) -> Option<String> { self.0.handle.clone() }
    /// The name.
    #[getter]
    fn name(&self) -> Option<String> { self.0.name.clone() }
});

model!(
    /// Skills listed by kind.
    Skills => offres::Skills {
    /// Knowledge ("savoirs").
    #[getter]
    fn knowledge(&self) -> Vec<String> { self.0.knowledge.clone() }
    /// Know-how ("savoir-faire").
    #[getter]
    fn know_how(&self) -> Vec<String> { self.0.know_how.clone() }
    /// Soft skills ("savoir-être").
    #[getter]
    fn soft(&self) -> Vec<String> { self.0.soft.clone() }
});

model!(
    /// Experience asked for, in years.
    Experience => offres::Experience {
    /// The minimum.
    #[getter]
    fn min_years(&self) -> Option<u8> { self.0.min_years }
    /// The maximum.
    #[getter]
    fn max_years(&self) -> Option<u8> { self.0.max_years }
});

model!(
    /// A product an organisation makes.
    Product => offres::Product {
    /// Its name.
    #[getter]
    fn name(&self) -> String { self.0.name.clone() }
    /// Its address.
    #[getter]
    fn url(&self) -> Option<String> { self.0.url.clone() }
});

model!(
    /// Commitments a team lists.
    Commitments => offres::Commitments {
    /// Towards others.
    #[getter]
    fn external(&self) -> Vec<String> { self.0.external.clone() }
    /// Within the team.
    #[getter]
    fn internal(&self) -> Vec<String> { self.0.internal.clone() }
});

model!(
    /// How often a ritual happens.
    Recurrence => offres::Recurrence {
    /// `daily`, `weekly`, `monthly` or `yearly`.
    #[getter]
    fn frequency(&self) -> String { enum_str(&self.0.frequency) }
    /// Every how many periods.
    #[getter]
    fn interval(&self) -> u8 { self.0.interval }
    /// Days of the week (`MO`…`SU`).
    #[getter]
    fn by_day(&self) -> Vec<String> { self.0.by_day.iter().map(enum_str).collect() }
    /// Which occurrence in the period (1 = first, -1 = last).
    #[getter]
    fn by_set_pos(&self) -> Option<i8> { self.0.by_set_pos }
    /// How many times per period, when no day is given.
    #[getter]
    fn times_per_period(&self) -> Option<u8> { self.0.times_per_period }
});

model!(
    /// Where a ritual happens; fields that do not apply to its `kind` are `None`.
    Channel => offres::Channel {
    /// `irc`, `meeting`, `video_call`, `email` or `chat`.
    #[getter]
    fn kind(&self) -> &'static str {
        match self.0 {
            offres::Channel::Irc { .. } => "irc",
            offres::Channel::Meeting { .. } => "meeting",
            offres::Channel::VideoCall { .. } => "video_call",
            offres::Channel::Email { .. } => "email",
            offres::Channel::Chat { .. } => "chat",
        }
    }
    /// The IRC channel, with its `#`.
    #[getter]
    fn room(&self) -> Option<String> {
        match &self.0 { offres::Channel::Irc { room, .. } => Some(room.clone()), _ => None }
    }
    /// The IRC server.
    #[getter]
    fn server(&self) -> Option<String> {
        match &self.0 { offres::Channel::Irc { server, .. } => server.clone(), _ => None }
    }
    /// A web client for the IRC channel.
    #[getter]
    fn web(&self) -> Option<String> {
        match &self.0 { offres::Channel::Irc { web, .. } => web.clone(), _ => None }
    }
    /// Where a meeting takes place.
    #[getter]
    fn place(&self) -> Option<String> {
        match &self.0 { offres::Channel::Meeting { place } => place.clone(), _ => None }
    }
    /// The link of a video call or a chat room.
    #[getter]
    fn url(&self) -> Option<String> {
        match &self.0 {
            offres::Channel::VideoCall { url } | offres::Channel::Chat { url, .. } => url.clone(),
            _ => None,
        }
    }
    /// The address an e-mail is sent to.
    #[getter]
    fn to(&self) -> Option<String> {
        match &self.0 { offres::Channel::Email { to } => Some(to.clone()), _ => None }
    }
    /// The chat service.
    #[getter]
    fn name(&self) -> Option<String> {
        match &self.0 { offres::Channel::Chat { name, .. } => name.clone(), _ => None }
    }
});

model!(
    /// A recurring team event.
    Ritual => offres::Ritual {
    /// What it is ("team meeting").
    #[getter]
    fn what(&self) -> String { self.0.what.clone() }
    /// How often it happens.
    #[getter]
    fn recurrence(&self) -> Option<Recurrence> { self.0.recurrence.clone().map(Recurrence) }
    /// The recurrence as an RFC 5545 RRULE value.
    #[getter]
    fn rrule(&self) -> Option<String> { self.0.rrule.clone() }
    /// Local start time.
    #[getter]
    fn start<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.0.start.map(|t| convert::py_time(py, t)).transpose()
    }
    /// Local end time.
    #[getter]
    fn end<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.0.end.map(|t| convert::py_time(py, t)).transpose()
    }
    /// IANA time zone of the times.
    #[getter]
    fn timezone(&self) -> String { self.0.timezone.clone() }
    /// Where it happens.
    #[getter]
    fn channel(&self) -> Option<Channel> { self.0.channel.clone().map(Channel) }
    /// Whether members take turns.
    #[getter]
    fn rotating(&self) -> bool { self.0.rotating }
    /// The sentence it was read from.
    #[getter]
    fn text(&self) -> String { self.0.text.clone() }
});

model!(
    /// Something noticed while reading a page.
    Diagnostic => offres::Diagnostic {
    /// Stable snake_case code.
    #[getter]
    fn code(&self) -> String { enum_str(&self.0.code) }
    /// `info`, `warning` or `error`.
    #[getter]
    fn severity(&self) -> String { enum_str(&self.0.severity) }
    /// 1-based line in the original file.
    #[getter]
    fn line(&self) -> u32 { self.0.line }
    /// 1-based column.
    #[getter]
    fn column(&self) -> u32 { self.0.column }
    /// The front matter key path, where there is one.
    #[getter]
    fn path(&self) -> Option<String> { self.0.path.clone() }
    /// The message.
    #[getter]
    fn message(&self) -> String { self.0.message.clone() }
    fn __str__(&self) -> String { self.0.to_string() }
});

model!(
    /// Where a fact was read.
    Source => offres::Source {
    /// `front_matter` or `body`.
    #[getter]
    fn origin(&self) -> String { enum_str(&self.0.origin) }
    /// The front matter key.
    #[getter]
    fn key(&self) -> Option<String> { self.0.key.clone() }
    /// First line.
    #[getter]
    fn line(&self) -> u32 { self.0.line }
    /// Last line (inclusive).
    #[getter]
    fn end_line(&self) -> u32 { self.0.end_line }
});

model!(
    /// A date known to the day, the month or only the year; `str()` gives `YYYY-MM-DD`,
    /// `YYYY-MM` or `YYYY`.
    PartialDate => offres::PartialDate {
    /// The year.
    #[getter]
    fn year(&self) -> i32 { self.0.year() }
    /// The month (1–12), when known.
    #[getter]
    fn month(&self) -> Option<u8> { self.0.month().map(u8::from) }
    /// The day of the month, when known.
    #[getter]
    fn day(&self) -> Option<u8> { self.0.date().map(time::Date::day) }
    /// The `datetime.date`, when known to the day.
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.0.date().map(|d| convert::py_date(py, d)).transpose()
    }
    /// The first day this date can mean.
    fn earliest<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.0.earliest().map(|d| convert::py_date(py, d)).transpose()
    }
    /// Read `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[staticmethod]
    fn parse(text: &str) -> PyResult<Self> {
        text.parse().map(Self).map_err(|e: offres::InvalidDate| pyo3::exceptions::PyValueError::new_err(e.to_string()))
    }
    fn __str__(&self) -> String { self.0.to_string() }
    fn __hash__(&self) -> u64 { crate::hash_of(&self.0) }
});

model!(
    /// The earliest start: as soon as possible, or a partial date; `str()` gives `asap`
    /// or the date.
    Start => offres::Start {
    /// Whether the start is as soon as possible.
    #[getter]
    fn asap(&self) -> bool { matches!(self.0, offres::Start::Asap) }
    /// The start date, when one is given.
    #[getter]
    fn date(&self) -> Option<PartialDate> {
        match self.0 { offres::Start::Date(d) => Some(PartialDate(d)), offres::Start::Asap => None }
    }
    /// Read `asap` or a date.
    #[staticmethod]
    fn parse(text: &str) -> PyResult<Self> {
        text.parse().map(Self).map_err(|e: offres::InvalidDate| pyo3::exceptions::PyValueError::new_err(e.to_string()))
    }
    fn __str__(&self) -> String { self.0.to_string() }
    fn __hash__(&self) -> u64 { crate::hash_of(&self.0) }
});

/// The result of an export: the output and what the export had to leave out.
#[pyclass(frozen, module = "offres")]
pub struct Export {
    output: Py<PyAny>,
    diagnostics: Vec<offres::Diagnostic>,
}

impl Export {
    fn new(output: Bound<'_, PyAny>, diagnostics: Vec<offres::Diagnostic>) -> Self {
        Self {
            output: output.unbind(),
            diagnostics,
        }
    }
}

#[pymethods]
impl Export {
    /// The exported value: a JSON-LD dict or an iCalendar text.
    #[getter]
    fn output(&self, py: Python<'_>) -> Py<PyAny> {
        self.output.clone_ref(py)
    }
    /// What the export left out or could not say.
    #[getter]
    fn diagnostics(&self) -> Vec<Diagnostic> {
        self.diagnostics.iter().cloned().map(Diagnostic).collect()
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Export(output={}, diagnostics={})",
            self.output.bind(py).repr()?,
            self.diagnostics.len()
        ))
    }
}

/// Register every model class on the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Posting>()?;
    m.add_class::<Organisation>()?;
    m.add_class::<Team>()?;
    m.add_class::<Contract>()?;
    m.add_class::<Duration>()?;
    m.add_class::<PartTime>()?;
    m.add_class::<Location>()?;
    m.add_class::<Remote>()?;
    m.add_class::<Apply>()?;
    m.add_class::<Contact>()?;
    m.add_class::<Skills>()?;
    m.add_class::<Experience>()?;
    m.add_class::<Product>()?;
    m.add_class::<Commitments>()?;
    m.add_class::<Recurrence>()?;
    m.add_class::<Channel>()?;
    m.add_class::<Ritual>()?;
    m.add_class::<Diagnostic>()?;
    m.add_class::<Source>()?;
    m.add_class::<PartialDate>()?;
    m.add_class::<Start>()?;
    m.add_class::<Export>()?;
    Ok(())
}
