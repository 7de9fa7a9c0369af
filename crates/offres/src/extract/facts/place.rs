//! Where the job is (city, street address, postal code).
//!
//! A city only counts when the sentence says the job is there ("Poste basé à Lyon",
//! "nos bureaux de Rennes", "Lieu : Paris 7e", "une présence régulière à Paris"); a place
//! only visited ("déplacements à Paris") or merely talked about ("la ville de Lyon est
//! partenaire") is ignored. Cities come from the gazetteer in [`crate::text::cities`] and must be
//! capitalised in prose. Telework is read sentence by sentence: possible or not, a cap in
//! days per week, a minimum of days on site, full remote.
//!
//! Word lists are `|`-separated strings matched on folded text (see [`crate::text::Folded`]).

use crate::model::Location;

use crate::text::cities::{CityMatch, Preps, STRICT, is_digits, postal_at, scan_city};
use crate::text::place_words::{
    before, ceil, floor, has, has_any, in_list, inclusive_end, is_upper_at, is_word, list,
    sentence_at, starts_word, window, word_end,
};
use crate::text::{Folded, Hit, Origin, cities, fold, words};

#[cfg(test)]
use super::Scanned;
use super::{Fact, Passage};

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
            // A word may run past `to` (the end of the clause): then nothing follows it.
            let tail = t.get(name_end..to).unwrap_or("");
            let k = name_end + tail.len() - tail.trim_start_matches([' ', ',', '-']).len();
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
    // "L'équipe est installée au 110 rue de Grenelle, 75007 Paris", "hébergé·e à Lyon".
    ("installe", Cue::Based),
    ("heberge", Cue::Based),
];

/// The place's trigger words: the cue words of [`LOCATION_ANCHORS`], in its order.
pub(crate) const TRIGGERS: &[&str] = &{
    let mut words = [""; LOCATION_ANCHORS.len()];
    let mut i = 0;
    while i < words.len() {
        words[i] = LOCATION_ANCHORS[i].0;
        i += 1;
    }
    words
};

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

/// Whether a section title announces the place of work ("Lieu", "Localisation du poste",
/// "Où ?"); "Site" is left out, it as often means a website.
pub(crate) fn is_place_heading(title: &str) -> bool {
    let f = fold(title);
    let core = f.trim_matches(|c: char| !c.is_alphanumeric());
    core != "site" && (core != "ou" || f.trim_end().ends_with('?')) && in_list(core, LABELS)
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
        ..Location::default()
    };
    Some(Hit::new(value, s, e))
}

/// Statements of where the job is in `text`: one hit per sentence that says the job is
/// somewhere ("Poste basé à Paris", "dans nos locaux de Lyon, 3 rue X", "Lieu : Paris 7e",
/// "présence régulière à Paris"). Places visited or merely named are ignored.
#[cfg(test)]
pub(crate) fn find_locations(text: &str, origin: Origin) -> Vec<Hit<Location>> {
    find_locations_in(&Scanned::new(text).passage(text, origin))
}

/// [`find_locations`] on a passage already folded and scanned.
pub(crate) fn find_locations_in(p: &Passage) -> Vec<Hit<Location>> {
    let (fd, text, origin) = (p.folded, p.text, p.origin);
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
    for trigger in p.triggers.of(Fact::Place) {
        let (needle, cue) = LOCATION_ANCHORS[trigger.key];
        if let Some(from) = precheck(t, trigger.start, cue, needle) {
            anchors.push((trigger.start, trigger.key, from));
        }
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
/// (see [`crate::extract::facts::remote::remote_from_value`]). A place missing from the gazetteer is kept
/// as written when it looks like a place name ("Montreuil-Bellay").
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

#[cfg(test)]
#[path = "place_tests.rs"]
mod tests;

/// The city of a postal address, and premises said to be installed somewhere.
#[cfg(test)]
mod address_tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    fn read(text: &str) -> Option<(String, Option<String>)> {
        let l = find_locations(text, Origin::Body).into_iter().next()?.value;
        Some((l.city?, l.postal_code))
    }

    #[test]
    fn cities_of_postal_addresses() {
        let at = |city: &str, code: &str| (city.to_owned(), Some(code.to_owned()));
        let pass = [
            (
                "L'équipe est installée au 110 rue de Grenelle, 75007 Paris.",
                at("Paris", "75007"),
            ),
            (
                "Le poste est situé au 20 avenue de Ségur, 75007 Paris.",
                at("Paris", "75007"),
            ),
            (
                "Vous travaillerez dans nos locaux, 5 place Jules Ferry 13001 Marseille.",
                at("Marseille", "13001"),
            ),
            (
                "Le service est hébergé au 1 boulevard Vivier-Merle, 69003 Lyon.",
                at("Lyon", "69003"),
            ),
        ];
        let fail = [
            "Rendez-vous au 3 rue de Paris, 35000 Rennes pour l'entretien.",
            "Vous installerez les serveurs de production à distance.",
        ];
        test_rule("postal addresses", Some(Fact::Place), read, &pass, &fail);
    }
}
