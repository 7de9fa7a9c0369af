//! Robustness: `parse_body` never panics, keeps its invariants on any input, and stays
//! linear on pathological input (its throughput is in `benches/stages.rs`).

use super::*;
use crate::document::span::LineIndex;

/// A page that uses every construct the parser knows, with front matter.
pub(super) const SAMPLE: &str = "---
title: Développeur·se full stack
contrat: CDD
---

**L'équipe Signal Démarches recrute !**

Nous cherchons une personne pour renforcer l'équipe.  
Poste à Paris<br>ou à distance. <!-- more -->

###Qui sommes-nous ?
Une startup d'État de 6 personnes : https://signal.beta.gouv.fr/equipe.

## **Vos missions**
* concevoir l'API ;
  en lien avec les agents
    * `candidatures-signal@pm.gouv.fr`
    + revue de code
* écrire la doc <a href=\"mailto:rh@numerique.gouv.fr?subject=Offre\">nous écrire</a>

**Savoir-faire :**
1) Python
2) Rust et [Tokio][tk]

**Qui postule ?**
Toute personne motivée.

Modalités
---------

> Télétravail possible 2 jours par semaine, écrire à <equipe@signal.beta.gouv.fr>.

<div class=\"encart\">
  <p>Contact&nbsp;: <a href='https://beta.gouv.fr/contact'>formulaire</a> ou
  marie.curie@beta.gouv.fr</p>
</div>

| Jour | Rituel |
|------|--------|
| lundi | point d'équipe 🗓️ |

- [x] tâche faite
- [ ] ~~tâche barrée~~

```text
contact@exemple.fr https://pas-un-lien.fr
```

[tk]: https://tokio.rs \"Tokio\"
Fin : voir (https://fr.wikipedia.org/wiki/Rust_(langage)).\r\nligne\rfin
";

/// Tiny xorshift generator, so the test needs no dependency.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }
}

/// Checks what must hold for every input.
fn check(text: &str, body_start: usize) -> Body {
    let lines = LineIndex::new(text);
    let body = parse_body(text, body_start, &lines);
    let max_line = u32::try_from(lines.len()).unwrap_or(u32::MAX);
    let ok_span = |s: LineSpan| s.start >= 1 && s.start <= s.end && s.end <= max_line;
    for (i, b) in body.blocks.iter().enumerate() {
        assert!(ok_span(b.span), "block {i} span {:?} in {text:?}", b.span);
        assert!(b.section.is_none_or(|s| s < body.sections.len()));
        assert!(b.line_starts.windows(2).all(|w| w[0].0 < w[1].0), "{b:?}");
        assert!(
            b.line_starts
                .iter()
                .all(|&(o, l)| (o as usize) < b.text.len().max(1) && l <= max_line)
        );
        if let Some(&(first, line)) = b.line_starts.first() {
            assert_eq!(first, 0, "{b:?}");
            assert!(b.line_starts.len() > 1 || line != b.span.start, "{b:?}");
        }
        if b.text.is_empty() {
            assert!(b.line_starts.is_empty());
        }
        assert_eq!(b.text.trim(), b.text);
        for off in [0, b.text.len() / 2, b.text.len()] {
            let l = b.line_of(off);
            assert!(l >= 1 && l <= max_line);
        }
    }
    for (i, s) in body.sections.iter().enumerate() {
        assert!(ok_span(s.span), "section {i} {s:?}");
        assert!(s.heading_block < body.blocks.len());
        assert_eq!(body.blocks[s.heading_block].kind, BlockKind::Heading);
        assert_eq!(body.blocks[s.heading_block].section, Some(i));
        assert_eq!(s.blocks.start, s.heading_block + 1);
        assert!(s.blocks.end <= body.blocks.len() && s.blocks.start <= s.blocks.end);
        assert!(
            s.parent
                .is_none_or(|p| p < i && body.sections[p].level < s.level)
        );
        assert!((1..=BOLD_LEVEL).contains(&s.level));
        assert_eq!(body.blocks_in(i).len(), s.blocks.len());
    }
    for l in &body.links {
        assert!(ok_span(l.span), "{l:?}");
    }
    for e in &body.emails {
        assert!(ok_span(e.span), "{e:?}");
        assert!(e.address.contains('@'));
    }
    if let Some(x) = &body.excerpt {
        assert!(ok_span(x.span));
        assert!(!x.text.is_empty());
    }
    let json = serde_json::to_string(&body).unwrap();
    let back: Body = serde_json::from_str(&json).unwrap();
    assert_eq!(back, body);
    body
}

#[test]
fn sample_is_parsed_whole() {
    let body = check(SAMPLE, SAMPLE.find("\n---\n").unwrap() + 5);
    assert!(body.sections.len() >= 6);
    assert!(body.emails.len() >= 5, "{:?}", body.emails);
}

#[test]
fn every_prefix_and_suffix_of_the_sample() {
    let cuts: Vec<usize> = (0..=SAMPLE.len())
        .filter(|&i| SAMPLE.is_char_boundary(i))
        .collect();
    for &i in &cuts {
        check(&SAMPLE[..i], 0);
        check(&SAMPLE[i..], 0);
        // Body start anywhere, even inside a character or past the end.
        check(SAMPLE, i);
    }
    check(SAMPLE, SAMPLE.len() + 10);
    check(SAMPLE, 7); // inside "é"
}

#[test]
fn random_markdown_soup() {
    const TOKENS: &[&str] = &[
        "#",
        "##",
        "###",
        "\n",
        "\n\n",
        " ",
        "  ",
        "    ",
        "*",
        "-",
        "+",
        "**",
        "__",
        "_",
        "[",
        "]",
        "(",
        ")",
        "<",
        ">",
        "`",
        "```",
        "|",
        "---",
        "===",
        "1.",
        "2)",
        ">",
        "!",
        ":",
        "\\",
        "&nbsp;",
        "&#x",
        ";",
        "é",
        "œ",
        "🧢",
        "’",
        "\u{a0}",
        "\r",
        "\t",
        "<!--",
        "-->",
        "more",
        "<br/>",
        "<div>",
        "</div>",
        "<a href=\"",
        "mailto:",
        "\">",
        "</a>",
        "http",
        "://",
        "x.fr",
        "@",
        "jean",
        ".",
        "gouv",
        "Profil",
        "~~",
        "[x]",
        "[^1]",
        "www",
        "<p>",
        "<pé>",
        "<a\nhref='mailto:x@y.fr'>",
        "'",
        "\"",
    ];
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut s = String::new();
    for round in 0..3000 {
        s.clear();
        let n = 1 + rng.below(if round % 10 == 0 { 400 } else { 60 });
        for _ in 0..n {
            s.push_str(TOKENS[rng.below(TOKENS.len())]);
        }
        let start = rng.below(s.len() + 2);
        check(&s, 0);
        check(&s, start);
    }
}

#[test]
fn pathological_inputs_stay_linear() {
    let cases = [
        "@".repeat(100_000),
        "a@".repeat(50_000),
        "x@y.fr".repeat(20_000),
        "http://".repeat(20_000),
        "https://a.fr/((((".repeat(10_000),
        "&".repeat(100_000),
        "<a href=".repeat(20_000),
        "<!--".repeat(20_000),
        "###x\n".repeat(20_000),
        "`a@b.fr` ".repeat(20_000),
        "> ".repeat(5_000) + "a",
        "- ".repeat(5_000) + "a",
        "**".repeat(20_000),
        "é".repeat(100_000),
        format!(
            "<div>\n{}\n</div>",
            "<a href='mailto:a@b.fr'>".repeat(10_000)
        ),
    ];
    for case in &cases {
        let t = std::time::Instant::now();
        check(case, 0);
        assert!(t.elapsed().as_secs() < 20, "too slow on {:?}", &case[..20]);
    }
}
