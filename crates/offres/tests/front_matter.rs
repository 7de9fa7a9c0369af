//! Front matter values by one documented rule (YAML 1.2 core schema), keys as text, the
//! text of each typed scalar kept, and bad input reported for what it is.

use offres::{DiagnosticCode, Document, Value};

fn read(yaml: &str) -> Document {
    Document::parse_str(&format!("---\n{yaml}---\nBody\n")).unwrap_or_else(|e| panic!("{e}"))
}

fn codes(doc: &Document) -> Vec<(&str, u32, Option<&str>)> {
    doc.diagnostics()
        .iter()
        .map(|d| (d.code.as_str(), d.line, d.path.as_deref()))
        .collect()
}

#[test]
fn keys_are_their_text() {
    let doc = read("on: push\ny: 2\nn:\ntrue: 1\n017: a\n~: b\n1.0: c\n");
    let fm = doc.front_matter().unwrap();
    let keys: Vec<&str> = fm.fields().iter().map(|f| f.key.as_str()).collect();
    assert_eq!(keys, ["on", "y", "n", "true", "017", "~", "1.0"]);
    assert_eq!(fm.get("on"), Some(&Value::String("push".into())));
    assert_eq!(fm.get("y"), Some(&Value::Integer(2)));
    assert_eq!(fm.get("n"), Some(&Value::Null));
    // No key is a duplicate of another; the keys a YAML 1.1 reader would type are noted.
    assert_eq!(
        codes(&doc),
        [
            ("yaml11_typing", 2, Some("on")),
            ("yaml11_typing", 3, Some("y")),
            ("yaml11_typing", 4, Some("n")),
            ("yaml11_typing", 6, Some("017")),
        ]
    );
    assert!(
        doc.diagnostics()[0]
            .message
            .contains("would read the boolean true")
    );
}

#[test]
fn yaml_1_2_core_schema_scalars() {
    let doc = read(
        "a: yes\nb: no\nc: on\nd: off\ne: 017\nf: .inf\ng: -.inf\nh: .nan\ni: 1e3\nj: 0.10\n\
         k: ~\nl: 0x1F\nm: 1_000\nn: 0b101\no: 10:00\np: True\nq: 2024-03-06\n",
    );
    let fm = doc.front_matter().unwrap();
    let s = |t: &str| Some(Value::String(t.to_owned()));
    let get = |k: &str| fm.get(k).cloned();
    for (key, text) in [("a", "yes"), ("b", "no"), ("c", "on"), ("d", "off")] {
        assert_eq!(get(key), s(text), "{key}");
    }
    assert_eq!(get("e"), Some(Value::Integer(17)));
    assert_eq!(get("f"), Some(Value::Float(f64::INFINITY)));
    assert_eq!(get("g"), Some(Value::Float(f64::NEG_INFINITY)));
    assert!(matches!(get("h"), Some(Value::Float(x)) if x.is_nan()));
    assert_eq!(get("i"), Some(Value::Float(1000.0)));
    assert_eq!(get("j"), Some(Value::Float(0.1)));
    assert_eq!(get("k"), Some(Value::Null));
    assert_eq!(get("l"), Some(Value::Integer(31)));
    assert_eq!(get("m"), s("1_000"));
    assert_eq!(get("n"), s("0b101"));
    assert_eq!(get("o"), s("10:00"));
    assert_eq!(get("p"), Some(Value::Bool(true)));
    assert_eq!(get("q"), s("2024-03-06"));
    // Each typed scalar that would not print as written keeps its text.
    let written: Vec<(&str, &str)> = fm
        .fields()
        .iter()
        .filter_map(|f| Some((f.key.as_str(), f.written.as_deref()?)))
        .collect();
    assert_eq!(
        written,
        [
            ("e", "017"),
            ("i", "1e3"),
            ("j", "0.10"),
            ("k", "~"),
            ("l", "0x1F"),
            ("p", "True")
        ]
    );
    // Where a YAML 1.1 reader would differ, an info says so; nothing stops the page.
    let noted: Vec<&str> = doc
        .diagnostics()
        .iter()
        .filter(|d| d.code == DiagnosticCode::Yaml11Typing)
        .filter_map(|d| d.path.as_deref())
        .collect();
    // `n` twice: the key (false in 1.1) and its value.
    assert_eq!(noted, ["a", "b", "c", "d", "e", "i", "m", "n", "n", "o"]);
    // JSON has no infinities: they are written as YAML spells them.
    let json = serde_json::to_value(fm.fields()).unwrap();
    assert_eq!(json[5]["value"], ".inf");
    assert_eq!(json[6]["value"], "-.inf");
    assert_eq!(json[7]["value"], ".nan");
    assert_eq!(json[4]["written"], "017");
    assert!(json[0].get("written").is_none());
}

#[test]
fn nested_values_follow_the_same_rule() {
    let doc = read(
        "tags: [yes, 017, .inf]\nlist:\n  - on\n  - 1e3\nmap:\n  on: 017\n  x: &a 1\n  z: *a\n",
    );
    let fm = doc.front_matter().unwrap();
    assert_eq!(
        fm.get("tags"),
        Some(&Value::List(vec![
            Value::String("yes".into()),
            Value::Integer(17),
            Value::Float(f64::INFINITY)
        ]))
    );
    assert_eq!(
        fm.get("list"),
        Some(&Value::List(vec![
            Value::String("on".into()),
            Value::Float(1000.0)
        ]))
    );
    assert_eq!(
        fm.get("map"),
        Some(&Value::Map(vec![
            ("on".into(), Value::Integer(17)),
            ("x".into(), Value::Integer(1)),
            ("z".into(), Value::Integer(1)),
        ]))
    );
    let paths: Vec<&str> = doc
        .diagnostics()
        .iter()
        .filter_map(|d| d.path.as_deref())
        .collect();
    assert_eq!(
        paths,
        [
            "tags[0]", "tags[1]", "list[0]", "list[1]", "map.on", "map.on"
        ]
    );
}

#[test]
fn tags_decide_the_type_of_what_they_tag() {
    let doc = read("a: !!str 017\nb: !!float 3\nc: !!int \"17\"\n");
    let fm = doc.front_matter().unwrap();
    assert_eq!(fm.get("a"), Some(&Value::String("017".into())));
    assert_eq!(fm.get("b"), Some(&Value::Float(3.0)));
    assert_eq!(fm.get("c"), Some(&Value::Integer(17)));
    assert!(doc.diagnostics().is_empty());
}

#[test]
fn a_key_over_the_yaml_limit_is_named_at_its_line() {
    for (yaml, line) in [
        (format!("{}: v\ntitle: Dev\n", "k".repeat(1100)), 2),
        (format!("title: Dev\n{}: v\n", "k".repeat(1100)), 3),
        (format!("title: Dev\n{}: v\n", "é".repeat(1025)), 3),
    ] {
        let err = Document::parse_str(&format!("---\n{yaml}---\nBody\n")).unwrap_err();
        assert_eq!(err.code(), "key_too_long", "{err}");
        assert_eq!((err.line(), err.column()), (Some(line), Some(1)), "{err}");
        assert!(err.message().contains("over YAML's limit of 1024"), "{err}");
        assert!(
            err.message().contains("1100") || err.message().contains("1025"),
            "{err}"
        );
    }
    // At the limit, a key is a key.
    let doc = read(&format!("{}: v\n", "k".repeat(1024)));
    assert_eq!(doc.front_matter().unwrap().fields()[0].key.len(), 1024);
}

#[test]
fn a_lone_carriage_return_does_not_move_the_keys_after_it() {
    // YAML ends a line at a lone CR; a file line ends at a line feed only.
    let doc = Document::parse(b"---\ntitle: \"a\rb\"\ntechno: x\nopen: 1e3\n---\nBody\n").unwrap();
    let fm = doc.front_matter().unwrap();
    let lines: Vec<(&str, u32)> = fm
        .fields()
        .iter()
        .map(|f| (f.key.as_str(), f.line))
        .collect();
    assert_eq!(lines, [("title", 2), ("techno", 3), ("open", 4)]);
    assert_eq!(fm.get("title"), Some(&Value::String("a b".into())));
    let d = &doc.diagnostics()[0];
    assert_eq!(
        (d.code, d.line, d.column),
        (DiagnosticCode::Yaml11Typing, 4, 7)
    );
    // Removing a key removes its own line, nothing else.
    let mut edited = doc.clone();
    edited.front_matter_mut().unwrap().remove("techno");
    assert_eq!(
        edited.to_bytes().unwrap(),
        b"---\ntitle: \"a\rb\"\nopen: 1e3\n---\nBody\n"
    );
}
