//! Properties over generated pages: pages are built from a small grammar (optional BOM,
//! junk or blank lines, YAML, TOML or JSON front matter with random keys and values,
//! LF and CRLF mixed, a Markdown body), so the test knows what each page says.
//!
//! 10,000 cases per property by default; `PROPTEST_CASES` overrides it.

use offres::{Document, FrontMatterFormat, LineEnding, SourceEncoding, Value};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000)
}

/// A value as the test means it, and how the page writes it.
#[derive(Clone, Debug)]
enum Scalar {
    /// Text a YAML reader takes as a string when written bare.
    Plain(String),
    /// Any text, written quoted.
    Quoted(String),
    Integer(i64),
    Bool(bool),
    Date(u16, u8, u8),
}

#[derive(Clone, Debug)]
enum Gen {
    Scalar(Scalar),
    List(Vec<Scalar>),
}

impl Scalar {
    fn expected(&self) -> Value {
        match self {
            Self::Plain(s) | Self::Quoted(s) => Value::String(s.clone()),
            Self::Integer(i) => Value::Integer(*i),
            Self::Bool(b) => Value::Bool(*b),
            Self::Date(y, m, d) => Value::String(format!("{y:04}-{m:02}-{d:02}")),
        }
    }

    fn write(&self, format: FrontMatterFormat) -> String {
        match (self, format) {
            (Self::Plain(s), FrontMatterFormat::Yaml) => s.clone(),
            (Self::Plain(s) | Self::Quoted(s), _) => serde_json::to_string(s).unwrap(),
            (Self::Integer(i), _) => i.to_string(),
            (Self::Bool(b), _) => b.to_string(),
            (Self::Date(..), FrontMatterFormat::Json) => {
                serde_json::to_string(&self.expected()).unwrap()
            }
            (Self::Date(y, m, d), _) => format!("{y:04}-{m:02}-{d:02}"),
        }
    }
}

impl Gen {
    fn expected(&self) -> Value {
        match self {
            Self::Scalar(s) => s.expected(),
            Self::List(items) => Value::List(items.iter().map(Scalar::expected).collect()),
        }
    }

    fn write(&self, format: FrontMatterFormat) -> String {
        match self {
            Self::Scalar(s) => s.write(format),
            Self::List(items) => {
                let items: Vec<String> = items.iter().map(|i| i.write(format)).collect();
                format!("[{}]", items.join(", "))
            }
        }
    }
}

fn word() -> impl Strategy<Value = String> {
    // Three letters or more: no `y`, `n`, `on` or `no`, which old YAML reads as booleans.
    "[a-zA-Zéèàçôœ·][a-zéèàçôœ·]{2,9}".prop_filter("not a YAML keyword", |w| {
        !matches!(
            w.to_ascii_lowercase().as_str(),
            "yes" | "off" | "true" | "false" | "null" | "nan" | "inf"
        )
    })
}

fn plain() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..5).prop_map(|w| w.join(" "))
}

fn quoted() -> impl Strategy<Value = String> {
    // Quotes, escapes, YAML indicators, tabs, newlines, non-Latin scripts and emoji.
    "[a-zA-Z0-9 éÉ’«»·\u{a0}:#'\"\\\\,\\[\\]{}&*!|>%@`\t\n🚀漢字-]{0,24}"
}

fn scalar() -> impl Strategy<Value = Scalar> {
    prop_oneof![
        plain().prop_map(Scalar::Plain),
        quoted().prop_map(Scalar::Quoted),
        any::<i64>().prop_map(Scalar::Integer),
        any::<bool>().prop_map(Scalar::Bool),
        (1990u16..2040, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Scalar::Date(y, m, d)),
    ]
}

fn gen_value() -> impl Strategy<Value = Gen> {
    prop_oneof![
        4 => scalar().prop_map(Gen::Scalar),
        1 => prop::collection::vec(scalar(), 0..4).prop_map(Gen::List),
    ]
}

fn key() -> impl Strategy<Value = String> {
    // YAML 1.1 keywords are left out: serde-saphyr reads a key `n:` or `on:` as a
    // boolean, and the key becomes "false" or "true" (reported, not fixed here).
    "[a-z][a-z0-9_]{0,10}|[a-z]{1,4}é[a-z]{0,4}".prop_filter("not a YAML keyword", |k| {
        !matches!(
            k.as_str(),
            "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null" | "nan" | "inf"
        )
    })
}

fn fields() -> impl Strategy<Value = Vec<(String, Gen)>> {
    prop::collection::vec((key(), gen_value()), 0..8).prop_map(|mut fields| {
        let mut seen = std::collections::HashSet::new();
        fields.retain(|(k, _)| seen.insert(k.clone()));
        fields
    })
}

const BODY_LINES: &[&str] = &[
    "# Développeur·euse full-stack",
    "## Missions",
    "### Profil recherché",
    "- Concevoir l’API",
    "* Écrire des tests",
    "1. Lire le code",
    "<!--more-->",
    "Voir [la fiche](https://exemple.gouv.fr/offre?id=3) ou <https://beta.gouv.fr>.",
    "Écrire à recrutement@exemple.gouv.fr avant le 12 mars 2024.",
    "Poste basé à Lyon, en CDI, télétravail 2 jours par semaine.",
    "**Lieu** : Paris",
    "> « Le mieux est l’ennemi du bien »",
    "",
    "    code indenté",
    "```",
    "Réunion d'équipe tous les lundis de 10h à 11h.",
];

const JUNK_LINES: &[&str] = &["Ceci est un brouillon", "TODO relire", ""];

/// A generated page and what reading it must give.
#[derive(Debug, Clone)]
struct Generated {
    bytes: Vec<u8>,
    format: Option<FrontMatterFormat>,
    fields: Vec<(String, Gen)>,
    body: String,
    bom: bool,
}

/// Join `lines`, each ended by LF or CRLF as `crlf` says (cycled).
fn join(lines: &[String], crlf: &[bool], out: &mut String, at: &mut usize) {
    for line in lines {
        out.push_str(line);
        out.push_str(if crlf[*at % crlf.len()] { "\r\n" } else { "\n" });
        *at += 1;
    }
}

fn page() -> impl Strategy<Value = Generated> {
    (
        any::<bool>(),
        prop_oneof![
            4 => Just(Some(FrontMatterFormat::Yaml)),
            2 => Just(Some(FrontMatterFormat::Toml)),
            2 => Just(Some(FrontMatterFormat::Json)),
            1 => Just(None),
        ],
        prop::collection::vec(prop::sample::select(JUNK_LINES), 0..3),
        fields(),
        prop::collection::vec(prop::sample::select(BODY_LINES), 0..12),
        prop::collection::vec(any::<bool>(), 1..6),
        any::<bool>(),
    )
        .prop_map(|(bom, format, junk, fields, body, crlf, block_lists)| {
            let mut text = String::new();
            let mut at = 0;
            let mut lines: Vec<String> = Vec::new();
            match format {
                Some(FrontMatterFormat::Yaml) => {
                    // Blank or junk lines before `---` are recovered (with a diagnostic);
                    // before an empty front matter, junk and `---` make a setext heading.
                    if !fields.is_empty() {
                        lines.extend(junk.iter().map(|j| (*j).to_owned()));
                    }
                    lines.push("---".into());
                    for (k, v) in &fields {
                        match v {
                            Gen::List(items) if block_lists && !items.is_empty() => {
                                lines.push(format!("{k}:"));
                                for item in items {
                                    lines.push(format!(
                                        "  - {}",
                                        item.write(FrontMatterFormat::Yaml)
                                    ));
                                }
                            }
                            _ => lines.push(format!("{k}: {}", v.write(FrontMatterFormat::Yaml))),
                        }
                    }
                    lines.push("---".into());
                }
                Some(FrontMatterFormat::Toml) => {
                    lines.push("+++".into());
                    for (k, v) in &fields {
                        let key = if k.is_ascii() {
                            k.clone()
                        } else {
                            format!("\"{k}\"")
                        };
                        lines.push(format!("{key} = {}", v.write(FrontMatterFormat::Toml)));
                    }
                    lines.push("+++".into());
                }
                Some(FrontMatterFormat::Json) => {
                    lines.push("{".into());
                    for (n, (k, v)) in fields.iter().enumerate() {
                        let comma = if n + 1 < fields.len() { "," } else { "" };
                        lines.push(format!(
                            "  {}: {}{comma}",
                            serde_json::to_string(k).unwrap(),
                            v.write(FrontMatterFormat::Json)
                        ));
                    }
                    lines.push("}".into());
                }
                None => {}
            }
            join(&lines, &crlf, &mut text, &mut at);
            let fm_len = text.len();
            let body: Vec<String> = body.iter().map(|l| (*l).to_owned()).collect();
            join(&body, &crlf, &mut text, &mut at);
            let body_text = text[fm_len..].replace("\r\n", "\n");
            let mut bytes = if bom {
                b"\xEF\xBB\xBF".to_vec()
            } else {
                Vec::new()
            };
            bytes.extend_from_slice(text.as_bytes());
            Generated {
                bytes,
                format,
                fields: if format.is_some() { fields } else { Vec::new() },
                body: body_text,
                bom,
            }
        })
}

fn field_values(doc: &Document) -> Vec<(String, Value)> {
    doc.front_matter()
        .map(|fm| {
            fm.fields()
                .iter()
                .map(|f| (f.key.clone(), f.value.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// What the page must say: its fields, its body, its encoding and line ends.
fn check_reading(g: &Generated, doc: &Document) -> Result<(), TestCaseError> {
    let expected: Vec<(String, Value)> = g
        .fields
        .iter()
        .map(|(k, v)| (k.clone(), v.expected()))
        .collect();
    prop_assert_eq!(
        doc.front_matter().map(offres::FrontMatter::format),
        g.format
    );
    prop_assert_eq!(field_values(doc), expected);
    prop_assert_eq!(doc.body_text(), g.body.as_str());
    let encoding = if g.bom {
        SourceEncoding::Utf8Bom
    } else {
        SourceEncoding::Utf8
    };
    prop_assert_eq!(doc.encoding(), encoding);
    let crlf = count(&g.bytes, b"\r\n");
    let lf = count(&g.bytes, b"\n");
    let ending = match crlf {
        0 => LineEnding::Lf,
        n if n == lf => LineEnding::Crlf,
        _ => LineEnding::Mixed,
    };
    prop_assert_eq!(doc.line_ending(), ending);
    if let Some(excerpt) = doc.excerpt() {
        prop_assert!(
            g.body.contains("<!--more-->"),
            "an excerpt without a marker"
        );
        prop_assert!(!excerpt.text.trim().is_empty(), "an empty excerpt");
    }
    Ok(())
}

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

/// An edit: set an existing key, set a new key, or remove a key.
#[derive(Clone, Debug)]
enum Edit {
    Set(usize, Gen),
    Add(String, Gen),
    Remove(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), gen_value()).prop_map(|(i, v)| Edit::Set(i, v)),
        (key(), gen_value()).prop_map(|(k, v)| Edit::Add(format!("{k}_new"), v)),
        any::<usize>().prop_map(Edit::Remove),
    ]
}

/// The edit made concrete for one page: which key, and its new value (`None`: removed).
fn resolve(edit: &Edit, keys: &[String]) -> Option<(String, Option<Value>)> {
    match edit {
        Edit::Set(i, v) if !keys.is_empty() => {
            Some((keys[i % keys.len()].clone(), Some(v.expected())))
        }
        Edit::Remove(i) if !keys.is_empty() => Some((keys[i % keys.len()].clone(), None)),
        Edit::Add(k, v) => Some((k.clone(), Some(v.expected()))),
        Edit::Set(..) | Edit::Remove(_) => None,
    }
}

/// Make the edit on `doc`, and on the fields it is expected to have.
fn apply(
    key: &str,
    value: Option<&Value>,
    doc: &mut Document,
    expected: &mut Vec<(String, Value)>,
) {
    let fm = doc.front_matter_mut().expect("a page with front matter");
    if let Some(v) = value {
        fm.set(key, v.clone());
        match expected.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = v.clone(),
            None => expected.push((key.to_owned(), v.clone())),
        }
    } else {
        fm.remove(key);
        expected.retain(|(k, _)| k != key);
    }
}

proptest! {
    #![proptest_config(Config { cases: cases(), ..Config::default() })]

    /// An untouched page gives back its bytes, and reads as what it says.
    #[test]
    fn untouched_pages_round_trip_and_read_as_written(g in page()) {
        let doc = Document::parse(&g.bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(doc.to_bytes().unwrap(), g.bytes.clone());
        check_reading(&g, &doc)?;
    }

    /// An edited page reads back with the edit and nothing else changed, and writing it
    /// again with the same edit gives the same bytes.
    #[test]
    fn edits_read_back_and_are_stable(g in page(), edit in edit()) {
        let mut doc = Document::parse(&g.bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        if doc.front_matter().is_none() {
            return Ok(());
        }
        let mut expected = field_values(&doc);
        let keys: Vec<String> = expected.iter().map(|(k, _)| k.clone()).collect();
        let Some((key, value)) = resolve(&edit, &keys) else {
            return Ok(());
        };
        apply(&key, value.as_ref(), &mut doc, &mut expected);
        let written = doc.to_bytes().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut again = Document::parse(&written).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(field_values(&again), expected, "{}", String::from_utf8_lossy(&written));
        prop_assert_eq!(again.body_text(), g.body.as_str());
        prop_assert_eq!(again.front_matter().map(offres::FrontMatter::format), g.format);

        // The same edit on the page read back changes nothing more.
        let mut expected_again = field_values(&again);
        apply(&key, value.as_ref(), &mut again, &mut expected_again);
        let rewritten = again.to_bytes().map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(
            String::from_utf8_lossy(&rewritten),
            String::from_utf8_lossy(&written),
            "the same edit written twice differs"
        );
    }

    /// `offres fmt`'s repairs (`offres::reformat`) are idempotent and change no fact: the
    /// repaired page reads as the same front matter and body, and types as the same page
    /// (its diagnostics and the lines of its sources aside, which a repair is there to
    /// change).
    #[test]
    fn reformat_is_idempotent_and_keeps_the_facts(g in page()) {
        let doc = Document::parse(&g.bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let Ok(Some(rewrite)) = offres::reformat(&doc) else {
            return Ok(());
        };
        let again = Document::parse(&rewrite.bytes).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let shown = String::from_utf8_lossy(&rewrite.bytes);
        prop_assert_eq!(field_values(&again), field_values(&doc), "{}", shown);
        prop_assert_eq!(again.body_text(), doc.body_text(), "{}", shown);
        prop_assert_eq!(facts(&again), facts(&doc), "{}", shown);
        let twice = offres::reformat(&again).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(twice.is_none(), "a second pass rewrites again: {:?}", twice.map(|r| r.reasons));
    }
}

/// The typed page without what a layout repair may move: diagnostics and source lines.
fn facts(doc: &Document) -> serde_json::Value {
    let mut page = serde_json::to_value(offres::Page::from_document(doc)).unwrap_or_default();
    if let Some(map) = page.as_object_mut() {
        map.remove("diagnostics");
        map.remove("sources");
    }
    page
}
