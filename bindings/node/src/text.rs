//! A JavaScript string as Rust text.
//!
//! napi's own conversion to UTF-8 asks V8 for the UTF-8 length, then for the bytes: two
//! passes over the string, which cost more than reading a page's front matter. V8 hands
//! out UTF-16 code units with a copy, and most of a French page is ASCII, so the units
//! are turned into UTF-8 here in one pass.

use napi::JsString;
use napi::Result;

/// `text` as a Rust string; a lone surrogate becomes U+FFFD, as napi's conversion does.
pub fn to_string(text: JsString<'_>) -> Result<String> {
    // The buffer napi fills also holds a NUL terminator after the string's own units.
    let len = text.utf16_len()?;
    let units = text.into_utf16()?;
    Ok(from_utf16(&units[..len.min(units.len())]))
}

/// UTF-16 code units as UTF-8, lone surrogates replaced by U+FFFD.
pub fn from_utf16(units: &[u16]) -> String {
    // A page is mostly ASCII: sixteen units at a time are checked and copied as bytes
    // (loops the compiler turns into vector instructions); the others one at a time.
    const RUN: usize = 16;
    let mut bytes: Vec<u8> = Vec::with_capacity(units.len() + units.len() / 8);
    let mut i = 0;
    while i < units.len() {
        let end = (i + RUN).min(units.len());
        let run = &units[i..end];
        if run.iter().fold(0, |all, &u| all | u) < 0x80 {
            bytes.extend(run.iter().map(|&u| u.to_le_bytes()[0]));
            i = end;
            continue;
        }
        while i < end {
            let unit = units[i];
            if unit < 0x80 {
                bytes.push(unit.to_le_bytes()[0]);
                i += 1;
                continue;
            }
            let (c, taken) = match (unit, units.get(i + 1)) {
                (0xD800..=0xDBFF, Some(&low @ 0xDC00..=0xDFFF)) => (
                    char::from_u32(
                        0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00),
                    ),
                    2,
                ),
                _ => (char::from_u32(u32::from(unit)), 1),
            };
            let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
            bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            i += taken;
        }
    }
    // Always valid: every byte above came from a whole character.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::from_utf16;

    #[test]
    fn utf16_reads_as_std_reads_it() {
        let samples: [&[u16]; 6] = [
            &[],
            &[0x41, 0xE9, 0x20, 0x2019, 0xD83D, 0xDE80, 0x7A],
            // Lone surrogates, at the start, in the middle and at the end.
            &[0xDC00, 0x41, 0xD800, 0x42, 0xD800],
            &[0xD83D, 0x41],
            &[0x7F, 0x80, 0x7FF, 0x800, 0xFFFF],
            &[0x61; 100],
        ];
        for units in samples {
            assert_eq!(
                from_utf16(units),
                String::from_utf16_lossy(units),
                "{units:x?}"
            );
        }
        // Every pair of units in a small alphabet that crosses every boundary.
        let alphabet = [
            0x0, 0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
            0xE000, 0xFFFF,
        ];
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let units = [a, b, c];
                    assert_eq!(
                        from_utf16(&units),
                        String::from_utf16_lossy(&units),
                        "{units:x?}"
                    );
                }
            }
        }
        // A pair or a lone surrogate at every place around the runs of sixteen.
        for at in 0..40 {
            for odd in [&[0xD83D, 0xDE80][..], &[0xD800], &[0xDC00], &[0xE9]] {
                let units: Vec<u16> = [&[0x61; 40][..at], odd, &[0x62; 20]].concat();
                assert_eq!(from_utf16(&units), String::from_utf16_lossy(&units), "{at}");
            }
        }
        let page: Vec<u16> = "---\ntitle: Développeur·euse\n---\nÀ Paris 🚀 « ici ».\n"
            .encode_utf16()
            .collect();
        assert_eq!(from_utf16(&page), String::from_utf16_lossy(&page));
    }
}
