//! The working time of a public post: "temps complet", "temps non complet (28h/35h)",
//! "poste à temps non complet de 17h30 hebdomadaires", "temps incomplet à 80 %".
//!
//! Why: in the civil service a post is created at temps complet or at temps non complet
//! with a number of weekly hours; that share sets pay and pension, apart from the part time
//! an agent may ask for (which `part_time` reads).
//!
//! The share is read only where the page gives it: hours of a 35-hour week, a percentage,
//! or a fraction of 35. "Temps plein", the private sector's word, and a negation ("pas à
//! temps complet") give nothing.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
use crate::model::WorkingTime;
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{one_of, sentence_around, words_in};
use crate::text::{Folded, Hit, fold};

/// Working time's trigger words.
pub(crate) const TRIGGERS: &[&str] = &["temps complet", "non complet", "temps incomplet"];

/// Find the working time of the post.
#[cfg(test)]
pub(crate) fn find_working_time(text: &str) -> Vec<Hit<WorkingTime>> {
    find_working_time_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_working_time`] on a passage already folded and scanned.
pub(crate) fn find_working_time_in(p: &Passage) -> Vec<Hit<WorkingTime>> {
    p.on_trigger_lines(Fact::WorkingTime, |_, folded| working_time_in(folded))
}

/// A front matter or table value: "Temps complet", "Temps non complet (24h)"; for a
/// `temps_plein`-like key, `full` reads yes as temps complet and no as non complet.
pub(crate) fn working_time_from_value(
    value: &str,
    yes_means_complete: bool,
) -> Option<WorkingTime> {
    let folded = Folded::new(value);
    if let Some(h) = working_time_in(&folded).into_iter().next() {
        return Some(h.value);
    }
    let f = fold(value);
    match f.trim() {
        "temps plein" | "complet" | "plein" => Some(WorkingTime::Complete),
        "true" | "oui" | "yes" if yes_means_complete => Some(WorkingTime::Complete),
        "false" | "non" | "no" if yes_means_complete => {
            Some(WorkingTime::NonComplete { share: None })
        }
        _ => None,
    }
}

fn working_time_in(folded: &Folded) -> Vec<Hit<WorkingTime>> {
    let t = folded.text.as_str();
    let toks = words_in(t, 0, t.len());
    let w = |k: usize| toks.get(k).map_or("", |&(a, z)| &t[a..z]);
    let mut hits = Vec::new();
    for k in 0..toks.len() {
        if w(k) != "temps" {
            continue;
        }
        let (non, last) = match (w(k + 1), w(k + 2)) {
            ("complet", _) => (false, k + 1),
            ("non", "complet") => (true, k + 2),
            ("incomplet", _) => (true, k + 1),
            _ => continue,
        };
        let back = |d: usize| w(k.wrapping_sub(d));
        // "Télétravail à temps complet" is a telework policy, not the post's time.
        if (1..=4).any(|d| one_of("pas|jamais|ni", back(d)))
            || (1..=3)
                .any(|d| back(d).starts_with("teletravail") || one_of("remote|distance", back(d)))
        {
            continue;
        }
        let value = if non {
            let (_, e) = sentence_around(t, toks[last].1);
            WorkingTime::NonComplete {
                share: share_after(t, &toks, last + 1, e),
            }
        } else {
            WorkingTime::Complete
        };
        hits.push(Hit::folded(folded, value, toks[k].0, toks[last].1));
    }
    hits
}

/// The share of full time in the words after "temps non complet" (up to the sentence end
/// `e`): "28h/35h", "17h30 hebdomadaires", "de 24 heures par semaine", "à 80 %", "28/35e".
#[allow(clippy::cast_precision_loss)]
fn share_after(t: &str, toks: &[(usize, usize)], from: usize, e: usize) -> Option<f32> {
    let w = |k: usize| {
        toks.get(k)
            .filter(|&&(a, _)| a < e)
            .map_or("", |&(a, z)| &t[a..z])
    };
    for k in from..(from + 8).min(toks.len()) {
        let word = w(k);
        if word.is_empty() {
            break;
        }
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        let Ok(n) = digits.parse::<u32>() else {
            continue;
        };
        let rest = &word[digits.len()..];
        let after = &t[toks[k].1..];
        // "80 %"
        if rest.is_empty() && after.trim_start().starts_with('%') && (1..100).contains(&n) {
            return Some(n as f32 / 100.0);
        }
        // "28/35", "28/35e", "28h/35h"
        let over = after.strip_prefix('/').or_else(|| {
            rest.strip_prefix('h')
                .filter(|r| r.is_empty())
                .and_then(|_| after.strip_prefix('/'))
        });
        if over.is_some_and(|o| o.starts_with("35")) && (1..35).contains(&n) {
            return Some(n as f32 / 35.0);
        }
        // "17h30", "24 heures", "24h" with a week nearby.
        let minutes = rest
            .strip_prefix('h')
            .and_then(|m| {
                if m.is_empty() {
                    Some(0)
                } else {
                    m.parse::<u32>().ok()
                }
            })
            .filter(|m| *m < 60);
        let hours_word = rest.is_empty() && one_of("h|heures|heure", w(k + 1));
        if let Some(m) = minutes.or(hours_word.then_some(0))
            && (1..35).contains(&n)
        {
            return Some((n as f32 + m as f32 / 60.0) / 35.0);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    fn non(share: Option<f32>) -> WorkingTime {
        WorkingTime::NonComplete { share }
    }

    #[test]
    fn working_time_phrases() {
        let pass = [
            ("Poste à temps complet.", WorkingTime::Complete),
            (
                "Temps de travail : temps complet (35h)",
                WorkingTime::Complete,
            ),
            ("Poste à temps non complet (28h/35h)", non(Some(0.8))),
            (
                "Emploi à temps non complet de 17h30 hebdomadaires",
                non(Some(0.5)),
            ),
            ("Temps incomplet à 80 %", non(Some(0.8))),
            (
                "temps non complet, 24 heures par semaine",
                non(Some(24.0 / 35.0)),
            ),
            ("Poste à temps non complet.", non(None)),
        ];
        let fail = [
            "Poste à temps plein.",
            "Ce n'est pas un poste à temps complet.",
            "Un dossier complet en temps voulu.",
            "Télétravail à temps complet possible.",
        ];
        let read = |text: &str| find_working_time(text).into_iter().next().map(|h| h.value);
        test_rule("working_time", Some(Fact::WorkingTime), read, &pass, &fail);
    }

    #[test]
    fn values() {
        assert_eq!(
            working_time_from_value("Temps complet", false),
            Some(WorkingTime::Complete)
        );
        assert_eq!(
            working_time_from_value("Oui", true),
            Some(WorkingTime::Complete)
        );
        assert_eq!(working_time_from_value("Non", true), Some(non(None)));
        assert_eq!(working_time_from_value("Oui", false), None);
    }
}
