//! The pages in `tests/fixtures/peer`: cases other front matter readers (python-frontmatter,
//! gray-matter) have fixtures for, and the defects they showed in ours, each with the
//! document we read.

mod common;

use offres::{DiagnosticCode, Document, FrontMatterFormat, Severity, Value};

fn read(name: &str) -> Document {
    Document::from_path(common::fixtures().join("peer").join(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn diagnostics(doc: &Document) -> Vec<(DiagnosticCode, Severity, u32)> {
    doc.diagnostics()
        .iter()
        .map(|d| (d.code, d.severity, d.line))
        .collect()
}

fn keys(doc: &Document) -> Vec<&str> {
    doc.front_matter()
        .map(|fm| fm.fields().iter().map(|f| f.key.as_str()).collect())
        .unwrap_or_default()
}

fn first_block(doc: &Document) -> &str {
    doc.body().blocks.first().map_or("", |b| b.text.as_str())
}

#[test]
fn an_opener_with_no_closer_then_prose_is_body_and_says_where_to_close() {
    let doc = read("unclosed-then-prose.md");
    assert!(doc.front_matter().is_none());
    assert_eq!(doc.body_start(), 0);
    assert_eq!(
        diagnostics(&doc),
        [(DiagnosticCode::UnclosedFrontMatter, Severity::Warning, 1)]
    );
    let message = &doc.diagnostics()[0].message;
    assert!(
        message.contains("opened on line 1 with \"---\" is never closed"),
        "{message}"
    );
    assert!(
        message.contains("the whole page was read as body"),
        "{message}"
    );
    assert!(
        message.contains("before line 4, the first blank line"),
        "{message}"
    );
    assert!(message.contains("close it there with \"---\""), "{message}");
}

#[test]
fn an_unclosed_front_matter_that_reads_is_front_matter_with_a_warning() {
    let doc = read("unclosed-front-matter-only.md");
    assert_eq!(keys(&doc), ["title", "open", "tags"]);
    assert_eq!(doc.body_text(), "");
    assert_eq!(
        diagnostics(&doc),
        [(DiagnosticCode::UnclosedFrontMatter, Severity::Warning, 1)]
    );
    assert!(
        doc.diagnostics()[0]
            .message
            .contains("the whole rest of the file was read as front matter")
    );
}

#[test]
fn an_unclosed_toml_opener_is_not_silent_either() {
    let doc = read("unclosed-toml.md");
    assert!(doc.front_matter().is_none());
    assert_eq!(
        diagnostics(&doc),
        [(DiagnosticCode::UnclosedFrontMatter, Severity::Warning, 1)]
    );
    let message = &doc.diagnostics()[0].message;
    assert!(message.contains("is not TOML"), "{message}");
    assert!(
        message.contains("before line 3, the first blank line"),
        "{message}"
    );
    assert!(message.contains("close it there with \"+++\""), "{message}");
}

#[test]
fn yaml_1_1_words_numbers_and_infinities() {
    let doc = read("yaml-1-1-words.md");
    let fm = doc.front_matter().unwrap();
    assert_eq!(
        keys(&doc),
        [
            "title",
            "on",
            "y",
            "n",
            "open",
            "junior",
            "code_departement",
            "ratio",
            "plancher",
            "inconnu",
            "salaire",
            "heure",
            "montant"
        ]
    );
    let text = |s: &str| Some(Value::String(s.to_owned()));
    assert_eq!(fm.get("on").cloned(), text("push"));
    assert_eq!(fm.get("open").cloned(), text("yes"));
    assert_eq!(fm.get("junior").cloned(), text("no"));
    assert_eq!(fm.get("code_departement"), Some(&Value::Integer(17)));
    assert_eq!(
        fm.field("code_departement").unwrap().written.as_deref(),
        Some("017")
    );
    assert_eq!(fm.get("ratio"), Some(&Value::Float(f64::INFINITY)));
    assert_eq!(fm.get("plancher"), Some(&Value::Float(f64::NEG_INFINITY)));
    assert!(matches!(fm.get("inconnu"), Some(Value::Float(x)) if x.is_nan()));
    assert_eq!(fm.get("salaire"), Some(&Value::Float(1000.0)));
    assert_eq!(fm.get("heure").cloned(), text("10:00"));
    assert_eq!(fm.get("montant").cloned(), text("1_000"));
    // Every finding is a note, at its line, about its key; no key is a duplicate.
    let noted: Vec<(u32, Option<&str>)> = doc
        .diagnostics()
        .iter()
        .inspect(|d| {
            assert_eq!(
                (d.code, d.severity),
                (DiagnosticCode::Yaml11Typing, Severity::Info)
            );
        })
        .map(|d| (d.line, d.path.as_deref()))
        .collect();
    assert_eq!(
        noted,
        [
            (3, Some("on")),
            (4, Some("y")),
            (5, Some("n")),
            (6, Some("open")),
            (7, Some("junior")),
            (8, Some("code_departement")),
            (12, Some("salaire")),
            (13, Some("heure")),
            (14, Some("montant")),
        ]
    );
}

#[test]
fn the_model_still_reads_yes_as_open() {
    // `open: yes` is text to the document; the model's reading of a status is its own.
    let page = offres::Page::parse(
        std::fs::read(common::fixtures().join("peer/yaml-1-1-words.md"))
            .unwrap()
            .as_slice(),
    )
    .unwrap();
    let json = serde_json::to_value(&page).unwrap();
    assert_eq!(json["status"], "open", "{json}");
    // The other YAML 1.1 booleans too, now that they are text (they were true/false).
    for (word, status) in [
        ("on", "open"),
        ("off", "closed"),
        ("Yes", "open"),
        ("NO", "closed"),
    ] {
        let text = format!("---\ntitle: Développeur·euse\nopen: {word}\n---\nNous recrutons.\n");
        let page = offres::Page::parse(text.as_bytes()).unwrap();
        let json = serde_json::to_value(&page).unwrap();
        assert_eq!(json["status"], status, "{word}: {json}");
    }
}

#[test]
fn language_tagged_openers_are_read_in_their_language() {
    let yaml = read("lang-yaml.md");
    let json = read("lang-json.md");
    let toml = read("lang-toml.md");
    for (doc, format, expected) in [
        (&yaml, FrontMatterFormat::Yaml, vec!["title", "open"]),
        (
            &json,
            FrontMatterFormat::Json,
            vec!["title", "open", "tags"],
        ),
        (
            &toml,
            FrontMatterFormat::Toml,
            vec!["title", "open", "params"],
        ),
    ] {
        let fm = doc.front_matter().unwrap();
        assert_eq!(fm.format(), format);
        assert_eq!(keys(doc), expected);
        assert!(doc.diagnostics().is_empty(), "{:?}", doc.diagnostics());
        assert_eq!(first_block(doc), "Corps.");
        assert_eq!(doc.body_text(), "Corps.\n");
    }
    assert_eq!(
        json.front_matter().unwrap().get("tags"),
        Some(&Value::List(vec![
            Value::String("rust".into()),
            Value::String("data".into())
        ]))
    );
    assert_eq!(
        toml.front_matter().unwrap().get("params"),
        Some(&Value::Map(vec![(
            "ville".into(),
            Value::String("Paris".into())
        )]))
    );
    // Text after the object, inside the delimiters, is not passed over.
    let err = Document::parse_str("---json\n{\"a\": 1}\nb: 2\n---\n").unwrap_err();
    assert_eq!((err.code(), err.line()), ("json_syntax", Some(3)));
}

#[test]
fn other_languages_are_never_run_and_kept_as_written() {
    for (name, language, last) in [
        ("lang-js.md", "\"js\"", 6),
        ("lang-coffee.md", "\"coffee\"", 3),
    ] {
        let doc = read(name);
        assert!(doc.front_matter().is_none(), "{name}");
        assert_eq!(
            diagnostics(&doc),
            [(
                DiagnosticCode::UnsupportedFrontMatterLanguage,
                Severity::Warning,
                1
            )],
            "{name}"
        );
        let message = &doc.diagnostics()[0].message;
        assert!(message.contains(language), "{message}");
        assert!(message.contains(&format!("lines 1 to {last}")), "{message}");
        // The block is out of the body, and the page comes back as it was.
        assert!(doc.body_text().starts_with("Le corps"), "{name}");
        assert!(doc.text().starts_with("---"));
        let bytes = std::fs::read(common::fixtures().join("peer").join(name)).unwrap();
        assert_eq!(doc.to_bytes().unwrap(), bytes);
        assert_eq!(doc.to_markdown().unwrap().as_bytes(), bytes.as_slice());
    }
}

#[test]
fn a_key_over_the_limit_is_named() {
    let err = Document::from_path(common::fixtures().join("peer/long-key.md")).unwrap_err();
    assert_eq!(err.code(), "key_too_long");
    assert_eq!((err.line(), err.column()), (Some(3), Some(1)));
    assert!(err.message().contains("a key of 1112 characters"), "{err}");
}

#[test]
fn python_frontmatter_layouts() {
    let spaced = read("extra-space-delimiters.md");
    assert_eq!(keys(&spaced), ["title"]);
    assert_eq!(spaced.body_text(), "Corps.\n");

    let empty = read("empty-front-matter.md");
    assert!(empty.front_matter().unwrap().is_empty());
    assert_eq!(
        diagnostics(&empty),
        [(DiagnosticCode::EmptyFrontMatter, Severity::Info, 1)]
    );
    assert_eq!(first_block(&empty), "Un corps sans métadonnées.");

    // A rule in the body is not a second front matter.
    let dashed = read("extra-dash.md");
    assert_eq!(keys(&dashed), ["title"]);
    assert!(dashed.diagnostics().is_empty());
    assert!(dashed.body_text().contains("\n---\n"));
    assert_eq!(dashed.body().blocks.len(), 2);

    let unicode = read("unicode.md");
    let fm = unicode.front_matter().unwrap();
    assert_eq!(keys(&unicode), ["titre", "clé", "émoji"]);
    assert_eq!(fm.get("titre").and_then(Value::as_str), Some("数据工程师"));
    assert_eq!(fm.field("émoji").unwrap().line, 4);
    assert_eq!(first_block(&unicode), "正文。");
}

#[test]
fn every_peer_page_round_trips() {
    for path in common::fixture_files("peer") {
        let bytes = std::fs::read(&path).unwrap();
        if let Ok(doc) = Document::parse(&bytes) {
            assert_eq!(doc.to_bytes().unwrap(), bytes, "{}", path.display());
        }
    }
}
