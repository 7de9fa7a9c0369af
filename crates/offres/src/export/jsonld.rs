//! A posting as a schema.org `JobPosting` in JSON-LD, the form job search engines read.
//!
//! Two entry points, one mapping:
//! - [`posting_jsonld`] (from a [`Document`]) gives the `description` as HTML rendered
//!   from the whole page body. Use it whenever the page is at hand (the CLI does).
//! - [`Posting::to_jsonld`] works from the typed posting alone, which does not keep the
//!   body: its `description` is the page's excerpt (the text before `<!--more-->`)
//!   rendered to HTML, and is missing when the page has none.
//!
//! Nothing is invented: a property the page does not state is left out, and where it is
//! one Google requires (`title`, `description`, `datePosted`, `hiringOrganization`, and
//! `jobLocation` unless the job is fully remote) a `missing_for_export` diagnostic names it.
//! `employmentType`, `jobLocationType` and the `unitText` of `baseSalary` take the values
//! of Google's job posting guidelines, since schema.org leaves them as free text.
//! `baseSalary` is written only where the page states an amount: "selon profil" gives none.

use pulldown_cmark::{Event, Options, Parser};
use serde_json::{Map, Value, json};

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity};
use crate::document::Document;
use crate::export::{Export, note};
use crate::model::{ContractKind, Education, Page, PayPeriod, Posting, Start};

/// The JSON-LD `JobPosting` of the posting in `doc`, its `description` rendered from the
/// page body; `None` when the page is not a posting.
///
/// ```
/// let doc = offres::Document::parse(
///     "---\ntitle: Développeur·euse\ndate: 2024-03-12\nstartup: Signal Voirie\n---\n\
///      Poste basé à Lyon, en CDI.\n".as_bytes(),
/// )?;
/// let export = offres::posting_jsonld(&doc).expect("a posting");
/// assert_eq!(export.output["@type"], "JobPosting");
/// assert_eq!(export.output["description"], "<p>Poste basé à Lyon, en CDI.</p>\n");
/// assert_eq!(export.output["jobLocation"]["address"]["addressLocality"], "Lyon");
/// # Ok::<(), offres::Error>(())
/// ```
pub fn posting_jsonld(doc: &Document) -> Option<Export<Value>> {
    match Page::from_document(doc) {
        Page::Posting(p) => Some(p.to_jsonld_with_body(doc.body_text())),
        _ => None,
    }
}

impl Posting {
    /// This posting as a schema.org `JobPosting`, its `description` rendered from the excerpt.
    ///
    /// The posting does not keep the page body: prefer [`posting_jsonld`] (or
    /// [`to_jsonld_with_body`](Self::to_jsonld_with_body)) when the page is at hand.
    pub fn to_jsonld(&self) -> Export<Value> {
        self.jsonld(self.meta.excerpt.as_deref().unwrap_or(""))
    }

    /// This posting as a schema.org `JobPosting`, its `description` rendered from
    /// `body_markdown` (the page body, after the front matter).
    pub fn to_jsonld_with_body(&self, body_markdown: &str) -> Export<Value> {
        if body_markdown.trim().is_empty() {
            self.to_jsonld()
        } else {
            self.jsonld(body_markdown)
        }
    }

    fn jsonld(&self, markdown: &str) -> Export<Value> {
        let mut out = Map::new();
        let mut diagnostics = Vec::new();
        let mut missing = |property: &str, what: &str| {
            diagnostics.push(note(
                DiagnosticCode::MissingForExport,
                Severity::Warning,
                0,
                format!("JobPosting: `{property}` left out: the page does not say {what}"),
            ));
        };
        out.insert("@context".into(), json!("https://schema.org"));
        out.insert("@type".into(), json!("JobPosting"));

        match self.role.as_deref().or(self.meta.title.as_deref()) {
            Some(title) if !title.trim().is_empty() => {
                out.insert("title".into(), json!(title.trim()));
            }
            _ => missing("title", "the role"),
        }
        let html = markdown_to_html(markdown);
        if html.trim().is_empty() {
            missing(
                "description",
                "anything about the job (no body, no excerpt)",
            );
        } else {
            out.insert("description".into(), json!(html));
        }
        match self.meta.date_posted {
            Some(d) => {
                out.insert("datePosted".into(), json!(d.to_string()));
            }
            None => missing("datePosted", "when it was published"),
        }
        if let Some(d) = self.closing_date {
            out.insert("validThrough".into(), json!(d.to_string()));
        }
        let types = employment_types(self);
        if !types.is_empty() {
            out.insert("employmentType".into(), json!(types));
        }
        match hiring_organization(self) {
            Some(org) => {
                out.insert("hiringOrganization".into(), org);
            }
            None => missing("hiringOrganization", "who hires"),
        }
        let full_remote = self.remote.is_some_and(|r| r.full_remote);
        match self.location.as_ref().map(job_location) {
            Some(place) => {
                out.insert("jobLocation".into(), place);
            }
            None if full_remote => {}
            None => missing(
                "jobLocation",
                "where the job is (and it is not fully remote)",
            ),
        }
        if full_remote {
            out.insert("jobLocationType".into(), json!("TELECOMMUTE"));
            // The model knows French pages only: the country a remote hire works from is
            // France, as every location the model reads is.
            out.insert(
                "applicantLocationRequirements".into(),
                json!({"@type": "Country", "name": "FR"}),
            );
        }
        match self.start {
            Some(Start::Asap) => {
                out.insert("jobImmediateStart".into(), json!(true));
            }
            Some(Start::Date(d)) => {
                out.insert("jobStartDate".into(), json!(d.to_string()));
            }
            None => {}
        }
        if let Some(reference) = &self.apply.reference {
            let mut id = Map::new();
            id.insert("@type".into(), json!("PropertyValue"));
            if let Some(org) = self
                .organisation_chain
                .first()
                .or(self.organisation.as_ref())
            {
                id.insert("name".into(), json!(org));
            }
            id.insert("value".into(), json!(reference));
            out.insert("identifier".into(), Value::Object(id));
        }
        let skills = skills(self);
        if !skills.is_empty() {
            out.insert("skills".into(), json!(skills));
        }
        if let Some(e) = self.education {
            out.insert(
                "educationRequirements".into(),
                json!({
                    "@type": "EducationalOccupationalCredential",
                    "credentialCategory": credential_category(e),
                }),
            );
        }
        if let Some(salary) = base_salary(self) {
            out.insert("baseSalary".into(), salary);
        }
        if let Some(years) = self.experience.and_then(|e| e.min_years) {
            out.insert(
                "experienceRequirements".into(),
                json!({
                    "@type": "OccupationalExperienceRequirements",
                    "monthsOfExperience": u32::from(years) * 12,
                }),
            );
        }
        Export {
            output: Value::Object(out),
            diagnostics: sorted(diagnostics),
        }
    }
}

fn sorted(mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diagnostics.sort_by_key(|d| d.line);
    diagnostics
}

/// The body as HTML for `description`. Raw HTML in the Markdown is left out: a search
/// engine reads the text, and a page's `<script>` or `<!--more-->` has no place there.
fn markdown_to_html(markdown: &str) -> String {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(markdown, opts)
        .filter(|e| !matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    let mut html = String::with_capacity(markdown.len() * 5 / 4);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Google's `employmentType` values for the contracts and part time offered, in a fixed
/// order. A fixed-term contract (CDD) is `TEMPORARY`; working hours add `FULL_TIME`
/// and/or `PART_TIME` for the salaried kinds.
fn employment_types(p: &Posting) -> Vec<&'static str> {
    const ORDER: [&str; 7] = [
        "FULL_TIME",
        "PART_TIME",
        "CONTRACTOR",
        "TEMPORARY",
        "INTERN",
        "VOLUNTEER",
        "OTHER",
    ];
    let only_part_time = p
        .part_time
        .as_ref()
        .is_some_and(|pt| !pt.fractions.is_empty() && pt.fractions.iter().all(|f| *f < 1.0));
    let hours: &[&str] = match (&p.part_time, only_part_time) {
        (None, _) => &["FULL_TIME"],
        (Some(_), true) => &["PART_TIME"],
        (Some(_), false) => &["FULL_TIME", "PART_TIME"],
    };
    let mut out: Vec<&str> = Vec::new();
    for c in &p.contracts {
        let kinds: &[&str] = match c.kind {
            ContractKind::Cdi | ContractKind::CivilServant => hours,
            ContractKind::Cdd => &["TEMPORARY"],
            ContractKind::Freelance => &["CONTRACTOR"],
            ContractKind::Internship => &["INTERN"],
            // Google has no apprenticeship; OTHER is its catch-all.
            ContractKind::Apprenticeship => &["OTHER"],
            ContractKind::Volunteer => &["VOLUNTEER"],
        };
        out.extend(kinds);
        if c.kind == ContractKind::Cdd {
            out.extend(hours);
        }
    }
    if p.contracts.is_empty() && p.part_time.is_some() {
        out.extend(hours);
    }
    out.sort_by_key(|t| ORDER.iter().position(|o| o == t));
    out.dedup();
    out
}

/// Websites of organisations every posting names by the same name (see
/// `organisation::KNOWN`), for `url`: a posting rarely gives its employer's address.
const WEBSITES: &[(&str, &str)] = &[
    ("DINUM", "https://www.numerique.gouv.fr"),
    ("ANCT", "https://agence-cohesion-territoires.gouv.fr"),
    ("ANSSI", "https://cyber.gouv.fr"),
    ("DGFiP", "https://www.impots.gouv.fr"),
    ("France Travail", "https://www.francetravail.fr"),
    ("Etalab", "https://www.etalab.gouv.fr"),
    ("beta.gouv.fr", "https://beta.gouv.fr"),
    ("data.gouv.fr", "https://www.data.gouv.fr"),
];

fn organization(name: &str) -> Map<String, Value> {
    let mut org = Map::new();
    org.insert("@type".into(), json!("Organization"));
    org.insert("name".into(), json!(name));
    if let Some((_, url)) = WEBSITES.iter().find(|(n, _)| *n == name) {
        org.insert("url".into(), json!(url));
    }
    org
}

/// The hiring organisation, with the larger ones it belongs to as `parentOrganization`.
fn hiring_organization(p: &Posting) -> Option<Value> {
    let mut chain: Vec<&str> = p.organisation_chain.iter().map(String::as_str).collect();
    if chain.is_empty() {
        chain.extend(p.organisation.as_deref());
    }
    chain.retain(|n| !n.trim().is_empty());
    let mut parent: Option<Map<String, Value>> = None;
    for name in chain.iter().rev() {
        let mut org = organization(name);
        if let Some(up) = parent.take() {
            org.insert("parentOrganization".into(), Value::Object(up));
        }
        parent = Some(org);
    }
    parent.map(Value::Object)
}

fn job_location(l: &crate::model::Location) -> Value {
    let mut address = Map::new();
    address.insert("@type".into(), json!("PostalAddress"));
    if let Some(a) = &l.address {
        address.insert("streetAddress".into(), json!(a));
    }
    if let Some(c) = &l.city {
        address.insert("addressLocality".into(), json!(c));
    }
    if let Some(pc) = &l.postal_code {
        address.insert("postalCode".into(), json!(pc));
    }
    // Every place the model reads is in France (overseas territories included).
    address.insert("addressCountry".into(), json!("FR"));
    json!({"@type": "Place", "address": Value::Object(address)})
}

/// The first pay statement with an amount, as a `MonetaryAmount` whose `value` is a
/// `QuantitativeValue` (one `value`, or `minValue`/`maxValue` for a range or an open bound),
/// with its `unitText` where the page says what the amount is paid for.
fn base_salary(p: &Posting) -> Option<Value> {
    let pay = p.pay.iter().find(|p| p.min.is_some() || p.max.is_some())?;
    let mut value = Map::new();
    value.insert("@type".into(), json!("QuantitativeValue"));
    match (pay.min, pay.max) {
        (Some(a), Some(b)) if (a - b).abs() < f64::EPSILON => {
            value.insert("value".into(), json!(a));
        }
        (min, max) => {
            if let Some(a) = min {
                value.insert("minValue".into(), json!(a));
            }
            if let Some(b) = max {
                value.insert("maxValue".into(), json!(b));
            }
        }
    }
    if let Some(period) = pay.period {
        let unit = match period {
            PayPeriod::Hour => "HOUR",
            PayPeriod::Day => "DAY",
            PayPeriod::Week => "WEEK",
            PayPeriod::Month => "MONTH",
            PayPeriod::Year => "YEAR",
        };
        value.insert("unitText".into(), json!(unit));
    }
    let mut amount = Map::new();
    amount.insert("@type".into(), json!("MonetaryAmount"));
    if let Some(c) = &pay.currency {
        amount.insert("currency".into(), json!(c));
    }
    amount.insert("value".into(), Value::Object(value));
    Some(Value::Object(amount))
}

/// Listed skills, then technologies not already listed.
fn skills(p: &Posting) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let listed = p
        .skills
        .iter()
        .flat_map(|s| s.knowledge.iter().chain(&s.know_how).chain(&s.soft));
    for s in listed.chain(&p.tech) {
        let s = s.trim();
        if !s.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(s)) {
            out.push(s);
        }
    }
    out
}

/// Google's `credentialCategory` values.
fn credential_category(e: Education) -> &'static str {
    match e {
        Education::Bac => "high school",
        Education::BacPlus2 => "associate degree",
        Education::Licence => "bachelor degree",
        Education::Master | Education::Doctorat => "postgraduate degree",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Contract;
    use crate::model::PartTime;

    fn posting(kinds: &[ContractKind], part_time: Option<Vec<f32>>) -> Posting {
        Posting {
            contracts: kinds
                .iter()
                .map(|&kind| Contract {
                    kind,
                    duration: None,
                    renewable: None,
                })
                .collect(),
            part_time: part_time.map(|fractions| PartTime {
                fractions,
                minimum: false,
            }),
            ..Posting::default()
        }
    }

    #[test]
    fn employment_types_follow_contract_and_hours() {
        let t = |k: &[ContractKind], pt| employment_types(&posting(k, pt));
        assert_eq!(t(&[ContractKind::Cdi], None), ["FULL_TIME"]);
        assert_eq!(t(&[ContractKind::Cdd], None), ["FULL_TIME", "TEMPORARY"]);
        assert_eq!(t(&[ContractKind::Cdi], Some(vec![0.8])), ["PART_TIME"]);
        assert_eq!(
            t(&[ContractKind::Cdi], Some(vec![])),
            ["FULL_TIME", "PART_TIME"]
        );
        assert_eq!(
            t(&[ContractKind::Cdd, ContractKind::Freelance], None),
            ["FULL_TIME", "CONTRACTOR", "TEMPORARY"]
        );
        assert_eq!(t(&[ContractKind::Apprenticeship], None), ["OTHER"]);
        assert!(t(&[], None).is_empty());
    }

    #[test]
    fn missing_required_properties_are_named_not_invented() {
        let e = Posting::default().to_jsonld();
        let named: Vec<&str> = e
            .diagnostics
            .iter()
            .map(|d| d.message.split('`').nth(1).unwrap())
            .collect();
        assert_eq!(
            named,
            [
                "title",
                "description",
                "datePosted",
                "hiringOrganization",
                "jobLocation"
            ]
        );
        let obj = e.output.as_object().unwrap();
        assert_eq!(obj.len(), 2, "{obj:?}");
    }

    #[test]
    fn raw_html_is_left_out_of_the_description() {
        let html = markdown_to_html("Intro <!--more--> *ok*\n\n<script>x</script>\n");
        assert_eq!(html, "<p>Intro  <em>ok</em></p>\n");
    }

    #[test]
    fn base_salary_only_for_a_stated_amount() {
        let mut p = posting(&[], None);
        p.pay = vec![crate::model::Pay {
            depends_on: vec![crate::model::PayFactor::Profile],
            text: "Rémunération selon profil".into(),
            ..Default::default()
        }];
        assert!(p.to_jsonld().output.get("baseSalary").is_none());
        p.pay.push(crate::model::Pay {
            min: Some(500.0),
            max: Some(650.0),
            currency: Some("EUR".into()),
            period: Some(PayPeriod::Day),
            text: "TJM : entre 500 € et 650 €".into(),
            ..Default::default()
        });
        let salary = &p.to_jsonld().output["baseSalary"];
        assert_eq!(salary["@type"], "MonetaryAmount");
        assert_eq!(salary["currency"], "EUR");
        assert_eq!(salary["value"]["minValue"], 500.0);
        assert_eq!(salary["value"]["maxValue"], 650.0);
        assert_eq!(salary["value"]["unitText"], "DAY");
        p.pay[1].max = Some(500.0);
        let salary = &p.to_jsonld().output["baseSalary"];
        assert_eq!(salary["value"]["value"], 500.0);
        assert!(salary["value"].get("minValue").is_none());
    }

    #[test]
    fn fully_remote_needs_no_place() {
        let mut p = posting(&[], None);
        p.remote = Some(crate::model::Remote {
            allowed: true,
            full_remote: true,
            ..Default::default()
        });
        let e = p.to_jsonld();
        assert_eq!(e.output["jobLocationType"], "TELECOMMUTE");
        assert!(
            e.diagnostics
                .iter()
                .all(|d| !d.message.contains("jobLocation"))
        );
    }
}
