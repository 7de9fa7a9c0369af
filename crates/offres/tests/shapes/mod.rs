//! Adversarial page shapes of any size, shared by the memory test (`tests/budgets.rs`)
//! and the time benchmark (`examples/budgets.rs`).

/// A name and a function giving a page of about `n` bytes.
pub type Shape = (&'static str, fn(usize) -> Vec<u8>);

/// Repeat `unit` until the page is about `n` bytes, between `head` and `tail`.
fn fill(head: &str, unit: impl Fn(usize) -> String, tail: &str, n: usize) -> Vec<u8> {
    let mut out = String::with_capacity(n + 64);
    out.push_str(head);
    let mut i = 0;
    while out.len() + tail.len() < n {
        out.push_str(&unit(i));
        i += 1;
    }
    out.push_str(tail);
    out.into_bytes()
}

/// The shapes: each stresses one part of the reader.
pub const SHAPES: &[Shape] = &[
    ("one huge line", |n| fill("", |_| "mot ".into(), "", n)),
    ("newlines only", |n| vec![b'\n'; n]),
    ("100k YAML keys", |n| {
        fill("---\n", |i| format!("k{i:06}: v\n"), "---\nCorps.\n", n)
    }),
    ("TOML keys", |n| {
        fill("+++\n", |i| format!("k{i:06} = 1\n"), "+++\nCorps.\n", n)
    }),
    ("JSON keys", |n| {
        let mut page = fill(
            "{\n",
            |i| format!("\"k{i:06}\": 1,\n"),
            "\"z\": 0\n}\nCorps.\n",
            n,
        );
        page.shrink_to_fit();
        page
    }),
    ("1 MB YAML scalar", |n| {
        let len = n.saturating_sub(24).min((1 << 20) - 16);
        format!("---\nx: \"{}\"\n---\nCorps.\n", "a".repeat(len)).into_bytes()
    }),
    ("alias-heavy YAML", |n| {
        fill(
            "---\n",
            |i| format!("a{i}: &a{i} [x, y]\nb{i}: [*a{i}, *a{i}]\n"),
            "---\n",
            n,
        )
    }),
    ("nested YAML flow", |n| {
        fill("---\nx: ", |_| "[".into(), "\n---\n", n)
    }),
    ("nested YAML blocks", |n| {
        fill(
            "---\n",
            |i| format!("{}k:\n", " ".repeat(i % 64)),
            "---\n",
            n,
        )
    }),
    ("nested Markdown lists", |n| {
        fill(
            "",
            |i| format!("{}- élément\n", "  ".repeat(i % 100)),
            "",
            n,
        )
    }),
    ("nested blockquotes", |n| {
        fill("", |_| ">".into(), " fin\n", n)
    }),
    ("many headings", |n| {
        fill("", |i| format!("## Titre {i}\n\nTexte.\n"), "", n)
    }),
    ("many links", |n| {
        fill(
            "",
            |i| format!("[lien {i}](https://exemple.gouv.fr/{i}) "),
            "\n",
            n,
        )
    }),
    ("many emails", |n| {
        fill("", |i| format!("contact{i}@exemple.gouv.fr, "), "\n", n)
    }),
    ("list items", |n| {
        fill("## Missions\n", |_| "- Concevoir l’API\n".into(), "", n)
    }),
    ("mojibake everywhere", |n| {
        fill("---\ntitle: DÃ©v\n---\n", |_| "Ã©tÃ© Ã  ".into(), "\n", n)
    }),
    ("Windows-1252", |n| {
        let mut page = b"---\ntitle: D\xe9v\n---\n".to_vec();
        while page.len() < n {
            page.extend_from_slice(b"\xe9t\xe9 \xe0 Besan\xe7on. ");
        }
        page
    }),
    ("UTF-16", |n| {
        let text = String::from_utf8(fill(
            "---\ntitle: Dév\n---\n",
            |_| "Poste à Lyon. ".into(),
            "",
            n / 2,
        ))
        .unwrap();
        let mut page = vec![0xFF, 0xFE];
        page.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        page
    }),
    ("emphasis and code", |n| {
        fill("", |_| "**a *b `c".into(), "\n", n)
    }),
    ("rituals", |n| {
        fill(
            "---\ntitle: Pôle\n---\n## Rituels\n\n",
            |_| "Réunion tous les lundis de 10h à 11h.\n".into(),
            "",
            n,
        )
    }),
];
