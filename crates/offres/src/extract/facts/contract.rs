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

use crate::model::{Contract, ContractKind, Duration};

use super::{Fact, Passage, Scanned};
use crate::text::wordlist::{Sent, WordSet, Words, for_sentences, list};
use crate::text::{Hit, Origin};

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
/// Words a duration may follow a contract word over: "CDD à temps plein de 4 à 6 mois".
const FILLER: Words = list(
    "de d du un une a au en pour sur pendant durant la le l premier premiere \
    initial initiale initialement contrat duree periode mission temps plein complet partiel \
    determinee conventionne conventionnee remunere remuneree toute environ total jours jour j par \
    semaine e eme ouvert propose proposee est sera renouvelable renouvelables fixe fin etudes \
    dure durera durer durent dureront prevu prevue prevus prevues",
);
const RENEW: Words = list(
    "renouvelable renouvelables renouvellable renouvellables reconductible \
    reconductibles prolongeable prolongeables",
);
pub(crate) const RECRUIT: Words = list(
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
/// Before CDD/CDI: a later prospect or someone else's contract ("pouvant déboucher sur un CDI").
const NOT_NOW: Words = list(
    "deboucher evoluer transformer transformation vers titularisation sommes \
    etaient etait",
);

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

/// A duration at word `i` of `s` ("3 ans", "4 à 6 mois", "au moins 6 mois").
fn duration_at(s: &Sent, i: usize) -> Option<(Duration, usize)> {
    s.months_at(i).map(|(min_months, max_months, next)| {
        (
            Duration {
                min_months,
                max_months,
            },
            next,
        )
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
        if let Some((d, k)) = duration_at(s, j).filter(|_| dur.is_none()) {
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
    find_contracts_in(&Scanned::new(text).passage(text, origin))
}

/// [`find_contracts`] on a passage already folded and scanned.
pub(crate) fn find_contracts_in(p: &Passage) -> Vec<Hit<ContractMention>> {
    let mut out = Vec::new();
    let anchor = |t: &str, a: usize, e: usize| contract_anchor(&t[a..e]);
    let keys = p.triggers.of(Fact::Contract).iter().map(|t| t.start);
    for_sentences(p.text, p.folded, keys, contract_first, anchor, |s| {
        contract_sentence(s, p.origin, &mut out);
    });
    out
}

/// The first two letters of the vocabulary, checked before the whole word is looked at.
fn contract_first(b: &[u8], i: usize) -> bool {
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
}

/// What every word [`contract_anchor`] accepts starts with: the contract's trigger words.
pub(crate) const TRIGGERS: &[&str] = &[
    "alternan",
    "apprenti",
    "auto-entrepreneu",
    "autoentrepreneu",
    "cdd",
    "cdi",
    "contrat",
    "civique",
    "contractuel",
    "detachement",
    "duree",
    "engagement",
    "fonctionnaire",
    "fonctionaire",
    "freelance",
    "free-lance",
    "independant",
    "mission",
    "micro-entrepreneu",
    "prestation",
    "portage",
    "periode",
    "prestataire",
    "prolongeable",
    "renouvel",
    "reconductible",
    "stage",
    "stagiaire",
    "titulaire",
    "volontai",
];

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
        let (mut dur, ren, last) = scan_terms(s, i + len);
        let last = last.max(i + len);
        // A duration before the kind: "6 mois de stage", "un an de mission".
        let mut first = i;
        if dur.is_none() && i >= 3 && s.is(i - 1, "de d") {
            let before = (i.saturating_sub(6)..i - 1)
                .find_map(|b| duration_at(s, b).filter(|d| d.1 == i - 1).map(|d| (b, d.0)));
            if let Some((b, d)) = before {
                (dur, first) = (Some(d), b);
            }
        }
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
            ..Found::loose(first, last, dur, ren)
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
                (k.saturating_sub(6)..k).find(|&b| duration_at(s, b).is_some_and(|d| d.1 == k));
            let ren = Some(s.w(k.wrapping_sub(1)) != "non");
            if let Some(b) = back {
                loose.push(Found::loose(b, k + 1, duration_at(s, b).map(|d| d.0), ren));
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

#[cfg(test)]
#[path = "contract_tests.rs"]
mod tests;

/// The keyed sentence scan must visit the sentences a scan of every word start visits.
#[cfg(test)]
mod scan_tests {
    use super::{contract_anchor, contract_first};
    use crate::extract::facts::{Fact, Scanned};
    use crate::text::wordlist::for_sentences;

    /// The scan of every word start that `for_sentences` replaced: the sentence ranges.
    fn by_scan(t: &str) -> Vec<(usize, usize)> {
        let b = t.as_bytes();
        let stop = |i: usize| match b[i] {
            b'\n' | b'!' | b'?' | b';' => true,
            b'.' => !matches!(b.get(i + 1), Some(&n) if !n.is_ascii_whitespace() && n != b'.'),
            _ => false,
        };
        let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
        let (mut i, mut from, mut out) = (0, 0, Vec::new());
        while i < b.len() {
            if !word(b[i]) || (i > 0 && word(b[i - 1])) || !contract_first(b, i) {
                i += 1;
                continue;
            }
            let mut e = i + 1;
            while e < b.len()
                && (word(b[e]) || (b[e] == b'-' && b.get(e + 1).is_some_and(|&c| word(c))))
            {
                e += 1;
            }
            if !contract_anchor(&t[i..e]) {
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
            out.push((s, e));
            (i, from) = (e, e);
        }
        out
    }

    #[test]
    fn keyed_scan_visits_the_same_sentences() {
        let parts = [
            "re-contrat",
            "co-stage",
            "xx-contrat",
            "contrat",
            "mission",
            "de",
            "stage",
            "free-lance",
            "auto-entrepreneur",
            "pre-cdd",
            "cdd-cdi",
            "a-b-stage",
            "st-stage",
            "prestataire",
            "mission.contrat",
            "x.",
            ";",
            "\n",
            "titulaire-de",
            "-",
            "re",
            "cdi",
            "duree",
            "contre-stage",
            "stages",
            "alternance",
            "-stage",
            "stage-",
            "..",
        ];
        let mut texts = Vec::new();
        for a in parts {
            for b in parts {
                for sep in [" ", "", "-", ". "] {
                    texts.push(format!("{a}{sep}{b} {a}"));
                }
            }
        }
        for t in &texts {
            let scanned = Scanned::new(t);
            let mut got = Vec::new();
            let anchor = |t: &str, a: usize, e: usize| contract_anchor(&t[a..e]);
            let keys = scanned.triggers.of(Fact::Contract).iter().map(|k| k.start);
            for_sentences(t, &scanned.folded, keys, contract_first, anchor, |s| {
                got.push(s.range());
            });
            assert_eq!(got, by_scan(&scanned.folded.text), "{t:?}");
        }
    }
}

/// Durations said of the mission or the internship rather than next to a contract word.
#[cfg(test)]
mod duration_tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    /// The first contract of a body paragraph: its kind (or "-" for none) and its months.
    fn read(text: &str) -> Option<(String, Option<u16>)> {
        let mentions: Vec<_> = find_contracts(text, Origin::Body)
            .into_iter()
            .map(|h| (Origin::Body, h.value))
            .collect();
        let c = resolve_contracts(&mentions).into_iter().next()?;
        let kind = serde_json::to_value(c.kind).ok()?.as_str()?.to_owned();
        Some((kind, c.duration.and_then(|d| d.min_months)))
    }

    #[test]
    fn durations_of_the_mission() {
        let pass = [
            (
                "Nous recherchons un·e stagiaire. Le stage durera 6 mois.",
                ("internship", Some(6)),
            ),
            (
                "Nous recrutons un·e freelance. La mission durera 3 mois.",
                ("freelance", Some(3)),
            ),
            (
                "Offre de stage : 6 mois de stage à Paris.",
                ("internship", Some(6)),
            ),
            (
                "Un stage de fin d'études (6 mois).",
                ("internship", Some(6)),
            ),
            (
                "En freelance, pour une mission de 4 mois.",
                ("freelance", Some(4)),
            ),
            (
                "Stage d'une durée de six mois, dès mars.",
                ("internship", Some(6)),
            ),
            ("Le CDD est prévu pour 18 mois.", ("cdd", Some(18))),
        ];
        let pass: Vec<(&str, (String, Option<u16>))> = pass
            .into_iter()
            .map(|(t, (k, m))| (t, (k.to_owned(), m)))
            .collect();
        let fail = [
            "La mission dure depuis 6 mois et nous cherchons du renfort.",
            "Nos stagiaires des 6 derniers mois ont adoré.",
        ];
        test_rule(
            "contract durations",
            Some(Fact::Contract),
            read,
            &pass,
            &fail,
        );
    }
}
