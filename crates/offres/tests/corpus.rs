//! The reference pages: each must give exactly its expected facts.
//!
//! `../shared/corpus/expected/*.json` uses neutral field names; `neutral()` maps a `Page`
//! onto them. The test skips cleanly when the shared corpus is absent.

mod common;
mod neutral;

use std::path::Path;

use common::shared_corpus;
use neutral::{disagree, neutral};
use offres::Page;
use serde_json::Value;

#[test]
fn reference_pages_give_their_expected_facts() {
    let Some(seeds) = shared_corpus("seeds") else {
        eprintln!("skipped: ../shared/corpus is absent");
        return;
    };
    let expected_dir = seeds[0]
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("expected");
    let mut failures = Vec::new();
    for seed in &seeds {
        let stem = seed.file_stem().unwrap().to_string_lossy().into_owned();
        let want: Value = serde_json::from_str(
            &std::fs::read_to_string(expected_dir.join(format!("{stem}.json"))).unwrap(),
        )
        .unwrap();
        let page = Page::from_path(seed).unwrap();
        let got = neutral(&page);
        for (field, w) in want.as_object().unwrap() {
            if field == "notes" {
                continue;
            }
            let g = got.get(field).cloned().unwrap_or(Value::Null);
            if let Some(d) = disagree(field, w, &g) {
                failures.push(format!("{stem}: {d}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The dev corpus MANIFEST says what kind each page is: classification must mostly agree.
#[test]
fn dev_corpus_kinds() {
    let Some(files) = shared_corpus("dev") else {
        eprintln!("skipped: ../shared/corpus/dev is absent");
        return;
    };
    let manifest = files[0].parent().unwrap().join("MANIFEST.tsv");
    let Ok(manifest) = std::fs::read_to_string(manifest) else {
        return;
    };
    let mut total = 0;
    let mut right = 0;
    let mut wrong = Vec::new();
    for line in manifest.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(file), Some(kind)) = (cols.first(), cols.get(4)) else {
            continue;
        };
        let path = files[0].parent().unwrap().join(file);
        if !Path::new(&path).exists() {
            continue;
        }
        let page = Page::from_path(&path).unwrap();
        total += 1;
        if page.kind().as_str() == *kind {
            right += 1;
        } else {
            wrong.push(format!("{file}: {kind} read as {}", page.kind().as_str()));
        }
    }
    let share = f64::from(right) / f64::from(total.max(1));
    eprintln!("kinds: {right}/{total} right\n{}", wrong.join("\n"));
    assert!(
        share >= 0.9,
        "only {right}/{total} kinds right:\n{}",
        wrong.join("\n")
    );
}
