//! From a `Document` (what the page says) to a `Page` (what it means).
//!
//! One pass builds the shared context — front matter meanings from the dialect table,
//! the body's blocks — then the page is classified and the builder of its kind runs the
//! extractors over that context. Every fact records its source.

mod classify;
mod hirer;
mod naming;
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
use crate::text::Folded;

/// Shared context of one page's extraction.
pub(crate) struct Cx<'a> {
    pub(crate) fm: Option<&'a FrontMatter>,
    pub(crate) body: &'a Body,
    pub(crate) meta: Meta,
    consumed: HashSet<&'a str>,
    /// Each body block folded once, shared by every extractor (folding per extractor
    /// per block was ~10% of the extraction time). Empty for blocks that are not prose.
    folded: &'a [Folded],
    /// The meaning of each front matter field, looked up once.
    meanings: Vec<Option<Meaning>>,
}

impl<'a> Cx<'a> {
    fn new(doc: &'a Document, folded: &'a [Folded]) -> Self {
        let meta = Meta {
            encoding_repaired: doc.encoding_repaired(),
            diagnostics: doc.diagnostics().to_vec(),
            excerpt: doc
                .excerpt()
                .map(|e| e.text.clone())
                .filter(|t| !t.is_empty()),
            ..Meta::default()
        };
        let fm = doc.front_matter();
        let meanings = fm
            .map(|fm| fm.fields().iter().map(|f| meaning(&f.key)).collect())
            .unwrap_or_default();
        Self {
            fm,
            body: doc.body(),
            meta,
            consumed: HashSet::new(),
            folded,
            meanings,
        }
    }

    /// The fields carrying `m`, marked as used.
    pub(crate) fn fields(&mut self, m: Meaning) -> Vec<&'a Field> {
        let found: Vec<&'a Field> = self
            .fm
            .into_iter()
            .flat_map(FrontMatter::fields)
            .zip(&self.meanings)
            .filter(|(_, meaning)| **meaning == Some(m))
            .map(|(f, _)| f)
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
        self.body.blocks.iter().filter(|b| is_prose(b))
    }

    /// The prose blocks with their folded text.
    pub(crate) fn prose_folded(&self) -> impl Iterator<Item = (&'a Block, &'a Folded)> + 'a {
        self.body
            .blocks
            .iter()
            .zip(self.folded)
            .filter(|(b, _)| is_prose(b))
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

fn is_prose(b: &Block) -> bool {
    matches!(
        b.kind,
        BlockKind::Heading | BlockKind::Paragraph | BlockKind::ListItem
    )
}

/// What a document means.
pub(crate) fn page(doc: &Document) -> Page {
    let folded: Vec<Folded> = doc
        .body()
        .blocks
        .iter()
        .map(|b| {
            if is_prose(b) {
                Folded::new(&b.text)
            } else {
                Folded::default()
            }
        })
        .collect();
    let mut cx = Cx::new(doc, &folded);
    read_meta(&mut cx);
    let kind = classify::classify(&mut cx);
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
    // Front matter keys are unique: add them in one pass, as `RawMap::insert` would one by
    // one (an earlier entry of the same key goes, the new one comes last), without its
    // scan of the whole map per key, quadratic on a page of 20,000 unknown keys.
    let mut added: Vec<(String, Value)> = Vec::new();
    for (f, known) in fm.fields().iter().zip(&cx.meanings) {
        if cx.consumed.contains(f.key.as_str()) {
            continue;
        }
        added.push((f.key.clone(), f.value.clone()));
        if known.is_none() {
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
    if !added.is_empty() {
        {
            let keys: HashSet<&str> = added.iter().map(|(k, _)| k.as_str()).collect();
            meta.extra.0.retain(|(k, _)| !keys.contains(k.as_str()));
        }
        meta.extra.0.extend(added);
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
