//! The fast path: plain YAML front matter typed straight from its lines, without a tree.
//!
//! Most pages' front matter is `key: value` lines, simple lists and comments. That
//! shape is read here in one pass over the lines; everything else (anchors, aliases,
//! tags, nested maps, block and multi-line scalars, tabs in indentation, odd
//! characters, long keys…) makes [`read`] give up and leaves the page to serde-saphyr.
//! Giving up is always safe; accepting is only allowed where the result is exactly what
//! `yaml::read_entries` gives: the same fields, values, written texts, positions and
//! diagnostics. `tests/yaml_fast_path.rs` and the `yaml_fast` fuzz target hold the
//! two readers to that.
//!
//! Accepted, line by line:
//! - blank lines and comment lines (`# …`, at any indentation);
//! - `key: value` at the margin, the key made of letters, digits, `_`, `-`, `.`, `/`
//!   and inner spaces, the value a plain scalar (to a ` #` comment), a single- or
//!   double-quoted scalar on one line, or a one-line flow list of such scalars;
//! - `key:` alone, then nothing (null) or block list items `- scalar`, all at one
//!   indentation.

use super::Field;
use super::FieldSet;
use super::scalar::{core_value, key_difference, value_difference, written};
use super::value::Value;
use crate::diagnostic::Diagnostic;

/// Keys longer than this go to serde-saphyr, which knows YAML's limit on them.
const MAX_KEY_BYTES: usize = 256;
/// Front matter larger than this goes to serde-saphyr and its budgets.
const MAX_BYTES: usize = 256 << 10;
/// Front matter with more keys, values and items than this goes to serde-saphyr: half
/// its node budget, so that how it counts nodes never matters.
const MAX_NODES: usize = 25_000;

/// The fields of `content` (whose first line is line `first_line` of the file) and the
/// lines of the entries a duplicate replaced, or `None` when the YAML is not plain
/// enough for this reader. Diagnostics are added only when the fields are returned.
/// Raw ranges are not assigned.
pub(crate) fn read(
    content: &str,
    first_line: u32,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<super::ReadFields> {
    if content.len() > MAX_BYTES || !plain_characters(content.as_bytes()) {
        return None;
    }
    let mut reader = Reader {
        fields: FieldSet::new(),
        diagnostics: Vec::new(),
        pending: None,
    };
    let lines: Vec<&str> = content.split('\n').collect();
    let mut i = 0;
    while i < lines.len() {
        let line_no = first_line.saturating_add(u32::try_from(i).unwrap_or(u32::MAX));
        i = reader.line(&lines, i, line_no)?;
    }
    reader.finish();
    // Many nodes: serde-saphyr's node budget decides whether the page is refused.
    let nodes: usize = reader
        .fields
        .as_slice()
        .iter()
        .map(|f| match &f.value {
            Value::List(items) => 2 + items.len(),
            _ => 2,
        })
        .sum();
    if nodes > MAX_NODES {
        return None;
    }
    let read = reader.fields.finish(&mut reader.diagnostics);
    diagnostics.append(&mut reader.diagnostics);
    Some(read)
}

/// No carriage return (a line break to YAML), no control character but tab and line
/// feed, none of the characters YAML readers treat specially: C1 controls (NEL among
/// them), U+2028/U+2029, a byte order mark, U+FFFE/U+FFFF.
fn plain_characters(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while they are printable ASCII or line feeds.
        if let Some(chunk) = bytes.get(i..i + 8)
            && printable_ascii(u64::from_le_bytes(chunk.try_into().unwrap_or_default()))
        {
            i += 8;
            continue;
        }
        match bytes[i] {
            0xC2 if bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b)) => return false,
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                return false;
            }
            0xEF if matches!(
                (bytes.get(i + 1), bytes.get(i + 2)),
                (Some(0xBB), Some(0xBF)) | (Some(0xBF), Some(0xBE | 0xBF))
            ) =>
            {
                return false;
            }
            // Other UTF-8 bytes, printable ASCII, tab and line feed.
            0x80..=0xFF | 0x20..=0x7E | b'\n' | b'\t' => {}
            _ => return false,
        }
        i += 1;
    }
    true
}

/// Whether the eight bytes of `word` are all printable ASCII (0x20 to 0x7E) or line feeds.
fn printable_ascii(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // 0x80 exactly in the bytes that are line feeds (no borrow between bytes).
    let newlines = word ^ (ONES * 0x0A);
    let lf = !(((newlines & LOW) + LOW) | newlines | LOW);
    // Line feeds raised to 0x2A, then: any byte below 0x20, any 0x7F, any high bit.
    let spaced = word | (lf >> 2);
    let control = spaced.wrapping_sub(ONES * 0x20) & !spaced;
    let delete = (word ^ LOW).wrapping_sub(ONES) & !(word ^ LOW);
    (word | control | delete) & HIGH == 0
}

/// A key read with no value on its line: a null, or the head of a block list.
struct Pending {
    key: String,
    line: u32,
    items: Vec<Value>,
    indent: Option<usize>,
}

struct Reader {
    fields: FieldSet,
    diagnostics: Vec<Diagnostic>,
    pending: Option<Pending>,
}

/// The key path of a value, written out only for a diagnostic.
enum Path<'a> {
    Key(&'a str),
    Item(&'a str, usize),
}

impl Path<'_> {
    fn render(&self) -> String {
        match self {
            Self::Key(key) => (*key).to_owned(),
            Self::Item(key, index) => format!("{key}[{index}]"),
        }
    }
}

/// A scalar as found: quoted ones are text; plain ones are typed from their text.
enum Scalar<'a> {
    Quoted(String),
    Plain(&'a str),
}

impl Reader {
    /// Read the line `lines[i]` (and the lines a multi-line scalar takes); the index of
    /// the next line to read.
    fn line(&mut self, lines: &[&str], i: usize, line_no: u32) -> Option<usize> {
        let line = lines[i];
        let content = line.trim_end_matches([' ', '\t']);
        if content.is_empty() {
            // A blank line with a tab in it is left to serde-saphyr.
            return (!line.contains('\t')).then_some(i + 1);
        }
        let indent = content.len() - content.trim_start_matches(' ').len();
        let rest = &content[indent..];
        match rest.as_bytes()[0] {
            b'#' => Some(i + 1),
            b'\t' => None,
            b'-' if rest.len() > 1 && rest.as_bytes()[1] == b' ' => {
                self.item(lines, i, indent, line_no)
            }
            _ if indent > 0 => None,
            _ => self.entry(lines, i, content, line_no),
        }
    }

    /// `- scalar`, an item of the pending key's block list.
    fn item(&mut self, lines: &[&str], i: usize, indent: usize, line_no: u32) -> Option<usize> {
        let line = lines[i];
        let pending = self.pending.as_mut()?;
        if *pending.indent.get_or_insert(indent) != indent {
            return None;
        }
        let text = line[indent + 2..].trim_start_matches(' ');
        if text.is_empty() || text.starts_with(['\t', '[']) {
            return None;
        }
        let path = Path::Item(&pending.key, pending.items.len());
        let offset = line.len() - text.len();
        let (value, _, next) = block_value(
            lines,
            i,
            offset,
            indent,
            line_no,
            &path,
            &mut self.diagnostics,
        )?;
        self.pending.as_mut()?.items.push(value);
        Some(next)
    }

    /// `key: value` or `key:` at the margin.
    fn entry(&mut self, lines: &[&str], i: usize, content: &str, line_no: u32) -> Option<usize> {
        self.finish();
        let (key, after) = key(content)?;
        self.diagnostics
            .extend(key_difference(key, || (line_no, 1, key.to_owned())));
        let value_text = after.trim_start_matches([' ', '\t']);
        if value_text.is_empty() || value_text.starts_with('#') {
            self.pending = Some(Pending {
                key: key.to_owned(),
                line: line_no,
                items: Vec::new(),
                indent: None,
            });
            return Some(i + 1);
        }
        let offset = content.len() - value_text.len();
        let (value, written, next) = if value_text.starts_with('[') {
            let (items, used) = flow_list(value_text, lines[i], offset, line_no, key, self)?;
            end_of_line(&value_text[used..])?;
            (Value::List(items), None, i + 1)
        } else {
            block_value(
                lines,
                i,
                offset,
                0,
                line_no,
                &Path::Key(key),
                &mut self.diagnostics,
            )?
        };
        let field = Field {
            key: key.to_owned(),
            value,
            written,
            line: line_no,
            column: 1,
            raw: None,
            section: false,
        };
        self.fields.push(field);
        Some(next)
    }

    /// Close the pending key, if any: a null, or its list.
    fn finish(&mut self) {
        if let Some(p) = self.pending.take() {
            let value = if p.indent.is_some() {
                Value::List(p.items)
            } else {
                Value::Null
            };
            let field = Field {
                key: p.key,
                value,
                written: None,
                line: p.line,
                column: 1,
                raw: None,
                section: false,
            };
            self.fields.push(field);
        }
    }
}

/// The key of a `key:` line and what follows its colon.
fn key(content: &str) -> Option<(&str, &str)> {
    let bytes = content.as_bytes();
    let first = content.chars().next()?;
    if !(first.is_ascii_alphabetic()
        || first == '_'
        || (!first.is_ascii() && first.is_alphabetic()))
    {
        return None;
    }
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b':' => {
                if i + 1 < bytes.len() && !matches!(bytes[i + 1], b' ' | b'\t') {
                    return None;
                }
                let key = content[..i].trim_end_matches(' ');
                return (key.len() <= MAX_KEY_BYTES).then(|| (key, &content[i + 1..]));
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-' | b'.' | b'/' | b' ' => i += 1,
            b if b >= 0x80 => {
                let c = content[i..].chars().next()?;
                if !c.is_alphanumeric() {
                    return None;
                }
                i += c.len_utf8();
            }
            _ => return None,
        }
    }
    None
}

/// Nothing more on the line but spaces and a comment.
fn end_of_line(rest: &str) -> Option<()> {
    let trimmed = rest.trim_start_matches([' ', '\t']);
    (trimmed.is_empty() || (trimmed.len() < rest.len() && trimmed.starts_with('#'))).then_some(())
}

/// Characters that give a line or a scalar a meaning beyond text when they start it.
const INDICATORS: [char; 19] = [
    '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`',
];

/// The scalar at the start of `text` and the bytes it takes; `flow` inside `[…]`.
fn scalar(text: &str, flow: bool) -> Option<(Scalar<'_>, usize)> {
    match text.as_bytes()[0] {
        b'"' => double_quoted(text),
        b'\'' => single_quoted(text),
        b'[' | b']' | b'{' | b'}' | b',' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'%'
        | b'@' | b'`' | b'?' | b':' => None,
        b'-' if matches!(
            text.as_bytes().get(1),
            None | Some(b' ' | b'\t' | b',' | b'[' | b']' | b'{' | b'}')
        ) =>
        {
            None
        }
        _ if flow => {
            let end = text.find([',', ']']).unwrap_or(text.len());
            let plain = text[..end].trim_end_matches([' ', '\t']);
            if plain.contains(['[', '{', '}', '#', ':', '"', '\'']) || overflows(plain) {
                return None;
            }
            Some((Scalar::Plain(plain), plain.len()))
        }
        _ => {
            let end = plain_end(text)?;
            let plain = text[..end].trim_end_matches([' ', '\t']);
            (!plain.ends_with(':') && !overflows(plain))
                .then_some((Scalar::Plain(plain), plain.len()))
        }
    }
}

/// A number too large for a float: serde-saphyr reads `1e999` as infinite but `.5e999`
/// as text, so such numbers are left to it.
fn overflows(plain: &str) -> bool {
    plain.starts_with([
        '-', '+', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
    ]) && plain.contains(['e', 'E'])
        && matches!(core_value(plain), Value::Float(f) if f.is_infinite())
}

/// Where a plain scalar running to the end of its line ends: at a ` #` comment or the
/// end; `None` when it holds `: `, which YAML reads as a mapping.
fn plain_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    for i in memchr::memchr2_iter(b':', b'#', bytes) {
        if bytes[i] == b':' {
            if matches!(bytes.get(i + 1), Some(b' ' | b'\t')) {
                return None;
            }
        } else if i > 0 && matches!(bytes[i - 1], b' ' | b'\t') {
            return Some(i);
        }
    }
    Some(bytes.len())
}

fn single_quoted(text: &str) -> Option<(Scalar<'_>, usize)> {
    let mut out = String::new();
    let mut rest = &text[1..];
    loop {
        let quote = rest.find('\'')?;
        out.push_str(&rest[..quote]);
        if rest[quote + 1..].starts_with('\'') {
            out.push('\'');
            rest = &rest[quote + 2..];
        } else {
            let used = text.len() - rest.len() + quote + 1;
            return Some((Scalar::Quoted(out), used));
        }
    }
}

fn double_quoted(text: &str) -> Option<(Scalar<'_>, usize)> {
    let mut out = String::new();
    let mut rest = &text[1..];
    loop {
        let stop = rest.find(['"', '\\'])?;
        out.push_str(&rest[..stop]);
        if rest.as_bytes()[stop] == b'"' {
            let used = text.len() - rest.len() + stop + 1;
            return Some((Scalar::Quoted(out), used));
        }
        let mut chars = rest[stop + 1..].chars();
        let escape = chars.next()?;
        let hex = |n: usize| -> Option<char> {
            let digits = rest.get(stop + 2..stop + 2 + n)?;
            if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            char::from_u32(u32::from_str_radix(digits, 16).ok()?)
        };
        let (c, len) = match escape {
            '0' => ('\0', 1),
            'a' => ('\u{7}', 1),
            'b' => ('\u{8}', 1),
            't' | '\t' => ('\t', 1),
            'n' => ('\n', 1),
            'v' => ('\u{b}', 1),
            'f' => ('\u{c}', 1),
            'r' => ('\r', 1),
            'e' => ('\u{1b}', 1),
            ' ' => (' ', 1),
            '"' => ('"', 1),
            '/' => ('/', 1),
            '\\' => ('\\', 1),
            'N' => ('\u{85}', 1),
            '_' => ('\u{a0}', 1),
            'L' => ('\u{2028}', 1),
            'P' => ('\u{2029}', 1),
            'x' => (hex(2)?, 3),
            'u' => (hex(4)?, 5),
            'U' => (hex(8)?, 9),
            _ => return None,
        };
        out.push(c);
        rest = &rest[stop + 1 + len..];
    }
}

/// The scalar at byte `offset` of `lines[i]`, continued on the following lines when
/// it is a multi-line plain or quoted scalar (indented more than `parent`): its
/// value, its written text, and the index of the next line to read.
fn block_value(
    lines: &[&str],
    i: usize,
    offset: usize,
    parent: usize,
    line_no: u32,
    path: &Path<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(Value, Option<String>, usize)> {
    let line = lines[i];
    let text = &line[offset..];
    let Some((found, used)) = scalar(text, false) else {
        let quote = text.as_bytes()[0];
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let (folded, next) = quoted_lines(&text[1..], quote, lines, i, parent)?;
        return Some((Value::String(folded), None, next));
    };
    end_of_line(&text[used..])?;
    if let Scalar::Plain(first) = found
        && !text[used..].contains('#')
        && let (Some(folded), next) = plain_lines(first, lines, i, parent)?
    {
        return Some((Value::String(folded), None, next));
    }
    let (value, written) = typed(found, line, offset, line_no, path, diagnostics);
    Some((value, written, i + 1))
}

/// Join the lines of a multi-line scalar as YAML folds them: one line break is a space,
/// each blank line a line break.
fn fold(out: &mut String, blanks: usize, part: &str) {
    if blanks == 0 {
        out.push(' ');
    } else {
        out.extend(std::iter::repeat_n('\n', blanks));
    }
    out.push_str(part);
}

/// The lines after `lines[i]` that continue the plain scalar `first` (indented more than
/// `parent`): the folded text (`None` when there are none) and the next line to read.
fn plain_lines(
    first: &str,
    lines: &[&str],
    i: usize,
    parent: usize,
) -> Option<(Option<String>, usize)> {
    let mut folded: Option<String> = None;
    let (mut blanks, mut next) = (0, i + 1);
    for (j, line) in lines.iter().enumerate().skip(i + 1) {
        if line.contains('\t') {
            return None;
        }
        let content = line.trim_end_matches(' ');
        if content.is_empty() {
            blanks += 1;
            continue;
        }
        let part = content.trim_start_matches(' ');
        // A comment ends the scalar; a less indented line is the next entry.
        if content.len() - part.len() <= parent || part.starts_with('#') {
            break;
        }
        if part.starts_with(INDICATORS)
            || part.ends_with(':')
            || part.contains(": ")
            || part.contains(" #")
        {
            return None;
        }
        fold(folded.get_or_insert_with(|| first.to_owned()), blanks, part);
        blanks = 0;
        next = j + 1;
    }
    Some((folded, next))
}

/// The quoted scalar opened on `lines[i]` (`first`: what follows the quote) and closed
/// on a later line indented more than `parent`: its folded text and the next line to
/// read. Escapes across lines are left to serde-saphyr.
fn quoted_lines(
    first: &str,
    quote: u8,
    lines: &[&str],
    i: usize,
    parent: usize,
) -> Option<(String, usize)> {
    let unquote = |s: &str| {
        if quote == b'\'' {
            s.replace("''", "'")
        } else {
            s.to_owned()
        }
    };
    if first.contains(['\\', '\t']) || (quote == b'\'' && first.replace("''", "").contains('\'')) {
        return None;
    }
    let mut out = unquote(first.trim_end_matches(' '));
    let mut blanks = 0;
    for (j, line) in lines.iter().enumerate().skip(i + 1) {
        if line.contains(['\\', '\t']) {
            return None;
        }
        let part = line.trim_start_matches(' ');
        if part.trim_end_matches(' ').is_empty() {
            blanks += 1;
            continue;
        }
        if line.len() - part.len() <= parent {
            return None;
        }
        match closing_quote(part, quote) {
            Some(end) => {
                fold(&mut out, blanks, &unquote(&part[..end]));
                end_of_line(&part[end + 1..])?;
                return Some((out, j + 1));
            }
            None => fold(&mut out, blanks, &unquote(part.trim_end_matches(' '))),
        }
        blanks = 0;
    }
    None
}

/// The byte of the quote that closes a quoted scalar in `part`, if any (`''` is a quote
/// inside single quotes).
fn closing_quote(part: &str, quote: u8) -> Option<usize> {
    let bytes = part.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        if bytes[k] == quote {
            if quote == b'\'' && bytes.get(k + 1) == Some(&b'\'') {
                k += 2;
                continue;
            }
            return Some(k);
        }
        k += 1;
    }
    None
}

/// `[a, "b", 3]` on one line: its items and the bytes it takes.
fn flow_list(
    text: &str,
    line: &str,
    offset: usize,
    line_no: u32,
    key: &str,
    reader: &mut Reader,
) -> Option<(Vec<Value>, usize)> {
    // Tabs are separation space inside a flow collection (found by the yaml_fast fuzz
    // target: "[\t$023]" is the item "$023"); their rules are left to serde-saphyr.
    if text.contains('\t') {
        return None;
    }
    let mut items = Vec::new();
    let mut pos = 1;
    let skip = |pos: usize| pos + text[pos..].len() - text[pos..].trim_start_matches(' ').len();
    pos = skip(pos);
    if text[pos..].starts_with(']') {
        return Some((items, pos + 1));
    }
    loop {
        let item = text.get(pos..).filter(|t| !t.is_empty())?;
        let (scalar, used) = scalar(item, true)?;
        if used == 0 {
            return None;
        }
        let path = Path::Item(key, items.len());
        let (value, _) = typed(
            scalar,
            line,
            offset + pos,
            line_no,
            &path,
            &mut reader.diagnostics,
        );
        items.push(value);
        pos = skip(pos + used);
        match text.as_bytes().get(pos)? {
            b']' => return Some((items, pos + 1)),
            b',' => {
                pos = skip(pos + 1);
                // An empty item or a trailing comma is left to serde-saphyr.
                if matches!(text.as_bytes().get(pos), None | Some(b',' | b']')) {
                    return None;
                }
            }
            _ => return None,
        }
    }
}

/// The value of a scalar found at byte `offset` of `line`, its written text for a plain
/// scalar, and the YAML 1.1 diagnostic it may call for.
fn typed(
    scalar: Scalar<'_>,
    line: &str,
    offset: usize,
    line_no: u32,
    path: &Path<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Value, Option<String>) {
    match scalar {
        Scalar::Quoted(s) => (Value::String(s), None),
        Scalar::Plain(text) => {
            let value = core_value(text);
            diagnostics.extend(value_difference(text, &value, || {
                let column = line[..offset].chars().count() + 1;
                (
                    line_no,
                    u32::try_from(column).unwrap_or(u32::MAX),
                    path.render(),
                )
            }));
            let written = written(&value, text);
            (value, written)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fast(yaml: &str) -> Option<Vec<(String, Value)>> {
        let mut d = Vec::new();
        read(yaml, 1, &mut d).map(|(f, _)| f.into_iter().map(|f| (f.key, f.value)).collect())
    }

    #[test]
    fn plain_shapes_are_read() {
        let got = fast(
            "# c\ntitle: Dév # note\nn: 017\nq: \"a \\\"b\\\" \\u00e9\"\ns: 'it''s'\n\
             tags: [a, 'b c', 3]\nlist:\n  - x\n  - 1.5\nnone:\nempty: []\n",
        )
        .unwrap();
        let s = |t: &str| Value::String(t.to_owned());
        assert_eq!(
            got,
            vec![
                ("title".into(), s("Dév")),
                ("n".into(), Value::Integer(17)),
                ("q".into(), s("a \"b\" é")),
                ("s".into(), s("it's")),
                (
                    "tags".into(),
                    Value::List(vec![s("a"), s("b c"), Value::Integer(3)])
                ),
                ("list".into(), Value::List(vec![s("x"), Value::Float(1.5)])),
                ("none".into(), Value::Null),
                ("empty".into(), Value::List(vec![])),
            ]
        );
    }

    #[test]
    fn characters_checked_eight_at_a_time_as_one_by_one() {
        for bad in [0x00u8, 0x01, 0x08, 0x0B, 0x0D, 0x1F, 0x7F] {
            for at in 0..17 {
                let mut bytes = vec![b'a'; 17];
                bytes[at] = bad;
                assert!(!plain_characters(&bytes), "{bad:#x} at {at}");
                // Right after a line feed, where a borrow could hide it.
                if at > 0 {
                    bytes[at - 1] = b'\n';
                    assert!(
                        !plain_characters(&bytes),
                        "{bad:#x} after a line feed at {at}"
                    );
                }
            }
        }
        assert!(plain_characters(b"title: D\xc3\xa9v\n\n\ttabs: ok\nzz\n"));
        assert!(!plain_characters("a: x\u{85}y".as_bytes()));
        assert!(!plain_characters("a: x\u{feff}".as_bytes()));
    }

    #[test]
    fn anything_unusual_is_left_to_serde_saphyr() {
        for yaml in [
            "a: &x 1\n",
            "a: *x\n",
            "a: !!str 1\n",
            "a: |\n  b\n",
            "a: >\n  b\n",
            "a:\n  b: 1\n",
            "a: b\n  c: d\n",
            "a: \"b\\\n  c\"\n",
            "a: [b,\n  c]\n",
            "a: {b: 1}\n",
            "\"a\": 1\n",
            "a:\n\t- b\n",
            "a: b\rc: d\n",
            "a: b: c\n",
            "a: b:\n",
            "a: [b, c,]\n",
            "a:\n  -\n",
            "a:\n  - x\n - y\n",
            "- a\n",
            "a: \"\\q\"\n",
            "a: \"b\"c\n",
            "a: x\u{85}y\n",
            "? a\n: b\n",
            "<<: x\n",
            "https://x: y\n",
        ] {
            assert_eq!(fast(yaml), None, "{yaml:?}");
        }
    }
}
