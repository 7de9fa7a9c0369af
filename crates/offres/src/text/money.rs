//! Amounts of money in folded text: "3 500 €", "577,50 euros", "45 k€", "600 EUR", and the
//! ranges pages write them in ("entre 500 et 650 €", "45–55 k€", "350-550 €", "de 2 200 à
//! 2 500 €"), with the bounds a page leaves open ("jusqu'à 850 €", "à partir de 2 200 €").
//!
//! Only figures written with a currency count (one currency may serve both ends of a
//! range): a number alone is a year, a share, a count of people or days. Sums in millions
//! ("2 M€", "250 millions d'euros") are refused: no one is paid that much.

#![allow(clippy::many_single_char_names)] // text t, bytes b, positions s, e, i read best short

use crate::text::is_word_byte;

/// One amount or range of amounts, in units (not thousands), as folded byte offsets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Amount {
    /// The lower bound; `None` when the text gives only a ceiling ("jusqu'à 850 €").
    pub(crate) min: Option<f64>,
    /// The upper bound; `None` when the text gives only a floor ("à partir de 2 200 €").
    pub(crate) max: Option<f64>,
    /// Whether a currency was written (always, unless asked for bare numbers).
    pub(crate) currency: bool,
    /// Whether the figures were written in thousands ("45 k€").
    pub(crate) thousands: bool,
    /// Where the words of the amount start (the bound word included) and end (the
    /// currency included).
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// A figure: its value, whether it was in thousands (`k`), whether a currency follows, and
/// its end (after the currency, if any).
#[derive(Clone, Copy, Debug)]
struct Figure {
    value: f64,
    thousands: bool,
    currency: bool,
    start: usize,
    end: usize,
}

/// Every amount in `t[from..to]`. With `bare`, numbers without a currency count too (a
/// front matter value under a pay key, where the key says what the number is).
pub(crate) fn amounts(t: &str, from: usize, to: usize, bare: bool) -> Vec<Amount> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if !b[i].is_ascii_digit() || (i > from && (is_word_byte(b[i - 1]) || b[i - 1] == b'.')) {
            i += 1;
            continue;
        }
        let Some(first) = figure_at(t, i, to) else {
            // Skip the rest of this word ("16jours", "2M€", "v2").
            while i < to && (is_word_byte(b[i]) || b[i] == b',' || b[i] == b'.') {
                i += 1;
            }
            continue;
        };
        let mut amount = Amount {
            min: Some(first.value),
            max: Some(first.value),
            currency: first.currency,
            thousands: first.thousands,
            start: first.start,
            end: first.end,
        };
        // A range: "500 à 650 €", "45–55 k€", "entre 38 et 45 K€".
        if let Some(second) = range_end(t, first.end, to) {
            // "45–55 k€": the thousands of the second figure are the first's too.
            let low = if second.thousands && !first.thousands && first.value < 1000.0 {
                first.value * 1000.0
            } else {
                first.value
            };
            if low < second.value {
                amount.min = Some(low);
                amount.max = Some(second.value);
                amount.currency |= second.currency;
                amount.thousands |= second.thousands;
                amount.end = second.end;
            }
        }
        let (bound, bound_start) = bound_before(t, from, first.start);
        match bound {
            Bound::Ceiling if amount.min == amount.max => amount.min = None,
            Bound::Floor if amount.min == amount.max => amount.max = None,
            _ => {}
        }
        amount.start = bound_start;
        i = amount.end.max(i + 1);
        if amount.currency || bare {
            out.push(amount);
        }
    }
    out
}

/// What the words before an amount say about it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bound {
    None,
    /// "jusqu'à", "maximum", "au plus".
    Ceiling,
    /// "à partir de", "dès", "au moins", "minimum".
    Floor,
}

fn bound_before(t: &str, from: usize, at: usize) -> (Bound, usize) {
    let before = t[from..at].trim_end_matches([' ', ':']);
    for (cue, bound) in [
        ("jusqu'a", Bound::Ceiling),
        ("jusqu'au", Bound::Ceiling),
        ("maximum", Bound::Ceiling),
        ("max", Bound::Ceiling),
        ("au plus", Bound::Ceiling),
        ("plafonnee a", Bound::Ceiling),
        ("plafonne a", Bound::Ceiling),
        ("a partir de", Bound::Floor),
        ("a partir d'", Bound::Floor),
        ("des", Bound::Floor),
        ("minimum", Bound::Floor),
        ("min", Bound::Floor),
        ("au moins", Bound::Floor),
        ("plus de", Bound::Floor),
        ("superieure a", Bound::Floor),
        ("superieur a", Bound::Floor),
    ] {
        if let Some(head) = before.strip_suffix(cue)
            && head.bytes().last().is_none_or(|c| !is_word_byte(c))
        {
            return (bound, from + head.len());
        }
    }
    (Bound::None, at)
}

/// The second figure of a range after `at`: "à 650 €", "– 55 k€", "et 45 K€".
fn range_end(t: &str, at: usize, to: usize) -> Option<Figure> {
    let rest = &t[at..to];
    let trimmed = rest.trim_start_matches(' ');
    let after_sep = ["-", "a ", "et ", "ou "]
        .iter()
        .find_map(|sep| trimmed.strip_prefix(sep))?;
    let next = after_sep.trim_start_matches(' ');
    figure_at(t, at + (rest.len() - next.len()), to)
}

/// A figure starting at `i`: digits with thousands groups ("3 500", "2.200") or decimals
/// ("577,50"), then an optional `k`, then an optional currency.
fn figure_at(t: &str, i: usize, to: usize) -> Option<Figure> {
    let b = &t.as_bytes()[..to];
    let digits = |k: usize| b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n = digits(i);
    if n == 0 || n > 7 {
        return None;
    }
    let mut text: String = t[i..i + n].to_owned();
    let mut e = i + n;
    // Thousands groups: "3 500", "30 000", "2.200" (exactly three digits each).
    if n <= 3 {
        while e + 4 <= b.len()
            && matches!(b[e], b' ' | b'.')
            && digits(e + 1) == 3
            && b.get(e + 4).is_none_or(|c| !c.is_ascii_digit())
            // "2.20" is a decimal; "3.500 €" and "3 500" group thousands.
            && !(b[e] == b'.' && b.get(e + 4) == Some(&b'.'))
        {
            text.push_str(&t[e + 1..e + 4]);
            e += 4;
        }
    }
    // Decimals: "577,50", "4.35".
    if matches!(b.get(e), Some(b',' | b'.'))
        && (1..=2).contains(&digits(e + 1))
        && b.get(e + 1 + digits(e + 1))
            .is_none_or(|c| !c.is_ascii_digit())
    {
        let d = digits(e + 1);
        text.push('.');
        text.push_str(&t[e + 1..e + 1 + d]);
        e += 1 + d;
    }
    let mut value: f64 = text.parse().ok()?;
    let mut p = skip_spaces(b, e);
    let mut thousands = false;
    let rest = &t[p..];
    // "45k€", "45 K€", "45 keur", "45 k euros".
    if rest.starts_with('k')
        && rest[1..]
            .bytes()
            .next()
            .is_none_or(|c| !c.is_ascii_alphabetic())
    {
        thousands = true;
        value *= 1000.0;
        p = skip_spaces(b, p + 1);
    } else if let Some(r) = rest.strip_prefix("keur")
        && r.bytes().next().is_none_or(|c| !is_word_byte(c))
    {
        return Some(Figure {
            value: value * 1000.0,
            thousands: true,
            currency: true,
            start: i,
            end: p + 4,
        });
    }
    let rest = &t[p..];
    // Millions are budgets, not pay.
    for big in ["m€", "md€", "mds", "million", "milliard", "m eur", "meur"] {
        if rest.starts_with(big) {
            return None;
        }
    }
    // The figure must end its word: "16jours", "2x", "v2" are not amounts.
    if !thousands && b.get(e).is_some_and(|&c| is_word_byte(c) && c != 0xe2) {
        return None;
    }
    let currency_len = currency_at(rest);
    let currency = currency_len > 0;
    let end = if currency {
        p + currency_len
    } else if thousands {
        p
    } else {
        e
    };
    Some(Figure {
        value,
        thousands,
        currency,
        start: i,
        end,
    })
}

/// The length of a currency written at the start of `rest` ("€", "euros", "eur"), or 0.
fn currency_at(rest: &str) -> usize {
    if rest.starts_with('€') {
        return '€'.len_utf8();
    }
    for word in ["euros", "euro", "eur", "d'euros"] {
        if let Some(r) = rest.strip_prefix(word)
            && r.bytes().next().is_none_or(|c| !is_word_byte(c))
        {
            return word.len();
        }
    }
    0
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn read(text: &str) -> Vec<(Option<f64>, Option<f64>, bool)> {
        let t = fold(text);
        amounts(&t, 0, t.len(), false)
            .into_iter()
            .map(|a| (a.min, a.max, a.currency))
            .collect()
    }

    #[test]
    fn figures_and_ranges() {
        let one = |v: f64| vec![(Some(v), Some(v), true)];
        let range = |a: f64, z: f64| vec![(Some(a), Some(z), true)];
        assert_eq!(read("3 500 € nets"), one(3500.0));
        assert_eq!(read("3\u{202f}500\u{a0}€"), one(3500.0));
        assert_eq!(read("577,50 euros/mois"), one(577.5));
        assert_eq!(read("45 k€ brut"), one(45000.0));
        assert_eq!(read("600€ HT/jour"), one(600.0));
        assert_eq!(read("500 EUR HT"), one(500.0));
        assert_eq!(read("entre 500 € et 650 €"), range(500.0, 650.0));
        assert_eq!(read("entre 300 et 450 euros"), range(300.0, 450.0));
        assert_eq!(read("45–55 k€"), range(45000.0, 55000.0));
        assert_eq!(read("entre 38 et 45 K€ bruts"), range(38000.0, 45000.0));
        assert_eq!(read("350-550 €"), range(350.0, 550.0));
        assert_eq!(read("30 000 – 70 000 € brut"), range(30000.0, 70000.0));
        assert_eq!(read("de 2 200 à 2 500 €"), range(2200.0, 2500.0));
        assert_eq!(read("jusqu'à 850€"), vec![(None, Some(850.0), true)]);
        assert_eq!(read("max 600 euros"), vec![(None, Some(600.0), true)]);
        assert_eq!(
            read("à partir de 2 200 €"),
            vec![(Some(2200.0), None, true)]
        );
        assert_eq!(read("45 keur"), one(45000.0));
    }

    #[test]
    fn not_amounts() {
        for text in [
            "un budget de 2 M€",
            "250 millions d'euros",
            "4 milliards d’euros",
            "en 2021",
            "80 % du temps",
            "une équipe de 5 personnes",
            "sur 16jours/mois",
            "la v2 du service",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
    }
}
