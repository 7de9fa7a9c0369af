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

#[cfg(test)]
mod tests {
    use super::find_part_time;
    use crate::extract::facts::Fact;
    use crate::text::Origin;

    /// What part time a phrase gives, written compactly: the shares offered ("0.6 0.8"),
    /// `+` when they are minimums, "" for part time without a share.
    fn read(text: &str) -> Option<String> {
        let hits = find_part_time(text, Origin::Body);
        assert!(hits.len() <= 1, "{text}: {hits:?}");
        hits.into_iter().next().map(|h| {
            let shares: Vec<String> = h.value.fractions.iter().map(f32::to_string).collect();
            format!(
                "{}{}",
                shares.join(" "),
                if h.value.minimum { "+" } else { "" }
            )
        })
    }

    /// Shares of full time offered, in varied wordings, and part time without a share.
    const PASS: &[(&str, &str)] = &[
        ("Temps partiel au 3/5 ou 4/5 par semaine.", "0.6 0.8"),
        ("Poste à 4/5.", "0.8"),
        ("- Charge : 4/5e", "0.8"),
        (
            "Contrat de prestataire aux 4/5ème avec possibilité de télétravail",
            "0.8",
        ),
        ("Temps partiel accepté (80 % minimum).", "0.8+"),
        ("Contrat : CDD, temps partiel à 80% minimum", "0.8+"),
        ("Poste à 80 % minimum.", "0.8+"),
        (
            "Contrat de 6 mois renouvelable (à 4 jours par semaine minimum).",
            "0.8+",
        ),
        ("Rythme de 3 à 4 jours par semaine.", "0.6 0.8"),
        ("- Temps de travail : 3 à 5 jours / semaine", "0.6 1"),
        ("* À minima 3 jours par semaine", "0.6+"),
        ("Au moins 4 jours par semaine.", "0.8+"),
        ("Autour de 3 jours par semaine & TJM selon profil", "0.6"),
        (
            "Mission freelance à 2,5 jours par semaine en moyenne.",
            "0.5",
        ),
        (
            "Poste ouvert pour une indépendante (à 2-3  jours par semaine).",
            "0.4 0.6",
        ),
        ("* Temps partiel possible (4j/semaine)", "0.8"),
        ("Durée : temps plein (préférable), 3-4j/ semaine", "0.6 0.8"),
        ("Poste à mi-temps.", "0.5"),
        (
            "Travail à temps plein. Un temps partiel aux 4/5 peut être envisagé.",
            "0.8",
        ),
        ("Contrat : freelance 3 jours par semaine", "0.6"),
        ("Commencer à 2/5e, passage en 4/5 courant juin.", "0.4 0.8"),
        (
            "Mission de 6 mois à 3/5 ou 4/5 jours par semaine (temps plein à discuter).",
            "0.6 0.8",
        ),
        (
            "Le rythme de travail est de quatre jours par semaine.",
            "0.8",
        ),
        ("Temps de travail : 4 jours sur 5.", "0.8"),
        ("CDI à temps partiel, 28 heures hebdomadaires.", "0.8"),
        ("Contrat de 6 mois à 21h par semaine.", "0.6"),
        ("Poste à 80 % du temps.", "0.8"),
        ("Temps partiel possible.", ""),
        ("- Possibilité d’un temps partiel.", ""),
        ("Remote et temps partiel possible.", ""),
    ];

    /// Near-misses: full time, telework and presence days, percentages of other things,
    /// dates, ratings, someone else's part time.
    const FAIL: &[&str] = &[
        "Travail à temps plein.",
        "Temps plein, 5 jours par semaine.",
        "Contrat de 6 mois au 5/5 renouvelable.",
        "2 jours de télétravail par semaine.",
        "Le télétravail est possible jusqu'à deux jours par semaine.",
        "Télétravail partiel OK, avec une présence minimum à Paris de 2 jours par semaine.",
        "Présence 3 jours par semaine sur site.",
        "Le droit de télétravailler à raison de 2 jours par semaine.",
        "En France 30% des élèves sont en échec scolaire.",
        "Chaque membre peut consacrer 20% de son temps à un projet libre.",
        "Le taux est passé de 20 % à 5 %.",
        "4/5 ans d’expérience minimum.",
        "Note des usagers : 4/5 des répondants sont satisfaits.",
        "Réunion le 4/5/2021.",
        "Nous organisons un point 2 jours par semaine.",
        "Un coach à temps partiel accompagne l'équipe.",
        "Avec 1 développeur indépendant et 1 coach à temps partiel pour le premier run.",
        "Environ 10 jours par mois.",
        "Le lead passe au minimum 40% de son temps à développer.",
        "Télétravail à mi-temps.",
        "Stage rémunéré à 80 % du SMIC.",
        "Stage de 35 heures hebdomadaires.",
        "Disponible 24h/24.",
        "Johan, 50% développeur, 50% PO, travaille à temps plein en distanciel.",
    ];

    #[test]
    fn part_time_rule() {
        crate::extract::facts::tester::test_rule(
            "part time",
            Some(Fact::PartTime),
            read,
            PASS,
            FAIL,
        );
    }
}
