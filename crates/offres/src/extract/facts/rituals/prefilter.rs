//! A fast prefilter on raw text: the words that can start a schedule, found without
//! folding or allocating.

/// Lower-case ASCII prefixes (at most 8 bytes) of words that can start a schedule; a word
/// matches when it starts with one.
#[rustfmt::skip]
const SCHEDULE_PREFIXES: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
    "wednesda", "thursday", "friday", "saturday", "sunday", "hebdo", "bihebdo", "quotidie",
    "mensuel", "bimensue", "bimestri", "trimestr", "semestri", "annuel", "journali", "daily",
    "dailies", "weekly", "weekday", "monthly", "biweekly", "fortnigh", "quarterl", "yearly",
    "annual",
];
/// Weekday abbreviations, a schedule only with a dot after them ("lun.").
const DAY_ABBREV: &[&str] = &[
    "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mon", "tue", "wed", "thu", "fri",
];
/// Common words that are a schedule only next to another word (see [`in_context`]).
#[rustfmt::skip]
const CONTEXT_WORDS: &[&str] = &[
    "tous", "toutes", "chaque", "every", "each", "semaine", "mois", "week", "month", "fois",
    "times", "once", "twice",
];
/// First three letters of the words that can follow "tous les", "chaque", "every": units of
/// time, weekdays, dayparts, numbers, ordinals.
#[rustfmt::skip]
const UNIT_STARTS: &[&str] = &[
    "jou", "mat", "soi", "mid", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "sem", "moi",
    "ans", "ann", "tri", "deu", "tro", "qua", "qui", "six", "cin", "dix", "pre", "der", "fin",
    "mil", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "wee", "day", "mor", "eve", "yea",
    "oth", "two", "sec", "fir", "las",
];
/// Number words before "fois".
const COUNTS: &[&str] = &[
    "un", "une", "deux", "trois", "quatre", "cinq", "six", "dix", "quinze",
];
/// Words before "par semaine" that make it a working pattern, not a ritual.
const WORK_UNITS: &[&str] = &[
    "jour", "jours", "heure", "heures", "h", "day", "days", "hour", "hours", "nuits",
];

/// The first 8 bytes of letters `w`, lower-cased, little-endian in a `u64` (zero-padded).
const fn pack(w: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let mut i = 0;
    while i < w.len() && i < 8 {
        buf[i] = w[i] | 0x20; // ASCII letters only: setting bit 5 lower-cases them
        i += 1;
    }
    u64::from_le_bytes(buf)
}

/// Packed prefixes with their lengths, for comparing a word in one or two instructions.
const fn packed<const N: usize>(words: &[&str]) -> [(u64, usize); N] {
    let mut out = [(0u64, 0usize); N];
    let mut i = 0;
    while i < N {
        out[i] = (pack(words[i].as_bytes()), words[i].len());
        i += 1;
    }
    out
}

const PREFIXES_PACKED: [(u64, usize); SCHEDULE_PREFIXES.len()] = packed(SCHEDULE_PREFIXES);

/// For each first letter, a bit set of the [`SCHEDULE_PREFIXES`] starting with it.
const PREFIX_BUCKETS: [u64; 26] = {
    let mut out = [0u64; 26];
    let mut i = 0;
    while i < SCHEDULE_PREFIXES.len() {
        out[(SCHEDULE_PREFIXES[i].as_bytes()[0] - b'a') as usize] |= 1 << i;
        i += 1;
    }
    out
};
const ABBREV_PACKED: [(u64, usize); DAY_ABBREV.len()] = packed(DAY_ABBREV);
const CONTEXT_PACKED: [(u64, usize); CONTEXT_WORDS.len()] = packed(CONTEXT_WORDS);

/// The ASCII word (letters, or digits) ending before byte `end`, skipping spaces (also
/// no-break ones): its start
/// and its text.
fn word_before(text: &str, end: usize) -> (usize, &str) {
    let b = text.as_bytes();
    let mut e = end;
    loop {
        match b[..e] {
            [.., b' '] => e -= 1,
            [.., 0xC2, 0xA0] => e -= 2,
            [.., 0xE2, 0x80, 0xAF] => e -= 3,
            _ => break,
        }
    }
    let s = e - b[..e]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    (s, &text[s..e])
}

/// The ASCII word (letters, or digits) starting after byte `start`, skipping spaces (also
/// no-break ones): its end
/// and its text.
fn word_after(text: &str, start: usize) -> (usize, &str) {
    let b = text.as_bytes();
    let mut s = start;
    loop {
        match b[s..] {
            [b' ', ..] => s += 1,
            [0xC2, 0xA0, ..] => s += 2,
            [0xE2, 0x80, 0xAF, ..] => s += 3,
            _ => break,
        }
    }
    let e = s + b[s..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    (e, &text[s..e])
}

/// Whether a common word (`word`, at `start..end` in `text`) is a schedule here: "tous les
/// lundis", "chaque semaine", "every other week", "une réunion par semaine" (not "5 jours
/// par semaine"), "une semaine sur deux", "2 fois par mois" (not "à la fois").
fn in_context(text: &str, word: &str, start: usize, end: usize) -> bool {
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    // A unit of time, weekday, number… or a word with an accent early on ("début", "été").
    let unit_like = |(e, w): (usize, &str)| {
        w.bytes().next().is_some_and(|c| c.is_ascii_digit())
            || w.get(..3).is_some_and(|p| is(p, UNIT_STARTS))
            || (w.len() < 3 && text.as_bytes().get(e).is_some_and(|&c| c >= 0x80))
    };
    let (before_start, before) = word_before(text, start);
    let (after_end, after) = word_after(text, end);
    match word {
        "tous" | "toutes" => {
            after.eq_ignore_ascii_case("les") && unit_like(word_after(text, after_end))
        }
        "chaque" | "every" | "each" => unit_like((after_end, after)),
        "semaine" | "mois" | "week" | "month" => {
            let per = is(before, &["par", "per", "a"]);
            (per && !is(word_before(text, before_start).1, WORK_UNITS)) || is(after, &["sur"])
        }
        "fois" | "times" => {
            let count =
                before.bytes().next().is_some_and(|c| c.is_ascii_digit()) || is(before, COUNTS);
            count || is(after, &["par", "per", "a"])
        }
        _ => is(after, &["a", "per", "every", "each"]), // once, twice
    }
}

/// The first three letters of every schedule word, prefix, abbreviation and context word, as
/// a bit set over `26³` trigrams: one bit test rejects almost every other word.
const TRIGRAMS: [u64; 275] = {
    const fn add(mut set: [u64; 275], w: &[u8]) -> [u64; 275] {
        let t = trigram(w[0], w[1], w[2]);
        set[t / 64] |= 1 << (t % 64);
        set
    }
    let mut set = [0u64; 275];
    let mut i = 0;
    while i < SCHEDULE_PREFIXES.len() {
        set = add(set, SCHEDULE_PREFIXES[i].as_bytes());
        i += 1;
    }
    let mut i = 0;
    while i < DAY_ABBREV.len() {
        set = add(set, DAY_ABBREV[i].as_bytes());
        i += 1;
    }
    let mut i = 0;
    while i < CONTEXT_WORDS.len() {
        set = add(set, CONTEXT_WORDS[i].as_bytes());
        i += 1;
    }
    set
};

/// The index of three ASCII letters (any case) in [`TRIGRAMS`].
const fn trigram(a: u8, b: u8, c: u8) -> usize {
    const fn l(x: u8) -> usize {
        ((x | 0x20).wrapping_sub(b'a') % 26) as usize
    }
    (l(a) * 26 + l(b)) * 26 + l(c)
}

/// First letters of [`DAY_ABBREV`] and [`CONTEXT_WORDS`], as a bit set over `a..=z`.
const OTHER_FIRST: u32 = {
    let mut set = 0u32;
    let mut i = 0;
    while i < DAY_ABBREV.len() {
        set |= 1 << (DAY_ABBREV[i].as_bytes()[0] - b'a');
        i += 1;
    }
    let mut i = 0;
    while i < CONTEXT_WORDS.len() {
        set |= 1 << (CONTEXT_WORDS[i].as_bytes()[0] - b'a');
        i += 1;
    }
    set
};

/// A fast scan of the raw text for the next word, at or after byte `from`, that can start a
/// schedule; returns where it starts. Every schedule cue has an ASCII spelling, so this runs
/// on bytes without folding or allocating.
pub(super) fn next_cue(text: &str, from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let rest = bytes.get(from..)?;
    // Eight bytes at a time: a bit (the high one of each byte) for each ASCII letter, then
    // only word starts (a letter after a non-letter) are looked at.
    let mut after_letter = from > 0 && bytes[from - 1].is_ascii_alphabetic();
    let chunks = rest.chunks_exact(8);
    let tail = chunks.remainder();
    let mut tail_buf = [0u8; 8];
    tail_buf[..tail.len()].copy_from_slice(tail);
    let words = chunks.map(|c| (u64::from_le_bytes(c.try_into().unwrap_or([0; 8])), 8));
    for (k, (v, n)) in words
        .chain(std::iter::once((u64::from_le_bytes(tail_buf), tail.len())))
        .enumerate()
    {
        let x = (v | 0x2020_2020_2020_2020) & !HIGH; // lower case, high bits cleared
        let mut letters = (x + 0x1f1f_1f1f_1f1f_1f1f) & !(x + 0x0505_0505_0505_0505) & !v & HIGH;
        if n < 8 {
            letters &= mask(n);
        }
        let mut starts = letters & !((letters << 8) | (u64::from(after_letter) << 7));
        while starts != 0 {
            let start = from + k * 8 + (starts.trailing_zeros() / 8) as usize;
            if cue_word_at(text, start) {
                return Some(start);
            }
            starts &= starts - 1;
        }
        after_letter = letters >> 63 != 0;
    }
    None
}

/// Whether the ASCII word starting at `start` (after a non-letter) can start a schedule.
fn cue_word_at(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(&[first_letter, second, third]) = bytes.get(start..start + 3) else {
        return false;
    };
    if !second.is_ascii_alphabetic() || !third.is_ascii_alphabetic() {
        return false;
    }
    let index = |letter: u8| usize::from((letter | 0x20) - b'a');
    let tri = (index(first_letter) * 26 + index(second)) * 26 + index(third);
    if TRIGRAMS[tri / 64] & (1 << (tri % 64)) == 0 {
        return false;
    }
    let end = start
        + bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
    let len = end - start;
    if start > 0
        && bytes[start - 1] >= 0x80
        && text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
    {
        return false; // the tail of a word with an accent ("été")
    }
    let w = pack(&bytes[start..end]);
    let first = usize::from((bytes[start] | 0x20) - b'a');
    let mut bucket = PREFIX_BUCKETS[first];
    while bucket != 0 {
        let (p, n) = PREFIXES_PACKED[bucket.trailing_zeros() as usize];
        if len >= n && w & mask(n) == p {
            return true;
        }
        bucket &= bucket - 1;
    }
    if len > 8 || OTHER_FIRST & (1 << first) == 0 {
        return false;
    }
    if bytes.get(end) == Some(&b'.') && ABBREV_PACKED.iter().any(|&(p, n)| n == len && w == p) {
        return true;
    }
    CONTEXT_PACKED
        .iter()
        .position(|&(p, n)| n == len && w == p)
        .is_some_and(|k| in_context(text, CONTEXT_WORDS[k], start, end))
}

/// The low `n` bytes of a `u64`.
fn mask(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

#[cfg(test)]
#[path = "prefilter_tests.rs"]
mod tests;
