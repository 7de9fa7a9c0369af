//! Pay: the amounts a posting offers, what they are paid for, and the rules it states
//! instead of an amount.
//!
//! A statement is a sentence about pay: it names pay ("TJM", "taux journalier",
//! "rémunération", "salaire", "gratification", "indemnité"), sits under a pay heading
//! ("## Rémunération"), or qualifies an amount the way only pay is ("3 500 € nets
//! mensuels", "600 € HT/jour"). From it are read, each as written:
//! - amounts and ranges with their currency ("entre 500 € et 650 €", "45–55 k€", "jusqu'à
//!   850 €", "à partir de 2 200 €"), one [`Pay`] each;
//! - what they are paid for: a day ("TJM", "/jour"), an hour, a week, a month ("nets
//!   mensuels", "par mois"), a year ("brut annuel"); where nothing says, a sum in thousands
//!   ("45 k€", "30 000 €") is the yearly salary and a gross or net sum of a few thousand
//!   the monthly one, the only ways French postings write them;
//! - gross or net, before tax (HT) or not (TTC);
//! - what pay depends on ("selon profil", "en fonction de votre expérience");
//! - a rule given instead of (or besides) an amount ("selon la grille indiciaire",
//!   "calculée à partir de vos 12 dernières fiches de paie", "gratification légale", "à
//!   négocier").
//!
//! Refused: sums in millions, budgets and prices ("un budget de 2 M€", "un marché de
//! 300 000 €", "l'abonnement coûte 10 € par mois") unless pay is named, figures without a
//! currency (years, shares, counts), and the candidate's own rate ("envoyez votre TJM",
//! "prétentions salariales").

#![allow(clippy::many_single_char_names)] // text t, bytes b, positions s, e, i read best short

use crate::model::{Pay, PayBasis, PayFactor, PayPeriod};
#[cfg(test)]
use crate::text::Origin;
use crate::text::money::{Amount, amounts};
use crate::text::scan::{is_word_byte, sentence_ranges, words_in};
use crate::text::{Folded, Hit};

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};

/// Pay's trigger words: every statement holds a pay word, a currency, or (under a pay
/// heading) a word that says what pay depends on.
pub(crate) const TRIGGERS: &[&str] = &[
    "tjm",
    "taux j",
    "taux h",
    "tarif j",
    "journalier",
    "remuner",
    "salaire",
    "salarial",
    "gratification",
    "indemnite",
    "€",
    "euro",
    "paie",
    "paye",
    "grille",
    "indiciaire",
    "selon",
    "suivant",
    "fonction de",
];

/// Find what `text` says about pay (a paragraph of the body, not under a pay heading).
#[cfg(test)]
pub(crate) fn find_pay(text: &str) -> Vec<Hit<Pay>> {
    find_pay_in(&Scanned::new(text).passage(text, Origin::Body), false)
}

/// [`find_pay`] on a passage already folded and scanned; `pay_section` when the passage is
/// under a heading about pay ("Rémunération"), where amounts need no pay word.
pub(crate) fn find_pay_in(p: &Passage, pay_section: bool) -> Vec<Hit<Pay>> {
    p.on_trigger_lines(Fact::Pay, |window, folded| {
        pay_in(window, folded, pay_section, false)
    })
}

/// What a front matter value under a pay key says (`salaire: 45 k€ brut annuel`, `tjm:
/// 600`): the key says it is pay, so a bare number counts; `daily` for a daily-rate key. A
/// value that holds no amount, factor or rule is kept whole as the rule.
pub(crate) fn pay_from_value(value: &str, daily: bool) -> Vec<Pay> {
    // The key is the trigger: the whole value is read.
    let mut out: Vec<Pay> = pay_in(value, &Folded::new(value), true, true)
        .into_iter()
        .map(|h| h.value)
        .collect();
    if out.is_empty() && !value.trim().is_empty() {
        out.push(Pay {
            rule: Some(value.trim().to_owned()),
            text: value.trim().to_owned(),
            ..Pay::default()
        });
    }
    if daily {
        for pay in &mut out {
            pay.period.get_or_insert(PayPeriod::Day);
        }
    }
    out
}

fn pay_in(window: &str, folded: &Folded, context: bool, bare: bool) -> Vec<Hit<Pay>> {
    let mut out = Vec::new();
    let t = folded.text.as_str();
    for (s, e) in sentence_ranges(t) {
        // Outside a pay section a sentence says something of pay only with a pay word or a
        // figure; a trigger window holds whole lines, most of whose sentences have neither.
        if context || bare || may_state_pay(&t[s..e]) {
            sentence_pay(window, folded, s, e, context, bare, &mut out);
        }
    }
    out
}

/// Whether a folded sentence holds a figure or the start of a pay word of [`read_words`]:
/// without either it gives no pay outside a pay section.
fn may_state_pay(sentence: &str) -> bool {
    const PAY_WORDS: &[&str] = &[
        "tjm",
        "taux",
        "tarif",
        "salair",
        "salarial",
        "gratification",
        "indemnit",
        "smic",
        "traitement",
        "remuner",
    ];
    sentence.bytes().any(|b| b.is_ascii_digit()) || PAY_WORDS.iter().any(|w| sentence.contains(w))
}

/// What one sentence of pay words says.
#[derive(Default)]
struct PayWords {
    /// A pay word that is the offer's (not "votre TJM").
    pay: bool,
    /// A daily rate is named ("TJM", "taux journalier").
    daily: bool,
    /// Period adjectives of the sentence ("mensuel", "annuel", "horaire").
    periods: Vec<PayPeriod>,
    basis: Vec<PayBasis>,
    before_tax: Option<bool>,
    budget: bool,
}

const BUDGET: &str = "budget|budgets|marche|marches|cout|couts|coute|coutent|prix|financement|\
    financements|finance|financee|subvention|subventions|enveloppe|depense|depenses|\
    investissement|investissements|levee|chiffre|dotation|fonds|economie|economies|facture|\
    abonnement|aide|aides|allocation|prime|primes|bourse|credit|pret|amende|tarif|tarifs";

fn among(list: &str, w: &str) -> bool {
    list.split('|').any(|x| x == w)
}

fn read_words(t: &str, toks: &[(usize, usize)]) -> PayWords {
    let w = |k: usize| toks.get(k).map_or("", |&(a, z)| &t[a..z]);
    let mut out = PayWords::default();
    for k in 0..toks.len() {
        let word = w(k);
        let (pay, daily) = match word {
            "tjm" | "tjms" => (true, true),
            "taux" | "tarif" | "tarifs" => match w(k + 1) {
                "journalier" | "journaliers" | "jour" | "moyen" => (true, true),
                "horaire" | "horaires" => {
                    out.periods.push(PayPeriod::Hour);
                    (true, false)
                }
                _ => (false, false),
            },
            // "paie" alone is not enough: "un module de calcul de fiche de paie".
            "salaire" | "salaires" | "salarial" | "salariale" | "salariaux" | "gratification"
            | "gratifications" | "indemnite" | "indemnites" | "smic" => (true, false),
            "traitement" => (among("indiciaire|brut|net|mensuel", w(k + 1)), false),
            _ if word.starts_with("remuner") => (true, false),
            _ => (false, false),
        };
        if pay && !candidates_own(t, toks, k) {
            out.pay = true;
            out.daily |= daily;
        }
        match word {
            "mensuel" | "mensuelle" | "mensuels" | "mensuelles" => {
                out.periods.push(PayPeriod::Month);
            }
            "annuel" | "annuelle" | "annuels" | "annuelles" => out.periods.push(PayPeriod::Year),
            "hebdomadaire" | "hebdomadaires" => out.periods.push(PayPeriod::Week),
            "brut" | "bruts" | "brute" | "brutes" => out.basis.push(PayBasis::Gross),
            "net" | "nets" | "nette" | "nettes" => out.basis.push(PayBasis::Net),
            "ht" => out.before_tax = Some(true),
            "ttc" => out.before_tax = Some(false),
            "hors" if w(k + 1).starts_with("taxe") => out.before_tax = Some(true),
            "h" if t[toks[k].1..].starts_with(".t") => out.before_tax = Some(true),
            _ if among(BUDGET, word) => out.budget = true,
            _ => {}
        }
    }
    if out.daily {
        out.periods.push(PayPeriod::Day);
    }
    let mut periods: Vec<PayPeriod> = Vec::new();
    for p in out.periods.drain(..) {
        if !periods.contains(&p) {
            periods.push(p);
        }
    }
    out.periods = periods;
    out.basis.sort_unstable_by_key(|b| *b as u8);
    out.basis.dedup();
    out
}

/// "Envoyez votre TJM", "en précisant votre taux journalier", "rémunération attendue",
/// "prétentions salariales": the candidate's pay, not the offer's.
fn candidates_own(t: &str, toks: &[(usize, usize)], k: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |&(a, z)| &t[a..z]);
    let before = (k.saturating_sub(3)..k).map(w);
    let asked = before.clone().any(|x| {
        among(
            "votre|vos|ton|tes|your|precisant|precisez|preciser|indiquant|indiquez|indiquer|\
             pretentions|pretention",
            x,
        )
    });
    let after = among(
        "attendu|attendue|attendus|souhaite|souhaitee|souhaites|actuel|actuelle|demande|demandee",
        w(k + 1),
    );
    asked || after
}

/// Period, basis and tax words right after an amount ("€ HT/jour", "€ nets mensuels", "€
/// brut par mois"), up to a clause break.
struct Tail {
    period: Option<PayPeriod>,
    basis: Option<PayBasis>,
    before_tax: Option<bool>,
}

fn tail(t: &str, from: usize, to: usize) -> Tail {
    let mut out = Tail {
        period: None,
        basis: None,
        before_tax: None,
    };
    let mut last = from;
    let mut per = false;
    for (a, z) in words_in(t, from, to).into_iter().take(7) {
        let gap = &t[last..a];
        if gap
            .bytes()
            .any(|c| !matches!(c, b' ' | b'/' | b'*' | b'_' | b'-' | b'\''))
        {
            break;
        }
        let slash = gap.contains('/');
        let w = &t[a..z];
        let period = match w {
            "jour" | "jours" | "journalier" | "j" if per || slash || w != "jours" => {
                Some(PayPeriod::Day)
            }
            "heure" | "h" | "horaire" if per || slash || w == "horaire" => Some(PayPeriod::Hour),
            "semaine" if per || slash => Some(PayPeriod::Week),
            "hebdomadaire" | "hebdomadaires" => Some(PayPeriod::Week),
            "mois" if per || slash => Some(PayPeriod::Month),
            "mensuel" | "mensuelle" | "mensuels" | "mensuelles" => Some(PayPeriod::Month),
            "an" | "annee" if per || slash => Some(PayPeriod::Year),
            "annuel" | "annuelle" | "annuels" | "annuelles" => Some(PayPeriod::Year),
            _ => None,
        };
        per = false;
        last = z;
        if let Some(p) = period {
            out.period.get_or_insert(p);
            continue;
        }
        match w {
            "brut" | "bruts" | "brute" | "brutes" => {
                out.basis.get_or_insert(PayBasis::Gross);
            }
            "net" | "nets" | "nette" | "nettes" => {
                out.basis.get_or_insert(PayBasis::Net);
            }
            "ht" => out.before_tax = Some(true),
            "t" if t[..a].ends_with("h.") => out.before_tax = Some(true),
            "ttc" => out.before_tax = Some(false),
            "par" | "de" | "l" => per = true,
            "environ" | "hors" | "taxe" | "taxes" | "charges" | "avant" | "impot" | "impots"
            | "h" | "k" | "eur" | "euros" => {}
            _ => break,
        }
    }
    out
}

/// The plausible amounts for each period: a figure outside is not this pay ("un TJM …
/// pour un budget de 80 000 €").
fn plausible(period: Option<PayPeriod>, v: f64) -> bool {
    match period {
        Some(PayPeriod::Hour) => (3.0..=500.0).contains(&v),
        Some(PayPeriod::Day) => (50.0..=5000.0).contains(&v),
        Some(PayPeriod::Week) => (100.0..=10_000.0).contains(&v),
        Some(PayPeriod::Month) => (200.0..=40_000.0).contains(&v),
        Some(PayPeriod::Year) => (5000.0..=500_000.0).contains(&v),
        None => (1.0..=500_000.0).contains(&v),
    }
}

#[allow(clippy::too_many_arguments)]
fn sentence_pay(
    window: &str,
    folded: &Folded,
    s: usize,
    e: usize,
    section: bool,
    bare: bool,
    out: &mut Vec<Hit<Pay>>,
) {
    let t = folded.text.as_str();
    // Words of a web address ("incubateur.net/remuneration") say nothing about pay.
    let toks: Vec<(usize, usize)> = words_in(t, s, e)
        .into_iter()
        .filter(|&(a, _)| !in_address(t, s, a))
        .collect();
    if toks.is_empty() {
        return;
    }
    let said = read_words(t, &toks);
    let context = said.pay || section;
    let (os, oe) = folded.original_range(s, e);
    let text = window[os..oe]
        .trim()
        .trim_start_matches(['-', '*', '•', ' '])
        .trim_end_matches([';', ',', ' '])
        .trim()
        .to_owned();
    let only = |v: &[PayPeriod]| (v.len() == 1).then(|| v[0]);
    let sentence_basis = (said.basis.len() == 1).then(|| said.basis[0]);
    let depends_on = if context {
        factors(t, &toks)
    } else {
        Vec::new()
    };
    let mut found = Vec::new();
    for a in amounts(t, s, e, bare) {
        let after = tail(t, a.end, e);
        let qualified = after.basis.is_some()
            || (after.before_tax == Some(true) && after.period == Some(PayPeriod::Day));
        if !(context || qualified) || (said.budget && !said.pay) {
            continue;
        }
        let basis = after.basis.or(sentence_basis);
        let period = after
            .period
            .or_else(|| only(&said.periods))
            .or_else(|| conventional_period(&a, basis, said.daily));
        if ![a.min, a.max]
            .into_iter()
            .flatten()
            .all(|v| plausible(period, v))
        {
            continue;
        }
        found.push(Pay {
            min: a.min,
            max: a.max,
            currency: a.currency.then(|| "EUR".to_owned()),
            period,
            basis,
            before_tax: after.before_tax.or(said.before_tax),
            depends_on: depends_on.clone(),
            rule: None,
            text: text.clone(),
        });
    }
    let rule = if context {
        rule_in(window, folded, &toks, s, e, found.is_empty())
    } else {
        None
    };
    if found.is_empty() && context && (said.daily || rule.is_some() || !depends_on.is_empty()) {
        found.push(Pay {
            period: only(&said.periods),
            basis: sentence_basis,
            before_tax: said.before_tax,
            depends_on,
            text: text.clone(),
            ..Pay::default()
        });
    }
    if let Some(first) = found.first_mut() {
        first.rule = rule;
    }
    for pay in found {
        out.push(Hit::new(pay, os, oe));
    }
}

/// Whether the word at `a` is part of a web or e-mail address: after "://", "www.", a
/// dot, a slash or an at sign within the same run of non-spaces.
fn in_address(t: &str, s: usize, a: usize) -> bool {
    let before = &t[s..a];
    let chunk = before
        .rfind([' ', '\n', '(', '[', '<'])
        .map_or(before, |i| &before[i + 1..]);
    chunk.contains("://")
        || chunk.starts_with("www.")
        || (chunk.len() > 1 && chunk.ends_with(['.', '/', '@']))
}

/// The period a figure has by convention where no word says: tens of thousands of euros
/// ("45 k€", "30 000 € brut") are a year's salary, a gross or net sum of a few thousand a
/// month's. A daily rate's sentence says its period itself.
fn conventional_period(a: &Amount, basis: Option<PayBasis>, daily: bool) -> Option<PayPeriod> {
    if daily {
        return None;
    }
    let v = a.max.or(a.min)?;
    if a.thousands || v >= 12_000.0 {
        Some(PayPeriod::Year)
    } else if basis.is_some() && (1000.0..12_000.0).contains(&v) {
        Some(PayPeriod::Month)
    } else {
        None
    }
}

/// "selon profil", "suivant le profil", "en fonction de votre (niveau d')expérience",
/// "adapté à l'expérience", "selon profil et expérience".
fn factors(t: &str, toks: &[(usize, usize)]) -> Vec<PayFactor> {
    let w = |k: usize| toks.get(k).map_or("", |&(a, z)| &t[a..z]);
    let mut out = Vec::new();
    for k in 0..toks.len() {
        let first = match (w(k), w(k + 1)) {
            ("selon" | "suivant", _) => k + 1,
            ("fonction", "de" | "du" | "des") if w(k.wrapping_sub(1)) == "en" => k + 2,
            ("adapte" | "adaptee" | "adaptes", "a" | "au" | "aux") => k + 2,
            _ => continue,
        };
        for j in first..(first + 7).min(toks.len()) {
            match w(j) {
                "profil" | "profils" => out.push(PayFactor::Profile),
                "experience" | "experiences" | "anciennete" | "seniorite" => {
                    out.push(PayFactor::Experience);
                }
                "le" | "la" | "l" | "les" | "ton" | "votre" | "vos" | "tes" | "son" | "sa"
                | "ses" | "du" | "de" | "d" | "des" | "niveau" | "et" | "ou" | "annees"
                | "candidat" | "candidate" => {}
                _ => break,
            }
        }
    }
    out.sort_unstable_by_key(|f| *f as u8);
    out.dedup();
    out
}

/// A rule stated about pay, as written: a grid ("selon la grille indiciaire"), pay slips
/// ("calculée à partir de vos 12 dernières fiches de paie"), the legal minimum
/// ("gratification légale"), a reckoning ("déterminé par votre diplôme") or, with no
/// amount, a negotiation ("à négocier").
fn rule_in(
    window: &str,
    folded: &Folded,
    toks: &[(usize, usize)],
    s: usize,
    e: usize,
    no_amount: bool,
) -> Option<String> {
    let t = folded.text.as_str();
    let w = |k: usize| toks.get(k).map_or("", |&(a, z)| &t[a..z]);
    let original = |a: usize, z: usize| {
        let (os, oe) = folded.original_range(a, z);
        window[os..oe]
            .trim()
            .trim_end_matches(['.', ' '])
            .to_owned()
    };
    for k in 0..toks.len() {
        let (a, z) = toks[k];
        let phrase = match (w(k), w(k + 1)) {
            ("grille" | "grilles" | "indiciaire", _) => {
                let from = lead(t, toks, k, "selon|suivant|apres|conformement|voir|base|cf");
                // The grid's name, not what is said of it ("… est disponible ici").
                let verb = toks[k + 1..]
                    .iter()
                    .find(|&&(x, y)| {
                        among("est|sont|disponible|consultable|ici|http|https", &t[x..y])
                    })
                    .map_or(e, |&(x, _)| x);
                Some((from, clause_end(t, z, e).min(verb)))
            }
            ("fiches" | "fiche" | "bulletins" | "bulletin", "de")
                if among("paie|paye|salaire", w(k + 2)) =>
            {
                let from = lead(
                    t,
                    toks,
                    k,
                    "calculee|calcule|determine|determinee|etablie|etabli|fixe|fixee|selon|\
                     suivant|apres|base",
                );
                let from = if from == a {
                    clause_start(t, s, a)
                } else {
                    from
                };
                Some((from, clause_end(t, z, e)))
            }
            ("gratification" | "montant" | "minimum" | "taux" | "remuneration", _)
                if among("legale|legal|minimale|statutaire|reglementaire", w(k + 1)) =>
            {
                Some((a, toks[k + 1].1))
            }
            ("smic", _) => Some((a, z)),
            (
                "calculee" | "calcule" | "determine" | "determinee" | "etablie" | "etabli",
                "par" | "en" | "a" | "selon" | "sur" | "d" | "au",
            ) if no_amount => Some((a, clause_end(t, z, e))),
            ("a", "discuter" | "negocier" | "convenir") if no_amount => Some((a, toks[k + 1].1)),
            ("negociable" | "negociables", _) if no_amount => Some((a, z)),
            _ => None,
        };
        if let Some((from, to)) = phrase {
            let r = original(from, to);
            if !r.is_empty() {
                return Some(r);
            }
        }
    }
    None
}

/// Where a rule phrase starts: at a preposition or verb among the three words before word
/// `k` ("selon la grille"), else at the word itself.
fn lead(t: &str, toks: &[(usize, usize)], k: usize, cues: &str) -> usize {
    (k.saturating_sub(3)..k)
        .rev()
        .find(|&j| among(cues, &t[toks[j].0..toks[j].1]))
        .map_or(toks[k].0, |j| toks[j].0)
}

/// The end of the clause after `from`: a comma, a bracket, a colon or the sentence end.
fn clause_end(t: &str, from: usize, e: usize) -> usize {
    let b = t.as_bytes();
    (from..e)
        .find(|&i| {
            matches!(b[i], b',' | b'(' | b')' | b':' | b'[' | b']')
                || (b[i] == b'.' && b.get(i + 1).is_none_or(|c| !is_word_byte(*c)))
        })
        .unwrap_or(e)
}

/// The start of the clause holding `at`, after a leading "ou", "et", "mais".
fn clause_start(t: &str, s: usize, at: usize) -> usize {
    let b = t.as_bytes();
    let mut i = (s..at)
        .rev()
        .find(|&i| matches!(b[i], b',' | b'(' | b':'))
        .map_or(s, |i| i + 1);
    while i < at && b[i] == b' ' {
        i += 1;
    }
    for lead in ["ou ", "et ", "mais "] {
        if t[i..at].starts_with(lead) {
            i += lead.len();
        }
    }
    i
}

#[cfg(test)]
#[path = "pay_tests.rs"]
mod tests;
