//! The document layer over the fixtures: snapshots, round trips, encodings, errors.

mod common;

use common::{fixture_files, fixtures, name, shared_corpus};
use offres::{DiagnosticCode, Document, FrontMatterFormat, LineEnding, SourceEncoding, Value};

fn parse(file: &str) -> Document {
    Document::from_path(fixtures().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn fixture_documents_snapshot() {
    for path in fixture_files("pages") {
        let doc = Document::from_path(&path).unwrap_or_else(|e| panic!("{e}"));
        insta::assert_json_snapshot!(format!("document__{}", name(&path)), doc);
    }
}

#[test]
fn untouched_documents_round_trip_byte_for_byte() {
    for path in fixture_files("pages") {
        let bytes = std::fs::read(&path).unwrap();
        let doc = Document::parse(&bytes).unwrap();
        assert_eq!(doc.to_bytes().unwrap(), bytes, "{}", path.display());
    }
}

#[test]
fn crlf_bom_and_utf16_read_like_lf() {
    let lf = parse("pages/posting-yaml.md");
    for (file, encoding, ending) in [
        (
            "pages/posting-crlf.md",
            SourceEncoding::Utf8,
            LineEnding::Crlf,
        ),
        (
            "pages/posting-bom.md",
            SourceEncoding::Utf8Bom,
            LineEnding::Lf,
        ),
        (
            "pages/posting-utf16le.md",
            SourceEncoding::Utf16Le,
            LineEnding::Lf,
        ),
    ] {
        let other = parse(file);
        assert_eq!(other.encoding(), encoding, "{file}");
        assert_eq!(other.line_ending(), ending, "{file}");
        assert_eq!(other.text(), lf.text(), "{file}");
        assert_eq!(other.front_matter(), lf.front_matter(), "{file}");
        assert_eq!(
            serde_json::to_value(other.body()).unwrap(),
            serde_json::to_value(lf.body()).unwrap(),
            "{file}"
        );
    }
}

/// Text is already decoded: NUL bytes in every other place make bytes UTF-16, not a text,
/// which reads as itself (found by the rewrite fuzz target, through the check that an
/// edited page reads back).
#[test]
fn text_with_nul_bytes_is_not_read_as_utf16() {
    let text = "---\ntitle: A\n---\n".to_owned() + &"b\0".repeat(200);
    assert_eq!(
        Document::parse(text.as_bytes()).unwrap().encoding(),
        SourceEncoding::Utf16Be
    );
    let doc = Document::parse_str(&text).unwrap();
    assert_eq!(doc.encoding(), SourceEncoding::Utf8);
    assert_eq!(doc.text(), text);
    assert_eq!(
        doc.front_matter().unwrap().get("title"),
        Some(&Value::String("A".into()))
    );
    // A BOM is still a BOM, and mojibake is still repaired.
    let doc = Document::parse_str("\u{FEFF}---\ntitle: ChargÃ©\n---\n").unwrap();
    assert_eq!(doc.encoding(), SourceEncoding::Utf8Bom);
    assert_eq!(doc.text(), "---\ntitle: Chargé\n---\n");
    assert!(doc.encoding_repaired());
    let big = "a".repeat(offres::MAX_INPUT_BYTES + 1);
    assert_eq!(Document::parse_str(&big).unwrap_err().code(), "too_large");
}

/// Found by the document fuzz target: "\r\r\n" became "\r\n" once decoded, and that text
/// read again lost its CR, so a page's decoded text did not read as itself.
#[test]
fn carriage_returns_before_a_line_end_go_with_it() {
    let doc =
        Document::parse(b"---\r\ntitle: a\r\n---\r\nOne.\r\r\n\r\nTwo.\r\r\r\nThree\rfour.\n")
            .unwrap();
    assert_eq!(
        doc.text(),
        "---\ntitle: a\n---\nOne.\n\nTwo.\nThree\rfour.\n"
    );
    let again = Document::parse(doc.text().as_bytes()).unwrap();
    assert_eq!(again.text(), doc.text());
    assert_eq!(doc.line_ending(), LineEnding::Mixed);
    // Nothing is lost: the page writes back as it came.
    assert_eq!(
        doc.to_bytes().unwrap(),
        b"---\r\ntitle: a\r\n---\r\nOne.\r\r\n\r\nTwo.\r\r\r\nThree\rfour.\n"
    );
}

#[test]
fn mojibake_is_repaired_and_reported() {
    for file in ["pages/mojibake-1254.md", "pages/mojibake-1252-double.md"] {
        let doc = parse(file);
        assert!(doc.encoding_repaired(), "{file}");
        let fm = doc.front_matter().unwrap();
        assert_eq!(
            fm.get("startup").and_then(Value::as_str),
            Some("Carte des Écoles")
        );
        assert_eq!(
            fm.get("roles").and_then(Value::as_str),
            Some("un·e développeur·euse")
        );
        assert!(doc.text().contains("l’équipe de 4 personnes"), "{file}");
        assert!(
            doc.text().contains("« Le mieux est l’ennemi du bien »"),
            "{file}"
        );
        assert!(
            doc.diagnostics()
                .iter()
                .any(|d| d.code == DiagnosticCode::EncodingRepaired),
            "{file}"
        );
    }
    assert!(
        parse("pages/mojibake-1254.md")
            .text()
            .contains("À très vite 🚀")
    );
}

#[test]
fn plain_french_is_never_repaired() {
    for file in ["pages/clean-french.md", "pages/posting-yaml.md"] {
        let doc = parse(file);
        assert!(!doc.encoding_repaired(), "{file}");
        let original = String::from_utf8(std::fs::read(fixtures().join(file)).unwrap()).unwrap();
        assert_eq!(doc.text(), original, "{file}");
    }
}

#[test]
fn latin1_page_is_decoded() {
    let doc = parse("pages/latin1.md");
    assert_eq!(doc.encoding(), SourceEncoding::Windows1252);
    assert_eq!(
        doc.front_matter()
            .unwrap()
            .get("lieu")
            .and_then(Value::as_str),
        Some("Besançon")
    );
    assert_eq!(doc.diagnostics()[0].code, DiagnosticCode::LegacyEncoding);
}

#[test]
fn front_matter_flavours() {
    let toml = parse("pages/team-toml.md");
    let fm = toml.front_matter().unwrap();
    assert_eq!(fm.format(), FrontMatterFormat::Toml);
    // A TOML date stays as written.
    assert_eq!(fm.get("date").and_then(Value::as_str), Some("2023-05-02"));
    assert_eq!(fm.field("toc").unwrap().line, 3);
    assert_eq!(
        fm.get("params")
            .and_then(|p| p.get("team"))
            .and_then(Value::as_str),
        Some("Pôle Cartographie")
    );

    let json = parse("pages/organisation-json.md");
    let fm = json.front_matter().unwrap();
    assert_eq!(fm.format(), FrontMatterFormat::Json);
    let keys: Vec<&str> = fm.fields().iter().map(|f| f.key.as_str()).collect();
    assert_eq!(keys, ["title", "acronym", "website", "contacts", "parent"]);
    assert_eq!(fm.field("website").unwrap().line, 4);
    assert!(json.body_text().starts_with("\nL'incubateur"));

    let none = parse("pages/no-front-matter.md");
    assert!(none.front_matter().is_none());
    assert_eq!(none.body_text(), none.text());
}

#[test]
fn messy_openings_are_recovered_with_diagnostics() {
    let blank = parse("pages/blank-lines-before.md");
    assert_eq!(
        blank.front_matter().unwrap().field("title").unwrap().line,
        4
    );
    assert!(blank.diagnostics().is_empty());

    let junk = parse("pages/junk-before.md");
    assert_eq!(junk.front_matter().unwrap().fields().len(), 2);
    assert_eq!(
        junk.diagnostics()[0].code,
        DiagnosticCode::JunkBeforeFrontMatter
    );
    assert!(
        junk.diagnostics()[0]
            .message
            .contains("\"Ceci est un brouillon\"")
    );

    let no_opener = parse("pages/no-opener.md");
    let fm = no_opener.front_matter().unwrap();
    assert_eq!(
        fm.get("contrat").and_then(Value::as_str),
        Some("indépendant")
    );
    assert_eq!(
        no_opener.diagnostics()[0].code,
        DiagnosticCode::MissingFrontMatterOpener
    );
    assert_eq!(no_opener.body().sections[0].title, "Le contexte");

    let only = parse("pages/front-matter-only.md");
    assert_eq!(only.front_matter().unwrap().fields().len(), 2);
    assert_eq!(only.body_text(), "");
}

#[test]
fn duplicate_keys_keep_the_last_value() {
    let doc = parse("pages/duplicate-key.md");
    let fm = doc.front_matter().unwrap();
    assert_eq!(fm.get("open"), Some(&Value::Bool(false)));
    assert_eq!(fm.get("status").and_then(Value::as_str), Some("true#"));
    let dup: Vec<_> = doc
        .diagnostics()
        .iter()
        .filter(|d| d.code == DiagnosticCode::DuplicateKey)
        .collect();
    assert_eq!(dup.len(), 1);
    assert_eq!(dup[0].line, 6);
    assert_eq!(dup[0].path.as_deref(), Some("open"));
}

#[test]
fn malformed_dates_are_kept_and_reported() {
    let doc = parse("pages/malformed-date.md");
    let fm = doc.front_matter().unwrap();
    assert_eq!(
        fm.get("date").and_then(Value::as_str),
        Some("2022-04-T15:00:00.000Z")
    );
    let lines: Vec<(u32, Option<&str>)> = doc
        .diagnostics()
        .iter()
        .filter(|d| d.code == DiagnosticCode::MalformedDate)
        .map(|d| (d.line, d.path.as_deref()))
        .collect();
    assert_eq!(lines, [(3, Some("date")), (5, Some("poste_ferme"))]);
}

#[test]
fn yaml_comments_stay_out_of_values() {
    let doc = parse("pages/yaml-comments.md");
    let fm = doc.front_matter().unwrap();
    assert_eq!(fm.get("title").and_then(Value::as_str), Some("Coach agile"));
    assert_eq!(fm.get("open"), Some(&Value::Bool(true)));
    assert_eq!(
        fm.get("techno"),
        Some(&Value::List(vec![
            Value::String("Python".into()),
            Value::String("Vue.js".into())
        ]))
    );
}

#[test]
fn edited_front_matter_keeps_flavour_and_order() {
    for (file, format) in [
        ("pages/posting-yaml.md", FrontMatterFormat::Yaml),
        ("pages/yaml-comments.md", FrontMatterFormat::Yaml),
        ("pages/team-toml.md", FrontMatterFormat::Toml),
        ("pages/organisation-json.md", FrontMatterFormat::Json),
        ("pages/posting-crlf.md", FrontMatterFormat::Yaml),
    ] {
        let mut doc = parse(file);
        let before: Vec<String> = doc
            .front_matter()
            .unwrap()
            .fields()
            .iter()
            .map(|f| f.key.clone())
            .collect();
        let fm = doc.front_matter_mut().unwrap();
        fm.set(
            "title",
            Value::String("Titre: modifié # pas un commentaire".into()),
        );
        fm.set(
            "status",
            Value::List(vec![Value::String("open".into()), Value::Integer(2)]),
        );
        let bytes = doc.to_bytes().unwrap();
        let again = Document::parse(&bytes)
            .unwrap_or_else(|e| panic!("{file}: {e}\n{}", String::from_utf8_lossy(&bytes)));
        let fm = again.front_matter().unwrap();
        assert_eq!(fm.format(), format, "{file}");
        assert_eq!(
            fm.get("title").and_then(Value::as_str),
            Some("Titre: modifié # pas un commentaire"),
            "{file}"
        );
        let mut after: Vec<String> = fm.fields().iter().map(|f| f.key.clone()).collect();
        // A new key comes last; in TOML, last before the `[tables]`, where TOML wants it.
        let at = after.iter().position(|k| k == "status").unwrap();
        let tables = usize::from(format == FrontMatterFormat::Toml);
        assert_eq!(at, after.len() - 1 - tables, "{file}: {after:?}");
        after.remove(at);
        assert_eq!(after, before, "{file}");
        assert_eq!(again.body_text(), doc.body_text(), "{file}");
        // Untouched fields are byte-identical in the output.
        if format == FrontMatterFormat::Yaml {
            let view = |d: &Document| -> Vec<(String, Value, u32)> {
                d.front_matter().unwrap().fields()[1..before.len()]
                    .iter()
                    .map(|f| (f.key.clone(), f.value.clone(), f.line))
                    .collect()
            };
            assert_eq!(view(&again), view(&doc), "{file}");
            let original = std::fs::read(fixtures().join(file)).unwrap();
            let original = String::from_utf8_lossy(&original).replace("\r\n", "\n");
            let written = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
            for line in original.lines() {
                let untouched = before[1..]
                    .iter()
                    .any(|k| line.starts_with(&format!("{k}:")));
                assert!(
                    !untouched || written.contains(line),
                    "{file}: {line:?} not kept as written"
                );
            }
        }
        if file.contains("crlf") {
            assert!(bytes.windows(2).filter(|w| w == b"\r\n").count() > 10);
        }
    }
}

#[test]
fn broken_pages_give_located_errors() {
    let mut report = String::new();
    for path in fixture_files("broken") {
        let err = Document::from_path(&path).expect_err(&name(&path));
        assert!(err.line().is_some(), "{}", name(&path));
        let shown = err
            .to_string()
            .replace(&fixtures().display().to_string(), "fixtures");
        report.push_str(&shown);
        report.push('\n');
    }
    insta::assert_snapshot!("broken_errors", report);
}

#[test]
fn error_codes_and_lines() {
    let cases = [
        ("bad-yaml.md", "yaml_syntax", 4),
        ("bad-toml.md", "toml_syntax", 3),
        ("bad-json.md", "json_syntax", 3),
        ("yaml-list.md", "front_matter_not_a_map", 2),
        ("alias-bomb.md", "yaml_budget", 0),
        ("deep-flow.md", "yaml_budget", 2),
    ];
    for (file, code, line) in cases {
        let err = Document::from_path(fixtures().join("broken").join(file)).unwrap_err();
        assert_eq!(err.code(), code, "{file}: {err}");
        if line > 0 {
            assert_eq!(err.line(), Some(line), "{file}: {err}");
        }
        assert!(offres::ERROR_CODES.contains(&err.code()));
    }
}

#[test]
fn too_large_input_is_refused() {
    let big = vec![b'a'; offres::MAX_INPUT_BYTES + 1];
    assert_eq!(Document::parse(&big).unwrap_err().code(), "too_large");
}

/// Every reference page parses; the mojibake one is repaired; excerpts and sections are found.
#[test]
fn reference_seeds_parse() {
    let Some(files) = shared_corpus("seeds") else {
        eprintln!("skipped: ../shared/corpus/seeds is absent");
        return;
    };
    assert!(!files.is_empty());
    let mut repaired = 0;
    for path in &files {
        let doc = Document::from_path(path).unwrap_or_else(|e| panic!("{e}"));
        assert!(!doc.body().sections.is_empty(), "{}", path.display());
        if doc.encoding_repaired() {
            repaired += 1;
            assert!(doc.text().contains("développeur"));
            assert!(doc.text().contains('😀'));
            assert!(doc.excerpt().is_some());
        }
    }
    assert_eq!(repaired, 1, "exactly one seed is mojibake");
}

/// Every development page parses without error or panic.
#[test]
fn dev_corpus_parses() {
    let Some(files) = shared_corpus("dev") else {
        eprintln!("skipped: ../shared/corpus/dev is absent");
        return;
    };
    let mut failures = Vec::new();
    for path in &files {
        if let Err(e) = Document::from_path(path) {
            failures.push(e.to_string());
        }
    }
    assert!(
        failures.is_empty(),
        "{} pages failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_body_is_read_only_when_asked_for() {
    fn shareable<T: Send + Sync + Clone + std::fmt::Debug + serde::Serialize>(_: &T) {}
    let doc = parse("pages/posting-yaml.md");
    shareable(&doc);
    // Reading the front matter and the diagnostics leaves the body unread.
    assert!(doc.front_matter().is_some());
    assert!(doc.diagnostics().is_empty());
    assert!(format!("{doc:?}").contains("body: OnceLock(<uninit>)"));
    let copy = doc.clone();
    let json = serde_json::to_value(&doc).unwrap();
    assert!(!format!("{doc:?}").contains("<uninit>"));
    // A copy made before reads the same body, and the JSON has it where it always was.
    assert_eq!(copy.body(), doc.body());
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "encoding",
            "line_ending",
            "front_matter",
            "body",
            "diagnostics"
        ]
    );
    assert_eq!(json["body"], serde_json::to_value(doc.body()).unwrap());
}
