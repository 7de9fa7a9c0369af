//! The typed page of every fixture and every reference page, pinned by snapshots.

mod common;

use common::{fixture_files, name, shared_corpus};
use offres::Page;

#[test]
fn fixture_pages_snapshot() {
    for path in fixture_files("pages") {
        let page = Page::from_path(&path).unwrap_or_else(|e| panic!("{e}"));
        insta::assert_json_snapshot!(format!("page__{}", name(&path)), page);
    }
}

#[test]
fn reference_pages_snapshot() {
    let Some(files) = shared_corpus("seeds") else {
        eprintln!("skipped: ../shared/corpus/seeds is absent");
        return;
    };
    for path in files {
        let page = Page::from_path(&path).unwrap_or_else(|e| panic!("{e}"));
        insta::assert_json_snapshot!(format!("seed__{}", name(&path)), page);
    }
}

#[test]
fn pages_round_trip_through_json() {
    for path in fixture_files("pages") {
        let page = Page::from_path(&path).unwrap();
        let json = serde_json::to_string(&page).unwrap();
        let back: Page = serde_json::from_str(&json).unwrap();
        assert_eq!(back, page, "{}", path.display());
    }
}
