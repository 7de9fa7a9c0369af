//! Sentence scanning shared by contract and part-time extraction: folded sentences around
//! keywords, their words, and word lists with a fast first-byte filter.

#![allow(clippy::many_single_char_names)] // word indices i, j, k and sentence s read best short

use crate::text::{Folded, number_word, words};

/// Inclusive-writing suffixes dropped after "." or "(": "salarié.e", "candidat(e)".
const SUFFIXES: Words = list("e es s se ne le ve fe ice rice trice euse eure ere ale te x");

/// A space-separated word list, with a mask of its first bytes and a 256-bit filter of
/// (first byte, last byte, length) of its words: `has` is called for most words of every
/// sentence read, and almost all of them are rejected without reading the list.
#[derive(Clone, Copy)]
pub(crate) struct Words(&'static str, u64, [u64; 4]);

pub(crate) const fn list(s: &'static str) -> Words {
    let (b, mut mask, mut filter, mut i, mut start) = (s.as_bytes(), 0u64, [0u64; 4], 0, 0);
    while i <= b.len() {
        if i == b.len() || b[i] == b' ' {
            if i > start {
                let h = shape(b[start], b[i - 1], i - start);
                filter[h >> 6] |= 1 << (h & 63);
            }
            start = i + 1;
        } else if i == start {
            mask |= 1 << (b[i] & 63);
        }
        i += 1;
    }
    Words(s, mask, filter)
}

/// A hash in 0..256 of a word's first byte, last byte and length.
const fn shape(first: u8, last: u8, len: usize) -> usize {
    ((first as usize).wrapping_mul(7) ^ (last as usize).wrapping_mul(31) ^ len.wrapping_mul(101))
        & 255
}

/// Something that can say whether it holds a word: a `Words` constant or a short literal list.
pub(crate) trait WordSet: Copy {
    fn has(self, w: &str) -> bool;
}

impl WordSet for &str {
    fn has(self, w: &str) -> bool {
        among(self, w)
    }
}

impl WordSet for Words {
    fn has(self, w: &str) -> bool {
        let b = w.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return false;
        };
        let h = shape(first, last, b.len());
        self.1 >> (first & 63) & 1 == 1 && self.2[h >> 6] >> (h & 63) & 1 == 1 && among(self.0, w)
    }
}

/// Whether `w` is one of the space-separated words of `list`.
pub(crate) fn among(list: &str, w: &str) -> bool {
    let (l, w) = (list.as_bytes(), w.as_bytes());
    let Some(&first) = w.first() else {
        return false;
    };
    let mut i = 0;
    while i + w.len() <= l.len() {
        let end = i + w.len();
        if l[i] == first && &l[i..end] == w && l.get(end).is_none_or(|&c| c == b' ') {
            return true;
        }
        while i < l.len() && l[i] != b' ' {
            i += 1;
        }
        i += 1;
    }
    false
}

pub(crate) fn unit(w: &str) -> Option<f32> {
    match w {
        "mois" => Some(1.0),
        "an" | "ans" | "annee" | "annees" => Some(12.0),
        "semestre" | "semestres" => Some(6.0),
        "trimestre" | "trimestres" => Some(3.0),
        _ => None,
    }
}

#[allow(clippy::cast_precision_loss)]
pub(crate) fn num(w: &str) -> Option<f32> {
    number_word(w).map(|n| n as f32)
}

/// The words of one sentence of folded text, with the original text to map back to.
pub(crate) struct Sent<'a> {
    t: &'a str,
    orig: &'a str,
    folded: &'a Folded,
    /// (start, stem end, gap start) of each word; inclusive-writing suffixes ("(e)", ".e") dropped.
    toks: Vec<(usize, usize, usize)>,
    start: usize,
    end: usize,
}

impl<'a> Sent<'a> {
    pub(crate) fn new(orig: &'a str, folded: &'a Folded, start: usize, end: usize) -> Self {
        let t = folded.text.as_str();
        let mut toks: Vec<(usize, usize, usize)> = Vec::new();
        let mut last = start;
        for (a, b) in words(&t[start..end]) {
            let (a, b) = (a + start, b + start);
            let stem = t[a..b]
                .bytes()
                .position(|c| !(c.is_ascii_alphanumeric() || c == b'-'));
            let stem = stem.map_or(b, |p| a + p);
            let suffix = matches!(&t[last..a], "." | "(" | ")") && SUFFIXES.has(&t[a..stem]);
            if toks.is_empty() || !suffix {
                toks.push((a, stem, last));
                last = b;
            }
        }
        Self {
            t,
            orig,
            folded,
            toks,
            start,
            end,
        }
    }
    /// The byte range of the sentence in the folded text.
    #[cfg(test)]
    pub(crate) fn range(&self) -> (usize, usize) {
        (self.start, self.end)
    }
    pub(crate) fn n(&self) -> usize {
        self.toks.len()
    }
    pub(crate) fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |&(a, b, _)| &self.t[a..b])
    }
    pub(crate) fn is(&self, i: usize, list: impl WordSet) -> bool {
        list.has(self.w(i))
    }
    /// The text between word `i - 1` and word `i` (the sentence end for `i == n`).
    pub(crate) fn gap(&self, i: usize) -> &'a str {
        match (self.toks.get(i), self.toks.last()) {
            (Some(&(a, _, g)), _) => &self.t[g..a],
            (None, Some(&(_, b, _))) => self.t.get(b..self.end).unwrap_or(""),
            (None, None) => "",
        }
    }
    pub(crate) fn any(&self, from: usize, to: usize, list: impl WordSet) -> Option<usize> {
        (from..to.min(self.n())).find(|&i| self.is(i, list))
    }
    /// A count at `i`: digits, number words, decimals ("2,5"), hyphen ranges ("3-4"); "un"/"une"
    /// only before a unit of time. Returns (low, high of a hyphen range, next word).
    pub(crate) fn count(&self, i: usize) -> Option<(f32, Option<f32>, usize)> {
        let w = self.w(i);
        if matches!(w, "un" | "une") {
            return unit(self.w(i + 1)).map(|_| (1.0, None, i + 1));
        }
        if let Some(v) = num(w) {
            let next = self.w(i + 1);
            let digits = w.bytes().all(|c| c.is_ascii_digit());
            if digits
                && matches!(self.gap(i + 1), "," | ".")
                && next.len() == 1
                && let Some(d) = num(next)
            {
                return Some((v + d / 10.0, None, i + 2));
            }
            return Some((v, None, i + 1));
        }
        let (a, b) = w.split_once('-')?;
        Some((num(a)?, Some(num(b)?), i + 1))
    }
    /// A length in months at word `i`: "3 ans", "4 à 6 mois", "au moins 6 mois", "un an et
    /// demi": (shortest, longest, next word); a bound the text leaves open is `None`.
    pub(crate) fn months_at(&self, i: usize) -> Option<(Option<u16>, Option<u16>, usize)> {
        let (mut lo_only, mut hi_only, mut j) = (false, false, i);
        match (self.w(i), self.w(i + 1)) {
            ("au", "moins" | "minimum") | ("plus", "de") => (lo_only, j) = (true, i + 2),
            ("minimum" | "min" | "mini", _) => (lo_only, j) = (true, i + 1),
            ("jusqu", "a" | "au") | ("moins", "de") => (hi_only, j) = (true, i + 2),
            ("maximum" | "max", _) => (hi_only, j) = (true, i + 1),
            ("entre", _) => j = i + 1,
            _ => {}
        }
        let (a, hyphen, k) = self.count(j)?;
        j = k;
        let ua = unit(self.w(j));
        j += usize::from(ua.is_some());
        let (b, ub, range) = if let Some(h) = hyphen {
            (h, ua, true)
        } else if let (true, Some((x, None, k))) = (self.is(j, "a ou et"), self.count(j + 1))
            && let Some(u) = unit(self.w(k))
        {
            j = k + 1;
            (x, Some(u), true)
        } else {
            (a, ua, false)
        };
        let ub = ub.or_else(|| unit(self.w(j)).inspect(|_| j += 1))?;
        let (mut lo, mut hi) = (a * ua.unwrap_or(ub), b * ub);
        if !range && ub > 6.0 && self.w(j) == "et" && self.is(j + 1, "demi demie") {
            (lo, hi, j) = (lo + 6.0, hi + 6.0, j + 2);
        }
        match (self.w(j), self.w(j + 1)) {
            ("minimum" | "min" | "mini", _) => (lo_only, j) = (true, j + 1),
            ("au", "moins" | "minimum") => (lo_only, j) = (true, j + 2),
            ("maximum" | "max", _) => (hi_only, j) = (true, j + 1),
            ("au", "plus" | "maximum") => (hi_only, j) = (true, j + 2),
            ("d" | "de", "experience" | "anciennete" | "exp" | "age") | ("experience", _) => {
                return None;
            }
            _ => {}
        }
        if !(lo > 0.0 && lo <= hi && hi <= 120.0) {
            return None;
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let m = |x: f32| Some(x.round() as u16);
        let (min_months, max_months) = (m(lo).filter(|_| !hi_only), m(hi).filter(|_| !lo_only));
        Some((min_months, max_months, j))
    }
    /// A fraction "3/5", "4/5e", "4/5ème" at `i`: (share, next word).
    pub(crate) fn fifth_at(&self, i: usize) -> Option<(f32, usize)> {
        let a = num(self.w(i)).filter(|a| (1.0..=5.0).contains(a))?;
        let fifth = matches!(self.w(i + 1), "5" | "5e" | "5eme" | "5emes" | "5es");
        let date = self.gap(i).ends_with('/') || self.gap(i + 2).starts_with('/');
        (fifth && self.gap(i + 1).trim() == "/" && !date).then_some((a / 5.0, i + 2))
    }
    /// Days (or hours) per week at `i` as shares of a 5-day, 35-hour week: "4 jours par
    /// semaine", "3 à 4 jours / semaine", "4j/semaine", "28 heures hebdomadaires".
    pub(crate) fn days_at(&self, i: usize) -> Option<(f32, f32, usize)> {
        let w = self.w(i);
        let (lo, hi, mut j) = if let Some(x) = w.strip_suffix('j') {
            let (a, b) = x.split_once('-').unwrap_or((x, x));
            (num(a)?, num(b)?, i + 1)
        } else if let Some((h, None, k)) = self
            .count(i)
            .filter(|c| self.is(c.2, "h heures"))
            .or_else(|| Some((num(w.strip_suffix('h')?)?, None, i)))
        {
            let j = k + 1;
            let week = (self.w(j), self.w(j + 1)) == ("par", "semaine")
                || self.is(j, "hebdomadaires semaine");
            let j = j + usize::from(week) + usize::from(self.w(j) == "par");
            return (week && h > 0.0 && h <= 35.0).then_some((h / 35.0, h / 35.0, j));
        } else {
            let (a, hi, mut j) = self
                .count(i)
                .or((w == "un").then_some((1.0, None, i + 1)))?;
            let mut b = hi.unwrap_or(a);
            if let (None, true, Some((x, None, k))) = (hi, self.is(j, "a ou"), self.count(j + 1)) {
                (b, j) = (x, k);
            }
            if !self.is(j, "jours jour j") {
                return None;
            }
            (a, b, j + 1)
        };
        match (self.w(j), self.w(j + 1)) {
            ("par" | "a", "semaine") | ("sur", "5") => j += 2,
            ("semaine" | "hebdomadaires" | "hebdo", _) => j += 1,
            ("a", "la") if self.w(j + 2) == "semaine" => j += 3,
            _ => return None,
        }
        (lo > 0.0 && lo <= hi && hi <= 5.0).then_some((lo / 5.0, hi / 5.0, j))
    }
    /// Whether word `i` sits in a URL or an e-mail address.
    pub(crate) fn in_url(&self, i: usize) -> bool {
        let (a, b, _) = self.toks[i];
        let mut lo = a.saturating_sub(300).max(self.start);
        while !self.t.is_char_boundary(lo) {
            lo += 1;
        }
        let chunk = &self.t[lo..a];
        let before = chunk
            .rfind([' ', '\n', '\t', '(', '<', '['])
            .map_or(chunk, |p| &chunk[p + 1..]);
        let after = self.t[b..self.end]
            .split(char::is_whitespace)
            .next()
            .unwrap_or("");
        let dotted = after.starts_with('.')
            && after
                .as_bytes()
                .get(1)
                .is_some_and(u8::is_ascii_alphanumeric);
        before.contains("://")
            || before.contains("www.")
            || (before.contains('/') && before.contains('.'))
            || before.ends_with(['@', '_', '=', '#'])
            || after.starts_with(['@', '_'])
            || dotted
    }
    /// A title-case word after another one in the original: a name ("La Bonne Alternance").
    pub(crate) fn is_name(&self, i: usize) -> bool {
        let title_case = |k: usize| {
            let mut c = self.orig[self.folded.original(self.toks[k].0)..].chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
        };
        i >= 2 && self.gap(i) == " " && title_case(i) && title_case(i - 1)
    }
    /// The original byte range of words `a..=b`.
    pub(crate) fn span(&self, a: usize, b: usize) -> (usize, usize) {
        self.folded.original_range(self.toks[a].0, self.toks[b].1)
    }
}

/// A byte lookup table holding `bytes`.
pub(crate) const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let (mut t, mut i) = ([false; 256], 0);
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
}

/// Run `f` on every sentence of the folded text holding a word for which `anchor` is true.
///
/// `keys` are the positions where the caller's key words start (ascending; repeats are
/// skipped): every word `anchor` accepts must start with a key. Words are visited as a
/// left-to-right scan of word starts would: a word start passing `first` whose word fails
/// `anchor` skips the rest of its hyphen-joined word, and a sentence handed to `f` is not
/// scanned again.
pub(crate) fn for_sentences(
    orig: &str,
    folded: &Folded,
    keys: impl IntoIterator<Item = usize>,
    first: impl Fn(&[u8], usize) -> bool,
    anchor: impl Fn(&str, usize, usize) -> bool,
    mut f: impl FnMut(&Sent),
) {
    let t = folded.text.as_str();
    let b = t.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    let mut starts: Vec<usize> = Vec::new();
    for p in keys {
        if starts.last().is_some_and(|&last| last >= p) {
            continue;
        }
        if p == 0 || !word(b[p - 1]) {
            starts.push(p);
        }
    }
    let stop = |i: usize| match b[i] {
        b'\n' | b'!' | b'?' | b';' => true,
        b'.' => !matches!(b.get(i + 1), Some(&n) if !n.is_ascii_whitespace() && n != b'.'),
        _ => false,
    };
    let (mut next, mut from) = (0, 0);
    for i in starts {
        if i < next || !first(b, i) {
            continue;
        }
        // A later part of a hyphen-joined word is only looked at when no earlier part passed
        // `first` (an earlier part would have taken the whole word).
        let mut q = i;
        let mut shadowed = false;
        while q >= 2 && b[q - 1] == b'-' && word(b[q - 2]) {
            q -= 2;
            while q > 0 && word(b[q - 1]) {
                q -= 1;
            }
            if first(b, q) {
                shadowed = true;
                break;
            }
        }
        if shadowed {
            continue;
        }
        let mut e = i + 1;
        while e < b.len()
            && (word(b[e]) || (b[e] == b'-' && b.get(e + 1).is_some_and(|&c| word(c))))
        {
            e += 1;
        }
        if !anchor(t, i, e) {
            next = e;
            continue;
        }
        let mut s = i;
        while s > from && !stop(s - 1) {
            s -= 1;
        }
        while e < b.len() && !stop(e) {
            e += 1;
        }
        e = (e + 1).min(b.len());
        f(&Sent::new(orig, folded, s, e));
        (next, from) = (e, e);
    }
}
