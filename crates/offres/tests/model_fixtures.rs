//! Accuracy of the typed model on the repository's own realistic fixtures.
//!
//! `tests/fixtures/model/<name>.md` is a page written for this test and
//! `<name>.expected.json` the facts a correct parse yields, in the neutral vocabulary of
//! `../shared/corpus/expected` (its README defines each field). The mapping and comparison
//! rules are those of `corpus.rs`, copied so both measure the same thing. The test prints a
//! per-field accuracy table, fails when overall accuracy falls below a floor set from the
//! measured value, and fails on any disagreement about kind, status or title, which every
//! other fact depends on.

mod common;
mod neutral;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use common::fixture_files;
use neutral::{disagree, neutral};
use offres::Page;
use serde_json::Value;

/// Overall share of judged fields that must agree: the measured accuracy rounded down to
/// the nearest 5 %, so a regression in any extractor shows up here.
const FLOOR: f64 = 0.95;

/// Fields where a wrong answer makes the rest of the page meaningless.
const ESSENTIAL: [&str; 3] = ["kind", "status", "title"];

/// Essential disagreements reported to the extractor owners and not yet fixed, as
/// (fixture, field); they still count against the accuracy. Remove an entry once it agrees.
const KNOWN: [(&str, &str); 0] = [];

/// Agreements and comparisons of one field over all fixtures.
#[derive(Default)]
struct Tally {
    compared: u32,
    agreed: u32,
}

#[test]
fn fixtures_give_their_expected_facts() {
    let pages: Vec<_> = fixture_files("model")
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    assert!(pages.len() >= 20, "only {} model fixtures", pages.len());
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut disagreements = Vec::new();
    let mut essential = Vec::new();
    for path in &pages {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let expected = path.with_file_name(format!("{stem}.expected.json"));
        let want: Value = serde_json::from_str(
            &std::fs::read_to_string(&expected)
                .unwrap_or_else(|e| panic!("{}: {e}", expected.display())),
        )
        .unwrap();
        let page = Page::from_path(path).unwrap_or_else(|e| panic!("{stem}: {e}"));
        let got = neutral(&page);
        for (field, w) in want.as_object().unwrap() {
            if field == "notes" {
                continue;
            }
            let g = got.get(field).cloned().unwrap_or(Value::Null);
            let tally = tallies.entry(field.clone()).or_default();
            tally.compared += 1;
            match disagree(field, w, &g) {
                None => {
                    tally.agreed += 1;
                    if KNOWN.contains(&(stem.as_str(), field.as_str())) {
                        eprintln!("{stem}: {field} now agrees; remove it from KNOWN");
                    }
                }
                Some(d) => {
                    if ESSENTIAL.contains(&field.as_str())
                        && !KNOWN.contains(&(stem.as_str(), field.as_str()))
                    {
                        essential.push(format!("{stem}: {d}"));
                    }
                    disagreements.push(format!("{stem}: {d}"));
                }
            }
        }
    }
    let (compared, agreed) = tallies
        .values()
        .fold((0, 0), |(c, a), t| (c + t.compared, a + t.agreed));
    let accuracy = f64::from(agreed) / f64::from(compared.max(1));
    let mut report = format!(
        "{:<22} {:>8} {:>8} {:>9}\n",
        "field", "compared", "agreed", "accuracy"
    );
    for (field, t) in &tallies {
        let share = f64::from(t.agreed) / f64::from(t.compared.max(1));
        writeln!(
            report,
            "{field:<22} {:>8} {:>8} {:>8.1}%",
            t.compared,
            t.agreed,
            share * 100.0
        )
        .unwrap();
    }
    writeln!(
        report,
        "{:<22} {compared:>8} {agreed:>8} {:>8.1}%",
        "overall",
        accuracy * 100.0
    )
    .unwrap();
    eprintln!(
        "{report}\n{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
    assert!(
        essential.is_empty(),
        "kind, status or title wrong:\n{}",
        essential.join("\n")
    );
    assert!(
        accuracy >= FLOOR,
        "field accuracy {:.1}% is below the floor of {:.0}%",
        accuracy * 100.0,
        FLOOR * 100.0
    );
}
