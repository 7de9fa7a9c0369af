//! `Organisation`: an organisation's page about itself, and how pages name organisations.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::text::fold;

/// An organisation every reader knows, by its usual name and the ways pages write it.
struct Known {
    name: &'static str,
    /// Folded spellings, longest first where they overlap.
    spellings: &'static [&'static str],
    /// An administration at the top of its chain (a directorate, agency or ministry).
    top: bool,
}

const KNOWN: &[Known] = &[
    Known {
        name: "DINUM",
        spellings: &["direction interministerielle du numerique", "dinum"],
        top: true,
    },
    Known {
        name: "DINSIC",
        spellings: &[
            "direction interministerielle du numerique et du systeme d'information et de communication de l'etat",
            "dinsic",
        ],
        top: true,
    },
    Known {
        name: "ANCT",
        spellings: &["agence nationale de la cohesion des territoires", "anct"],
        top: true,
    },
    Known {
        name: "ANSSI",
        spellings: &[
            "agence nationale de la securite des systemes d'information",
            "anssi",
        ],
        top: true,
    },
    Known {
        name: "DGFiP",
        spellings: &["direction generale des finances publiques", "dgfip"],
        top: true,
    },
    Known {
        name: "Pôle emploi",
        spellings: &["pole emploi"],
        top: true,
    },
    Known {
        name: "France Travail",
        spellings: &["france travail"],
        top: true,
    },
    Known {
        name: "Etalab",
        spellings: &["etalab"],
        top: false,
    },
    Known {
        name: "beta.gouv.fr",
        spellings: &["beta.gouv.fr"],
        top: false,
    },
    Known {
        name: "Incubateur des Territoires",
        spellings: &["incubateur des territoires"],
        top: false,
    },
    Known {
        name: "Fabrique Numérique",
        spellings: &["fabrique numerique"],
        top: false,
    },
];

/// Every spelling of every known organisation, in table order (a spelling's pattern
/// index orders it as the table does).
static SPELLINGS: LazyLock<(AhoCorasick, Vec<&'static Known>)> = LazyLock::new(|| {
    let entries: Vec<(&'static Known, &'static str)> = KNOWN
        .iter()
        .flat_map(|k| k.spellings.iter().map(move |s| (k, *s)))
        .collect();
    let automaton =
        AhoCorasick::new(entries.iter().map(|(_, s)| s)).expect("plain folded spellings");
    (automaton, entries.into_iter().map(|(k, _)| k).collect())
});

/// Known organisations mentioned in folded `text`, with their folded byte offsets: a
/// mention starts and ends a word; where several spellings start at the same place, the
/// first of the table wins. One automaton pass (a `starts_with` of every spelling at
/// every word was a tenth of extraction).
fn known_mentions(text: &str) -> Vec<(usize, &'static Known)> {
    let (automaton, entries) = &*SPELLINGS;
    let mut found: Vec<(usize, usize)> = automaton
        .find_overlapping_iter(text)
        .filter(|m| {
            let starts = !text[..m.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let ends = !text[m.end()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            starts && ends
        })
        .map(|m| (m.start(), m.pattern().as_usize()))
        .collect();
    found.sort_unstable();
    found.dedup_by_key(|(start, _)| *start);
    found
        .into_iter()
        .map(|(start, pattern)| (start, entries[pattern]))
        .collect()
}

/// The canonical name of a known organisation (`"Direction interministérielle du numérique"`
/// → `"DINUM"`), or the name as given.
pub(crate) fn canonical(name: &str) -> String {
    let folded = fold(name.trim());
    KNOWN
        .iter()
        .find(|k| k.spellings.iter().any(|s| folded == *s))
        .map_or_else(|| name.trim().to_owned(), |k| k.name.to_owned())
}

/// Whether `name` is a known top-level administration.
fn is_top(name: &str) -> bool {
    let folded = fold(name);
    KNOWN
        .iter()
        .any(|k| k.top && (k.name == name || k.spellings.contains(&folded.as_str())))
        || folded.starts_with("ministere")
}

/// Cues between an organisation and its parent, in folded text.
const PARENT_CUES: &[&str] = &[
    "rattache a ",
    "rattachee a ",
    "un departement de la ",
    "un departement de l'",
    "un departement du ",
    "departement de la ",
    "un service de la ",
    "un service du ",
    "au sein de la ",
    "au sein de l'",
    "au sein du ",
    "geree par ",
    "gere par ",
    "portee par ",
    "porte par ",
    "pilotee par ",
    "incubee par ",
    "incube par ",
    "acceleree par ",
    "accelere par ",
    "de l'",
    "de la ",
    "du ",
    "(",
];

/// Strip a leading French article from a name ("l'Incubateur" → "Incubateur").
pub(crate) fn strip_article(name: &str) -> &str {
    let t = name.trim();
    for article in [
        "L'", "l'", "L’", "l’", "Le ", "le ", "La ", "la ", "Les ", "les ",
    ] {
        if let Some(rest) = t.strip_prefix(article) {
            return rest.trim_start();
        }
    }
    t
}

/// Build the chain of organisations from `innermost` up, from what the (folded) sentences
/// say.
///
/// A parent is a known organisation named right after the current one with a cue of
/// belonging ("rattaché à", "un département de la", "de l'", "gérée par"). When the chain
/// stops below a top-level administration that the page names, that one closes it.
pub(crate) fn chain<'s>(
    innermost: &str,
    folded: &(impl Iterator<Item = &'s str> + Clone),
) -> Vec<String> {
    let mut chain = vec![innermost.to_owned()];
    for _ in 0..4 {
        let Some(current) = chain.last() else { break };
        let needle = fold(current);
        let parent = folded.clone().find_map(|s| parent_in(s, &needle, &chain));
        match parent {
            Some(p) => chain.push(p),
            None => break,
        }
    }
    if !chain.last().is_some_and(|l| is_top(l)) {
        let top = folded.clone().find_map(|s| {
            known_mentions(s)
                .into_iter()
                .find(|(_, k)| k.top && !chain.iter().any(|c| c == k.name))
                .map(|(_, k)| k.name.to_owned())
        });
        chain.extend(top);
    }
    chain
}

/// A parent of `needle` named in sentence `s` right after it or after a belonging cue.
fn parent_in(s: &str, needle: &str, chain: &[String]) -> Option<String> {
    let mut from = 0;
    while let Some(i) = s[from..].find(needle) {
        let after_start = from + i + needle.len();
        from = after_start;
        let after = &s[after_start..];
        // The parent must follow closely: within a short stretch of the sentence.
        let window_end = after.char_indices().nth(90).map_or(after.len(), |(i, _)| i);
        let window = &after[..window_end];
        for (offset, known) in known_mentions(window) {
            if chain.iter().any(|c| c == known.name) {
                continue;
            }
            let between = window[..offset].trim_start_matches([',', ' ', ')']);
            if between.is_empty()
                || PARENT_CUES.iter().any(|c| between.ends_with(c))
                || ends_with_cue_phrase(between)
            {
                return Some(known.name.to_owned());
            }
        }
    }
    None
}

/// Longer cue phrases that may be followed by a few words ("est la plateforme … gérée par ").
fn ends_with_cue_phrase(between: &str) -> bool {
    [
        "geree par ",
        "gere par ",
        "rattache a ",
        "rattachee a ",
        "departement de la ",
    ]
    .iter()
    .any(|c| between.ends_with(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    /// The sentences folded, as the page context hands them to [`chain`].
    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| fold(x)).collect()
    }

    fn chain(innermost: &str, sentences: &[String]) -> Vec<String> {
        super::chain(innermost, &sentences.iter().map(String::as_str))
    }

    #[test]
    fn chains_from_sentences() {
        let sentences = s(&[
            "L'équipe que vous rejoindrez fait partie de la Direction interministérielle du numérique.",
            "Vous travaillerez au sein de la mission cartographie, rattachée à Etalab, qui publie des données.",
        ]);
        assert_eq!(
            chain("mission cartographie", &sentences),
            ["mission cartographie", "Etalab", "DINUM"]
        );

        let sentences = s(&["Le portail est une plateforme gérée par Etalab."]);
        assert_eq!(chain("Le portail", &sentences), ["Le portail", "Etalab"]);

        let sentences = s(&["L'Incubateur des Territoires de l'ANCT recrute."]);
        assert_eq!(
            chain("Incubateur des Territoires", &sentences),
            ["Incubateur des Territoires", "ANCT"]
        );

        let sentences = s(&[
            "À Etalab (un département de la Direction interministérielle du numérique), nous sommes trois.",
        ]);
        assert_eq!(chain("Etalab", &sentences), ["Etalab", "DINUM"]);
    }

    /// The known name a spelling is renamed to; `None` when a name is kept as written.
    fn renamed(name: &str) -> Option<String> {
        Some(canonical(name)).filter(|c| c != name)
    }

    /// Spellings of known organisations, with their usual name.
    #[rustfmt::skip]
    const KNOWN_NAMES: &[(&str, &str)] = &[
        ("Direction interministérielle du numérique", "DINUM"),
        ("DIRECTION INTERMINISTÉRIELLE DU NUMÉRIQUE", "DINUM"),
        (" dinum ", "DINUM"),
        ("etalab", "Etalab"),
        ("Incubateur des territoires", "Incubateur des Territoires"),
        ("agence nationale de la cohésion des territoires", "ANCT"),
    ];

    /// Other organisations, close names, a known name with more words around it.
    const OTHER_NAMES: &[&str] = &[
        "data.gouv.fr",
        "Direction du numérique",
        "Agence nationale du sport",
        "Pôle emploi Île-de-France",
        "Fabrique numérique des territoires",
        "pole-emploi",
    ];

    #[test]
    fn canonical_names() {
        test_rule("canonical names", None, renamed, KNOWN_NAMES, OTHER_NAMES);
    }

    /// Names after a leading article.
    #[rustfmt::skip]
    const ARTICLES: &[(&str, &str)] = &[
        ("l'Incubateur des Territoires", "Incubateur des Territoires"),
        ("L’Incubateur", "Incubateur"),
        ("la Fabrique numérique", "Fabrique numérique"),
        ("Le Lab", "Lab"),
        ("Les Incubateurs", "Incubateurs"),
    ];

    /// Names that start with the letters of an article, or hold one further on.
    const NO_ARTICLES: &[&str] = &[
        "Laboratoire d'innovation",
        "Lemon Way",
        "Lesieur",
        "Labo",
        "Le",
        "Ministère de la Culture",
    ];

    #[test]
    fn leading_articles() {
        let read = |name: &str| {
            let rest = strip_article(name);
            (rest != name).then(|| rest.to_owned())
        };
        test_rule("articles", None, read, ARTICLES, NO_ARTICLES);
    }
}
