//! Addresses of the national files' place columns: the street, the postal code and the
//! commune, in the gazetteer's spelling where it knows it.
//!
//! The cells are free text ("CIAS … - 35, rue de sérigné : 85200 Pissotte",
//! "ARSENAL CASTIGNEAU\n83000 TOULON", "N.C 92522 NEUILLY SUR SEINE CEDEX", "PALAISEAU"):
//! the street is found by the place rules of the pages, the rest here.

use crate::extract::facts::place::location_from_value;
use crate::model::Location;
use crate::text::{cities, fold};

use super::row::one_line;

/// The commune, street address and postal code of an address cell ("CIAS … - 35, rue de
/// sérigné : 85200 Pissotte", "ARSENAL CASTIGNEAU\n83000 TOULON", "PALAISEAU").
///
/// The street is found by the place rules of the pages; the commune is what follows the
/// postal code (the last five-digit number followed by a name: "BP 90090 28702 Auneau" is
/// in 28702), in the gazetteer's spelling where it knows it. Without a postal code, a cell
/// that is only a commune's name ("PALAISEAU", "PARIS 13") is the commune, and any other
/// text ("Préfecture de l'Eure") is kept as the address.
pub(crate) fn address(value: &str) -> Option<Location> {
    let cleaned = one_line(&value.replace(" : ", ", "));
    // Runs of spaces are layout; "35, rue" is "35 rue".
    let mut plain = String::with_capacity(cleaned.len());
    for word in cleaned.split_whitespace() {
        if !plain.is_empty() {
            plain.push(' ');
        }
        plain.push_str(word);
    }
    let plain = number_comma(&plain);
    let plain = plain.trim_start_matches([':', '-', ',', ' ']).trim();
    if plain.is_empty() || matches!(fold(plain).trim(), "n.c" | "nc" | "n.c.") {
        return None;
    }
    let mut loc = location_from_value(plain).unwrap_or_default();
    let found_city = loc.city.as_deref().and_then(known_commune);
    if let Some((at, postal)) = postal_code_in(plain) {
        loc.postal_code = Some(postal.to_owned());
        let after = commune(plain[at + postal.len()..].trim_start_matches([' ', ',', '-', '–']));
        loc.city = known_prefix(&after)
            .or(found_city)
            .map(str::to_owned)
            .or_else(|| {
                after
                    .starts_with(char::is_alphabetic)
                    .then(|| usual_spelling(&after))
            })
            .or(loc.city.take());
        // What comes before it is the address, as written, when no street was found in it
        // ("ARSENAL CASTIGNEAU", "route de Fontevraud").
        let before = plain[..at]
            .trim_end_matches([' ', ',', '-', ':', '–'])
            .trim();
        let before = before.strip_prefix("N.C").map_or(before, str::trim);
        if loc.address.is_none() && !before.is_empty() {
            loc.address = Some(before.to_owned());
        }
    } else {
        loc.city = known_commune(&commune(plain))
            .or(found_city)
            .map(str::to_owned)
            .or_else(|| only_a_commune(plain).then(|| usual_spelling(&commune(plain))));
        if loc.city.is_none() && loc.address.is_none() {
            loc.address = Some(plain.to_owned());
        }
    }
    (loc != Location::default()).then_some(loc)
}

/// The postal code of an address and where it is: the last five-digit number followed
/// by a name, else the last five-digit number.
fn postal_code_in(text: &str) -> Option<(usize, &str)> {
    let b = text.as_bytes();
    let mut last = None;
    let mut named = None;
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let end = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if end - i == 5 && !b.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                last = Some(i);
                let rest = text[end..].trim_start_matches([' ', ',', '-', '–']);
                if rest.starts_with(char::is_alphabetic) {
                    named = Some(i);
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
    named.or(last).map(|at| (at, &text[at..at + 5]))
}

/// A name as a gazetteer key: folded, `-` and `'` as spaces, "St"/"Ste" as
/// "Saint"/"Sainte".
pub(crate) fn key(name: &str) -> String {
    let f = fold(name).replace(['-', '\''], " ");
    let words: Vec<&str> = f
        .split_whitespace()
        .map(|w| match w {
            "st" => "saint",
            "ste" => "sainte",
            w => w,
        })
        .collect();
    words.join(" ")
}

/// The gazetteer's spelling of a commune.
fn known_commune(name: &str) -> Option<&'static str> {
    cities::lookup(&key(name)).map(|c| c.name)
}

/// The first commune of the gazetteer named in `text` that is in département `code`.
pub(crate) fn city_in(text: &str, code: &str) -> Option<&'static str> {
    let k = key(text);
    let words: Vec<(usize, usize)> = word_bounds(&k).collect();
    (0..words.len()).find_map(|i| {
        words[i..(i + 6).min(words.len())]
            .iter()
            .rev()
            .find_map(|&(_, end)| {
                cities::lookup(&k[words[i].0..end])
                    .filter(|c| c.department == code)
                    .map(|c| c.name)
            })
    })
}

/// The commune the first words of `text` name ("SAINT-DENIS courriel" → Saint-Denis).
fn known_prefix(text: &str) -> Option<&'static str> {
    let k = key(text);
    word_bounds(&k)
        .take(6)
        .map(|(_, end)| end)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .find_map(|end| cities::lookup(&k[..end]).map(|c| c.name))
}

/// The byte ranges of the words of a gazetteer key (words are separated by one space).
fn word_bounds(k: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    k.split(' ').scan(0, |at, w| {
        let start = *at;
        *at += w.len() + 1;
        Some((start, start + w.len()))
    })
}

/// Whether a cell with no postal code is a commune's name alone: written in capitals, as
/// the open-data export writes communes ("SATHONAY-CAMP"), a few words, none saying it is
/// a building or a service.
fn only_a_commune(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let upper = letters.clone().count() > 1 && letters.into_iter().all(char::is_uppercase);
    // "Sevenans": one capitalised word.
    let one_word = text.starts_with(char::is_uppercase)
        && text
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    let upper = upper || one_word;
    let f = fold(text);
    let first = f.split([' ', '-']).next().unwrap_or("");
    let place = [
        "prefecture",
        "sous",
        "mairie",
        "hotel",
        "site",
        "service",
        "direction",
        "universite",
        "campus",
        "ecole",
        "tribunal",
        "centre",
        "cite",
        "immeuble",
        "laboratoire",
        "institut",
        "ministere",
        "secteur",
        "batiment",
        "bat",
        "residence",
        "agence",
    ];
    upper
        && !text.contains(|c: char| c.is_ascii_digit() || c == ',')
        && f.split_whitespace().count() <= 5
        && !place.contains(&first)
}

/// "35, rue de sérigné" → "35 rue de sérigné": a street number before a comma.
fn number_comma(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (i, _) in text.match_indices(", ") {
        let digits = b[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let starts_word = i == digits || !b[i - digits - 1].is_ascii_alphanumeric();
        let next_letter = b.get(i + 2).is_some_and(u8::is_ascii_alphabetic);
        if digits > 0 && digits <= 4 && starts_word && next_letter {
            out.push_str(&text[last..i]);
            out.push(' ');
            last = i + 2;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// A commune as written after a postal code: up to a comma or "cedex".
fn commune(after: &str) -> String {
    let end = after
        .find([',', '(', '–'])
        .into_iter()
        .chain(after.find(" - "))
        .min()
        .unwrap_or(after.len());
    let mut name = after[..end].trim();
    // Positions in the name itself: ASCII lower case keeps every byte where it was, where
    // folding ("É" → "e", "Ã©" → "e") would move them and cut inside a character.
    let lower = name.to_ascii_lowercase();
    if let Some(i) = lower
        .find(" cedex")
        .or_else(|| lower.starts_with("cedex").then_some(0))
    {
        name = name[..i].trim();
    }
    name.trim_end_matches(['.', '-', ' ']).to_owned()
}

/// The gazetteer's spelling of a commune ("TOULON" → "Toulon", "CLERMONT FERRAND" →
/// "Clermont-Ferrand"); a name it does not know, written all in capitals or all in small
/// letters, with capitals on its words.
fn usual_spelling(city: &str) -> String {
    if let Some(name) = known_commune(city) {
        return name.to_owned();
    }
    let upper = city
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let lower = city
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_lowercase);
    if !(upper || lower) {
        return city.to_owned();
    }
    let mut out = String::with_capacity(city.len());
    let mut start = true;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, first: bool| {
        let small = [
            "a", "de", "du", "des", "la", "le", "les", "sur", "sous", "en", "et", "aux",
        ];
        if !first && small.contains(&word.as_str()) {
            out.push_str(word);
        } else {
            let mut cs = word.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        }
        word.clear();
    };
    for c in city.chars() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            let first = out.is_empty();
            flush(&mut word, &mut out, first);
            out.push(c);
            start = false;
        }
    }
    let first = out.is_empty() || start;
    flush(&mut word, &mut out, first);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the national fuzz target: the "cedex" cut was found in the folded name and
    /// applied to the name as written, inside a character when folding had shortened it.
    #[test]
    fn cedex_is_cut_where_it_is_written() {
        assert_eq!(commune("Évry-Courcouronnes CEDEX 9"), "Évry-Courcouronnes");
        assert_eq!(commune("Ã‰vry Ã©Ã© Cedex"), "Ã‰vry Ã©Ã©");
        assert_eq!(commune("Cedex 3"), "");
        assert_eq!(commune("Sèvres, Hauts-de-Seine"), "Sèvres");
    }

    #[test]
    fn communes() {
        assert_eq!(usual_spelling("TOULON"), "Toulon");
        assert_eq!(usual_spelling("SATHONAY-CAMP"), "Sathonay-Camp");
        assert_eq!(usual_spelling("PONT A MOUSSON"), "Pont a Mousson");
        assert_eq!(
            number_comma("CIAS - 35, rue de sérigné, 85200"),
            "CIAS - 35 rue de sérigné, 85200"
        );
        assert_eq!(
            usual_spelling("Saint-André-des-Eaux"),
            "Saint-André-des-Eaux"
        );
        assert_eq!(commune("CLERMONT FERRAND CEDEX 2"), "CLERMONT FERRAND");
        assert_eq!(commune("Saumur cedex"), "Saumur");
        assert_eq!(commune("Paris - Métro Chevaleret"), "Paris");
        assert_eq!(
            postal_code_in("Avenue gambetta - BP 90090 28702 Auneau cedex"),
            Some((27, "28702"))
        );
        assert_eq!(postal_code_in("75013 - Métro"), Some((0, "75013")));
        assert_eq!(
            postal_code_in("33 Boulevard du Port 95000"),
            Some((21, "95000"))
        );
        assert_eq!(postal_code_in("tel 0612345678"), None);
        assert!(only_a_commune("SATHONAY-CAMP"));
        assert!(only_a_commune("Sevenans"));
        assert_eq!(known_prefix("SAINT-DENIS courriel"), Some("Saint-Denis"));
        assert_eq!(
            city_in("DIT de DIJON / Antenne BOURGES", "18"),
            Some("Bourges")
        );
        assert_eq!(
            city_in("DIT de DIJON / Antenne BOURGES", "21"),
            Some("Dijon")
        );
        assert!(!only_a_commune("PREFECTURE DES DEUX SEVRES"));
        assert!(!only_a_commune("Préfecture de l'Eure"));
    }
}
