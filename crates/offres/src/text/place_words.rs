//! Helpers on folded text shared by location, telework and city finding: char boundaries,
//! `|`-separated word lists, substring search, sentence bounds and what precedes a word.
//!
//! Word lists are `|`-separated strings matched on folded text (see [`crate::text::Folded`]).

use crate::text::Folded;

pub(crate) use crate::text::is_word_byte as is_word;

/// The largest char boundary of `s` at or before `i`.
pub(crate) fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i`.
pub(crate) fn ceil(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The items of a `|`-separated list.
pub(crate) fn list(l: &'static str) -> impl Iterator<Item = &'static str> {
    l.split(['|'])
}

/// Offsets of `needle` in a short `hay` (no searcher to set up).
pub(crate) fn find_all<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = n.first().copied().unwrap_or(0);
    // A byte loop: these needles are a few bytes long, a `memcmp` call costs more.
    memchr::memchr_iter(first, h).filter(move |&i| {
        h.len() - i >= n.len() && h[i..i + n.len()].iter().zip(n).all(|(a, b)| a == b)
    })
}

pub(crate) fn has(hay: &str, needle: &str) -> bool {
    find_all(hay, needle).next().is_some()
}

pub(crate) fn has_any(hay: &str, l: &'static str) -> bool {
    list(l).any(|n| has(hay, n))
}

pub(crate) fn starts_any(hay: &str, l: &'static str) -> bool {
    list(l).any(|n| hay.starts_with(n))
}

pub(crate) fn ends_any(hay: &str, l: &'static str) -> bool {
    list(l).any(|n| hay.ends_with(n))
}

/// Whether `w` is one of the items of the `|`-separated list `l`.
pub(crate) fn in_list(w: &str, l: &'static str) -> bool {
    let lb = l.as_bytes();
    !w.is_empty()
        && find_all(l, w).any(|i| {
            let end = i + w.len();
            (i == 0 || lb[i - 1] == b'|') && (end == lb.len() || lb[end] == b'|')
        })
}

/// `s[from..to]`, both clamped to char boundaries.
pub(crate) fn window(s: &str, from: usize, to: usize) -> &str {
    let a = floor(s, from);
    &s[a..floor(s, to).max(a)]
}

pub(crate) fn starts_word(t: &str, at: usize) -> bool {
    at == 0 || !is_word(t.as_bytes()[at - 1])
}

pub(crate) fn word_end(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    while i < b.len() && is_word(b[i]) {
        i += 1;
    }
    i
}

fn ends_sentence(b: &[u8], i: usize) -> bool {
    match b[i] {
        b'\n' | b'!' | b'?' | b';' => true,
        b'.' => {
            !matches!(b.get(i + 1), Some(&n) if !n.is_ascii_whitespace() && n != b'.')
                && !abbreviation(b, i)
        }
        _ => false,
    }
}

/// "bd.", "av.", "St." before a street name do not end a sentence.
fn abbreviation(b: &[u8], dot: usize) -> bool {
    let mut s = dot;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    let w = std::str::from_utf8(&b[s..dot]).unwrap_or("");
    (s == 0 || !is_word(b[s - 1])) && in_list(&w.to_ascii_lowercase(), "bd|av|st|ste")
}

/// The sentence around byte `pos` (same rules as [`crate::text::sentences`], at most 600
/// bytes either side).
pub(crate) fn sentence_at(t: &str, pos: usize) -> (usize, usize) {
    let b = t.as_bytes();
    let (lo, hi) = (pos.saturating_sub(600), (pos + 600).min(b.len()));
    let mut s = pos.min(b.len());
    while s > lo && !ends_sentence(b, s - 1) {
        s -= 1;
    }
    let mut e = pos.min(b.len());
    while e < hi && !ends_sentence(b, e) {
        e += 1;
    }
    (ceil(t, s), floor(t, (e + 1).min(b.len())))
}

/// What comes before byte `pos`: the previous word (skipping markup and symbols), whether
/// an opening parenthesis was crossed, and whether nothing but markup precedes it on the
/// line or since the end of the previous sentence.
pub(crate) struct Before<'a> {
    pub(crate) word: &'a str,
    pub(crate) paren: bool,
    pub(crate) start: bool,
}

pub(crate) fn before(t: &str, pos: usize) -> Before<'_> {
    let b = t.as_bytes();
    let mut i = pos.min(b.len());
    let mut paren = false;
    loop {
        while i > 0 && !is_word(b[i - 1]) {
            match b[i - 1] {
                b'(' => paren = true,
                b'\n' | b'.' | b'!' | b'?' | b';' | b':' => {
                    return Before {
                        word: "",
                        paren,
                        start: true,
                    };
                }
                _ => {}
            }
            i -= 1;
        }
        if i == 0 {
            return Before {
                word: "",
                paren,
                start: true,
            };
        }
        let end = i;
        while i > 0 && (is_word(b[i - 1]) || (b[i - 1] == b'-' && i > 1 && is_word(b[i - 2]))) {
            i -= 1;
        }
        let word = &t[i..end];
        // Emoji and other symbols are not words.
        if word.bytes().any(|c| c.is_ascii_alphanumeric()) {
            return Before {
                word,
                paren,
                start: false,
            };
        }
    }
}

/// The end of an inclusive or plural form after a stem ("base" + "·e", ".e", "(e)", "-e",
/// "es"), or `None` when the word goes on ("baser", "basement").
pub(crate) fn inclusive_end(t: &str, mut i: usize) -> Option<usize> {
    let b = t.as_bytes();
    let stop = (i + 8).min(b.len());
    while i < stop {
        match b[i] {
            b'e' | b's' | b'.' | b'(' | b')' | b'-' => i += 1,
            0xC2 if b.get(i + 1) == Some(&0xB7) => i += 2,
            _ => break,
        }
    }
    let i = i.min(b.len());
    (!b.get(i).is_some_and(|&c| is_word(c))).then_some(i)
}

pub(crate) fn is_upper_at(fd: &Folded, orig: &str, i: usize) -> bool {
    let o = fd.original(i);
    orig.get(o..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_uppercase)
}
