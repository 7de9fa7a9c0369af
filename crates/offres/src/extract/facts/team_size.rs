//! The size of the team the hire joins: "une équipe de trois personnes", "l'équipe compte
//! 12 membres", "nous sommes une équipe de 5 développeurs", "nous sommes 4 dans l'équipe".
//! Approximations ("une dizaine", "plus de 20"), ranges ("de 2 à 4 personnes"), lists of
//! roles ("2 designers et 3 chargés de déploiement", "composée de deux développeurs") and
//! teams in the plural give no hit.

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};
#[cfg(test)]
use crate::text::Origin;
use crate::text::scan::{
    next_word, occurrences, one_of, prev_is, starts_with_one_of, whole_words, word_at,
};
use crate::text::{Folded, Hit, number_word};

/// Nouns counting people ("personnes", "membres"…), as word prefixes.
const PEOPLE: &str = "personne|membre|agent|collaborat|salarie|equipier|people|person|coequipier";

/// Nouns of roles ("développeurs", "designers"…), as word prefixes.
const ROLES: &str = "developpeu|dev|designer|ingenieu|expert|intrapreneu|coach|chercheu|\
    consultant|data|profil|talent|charge|product|ux";

/// Read "N personnes" after `p`: the count and its end, if it is a team size. `direct`
/// ("une équipe de …") also accepts roles ("de 5 développeurs") and no noun at all ("une
/// équipe pluridisciplinaire de 6.").
fn team_count_at(t: &str, p: usize, direct: bool) -> Option<(u32, usize)> {
    let mut p = p;
    // "l'équipe compte aujourd'hui 8 personnes"
    while let Some((ws, we)) = next_word(t, p)
        && one_of(
            "aujourd|hui|actuellement|deja|desormais|maintenant",
            &t[ws..we],
        )
    {
        p = we + usize::from(t[we..].starts_with('\''));
    }
    let (ws, we) = next_word(t, p)?;
    let n = number_word(&t[ws..we]).filter(|&n| (2..=500).contains(&n))?;
    let rest = t[we..].trim_start();
    // Ranges: "2 à 4 personnes", "2-4", "3 ou 4".
    for sep in ["a ", "ou ", "/", "-", "+"] {
        if let Some(r) = rest.strip_prefix(sep)
            && (r.trim_start().starts_with(|c: char| c.is_ascii_digit())
                || next_word(t, t.len() - r.len())
                    .is_some_and(|(a, z)| number_word(&t[a..z]).is_some()))
        {
            return None;
        }
    }
    let Some((ns, ne)) = next_word(t, we).filter(|&(s, _)| t[we..s].trim().is_empty()) else {
        let ends = rest.is_empty() || rest.starts_with(['.', ',', ';', ':', ')', '!', '(', '*']);
        return (direct && ends).then_some((n, we));
    };
    let noun = &t[ns..ne];
    if starts_with_one_of(PEOPLE, noun) {
        return Some((n, ne));
    }
    if direct && starts_with_one_of(ROLES, noun) {
        // "2 designers et 3 chargés": a list of roles, not one count.
        let after = t[ne..].trim_start();
        let listed = after.starts_with(',')
            || after.strip_prefix("et ").is_some_and(|r| {
                next_word(t, t.len() - r.len()).is_some_and(|(a, z)| {
                    number_word(&t[a..z]).is_some() || t[a..z].starts_with('d')
                })
            });
        return (!listed).then_some((n, ne));
    }
    (direct && one_of("qui|dont|et", noun)).then_some((n, we))
}

/// Find the size of the team the hire joins.
#[cfg(test)]
pub(crate) fn find_team_size(text: &str) -> Vec<Hit<u32>> {
    find_team_size_in(&Scanned::new(text).passage(text, Origin::Body))
}

/// [`find_team_size`] on text already folded by the caller (`folded` = `Folded::new(text)`).
pub(crate) fn find_team_size_in(p: &Passage) -> Vec<Hit<u32>> {
    p.on_trigger_lines(Fact::TeamSize, team_size_in)
}

/// Fragments of the lower-cased text that a finding needs (see `anchored_windows`).
/// Team size's trigger words: every finding holds "équipe" or "nous sommes".
pub(crate) const TRIGGERS: &[&str] = &["quipe", "nous sommes"];

fn team_size_in(_: &str, folded: &Folded) -> Vec<Hit<u32>> {
    let t = folded.text.as_str();
    let by = t.as_bytes();
    let mut hits = Vec::new();
    for (at, we) in whole_words(t, "equipe") {
        if prev_is(t, at, "plusieurs|des|les|chaque|ces|nos|vos|leurs|autre") {
            continue;
        }
        let mut p = we;
        let mut adjectives = 0;
        let mut composed = false;
        for _ in 0..6 {
            while p < by.len() && b" *_,".contains(&by[p]) {
                p += 1;
            }
            if by.get(p) == Some(&b'(') {
                // "l'équipe (ITOU) composée de…"
                match t[p..].find(')').filter(|&c| c < 30) {
                    Some(c) => p += c + 1,
                    None => break,
                }
                continue;
            }
            let Some((ws, wend)) = word_at(t, p) else {
                break;
            };
            let w = &t[ws..wend];
            match w {
                "de" | "d" => {
                    let q = if w == "d" { wend + 1 } else { wend };
                    if let Some((n, e)) = team_count_at(t, q, !composed) {
                        hits.push(Hit::folded(folded, n, at, e));
                    }
                    break;
                }
                "compte" | "comptant" | "rassemble" | "regroupe" | "reunit" => {
                    if let Some((n, e)) = team_count_at(t, wend, false) {
                        hits.push(Hit::folded(folded, n, at, e));
                    }
                    break;
                }
                "composee" | "constituee" | "formee" | "compose" => composed = true,
                _ if one_of("est|sont|actuellement|aujourd|hui|deja|qui|desormais", w) => {}
                _ if adjectives < 2
                    && w.len() >= 4
                    && !w.bytes().any(|c| c.is_ascii_digit())
                    && !one_of(
                        "avec|pour|dans|sans|chez|vers|depuis|entre|mais|donc|dont|afin|leur|\
                         notre|votre|cette|france|sera|etait|projet",
                        w,
                    ) =>
                {
                    adjectives += 1;
                }
                _ => break,
            }
            p = wend;
        }
    }
    // "nous sommes 4 dans l'équipe", "nous sommes 12 personnes"
    for at in occurrences(by, b"nous sommes") {
        let mut p = at + "nous sommes".len();
        if let Some((ws, we)) = next_word(t, p)
            && one_of("aujourd|actuellement|desormais|deja|maintenant", &t[ws..we])
        {
            p = if &t[ws..we] == "aujourd" { we + 4 } else { we };
        }
        let Some((ws, we)) = next_word(t, p) else {
            continue;
        };
        let Some(n) = number_word(&t[ws..we]).filter(|&n| (2..=500).contains(&n)) else {
            continue;
        };
        let rest = t[we..].trim_start();
        let end = team_count_at(t, ws, false).map(|(_, e)| e).or_else(|| {
            [
                "dans l'equipe",
                "dans cette equipe",
                "au sein de l'equipe",
                "dans notre equipe",
            ]
            .iter()
            .find(|x| rest.starts_with(*x))
            .map(|x| t.len() - rest.len() + x.len())
        });
        if let Some(e) = end {
            hits.push(Hit::folded(folded, n, at, e));
        }
    }
    hits.sort_by_key(|h| h.start);
    hits
}
