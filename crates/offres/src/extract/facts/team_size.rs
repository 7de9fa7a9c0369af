//! The size of the team the hire joins: "une équipe de trois personnes", "l'équipe compte
//! 12 membres", "nous sommes une équipe de 5 développeurs", "nous sommes 4 dans l'équipe",
//! "la startup compte 6 personnes", "l'équipe, c'est 7 personnes", and lists of roles with
//! their counts, summed ("composée de 2 designers et 3 développeurs" → 5, "constituée d'un
//! développeur, d'une designer et d'un coach" → 3, "nous sommes 5 développeurs et 2
//! designers" → 7). Approximations ("une dizaine", "plus de 20"), ranges ("de 2 à 4
//! personnes"), a list with an uncounted item ("des développeurs et 2 designers") and teams
//! in the plural give no hit.

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

/// Words that may open an item of a list of roles without being its count.
const ITEM_LEAD: &str = "de|d|et|puis|plus|ainsi|que";

/// A list of at least two counted roles at `p` ("2 designers, 1 coach et 3 développeurs",
/// "d'un développeur, d'une designer et d'un coach"): the sum and the end of the last item.
/// Any item without a count ("des développeurs") makes the list say no size.
fn list_count(t: &str, p: usize) -> Option<(u32, usize)> {
    let by = t.as_bytes();
    let mut p = p;
    // "l'équipe regroupe aujourd'hui un intrapreneur, …"
    while let Some((ws, we)) = next_word(t, p)
        && one_of(
            "aujourd|hui|actuellement|deja|desormais|maintenant",
            &t[ws..we],
        )
    {
        p = we + usize::from(t[we..].starts_with('\''));
    }
    let (mut total, mut items, mut end, mut q) = (0u32, 0u32, p, p);
    loop {
        // The count of one item, after "de", "d'" or "et".
        let (mut ws, mut we) = next_word(t, q)?;
        while one_of(ITEM_LEAD, &t[ws..we]) && items > 0 || (one_of("de|d", &t[ws..we])) {
            (ws, we) = next_word(t, we + usize::from(by.get(we) == Some(&b'\'')))?;
        }
        let word = &t[ws..we];
        if word == "des" || word == "plusieurs" || word == "quelques" {
            return None;
        }
        let Some(n) = number_word(word).filter(|&n| (1..=50).contains(&n)) else {
            break;
        };
        // Its role: one word at least, up to the next comma, "et", "+" or the clause end.
        let (ns, _) = next_word(t, we)?;
        if !t[we..ns].trim().is_empty() || number_word(&t[ns..]).is_some() {
            break;
        }
        let rest = &t[ns..];
        // A parenthesis inside a role says more of it ("6 développeurs (fullstack et un
        // ingénieur Data)"): the role goes on after it.
        let mut stop = rest.len();
        let mut depth = 0usize;
        for (at, ch) in rest.char_indices() {
            match ch {
                '(' => depth += 1,
                ')' if depth > 0 => depth -= 1,
                ',' | ';' | '+' | '&' | ':' | ')' | '\n' if depth == 0 => {
                    stop = at;
                    break;
                }
                _ => {}
            }
        }
        for cut in [" et ", ". "] {
            if let Some(i) = outside_parentheses(&rest[..stop], cut) {
                stop = i;
            }
        }
        let role = rest[..stop].trim_end().trim_end_matches('.');
        // A role is a few words ("chargé·es de déploiement", "développeurs / développeuses").
        if role.split_whitespace().count() > 6 {
            break;
        }
        let last_word_end = ns + role.len();
        total += n;
        items += 1;
        end = last_word_end;
        let rest = t[end..].trim_start_matches([' ', '*', '_', '/']);
        let next = if let Some(r) = rest.strip_prefix(',').or(rest.strip_prefix('+')) {
            r
        } else if let Some(after) = rest.strip_prefix('&') {
            // "1 dev & l'intrapreneur": a last item that is one person, or not counted.
            let after = after.trim_start();
            if after.starts_with("l'") || after.starts_with("le ") || after.starts_with("la ") {
                total += 1;
                items += 1;
                end = t.len() - after.len() + after.find([' ', ',', '.']).unwrap_or(after.len());
                break;
            }
            after
        } else if let Some(after) = rest.strip_prefix("et ") {
            let after = after.trim_start();
            if after.starts_with("l'") || after.starts_with("le ") || after.starts_with("la ") {
                total += 1;
                items += 1;
                end = t.len() - after.len() + after.find([' ', ',', '.']).unwrap_or(after.len());
                break;
            }
            rest
        } else {
            break;
        };
        q = t.len() - next.len();
    }
    (items >= 2).then_some((total, end))
}

/// Where `cut` first occurs in `s` outside parentheses.
fn outside_parentheses(s: &str, cut: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (k, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && s[k..].starts_with(cut) => return Some(k),
            _ => {}
        }
    }
    None
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
pub(crate) const TRIGGERS: &[&str] = &[
    "quipe",
    "nous sommes",
    "startup",
    "start-up",
    "pole",
    "cellule",
    "squad",
];

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
                    // "composée de deux développeurs": a count of roles is a count of people.
                    let found = list_count(t, q).or_else(|| team_count_at(t, q, true));
                    if let Some((n, e)) = found {
                        hits.push(Hit::folded(folded, n, at, e));
                    }
                    break;
                }
                "compte" | "comptant" | "rassemble" | "regroupe" | "reunit" | "comprend" => {
                    let found = list_count(t, wend).or_else(|| team_count_at(t, wend, true));
                    if let Some((n, e)) = found {
                        hits.push(Hit::folded(folded, n, at, e));
                    }
                    break;
                }
                // "l'équipe, c'est 7 personnes"
                "c" if t[wend..].starts_with("'est ") => {
                    let q = wend + "'est".len();
                    if let Some((n, e)) = list_count(t, q).or_else(|| team_count_at(t, q, false)) {
                        hits.push(Hit::folded(folded, n, at, e));
                    }
                    break;
                }
                "composee" | "constituee" | "formee" | "compose" => {}
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
    // "la startup compte 6 personnes", "le pôle regroupe 2 designers et 3 développeurs"
    for unit in ["startup", "start-up", "pole", "cellule", "squad"] {
        for (at, we) in whole_words(t, unit) {
            let mut p = we;
            while let Some((ws, e)) = next_word(t, p)
                && one_of(
                    "aujourd|hui|actuellement|deja|desormais|maintenant",
                    &t[ws..e],
                )
            {
                p = e + usize::from(t[e..].starts_with('\''));
            }
            let Some((ws, e)) = next_word(t, p) else {
                continue;
            };
            if !one_of("compte|regroupe|rassemble|reunit|comprend", &t[ws..e]) {
                continue;
            }
            if let Some((n, end)) = list_count(t, e).or_else(|| team_count_at(t, e, false)) {
                hits.push(Hit::folded(folded, n, at, end));
            }
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
        // "nous sommes 5 développeurs et 2 designers"
        if let Some((n, e)) = list_count(t, ws) {
            hits.push(Hit::folded(folded, n, at, e));
            continue;
        }
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

/// The ways teams write their size beyond "une équipe de N personnes".
#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    const PASS: &[(&str, u32)] = &[
        (
            "L'équipe est composée de 2 développeurs, 1 designer et 1 coach.",
            4,
        ),
        (
            "L'équipe est constituée d'un développeur, d'une designer et d'un coach.",
            3,
        ),
        ("Nous sommes 5 développeurs et 2 designers.", 7),
        ("La startup compte aujourd'hui 6 personnes.", 6),
        ("L'équipe, c'est 7 personnes passionnées.", 7),
        (
            "Une équipe de trois développeurs, deux designers et une product manager.",
            6,
        ),
        (
            "L’équipe regroupe aujourd’hui un intrapreneur, deux chargé·es de déploiement, \
             un product manager et deux développeurs.",
            6,
        ),
        ("Le pôle compte 3 développeurs et 1 designer.", 4),
        ("L'équipe compte 3 développeurs.", 3),
        // A parenthesis inside a role, and a last item that is one person.
        (
            "Une équipe constituée de 1 intrapreneur, 6 développeurs (fullstack et un \
             ingénieur Data), un designer et 2 chargées de déploiement.",
            10,
        ),
        (
            "Une équipe composée d'1 UX, 1 produit, 1 dev & l'intrapreneur.",
            4,
        ),
        ("L'équipe compte 2 développeurs et le coach.", 3),
    ];

    const FAIL: &[&str] = &[
        "L'équipe est composée de développeurs et de 2 designers.",
        "L'équipe compte des développeurs, des designers et un coach.",
        "La startup compte parmi ses utilisateurs 300 collectivités.",
        "Pôle emploi compte 50 000 agents.",
        "Les équipes comptent 2 développeurs et 1 designer chacune.",
    ];

    #[test]
    fn team_size_phrases() {
        let read = |text: &str| find_team_size(text).first().map(|h| h.value);
        test_rule("team_size", Some(Fact::TeamSize), read, PASS, FAIL);
    }
}
