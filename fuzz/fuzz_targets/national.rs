//! Any bytes as a national offers file: reading never panics nor hangs, rows are
//! numbered 1, 2, 3… in file order and never overlap (JSON objects may share a line),
//! every row becomes a posting whose facts name that row, and no line of the file
//! between the first row and the last is left unread (a line is in a row, or blank).
#![no_main]

use libfuzzer_sys::fuzz_target;
use offres::{NationalFormat, OfferReader};

fuzz_target!(|data: &[u8]| {
    let Ok(reader) = OfferReader::from_reader(std::io::Cursor::new(data.to_vec())) else {
        return;
    };
    // Two objects of a JSON array may share a line; two CSV records never do.
    let json = reader.format() == NationalFormat::TalentsoftJson;
    let mut spans: Vec<(u32, u32)> = Vec::new();
    let mut failed = false;
    for (i, row) in reader.enumerate() {
        assert!(!failed, "a row after the error that ends the file");
        let Ok(row) = row else {
            failed = true;
            continue;
        };
        assert_eq!(row.number() as usize, i + 1, "rows are numbered in order");
        assert!(row.line() <= row.end_line(), "a row ends before it starts");
        if let Some(&(_, end)) = spans.last() {
            assert!(
                end < row.line() || (json && end == row.line()),
                "row {} starts inside the row before",
                i + 1
            );
        }
        spans.push((row.line(), row.end_line()));
        let posting = row.to_posting();
        for (fact, source) in &posting.meta.sources {
            assert_eq!(source.row, Some(row.number()), "{fact} names another row");
        }
        serde_json::to_string(&posting).expect("a posting serialises to JSON");
    }
    // Between the first row and the last, every line is in a row or is blank (for the
    // JSON export, a line may also hold only the commas and brackets between objects).
    if let (Some(&(first, _)), Some(&(_, last))) = (spans.first(), spans.last()) {
        let lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
        let mut spans = spans.iter().peekable();
        for n in first..=last {
            while spans.next_if(|&&(_, end)| end < n).is_some() {}
            let in_row = spans.peek().is_some_and(|&&(start, _)| start <= n);
            let blank = lines.get(n as usize - 1).is_none_or(|l| {
                l.iter()
                    .all(|b| b.is_ascii_whitespace() || matches!(b, b',' | b'[' | b']'))
            });
            assert!(in_row || blank, "line {n} is in no row and is not blank");
        }
    }
});
