//! The YAML fast path gives exactly what serde-saphyr gives: the same fields, values,
//! written texts, positions and diagnostics, on every page at hand and on generated
//! YAML of every shape; and it does read the plain pages it is there for. Pages:
//! `tests/fixtures/**`, `../shared/corpus/**` (skipped with a note when absent) and the
//! shapes of `tests/shapes`. The `yaml_fast` fuzz target does the same on any input.

mod common;
mod shapes;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use offres::testing::{yaml_fast_path_agrees, yaml_front_matter};

/// Scalars of every shape, as they may be written after `key: `.
const SCALARS: &[&str] = &[
    "Dev",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "Yes",
    "NO",
    "On",
    "~",
    "null",
    "Null",
    "NULL",
    "true",
    "False",
    "TRUE",
    "tRUE",
    "0",
    "017",
    "-017",
    "+12",
    "-0",
    "00",
    "019",
    "0x1F",
    "0x1f",
    "0X1F",
    "-0x1F",
    "0o17",
    "0O17",
    "0o8",
    "0b101",
    "1_000",
    "1__0",
    "1e3",
    "1E3",
    "1e+3",
    "1.5e-3",
    "1e999",
    "-1e999",
    ".inf",
    "-.inf",
    "+.inf",
    ".Inf",
    ".INF",
    ".nan",
    ".NaN",
    "-.nan",
    "inf",
    "nan",
    ".5",
    "-.5",
    "+.5",
    "5.",
    "0.10",
    "1.0",
    "-0.0",
    "1.2.3",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999",
    "0xFFFFFFFFFFFFFFFF",
    "2020-07-21",
    "2020-07-21T10:00:00Z",
    "2020-07-21 10:00:00 +02:00",
    "2020-13-45",
    "12:30",
    "10:00:00",
    "1:30",
    "190:20:30",
    "\"quoted \\\" escapes \\u00e9\"",
    "\"\\x41\\t\\\\ \\/ \\N \\_ \\L \\P \\e \\0 \\a \\b \\v \\f \\r \\n \\ \"",
    "\"\\U0001F389\"",
    "\"\\uD800\"",
    "\"\\q\"",
    "\"\\x4\"",
    "'it''s'",
    "''",
    "\"\"",
    "'''a'''",
    "\"a # b\"",
    "'a: b'",
    "\"yes\"",
    "'017'",
    "\"1e3\"",
    "\"a\"b",
    "\"a\" b",
    "'a'#b",
    "a # comment",
    "a #comment",
    "a\t# comment",
    "[\t$023]",
    "[a,\tb]",
    "[ a\t, b ]",
    "a#b",
    "a: b",
    "a:b",
    "a:",
    "a ::",
    "http://x.fr/a?b=c#d",
    "mailto:a@b.fr",
    "Développeur·euse",
    "é",
    "日本語",
    "emoji 🎉",
    "a  b",
    "a\tb",
    "-a",
    "-",
    "--",
    "---",
    "---x",
    "...",
    "- a",
    "?x",
    "? x",
    "%x",
    "@x",
    "`x`",
    "!x",
    "!!str 017",
    // Found by the yaml_fast fuzz target: a plain scalar ending in a tag-like word, and
    // numbers too large for a float, which serde-saphyr reads as text or as infinite.
    "x !!v",
    ".5e309",
    "-.5e999",
    "1e999",
    "!!float 017",
    "!!int \"017\"",
    "&a 017",
    "&a !!str 017",
    "*a",
    "|",
    ">",
    "{a}",
    "{}",
    "[a]",
    "[]",
    "[ ]",
    "[a, b]",
    "[a, \"b\", 'c', 3, yes]",
    "[a,b]",
    "[a, b,]",
    "[a, , b]",
    "[a, [b]]",
    "[a: b]",
    "[a, b",
    "a, b",
    "a]",
    "a}",
    "a [b]",
    "'unterminated",
    "\"unterminated",
    "x:",
    "",
    " ",
    "\u{a0}x",
    "x\u{a0}",
    "x\u{85}y",
    "x\u{2028}y",
    "x\u{feff}y",
    "x\u{7f}y",
    "x\u{1}y",
    "=",
    "<<",
];

/// Ways to place a scalar `{}` in a YAML block.
const CONTEXTS: &[&str] = &[
    "k: {}\n",
    "k: {}   \n",
    "k: {}\t\n",
    "k:\t{}\n",
    "k:  {}  # note\n",
    "k:\n  - {}\n  - {}\n",
    "k:\n- {}\n",
    "k:\n    - {}\n\n    # c\n    - x\n",
    "k: [{}]\n",
    "k: [a, {}, b]\n",
    "k: [ {} ]\n",
    "{}: v\n",
    "{} : v\n",
    "a: 1\n{}: v\n",
    "k: {}\nk: {}\n",
    "k: {}\nother: 1\nk: x\n",
    "# head\n\nk: {}\n\n# tail\n",
    "k: {}\n  continued\n",
    // A key YAML 1.1 would type, on the line after the scalar.
    "k: {}\nn: 1\n",
    "k: {}\n  continued\n\n  more\nnext: 1\n",
    "k: {}\n  continued\n\n\n",
    "k: a\n  {}\n",
    "k: a\n\n  {}\nnext: 1\n",
    "k:\n  - {}\n    continued\n  - x\n",
    "k:\n  - a\n    {}\n",
    "k: \"a\n  {}\"\n",
    "k: 'a\n  {}'\n",
    "k:\n  - 'a\n\n    {} '\n",
    "k: {}\n- item\n",
    "k:\n  - {}\n  continued\n",
    "k:\n  - {}\n   - x\n",
    "  k: {}\n",
    "k: {}",
    "k:\n  sub: {}\n",
];

/// Whole blocks: keys, comments, lists and layouts as pages write them.
const BLOCKS: &[&str] = &[
    "",
    "\n\n",
    "# only a comment\n",
    "title: Dev\nopen: true\ntags: [a, b]\nlist:\n  - x\n  - y\n",
    "on: push\ny: 2\nn:\nyes: 1\noff: 0\n",
    "on: 1\non: 2\n",
    "clé: valeur\ndate de début: 2024-03-06\nemploi.type: CDI\nchemin/x: y\n",
    "_k: 1\nk-1: 2\nK: 3\n",
    "title: Dev\n\n\n# comment\nopen: false # basculer\n",
    "a:\n\n  - x\n\n  - y\n\nb: 1\n",
    "a:\n# c\n- x\nb:\n",
    "a:\n  # c\n  - x\n",
    "a: b\n\t\nc: d\n",
    "a: b\n \t \nc: d\n",
    "\ta: b\n",
    "a: b\r\nc: d\r\n",
    "1: a\n",
    "017: a\n",
    "~: a\n",
    "null: a\n",
    "true: a\n",
    "1.0: a\n",
    ".inf: a\n",
    "\"quoted key\": a\n",
    "'q': a\n",
    "a: 1\n---\nb: 2\n",
    "%YAML 1.2\n---\na: 1\n",
    "- a\n- b\n",
    "just a scalar\n",
    "a: &x 1\nb: *x\n",
    "a: !!binary aGk=\n",
    "a: \"multi\n  line\"\n",
    "a: 'multi\n\n  line'\n",
    "a: >-\n  folded\n  text\n",
    "a: |+\n  kept\n\n",
    "a:\n  b:\n    c: 1\n",
    "a: {b: 1, c: [2, 3]}\n",
    "a:\n  - b: 1\n    c: 2\n",
    "a:\n  - - x\n",
    "? a\n: b\n",
    "<<: {a: 1}\nb: 2\n",
    // Multi-line scalars, as site generators' editors wrap long values.
    "roles: \"Datagir recrute une développeuse ou un développeur pour améliorer le\n  calculateur d’empreinte climat nosgestesclimat.fr \"\nopen: false\n",
    "description: 'Au printemps dernier, les EIG et les mentors se sont retrouvés pour\n  une session d''accompagnement au cours\n\n  de laquelle'\ntags:\n- a\n",
    "roles: un.e Chargé.e d’assistance aux utilisateurs et d’animation des référents\n  Service National Universel\nopen: false\n",
    "a: \"x\n\n\n  y\"\n",
    "a: \"\n  y\"\n",
    "a: \"x\n  \"\n",
    "a: \"x  \n  y  \"\n",
    "a: 'x\n  y' # c\n",
    "a: 'x\n  y' z\n",
    "a: 'x\n  y'z\n",
    "a: \"x\ny\"\n",
    "a:\n  - \"x\n    y\"\n",
    "a:\n  - \"x\n  y\"\n",
    "a: x\n  y\n  # c\n  z\n",
    "a: x\n  y\n# c\nb: z\n",
    "a: x\n\n  y\n\nb: 1\n",
    "a: x\n  - y\n",
    "a: x\n  y: z\n",
    "a: x\n  y #c\n",
    "a: x # c\n  y\n",
    "a:\n  - x\n    y\n  - z\n",
    "a: \"x\\\n  y\"\n",
    "a: \"x \\t\n  y\"\n",
    "a: 'it''s\n  ''quoted'''\n",
    "a: 'x\n  ''\n  y'\n",
    "a: 'x\n  --- y'\n",
    "a: x\n  ---\n",
    "a: x\n  ...\n",
    "a: \"x\n  \\\" y\"\n",
    "a: 1\n  2\n",
    "a: true\n  x\n",
    "a: ~\n  x\n",
    "a: 'x\n\ty'\n",
];

fn check(yaml: &str, taken: &mut usize, total: &mut usize) {
    *total += 1;
    match yaml_fast_path_agrees(yaml.as_bytes()) {
        Ok(fast) => *taken += usize::from(fast),
        Err(diff) => panic!("the readers disagree on {yaml:?}:\n{diff}"),
    }
}

#[test]
fn generated_scalars_in_every_context() {
    let (mut taken, mut total) = (0, 0);
    for context in CONTEXTS {
        for scalar in SCALARS {
            check(&context.replace("{}", scalar), &mut taken, &mut total);
        }
    }
    for block in BLOCKS {
        check(block, &mut taken, &mut total);
    }
    // Pairs of scalars in one block: what one line leaves behind for the next.
    for a in SCALARS.iter().step_by(7) {
        for b in SCALARS.iter().step_by(5) {
            check(
                &format!("k: {a}\nl:\n  - {b}\nm: [{a}, {b}]\n{b}: {a}\n"),
                &mut taken,
                &mut total,
            );
        }
    }
    // The fast path is not a no-op: most of these are plain enough for it.
    assert!(taken * 3 > total, "fast path took {taken} of {total}");
}

#[test]
fn plain_blocks_take_the_fast_path() {
    for yaml in [
        "title: Dev\nopen: true\n",
        "title: 'Dév'\ncount: 017\nratio: 1e3\nnone: ~\ntags: [a, \"b\"]\n",
        "# comment\nlist:\n  - a\n  - 2\n\nempty:\non: yes\n",
        "",
        // Long values wrapped by an editor.
        "roles: un.e Chargé.e d’assistance\n  Service National\nopen: false\n",
        "roles: \"une développeuse pour améliorer le\n  calculateur \"\n",
        "d: 'une session d''accompagnement au cours\n\n  de laquelle'\n",
    ] {
        assert_eq!(yaml_fast_path_agrees(yaml.as_bytes()), Ok(true), "{yaml:?}");
    }
    for yaml in ["a: &x 1\n", "a:\n  b: 1\n", "a: |\n  b\n"] {
        assert_eq!(
            yaml_fast_path_agrees(yaml.as_bytes()),
            Ok(false),
            "{yaml:?}"
        );
    }
}

fn check_pages(pages: &[std::path::PathBuf]) -> (usize, usize) {
    let (mut taken, mut total) = (0, 0);
    for path in pages {
        let bytes = std::fs::read(path).unwrap();
        if let Some(yaml) = yaml_front_matter(&bytes) {
            total += 1;
            match yaml_fast_path_agrees(yaml.as_bytes()) {
                Ok(fast) => taken += usize::from(fast),
                Err(diff) => panic!("the readers disagree on {}:\n{diff}", path.display()),
            }
        }
    }
    (taken, total)
}

/// Every file under `dir`, at any depth, sorted; none when it is absent.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.is_dir() {
                stack.push(path);
            } else if path.is_file() {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_fixture_page() {
    let pages = files_under(&common::fixtures());
    let (taken, total) = check_pages(&pages);
    println!(
        "fast path: {taken} of {total} fixture pages with YAML front matter ({} files)",
        pages.len()
    );
    assert!(
        total > 30 && taken * 2 > total,
        "fast path took {taken} of {total}"
    );
    // The usual posting is plain YAML: it is read without serde-saphyr.
    let posting = std::fs::read(common::fixtures().join("pages/posting-yaml.md")).unwrap();
    let yaml = yaml_front_matter(&posting).unwrap();
    assert_eq!(yaml_fast_path_agrees(yaml.as_bytes()), Ok(true));
}

#[test]
fn every_shared_corpus_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    if !root.is_dir() {
        println!("skipped: ../shared/corpus is absent");
        return;
    }
    let pages = files_under(&root);
    let (taken, total) = check_pages(&pages);
    println!(
        "fast path: {taken} of {total} shared corpus pages with YAML front matter ({} files)",
        pages.len()
    );
    assert!(taken > 0, "no shared page took the fast path");
}

/// The adversarial shapes of the memory budget test, at a few sizes.
#[test]
fn generated_shapes() {
    let (mut taken, mut total) = (0, 0);
    for (name, make) in shapes::SHAPES {
        for n in [200, 4 << 10, 64 << 10] {
            if let Some(yaml) = yaml_front_matter(&make(n)) {
                total += 1;
                match yaml_fast_path_agrees(yaml.as_bytes()) {
                    Ok(fast) => taken += usize::from(fast),
                    Err(diff) => panic!("the readers disagree on {name} ({n} B):\n{diff}"),
                }
            }
        }
    }
    println!("fast path: {taken} of {total} generated shapes with YAML front matter");
}

/// What serde-saphyr refuses for its node budget, the fast path leaves to it.
#[test]
fn many_nodes_are_left_to_serde_saphyr() {
    let keys = |n: usize| {
        (0..n).fold(String::new(), |mut out, i| {
            writeln!(out, "k{i}: v").unwrap();
            out
        })
    };
    assert_eq!(yaml_fast_path_agrees(keys(12_000).as_bytes()), Ok(true));
    assert_eq!(yaml_fast_path_agrees(keys(26_000).as_bytes()), Ok(false));
    let list = format!("a: [{}]\n", vec!["1"; 30_000].join(", "));
    assert_eq!(yaml_fast_path_agrees(list.as_bytes()), Ok(false));
}
