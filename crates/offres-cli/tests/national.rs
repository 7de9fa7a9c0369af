//! `offres parse`, `check` and `stats` on national offers files, alone and among pages.

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

fn offres(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_offres"))
        .args(args)
        .current_dir(root())
        .env("RAYON_NUM_THREADS", "2")
        .output()
        .expect("the offres binary runs");
    Run {
        code: out.status.code().expect("exited normally"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    }
}

const OFFERS: &str = "tests/fixtures/national/offers.csv";
const OFFERS_JSON: &str = "tests/fixtures/national/offers.json";
const MALFORMED: &str = "tests/fixtures/national/malformed.csv";
const MALFORMED_JSON: &str = "tests/fixtures/national/malformed.json";
const PAGE: &str = "tests/fixtures/pages/posting-yaml.md";

fn jsonl(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn parse_jsonl_gives_one_posting_per_row_among_pages_in_order() {
    let run = offres(&[
        "parse",
        "--format",
        "jsonl",
        PAGE,
        OFFERS,
        OFFERS_JSON,
        PAGE,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = jsonl(&run.stdout);
    assert_eq!(lines.len(), 1 + 5 + 2 + 1);
    let refs: Vec<&str> = lines[1..8]
        .iter()
        .map(|p| p["apply"]["reference"].as_str().unwrap())
        .collect();
    assert_eq!(
        refs,
        [
            "T-0001",
            "T-0002",
            "T-0003",
            "T-0004",
            "T-0005",
            "T-2021-0001",
            "T-2021-0002"
        ]
    );
    assert!(lines.iter().all(|p| p["kind"] == "posting"));
    assert_eq!(lines[0], lines[8]);
    let source = &lines[1]["sources"]["versant"];
    assert_eq!(source["origin"], "table");
    assert_eq!(source["key"], "Versant");
    assert_eq!(
        (source["row"].as_u64(), source["column"].as_u64()),
        (Some(1), Some(3))
    );
    // A diagnostic of a row names its file, line and column on stderr.
    assert!(
        run.stderr.contains(&format!(
            "{OFFERS_JSON}:38:3: info: untyped_value: row 2, column 10"
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn parse_csv_and_yaml_name_each_row() {
    let run = offres(&["parse", "--format", "csv", OFFERS]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let files: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert_eq!(files.len(), 5);
    assert_eq!(files[0], format!("{OFFERS}#row=1"));
    assert_eq!(files[4], format!("{OFFERS}#row=5"));
    let yaml = offres(&["parse", "--format", "yaml", OFFERS]);
    assert!(yaml.stdout.starts_with(&format!("---\n# {OFFERS}#row=1\n")));
    let json = offres(&["parse", "--format", "json", OFFERS]);
    let pages: Vec<serde_json::Value> = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(pages.len(), 5);
}

#[test]
fn check_reports_each_problem_at_its_row_and_cell() {
    let run = offres(&["check", MALFORMED]);
    // An unclosed quote is an error: the exit code says so.
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.stdout);
    assert!(lines[0].starts_with(&format!(
        "{MALFORMED}:3:63: warning: stray_quote: row 2, column 8 (\"Intitulé du poste\")"
    )));
    assert!(lines[1].starts_with(&format!(
        "{MALFORMED}:4:112: warning: malformed_date: row 3"
    )));
    assert!(lines[2].contains("cell_count: row 4 has 10 cells"));
    assert!(lines[3].contains("error: unclosed_quote: row 5, column 30"));
    let json = offres(&["check", "--format", "json", MALFORMED, MALFORMED_JSON]);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(findings[1]["row"], 3);
    assert_eq!(findings[1]["path"], "Date de première publication");
    assert_eq!(findings[1]["code"], "malformed_date");
    let last = findings.last().unwrap();
    assert_eq!(last["code"], "json_syntax");
    assert_eq!(
        (last["line"].as_u64(), last["column"].as_u64()),
        (Some(4), Some(29))
    );
    assert!(last.get("row").is_none());
}

#[test]
fn stats_counts_offers() {
    let run = offres(&["stats", "--format", "json", OFFERS, PAGE]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stats: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(stats["files"], 2);
    assert_eq!(stats["offers"], 5);
    assert_eq!(stats["kinds"]["posting"], 6);
    assert_eq!(stats["cities"]["Bordeaux"], 1);
    let text = offres(&["stats", OFFERS, PAGE]);
    assert!(
        text.stdout
            .starts_with("2 files: 1 pages read, 5 offers from national files, 0 unreadable"),
        "{}",
        text.stdout
    );
    // A file that breaks off is counted unreadable, its rows before the break counted.
    let broken = offres(&["stats", "--format", "json", MALFORMED_JSON]);
    assert_eq!(broken.code, 1);
    let stats: serde_json::Value = serde_json::from_str(&broken.stdout).unwrap();
    assert_eq!(
        (stats["offers"].as_u64(), stats["unreadable"].as_u64()),
        (Some(2), Some(1))
    );
}

#[test]
fn national_files_are_told_by_content_not_name() {
    let dir = tempfile::tempdir().unwrap();
    let disguised = dir.path().join("offres.txt");
    std::fs::copy(root().join(OFFERS), &disguised).unwrap();
    let page = dir.path().join("page.csv");
    std::fs::copy(root().join(PAGE), &page).unwrap();
    let run = offres(&[
        "parse",
        "--format",
        "jsonl",
        disguised.to_str().unwrap(),
        page.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = jsonl(&run.stdout);
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0]["apply"]["reference"], "T-0001");
    assert_eq!(
        lines[5]["title"],
        jsonl(&offres(&["parse", "--jsonl", PAGE]).stdout)[0]["title"]
    );
}

#[test]
fn document_mode_refuses_national_files() {
    let run = offres(&["parse", "--document", OFFERS]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("a national offers file has no document")
    );
}
