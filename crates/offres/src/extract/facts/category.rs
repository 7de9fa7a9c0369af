//! The civil-service catégories a post is open to: "catégorie A", "catégorie A+",
//! "catégories A ou B", "cat. B", "de catégorie A/A+".
//!
//! Why: a catégorie says the level of a public post (A for cadres, B for intermediate
//! posts, C for employees) and who may apply by détachement; national offers give it in a
//! column, pages in a sentence.
//!
//! The letters count only as written in capitals, each a word of its own: "cette
//! catégorie a été créée" (the verb) and "catégorie : Actualités" give nothing, nor do
//! other catégories ("catégorie de produits", "catégories socio-professionnelles").

#![allow(clippy::many_single_char_names)] // text t, bytes b, positions s, e, i read best short

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::Category;
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::word_starts;
use crate::text::{Folded, Hit, fold};

/// Category's trigger words.
pub(crate) const TRIGGERS: &[&str] = &["categorie", "cat."];

/// Find the catégories a passage states.
#[cfg(test)]
pub(crate) fn find_categories(text: &str) -> Vec<Hit<Vec<Category>>> {
    find_categories_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_categories`] on a passage already folded and scanned.
pub(crate) fn find_categories_in(p: &Passage) -> Vec<Hit<Vec<Category>>> {
    p.on_trigger_lines(Fact::Category, categories_in)
}

/// A front matter or table value: "A", "A+", "Catégorie B (profession intermédiaire)",
/// "A ou B". Letters may be in lower case here: the key says what they are.
pub(crate) fn categories_from_value(value: &str) -> Vec<Category> {
    let f = fold(value);
    let rest = f.trim_start();
    let rest = rest.strip_prefix("categorie").unwrap_or(rest);
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    let mut out = Vec::new();
    for word in rest.split([' ', ',', '/', ':', ';', '(', ')']) {
        match word {
            "" | "ou" | "et" | "-" => {}
            _ => match letter(word) {
                Some(c) => out.push(c),
                // "(cadre)", "(profession intermédiaire)": the gloss after the letters.
                None if !out.is_empty() => break,
                None => return Vec::new(),
            },
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn letter(w: &str) -> Option<Category> {
    Some(match w {
        "a+" => Category::APlus,
        "a" => Category::A,
        "b" => Category::B,
        "c" => Category::C,
        _ => return None,
    })
}

fn categories_in(window: &str, folded: &Folded) -> Vec<Hit<Vec<Category>>> {
    let t = folded.text.as_str();
    let b = t.as_bytes();
    let mut hits = Vec::new();
    let starts = word_starts(t, "categorie").chain(word_starts(t, "cat."));
    for at in starts {
        let mut p = at + if t[at..].starts_with("cat.") { 4 } else { 9 };
        if b.get(p) == Some(&b's') {
            p += 1;
        }
        let mut found = Vec::new();
        let mut end = p;
        loop {
            while p < b.len() && matches!(b[p], b' ' | b':' | b'*' | b'_' | b',' | b'/') {
                p += 1;
            }
            if let Some(rest) = t[p..].strip_prefix("ou ").or(t[p..].strip_prefix("et ")) {
                if found.is_empty() {
                    break;
                }
                p = t.len() - rest.len();
                continue;
            }
            let Some(&c) = b.get(p) else { break };
            if !matches!(c, b'a' | b'b' | b'c') {
                break;
            }
            // The letter as written: a capital, alone ("A", "A+").
            let capital = window[folded.original(p)..].starts_with(['A', 'B', 'C']);
            let plus = c == b'a' && b.get(p + 1) == Some(&b'+');
            let q = p + 1 + usize::from(plus);
            let alone = b
                .get(q)
                .is_none_or(|n| !n.is_ascii_alphanumeric() && *n < 0x80);
            if !capital || !alone {
                break;
            }
            found.push(match (c, plus) {
                (b'a', true) => Category::APlus,
                (b'a', false) => Category::A,
                (b'b', _) => Category::B,
                _ => Category::C,
            });
            p = q;
            end = q;
        }
        if !found.is_empty() {
            found.sort_unstable();
            found.dedup();
            hits.push(Hit::folded(folded, found, at, end));
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;
    use Category::{A, APlus, B, C};

    #[test]
    fn category_phrases() {
        let pass: &[(&str, Vec<Category>)] = &[
            ("Poste de catégorie A, ouvert aux contractuels.", vec![A]),
            ("Catégorie : A+", vec![APlus]),
            ("Emploi ouvert aux agents de catégories A ou B", vec![A, B]),
            ("catégorie A/A+ (cadre)", vec![APlus, A]),
            ("Cat. B – technicien", vec![B]),
            ("Corps de catégorie C et B", vec![B, C]),
            ("**Catégorie** : B", vec![B]),
        ];
        let fail = [
            "Cette catégorie a été créée en 2019.",
            "Catégorie : Actualités",
            "Une catégorie de produits très demandée.",
            "Les catégories socio-professionnelles des usagers.",
            "Une catégorie à part entière.",
        ];
        let read = |text: &str| find_categories(text).into_iter().next().map(|h| h.value);
        test_rule("category", Some(Fact::Category), read, pass, &fail);
    }

    #[test]
    fn values() {
        assert_eq!(
            categories_from_value("Catégorie A (cadre)"),
            vec![Category::A]
        );
        assert_eq!(
            categories_from_value("Catégorie A+ (Encadrement supérieur - …)"),
            vec![Category::APlus]
        );
        assert_eq!(
            categories_from_value("a ou b"),
            vec![Category::A, Category::B]
        );
        assert!(categories_from_value("actualites").is_empty());
        assert!(categories_from_value("Blog").is_empty());
    }
}
