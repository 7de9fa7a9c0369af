//! Building an `Organisation` from the shared context.

use crate::document::body::BlockKind;
use crate::extract::dialect::Meaning;
use crate::extract::facts::organisation::{canonical, chain};
use crate::extract::facts::place::location_from_value;
use crate::model::{Organisation, Product, Source};
use crate::text::fold;

use super::Cx;
use super::team::{contacts, links_in, maintained_sites, mission, name, rituals};

pub(super) fn build(cx: &mut Cx<'_>) -> Organisation {
    let mut o = Organisation {
        name: name(cx, false),
        ..Organisation::default()
    };
    if let Some(f) = cx.field(Meaning::Acronym) {
        o.acronym = f.value.scalar_text().map(|s| s.trim().to_owned());
        cx.source("acronym", Source::key(&f.key, f.line));
    }
    if let Some(f) = cx.field(Meaning::Website) {
        o.website = f.value.scalar_text().map(|s| s.trim().to_owned());
        cx.source("website", Source::key(&f.key, f.line));
    }
    if let Some(f) = cx.field(Meaning::Forge) {
        o.forge = f.value.scalar_text().map(|s| s.trim().to_owned());
        cx.source("forge", Source::key(&f.key, f.line));
    }
    for m in [Meaning::Address, Meaning::Place] {
        if o.location.is_none()
            && let Some(f) = cx.field(m)
        {
            o.location = f
                .value
                .scalar_text()
                .as_deref()
                .and_then(location_from_value);
            cx.source("location", Source::key(&f.key, f.line));
        }
    }
    if let Some(name) = o.name.clone() {
        o.organisation_chain = chain(&name, &cx.sentences().map(|(_, folded)| folded));
        if let Some(f) = cx.field(Meaning::Parent)
            && let Some(v) = f.value.scalar_text()
        {
            for parent in v.split(" - ") {
                let parent = canonical(parent.trim().trim_start_matches("/organisations/"));
                if !parent.is_empty() && !o.organisation_chain.contains(&parent) {
                    o.organisation_chain.push(parent);
                }
            }
        }
    }
    o.mission = mission(cx).or_else(|| {
        cx.field(Meaning::Description)
            .and_then(|f| f.value.scalar_text())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    });
    o.products = products(cx);
    for url in maintained_sites(cx) {
        if !o
            .products
            .iter()
            .any(|p| p.url.as_deref() == Some(url.as_str()))
        {
            // The link's own text names the product when it is not the address again.
            let bare = url
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .to_owned();
            let name = cx
                .body
                .links
                .iter()
                .find(|l| l.url.trim_end_matches('/') == url)
                .map(|l| l.text.trim())
                .filter(|t| !t.is_empty() && !t.contains(bare.as_str()))
                .map_or(bare, str::to_owned);
            o.products.push(Product {
                name,
                url: Some(url),
            });
        }
    }
    o.rituals = rituals(cx);
    o.contacts = contacts(cx);
    o.meta = std::mem::take(&mut cx.meta);
    o
}

/// Links listed under a "Nos produits" / "Services" / "Startups" section.
fn products(cx: &mut Cx<'_>) -> Vec<Product> {
    let mut out: Vec<Product> = Vec::new();
    let body = cx.body;
    for b in cx.prose() {
        if b.kind != BlockKind::ListItem {
            continue;
        }
        let in_section = cx.section_title(b).is_some_and(|t| {
            let f = fold(t);
            ["produit", "service", "startup", "products"]
                .iter()
                .any(|c| f.contains(c))
        });
        if !in_section {
            continue;
        }
        for (text, url) in links_in(body, b) {
            if url.starts_with("http")
                && !out.iter().any(|p| p.url.as_deref() == Some(url.as_str()))
            {
                out.push(Product {
                    name: text,
                    url: Some(url),
                });
                cx.source("products", Source::body(b.span.start, b.span.end));
            }
        }
    }
    out
}
