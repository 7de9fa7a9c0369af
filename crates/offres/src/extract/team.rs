//! Building a `Team` from the shared context; shared with organisation pages for
//! rituals, mission and products.

use std::collections::HashSet;

use crate::document::body::{Block, BlockKind};
use crate::extract::dialect::Meaning;
use crate::extract::facts::apply::{email_in_value, is_handle};
use crate::extract::facts::organisation::{canonical, chain, strip_article};
use crate::extract::facts::rituals::find_rituals_with_links;
use crate::model::{Commitments, Contact, Ritual, Source, Team};
use crate::text::fold;

use super::{Cx, naming, string_list};

pub(super) fn build(cx: &mut Cx<'_>) -> Team {
    let mut t = Team {
        organisation: name(cx, true),
        ..Team::default()
    };
    if let Some(org) = t.organisation.clone() {
        t.organisation_chain = chain(&org, &cx.sentences().map(|(_, folded)| folded));
    }
    t.mission = mission(cx);
    t.commitments = commitments(cx);
    t.maintains = maintained_sites(cx);
    t.rituals = rituals(cx);
    t.contacts = contacts(cx);
    t.meta = std::mem::take(&mut cx.meta);
    t
}

/// The team's or organisation's name: front matter `name` or organisation keys, else
/// what the title names ("Mission, engagements et rituels du pôle logiciels libres" →
/// "pôle logiciels libres"), else what the opening lines name ("Chez Pix, …").
pub(super) fn name(cx: &mut Cx<'_>, team: bool) -> Option<String> {
    for m in [Meaning::Name, Meaning::Organisation] {
        if let Some(f) = cx.field(m)
            && let Some(v) = f.value.scalar_text()
        {
            cx.source("organisation", Source::key(&f.key, f.line));
            return Some(canonical(strip_article(&v)));
        }
    }
    if let Some(name) = cx
        .meta
        .title
        .as_deref()
        .and_then(|t| naming::from_title(t, team))
    {
        if let Some(s) = cx.meta.sources.get("title").cloned() {
            cx.source("organisation", s);
        }
        return Some(canonical(&name));
    }
    let opening = cx
        .prose()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .take(3)
        .find_map(|b| {
            crate::text::sentences(&b.text)
                .into_iter()
                .find_map(|(s, e)| naming::from_sentence(&b.text[s..e]))
                .map(|n| (n, Source::body(b.span.start, b.span.end)))
        });
    let (name, source) = opening?;
    cx.source("organisation", source);
    Some(canonical(&name))
}

/// The mission: front matter `mission`, else the first paragraph of a "Mission" section.
pub(super) fn mission(cx: &mut Cx<'_>) -> Option<String> {
    if let Some(f) = cx.field(Meaning::Mission)
        && let Some(v) = f.value.scalar_text().filter(|v| !v.trim().is_empty())
    {
        cx.source("mission", Source::key(&f.key, f.line));
        return Some(v.trim().to_owned());
    }
    let block = cx.prose().find(|b| {
        b.kind == BlockKind::Paragraph
            && cx.section_title(b).is_some_and(|t| {
                ["mission", "notre mission", "nos missions", "missions"].contains(&fold(t).trim())
            })
    })?;
    cx.source("mission", Source::body(block.span.start, block.span.end));
    Some(block.text.trim().to_owned())
}

/// List items under an "Engagements" section, split by the sentence that introduces them.
fn commitments(cx: &mut Cx<'_>) -> Commitments {
    let mut out = Commitments::default();
    let mut internal = false;
    let mut first: Option<Source> = None;
    for b in cx.prose() {
        let in_section = cx
            .section_title(b)
            .is_some_and(|t| fold(t).contains("engagement") || fold(t).contains("commitment"));
        if !in_section {
            continue;
        }
        match b.kind {
            BlockKind::Paragraph => {
                let f = fold(&b.text);
                internal = [
                    "au sein",
                    "entre nous",
                    "intern",
                    "within",
                    "de l'equipe",
                    "du pole",
                    "dans l'equipe",
                    "between us",
                ]
                .iter()
                .any(|c| f.contains(c))
                    && ![
                        "envers",
                        "interlocuteur",
                        "usager",
                        "partenaire",
                        "towards",
                        "externe",
                    ]
                    .iter()
                    .any(|c| f.contains(c));
            }
            BlockKind::ListItem if b.list_depth <= 1 => {
                first.get_or_insert_with(|| Source::body(b.span.start, b.span.end));
                let item = b.text.trim().to_owned();
                if internal {
                    out.internal.push(item);
                } else {
                    out.external.push(item);
                }
            }
            _ => {}
        }
    }
    if let Some(s) = first {
        cx.source("commitments", s);
    }
    out
}

/// Sites the team says it maintains or runs: links to a site's root in a sentence about
/// maintaining, running or building products.
pub(super) fn maintained_sites(cx: &mut Cx<'_>) -> Vec<String> {
    const CUES: &[&str] = &[
        "maintien",
        "maintenons",
        "maintain",
        "developpe",
        "met en oeuvre",
        "mettons en oeuvre",
        "produit",
        "service",
        "outil",
        "plateforme",
        "anime le site",
        "edite",
        "run ",
    ];
    let mut out: Vec<String> = Vec::new();
    let body = cx.body;
    // "Nous développons des outils libres :" followed by a list of links: the list items
    // inherit the sentence that introduces them.
    let mut introduced = false;
    for b in cx.prose() {
        let sentences: Vec<&str> = crate::text::sentences(&b.text)
            .into_iter()
            .map(|(s, e)| &b.text[s..e])
            .filter(|s| {
                let f = fold(s);
                CUES.iter().any(|c| f.contains(c))
            })
            .collect();
        let listed = introduced && b.kind == BlockKind::ListItem;
        if b.kind != BlockKind::ListItem {
            introduced = !sentences.is_empty() && b.text.trim_end().ends_with(':');
        }
        if sentences.is_empty() && !listed {
            continue;
        }
        for link in links_in(body, b) {
            // The link must be in a sentence that says the team runs it.
            let said = listed || sentences.iter().any(|s| s.contains(link.0.as_str()));
            if is_site_root(&link.1) && said {
                let url = link.1.trim_end_matches('/').to_owned();
                if !out.contains(&url) {
                    out.push(url);
                    cx.source("maintains", Source::body(b.span.start, b.span.end));
                }
            }
        }
    }
    out
}

/// Whether a URL is a site's home page (no path beyond `/`).
fn is_site_root(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let path = rest.split_once('/').map_or("", |(_, p)| p);
    path.is_empty() && !rest.contains("github.com") && !rest.contains("twitter.com")
}

/// The links (text, url) inside a block.
pub(super) fn links_in(body: &crate::document::body::Body, b: &Block) -> Vec<(String, String)> {
    body.links
        .iter()
        .filter(|l| b.span.start <= l.span.start && l.span.end <= b.span.end)
        .map(|l| (l.text.clone(), l.url.clone()))
        .collect()
}

pub(super) fn rituals(cx: &mut Cx<'_>) -> Vec<Ritual> {
    let mut out = Vec::new();
    let body = cx.body;
    for b in cx.prose() {
        if b.kind == BlockKind::Heading {
            continue;
        }
        let links = links_in(body, b);
        let section = cx.section_title(b);
        for h in find_rituals_with_links(&b.text, section, &links) {
            let src = Cx::block_source(b, h.start, h.end);
            cx.meta
                .sources
                .entry(format!("rituals[{}]", out.len()))
                .or_insert(src);
            out.push(h.value);
        }
    }
    out
}

pub(super) fn contacts(cx: &mut Cx<'_>) -> Vec<Contact> {
    let mut out = Vec::new();
    for f in cx.fields(Meaning::Contact) {
        for v in string_list(&f.value) {
            let c = if let Some(email) = email_in_value(&v) {
                Contact {
                    email: Some(email),
                    ..Contact::default()
                }
            } else if is_handle(&v) {
                Contact {
                    handle: Some(v),
                    ..Contact::default()
                }
            } else {
                Contact {
                    name: Some(v),
                    ..Contact::default()
                }
            };
            out.push(c);
        }
    }
    // A set, not a search of `out` per address: a page of 40,000 addresses was quadratic.
    let mut seen: HashSet<String> = out.iter().filter_map(|c| c.email.clone()).collect();
    for e in &cx.body.emails {
        if seen.insert(e.address.clone()) {
            out.push(Contact {
                email: Some(e.address.clone()),
                ..Contact::default()
            });
        }
    }
    out
}
