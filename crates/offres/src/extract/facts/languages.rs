//! Working languages a posting asks for ("anglais courant", "à l'aise pour échanger en
//! anglais"), as ISO 639-1 codes; a language called a plus is welcome, not asked for.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{has_word_prefix, sentence_around};
use crate::text::{Folded, Hit, words};

pub(crate) fn language_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "francais" | "francaise" | "french" => "fr",
        "anglais" | "anglaise" | "english" => "en",
        "espagnol" | "espagnole" | "spanish" | "castillan" => "es",
        "allemand" | "allemande" | "german" => "de",
        "italien" | "italienne" | "italian" => "it",
        "portugais" | "portugaise" | "portuguese" => "pt",
        "arabe" | "arabic" => "ar",
        "neerlandais" | "neerlandaise" | "dutch" => "nl",
        "chinois" | "mandarin" | "chinese" => "zh",
        "russe" | "russian" => "ru",
        "japonais" | "japanese" => "ja",
        "polonais" | "polish" => "pl",
        "roumain" | "romanian" => "ro",
        "turc" | "turkish" => "tr",
        "grec" | "greek" => "el",
        "breton" => "br",
        "basque" => "eu",
        "catalan" => "ca",
        "corse" => "co",
        "occitan" => "oc",
        "creole" => "ht",
        _ => return None,
    })
}

/// Words before a language that make it a skill.
const LANG_BEFORE: &str = "maitris|parl|pratique|niveau|connaissance|langue|bilingue|fluent|\
    fluency|speak|proficien|aise en|rediger en|ecrire en|s'exprimer en|communiquer en|\
    travailler en|echanger en|dialoguer en|interagir en|courant en|command of|good|excellent|\
    native";

/// Words after a language that make it a skill.
const LANG_AFTER: &str = "courant|professionnel|operationnel|technique|lu|ecrit|parle|bilingue|\
    fluent|souhaite|requis|exige|necessaire|indispensable|obligatoire|required|speaking|\
    mandatory|natif|maternelle|niveau|a1|a2|b1|b2|c1|c2";

/// Phrases after a language that make it welcome but not a working language ("la pratique
/// de l'allemand est un plus").
const LANG_BONUS: &str = "un plus|a plus|apprecie|appreciated|bonus|atout";

/// Phrases that make every language of the sentence after them a working language.
const LANG_LISTS: &str = "langues de travail|langue de travail|working language|langues :|\
    langues requises|langues parlees";

/// Find working languages asked for, as ISO 639-1 codes in the order written: one hit per
/// sentence that names them, covering the language names.
#[cfg(test)]
pub(crate) fn find_languages(text: &str) -> Vec<Hit<Vec<String>>> {
    find_languages_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_languages`] on text already folded by the caller (`folded` = `Folded::new(text)`).
pub(crate) fn find_languages_in(p: &Passage) -> Vec<Hit<Vec<String>>> {
    p.on_trigger_lines(Fact::Languages, languages_in)
}

/// The languages' trigger words: the names of the languages read, folded.
pub(crate) const TRIGGERS: &[&str] = &[
    "anglais",
    "english",
    "francais",
    "french",
    "espagnol",
    "spanish",
    "castillan",
    "allemand",
    "german",
    "italien",
    "italian",
    "portugais",
    "portuguese",
    "arabe",
    "arabic",
    "neerlandais",
    "dutch",
    "chinois",
    "mandarin",
    "chinese",
    "russe",
    "russian",
    "japonais",
    "japanese",
    "polonais",
    "polish",
    "roumain",
    "romanian",
    "turc",
    "turkish",
    "grec",
    "greek",
    "breton",
    "basque",
    "catalan",
    "corse",
    "occitan",
    "creole",
];

fn languages_in(_: &str, folded: &Folded) -> Vec<Hit<Vec<String>>> {
    let t = folded.text.as_str();
    let mut hits: Vec<Hit<Vec<String>>> = Vec::new();
    // (sentence end, first name start, last name end, codes)
    let mut current: Option<(usize, usize, usize, Vec<String>)> = None;
    for (ws, we) in words(t) {
        let Some(code) = language_code(&t[ws..we]) else {
            continue;
        };
        let (s, e) = sentence_around(t, ws);
        let mut lo = ws.saturating_sub(45).max(s);
        while !t.is_char_boundary(lo) {
            lo += 1;
        }
        let mut hi = (we + 30).min(e);
        while !t.is_char_boundary(hi) {
            hi -= 1;
        }
        let bonus = has_phrase(t, we, hi, LANG_BONUS);
        let skill = !bonus
            && (has_phrase(t, s, ws, LANG_LISTS)
                || has_word_prefix(t, lo, ws, LANG_BEFORE)
                || has_word_prefix(t, we, hi, LANG_AFTER));
        if !skill {
            continue;
        }
        match &mut current {
            Some((end, _, last, codes)) if *end == e => {
                if !codes.iter().any(|c| c == code) {
                    codes.push(code.to_owned());
                }
                *last = we;
            }
            _ => {
                if let Some((_, a0, z0, codes)) = current.take() {
                    hits.push(Hit::folded(folded, codes, a0, z0));
                }
                current = Some((e, ws, we, vec![code.to_owned()]));
            }
        }
    }
    if let Some((_, a0, z0, codes)) = current {
        hits.push(Hit::folded(folded, codes, a0, z0));
    }
    hits
}

fn has_phrase(t: &str, from: usize, to: usize, list: &str) -> bool {
    list.split('|').any(|p| t[from..to].contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language asked for in `text`, hit after hit.
    fn codes(text: &str) -> Option<Vec<String>> {
        let codes: Vec<String> = find_languages(text)
            .into_iter()
            .flat_map(|h| h.value)
            .collect();
        (!codes.is_empty()).then_some(codes)
    }

    /// Working languages asked for, as ISO 639-1 codes in the order written.
    #[rustfmt::skip]
    const PASS: &[(&str, &[&str])] = &[
        ("les langues de travail sont l'anglais et le français.", &["en", "fr"]),
        ("Les langues de travail sont l’anglais et le français", &["en", "fr"]),
        ("Anglais courant", &["en"]),
        ("- Maîtrise de l'anglais", &["en"]),
        ("Vous maîtrisez l’anglais opérationnel / professionnel", &["en"]),
        ("Un bon niveau d'anglais est demandé.", &["en"]),
        ("Fluent in French and English", &["fr", "en"]),
        ("Vous serez à l'aise pour échanger en anglais avec nos partenaires.", &["en"]),
        ("Vous parlez allemand et italien.", &["de", "it"]),
        ("Anglais et espagnol courants", &["en", "es"]),
        ("Vous êtes à l'aise en anglais à l'écrit.", &["en"]),
        ("- Anglais (niveau C1)", &["en"]),
    ];

    /// Languages welcome but not asked for (the corpus counts working languages asked
    /// for), languages of the site or of its users, nationalities.
    const FAIL: &[&str] = &[
        "L’espagnol est un plus.",
        "La pratique de l'allemand serait appréciée.",
        "Le site est traduit en anglais.",
        "Disponible en français ou en anglais pour tous.",
        "Les usagers français et européens.",
        "le PaaS français Scalingo",
        "Aller à la page d'accueil en Français.",
        "You can read the English translation of the plan.",
        "la Fédération Française des Psychologues",
        "Le service est déployé sur tout le territoire français depuis janvier.",
        "La transformation numérique de l'administration française.",
        "Une méthode connue sous le nom d'Auftragstaktik en allemand.",
        "Un annuaire des 50 000 transporteurs français.",
        "The tool is open source and available in French or English.",
    ];

    #[test]
    fn language_phrases() {
        crate::extract::facts::tester::test_rule(
            "languages",
            Some(Fact::Languages),
            codes,
            PASS,
            FAIL,
        );
    }

    #[test]
    fn one_language_hit_per_sentence() {
        let text = "Anglais courant.\nLe site est traduit en espagnol.\nVous maîtrisez l’allemand.";
        let hits = find_languages(text);
        let codes: Vec<Vec<String>> = hits.iter().map(|h| h.value.clone()).collect();
        assert_eq!(codes, [vec!["en".to_owned()], vec!["de".to_owned()]]);
        assert_eq!(&text[hits[1].start..hits[1].end], "allemand");
    }

    #[test]
    fn language_hits_cover_the_names() {
        let text = "Les langues de travail sont l’anglais et le français.";
        let h = find_languages(text);
        assert_eq!(h.len(), 1);
        assert_eq!(&text[h[0].start..h[0].end], "anglais et le français");
    }
}
