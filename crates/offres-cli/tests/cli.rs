//! The `offres` binary run on the fixture pages: outputs, exit codes, and `fmt` leaving
//! untouched pages byte for byte.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn offres_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_offres"))
        .args(args)
        .current_dir(dir)
        .env("RAYON_NUM_THREADS", "2")
        .output()
        .expect("the offres binary runs");
    Run {
        code: out.status.code().expect("exited normally"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    }
}

fn offres(args: &[&str]) -> Run {
    offres_in(&root(), args)
}

/// A few pages of each kind and flavour, in a fixed list so new fixtures do not move snapshots.
const PAGES: &[&str] = &[
    "tests/fixtures/pages/posting-yaml.md",
    "tests/fixtures/pages/duplicate-key.md",
    "tests/fixtures/pages/team-toml.md",
    "tests/fixtures/pages/organisation-json.md",
    "tests/fixtures/pages/posting-crlf.md",
];

fn with_pages<'a>(args: &[&'a str]) -> Vec<&'a str> {
    args.iter().copied().chain(PAGES.iter().copied()).collect()
}

#[test]
fn parse_jsonl_is_one_page_per_line_in_input_order() {
    let run = offres(&with_pages(&["parse", "--format", "jsonl"]));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), PAGES.len());
    let kinds: Vec<&str> = lines.iter().map(|p| p["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["posting", "posting", "team", "organisation", "posting"]
    );
    insta::assert_snapshot!("parse_jsonl", run.stdout);
    insta::assert_snapshot!("parse_jsonl_stderr", run.stderr);
    // `--jsonl` is kept as a shorthand.
    assert_eq!(
        offres(&with_pages(&["parse", "--jsonl"])).stdout,
        run.stdout
    );
}

#[test]
fn parse_json_is_one_array() {
    let run = offres(&with_pages(&["parse", "--format", "json"]));
    assert_eq!(run.code, 0);
    let pages: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).expect("one JSON array");
    assert_eq!(pages.len(), PAGES.len());
    let jsonl: Vec<serde_json::Value> = offres(&with_pages(&["parse", "--format", "jsonl"]))
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(pages, jsonl);
    let empty = offres(&["parse", "--glob", "*.nothing", "tests/fixtures/pages"]);
    assert_eq!((empty.code, empty.stdout.as_str()), (0, "[]\n"));
}

#[test]
fn parse_yaml_is_a_stream_of_documents() {
    let run = offres(&with_pages(&["parse", "--format", "yaml"]));
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout.matches("\n---\n").count() + 1, PAGES.len());
    insta::assert_snapshot!("parse_yaml", run.stdout);
}

#[test]
fn parse_csv_has_the_posting_columns() {
    let run = offres(&with_pages(&["parse", "--format", "csv"]));
    assert_eq!(run.code, 0);
    let header = run.stdout.lines().next().unwrap();
    let expected: Vec<&str> = std::iter::once("file")
        .chain(offres::POSTING_COLUMNS.iter().copied())
        .collect();
    assert_eq!(header, expected.join(","));
    // The team and the organisation have no row.
    assert_eq!(run.stdout.lines().count(), 1 + 3);
    insta::assert_snapshot!("parse_csv", run.stdout);
    let doc = offres(&["parse", "--format", "csv", "--document", PAGES[0]]);
    assert_eq!(doc.code, 2);
    assert!(doc.stderr.contains("--document cannot be written as CSV"));
}

#[test]
fn parse_document_and_out_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("doc.json");
    let run = offres(&[
        "parse",
        "--document",
        "--out",
        out.to_str().unwrap(),
        PAGES[2],
    ]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.is_empty());
    let docs: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(docs[0]["front_matter"]["format"], "toml");
}

#[test]
fn parse_reports_broken_pages_and_exits_1() {
    let run = offres(&[
        "parse",
        "--format",
        "jsonl",
        "tests/fixtures/broken",
        PAGES[0],
    ]);
    assert_eq!(run.code, 1);
    // The readable page is still printed.
    assert_eq!(run.stdout.lines().count(), 1);
    insta::assert_snapshot!("parse_broken_stderr", run.stderr);
}

#[test]
fn check_text_json_and_exit_codes() {
    let clean = offres(&with_pages(&["check"]));
    assert_eq!(clean.code, 0, "warnings alone are not errors");
    insta::assert_snapshot!("check_text", clean.stdout);
    assert!(clean.stderr.contains("5 files checked: 0 errors"));

    let broken = offres(&["check", "--format", "json", "tests/fixtures/broken"]);
    assert_eq!(broken.code, 1);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&broken.stdout).unwrap();
    assert!(findings.iter().all(|f| f["severity"] == "error"));
    insta::assert_snapshot!("check_json_broken", broken.stdout);
}

#[test]
fn check_strict_fails_on_a_front_matter_never_closed() {
    let page = "tests/fixtures/peer/unclosed-then-prose.md";
    let lenient = offres(&["check", page]);
    assert_eq!(lenient.code, 0, "{}", lenient.stderr);
    assert!(
        lenient
            .stdout
            .starts_with(&format!("{page}:1:1: warning: unclosed_front_matter: ")),
        "{}",
        lenient.stdout
    );
    assert!(
        lenient
            .stdout
            .contains("before line 4, the first blank line")
    );
    let strict = offres(&["check", "--strict", page]);
    assert_eq!(strict.code, 1, "{}", strict.stderr);
    assert_eq!(strict.stdout, lenient.stdout);
    // Notes alone do not fail, even when strict.
    let noted = offres(&["check", "--strict", "tests/fixtures/pages/posting-yaml.md"]);
    assert_eq!(noted.code, 0, "{}", noted.stdout);
}

/// The CLI's own JSON outputs validate against the schemas `offres schema` writes.
#[test]
fn check_and_stats_json_follow_their_schemas() {
    let validator = |name: &str| {
        let file = offres_schema::files()
            .into_iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("no schema {name}"));
        jsonschema::draft202012::new(&file.schema).unwrap()
    };
    let assert_valid = |name: &str, stdout: &str| {
        let json: serde_json::Value = serde_json::from_str(stdout).unwrap();
        let errors: Vec<String> = validator(name)
            .iter_errors(&json)
            .map(|e| format!("at `{}`: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}\n{stdout}");
        json
    };
    let clean = offres(&with_pages(&["check", "--format", "json"]));
    let findings = assert_valid("check-report.json", &clean.stdout);
    assert!(findings.as_array().is_some_and(|f| !f.is_empty()));
    let broken = offres(&["check", "--format", "json", "tests/fixtures/broken"]);
    assert_valid("check-report.json", &broken.stdout);
    let stats = offres(&with_pages(&["stats", "--format", "json"]));
    assert_valid("corpus-stats.json", &stats.stdout);
    // A document that is not a report is refused: the schema checks something.
    let not_a_report = serde_json::json!([{ "file": "x.md", "line": 0 }]);
    assert!(!validator("check-report.json").is_valid(&not_a_report));
}

#[test]
fn bad_arguments_exit_2_and_say_what_was_expected() {
    let no_path = offres(&["check"]);
    assert_eq!(no_path.code, 2);
    assert!(no_path.stderr.contains("<PATH>"), "{}", no_path.stderr);

    let bad_format = offres(&["parse", "--format", "xml", "x.md"]);
    assert_eq!(bad_format.code, 2);
    assert!(
        bad_format
            .stderr
            .contains("possible values: json, jsonl, yaml, csv")
    );

    let missing = offres(&["check", "does/not/exist"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("does/not/exist"));
}

#[test]
fn every_command_has_an_example_in_its_help() {
    for command in ["parse", "check", "fmt", "stats", "export", "schema"] {
        let help = offres(&[command, "--help"]);
        assert_eq!(help.code, 0);
        assert!(
            help.stdout.contains(&format!("offres {command} ")),
            "{command}: {}",
            help.stdout
        );
    }
}

#[test]
fn stats_counts_the_corpus() {
    let run = offres(&with_pages(&["stats"]));
    assert_eq!(run.code, 0);
    insta::assert_snapshot!("stats_text", run.stdout);
    let json: serde_json::Value =
        serde_json::from_str(&offres(&with_pages(&["stats", "--format", "json"])).stdout).unwrap();
    assert_eq!(json["kinds"]["posting"], 3);
    assert_eq!(json["files"], 5);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

#[test]
fn fmt_repairs_layout_and_leaves_other_pages_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    copy_dir(&root().join("tests/fixtures/pages"), &pages);
    let before: Vec<(PathBuf, Vec<u8>)> = files_in(&pages);

    let check = offres_in(dir.path(), &["fmt", "--check", "pages"]);
    assert_eq!(check.code, 1);
    let would: Vec<&str> = check.stdout.lines().collect();
    for expected in [
        "blank-lines-before",
        "duplicate-key",
        "junk-before",
        "no-opener",
    ] {
        assert!(
            would
                .iter()
                .any(|l| l.contains(&format!("pages/{expected}.md"))),
            "{expected} should change: {would:?}"
        );
    }
    assert_eq!(files_in(&pages), before, "--check writes nothing");

    let run = offres_in(dir.path(), &["fmt", "pages"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut changed = String::new();
    for (path, bytes) in &before {
        let after = std::fs::read(path).unwrap();
        let name = path.file_name().unwrap().to_str().unwrap();
        if would.iter().any(|l| l.contains(&format!("pages/{name} "))) {
            changed.push_str("==> ");
            changed.push_str(name);
            changed.push('\n');
            changed.push_str(&String::from_utf8_lossy(&after));
        } else {
            assert_eq!(&after, bytes, "{name} must keep its bytes");
        }
    }
    insta::assert_snapshot!("fmt_changed_pages", changed);

    // Formatting is idempotent and a formatted page still reads the same.
    let again = offres_in(dir.path(), &["fmt", "--check", "pages"]);
    assert_eq!(again.code, 0, "{}", again.stdout);
    let dup = offres::Document::from_path(pages.join("duplicate-key.md")).unwrap();
    let fm = dup.front_matter().unwrap();
    assert_eq!(fm.get("open").and_then(offres::Value::as_bool), Some(false));
    assert!(
        dup.diagnostics()
            .iter()
            .all(|d| d.code.as_str() != "duplicate_key")
    );
}

fn files_in(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn mixed_line_endings_take_the_common_one() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("mixed.md");
    std::fs::write(&page, "---\r\ntitle: Dev\r\nopen: true \r\n---\r\nCorps\n").unwrap();
    let run = offres_in(dir.path(), &["fmt", "mixed.md"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("trailing spaces"), "{}", run.stdout);
    assert!(run.stdout.contains("mixed line endings"), "{}", run.stdout);
    assert_eq!(
        std::fs::read_to_string(&page).unwrap(),
        "---\r\ntitle: Dev\r\nopen: true\r\n---\r\nCorps\r\n"
    );
}

#[test]
fn schema_prints_the_bundle_or_writes_every_file() {
    let bundle = offres(&["schema"]);
    assert_eq!(bundle.code, 0);
    let json: serde_json::Value = serde_json::from_str(&bundle.stdout).unwrap();
    assert!(json["$defs"]["Page"].is_object());
    let page = offres(&["schema", "page.json"]);
    let json: serde_json::Value = serde_json::from_str(&page.stdout).unwrap();
    assert_eq!(json["title"], "Page");
    let unknown = offres(&["schema", "nope"]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("expected one of: page.json"));

    let dir = tempfile::tempdir().unwrap();
    let run = offres(&["schema", "--out", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        offres_schema::check(dir.path()).unwrap(),
        Vec::<String>::new()
    );
}

#[test]
fn export_jsonld_gives_one_job_posting_per_posting() {
    let run = offres(&with_pages(&["export", "--to", "jsonld"]));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let postings = json.as_array().expect("an array of JobPosting");
    assert_eq!(postings.len(), 3);
    assert!(postings.iter().all(|p| p["@type"] == "JobPosting"));
}
