use super::mojibake::{c1_edits, looks_suspicious, plan};
use super::*;

/// Make mojibake the way it happens: encode as UTF-8, decode with `cp`, `rounds` times.
fn break_text(clean: &str, cp: Codepage, rounds: u8) -> String {
    let mut text = clean.to_owned();
    for _ in 0..rounds {
        text = tables::decode_all(text.as_bytes(), cp);
    }
    text
}

fn repaired(text: &str) -> String {
    repair_mojibake(text).map_or_else(|| text.to_owned(), |(fixed, _)| fixed)
}

mod clean {
    include!("../../../benches/samples/clean.rs");
}
use clean::CLEAN;

#[test]
fn tables_round_trip_every_byte() {
    use Codepage::{Windows1252 as W2, Windows1254 as W4};
    for cp in [Codepage::Windows1252, Codepage::Windows1254] {
        for b in 0x80..=0xFFu8 {
            let c = tables::decode_byte(b, cp);
            assert_eq!(
                tables::encode_char(c, cp),
                Some(b),
                "{cp} byte {b:#x} ({c:?})"
            );
        }
        for b in 0..0x80u8 {
            assert_eq!(tables::decode_byte(b, cp), char::from(b));
            assert_eq!(tables::encode_char(char::from(b), cp), None);
        }
    }
    for (b, c1252, c1254) in [
        (0xD0, 'Ð', 'Ğ'),
        (0xDD, 'Ý', 'İ'),
        (0xDE, 'Þ', 'Ş'),
        (0xF0, 'ð', 'ğ'),
        (0xFD, 'ý', 'ı'),
        (0xFE, 'þ', 'ş'),
        (0x8E, 'Ž', '\u{8E}'),
        (0x9E, 'ž', '\u{9E}'),
        (0x81, '\u{81}', '\u{81}'),
        (0x80, '€', '€'),
        (0x92, '’', '’'),
    ] {
        assert_eq!(tables::decode_byte(b, W2), c1252);
        assert_eq!(tables::decode_byte(b, W4), c1254);
    }
    assert_eq!(tables::encode_char('ğ', W2), None);
    assert_eq!(tables::encode_char('ð', W4), None);
    assert_eq!(tables::encode_char('Ž', W4), None);
    assert_eq!(tables::encode_char('é', W4), Some(0xE9));
}

#[test]
fn real_mojibake_is_repaired() {
    for (broken, clean) in [
        ("dÃ©veloppeur", "développeur"),
        ("lâ€™Ã©quipe", "l’équipe"),
        ("unÂ·e intÃ©ressÃ©Â·e", "un·e intéressé·e"),
        ("objectifs serontÂ\u{a0}:", "objectifs seront\u{a0}:"),
        ("Â« le mieux Â»", "« le mieux »"),
        ("rÃ©â€¢utilisateurs", "ré•utilisateurs"),
        ("Ã€ bientÃ´t ğŸ˜€", "À bientôt 😀"),
        ("dÃƒÂ©veloppeur", "développeur"),
        ("cÅ“ur et Å“uvre", "cœur et œuvre"),
        ("ÃŽle-de-France", "Île-de-France"),
        ("Ã‰tÃ© 2024 â€“ 20Â°C", "Été 2024 – 20°C"),
        (
            "salaire : 40 kâ‚¬ â€¦ voilÃ\u{a0}!",
            "salaire : 40 k€ … voilà!",
        ),
        ("Ã‡a va â€œbienâ€\u{9d}", "Ça va “bien”"),
        ("ðŸ‘©â€\u{8d}ðŸ’» cool", "👩‍💻 cool"),
        ("ï»¿title: x", "\u{FEFF}title: x"),
        // Latin-1 reading rather than Windows-1252: C1 controls for the punctuation.
        ("l\u{e2}\u{80}\u{99}Ã©quipe", "l’équipe"),
        // Decomposed accents (macOS), the acute's byte 0x81 undefined in 1252.
        ("ReÌ\u{81}sume", "Re\u{301}sume"),
    ] {
        assert_eq!(repaired(broken), clean, "{broken:?}");
    }
}

#[test]
fn turkish_code_page_is_chosen_when_only_it_explains_the_page() {
    let (fixed, repair) = repair_mojibake("Ã€ bientÃ´t ğŸ˜€").unwrap();
    assert_eq!(fixed, "À bientôt 😀");
    assert_eq!(repair.codepage, Codepage::Windows1254);
    assert_eq!(repair.rounds, 1);
    let (_, repair) = repair_mojibake("Ã€ bientÃ´t ðŸ˜€").unwrap();
    assert_eq!(repair.codepage, Codepage::Windows1252);
    // Both explain it: 1252 is preferred.
    let (_, repair) = repair_mojibake("dÃ©veloppeur").unwrap();
    assert_eq!(repair.codepage, Codepage::Windows1252);
    // Only 1252 has Ž at 0x8E.
    let (fixed, repair) = repair_mojibake("ÃŽle").unwrap();
    assert_eq!(
        (fixed.as_str(), repair.codepage),
        ("Île", Codepage::Windows1252)
    );
}

#[test]
fn clean_text_is_never_touched() {
    for text in [
        "À bientôt",
        "Ça va",
        "PÃO",
        "NÃO É PÃO",
        "Ã la",
        "voilà Ã la carte",
        "©2020 Â",
        "©2020 Â et",
        "Â",
        "Ã",
        "naïve façade, cœur, œuvre, Æ",
        "« guillemets »",
        "«guillemets»",
        "l’équipe — 20 €",
        "Étalab",
        "ÉTÉ",
        "«ÉTÉ»",
        "“ÉTÉ”",
        "CAFÉ…",
        "l’été…»",
        "OÙ…",
        "3×²",
        "Marque™ déposée ; 5 ‰ ; • puce",
        "Ñ",
        "20 °C",
        "plain ascii only\r\nsecond line",
        "",
        "Île-de-France, Être, Ôter, Ûber, Ïle",
        "Émile Zola — « J’accuse… ! »",
        "CHÂTEAU ÂGÉ",
        "IRMÃ  ok",
        "x\u{FFFD}y Ã\u{FFFD}",
    ] {
        assert_eq!(repair_mojibake(text), None, "{text:?}");
    }
    for text in CLEAN {
        assert_eq!(repair_mojibake(text), None, "{text:?}");
    }
}

#[test]
fn broken_pages_round_trip() {
    for cp in [Codepage::Windows1252, Codepage::Windows1254] {
        for rounds in 1..=3 {
            for clean in CLEAN {
                let broken = break_text(clean, cp, rounds);
                assert_ne!(&broken, clean);
                let (fixed, repair) = repair_mojibake(&broken).unwrap();
                assert_eq!(&fixed, clean, "{cp} × {rounds}: {broken:?}");
                assert_eq!(repair.rounds, rounds, "{cp} × {rounds}: {broken:?}");
            }
        }
    }
}

#[test]
fn turkish_letters_and_emoji_report_1254() {
    let broken = break_text("Yılmaz 😀 Ğ", Codepage::Windows1254, 1);
    assert!(broken.contains('ğ'));
    let (fixed, repair) = repair_mojibake(&broken).unwrap();
    assert_eq!(fixed, "Yılmaz 😀 Ğ");
    assert_eq!(repair.codepage, Codepage::Windows1254);
}

#[test]
fn only_broken_runs_change_in_a_mixed_page() {
    let page = "---\ntitle: Développeur·euse\nlieu: Montréal\n---\n\nLâ€™Ã©quipe recrute.\n\
                Texte déjà correct : été, « ok ».\nRÃ©munÃ©ration : 40 kâ‚¬\n";
    let (fixed, repair) = repair_mojibake(page).unwrap();
    assert_eq!(
        fixed,
        "---\ntitle: Développeur·euse\nlieu: Montréal\n---\n\nL’équipe recrute.\n\
         Texte déjà correct : été, « ok ».\nRémunération : 40 k€\n"
    );
    assert_eq!(repair.lines, vec![6, 8]);
    assert_eq!(repair.fixes, 4);
    assert_eq!(repair.rounds, 1);
}

#[test]
fn lines_count_with_crlf_and_double_rounds() {
    let page = "a\r\nb dÃƒÂ©jÃƒÂ\u{a0}\r\nc\r\nd Ã©t\u{e9}\r\n";
    let (fixed, repair) = repair_mojibake(page).unwrap();
    assert_eq!(fixed, "a\r\nb déjà\r\nc\r\nd été\r\n");
    assert_eq!(repair.lines, vec![2, 4]);
    assert_eq!(repair.rounds, 2);
}

#[test]
fn lost_no_break_spaces_need_strong_evidence() {
    // Alone, "Ã " could be real (Portuguese capitals, "Ã la" in a text about mojibake).
    assert_eq!(repair_mojibake("voilÃ  tout"), None);
    assert_eq!(repair_mojibake("serontÂ :"), None);
    // On a page that is surely broken, they are the lost U+00A0 of "à" and of a no-break space.
    assert_eq!(repaired("dÃ©jÃ  fait, Ã la carte"), "déjà fait, à la carte");
    assert_eq!(
        repaired("Ã©tÃ© serontÂ : 2Â 000 â‚¬"),
        "été seront\u{a0}: 2\u{a0}000 €"
    );
    // Capitals before: real Portuguese, kept even then.
    assert_eq!(repaired("Ã©tÃ© IRMÃ  ok"), "été IRMÃ  ok");
    // "Â" after a space or at the end: not a lost no-break space.
    assert_eq!(repaired("Ã©tÃ© ©2020 Â et Â"), "été ©2020 Â et Â");
}

#[test]
fn weak_runs_need_company() {
    // Greek rebuilt from "Î¼" alone could be a real "Î" before a symbol: kept…
    assert_eq!(repair_mojibake("10 Î¼m"), None);
    // …but fixed on a page with strong evidence, or as a longer run.
    assert_eq!(repaired("10 Î¼m dÃ©jÃ©"), "10 μm déjé");
    assert_eq!(repaired("ÐŸÑ€Ð¸Ð²ÐµÑ‚"), "Привет");
}

#[test]
fn lost_bytes_become_one_replacement_character_on_broken_pages() {
    assert_eq!(repaired("â€\u{FFFD} et lâ€™Ã©tÃ©"), "\u{FFFD} et l’été");
    assert_eq!(repair_mojibake("â€\u{FFFD} seul"), None);
}

#[test]
fn c1_controls_are_read_as_windows_1252() {
    let (fixed, repair) = repair_mojibake("l\u{92}équipe\n\u{85}\u{96}").unwrap();
    assert_eq!(fixed, "l’équipe\n…–");
    assert_eq!(repair.fixes, 2);
    assert_eq!(repair.lines, vec![1, 2]);
    assert_eq!(repair.rounds, 1);
    // Undefined in 1252 too: kept.
    assert_eq!(repair_mojibake("a\u{81}b"), None);
}

#[test]
fn repair_serialises() {
    let (_, repair) = repair_mojibake("dÃ©veloppeur").unwrap();
    let json = serde_json::to_string(&repair).unwrap();
    assert_eq!(
        json,
        r#"{"codepage":"windows1252","rounds":1,"fixes":1,"lines":[1]}"#
    );
    assert_eq!(serde_json::from_str::<Repair>(&json).unwrap(), repair);
    assert_eq!(
        serde_json::to_string(&SourceEncoding::Utf8Bom).unwrap(),
        r#""utf8_bom""#
    );
    assert_eq!(
        serde_json::to_string(&SourceEncoding::Utf16Le).unwrap(),
        r#""utf16_le""#
    );
    assert_eq!(
        serde_json::to_string(&Codepage::Windows1254).unwrap(),
        r#""windows1254""#
    );
}

// ---- decode ----

#[test]
fn utf8_with_and_without_bom() {
    let d = decode("---\r\ntitre: Été\r\n".as_bytes());
    assert_eq!(
        (d.text.as_str(), d.encoding),
        ("---\r\ntitre: Été\r\n", SourceEncoding::Utf8)
    );
    assert!(d.diagnostics.is_empty() && d.repair.is_none());
    let d = decode(b"\xEF\xBB\xBFabc\r\n");
    assert_eq!(
        (d.text.as_str(), d.encoding),
        ("abc\r\n", SourceEncoding::Utf8Bom)
    );
    assert!(d.diagnostics.is_empty());
    let d = decode(b"");
    assert_eq!((d.text.as_str(), d.encoding), ("", SourceEncoding::Utf8));
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom.then_some(0xFEFF).into_iter().chain(text.encode_utf16());
    for u in units {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf16_with_bom() {
    let text = "---\r\ntitre: Été 😀\r\n---\r\n";
    for (big_endian, encoding) in [
        (false, SourceEncoding::Utf16Le),
        (true, SourceEncoding::Utf16Be),
    ] {
        let d = decode(&utf16(text, big_endian, true));
        assert_eq!((d.text.as_str(), d.encoding), (text, encoding));
        assert_eq!(d.diagnostics.len(), 1);
        assert_eq!(d.diagnostics[0].code, DiagnosticCode::Utf16);
        assert_eq!(d.diagnostics[0].severity, Severity::Info);
    }
}

#[test]
fn utf16_invalid_units_become_replacement_characters() {
    let mut bytes = utf16("a\nb", false, true);
    bytes.extend([0x00, 0xD8]); // lone high surrogate
    bytes.extend(utf16("c", false, false));
    bytes.push(0x41); // odd last byte
    let d = decode(&bytes);
    assert_eq!(d.text, "a\nb\u{FFFD}c\u{FFFD}");
    let bad = &d.diagnostics[1];
    assert_eq!(bad.code, DiagnosticCode::InvalidBytes);
    assert_eq!((bad.line, bad.column), (2, 2));
    assert!(
        bad.message.starts_with("2 invalid UTF-16 code units"),
        "{}",
        bad.message
    );
}

#[test]
fn utf16_without_bom_needs_strong_evidence() {
    let text = "titre: Développeur\nlieu: Paris\n";
    let d = decode(&utf16(text, false, false));
    assert_eq!(
        (d.text.as_str(), d.encoding),
        (text, SourceEncoding::Utf16Le)
    );
    let d = decode(&utf16(text, true, false));
    assert_eq!(
        (d.text.as_str(), d.encoding),
        (text, SourceEncoding::Utf16Be)
    );
    assert!(
        d.diagnostics[0]
            .message
            .contains("without a byte order mark")
    );
    // A few NULs in UTF-8 are not UTF-16.
    let d = decode(b"abc\0def\0ghi\0jkl");
    assert_eq!(d.encoding, SourceEncoding::Utf8);
    assert_eq!(d.text, "abc\0def\0ghi\0jkl");
}

#[test]
fn windows_1252_files() {
    let d = decode(b"---\r\ntitre: D\xE9veloppeur\r\n---\r\nL\x92\xE9quipe \x80 \x81\r\n");
    assert_eq!(d.encoding, SourceEncoding::Windows1252);
    assert_eq!(
        d.text,
        "---\r\ntitre: Développeur\r\n---\r\nL’équipe € \u{81}\r\n"
    );
    assert_eq!(d.diagnostics.len(), 1);
    let diag = &d.diagnostics[0];
    assert_eq!(diag.code, DiagnosticCode::LegacyEncoding);
    assert_eq!(diag.severity, Severity::Warning);
    assert_eq!((diag.line, diag.column), (2, 9));
    assert_eq!(
        diag.message,
        "the file is not UTF-8 (byte 0xE9 here); read as Windows-1252: \"titre: Développeur\""
    );
    assert!(d.repair.is_none());
}

#[test]
fn utf8_with_a_stray_byte_stays_utf8() {
    let mut bytes = "titre: Développeur\nlieu: Montréal, à côté\n"
        .as_bytes()
        .to_vec();
    bytes.extend(b"l\x92\xE9quipe\n");
    let d = decode(&bytes);
    assert_eq!(d.encoding, SourceEncoding::Utf8);
    assert_eq!(
        d.text,
        "titre: Développeur\nlieu: Montréal, à côté\nl’équipe\n"
    );
    let diag = &d.diagnostics[0];
    assert_eq!(diag.code, DiagnosticCode::LegacyEncoding);
    assert_eq!((diag.line, diag.column), (3, 2));
    assert!(
        diag.message
            .starts_with("2 bytes not valid UTF-8 (first 0x92)"),
        "{}",
        diag.message
    );
    // A BOM says UTF-8 whatever the count.
    let d = decode(b"\xEF\xBB\xBFcaf\xE9");
    assert_eq!(
        (d.text.as_str(), d.encoding),
        ("café", SourceEncoding::Utf8Bom)
    );
}

#[test]
fn decode_repairs_and_reports() {
    let mut page = String::from("---\ntitle: Offre\n---\n");
    for i in 0..22 {
        page += &["Ligne ", &i.to_string(), " : lâ€™Ã©quipe\n"].concat();
    }
    page = page.replacen("Ligne 0 : lâ€™Ã©quipe", "Poste de dÃ©veloppeur ğŸ˜€", 1);
    page.push_str("Fin Ã©tÃ©\n");
    let d = decode(page.as_bytes());
    let repair = d.repair.as_ref().unwrap();
    assert_eq!(repair.codepage, Codepage::Windows1254);
    assert_eq!(repair.lines.len(), 23);
    assert_eq!(repair.lines[0], 4);
    assert!(
        d.text
            .starts_with("---\ntitle: Offre\n---\nPoste de développeur 😀\nLigne 1 : l’équipe\n")
    );
    let diag = d.diagnostics.last().unwrap();
    assert_eq!(diag.code, DiagnosticCode::EncodingRepaired);
    assert_eq!((diag.line, diag.column), (4, 11));
    assert_eq!(
        diag.message,
        "repaired mojibake (UTF-8 read as Windows-1254, 1 round) on 23 lines, \
         first \"dÃ©veloppeur\" → \"développeur\""
    );
}

#[test]
fn decode_strips_a_repaired_bom_and_keeps_line_ends() {
    let d = decode("ï»¿---\r\nx: Ã©\r\n".as_bytes());
    assert_eq!(d.text, "---\r\nx: é\r\n");
    assert_eq!(d.repair.unwrap().lines, vec![1, 2]);
}

#[test]
fn legacy_file_holding_utf8_is_repaired_too() {
    // Mostly Windows-1252, with a pasted UTF-8 line: that line reads as mojibake, then is repaired.
    let mut bytes = b"caf\xE9 cr\xE8me br\xFBl\xE9e \xE0 la \xE9t\xE9\n".to_vec();
    bytes.extend("déjà\n".as_bytes());
    let d = decode(&bytes);
    assert_eq!(d.encoding, SourceEncoding::Windows1252);
    assert_eq!(d.text, "café crème brûlée à la été\ndéjà\n");
    assert_eq!(d.repair.unwrap().lines, vec![2]);
}

// ---- robustness ----

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }
}

fn check(bytes: &[u8]) {
    let d = decode(bytes);
    let newlines = |s: &[u8]| memchr::memchr_iter(b'\n', s).count();
    if matches!(
        d.encoding,
        SourceEncoding::Utf8 | SourceEncoding::Utf8Bom | SourceEncoding::Windows1252
    ) {
        assert_eq!(newlines(d.text.as_bytes()), newlines(bytes), "{bytes:?}");
    }
    if let Some(repair) = &d.repair {
        assert!((1..=3).contains(&repair.rounds));
        assert!(repair.lines.windows(2).all(|w| w[0] < w[1]));
    }
}

#[test]
fn never_panics_on_edge_bytes() {
    for b in 0..=255u8 {
        check(&[b]);
        check(&[b, b'\n', b]);
        check(&[0xFF, 0xFE, b]);
        check(&[0xFE, 0xFF, b]);
        check(&[0xEF, 0xBB, 0xBF, b]);
    }
    let samples = ["é😀’\r\nÃ©", "ÃƒÂ©â€™ğŸ˜€", "\u{FEFF}x"];
    for sample in samples {
        let sets = [
            sample.as_bytes().to_vec(),
            utf16(sample, false, true),
            utf16(sample, true, true),
            break_text(sample, Codepage::Windows1252, 2).into_bytes(),
        ];
        for bytes in sets {
            for cut in 0..=bytes.len() {
                check(&bytes[..cut]);
                check(&bytes[cut..]);
            }
        }
    }
}

#[test]
fn never_panics_on_random_bytes() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..10_000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next().to_le_bytes()[0]).collect();
        check(&bytes);
    }
}

#[test]
fn never_panics_on_random_mojibake_alphabet() {
    // Random bytes almost never spell mojibake; strings over its alphabet do.
    let alphabet: Vec<char> = "ÃÂâ€™ğðŸ˜©ƒ \u{a0}\u{81}\u{9d}\u{FFFD}Å“Ä±Î¼ÐŸaé\n\r«»ŽžIÑï»¿"
        .chars()
        .collect();
    let mut rng = XorShift(42);
    for _ in 0..10_000 {
        let len = rng.below(24);
        let text: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        check(text.as_bytes());
        if let Some((fixed, _)) = repair_mojibake(&text) {
            assert_eq!(fixed.matches('\n').count(), text.matches('\n').count());
        }
    }
}

#[test]
fn french_letters_next_to_punctuation_are_kept() {
    // Every accented letter French uses, except Â (whose "Â«" is the mojibake of
    // "«"), directly followed by one or two punctuation marks or symbols.
    let letters = "àäéèêëîïôöùûüÿçœæÀÄÉÈÊËÎÏÔÖÙÛÜŸÇŒÆáíóúñÁÍÓÚÑãõÃÕ";
    let marks = "«»’‘“”…–—•€°·\u{a0}\u{202f}™©®§²³½¼‰×±¹";
    for a in letters.chars() {
        for b in marks.chars() {
            let pair = format!("{a}{b}");
            if !"ÄÃ".contains(a) {
                assert_eq!(repair_mojibake(&pair), None, "{pair:?}");
            }
            if a.is_lowercase() && a != 'ä' {
                for c in marks.chars() {
                    let triple = format!("x{a}{b}{c}y");
                    assert_eq!(repair_mojibake(&triple), None, "{triple:?}");
                }
            }
        }
    }
}

#[test]
fn quick_scan_misses_nothing_the_repair_would_do() {
    let alphabet: Vec<char> = "ÃÂâ€™ğðŸ˜©ƒ \u{a0}\u{81}\u{85}\u{FFFD}Å“Ä±Î¼ÐŸaé·ï»¿"
        .chars()
        .collect();
    let mut rng = XorShift(7);
    for _ in 0..20_000 {
        let len = rng.below(12);
        let text: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        if !looks_suspicious(text.as_bytes()) {
            for cp in [Codepage::Windows1252, Codepage::Windows1254] {
                assert!(plan(&text, cp).edits.is_empty(), "{text:?}");
                assert!(c1_edits(&text, cp).edits.is_empty(), "{text:?}");
            }
        }
    }
}
