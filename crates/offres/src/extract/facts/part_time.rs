//! Part time of a job posting: shares of full time offered ("4/5", "80 %", "4 jours par
//! semaine", "mi-temps") or part time without a share ("temps partiel possible").

#![allow(clippy::many_single_char_names)] // word indices i, j, k and sentence s read best short

use crate::model::PartTime;

use super::{Fact, Passage, Scanned};
use crate::extract::facts::contract::RECRUIT;
use crate::text::wordlist::{Sent, WordSet, Words, byte_set, for_sentences, list};
use crate::text::{Hit, Origin, number_word};

/// Words about telework or presence: days per week near them are not part time.
const PLACE: Words = list(
    "remote distanciel distance presentiel presence site bureau bureaux locaux \
    deplacement deplacements coworking co-working venir croiser rencontrer place",
);

const JOB: Words = list(
    "contrat mission poste freelance cdd cdi stage independant independante \
    prestataire engagement temps",
);

/// What every word the anchor of [`find_part_time_in`] accepts starts with: the trigger
/// words of part time.
pub(crate) const TRIGGERS: &[&str] = &[
    "temps", "mi-temps", "quart", "jour", "heure", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
];

const MINIMUM: Words = list("minimum min minima moins mini");

/// Part-time offers in `text`: "temps partiel au 3/5 ou 4/5", "80 % minimum", "4 jours par
/// semaine", "mi-temps". Days per week count only in a sentence about working time, not
/// about telework or presence on site. "Temps partiel possible" gives empty `fractions`;
/// full time alone ("temps plein", "5/5") gives nothing.
pub(crate) fn find_part_time(text: &str, origin: Origin) -> Vec<Hit<PartTime>> {
    find_part_time_in(&Scanned::new(text).passage(text, origin))
}

/// [`find_part_time`] on a passage already folded and scanned.
pub(crate) fn find_part_time_in(p: &Passage) -> Vec<Hit<PartTime>> {
    const FIRST: [bool; 256] = byte_set(b"0123456789tmqjh");
    let origin = p.origin;
    let mut out = Vec::new();
    let anchor = |t: &str, a: usize, e: usize| {
        let w = &t[a..e];
        let digits = w.bytes().all(|c| c.is_ascii_digit());
        ["temps", "mi-temps", "quart", "jour", "heure"]
            .iter()
            .any(|p| w.starts_with(p))
            || (w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with(['j', 'h']))
            || (w.starts_with('5') && t.as_bytes()[a.saturating_sub(1)] == b'/')
            || (digits && t[e..].trim_start_matches(' ').starts_with('%'))
    };
    let first = |b: &[u8], i: usize| FIRST[usize::from(b[i])];
    let keys = p.triggers.of(Fact::PartTime).iter().map(|t| t.start);
    for_sentences(p.text, p.folded, keys, first, anchor, |s| {
        if let Some((p, a, b)) = part_sentence(s, origin) {
            let (a, b) = s.span(a, b);
            out.push(Hit::new(p, a, b));
        }
    });
    out
}

fn part_sentence(s: &Sent, origin: Origin) -> Option<(PartTime, usize, usize)> {
    let n = s.n();
    let is_place = |k: usize| {
        let w = s.w(k);
        PLACE.has(w) || w.starts_with("teletravail") || w.starts_with("tele-travail")
    };
    let is_strong = |k: usize| match s.w(k) {
        "temps" => {
            s.is(k + 1, "partiel plein complet") || (s.w(k + 1) == "de" && s.w(k + 2) == "travail")
        }
        "rythme" | "quotite" | "frequence" | "disponibilite" | "mi-temps" => true,
        "charge" => s.gap(k + 1).contains(':') || s.w(k + 1) == "estimee",
        "nombre" | "nombres" => s.w(k + 1) == "de" && s.w(k + 2) == "jours",
        _ => false,
    };
    let places: Vec<usize> = (0..n).filter(|&k| is_place(k)).collect();
    let strongs: Vec<usize> = (0..n).filter(|&k| is_strong(k)).collect();
    // "temps plein" makes a sentence about working time, not a share for a percentage.
    let share_cue = strongs
        .iter()
        .any(|&k| !(s.w(k) == "temps" && s.is(k + 1, "plein complet")));
    let dist = |v: &[usize], j: usize| v.iter().map(|&k| k.abs_diff(j)).min();
    let place_near = |j: usize| match (dist(&places, j), dist(&strongs, j)) {
        (Some(p), Some(c)) => p < c,
        (p, _) => p.is_some(),
    };
    let place_close = |j: usize| dist(&places, j).is_some_and(|d| d <= 3);
    let job = !strongs.is_empty()
        || matches!(origin, Origin::Title | Origin::FrontMatter)
        || s.any(0, n, JOB).is_some();
    let (mut fr, mut minimum, mut span): (Vec<f32>, bool, Option<(usize, usize)>) =
        (Vec::new(), false, None);
    let mut push = |f: &[f32], j: usize, k: usize| {
        fr.extend_from_slice(f);
        minimum |=
            s.any(j.saturating_sub(2), j, MINIMUM).is_some() || s.any(k, k + 2, MINIMUM).is_some();
        span = Some((span.map_or(j, |(a, _)| a), k - 1));
    };
    let mut j = 0;
    while j < n {
        let w = s.w(j);
        let prev = if j > 0 { s.w(j - 1) } else { "" };
        if !w.starts_with(|c: char| c.is_ascii_digit()) && number_word(w).is_none() {
            if (w == "mi-temps" || w == "quart-temps") && !place_close(j) {
                push(&[if w == "mi-temps" { 0.5 } else { 0.25 }], j, j + 1);
            }
            j += 1;
            continue;
        }
        if let Some((f, k)) = s.fifth_at(j) {
            // "4/5 ans d'expérience", "4/5 des usagers" are not shares of time.
            let next = s.w(k);
            let bad = s.is(k, "ans an annee annees mois des personnes points etoiles")
                || (next == "de" && s.w(k + 1) != "temps")
                || (next == "d" && s.w(k + 1) != "un");
            let good = s.w(j + 1) != "5"
                || s.is(j.wrapping_sub(1), "au aux a un en sur ou")
                || s.gap(j).contains([':', '('])
                || j == 0
                || job
                || s.is(k, "par jours temps possible negociable ou minimum de");
            if good && !bad {
                push(&[f], j, k);
            }
            j = k;
        } else if let Some((lo, hi, k)) = s.days_at(j) {
            let lead =
                (0..j).all(|q| s.is(q, "a minima autour de environ au moins minimum en moyenne"));
            if !place_near(j) && (job || lead) {
                push(&[lo, hi], j, k);
            }
            j = k;
        } else if let Some((v, None, k)) = s
            .count(j)
            .filter(|_| s.gap(j + 1).trim_start().starts_with('%'))
        {
            // "80 % du SMIC", "40 % de son temps" are not shares offered; "80 % du temps" is.
            let own = s.is(k, "de du des d") && !(s.w(k + 1) == "temps" && s.w(k) == "du");
            let at = matches!(prev, "a" | "au") && (job || s.is(k, MINIMUM));
            if v > 0.0 && v <= 100.0 && !own && !place_near(j) && (share_cue || at) {
                push(&[v / 100.0], j, k);
            }
            j = k;
        } else {
            j += 1;
        }
    }
    if fr.is_empty() {
        // "Temps partiel possible", "poste à temps partiel": part time without a share.
        let k = (0..n).find(|&k| s.w(k) == "temps" && s.w(k + 1) == "partiel")?;
        let open = "possible accepte acceptee envisageable envisage bienvenu bienvenue negociable ok possibilite";
        let job_before = s.any(0, k, RECRUIT).is_some()
            || s.any(
                k.saturating_sub(4),
                k,
                "poste contrat cdd cdi stage freelance",
            )
            .is_some();
        let offered = k == 0 || (s.w(k - 1) == "a" && job_before);
        let part = PartTime {
            fractions: Vec::new(),
            minimum: false,
        };
        return (offered || s.any(0, n, open).is_some()).then_some((part, k, k + 1));
    }
    for f in &mut fr {
        *f = (*f * 100.0).round() / 100.0;
    }
    fr.sort_by(f32::total_cmp);
    fr.dedup();
    let (a, b) = span?;
    fr.iter().any(|&f| f < 1.0).then_some((
        PartTime {
            fractions: fr,
            minimum,
        },
        a,
        b,
    ))
}
