//! Mojibake repair: runs of characters that spell UTF-8 bytes in a legacy code page,
//! found and decoded each on its own, under rules narrowed for French pages (see the
//! parent module).

use std::ops::Range;

use super::{Codepage, Repair, record_lines, tables, to_u32};

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
pub(super) fn looks_suspicious(bytes: &[u8]) -> bool {
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
pub(super) struct Edit {
    start: usize,
    end: usize,
    with: Range<usize>,
}

/// What one round of repair changes.
#[derive(Default)]
pub(super) struct Plan {
    /// Sorted and disjoint.
    pub(super) edits: Vec<Edit>,
    /// All replacements, end to end (one allocation rather than one per run).
    with: String,
    /// How many characters the plan rebuilds: picks the code page.
    score: usize,
    /// Whether a character read on the way has a byte in one code page only;
    /// if none did, the other code page would plan exactly the same.
    cp_sensitive: bool,
}

/// Find what one round of repair with `cp` would change.
pub(super) fn plan(text: &str, cp: Codepage) -> Plan {
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
pub(super) fn c1_edits(text: &str, cp: Codepage) -> Plan {
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
