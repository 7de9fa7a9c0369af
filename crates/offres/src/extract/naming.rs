//! Whose page is it: the name of a team or organisation, from its title or, when the title
//! is a description ("Comment nous travaillons", "Les équipes"), from its opening lines.
//!
//! A title that does not name anyone gives no name rather than the title itself: a notebook
//! grouping pages by organisation must not get one group per page heading.

use crate::text::Folded;

/// Words that make a title a description of a page about a team, not its name.
const DESCRIBES: &[&str] = &[
    "mission",
    "engagement",
    "rituel",
    "fonctionnement",
    "organisation",
    "valeurs",
    "pratiques",
    "charte",
];

/// Nouns that name a unit of an administration when a name follows them
/// ("pôle logiciels libres", "équipe « Données »", "conseil logiciels libres").
const UNIT_NOUNS: &[&str] = &[
    "pole ",
    "equipe ",
    "team ",
    "mission ",
    "lab ",
    "laboratoire ",
    "cellule ",
    "bureau ",
    "unite ",
    "communaute ",
    "conseil ",
    "fabrique ",
];

/// What may stand right before a unit noun: the start of the title or an article.
const BEFORE_UNIT: &[&str] = &[
    "du ", "de la ", "de l'", "d'une ", "d'un ", " l'", " la ", " le ", "une ", "un ", ": ",
];

/// Where the name of a unit stops.
const UNIT_STOPS: &[&str] = &[
    ":", "?", "!", "(", ",", " - ", " recrute", " au sein", " pour ", " avec ", " chez ",
];

/// The name a title gives, if it gives one. Organisation pages are usually titled with
/// their name, lower case or not ("Incubateur des services numériques"); team pages
/// usually describe something, so `team` asks the title to look like a name.
pub(super) fn from_title(title: &str, team: bool) -> Option<String> {
    let fd = Folded::new(title);
    let folded = fd.text.as_str();
    let original = |start: usize, end: usize| -> &str {
        let (s, e) = fd.original_range(start, end);
        &title[s..e]
    };
    // "Mission, engagements et rituels du pôle X": the page names what it describes, then
    // whose it is. A name like "Fabrique numérique des Solidarités" is not cut.
    if DESCRIBES.iter().any(|w| folded.contains(w))
        && let Some((i, len)) = [" du ", " de la ", " de l'", " des "]
            .iter()
            .filter_map(|c| folded.rfind(c).map(|i| (i, c.len())))
            .max_by_key(|(i, _)| *i)
    {
        return tidy(original(i + len, folded.len()));
    }
    // "How the Open Source Office works".
    if let Some(rest) = folded.strip_prefix("how ")
        && let Some(end) = rest.find(" works")
    {
        let start = if rest.starts_with("the ") { 8 } else { 4 };
        return tidy(original(start, 4 + end));
    }
    let description = is_description(folded);
    if let Some((start, end)) = unit_phrase(folded) {
        let unit = original(start, end);
        // "Qu'est-ce qu'une équipe autonome ?" asks about teams in general.
        let question = folded.trim_end().ends_with('?');
        if !question || names_someone(unit) {
            return tidy(unit);
        }
    }
    if description {
        return None;
    }
    if !team || names_someone(title) {
        return tidy(title);
    }
    None
}

/// Titles that say what a page is about rather than whose it is.
fn is_description(folded: &str) -> bool {
    const OPENERS: &[&str] = &[
        "qui sommes",
        "a propos",
        "about",
        "presentation",
        "comment ",
        "pourquoi ",
        "qu'est",
        "ou ",
        "how ",
        "why ",
        "what ",
    ];
    let t = folded.trim();
    t.ends_with('?') || OPENERS.iter().any(|o| t.starts_with(o))
}

/// "… du pôle logiciels libres d'Etalab" → the byte range of "pôle logiciels libres".
/// A title that starts with the unit ("Team Accès", "La Fabrique Numérique") is a name
/// as a whole and is left to the caller.
fn unit_phrase(folded: &str) -> Option<(usize, usize)> {
    for noun in UNIT_NOUNS {
        let mut from = 0;
        while let Some(i) = folded[from..].find(noun).map(|i| from + i) {
            from = i + noun.len();
            let before = &folded[..i];
            if before.is_empty() || matches!(before, "la " | "le " | "l'" | "les ") {
                return None;
            }
            if !BEFORE_UNIT.iter().any(|b| before.ends_with(b)) {
                continue;
            }
            let rest = &folded[from..];
            let mut end = rest.len();
            // The parent follows an elision or "de la": "du pôle X d'Etalab".
            for stop in UNIT_STOPS.iter().chain(&[" d'", " de la ", " de l'"]) {
                if let Some(j) = rest.find(stop) {
                    end = end.min(j);
                }
            }
            let name = rest[..end].trim_end();
            if name.is_empty() || name.split_whitespace().count() > 6 {
                continue;
            }
            return Some((i, from + name.len()));
        }
    }
    None
}

/// Whether a team page's title reads as a name: a capitalised word or an
/// acronym after its first word ("La Fabrique Numérique", "Team Accès", "L'Incubateur des
/// API"), where a description has only lower-case words ("Comment nous travaillons",
/// "Outillage technique", "Les équipes").
fn names_someone(title: &str) -> bool {
    title.split_whitespace().skip(1).any(|w| {
        let w = w.trim_start_matches(['«', '"', '(', '[', '\'', '’']);
        // "d'Etalab", "l'ANCT": the capital is after the elision.
        let w = w
            .split_once(['\'', '’'])
            .map_or(w, |(head, tail)| if head.len() <= 2 { tail } else { w });
        w.chars().next().is_some_and(char::is_uppercase)
    })
}

/// The name an opening sentence gives: "Chez Pix, …", "Le Lab Données Publiques (LDP)
/// est …".
pub(super) fn from_sentence(sentence: &str) -> Option<String> {
    let s = sentence.trim().trim_start_matches(['*', '_']);
    if let Some(rest) = s.strip_prefix("Chez ") {
        let name = capitalised_run(rest);
        return tidy(name);
    }
    let rest = ["Le ", "La ", "L'", "L’", "Les ", "The "]
        .iter()
        .find_map(|a| s.strip_prefix(a))
        .unwrap_or(s);
    // "Le pôle Cartographie maintient…": a unit noun and its capitalised name.
    let lower = rest.to_lowercase();
    if let Some(noun) = UNIT_NOUNS
        .iter()
        .map(|n| n.replace("pole", "pôle").replace("equipe", "équipe"))
        .find(|n| lower.starts_with(n.as_str()))
    {
        // Lower-casing may change byte lengths: slice with `get`, never panic.
        let run = rest.get(noun.len()..).map_or("", capitalised_run);
        if let Some(name) = rest
            .get(..noun.len() + run.len())
            .filter(|_| !run.is_empty())
        {
            return tidy(name);
        }
    }
    let name = capitalised_run(rest);
    // "Une Startup d'État est…", "Nous Sommes…": a determiner or a pronoun, not a name.
    let first = name.split_whitespace().next().unwrap_or("");
    if name.is_empty()
        || matches!(
            first.to_lowercase().as_str(),
            "un" | "une"
                | "nous"
                | "notre"
                | "nos"
                | "ce"
                | "cet"
                | "cette"
                | "il"
                | "elle"
                | "on"
                | "vous"
                | "votre"
                | "vos"
                | "chaque"
                | "tout"
                | "toute"
                | "tous"
                | "our"
                | "we"
                | "this"
                | "a"
                | "an"
        )
    {
        return None;
    }
    let mut after = rest[name.len()..].trim_start();
    if after.starts_with('(')
        && let Some(close) = after.find(')')
    {
        after = after[close + 1..].trim_start();
    }
    let verb = [
        "est ",
        "sont ",
        "is ",
        "a pour mission",
        "accompagne",
        "construit",
    ];
    (verb.iter().any(|v| after.starts_with(v)) && name.split_whitespace().count() >= 2)
        .then(|| tidy(name))
        .flatten()
}

/// The run of capitalised words at the start of `s`, with the small words that join them
/// ("Incubateur des Territoires", "Fabrique numérique des Solidarités" stops at
/// "numérique").
fn capitalised_run(s: &str) -> &str {
    let mut end = 0;
    let mut pending = None;
    let mut pos = 0;
    for word in s.split_inclusive(' ') {
        let w = word.trim_end().trim_end_matches([',', '.', ';', ':']);
        let joiner = matches!(w, "de" | "des" | "du" | "d'" | "et" | "la");
        let elided = ["d'", "d’", "l'", "l’"]
            .iter()
            .find_map(|e| w.strip_prefix(e));
        let capital = |x: &str| x.chars().next().is_some_and(char::is_uppercase);
        if capital(w) || elided.is_some_and(capital) {
            end = pos + w.len();
            pending = None;
            if w.len() != word.trim_end().len() {
                break;
            }
        } else if joiner && end > 0 && (pending.is_none() || w == "la") {
            pending = Some(pos);
        } else {
            break;
        }
        pos += word.len();
    }
    &s[..end]
}

fn tidy(name: &str) -> Option<String> {
    let name = name
        .trim()
        .trim_end_matches(['.', '!', ':'])
        .trim()
        .to_owned();
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_name_someone() {
        let cases = [
            (
                "Mission, engagements et rituels du pôle Géodonnées",
                Some("pôle Géodonnées"),
            ),
            (
                "How the Open Source Office works",
                Some("Open Source Office"),
            ),
            ("How Etalab works", Some("Etalab")),
            (
                "Rapports mensuels du pôle logiciels libres d'Etalab",
                Some("pôle logiciels libres"),
            ),
            (
                "Ça commence ici : l’équipe « Données » recrute",
                Some("équipe « Données »"),
            ),
            (
                "Présentation du conseil logiciels libres",
                Some("conseil logiciels libres"),
            ),
            ("Team Accès", Some("Team Accès")),
            ("La Fabrique Numérique", Some("La Fabrique Numérique")),
            ("L'Incubateur des API", Some("L'Incubateur des API")),
            ("Comment nous travaillons", None),
            ("Les équipes", None),
            ("Outillage technique", None),
            ("Qui sommes-nous ?", None),
            ("Nos rituels d'équipe", None),
            ("Changer d'équipe", None),
            ("Qu'est-ce qu'une équipe autonome ?", None),
            (
                "Où échanger avec la communauté BlueHats ?",
                Some("communauté BlueHats"),
            ),
        ];
        for (title, want) in cases {
            assert_eq!(from_title(title, true).as_deref(), want, "{title}");
        }
    }

    #[test]
    fn organisation_titles_are_names_unless_they_describe() {
        let cases = [
            (
                "Incubateur des services numériques",
                Some("Incubateur des services numériques"),
            ),
            ("Qui sommes-nous ?", None),
            ("À propos", None),
            ("Comment résoudre des problèmes ensemble ?", None),
        ];
        for (title, want) in cases {
            assert_eq!(from_title(title, false).as_deref(), want, "{title}");
        }
    }

    #[test]
    fn opening_sentences_that_name_someone() {
        let cases = [
            ("Chez Pix, il y a 5 équipes produits", Some("Pix")),
            (
                "Le Lab Données Publiques (LDP) est l'équipe de la Direction du numérique",
                Some("Lab Données Publiques"),
            ),
            (
                "L'Incubateur des Territoires construit des services publics numériques",
                Some("Incubateur des Territoires"),
            ),
            ("Nous pensons que l'équipe compte", None),
            (
                "Le pôle Cartographie maintient cartes.example.gouv.fr.",
                Some("pôle Cartographie"),
            ),
            ("L'équipe produit se réunit le lundi", None),
            ("Une Startup d'État est une équipe", None),
            (
                "L'Incubateur des Territoires de l'Agence Nationale de la Cohésion des \
                 Territoires (ANCT) construit des services",
                Some(
                    "Incubateur des Territoires de l'Agence Nationale de la Cohésion des \
                     Territoires",
                ),
            ),
            ("Paris est une ville", None),
        ];
        for (sentence, want) in cases {
            assert_eq!(from_sentence(sentence).as_deref(), want, "{sentence}");
        }
    }
}
