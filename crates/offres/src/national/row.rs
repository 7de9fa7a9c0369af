//! A row of a national file → a [`Posting`]: each cell as its column's table says, then
//! the free-text cells through the rules of page prose.
//!
//! A column's value is used once: when two columns hold the same fact, the first in the
//! table's order is used and the other kept raw in `extra`. A value a column's vocabulary
//! does not know is kept raw in `extra` with a diagnostic at its row and column. Every fact
//! read records its cell as its source.

use std::borrow::Cow;

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::document::front_matter::Value;
use crate::extract::facts::contract::{ContractMention, find_contracts, resolve_contracts};
use crate::extract::facts::remote::{remote_from_value, resolve_remote};
use crate::extract::posting_from_text;
use crate::model::{
    ContractKind, Duration, Location, OpenTo, Posting, Remote, Source, Start, WorkingTime,
};
use crate::text::departements::{self, same_name};
use crate::text::{Origin, cities, fold};

use super::address::{address, city_in, key};

use super::columns::Field;
use super::values::{self, DateCell};
use super::{CellSpan, NationalFormat, Row};

/// The longest employer name: a longer cell is a presentation, read as free text.
const EMPLOYER_MAX_CHARS: usize = 150;

impl Row {
    /// The posting this row describes.
    ///
    /// The row's own diagnostics come first, then what reading its values noticed, each
    /// with the row and the column's name.
    pub fn to_posting(&self) -> Posting {
        let mut b = Builder {
            row: self,
            p: Posting::default(),
            claimed: Vec::new(),
            diagnostics: Vec::new(),
            organisations: Organisations::default(),
            department: None,
            region: None,
            addresses: Vec::new(),
            contract: Vec::new(),
            contract_has_kind: false,
            length: None,
            remote: None,
            texts: Vec::new(),
        };
        for &i in &self.header.order {
            if let Some(c) = self.cells.get(i) {
                b.cell(i, c);
            }
        }
        // Cells past the header, kept raw.
        for i in self.header.names.len()..self.cells.len() {
            b.extra(i);
        }
        b.finish()
    }

    fn name(&self, i: usize) -> Cow<'_, str> {
        self.header.name(i)
    }

    fn source(&self, i: usize) -> Source {
        let c = self.cells.get(i).copied().unwrap_or_default();
        Source::cell(
            self.name(i),
            self.number,
            u32::try_from(i + 1).unwrap_or(u32::MAX),
            c.line,
            c.end_line,
        )
    }

    /// The source of a fact read in cell `i`'s text, on the text's lines `inner` gives.
    fn text_source(&self, i: usize, inner: &Source) -> Source {
        let mut s = self.source(i);
        // A CSV cell's lines are the file's; a JSON string is on its key's line.
        if self.header.format != NationalFormat::TalentsoftJson {
            let first = s.line;
            s.line = first.saturating_add(inner.line.saturating_sub(1));
            s.end_line = first
                .saturating_add(inner.end_line.saturating_sub(1))
                .max(s.line);
        }
        s
    }
}

/// The hiring organisation and the back office's tree above it.
#[derive(Default)]
struct Organisations {
    employer: Option<usize>,
    attachment: Option<usize>,
    entity: Option<usize>,
    /// `Origin_Entity_With1` (outermost) to `With5`.
    levels: [Option<usize>; 5],
}

struct Builder<'a> {
    row: &'a Row,
    p: Posting,
    /// Facts already given by a column (a date saying "none" claims its fact too).
    claimed: Vec<&'static str>,
    diagnostics: Vec<Diagnostic>,
    organisations: Organisations,
    /// The département's name and code as written, and its cell.
    department: Option<(&'a str, &'a str, usize)>,
    region: Option<usize>,
    addresses: Vec<usize>,
    contract: Vec<ContractMention>,
    contract_has_kind: bool,
    length: Option<(Duration, usize)>,
    remote: Option<(Remote, usize)>,
    texts: Vec<usize>,
}

impl<'a> Builder<'a> {
    fn value(&self, i: usize) -> &'a str {
        self.row.cells.get(i).map_or("", |c| self.row.cell_text(c))
    }

    fn span(&self, i: usize) -> CellSpan {
        self.row.cells.get(i).copied().unwrap_or_default()
    }

    /// Keep cell `i` raw in `extra`, under its column's name.
    fn extra(&mut self, i: usize) {
        let v = self.value(i);
        if !v.trim().is_empty() {
            self.p
                .meta
                .extra
                .insert(self.row.name(i).into_owned(), Value::String(v.to_owned()));
        }
    }

    /// Whether `fact` is still free; if not, cell `i` is kept raw.
    fn claim(&mut self, fact: &'static str, i: usize) -> bool {
        if self.claimed.contains(&fact) {
            self.extra(i);
            return false;
        }
        self.claimed.push(fact);
        true
    }

    fn found(&mut self, fact: &str, i: usize) {
        let s = self.row.source(i);
        self.p.meta.sources.insert(fact.to_owned(), s);
    }

    fn diagnose(&mut self, i: usize, code: DiagnosticCode, severity: Severity, what: &str) {
        let c = self.span(i);
        let name = self.row.name(i).into_owned();
        self.diagnostics.push(
            Diagnostic::new(
                code,
                severity,
                c.line,
                c.column,
                format!(
                    "row {}, column {} ({}): {} {what}",
                    self.row.number,
                    i + 1,
                    quote(&name),
                    quote(self.value(i)),
                ),
            )
            .at_cell(self.row.number, name),
        );
    }

    /// A value the column's vocabulary does not know: kept raw, with a warning; a later
    /// column may still give `fact`.
    fn untyped(&mut self, i: usize, fact: &str, what: &str) {
        self.diagnose(
            i,
            DiagnosticCode::UntypedValue,
            Severity::Warning,
            &format!("is not {what}; kept raw in extra"),
        );
        self.extra(i);
        self.claimed.retain(|f| *f != fact);
    }

    /// Read cell `i` with `read`; on success `set` stores the value and `fact` gets the
    /// cell as its source.
    fn typed<T>(
        &mut self,
        i: usize,
        fact: &'static str,
        what: &str,
        read: impl FnOnce(&str) -> Option<T>,
        set: impl FnOnce(&mut Posting, T),
    ) {
        if !self.claim(fact, i) {
            return;
        }
        match read(self.value(i)) {
            Some(v) => {
                set(&mut self.p, v);
                self.found(fact, i);
            }
            None => self.untyped(i, fact, what),
        }
    }

    fn date(&mut self, i: usize, fact: &'static str, set: impl FnOnce(&mut Posting, DateCell)) {
        if !self.claim(fact, i) {
            return;
        }
        if let Some(d) = values::date(self.value(i)) {
            if d != DateCell::Never {
                self.found(fact, i);
            }
            set(&mut self.p, d);
        } else {
            self.diagnose(
                i,
                DiagnosticCode::MalformedDate,
                Severity::Warning,
                "is not a date (dd/mm/yyyy); kept raw in extra",
            );
            self.extra(i);
            self.claimed.retain(|f| *f != fact);
        }
    }

    fn cell(&mut self, i: usize, span: &CellSpan) {
        let v = self.row.cell_text(span);
        if v.trim().is_empty() {
            return;
        }
        let Some(field) = self.row.header.fields.get(i).copied().flatten() else {
            self.extra(i);
            return;
        };
        match field {
            Field::Personal => {}
            Field::Extra => self.extra(i),
            Field::Title => {
                if self.claim("title", i) {
                    let title = one_line(v);
                    self.p.role = Some(crate::extract::clean_role(&title));
                    self.p.meta.title = Some(title);
                    self.found("title", i);
                    self.found("role", i);
                }
            }
            Field::Reference => {
                if self.claim("reference", i) {
                    self.p.apply.reference = Some(v.trim().to_owned());
                    self.found("reference", i);
                }
            }
            Field::Employer => self.organisation(i, |o| &mut o.employer),
            Field::EmployerOrText => {
                if v.trim().contains('\n') || v.trim().chars().count() > EMPLOYER_MAX_CHARS {
                    self.texts.push(i);
                } else {
                    self.organisation(i, |o| &mut o.employer);
                }
            }
            Field::Attachment => self.organisation(i, |o| &mut o.attachment),
            Field::Entity => self.organisation(i, |o| &mut o.entity),
            Field::Chain(level) => {
                let k = usize::from(level.clamp(1, 5) - 1);
                self.organisation(i, |o| &mut o.levels[k]);
            }
            Field::Versant => self.typed(i, "versant", "a versant", values::versant, |p, x| {
                p.versant = Some(x);
            }),
            Field::Category => {
                self.typed(i, "categories", "a catégorie", values::category, |p, x| {
                    p.categories = vec![x];
                });
            }
            Field::OpenTo => self.typed(i, "open_to", "who may apply", values::open_to, |p, x| {
                p.open_to = Some(x);
            }),
            Field::Vacancy => self.typed(i, "vacancy", "a vacancy", values::vacancy, |p, x| {
                p.vacancy = Some(x);
            }),
            Field::Occupation => {
                if self.claim("occupation", i) {
                    match values::occupation(v) {
                        Some(o) => {
                            self.p.occupation = Some(o);
                            self.found("occupation", i);
                        }
                        // "Non renseigné": the file says it says nothing.
                        None => self.claimed.retain(|f| *f != "occupation"),
                    }
                }
            }
            Field::ExperienceLevel => self.typed(
                i,
                "experience_level",
                "an experience level",
                values::experience_level,
                |p, x| p.experience_level = Some(x),
            ),
            Field::WorkingTime => self.typed(
                i,
                "working_time",
                "a working time",
                values::working_time,
                |p, x| p.working_time = Some(x),
            ),
            Field::FullTime => {
                self.typed(i, "working_time", "yes or no", values::yes_no, |p, x| {
                    p.working_time = Some(if x {
                        WorkingTime::Complete
                    } else {
                        WorkingTime::NonComplete { share: None }
                    });
                });
            }
            Field::Management => {
                self.typed(
                    i,
                    "management",
                    "yes, no or a number",
                    values::management,
                    |p, x| {
                        p.management = Some(x);
                    },
                );
            }
            Field::Status => self.typed(i, "status", "a known state", values::status, |p, x| {
                p.status = x;
            }),
            Field::Languages => {
                self.typed(
                    i,
                    "languages",
                    "a list of languages",
                    values::languages,
                    |p, x| {
                        p.languages = x;
                    },
                );
            }
            Field::Education => {
                if self.claim("education", i) {
                    match values::education(v) {
                        Some(Ok(e)) => {
                            self.p.education = Some(e);
                            self.found("education", i);
                        }
                        Some(Err(())) => {
                            self.diagnose(
                                i,
                                DiagnosticCode::UntypedValue,
                                Severity::Info,
                                "is below the baccalauréat, which the model has no level for; \
                                 kept raw in extra",
                            );
                            self.extra(i);
                        }
                        None => self.untyped(i, "education", "an education level"),
                    }
                }
            }
            Field::Remote => {
                if self.claim("remote", i) {
                    match remote_from_value(v) {
                        Some(r) => self.remote = Some((r, i)),
                        None => self.untyped(i, "remote", "a telework policy"),
                    }
                }
            }
            Field::Contract => {
                if self.claim("contract", i) {
                    let found = find_contracts(v, Origin::FrontMatter);
                    if found.is_empty() {
                        self.untyped(i, "contract", "a kind of contract");
                    } else {
                        self.contract_has_kind = found.iter().any(|h| !h.value.kinds.is_empty());
                        self.contract.extend(found.into_iter().map(|h| h.value));
                        self.found("contracts", i);
                    }
                }
            }
            Field::ContractLength => {
                if self.claim("contract_length", i) {
                    match values::length(v) {
                        Some(d) => self.length = Some((d, i)),
                        None => self.untyped(i, "contract_length", "a length in months or years"),
                    }
                }
            }
            Field::DatePosted => {
                self.date(i, "date_posted", |p, d| p.meta.date_posted = d.partial());
            }
            Field::Closing => self.date(i, "closing_date", |p, d| p.closing_date = d.partial()),
            Field::Start => self.date(i, "start", |p, d| {
                p.start = d.partial().map(Start::Date);
            }),
            Field::Department => {
                if self.claim("department", i) {
                    match values::department(v) {
                        Some((name, code)) => self.department = Some((name, code, i)),
                        None => match departements::by_name(v) {
                            Some(d) => self.department = Some((d.name, d.code, i)),
                            None => self.untyped(
                                i,
                                "department",
                                "a département with its code, as \"Vendée (85)\"",
                            ),
                        },
                    }
                }
            }
            Field::Region => {
                if self.claim("region", i) {
                    self.region = Some(i);
                }
            }
            Field::Address => self.addresses.push(i),
            Field::Text => self.texts.push(i),
        }
    }

    fn organisation(
        &mut self,
        i: usize,
        slot: impl FnOnce(&mut Organisations) -> &mut Option<usize>,
    ) {
        let s = slot(&mut self.organisations);
        if s.is_none() {
            *s = Some(i);
        } else {
            self.extra(i);
        }
    }

    fn finish(mut self) -> Posting {
        self.organisations();
        self.location();
        self.contracts();
        self.free_texts();
        if let Some((r, i)) = self.remote.take() {
            // The column's yes or no, with the days the free text may have added.
            if self.p.remote.is_none() {
                self.p.remote = Some(r);
                self.found("remote", i);
            }
        }
        let mut diagnostics = self.row.diagnostics.clone();
        diagnostics.append(&mut self.diagnostics);
        diagnostics.sort_by_key(|d| (d.line, d.column));
        self.p.meta.diagnostics = diagnostics;
        self.p
    }

    fn organisations(&mut self) {
        let o = &self.organisations;
        let Some(inner) = o.employer.or(o.entity).or(o.attachment) else {
            return;
        };
        let name = one_line(self.value(inner));
        let mut chain = vec![name.clone()];
        let mut parents: Vec<usize> = Vec::new();
        parents.extend(o.entity);
        parents.extend(o.levels.iter().rev().flatten());
        parents.extend(o.attachment);
        let mut parent_source = None;
        for i in parents {
            let v = one_line(self.value(i));
            let f = fold(&v);
            // The top of the back office's tree says who publishes and which fonction
            // publique, not an organisation the post belongs to.
            let generic =
                f == "dgafp" || f.starts_with("fonction publique") || f == "apprentissage et stage";
            if generic || chain.iter().any(|c| fold(c) == f) {
                continue;
            }
            parent_source.get_or_insert(i);
            chain.push(v);
        }
        self.p.organisation = Some(name);
        self.p.organisation_chain = chain;
        self.found("organisation", inner);
        if let Some(i) = parent_source {
            self.found("organisation_chain", i);
        }
    }

    fn location(&mut self) {
        let mut loc = Location::default();
        let mut source = None;
        if let Some((name, code, i)) = self.department {
            source = Some(i);
            match departements::by_code(code) {
                Some(d) if departements::names(d, name) => {
                    loc.department = Some(d.name.to_owned());
                    loc.department_code = Some(d.code.to_owned());
                    loc.region = d.region.map(str::to_owned);
                }
                known => {
                    self.diagnose(
                        i,
                        DiagnosticCode::Conflict,
                        Severity::Warning,
                        &match known {
                            Some(d) => format!(
                                "names one département and gives the code of another ({}): \
                                 kept as written",
                                d.name
                            ),
                            None => "gives a code no département has: kept as written".to_owned(),
                        },
                    );
                    loc.department = Some(name.to_owned());
                    loc.department_code = Some(code.to_owned());
                    loc.region = known.and_then(|d| d.region).map(str::to_owned);
                }
            }
        }
        for &i in &self.addresses.clone() {
            let Some(found) = address(self.value(i)) else {
                self.extra(i);
                continue;
            };
            let before = loc.clone();
            // Another cell naming another commune is another place: not mixed in.
            let elsewhere = matches!((&loc.city, &found.city), (Some(a), Some(b)) if a != b);
            if elsewhere {
                self.extra(i);
                continue;
            }
            if loc.city.is_none() {
                loc.city = found.city;
            }
            if loc.address.is_none() {
                loc.address = found.address;
            }
            if loc.postal_code.is_none() {
                loc.postal_code = found.postal_code;
            }
            if loc == before {
                // A second address that adds nothing stays as written.
                self.extra(i);
            } else if before.city.is_none() && before.address.is_none() {
                source.get_or_insert(i);
            }
        }
        // "DIT de DIJON / Antenne BOURGES" in the Cher: the commune of the address that is
        // in the row's département, when the first one named is not.
        if let (Some(code), Some(city)) = (&loc.department_code, &loc.city)
            && cities::lookup(&key(city)).is_some_and(|c| c.department != code)
            && let Some(other) = self
                .addresses
                .iter()
                .find_map(|&i| city_in(self.value(i), code))
        {
            loc.city = Some(other.to_owned());
        }
        if let Some(postal) = loc.postal_code.clone()
            && let Some(d) = departements::by_postal_code(&postal)
        {
            match &loc.department_code {
                None => {
                    loc.department = Some(d.name.to_owned());
                    loc.department_code = Some(d.code.to_owned());
                    loc.region = d.region.map(str::to_owned);
                }
                Some(code) if code != d.code => {
                    if let Some(i) = self.addresses.first().copied() {
                        self.diagnose(
                            i,
                            DiagnosticCode::Conflict,
                            Severity::Warning,
                            &format!(
                                "has a postal code of {} ({}), not of the département {code}",
                                d.name, d.code
                            ),
                        );
                    }
                }
                Some(_) => {}
            }
        }
        if let Some(i) = self.region {
            let written = one_line(self.value(i));
            // "DOM" says overseas, not which région.
            let overseas = matches!(
                fold(&written).trim(),
                "dom" | "tom" | "drom" | "com" | "dom-tom" | "outre-mer" | "outre mer"
            );
            match &loc.region {
                None if !overseas => loc.region = Some(written),
                Some(r) if !same_name(r, &written) && !overseas => self.diagnose(
                    i,
                    DiagnosticCode::Conflict,
                    Severity::Info,
                    &format!("is not the région of the département ({r}): kept {r}"),
                ),
                _ => {}
            }
            source.get_or_insert(i);
        }
        if loc != Location::default() {
            self.p.location = Some(loc);
            if let Some(i) = source {
                self.found("location", i);
            }
        }
    }

    fn contracts(&mut self) {
        let mut mentions = std::mem::take(&mut self.contract);
        if let Some((duration, i)) = self.length {
            // A length with no kind is a fixed-term contract.
            let kinds = if self.contract_has_kind {
                Vec::new()
            } else {
                vec![ContractKind::Cdd]
            };
            mentions.push(ContractMention {
                kinds,
                duration: Some(duration),
                renewable: None,
            });
            if !self.p.meta.sources.contains_key("contracts") {
                self.found("contracts", i);
            }
        }
        // Who may apply names kinds too: a titulaire comes as a civil servant, a
        // contractuel of the public service on a contract (a CDD, as the model counts
        // one, unless the contract column says otherwise).
        if let Some(open) = self.p.open_to {
            let mut kinds = match open {
                OpenTo::TitulairesOnly => vec![ContractKind::CivilServant],
                OpenTo::ContractuelsOnly => vec![ContractKind::Cdd],
                OpenTo::TitulairesAndContractuels => {
                    vec![ContractKind::CivilServant, ContractKind::Cdd]
                }
            };
            if self.contract_has_kind {
                kinds.retain(|k| *k == ContractKind::CivilServant);
            }
            if !kinds.is_empty() {
                mentions.push(ContractMention {
                    kinds,
                    duration: None,
                    renewable: None,
                });
                if !self.p.meta.sources.contains_key("contracts")
                    && let Some(s) = self.p.meta.sources.get("open_to").cloned()
                {
                    self.p.meta.sources.insert("contracts".to_owned(), s);
                }
            }
        }
        let tagged: Vec<(Origin, ContractMention)> = mentions
            .into_iter()
            .map(|m| (Origin::FrontMatter, m))
            .collect();
        self.p.contracts = resolve_contracts(&tagged);
    }

    /// Each free-text cell through the page rules; what the columns did not say is taken
    /// from it, with the cell (and the lines in it) as its source.
    fn free_texts(&mut self) {
        let year = self.p.meta.date_posted;
        let mut remotes: Vec<(Origin, Remote)> = Vec::new();
        if let Some((r, _)) = self.remote {
            remotes.push((Origin::FrontMatter, r));
        }
        let mut remote_source = None;
        for i in self.texts.clone() {
            // The text itself is kept: a table has no body to go back to.
            self.extra(i);
            let t = posting_from_text(self.value(i), year);
            let row = self.row;
            let src = |fact: &str| t.meta.sources.get(fact).map(|s| row.text_source(i, s));
            let mut took: Vec<(&'static str, Option<Source>)> = Vec::new();
            let p = &mut self.p;
            macro_rules! fill {
                ($($field:ident),*) => {$(
                    if p.$field.is_none() && t.$field.is_some() {
                        p.$field = t.$field.clone();
                        took.push((stringify!($field), src(stringify!($field))));
                    }
                )*};
            }
            fill!(
                start,
                closing_date,
                experience,
                education,
                part_time,
                team_size,
                skills,
                location,
                versant,
                open_to,
                secondment,
                vacancy,
                experience_level,
                management,
                working_time,
                occupation
            );
            macro_rules! fill_list {
                ($($field:ident),*) => {$(
                    if p.$field.is_empty() && !t.$field.is_empty() {
                        p.$field = t.$field.clone();
                        took.push((stringify!($field), src(stringify!($field))));
                    }
                )*};
            }
            fill_list!(languages, categories, pay);
            for tech in &t.tech {
                if !p.tech.contains(tech) {
                    p.tech.push(tech.clone());
                    took.push(("tech", src("tech")));
                }
            }
            // The text gives a length to a contract the columns name without one; it adds
            // a contract only where the columns name none.
            let none_named = p.contracts.is_empty();
            for c in &t.contracts {
                match p.contracts.iter_mut().find(|x| x.kind == c.kind) {
                    Some(x) if x.duration.is_none() && c.duration.is_some() => {
                        x.duration = c.duration;
                        x.renewable = x.renewable.or(c.renewable);
                    }
                    None if none_named => {
                        p.contracts.push(c.clone());
                        took.push(("contracts", src("contracts")));
                    }
                    _ => {}
                }
            }
            for e in &t.apply.emails {
                if !p.apply.emails.contains(e) {
                    p.apply.emails.push(e.clone());
                    took.push(("apply", src("apply")));
                }
            }
            for u in &t.apply.urls {
                if !p.apply.urls.contains(u) {
                    p.apply.urls.push(u.clone());
                    took.push(("apply", src("apply")));
                }
            }
            p.contacts.extend(t.contacts.iter().cloned());
            if let Some(r) = t.remote {
                remote_source = remote_source.or_else(|| src("remote"));
                remotes.push((Origin::Body, r));
            }
            for (fact, source) in took {
                if let Some(s) = source {
                    self.p.meta.sources.entry(fact.to_owned()).or_insert(s);
                }
            }
        }
        if remotes.iter().any(|(o, _)| *o == Origin::Body) {
            self.p.remote = resolve_remote(&remotes);
            let column = self.remote.map(|(_, i)| self.row.source(i));
            if let Some(s) = column.or(remote_source) {
                self.p.meta.sources.insert("remote".to_owned(), s);
            }
        }
    }
}

/// A cell's lines as one line: trimmed, joined with ", ".
pub(crate) fn one_line(v: &str) -> String {
    let lines: Vec<&str> = v
        .lines()
        .map(|l| l.trim().trim_end_matches(','))
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_joined() {
        assert_eq!(
            one_line("Ministère\n  tribunal,\n\n"),
            "Ministère, tribunal"
        );
    }
}
