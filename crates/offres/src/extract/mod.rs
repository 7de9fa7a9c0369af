//! From a `Document` (what the page says) to a `Page` (what it means).
//!
//! One pass builds the shared context — front matter meanings from the dialect table,
//! the body's blocks — then the page is classified and the builder of its kind runs the
//! extractors over that context. Every fact records its source.

mod classify;
pub(crate) mod dialect;
pub(crate) mod facts;
mod free_text;
mod hirer;
mod naming;
mod organisation;
mod posting;
mod team;
mod terms;

use std::cell::OnceCell;
use std::collections::HashSet;
use std::rc::Rc;

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::document::Document;
use crate::document::body::{Block, BlockKind, Body};
use crate::document::front_matter::{Field, FrontMatter, Value};
use crate::error::Error;
use crate::extract::dialect::{Meaning, meaning};
use crate::extract::facts::place::is_place_heading;
use crate::extract::facts::skills::{SkillKind, skill_kind};
use crate::extract::facts::{Passage, Scanned};
use crate::model::{Meta, Page, PageKind, PartialDate, Source, Unclassified};
use crate::text::dates::parse_date_text;
use crate::text::{Folded, Origin, fold};
use std::path::Path;

pub(crate) use free_text::posting_from_text;
pub(crate) use posting::clean_role;

/// Shared context of one page's extraction.
pub(crate) struct Cx<'a> {
    pub(crate) fm: Option<&'a FrontMatter>,
    pub(crate) body: &'a Body,
    pub(crate) meta: Meta,
    consumed: HashSet<&'a str>,
    /// Each body block folded and scanned for trigger words once, shared by every fact.
    /// Empty for blocks that are not prose.
    scanned: &'a [Scanned],
    /// The meaning of each front matter field, looked up once.
    meanings: Vec<Option<Meaning>>,
    /// The title folded, split and scanned for triggers, on first use: classification and
    /// the builders read it once.
    title_scan: OnceCell<Scanned>,
    /// What each section title says, read once per section.
    sections: OnceCell<Rc<[SectionCues]>>,
    /// What classification saw of a posting on a page it could not classify.
    unclassified_posting_score: i32,
}

/// What a section title announces, for the facts that read blocks by their section.
#[derive(Clone, Copy, Debug, Default)]
// Independent cues of one heading, not states of one thing.
#[allow(clippy::struct_excessive_bools)]
pub(crate) struct SectionCues {
    /// "Lieu", "Localisation": the paragraphs under it are the place of work.
    pub(crate) place: bool,
    /// "Savoir-faire", "Compétences comportementales": its list items are skills.
    pub(crate) skills: Option<SkillKind>,
    /// "Candidater", "Postuler", "How to apply".
    pub(crate) apply: bool,
    /// "Rémunération", "Salaire", "Gratification": amounts under it are pay.
    pub(crate) pay: bool,
    /// "Profil recherché", "Vous êtes", "Compétences": it describes the candidate sought.
    pub(crate) profile: bool,
}

impl<'a> Cx<'a> {
    fn new(doc: &'a Document, scanned: &'a [Scanned]) -> Self {
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
            scanned,
            meanings,
            title_scan: OnceCell::new(),
            sections: OnceCell::new(),
            unclassified_posting_score: 0,
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
        self.prose_passages().map(|(b, p)| (b, p.folded))
    }

    /// The prose blocks as passages the facts read (headings as [`Origin::Heading`]).
    pub(crate) fn prose_passages(&self) -> impl Iterator<Item = (&'a Block, Passage<'a>)> + 'a {
        self.body
            .blocks
            .iter()
            .zip(self.scanned)
            .filter(|(b, _)| is_prose(b))
            .map(|(b, s)| {
                let origin = if b.kind == BlockKind::Heading {
                    Origin::Heading
                } else {
                    Origin::Body
                };
                (b, s.passage(&b.text, origin))
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

    /// The sentences of the title and the body, as written and folded, for the facts that
    /// read the whole page: the title first (whole), then each prose block's sentences.
    /// Nothing is copied: the body's are slices of each block and of its folding.
    pub(crate) fn sentences(&self) -> impl Iterator<Item = (&str, &str)> + Clone + '_ {
        let title = self
            .title_passage()
            .map(|p| (p.text, p.folded.text.as_str()));
        let body = self
            .body
            .blocks
            .iter()
            .zip(self.scanned)
            .filter(|(b, _)| is_prose(b))
            .flat_map(|(b, s)| {
                s.sentences.iter().map(move |x| {
                    (
                        &b.text[x.start..x.end],
                        &s.folded.text[x.folded_start..x.folded_end],
                    )
                })
            });
        title.into_iter().chain(body)
    }

    /// The page title as a passage the facts read ([`Origin::Title`]).
    pub(crate) fn title_passage(&self) -> Option<Passage<'_>> {
        let title = self.meta.title.as_deref()?;
        let scanned = self.title_scan.get_or_init(|| Scanned::new(title));
        Some(scanned.passage(title, Origin::Title))
    }

    /// What the title of the section holding `block` announces.
    pub(crate) fn section_cues(&self, block: &Block) -> SectionCues {
        let body = self.body;
        let sections = self.sections.get_or_init(|| {
            body.sections
                .iter()
                .map(|s| {
                    let t = s.title.as_str();
                    let f = fold(t);
                    SectionCues {
                        place: is_place_heading(t),
                        skills: skill_kind(t),
                        apply: ["candidat", "postul", "apply"]
                            .iter()
                            .any(|c| f.contains(c)),
                        pay: [
                            "remuner",
                            "salaire",
                            "gratification",
                            "tjm",
                            "taux journalier",
                        ]
                        .iter()
                        .any(|c| f.contains(c)),
                        profile: ["profil", "vous etes", "tu es", "qui etes", "competences"]
                            .iter()
                            .any(|c| f.contains(c)),
                    }
                })
                .collect()
        });
        block
            .section
            .and_then(|i| sections.get(i).copied())
            .unwrap_or_default()
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

// `Page` is a model type; reading one is this layer's job, so its constructors live here and
// the model never imports the rules.
impl Page {
    /// Read a page from its raw bytes: decode, split, extract.
    ///
    /// ```
    /// let page = offres::Page::parse(
    ///     "---\nroles: Développeur·euse\nstartup: Signal Voirie\nopen: true\ncontrat: CDD\n---\n\
    ///      Poste basé à Lyon, télétravail possible 2 jours par semaine.\n".as_bytes(),
    /// )?;
    /// let offres::Page::Posting(posting) = &page else { panic!("a posting") };
    /// assert_eq!(posting.role.as_deref(), Some("Développeur·euse"));
    /// assert_eq!(posting.status, offres::Status::Open);
    /// assert_eq!(posting.location.as_ref().and_then(|l| l.city.as_deref()), Some("Lyon"));
    /// # Ok::<(), offres::Error>(())
    /// ```
    pub fn parse(bytes: &[u8]) -> Result<Self, Error> {
        Ok(Self::from_document(&Document::parse(bytes)?))
    }

    /// Read the page in the file at `path`.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Self, Error> {
        Ok(Self::from_document(&Document::from_path(path)?))
    }

    /// What a document means.
    pub fn from_document(doc: &Document) -> Self {
        page(doc)
    }
}

/// What a document means.
pub(crate) fn page(doc: &Document) -> Page {
    let scanned: Vec<Scanned> = doc
        .body()
        .blocks
        .iter()
        .map(|b| {
            if is_prose(b) {
                Scanned::new(&b.text)
            } else {
                Scanned::default()
            }
        })
        .collect();
    let mut cx = Cx::new(doc, &scanned);
    read_meta(&mut cx);
    let kind = classify::classify(&mut cx);
    let mut page = match kind {
        PageKind::Posting => posting_or_organisation(&mut cx),
        PageKind::Team => team_or_organisation(&mut cx),
        PageKind::Organisation => Page::Organisation(organisation::build(&mut cx)),
        PageKind::Unclassified => unclassified(&mut cx),
    };
    keep_extras(&cx, page.meta_mut());
    let meta = page.meta_mut();
    meta.diagnostics.append(&mut cx.meta.diagnostics);
    meta.diagnostics.sort_by_key(|d| (d.line, d.column));
    page
}

/// Whether a built posting states nothing a posting states: no role of its own (only the
/// page's title), no contract, pay, address to apply to, start, telework, experience or
/// skills.
fn nothing_of_a_posting(cx: &mut Cx<'_>, p: &crate::model::Posting) -> bool {
    cx.field(Meaning::Role).is_none()
        && p.contracts.is_empty()
        && p.pay.is_empty()
        && p.apply.is_empty()
        && p.start.is_none()
        && p.remote.is_none()
        && p.experience.is_none()
        && p.skills.is_none()
        && p.closing_date.is_none()
}

/// A page scored as a posting ("Comment nous recrutons" counts for one): an organisation's
/// page instead when its title names an organisation and no role, it states nothing a
/// posting states, and it presents an organisation.
fn posting_or_organisation(cx: &mut Cx<'_>) -> Page {
    // Asked before building: the builders take the title.
    let named = classify::title_names_organisation(cx);
    let meta = cx.meta.clone();
    let posting = posting::build(cx);
    if named && nothing_of_a_posting(cx, &posting) && classify::presents_organisation(cx) {
        cx.meta = meta;
        return Page::Organisation(organisation::build(cx));
    }
    Page::Posting(posting)
}

/// Whether a built team states nothing of a team's own: no rituals, commitments or sites.
fn nothing_of_its_own(team: &crate::model::Team) -> bool {
    team.rituals.is_empty() && team.commitments.is_empty() && team.maintains.is_empty()
}

/// A page scored as a team's: an organisation's page instead when it presents an
/// organisation (its mission, products, programmes, how it recruits) and states no
/// rituals, commitments or sites of its own, and neither its title nor its headings name
/// a team.
fn team_or_organisation(cx: &mut Cx<'_>) -> Page {
    // Asked before building: the builders take the title.
    let names_team = classify::names_team(cx);
    let meta = cx.meta.clone();
    let team = team::build(cx);
    if nothing_of_its_own(&team) && !names_team && classify::presents_organisation(cx) {
        cx.meta = meta;
        return Page::Organisation(organisation::build(cx));
    }
    Page::Team(team)
}

/// A page whose title, keys and headings point to no kind: a team page when it states a
/// team's own facts (rituals, commitments, maintained sites, a mission) or speaks as a group
/// ("nous", "notre", "we": twice at least), else unclassified,
/// with a diagnostic that says why, rather than a kind no page stated.
fn unclassified(cx: &mut Cx<'_>) -> Page {
    let posting = cx.unclassified_posting_score;
    // A group speaking of itself ("nous utilisons", "notre équipe", "we") is a team's page
    // even when no heading says so.
    let speaks_as_we = cx
        .sentences()
        .flat_map(|(_, folded)| crate::text::words(folded).map(move |(a, b)| &folded[a..b]))
        .filter(|w| matches!(*w, "nous" | "notre" | "nos" | "we" | "our"))
        .nth(1)
        .is_some();
    let names_team = classify::names_team(cx);
    let meta = cx.meta.clone();
    let team = team::build(cx);
    // An organisation presenting itself speaks as "nous" too, and states a mission: without
    // rituals, commitments or sites of its own, and with no title or heading naming a team,
    // it is an organisation's page.
    if nothing_of_its_own(&team) && !names_team && classify::presents_organisation(cx) {
        cx.meta = meta;
        return Page::Organisation(organisation::build(cx));
    }
    if speaks_as_we
        || !team.rituals.is_empty()
        || !team.commitments.is_empty()
        || !team.maintains.is_empty()
        || team.mission.is_some()
    {
        return Page::Team(team);
    }
    let mut meta = team.meta;
    meta.diagnostics.push(Diagnostic::new(
        DiagnosticCode::Unclassified,
        Severity::Info,
        1,
        1,
        if posting > 0 {
            format!(
                "too little says this page is a posting (score {posting}, 3 needed), and \
                 nothing that it is a team or an organisation: its kind is left unclassified"
            )
        } else {
            "nothing in the title, front matter keys, opening paragraphs, headings or facts \
             says this page is a posting, a team or an organisation: its kind is left \
             unclassified"
                .to_owned()
        },
    ));
    // The team's facts were not the page's: only what every page has is kept.
    Page::Unclassified(Unclassified { meta })
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
