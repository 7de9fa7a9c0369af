//! Where the job is (city, street address, postal code) and the telework policy.
//!
//! A city only counts when the sentence says the job is there ("Poste basé à Lyon",
//! "nos bureaux de Rennes", "Lieu : Paris 7e", "une présence régulière à Paris"); a place
//! only visited ("déplacements à Paris") or merely talked about ("la ville de Lyon est
//! partenaire") is ignored. Cities come from the gazetteer in [`crate::cities`] and must be
//! capitalised in prose. Telework is read sentence by sentence: possible or not, a cap in
//! days per week, a minimum of days on site, full remote.
//!
//! Word lists are `|`-separated strings matched on folded text (see [`crate::text::Folded`]).

use memchr::memmem;
use serde::{Deserialize, Serialize};

use crate::cities::{self, CityMatch, Preps, STRICT, is_digits, postal_at, scan_city};
use crate::text::{Folded, Hit, Origin, fold, number_word, words};

/// Where the job is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Location {
    /// The commune as commonly spelt ("Paris", "Saint-Denis", "Lyon"); an arrondissement
    /// ("Paris 7e") gives its commune.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The street address as written in the page ("20 avenue de Ségur", "Avenue de Ségur").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The five-digit postal code, where the page gives one ("75007").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
}

/// The telework policy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Remote {
    /// Whether telework is possible at all.
    pub allowed: bool,
    /// The cap on telework days per week, where one is stated ("jusqu'à deux jours par
    /// semaine" → 2), or derived from a minimum of days on site (see [`Self::min_days_on_site`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_days_per_week: Option<f32>,
    /// The minimum number of days per week on site, where one is stated ("3 jours par
    /// semaine sur site" → 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_days_on_site: Option<f32>,
    /// Whether the job can be done entirely remotely ("100 % télétravail", "full remote").
    #[serde(default)]
    #[allow(clippy::struct_field_names)]
    pub full_remote: bool,
}

// ---------------------------------------------------------------------------------------
// Helpers on folded text.

pub(crate) fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The largest char boundary of `s` at or before `i`.
pub(crate) fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i`.
pub(crate) fn ceil(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The items of a `|`-separated list.
pub(crate) fn list(l: &'static str) -> impl Iterator<Item = &'static str> {
    l.split(['|'])
}

/// Offsets of `needle` in `hay`: a SIMD searcher for long texts, a first-byte scan for
/// short ones (a searcher costs more to set up than it saves there).
fn find_iter(hay: &str, needle: &str) -> Vec<usize> {
    if hay.len() < 1024 {
        find_all(hay, needle).collect()
    } else {
        memmem::find_iter(hay.as_bytes(), needle.as_bytes()).collect()
    }
}

/// Offsets of `needle` in a short `hay` (no searcher to set up).
fn find_all<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = n.first().copied().unwrap_or(0);
    // A byte loop: these needles are a few bytes long, a `memcmp` call costs more.
    memchr::memchr_iter(first, h).filter(move |&i| {
        h.len() - i >= n.len() && h[i..i + n.len()].iter().zip(n).all(|(a, b)| a == b)
    })
}

fn has(hay: &str, needle: &str) -> bool {
    find_all(hay, needle).next().is_some()
}

fn has_any(hay: &str, l: &'static str) -> bool {
    list(l).any(|n| has(hay, n))
}

fn starts_any(hay: &str, l: &'static str) -> bool {
    list(l).any(|n| hay.starts_with(n))
}

fn ends_any(hay: &str, l: &'static str) -> bool {
    list(l).any(|n| hay.ends_with(n))
}

/// Whether `w` is one of the items of the `|`-separated list `l`.
pub(crate) fn in_list(w: &str, l: &'static str) -> bool {
    let lb = l.as_bytes();
    !w.is_empty()
        && find_all(l, w).any(|i| {
            let end = i + w.len();
            (i == 0 || lb[i - 1] == b'|') && (end == lb.len() || lb[end] == b'|')
        })
}

/// `s[from..to]`, both clamped to char boundaries.
fn window(s: &str, from: usize, to: usize) -> &str {
    let a = floor(s, from);
    &s[a..floor(s, to).max(a)]
}

fn starts_word(t: &str, at: usize) -> bool {
    at == 0 || !is_word(t.as_bytes()[at - 1])
}

fn word_end(s: &str, mut i: usize) -> usize {
    let b = s.as_bytes();
    while i < b.len() && is_word(b[i]) {
        i += 1;
    }
    i
}

fn ends_sentence(b: &[u8], i: usize) -> bool {
    match b[i] {
        b'\n' | b'!' | b'?' | b';' => true,
        b'.' => {
            !matches!(b.get(i + 1), Some(&n) if !n.is_ascii_whitespace() && n != b'.')
                && !abbreviation(b, i)
        }
        _ => false,
    }
}

/// "bd.", "av.", "St." before a street name do not end a sentence.
fn abbreviation(b: &[u8], dot: usize) -> bool {
    let mut s = dot;
    while s > 0 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    let w = std::str::from_utf8(&b[s..dot]).unwrap_or("");
    (s == 0 || !is_word(b[s - 1])) && in_list(&w.to_ascii_lowercase(), "bd|av|st|ste")
}

/// The sentence around byte `pos` (same rules as [`crate::text::sentences`], at most 600
/// bytes either side).
fn sentence_at(t: &str, pos: usize) -> (usize, usize) {
    let b = t.as_bytes();
    let (lo, hi) = (pos.saturating_sub(600), (pos + 600).min(b.len()));
    let mut s = pos.min(b.len());
    while s > lo && !ends_sentence(b, s - 1) {
        s -= 1;
    }
    let mut e = pos.min(b.len());
    while e < hi && !ends_sentence(b, e) {
        e += 1;
    }
    (ceil(t, s), floor(t, (e + 1).min(b.len())))
}

/// What comes before byte `pos`: the previous word (skipping markup and symbols), whether
/// an opening parenthesis was crossed, and whether nothing but markup precedes it on the
/// line or since the end of the previous sentence.
struct Before<'a> {
    word: &'a str,
    paren: bool,
    start: bool,
}

fn before(t: &str, pos: usize) -> Before<'_> {
    let b = t.as_bytes();
    let mut i = pos.min(b.len());
    let mut paren = false;
    loop {
        while i > 0 && !is_word(b[i - 1]) {
            match b[i - 1] {
                b'(' => paren = true,
                b'\n' | b'.' | b'!' | b'?' | b';' | b':' => {
                    return Before {
                        word: "",
                        paren,
                        start: true,
                    };
                }
                _ => {}
            }
            i -= 1;
        }
        if i == 0 {
            return Before {
                word: "",
                paren,
                start: true,
            };
        }
        let end = i;
        while i > 0 && (is_word(b[i - 1]) || (b[i - 1] == b'-' && i > 1 && is_word(b[i - 2]))) {
            i -= 1;
        }
        let word = &t[i..end];
        // Emoji and other symbols are not words.
        if word.bytes().any(|c| c.is_ascii_alphanumeric()) {
            return Before {
                word,
                paren,
                start: false,
            };
        }
    }
}

/// The end of an inclusive or plural form after a stem ("base" + "·e", ".e", "(e)", "-e",
/// "es"), or `None` when the word goes on ("baser", "basement").
fn inclusive_end(t: &str, mut i: usize) -> Option<usize> {
    let b = t.as_bytes();
    let stop = (i + 8).min(b.len());
    while i < stop {
        match b[i] {
            b'e' | b's' | b'.' | b'(' | b')' | b'-' => i += 1,
            0xC2 if b.get(i + 1) == Some(&0xB7) => i += 2,
            _ => break,
        }
    }
    let i = i.min(b.len());
    (!b.get(i).is_some_and(|&c| is_word(c))).then_some(i)
}

fn is_upper_at(fd: &Folded, orig: &str, i: usize) -> bool {
    let o = fd.original(i);
    orig.get(o..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_uppercase)
}

// ---------------------------------------------------------------------------------------
// Street addresses.

struct Address {
    start: usize,
    end: usize,
    postal: Option<(usize, usize)>,
    /// Where the text after the postal code starts ("75007 Paris" → "Paris").
    after: usize,
}

/// Words that end a street name.
const NAME_STOPS: &str = "a|au|dans|pour|avec|mais|ou|est|sont|et|qui|en|sur";

/// The number before a road word: "20", "20-22", "20 bis".
fn street_number(t: &str, way_start: usize) -> Option<usize> {
    let head = t[..way_start].trim_end_matches(' ');
    let head = head
        .strip_suffix(" bis")
        .or_else(|| head.strip_suffix(" ter"))
        .unwrap_or(head);
    let digits = head.len()
        - head
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-')
            .len();
    let start = head.len() - digits;
    let ok = digits > 0
        && digits <= 9
        && head.as_bytes()[start].is_ascii_digit()
        && starts_word(t, start);
    (ok && t[head.len()..way_start].len() <= 5).then_some(start)
}

/// The first street address in folded `from..to`: "<number> <voie> <name>", the number
/// optional when the name is capitalised ("Avenue de Ségur"); the name stops at `,` `.` `;`
/// `)` " à " " - " and similar words; a postal code may follow. `relaxed` accepts a
/// lower-case name after a main road word (front matter values).
fn find_address(fd: &Folded, orig: &str, from: usize, to: usize, relaxed: bool) -> Option<Address> {
    let t = fd.text.as_str();
    let bytes = t.as_bytes();
    let (from, to) = (ceil(t, from), floor(t, to));
    for (ws, we) in words(&t[from..to.max(from)]) {
        let (ws, we) = (ws + from, we + from);
        let way = &t[ws..we];
        if !(2..=9).contains(&way.len()) || !b"abcepqrs".contains(&way.as_bytes()[0]) {
            continue;
        }
        let strong = in_list(way, "rue|avenue|boulevard|bd|quai|allee|impasse|esplanade");
        if !strong && !in_list(way, "place|chemin|cours|square|passage|route") {
            continue;
        }
        let number = street_number(t, ws);
        let mut i = we + usize::from(way == "bd" && bytes.get(we) == Some(&b'.'));
        let (mut name_end, mut count, mut capital, mut postal) = (we, 0, false, None);
        loop {
            while i < to && bytes[i] == b' ' {
                i += 1;
            }
            if i < to && bytes[i] == b'\'' {
                i += 1;
                continue;
            }
            if i >= to || !is_word(bytes[i]) || t[..i].ends_with(" - ") {
                break;
            }
            let s = i;
            i = word_end(t, i);
            while i < to
                && matches!(bytes[i], b'-' | b'\'')
                && bytes.get(i + 1).is_some_and(|&c| is_word(c))
            {
                i = word_end(t, i + 1);
            }
            let word = &t[s..i];
            if is_digits(word, 5) {
                postal = Some((s, i));
                break;
            }
            count += 1;
            if in_list(word, NAME_STOPS) || count > 7 {
                break;
            }
            capital |= is_upper_at(fd, orig, s) || word.as_bytes()[0].is_ascii_digit();
            name_end = i;
        }
        if name_end == we {
            continue;
        }
        if postal.is_none() {
            // ", 75007 Paris", " - 75007 Paris".
            let k = name_end + t[name_end..to].len()
                - t[name_end..to].trim_start_matches([' ', ',', '-']).len();
            postal = postal_at(t, k);
        }
        // "Place des Entreprises" may be a name: a weak road word needs a number or a
        // postal code.
        let ok = number.is_some()
            || (strong && (capital || relaxed))
            || (is_upper_at(fd, orig, ws) && capital && postal.is_some());
        if ok {
            let after = postal.map_or(name_end, |p| p.1);
            return Some(Address {
                start: number.unwrap_or(ws),
                end: name_end,
                postal,
                after,
            });
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Location cues.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Based,
    Premises,
    Label,
    Presence,
    OnSite,
    WeekDays,
    TakesPlace,
    Work,
    Post,
}

/// Words that introduce a location cue; labels ("Lieu :", "Où ?") are found from their
/// `:` or `?`.
const LOCATION_ANCHORS: &[(&str, Cue)] = &[
    ("base", Cue::Based),
    ("situe", Cue::Based),
    ("locaux", Cue::Premises),
    ("bureaux", Cue::Premises),
    ("presen", Cue::Presence),
    ("sur site", Cue::OnSite),
    ("semaine", Cue::WeekDays),
    ("se deroul", Cue::TakesPlace),
    ("travailler", Cue::Work),
    ("exercer", Cue::Work),
    ("affecte", Cue::Work),
    ("poste", Cue::Post),
    ("stage", Cue::Post),
    ("job", Cue::Post),
    ("rejoignez-nous", Cue::Work),
    ("nous rejoindre", Cue::Work),
    ("au sein d", Cue::TakesPlace),
];

/// Labels before `:` (or `?` for "Où ?") that give the place of work.
const LABELS: &str = "lieu|lieux|lieu de travail|lieu d'affectation|lieu du poste|lieu d'exercice\
    |lieu de la mission|lieu du stage|localisation|localisation du poste|ville|adresse\
    |adresse du poste|ou|adresse du lieu de travail|localisation geographique\
    |lieu de travail principal|site|ville de travail|implantation|adresse de travail";

/// Words before "basé" / "situé" that make the job or its premises the subject.
const SUBJECTS: &str = "poste|postes|stage|mission|travail|job|emploi|locaux|bureaux|equipe|est\
    |sont|sera|seront|serez|seras|etes|es|soit|etre|alternance|service";

/// Words that make a whole sentence about the job ("… contrat de 6 mois, à temps plein,
/// basé à Paris").
const JOB_WORDS: &str = "poste|contrat|cdd|cdi|temps plein|temps partiel|prestataire|freelance\
    |stage|alternance|offre|mission de";

/// Words before "locaux" / "bureaux" that make it a noun about premises.
const DETERMINERS: &str = "les|nos|des|ses|leurs|vos|ces|aux|mes|tes|nouveaux|leur|notre";

/// A visit rather than the workplace, said before the cue in the same clause.
fn visit_before(t: &str, sentence_start: usize, at: usize) -> bool {
    let head = &t[sentence_start..at];
    let clause = &head[head.rfind(',').map_or(0, |i| i + 1)..];
    has_any(
        clause,
        "ponctuel|occasionnel|deplac|reunion|seminaire|rencontr",
    )
}

/// The word after `i`, skipping spaces and markup.
fn next_word(t: &str, i: usize) -> &str {
    let rest = t[i..].trim_start_matches([' ', '*', '_', '[', '/']);
    &rest[..word_end(rest, 0)]
}

/// Whether the `:` or `?` at `at` ends a label alone on its line ("- **Lieu de travail** :",
/// "Où ?").
fn label_before(t: &str, at: usize) -> bool {
    let lo = floor(t, at.saturating_sub(40));
    let line = &t[lo..at];
    let newline = line.rfind('\n');
    let line = &line[newline.map_or(0, |i| i + 1)..];
    let whole_line = newline.is_some() || lo == 0 || t.as_bytes()[lo - 1] == b'\n';
    let core = line.trim_matches(|c: char| !c.is_alphanumeric());
    whole_line && in_list(core, LABELS) && (t.as_bytes()[at] == b':' || core == "ou")
}

/// Local checks of the cue `needle` at folded offset `at`: the start of the text to search
/// for a city, or `None`.
fn precheck(t: &str, at: usize, cue: Cue, needle: &str) -> Option<usize> {
    if !starts_word(t, at) {
        return None;
    }
    let after = at + needle.len();
    let whole = !t.as_bytes().get(after).is_some_and(|&b| is_word(b));
    let from = match cue {
        Cue::Based => {
            let end = inclusive_end(t, after)?;
            in_list(next_word(t, end), "a|au|aux|sur|dans|chez").then_some(end)?
        }
        Cue::Premises => (whole && in_list(before(t, at).word, DETERMINERS)).then_some(after)?,
        Cue::Presence => {
            let form = list("ces|ce|tielle|tiel").find(|s| t[after..].starts_with(s))?;
            let end = after + form.len();
            (!t.as_bytes().get(end).is_some_and(|&b| is_word(b))).then_some(end)?
        }
        Cue::Label | Cue::OnSite | Cue::TakesPlace => after,
        Cue::WeekDays => {
            let end = after + usize::from(t[after..].starts_with('s'));
            let days = has_any(window(t, at.saturating_sub(28), at), "jour|j/|j ");
            (days && in_list(next_word(t, end), STRICT)).then_some(end)?
        }
        Cue::Work => {
            let suffix =
                if needle == "affecte" || needle.starts_with("rejoi") || needle.starts_with("nous")
                {
                    Some("")
                } else {
                    list("ez|as|ont").find(|s| t[after..].starts_with(s))
                };
            inclusive_end(t, after + suffix?.len())?
        }
        Cue::Post => {
            let pourvoir = t[after..].starts_with(" a pourvoir");
            let from = after + if pourvoir { " a pourvoir".len() } else { 0 };
            (whole && in_list(next_word(t, from), "a|au|sur")).then_some(from)?
        }
    };
    Some(from)
}

/// A checked cue: where to look for the city, how the city is introduced, and how far an
/// address may be looked for.
struct Window {
    from: usize,
    to: usize,
    preps: Preps,
    line_to: usize,
}

/// The window of a cue that passed [`precheck`], with the checks that need its sentence.
fn cue_window(
    t: &str,
    at: usize,
    from: usize,
    cue: Cue,
    sentence: (usize, usize),
) -> Option<Window> {
    let head = &t[sentence.0..at.max(sentence.0)];
    let ok = match cue {
        Cue::Based => {
            let prev = before(t, at);
            !prev.paren && (prev.start || in_list(prev.word, SUBJECTS) || has_any(head, JOB_WORDS))
        }
        Cue::Premises | Cue::Presence | Cue::OnSite => !visit_before(t, sentence.0, at),
        Cue::WeekDays => !has(head, "deplac"),
        Cue::TakesPlace => has_any(
            head,
            "stage|poste|mission|travail|alternance|apprentissage|contrat|service civique|travaill",
        ),
        Cue::Label | Cue::Work | Cue::Post => true,
    };
    let (len, preps) = match cue {
        Cue::Based | Cue::Work => (80, Preps::After(STRICT)),
        Cue::Premises => (110, Preps::After("a|au|aux|sur|dans|de|d|du")),
        Cue::Presence | Cue::TakesPlace => (70, Preps::After(STRICT)),
        Cue::OnSite => (30, Preps::After(STRICT)),
        Cue::WeekDays => (16, Preps::Right(STRICT)),
        Cue::Post => (40, Preps::Right("a|au|sur")),
        Cue::Label => {
            let hi = floor(t, from + 200).max(from);
            let to = from + memchr::memchr(b'\n', &t.as_bytes()[from..hi]).unwrap_or(hi - from);
            return Some(Window {
                from,
                to,
                preps: Preps::Any,
                line_to: to,
            });
        }
    };
    let to = floor(t, (from + len).min(sentence.1)).max(from);
    ok.then_some(Window {
        from,
        to,
        preps,
        line_to: sentence.1,
    })
}

/// The city of a window, or one named by an adjective after "bureaux"/"locaux" ("nos
/// bureaux parisiens").
fn window_city(
    fd: &Folded,
    orig: &str,
    w: &Window,
    cue: Cue,
    skip: Option<(usize, usize)>,
) -> Option<CityMatch> {
    if let Some(m) = scan_city(fd, orig, (w.from, w.to), w.preps, true, skip) {
        return Some(m);
    }
    if cue != Cue::Premises {
        return None;
    }
    let t = &fd.text;
    let (ws, we) = words(&t[w.from..w.to]).next()?;
    let city = cities::demonym(&t[w.from + ws..w.from + we])?;
    Some(CityMatch {
        city,
        start: w.from + ws,
        end: w.from + we,
        postal: None,
    })
}

fn location_hit(
    fd: &Folded,
    orig: &str,
    city: Option<&CityMatch>,
    addr: Option<&Address>,
) -> Option<Hit<Location>> {
    let t = &fd.text;
    let postal = addr
        .and_then(|a| a.postal)
        .or_else(|| city.and_then(|c| c.postal));
    let address = addr.map(|a| {
        let (s, e) = fd.original_range(a.start, a.end);
        orig[s..e].trim().to_string()
    });
    let start = city
        .map(|c| c.start)
        .into_iter()
        .chain(addr.map(|a| a.start))
        .min()?;
    let end = city
        .map(|c| c.end)
        .into_iter()
        .chain(addr.map(|a| a.end))
        .max()?;
    let (s, e) = fd.original_range(start, end);
    let value = Location {
        city: city.map(|c| c.city.name.to_string()),
        address,
        postal_code: postal.map(|(a, b)| t[a..b].to_string()),
    };
    Some(Hit::new(value, s, e))
}

/// Statements of where the job is in `text`: one hit per sentence that says the job is
/// somewhere ("Poste basé à Paris", "dans nos locaux de Lyon, 3 rue X", "Lieu : Paris 7e",
/// "présence régulière à Paris"). Places visited or merely named are ignored.
pub(crate) fn find_locations(text: &str, origin: Origin) -> Vec<Hit<Location>> {
    find_locations_in(&Folded::new(text), text, origin)
}

/// [`find_locations`] on text already folded (`folded` must be `Folded::new(text)`).
pub(crate) fn find_locations_in(fd: &Folded, text: &str, origin: Origin) -> Vec<Hit<Location>> {
    let t = fd.text.as_str();
    let mut out = Vec::new();
    if origin == Origin::Title
        && let Some(m) = cities::title_city(fd, text)
    {
        out.extend(location_hit(fd, text, Some(&m), None));
        return out;
    }
    // (offset, cue index or usize::MAX for a label, start of the city search)
    let mut anchors: Vec<(usize, usize, usize)> = Vec::new();
    for (k, (needle, cue)) in LOCATION_ANCHORS.iter().enumerate() {
        let found = find_iter(t, needle).into_iter();
        anchors.extend(found.filter_map(|at| Some((at, k, precheck(t, at, *cue, needle)?))));
    }
    let labels = memchr::memchr2_iter(b':', b'?', t.as_bytes()).filter(|&at| label_before(t, at));
    anchors.extend(labels.map(|at| (at, usize::MAX, at + 1)));
    anchors.sort_unstable();
    let mut i = 0;
    while i < anchors.len() {
        let sentence = sentence_at(t, anchors[i].0);
        let mut windows = Vec::new();
        let first = i;
        while i < anchors.len() && (i == first || anchors[i].0 < sentence.1) {
            let (at, k, from) = anchors[i];
            let cue = LOCATION_ANCHORS.get(k).map_or(Cue::Label, |a| a.1);
            windows.extend(cue_window(t, at, from, cue, sentence).map(|w| (w, cue)));
            i += 1;
        }
        if windows.is_empty() {
            continue;
        }
        let line_to = windows
            .iter()
            .map(|(w, _)| w.line_to)
            .max()
            .unwrap_or(sentence.1);
        let addr = find_address(fd, text, sentence.0, line_to, false);
        let skip = addr.as_ref().map(|a| (a.start, a.end));
        let mut city = windows
            .iter()
            .find_map(|(w, cue)| window_city(fd, text, w, *cue, skip));
        if city.is_none()
            && let Some(a) = addr.as_ref().filter(|a| a.postal.is_some())
        {
            city = first_word_city(fd, a.after, line_to);
        }
        out.extend(location_hit(fd, text, city.as_ref(), addr.as_ref()));
    }
    out
}

/// The commune named right after a postal code ("75007 PARIS").
fn first_word_city(fd: &Folded, from: usize, to: usize) -> Option<CityMatch> {
    let t = &fd.text;
    let (ws, _) = words(window(t, from, to)).next()?;
    let ws = from + ws;
    if t[from..ws].trim().len() > 1 {
        return None;
    }
    let (city, end) = cities::match_at(t, ws, "")?;
    Some(CityMatch {
        city,
        start: ws,
        end,
        postal: None,
    })
}

// ---------------------------------------------------------------------------------------
// Front matter values and resolution.

/// Folded values that name no city although they are capitalised words.
const NOT_CITIES: &str = "france|ile de france|bretagne|normandie|occitanie|grand est\
    |hauts de france|nouvelle aquitaine|auvergne rhone alpes|paca|corse|guadeloupe|martinique\
    |guyane|la reunion|reunion|mayotte|europe|partout|national|nationale|hybride|flexible|nc|n/a\
    |aucun|aucune|divers|plusieurs|a definir|indifferent|en ligne|distanciel|a distance\
    |pays de la loire|centre val de loire|bourgogne franche comte|provence alpes cote d azur";

/// A front matter `lieu` / `localisation` / `location` / `ville` / `address` value: "Paris",
/// "Paris 7e", "20 avenue de Ségur, 75007 Paris", "Lyon (69)". "Télétravail" gives `None`
/// (see [`remote_from_value`]). A place missing from the gazetteer is kept as written when
/// it looks like a place name ("Montreuil-Bellay").
pub(crate) fn location_from_value(value: &str) -> Option<Location> {
    let fd = Folded::new(value);
    let t = fd.text.as_str();
    let addr = find_address(&fd, value, 0, t.len(), true);
    let skip = addr.as_ref().map(|a| (a.start, a.end));
    let city = scan_city(&fd, value, (0, t.len()), Preps::Any, false, skip);
    let mut loc = location_hit(&fd, value, city.as_ref(), addr.as_ref())
        .map_or_else(Location::default, |h| h.value);
    if loc.postal_code.is_none() {
        loc.postal_code = words(t)
            .map(|(s, e)| &t[s..e])
            .find(|w| is_digits(w, 5))
            .map(str::to_string);
    }
    if loc.city.is_none() {
        loc.city = match (&loc.postal_code, &addr) {
            (Some(p), _) if p.starts_with("750") || p.starts_with("751") => {
                Some("Paris".to_string())
            }
            (Some(_), Some(a)) if a.postal.is_some() => plain_place(&value[fd.original(a.after)..]),
            (None, None) => plain_place(value),
            _ => None,
        };
    }
    (loc != Location::default()).then_some(loc)
}

/// A value that reads as a place name: capitalised words, no digits, not a region.
fn plain_place(value: &str) -> Option<String> {
    let v = value
        .split(['(', ',', ';', '/', '|'])
        .next()?
        .trim()
        .trim_matches(['"', '\'', '*', '.'])
        .trim();
    let shape = v
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'));
    let folded = fold(v).replace(['-', '\''], " ");
    let banned = in_list(&folded, NOT_CITIES) || has_any(&folded, "teletravail|remote");
    let capital = v.chars().next().is_some_and(char::is_uppercase);
    (capital && shape && (2..=40).contains(&v.len()) && !banned).then(|| v.to_string())
}

fn same_city(a: &Location, b: &Location) -> bool {
    matches!((&a.city, &b.city), (Some(x), Some(y)) if fold(x) == fold(y))
}

/// Pick the job's location: front matter first (then the title), then the first body
/// statement naming a city. The address comes from the chosen statement, or from another
/// statement about the same city, or from a statement without a city whose postal code is
/// in the city's département: a city from one place is never mixed with an address from
/// another city.
pub(crate) fn resolve_location(hits: &[(Origin, Location)]) -> Option<Location> {
    let rank = |o: Origin| match o {
        Origin::FrontMatter => 0,
        Origin::Title => 1,
        Origin::Heading | Origin::Body => 2,
    };
    let order: Vec<&Location> = (0..3)
        .flat_map(|r| {
            hits.iter()
                .filter(move |(o, _)| rank(*o) == r)
                .map(|(_, l)| l)
        })
        .collect();
    let Some(primary) = order.iter().find(|l| l.city.is_some()) else {
        return order
            .iter()
            .find(|l| l.address.is_some() || l.postal_code.is_some())
            .map(|l| (*l).clone());
    };
    let mut loc = (*primary).clone();
    let department = loc
        .city
        .as_deref()
        .and_then(|c| cities::lookup(&fold(c)))
        .map(|c| c.department);
    let in_department = |l: &Location| {
        let postal = l.postal_code.as_deref();
        l.city.is_none()
            && department.is_some_and(|d| d.len() == 2 && postal.is_some_and(|p| p.starts_with(d)))
    };
    if loc.address.is_none()
        && let Some(other) = order
            .iter()
            .find(|l| l.address.is_some() && (same_city(l, &loc) || in_department(l)))
    {
        loc.address.clone_from(&other.address);
        if loc.postal_code.is_none() {
            loc.postal_code.clone_from(&other.postal_code);
        }
    }
    if loc.postal_code.is_none()
        && let Some(other) = order
            .iter()
            .find(|l| l.postal_code.is_some() && same_city(l, &loc) && l.address == loc.address)
    {
        loc.postal_code.clone_from(&other.postal_code);
    }
    Some(loc)
}

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

const REMOTE_ANCHORS: &[&str] = &["tele", "remote", "distan", "sur site", "presen"];

/// Telework statements in `text`, one hit per sentence: "télétravail possible jusqu'à deux
/// jours par semaine", "3 jours / semaine sur site", "full remote", "pas de télétravail".
/// A required presence somewhere without a day count is not a telework statement.
pub(crate) fn find_remote(text: &str, origin: Origin) -> Vec<Hit<Remote>> {
    find_remote_in(&Folded::new(text), origin)
}

/// [`find_remote`] on text already folded.
pub(crate) fn find_remote_in(fd: &Folded, origin: Origin) -> Vec<Hit<Remote>> {
    let t = fd.text.as_str();
    let mut anchors: Vec<usize> = Vec::new();
    for needle in REMOTE_ANCHORS {
        let found = find_iter(t, needle).into_iter();
        anchors.extend(found.filter(|&at| {
            let rest = &t[at + needle.len()..];
            match *needle {
                "tele" => starts_any(rest, "trav|-trav| trav"),
                "presen" => starts_any(rest, "ce|tiel"),
                _ => true,
            }
        }));
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
#[path = "place_tests.rs"]
mod tests;
