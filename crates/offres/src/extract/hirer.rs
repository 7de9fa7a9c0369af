//! Who hires: the organisation a posting names (front matter, or the subject of an
//! opening sentence), the chain it belongs to, and the programme it recruits for.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::extract::dialect::Meaning;
use crate::extract::facts::organisation::{canonical, chain, strip_article};
use crate::model::{Posting, Source};
use crate::text::fold;

use super::Cx;

/// The hiring organisation, its chain, and the programme.
pub(super) fn organisation(cx: &mut Cx<'_>, p: &mut Posting) {
    if let Some(f) = cx.field(Meaning::Organisation)
        && let Some(v) = f.value.scalar_text()
    {
        p.organisation = Some(canonical(strip_article(&v)));
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
