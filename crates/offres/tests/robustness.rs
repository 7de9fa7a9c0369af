//! No input may panic: truncations, byte flips and random bytes over the fixtures.

mod common;

use common::{fixture_files, shared_corpus};
use offres::{Document, Page};

/// A tiny deterministic PRNG so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap()
    }
}

fn check(bytes: &[u8]) {
    // Ok or a typed error: both are fine, a panic is not.
    if let Ok(doc) = Document::parse(bytes) {
        let _ = serde_json::to_string(&doc).expect("a parsed document serialises");
        assert_eq!(doc.to_bytes().unwrap(), bytes);
        let page = Page::from_document(&doc);
        let json = serde_json::to_string(&page).expect("a page serialises");
        let back: Page = serde_json::from_str(&json).expect("a page deserialises");
        assert_eq!(back, page);
    }
}

#[test]
fn every_truncation_of_every_fixture() {
    let mut files = fixture_files("pages");
    files.extend(fixture_files("broken"));
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        if bytes.len() > 20_000 {
            continue;
        }
        for end in 0..=bytes.len() {
            check(&bytes[..end]);
        }
    }
}

#[test]
fn byte_mutations() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut seeds: Vec<Vec<u8>> = fixture_files("pages")
        .iter()
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    if let Some(files) = shared_corpus("seeds") {
        seeds.extend(files.iter().map(|p| std::fs::read(p).unwrap()));
    }
    let specials: &[&[u8]] = &[
        b"---\n",
        b"+++\n",
        b"...\n",
        b"{",
        b"}",
        b"[",
        b"]",
        b"&a ",
        b"*a",
        b"<!--more-->",
        b"**",
        b"# ",
        b"\r\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xc3",
        b"\xe2\x80",
        b": ",
        b"- ",
        b"`",
        b"<",
        b"\xc3\xa9",
        b"\t",
        b"\0",
    ];
    for _ in 0..3000 {
        let mut bytes = seeds[rng.below(seeds.len())].clone();
        for _ in 0..=rng.below(4) {
            let at = rng.below(bytes.len() + 1);
            match rng.below(3) {
                0 => {
                    let s = specials[rng.below(specials.len())];
                    bytes.splice(at..at, s.iter().copied());
                }
                1 if at < bytes.len() => bytes[at] = u8::try_from(rng.next() & 0xff).unwrap(),
                _ => {
                    let end = (at + rng.below(40)).min(bytes.len());
                    bytes.drain(at..end);
                }
            }
        }
        check(&bytes);
    }
}

#[test]
fn random_bytes() {
    let mut rng = XorShift(42);
    for _ in 0..2000 {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len)
            .map(|_| u8::try_from(rng.next() & 0xff).unwrap())
            .collect();
        check(&bytes);
        let mut framed = b"---\n".to_vec();
        framed.extend_from_slice(&bytes);
        framed.extend_from_slice(b"\n---\nbody");
        check(&framed);
    }
}

#[test]
fn pathological_shapes_finish() {
    let cases: Vec<Vec<u8>> = vec![
        format!("---\nx: {}\n---\n", "[".repeat(200_000)).into_bytes(),
        format!("---\n{}x: 1\n---\n", "a:\n ".repeat(5_000)).into_bytes(),
        format!("---\nx: \"{}\"\n---\n", "a".repeat(2_000_000)).into_bytes(),
        "\n".repeat(1_000_000).into_bytes(),
        "- ".repeat(100_000).into_bytes(),
        ">".repeat(100_000).into_bytes(),
        "*".repeat(100_000).into_bytes(),
        "[](".repeat(50_000).into_bytes(),
        "Ã©".repeat(200_000).into_bytes(),
        "a@b.".repeat(100_000).into_bytes(),
        format!("{{\"a\":{}}}", "[".repeat(100_000)).into_bytes(),
    ];
    for bytes in cases {
        let _ = Document::parse(&bytes);
    }
}

/// Found by the `rewrite` fuzz target: with a key written twice, the overridden entry's
/// text stayed in the page (before the first key, or inside the previous key's entry),
/// so removing the key brought its old value back, and setting it left a duplicate.
#[test]
fn removing_or_setting_a_duplicated_key_leaves_no_old_entry() {
    for page in [
        &b"---\ntitle: old\nowner: DINUM\ntitle: kept\n---\nCorps.\n"[..],
        b"---\nowner: DINUM\ntitle: old\nopen: true\ntitle: kept\n---\nCorps.\n",
    ] {
        let mut doc = Document::parse(page).unwrap();
        assert_eq!(
            doc.front_matter()
                .unwrap()
                .get("title")
                .and_then(offres::Value::as_str),
            Some("kept")
        );
        doc.front_matter_mut().unwrap().remove("title");
        let again = Document::parse(&doc.to_bytes().unwrap()).unwrap();
        let fm = again.front_matter().unwrap();
        assert_eq!(fm.get("title"), None, "{:?}", again.text());
        assert_eq!(
            fm.get("owner").and_then(offres::Value::as_str),
            Some("DINUM")
        );
        assert_eq!(again.body_text(), "Corps.\n");

        let mut doc = Document::parse(page).unwrap();
        doc.front_matter_mut()
            .unwrap()
            .set("title", offres::Value::String("new".into()));
        let again = Document::parse(&doc.to_bytes().unwrap()).unwrap();
        let fm = again.front_matter().unwrap();
        assert_eq!(fm.get("title").and_then(offres::Value::as_str), Some("new"));
        assert!(
            again
                .diagnostics()
                .iter()
                .all(|d| d.code != offres::DiagnosticCode::DuplicateKey),
            "{:?}",
            again.text()
        );
    }
}

/// Found by the `rewrite` fuzz target: a key set to NaN was written `.nan`, which the
/// reader refused (`yaml_syntax`), so the edited page no longer read; and any page
/// saying `.nan` or `.inf` was refused whole, though YAML 1.2 reads them as floats.
#[test]
fn yaml_non_finite_floats_read_and_write_back() {
    let doc = Document::parse(b"---\na: .nan\nb: -.inf\nc: .Inf\n---\nCorps.\n").unwrap();
    let fm = doc.front_matter().unwrap();
    assert!(matches!(fm.get("a"), Some(offres::Value::Float(f)) if f.is_nan()));
    assert_eq!(fm.get("b"), Some(&offres::Value::Float(f64::NEG_INFINITY)));
    assert_eq!(fm.get("c"), Some(&offres::Value::Float(f64::INFINITY)));

    let mut doc = Document::parse(b"---\ntitle: x\n---\nCorps.\n").unwrap();
    let fm = doc.front_matter_mut().unwrap();
    fm.set("", offres::Value::Float(f64::NAN));
    fm.set("inf", offres::Value::Float(f64::INFINITY));
    let bytes = doc.to_bytes().unwrap();
    let again = Document::parse(&bytes).unwrap();
    let fm = again.front_matter().unwrap();
    assert!(matches!(fm.get(""), Some(offres::Value::Float(f)) if f.is_nan()));
    assert_eq!(fm.get("inf"), Some(&offres::Value::Float(f64::INFINITY)));
    assert_eq!(fm.get("title").and_then(offres::Value::as_str), Some("x"));
}
