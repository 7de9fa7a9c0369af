//! Any page: a posting's JSON-LD is a JSON object of `@type` JobPosting that survives a
//! JSON round trip; a team's or an organisation's iCalendar is well formed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use offres::{Document, Page, pages_to_ics, posting_jsonld};
use offres_fuzz::check_ics;

fn check_jsonld(value: &serde_json::Value) {
    let object = value.as_object().expect("JSON-LD is an object");
    assert_eq!(
        object.get("@type").and_then(|t| t.as_str()),
        Some("JobPosting")
    );
    assert_eq!(
        object.get("@context").and_then(|t| t.as_str()),
        Some("https://schema.org")
    );
    let text = serde_json::to_string(value).expect("JSON-LD serialises");
    let back: serde_json::Value = serde_json::from_str(&text).expect("JSON-LD text reads back");
    assert_eq!(&back, value);
}

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Document::parse(data) else {
        return;
    };
    let page = Page::from_document(&doc);
    match &page {
        Page::Posting(posting) => {
            check_jsonld(&posting.to_jsonld().output);
            let export = posting_jsonld(&doc).expect("a posting page exports as a posting");
            check_jsonld(&export.output);
        }
        Page::Team(team) => {
            let ics = team.to_ics().output;
            check_ics(&ics).unwrap_or_else(|e| panic!("{e}\n{ics}"));
        }
        Page::Organisation(org) => {
            let ics = org.to_ics().output;
            check_ics(&ics).unwrap_or_else(|e| panic!("{e}\n{ics}"));
        }
        // An unclassified page has no typed facts to export; the calendar below still
        // takes it, and must stay valid.
        Page::Unclassified(_) => {}
    }
    // Postings are skipped, every other page adds its rituals: one calendar for two.
    let ics = pages_to_ics([&page, &page]).output;
    check_ics(&ics).unwrap_or_else(|e| panic!("{e}\n{ics}"));
});
