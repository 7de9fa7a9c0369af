//! Small linear scanners: bare URLs, e-mail addresses, HTML tags and entities.
//!
//! None of them backtracks: each byte is looked at a bounded number of times.

use std::sync::LazyLock;

use memchr::memmem;

/// The searcher for `http`, built once.
static HTTP: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"http"));

/// Bytes allowed in the local part of an address (RFC-ish: `[A-Za-z0-9._%+-]`).
fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// Bytes allowed in a domain.
fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// Whether `domain` has at least two non-empty labels and a TLD of 2+ letters.
fn valid_domain(domain: &[u8]) -> bool {
    let Some(dot) = memchr::memrchr(b'.', domain) else {
        return false;
    };
    let tld = &domain[dot + 1..];
    tld.len() >= 2
        && tld.iter().all(u8::is_ascii_alphabetic)
        && domain.first().is_some_and(u8::is_ascii_alphanumeric)
        && !domain.windows(2).any(|w| w == b"..")
}

/// Calls `found(start, end)` for every e-mail address in `text`, in order.
pub(super) fn find_emails(text: &str, mut found: impl FnMut(usize, usize)) {
    let b = text.as_bytes();
    let mut floor = 0;
    for at in memchr::memchr_iter(b'@', b) {
        if at < floor {
            continue;
        }
        let mut start = at;
        while start > floor && is_local(b[start - 1]) {
            start -= 1;
        }
        while start < at && b[start] == b'.' {
            start += 1;
        }
        // A local part glued to an accented letter is a piece of a word, not an address.
        if start == at
            || text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let mut end = at + 1;
        while end < b.len() && is_domain(b[end]) {
            end += 1;
        }
        while end > at + 1 && matches!(b[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let glued = text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if !glued && valid_domain(&b[at + 1..end]) {
            found(start, end);
            floor = end;
        }
    }
}

/// The addresses of a `mailto:` URL (without `mailto:` and `?subject=…`), if it is one.
pub(super) fn mailto_payload(url: &str) -> Option<&str> {
    let head = url.get(..7)?;
    if !head.eq_ignore_ascii_case("mailto:") {
        return None;
    }
    let rest = &url[7..];
    Some(rest.split('?').next().unwrap_or(rest))
}

/// Whether a character ends a bare URL.
fn ends_url(c: char) -> bool {
    c.is_ascii_whitespace()
        || c.is_ascii_control()
        || matches!(
            c,
            '<' | '>' | '"' | '`' | '«' | '»' | '\u{a0}' | '\u{202f}' | '’' | '“' | '”' | '|'
        )
}

/// Calls `found(start, end)` for every bare `http://` or `https://` URL in `text`.
///
/// Trailing punctuation (`.,;:!?'*_»`) and unbalanced closing brackets are left out.
pub(super) fn find_urls(text: &str, mut found: impl FnMut(usize, usize)) {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(hit) = HTTP.find(&b[from..]) {
        let start = from + hit;
        from = start + 4;
        let scheme = if b[start..].starts_with(b"https://") {
            8
        } else if b[start..].starts_with(b"http://") {
            7
        } else {
            continue;
        };
        if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'/') {
            continue;
        }
        let host = start + scheme;
        let mut end = text[host..]
            .char_indices()
            .find(|&(_, c)| ends_url(c))
            .map_or(text.len(), |(i, _)| host + i);
        loop {
            let url = &b[start..end];
            match url.last() {
                Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' | b'_') => end -= 1,
                Some(b')') if count(url, b')') > count(url, b'(') => end -= 1,
                Some(b']') if count(url, b']') > count(url, b'[') => end -= 1,
                _ => break,
            }
        }
        from = end.max(from);
        if end > host && b[host].is_ascii_alphanumeric() {
            found(start, end);
        }
    }
}

fn count(hay: &[u8], needle: u8) -> usize {
    memchr::memchr_iter(needle, hay).count()
}

/// Appends `s` to `out` with HTML character references decoded (`&nbsp;` → U+00A0,
/// `&eacute;`, `&#233;`, `&#xE9;`); unknown ones are kept as written.
pub(super) fn decode_entities_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(amp) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let limit = rest.len().min(33);
        let semi = memchr::memchr(b';', &rest.as_bytes()[..limit]);
        if let Some((i, c)) = semi.and_then(|i| entity(&rest[1..i]).map(|c| (i, c))) {
            out.push(c);
            rest = &rest[i + 1..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
}

/// The character of an entity name (`nbsp`, `#233`, `#xE9`).
fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "nbsp" => '\u{a0}',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "eacute" => 'é',
        "Eacute" => 'É',
        "egrave" => 'è',
        "Egrave" => 'È',
        "ecirc" => 'ê',
        "Ecirc" => 'Ê',
        "euml" => 'ë',
        "agrave" => 'à',
        "Agrave" => 'À',
        "acirc" => 'â',
        "auml" => 'ä',
        "icirc" => 'î',
        "iuml" => 'ï',
        "ocirc" => 'ô',
        "ouml" => 'ö',
        "ugrave" => 'ù',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "ccedil" => 'ç',
        "Ccedil" => 'Ç',
        "oelig" => 'œ',
        "OElig" => 'Œ',
        "aelig" => 'æ',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "middot" => '·',
        "bull" => '•',
        "euro" => '€',
        "deg" => '°',
        "copy" => '©',
        "thinsp" => '\u{2009}',
        "shy" => '\u{ad}',
        _ => return None,
    })
}

/// What an HTML tag means for the text around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TagKind {
    /// A comment; `true` when it is the `<!--more-->` marker.
    Comment(bool),
    /// `<br>`: a line break, in paragraphs too.
    LineBreak,
    /// A block-level tag (`<p>`, `</div>`, `<li>`…): a line break in an HTML block.
    Block,
    /// A table cell: a space in the text.
    Cell,
    /// `<a …>`.
    OpenA,
    /// `</a>`.
    CloseA,
    /// Anything else: dropped.
    Other,
}

/// Classifies a whole tag (`<br/>`, `</div>`, `<!-- more -->`).
pub(super) fn classify_tag(tag: &str) -> TagKind {
    const BREAKS: &[&str] = &[
        "br",
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "blockquote",
        "header",
        "footer",
        "dd",
        "dt",
        "hr",
        "pre",
    ];
    if let Some(body) = tag.strip_prefix("<!--") {
        let body = body.strip_suffix("-->").unwrap_or(body);
        return TagKind::Comment(body.trim().eq_ignore_ascii_case("more"));
    }
    let inner = tag.strip_prefix('<').unwrap_or(tag);
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let len = inner
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let name = &inner[..len];
    let is = |n: &str| name.eq_ignore_ascii_case(n);
    if is("a") {
        return if closing {
            TagKind::CloseA
        } else {
            TagKind::OpenA
        };
    }
    if is("br") {
        TagKind::LineBreak
    } else if BREAKS.iter().any(|n| is(n)) {
        TagKind::Block
    } else if is("td") || is("th") {
        TagKind::Cell
    } else {
        TagKind::Other
    }
}

/// The value of the `href` attribute of a tag, if any (not entity-decoded).
pub(super) fn href(tag: &str) -> Option<&str> {
    let b = tag.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        let at = i + memchr::memchr2(b'h', b'H', &b[i..])?;
        i = at + 1;
        if at + 4 > b.len()
            || !b[at..at + 4].eq_ignore_ascii_case(b"href")
            || (at > 0 && !b[at - 1].is_ascii_whitespace())
        {
            continue;
        }
        let mut j = at + 4;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if b.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        return match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                let end = memchr::memchr(q, &b[j + 1..]).map_or(b.len(), |k| j + 1 + k);
                Some(&tag[j + 1..end])
            }
            Some(_) => {
                let end = b[j..]
                    .iter()
                    .position(|&c| c.is_ascii_whitespace() || c == b'>')
                    .map_or(b.len(), |k| j + k);
                Some(&tag[j..end])
            }
            None => None,
        };
    }
    None
}

/// A piece of HTML handed out by [`HtmlLexer::feed`].
pub(super) enum Piece<'a> {
    /// Text between tags (entities not decoded yet).
    Text(&'a str),
    /// A whole tag or comment.
    Tag(&'a str),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum LexState {
    #[default]
    Text,
    Tag(Option<u8>),
    Comment,
}

/// Splits the lines of an HTML block into text and tags; a tag or comment may span
/// lines, so the state carries from one call to the next.
#[derive(Debug, Default)]
pub(super) struct HtmlLexer {
    state: LexState,
    /// The tag being read (possibly over several lines) and its absolute start.
    buf: String,
    buf_start: usize,
}

impl HtmlLexer {
    /// Forgets any unfinished tag.
    pub(super) fn reset(&mut self) {
        self.state = LexState::Text;
        self.buf.clear();
    }

    /// Feeds one chunk starting at absolute offset `abs`; `on` gets each piece with
    /// its absolute offset.
    pub(super) fn feed(&mut self, chunk: &str, abs: usize, mut on: impl FnMut(Piece<'_>, usize)) {
        let b = chunk.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match self.state {
                LexState::Text => {
                    let Some(lt) = memchr::memchr(b'<', &b[i..]).map(|k| i + k) else {
                        on(Piece::Text(&chunk[i..]), abs + i);
                        return;
                    };
                    let next = b.get(lt + 1).copied();
                    let opens =
                        next.is_some_and(|c| c.is_ascii_alphabetic() || c == b'/' || c == b'!');
                    let text_end = if opens { lt } else { lt + 1 };
                    if text_end > i {
                        on(Piece::Text(&chunk[i..text_end]), abs + i);
                    }
                    i = text_end;
                    if opens {
                        self.buf.clear();
                        self.buf_start = abs + lt;
                        self.state = if b[lt..].starts_with(b"<!--") {
                            self.buf.push_str("<!--");
                            i = lt + 4;
                            LexState::Comment
                        } else {
                            self.buf.push('<');
                            i = lt + 1;
                            LexState::Tag(None)
                        };
                    }
                }
                LexState::Comment => {
                    if let Some(k) = memmem::find(&b[i..], b"-->") {
                        self.buf.push_str(&chunk[i..i + k + 3]);
                        i += k + 3;
                        self.state = LexState::Text;
                        on(Piece::Tag(&self.buf), self.buf_start);
                    } else {
                        // Keep only the start and the tail of a long comment.
                        self.buf.push_str(&chunk[i..]);
                        if self.buf.len() > 64 {
                            let keep = self.buf.len() - 8;
                            let cut = (keep..self.buf.len())
                                .find(|&k| self.buf.is_char_boundary(k))
                                .unwrap_or(self.buf.len());
                            let tail = self.buf.split_off(cut);
                            self.buf.truncate(4);
                            self.buf.push_str(&tail);
                        }
                        return;
                    }
                }
                LexState::Tag(quote) => {
                    let stop = match quote {
                        Some(q) => memchr::memchr(q, &b[i..]),
                        None => memchr::memchr3(b'>', b'"', b'\'', &b[i..]),
                    };
                    let Some(k) = stop.map(|k| i + k) else {
                        self.buf.push_str(&chunk[i..]);
                        return;
                    };
                    self.buf.push_str(&chunk[i..=k]);
                    i = k + 1;
                    self.state = match (quote, b[k]) {
                        (Some(_), _) => LexState::Tag(None),
                        (None, b'>') => {
                            on(Piece::Tag(&self.buf), self.buf_start);
                            LexState::Text
                        }
                        (None, q) => LexState::Tag(Some(q)),
                    };
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emails(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        find_emails(s, |a, b| v.push(&s[a..b]));
        v
    }

    fn urls(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        find_urls(s, |a, b| v.push(&s[a..b]));
        v
    }

    #[test]
    fn email_scanner() {
        assert_eq!(
            emails("Écrire à Jean.Dupont@beta.gouv.fr. Merci"),
            ["Jean.Dupont@beta.gouv.fr"]
        );
        assert_eq!(
            emails("(candidatures-dinum@pm.gouv.fr)"),
            ["candidatures-dinum@pm.gouv.fr"]
        );
        assert_eq!(emails("Loc@docs, @etalab, a@b, x@y.f1"), Vec::<&str>::new());
        assert_eq!(emails("a@b.fr,c@d.fr"), ["a@b.fr", "c@d.fr"]);
        assert_eq!(emails(".a@b.fr..."), ["a@b.fr"]);
        assert_eq!(emails("a@@b.fr x@y..fr"), Vec::<&str>::new());
        assert_eq!(emails("équipe@x.fr y@x.frééé «z@x.fr»"), ["z@x.fr"]);
    }

    #[test]
    fn url_scanner() {
        assert_eq!(
            urls("Voir https://beta.gouv.fr/startups/. Et (http://x.fr/a_(b)) !"),
            ["https://beta.gouv.fr/startups/", "http://x.fr/a_(b)"]
        );
        assert_eq!(urls("«https://code.gouv.fr»"), ["https://code.gouv.fr"]);
        assert_eq!(urls("xhttp://a.fr https:// http://"), Vec::<&str>::new());
        assert_eq!(
            urls("https://fr.wikipedia.org/wiki/État?"),
            ["https://fr.wikipedia.org/wiki/État"]
        );
    }

    #[test]
    fn entities() {
        let mut s = String::new();
        decode_entities_into(
            "Caf&eacute;&nbsp;: 5&euro; &amp;co &#39;x&#x27; &bogus; & fin&",
            &mut s,
        );
        assert_eq!(s, "Café\u{a0}: 5€ &co 'x' &bogus; & fin&");
    }

    #[test]
    fn tags() {
        assert_eq!(classify_tag("<br/>"), TagKind::LineBreak);
        assert_eq!(classify_tag("<BR >"), TagKind::LineBreak);
        assert_eq!(classify_tag("</div>"), TagKind::Block);
        assert_eq!(classify_tag("<pé>"), TagKind::Block);
        assert_eq!(classify_tag("<!-- more -->"), TagKind::Comment(true));
        assert_eq!(classify_tag("<!--note-->"), TagKind::Comment(false));
        assert_eq!(classify_tag("<a href='x'>"), TagKind::OpenA);
        assert_eq!(classify_tag("</A>"), TagKind::CloseA);
        assert_eq!(classify_tag("<abbr>"), TagKind::Other);
        assert_eq!(
            href(r#"<a class="b" HREF = "mailto:x@y.fr">"#),
            Some("mailto:x@y.fr")
        );
        assert_eq!(href("<a href=https://x.fr>"), Some("https://x.fr"));
        assert_eq!(href("<a data-href='n' title=h>"), None);
    }

    #[test]
    fn lexer_spans_lines() {
        let mut lx = HtmlLexer::default();
        let mut out = Vec::new();
        for (chunk, abs) in [
            ("<div a=\"x>y\"\n", 0),
            (" b>Bon<!-- c\n", 13),
            ("-->jour 1 < 2</div>\n", 26),
        ] {
            lx.feed(chunk, abs, |p, at| {
                out.push(match p {
                    Piece::Text(t) => format!("T{at}:{t}"),
                    Piece::Tag(t) => format!("G{at}:{t}"),
                });
            });
        }
        assert_eq!(
            out,
            [
                "G0:<div a=\"x>y\"\n b>",
                "T16:Bon",
                "G19:<!-- c\n-->",
                "T29:jour 1 <",
                "T37: 2",
                "G39:</div>",
                "T45:\n"
            ]
        );
    }
}
