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

/// `n` lines made by `line`, one after the other.
fn lines(n: usize, line: impl Fn(usize) -> String) -> String {
    let mut out = String::new();
    for i in 0..n {
        out.push_str(&line(i));
    }
    out
}

/// Every limit in docs/limits.md gives the error code it documents, with a position.
#[test]
fn limits_give_their_documented_errors() {
    let nested = |open: &str, depth: usize| open.repeat(depth);
    let keys = |n: usize| lines(n, |i| format!("k{i}: v\n"));
    // `anchors` anchors, then `count` aliases shared out among them.
    let aliases = |anchors: usize, count: usize| -> String {
        let defs = lines(anchors, |i| format!("a{i}: &a{i} x\n"));
        let uses: Vec<String> = (0..count).map(|i| format!("*a{}", i % anchors)).collect();
        format!("---\n{defs}b: [{}]\n---\n", uses.join(", "))
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "input over 64 MiB",
            vec![b'a'; offres::MAX_INPUT_BYTES + 1],
            "too_large",
        ),
        (
            "YAML front matter over 1 MiB",
            format!("---\nx: \"{}\"\n---\n", "a".repeat(1 << 20)).into_bytes(),
            "yaml_budget",
        ),
        (
            "TOML front matter over 1 MiB",
            format!("+++\nx = \"{}\"\n+++\n", "a".repeat(1 << 20)).into_bytes(),
            "toml_syntax",
        ),
        (
            "YAML 33 deep",
            format!("---\nx: {}{}\n---\n", nested("[", 33), nested("]", 33)).into_bytes(),
            "yaml_budget",
        ),
        (
            "257 YAML aliases",
            aliases(26, 257).into_bytes(),
            "yaml_budget",
        ),
        (
            "over 10 aliases an anchor",
            aliases(1, 101).into_bytes(),
            "yaml_budget",
        ),
        (
            "a YAML key over 1024 characters",
            format!("---\n{}: v\n---\n", "k".repeat(1025)).into_bytes(),
            // YAML's own limit on implicit keys, said as such at the key's line.
            "key_too_long",
        ),
        (
            "257 YAML anchors",
            format!(
                "---\n{}---\n",
                lines(257, |i| format!(
                    "k{i}: &a{i} v
"
                ))
            )
            .into_bytes(),
            "yaml_budget",
        ),
        (
            "over 50,000 YAML nodes",
            format!("---\n{}---\n", keys(26_000)).into_bytes(),
            "yaml_budget",
        ),
        (
            "JSON 129 deep",
            format!("{{\"a\": {}}}\n", nested("[", 129)).into_bytes(),
            "json_syntax",
        ),
    ];
    for (name, page, code) in cases {
        let err = Document::parse(&page).expect_err(name);
        assert_eq!(err.code(), code, "{name}: {err}");
        if code != "too_large" {
            assert!(err.line().is_some_and(|l| l >= 1), "{name}: no line");
            assert!(err.column().is_some_and(|c| c >= 1), "{name}: no column");
        }
    }
    // Just under the limits, the same shapes read.
    for (name, page) in [
        (
            "YAML 32 deep",
            format!("---\nx: {}{}\n---\n", nested("[", 31), nested("]", 31)),
        ),
        ("256 YAML aliases", aliases(26, 256)),
        ("99 aliases of one anchor", aliases(1, 99)),
        (
            "a YAML key of 1000 characters",
            format!("---\n{}: v\n---\n", "k".repeat(1000)),
        ),
        ("20,000 YAML keys", format!("---\n{}---\n", keys(20_000))),
        (
            "JSON 127 deep",
            format!("{{\"a\": {}{}}}\n", nested("[", 126), nested("]", 126)),
        ),
    ] {
        let doc = Document::parse(page.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(doc.front_matter().is_some(), "{name}");
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

/// Found by the `rewrite` fuzz target: YAML ends a line at a lone CR, file lines end at
/// LF only, so after a lone CR in a value every key was placed one line too low; its
/// raw entry was the next key's, and removing `techno` removed the `open` line instead.
#[test]
fn a_lone_cr_in_yaml_does_not_shift_the_keys() {
    let page = b"---\nroles: designer\r a Lille\nstartup: voie\ntechno: libres\nopen: false\n---\nCorps.\n";
    let mut doc = Document::parse(page).unwrap();
    let fm = doc.front_matter().unwrap();
    let lines: Vec<u32> = fm.fields().iter().map(|f| f.line).collect();
    assert_eq!(lines, [2, 3, 4, 5]);
    doc.front_matter_mut().unwrap().remove("techno");
    let again = Document::parse(&doc.to_bytes().unwrap()).unwrap();
    let keys: Vec<&str> = again
        .front_matter()
        .unwrap()
        .fields()
        .iter()
        .map(|f| f.key.as_str())
        .collect();
    assert_eq!(keys, ["roles", "startup", "open"]);
}
