//! Every JSON offres emits validates against the committed schemas, checked by an
//! independent validator (the `jsonschema` crate), and broken documents are refused
//! with the path to what is wrong.

use std::path::{Path, PathBuf};

use jsonschema::{Registry, Resource, Validator};
use offres::{Document, Page};
use serde_json::{Value, json};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The schema as committed in `schemas/` (the drift test below keeps it equal to a
/// fresh generation), so what is tested is what users get.
fn committed(name: &str) -> Value {
    let path = repo().join("schemas").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run `cargo run -p offres-schema`)", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn validator(name: &str) -> Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&committed(name))
        .unwrap_or_else(|e| panic!("{name} does not compile: {e}"))
}

/// Validate `instance`, failing with every error and its instance path.
fn assert_valid(validator: &Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("  at `{}`: {e}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not validate:\n{}\n{}",
        errors.join("\n"),
        serde_json::to_string_pretty(instance).unwrap()
    );
}

/// The instance paths of the errors `validator` reports for `instance`.
fn error_paths(validator: &Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| e.instance_path().to_string())
        .collect()
}

/// Page files in `dir` (recursively, as the CLI finds them), sorted; empty when `dir`
/// is absent.
fn pages_in(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|e| e == "md" || e == "markdown" || e == "txt")
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[derive(Default, Debug)]
struct Counts {
    pages: usize,
    documents: usize,
    postings: usize,
    rows: usize,
    rituals: usize,
    diagnostics: usize,
}

struct Validators {
    page: Validator,
    kind: [(&'static str, Validator); 4],
    document: Validator,
    row: Validator,
    ritual: Validator,
    diagnostic: Validator,
    bundle_page: Validator,
}

impl Validators {
    fn new() -> Self {
        Self {
            page: validator("page.json"),
            kind: [
                ("posting", validator("posting.json")),
                ("organisation", validator("organisation.json")),
                ("team", validator("team.json")),
                ("unclassified", validator("unclassified.json")),
            ],
            document: validator("document.json"),
            row: validator("posting-row.json"),
            ritual: validator("ritual.json"),
            diagnostic: validator("diagnostic.json"),
            bundle_page: bundle_validator("Page"),
        }
    }

    /// Validate everything offres emits for the page at `path`.
    fn check(&self, path: &Path, counts: &mut Counts) {
        let what = path.display().to_string();
        let doc = Document::from_path(path).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_valid(
            &self.document,
            &serde_json::to_value(&doc).unwrap(),
            &format!("{what} (document)"),
        );
        counts.documents += 1;

        let page = Page::from_document(&doc);
        let json = serde_json::to_value(&page).unwrap();
        assert_valid(&self.page, &json, &what);
        assert_valid(&self.bundle_page, &json, &format!("{what} (bundle)"));
        let (_, by_kind) = self
            .kind
            .iter()
            .find(|(kind, _)| json["kind"] == *kind)
            .expect("a known kind");
        assert_valid(by_kind, &json, &format!("{what} (its kind's schema)"));
        counts.pages += 1;

        for diagnostic in page.diagnostics().iter().chain(doc.diagnostics()) {
            let json = serde_json::to_value(diagnostic).unwrap();
            assert_valid(&self.diagnostic, &json, &format!("{what} (diagnostic)"));
            counts.diagnostics += 1;
        }
        match &page {
            Page::Posting(posting) => {
                counts.postings += 1;
                let row = serde_json::to_value(posting.to_row()).unwrap();
                assert_valid(&self.row, &row, &format!("{what} (row)"));
                counts.rows += 1;
            }
            Page::Team(team) => {
                for ritual in &team.rituals {
                    let json = serde_json::to_value(ritual).unwrap();
                    assert_valid(&self.ritual, &json, &format!("{what} (ritual)"));
                    counts.rituals += 1;
                }
            }
            Page::Organisation(_) | Page::Unclassified(_) => {}
        }
    }
}

/// A validator for `$defs/<name>` of the bundle, reached by `$ref` through its `$id`,
/// as a consumer that loads only the bundle would.
fn bundle_validator(name: &str) -> Validator {
    let bundle = committed(offres_schema::BUNDLE);
    let id = bundle["$id"].as_str().unwrap().to_owned();
    let registry = Registry::new()
        .add(&id, Resource::from_contents(bundle))
        .unwrap()
        .prepare()
        .unwrap();
    jsonschema::draft202012::options()
        .with_registry(&registry)
        .build(&json!({ "$ref": format!("{id}#/$defs/{name}") }))
        .unwrap()
}

fn check_folder(dir: &Path, validators: &Validators) -> Counts {
    let mut counts = Counts::default();
    for path in pages_in(dir) {
        validators.check(&path, &mut counts);
    }
    eprintln!("{}: {counts:?}", dir.display());
    counts
}

#[test]
fn every_fixture_validates() {
    let validators = Validators::new();
    let fixtures = repo().join("tests/fixtures");
    let counts = check_folder(&fixtures.join("pages"), &validators);
    assert!(counts.pages >= 19, "fixtures went missing: {counts:?}");
    assert!(counts.postings > 0 && counts.diagnostics > 0 && counts.rituals > 0);
    // Pages written for the model's own tests, when that folder is there.
    check_folder(&fixtures.join("model"), &validators);
}

#[test]
fn every_reference_and_dev_page_validates() {
    let validators = Validators::new();
    let corpus = repo().join("../shared/corpus");
    if !corpus.is_dir() {
        eprintln!("skipped: {} is absent", corpus.display());
        return;
    }
    let seeds = check_folder(&corpus.join("seeds"), &validators);
    assert!(
        seeds.pages >= 5,
        "the reference pages went missing: {seeds:?}"
    );
    // The larger development set is optional.
    check_folder(&corpus.join("dev"), &validators);
}

#[test]
fn every_broken_fixture_reports_a_valid_error() {
    let error = validator("error.json");
    let broken = pages_in(&repo().join("tests/fixtures/broken"));
    assert!(broken.len() >= 6, "broken fixtures went missing");
    for path in &broken {
        let err = Document::from_path(path).expect_err("a broken fixture is refused");
        let report = serde_json::to_value(err.report()).unwrap();
        assert_valid(&error, &report, &path.display().to_string());
        assert!(offres::ERROR_CODES.contains(&report["code"].as_str().unwrap()));
        assert_eq!(report["file"], path.display().to_string());
    }
    // An error with no place at all leaves the optional fields out, and still validates.
    let bare = offres::Document::parse(&vec![b' '; offres::MAX_INPUT_BYTES + 1]).unwrap_err();
    let report = serde_json::to_value(bare.report()).unwrap();
    assert_eq!(report["code"], "too_large");
    assert!(report.get("line").is_none());
    assert_valid(&error, &report, "too_large");
}

#[test]
fn every_schema_is_valid_draft_2020_12() {
    for file in offres_schema::files() {
        jsonschema::meta::validate(&file.schema)
            .unwrap_or_else(|e| panic!("{}: not a valid schema: {e}", file.name));
        assert_eq!(
            file.schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert_eq!(file.schema["$id"], offres_schema::id_for(file.name));
        assert!(file.schema["title"].is_string(), "{}: no title", file.name);
        let comment = file.schema["$comment"].as_str().unwrap();
        assert!(comment.contains(offres_schema::VERSION), "{}", file.name);
    }
}

#[test]
fn committed_schemas_match_a_fresh_generation() {
    let drift = offres_schema::check(&repo().join("schemas")).unwrap();
    assert!(
        drift.is_empty(),
        "schemas/ is out of date (run `cargo run -p offres-schema`):\n{}",
        drift.join("\n")
    );
}

#[test]
fn enums_list_their_values_with_descriptions() {
    let bundle = committed(offres_schema::BUNDLE);
    let status = &bundle["$defs"]["Status"]["oneOf"];
    let values: Vec<&str> = status
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["const"].as_str().unwrap())
        .collect();
    assert_eq!(values, ["open", "closed", "filled", "unknown"]);
    assert!(
        status
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["description"].is_string())
    );
    let codes = bundle["$defs"]["DiagnosticCode"]["oneOf"]
        .as_array()
        .unwrap();
    assert_eq!(codes.len(), offres::DiagnosticCode::ALL.len());
    let error_codes = &bundle["$defs"]["ErrorReport"]["properties"]["code"]["enum"];
    assert_eq!(*error_codes, json!(offres::ERROR_CODES));
    // Dates and times say what they are.
    assert!(bundle["$defs"]["PartialDate"]["pattern"].is_string());
    assert!(bundle["$defs"]["Start"]["pattern"].is_string());
    assert!(bundle["$defs"]["Ritual"]["properties"]["start"]["pattern"].is_string());
}

/// A posting page that validates, to break by hand.
fn posting() -> Value {
    let page = Page::from_path(repo().join("tests/fixtures/pages/posting-yaml.md")).unwrap();
    let json = serde_json::to_value(&page).unwrap();
    assert_eq!(json["kind"], "posting");
    assert_valid(&validator("page.json"), &json, "posting-yaml.md");
    json
}

#[test]
fn a_wrong_enum_value_is_refused_at_its_path() {
    let posting_schema = validator("posting.json");
    let mut json = posting();
    json["status"] = json!("maybe");
    assert_eq!(error_paths(&posting_schema, &json), ["/status"]);

    let mut json = posting();
    json["contracts"] = json!([{ "kind": "permanent" }]);
    assert!(error_paths(&posting_schema, &json).contains(&"/contracts/0/kind".to_owned()));

    // Through the page schema the kind itself must be one of the three.
    let mut json = posting();
    json["kind"] = json!("poster");
    assert!(!validator("page.json").is_valid(&json));
}

#[test]
fn a_missing_required_field_is_refused_at_its_parent() {
    let diagnostic = validator("diagnostic.json");
    let mut json = json!({
        "code": "duplicate_key", "severity": "warning", "line": 4, "column": 1,
        "message": "`open` appears twice; the last value is kept",
    });
    assert_valid(&diagnostic, &json, "a diagnostic");
    json.as_object_mut().unwrap().remove("severity");
    let errors: Vec<_> = diagnostic.iter_errors(&json).collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].instance_path().as_str(), "");
    assert!(
        errors[0]
            .to_string()
            .contains("\"severity\" is a required property")
    );

    let mut json = posting();
    json["diagnostics"] = json!([{ "code": "conflict", "line": 1, "column": 1, "message": "x" }]);
    assert_eq!(
        error_paths(&validator("posting.json"), &json),
        ["/diagnostics/0"]
    );
}

#[test]
fn a_bad_date_or_time_is_refused_at_its_path() {
    let posting_schema = validator("posting.json");
    for bad in ["2020-13-01", "21/07/2020", "2020-7-21", "bientôt"] {
        let mut json = posting();
        json["date_posted"] = json!(bad);
        assert_eq!(
            error_paths(&posting_schema, &json),
            ["/date_posted"],
            "{bad}"
        );
    }
    let mut json = posting();
    json["start"] = json!("soon");
    assert_eq!(error_paths(&posting_schema, &json), ["/start"]);

    let ritual = validator("ritual.json");
    let mut json = json!({ "what": "daily stand-up", "timezone": "Europe/Paris",
                           "text": "Daily à 9h30", "start": "09:30" });
    assert_valid(&ritual, &json, "a ritual");
    json["start"] = json!("9h30");
    assert_eq!(error_paths(&ritual, &json), ["/start"]);
}
