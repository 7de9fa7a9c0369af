//! Scanners shared by the start and profile finders: words, phrases and sentences of folded
//! text (byte offsets), substring search on short blocks, and the lines of a block around
//! given places. Vocabulary lists are `|`-separated strings.

use memchr::memmem;

use crate::text::Hit;

pub(crate) use crate::text::is_word_byte;

/// Whether `w` is one of the `|`-separated words of `list`.
pub(crate) fn one_of(list: &str, w: &str) -> bool {
    list.split('|').any(|x| x == w)
}

/// Whether `w` starts with one of the `|`-separated prefixes of `list`.
pub(crate) fn starts_with_one_of(list: &str, w: &str) -> bool {
    list.split('|').any(|x| w.starts_with(x))
}

/// The word (letters, digits, inner hyphens) starting exactly at `i`, if any.
pub(crate) fn word_at(t: &str, i: usize) -> Option<(usize, usize)> {
    let by = t.as_bytes();
    if i >= by.len() || !is_word_byte(by[i]) || (i > 0 && is_word_byte(by[i - 1])) {
        return None;
    }
    let mut e = i;
    while e < by.len()
        && (is_word_byte(by[e])
            || (by[e] == b'-' && by.get(e + 1).is_some_and(|&n| is_word_byte(n))))
    {
        e += 1;
    }
    Some((i, e))
}

/// The word ending right before `i` (after skipping spaces, emphasis, apostrophes), if any.
pub(crate) fn word_before(t: &str, i: usize) -> Option<(usize, usize)> {
    let by = t.as_bytes();
    let mut e = i.min(by.len());
    while e > 0 && matches!(by[e - 1], b' ' | b'\t' | b'*' | b'_' | b'\'') {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && (is_word_byte(by[s - 1]) || (by[s - 1] == b'-' && s < e)) {
        s -= 1;
    }
    (s < e).then_some((s, e))
}

/// Skip spaces, emphasis and light punctuation (not sentence ends).
pub(crate) fn skip_light(t: &str, mut i: usize, lim: usize) -> usize {
    let by = t.as_bytes();
    while i < lim && b" \t:*_-(\"',~>".contains(&by[i]) {
        i += 1;
    }
    i
}

pub(crate) fn skip_spaces(t: &str, mut i: usize, lim: usize) -> usize {
    let by = t.as_bytes();
    while i < lim && matches!(by[i], b' ' | b'\t' | b'*' | b'_') {
        i += 1;
    }
    i
}

/// Whether `t[i..lim]` starts with `phrase` ending on a word boundary: its end.
pub(crate) fn phrase_at(t: &str, i: usize, lim: usize, phrase: &str) -> Option<usize> {
    let end = i + phrase.len();
    let by = t.as_bytes();
    if end > lim
        || by[i..end] != *phrase.as_bytes()
        || by.get(end).is_some_and(|&c| is_word_byte(c))
    {
        return None;
    }
    Some(end)
}

/// The first `|`-separated phrase of `list` at `i`: its end.
pub(crate) fn any_phrase_at(t: &str, i: usize, lim: usize, list: &str) -> Option<usize> {
    list.split('|').find_map(|p| phrase_at(t, i, lim, p))
}

/// The sentence around byte `i`: from after the previous terminator to the next one.
pub(crate) fn sentence_around(t: &str, i: usize) -> (usize, usize) {
    let by = t.as_bytes();
    let term = |k: usize| match by[k] {
        b'\n' | b'!' | b'?' | b';' => true,
        b'.' => by.get(k + 1).is_none_or(u8::is_ascii_whitespace),
        _ => false,
    };
    let mut s = i.min(by.len());
    while s > 0 && !term(s - 1) {
        s -= 1;
    }
    let mut e = i.min(by.len());
    while e < by.len() && !term(e) {
        e += 1;
    }
    (s, e)
}

/// The sentences of folded text as byte ranges, cut where [`sentence_around`] cuts (the
/// terminator left out); empty stretches are skipped.
pub(crate) fn sentence_ranges(t: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let by = t.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i <= by.len() {
            let k = i;
            i += 1;
            let end_here = k == by.len()
                || match by[k] {
                    b'\n' | b'!' | b'?' | b';' => true,
                    b'.' => by.get(k + 1).is_none_or(u8::is_ascii_whitespace),
                    _ => false,
                };
            if end_here {
                let s = start;
                start = k + 1;
                if t[s..k].bytes().any(|c| !c.is_ascii_whitespace()) {
                    return Some((s, k));
                }
            }
        }
        None
    })
}

/// The words of `t[from..to]` as byte ranges of `t`.
pub(crate) fn words_in(t: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    crate::text::words(&t[from..to])
        .map(|(a, z)| (a + from, z + from))
        .collect()
}

/// Whether any word of `t[from..to]` starts with one of the `|`-separated `prefixes`.
pub(crate) fn has_word_prefix(t: &str, from: usize, to: usize, prefixes: &str) -> bool {
    let by = t.as_bytes();
    (from..to).any(|i| {
        is_word_byte(by[i])
            && (i == 0 || !(is_word_byte(by[i - 1]) || by[i - 1] == b'-'))
            && prefixes
                .split('|')
                .any(|p| by[i..to].starts_with(p.as_bytes()))
    })
}

/// Every occurrence of `needle` in `hay`. Extractors are called on short blocks of text,
/// where building a `memmem` searcher costs more than the search: short haystacks are
/// scanned with `memchr` on the first byte instead. No allocation when nothing is found.
pub(crate) fn occurrences(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return Vec::new();
    }
    if hay.len() >= 4096 {
        return memmem::find_iter(hay, needle).collect();
    }
    // Look for the needle's rarest byte, then check around it.
    let (k, &rare) = needle
        .iter()
        .enumerate()
        .min_by_key(|&(_, &b)| BYTE_FREQUENCY[usize::from(b)])
        .unwrap_or((0, &needle[0]));
    memchr::memchr_iter(rare, &hay[k..hay.len() - (needle.len() - 1 - k)])
        .filter(|&at| hay[at..].starts_with(needle))
        .collect()
}

/// How common a byte is in lower-cased French text (0 rare … 9 very common): the letters
/// by frequency, spaces and vowels most common, UTF-8 lead bytes of accents common.
static BYTE_FREQUENCY: [u8; 256] = {
    let mut f = [5u8; 256];
    let ranks: [(&[u8], u8); 9] = [
        (b"wkzyx", 0),
        (b"jhgbfq", 1),
        (b"vmp", 2),
        (b"cdo", 3),
        (b"lur", 4),
        (b"nt", 6),
        (b"ias", 7),
        (b"e\n\xc3", 8),
        (b" ", 9),
    ];
    let mut r = 0;
    while r < ranks.len() {
        let (bytes, rank) = ranks[r];
        let mut i = 0;
        while i < bytes.len() {
            f[bytes[i] as usize] = rank;
            i += 1;
        }
        r += 1;
    }
    f
};

/// Occurrences of `needle` in `t` that start a word.
pub(crate) fn word_starts<'a>(t: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    occurrences(t.as_bytes(), needle.as_bytes())
        .into_iter()
        .filter(move |&at| at == 0 || !is_word_byte(t.as_bytes()[at - 1]))
}

/// Add the line around `at` to `windows` (sorted by position, merged).
pub(crate) fn add_window(text: &str, at: usize, windows: &mut Vec<(usize, usize)>) {
    const REACH: usize = 1500;
    let by = text.as_bytes();
    if windows.last().is_some_and(|&(_, to)| at < to) {
        return;
    }
    let lo = at.saturating_sub(REACH);
    let mut from = memchr::memrchr(b'\n', &by[lo..at]).map_or(lo, |p| lo + p + 1);
    let hi = (at + REACH).min(by.len());
    let mut to = memchr::memchr(b'\n', &by[at..hi]).map_or(hi, |p| at + p);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    match windows.last_mut() {
        Some(last) if from <= last.1 => last.1 = last.1.max(to),
        _ => windows.push((from, to)),
    }
}

/// Run `find` once over `windows` of `text` (sorted, disjoint), joined by line breaks, and
/// map its hits back to offsets in `text`; not at all without windows.
pub(crate) fn on_given_windows<T>(
    text: &str,
    windows: &[(usize, usize)],
    find: impl FnOnce(&str) -> Vec<Hit<T>>,
) -> Vec<Hit<T>> {
    match windows {
        [] => return Vec::new(),
        [(0, to)] if *to == text.len() => return find(text),
        _ => {}
    }
    let mut joined = String::with_capacity(windows.iter().map(|(f, t)| t - f + 1).sum());
    let mut starts = Vec::with_capacity(windows.len());
    for &(from, to) in windows {
        starts.push(joined.len());
        joined.push_str(&text[from..to]);
        joined.push('\n');
    }
    find(&joined)
        .into_iter()
        .map(|h| {
            let k = starts.partition_point(|&j| j <= h.start).saturating_sub(1);
            let (from, to) = windows[k];
            let shift = |x: usize| (x.saturating_sub(starts[k]) + from).min(to);
            Hit::new(h.value, shift(h.start), shift(h.end))
        })
        .collect()
}

/// Every occurrence of the word `word` in `t` (whole word, folded).
pub(crate) fn whole_words<'a>(
    t: &'a str,
    word: &'a str,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    occurrences(t.as_bytes(), word.as_bytes())
        .into_iter()
        .filter_map(move |at| word_at(t, at).filter(|&(_, e)| e == at + word.len()))
}

/// The word after position `i` (skipping spaces, emphasis, apostrophes).
pub(crate) fn next_word(t: &str, i: usize) -> Option<(usize, usize)> {
    let by = t.as_bytes();
    let mut p = i;
    while p < by.len() && matches!(by[p], b' ' | b'\t' | b'*' | b'_' | b'\'') {
        p += 1;
    }
    word_at(t, p)
}

/// Whether the word after `i` is one of the `|`-separated `list`.
pub(crate) fn next_is(t: &str, i: usize, list: &str) -> bool {
    next_word(t, i).is_some_and(|(a, z)| one_of(list, &t[a..z]))
}

/// Whether the word before `i` is one of the `|`-separated `list`.
pub(crate) fn prev_is(t: &str, i: usize, list: &str) -> bool {
    word_before(t, i).is_some_and(|(a, z)| one_of(list, &t[a..z]))
}
