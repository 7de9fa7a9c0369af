//! Any bytes: `Page::parse` never panics; a page serialises to JSON, and the JSON reads
//! back as the same page.
#![no_main]

use libfuzzer_sys::fuzz_target;
use offres::{Document, Page};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Document::parse(data) else {
        assert!(
            Page::parse(data).is_err(),
            "Page::parse and Document::parse disagree"
        );
        return;
    };
    let page = Page::from_document(&doc);
    let json = serde_json::to_string(&page).expect("a page serialises to JSON");
    let back: Page = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("the JSON of a page reads back: {e}\n{json}"));
    let again = serde_json::to_string(&back).expect("a page serialises to JSON");
    assert_eq!(again, json, "the page changed through JSON");
    // Non-finite floats are written as their YAML spelling (JSON has none), so they read
    // back as strings: the only documented loss.
    let non_finite = [".nan", ".inf", "-.inf"]
        .iter()
        .any(|s| json.contains(&format!("\"{s}\"")));
    if !non_finite {
        assert_eq!(back, page);
        // Reading is deterministic.
        assert_eq!(Page::parse(data).ok(), Some(page));
    }
});
