//! Who hires: the organisation a posting names (front matter, or the subject of an
//! opening sentence), the chain it belongs to, and the programme it recruits for. Where the
//! front matter gives only a slug (`startup: mon-suivi-justice`), the name as the page
//! writes it ("Mon Suivi Justice") is preferred: a slug is an identifier, not a name.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::extract::dialect::Meaning;
use crate::extract::facts::organisation::{canonical, chain, strip_article};
use crate::model::{Posting, Source};
use crate::text::{fold, is_word_byte, words};

use super::Cx;

/// The hiring organisation, its chain, and the programme.
pub(super) fn organisation(cx: &mut Cx<'_>, p: &mut Posting) {
    if let Some(f) = cx.field(Meaning::Organisation)
        && let Some(v) = f.value.scalar_text()
    {
        let given = strip_article(&v);
        let known = canonical(given);
        p.organisation = Some(if known != given.trim() || !is_slug(given) {
            known
        } else {
            written_name(given, cx.sentences()).map_or(known, canonical)
        });
        cx.source("organisation", Source::key(&f.key, f.line));
    }
    if p.organisation.is_none() {
        let opening: Vec<&str> = cx.sentences().map(|(text, _)| text).take(12).collect();
        p.organisation = subject_organisation(&opening);
    }
    if let Some(org) = p.organisation.clone() {
        let parent = cx
            .field(Meaning::Parent)
            .and_then(|f| f.value.scalar_text())
            .map(|v| canonical(v.trim_start_matches("/organisations/")));
        p.organisation_chain = chain(&org, &cx.sentences().map(|(_, folded)| folded));
        if let Some(parent) = parent
            && !p.organisation_chain.contains(&parent)
        {
            p.organisation_chain.insert(1, parent);
        }
    }
    p.programme = cx.sentences().find_map(|(text, _)| programme(text));
}

/// Whether a front matter value is a slug rather than a name: one lower-case run of
/// letters, digits, `-`, `_` or `.` ("mon-suivi-justice", "trackdechets", "data.gouv.fr").
fn is_slug(value: &str) -> bool {
    let v = value.trim();
    !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
}

/// The letters and digits of a name, folded: what a slug and a written name share.
fn letters(s: &str) -> String {
    fold(s)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The name a page writes for `slug`: the first run of up to five words of its sentences
/// whose letters are the slug's ("Mon Suivi Justice" for `mon-suivi-justice`,
/// "Trackdéchets" for `trackdechets`), written with a capital; not inside a web or e-mail
/// address, where the slug itself is written.
fn written_name<'a>(
    slug: &str,
    sentences: impl Iterator<Item = (&'a str, &'a str)>,
) -> Option<&'a str> {
    let key = letters(slug);
    if key.len() < 3 {
        return None;
    }
    for (s, f) in sentences.take(60) {
        // Most sentences do not hold the name at all: look at their letters first.
        let compact: String = f.chars().filter(char::is_ascii_alphanumeric).collect();
        if !compact.contains(&key) {
            continue;
        }
        let b = s.as_bytes();
        let spans: Vec<(usize, usize)> = words(s).collect();
        for i in 0..spans.len() {
            let start = spans[i].0;
            let Some(&(_, end)) = spans[i..]
                .iter()
                .take(5)
                .find(|&&(_, e)| letters(&s[start..e]).len() >= key.len())
            else {
                continue;
            };
            if letters(&s[start..end]) != key {
                continue;
            }
            let in_address = (start > 0 && matches!(b[start - 1], b'/' | b'.' | b'@'))
                || (b.get(end).is_some_and(|&c| matches!(c, b'.' | b'@'))
                    && b.get(end + 1).is_some_and(|&c| is_word_byte(c)));
            // Quotes and pictograms around a name are not part of it ("« Info Parquet »").
            let name = s[start..end].trim_matches(|c: char| !c.is_alphanumeric());
            if !in_address && name.chars().any(char::is_uppercase) {
                return Some(name);
            }
        }
    }
    None
}

/// "Le pôle X recherche…", "X recrute", "Rejoignez l'équipe … à Etalab".
pub(super) fn subject_organisation(sentences: &[&str]) -> Option<String> {
    for s in sentences.iter().take(12) {
        let mut plain = s.replace(['*', '_', '#'], "");
        // "[OFFRE POURVUE] Rejoignez…": a banner is not the subject.
        while plain.trim_start().starts_with('[') {
            match plain.find(']') {
                Some(i) if !plain[i..].starts_with("](") => {
                    plain = plain[i + 1..].trim_start().to_owned();
                }
                _ => break,
            }
        }
        let f = fold(&plain);
        for verb in [" recrute", " recherche", " cherche"] {
            if let Some(i) = f.find(verb) {
                // "Profil recherché" names no one: the verb must introduce who is sought.
                let after = f[i + verb.len()..].trim_start_matches(['s', 'n', 't']);
                // Folding turned "recherché" into "recherche": look at the original letter.
                let participle = plain
                    .chars()
                    .nth(f[..i + verb.len()].chars().count() - 1)
                    .is_some_and(|c| c == 'é' || c == 'É');
                if participle || !after.starts_with([' ', ':']) || after.trim().is_empty() {
                    continue;
                }
                let head: String = plain.chars().take(f[..i].chars().count()).collect();
                // "L'Atelier numérique du ministère de la Culture": the innermost name.
                let head = match fold(&head).find(" du ministere") {
                    Some(j) => head
                        .chars()
                        .take(fold(&head)[..j].chars().count())
                        .collect(),
                    None => head,
                };
                let head = strip_article(
                    head.trim()
                        .trim_start_matches(['[', '!'])
                        .trim_end_matches(']'),
                );
                let head = head.split("](").next().unwrap_or(head).trim();
                // "Data.gouv.fr grandit et recherche": the name is before the first verb.
                let head = match head.strip_suffix(" et").and_then(|h| h.rsplit_once(' ')) {
                    Some((name, verb)) if verb.chars().next().is_some_and(char::is_lowercase) => {
                        name.trim()
                    }
                    _ => head,
                };
                let words = head.split_whitespace().count();
                if (1..=6).contains(&words)
                    && !["nous", "on", "vous", "qui"].contains(&fold(head).as_str())
                {
                    return Some(canonical(head));
                }
            }
        }
        // "À Etalab, département de la DINUM, nous sommes…": the team speaks from its home.
        for lead in ["a ", "chez "] {
            if let Some(rest) = f.strip_prefix(lead) {
                let tail: String = plain.chars().skip(f.len() - rest.len()).collect();
                let tail = tail.trim_start_matches(['[', ' ']);
                let name = tail.split([',', '(', ']', ':']).next().unwrap_or("").trim();
                let words = name.split_whitespace().count();
                if (1..=4).contains(&words)
                    && name.chars().next().is_some_and(char::is_uppercase)
                    && f.contains("nous ")
                {
                    return Some(canonical(name));
                }
            }
        }
        if f.starts_with("rejoignez") || f.contains("rejoindre") {
            for cue in [" a ", " chez "] {
                if let Some(i) = f.rfind(cue) {
                    let tail: String = plain
                        .chars()
                        .skip(f[..i + cue.len()].chars().count())
                        .collect();
                    let name: String = tail
                        .split([':', ',', '.', '(', '!'])
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_owned();
                    if !name.is_empty()
                        && name.chars().next().is_some_and(char::is_uppercase)
                        && name.split_whitespace().count() <= 4
                    {
                        return Some(canonical(&name));
                    }
                }
            }
        }
    }
    None
}

/// "programme Entrepreneurs d'Intérêt Général" → the capitalised name after "programme".
pub(super) fn programme(sentence: &str) -> Option<String> {
    // Folding only lower-cases the ASCII letters of "programme" (and may turn the space
    // after it from a no-break space): a case-blind byte search
    // rejects the many sentences without it before anything is folded.
    static WORD: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["programme"])
            .expect("a plain word")
    });
    if !WORD.is_match(sentence) {
        return None;
    }
    let f = fold(sentence);
    let i = f.find("programme ")?;
    let rest: String = sentence
        .chars()
        .skip(f[..i + "programme ".len()].chars().count())
        .collect();
    let mut words = Vec::new();
    for w in rest.split_whitespace() {
        let w = w.trim_matches(|c: char| {
            matches!(c, '[' | ']' | '*' | '_' | '"' | '“' | '”' | '»' | '«')
        });
        let lower_joiner = matches!(
            fold(w).as_str(),
            "d'interet" | "de" | "des" | "du" | "d'" | "et"
        );
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        // "Entrepreneurs d'intérêt général": a fixed phrase inside the name.
        let fixed = words
            .last()
            .is_some_and(|l: &String| fold(l) == "d'interet")
            && fold(w.trim_end_matches([',', '.', ')', ';', ':'])).starts_with("general");
        if capital
            || fixed
            || (lower_joiner && !words.is_empty())
            || (w.starts_with("d’") || w.starts_with("d'")) && !words.is_empty()
        {
            words.push(
                w.trim_end_matches([',', '.', ')', ';', ':'])
                    .replace('’', "'"),
            );
            if w.ends_with([',', '.', ')', ';', ':']) {
                break;
            }
        } else {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| matches!(fold(w).as_str(), "de" | "des" | "du" | "et"))
    {
        words.pop();
    }
    // A bare acronym says less than a name, and one word may just start a sentence.
    (words.len() >= 2).then(|| words.join(" "))
}

#[cfg(test)]
mod slug_tests {
    use super::*;

    fn name_for(slug: &str, text: &str) -> Option<String> {
        let sentences: Vec<&str> = text.split(". ").collect();
        let folded: Vec<String> = sentences.iter().map(|s| fold(s)).collect();
        let pairs = sentences
            .iter()
            .copied()
            .zip(folded.iter().map(String::as_str));
        written_name(slug, pairs).map(str::to_owned)
    }

    #[test]
    fn slugs_and_names() {
        assert!(is_slug("mon-suivi-justice"));
        assert!(is_slug("trackdechets"));
        assert!(!is_slug("Mon Suivi Justice"));
        assert!(!is_slug("DossierFacile"));
        let text = "Contact : equipe@mon-suivi-justice.beta.gouv.fr. L'équipe Mon Suivi Justice \
                    recrute. Trackdéchets aussi. Le Code du travail numérique grandit";
        assert_eq!(
            name_for("mon-suivi-justice", text).as_deref(),
            Some("Mon Suivi Justice")
        );
        assert_eq!(
            name_for("trackdechets", text).as_deref(),
            Some("Trackdéchets")
        );
        assert_eq!(
            name_for("codedutravail", text).as_deref(),
            Some("Code du travail")
        );
        // Written only in an address, or only in lower case: no better name.
        assert_eq!(
            name_for("mon-suivi", "Écrivez à mon-suivi@beta.gouv.fr"),
            None
        );
        assert_eq!(name_for("transport", "le transport de données"), None);
    }

    #[test]
    fn a_posting_prefers_the_written_name() {
        let page = "---\nroles: Développeur·se\nstartup: mon-suivi-justice\nopen: true\n---\n\
                    L'équipe Mon Suivi Justice recrute un·e développeur·se.\n";
        let crate::model::Page::Posting(p) = crate::model::Page::parse(page.as_bytes()).unwrap()
        else {
            panic!("a posting")
        };
        assert_eq!(p.organisation.as_deref(), Some("Mon Suivi Justice"));
        let page = page.replace("L'équipe Mon Suivi Justice", "L'équipe");
        let crate::model::Page::Posting(p) = crate::model::Page::parse(page.as_bytes()).unwrap()
        else {
            panic!("a posting")
        };
        assert_eq!(p.organisation.as_deref(), Some("mon-suivi-justice"));
    }
}
