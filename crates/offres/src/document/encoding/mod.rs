//! Bytes to text: byte order marks, UTF-16, legacy code pages and mojibake repair.
//!
//! Decoding never fails and never adds or removes a line break, so a line of the
//! decoded text is the same line in the file. Every guess made on the way is
//! reported as a diagnostic.
//!
//! Mojibake repair follows ftfy's approach (find runs of characters that spell
//! UTF-8 bytes in a legacy code page, decode each run on its own) with rules
//! narrowed for French pages: a run is only rewritten when it rebuilds characters
//! such text plausibly contains, and the weaker patterns only on a page that
//! already shows unmistakable mojibake.

mod tables;
#[cfg(test)]
mod tests;

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};

/// How the bytes of the file were encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceEncoding {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 with a byte order mark (removed from the text).
    Utf8Bom,
    /// UTF-16, little endian.
    Utf16Le,
    /// UTF-16, big endian.
    Utf16Be,
    /// Windows-1252 (a superset of Latin-1).
    Windows1252,
}

impl SourceEncoding {
    /// A human name (`UTF-8`, `UTF-16LE`, `Windows-1252`…).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf8Bom => "UTF-8 with BOM",
            Self::Utf16Le => "UTF-16LE",
            Self::Utf16Be => "UTF-16BE",
            Self::Windows1252 => "Windows-1252",
        }
    }
}

impl fmt::Display for SourceEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A legacy code page that UTF-8 text was once wrongly decoded with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Codepage {
    /// Windows-1252, Western European (also covers text misread as Latin-1).
    Windows1252,
    /// Windows-1254, Turkish.
    Windows1254,
}

impl Codepage {
    /// A human name (`Windows-1252`, `Windows-1254`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Windows1252 => "Windows-1252",
            Self::Windows1254 => "Windows-1254",
        }
    }
}

impl fmt::Display for Codepage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What mojibake repair did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Repair {
    /// The code page the UTF-8 text had been misread with.
    pub codepage: Codepage,
    /// How many rounds of wrong decoding were undone (1 or 2, at most 3).
    pub rounds: u8,
    /// Number of character sequences (runs) that were fixed.
    pub fixes: u32,
    /// 1-based lines that were changed.
    pub lines: Vec<u32>,
}

/// The text of a file and how it was obtained.
#[derive(Clone, Debug)]
pub(crate) struct Decoded {
    /// The decoded text, BOM removed, line ends left as they were.
    pub text: String,
    /// How the bytes were encoded.
    pub encoding: SourceEncoding,
    /// What mojibake repair did, if anything.
    pub repair: Option<Repair>,
    /// What was noticed on the way.
    pub diagnostics: Vec<Diagnostic>,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// `text` in Windows-1252, or `None` when a character has no byte there.
pub(crate) fn encode_windows_1252(text: &str) -> Option<Vec<u8>> {
    text.chars()
        .map(|c| {
            u8::try_from(c)
                .ok()
                .filter(u8::is_ascii)
                .or_else(|| tables::encode_char(c, Codepage::Windows1252))
        })
        .collect()
}

/// Decode the bytes of a page, whatever their encoding, and repair mojibake.
///
/// Never fails: bytes that fit no encoding become U+FFFD or Windows-1252
/// characters, with a diagnostic.
pub(crate) fn decode(bytes: &[u8]) -> Decoded {
    let mut diagnostics = Vec::new();
    let (mut text, encoding) = if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        (
            decode_8bit(rest, true, &mut diagnostics).0,
            SourceEncoding::Utf8Bom,
        )
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        decode_utf16(rest, false, true, &mut diagnostics)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        decode_utf16(rest, true, true, &mut diagnostics)
    } else if let Some(big_endian) = sniff_utf16(bytes) {
        decode_utf16(bytes, big_endian, false, &mut diagnostics)
    } else {
        decode_8bit(bytes, false, &mut diagnostics)
    };

    let repair = repair_mojibake(&text).map(|(fixed, repair)| {
        diagnostics.push(repair_diagnostic(&text, &fixed, &repair));
        text = fixed;
        repair
    });
    // A BOM can also surface from UTF-16 or from repaired mojibake ("ï»¿").
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    Decoded {
        text,
        encoding,
        repair,
        diagnostics,
    }
}

/// UTF-8, or Windows-1252 when the bytes are not UTF-8.
///
/// A file with many valid multi-byte sequences and few invalid bytes is UTF-8
/// with some junk: its stray bytes are read as Windows-1252 characters, which
/// keeps them (each byte gets its own character) and is usually right (a Latin-1
/// paragraph pasted into a UTF-8 page). A file with no such evidence is read as
/// Windows-1252 throughout; any UTF-8 inside it then shows as mojibake, which
/// repair fixes run by run.
fn decode_8bit(
    bytes: &[u8],
    has_bom: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> (String, SourceEncoding) {
    let utf8 = if has_bom {
        SourceEncoding::Utf8Bom
    } else {
        SourceEncoding::Utf8
    };
    let first_bad = match std::str::from_utf8(bytes) {
        Ok(text) => return (text.to_owned(), utf8),
        Err(err) => err.valid_up_to(),
    };
    let (mut invalid, mut multibyte) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        invalid += chunk.invalid().len();
        multibyte += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
    }
    let junk = has_bom || multibyte >= 2 * invalid;
    let decode_with = |slice: &[u8]| {
        if junk {
            utf8_with_junk(slice)
        } else {
            tables::decode_all(slice, Codepage::Windows1252)
        }
    };

    let line_start = memchr::memrchr(b'\n', &bytes[..first_bad]).map_or(0, |i| i + 1);
    let line_end =
        memchr::memchr(b'\n', &bytes[first_bad..]).map_or(bytes.len(), |i| first_bad + i);
    let line = count_lines(&bytes[..first_bad]);
    let column = if junk {
        // Valid UTF-8 up to the first bad byte, by definition of `valid_up_to`.
        std::str::from_utf8(&bytes[line_start..first_bad]).map_or(0, |s| s.chars().count())
    } else {
        first_bad - line_start
    };
    let quoted = quote(&decode_with(&bytes[line_start..line_end]));
    let bad = bytes[first_bad];
    let message = if junk {
        format!(
            "{invalid} byte{} not valid UTF-8 (first 0x{bad:02X}) read as Windows-1252: {quoted}",
            plural(invalid)
        )
    } else {
        format!("the file is not UTF-8 (byte 0x{bad:02X} here); read as Windows-1252: {quoted}")
    };
    diagnostics.push(Diagnostic::new(
        DiagnosticCode::LegacyEncoding,
        Severity::Warning,
        line,
        to_u32(column + 1),
        message,
    ));
    let encoding = if junk {
        utf8
    } else {
        SourceEncoding::Windows1252
    };
    (decode_with(bytes), encoding)
}

/// UTF-8 where each invalid byte stands for its Windows-1252 character.
fn utf8_with_junk(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 16);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        out.extend(
            chunk
                .invalid()
                .iter()
                .map(|&b| tables::decode_byte(b, Codepage::Windows1252)),
        );
    }
    out
}

/// Guess byte order for UTF-16 without a BOM: only when nearly every code unit
/// in the first few kilobytes has exactly one NUL byte, always on the same side,
/// which is what Latin-script UTF-16 looks like and no 8-bit text does.
fn sniff_utf16(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 || memchr::memchr(0, sample).is_none() {
        return None;
    }
    let (mut le, mut be) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        match (pair[0] == 0, pair[1] == 0) {
            (false, true) => le += 1,
            (true, false) => be += 1,
            _ => {}
        }
    }
    let units = sample.len() / 2;
    if le * 10 >= units * 9 {
        Some(false)
    } else if be * 10 >= units * 9 {
        Some(true)
    } else {
        None
    }
}

fn decode_utf16(
    bytes: &[u8],
    big_endian: bool,
    had_bom: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> (String, SourceEncoding) {
    let units = bytes.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    let mut out = String::with_capacity(bytes.len());
    let mut bad = 0usize;
    let mut first_bad = None;
    for unit in char::decode_utf16(units) {
        let c = unit.unwrap_or_else(|_| {
            bad += 1;
            first_bad.get_or_insert(out.len());
            char::REPLACEMENT_CHARACTER
        });
        out.push(c);
    }
    if bytes.len() % 2 == 1 {
        bad += 1;
        first_bad.get_or_insert(out.len());
        out.push(char::REPLACEMENT_CHARACTER);
    }
    let encoding = if big_endian {
        SourceEncoding::Utf16Be
    } else {
        SourceEncoding::Utf16Le
    };
    let how = if had_bom {
        "with a byte order mark"
    } else {
        "without a byte order mark, recognised by its NUL bytes"
    };
    diagnostics.push(Diagnostic::new(
        DiagnosticCode::Utf16,
        Severity::Info,
        0,
        0,
        format!("the file is {encoding} ({how}); decoded"),
    ));
    if let Some(at) = first_bad {
        let (line, column) = position(&out, at);
        diagnostics.push(Diagnostic::new(
            DiagnosticCode::InvalidBytes,
            Severity::Warning,
            line,
            column,
            format!(
                "{bad} invalid UTF-16 code unit{} (unpaired surrogate or odd last byte) replaced by U+FFFD: {}",
                plural(bad),
                quote(line_of(&out, at))
            ),
        ));
    }
    (out, encoding)
}

fn repair_diagnostic(before: &str, after: &str, repair: &Repair) -> Diagnostic {
    let line = repair.lines.first().copied().unwrap_or(1);
    let (column, was, now) = first_change(before, after, line);
    let rounds = repair.rounds;
    let lines = repair.lines.len();
    Diagnostic::new(
        DiagnosticCode::EncodingRepaired,
        Severity::Warning,
        line,
        column,
        format!(
            "repaired mojibake (UTF-8 read as {}, {rounds} round{}) on {lines} line{}, first {} → {}",
            repair.codepage,
            plural(usize::from(rounds)),
            plural(lines),
            quote(was),
            quote(now),
        ),
    )
}

/// The column of the first difference on `line`, and the word it is in, before and after.
fn first_change<'a>(before: &'a str, after: &'a str, line: u32) -> (u32, &'a str, &'a str) {
    let (a, b) = (line_text(before, line), line_text(after, line));
    let prefix = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    let start = a[..prefix]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word_end = |s: &str| {
        s[prefix..]
            .find(char::is_whitespace)
            .map_or(s.len(), |i| prefix + i)
    };
    let column = to_u32(a[..prefix].chars().count() + 1);
    (column, &a[start..word_end(a)], &b[start..word_end(b)])
}

/// Repair UTF-8 text that was decoded with Windows-1252 or Windows-1254 (once,
/// twice or three times) and saved again as UTF-8: "dÃ©veloppeur" → "développeur".
///
/// Only runs of characters that spell UTF-8 bytes in the code page are touched,
/// so correct text around them stays as it is; `None` when there is nothing to
/// fix. Usable on any string, such as a single front matter value.
#[must_use]
pub fn repair_mojibake(text: &str) -> Option<(String, Repair)> {
    if !looks_suspicious(text.as_bytes()) {
        return None;
    }
    let mut codepage = Codepage::Windows1252;
    let mut current = None::<String>;
    let mut lines = Vec::new();
    let mut rounds = 0u8;
    let mut fixes = 0;
    while rounds < 3 {
        let text_now = current.as_deref().unwrap_or(text);
        let plan = best_plan(text_now, &mut codepage);
        if plan.edits.is_empty() {
            break;
        }
        if rounds == 0 {
            fixes = plan.edits.len();
        }
        record_lines(text_now, plan.edits.iter().map(|e| e.start), &mut lines);
        current = Some(apply(text_now, &plan));
        rounds += 1;
    }

    let text_now = current.as_deref().unwrap_or(text);
    let controls = c1_edits(text_now, codepage);
    if !controls.edits.is_empty() {
        record_lines(text_now, controls.edits.iter().map(|e| e.start), &mut lines);
        fixes += controls.edits.len();
        rounds = rounds.max(1);
        current = Some(apply(text_now, &controls));
    }

    let repaired = current?;
    lines.sort_unstable();
    lines.dedup();
    Some((
        repaired,
        Repair {
            codepage,
            rounds,
            fixes: to_u32(fixes),
            lines,
        },
    ))
}

/// Plan a round with whichever code page rebuilds more; `codepage` keeps its
/// value on a tie (it starts as 1252), so a page once shown to be Turkish stays so
/// in later rounds, where the two often read alike.
fn best_plan(text: &str, codepage: &mut Codepage) -> Plan {
    let kept = plan(text, *codepage);
    if !kept.cp_sensitive {
        return kept;
    }
    let other_cp = match *codepage {
        Codepage::Windows1252 => Codepage::Windows1254,
        Codepage::Windows1254 => Codepage::Windows1252,
    };
    let other = plan(text, other_cp);
    if other.score > kept.score {
        *codepage = other_cp;
        other
    } else {
        kept
    }
}

/// A quick scan for the only byte patterns mojibake can start with, so that
/// clean text costs one pass at memory speed.
///
/// Every lead character of a mojibake sequence (U+00C2..=U+00F4, or Ğ/ğ in
/// 1254) is two bytes starting 0xC3 or 0xC4 in UTF-8 and is followed by a
/// non-ASCII character, two of them for à..ô; a leftover C1 control is 0xC2
/// 0x80..=0x9F. In French an accented letter is nearly always followed by ASCII
/// ("é·e" is the common exception, and fails the second test).
fn looks_suspicious(bytes: &[u8]) -> bool {
    // Branch-free over fixed blocks so that the compiler vectorises it: with an
    // accent every few words, a `memchr` loop would stop too often.
    const BLOCK: usize = 64;
    const LOOK: usize = 5;
    fn hit(w: &[u8; BLOCK + LOOK], j: usize) -> u8 {
        let (b, b1, b2) = (w[j], w[j + 1], w[j + 2]);
        let two_more = u8::from(b1 >= 0xA0) & u8::from(b == 0xC3);
        let then_high = u8::from((w[j + 4] | w[j + 5]) >= 0x80) | (two_more ^ 1);
        let lead = u8::from(b.wrapping_sub(0xC3) < 2) & u8::from(b2 >= 0xC2) & then_high;
        let c1 = u8::from(b == 0xC2) & u8::from(b1.wrapping_sub(0x80) < 0x20);
        lead | c1
    }
    let mut i = 0;
    while let Some(window) = bytes.get(i..i + BLOCK + LOOK) {
        let window: &[u8; BLOCK + LOOK] = window.try_into().unwrap_or(&[0; BLOCK + LOOK]);
        let mut any = 0;
        for j in 0..BLOCK {
            any |= hit(window, j);
        }
        if any != 0 {
            return true;
        }
        i += BLOCK;
    }
    // Fewer than a window's worth left: pad with NULs, which match nothing.
    while let Some(rest) = bytes.get(i..).filter(|rest| !rest.is_empty()) {
        let mut last = [0; BLOCK + LOOK];
        let n = rest.len().min(BLOCK + LOOK);
        last[..n].copy_from_slice(&rest[..n]);
        if (0..rest.len().min(BLOCK)).any(|j| hit(&last, j) != 0) {
            return true;
        }
        i += BLOCK;
    }
    false
}

/// How strongly one rebuilt character shows that its run is mojibake.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Evidence {
    /// Never seen in real text: fix on its own.
    Strong,
    /// Plausible in real text too: fix only with other evidence.
    Weak,
    /// Some of its bytes were lost (U+FFFD); becomes U+FFFD, only on a page that is surely broken.
    Lossy,
}

/// One replacement: bytes `start..end` of the text become `with` of the plan's buffer.
struct Edit {
    start: usize,
    end: usize,
    with: Range<usize>,
}

/// What one round of repair changes.
#[derive(Default)]
struct Plan {
    /// Sorted and disjoint.
    edits: Vec<Edit>,
    /// All replacements, end to end (one allocation rather than one per run).
    with: String,
    /// How many characters the plan rebuilds: picks the code page.
    score: usize,
    /// Whether a character read on the way has a byte in one code page only;
    /// if none did, the other code page would plan exactly the same.
    cp_sensitive: bool,
}

/// Find what one round of repair with `cp` would change.
fn plan(text: &str, cp: Codepage) -> Plan {
    let bytes = text.as_bytes();
    let mut plan = Plan::default();
    let mut runs = Vec::new();
    let mut pos = 0;
    while let Some(off) = memchr::memchr2(0xC3, 0xC4, &bytes[pos..]) {
        let start = pos + off;
        // 0xC3/0xC4 are never continuation bytes, so `start + 1` is safe to search from.
        pos = start + 1;
        if bytes.get(start + 2).is_none_or(|&b| b < 0xC2) {
            continue;
        }
        let mut run = Run {
            from: plan.with.len(),
            ..Run::default()
        };
        let mut end = start;
        while let Some((next, c, evidence)) = parse_unit(text, end, cp, &mut plan.cp_sensitive) {
            plan.with.push(c);
            run.push(c, evidence);
            end = next;
        }
        if end > start {
            runs.push((start, end, run));
            pos = end;
        }
    }

    let sure = runs.iter().any(|(_, _, run)| run.strong);
    plan.edits = runs
        .into_iter()
        .filter(|(_, _, run)| sure || run.weak >= 2)
        .map(|(start, end, run)| {
            plan.score += run.units;
            let with = run.from..run.from + run.len;
            Edit { start, end, with }
        })
        .collect();
    if sure {
        let nbsp = lost_nbsp_edits(text, &mut plan.with);
        plan.score += nbsp.len();
        plan.edits = merge(std::mem::take(&mut plan.edits), nbsp);
    }
    plan
}

/// Consecutive rebuilt characters.
#[derive(Default)]
struct Run {
    /// Where its text starts in the plan's buffer, and its length in bytes.
    from: usize,
    len: usize,
    units: usize,
    strong: bool,
    weak: usize,
}

impl Run {
    fn push(&mut self, c: char, evidence: Evidence) {
        self.len += c.len_utf8();
        self.units += 1;
        match evidence {
            Evidence::Strong => self.strong = true,
            Evidence::Weak => self.weak += 1,
            Evidence::Lossy => {}
        }
    }
}

/// Read the characters at byte `at` as one UTF-8 sequence spelled in `cp`:
/// the end of the sequence, the character it rebuilds and how telling it is.
fn parse_unit(
    text: &str,
    at: usize,
    cp: Codepage,
    cp_sensitive: &mut bool,
) -> Option<(usize, char, Evidence)> {
    let mut chars = text.get(at..)?.chars();
    let lead = chars.next()?;
    *cp_sensitive |= tables::tells_apart(lead);
    let b0 = tables::encode_char(lead, cp)?;
    let need = match b0 {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => return None,
    };
    let mut buf = [b0, 0, 0, 0];
    let mut end = at + lead.len_utf8();
    let (mut lossy, mut c1) = (false, false);
    for slot in &mut buf[1..=need] {
        let c = chars.next()?;
        end += c.len_utf8();
        *cp_sensitive |= tables::tells_apart(c);
        if c == char::REPLACEMENT_CHARACTER {
            lossy = true;
            *slot = 0x80;
            continue;
        }
        let b = tables::encode_char(c, cp).filter(|b| (0x80..=0xBF).contains(b))?;
        c1 |= ('\u{80}'..='\u{9F}').contains(&c);
        *slot = b;
    }
    let rebuilt = std::str::from_utf8(&buf[..=need]).ok()?.chars().next()?;
    if lossy {
        // ftfy's rule: a sequence that lost bytes can only stand for U+FFFD; limited
        // to leads whose mojibake is common, so a real "é" is never swallowed.
        let common_lead = matches!(lead, 'Â' | 'Ã' | 'Å' | 'â' | 'ï' | 'ð' | 'ğ');
        return common_lead.then_some((end, char::REPLACEMENT_CHARACTER, Evidence::Lossy));
    }
    let evidence = evidence(rebuilt)?;
    // A C1 control is never meant in a page; it only comes from misreading bytes.
    Some((end, rebuilt, if c1 { Evidence::Strong } else { evidence }))
}

/// Whether `c` is a character a French page plausibly contains, and how surely
/// the characters that spelled it were mojibake.
///
/// Two-character spellings of Latin-1 and Latin Extended-A ("Ã©", "Â«", "Å“")
/// and all longer ones are strong: a capital Â, Ã, Ä or Å followed by a symbol
/// does not occur in real text. Greek, Cyrillic, Arabic, Vietnamese letters,
/// combining marks and the like are weak, because their spellings start with
/// letters real text has (É, Ô, Ù, Î, á) followed by punctuation. Everything
/// else (IPA, CJK, Indic…) is refused: "É»" or "été…»" must stay as written.
fn evidence(c: char) -> Option<Evidence> {
    match u32::from(c) {
        0x80..=0x17F
        | 0x2000..=0x27FF
        | 0x2900..=0x2BFF
        | 0xFB00..=0xFB06
        | 0xFE00..=0xFE0F
        | 0xFEFF
        | 0xFFFD
        | 0x1_F000..=0x1_FAFF
        | 0xE_0000..=0xE_007F => Some(Evidence::Strong),
        0x192
        | 0x218..=0x21B
        | 0x2BB..=0x2BC
        | 0x2C6..=0x2DD
        | 0x300..=0x36F
        | 0x370..=0x4FF
        | 0x600..=0x6FF
        | 0x1E00..=0x1EFF
        | 0x3000..=0x30FF
        | 0xFF01..=0xFF5E => Some(Evidence::Weak),
        _ => None,
    }
}

/// Mojibake whose U+00A0 byte was turned into a plain space on the way (ftfy's
/// `restore_byte_a0`): "Ã " for "à" and "Â " for a no-break space. Only called
/// on a page with strong evidence, because both also occur in clean text.
fn lost_nbsp_edits(text: &str, with: &mut String) -> Vec<Edit> {
    let bytes = text.as_bytes();
    let mut edits = Vec::new();
    for i in memchr::memchr_iter(0xC3, bytes) {
        if bytes.get(i + 2) != Some(&b' ') {
            continue;
        }
        let mut end = i + 3;
        let prev = text[..i].chars().next_back();
        let replacement = match bytes[i + 1] {
            // "IRMÃ " (Portuguese capitals) is real; a lowercase context is not.
            0x83 if !prev.is_some_and(char::is_uppercase) => {
                // "Ã  la": the A0 became a space and the real space follows.
                if bytes.get(end) == Some(&b' ') {
                    end += 1;
                }
                "à "
            }
            0x82 if prev.is_some_and(|c| !c.is_whitespace() && !c.is_uppercase()) => "\u{A0}",
            _ => continue,
        };
        let next = text[end..].chars().next();
        let next_ok = if replacement == "à " {
            next.is_some_and(char::is_alphanumeric)
        } else {
            next.is_some_and(|c| !c.is_whitespace())
        };
        if next_ok {
            let from = with.len();
            with.push_str(replacement);
            edits.push(Edit {
                start: i,
                end,
                with: from..with.len(),
            });
        }
    }
    edits
}

/// Merge two sorted lists of edits, dropping any that overlaps one before it
/// (runs never contain a space, so none should).
fn merge(a: Vec<Edit>, b: Vec<Edit>) -> Vec<Edit> {
    let mut out: Vec<Edit> = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x.start <= y.start => a.next(),
            (_, Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, None) => break,
        };
        if let Some(edit) = next
            && out.last().is_none_or(|last| last.end <= edit.start)
        {
            out.push(edit);
        }
    }
    out
}

/// C1 controls left in the text stand for the code page's punctuation ("l\u{92}équipe"
/// is "l’équipe" read as Latin-1); ftfy and browsers read them the same way.
fn c1_edits(text: &str, cp: Codepage) -> Plan {
    let bytes = text.as_bytes();
    let mut plan = Plan::default();
    for i in memchr::memchr_iter(0xC2, bytes) {
        let Some(&b) = bytes.get(i + 1).filter(|b| (0x80..=0x9F).contains(*b)) else {
            continue;
        };
        let c = tables::decode_byte(b, cp);
        if u32::from(c) == u32::from(b) {
            continue; // undefined in the code page too: keep it
        }
        let from = plan.with.len();
        plan.with.push(c);
        match plan.edits.last_mut() {
            Some(last) if last.end == i => {
                last.end = i + 2;
                last.with.end = plan.with.len();
            }
            _ => plan.edits.push(Edit {
                start: i,
                end: i + 2,
                with: from..plan.with.len(),
            }),
        }
    }
    plan
}

/// Apply a plan's sorted, disjoint edits.
fn apply(text: &str, plan: &Plan) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for edit in &plan.edits {
        out.push_str(&text[pos..edit.start]);
        out.push_str(&plan.with[edit.with.clone()]);
        pos = edit.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// Add the 1-based line of each sorted byte offset.
fn record_lines(text: &str, starts: impl Iterator<Item = usize>, lines: &mut Vec<u32>) {
    let bytes = text.as_bytes();
    let (mut line, mut pos) = (1usize, 0usize);
    let first = lines.len();
    for start in starts {
        line += memchr::memchr_iter(b'\n', &bytes[pos..start]).count();
        pos = start;
        let line = to_u32(line);
        if lines.len() == first || lines.last() != Some(&line) {
            lines.push(line);
        }
    }
}

/// 1-based line of the end of `bytes`.
fn count_lines(bytes: &[u8]) -> u32 {
    to_u32(memchr::memchr_iter(b'\n', bytes).count() + 1)
}

/// 1-based line and character column of byte `at` in `text`.
fn position(text: &str, at: usize) -> (u32, u32) {
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1);
    (
        count_lines(&text.as_bytes()[..at]),
        to_u32(text[start..at].chars().count() + 1),
    )
}

/// The line around byte `at`.
fn line_of(text: &str, at: usize) -> &str {
    let start = memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
    &text[start..end]
}

/// 1-based `line` of `text`, without its line break.
fn line_text(text: &str, line: u32) -> &str {
    text.split('\n')
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("")
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
