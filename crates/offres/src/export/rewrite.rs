//! Layout repairs of a page's front matter: the rules `offres fmt` applies.
//!
//! A page is rewritten only for the reasons in [`RewriteReason`]; every other page is
//! left as it is (`Ok(None)`). What a rewrite does is documented in `docs/cli.md`.
//! Unlike an edit through [`FrontMatter::set`](crate::FrontMatter::set), which keeps
//! everything around the front matter as written, these rules change the layout on
//! purpose: they drop blank lines before the opener, move text found there into the
//! body, write a missing opener, drop the entries a duplicate replaced.

use serde::Serialize;

use crate::diagnostic::DiagnosticCode;
use crate::document::{Document, LineEnding, same_value};
use crate::error::{Error, ErrorKind};
use crate::{FrontMatter, FrontMatterFormat};

/// Why a page is rewritten.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RewriteReason {
    /// Lines before the opening delimiter: blank ones are dropped, text is kept as comments.
    JunkBefore,
    /// No opening `---`: one is written.
    MissingOpener,
    /// A key written twice: the earlier entry goes (its value was never used).
    DuplicateKey,
    /// Spaces or tabs at the end of a front matter line: the entry is written afresh.
    TrailingSpace,
    /// CRLF and LF mixed: every line gets the more common ending.
    MixedLineEndings,
}

impl RewriteReason {
    /// The stable snake_case name (`junk_before`, `duplicate_key`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::JunkBefore => "junk_before",
            Self::MissingOpener => "missing_opener",
            Self::DuplicateKey => "duplicate_key",
            Self::TrailingSpace => "trailing_space",
            Self::MixedLineEndings => "mixed_line_endings",
        }
    }

    /// In words, for people (`lines before the front matter`…).
    pub fn description(self) -> &'static str {
        match self {
            Self::JunkBefore => "lines before the front matter",
            Self::MissingOpener => "missing opening delimiter",
            Self::DuplicateKey => "duplicate key",
            Self::TrailingSpace => "trailing spaces",
            Self::MixedLineEndings => "mixed line endings",
        }
    }
}

/// A page's new bytes and why it changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rewrite {
    /// The whole page, as UTF-8 with the page's line ends.
    pub bytes: Vec<u8>,
    /// Every reason it was rewritten, in the order of [`RewriteReason`].
    pub reasons: Vec<RewriteReason>,
}

/// The page `doc` with its front matter layout repaired, or `None` when it is fine as
/// it is (or has no front matter, or one never closed: closing it would be a guess).
///
/// A rewrite is read back before it is given: an `Err` (code `rewrite_refused`) says
/// why a page that needs repairs is better left alone.
///
/// ```
/// let doc = offres::Document::parse(b"\n\n---\ntitle: Dev\n---\nBody\n")?;
/// let rewrite = offres::reformat(&doc)?.expect("blank lines before the opener");
/// assert_eq!(rewrite.bytes, b"---\ntitle: Dev\n---\nBody\n");
/// assert_eq!(rewrite.reasons, [offres::RewriteReason::JunkBefore]);
/// # Ok::<(), offres::Error>(())
/// ```
pub fn reformat(doc: &Document) -> Result<Option<Rewrite>, Error> {
    let Some(fm) = doc.front_matter() else {
        return Ok(None);
    };
    let has = |code: DiagnosticCode| doc.diagnostics().iter().any(|d| d.code == code);
    if has(DiagnosticCode::UnclosedFrontMatter) {
        return Ok(None);
    }
    let mut reasons = Vec::new();
    // Blank lines before the opener are read silently but break most site generators.
    if has(DiagnosticCode::JunkBeforeFrontMatter) || fm.span().start > 1 {
        reasons.push(RewriteReason::JunkBefore);
    }
    if has(DiagnosticCode::MissingFrontMatterOpener) {
        reasons.push(RewriteReason::MissingOpener);
    }
    if has(DiagnosticCode::DuplicateKey) {
        reasons.push(RewriteReason::DuplicateKey);
    }
    if !keys_with_trailing_space(doc).is_empty() {
        reasons.push(RewriteReason::TrailingSpace);
    }
    if doc.line_ending() == LineEnding::Mixed {
        reasons.push(RewriteReason::MixedLineEndings);
    }
    if reasons.is_empty() {
        return Ok(None);
    }
    // Work on the decoded LF text; the line ends are put back at the end.
    let mut text = doc.text().to_owned();
    if reasons.contains(&RewriteReason::DuplicateKey) && fm.format() == FrontMatterFormat::Yaml {
        text = drop_shadowed_entries(doc, &text);
    }
    let mut clean = Document::parse_str(&text)?;
    if !same_entries(&clean, doc) {
        return Err(refused(
            "the front matter would not read the same once reformatted",
        ));
    }
    let spaced = keys_with_trailing_space(&clean);
    if let Some(fm) = clean.front_matter_mut() {
        // A JSON key written twice: writing it afresh drops the members it replaced.
        let duplicated: Vec<String> = if fm.format() == FrontMatterFormat::Json {
            duplicated_keys(doc)
        } else {
            Vec::new()
        };
        for key in spaced.iter().chain(&duplicated) {
            if let Some(value) = fm.get(key).cloned() {
                fm.set(key.clone(), value);
            }
        }
    }
    let Some(fm) = clean.front_matter() else {
        return Err(refused("the front matter is gone once reformatted"));
    };
    let junk = if reasons.contains(&RewriteReason::JunkBefore) {
        &text[..fm.range.as_ref().map_or(0, |r| r.start)]
    } else {
        ""
    };
    // TOML and JSON entries with spaces at the end of a line are written afresh, whole.
    let fresh = fm.format() != FrontMatterFormat::Yaml && !spaced.is_empty();
    // Text found before the opener is kept, as comments at the top of the front matter:
    // in the body it would become the page's excerpt, and a layout repair changes no fact.
    let comments: Vec<&str> = junk.lines().filter(|l| !l.trim().is_empty()).collect();
    if !comments.is_empty() && fm.format() == FrontMatterFormat::Json {
        return Err(refused(
            "JSON has no comments to keep the text before the front matter in; move it by hand",
        ));
    }
    let mut markdown = String::with_capacity(text.len());
    write_block(fm, &text, fresh, &comments, &mut markdown)?;
    markdown.push_str(clean.body_text());
    if !same_entries(&Document::parse_str(&markdown)?, doc) {
        return Err(refused(
            "the front matter would not read the same once reformatted",
        ));
    }
    let crlf = match doc.line_ending() {
        LineEnding::Lf => false,
        LineEnding::Crlf => true,
        LineEnding::Mixed => doc.crlf_dominant(),
    };
    if crlf {
        markdown = markdown.replace('\n', "\r\n");
    }
    Ok(Some(Rewrite {
        bytes: markdown.into_bytes(),
        reasons,
    }))
}

fn refused(why: &str) -> Error {
    Error::new(ErrorKind::RewriteRefused {
        reason: why.to_owned(),
    })
}

/// The front matter with its delimiters in their canonical places: an opener on the
/// first line (`---` when there was none), `comments` as `#` lines, the entries, the
/// closer on a line of its own.
fn write_block(
    fm: &FrontMatter,
    text: &str,
    fresh: bool,
    comments: &[&str],
    out: &mut String,
) -> Result<(), Error> {
    let yaml = fm.format() == FrontMatterFormat::Yaml;
    let opener = fm.opener.as_deref().or(yaml.then_some("---"));
    if let Some(opener) = opener {
        out.push_str(opener);
        out.push('\n');
    }
    for line in comments {
        out.push_str("# ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    fm.write_entries(text, fresh, out)?;
    if !out.ends_with('\n') {
        out.push('\n');
    }
    if let Some(closer) = fm.closer.as_deref().or(yaml.then_some("---")) {
        out.push_str(closer);
        out.push('\n');
    }
    Ok(())
}

/// The same keys and values (a NaN equal to itself), in the same order.
fn same_entries(a: &Document, b: &Document) -> bool {
    let fields = |d: &Document| {
        d.front_matter()
            .map(|fm| fm.fields().to_vec())
            .unwrap_or_default()
    };
    let (a, b) = (fields(a), fields(b));
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x.key == y.key && same_value(&x.value, &y.value))
}

fn duplicated_keys(doc: &Document) -> Vec<String> {
    let mut keys: Vec<String> = doc
        .diagnostics()
        .iter()
        .filter(|d| d.code == DiagnosticCode::DuplicateKey)
        .filter_map(|d| d.path.clone())
        .collect();
    keys.dedup();
    keys
}

/// `text` without the YAML entries whose key is written again later (their value was
/// never used). An entry runs from its key line to the next line that starts a key or
/// a comment at the margin.
fn drop_shadowed_entries(doc: &Document, text: &str) -> String {
    let Some(fm) = doc.front_matter() else {
        return text.to_owned();
    };
    let span = fm.span();
    let kept_line = |key: &str| fm.field(key).map(|f| f.line);
    let duplicated = duplicated_keys(doc);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let at_margin = |line: &str| !line.trim().is_empty() && !line.starts_with([' ', '\t']);
    let key_of = |line: &str| {
        let key = line.split(':').next().unwrap_or("").trim();
        key.trim_matches(|c| c == '"' || c == '\'').to_owned()
    };
    let mut drop = vec![false; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        if number < span.start || number > span.end || !at_margin(line) {
            continue;
        }
        let key = key_of(line);
        if !duplicated.contains(&key) || kept_line(&key) == Some(number) {
            continue;
        }
        drop[i] = true;
        let mut j = i + 1;
        while j < lines.len()
            && !at_margin(lines[j])
            && u32::try_from(j + 1).unwrap_or(u32::MAX) < span.end
        {
            j += 1;
        }
        // Blank lines at the end of the entry separate it from the next: keep them.
        let mut end = j;
        while end > i + 1 && lines[end - 1].trim().is_empty() {
            end -= 1;
        }
        for d in &mut drop[i..end] {
            *d = true;
        }
    }
    lines
        .iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(l, _)| *l)
        .collect()
}

/// Keys whose entry has a line ending in spaces or tabs (for TOML and JSON, a line
/// before the first key is reported on the first key: the whole is written afresh).
fn keys_with_trailing_space(doc: &Document) -> Vec<String> {
    let Some(fm) = doc.front_matter() else {
        return Vec::new();
    };
    let span = fm.span();
    let mut keys: Vec<String> = Vec::new();
    for (n, line) in doc.text().split('\n').enumerate() {
        let number = u32::try_from(n + 1).unwrap_or(u32::MAX);
        if number < span.start || number > span.end || !line.ends_with([' ', '\t']) {
            continue;
        }
        let owner = fm
            .fields()
            .iter()
            .filter(|f| f.line <= number)
            .max_by_key(|f| f.line)
            .or_else(|| {
                (fm.format() != FrontMatterFormat::Yaml)
                    .then(|| fm.fields().first())
                    .flatten()
            });
        if let Some(field) = owner
            && !keys.contains(&field.key)
        {
            keys.push(field.key.clone());
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(text: &str) -> Option<(String, Vec<&'static str>)> {
        let doc = Document::parse_str(text).unwrap();
        reformat(&doc).unwrap().map(|r| {
            (
                String::from_utf8(r.bytes).unwrap(),
                r.reasons.iter().map(|r| r.as_str()).collect(),
            )
        })
    }

    #[test]
    fn pages_that_need_nothing_are_left_alone() {
        for text in [
            "---\ntitle: Dev\n---\nBody\n",
            "No front matter\n",
            "---\ntitle: Dev\nopen: true\n",
            "+++\ntitle = \"x\"\n+++\nBody",
            "{\"a\": 1}\nBody\n",
        ] {
            assert_eq!(rewrite(text), None, "{text:?}");
        }
    }

    #[test]
    fn each_repair() {
        let (text, why) = rewrite("Brouillon\n---\ntitle: Dev\n---\n\nBody\n").unwrap();
        assert_eq!(text, "---\n# Brouillon\ntitle: Dev\n---\n\nBody\n");
        assert_eq!(why, ["junk_before"]);
        let (text, why) = rewrite("title: Dev\nopen: true\n---\nBody\n").unwrap();
        assert_eq!(text, "---\ntitle: Dev\nopen: true\n---\nBody\n");
        assert_eq!(why, ["missing_opener"]);
        let (text, why) =
            rewrite("---\nopen: true\n  # x\ntitle: Dev\nopen: false\n---\nB\n").unwrap();
        assert_eq!(text, "---\ntitle: Dev\nopen: false\n---\nB\n");
        assert_eq!(why, ["duplicate_key"]);
        let (text, why) = rewrite("---\ntitle: Dev  \nopen: true\n---\nB\n").unwrap();
        assert_eq!(text, "---\ntitle: Dev\nopen: true\n---\nB\n");
        assert_eq!(why, ["trailing_space"]);
        let (text, why) = rewrite("+++ \ntitle = \"x\"\n[t]\na = 1\n+++\nB\n").unwrap();
        assert_eq!(text, "+++\ntitle = \"x\"\nt = { a = 1 }\n+++\nB\n");
        assert_eq!(why, ["trailing_space"]);
        let (text, why) = rewrite("{\"a\": 1, \"b\": 2, \"a\": 3}\nB\n").unwrap();
        assert_eq!(text, "{\"b\": 2, \"a\": 3}\nB\n");
        assert_eq!(why, ["duplicate_key"]);
        let (text, why) = rewrite("---\r\ntitle: Dev\r\nopen: true\n---\r\nB\r\n").unwrap();
        assert_eq!(text, "---\r\ntitle: Dev\r\nopen: true\r\n---\r\nB\r\n");
        assert_eq!(why, ["mixed_line_endings"]);
    }

    #[test]
    fn a_rewrite_is_idempotent() {
        for text in [
            "\n\nNote\n---\ntitle: Dev  \nopen: true\nopen: false\n---\nB\n",
            "roles: Dev\nopen: true\n\n---\n\n## B\n",
        ] {
            let (once, _) = rewrite(text).unwrap();
            assert_eq!(rewrite(&once), None, "{once:?}");
        }
    }
}
