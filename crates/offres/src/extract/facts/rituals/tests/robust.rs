//! Robustness of the ritual finders on random text (their speed is in `benches/stages.rs`).

use super::*;

#[test]
fn fuzz_never_panics() {
    const PIECES: &[&str] = &[
        "tous les ",
        "lundi",
        "lun.",
        "chaque ",
        "mois",
        "sur ",
        "2",
        "deux",
        "h",
        "16",
        "30",
        ":",
        ".",
        "-",
        "à ",
        "de ",
        "réunion",
        "point",
        "#salon",
        "irc",
        "x@y.fr",
        "é",
        "’",
        "\u{a0}",
        "\u{202f}",
        "·",
        "🙂",
        "中",
        " ",
        ",",
        "(",
        ")",
        "fois par ",
        "premier ",
        "du mois",
        "midi",
        "après-midi",
        "pm",
        "a.m.",
        "1:1",
        "o3",
        "tour à tour",
        "sauf ",
        "every ",
        "other ",
        "Réunion",
        "la ",
        "https://x.y/#z",
        "\n",
        ";",
        "stand-up",
        "'",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let l = links(&[("web", "https://web.libera.chat/#a"), ("m", "mailto:a@b.c")]);
    for _ in 0..20_000 {
        let n = usize::try_from(next() % 24).unwrap_or(0);
        let mut s = String::new();
        for _ in 0..n {
            let k = usize::try_from(next() % 1024).unwrap_or(0) % PIECES.len();
            s.push_str(PIECES[k]);
        }
        for h in find_rituals_with_links(&s, if next() % 2 == 0 { RITUALS } else { None }, &l) {
            assert!(h.start <= h.end && h.end <= s.len());
            assert!(s.is_char_boundary(h.start) && s.is_char_boundary(h.end));
            let _ = serde_json::to_string(&h.value).unwrap();
        }
    }
}
