//! The facts of a free text that is not a page: a cell of a national offers file (the
//! skills expected, the missions, the profile). It is read as the body of a page with no
//! front matter and no title, by the same builder as a page's prose, so every rule a page
//! has (contracts, telework, start, closing date, experience, education, languages, tech,
//! pay…) reads it alike.

use std::cell::OnceCell;
use std::collections::HashSet;

use crate::document::body::parse_body;
use crate::document::span::LineIndex;
use crate::model::{Meta, PartialDate, Posting};

use super::facts::Scanned;
use super::{Cx, is_prose, posting};

/// What the posting rules read in `text`. Each fact's source is `Source::body` with lines
/// counted from the text's first line (1). `date_posted` gives the year that dates without
/// one refer to ("dès le 1er septembre"). The text is plain, not Markdown: lines are read
/// without their indentation, so that an indented line is not taken for code.
pub(crate) fn posting_from_text(text: &str, date_posted: Option<PartialDate>) -> Posting {
    let plain = unindent(text);
    let lines = LineIndex::new(&plain);
    let body = parse_body(&plain, 0, &lines);
    let scanned: Vec<Scanned> = body
        .blocks
        .iter()
        .map(|b| {
            if is_prose(b) {
                Scanned::new(&b.text)
            } else {
                Scanned::default()
            }
        })
        .collect();
    let mut cx = Cx {
        fm: None,
        body: &body,
        meta: Meta {
            date_posted,
            ..Meta::default()
        },
        consumed: HashSet::new(),
        scanned: &scanned,
        meanings: Vec::new(),
        title_scan: OnceCell::new(),
        sections: OnceCell::new(),
        unclassified_posting_score: 0,
    };
    posting::build(&mut cx)
}

/// Each line without its leading spaces and tabs, and `\r\n` as `\n`: the same lines.
fn unindent(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(
            line.strip_suffix('\r')
                .unwrap_or(line)
                .trim_start_matches([' ', '\t', '\u{a0}']),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ContractKind;

    #[test]
    fn free_text_reads_as_page_prose() {
        let text = "Missions :\n    - piloter le projet\nContrat : CDD de 12 mois.\n\
                    Télétravail possible 2 jours par semaine.\nAnglais courant exigé.\n\
                    Poste à pourvoir dès le 1er septembre.";
        let year = "2026".parse().ok();
        let p = posting_from_text(text, year);
        assert_eq!(p.contracts.first().map(|c| c.kind), Some(ContractKind::Cdd));
        let remote = p.remote.expect("telework");
        assert_eq!(remote.max_days_per_week, Some(2.0));
        assert_eq!(p.languages, ["en"]);
        assert_eq!(
            p.start.map(|s| s.to_string()).as_deref(),
            Some("2026-09-01")
        );
        // Lines are the text's own: the telework sentence is on line 4.
        assert_eq!(p.meta.sources["remote"].line, 4);
    }

    #[test]
    fn indentation_is_not_code() {
        assert_eq!(unindent("a\r\n    b\n\tc"), "a\nb\nc");
        let p = posting_from_text("        Télétravail : non", None);
        assert_eq!(p.remote.map(|r| r.allowed), Some(false));
    }
}
