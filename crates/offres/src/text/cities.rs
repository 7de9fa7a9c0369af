//! A gazetteer of French communes where a public-sector job can be (préfectures,
//! sous-préfectures, the largest communes, business districts, overseas capitals) and the
//! matching of their names in folded text.
//!
//! Keys are folded (lower case, no accents) with hyphens and apostrophes turned into spaces,
//! sorted byte-wise so that [`lookup`] is a binary search.

use std::cmp::Ordering;

use crate::text::place_words::{ceil, floor, in_list, is_word, list};
use crate::text::{Folded, words};

/// A commune of the gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct City {
    /// Folded key: lower case, no accents, `-` and `'` as spaces.
    pub(crate) key: &'static str,
    /// The usual spelling ("Saint-Étienne").
    pub(crate) name: &'static str,
    /// The département code ("75", "2A", "974").
    pub(crate) department: &'static str,
}

/// Compare a gazetteer key with folded text read as a key (`-` and `'` as spaces).
fn cmp_key(key: &str, text: &[u8]) -> Ordering {
    let k = key.as_bytes();
    for (i, &c) in text.iter().enumerate() {
        let c = if c == b'-' || c == b'\'' { b' ' } else { c };
        match k.get(i).map(|kb| kb.cmp(&c)) {
            None => return Ordering::Less,
            Some(Ordering::Equal) => {}
            Some(o) => return o,
        }
    }
    k.len().cmp(&text.len())
}

/// The commune whose folded name is exactly `folded` (hyphens, apostrophes and spaces are
/// interchangeable: "saint denis" finds "Saint-Denis").
pub(crate) fn lookup(folded: &str) -> Option<&'static City> {
    let i = CITIES
        .binary_search_by(|c| cmp_key(c.key, folded.as_bytes()))
        .ok()?;
    Some(&CITIES[i])
}

/// The longest commune name of folded `text` starting at byte `start` (a word start) and
/// ending at a word boundary, read after `prefix` ("le " for "au Havre"). Returns the
/// commune and the end offset in `text`.
pub(crate) fn match_at(text: &str, start: usize, prefix: &str) -> Option<(&'static City, usize)> {
    let b = text.as_bytes();
    let mut ends = [0usize; 6];
    let mut n = 0;
    let mut i = start;
    while n < ends.len() {
        let s = i;
        while i < b.len() && is_word(b[i]) {
            i += 1;
        }
        if i == s {
            break;
        }
        let next = b.get(i).copied();
        let joins =
            matches!(next, Some(b'-' | b'\'' | b' ')) && b.get(i + 1).is_some_and(|&c| is_word(c));
        // "Paris-Saclay": a hyphen followed by a letter continues the name.
        if next != Some(b'-') || !joins {
            ends[n] = i;
            n += 1;
        }
        if !joins {
            break;
        }
        i += 1;
    }
    // No key starts with the first word: nothing to look up.
    if prefix.is_empty() && n > 0 {
        let first = &b[start
            ..b[start..]
                .iter()
                .position(|&c| !is_word(c))
                .map_or(b.len(), |p| start + p)];
        let at = CITIES.partition_point(|c| c.key.as_bytes() < first);
        if !CITIES
            .get(at)
            .is_some_and(|c| c.key.as_bytes().starts_with(first))
        {
            return None;
        }
    }
    let mut buf = String::new();
    for &end in ends[..n].iter().rev() {
        let cand = text.get(start..end)?;
        let found = if prefix.is_empty() {
            lookup(cand)
        } else {
            buf.clear();
            buf.push_str(prefix);
            buf.push_str(cand);
            lookup(&buf)
        };
        if let Some(c) = found {
            return Some((c, end));
        }
    }
    None
}

/// Whether the commune's name is also a common word or first name ("Orange", "Tours").
pub(crate) fn is_ambiguous(city: &City) -> bool {
    in_list(city.key, AMBIGUOUS)
}

/// A folded adjective of a city's inhabitants ("parisiens", "lyonnaise") → the city.
pub(crate) fn demonym(word: &str) -> Option<&'static City> {
    const STEMS: &str = "bordelais:bordeaux|grenoblois:grenoble|lillois:lille|lyonnais:lyon\
        |marseillais:marseille|montpellierain:montpellier|nantais:nantes|nicois:nice\
        |parisien:paris|rennais:rennes|strasbourgeois:strasbourg|toulousain:toulouse";
    list(STEMS).find_map(|pair| {
        let (stem, key) = pair.split_once(':')?;
        let rest = word.strip_prefix(stem)?;
        matches!(rest, "" | "s" | "e" | "es" | "ne" | "nes").then(|| lookup(key))?
    })
}

// ---------------------------------------------------------------------------------------
// Communes in running text.

/// Which words may introduce the city in a window.
#[derive(Clone, Copy)]
pub(crate) enum Preps {
    /// The city must follow one of these `|`-separated words somewhere in the window.
    After(&'static str),
    /// The first word of the window must be one of these, and the city comes next.
    Right(&'static str),
    /// Any word of the window may be the city (labels: "Lieu : Paris").
    Any,
}

/// A commune found in folded text.
pub(crate) struct CityMatch {
    pub(crate) city: &'static City,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) postal: Option<(usize, usize)>,
}

/// Words that end a window: what follows is a visit, a distance or another clause.
fn blocks(w: &str) -> bool {
    const STEMS: &str = "deplac|reunion|seminaire|kilometre|ponctuel|occasionnel|proximite|environ\
        |rencontr|visite";
    in_list(w, "km|mais|pres|hors|sauf|entre") || list(STEMS).any(|s| w.starts_with(s))
}

pub(crate) fn is_digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// Five digits at `i` not followed by another digit.
pub(crate) fn postal_at(t: &str, i: usize) -> Option<(usize, usize)> {
    let s = t.get(i..i + 5)?;
    let alone = !t.as_bytes().get(i + 5).is_some_and(u8::is_ascii_digit);
    (is_digits(s, 5) && alone).then_some((i, i + 5))
}

/// After a city: "7e", "13eme arrondissement", "(75)", "(7e)", "75007"; a year ("Paris
/// 2024") rejects the city. Returns the new end and a postal code.
fn city_suffix(text: &str, end: usize) -> Option<(usize, Option<(usize, usize)>)> {
    let bytes = text.as_bytes();
    let mut pos = end;
    while bytes.get(pos) == Some(&b' ') {
        pos += 1;
    }
    let paren = bytes.get(pos) == Some(&b'(');
    let from = pos + usize::from(paren);
    let digits = text[from..].len()
        - text[from..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    let to = from + digits;
    let year = text[from..].starts_with("19") || text[from..].starts_with("20");
    if digits == 4 && !paren && year {
        return None;
    }
    let unchanged = Some((end, None));
    if digits == 0 {
        return unchanged;
    }
    let postal = (digits == 5).then_some((from, to));
    let mut stop = to;
    if digits <= 2 {
        let rest = &text[to..];
        match list("ieme|eme|em|er|e").find(|o| rest.starts_with(o)) {
            Some(o) if !rest.as_bytes().get(o.len()).is_some_and(|&c| is_word(c)) => {
                stop += o.len();
            }
            _ if paren => {}
            _ => return unchanged,
        }
        if text[stop..].starts_with(" arrondissement") {
            stop += " arrondissement".len();
        }
    } else if digits != 5 && !(paren && digits == 3) {
        return unchanged;
    }
    if paren {
        if bytes.get(stop) != Some(&b')') {
            return unchanged;
        }
        stop += 1;
    }
    Some((stop, postal))
}

/// The commune at word start `ws` of folded text, read after the word `prev`; `need_cap`
/// asks for a capital letter in the original.
pub(crate) fn city_at(
    fd: &Folded,
    orig: &str,
    ws: usize,
    prev: &str,
    need_cap: bool,
) -> Option<CityMatch> {
    let t = &fd.text;
    let b = t.as_bytes();
    if ws > 0 && matches!(b[ws - 1], b'@' | b'.' | b'/' | b'_' | b'#' | b'=') {
        return None;
    }
    let prefix = match prev {
        "au" | "du" => "le ",
        "aux" => "les ",
        _ => "",
    };
    let (city, end, cap_at) = match match_at(t, ws, prefix) {
        Some((c, e)) if !prefix.is_empty() => (c, e, ws),
        _ => {
            let (c, e) = match_at(t, ws, "")?;
            // "la Défense": the capital is on the word after the article.
            let article = list("la |le |les |l'").find(|a| t[ws..e].starts_with(a));
            (c, e, ws + article.map_or(0, str::len))
        }
    };
    let glued = b.get(end) == Some(&b'@')
        || (b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(|&c| is_word(c)));
    let capital = || {
        let o = fd.original(cap_at);
        orig.get(o..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    };
    if glued || (need_cap && !capital()) {
        return None;
    }
    let (end, mut postal) = city_suffix(t, end)?;
    // "75007 Paris": a postal code just before.
    if postal.is_none() && ws >= 6 && b[ws - 1] == b' ' {
        postal = postal_at(t, ws - 6).filter(|_| ws < 7 || !b[ws - 7].is_ascii_digit());
    }
    Some(CityMatch {
        city,
        start: ws,
        end,
        postal,
    })
}

/// The first commune in folded `range` introduced as `preps` says, outside `skip`.
pub(crate) fn scan_city(
    fd: &Folded,
    orig: &str,
    range: (usize, usize),
    preps: Preps,
    need_cap: bool,
    skip: Option<(usize, usize)>,
) -> Option<CityMatch> {
    let t = &fd.text;
    let from = ceil(t, range.0);
    let to = floor(t, range.1).max(from);
    let mut prev = "";
    for (n, (ws, we)) in words(&t[from..to]).enumerate() {
        let (ws, we) = (ws + from, we + from);
        let w = &t[ws..we];
        if blocks(w) {
            return None;
        }
        let eligible = match preps {
            Preps::Any => true,
            Preps::After(l) => in_list(prev, l),
            Preps::Right(l) => n == 1 && in_list(prev, l),
        };
        let skipped = skip.is_some_and(|(a, b)| ws >= a && ws < b);
        if eligible
            && !skipped
            && let Some(m) = city_at(fd, orig, ws, prev, need_cap)
        {
            return Some(m);
        }
        if matches!(preps, Preps::Right(_)) && n >= 1 {
            return None;
        }
        prev = w;
    }
    None
}

/// Prepositions that introduce the place of the job.
pub(crate) const STRICT: &str = "a|au|aux|sur|dans";

/// A city in a title: "… à Lyon", "… - Lyon", "… (Lyon)".
pub(crate) fn title_city(fd: &Folded, orig: &str) -> Option<CityMatch> {
    let t = &fd.text;
    let mut prev = "";
    for (ws, we) in words(t) {
        let after_prep = in_list(prev, STRICT);
        let punct = t[..ws]
            .trim_end_matches(' ')
            .ends_with(['-', '(', ',', '|', '/', ':']);
        if (after_prep || punct)
            && let Some(m) = city_at(fd, orig, ws, prev, true)
            && (after_prep || !is_ambiguous(m.city))
        {
            return Some(m);
        }
        prev = &t[ws..we];
    }
    None
}

/// Communes whose name is also a common word or a first name ("Orange", "Tours"): a title
/// only names them after a preposition ("… à Tours"), never after a dash.
const AMBIGUOUS: &str = "agde|ambert|apt|auch|bellac|blaye|bron|bruz|calvi|chatou|cognac|corte\
    |dax|die|dole|florac|foix|gap|gex|la trinite|langres|laval|le francois|le marin|le moule\
    |le robert|lens|lure|mamers|mende|millau|nice|olivet|orange|prades|redon|riom|royan\
    |saint andre|saint benoit|saint joseph|saint leu|saint louis|saint paul|saint pierre\
    |sainte anne|sainte marie|saintes|sedan|sens|thiers|toul|tours|vichy|vienne|vire";

macro_rules! c {
    ($k:literal, $n:literal, $d:literal) => {
        City {
            key: $k,
            name: $n,
            department: $d,
        }
    };
}

/// The gazetteer, sorted by `key`.
#[rustfmt::skip]
pub(crate) static CITIES: &[City] = &[
    c!("abbeville", "Abbeville", "80"), c!("agde", "Agde", "34"), c!("agen", "Agen", "47"),
    c!("aix en provence", "Aix-en-Provence", "13"), c!("aix les bains", "Aix-les-Bains", "73"),
    c!("ajaccio", "Ajaccio", "2A"), c!("albertville", "Albertville", "73"),
    c!("albi", "Albi", "81"), c!("alencon", "Alençon", "61"), c!("ales", "Alès", "30"),
    c!("alfortville", "Alfortville", "94"), c!("altkirch", "Altkirch", "68"),
    c!("ambert", "Ambert", "63"), c!("amiens", "Amiens", "80"), c!("ancenis", "Ancenis", "44"),
    c!("angers", "Angers", "49"), c!("anglet", "Anglet", "64"), c!("angouleme", "Angoulême", "16"),
    c!("annecy", "Annecy", "74"), c!("annemasse", "Annemasse", "74"),
    c!("annonay", "Annonay", "07"), c!("antibes", "Antibes", "06"), c!("antony", "Antony", "92"),
    c!("apt", "Apt", "84"), c!("arcachon", "Arcachon", "33"), c!("arcueil", "Arcueil", "94"),
    c!("argeles gazost", "Argelès-Gazost", "65"), c!("argentan", "Argentan", "61"),
    c!("argenteuil", "Argenteuil", "95"), c!("arles", "Arles", "13"), c!("arras", "Arras", "62"),
    c!("asnieres sur seine", "Asnières-sur-Seine", "92"), c!("athis mons", "Athis-Mons", "91"),
    c!("aubagne", "Aubagne", "13"), c!("aubenas", "Aubenas", "07"),
    c!("aubervilliers", "Aubervilliers", "93"), c!("aubiere", "Aubière", "63"),
    c!("aubusson", "Aubusson", "23"), c!("auch", "Auch", "32"),
    c!("aulnay sous bois", "Aulnay-sous-Bois", "93"), c!("aurillac", "Aurillac", "15"),
    c!("autun", "Autun", "71"), c!("auxerre", "Auxerre", "89"), c!("avallon", "Avallon", "89"),
    c!("avesnes sur helpe", "Avesnes-sur-Helpe", "59"), c!("avignon", "Avignon", "84"),
    c!("avranches", "Avranches", "50"), c!("bagneres de bigorre", "Bagnères-de-Bigorre", "65"),
    c!("bagneux", "Bagneux", "92"), c!("bagnolet", "Bagnolet", "93"),
    c!("bagnols sur ceze", "Bagnols-sur-Cèze", "30"), c!("baie mahault", "Baie-Mahault", "971"),
    c!("bar le duc", "Bar-le-Duc", "55"), c!("bar sur aube", "Bar-sur-Aube", "10"),
    c!("barcelonnette", "Barcelonnette", "04"), c!("basse terre", "Basse-Terre", "971"),
    c!("bastia", "Bastia", "2B"), c!("bayeux", "Bayeux", "14"), c!("bayonne", "Bayonne", "64"),
    c!("beaune", "Beaune", "21"), c!("beauvais", "Beauvais", "60"), c!("begles", "Bègles", "33"),
    c!("belfort", "Belfort", "90"), c!("bellac", "Bellac", "87"), c!("belley", "Belley", "01"),
    c!("bergerac", "Bergerac", "24"), c!("bernay", "Bernay", "27"),
    c!("besancon", "Besançon", "25"), c!("bethune", "Béthune", "62"),
    c!("beziers", "Béziers", "34"), c!("bezons", "Bezons", "95"), c!("biarritz", "Biarritz", "64"),
    c!("blagnac", "Blagnac", "31"), c!("blaye", "Blaye", "33"), c!("blois", "Blois", "41"),
    c!("bobigny", "Bobigny", "93"), c!("bois colombes", "Bois-Colombes", "92"),
    c!("bondy", "Bondy", "93"), c!("bonneuil sur marne", "Bonneuil-sur-Marne", "94"),
    c!("bonneville", "Bonneville", "74"), c!("bordeaux", "Bordeaux", "33"),
    c!("boulogne billancourt", "Boulogne-Billancourt", "92"),
    c!("boulogne sur mer", "Boulogne-sur-Mer", "62"),
    c!("bourg en bresse", "Bourg-en-Bresse", "01"), c!("bourges", "Bourges", "18"),
    c!("bourgoin jallieu", "Bourgoin-Jallieu", "38"), c!("bressuire", "Bressuire", "79"),
    c!("brest", "Brest", "29"), c!("briancon", "Briançon", "05"), c!("briey", "Briey", "54"),
    c!("brignoles", "Brignoles", "83"), c!("brioude", "Brioude", "43"),
    c!("brive la gaillarde", "Brive-la-Gaillarde", "19"), c!("bron", "Bron", "69"),
    c!("bruz", "Bruz", "35"), c!("cachan", "Cachan", "94"), c!("caen", "Caen", "14"),
    c!("cagnes sur mer", "Cagnes-sur-Mer", "06"), c!("cahors", "Cahors", "46"),
    c!("calais", "Calais", "62"), c!("caluire et cuire", "Caluire-et-Cuire", "69"),
    c!("calvi", "Calvi", "2B"), c!("cambrai", "Cambrai", "59"), c!("cannes", "Cannes", "06"),
    c!("capesterre belle eau", "Capesterre-Belle-Eau", "971"),
    c!("carcassonne", "Carcassonne", "11"), c!("carpentras", "Carpentras", "84"),
    c!("castellane", "Castellane", "04"), c!("castelsarrasin", "Castelsarrasin", "82"),
    c!("castres", "Castres", "81"), c!("cavaillon", "Cavaillon", "84"),
    c!("cayenne", "Cayenne", "973"), c!("ceret", "Céret", "66"), c!("cergy", "Cergy", "95"),
    c!("cergy pontoise", "Cergy-Pontoise", "95"), c!("cesson sevigne", "Cesson-Sévigné", "35"),
    c!("chalon sur saone", "Chalon-sur-Saône", "71"),
    c!("chalons en champagne", "Châlons-en-Champagne", "51"), c!("chambery", "Chambéry", "73"),
    c!("champigny sur marne", "Champigny-sur-Marne", "94"),
    c!("champs sur marne", "Champs-sur-Marne", "77"),
    c!("charenton le pont", "Charenton-le-Pont", "94"),
    c!("charleville mezieres", "Charleville-Mézières", "08"), c!("charolles", "Charolles", "71"),
    c!("chartres", "Chartres", "28"), c!("chateau chinon", "Château-Chinon", "58"),
    c!("chateau gontier", "Château-Gontier", "53"), c!("chateau thierry", "Château-Thierry", "02"),
    c!("chateaubriant", "Châteaubriant", "44"), c!("chateaudun", "Châteaudun", "28"),
    c!("chateaulin", "Châteaulin", "29"), c!("chateauroux", "Châteauroux", "36"),
    c!("chatellerault", "Châtellerault", "86"), c!("chatenay malabry", "Châtenay-Malabry", "92"),
    c!("chatillon", "Châtillon", "92"), c!("chatou", "Chatou", "78"),
    c!("chaumont", "Chaumont", "52"), c!("chaville", "Chaville", "92"),
    c!("chelles", "Chelles", "77"), c!("cherbourg", "Cherbourg", "50"),
    c!("cherbourg en cotentin", "Cherbourg-en-Cotentin", "50"),
    c!("chevilly larue", "Chevilly-Larue", "94"), c!("chinon", "Chinon", "37"),
    c!("choisy le roi", "Choisy-le-Roi", "94"), c!("cholet", "Cholet", "49"),
    c!("clamart", "Clamart", "92"), c!("clamecy", "Clamecy", "58"),
    c!("clermont ferrand", "Clermont-Ferrand", "63"), c!("clichy", "Clichy", "92"),
    c!("clichy sous bois", "Clichy-sous-Bois", "93"), c!("cognac", "Cognac", "16"),
    c!("colmar", "Colmar", "68"), c!("colombes", "Colombes", "92"),
    c!("colomiers", "Colomiers", "31"), c!("commercy", "Commercy", "55"),
    c!("compiegne", "Compiègne", "60"),
    c!("conflans sainte honorine", "Conflans-Sainte-Honorine", "78"),
    c!("confolens", "Confolens", "16"), c!("corbeil essonnes", "Corbeil-Essonnes", "91"),
    c!("corte", "Corte", "2B"), c!("cosne cours sur loire", "Cosne-Cours-sur-Loire", "58"),
    c!("courbevoie", "Courbevoie", "92"), c!("coutances", "Coutances", "50"),
    c!("creil", "Creil", "60"), c!("creteil", "Créteil", "94"), c!("dax", "Dax", "40"),
    c!("dembeni", "Dembeni", "976"), c!("die", "Die", "26"), c!("dieppe", "Dieppe", "76"),
    c!("digne les bains", "Digne-les-Bains", "04"), c!("dijon", "Dijon", "21"),
    c!("dinan", "Dinan", "22"), c!("dole", "Dole", "39"), c!("douai", "Douai", "59"),
    c!("draguignan", "Draguignan", "83"), c!("drancy", "Drancy", "93"),
    c!("draveil", "Draveil", "91"), c!("dreux", "Dreux", "28"), c!("dumbea", "Dumbéa", "988"),
    c!("dunkerque", "Dunkerque", "59"), c!("dzaoudzi", "Dzaoudzi", "976"),
    c!("echirolles", "Échirolles", "38"), c!("ecully", "Écully", "69"),
    c!("epernay", "Épernay", "51"), c!("epinal", "Épinal", "88"),
    c!("epinay sur seine", "Épinay-sur-Seine", "93"), c!("ermont", "Ermont", "95"),
    c!("etampes", "Étampes", "91"), c!("evreux", "Évreux", "27"), c!("evry", "Évry", "91"),
    c!("evry courcouronnes", "Évry-Courcouronnes", "91"), c!("faaa", "Faaa", "987"),
    c!("fecamp", "Fécamp", "76"), c!("figeac", "Figeac", "46"), c!("florac", "Florac", "48"),
    c!("foix", "Foix", "09"), c!("fontainebleau", "Fontainebleau", "77"),
    c!("fontenay aux roses", "Fontenay-aux-Roses", "92"),
    c!("fontenay le comte", "Fontenay-le-Comte", "85"),
    c!("fontenay sous bois", "Fontenay-sous-Bois", "94"), c!("forbach", "Forbach", "57"),
    c!("forcalquier", "Forcalquier", "04"), c!("fort de france", "Fort-de-France", "972"),
    c!("fougeres", "Fougères", "35"), c!("franconville", "Franconville", "95"),
    c!("frejus", "Fréjus", "83"), c!("fresnes", "Fresnes", "94"), c!("gagny", "Gagny", "93"),
    c!("gap", "Gap", "05"), c!("garches", "Garches", "92"),
    c!("garges les gonesse", "Garges-lès-Gonesse", "95"),
    c!("gennevilliers", "Gennevilliers", "92"), c!("gentilly", "Gentilly", "94"),
    c!("gex", "Gex", "01"), c!("gif sur yvette", "Gif-sur-Yvette", "91"),
    c!("gonesse", "Gonesse", "95"), c!("gourdon", "Gourdon", "46"),
    c!("goussainville", "Goussainville", "95"), c!("gradignan", "Gradignan", "33"),
    c!("granville", "Granville", "50"), c!("grasse", "Grasse", "06"),
    c!("grenoble", "Grenoble", "38"), c!("guebwiller", "Guebwiller", "68"),
    c!("gueret", "Guéret", "23"), c!("guingamp", "Guingamp", "22"),
    c!("gustavia", "Gustavia", "977"), c!("guyancourt", "Guyancourt", "78"),
    c!("haguenau", "Haguenau", "67"), c!("herblay sur seine", "Herblay-sur-Seine", "95"),
    c!("herouville saint clair", "Hérouville-Saint-Clair", "14"), c!("houilles", "Houilles", "78"),
    c!("hyeres", "Hyères", "83"), c!("illkirch graffenstaden", "Illkirch-Graffenstaden", "67"),
    c!("issoire", "Issoire", "63"), c!("issoudun", "Issoudun", "36"),
    c!("issy les moulineaux", "Issy-les-Moulineaux", "92"), c!("istres", "Istres", "13"),
    c!("ivry sur seine", "Ivry-sur-Seine", "94"),
    c!("joinville le pont", "Joinville-le-Pont", "94"), c!("jonzac", "Jonzac", "17"),
    c!("joue les tours", "Joué-lès-Tours", "37"), c!("kone", "Koné", "988"),
    c!("koungou", "Koungou", "976"), c!("kourou", "Kourou", "973"),
    c!("l hay les roses", "L'Haÿ-les-Roses", "94"), c!("la chatre", "La Châtre", "36"),
    c!("la ciotat", "La Ciotat", "13"), c!("la courneuve", "La Courneuve", "93"),
    c!("la defense", "La Défense", "92"), c!("la fleche", "La Flèche", "72"),
    c!("la garenne colombes", "La Garenne-Colombes", "92"),
    c!("la possession", "La Possession", "974"), c!("la roche sur yon", "La Roche-sur-Yon", "85"),
    c!("la rochelle", "La Rochelle", "17"), c!("la seyne sur mer", "La Seyne-sur-Mer", "83"),
    c!("la tour du pin", "La Tour-du-Pin", "38"), c!("la trinite", "La Trinité", "972"),
    c!("labege", "Labège", "31"), c!("lambersart", "Lambersart", "59"),
    c!("lanester", "Lanester", "56"), c!("langon", "Langon", "33"), c!("langres", "Langres", "52"),
    c!("lannion", "Lannion", "22"), c!("laon", "Laon", "02"),
    c!("largentiere", "Largentière", "07"), c!("laval", "Laval", "53"),
    c!("le blanc mesnil", "Le Blanc-Mesnil", "93"), c!("le cannet", "Le Cannet", "06"),
    c!("le chesnay rocquencourt", "Le Chesnay-Rocquencourt", "78"),
    c!("le creusot", "Le Creusot", "71"), c!("le francois", "Le François", "972"),
    c!("le gosier", "Le Gosier", "971"), c!("le havre", "Le Havre", "76"),
    c!("le kremlin bicetre", "Le Kremlin-Bicêtre", "94"), c!("le lamentin", "Le Lamentin", "972"),
    c!("le mans", "Le Mans", "72"), c!("le marin", "Le Marin", "972"),
    c!("le mont dore", "Le Mont-Dore", "988"), c!("le moule", "Le Moule", "971"),
    c!("le perreux sur marne", "Le Perreux-sur-Marne", "94"),
    c!("le plessis robinson", "Le Plessis-Robinson", "92"),
    c!("le puy en velay", "Le Puy-en-Velay", "43"), c!("le raincy", "Le Raincy", "93"),
    c!("le robert", "Le Robert", "972"), c!("le tampon", "Le Tampon", "974"),
    c!("le vigan", "Le Vigan", "30"), c!("lens", "Lens", "62"),
    c!("les abymes", "Les Abymes", "971"), c!("les andelys", "Les Andelys", "27"),
    c!("les lilas", "Les Lilas", "93"), c!("les mureaux", "Les Mureaux", "78"),
    c!("les pavillons sous bois", "Les Pavillons-sous-Bois", "93"),
    c!("les sables d olonne", "Les Sables-d'Olonne", "85"), c!("les ulis", "Les Ulis", "91"),
    c!("lesparre medoc", "Lesparre-Médoc", "33"), c!("levallois perret", "Levallois-Perret", "92"),
    c!("libourne", "Libourne", "33"), c!("lievin", "Liévin", "62"), c!("lifou", "Lifou", "988"),
    c!("lille", "Lille", "59"), c!("limeil brevannes", "Limeil-Brévannes", "94"),
    c!("limoges", "Limoges", "87"), c!("limoux", "Limoux", "11"), c!("lisieux", "Lisieux", "14"),
    c!("livry gargan", "Livry-Gargan", "93"), c!("loches", "Loches", "37"),
    c!("lodeve", "Lodève", "34"), c!("lognes", "Lognes", "77"),
    c!("lons le saunier", "Lons-le-Saunier", "39"), c!("lorient", "Lorient", "56"),
    c!("louhans", "Louhans", "71"), c!("lourdes", "Lourdes", "65"),
    c!("louviers", "Louviers", "27"), c!("lunel", "Lunel", "34"),
    c!("luneville", "Lunéville", "54"), c!("lure", "Lure", "70"), c!("lyon", "Lyon", "69"),
    c!("macon", "Mâcon", "71"), c!("mahina", "Mahina", "987"),
    c!("maisons alfort", "Maisons-Alfort", "94"), c!("malakoff", "Malakoff", "92"),
    c!("mamers", "Mamers", "72"), c!("mamoudzou", "Mamoudzou", "976"),
    c!("manosque", "Manosque", "04"), c!("mantes la jolie", "Mantes-la-Jolie", "78"),
    c!("marcq en baroeul", "Marcq-en-Barœul", "59"), c!("marignane", "Marignane", "13"),
    c!("marigot", "Marigot", "978"), c!("marmande", "Marmande", "47"),
    c!("marne la vallee", "Marne-la-Vallée", "77"), c!("marseille", "Marseille", "13"),
    c!("martigues", "Martigues", "13"), c!("massy", "Massy", "91"),
    c!("mata utu", "Mata-Utu", "986"), c!("matoury", "Matoury", "973"),
    c!("maubeuge", "Maubeuge", "59"), c!("mauriac", "Mauriac", "15"),
    c!("mayenne", "Mayenne", "53"), c!("meaux", "Meaux", "77"), c!("melun", "Melun", "77"),
    c!("mende", "Mende", "48"), c!("menton", "Menton", "06"), c!("merignac", "Mérignac", "33"),
    c!("metz", "Metz", "57"), c!("meudon", "Meudon", "92"), c!("meylan", "Meylan", "38"),
    c!("millau", "Millau", "12"), c!("miquelon langlade", "Miquelon-Langlade", "975"),
    c!("mirande", "Mirande", "32"), c!("molsheim", "Molsheim", "67"),
    c!("mont de marsan", "Mont-de-Marsan", "40"),
    c!("mont saint aignan", "Mont-Saint-Aignan", "76"), c!("montargis", "Montargis", "45"),
    c!("montauban", "Montauban", "82"), c!("montbard", "Montbard", "21"),
    c!("montbeliard", "Montbéliard", "25"), c!("montbrison", "Montbrison", "42"),
    c!("montdidier", "Montdidier", "80"), c!("montelimar", "Montélimar", "26"),
    c!("montfermeil", "Montfermeil", "93"),
    c!("montigny le bretonneux", "Montigny-le-Bretonneux", "78"),
    c!("montlucon", "Montluçon", "03"), c!("montmorillon", "Montmorillon", "86"),
    c!("montpellier", "Montpellier", "34"), c!("montreuil", "Montreuil", "93"),
    c!("montrouge", "Montrouge", "92"), c!("morlaix", "Morlaix", "29"),
    c!("mortagne au perche", "Mortagne-au-Perche", "61"), c!("moulins", "Moulins", "03"),
    c!("mulhouse", "Mulhouse", "68"), c!("muret", "Muret", "31"), c!("nancy", "Nancy", "54"),
    c!("nanterre", "Nanterre", "92"), c!("nantes", "Nantes", "44"), c!("nantua", "Nantua", "01"),
    c!("narbonne", "Narbonne", "11"), c!("nerac", "Nérac", "47"),
    c!("neufchateau", "Neufchâteau", "88"), c!("neuilly sur marne", "Neuilly-sur-Marne", "93"),
    c!("neuilly sur seine", "Neuilly-sur-Seine", "92"), c!("nevers", "Nevers", "58"),
    c!("nice", "Nice", "06"), c!("nimes", "Nîmes", "30"), c!("niort", "Niort", "79"),
    c!("nogent le rotrou", "Nogent-le-Rotrou", "28"),
    c!("nogent sur marne", "Nogent-sur-Marne", "94"),
    c!("nogent sur seine", "Nogent-sur-Seine", "10"), c!("noisiel", "Noisiel", "77"),
    c!("noisy le grand", "Noisy-le-Grand", "93"), c!("noisy le sec", "Noisy-le-Sec", "93"),
    c!("nontron", "Nontron", "24"), c!("noumea", "Nouméa", "988"), c!("nyons", "Nyons", "26"),
    c!("olivet", "Olivet", "45"), c!("oloron sainte marie", "Oloron-Sainte-Marie", "64"),
    c!("orange", "Orange", "84"), c!("orleans", "Orléans", "45"), c!("orsay", "Orsay", "91"),
    c!("orvault", "Orvault", "44"), c!("oullins", "Oullins", "69"), c!("oyonnax", "Oyonnax", "01"),
    c!("paita", "Païta", "988"), c!("palaiseau", "Palaiseau", "91"), c!("pamiers", "Pamiers", "09"),
    c!("pantin", "Pantin", "93"), c!("papeete", "Papeete", "987"), c!("paris", "Paris", "75"),
    c!("parthenay", "Parthenay", "79"), c!("pau", "Pau", "64"), c!("perigueux", "Périgueux", "24"),
    c!("peronne", "Péronne", "80"), c!("perpignan", "Perpignan", "66"),
    c!("pessac", "Pessac", "33"), c!("petit bourg", "Petit-Bourg", "971"),
    c!("pierrefitte sur seine", "Pierrefitte-sur-Seine", "93"), c!("pirae", "Pirae", "987"),
    c!("pithiviers", "Pithiviers", "45"), c!("pointe a pitre", "Pointe-à-Pitre", "971"),
    c!("poissy", "Poissy", "78"), c!("poitiers", "Poitiers", "86"),
    c!("pontarlier", "Pontarlier", "25"), c!("pontault combault", "Pontault-Combault", "77"),
    c!("pontivy", "Pontivy", "56"), c!("pontoise", "Pontoise", "95"), c!("prades", "Prades", "66"),
    c!("privas", "Privas", "07"), c!("provins", "Provins", "77"), c!("punaauia", "Punaauia", "987"),
    c!("puteaux", "Puteaux", "92"), c!("quimper", "Quimper", "29"),
    c!("quimperle", "Quimperlé", "29"), c!("rambouillet", "Rambouillet", "78"),
    c!("ramonville saint agne", "Ramonville-Saint-Agne", "31"), c!("redon", "Redon", "35"),
    c!("reims", "Reims", "51"), c!("remire montjoly", "Rémire-Montjoly", "973"),
    c!("rennes", "Rennes", "35"), c!("rethel", "Rethel", "08"), c!("reze", "Rezé", "44"),
    c!("rillieux la pape", "Rillieux-la-Pape", "69"), c!("riom", "Riom", "63"),
    c!("roanne", "Roanne", "42"), c!("rochechouart", "Rochechouart", "87"),
    c!("rochefort", "Rochefort", "17"), c!("rodez", "Rodez", "12"),
    c!("roissy en france", "Roissy-en-France", "95"), c!("romainville", "Romainville", "93"),
    c!("romans sur isere", "Romans-sur-Isère", "26"),
    c!("romorantin lanthenay", "Romorantin-Lanthenay", "41"),
    c!("rosny sous bois", "Rosny-sous-Bois", "93"), c!("roubaix", "Roubaix", "59"),
    c!("rouen", "Rouen", "76"), c!("royan", "Royan", "17"),
    c!("rueil malmaison", "Rueil-Malmaison", "92"), c!("rungis", "Rungis", "94"),
    c!("saclay", "Saclay", "91"), c!("saint amand montrond", "Saint-Amand-Montrond", "18"),
    c!("saint andre", "Saint-André", "974"), c!("saint benoit", "Saint-Benoît", "974"),
    c!("saint brieuc", "Saint-Brieuc", "22"), c!("saint chamond", "Saint-Chamond", "42"),
    c!("saint claude", "Saint-Claude", "39"), c!("saint cloud", "Saint-Cloud", "92"),
    c!("saint denis", "Saint-Denis", "93"),
    c!("saint die des vosges", "Saint-Dié-des-Vosges", "88"),
    c!("saint dizier", "Saint-Dizier", "52"), c!("saint etienne", "Saint-Étienne", "42"),
    c!("saint etienne du rouvray", "Saint-Étienne-du-Rouvray", "76"),
    c!("saint flour", "Saint-Flour", "15"), c!("saint gaudens", "Saint-Gaudens", "31"),
    c!("saint germain en laye", "Saint-Germain-en-Laye", "78"),
    c!("saint girons", "Saint-Girons", "09"), c!("saint herblain", "Saint-Herblain", "44"),
    c!("saint jean d angely", "Saint-Jean-d'Angély", "17"),
    c!("saint jean de maurienne", "Saint-Jean-de-Maurienne", "73"),
    c!("saint joseph", "Saint-Joseph", "974"),
    c!("saint julien en genevois", "Saint-Julien-en-Genevois", "74"),
    c!("saint laurent du maroni", "Saint-Laurent-du-Maroni", "973"),
    c!("saint leu", "Saint-Leu", "974"), c!("saint lo", "Saint-Lô", "50"),
    c!("saint louis", "Saint-Louis", "974"), c!("saint malo", "Saint-Malo", "35"),
    c!("saint mande", "Saint-Mandé", "94"),
    c!("saint martin d heres", "Saint-Martin-d'Hères", "38"),
    c!("saint maur des fosses", "Saint-Maur-des-Fossés", "94"),
    c!("saint nazaire", "Saint-Nazaire", "44"), c!("saint omer", "Saint-Omer", "62"),
    c!("saint ouen", "Saint-Ouen", "93"), c!("saint ouen sur seine", "Saint-Ouen-sur-Seine", "93"),
    c!("saint paul", "Saint-Paul", "974"), c!("saint pierre", "Saint-Pierre", "972"),
    c!("saint pierre des corps", "Saint-Pierre-des-Corps", "37"),
    c!("saint priest", "Saint-Priest", "69"), c!("saint quentin", "Saint-Quentin", "02"),
    c!("saint quentin en yvelines", "Saint-Quentin-en-Yvelines", "78"),
    c!("saint raphael", "Saint-Raphaël", "83"),
    c!("saint sebastien sur loire", "Saint-Sébastien-sur-Loire", "44"),
    c!("sainte anne", "Sainte-Anne", "971"),
    c!("sainte genevieve des bois", "Sainte-Geneviève-des-Bois", "91"),
    c!("sainte marie", "Sainte-Marie", "974"), c!("sainte menehould", "Sainte-Menehould", "51"),
    c!("sainte suzanne", "Sainte-Suzanne", "974"), c!("saintes", "Saintes", "17"),
    c!("salon de provence", "Salon-de-Provence", "13"), c!("sarcelles", "Sarcelles", "95"),
    c!("sarlat la caneda", "Sarlat-la-Canéda", "24"), c!("sarrebourg", "Sarrebourg", "57"),
    c!("sarreguemines", "Sarreguemines", "57"), c!("sartene", "Sartène", "2A"),
    c!("sartrouville", "Sartrouville", "78"), c!("saumur", "Saumur", "49"),
    c!("saverne", "Saverne", "67"), c!("savigny le temple", "Savigny-le-Temple", "77"),
    c!("savigny sur orge", "Savigny-sur-Orge", "91"), c!("schiltigheim", "Schiltigheim", "67"),
    c!("schoelcher", "Schœlcher", "972"), c!("sedan", "Sedan", "08"), c!("segre", "Segré", "49"),
    c!("selestat", "Sélestat", "67"), c!("senlis", "Senlis", "60"), c!("sens", "Sens", "89"),
    c!("sete", "Sète", "34"), c!("sevran", "Sevran", "93"), c!("sevres", "Sèvres", "92"),
    c!("six fours les plages", "Six-Fours-les-Plages", "83"), c!("soissons", "Soissons", "02"),
    c!("sophia antipolis", "Sophia Antipolis", "06"),
    c!("sotteville les rouen", "Sotteville-lès-Rouen", "76"), c!("strasbourg", "Strasbourg", "67"),
    c!("sucy en brie", "Sucy-en-Brie", "94"), c!("suresnes", "Suresnes", "92"),
    c!("taiohae", "Taiohae", "987"), c!("talence", "Talence", "33"), c!("tarbes", "Tarbes", "65"),
    c!("taverny", "Taverny", "95"), c!("thann", "Thann", "68"), c!("thiais", "Thiais", "94"),
    c!("thiers", "Thiers", "63"), c!("thionville", "Thionville", "57"),
    c!("thonon les bains", "Thonon-les-Bains", "74"), c!("torcy", "Torcy", "77"),
    c!("toul", "Toul", "54"), c!("toulon", "Toulon", "83"), c!("toulouse", "Toulouse", "31"),
    c!("tourcoing", "Tourcoing", "59"), c!("tournefeuille", "Tournefeuille", "31"),
    c!("tournon sur rhone", "Tournon-sur-Rhône", "07"), c!("tours", "Tours", "37"),
    c!("trappes", "Trappes", "78"), c!("tremblay en france", "Tremblay-en-France", "93"),
    c!("troyes", "Troyes", "10"), c!("tulle", "Tulle", "19"), c!("ussel", "Ussel", "19"),
    c!("uturoa", "Uturoa", "987"), c!("valbonne", "Valbonne", "06"), c!("valence", "Valence", "26"),
    c!("valenciennes", "Valenciennes", "59"),
    c!("vandoeuvre les nancy", "Vandœuvre-lès-Nancy", "54"), c!("vannes", "Vannes", "56"),
    c!("vanves", "Vanves", "92"), c!("vaulx en velin", "Vaulx-en-Velin", "69"),
    c!("velizy villacoublay", "Vélizy-Villacoublay", "78"), c!("vendome", "Vendôme", "41"),
    c!("venissieux", "Vénissieux", "69"), c!("verdun", "Verdun", "55"),
    c!("vernon", "Vernon", "27"), c!("versailles", "Versailles", "78"),
    c!("vervins", "Vervins", "02"), c!("vesoul", "Vesoul", "70"), c!("vichy", "Vichy", "03"),
    c!("vienne", "Vienne", "38"), c!("vierzon", "Vierzon", "18"),
    c!("villefranche de rouergue", "Villefranche-de-Rouergue", "12"),
    c!("villefranche sur saone", "Villefranche-sur-Saône", "69"),
    c!("villejuif", "Villejuif", "94"), c!("villenave d ornon", "Villenave-d'Ornon", "33"),
    c!("villeneuve d ascq", "Villeneuve-d'Ascq", "59"),
    c!("villeneuve la garenne", "Villeneuve-la-Garenne", "92"),
    c!("villeneuve saint georges", "Villeneuve-Saint-Georges", "94"),
    c!("villeneuve sur lot", "Villeneuve-sur-Lot", "47"), c!("villepinte", "Villepinte", "93"),
    c!("villeurbanne", "Villeurbanne", "69"), c!("villiers le bel", "Villiers-le-Bel", "95"),
    c!("vincennes", "Vincennes", "94"), c!("vire", "Vire", "14"),
    c!("viry chatillon", "Viry-Châtillon", "91"), c!("vitre", "Vitré", "35"),
    c!("vitrolles", "Vitrolles", "13"), c!("vitry le francois", "Vitry-le-François", "51"),
    c!("vitry sur seine", "Vitry-sur-Seine", "94"), c!("voiron", "Voiron", "38"),
    c!("vouziers", "Vouziers", "08"), c!("wattrelos", "Wattrelos", "59"),
    c!("yssingeaux", "Yssingeaux", "43"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_folded() {
        for w in CITIES.windows(2) {
            assert!(w[0].key < w[1].key, "{} !< {}", w[0].key, w[1].key);
        }
        for c in CITIES {
            assert_eq!(crate::text::fold(c.name).replace(['-', '\''], " "), c.key);
        }
        for k in list(AMBIGUOUS) {
            assert!(lookup(k).is_some(), "{k}");
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(lookup("paris").unwrap().name, "Paris");
        assert_eq!(lookup("saint-etienne").unwrap().name, "Saint-Étienne");
        assert_eq!(
            lookup("villeneuve-d'ascq").unwrap().name,
            "Villeneuve-d'Ascq"
        );
        assert_eq!(lookup("pointe a pitre").unwrap().name, "Pointe-à-Pitre");
        assert_eq!(lookup("cayenne").unwrap().department, "973");
        assert!(lookup("pari").is_none());
        assert!(lookup("").is_none());
        let t = "basee a saint-denis (la reunion)";
        let at = t.find("saint").unwrap();
        let (c, end) = match_at(t, at, "").unwrap();
        assert_eq!((c.name, &t[end..end + 2]), ("Saint-Denis", " ("));
        assert!(match_at("paris-saclay", 0, "").is_none());
        assert_eq!(match_at("havre.", 0, "le ").unwrap().0.name, "Le Havre");
        assert_eq!(match_at("la defense,", 0, "").unwrap().0.name, "La Défense");
        assert_eq!(demonym("parisiens").unwrap().name, "Paris");
        assert!(demonym("parisianisme").is_none());
        assert!(is_ambiguous(lookup("orange").unwrap()));
        assert!(!is_ambiguous(lookup("lyon").unwrap()));
    }
}
