//! Tokens of a folded sentence: words, numbers and punctuation.

use crate::text::number_word;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum K {
    Word,
    Num(u32),
    Punct(u8),
    /// An e-mail address (`@`) or a URL (`u`), kept out of the analysis.
    Skip(u8),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub(super) k: K,
    pub(super) s: usize,
    pub(super) e: usize,
    /// Whitespace before the token.
    sp: bool,
    /// Written with a capital first letter in the original.
    pub(super) cap: bool,
}

/// A folded sentence split into words, numbers and punctuation.
#[derive(Default)]
pub(crate) struct Lexed {
    pub(super) s: String,
    pub(super) t: Vec<Tok>,
}

fn is_alpha_at(s: &str, i: usize) -> bool {
    s.get(i..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_alphabetic)
}

fn char_len(s: &str, i: usize) -> usize {
    s.get(i..)
        .and_then(|r| r.chars().next())
        .map_or(1, char::len_utf8)
}

impl Lexed {
    /// Lex folded sentence `text`; `cap(i)` says whether folded byte `i` was upper case.
    pub(crate) fn lex(&mut self, text: &str, cap: &dyn Fn(usize) -> bool) {
        self.s.clear();
        self.s.push_str(text);
        self.t.clear();
        let bytes = text.as_bytes();
        let (mut i, mut sp) = (0, true);
        while i < bytes.len() {
            let byte = bytes[i];
            if byte.is_ascii_whitespace() {
                (sp, i) = (true, i + 1);
                continue;
            }
            if sp {
                let end = bytes[i..]
                    .iter()
                    .position(u8::is_ascii_whitespace)
                    .map_or(bytes.len(), |e| i + e);
                let chunk = &text[i..end];
                let cb = chunk.as_bytes();
                let (colon, at) = (cb.contains(&b':'), cb.contains(&b'@'));
                let skip = if (colon && chunk.contains("://")) || chunk.starts_with("www.") {
                    Some(b'u')
                } else {
                    (at && cb.contains(&b'.')).then_some(b'@')
                };
                if let Some(k) = skip {
                    self.t.push(Tok {
                        k: K::Skip(k),
                        s: i,
                        e: end,
                        sp,
                        cap: false,
                    });
                    i = end;
                    continue;
                }
            }
            let start = i;
            let kind = if byte.is_ascii_digit() {
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                K::Num(text[start..i].parse::<u32>().unwrap_or(u32::MAX))
            } else if byte.is_ascii_alphabetic() || is_alpha_at(text, i) {
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphabetic()
                        || (bytes[i] >= 0x80 && is_alpha_at(text, i)))
                {
                    i += char_len(text, i);
                }
                K::Word
            } else {
                i += char_len(text, i);
                K::Punct(if byte < 0x80 { byte } else { 0xFF })
            };
            self.t.push(Tok {
                k: kind,
                s: start,
                e: i,
                sp,
                cap: kind == K::Word && cap(start),
            });
            sp = false;
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.t.len()
    }

    /// The word at `i`, or "" (for numbers, punctuation and out of range too).
    pub(super) fn w(&self, i: usize) -> &str {
        match self.t.get(i) {
            Some(t) if t.k == K::Word => self.s.get(t.s..t.e).unwrap_or(""),
            _ => "",
        }
    }

    /// The word `back` tokens before `i`, or "".
    pub(super) fn prev(&self, i: usize, back: usize) -> &str {
        i.checked_sub(back).map_or("", |j| self.w(j))
    }

    pub(super) fn n(&self, i: usize) -> Option<u32> {
        match self.t.get(i)?.k {
            K::Num(v) => Some(v),
            _ => None,
        }
    }

    pub(super) fn digits(&self, i: usize) -> usize {
        self.t.get(i).map_or(0, |t| t.e - t.s)
    }

    /// A number in digits or words ("deux", "15", "two").
    pub(super) fn count(&self, i: usize) -> Option<u32> {
        let english = |w| ["two", "three", "four", "six"].iter().position(|n| *n == w);
        let en = english(self.w(i)).map(|p| [2, 3, 4, 6][p]);
        self.n(i).or_else(|| number_word(self.w(i))).or(en)
    }

    pub(super) fn p(&self, i: usize, c: u8) -> bool {
        self.t.get(i).is_some_and(|t| t.k == K::Punct(c))
    }

    pub(super) fn sp(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.sp)
    }

    /// The byte range of tokens `from..to` in the sentence.
    pub(crate) fn byte_range(&self, from: usize, to: usize) -> (usize, usize) {
        let a = self.t.get(from).map_or(0, |t| t.s);
        let b = to
            .checked_sub(1)
            .and_then(|k| self.t.get(k))
            .map_or(self.s.len(), |t| t.e);
        (a, b.max(a))
    }

    /// Clause ranges: split at commas, brackets, semicolons and spaced dashes.
    pub(crate) fn clauses(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, t) in self.t.iter().enumerate() {
            let cut = matches!(t.k, K::Punct(b',' | b'(' | b')' | b';'))
                || (t.k == K::Punct(b'-') && t.sp && self.sp(i + 1));
            if cut {
                if i > start {
                    out.push((start, i));
                }
                start = i + 1;
            }
        }
        if start < self.t.len() {
            out.push((start, self.t.len()));
        }
        out
    }
}
