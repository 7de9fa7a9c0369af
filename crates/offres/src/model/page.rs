//! `Page`: what a page means — a posting, an organisation, a team, or none of these —
//! read from a `Document`.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::diagnostic::Diagnostic;
use crate::document::front_matter::Value;
use crate::model::{Organisation, PartialDate, Posting, Source, Team};

/// What a page is about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
// A page is built once and then read; boxing the larger variants would only add an
// indirection to every access.
#[allow(clippy::large_enum_variant)]
pub enum Page {
    /// A job posting.
    Posting(Posting),
    /// An organisation's page about itself (an incubator, an administration, a service).
    Organisation(Organisation),
    /// A team's own page: its mission, commitments and rituals.
    Team(Team),
    /// A page that says nothing of being a posting, a team or an organisation: its meta
    /// only, and a diagnostic that says why.
    Unclassified(Unclassified),
}

/// A page of no known kind: what every page has, and nothing invented.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Unclassified {
    /// Title, excerpt, dates, site keys, extras, sources and diagnostics.
    #[serde(flatten)]
    pub meta: Meta,
}

/// The kinds of page, without their content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// A job posting.
    Posting,
    /// An organisation page.
    Organisation,
    /// A team page.
    Team,
    /// A page of no known kind.
    Unclassified,
}

impl PageKind {
    /// `posting`, `organisation`, `team` or `unclassified`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Posting => "posting",
            Self::Organisation => "organisation",
            Self::Team => "team",
            Self::Unclassified => "unclassified",
        }
    }
}

impl Page {
    /// The kind of page.
    pub fn kind(&self) -> PageKind {
        match self {
            Self::Posting(_) => PageKind::Posting,
            Self::Organisation(_) => PageKind::Organisation,
            Self::Team(_) => PageKind::Team,
            Self::Unclassified(_) => PageKind::Unclassified,
        }
    }

    /// What every kind of page has: title, excerpt, site keys, extras, diagnostics.
    pub fn meta(&self) -> &Meta {
        match self {
            Self::Posting(p) => &p.meta,
            Self::Organisation(o) => &o.meta,
            Self::Team(t) => &t.meta,
            Self::Unclassified(u) => &u.meta,
        }
    }

    /// Mutable access to [`meta`](Self::meta).
    pub fn meta_mut(&mut self) -> &mut Meta {
        match self {
            Self::Posting(p) => &mut p.meta,
            Self::Organisation(o) => &mut o.meta,
            Self::Team(t) => &mut t.meta,
            Self::Unclassified(u) => &mut u.meta,
        }
    }

    /// The diagnostics of reading this page (document and model).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.meta().diagnostics
    }
}

/// What every page has, whatever its kind.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Meta {
    /// The page title as written (front matter `title`, else the first heading).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The text before `<!--more-->`, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    /// The publication date the page or its front matter gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_posted: Option<PartialDate>,
    /// The author, as named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Front matter keys about the page's place on its site (`layout`, `type`, `toc`…), as written.
    #[serde(default, skip_serializing_if = "RawMap::is_empty")]
    pub site: RawMap,
    /// Front matter keys the model does not know, kept raw.
    #[serde(default, skip_serializing_if = "RawMap::is_empty")]
    pub extra: RawMap,
    /// Whether the page had to be repaired from mojibake.
    #[serde(default)]
    pub encoding_repaired: bool,
    /// Where each fact was read, by field name (`contracts`, `location`…).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: BTreeMap<String, Source>,
    /// What was noticed while reading the page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
}

/// Front matter entries kept as written, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawMap(pub Vec<(String, Value)>);

impl RawMap {
    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub(crate) fn insert(&mut self, key: String, value: Value) {
        self.0.retain(|(k, _)| *k != key);
        self.0.push((key, value));
    }
}

impl Serialize for RawMap {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for RawMap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct RawMapVisitor;
        impl<'de> Visitor<'de> for RawMapVisitor {
            type Value = RawMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map of front matter values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawMap, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Value>()? {
                    out.push((k, v));
                }
                Ok(RawMap(out))
            }
        }
        d.deserialize_map(RawMapVisitor)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for RawMap {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RawMap".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "description": "Front matter entries kept as written (any JSON value), in source order."
        })
    }
}
