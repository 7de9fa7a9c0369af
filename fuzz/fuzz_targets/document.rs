//! Any bytes: `Document::parse` returns a document or a typed error, never panics; an
//! untouched document gives back exactly the bytes it was read from (the documented
//! contract of `Document::to_bytes`), and reads the same once its CRs and BOM are gone.
#![no_main]

use libfuzzer_sys::fuzz_target;
use offres::{Document, SourceEncoding};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Document::parse(data) else {
        return;
    };
    assert!(!doc.is_edited());
    assert_eq!(doc.to_bytes().expect("an untouched document writes"), data);
    assert_eq!(doc.original(), data);
    serde_json::to_string(&doc).expect("a document serialises");

    // Every position the document reports is inside the text.
    let line_count = u32::try_from(doc.text().lines().count().max(1)).unwrap_or(u32::MAX);
    for d in doc.diagnostics() {
        assert!(
            d.line <= line_count + 1,
            "diagnostic line {} of {line_count}: {d:?}",
            d.line
        );
    }
    if let Some(fm) = doc.front_matter() {
        for f in fm.fields() {
            assert!(
                f.line >= 1 && f.line <= line_count,
                "field line {} of {line_count}",
                f.line
            );
        }
    }
    assert!(doc.body_start() <= doc.text().len());
    let _ = doc.position(doc.text().len());

    // "CRLF and LF pages read the same", and so do pages with and without a BOM: the
    // decoded text, read again, is the same page. Only for plain UTF-8 that needed no
    // repair and has no NUL (NULs make the reader sniff for BOM-less UTF-16).
    let plain = matches!(
        doc.encoding(),
        SourceEncoding::Utf8 | SourceEncoding::Utf8Bom
    ) && !doc.encoding_repaired()
        && !doc.text().contains('\0');
    if plain {
        let again = Document::parse(doc.text().as_bytes())
            .expect("the decoded text of a page reads as a page");
        assert_eq!(again.text(), doc.text());
        assert_eq!(again.body_start(), doc.body_start());
        let nan = doc
            .front_matter()
            .is_some_and(|fm| fm.fields().iter().any(|f| offres_fuzz::has_nan(&f.value)));
        if !nan {
            assert_eq!(again.front_matter(), doc.front_matter());
        }
        assert_eq!(
            serde_json::to_value(again.body()).unwrap(),
            serde_json::to_value(doc.body()).unwrap()
        );
    }
});
