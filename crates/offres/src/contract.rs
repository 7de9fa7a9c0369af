//! Contract facts of a job posting: the kind of contract (CDD, CDI, fonctionnaire, freelance,
//! stage, alternance, service civique), its duration and renewability, and part time.
//!
//! Prose extraction works sentence by sentence on folded text, only around keywords. A kind
//! word that is also everyday vocabulary (stage, prestataire, indépendant, titulaire…) counts
//! in the body only with a cue that it is the offered contract ("poste ouvert pour un·e
//! indépendant·e", "offre de stage", "recrute … en freelance", "stage de 6 mois"); CDD, CDI
//! and "contrat à durée déterminée" count by themselves. A duration counts only when tied to
//! a contract word ("CDD de 3 ans", "contrat de 6 mois", "d'une durée de 2 ans").

#![allow(clippy::many_single_char_names)] // word indices i, j, k and sentence s read best short

use serde::{Deserialize, Serialize};

use crate::text::{Folded, Hit, Origin, number_word, words};

/// The kind of contract offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContractKind {
    /// Fixed-term contract (CDD, "contrat à durée déterminée", "contractuel" of the public service).
    Cdd,
    /// Permanent contract (CDI).
    Cdi,
    /// Civil servant: titulaire, fonctionnaire, détachement.
    CivilServant,
    /// Independent contractor: prestataire, indépendant·e, freelance, auto-entrepreneur, portage.
    Freelance,
    /// Internship (stage, stagiaire).
    Internship,
    /// Apprenticeship: alternance, apprentissage, contrat de professionnalisation.
    Apprenticeship,
    /// Volunteering: service civique, volontariat.
    Volunteer,
}

/// A length in months, exact (min == max) or a range; "au moins 6 mois" has no max.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Duration {
    /// The shortest length in months, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_months: Option<u16>,
    /// The longest length in months, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_months: Option<u16>,
}

impl Duration {
    /// An exact length in months.
    pub fn months(m: u16) -> Self {
        Self {
            min_months: Some(m),
            max_months: Some(m),
        }
    }
}

/// One contract option of a posting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Contract {
    /// The kind of contract.
    pub kind: ContractKind,
    /// Its length, where the page states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    /// `true` where the page says renouvelable/reconductible, `false` for "non renouvelable".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewable: Option<bool>,
}

/// Fractions of full time offered, e.g. [0.6, 0.8] for "3/5 ou 4/5".
///
/// An empty `fractions` means part time is offered without a share ("temps partiel possible").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct PartTime {
    /// Shares of full time, sorted, unique, in (0, 1], rounded to 2 decimals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fractions: Vec<f32>,
    /// Whether the share is a minimum ("80 % minimum", "au moins 4 jours").
    #[serde(default)]
    pub minimum: bool,
}

/// What one phrase says about the contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ContractMention {
    /// Alternative kinds named together ("CDD ou freelance"); empty for "contrat de 6 mois".
    pub(crate) kinds: Vec<ContractKind>,
    /// A duration tied to these kinds (or to the contract in general when `kinds` is empty).
    pub(crate) duration: Option<Duration>,
    /// Renewability tied to these kinds.
    pub(crate) renewable: Option<bool>,
}

/// How much context a kind word needs before it counts.
/// How much context a kind word needs before it counts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Counts by itself (CDD, CDI, contrat à durée déterminée).
    None,
    /// Needs a cue in the body (stage, indépendant, prestataire, titulaire…).
    Cue,
    /// Needs an explicit contract cue even in titles (apprentissage, volontaire, prestation).
    Strict,
    /// "contrat" alone: only as an alternative to a civil servant option ("détachement ou contrat").
    Alt,
}

// Word lists, space-separated (see `Words`).
const SUFFIXES: Words = list("e es s se ne le ve fe ice rice trice euse eure ere ale te x");
/// Words a duration may follow a contract word over: "CDD à temps plein de 4 à 6 mois".
const FILLER: Words = list(
    "de d du un une a au en pour sur pendant durant la le l premier premiere \
    initial initiale initialement contrat duree periode mission temps plein complet partiel \
    determinee conventionne conventionnee remunere remuneree toute environ total jours jour j par \
    semaine e eme ouvert propose proposee est sera renouvelable renouvelables fixe fin etudes",
);
const RENEW: Words = list(
    "renouvelable renouvelables renouvellable renouvellables reconductible \
    reconductibles prolongeable prolongeables",
);
const RECRUIT: Words = list(
    "recrute recrutons recrutent recruter recrutement recherche recherchons \
    recherchent cherche cherchons cherchent embauche embauchons besoin propose proposons proposee \
    ouvert ouverte ouverts ouvertes offre",
);
/// Words after which a weak kind is the offered contract: "poste ouvert pour un·e indépendant·e".
const CUE_BEFORE: Words = list(
    "contrat statut modalites offre poste postes proposee proposes propose \
    ouvert ouverte ouverts ouvertes recrute recrutons recrutent recherchons cherche cherchons \
    besoin pourvu recherche",
);
const OFFER: Words = list("poste postes contrat modalites statut mission");
/// Someone else's situation or the reader's past: "nous sommes…", "vous avez déjà fait un stage".
const THIRD: Words = list(
    "sommes etaient etait avons avaient accueilli accueillis accueillie accueillies \
    precedents precedentes anciens anciennes experience deja avez effectue",
);
const POSSESSIVE: Words = list("notre nos mon ma mes son sa ses leur leurs votre");
const CONNECT: Words = list(
    "ou et en un une des les aux au a pour d de du par voie sous statut tant que soit bien sur",
);
const SKIP_BACK: Words =
    list("un une des les le la l deux trois plusieurs pour a aux au en de d du par");
const NOT_AFTER_VERB: Words =
    list("les avec aux au du de d sont tous autres la le l par entre sur contre ces ses");
/// Words about telework or presence: days per week near them are not part time.
const PLACE: Words = list(
    "remote distanciel distance presentiel presence site bureau bureaux locaux \
    deplacement deplacements coworking co-working venir croiser rencontrer place",
);
const JOB: Words = list(
    "contrat mission poste freelance cdd cdi stage independant independante \
    prestataire engagement temps",
);
const MINIMUM: Words = list("minimum min minima moins mini");
/// Before CDD/CDI: a later prospect or someone else's contract ("pouvant déboucher sur un CDI").
const NOT_NOW: Words = list(
    "deboucher evoluer transformer transformation vers titularisation sommes \
    etaient etait",
);

/// A space-separated word list, with a mask of its first bytes to reject most words at once.
#[derive(Clone, Copy)]
struct Words(&'static str, u64);

const fn list(s: &'static str) -> Words {
    let (b, mut mask, mut i) = (s.as_bytes(), 0u64, 0);
    while i < b.len() {
        if i == 0 || b[i - 1] == b' ' {
            mask |= 1 << (b[i] & 63);
        }
        i += 1;
    }
    Words(s, mask)
}

/// Something that can say whether it holds a word: a `Words` constant or a short literal list.
trait WordSet: Copy {
    fn has(self, w: &str) -> bool;
}

impl WordSet for &str {
    fn has(self, w: &str) -> bool {
        among(self, w)
    }
}

impl WordSet for Words {
    fn has(self, w: &str) -> bool {
        w.as_bytes()
            .first()
            .is_some_and(|&c| self.1 >> (c & 63) & 1 == 1)
            && among(self.0, w)
    }
}

/// Whether `w` is one of the space-separated words of `list`.
fn among(list: &str, w: &str) -> bool {
    let (l, w) = (list.as_bytes(), w.as_bytes());
    let Some(&first) = w.first() else {
        return false;
    };
    let mut i = 0;
    while i + w.len() <= l.len() {
        let end = i + w.len();
        if l[i] == first && &l[i..end] == w && l.get(end).is_none_or(|&c| c == b' ') {
            return true;
        }
        while i < l.len() && l[i] != b' ' {
            i += 1;
        }
        i += 1;
    }
    false
}

fn unit(w: &str) -> Option<f32> {
    match w {
        "mois" => Some(1.0),
        "an" | "ans" | "annee" | "annees" => Some(12.0),
        "semestre" | "semestres" => Some(6.0),
        "trimestre" | "trimestres" => Some(3.0),
        _ => None,
    }
}

#[allow(clippy::cast_precision_loss)]
fn num(w: &str) -> Option<f32> {
    number_word(w).map(|n| n as f32)
}

/// The words of one sentence of folded text, with the original text to map back to.
struct Sent<'a> {
    t: &'a str,
    orig: &'a str,
    folded: &'a Folded,
    /// (start, stem end, gap start) of each word; inclusive-writing suffixes ("(e)", ".e") dropped.
    toks: Vec<(usize, usize, usize)>,
    start: usize,
    end: usize,
}

impl<'a> Sent<'a> {
    fn new(orig: &'a str, folded: &'a Folded, start: usize, end: usize) -> Self {
        let t = folded.text.as_str();
        let mut toks: Vec<(usize, usize, usize)> = Vec::new();
        let mut last = start;
        for (a, b) in words(&t[start..end]) {
            let (a, b) = (a + start, b + start);
            let stem = t[a..b]
                .bytes()
                .position(|c| !(c.is_ascii_alphanumeric() || c == b'-'));
            let stem = stem.map_or(b, |p| a + p);
            let suffix = matches!(&t[last..a], "." | "(" | ")") && SUFFIXES.has(&t[a..stem]);
            if toks.is_empty() || !suffix {
                toks.push((a, stem, last));
                last = b;
            }
        }
        Self {
            t,
            orig,
            folded,
            toks,
            start,
            end,
        }
    }
    fn n(&self) -> usize {
        self.toks.len()
    }
    fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |&(a, b, _)| &self.t[a..b])
    }
    fn is(&self, i: usize, list: impl WordSet) -> bool {
        list.has(self.w(i))
    }
    /// The text between word `i - 1` and word `i` (the sentence end for `i == n`).
    fn gap(&self, i: usize) -> &'a str {
        match (self.toks.get(i), self.toks.last()) {
            (Some(&(a, _, g)), _) => &self.t[g..a],
            (None, Some(&(_, b, _))) => self.t.get(b..self.end).unwrap_or(""),
            (None, None) => "",
        }
    }
    fn any(&self, from: usize, to: usize, list: impl WordSet) -> Option<usize> {
        (from..to.min(self.n())).find(|&i| self.is(i, list))
    }
    /// A count at `i`: digits, number words, decimals ("2,5"), hyphen ranges ("3-4"); "un"/"une"
    /// only before a unit of time. Returns (low, high of a hyphen range, next word).
    fn count(&self, i: usize) -> Option<(f32, Option<f32>, usize)> {
        let w = self.w(i);
        if matches!(w, "un" | "une") {
            return unit(self.w(i + 1)).map(|_| (1.0, None, i + 1));
        }
        if let Some(v) = num(w) {
            let next = self.w(i + 1);
            let digits = w.bytes().all(|c| c.is_ascii_digit());
            if digits
                && matches!(self.gap(i + 1), "," | ".")
                && next.len() == 1
                && let Some(d) = num(next)
            {
                return Some((v + d / 10.0, None, i + 2));
            }
            return Some((v, None, i + 1));
        }
        let (a, b) = w.split_once('-')?;
        Some((num(a)?, Some(num(b)?), i + 1))
    }
    /// A duration at word `i`: "3 ans", "4 à 6 mois", "au moins 6 mois", "un an et demi".
    fn duration_at(&self, i: usize) -> Option<(Duration, usize)> {
        let (mut lo_only, mut hi_only, mut j) = (false, false, i);
        match (self.w(i), self.w(i + 1)) {
            ("au", "moins" | "minimum") | ("plus", "de") => (lo_only, j) = (true, i + 2),
            ("minimum" | "min" | "mini", _) => (lo_only, j) = (true, i + 1),
            ("jusqu", "a" | "au") | ("moins", "de") => (hi_only, j) = (true, i + 2),
            ("maximum" | "max", _) => (hi_only, j) = (true, i + 1),
            ("entre", _) => j = i + 1,
            _ => {}
        }
        let (a, hyphen, k) = self.count(j)?;
        j = k;
        let ua = unit(self.w(j));
        j += usize::from(ua.is_some());
        let (b, ub, range) = if let Some(h) = hyphen {
            (h, ua, true)
        } else if let (true, Some((x, None, k))) = (self.is(j, "a ou et"), self.count(j + 1))
            && let Some(u) = unit(self.w(k))
        {
            j = k + 1;
            (x, Some(u), true)
        } else {
            (a, ua, false)
        };
        let ub = ub.or_else(|| unit(self.w(j)).inspect(|_| j += 1))?;
        let (mut lo, mut hi) = (a * ua.unwrap_or(ub), b * ub);
        if !range && ub > 6.0 && self.w(j) == "et" && self.is(j + 1, "demi demie") {
            (lo, hi, j) = (lo + 6.0, hi + 6.0, j + 2);
        }
        match (self.w(j), self.w(j + 1)) {
            ("minimum" | "min" | "mini", _) => (lo_only, j) = (true, j + 1),
            ("au", "moins" | "minimum") => (lo_only, j) = (true, j + 2),
            ("maximum" | "max", _) => (hi_only, j) = (true, j + 1),
            ("au", "plus" | "maximum") => (hi_only, j) = (true, j + 2),
            ("d" | "de", "experience" | "anciennete" | "exp" | "age") | ("experience", _) => {
                return None;
            }
            _ => {}
        }
        if !(lo > 0.0 && lo <= hi && hi <= 120.0) {
            return None;
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let m = |x: f32| Some(x.round() as u16);
        let (min_months, max_months) = (m(lo).filter(|_| !hi_only), m(hi).filter(|_| !lo_only));
        Some((
            Duration {
                min_months,
                max_months,
            },
            j,
        ))
    }
    /// A fraction "3/5", "4/5e", "4/5ème" at `i`: (share, next word).
    fn fifth_at(&self, i: usize) -> Option<(f32, usize)> {
        let a = num(self.w(i)).filter(|a| (1.0..=5.0).contains(a))?;
        let fifth = matches!(self.w(i + 1), "5" | "5e" | "5eme" | "5emes" | "5es");
        let date = self.gap(i).ends_with('/') || self.gap(i + 2).starts_with('/');
        (fifth && self.gap(i + 1).trim() == "/" && !date).then_some((a / 5.0, i + 2))
    }
    /// Days (or hours) per week at `i` as shares of a 5-day, 35-hour week: "4 jours par
    /// semaine", "3 à 4 jours / semaine", "4j/semaine", "28 heures hebdomadaires".
    fn days_at(&self, i: usize) -> Option<(f32, f32, usize)> {
        let w = self.w(i);
        let (lo, hi, mut j) = if let Some(x) = w.strip_suffix('j') {
            let (a, b) = x.split_once('-').unwrap_or((x, x));
            (num(a)?, num(b)?, i + 1)
        } else if let Some((h, None, k)) = self
            .count(i)
            .filter(|c| self.is(c.2, "h heures"))
            .or_else(|| Some((num(w.strip_suffix('h')?)?, None, i)))
        {
            let j = k + 1;
            let week = (self.w(j), self.w(j + 1)) == ("par", "semaine")
                || self.is(j, "hebdomadaires semaine");
            let j = j + usize::from(week) + usize::from(self.w(j) == "par");
            return (week && h > 0.0 && h <= 35.0).then_some((h / 35.0, h / 35.0, j));
        } else {
            let (a, hi, mut j) = self
                .count(i)
                .or((w == "un").then_some((1.0, None, i + 1)))?;
            let mut b = hi.unwrap_or(a);
            if let (None, true, Some((x, None, k))) = (hi, self.is(j, "a ou"), self.count(j + 1)) {
                (b, j) = (x, k);
            }
            if !self.is(j, "jours jour j") {
                return None;
            }
            (a, b, j + 1)
        };
        match (self.w(j), self.w(j + 1)) {
            ("par" | "a", "semaine") | ("sur", "5") => j += 2,
            ("semaine" | "hebdomadaires" | "hebdo", _) => j += 1,
            ("a", "la") if self.w(j + 2) == "semaine" => j += 3,
            _ => return None,
        }
        (lo > 0.0 && lo <= hi && hi <= 5.0).then_some((lo / 5.0, hi / 5.0, j))
    }
    /// Whether word `i` sits in a URL or an e-mail address.
    fn in_url(&self, i: usize) -> bool {
        let (a, b, _) = self.toks[i];
        let mut lo = a.saturating_sub(300).max(self.start);
        while !self.t.is_char_boundary(lo) {
            lo += 1;
        }
        let chunk = &self.t[lo..a];
        let before = chunk
            .rfind([' ', '\n', '\t', '(', '<', '['])
            .map_or(chunk, |p| &chunk[p + 1..]);
        let after = self.t[b..self.end]
            .split(char::is_whitespace)
            .next()
            .unwrap_or("");
        let dotted = after.starts_with('.')
            && after
                .as_bytes()
                .get(1)
                .is_some_and(u8::is_ascii_alphanumeric);
        before.contains("://")
            || before.contains("www.")
            || (before.contains('/') && before.contains('.'))
            || before.ends_with(['@', '_', '=', '#'])
            || after.starts_with(['@', '_'])
            || dotted
    }
    /// A title-case word after another one in the original: a name ("La Bonne Alternance").
    fn is_name(&self, i: usize) -> bool {
        let title_case = |k: usize| {
            let mut c = self.orig[self.folded.original(self.toks[k].0)..].chars();
            c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
        };
        i >= 2 && self.gap(i) == " " && title_case(i) && title_case(i - 1)
    }
    /// The original byte range of words `a..=b`.
    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        self.folded.original_range(self.toks[a].0, self.toks[b].1)
    }
}

/// A byte lookup table holding `bytes`.
const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let (mut t, mut i) = ([false; 256], 0);
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
}

/// Run `f` on every sentence of the folded text holding a word for which `anchor` is true.
fn for_sentences(
    orig: &str,
    folded: &Folded,
    first: impl Fn(&[u8], usize) -> bool,
    anchor: impl Fn(&str, usize, usize) -> bool,
    mut f: impl FnMut(&Sent),
) {
    let t = folded.text.as_str();
    let b = t.as_bytes();
    let stop = |i: usize| match b[i] {
        b'\n' | b'!' | b'?' | b';' => true,
        b'.' => !matches!(b.get(i + 1), Some(&n) if !n.is_ascii_whitespace() && n != b'.'),
        _ => false,
    };
    let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    // One tight pass over the bytes: only words starting with a byte that `first` accepts
    // (a word byte itself) are looked at.
    let (mut i, mut from) = (0, 0);
    while i < b.len() {
        // A word start with an accepted first byte (hyphen-joined parts count as starts too).
        if !word(b[i]) || (i > 0 && word(b[i - 1])) || !first(b, i) {
            i += 1;
            continue;
        }
        let mut e = i + 1;
        while e < b.len()
            && (word(b[e]) || (b[e] == b'-' && b.get(e + 1).is_some_and(|&c| word(c))))
        {
            e += 1;
        }
        if !anchor(t, i, e) {
            i = e;
            continue;
        }
        let mut s = i;
        while s > from && !stop(s - 1) {
            s -= 1;
        }
        while e < b.len() && !stop(e) {
            e += 1;
        }
        e = (e + 1).min(b.len());
        f(&Sent::new(orig, folded, s, e));
        (i, from) = (e, e);
    }
}

/// The kind named at word `i`: (kind, how much context it needs, words it spans).
fn kind_at(s: &Sent, i: usize) -> Option<(ContractKind, Need, usize)> {
    use ContractKind::{Apprenticeship, Cdd, Cdi, CivilServant, Freelance, Internship, Volunteer};
    let (w, w1, w2) = (s.w(i), s.w(i + 1), s.w(i + 2));
    Some(match w {
        "cdd" => (Cdd, Need::None, 1),
        "cdi" => (Cdi, Need::None, 1),
        "contrat" => match (w1, w2, s.w(i + 3)) {
            ("a", "duree", "determinee") => (Cdd, Need::None, 4),
            ("a", "duree", "indeterminee") => (Cdi, Need::None, 4),
            ("d", "apprentissage", _) | ("de", "professionnalisation", _) => {
                (Apprenticeship, Need::None, 3)
            }
            ("pro", _, _) => (Apprenticeship, Need::None, 2),
            ("de", "prestation" | "prestations", _) => (Freelance, Need::None, 3),
            _ => (Cdd, Need::Alt, 1),
        },
        "mission" if w1 == "de" && w2 == "prestation" => (Freelance, Need::None, 3),
        "portage" if w1 == "salarial" => (Freelance, Need::None, 2),
        "contractuel" | "contractuelle" | "contractuels" | "contractuelles" => (Cdd, Need::Cue, 1),
        "fonctionnaire" | "fonctionnaires" | "fonctionaire" | "fonctionaires" | "titulaire"
        | "titulaires" | "detachement" => (CivilServant, Need::Cue, 1),
        "freelance" | "freelances" | "free-lance" | "free-lances" | "independant"
        | "independante" | "independants" | "independantes" | "prestataire" | "prestataires"
        | "portage" => (Freelance, Need::Cue, 1),
        _ if w.contains("entrepreneu") && (w.starts_with("auto") || w.starts_with("micro-")) => {
            (Freelance, Need::Cue, 1)
        }
        "prestation" => (Freelance, Need::Strict, 1),
        "stage" | "stages" | "stagiaire" | "stagiaires" => (Internship, Need::Cue, 1),
        "alternance" | "alternant" | "alternante" | "alternants" | "alternantes" | "apprenti"
        | "apprentie" | "apprentis" | "apprenties" => (Apprenticeship, Need::Cue, 1),
        "apprentissage" => (Apprenticeship, Need::Strict, 1),
        "service" if w1 == "civique" => (Volunteer, Need::Cue, 2),
        "volontariat" => (Volunteer, Need::Cue, 1),
        "volontaire" | "volontaires" => (Volunteer, Need::Strict, 1),
        _ => return None,
    })
}

/// Scan forward from word `from` over filler words for a duration and a renewal word:
/// (duration, renewable, first word after what was used).
fn scan_terms(s: &Sent, from: usize) -> (Option<Duration>, Option<bool>, usize) {
    let (mut j, mut steps, mut dur, mut ren, mut last) = (from, 0, None, None, from);
    let mut paren = false;
    while j < s.n() && steps < 9 {
        let g = s.gap(j);
        paren = (paren || g.contains('(')) && !g.contains(')');
        let w = s.w(j);
        if let Some((d, k)) = s.duration_at(j).filter(|_| dur.is_none()) {
            (dur, last, j, steps) = (Some(d), k, k, 6);
            continue;
        } else if RENEW.has(w) {
            (ren, last) = (Some(s.w(j.wrapping_sub(1)) != "non"), j + 1);
        } else if let Some(k) = s.fifth_at(j).map(|f| f.1).or(s.days_at(j).map(|d| d.2)) {
            (j, steps) = (k, steps + 1);
            continue;
        } else if !(paren || FILLER.has(w) || (w == "non" && RENEW.has(s.w(j + 1)))) {
            break;
        }
        j += 1;
        steps += usize::from(!paren);
    }
    (dur, ren, last)
}

/// Is the weak kind word at `i` (spanning `len` words) the offered contract? `bound`: a
/// duration follows it ("stage de 6 mois").
fn has_cue(s: &Sent, i: usize, len: usize, need: Need, origin: Origin, bound: bool) -> bool {
    let w = s.w(i);
    let prev = if i > 0 { s.w(i - 1) } else { "" };
    // Guards: "titulaire d'un master", "le/la titulaire", "Stage 2", possessives, third parties.
    let holder = w.starts_with("titulaire")
        && (s.is(i + 1, "d de du des") || s.is(i.wrapping_sub(1), "le la l"));
    let numbered = w.starts_with("stage") && s.count(i + 1).is_some() && !bound;
    let theirs =
        s.any(i.saturating_sub(4), i, POSSESSIVE).is_some() || s.any(0, i, THIRD).is_some();
    let sont = s
        .any(0, i, "sont")
        .is_some_and(|k| !s.w(k + 1).starts_with("ouvert"));
    if holder || numbered || theirs || sont || s.is_name(i) {
        return false;
    }
    if bound || origin == Origin::FrontMatter || (origin == Origin::Title && need == Need::Cue) {
        return true;
    }
    // The first meaningful word before: "poste ouvert pour un·e", "contrat :", "statut d'", "offre de".
    let mut k = i;
    while k > 0 && i - k < 4 && s.is(k - 1, SKIP_BACK) {
        k -= 1;
    }
    if k > 0 {
        let c = s.w(k - 1);
        let de = s.is(k, "de d");
        let cue = match c {
            "mission" => i - k == 1 && de,
            "recherche" => !de && need != Need::Strict,
            "contrat" | "modalites" | "offre" => true,
            "que" => s.w(k.wrapping_sub(2)) == "tant",
            _ => need != Need::Strict && CUE_BEFORE.has(c),
        };
        if cue {
            return true;
        }
    }
    // "Pour les contractuels, …", "volontaire en service civique"
    let pour_les =
        i >= 2 && s.w(i - 1) == "les" && s.w(i - 2) == "pour" && s.gap(i + len).contains(',');
    let volunteer =
        prev == "en" && w == "service" && i >= 2 && s.w(i - 2).starts_with("volontaire");
    if pour_les || volunteer {
        return true;
    }
    let noun = |r: usize| s.w(r) == "recherche" && s.is(r + 1, "de d");
    let recruit = s.any(0, i, RECRUIT).filter(|&r| !noun(r));
    if prev == "en" && (recruit.is_some() || s.any(0, i, OFFER).is_some()) {
        return true; // "recrute un·e dev en freelance", "poste basé à Paris, en alternance"
    }
    if need == Need::Strict {
        return false;
    }
    // First word of a line: "Freelance 4 jours / semaine", "Stagiaire bienvenu·e".
    if i == 0 && !w.ends_with('s') {
        return true;
    }
    recruit.is_some_and(|r| !NOT_AFTER_VERB.has(prev) && (prev != "des" || i <= r + 2))
}

/// Contract mentions in `text`, in order. `origin` sets how much a kind word needs:
/// - `Title`: the role or page title; "stage", "freelance", "alternance"… count without a cue
///   (unless they are part of a name or someone else's: "La Bonne Alternance", "mon stage").
/// - `FrontMatter`: the value of a contract key (`contrat: CDD 3 ans`, "Fonctionnaire ou
///   contractuel"); every kind word counts. Pass other front matter prose (a `description`) as
///   `Body`.
/// - `Heading`, `Body`: weak kind words need a cue (see the module docs).
pub(crate) fn find_contracts(text: &str, origin: Origin) -> Vec<Hit<ContractMention>> {
    find_contracts_in(text, &Folded::new(text), origin)
}

/// [`find_contracts`] on text already folded by the caller (`folded` = `Folded::new(text)`).
pub(crate) fn find_contracts_in(
    text: &str,
    folded: &Folded,
    origin: Origin,
) -> Vec<Hit<ContractMention>> {
    let mut out = Vec::new();
    // First two letters of the vocabulary, checked before the whole word is looked at.
    let first = |b: &[u8], i: usize| {
        b.get(i..i + 2).is_some_and(|p| {
            matches!(
                p,
                b"al"
                    | b"ap"
                    | b"au"
                    | b"cd"
                    | b"co"
                    | b"ci"
                    | b"de"
                    | b"du"
                    | b"en"
                    | b"fo"
                    | b"fr"
                    | b"in"
                    | b"mi"
                    | b"pr"
                    | b"po"
                    | b"pe"
                    | b"re"
                    | b"st"
                    | b"ti"
                    | b"vo"
            )
        })
    };
    let anchor = |t: &str, a: usize, e: usize| contract_anchor(&t[a..e]);
    for_sentences(text, folded, first, anchor, |s| {
        contract_sentence(s, origin, &mut out);
    });
    out
}

/// Cheap test of a folded word for the contract vocabulary (other sentences are skipped).
fn contract_anchor(w: &str) -> bool {
    let p = |s: &str| w.starts_with(s);
    match w.as_bytes().first() {
        Some(b'a') => {
            p("alternan") || p("apprenti") || p("auto-entrepreneu") || p("autoentrepreneu")
        }
        Some(b'c') => matches!(w, "cdd" | "cdi" | "contrat" | "civique") || p("contractuel"),
        Some(b'd') => matches!(w, "detachement" | "duree"),
        Some(b'e') => w == "engagement",
        Some(b'f') => p("fonctionnaire") || p("fonctionaire") || p("freelance") || p("free-lance"),
        Some(b'i') => p("independant"),
        Some(b'm') => w == "mission" || p("micro-entrepreneu"),
        Some(b'p') => {
            matches!(w, "prestation" | "portage" | "periode")
                || p("prestataire")
                || p("prolongeable")
        }
        Some(b'r') => p("renouvel") || p("reconductible"),
        Some(b's') => matches!(w, "stage" | "stages") || p("stagiaire"),
        Some(b't') => p("titulaire"),
        Some(b'v') => p("volontai"),
        _ => false,
    }
}

/// One kind (or a kindless contract word) found in a sentence, with the words it spans.
struct Found {
    kind: Option<ContractKind>,
    need: Need,
    first: usize,
    last: usize,
    ok: bool,
    dur: Option<Duration>,
    ren: Option<bool>,
}

impl Found {
    /// Kindless terms ("contrat de 6 mois") over words `first..last`.
    fn loose(first: usize, last: usize, dur: Option<Duration>, ren: Option<bool>) -> Self {
        let (kind, need, ok) = (None, Need::None, true);
        Self {
            kind,
            need,
            first,
            last,
            ok,
            dur,
            ren,
        }
    }
}

fn contract_sentence(s: &Sent, origin: Origin, out: &mut Vec<Hit<ContractMention>>) {
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < s.n() {
        let Some((kind, need, len)) = kind_at(s, i).filter(|_| !s.in_url(i)) else {
            i += 1;
            continue;
        };
        let (dur, ren, last) = scan_terms(s, i + len);
        let last = last.max(i + len);
        let ok = match need {
            // "pouvant déboucher sur un CDI", "nous sommes en CDD"
            Need::None => s.any(i.saturating_sub(4), i, NOT_NOW).is_none(),
            Need::Alt => false,
            _ => has_cue(s, i, len, need, origin, dur.is_some()),
        };
        found.push(Found {
            kind: Some(kind),
            need,
            ok,
            ..Found::loose(i, last, dur, ren)
        });
        i = last;
    }
    // Alternatives: a weak kind joined by "ou"/"et"/","/"(" to an accepted one is accepted too.
    let joined = |a: &Found, b: &Found| {
        b.first >= a.last && b.first - a.last <= 4 && (a.last..b.first).all(|k| s.is(k, CONNECT))
    };
    let civil = |f: &Found| f.kind == Some(ContractKind::CivilServant);
    for _ in 0..2 {
        for k in 1..found.len() {
            let (l, r) = found.split_at_mut(k);
            let (a, b) = (&mut l[k - 1], &mut r[0]);
            let alt = a.need == Need::Alt || b.need == Need::Alt;
            let alt_ok = (civil(a) || civil(b)) && s.any(a.last, b.first, "ou et").is_some();
            if joined(a, b) && (a.ok || b.ok) && (!alt || alt_ok) {
                (a.ok, b.ok) = (true, true);
            }
        }
    }
    let rejected = found.iter().any(|f| !f.ok && f.need != Need::Alt);
    found.retain(|f| f.ok);
    // Kindless terms: "contrat de 6 mois renouvelable", "d'une durée de 2 ans", "12 mois renouvelables".
    let mut loose: Vec<Found> = Vec::new();
    let taken = |k: usize| found.iter().any(|f| f.first <= k && k < f.last);
    let contract_word =
        !found.is_empty() || s.any(0, s.n(), "contrat mission duree periode").is_some();
    let mut k = if rejected || s.any(0, s.n(), THIRD).is_some() {
        s.n()
    } else {
        0
    };
    while k < s.n() {
        let w = s.w(k);
        if !taken(k)
            && matches!(
                w,
                "contrat" | "mission" | "duree" | "periode" | "engagement"
            )
        {
            let (dur, ren, last) = scan_terms(s, k + 1);
            if dur.is_some() || ren.is_some() {
                loose.push(Found::loose(k, last, dur, ren));
                k = last;
                continue;
            }
        }
        if !taken(k) && RENEW.has(w) {
            // "12 mois renouvelables", "3 mois, renouvelables", "un CDD qui est renouvelable"
            let back =
                (k.saturating_sub(6)..k).find(|&b| s.duration_at(b).is_some_and(|d| d.1 == k));
            let ren = Some(s.w(k.wrapping_sub(1)) != "non");
            if let Some(b) = back {
                loose.push(Found::loose(b, k + 1, s.duration_at(b).map(|d| d.0), ren));
            } else if !found.is_empty()
                && (s.is(k.wrapping_sub(1), "est sera etre et contrat mission cdd")
                    || s.gap(k).contains([',', '(']))
            {
                loose.push(Found::loose(k, k + 1, None, ren));
            }
        }
        let again = |k: usize| s.is(k - 1, "de d") || s.is(k + 1, "possible envisageable envisage");
        if w == "renouvellement" && contract_word && k > 0 && again(k) {
            loose.push(Found::loose(k, k + 1, None, Some(true)));
        }
        k += 1;
    }
    // Group alternatives; a duration bound to one kind of a group of different kinds stays with it.
    let mut groups: Vec<(Found, Vec<ContractKind>)> = Vec::new();
    for f in found {
        let kind = f.kind.unwrap_or(ContractKind::Cdd);
        if let Some((g, ks)) = groups.last_mut()
            && joined(g, &f)
            && g.dur.is_none()
            && (f.dur.is_none() || ks.iter().all(|&k| k == kind))
        {
            if !ks.contains(&kind) {
                ks.push(kind);
            }
            (g.last, g.dur, g.ren) = (f.last, f.dur, g.ren.or(f.ren));
        } else {
            groups.push((f, vec![kind]));
        }
    }
    // Kindless terms of the same sentence go to the nearest group that lacks them.
    for l in loose {
        let gap = |f: &Found| {
            if l.first >= f.last {
                l.first - f.last
            } else {
                f.first.saturating_sub(l.last)
            }
        };
        let near = groups.iter_mut().map(|g| &mut g.0).min_by_key(|f| gap(f));
        match near.filter(|f| {
            (l.dur.is_none() || f.dur.is_none()) && (l.ren.is_none() || f.ren.is_none())
        }) {
            Some(f) => {
                (f.dur, f.ren) = (f.dur.or(l.dur), f.ren.or(l.ren));
                (f.first, f.last) = (f.first.min(l.first), f.last.max(l.last));
            }
            None => groups.push((l, Vec::new())),
        }
    }
    for (g, kinds) in groups {
        let (a, b) = s.span(g.first, g.last.clamp(g.first + 1, s.n()) - 1);
        out.push(Hit::new(
            ContractMention {
                kinds,
                duration: g.dur,
                renewable: g.ren,
            },
            a,
            b,
        ));
    }
}

/// The kinds named by a front matter `contrat`/`contract`/`type de contrat` value ("CDD ou
/// indépendant", "Fonctionnaire ou contractuel", "préstataire"); a lone "contractuel" is a CDD.
pub(crate) fn contract_kinds_from_value(value: &str) -> Vec<ContractKind> {
    let mut out = Vec::new();
    for k in find_contracts(value, Origin::FrontMatter)
        .into_iter()
        .flat_map(|h| h.value.kinds)
    {
        if !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

/// What the mentions of a page say about one kind.
struct Slot {
    kind: ContractKind,
    /// The first duration stated with the kind, and the first from a kindless mention.
    stated: Option<Duration>,
    loose: Option<Duration>,
    /// `Some(true)` once any mention says renouvelable, `Some(false)` for "non renouvelable" only.
    renewable: Option<bool>,
}

impl Slot {
    fn add(&mut self, m: &ContractMention, loose: bool) {
        let d = if loose {
            &mut self.loose
        } else {
            &mut self.stated
        };
        *d = d.or(m.duration);
        self.renewable = match (self.renewable, m.renewable) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (r, n) => r.or(n),
        };
    }
}

/// Merge the contract mentions of a page (title, then front matter, then body in order) into
/// its contract options: one per kind, strongest origin first. A kindless duration or renewal
/// goes to the single kind, else to the kinds of the nearest mention before it (or after it).
pub(crate) fn resolve_contracts(mentions: &[(Origin, ContractMention)]) -> Vec<Contract> {
    let rank = |o: Origin| match o {
        Origin::Title => 0,
        Origin::FrontMatter => 1,
        Origin::Heading | Origin::Body => 2,
    };
    let mut order: Vec<&ContractMention> = Vec::with_capacity(mentions.len());
    for r in 0..3 {
        order.extend(mentions.iter().filter(|m| rank(m.0) == r).map(|m| &m.1));
    }
    let mut slots: Vec<Slot> = Vec::new();
    for m in &order {
        for &kind in &m.kinds {
            if !slots.iter().any(|s| s.kind == kind) {
                let (stated, loose, renewable) = (None, None, None);
                slots.push(Slot {
                    kind,
                    stated,
                    loose,
                    renewable,
                });
            }
            slots
                .iter_mut()
                .filter(|s| s.kind == kind)
                .for_each(|s| s.add(m, false));
        }
    }
    let single = (slots.len() == 1).then(|| vec![slots[0].kind]);
    for (pos, m) in order.iter().enumerate().filter(|(_, m)| m.kinds.is_empty()) {
        let kinds = |m: &&&ContractMention| !m.kinds.is_empty();
        let near = order[..pos]
            .iter()
            .rev()
            .find(kinds)
            .or_else(|| order[pos..].iter().find(kinds));
        let target = single.as_ref().or(near.map(|n| &n.kinds));
        let targets = slots
            .iter_mut()
            .filter(|s| target.is_some_and(|t| t.contains(&s.kind)));
        targets.for_each(|s| s.add(m, true));
    }
    let contract = |s: &Slot| {
        let (duration, renewable) = (s.stated.or(s.loose), s.renewable);
        Contract {
            kind: s.kind,
            duration,
            renewable,
        }
    };
    slots.iter().map(contract).collect()
}

/// Part-time offers in `text`: "temps partiel au 3/5 ou 4/5", "80 % minimum", "4 jours par
/// semaine", "mi-temps". Days per week count only in a sentence about working time, not
/// about telework or presence on site. "Temps partiel possible" gives empty `fractions`;
/// full time alone ("temps plein", "5/5") gives nothing.
pub(crate) fn find_part_time(text: &str, origin: Origin) -> Vec<Hit<PartTime>> {
    find_part_time_in(text, &Folded::new(text), origin)
}

/// [`find_part_time`] on text already folded by the caller (`folded` = `Folded::new(text)`).
pub(crate) fn find_part_time_in(text: &str, folded: &Folded, origin: Origin) -> Vec<Hit<PartTime>> {
    const FIRST: [bool; 256] = byte_set(b"0123456789tmqjh");
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
    for_sentences(text, folded, first, anchor, |s| {
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
#[path = "contract_tests.rs"]
mod tests;
