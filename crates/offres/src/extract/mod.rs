//! From a `Document` (what the page says) to a `Page` (what it means).
//!
//! One pass builds the shared context — front matter meanings from the dialect table,
//! the body's blocks — then the page is classified and the builder of its kind runs the
//! extractors over that context. Every fact records its source.

mod organisation;
mod posting;
mod team;

use std::collections::HashSet;

use crate::body::{Block, BlockKind, Body};
use crate::date::{PartialDate, parse_date_text};
use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::dialect::{Meaning, meaning};
use crate::document::Document;
use crate::front_matter::{Field, FrontMatter, Value};
use crate::page::{Meta, Page, PageKind};
use crate::source::Source;
use crate::text::fold;

/// Shared context of one page's extraction.
pub(crate) struct Cx<'a> {
    pub(crate) fm: Option<&'a FrontMatter>,
    pub(crate) body: &'a Body,
    pub(crate) meta: Meta,
    consumed: HashSet<&'a str>,
}

impl<'a> Cx<'a> {
    fn new(doc: &'a Document) -> Self {
        let meta = Meta {
            encoding_repaired: doc.encoding_repaired(),
            diagnostics: doc.diagnostics().to_vec(),
            excerpt: doc
                .excerpt()
                .map(|e| e.text.clone())
                .filter(|t| !t.is_empty()),
            ..Meta::default()
        };
        Self {
            fm: doc.front_matter(),
            body: doc.body(),
            meta,
            consumed: HashSet::new(),
        }
    }

    /// The fields carrying `m`, marked as used.
    pub(crate) fn fields(&mut self, m: Meaning) -> Vec<&'a Field> {
        let found: Vec<&'a Field> = self
            .fm
            .into_iter()
            .flat_map(FrontMatter::fields)
            .filter(|f| meaning(&f.key) == Some(m))
            .collect();
        for f in &found {
            self.consumed.insert(f.key.as_str());
        }
        found
    }

    /// The first non-empty field carrying `m`.
    pub(crate) fn field(&mut self, m: Meaning) -> Option<&'a Field> {
        self.fields(m).into_iter().find(|f| !f.value.is_empty())
    }

    /// Record where fact `name` came from (the first source wins).
    pub(crate) fn source(&mut self, name: &str, source: Source) {
        self.meta.sources.entry(name.to_owned()).or_insert(source);
    }

    /// The body blocks that carry prose (headings, paragraphs, list items).
    pub(crate) fn prose(&self) -> impl Iterator<Item = &'a Block> + 'a {
        self.body.blocks.iter().filter(|b| {
            matches!(
                b.kind,
                BlockKind::Heading | BlockKind::Paragraph | BlockKind::ListItem
            )
        })
    }

    /// The source of the byte range `start..end` of `block`'s text.
    pub(crate) fn block_source(block: &Block, start: usize, end: usize) -> Source {
        Source::body(
            block.line_of(start),
            block.line_of(end.saturating_sub(1).max(start)),
        )
    }

    /// The title of the section a block is in.
    pub(crate) fn section_title(&self, block: &Block) -> Option<&'a str> {
        block
            .section
            .and_then(|i| self.body.sections.get(i))
            .map(|s| s.title.as_str())
    }

    pub(crate) fn diagnostic(&mut self, d: Diagnostic) {
        self.meta.diagnostics.push(d);
    }

    /// The sentences of the title and the body, for extractors that read the whole page.
    pub(crate) fn all_sentences(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(t) = &self.meta.title {
            out.push(t.clone());
        }
        for b in self.prose() {
            for (s, e) in crate::text::sentences(&b.text) {
                out.push(b.text[s..e].to_owned());
            }
        }
        out
    }

    /// The year pages' relative dates refer to.
    pub(crate) fn reference_year(&self) -> Option<i32> {
        self.meta.date_posted.map(PartialDate::year)
    }
}

/// What a document means.
pub(crate) fn page(doc: &Document) -> Page {
    let mut cx = Cx::new(doc);
    read_meta(&mut cx);
    let kind = classify(&mut cx);
    let mut page = match kind {
        PageKind::Posting => Page::Posting(posting::build(&mut cx)),
        PageKind::Team => Page::Team(team::build(&mut cx)),
        PageKind::Organisation => Page::Organisation(organisation::build(&mut cx)),
    };
    keep_extras(&cx, page.meta_mut());
    let meta = page.meta_mut();
    meta.diagnostics.append(&mut cx.meta.diagnostics);
    meta.diagnostics.sort_by_key(|d| (d.line, d.column));
    page
}

/// Title, dates, author, tags and site keys: what every kind of page has.
fn read_meta(cx: &mut Cx<'_>) {
    if let Some(f) = cx.field(Meaning::Title)
        && let Some(t) = f.value.scalar_text()
    {
        cx.meta.title = Some(t.trim().to_owned());
        cx.source("title", Source::key(&f.key, f.line));
    }
    if cx.meta.title.is_none() {
        let heading = cx.body.blocks.iter().find(|b| b.kind == BlockKind::Heading);
        if let Some(h) = heading {
            cx.meta.title = Some(h.text.trim().to_owned());
            cx.source("title", Source::body(h.span.start, h.span.end));
        }
    }
    for m in [Meaning::Date, Meaning::Opened] {
        if cx.meta.date_posted.is_some() {
            break;
        }
        if let Some(f) = cx.field(m)
            && let Some(d) = f.value.as_str().and_then(parse_date_text)
        {
            cx.meta.date_posted = Some(PartialDate::Day(d));
            cx.source("date_posted", Source::key(&f.key, f.line));
        }
    }
    if let Some(f) = cx.field(Meaning::Author) {
        let author = match &f.value {
            Value::List(items) => items.iter().find_map(Value::scalar_text),
            v => v.scalar_text(),
        };
        // "Soizic Pénicaud, équipe EIG": the name is before the comma.
        cx.meta.author = author
            .map(|a| a.split(',').next().unwrap_or("").trim().to_owned())
            .filter(|a| !a.is_empty());
        cx.source("author", Source::key(&f.key, f.line));
    }
    if let Some(f) = cx.field(Meaning::Tags) {
        cx.meta.tags = string_list(&f.value);
        cx.source("tags", Source::key(&f.key, f.line));
    }
    for f in cx.fields(Meaning::Site) {
        cx.meta.site.insert(f.key.clone(), f.value.clone());
    }
}

/// Front matter keys no builder used: kept raw, and reported when the table does not know them.
fn keep_extras(cx: &Cx<'_>, meta: &mut Meta) {
    let Some(fm) = cx.fm else { return };
    for f in fm.fields() {
        if cx.consumed.contains(f.key.as_str()) {
            continue;
        }
        meta.extra.insert(f.key.clone(), f.value.clone());
        if meaning(&f.key).is_none() {
            meta.diagnostics.push(
                Diagnostic::new(
                    DiagnosticCode::UnknownKey,
                    Severity::Info,
                    f.line,
                    f.column,
                    format!(
                        "key {} is not part of any known dialect; kept as an extra",
                        quote(&f.key)
                    ),
                )
                .with_path(f.key.clone()),
            );
        }
    }
}

/// A list of strings from a list value or a comma-separated string.
pub(crate) fn string_list(value: &Value) -> Vec<String> {
    match value {
        Value::List(items) => items
            .iter()
            .filter_map(Value::scalar_text)
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect(),
        Value::String(s) => s
            .split([',', ';'])
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        v => v.scalar_text().into_iter().collect(),
    }
}

/// Posting, team or organisation: scored from front matter keys, the title and the body.
fn classify(cx: &mut Cx<'_>) -> PageKind {
    let mut posting = 0i32;
    let mut team = 0i32;
    let mut organisation = 0i32;
    if let Some(fm) = cx.fm {
        for f in fm.fields() {
            match meaning(&f.key) {
                Some(
                    Meaning::Role
                    | Meaning::Contract
                    | Meaning::Filled
                    | Meaning::Opened
                    | Meaning::Closing
                    | Meaning::ApplyUrl
                    | Meaning::Junior,
                ) => posting += 3,
                Some(Meaning::Open | Meaning::Tech | Meaning::Domains) => posting += 2,
                Some(Meaning::Acronym | Meaning::Website | Meaning::Parent | Meaning::Forge) => {
                    organisation += 2;
                }
                Some(Meaning::Mission | Meaning::Name) => {
                    organisation += 2;
                    team += 1;
                }
                Some(Meaning::Organisation) => posting += 1,
                Some(Meaning::Site | Meaning::Tags)
                    if f.value.to_string().to_lowercase().contains("recrut") =>
                {
                    posting += 4;
                }
                _ => {}
            }
        }
    }
    let raw_title = cx.meta.title.clone().unwrap_or_default();
    let title = fold(&raw_title);
    // A contract or a "pourvue" banner in the title is the surest sign of a posting.
    if !crate::contract::find_contracts(&raw_title, crate::text::Origin::Title).is_empty() {
        posting += 4;
    }
    if crate::status::find_status(&raw_title)
        .iter()
        .any(|h| h.value == crate::status::Status::Filled)
    {
        posting += 4;
    }
    for cue in [
        "recrute",
        "recherche",
        "cherche",
        "offre",
        "h/f",
        "f/h",
        "cdd",
        "cdi",
        "stage",
        "poste",
        "job",
        "hiring",
        "developpeu",
        "designer",
        "bizdev",
        "charge",
        "chef",
        "product owner",
        "product manager",
        "lead dev",
        "stagiaire",
        "alternan",
    ] {
        if title.contains(cue) {
            posting += 2;
        }
    }
    for cue in [
        "rituel",
        "ritual",
        "engagement",
        "equipe",
        "team",
        "fonctionnement",
        "management",
        "pratiques",
    ] {
        if title.contains(cue) {
            team += 2;
        }
    }
    for cue in [
        "incubateur",
        "ministere",
        "prefecture",
        "direction",
        "agence",
        "fabrique",
    ] {
        if title.contains(cue) {
            organisation += 1;
        }
    }
    // The opening paragraphs of a posting say who is sought.
    for b in cx.prose().take(6) {
        let f = fold(&b.text);
        if [
            "recrute",
            "recrutons",
            "cherche un",
            "recherche un",
            "cherchons",
            "recherchons",
            "ce poste",
            "candidat",
            "is hiring",
            "we are looking for",
        ]
        .iter()
        .any(|c| f.contains(c))
        {
            posting += 2;
        }
    }
    for s in &cx.body.sections {
        let t = fold(&s.title);
        if [
            "profil",
            "modalite",
            "candidat",
            "postuler",
            "vos missions",
            "votre mission",
            "missions",
            "competences",
        ]
        .iter()
        .any(|c| t.contains(c))
        {
            posting += 2;
        }
        if [
            "rituel",
            "ritual",
            "engagement",
            "reunion",
            "ceremonie",
            "valeurs",
            "fonctionnement",
        ]
        .iter()
        .any(|c| t.contains(c))
        {
            team += 2;
        }
        if [
            "produits",
            "startups",
            "services",
            "incubateur",
            "nos equipes",
        ]
        .iter()
        .any(|c| t.contains(c))
        {
            organisation += 1;
        }
        if t.starts_with("team ") || t.starts_with("equipe ") || t.starts_with("l'equipe") {
            team += 1;
        }
    }
    if posting >= 3 && posting >= team && posting >= organisation {
        PageKind::Posting
    } else if organisation > team {
        PageKind::Organisation
    } else {
        PageKind::Team
    }
}
