//! National offers files: the real samples against facts read from them by hand, files
//! written with one problem per row, and free text read as page prose.
//!
//! The samples live in `../shared/corpus/national`; the tests that read them skip cleanly
//! when it is absent.

mod common;

use std::path::{Path, PathBuf};

use offres::{DiagnosticCode, NationalFormat, OfferReader, Page, Posting, Severity};
use serde_json::{Value, json};

fn national_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/national");
    dir.is_dir().then_some(dir)
}

fn fixture(name: &str) -> PathBuf {
    common::fixtures().join("national").join(name)
}

fn read_all(path: &Path) -> Vec<Posting> {
    OfferReader::open(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .map(|r| {
            r.unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .to_posting()
        })
        .collect()
}

/// The value of a neutral fact name in a posting, as JSON.
fn fact(p: &Posting, name: &str) -> Value {
    let v = serde_json::to_value(p).unwrap();
    let loc = |k: &str| v["location"].get(k).cloned().unwrap_or(Value::Null);
    match name {
        "department_code" | "region" | "city" | "postal_code" => loc(name),
        "remote" => v["remote"].get("allowed").cloned().unwrap_or(Value::Null),
        "reference" => v["apply"].get("reference").cloned().unwrap_or(Value::Null),
        "categories" => v.get(name).cloned().unwrap_or_else(|| json!([])),
        // Each kind offered, with its length in months where the file gives one.
        "contracts" => Value::Object(
            p.contracts
                .iter()
                .map(|c| {
                    let kind = serde_json::to_value(c.kind).unwrap();
                    let months = c.duration.and_then(|d| d.min_months).map(Value::from);
                    (
                        kind.as_str().unwrap().to_owned(),
                        months.unwrap_or(Value::Null),
                    )
                })
                .collect(),
        ),
        _ => v.get(name).cloned().unwrap_or(Value::Null),
    }
}

/// A posting's row number, from the source of its reference.
fn row_of(p: &Posting) -> Option<u32> {
    p.meta.sources.get("reference").and_then(|s| s.row)
}

#[test]
fn samples_give_the_facts_read_by_hand() {
    let Some(dir) = national_dir() else {
        eprintln!("skipped: ../shared/corpus/national is absent");
        return;
    };
    let mut failures = Vec::new();
    for expected in [
        "expected-datagouv.json",
        "expected-pep-2021-03.json",
        "expected-pep-2021-09.json",
    ] {
        let want: Value =
            serde_json::from_str(&std::fs::read_to_string(fixture(expected)).unwrap()).unwrap();
        let path = dir.join(want["file"].as_str().unwrap());
        let reader = OfferReader::open(&path).unwrap();
        assert_eq!(
            serde_json::to_value(reader.format()).unwrap(),
            want["format"],
            "{expected}"
        );
        let postings = read_all(&path);
        assert_eq!(
            postings.len() as u64,
            want["rows"].as_u64().unwrap(),
            "{expected}"
        );
        let offers = want["offers"].as_object().unwrap();
        assert!(
            offers.len() >= 10,
            "{expected}: at least ten rows read by hand"
        );
        for (reference, facts) in offers {
            let Some(p) = postings
                .iter()
                .find(|p| p.apply.reference.as_deref() == Some(reference))
            else {
                failures.push(format!("{expected}: no offer {reference}"));
                continue;
            };
            for (name, w) in facts.as_object().unwrap() {
                let got = if name == "row" {
                    row_of(p).map_or(Value::Null, Value::from)
                } else {
                    fact(p, name)
                };
                if &got != w {
                    failures.push(format!(
                        "{expected} {reference} {name}: want {w}, got {got}"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_row_of_every_sample_reads() {
    let Some(dir) = national_dir() else {
        eprintln!("skipped: ../shared/corpus/national is absent");
        return;
    };
    for (file, rows) in [
        ("datagouv/offres-datagouv-20260913-sample.csv", 30),
        ("talentsoft/pep-2021-03.csv", 50),
        ("talentsoft/pep-2021-09.json", 154),
    ] {
        let postings = read_all(&dir.join(file));
        assert_eq!(postings.len(), rows, "{file}");
        for (i, p) in postings.iter().enumerate() {
            // Every row has its reference, title and date, each sourced at its row.
            assert!(p.apply.reference.is_some(), "{file} row {}", i + 1);
            assert!(p.meta.title.is_some(), "{file} row {}", i + 1);
            assert!(p.meta.date_posted.is_some(), "{file} row {}", i + 1);
            assert_eq!(row_of(p), u32::try_from(i + 1).ok(), "{file}");
            let errors: Vec<_> = p
                .meta
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .collect();
            assert!(errors.is_empty(), "{file} row {}: {errors:?}", i + 1);
        }
    }
}

/// The findings of a posting: (code, row, column name, file line).
fn findings(p: &Posting) -> Vec<(DiagnosticCode, Option<u32>, Option<&str>, u32)> {
    p.meta
        .diagnostics
        .iter()
        .map(|d| (d.code, d.row, d.path.as_deref(), d.line))
        .collect()
}

#[test]
fn malformed_rows_are_read_with_their_findings() {
    let postings = read_all(&fixture("malformed.csv"));
    let refs: Vec<_> = postings
        .iter()
        .map(|p| p.apply.reference.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        refs,
        ["M-0001", "M-0002", "M-0003", "M-0004", "M-0005", "M-0006"]
    );
    let [good, stray, date, short, unclosed, last] = &postings[..] else {
        unreachable!()
    };
    for p in [good, last] {
        assert!(p.meta.diagnostics.is_empty(), "{:?}", p.meta.diagnostics);
    }
    assert_eq!(
        findings(stray),
        [(
            DiagnosticCode::StrayQuote,
            Some(2),
            Some("Intitulé du poste"),
            3
        )]
    );
    assert_eq!(stray.meta.title.as_deref(), Some("Chargé \"data\" (H/F)"));
    assert_eq!(fact(stray, "department_code"), "83");
    assert_eq!(
        findings(date),
        [(
            DiagnosticCode::MalformedDate,
            Some(3),
            Some("Date de première publication"),
            4
        )]
    );
    assert_eq!(date.meta.date_posted, None);
    assert_eq!(fact(date, "closing_date"), "2026-10-30");
    assert_eq!(fact(date, "categories"), json!(["C"]));
    assert_eq!(findings(short)[0].0, DiagnosticCode::CellCount);
    assert_eq!(findings(short)[0].1, Some(4));
    assert_eq!(fact(short, "department_code"), "46");
    assert_eq!(short.organisation.as_deref(), Some("Communes"));
    assert_eq!(
        findings(unclosed),
        [(
            DiagnosticCode::UnclosedQuote,
            Some(5),
            Some("Nature de contrat"),
            6
        )]
    );
    assert_eq!(fact(unclosed, "department_code"), "30");
    assert_eq!(fact(unclosed, "date_posted"), "2026-09-05");
    // The cell, quote and all, still names a CDI.
    assert_eq!(fact(unclosed, "contracts"), json!({"cdi": null}));
    assert_eq!(fact(last, "versant"), "hospitaliere");
}

#[test]
fn a_broken_json_file_keeps_the_rows_before_the_break() {
    let results: Vec<_> = OfferReader::open(fixture("malformed.json"))
        .unwrap()
        .collect();
    assert_eq!(results.len(), 3);
    let first = results[0].as_ref().unwrap().to_posting();
    assert_eq!(first.apply.reference.as_deref(), Some("J-1"));
    let second = results[1].as_ref().unwrap().to_posting();
    assert_eq!(
        findings(&second),
        [(
            DiagnosticCode::MalformedDate,
            Some(2),
            Some("FirstPublicationDate"),
            3
        )]
    );
    let err = results[2].as_ref().unwrap_err();
    assert_eq!(err.code(), "json_syntax");
    assert_eq!((err.line(), err.column()), (Some(4), Some(29)));
}

#[test]
fn written_offers_give_their_facts() {
    let p = read_all(&fixture("offers.csv"));
    assert_eq!(p.len(), 5);
    let first = &p[0];
    assert_eq!(
        first.occupation.as_deref(),
        Some("Développeuse / Développeur")
    );
    assert_eq!(first.role.as_deref(), Some("Développeur·euse web"));
    assert_eq!(first.organisation_chain, ["Mairie de Bordeaux", "Communes"]);
    assert_eq!(fact(first, "contracts"), json!({"cdd": 18}));
    assert_eq!(fact(first, "city"), "Bordeaux");
    assert_eq!(fact(first, "postal_code"), "33000");
    assert_eq!(fact(first, "closing_date"), Value::Null);
    assert_eq!(fact(first, "languages"), json!(["en"]));
    assert_eq!(fact(first, "working_time"), "complete");
    assert_eq!(fact(first, "management"), json!({"leads_team": false}));
    // From the free text: the telework cap, the technologies, the address to apply to.
    let remote = first.remote.unwrap();
    assert!(remote.allowed);
    assert_eq!(remote.max_days_per_week, Some(2.0));
    assert_eq!(first.tech, ["Python", "PostgreSQL"]);
    assert_eq!(first.apply.emails, ["recrutement@bordeaux.example"]);
    let tech = &first.meta.sources["tech"];
    assert_eq!(tech.key.as_deref(), Some("Compétences attendues"));
    assert_eq!((tech.row, tech.column), (Some(1), Some(28)));
    // The text starts on line 3 of the file (the address before it spans two lines), and
    // "- Python et PostgreSQL" is its second line.
    assert_eq!(tech.line, 4);

    assert_eq!(
        fact(&p[1], "contracts"),
        json!({"cdd": 36, "civil_servant": null})
    );
    assert_eq!(fact(&p[1], "categories"), json!(["A+"]));
    assert_eq!(fact(&p[1], "city"), "Paris");
    assert_eq!(fact(&p[2], "contracts"), json!({"civil_servant": null}));
    assert_eq!(fact(&p[2], "region"), "La Réunion");
    assert_eq!(fact(&p[2], "working_time"), json!({"non_complete": {}}));
    assert_eq!(fact(&p[3], "department_code"), "2A");
    assert_eq!(fact(&p[3], "region"), "Corse");
    assert_eq!(fact(&p[3], "contracts"), json!({"cdi": null}));
    assert_eq!(fact(&p[4], "languages"), json!(["en", "nl"]));

    let j = read_all(&fixture("offers.json"));
    assert_eq!(j.len(), 2);
    assert_eq!(
        j[0].organisation_chain,
        ["Préfecture du Rhône", "Ministère de l'Intérieur"]
    );
    assert_eq!(fact(&j[0], "contracts"), json!({"cdd": 24}));
    assert_eq!(j[0].contracts[0].renewable, Some(true));
    assert_eq!(j[0].remote.and_then(|r| r.max_days_per_week), Some(2.0));
    assert_eq!(fact(&j[0], "languages"), json!(["en"]));
    assert_eq!(fact(&j[0], "city"), "Lyon");
    // Back-office users are personal data: not carried.
    assert!(
        j[0].meta
            .extra
            .get("Origin_CustomFieldsTranslation_ShortText1_")
            .is_none()
    );
    assert_eq!(
        j[1].meta
            .extra
            .get("Offer_CoordLat_")
            .and_then(|v| v.as_str()),
        Some("4,9372")
    );
    assert_eq!(fact(&j[1], "region"), "Guyane");
    assert_eq!(fact(&j[1], "education"), Value::Null);
}

#[test]
fn free_text_is_read_as_page_prose() {
    // A page whose body is a row's free text gives the facts the row took from it.
    let mut reader = OfferReader::open(fixture("offers.csv")).unwrap();
    let row = reader.next().unwrap().unwrap();
    let text = row.get("Compétences attendues").unwrap();
    let page = format!("---\ntitle: Offre d'emploi\nposte: Développeur\n---\n{text}\n");
    let Page::Posting(from_page) = Page::parse(page.as_bytes()).unwrap() else {
        panic!("a posting")
    };
    let from_row = row.to_posting();
    assert_eq!(from_row.tech, from_page.tech);
    assert_eq!(
        from_row.remote.and_then(|r| r.max_days_per_week),
        from_page.remote.and_then(|r| r.max_days_per_week)
    );
    assert_eq!(from_row.languages, ["en"]);
    assert_eq!(from_row.pay, from_page.pay);
}

#[test]
fn the_format_is_told_by_content() {
    for (file, format) in [
        ("offers.csv", NationalFormat::Datagouv),
        ("offers.json", NationalFormat::TalentsoftJson),
        ("malformed.csv", NationalFormat::Datagouv),
    ] {
        let bytes = std::fs::read(fixture(file)).unwrap();
        assert_eq!(NationalFormat::sniff(&bytes), Some(format), "{file}");
    }
    for page in common::fixture_files("pages") {
        let bytes = std::fs::read(&page).unwrap();
        assert_eq!(NationalFormat::sniff(&bytes), None, "{}", page.display());
    }
    if let Some(dir) = national_dir() {
        let bytes = std::fs::read(dir.join("talentsoft/pep-2021-03.csv")).unwrap();
        assert_eq!(
            NationalFormat::sniff(&bytes),
            Some(NationalFormat::TalentsoftCsv)
        );
    }
}
