//! Edit a page's front matter (one is made on a page without), write it, read it again:
//! the edited key has its new value, every other key keeps its value and place, and the
//! body is unchanged.
//!
//! Input: the page, then two selector bytes: the edit (set an existing key, set a new
//! key, remove a key, set a key to the value it has) and the value to write.
#![no_main]

use libfuzzer_sys::fuzz_target;
use offres::{Document, FrontMatterFormat, Value};
use offres_fuzz::same_value;

const NEW_KEYS: &[&str] = &[
    "title",
    "nouvelle_clé",
    "a: b",
    "#x",
    "",
    "- k",
    "\"q\"",
    "clé avec espaces",
    "+++",
    "---",
    "123",
    "true",
    "x.y",
    "[a]",
    "{b}",
    "&a",
    "*a",
    "é",
];

fn value(selector: u8, page: &[u8]) -> Value {
    let s = |t: &str| Value::String(t.to_owned());
    match selector % 34 {
        0 => Value::Null,
        1 => Value::Bool(true),
        2 => Value::Integer(-42),
        3 => Value::Float(1.5),
        4 => s("Paris"),
        5 => s(""),
        6 => s("a: b #c"),
        7 => s("2024-03-12"),
        8 => s("true"),
        9 => s("12"),
        10 => s("ligne 1\nligne 2"),
        11 => s("« Développeur·euse » 🚀"),
        12 => s("'\"\\"),
        13 => Value::List(vec![s("a"), Value::Integer(1)]),
        14 => Value::Map(vec![
            ("k".into(), s("v")),
            ("n".into(), Value::List(vec![])),
        ]),
        15 => Value::List(vec![]),
        16 => Value::Map(vec![]),
        17 => s("---"),
        18 => s("+++"),
        19 => s("<!--more-->"),
        20 => Value::Float(f64::NAN),
        21 => Value::Float(f64::INFINITY),
        22 => s(" lead"),
        23 => s("\t tab\r\n"),
        24 => Value::Integer(i64::MIN),
        25 => Value::List(vec![Value::Map(vec![
            ("a".into(), Value::Integer(1)),
            ("b".into(), Value::List(vec![s("x"), Value::Null])),
        ])]),
        26 => s("#"),
        27 => s("- x"),
        28 => s("null"),
        29 => s("~"),
        30 => s("\u{feff}bom"),
        31 => Value::Float(-0.0),
        32 => s("2024-03-12T10:00:00+01:00"),
        // Text the fuzzer controls: the page's last line.
        _ => s(&String::from_utf8_lossy(
            page.rsplit(|&b| b == b'\n').next().unwrap_or(b""),
        )),
    }
}

fn has_null(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::List(items) => items.iter().any(has_null),
        Value::Map(entries) => entries.iter().any(|(_, v)| has_null(v)),
        _ => false,
    }
}

fn non_finite(v: &Value) -> bool {
    match v {
        Value::Float(f) => !f.is_finite(),
        Value::List(items) => items.iter().any(non_finite),
        Value::Map(entries) => entries.iter().any(|(_, v)| non_finite(v)),
        _ => false,
    }
}

fuzz_target!(|data: &[u8]| {
    let [page @ .., op, val] = data else {
        return;
    };
    let Ok(mut doc) = Document::parse(page) else {
        return;
    };
    let body = doc.body_text().to_owned();
    // A page without front matter gets one; only a block in a language that is not read
    // (`---js`) is left alone, rather than replaced.
    let Some(fm) = doc.front_matter_or_insert() else {
        return;
    };
    let format = fm.format();
    let keys: Vec<String> = fm.fields().iter().map(|f| f.key.clone()).collect();
    let mut expected: Vec<(String, Value)> = fm
        .fields()
        .iter()
        .map(|f| (f.key.clone(), f.value.clone()))
        .collect();
    let existing = (!keys.is_empty()).then(|| keys[usize::from(op / 4) % keys.len()].clone());
    let mut new_value = value(*val, page);
    match (op % 4, existing) {
        (0, Some(key)) => {
            fm.set(key.clone(), new_value.clone());
            let slot = expected.iter_mut().find(|(k, _)| *k == key).unwrap();
            slot.1 = new_value.clone();
        }
        (2, Some(key)) => {
            let old = fm.remove(&key);
            assert!(old.is_some());
            expected.retain(|(k, _)| *k != key);
            assert!(fm.get(&key).is_none());
        }
        (3, Some(key)) => {
            new_value = fm.get(&key).unwrap().clone();
            fm.set(key, new_value.clone());
        }
        _ => {
            let key = NEW_KEYS[usize::from(op / 4) % NEW_KEYS.len()];
            fm.set(key, new_value.clone());
            match expected.iter_mut().find(|(k, _)| k == key) {
                Some(slot) => slot.1 = new_value.clone(),
                None => expected.push((key.to_owned(), new_value.clone())),
            }
        }
    }
    assert!(doc.is_edited());
    // JSON has no NaN or infinity: the writer spells them as YAML does, as strings.
    if format == FrontMatterFormat::Json && expected.iter().any(|(_, v)| non_finite(v)) {
        return;
    }
    let bytes = match doc.to_bytes() {
        Ok(bytes) => bytes,
        // TOML has no null: the only edit a writer may refuse, with a typed error.
        Err(e) if format == FrontMatterFormat::Toml && has_null(&new_value) => {
            assert_eq!(e.code(), "serialize");
            return;
        }
        Err(e) => panic!("an edited {format:?} front matter does not write: {e}"),
    };
    let text = String::from_utf8_lossy(&bytes);
    let again = Document::parse(&bytes)
        .unwrap_or_else(|e| panic!("the edited page does not read: {e}\n---\n{text}"));
    // A written value that looks like mojibake ("Ã©") is repaired when the page is read
    // again, as any page would be: by design, not a loss of the edit.
    if again.encoding_repaired() {
        return;
    }
    let fm = again
        .front_matter()
        .unwrap_or_else(|| panic!("the edited page lost its front matter\n---\n{text}"));
    assert_eq!(fm.format(), format, "{text}");
    let got: Vec<(&str, &Value)> = fm
        .fields()
        .iter()
        .map(|f| (f.key.as_str(), &f.value))
        .collect();
    // A new TOML key goes before the first `[table]` (after it, it would belong to that
    // table): in TOML only the keys and values must match, not their order.
    let mut got = got;
    let mut expected: Vec<(&str, &Value)> = expected.iter().map(|(k, v)| (k.as_str(), v)).collect();
    if format == FrontMatterFormat::Toml {
        got.sort_by_key(|(k, _)| *k);
        expected.sort_by_key(|(k, _)| *k);
    }
    let same = got.len() == expected.len()
        && got
            .iter()
            .zip(&expected)
            .all(|((k, v), (ek, ev))| k == ek && same_value(v, ev));
    assert!(
        same,
        "fields changed\nexpected: {expected:?}\n     got: {got:?}\n---\n{text}"
    );
    assert_eq!(again.body_text(), body, "the body changed\n---\n{text}");
});
