//! The telework policy of a job posting, read sentence by sentence: possible or not, a cap
//! in days per week, a minimum of days on site, full remote.
//!
//! Word lists are `|`-separated strings matched on folded text (see [`crate::text::Folded`]).

use crate::model::Remote;

use crate::text::place_words::{
    ends_any, find_all, has, has_any, in_list, is_word, list, sentence_at, starts_any, starts_word,
    window, word_end,
};
use crate::text::{Hit, Origin, cities, fold, number_word, words};

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};

// ---------------------------------------------------------------------------------------
// Telework.

/// "télé-travail" → "teletravail", "100 %" → "100%", runs of white space → one space.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        if c == '%' && out.ends_with(' ') {
            out.pop();
        }
        out.push(c);
        if out.ends_with("tele-trav") || out.ends_with("tele trav") {
            out.replace_range(out.len() - 5..out.len() - 4, "");
        }
    }
    out
}

/// A telework mention in a normalised sentence.
#[derive(Clone, Copy)]
struct Mention {
    start: usize,
    end: usize,
}

const MENTIONS: &str = "teletrav|remote|distanciel|travail a distance|travailler a distance\
    |entierement a distance|totalement a distance|100% a distance|poste a distance\
    |presentiel : optionnel|presentiel optionnel|presentiel facultatif|presence optionnelle\
    |presence facultative|presentiel non obligatoire";

/// Adverbs between a verb of working and "à distance".
const DISTANCE_ADVERBS: &str = "principalement|essentiellement|beaucoup|majoritairement|surtout\
    |souvent|entierement|totalement|largement|exclusivement|aussi|egalement";

fn mentions(s: &str) -> Vec<Mention> {
    let mut out: Vec<Mention> = list(MENTIONS)
        .flat_map(|k| {
            find_all(s, k)
                .filter(|&at| starts_word(s, at))
                .map(move |at| (at, k.len()))
        })
        .map(|(at, len)| Mention {
            start: at,
            end: word_end(s, at + len),
        })
        .collect();
    // "l'équipe travaille (principalement) à distance", "le travail s'effectue à distance";
    // not "travaille à distance avec des partenaires".
    for at in find_all(s, "a distance") {
        let mut head = window(s, at.saturating_sub(40), at)
            .split([' ', '\''])
            .filter(|w| !w.is_empty())
            .rev();
        let verb = head
            .next()
            .filter(|w| !in_list(w, DISTANCE_ADVERBS))
            .or_else(|| head.next())
            .unwrap_or("");
        let working = (verb.starts_with("travaill") && !verb.starts_with("travailleu"))
            || in_list(verb, "effectue|effectuera|fait|fera");
        let end = at + "a distance".len();
        if working
            && !s[end..].starts_with(" avec")
            && !out.iter().any(|m| m.start <= at && at <= m.end)
        {
            out.push(Mention { start: at, end });
        }
    }
    out.sort_unstable_by_key(|m| m.start);
    out
}

/// A telework mention that is the topic of the mission or a product, not the job's policy.
fn topic(s: &str, m: Mention) -> bool {
    const BEFORE: &str = "outil de |outils de |outil pour le |solution de |solutions de \
        |plateforme de |logiciel de |application de |equipement de |equipements de \
        |deploiement du |developpement du |generalisation du |charte de |charte du |accord de \
        |accord sur le |etude sur le |enquete sur le |sur le |gestion du |suivi du |impact du \
        |essor du |agents en |salaries en |fonctionnaires en |usagers en |kit de |guide du \
        |guide de |offre de |produit de |service de ";
    const AFTER: &str = " des agents| des fonctionnaires| des salaries| des usagers\
        | dans la fonction publique| dans l'administration| dans les administrations\
        | des collaborateurs| des personnels| sensing| control| desktop| procedure| api";
    ends_any(window(s, m.start.saturating_sub(30), m.start), BEFORE)
        || starts_any(window(s, m.end, m.end + 30), AFTER)
}

/// Words after a refusal that make it a refusal of full remote only ("pas de télétravail
/// complet").
const FULL_AFTER: &str = "complet|total|integral|a 100|100|a temps plein|a plein temps|permanent\
    |exclusif|systematique|obligatoire|tous les jours|5 jours|cinq jours";

/// The clause of `s` from `at`, at most `len` bytes.
fn clause_after(s: &str, at: usize, len: usize) -> &str {
    let w = window(s, at, at + len);
    let cut = list(",|;|(| mais | et |. ")
        .filter_map(|c| find_all(w, c).next())
        .min();
    &w[..cut.unwrap_or(w.len())]
}

/// "pas de télétravail", "télétravail non possible", "le télétravail n'est pas possible".
fn negated(s: &str, m: Mention) -> bool {
    const HEAD: &str = "pas de |pas d'|pas du |pas le |pas au |pas ouvert au |pas eligible au \
        |aucun |aucune possibilite de |sans |pas de possibilite de |ne permet pas de \
        |ne permet pas le |non |ni |pas possible de faire du ";
    const TAIL: &str = "n'est pas |ne sera pas |ne peut pas |n'est malheureusement pas \
        |n'est actuellement pas |pas possible|non possible|non autorise|non envisageable";
    const EXCUSES: &str = "obligatoire|impose|exclu|interdit|systematique|incompatible|un frein";
    let tail = clause_after(s, m.end, 45).trim_start_matches([' ', ':', '*', '_']);
    if ends_any(window(s, m.start.saturating_sub(40), m.start), HEAD) {
        return !starts_any(tail, FULL_AFTER);
    }
    let first = &tail[..word_end(tail, 0)];
    if in_list(first, "non|impossible|exclu|interdit|proscrit")
        && !tail[first.len()..].starts_with(" negligeable")
    {
        return true;
    }
    let near = window(tail, 0, 30);
    list(TAIL).any(|n| {
        find_all(near, n)
            .next()
            .is_some_and(|p| !starts_any(&near[p + n.len()..], EXCUSES))
    })
}

fn full_remote(s: &str) -> bool {
    const FULL: &str = "teletravail a 100|teletravail 100|teletravail (100|100% teletravail\
        |100% en teletravail|100% remote|100% en remote|100% a distance|full remote|full-remote\
        |fully remote|entierement a distance|totalement a distance|entierement en teletravail\
        |totalement en teletravail|integralement en teletravail|teletravail complet\
        |teletravail total|teletravail integral|remote complet|remote total\
        |teletravail a temps plein|teletravail a plein temps|poste en teletravail\
        |poste est en teletravail|poste en remote|poste a distance|poste est a distance\
        |remote only|teletravail exclusif";
    const PARTIAL: &str = " partiel| possible| occasionnel| ponctuel| jusqu| certains| quelques\
        | a raison| 1| 2| 3| 4| un | deux| trois| quatre| hybride";
    list(FULL).any(|p| {
        find_all(s, p).any(|at| {
            let refused = ends_any(
                window(s, at.saturating_sub(12), at),
                "pas de |pas en |non |pas |ni |pas du |pas un ",
            );
            let partial = p.starts_with("poste") && starts_any(&s[at + p.len()..], PARTIAL);
            starts_word(s, at) && !refused && !partial
        })
    })
}

/// Words near a mention that make it a statement about the job's policy.
fn marked(s: &str, m: Mention, heading: bool) -> bool {
    // A heading ("Lieu de travail et télétravail") names a topic unless it says more.
    const HEADING: &str = "possib|bienvenu|autoris|accept|partiel|jusqu'|jour|complet|100%\
        |hybride|envisageable|eligib";
    const POSITIVE: &str = "possib|bienvenu|autoris|accept|envisageable|partiel|norme|defaut\
        |rigueur|flexib|souple|ouvert|droit|jusqu'|jour|semaine|propos|prevu|encourag|favoris\
        |friendly|first|complet|100%|hybride|mixte|regulier|ponctuel|occasionnel|hebdomadaire\
        |compatible|permis|en teletravail|en remote|du remote|avec teletravail|et teletravail\
        |teletravail et|ou teletravail|teletravail ou|offert|privilegi|majoritairement\
        |principalement|essentiellement|pratique|obligatoire|exclu|eligib";
    let word = &s[m.start..m.end];
    // A verb ("télétravailler", "travaille à distance") or "présentiel optionnel" says it.
    if (word.starts_with("teletravaill") && !word.starts_with("teletravailleu"))
        || word.starts_with("a distance")
        || word.starts_with("presen")
    {
        return true;
    }
    let w = window(s, m.start.saturating_sub(60), m.end + 60);
    if heading {
        return has_any(w, HEADING);
    }
    has_any(w, POSITIVE) || words(w).any(|(a, b)| in_list(&w[a..b], "ok|oui|yes"))
}

/// A sentence that is only the keyword: a list item "Télétravail" or a label "Remote :".
fn bare(s: &str) -> bool {
    in_list(
        s.trim_matches(|c: char| !c.is_alphanumeric()),
        "teletravail|remote|teletravail partiel",
    )
}

/// What a count of days is about.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Tele,
    OnSite,
    /// Something else ("2 jours de formation").
    Other,
}

/// The quantity ending at `end` ("2", "2,5", "deux") and where it starts.
fn parse_qty(s: &str, end: usize) -> Option<(f32, usize)> {
    let b = s.as_bytes();
    let e = s[..end.min(b.len())].trim_end_matches(' ').len();
    let mut st = e;
    while st > 0
        && (b[st - 1].is_ascii_digit()
            || (matches!(b[st - 1], b',' | b'.')
                && st >= 2
                && b[st - 2].is_ascii_digit()
                && st < e
                && b[st].is_ascii_digit()))
    {
        st -= 1;
    }
    if st < e {
        let glued = st > 0 && (is_word(b[st - 1]) || b[st - 1] == b'/');
        return if glued {
            None
        } else {
            s[st..e]
                .replace(',', ".")
                .parse::<f32>()
                .ok()
                .map(|q| (q, st))
        };
    }
    let ws = s[..e]
        .trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '-')
        .len();
    if ws == e || (ws > 0 && is_word(b[ws - 1])) {
        return None;
    }
    let n = u16::try_from(number_word(&s[ws..e])?).ok()?;
    Some((f32::from(n), ws))
}

/// What a day count is about, from the words right after it (`None` when they do not
/// say).
fn follow_class(rest: &str) -> Option<Class> {
    const SKIP: &str = "par|semaine|semaines|sem|hebdomadaires|hebdomadaire|possibles|possible\
        |maximum|max|minimum|hebdo|autorises|autorise|acceptes|demandes|requis|obligatoires";
    const TELE: &str = "de teletrav|en teletrav|teletrav|de remote|en remote|remote|a distance\
        |de travail a distance|en distanciel|a domicile|a la maison|chez vous|chez soi|chez toi\
        |hors site|hors des locaux|dont ";
    const ONSITE: &str = "de presence|de presentiel|en presentiel|presentiel|sur site|sur place\
        |au bureau|aux bureaux|dans nos|dans les locaux|dans les bureaux|au siege|a l'agence\
        |en agence|au ministere|sur le site|au sein de nos|au sein des locaux|en physique\
        |a la direction";
    let mut r = rest;
    loop {
        r = r.trim_start_matches([' ', '/', '(', ')', '*', '[', '_']);
        let w = &r[..word_end(r, 0)];
        let two = list("au moins|au maximum|a minima|sur 5|sur cinq").find(|p| r.starts_with(p));
        match two {
            Some(p) => r = &r[p.len()..],
            None if !w.is_empty() && in_list(w, SKIP) => r = &r[w.len()..],
            None => break,
        }
    }
    if starts_any(r, TELE) {
        return Some(Class::Tele);
    }
    let city_next = list("a |sur ").any(|p| {
        r.strip_prefix(p)
            .is_some_and(|x| cities::match_at(x, 0, "").is_some())
    });
    if starts_any(r, ONSITE) || city_next {
        return Some(Class::OnSite);
    }
    starts_any(r, "de |d'|du |des ").then_some(Class::Other)
}

/// What a day count is about, from the nearest keyword before it in the sentence.
fn back_class(s: &str, qs: usize) -> Option<Class> {
    const BLOCK: &str = "poste|contrat|temps partiel|temps plein|mi-temps|rythme|formation|conge\
        |semaine|mois|heure|%|/5|travaill|jour|presence|presentiel|sur site|teletrav|remote";
    let head = window(s, qs.saturating_sub(80), qs);
    let keys = list("teletrav|remote|distance|distanciel").map(|k| (k, Class::Tele));
    let keys =
        keys.chain(list("presence|presentiel|sur site|sur place").map(|k| (k, Class::OnSite)));
    let (_, end, class) = keys
        .filter_map(|(k, c)| {
            find_all(head, k)
                .last()
                .map(|p| (p, word_end(head, p + k.len()), c))
        })
        .max_by_key(|&(p, _, _)| p)?;
    (!has_any(&head[end..], BLOCK)).then_some(class)
}

/// Day counts of a sentence: the telework cap, whether any telework count was found, and
/// the minimum of days on site.
#[derive(Default, Debug)]
struct Days {
    cap: Option<f32>,
    tele: bool,
    onsite: Option<f32>,
}

/// One "N jours" phrase: the count, the low bound of a range ("1 à 2 jours"), where it
/// starts and ends, and whether it is said to be a maximum or a minimum.
struct DayPhrase {
    count: f32,
    low: Option<f32>,
    start: usize,
    end: usize,
    cap: bool,
    min: bool,
}

/// The day phrase whose day word ("jours", "j") is at `ws..we` of `s`, when it counts days
/// per week (or does not say per what).
fn day_phrase(s: &str, ws: usize, we: usize) -> Option<DayPhrase> {
    let word = &s[ws..we];
    let digits = word
        .strip_suffix('j')
        .filter(|d| !d.is_empty() && d.bytes().all(|c| c.is_ascii_digit()));
    let (mut count, qs) =
        if (word.starts_with("jour") && !word.starts_with("journal")) || word == "j" {
            parse_qty(s, ws)?
        } else {
            (digits?.parse::<f32>().ok()?, ws)
        };
    let mut end = we;
    if let Some(half) = list(" et demie| et demi| 1/2").find(|half| s[end..].starts_with(half)) {
        count += 0.5;
        end += half.len();
    }
    // "1 à 2 jours", "1 ou 2 jours", "1-2 jours".
    let head = s[..qs].trim_end();
    let low = list("a|ou|-|/")
        .find_map(|sep| {
            head.strip_suffix(sep)
                .filter(|r| r.ends_with(' ') || r.ends_with(|c: char| c.is_ascii_digit()))
        })
        .and_then(|r| parse_qty(s, r.len()));
    let start = low.map_or(qs, |l| l.1);
    let pre = window(s, start.saturating_sub(22), start).trim_end();
    let post = clause_after(s, end, 40);
    let caps =
        "jusqu'a|jusqu'au|maximum|max|au plus|au maximum|dans la limite de|plafonne a|limite a";
    let cap =
        starts_any(post.trim_start(), "maximum|max|au maximum|au plus") || ends_any(pre, caps);
    let min = has_any(post, "minimum|au moins|a minima| min ")
        || ends_any(pre, "au moins|minimum|au minimum|a minima|min");
    // Weekly, or not said; never per month or fortnight.
    let unit = window(s, end, end + 45);
    let unit = &unit[..unit.find([',', '.', ';']).unwrap_or(unit.len())];
    let first_of = |l: &'static str| list(l).filter_map(|u| find_all(unit, u).next()).min();
    let weekly = first_of("semaine|/sem| sem|hebdo|sur 5|sur cinq");
    let other = first_of("mois|toutes les|annee|trimestre|quinzaine|15 jours|par an");
    let not_weekly = other.is_some_and(|o| weekly.is_none_or(|wk| o < wk));
    let low = low.map(|l| l.0);
    (!not_weekly && count > 0.0 && count <= 7.0).then_some(DayPhrase {
        count,
        low,
        start,
        end,
        cap,
        min,
    })
}

/// Read the "N jours" phrases of a normalised sentence; `default_tele` counts unexplained
/// ones as telework days (a front matter `teletravail` value).
fn day_counts(s: &str, default_tele: bool) -> Days {
    let mut out = Days::default();
    let any_day = has(s, "j");
    for (ws, we) in words(s).filter(|_| any_day) {
        let Some(p) = day_phrase(s, ws, we) else {
            continue;
        };
        let class = follow_class(&s[p.end..])
            .or_else(|| back_class(s, p.start))
            .or(default_tele.then_some(Class::Tele));
        match class {
            Some(Class::Tele) => {
                out.tele = true;
                if !p.min && p.count <= 5.0 && out.cap.is_none() {
                    out.cap = Some(p.count);
                }
            }
            Some(Class::OnSite) if !p.cap && out.onsite.is_none() => {
                out.onsite = Some(p.low.unwrap_or(p.count));
            }
            _ => {}
        }
    }
    // "Nombre de jours de télétravail par semaine : 2".
    for at in find_all(s, "jours de teletravail") {
        let rest = window(s, at, at + 60);
        let value = rest.find(':').map(|c| rest[c + 1..].trim_start());
        let count = value
            .and_then(|v| parse_qty(v, word_end(v, 0)))
            .filter(|q| q.1 == 0 && q.0 > 0.0 && q.0 <= 5.0);
        if let Some((count, _)) = count {
            out.tele = true;
            out.cap = out.cap.or(Some(count));
        }
    }
    // "4 jours par semaine, dont 2 en télétravail".
    for at in find_all(s, "dont ") {
        let stop = word_end(s, at + 5);
        let count = number_word(&s[at + 5..stop])
            .and_then(|n| u16::try_from(n).ok())
            .map(f32::from);
        if let Some(count) = count.filter(|_| {
            starts_any(
                &s[stop..],
                " en teletrav| en remote| a distance| de teletrav",
            )
        }) {
            out.tele = true;
            if count <= 5.0 && out.cap.is_none() {
                out.cap = Some(count);
            }
        }
    }
    out
}

/// Read one folded sentence. `context` says the text is known to be about telework (a
/// front matter `teletravail` value); `heading` that it is a heading.
fn analyse(sentence: &str, context: bool, heading: bool) -> Option<Remote> {
    let s = normalise(sentence);
    let all = mentions(&s);
    let valid: Vec<Mention> = all.iter().copied().filter(|m| !topic(&s, *m)).collect();
    if valid.iter().any(|m| negated(&s, *m)) {
        return Some(Remote::default());
    }
    let days = day_counts(&s, context);
    let full = full_remote(&s);
    let said = !valid.is_empty();
    let positive = full
        || days.tele
        || (said && days.onsite.is_some())
        || valid.iter().any(|m| marked(&s, *m, heading))
        || (!heading && said && bare(&s));
    if (said && positive) || context {
        let (max_days_per_week, min_days_on_site) = (days.cap, days.onsite);
        return Some(Remote {
            allowed: true,
            max_days_per_week,
            min_days_on_site,
            full_remote: full,
        });
    }
    // "3 jours par semaine sur site" alone: the other days are telework.
    let onsite_words = has_any(&s, "sur site|presence|presentiel");
    let part_time = has_any(&s, "temps partiel|mi-temps|%|/5|temps plein|contrat");
    match days.onsite {
        Some(min) if all.is_empty() && onsite_words && !part_time => Some(Remote {
            allowed: min < 5.0,
            min_days_on_site: Some(min),
            ..Remote::default()
        }),
        _ => None,
    }
}

/// Telework's trigger words.
pub(crate) const TRIGGERS: &[&str] = &["tele", "remote", "distan", "sur site", "presen"];

/// Telework statements in `text`, one hit per sentence: "télétravail possible jusqu'à deux
/// jours par semaine", "3 jours / semaine sur site", "full remote", "pas de télétravail".
/// A required presence somewhere without a day count is not a telework statement.
#[cfg(test)]
pub(crate) fn find_remote(text: &str, origin: Origin) -> Vec<Hit<Remote>> {
    find_remote_in(&Scanned::new(text).passage(text, origin))
}

/// [`find_remote`] on text already folded.
pub(crate) fn find_remote_in(p: &Passage) -> Vec<Hit<Remote>> {
    let (fd, origin) = (p.folded, p.origin);
    let t = fd.text.as_str();
    let mut anchors: Vec<usize> = Vec::new();
    for trigger in p.triggers.of(Fact::Remote) {
        let needle = TRIGGERS[trigger.key];
        let rest = &t[trigger.end..];
        let keep = match needle {
            "tele" => starts_any(rest, "trav|-trav| trav"),
            "presen" => starts_any(rest, "ce|tiel"),
            _ => true,
        };
        if keep {
            anchors.push(trigger.start);
        }
    }
    anchors.sort_unstable();
    let mut out = Vec::new();
    let mut done = 0;
    for at in anchors {
        if at < done {
            continue;
        }
        let (start, stop) = sentence_at(t, at);
        done = stop.max(at + 1);
        let sentence = &t[start..stop];
        if let Some(remote) = analyse(sentence, false, origin == Origin::Heading) {
            let from = start + sentence.len() - sentence.trim_start().len();
            let (orig_start, orig_end) = fd.original_range(from, from + sentence.trim().len());
            out.push(Hit::new(remote, orig_start, orig_end));
        }
    }
    out
}

/// A front matter `teletravail` / `remote` value: "oui", "true", "non", "2 jours par
/// semaine", "100 %".
pub(crate) fn remote_from_value(value: &str) -> Option<Remote> {
    let folded = fold(value);
    let v = folded.trim().trim_matches(['"', '\'', '.', '!', ' ']);
    let yes = Remote {
        allowed: true,
        ..Remote::default()
    };
    if v.is_empty() {
        None
    } else if in_list(
        v,
        "oui|yes|true|vrai|possible|partiel|ok|autorise|accepte|bienvenu|hybride|flexible|ouvert",
    ) {
        Some(yes)
    } else if in_list(
        v,
        "non|no|false|faux|aucun|impossible|0|pas de teletravail|non possible",
    ) {
        Some(Remote::default())
    } else if in_list(
        v,
        "total|complet|100%|100 %|full|full remote|integral|100% remote|100 % remote",
    ) {
        Some(Remote {
            full_remote: true,
            ..yes
        })
    } else {
        // A bare count or range: "2", "2j", "1-2", "2,5".
        let n = v.trim_end_matches(['j', ' ']);
        let last = n
            .rsplit(['-', ' ', '/'])
            .next()
            .unwrap_or(n)
            .replace(',', ".");
        let shape = n
            .bytes()
            .all(|b| b.is_ascii_digit() || b"-,. /a".contains(&b));
        match last.parse::<f32>() {
            Ok(q) if shape && q > 0.0 && q <= 5.0 => Some(Remote {
                max_days_per_week: Some(q),
                ..yes
            }),
            _ => analyse(v, true, false),
        }
    }
}

/// Merge telework statements. Telework is allowed if any statement says so, unless a later
/// one explicitly says "pas de télétravail" (front matter counts first). The cap is the
/// first stated cap. When no cap is stated but a minimum of days on site is, the cap is
/// `5 - min_days_on_site` (a five-day week): "3 jours par semaine sur site" → 2.
pub(crate) fn resolve_remote(hits: &[(Origin, Remote)]) -> Option<Remote> {
    let front = hits.iter().filter(|(o, _)| *o == Origin::FrontMatter);
    let ordered = front.chain(hits.iter().filter(|(o, _)| *o != Origin::FrontMatter));
    let mut out: Option<Remote> = None;
    for (_, r) in ordered {
        let o = out.get_or_insert_with(Remote::default);
        o.allowed = r.allowed;
        if r.allowed {
            o.max_days_per_week = o.max_days_per_week.or(r.max_days_per_week);
            o.min_days_on_site = o.min_days_on_site.or(r.min_days_on_site);
            o.full_remote |= r.full_remote;
        }
    }
    let mut o = out?;
    if !o.allowed {
        return Some(Remote::default());
    }
    if o.max_days_per_week.is_none() && !o.full_remote {
        o.max_days_per_week = o.min_days_on_site.filter(|m| *m < 5.0).map(|m| 5.0 - m);
    }
    Some(o)
}

#[cfg(test)]
#[path = "remote_tests.rs"]
pub(crate) mod tests;
