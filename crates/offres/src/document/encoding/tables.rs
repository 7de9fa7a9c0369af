//! The two Windows code pages that UTF-8 is most often misread with here.
//!
//! Bytes 0xA0..=0xFF are Latin-1 in both, except six Turkish letters in 1254.
//! Bytes the code page leaves undefined decode to the C1 control of the same
//! number, as browsers and ftfy's "sloppy" codecs do: that way every byte has a
//! character and every such character has its byte back, so nothing is lost.

use super::Codepage;

/// Windows-1252, bytes 0x80..=0x9F.
const CP1252_80: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Windows-1254, bytes 0x80..=0x9F: 1252 without Ž and ž.
const CP1254_80: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{8E}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{9E}', '\u{178}',
];

/// Windows-1254 above 0x9F where it is not Latin-1.
const CP1254_HIGH: [(u8, char); 6] = [
    (0xD0, '\u{11E}'), // Ğ
    (0xDD, '\u{130}'), // İ
    (0xDE, '\u{15E}'), // Ş
    (0xF0, '\u{11F}'), // ğ
    (0xFD, '\u{131}'), // ı
    (0xFE, '\u{15F}'), // ş
];

fn low_table(cp: Codepage) -> &'static [char; 32] {
    match cp {
        Codepage::Windows1252 => &CP1252_80,
        Codepage::Windows1254 => &CP1254_80,
    }
}

/// The character byte `b` stands for in `cp`.
pub(super) fn decode_byte(b: u8, cp: Codepage) -> char {
    match b {
        0x00..=0x7F => char::from(b),
        0x80..=0x9F => low_table(cp)[usize::from(b - 0x80)],
        _ => {
            if cp == Codepage::Windows1254
                && let Some(&(_, c)) = CP1254_HIGH.iter().find(|(byte, _)| *byte == b)
            {
                return c;
            }
            char::from(b)
        }
    }
}

/// The byte (0x80 or above) that `c` comes from in `cp`, if any.
///
/// C1 controls map to their own byte in both code pages: they are what a sloppy
/// decoder gives for undefined bytes and what a Latin-1 decoder gives for all of
/// 0x80..=0x9F, so text misread as Latin-1 is repaired by the same means.
pub(super) fn encode_char(c: char, cp: Codepage) -> Option<u8> {
    let u = u32::from(c);
    match u {
        0x00..=0x7F => None,
        0x80..=0x9F => u8::try_from(u).ok(),
        0xA0..=0xFF => {
            let b = u8::try_from(u).ok()?;
            let shadowed = cp == Codepage::Windows1254 && CP1254_HIGH.iter().any(|(x, _)| *x == b);
            (!shadowed).then_some(b)
        }
        _ => {
            if let Some(i) = low_table(cp).iter().position(|&x| x == c) {
                return u8::try_from(i).ok().map(|i| i + 0x80);
            }
            match cp {
                Codepage::Windows1252 => None,
                Codepage::Windows1254 => CP1254_HIGH.iter().find(|(_, x)| *x == c).map(|(b, _)| *b),
            }
        }
    }
}

/// Whether `c` has a byte in one of the two code pages only (Ð or Ğ, ž…): the
/// only characters on which reading with 1252 or with 1254 can differ.
pub(super) fn tells_apart(c: char) -> bool {
    matches!(u32::from(c), 0xD0..=0xFE | 0x11E..=0x17E)
        && encode_char(c, Codepage::Windows1252).is_some()
            != encode_char(c, Codepage::Windows1254).is_some()
}

/// Decode a whole single-byte text.
pub(super) fn decode_all(bytes: &[u8], cp: Codepage) -> String {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    out.extend(bytes.iter().map(|&b| decode_byte(b, cp)));
    out
}
