//! Text helpers shared by every extractor: accent folding with an offset map,
//! French number words, month and weekday names, sentence splitting.
//!
//! Extractors match on folded text (lower case, no accents, one kind of apostrophe and
//! space) and report byte ranges in the original text through [`Folded::original`].

pub(crate) mod cities;
pub(crate) mod dates;
pub(crate) mod departements;
pub(crate) mod money;
pub(crate) mod place_words;
pub(crate) mod scan;
pub(crate) mod wordlist;

/// Text folded for matching, with a map back to the original byte offsets.
#[derive(Clone, Debug, Default)]
pub(crate) struct Folded {
    /// Lower case ASCII-leaning text: accents removed, `’` → `'`, no-break spaces → ` `,
    /// `œ` → `oe`, inclusive-writing dots (`·`, `•`, `.` between letters stay as written).
    pub(crate) text: String,
    /// The map back to the original, one entry per stretch of `text`, by folded start: an
    /// ASCII run copied as it was (its bytes map one to one), or the folding of one
    /// non-ASCII character (its bytes all map to that character). A page is mostly ASCII,
    /// so this is far smaller than an offset per byte.
    segments: Vec<Segment>,
    original_len: usize,
}

/// One stretch of folded text: where it starts in the folding and in the original, and
/// whether it is an ASCII run (the top bit of `original` clear) or one character (set).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Segment {
    folded: u32,
    original: u32,
}

const CHAR: u32 = 1 << 31;

impl Segment {
    fn original(self) -> usize {
        (self.original & !CHAR) as usize
    }

    fn is_char(self) -> bool {
        self.original & CHAR != 0
    }
}

impl Folded {
    /// Fold `original` (at most 2 GiB: documents are far smaller).
    pub(crate) fn new(original: &str) -> Self {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        let mut segments = Vec::new();
        let offset = |i: usize| u32::try_from(i).unwrap_or(u32::MAX) & !CHAR;
        let mut i = 0;
        while i < bytes.len() {
            // Most of a French page is ASCII: copy each ASCII run whole and lower-case it
            // in place, instead of going through `char`s one at a time.
            let end = bytes[i..]
                .iter()
                .position(|b| !b.is_ascii())
                .map_or(bytes.len(), |n| i + n);
            if end > i {
                let start = text.len();
                segments.push(Segment {
                    folded: offset(start),
                    original: offset(i),
                });
                text.push_str(&original[i..end]);
                if let Some(run) = text.get_mut(start..) {
                    run.make_ascii_lowercase();
                }
                i = end;
            }
            let Some(c) = original[i..].chars().next() else {
                break;
            };
            segments.push(Segment {
                folded: offset(text.len()),
                original: offset(i) | CHAR,
            });
            push_folded(c, &mut text);
            i += c.len_utf8();
        }
        // All ASCII (the folding is the text lower-cased): no map at all.
        if segments.len() == 1 && segments[0] == Segment::default() {
            segments = Vec::new();
        }
        segments.shrink_to_fit();
        Self {
            text,
            segments,
            original_len: original.len(),
        }
    }

    /// The end (folded) of segment `k`.
    fn segment_end(&self, k: usize) -> usize {
        self.segments
            .get(k + 1)
            .map_or(self.text.len(), |s| s.folded as usize)
    }

    /// The original byte offset of folded byte offset `i` (an end offset maps to the end
    /// of the original character).
    pub(crate) fn original(&self, i: usize) -> usize {
        if i >= self.text.len() {
            return self.original_len;
        }
        if self.segments.is_empty() {
            return i;
        }
        let k = self
            .segments
            .partition_point(|s| s.folded as usize <= i)
            .saturating_sub(1);
        let s = self.segments[k];
        if s.is_char() {
            s.original()
        } else {
            s.original() + (i - s.folded as usize)
        }
    }

    /// The folded byte offset of original byte offset `i` (a character boundary): where the
    /// folding of the character at `i` starts, or the end of the folded text.
    pub(crate) fn folded_offset(&self, i: usize) -> usize {
        if self.segments.is_empty() {
            return i.min(self.text.len());
        }
        // The folded bytes that come from before `i`: every segment that starts before it,
        // the last one only in part when it is an ASCII run.
        let k = self.segments.partition_point(|s| s.original() < i);
        let Some(last) = k.checked_sub(1) else {
            return 0;
        };
        let s = self.segments[last];
        let end = self.segment_end(last);
        if s.is_char() {
            end
        } else {
            (s.folded as usize + (i - s.original())).min(end)
        }
    }

    /// The original byte range of folded range `start..end`.
    pub(crate) fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.original(start);
        // The end is exclusive: map the last byte, then step past its character.
        let len = self.text.len();
        let e = if end == 0 || end > len {
            self.original_len
                .min(if end == 0 { s } else { self.original_len })
        } else if end == len {
            self.original_len
        } else {
            self.original(end)
        };
        (s, e.max(s))
    }
}

fn push_folded(c: char, out: &mut String) {
    let s = match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ÿ' | 'Ÿ' | 'ý' | 'Ý' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        '’' | '‘' | '`' | '´' | 'ʼ' => "'",
        '«' | '»' | '“' | '”' | '„' => "\"",
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' | '\u{200a}' => " ",
        '–' | '—' | '‑' | '‐' | '−' => "-",
        '·' | '•' | '∙' | '⋅' => "·",
        c => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    out.push_str(s);
}

/// Fold a string for matching (no offset map): the text of [`Folded::new`], without
/// building the map it would throw away.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        // ASCII runs at once, as in `Folded::new`.
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..run]);
        if let Some(ascii) = out.get_mut(start..) {
            ascii.make_ascii_lowercase();
        }
        rest = &rest[run..];
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            push_folded(c, &mut out);
            rest = chars.as_str();
        }
    }
    out
}

/// A French number word or digits at the start of `word` (folded): "deux" → 2, "12" → 12.
pub(crate) fn number_word(word: &str) -> Option<u32> {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok().filter(|n| *n < 100_000);
    }
    Some(match word {
        "un" | "une" => 1,
        "deux" => 2,
        "trois" => 3,
        "quatre" => 4,
        "cinq" => 5,
        "six" => 6,
        "sept" => 7,
        "huit" => 8,
        "neuf" => 9,
        "dix" => 10,
        "onze" => 11,
        "douze" => 12,
        "treize" => 13,
        "quatorze" => 14,
        "quinze" => 15,
        "seize" => 16,
        "dix-huit" => 18,
        "vingt" => 20,
        "vingt-quatre" => 24,
        "trente" => 30,
        "trente-six" => 36,
        "quarante" => 40,
        "cinquante" => 50,
        "cent" => 100,
        _ => return None,
    })
}

/// French month names (folded) and abbreviations → month number.
pub(crate) fn month_word(word: &str) -> Option<u8> {
    Some(match word.trim_end_matches('.') {
        "janvier" | "janv" | "jan" => 1,
        "fevrier" | "fevr" | "fev" => 2,
        "mars" => 3,
        "avril" | "avr" => 4,
        "mai" => 5,
        "juin" => 6,
        "juillet" | "juil" => 7,
        "aout" => 8,
        "septembre" | "sept" | "sep" => 9,
        "octobre" | "oct" => 10,
        "novembre" | "nov" => 11,
        "decembre" | "dec" => 12,
        _ => return None,
    })
}

/// Split `text` into sentences: byte ranges ending after `.`, `!`, `?`, `;` or a newline,
/// not breaking inside numbers (`3.5`), abbreviations of one letter or e-mail addresses.
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let end_here = match b {
            b'\n' | b'!' | b'?' | b';' => true,
            b'.' => {
                let next = bytes.get(i + 1).copied();
                // "3.5", "data.gouv.fr", "un.e": the dot joins two non-space characters.
                !matches!(next, Some(n) if !n.is_ascii_whitespace() && n != b'.')
            }
            _ => false,
        };
        if end_here {
            let end = i + 1;
            if text[start..end].trim().len() > 1 {
                out.push((start, end));
            }
            start = end;
        }
        i += 1;
    }
    if text[start..].trim().len() > 1 {
        out.push((start, text.len()));
    }
    out
}

/// Iterate over the words of folded text as `(start, end)` byte ranges; a word is a run of
/// letters, digits, apostrophe-free hyphen-joined parts (`dix-huit`, `savoir-faire`).
pub(crate) fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !is_word_byte(bytes[i]) {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len()
            && (is_word_byte(bytes[i])
                || (bytes[i] == b'-' && bytes.get(i + 1).is_some_and(|&b| is_word_byte(b))))
        {
            i += 1;
        }
        Some((start, i))
    })
}

/// Whether `b` may be part of a word: an ASCII letter or digit, or any byte of a non-ASCII
/// character.
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_runs_fold_like_single_chars() {
        for original in [
            "",
            "ABC déf",
            "Télétravail POSSIBLE jusqu’à 2 jours",
            "é",
            "Œuvre\u{a0}x",
            "x·y",
            "àé œ",
        ] {
            let folded = Folded::new(original);
            // The fold char by char, and an offset per folded byte: what the compact map
            // must answer.
            let mut text = String::new();
            let mut map = Vec::new();
            for (i, c) in original.char_indices() {
                let before = text.len();
                if c.is_ascii() {
                    text.push(c.to_ascii_lowercase());
                } else {
                    push_folded(c, &mut text);
                }
                map.extend(std::iter::repeat_n(i, text.len() - before));
            }
            assert_eq!(folded.text, text, "{original}");
            for (i, &o) in map.iter().enumerate() {
                assert_eq!(folded.original(i), o, "{original}: folded byte {i}");
            }
            assert_eq!(folded.original(map.len()), original.len());
            for (o, _) in original.char_indices().chain([(original.len(), ' ')]) {
                let want = map.partition_point(|&m| m < o);
                assert_eq!(
                    folded.folded_offset(o),
                    want,
                    "{original}: original byte {o}"
                );
            }
        }
    }

    #[test]
    fn fold_maps_back() {
        let s = "Télétravail possible : jusqu’à deux jours";
        let f = Folded::new(s);
        assert_eq!(f.text, "teletravail possible : jusqu'a deux jours");
        let at = f.text.find("deux").unwrap();
        let (a, b) = f.original_range(at, at + 4);
        assert_eq!(&s[a..b], "deux");
        let at = f.text.find("jusqu'a").unwrap();
        let (a, b) = f.original_range(at, at + "jusqu'a".len());
        assert_eq!(&s[a..b], "jusqu’à");
        assert_eq!(fold("Œuvre ÉTÉ"), "oeuvre ete");
        for text in [
            "",
            "Télétravail possible 2 j/sem.",
            "ÇA «va» – l’été\u{a0}!",
            "İstanbul ẞ",
        ] {
            assert_eq!(fold(text), Folded::new(text).text, "{text}");
        }
    }

    #[test]
    fn numbers_and_months() {
        assert_eq!(number_word("deux"), Some(2));
        assert_eq!(number_word("36"), Some(36));
        assert_eq!(number_word("dix-huit"), Some(18));
        assert_eq!(number_word("deuxieme"), None);
        assert_eq!(month_word("aout"), Some(8));
        assert_eq!(month_word("sept."), Some(9));
    }

    #[test]
    fn sentence_split() {
        let t = "Poste à Paris. Contrat de 3.5 ans ; voir data.gouv.fr!\nFin";
        let s: Vec<&str> = sentences(t).iter().map(|&(a, b)| t[a..b].trim()).collect();
        assert_eq!(
            s,
            [
                "Poste à Paris.",
                "Contrat de 3.5 ans ;",
                "voir data.gouv.fr!",
                "Fin"
            ]
        );
    }

    #[test]
    fn word_ranges() {
        let t = "savoir-faire, dix-huit mois.";
        let w: Vec<&str> = words(t).map(|(a, b)| &t[a..b]).collect();
        assert_eq!(w, ["savoir-faire", "dix-huit", "mois"]);
    }
}

/// Something an extractor found, with the byte range of the words that say it in the text
/// it was given (the caller maps that to lines of the file).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Hit<T> {
    pub(crate) value: T,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl<T> Hit<T> {
    pub(crate) fn new(value: T, start: usize, end: usize) -> Self {
        Self { value, start, end }
    }

    /// A hit found at folded range `from..to` of `folded`, placed in the original text.
    pub(crate) fn folded(folded: &Folded, value: T, from: usize, to: usize) -> Self {
        let (start, end) = folded.original_range(from, to);
        Self { value, start, end }
    }
}

/// Keep the first of overlapping findings, in text order, mapped to the original text.
pub(crate) fn first_of_overlapping<T>(
    folded: &Folded,
    mut found: Vec<(usize, usize, T)>,
) -> Vec<Hit<T>> {
    found.sort_by_key(|&(a, z, _)| (a, std::cmp::Reverse(z)));
    let mut hits = Vec::new();
    let mut last_end = 0;
    for (a, z, v) in found {
        if a < last_end {
            continue;
        }
        last_end = z;
        let (os, oe) = folded.original_range(a, z);
        hits.push(Hit::new(v, os, oe));
    }
    hits
}

/// Where a piece of text given to an extractor comes from: extractors trust a title or a
/// front matter value more than a passing mention in the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    /// The page title or the role named in the front matter.
    Title,
    /// Another front matter value (`contrat: CDD`).
    FrontMatter,
    /// A heading of the body.
    Heading,
    /// A paragraph or list item of the body.
    Body,
}
