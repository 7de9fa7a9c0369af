//! Editing one key changes that key's lines and nothing else, in every flavour and on
//! pages read with a recovery; the page keeps its encoding, its line ends and what lies
//! around the front matter.

mod common;

use offres::{Document, FrontMatter, FrontMatterFormat, SourceEncoding, Value};

fn page(name: &str) -> Vec<u8> {
    std::fs::read(common::fixtures().join(name)).unwrap()
}

/// The lines only in `before` and the lines only in `after` (as multisets).
fn diff(before: &[u8], after: &[u8]) -> (Vec<String>, Vec<String>) {
    let lines = |b: &[u8]| -> Vec<String> {
        String::from_utf8_lossy(b)
            .split_inclusive('\n')
            .map(str::to_owned)
            .collect()
    };
    let (old, new) = (lines(before), lines(after));
    let only = |a: &[String], b: &[String]| {
        let mut rest = b.to_vec();
        a.iter()
            .filter(|line| match rest.iter().position(|l| l == *line) {
                Some(i) => {
                    rest.remove(i);
                    false
                }
                None => true,
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    (only(&old, &new), only(&new, &old))
}

fn edited(bytes: &[u8], edit: impl FnOnce(&mut FrontMatter)) -> Vec<u8> {
    let mut doc = Document::parse(bytes).unwrap();
    edit(doc.front_matter_mut().unwrap());
    doc.to_bytes().unwrap()
}

fn first_key(bytes: &[u8]) -> String {
    let doc = Document::parse(bytes).unwrap();
    doc.front_matter().unwrap().fields()[0].key.clone()
}

#[test]
fn a_bom_page_keeps_its_bom_and_utf16_stays_utf16() {
    let bom = page("pages/posting-bom.md");
    let after = edited(&bom, |fm| {
        fm.set("layout", Value::String("post".into()));
    });
    assert!(after.starts_with(b"\xEF\xBB\xBF"));
    let (removed, added) = diff(&bom, &after);
    assert_eq!(
        (removed.len(), added.len()),
        (1, 1),
        "{removed:?} {added:?}"
    );
    assert_eq!(added[0], "layout: post\n");

    let utf16 = page("pages/posting-utf16le.md");
    let after = edited(&utf16, |fm| {
        fm.set("layout", Value::String("post".into()));
    });
    assert!(after.starts_with(&[0xFF, 0xFE]));
    assert_eq!(after.len() % 2, 0);
    let doc = Document::parse(&after).unwrap();
    assert_eq!(doc.encoding(), offres::SourceEncoding::Utf16Le);
    assert_eq!(
        doc.front_matter().unwrap().get("layout"),
        Some(&Value::String("post".into()))
    );
}

#[test]
fn a_latin1_page_stays_latin1_while_it_can() {
    let latin1 = page("pages/latin1.md");
    let after = edited(&latin1, |fm| {
        fm.set("title", Value::String("Chargé de mission".into()));
    });
    let (removed, added) = diff(&latin1, &after);
    assert_eq!(
        (removed.len(), added.len()),
        (1, 1),
        "{removed:?} {added:?}"
    );
    assert_eq!(added[0], "title: Charg\u{fffd} de mission\n"); // é as the byte 0xE9
    assert!(after.contains(&0xE9));
    // A character Windows-1252 has no byte for: the page becomes UTF-8, whole.
    let after = edited(&latin1, |fm| {
        fm.set("title", Value::String("Chargé de mission 🎉".into()));
    });
    let doc = Document::parse(&after).unwrap();
    assert_eq!(doc.encoding(), offres::SourceEncoding::Utf8);
    assert!(doc.text().contains("Besançon"));
}

#[test]
fn an_8bit_page_that_would_read_back_as_utf16_gets_a_utf8_bom() {
    // NUL bytes in every other place after a long front matter: read as 8-bit text (too
    // few NULs in the first kilobytes); shorter, the page would look like UTF-16LE.
    // In Windows-1252 it would not read back, and as UTF-8 "é" takes two bytes, which
    // moves the NULs out of step: that page is written as plain UTF-8.
    for (line, read, written) in [
        (
            "Vous rejoindrez une equipe de cinq personnes.\n",
            SourceEncoding::Utf8,
            SourceEncoding::Utf8Bom,
        ),
        (
            "Vous rejoindrez une équipe.\n",
            SourceEncoding::Windows1252,
            SourceEncoding::Utf8,
        ),
    ] {
        let long = format!("---\nnote: {}\n---\n", "x".repeat(400));
        let utf16ish: Vec<u8> = line
            .repeat(40)
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let bytes = [long.as_bytes(), &utf16ish].concat();
        let doc = Document::parse(&bytes).unwrap();
        assert_eq!(doc.encoding(), read);
        let after = edited(&bytes, |fm| {
            fm.remove("note");
        });
        let again = Document::parse(&after).unwrap();
        assert_eq!(again.encoding(), written);
        assert!(again.front_matter().unwrap().fields().is_empty());
        assert_eq!(again.body_text(), doc.body_text());
    }
}

/// Found by the rewrite fuzz target: once its only other non-ASCII byte was edited away,
/// a Windows-1252 page holding "Þ’" (the bytes DE 92, valid UTF-8 for "ޒ") read back as
/// UTF-8. Bytes that would not read back as themselves are written as UTF-8.
#[test]
fn windows_1252_bytes_that_read_as_utf8_are_written_as_utf8() {
    let latin1 = b"---\na: 1.5\nb: caf\xE9\n---\nBody\n";
    assert_eq!(
        Document::parse(latin1).unwrap().encoding(),
        SourceEncoding::Windows1252
    );
    let after = edited(latin1, |fm| {
        fm.set("b", Value::String("Þ’lol".into()));
    });
    let again = Document::parse(&after).unwrap();
    assert_eq!(again.encoding(), SourceEncoding::Utf8);
    assert_eq!(
        again.front_matter().unwrap().get("b"),
        Some(&Value::String("Þ’lol".into()))
    );
    // While a byte says Windows-1252, the page stays Windows-1252.
    let after = edited(latin1, |fm| {
        fm.set("a", Value::String("é".into()));
    });
    assert!(after.contains(&0xE9));
    assert_eq!(
        Document::parse(&after).unwrap().encoding(),
        SourceEncoding::Windows1252
    );
}

#[test]
fn a_recovered_page_keeps_what_was_around_its_front_matter() {
    // Blank or junk lines before the opener, no opener, a closer ending the file: only
    // `offres fmt` changes those, on purpose; an edit leaves them be.
    for name in [
        "pages/blank-lines-before.md",
        "pages/junk-before.md",
        "pages/no-opener.md",
        "pages/front-matter-only.md",
    ] {
        let before = page(name);
        let key = first_key(&before);
        let after = edited(&before, |fm| {
            fm.set(key.clone(), Value::String("X".into()));
        });
        let (removed, added) = diff(&before, &after);
        assert_eq!(
            (removed.len(), added.len()),
            (1, 1),
            "{name}: {removed:?} {added:?}"
        );
        assert_eq!(added[0].trim_end(), format!("{key}: X"), "{name}");
    }
    // The closer at the very end stays without a line end.
    let after = edited(&page("pages/front-matter-only.md"), |fm| {
        fm.set("layout", Value::String("page".into()));
    });
    assert!(after.ends_with(b"layout: page\n---"));
}

#[test]
fn toml_and_json_edits_change_only_that_key() {
    for (name, format) in [
        ("pages/team-toml.md", FrontMatterFormat::Toml),
        ("pages/organisation-json.md", FrontMatterFormat::Json),
        ("peer/lang-json.md", FrontMatterFormat::Json),
        ("peer/lang-toml.md", FrontMatterFormat::Toml),
    ] {
        let before = page(name);
        let key = first_key(&before);
        let after = edited(&before, |fm| {
            fm.set(key.clone(), Value::String("X".into()));
        });
        let (removed, added) = diff(&before, &after);
        assert_eq!(
            (removed.len(), added.len()),
            (1, 1),
            "{name}: {removed:?} {added:?}"
        );
        let doc = Document::parse(&after).unwrap();
        assert_eq!(doc.front_matter().unwrap().format(), format);
        assert_eq!(
            doc.front_matter().unwrap().get(&key),
            Some(&Value::String("X".into()))
        );
    }
}

#[test]
fn a_toml_table_stays_a_section() {
    let before = page("pages/team-toml.md");
    // Untouched, `[params]` is copied; edited, it is written as a section again.
    let after = edited(&before, |fm| {
        fm.set(
            "params",
            Value::Map(vec![("team".into(), Value::String("Pôle Données".into()))]),
        );
        fm.set("draft", Value::Bool(true));
    });
    let text = String::from_utf8(after).unwrap();
    assert!(
        text.contains("\n[params]\nteam = \"Pôle Données\"\n+++\n"),
        "{text}"
    );
    // A new plain key goes before the first section, where TOML wants it.
    let draft = text.find("draft = true").unwrap();
    assert!(draft < text.find("[params]").unwrap(), "{text}");
    let doc = Document::parse(text.as_bytes()).unwrap();
    let fm = doc.front_matter().unwrap();
    assert_eq!(fm.get("draft"), Some(&Value::Bool(true)));
    assert_eq!(
        fm.get("params").and_then(|p| p.get("team")),
        Some(&Value::String("Pôle Données".into()))
    );
}

#[test]
fn json_members_are_removed_and_added_in_the_page_s_layout() {
    let before = page("pages/organisation-json.md");
    let after = edited(&before, |fm| {
        fm.remove("acronym");
        fm.set("tags", Value::List(vec![Value::String("a".into())]));
    });
    let text = String::from_utf8(after).unwrap();
    assert!(
        text.starts_with("{\n  \"title\": \"Incubateur des Services Numériques\",\n  \"website\""),
        "{text}"
    );
    assert!(
        text.contains("\"DNUM\"},\n  \"tags\": [\n    \"a\"\n  ]\n}\n"),
        "{text}"
    );
    // A minified object stays on one line.
    let after = edited(b"{\"a\":1,\"b\":[2]}\nBody\n", |fm| {
        fm.set("b", Value::List(vec![Value::Integer(3)]));
        fm.set("c", Value::Null);
    });
    assert_eq!(after, b"{\"a\":1,\"b\":[3],\"c\":null}\nBody\n");
}

#[test]
fn a_duplicated_key_leaves_no_stale_entry_behind() {
    for (text, expected) in [
        (
            "---\nopen: true\ntitle: Dev\nopen: false\n---\nBody\n",
            "---\ntitle: Dev\n---\nBody\n",
        ),
        (
            "---\ntitle: Dev\nopen: true\nopen: false\n---\nBody\n",
            "---\ntitle: Dev\n---\nBody\n",
        ),
        (
            "{\"open\": true, \"title\": \"Dev\", \"open\": false}\nBody\n",
            "{\"title\": \"Dev\"}\nBody\n",
        ),
    ] {
        let after = edited(text.as_bytes(), |fm| {
            fm.remove("open");
        });
        assert_eq!(String::from_utf8(after).unwrap(), expected);
    }
}

#[test]
fn a_front_matter_from_another_page_is_written_afresh() {
    let other = Document::parse(&page("pages/team-toml.md")).unwrap();
    let mut doc = Document::parse(b"---\ntitle: Dev\n---\nBody\n").unwrap();
    doc.set_front_matter(other.front_matter().unwrap().clone());
    let text = doc.to_markdown().unwrap();
    assert!(
        text.starts_with("+++\ntitle = \"Nos rituels d'équipe\"\n"),
        "{text}"
    );
    assert!(text.ends_with("+++\nBody\n"), "{text}");
}

#[test]
fn an_edit_that_would_not_read_back_is_an_error() {
    let mut doc = Document::parse(b"{\"a\": 1}\nBody\n").unwrap();
    doc.front_matter_mut()
        .unwrap()
        .set("a", Value::Float(f64::INFINITY));
    let err = doc.to_bytes().unwrap_err();
    assert_eq!(err.code(), "serialize", "{err}");
}

/// Every key of `bytes`, set to a new text: that key's lines change, no other.
fn check_every_key(name: &str, bytes: &[u8]) {
    let Ok(doc) = Document::parse(bytes) else {
        return;
    };
    // A repaired page is written as the repaired text: every line may change.
    let Some(fm) = doc.front_matter().filter(|_| !doc.encoding_repaired()) else {
        return;
    };
    let original: Vec<&[u8]> = doc
        .text()
        .as_bytes()
        .split_inclusive(|&b| b == b'\n')
        .collect();
    for field in fm.fields() {
        let mut copy = doc.clone();
        copy.front_matter_mut()
            .unwrap()
            .set(field.key.clone(), Value::String("Nouvelle valeur".into()));
        let after = copy
            .to_bytes()
            .unwrap_or_else(|e| panic!("{name}: {}: {e}", field.key));
        // Compared as decoded text: the bytes of each encoding are checked on their own.
        let back = Document::parse(&after).unwrap();
        let (removed, added) = diff(doc.text().as_bytes(), back.text().as_bytes());
        assert_eq!(added.len(), 1, "{name}: {}: {added:?}", field.key);
        assert!(added[0].contains("Nouvelle valeur"), "{name}: {added:?}");
        // What went is the key's own entry: its lines up to the next key's.
        let next = fm
            .fields()
            .iter()
            .map(|f| f.line)
            .filter(|&l| l > field.line)
            .min()
            .unwrap_or(fm.span().end + 1);
        let own: Vec<String> = original
            [field.line as usize - 1..(next as usize - 1).max(field.line as usize)]
            .iter()
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .filter(|l| !matches!(l.trim_end(), "---" | "+++" | "..."))
            .collect();
        // ...and the entries of the same key a duplicate replaced (no reader saw them).
        let replaced = |line: &str| {
            line.starts_with(&format!("{}:", field.key))
                && doc.diagnostics().iter().any(|d| {
                    d.code.as_str() == "duplicate_key" && d.path.as_deref() == Some(&field.key)
                })
        };
        for line in &removed {
            assert!(
                own.contains(line) || replaced(line),
                "{name}: {}: removed {line:?}, not in {own:?}",
                field.key
            );
        }
    }
}

#[test]
fn every_key_of_every_page_edits_alone() {
    let mut pages = Vec::new();
    for sub in ["pages", "model", "peer"] {
        pages.extend(common::fixture_files(sub));
    }
    for sub in ["dev", "beta-jobs", "seeds"] {
        pages.extend(common::shared_corpus(sub).unwrap_or_default());
    }
    for path in pages {
        check_every_key(&path.display().to_string(), &std::fs::read(&path).unwrap());
    }
}

/// Set `key` to `value` on `text`, and read the page written back.
fn set_and_read(text: &str, key: &str, value: &str) -> (String, Document) {
    let mut doc = Document::parse(text.as_bytes()).unwrap();
    doc.front_matter_or_insert()
        .expect("a page that can take a front matter")
        .set(key, Value::String(value.to_owned()));
    let written = String::from_utf8(doc.to_bytes().unwrap()).unwrap();
    let again = Document::parse(written.as_bytes()).unwrap();
    (written, again)
}

fn fields(doc: &Document) -> Vec<(String, Value)> {
    doc.front_matter()
        .map(|fm| {
            fm.fields()
                .iter()
                .map(|f| (f.key.clone(), f.value.clone()))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn an_indented_front_matter_takes_a_new_key_readably() {
    for (text, expected) in [
        (" a: 1\n", "---\n a: 1\n b: x\n---\nBody\n"),
        (
            "  a: 1\n  c: [2]\n",
            "---\n  a: 1\n  c: [2]\n  b: x\n---\nBody\n",
        ),
        // A tab is no YAML indentation: the entries are written afresh, at the margin.
        ("\ta: 1\n", "---\na: 1\nb: x\n---\nBody\n"),
    ] {
        let page = format!("---\n{text}---\nBody\n");
        let before = Document::parse(page.as_bytes()).unwrap();
        let (written, again) = set_and_read(&page, "b", "x");
        let mut want = fields(&before);
        want.push(("b".into(), Value::String("x".into())));
        assert_eq!(fields(&again), want, "{written:?}");
        assert_eq!(again.body_text(), "Body\n", "{written:?}");
        assert_eq!(written, expected);
    }
}

#[test]
fn a_bom_is_kept_on_edit_with_or_without_front_matter() {
    for text in ["\u{feff}---\ntitle: Dev\n---\nBody\n", "\u{feff}# Notes\n"] {
        let (written, again) = set_and_read(text, "layout", "post");
        assert!(written.starts_with('\u{feff}'), "{written:?}");
        assert_eq!(
            again.front_matter().unwrap().get("layout"),
            Some(&Value::String("post".into()))
        );
    }
}

#[test]
fn lines_the_editor_does_not_understand_are_kept() {
    for text in [
        // Comments, blank lines, a directive-looking line, a nested map, a block scalar,
        // anchors and flow maps: kept as written around the edited key.
        "---\n# tête\n\ntitle: Dev # note\n\nmeta:\n  a: 1\n  # dedans\n  b: [2, 3]\ntext: |\n  bloc\n\n  suite\nref: &x 1\nalias: *x\nflow: {a: 1}\n# fin\n---\nBody\n",
        "---\n? complex\n: key\ntitle: Dev\n---\nBody\n",
    ] {
        let (written, again) = set_and_read(text, "title", "Ops");
        let (removed, added) = diff(text.as_bytes(), written.as_bytes());
        assert_eq!(removed.len(), 1, "{removed:?} {written:?}");
        assert!(removed[0].starts_with("title: Dev"), "{removed:?}");
        assert_eq!(added, ["title: Ops\n"], "{written:?}");
        assert_eq!(
            again.front_matter().unwrap().get("title"),
            Some(&Value::String("Ops".into()))
        );
    }
}

#[test]
fn setting_a_key_on_a_page_without_front_matter_creates_one() {
    for (text, expected) in [
        (
            "# Notes\n\nTexte.\n",
            "---\ntitle: Notes\n---\n# Notes\n\nTexte.\n",
        ),
        ("", "---\ntitle: Notes\n---\n"),
        (
            "# Notes\r\nTexte.\r\n",
            "---\r\ntitle: Notes\r\n---\r\n# Notes\r\nTexte.\r\n",
        ),
    ] {
        let (written, again) = set_and_read(text, "title", "Notes");
        assert_eq!(written, expected);
        assert_eq!(again.body_text(), text.replace('\r', ""));
        assert_eq!(
            fields(&again),
            [("title".into(), Value::String("Notes".into()))]
        );
    }
    // A block in a language that is not read is never replaced by a new front matter.
    let mut doc = Document::parse(b"---js\n{a: 1}\n---\nBody\n").unwrap();
    assert!(doc.front_matter_or_insert().is_none());
}

/// Found by the rewrite fuzz target: YAML ends a line at a lone CR, the editor's lines
/// end at LF only, so rewriting the last entry's lines also took away a duplicate `?`
/// key on them, and the page read back with its keys in another order. Keys read back
/// out of order now send the edit to a layout written afresh.
#[test]
fn an_edit_keeps_the_order_of_keys_split_by_lone_carriage_returns() {
    let text = "---\nt: L'\r\r\r\r\r?\r\r\r\r\ritl!e: L'A\r\r\r\r\r\r\r\r\r\r\r\r\r?\r\r\n\n\n\n\n\r\r  L'\r\r\r\r\r";
    let before = fields(&Document::parse(text.as_bytes()).unwrap());
    let keys: Vec<&str> = before.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["t", "", "itl!e", "L'"]);
    let mut doc = Document::parse(text.as_bytes()).unwrap();
    doc.front_matter_mut().unwrap().set("L'", Value::Null);
    let again = Document::parse(&doc.to_bytes().unwrap()).unwrap();
    assert_eq!(fields(&again), before);
}

/// Found by the rewrite fuzz target: in "---y", "...", "?", the opener `---y` opens YAML
/// because `...` closes it; with the last key removed the page was written "---y",
/// "---", a block in the language "y", and the front matter was gone. An edit must keep
/// a front matter, even empty; written alone, it has plain delimiters.
#[test]
fn removing_the_last_key_keeps_an_empty_front_matter() {
    let mut doc = Document::parse(b"---y\n...\n?\n").unwrap();
    let fm = doc.front_matter_mut().unwrap();
    assert_eq!(fm.fields().len(), 1);
    fm.remove("");
    let written = doc.to_bytes().unwrap();
    let again = Document::parse(&written).unwrap();
    let fm = again.front_matter().expect("a front matter");
    assert_eq!(fm.format(), FrontMatterFormat::Yaml);
    assert!(
        fm.fields().is_empty(),
        "{:?}",
        String::from_utf8_lossy(&written)
    );
}

/// Found by the rewrite fuzz target: serde_json's quick float parsing read the written
/// "4.4444444444444444e+23" one unit in the last place away from the value read from
/// "444444444444444444444444", so the edit did not read back; floats are now parsed
/// exactly (serde_json's `float_roundtrip`).
#[test]
fn a_large_json_number_writes_and_reads_back() {
    let page = b"{  \"ebrt\":444444444444444444444444}\nBody\n";
    let mut doc = Document::parse(page).unwrap();
    let fm = doc.front_matter_mut().unwrap();
    let value = fm.get("ebrt").unwrap().clone();
    assert_eq!(value, Value::Float(4.444_444_444_444_444_4e23));
    fm.set("ebrt", value.clone());
    let again = Document::parse(&doc.to_bytes().unwrap()).unwrap();
    assert_eq!(again.front_matter().unwrap().get("ebrt"), Some(&value));
}

/// Found by the rewrite fuzz target: a key "... x" written plain starts its line with
/// YAML's end-of-document marker, and the edit was refused; such keys are quoted.
#[test]
fn keys_that_look_like_document_markers_are_quoted() {
    for key in ["... x", "...", "---", "--- y"] {
        let mut doc = Document::parse(b"---\ntitle: Dev\n---\nBody\n").unwrap();
        doc.front_matter_mut().unwrap().set(key, Value::Null);
        let again = Document::parse(&doc.to_bytes().unwrap()).unwrap();
        assert_eq!(
            fields(&again),
            [
                ("title".to_owned(), Value::String("Dev".into())),
                (key.to_owned(), Value::Null)
            ],
            "{key}"
        );
    }
}

/// Found by the rewrite fuzz target: a value that looks like mojibake is repaired when
/// the written page is read back, so the read-back check cannot compare values; the
/// edit still writes.
#[test]
fn a_value_that_looks_like_mojibake_still_writes() {
    let text = "---\ntitle: Dev\nopen: true\n---\n\nCarte des Ã‰coles dÃ©veloppeurÂ·euse intÃ©ressÃ©Â·e par les donnÃ©es.\n";
    let mut doc = Document::parse(text.as_bytes()).unwrap();
    doc.front_matter_mut().unwrap().set(
        "title",
        Value::String("Carte des Ã‰coles dÃ©veloppeurÂ·euse".into()),
    );
    let written = doc.to_bytes().unwrap();
    let again = Document::parse(&written).unwrap();
    assert_eq!(again.front_matter().unwrap().fields().len(), 2);
}

/// Found by the rewrite fuzz target: a value with a DEL or C1 control character, or a
/// noncharacter U+FFFE or U+FFFF, was written raw, which YAML refuses; it is escaped.
#[test]
fn control_characters_in_a_value_are_escaped() {
    for value in ["a\u{7f}b\u{85}c\u{2028}d\u{feff}e", "\u{ffff}", "x\u{fffe}"] {
        let mut doc = Document::parse(b"---\ntitle: old\n---\nBody\n").unwrap();
        doc.front_matter_mut()
            .unwrap()
            .set("title", Value::String(value.into()));
        let written = doc.to_bytes().unwrap();
        let again = Document::parse(&written).unwrap();
        assert_eq!(
            again.front_matter().unwrap().get("title"),
            Some(&Value::String(value.into())),
            "{value:?}"
        );
    }
}
