//! The readers on inputs written to break them: every row still read, every problem a
//! diagnostic at its row and column.

use std::io::Read;

use super::*;
use crate::DiagnosticCode as Code;

/// A datagouv header with the columns these tests use.
const HEADER: &str = "\"Intitulé du poste\";\"Référence\";\"Versant\";\"Date de première publication\";\"Compétences attendues\";\"Localisation du poste\"";

fn rows(text: &str) -> Vec<Row> {
    OfferReader::from_reader(std::io::Cursor::new(text.as_bytes().to_vec()))
        .expect("a national file")
        .map(|r| r.expect("no error"))
        .collect()
}

fn cell<'a>(row: &'a Row, name: &str) -> &'a str {
    row.get(name).unwrap_or_else(|| panic!("no column {name}"))
}

fn codes(row: &Row) -> Vec<Code> {
    row.to_posting()
        .meta
        .diagnostics
        .iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn line_ends_bom_and_quoting() {
    let lf = format!(
        "{HEADER}\n\"Dev\";\"A-1\";\"Fonction Publique de l'Etat\";\"01/02/2026\";\"\";\"Var (83)\"\n"
    );
    let crlf = format!("\u{feff}{}", lf.replace('\n', "\r\n"));
    let bare = format!("{HEADER}\nDev;A-1;Fonction Publique de l'Etat;01/02/2026;;Var (83)");
    for text in [&lf, &crlf, &bare] {
        let rows = rows(text);
        assert_eq!(rows.len(), 1, "{text:?}");
        let r = &rows[0];
        assert_eq!((r.number(), r.line(), r.end_line()), (1, 2, 2));
        assert_eq!(cell(r, "Référence"), "A-1");
        assert_eq!(cell(r, "Localisation du poste"), "Var (83)");
        assert!(r.diagnostics().is_empty(), "{:?}", r.diagnostics());
    }
}

#[test]
fn cells_spanning_lines_keep_their_lines() {
    let text = format!(
        "{HEADER}\r\n\"Dev\";\"A-1\";\"\";\"\";\"Savoir-faire\r\n- Rust\n- \"\"SQL\"\"\";\"Var (83)\"\r\n\"Ops\";\"A-2\";\"\";\"\";\"\";\"\"\r\n"
    );
    let rows = rows(&text);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        cell(&rows[0], "Compétences attendues"),
        "Savoir-faire\n- Rust\n- \"SQL\""
    );
    assert_eq!((rows[0].line(), rows[0].end_line()), (2, 4));
    assert_eq!((rows[1].line(), rows[1].number()), (5, 2));
    let c = rows[0].cells[4];
    assert_eq!((c.line, c.end_line, c.column), (2, 4, 19));
    assert_eq!(rows[0].cells[5].line, 4);
}

#[test]
fn a_stray_quote_is_kept_and_reported() {
    let text = format!(
        "{HEADER}\n\"Chargé \"data\" senior\";A\"1;\"\";\"\";\"\";\"Var (83)\"\n\"Ops\";\"A-2\";\"\";\"\";\"\";\"\"\n"
    );
    let rows = rows(&text);
    assert_eq!(rows.len(), 2);
    let r = &rows[0];
    assert_eq!(cell(r, "Intitulé du poste"), "Chargé \"data\" senior");
    assert_eq!(cell(r, "Référence"), "A\"1");
    assert_eq!(cell(r, "Localisation du poste"), "Var (83)");
    let posting = r.to_posting();
    let stray: Vec<_> = posting
        .meta
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::StrayQuote)
        .collect();
    assert_eq!(stray.len(), 2, "{stray:?}");
    assert_eq!(
        (stray[0].line, stray[0].column, stray[0].row),
        (2, 9, Some(1))
    );
    assert_eq!(stray[0].path.as_deref(), Some("Intitulé du poste"));
    assert_eq!(stray[1].path.as_deref(), Some("Référence"));
    assert_eq!(posting.apply.reference.as_deref(), Some("A\"1"));
    assert!(rows[1].diagnostics().is_empty());
}

#[test]
fn an_unclosed_quote_ends_with_its_line() {
    let text = format!(
        "{HEADER}\n\"Dev\";\"A-1\";\"\";\"\";\"\";\"Var (83)\n\"Ops\";\"A-2\";\"\";\"\";\"\";\"Gard (30)\"\n"
    );
    let rows = rows(&text);
    // The quote before `Var` never closes: read on, the row would have 11 cells for 6
    // columns. Its cell is read to the end of its line, and the next line is a row.
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(codes(&rows[0]).contains(&Code::UnclosedQuote));
    let d = rows[0]
        .diagnostics()
        .iter()
        .find(|d| d.code == Code::UnclosedQuote)
        .unwrap();
    assert_eq!((d.line, d.column, d.row), (2, 22, Some(1)));
    assert_eq!(d.path.as_deref(), Some("Localisation du poste"));
    assert_eq!(cell(&rows[0], "Localisation du poste"), "\"Var (83)");
    assert_eq!(rows[0].to_posting().apply.reference.as_deref(), Some("A-1"));
    assert_eq!(cell(&rows[1], "Localisation du poste"), "Gard (30)");
    assert_eq!(rows[1].line(), 3);
}

#[test]
fn missing_and_extra_cells() {
    let text = format!(
        "{HEADER}\n\"Dev\";\"A-1\"\n\"Ops\";\"A-2\";\"\";\"\";\"\";\"Var (83)\";\"surplus\"\n"
    );
    let rows = rows(&text);
    assert_eq!(rows.len(), 2);
    let short = rows[0].to_posting();
    assert_eq!(short.meta.title.as_deref(), Some("Dev"));
    assert_eq!(short.apply.reference.as_deref(), Some("A-1"));
    let d = &short.meta.diagnostics[0];
    assert_eq!((d.code, d.row, d.line), (Code::CellCount, Some(1), 2));
    let long = rows[1].to_posting();
    assert_eq!(
        long.meta.extra.get("column 7").and_then(|v| v.as_str()),
        Some("surplus")
    );
    assert_eq!(long.meta.diagnostics[0].code, Code::CellCount);
    assert_eq!(
        long.location.and_then(|l| l.department_code).as_deref(),
        Some("83")
    );
}

#[test]
fn a_bad_date_is_a_diagnostic_at_its_cell() {
    let text = format!("{HEADER}\n\"Dev\";\"A-1\";\"\";\"32/13/2026\";\"\";\"Var (83)\"\n");
    let p = rows(&text)[0].to_posting();
    let d = &p.meta.diagnostics[0];
    assert_eq!(d.code, Code::MalformedDate);
    assert_eq!((d.row, d.line, d.column), (Some(1), 2, 16));
    assert_eq!(d.path.as_deref(), Some("Date de première publication"));
    assert!(d.message.contains("\"32/13/2026\""), "{}", d.message);
    assert_eq!(p.meta.date_posted, None);
    assert_eq!(
        p.meta
            .extra
            .get("Date de première publication")
            .and_then(|v| v.as_str()),
        Some("32/13/2026")
    );
    assert_eq!(p.meta.title.as_deref(), Some("Dev"));
}

#[test]
fn unknown_columns_are_kept_and_named_once() {
    let text = format!(
        "{HEADER};\"Nouvelle colonne\"\n\"Dev\";\"A-1\";\"\";\"\";\"\";\"\";\"x\"\n\"Ops\";\"A-2\";\"\";\"\";\"\";\"\";\"y\"\n"
    );
    let rows = rows(&text);
    let first = rows[0].to_posting();
    let unknown: Vec<_> = first
        .meta
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UnknownColumn)
        .collect();
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].line, 1);
    assert_eq!(
        first
            .meta
            .extra
            .get("Nouvelle colonne")
            .and_then(|v| v.as_str()),
        Some("x")
    );
    let second = rows[1].to_posting();
    assert!(second.meta.diagnostics.is_empty());
    assert_eq!(
        second
            .meta
            .extra
            .get("Nouvelle colonne")
            .and_then(|v| v.as_str()),
        Some("y")
    );
}

#[test]
fn latin1_cells_are_decoded() {
    let mut bytes = format!("{HEADER}\n\"D").into_bytes();
    bytes.push(0xE9); // é in Windows-1252
    bytes.extend_from_slice(b"v\";\"A-1\";\"\";\"\";\"\";\"\"\n");
    let mut reader = OfferReader::from_reader(std::io::Cursor::new(bytes)).unwrap();
    let row = reader.next().unwrap().unwrap();
    assert_eq!(cell(&row, "Intitulé du poste"), "Dév");
    assert!(!row.diagnostics().is_empty());
}

#[test]
fn not_a_national_file() {
    for text in [
        "",
        "---\ntitle: x\n---\n",
        "a;b;c;d;e\n1;2;3;4;5\n",
        "[1, 2]",
    ] {
        let err =
            OfferReader::from_reader(std::io::Cursor::new(text.as_bytes().to_vec())).unwrap_err();
        assert_eq!(err.code(), "unknown_format", "{text:?}");
    }
}

const JSON_HEAD: &str = "[\n {\n  \"OfferID\": 1,\n  \"Offer_Reference_\": \"2021-1\",\n  \"JobDescriptionTranslation_JobTitle_\": \"Dev \\\"senior\\\" \\ud83d\\ude00\",\n  \"Location_Department_Department_\": \"Paris (75)\",\n  \"Offer_CoordLat_\": null,\n  \"Extra_\": {\"a\": [1, \"b\"]}\n }";

#[test]
fn json_rows_cells_and_lines() {
    let text = format!("{JSON_HEAD},\n {{\"Offer_Reference_\": \"2021-2\"}}\n]\n");
    let mut reader = OfferReader::from_reader(std::io::Cursor::new(text.into_bytes())).unwrap();
    assert_eq!(reader.format(), NationalFormat::TalentsoftJson);
    let first = reader.next().unwrap().unwrap();
    assert_eq!(first.line(), 2);
    assert_eq!(cell(&first, "OfferID"), "1");
    assert_eq!(
        cell(&first, "JobDescriptionTranslation_JobTitle_"),
        "Dev \"senior\" 😀"
    );
    assert_eq!(cell(&first, "Offer_CoordLat_"), "");
    assert_eq!(cell(&first, "Extra_"), "{\"a\":[1,\"b\"]}");
    let p = first.to_posting();
    assert_eq!(p.meta.sources["reference"].line, 4);
    assert_eq!(p.meta.sources["reference"].column, Some(2));
    assert!(
        p.meta
            .diagnostics
            .iter()
            .any(|d| d.code == Code::UnknownColumn && d.path.as_deref() == Some("Extra_"))
    );
    let second = reader.next().unwrap().unwrap();
    assert_eq!((second.number(), second.line()), (2, 10));
    assert_eq!(
        second.to_posting().apply.reference.as_deref(),
        Some("2021-2")
    );
    assert!(reader.next().is_none());
}

#[test]
fn a_json_syntax_error_ends_the_file_after_the_rows_before_it() {
    let text = format!("{JSON_HEAD},\n {{\"Offer_Reference_\": \"2021-2\" \"x\": 1}}\n]\n");
    let results: Vec<_> = OfferReader::from_reader(std::io::Cursor::new(text.into_bytes()))
        .unwrap()
        .collect();
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    let err = results[1].as_ref().unwrap_err();
    assert_eq!(err.code(), "json_syntax");
    assert_eq!((err.line(), err.column()), (Some(10), Some(32)));
}

/// Hands out its bytes a few at a time, as a pipe may.
struct Trickle(Vec<u8>, usize);

impl Read for Trickle {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(3).min(self.0.len() - self.1);
        buf[..n].copy_from_slice(&self.0[self.1..self.1 + n]);
        self.1 += n;
        Ok(n)
    }
}

#[test]
fn small_reads_give_the_same_rows() {
    let csv = format!(
        "{HEADER}\r\n\"Dev\";\"A-1\";\"\";\"\";\"Savoir-faire\r\n- Rust\";\"Var (83)\"\r\n\"Ops\";A\"2;\"\";\"\";\"\";\"\"\r\n"
    );
    let json = format!("{JSON_HEAD}\n]");
    for text in [csv, json] {
        let whole: Vec<_> = rows(&text).iter().map(Row::to_posting).collect();
        let trickled: Vec<_> = OfferReader::from_reader(Trickle(text.into_bytes(), 0))
            .unwrap()
            .map(|r| r.unwrap().to_posting())
            .collect();
        assert_eq!(whole, trickled);
    }
}

#[test]
fn huge_lines_and_cells_are_cut_not_held() {
    // One line of 5 MiB with no line end, then a normal row.
    let mut text = format!("{HEADER}\n\"");
    text.push_str(&"x".repeat(5 << 20));
    text.push_str("\";\"A-1\"\n\"Ops\";\"A-2\";\"\";\"\";\"\";\"\"\n");
    let read = rows(&text);
    assert_eq!(read.len(), 2);
    assert!(read[0].text.len() <= csv::MAX_LINE);
    assert!(codes(&read[0]).contains(&Code::CellTooLong));
    assert_eq!(cell(&read[1], "Référence"), "A-2");
    // A quoted cell that never closes, over many lines: cut at its first line.
    let mut text = format!("{HEADER}\n\"Dev\";\"A-1\";\"");
    for _ in 0..200_000 {
        text.push_str("une ligne de texte sans fin\n");
    }
    let rows = rows(&text);
    assert!(codes(&rows[0]).contains(&Code::UnclosedQuote));
    // The first line of text is the cell's; every other line is a row.
    assert_eq!(cell(&rows[0], "Versant"), "\"une ligne de texte sans fin");
    assert_eq!(rows.len(), 200_000);
    assert_eq!(rows.last().map(Row::line), Some(200_001));
}

#[test]
fn no_input_panics() {
    // Bytes around the delimiters, quotes and line ends, in every short combination.
    let alphabet: &[&[u8]] = &[
        b"\"", b";", b"\n", b"\r", b"a", b"\xC3", b"[", b"{", b"}", b",", b":",
    ];
    let mut seeds: Vec<Vec<u8>> = vec![Vec::new()];
    for _ in 0..4 {
        let mut next = Vec::new();
        for s in &seeds {
            for a in alphabet {
                let mut t = s.clone();
                t.extend_from_slice(a);
                next.push(t);
            }
        }
        seeds = next;
    }
    let json_head = b"[{\"Offer_Reference_\":\"1\",\"OfferID\":2,\"MainSupervisor\":\"x\"},{";
    for s in &seeds {
        for head in [format!("{HEADER}\n").into_bytes(), json_head.to_vec()] {
            let mut bytes = head;
            bytes.extend_from_slice(s);
            if let Ok(reader) = OfferReader::from_reader(std::io::Cursor::new(bytes)) {
                for row in reader.flatten() {
                    let _ = row.to_posting();
                }
            }
        }
    }
}
