//! The values pages are made of: contracts, places, rituals, dates, diagnostics…

use pyo3::prelude::*;

use crate::convert::{self, enum_str};

model!(
    /// A contract offered.
    Contract => offres::Contract {
    /// str: `cdd`, `cdi`, `civil_servant`, `freelance`, `internship`, `apprenticeship`, `volunteer`.
    #[getter]
    fn kind(&self) -> String { enum_str(&self.0.kind) }
    /// Duration | None: Its length.
    #[getter]
    fn duration(&self) -> Option<Duration> { self.0.duration.map(Duration) }
    /// bool | None: Whether it is renewable.
    #[getter]
    fn renewable(&self) -> Option<bool> { self.0.renewable }
});

model!(
    /// A contract length in months, or a range.
    Duration => offres::Duration {
    /// int | None: The shortest length.
    #[getter]
    fn min_months(&self) -> Option<u16> { self.0.min_months }
    /// int | None: The longest length.
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
    /// list[float]: The fractions offered (0.8 for "4/5").
    #[getter]
    fn fractions(&self) -> Vec<f32> { self.0.fractions.clone() }
    /// bool: Whether the fractions are minimums.
    #[getter]
    fn minimum(&self) -> bool { self.0.minimum }
});

model!(
    /// Where a job or an organisation is.
    Location => offres::Location {
    /// str | None: The city.
    #[getter]
    fn city(&self) -> Option<String> { self.0.city.clone() }
    /// str | None: The street address.
    #[getter]
    fn address(&self) -> Option<String> { self.0.address.clone() }
    /// str | None: The postal code.
    #[getter]
    fn postal_code(&self) -> Option<String> { self.0.postal_code.clone() }
});

model!(
    /// A telework policy.
    Remote => offres::Remote {
    /// bool: Whether telework is possible.
    #[getter]
    fn allowed(&self) -> bool { self.0.allowed }
    /// float | None: The cap on telework days per week.
    #[getter]
    fn max_days_per_week(&self) -> Option<f32> { self.0.max_days_per_week }
    /// float | None: The minimum of days on site per week.
    #[getter]
    fn min_days_on_site(&self) -> Option<f32> { self.0.min_days_on_site }
    /// bool: Whether the job is fully remote.
    #[getter]
    fn full_remote(&self) -> bool { self.0.full_remote }
});

model!(
    /// Where and how to apply.
    Apply => offres::Apply {
    /// list[str]: E-mail addresses.
    #[getter]
    fn emails(&self) -> Vec<String> { self.0.emails.clone() }
    /// list[str]: Web pages.
    #[getter]
    fn urls(&self) -> Vec<String> { self.0.urls.clone() }
    /// str | None: The external offer reference.
    #[getter]
    fn reference(&self) -> Option<String> { self.0.reference.clone() }
});

model!(
    /// A person or an address to contact.
    Contact => offres::Contact {
    /// str | None: The e-mail address.
    #[getter]
    fn email(&self) -> Option<String> { self.0.email.clone() }
    /// str | None: A handle (chat, forge).
    #[getter]
    fn handle(&self) -> Option<String> { self.0.handle.clone() }
    /// str | None: The name.
    #[getter]
    fn name(&self) -> Option<String> { self.0.name.clone() }
});

model!(
    /// Skills listed by kind.
    Skills => offres::Skills {
    /// list[str]: Knowledge ("savoirs").
    #[getter]
    fn knowledge(&self) -> Vec<String> { self.0.knowledge.clone() }
    /// list[str]: Know-how ("savoir-faire").
    #[getter]
    fn know_how(&self) -> Vec<String> { self.0.know_how.clone() }
    /// list[str]: Soft skills ("savoir-être").
    #[getter]
    fn soft(&self) -> Vec<String> { self.0.soft.clone() }
});

model!(
    /// Experience asked for, in years.
    Experience => offres::Experience {
    /// int | None: The minimum.
    #[getter]
    fn min_years(&self) -> Option<u8> { self.0.min_years }
    /// int | None: The maximum.
    #[getter]
    fn max_years(&self) -> Option<u8> { self.0.max_years }
});

model!(
    /// A product an organisation makes.
    Product => offres::Product {
    /// str: Its name.
    #[getter]
    fn name(&self) -> String { self.0.name.clone() }
    /// str | None: Its address.
    #[getter]
    fn url(&self) -> Option<String> { self.0.url.clone() }
});

model!(
    /// Commitments a team lists.
    Commitments => offres::Commitments {
    /// list[str]: Towards others.
    #[getter]
    fn external(&self) -> Vec<String> { self.0.external.clone() }
    /// list[str]: Within the team.
    #[getter]
    fn internal(&self) -> Vec<String> { self.0.internal.clone() }
});

model!(
    /// How often a ritual happens.
    Recurrence => offres::Recurrence {
    /// Literal["daily", "weekly", "monthly", "yearly"]: The period.
    #[getter]
    fn frequency(&self) -> String { enum_str(&self.0.frequency) }
    /// int: Every how many periods.
    #[getter]
    fn interval(&self) -> u8 { self.0.interval }
    /// list[str]: Days of the week (`MO`…`SU`).
    #[getter]
    fn by_day(&self) -> Vec<String> { self.0.by_day.iter().map(enum_str).collect() }
    /// int | None: Which occurrence in the period (1 = first, -1 = last).
    #[getter]
    fn by_set_pos(&self) -> Option<i8> { self.0.by_set_pos }
    /// int | None: How many times per period, when no day is given.
    #[getter]
    fn times_per_period(&self) -> Option<u8> { self.0.times_per_period }
});

model!(
    /// Where a ritual happens; fields that do not apply to its `kind` are `None`.
    Channel => offres::Channel {
    /// Literal["irc", "meeting", "video_call", "email", "chat"]: The kind of channel.
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
    /// str | None: The IRC channel, with its `#`.
    #[getter]
    fn room(&self) -> Option<String> {
        match &self.0 { offres::Channel::Irc { room, .. } => Some(room.clone()), _ => None }
    }
    /// str | None: The IRC server.
    #[getter]
    fn server(&self) -> Option<String> {
        match &self.0 { offres::Channel::Irc { server, .. } => server.clone(), _ => None }
    }
    /// str | None: A web client for the IRC channel.
    #[getter]
    fn web(&self) -> Option<String> {
        match &self.0 { offres::Channel::Irc { web, .. } => web.clone(), _ => None }
    }
    /// str | None: Where a meeting takes place.
    #[getter]
    fn place(&self) -> Option<String> {
        match &self.0 { offres::Channel::Meeting { place } => place.clone(), _ => None }
    }
    /// str | None: The link of a video call or a chat room.
    #[getter]
    fn url(&self) -> Option<String> {
        match &self.0 {
            offres::Channel::VideoCall { url } | offres::Channel::Chat { url, .. } => url.clone(),
            _ => None,
        }
    }
    /// str | None: The address an e-mail is sent to.
    #[getter]
    fn to(&self) -> Option<String> {
        match &self.0 { offres::Channel::Email { to } => Some(to.clone()), _ => None }
    }
    /// str | None: The chat service.
    #[getter]
    fn name(&self) -> Option<String> {
        match &self.0 { offres::Channel::Chat { name, .. } => name.clone(), _ => None }
    }
});

model!(
    /// A recurring team event.
    Ritual => offres::Ritual {
    /// str: What it is ("team meeting").
    #[getter]
    fn what(&self) -> String { self.0.what.clone() }
    /// Recurrence | None: How often it happens.
    #[getter]
    fn recurrence(&self) -> Option<Recurrence> { self.0.recurrence.clone().map(Recurrence) }
    /// str | None: The recurrence as an RFC 5545 RRULE value.
    #[getter]
    fn rrule(&self) -> Option<String> { self.0.rrule.clone() }
    /// datetime.time | None: Local start time.
    #[getter]
    fn start<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.0.start.map(|t| convert::py_time(py, t)).transpose()
    }
    /// datetime.time | None: Local end time.
    #[getter]
    fn end<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.0.end.map(|t| convert::py_time(py, t)).transpose()
    }
    /// str: IANA time zone of the times.
    #[getter]
    fn timezone(&self) -> String { self.0.timezone.clone() }
    /// Channel | None: Where it happens.
    #[getter]
    fn channel(&self) -> Option<Channel> { self.0.channel.clone().map(Channel) }
    /// bool: Whether members take turns.
    #[getter]
    fn rotating(&self) -> bool { self.0.rotating }
    /// str: The sentence it was read from.
    #[getter]
    fn text(&self) -> String { self.0.text.clone() }
});

model!(
    /// Something noticed while reading a page.
    Diagnostic => offres::Diagnostic {
    /// str: Stable snake_case code.
    #[getter]
    fn code(&self) -> String { enum_str(&self.0.code) }
    /// Literal["info", "warning", "error"]: How serious it is.
    #[getter]
    fn severity(&self) -> String { enum_str(&self.0.severity) }
    /// int: 1-based line in the original file.
    #[getter]
    fn line(&self) -> u32 { self.0.line }
    /// int: 1-based column.
    #[getter]
    fn column(&self) -> u32 { self.0.column }
    /// str | None: The front matter key path, where there is one.
    #[getter]
    fn path(&self) -> Option<String> { self.0.path.clone() }
    /// str: The message.
    #[getter]
    fn message(&self) -> String { self.0.message.clone() }
    fn __str__(&self) -> String { self.0.to_string() }
});

model!(
    /// Where a fact was read.
    Source => offres::Source {
    /// Literal["front_matter", "body"]: Which part of the page.
    #[getter]
    fn origin(&self) -> String { enum_str(&self.0.origin) }
    /// str | None: The front matter key.
    #[getter]
    fn key(&self) -> Option<String> { self.0.key.clone() }
    /// int: First line.
    #[getter]
    fn line(&self) -> u32 { self.0.line }
    /// int: Last line (inclusive).
    #[getter]
    fn end_line(&self) -> u32 { self.0.end_line }
});

model!(
    /// A date known to the day, the month or only the year; `str()` gives `YYYY-MM-DD`,
    /// `YYYY-MM` or `YYYY`.
    PartialDate => offres::PartialDate {
    /// int: The year.
    #[getter]
    fn year(&self) -> i32 { self.0.year() }
    /// int | None: The month (1–12), when known.
    #[getter]
    fn month(&self) -> Option<u8> { self.0.month().map(u8::from) }
    /// int | None: The day of the month, when known.
    #[getter]
    fn day(&self) -> Option<u8> { self.0.date().map(time::Date::day) }
    /// datetime.date | None: The `datetime.date`, when known to the day.
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.0.date().map(|d| convert::py_date(py, d)).transpose()
    }
    /// The first day this date can mean.
    ///
    /// :rtype: datetime.date | None
    fn earliest<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.0.earliest().map(|d| convert::py_date(py, d)).transpose()
    }
    /// Read `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    ///
    /// :type text: str
    /// :rtype: PartialDate
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
    /// bool: Whether the start is as soon as possible.
    #[getter]
    fn asap(&self) -> bool { matches!(self.0, offres::Start::Asap) }
    /// PartialDate | None: The start date, when one is given.
    #[getter]
    fn date(&self) -> Option<PartialDate> {
        match self.0 { offres::Start::Date(d) => Some(PartialDate(d)), offres::Start::Asap => None }
    }
    /// Read `asap` or a date.
    ///
    /// :type text: str
    /// :rtype: Start
    #[staticmethod]
    fn parse(text: &str) -> PyResult<Self> {
        text.parse().map(Self).map_err(|e: offres::InvalidDate| pyo3::exceptions::PyValueError::new_err(e.to_string()))
    }
    fn __str__(&self) -> String { self.0.to_string() }
    fn __hash__(&self) -> u64 { crate::hash_of(&self.0) }
});
