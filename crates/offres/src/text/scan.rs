//! Scanners shared by the start and profile finders: words and sentences of folded text
//! (byte offsets), and the anchors that decide which lines are worth folding. Vocabulary
//! lists are `|`-separated strings, read only where an anchor was found.

use memchr::memmem;

use crate::text::Hit;

pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

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

/// A set of word prefixes that make a line worth folding and reading: lower case, accents
/// as written ("démarr", "dès"; capitals such as "É" are matched too), 3 bytes or more.
/// A Bloom filter over their first (up to) five bytes is built when compiling, so checking
/// a text is one pass over its words with no set-up: extractors are called on short blocks.
pub(crate) struct WordSet {
    /// The first two bytes of each prefix (lower case): 65,536 bits, so that most words
    /// are rejected with one read.
    pairs: [u64; 1024],
    /// The first (up to) five bytes of each prefix and their length, hashed into 2048 bits.
    bloom: [u64; 32],
    /// Bit `k` set: some prefix has a key of `k` bytes (3 to 5).
    key_lengths: u8,
    words: &'static [&'static str],
}

const fn key_hash(key: u64, len: usize) -> usize {
    let h = (key ^ ((len as u64) << 56)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> 53) as usize
}

/// The first `len` bytes of `key` (little-endian), the rest cleared.
const fn key_prefix(key: u64, len: usize) -> u64 {
    key & (u64::MAX >> (64 - 8 * len))
}

/// An ASCII capital lower-cased, without a branch.
const fn lower_ascii(b: u8) -> u8 {
    b | (((b.wrapping_sub(b'A') < 26) as u8) << 5)
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        let mut pairs = [0u64; 1024];
        let mut bloom = [0u64; 32];
        let mut key_lengths = 0u8;
        let mut n = 0;
        while n < words.len() {
            let word = words[n].as_bytes();
            assert!(word.len() >= 3, "word anchors need three bytes");
            let pair = (word[0] as usize) << 8 | word[1] as usize;
            pairs[pair >> 6] |= 1 << (pair & 63);
            let len = if word.len() < 5 { word.len() } else { 5 };
            let mut key = 0u64;
            let mut k = 0;
            while k < len {
                key |= (word[k] as u64) << (8 * k);
                k += 1;
            }
            let slot = key_hash(key, len);
            bloom[slot >> 6] |= 1 << (slot & 63);
            key_lengths |= 1 << len;
            n += 1;
        }
        Self {
            pairs,
            bloom,
            key_lengths,
            words,
        }
    }

    /// Whether the first two bytes at `i` (lower-cased) begin a prefix of the set: rejects
    /// most words with one read.
    fn pair_at(&self, by: &[u8], i: usize) -> bool {
        let first = lower_ascii(by[i]);
        // "É" (C3 89) → "é" (C3 A9): Latin-1 capitals differ by 0x20 in their last byte.
        let second =
            lower_ascii(by.get(i + 1).copied().unwrap_or(0)) | (u8::from(first == 0xc3) << 5);
        let p = usize::from(first) << 8 | usize::from(second);
        self.pairs[p >> 6] & (1 << (p & 63)) != 0
    }

    /// Whether a prefix of the set starts at `i` (a word start whose pair matched). Kept out
    /// of line so that the scanning loop stays in registers.
    #[inline(never)]
    fn matches_at(&self, by: &[u8], i: usize) -> bool {
        let mut key = 0u64;
        for k in 0..5 {
            key |= u64::from(lower_at(by, i + k)) << (8 * k);
        }
        let hit = (3..=5).any(|len| {
            self.key_lengths & (1 << len) != 0 && {
                let h = key_hash(key_prefix(key, len), len);
                self.bloom[h >> 6] & (1 << (h & 63)) != 0
            }
        });
        hit && self
            .words
            .iter()
            .any(|w| w.bytes().enumerate().all(|(k, c)| lower_at(by, i + k) == c))
    }
}

/// The byte at `k` lower-cased, also for the Latin-1 capitals in UTF-8 (`É` → `é`); 0
/// past the end.
fn lower_at(by: &[u8], k: usize) -> u8 {
    let b = by.get(k).copied().unwrap_or(0);
    if b.is_ascii_uppercase() || ((0x80..=0x9e).contains(&b) && k > 0 && by[k - 1] == 0xc3) {
        b + 0x20
    } else {
        b
    }
}

/// Byte classes: 1 starts a word (letter, digit, lead byte of a Latin letter in UTF-8),
/// 2 continues one (those, and UTF-8 continuation bytes). "’", "«" and no-break spaces
/// separate words.
static WORD_CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b: u8 = 0;
    loop {
        class[b as usize] = match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | 0xc3..=0xc5 => 3,
            0x80..=0xbf => 2,
            _ => 0,
        };
        if b == u8::MAX {
            break class;
        }
        b += 1;
    }
};

/// What makes a line worth folding and reading.
pub(crate) enum Anchors {
    /// A few byte fragments of the ASCII-lower-cased text ("rience" for "expérience"; `é`
    /// and `É` are different bytes here), each searched for on its own.
    Fragments(&'static [&'static str]),
    /// Many word prefixes, checked in one pass over the words.
    Words(&'static WordSet),
}

/// The parts of `text` worth folding and reading: each line holding an anchor,
/// cut to `REACH` bytes around it on very long lines, merged, on character boundaries.
/// Folding is the costly step: most lines hold no anchor and are never folded.
pub(crate) fn anchored_windows(text: &str, anchors: &Anchors) -> Vec<(usize, usize)> {
    let mut windows: Vec<(usize, usize)> = Vec::new();
    match anchors {
        Anchors::Fragments(list) => {
            // Short blocks are lower-cased on the stack.
            let mut small = [0u8; 512];
            let heap;
            let lower: &[u8] = if text.len() <= small.len() {
                let lower = &mut small[..text.len()];
                lower.copy_from_slice(text.as_bytes());
                lower.make_ascii_lowercase();
                lower
            } else {
                heap = text.as_bytes().to_ascii_lowercase();
                &heap
            };
            let mut positions = Vec::new();
            for fragment in *list {
                positions.extend(occurrences(lower, fragment.as_bytes()));
            }
            positions.sort_unstable();
            for at in positions {
                add_window(text, at, &mut windows);
            }
        }
        Anchors::Words(set) => word_windows(text, set, &mut windows),
    }
    windows
}

/// Add the line around `at` to `windows` (sorted by position, merged).
fn add_window(text: &str, at: usize, windows: &mut Vec<(usize, usize)>) {
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

/// Add the lines holding a word of `set` to `windows`.
fn word_windows(text: &str, set: &WordSet, windows: &mut Vec<(usize, usize)>) {
    let by = text.as_bytes();
    let mut i = 0;
    // Word starts: bytes of class 1 (letter, digit, Latin lead byte) after a separator; the
    // continuation bytes of a separator ("’" is E2 80 99) are skipped with it.
    while let Some(skip) = by[i..]
        .iter()
        .position(|&b| WORD_CLASS[usize::from(b)] & 1 != 0)
    {
        i += skip;
        let word_end = by[i + 1..]
            .iter()
            .position(|&b| WORD_CLASS[usize::from(b)] == 0)
            .map_or(by.len(), |p| i + 1 + p);
        if set.pair_at(by, i) && set.matches_at(by, i) {
            add_window(text, i, windows);
        }
        i = word_end;
    }
}

/// Run `find` once over the anchored windows of `text` (see [`anchored_windows`]), joined
/// by line breaks, and map its hits back to offsets in `text`. Without any anchor, `find`
/// is not called at all.
pub(crate) fn on_windows<T>(
    text: &str,
    anchors: &Anchors,
    find: impl FnOnce(&str) -> Vec<Hit<T>>,
) -> Vec<Hit<T>> {
    let windows = anchored_windows(text, anchors);
    match windows.as_slice() {
        [] => return Vec::new(),
        [(0, to)] if *to == text.len() => return find(text),
        _ => {}
    }
    let mut joined = String::with_capacity(windows.iter().map(|(f, t)| t - f + 1).sum());
    let mut starts = Vec::with_capacity(windows.len());
    for &(from, to) in &windows {
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
