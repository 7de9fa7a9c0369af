//! Technologies named in a job posting ("Rust", "PostgreSQL", "React"). Works on the
//! original bytes (technology names are ASCII), folding ASCII case on the fly, so it needs
//! no `Folded` text.

use crate::text::Hit;

/// Needs another technology nearby (same line, a few words away): "Go", "R", "Vue".
const WEAK: u8 = 1;
/// Needs a capital first letter in the original ("Rails", "Express", "Swift").
const CAP: u8 = 2;

/// May start a name of several words ([`TECH_PHRASES`]).
const PHRASE: u8 = 4;
/// Checked by hand: "Go", "R", "REST".
const SPECIAL: u8 = 8;

/// Technology tokens sorted by key (lower case ASCII; checked when compiling): key,
/// normalised name, flags. An empty name only starts a phrase ("open" in "Open edX").
#[rustfmt::skip]
static TECH: [(&str, &str, u8); 212] = [
    (".net", ".NET", 0), ("adobe", "", PHRASE), ("airflow", "Airflow", 0),
    ("airtable", "Airtable", 0), ("android", "Android", WEAK), ("angular", "Angular", 0),
    ("angularjs", "Angular", 0), ("ansible", "Ansible", 0), ("apache", "", PHRASE),
    ("api", "", PHRASE), ("asp.net", ".NET", 0), ("aws", "AWS", 0), ("azure", "Azure", 0),
    ("bash", "Bash", WEAK), ("bootstrap", "Bootstrap", 0), ("c#", "C#", 0), ("c++", "C++", 0),
    ("cassandra", "Cassandra", WEAK), ("chart.js", "Chart.js", 0), ("chartjs", "Chart.js", 0),
    ("ci", "", PHRASE), ("circleci", "CircleCI", 0), ("ckan", "CKAN", 0),
    ("clever", "", PHRASE), ("clojure", "Clojure", 0), ("csharp", "C#", 0), ("css", "CSS", 0),
    ("css3", "CSS", 0), ("cypress", "Cypress", 0), ("d3", "D3.js", WEAK), ("d3.js", "D3.js", 0),
    ("d3js", "D3.js", 0), ("dash", "Dash", WEAK | CAP), ("dbt", "dbt", WEAK),
    ("debian", "Debian", 0), ("deno", "Deno", WEAK), ("django", "Django", 0),
    ("docker", "Docker", 0), ("dotnet", ".NET", 0), ("drupal", "Drupal", 0),
    ("dsfr", "DSFR", 0), ("ecmascript", "JavaScript", 0), ("ejs", "EJS", 0),
    ("elastic", "", PHRASE), ("elasticsearch", "Elasticsearch", 0), ("elixir", "Elixir", WEAK),
    ("elk", "ELK", WEAK), ("ember", "Ember.js", WEAK | CAP), ("ember.js", "Ember.js", 0),
    ("emberjs", "Ember.js", 0), ("erlang", "Erlang", 0), ("es6", "JavaScript", 0),
    ("express", "Express", WEAK | CAP), ("express.js", "Express", 0),
    ("expressjs", "Express", 0), ("fastapi", "FastAPI", 0), ("figma", "Figma", 0),
    ("firebase", "Firebase", 0), ("flask", "Flask", 0), ("flutter", "Flutter", 0),
    ("gcp", "Google Cloud", 0), ("gdal", "GDAL", 0), ("git", "Git", 0), ("github", "GitHub", 0),
    ("gitlab", "GitLab", 0), ("go", "Go", WEAK | SPECIAL), ("golang", "Go", 0),
    ("google", "", PHRASE), ("grafana", "Grafana", 0), ("graphql", "GraphQL", 0),
    ("grist", "Grist", 0), ("hadoop", "Hadoop", 0), ("haskell", "Haskell", 0),
    ("hasura", "Hasura", 0), ("helm", "Helm", WEAK | CAP), ("heroku", "Heroku", 0),
    ("hotwire", "Hotwire", 0), ("html", "HTML", 0), ("html5", "HTML", 0), ("ios", "iOS", WEAK),
    ("java", "Java", 0), ("javascript", "JavaScript", 0), ("jenkins", "Jenkins", WEAK),
    ("jest", "Jest", WEAK), ("joomla", "Joomla", 0), ("jquery", "jQuery", 0),
    ("js", "JavaScript", 0), ("jupyter", "Jupyter", 0), ("k8s", "Kubernetes", 0),
    ("kafka", "Kafka", 0), ("keras", "Keras", 0), ("keycloak", "Keycloak", 0),
    ("kibana", "Kibana", 0), ("kotlin", "Kotlin", 0), ("kubernetes", "Kubernetes", 0),
    ("laravel", "Laravel", 0), ("ldap", "LDAP", 0), ("leaflet", "Leaflet", 0),
    ("linux", "Linux", 0), ("lua", "Lua", WEAK | CAP), ("mapbox", "Mapbox", 0),
    ("maplibre", "MapLibre", 0), ("mariadb", "MariaDB", 0), ("matlab", "MATLAB", 0),
    ("matomo", "Matomo", 0), ("metabase", "Metabase", 0), ("mongo", "MongoDB", WEAK),
    ("mongodb", "MongoDB", 0), ("moodle", "Moodle", 0), ("mysql", "MySQL", 0),
    ("neo4j", "Neo4j", 0), ("nest.js", "NestJS", 0), ("nestjs", "NestJS", 0),
    ("netlify", "Netlify", 0), ("next.js", "Next.js", 0), ("nextcloud", "Nextcloud", 0),
    ("nextjs", "Next.js", 0), ("nginx", "Nginx", 0), ("node", "Node.js", PHRASE),
    ("node.js", "Node.js", 0), ("nodejs", "Node.js", 0), ("nosql", "NoSQL", 0),
    ("numpy", "NumPy", 0), ("nuxt", "Nuxt", 0), ("nuxt.js", "Nuxt", 0), ("nuxtjs", "Nuxt", 0),
    ("ocaml", "OCaml", 0), ("open", "", PHRASE), ("openapi", "OpenAPI", 0),
    ("openedx", "Open edX", 0), ("openlayers", "OpenLayers", 0),
    ("opensearch", "OpenSearch", 0), ("openstack", "OpenStack", 0), ("ovh", "OVHcloud", 0),
    ("ovhcloud", "OVHcloud", 0), ("pandas", "Pandas", WEAK), ("perl", "Perl", WEAK),
    ("pg", "PostgreSQL", WEAK | CAP), ("phoenix", "Phoenix", WEAK | CAP), ("php", "PHP", 0),
    ("playwright", "Playwright", 0), ("plotly", "Plotly", 0), ("postgis", "PostGIS", 0),
    ("postgre", "PostgreSQL", 0), ("postgres", "PostgreSQL", 0),
    ("postgresql", "PostgreSQL", 0), ("power", "", PHRASE), ("prometheus", "Prometheus", WEAK),
    ("psql", "PostgreSQL", 0), ("pyspark", "Spark", WEAK | CAP), ("python", "Python", 0),
    ("python3", "Python", 0), ("pytorch", "PyTorch", 0), ("qgis", "QGIS", 0),
    ("r", "R", WEAK | SPECIAL), ("rabbitmq", "RabbitMQ", 0), ("rails", "Ruby on Rails", CAP),
    ("react", "React", PHRASE), ("react.js", "React", 0), ("reactjs", "React", 0),
    ("redis", "Redis", 0), ("redux", "Redux", 0), ("rest", "REST", SPECIAL | PHRASE),
    ("restful", "REST", 0), ("ror", "Ruby on Rails", CAP | WEAK), ("rspec", "RSpec", 0),
    ("ruby", "Ruby", PHRASE), ("rust", "Rust", 0), ("sass", "Sass", 0), ("scala", "Scala", 0),
    ("scalingo", "Scalingo", 0), ("scikit", "", PHRASE), ("scipy", "SciPy", 0),
    ("scss", "Sass", 0), ("selenium", "Selenium", 0), ("sentry", "Sentry", 0),
    ("sketch", "Sketch", WEAK | CAP), ("sklearn", "scikit-learn", 0),
    ("spark", "Spark", WEAK | CAP), ("spring", "Spring", WEAK | CAP | PHRASE),
    ("spss", "SPSS", 0), ("sql", "SQL", 0), ("sqlite", "SQLite", 0), ("stata", "Stata", WEAK),
    ("stimulus", "Stimulus", WEAK | CAP), ("storybook", "Storybook", 0),
    ("strapi", "Strapi", 0), ("streamlit", "Streamlit", 0), ("supabase", "Supabase", 0),
    ("svelte", "Svelte", WEAK), ("sveltekit", "Svelte", WEAK), ("swagger", "Swagger", 0),
    ("swift", "Swift", WEAK | CAP), ("symfony", "Symfony", 0), ("tailwind", "Tailwind", 0),
    ("tailwindcss", "Tailwind", 0), ("tensorflow", "TensorFlow", 0),
    ("terraform", "Terraform", 0), ("ts", "TypeScript", WEAK | CAP),
    ("typescript", "TypeScript", 0), ("ubuntu", "Ubuntu", 0), ("vanillajs", "JavaScript", 0),
    ("vercel", "Vercel", 0), ("vue", "Vue.js", WEAK | PHRASE), ("vue.js", "Vue.js", 0),
    ("vue2", "Vue.js", 0), ("vue3", "Vue.js", 0), ("vuejs", "Vue.js", 0),
    ("webpack", "webpack", 0), ("wordpress", "WordPress", 0), ("xslt", "XSLT", 0),
    ("zabbix", "Zabbix", 0),
];

/// The slot of a first byte in [`INDEX`]: a–z, 0–9, '.'.
const fn slot(b: u8) -> usize {
    match b {
        b'a'..=b'z' => (b - b'a') as usize,
        b'0'..=b'9' => 26 + (b - b'0') as usize,
        _ => 36,
    }
}

/// For each first byte: the range of [`TECH`] entries and the set of their key lengths,
/// so that most words are rejected with one table read.
// `i as u16` cannot truncate: the table has fewer than 2^16 entries (asserted).
#[allow(clippy::cast_possible_truncation)]
static INDEX: [(u16, u16, u16); 37] = {
    let mut index = [(0u16, 0u16, 0u16); 37];
    let mut i = 0;
    while i < TECH.len() {
        let key = TECH[i].0.as_bytes();
        if i > 0 {
            // Sorted, byte by byte.
            let prev = TECH[i - 1].0.as_bytes();
            let mut k = 0;
            while k < prev.len() && k < key.len() && prev[k] == key[k] {
                k += 1;
            }
            assert!(
                k < key.len() && (k == prev.len() || prev[k] < key[k]),
                "TECH is not sorted"
            );
        }
        assert!(key.len() < 16 && TECH.len() < 1 << 16);
        let s = slot(key[0]);
        if index[s].2 == 0 {
            index[s].0 = i as u16;
        }
        index[s].1 = i as u16 + 1;
        index[s].2 |= 1 << key.len();
        i += 1;
    }
    index
};

/// For each pair of first two bytes (slots of [`slot`], 36 for "none"): the set of key
/// lengths in [`TECH`]. Almost every French word is rejected by this one read.
static PAIRS: [u16; 37 * 37] = {
    let mut pairs = [0u16; 37 * 37];
    let mut i = 0;
    while i < TECH.len() {
        let key = TECH[i].0.as_bytes();
        let second = if key.len() > 1 { slot(key[1]) } else { 36 };
        pairs[slot(key[0]) * 37 + second] |= 1 << key.len();
        i += 1;
    }
    pairs
};

/// The entry of a token (any case), if it is in [`TECH`].
fn lookup(token: &[u8]) -> Option<(&'static str, u8)> {
    if token.is_empty() || token.len() >= 16 {
        return None;
    }
    let first = slot(token[0].to_ascii_lowercase());
    let second = token.get(1).map_or(36, |&b| slot(b.to_ascii_lowercase()));
    if PAIRS[first * 37 + second] & (1 << token.len()) == 0 {
        return None;
    }
    let mut buf = [0u8; 16];
    let lower = &mut buf[..token.len()];
    lower.copy_from_slice(token);
    lower.make_ascii_lowercase();
    let (from, to, _) = INDEX[first];
    let entries = &TECH[usize::from(from)..usize::from(to)];
    let found = entries
        .binary_search_by(|(key, _, _)| key.as_bytes().cmp(lower))
        .ok()?;
    Some((entries[found].1, entries[found].2))
}

/// Names of more than one word, keyed by their first word: (first, rest, name).
const TECH_PHRASES: [(&str, &str, &str); 18] = [
    ("ruby", " on rails", "Ruby on Rails"),
    ("ruby", "-on-rails", "Ruby on Rails"),
    ("node", " js", "Node.js"),
    ("vue", " js", "Vue.js"),
    ("react", " native", "React Native"),
    ("spring", " boot", "Spring"),
    ("open", " edx", "Open edX"),
    ("google", " cloud", "Google Cloud"),
    ("clever", " cloud", "Clever Cloud"),
    ("power", " bi", "Power BI"),
    ("ci", "/cd", "CI/CD"),
    ("scikit", "-learn", "scikit-learn"),
    ("elastic", " search", "Elasticsearch"),
    ("adobe", " xd", "Adobe XD"),
    ("apache", " spark", "Spark"),
    ("apache", " kafka", "Kafka"),
    ("api", " rest", "REST"),
    ("rest", " api", "REST"),
];

struct TechHit {
    name: &'static str,
    start: usize,
    end: usize,
    weak: bool,
}

fn is_tech_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Byte classes for the tokenizer.
const ALNUM: u8 = 1;
/// A byte of a non-ASCII letter (accented words never match a technology).
const HIGH: u8 = 2;
/// The first byte of a punctuation or symbol character of this many bytes: U+0080–U+00BF
/// (no-break space, «, », ·), U+2000–U+2FFF (’, “, …, –, €), emoji.
const SEP2: u8 = 4;
const SEP3: u8 = 8;
const SEP4: u8 = 16;

static CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b: u8 = 0;
    loop {
        class[b as usize] = match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => ALNUM,
            0xc2 => SEP2,
            0xe2 => SEP3,
            0xf0..=0xf4 => SEP4,
            0x80.. => HIGH,
            _ => 0,
        };
        if b == u8::MAX {
            break class;
        }
        b += 1;
    }
};

/// The length of the punctuation character at `i`, or 0 for a letter or ASCII.
fn non_letter_len(by: &[u8], i: usize) -> usize {
    match CLASS[usize::from(by[i])] {
        SEP2 => 2,
        SEP3 => 3,
        SEP4 => 4,
        _ => 0,
    }
}

/// The end of the token starting at `start`: letters and digits (accented letters too,
/// so French words never match), inner dots ("Vue.js"), "#"/"++" after C. Also says
/// whether the token is ASCII and whether it has a dot.
fn token_end(by: &[u8], start: usize) -> (usize, bool, bool) {
    let mut e = start + usize::from(by[start] == b'.');
    let (mut seen, mut dot) = (0, e > start);
    loop {
        // Fast path: lower-case ASCII letters, most of any text.
        while e < by.len() && by[e].wrapping_sub(b'a') < 26 {
            e += 1;
        }
        let Some(&x) = by.get(e) else { break };
        let class = CLASS[usize::from(x)];
        if class & (ALNUM | HIGH) != 0 {
            seen |= class;
            e += 1;
        } else if x == b'.' && by.get(e + 1).is_some_and(u8::is_ascii_alphanumeric) {
            dot = true;
            e += 1;
        } else if (x == b'#' || x == b'+')
            && matches!(&by[start..e], [b'c' | b'C'] | [b'c' | b'C', b'+'])
        {
            e += 1;
        } else {
            break;
        }
    }
    (e, seen & HIGH == 0, dot)
}

/// Whether the token `start..end` (`dot`: it has a dot) is part of a URL, an e-mail
/// address or a path.
fn in_address(by: &[u8], start: usize, end: usize, dot: bool) -> bool {
    let next = by.get(end).copied();
    let prev = if start > 0 { by[start - 1] } else { b' ' };
    if dot {
        return next == Some(b'/') || next == Some(b'@') || prev == b'/' || prev == b'@' || {
            let t = &by[start..end];
            t.len() >= 4 && t[..4].eq_ignore_ascii_case(b"www.")
        };
    }
    next == Some(b'@')
        || prev == b'@'
        || (next == Some(b':')
            && end - start >= 4
            && by[start..start + 4].eq_ignore_ascii_case(b"http"))
}

/// Scan `text` for technology names, skipping URLs, e-mail addresses and file paths.
/// `relaxed` (a front matter value) accepts weak names without context.
fn scan_tech(text: &str, relaxed: bool) -> Vec<TechHit> {
    let by = text.as_bytes();
    let mut out: Vec<TechHit> = Vec::new();
    let mut i = 0;
    while i < by.len() {
        let c = by[i];
        let class = CLASS[usize::from(c)];
        if class != ALNUM {
            let dot_net = c == b'.'
                && (i == 0 || !is_tech_byte(by[i - 1]))
                && by
                    .get(i + 1..i + 4)
                    .is_some_and(|s| s.eq_ignore_ascii_case(b"net"))
                && !by.get(i + 4).is_some_and(|&n| is_tech_byte(n));
            if !dot_net {
                // Skip punctuation; a non-ASCII letter starts a word that cannot match.
                i += match class {
                    HIGH => token_end(by, i).0 - i,
                    0 | ALNUM => 1,
                    _ => non_letter_len(by, i),
                };
                continue;
            }
        }
        let start = i;
        let (mut e, ascii, dot) = token_end(by, start);
        if in_address(by, start, e, dot) {
            while e < by.len() && !b" \n\t)]>\"".contains(&by[e]) {
                e += 1;
            }
            i = e;
            continue;
        }
        i = e;
        let token = &by[start..e];
        if !ascii {
            continue;
        }
        let Some((name, flags)) = lookup(token) else {
            continue;
        };
        // Longer names first.
        let phrase =
            TECH_PHRASES
                .iter()
                .filter(|_| flags & PHRASE != 0)
                .find(|(first, rest, _)| {
                    first.as_bytes().eq_ignore_ascii_case(token)
                        && by
                            .get(e..e + rest.len())
                            .is_some_and(|s| s.eq_ignore_ascii_case(rest.as_bytes()))
                        && !by.get(e + rest.len()).is_some_and(|&n| is_tech_byte(n))
                });
        if let Some(&(_, rest, name)) = phrase {
            out.push(TechHit {
                name,
                start,
                end: e + rest.len(),
                weak: false,
            });
            i = e + rest.len();
            continue;
        }
        let entry = if flags & SPECIAL != 0 {
            match name {
                // "Go" the language, not the verb or the gigabyte ("10 Go").
                "Go" => token == b"Go" && !is_number(prev_token(by, start)),
                // "R" the language, not a letter of "R&D", "développeu.r.euse", "Art. R. 12".
                "R" => {
                    token == b"R"
                        && !matches!(by.get(e), Some(b'&' | b'\'' | b'.' | b'-' | 0x80..))
                        && !(start > 0 && matches!(by[start - 1], b'.' | b'-' | b'\'' | b'&'))
                }
                _ => token == b"REST",
            }
            .then_some((name, flags))
        } else {
            (!name.is_empty()).then_some((name, flags))
        };
        let Some((name, flags)) = entry else { continue };
        if !relaxed
            && ((flags & CAP != 0 && !token[0].is_ascii_uppercase())
                || (name == "Vue.js" && token.len() == 3 && french_vue(by, start, e))
                || (matches!(name, "GitHub" | "GitLab") && application_context(by, start)))
        {
            continue;
        }
        out.push(TechHit {
            name,
            start,
            end: e,
            weak: flags & WEAK != 0 && !relaxed,
        });
    }
    // Weak names need a strong one on the same line, close by.
    let strong: Vec<(usize, usize)> = out
        .iter()
        .filter(|h| !h.weak)
        .map(|h| (h.start, h.end))
        .collect();
    out.retain(|h| {
        !h.weak
            || strong.iter().any(|&(s, e)| {
                let (a, z) = if s < h.start {
                    (e, h.start)
                } else {
                    (h.end, s)
                };
                a <= z && z - a <= 100 && !by[a..z].contains(&b'\n')
            })
    });
    out
}

fn is_number(token: &[u8]) -> bool {
    !token.is_empty() && token.iter().all(u8::is_ascii_digit)
}

fn prev_token(by: &[u8], start: usize) -> &[u8] {
    let mut e = start;
    while e > 0 && matches!(by[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && is_tech_byte(by[s - 1]) {
        s -= 1;
    }
    &by[s..e]
}

fn next_token(by: &[u8], end: usize) -> &[u8] {
    let mut s = end;
    while s < by.len() && matches!(by[s], b' ' | b'\t') {
        s += 1;
    }
    let mut e = s;
    while e < by.len() && is_tech_byte(by[e]) {
        e += 1;
    }
    &by[s..e]
}

/// "point de vue", "en vue de", "vue d'ensemble": the French word.
fn french_vue(by: &[u8], start: usize, end: usize) -> bool {
    let prev = prev_token(by, start).to_ascii_lowercase();
    let next = next_token(by, end).to_ascii_lowercase();
    let is = |w: &[u8], list: &str| list.split('|').any(|x| x.as_bytes() == w);
    is(
        &prev,
        "de|en|une|la|sa|ma|ta|notre|votre|bonne|point|cette|leur|vos|des",
    ) || is(&next, "d|de|des|du|sur|ensemble|the|of")
        || matches!(by.get(end), Some(b'\'' | 0xe2))
}

/// "envoyez votre CV et votre GitHub": a profile link, not a technology of the job.
fn application_context(by: &[u8], start: usize) -> bool {
    let from = by[..start]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1)
        .max(start.saturating_sub(200));
    let to = by[start..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(by.len(), |p| start + p)
        .min(start + 200);
    let line = by[from..to].to_ascii_lowercase();
    let has = |n: &[u8]| memchr::memmem::find(&line, n).is_some();
    [
        "cv",
        "envoy",
        "candidat",
        "portfolio",
        "linkedin",
        "references",
        "références",
    ]
    .iter()
    .any(|w| has(w.as_bytes()))
        || matches!(
            prev_token(by, start).to_ascii_lowercase().as_slice(),
            b"votre" | b"ton" | b"vos" | b"tes" | b"your"
        )
}

/// Find technologies named in prose, normalised ("Vue.JS" → "Vue.js"), one hit per name
/// at its first mention, in text order. URLs, e-mail addresses and paths are skipped.
/// Ambiguous names ("Go", "R", "Vue", "Spring", "Express") count only next to another
/// technology on the same line; "Rails", "Swift" only with a capital; "GitHub" in "send
/// us your CV and GitHub" is not a technology of the job.
pub(crate) fn find_tech(text: &str) -> Vec<Hit<&'static str>> {
    let mut out: Vec<Hit<&'static str>> = Vec::new();
    for h in scan_tech(text, false) {
        if !out.iter().any(|o| o.value == h.name) {
            out.push(Hit::new(h.name, h.start, h.end));
        }
    }
    out
}

/// The technologies of a front matter `techno` value ("Flask / Vue.JS", "Ruby on Rails,
/// React", "python;django", a list item), deduplicated in order. The field is about
/// technologies, so ambiguous names need no context here.
pub(crate) fn tech_from_value(value: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for h in scan_tech(value, true) {
        if !out.contains(&h.name) {
            out.push(h.name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::facts::tester::test_rule;

    /// Every technology named in `text`, once each, in the order written.
    fn tech(text: &str) -> Option<Vec<&'static str>> {
        let names: Vec<&'static str> = find_tech(text).into_iter().map(|h| h.value).collect();
        (!names.is_empty()).then_some(names)
    }

    /// Technologies named in prose, normalised.
    #[rustfmt::skip]
    const PASS: &[(&str, &[&str])] = &[
        ("Savoir utiliser l’outil Git.", &["Git"]),
        (
            "Vous êtes à l'aise en **Python** (beaucoup) et **Javascript** (un peu) ; vos \
             frameworks préférés sont **Flask** et **VueJS** ;",
            &["Python", "JavaScript", "Flask", "Vue.js"],
        ),
        ("Stack : Vue.JS, Node.JS, Postgres", &["Vue.js", "Node.js", "PostgreSQL"]),
        (
            "un framework web moderne (NodeJS, Rails, Symfony, Laravel, Django/Flask…)",
            &["Node.js", "Ruby on Rails", "Symfony", "Laravel", "Django", "Flask"],
        ),
        ("Ruby on rails, Postgresql, ReactJS", &["Ruby on Rails", "PostgreSQL", "React"]),
        ("un·e lead dev Rails", &["Ruby on Rails"]),
        ("React-Redux et Docker", &["React", "Redux", "Docker"]),
        ("Python, Go et Rust", &["Python", "Go", "Rust"]),
        ("Analyse de données en R et Python", &["R", "Python"]),
        (
            "back en node, front en angular, react ou vue, BDD mongo ou postgre",
            &["Node.js", "Angular", "React", "Vue.js", "MongoDB", "PostgreSQL"],
        ),
        ("C#, .NET et C++", &["C#", ".NET", "C++"]),
        ("Kubernetes (k8s), Terraform, CI/CD", &["Kubernetes", "Terraform", "CI/CD"]),
        ("Une API REST en Django", &["REST", "Django"]),
        ("Node et Express pour le back", &["Node.js", "Express"]),
        ("scikit-learn, Pandas, Jupyter", &["scikit-learn", "Pandas", "Jupyter"]),
        ("Javascript ES5/ES6", &["JavaScript"]),
    ];

    /// Short names in their everyday sense, addresses, profile links.
    const FAIL: &[&str] = &[
        "On y go !",
        "Un disque de 10 Go",
        "Go to the page",
        "La R&D du ministère",
        "un.e développeu.r.euse",
        "Remettre le projet sur les rails de sécurité",
        "Réactivité et capacité à réagir",
        "Un stage au printemps, spring break",
        "Une démarche digitale",
        "Livraison express des colis",
        "Un point de vue technique",
        "En vue de la mise en production",
        "Une vue d'ensemble",
        "Voir https://github.com/betagouv/dashboard-react et www.react.fr",
        "Écrire à contact@python.org",
        "Envoyez votre CV / LinkedIn / GitHub à l'adresse",
        "a swift response",
        "Le reste de l'équipe",
        "Le programme Spring 2021 accueille dix équipes.",
        "Une vue sur la Seine depuis nos bureaux.",
        "Notre dépôt est sur https://gitlab.com/equipe/outil",
        "Une API pour les collectivités.",
    ];

    #[test]
    fn tech_in_prose() {
        test_rule("tech", None, tech, PASS, FAIL);
    }

    /// Front matter `techno` values: ambiguous names need no context there.
    #[rustfmt::skip]
    const VALUES: &[(&str, &[&str])] = &[
        ("Flask / Vue.JS ", &["Flask", "Vue.js"]),
        ("Ruby on Rails, React", &["Ruby on Rails", "React"]),
        ("python;django", &["Python", "Django"]),
        (
            "Stack Javascript (React) + ElasticSearch",
            &["JavaScript", "React", "Elasticsearch"],
        ),
        (
            "Python, JS (React, Node.js), PostgreSQL/API Rest.",
            &["Python", "JavaScript", "React", "Node.js", "PostgreSQL", "REST"],
        ),
        ("Elixir (Phoenix) / Rust", &["Elixir", "Phoenix", "Rust"]),
        ("Ember.JS / Node.JS", &["Ember.js", "Node.js"]),
        ("Python / Open edX", &["Python", "Open edX"]),
        ("Django-Python", &["Django", "Python"]),
        ("Go", &["Go"]),
        ("vue", &["Vue.js"]),
        ("(s)css", &["CSS"]),
    ];

    /// Values that name no technology.
    const NOT_VALUES: &[&str] = &[
        "Choix libre",
        "Choix technologiques ouverts parmi les solutions libres du marché",
        "",
        "À définir avec l'équipe",
        "Libre choix de la stack",
        "Non précisé",
        "Open source",
        "Technologies web",
        "-",
    ];

    #[test]
    fn tech_front_matter_values() {
        let read = |value: &str| {
            let names = tech_from_value(value);
            (!names.is_empty()).then_some(names)
        };
        test_rule("tech values", None, read, VALUES, NOT_VALUES);
    }

    #[test]
    fn tech_hits_are_deduplicated_with_spans() {
        let text = "Python, Django et encore Python.";
        let h = find_tech(text);
        assert_eq!(
            h.iter().map(|h| h.value).collect::<Vec<_>>(),
            ["Python", "Django"]
        );
        assert_eq!(&text[h[0].start..h[0].end], "Python");
        assert_eq!(&text[h[1].start..h[1].end], "Django");
    }
}
