//! Finding where the front matter is.

use super::{FrontMatterFormat, Located};
use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::document::span::LineIndex;

/// How many non-blank lines may precede an opening `---` and still be taken as junk.
const MAX_JUNK_LINES: usize = 3;
/// How far to look for the closing `---` of a front matter that has no opener.
const MAX_OPENERLESS_LINES: usize = 80;

/// An iterator over the lines of `text` as `(start, end_without_newline, next_start)`.
fn lines_from(text: &str, from: usize) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut pos = from;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        pos = (end + 1).min(bytes.len()).max(end);
        if end == bytes.len() {
            pos = bytes.len();
        }
        Some((start, end, if end < bytes.len() { end + 1 } else { end }))
    })
}

fn is_delimiter(line: &str, delim: &str) -> bool {
    line.strip_prefix(delim)
        .is_some_and(|rest| rest.trim_matches([' ', '\t', '\r']).is_empty())
}

/// `key:` at the start of a line, the shape of a YAML mapping entry.
fn is_key_line(line: &str) -> bool {
    let mut chars = line.char_indices();
    match chars.next() {
        Some((_, c)) if c.is_alphabetic() || c == '_' => {}
        _ => return false,
    }
    for (i, c) in chars {
        match c {
            ':' => {
                let rest = &line[i + 1..];
                return rest.is_empty() || rest.starts_with([' ', '\t']);
            }
            c if c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' ') => {}
            _ => return false,
        }
    }
    false
}

/// A line that can belong to a block of YAML mapping entries.
fn is_yamlish_line(line: &str) -> bool {
    let trimmed = line.trim_end();
    trimmed.is_empty()
        || is_key_line(trimmed)
        || trimmed.starts_with([' ', '\t', '#'])
        || trimmed.starts_with("- ")
        || trimmed == "-"
}

/// Find the front matter at the top of `text` (LF-normalised).
pub(crate) fn split(
    text: &str,
    lines: &LineIndex,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Located> {
    let mut skipped_junk: Option<(usize, usize)> = None;
    let mut non_blank_seen = 0usize;
    for (start, end, next) in lines_from(text, 0) {
        let line = &text[start..end];
        if line.trim().is_empty() {
            continue;
        }
        if let Some(language) = tagged_opener(line) {
            // gray-matter's `---json`, `---toml`, `---yaml`: read in the language named.
            if skipped_junk.is_some() {
                return None;
            }
            return Some(tagged_at(text, start, next, language));
        }
        if is_delimiter(line, "---") {
            let located = yaml_at(text, start, next);
            if let Some((junk_start, junk_end)) = skipped_junk {
                if !looks_like_yaml_block(text, located.content.clone()) {
                    return None;
                }
                let (line_no, column) = lines.position(text, junk_start);
                diagnostics.push(Diagnostic::new(
                    DiagnosticCode::JunkBeforeFrontMatter,
                    Severity::Warning,
                    line_no,
                    column,
                    format!(
                        "skipped {} before the opening \"---\"",
                        quote(&text[junk_start..junk_end])
                    ),
                ));
            }
            return Some(located);
        }
        if is_delimiter(line, "+++") {
            if skipped_junk.is_some() {
                return None;
            }
            return Some(toml_at(text, start, next));
        }
        if skipped_junk.is_none() && line.starts_with('{') && json_opens(&text[start..]) {
            return Some(json_at(text, start));
        }
        if skipped_junk.is_none()
            && is_key_line(line)
            && let Some(located) = openerless_at(text, start)
        {
            let (line_no, column) = lines.position(text, start);
            diagnostics.push(Diagnostic::new(
                DiagnosticCode::MissingFrontMatterOpener,
                Severity::Warning,
                line_no,
                column,
                format!(
                    "the page starts with {} and has no opening \"---\": read up to the closing \"---\" as front matter",
                    quote(line)
                ),
            ));
            return Some(located);
        }
        // Junk before the opener: a few short lines that are not Markdown structure.
        non_blank_seen += 1;
        if non_blank_seen > MAX_JUNK_LINES || line.starts_with('#') || line.len() > 120 {
            return None;
        }
        skipped_junk = Some(skipped_junk.map_or((start, end), |(s, _)| (s, end)));
    }
    None
}

fn json_opens(rest: &str) -> bool {
    let after = rest[1..].trim_start();
    after.starts_with('"') || after.starts_with('}')
}

/// A JSON object at `start`: the front matter ends with the line the object closes on.
fn json_at(text: &str, start: usize) -> Located {
    let mut stream =
        serde_json::Deserializer::from_str(&text[start..]).into_iter::<serde::de::IgnoredAny>();
    let end = match stream.next() {
        Some(Ok(_)) => {
            let end = start + stream.byte_offset();
            // The rest of the closing line belongs to the front matter.
            memchr::memchr(b'\n', &text.as_bytes()[end..]).map_or(text.len(), |i| end + i + 1)
        }
        // Unreadable: hand it all to the JSON reader, which reports where it breaks.
        _ => text.len(),
    };
    let content_end = text[start..end].trim_end().len() + start;
    Located {
        format: FrontMatterFormat::Json,
        range: start..end,
        content: start..content_end,
        opener: None,
        closer: None,
        tentative: false,
        unsupported: None,
    }
}

fn looks_like_yaml_block(text: &str, content: std::ops::Range<usize>) -> bool {
    text[content]
        .lines()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .is_some_and(is_key_line)
}

/// `---json`, `--- yaml`: the language a gray-matter opener names, if the line is one.
fn tagged_opener(line: &str) -> Option<&str> {
    let language = line.strip_prefix("---")?.trim_matches([' ', '\t']);
    let word = language
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    (word && language.starts_with(|c: char| c.is_ascii_alphabetic())).then_some(language)
}

fn tagged_at(text: &str, open_start: usize, content_start: usize, language: &str) -> Located {
    let format = match language.to_ascii_lowercase().as_str() {
        "yaml" | "yml" => Some(FrontMatterFormat::Yaml),
        "toml" => Some(FrontMatterFormat::Toml),
        "json" => Some(FrontMatterFormat::Json),
        _ => None,
    };
    let closers: &[&str] = if format == Some(FrontMatterFormat::Yaml) {
        &["---", "..."]
    } else {
        &["---"]
    };
    let mut located = delimited_at(
        text,
        open_start,
        content_start,
        format.unwrap_or(FrontMatterFormat::Yaml),
        closers,
    );
    // Any other language (`---js`, `---coffee`) is never run: its text stays as written.
    // Unclosed, it is not taken for front matter at all.
    if format.is_none() && located.closer.is_some() {
        located.unsupported = Some(language.to_owned());
    }
    located
}

fn yaml_at(text: &str, open_start: usize, content_start: usize) -> Located {
    delimited_at(
        text,
        open_start,
        content_start,
        FrontMatterFormat::Yaml,
        &["---", "..."],
    )
}

fn toml_at(text: &str, open_start: usize, content_start: usize) -> Located {
    delimited_at(
        text,
        open_start,
        content_start,
        FrontMatterFormat::Toml,
        &["+++"],
    )
}

/// The front matter from the opener at `open_start` to the first closer line. Never
/// closed, it runs to the end of the file, tentatively: the page may be front matter
/// only, or the opener a mistake (or a rule) and the page all body.
fn delimited_at(
    text: &str,
    open_start: usize,
    content_start: usize,
    format: FrontMatterFormat,
    closers: &[&str],
) -> Located {
    let opener = text[open_start..content_start].trim_end().to_owned();
    for (start, end, next) in lines_from(text, content_start) {
        let line = &text[start..end];
        if closers.iter().any(|c| is_delimiter(line, c)) {
            return Located {
                format,
                range: open_start..next,
                content: content_start..start,
                opener: Some(opener),
                closer: Some(line.trim_end().to_owned()),
                tentative: false,
                unsupported: None,
            };
        }
    }
    Located {
        format,
        range: open_start..text.len(),
        content: content_start..text.len(),
        opener: Some(opener),
        closer: None,
        tentative: true,
        unsupported: None,
    }
}

/// The closer that goes with `opener`.
pub(crate) fn closer_for(opener: &str) -> &'static str {
    if opener.starts_with("+++") {
        "+++"
    } else {
        "---"
    }
}

/// Where an unclosed front matter opened at `open_start` seems to end, in words: before
/// its first blank line or the first line that is not `key: value` (or a list item, a
/// comment, an indented line under a key).
pub(crate) fn likely_end(text: &str, open_start: usize, lines: &LineIndex) -> String {
    let mut rest = lines_from(text, open_start).skip(1);
    let Some((start, end, _)) = rest.find(|&(s, e, _)| {
        let line = &text[s..e];
        line.trim().is_empty() || !(is_yamlish_line(line) || toml_line(line))
    }) else {
        return "at the end of the file".to_owned();
    };
    let line_no = lines.line(start);
    let line = &text[start..end];
    if line.trim().is_empty() {
        format!("before line {line_no}, the first blank line")
    } else {
        format!(
            "before line {line_no}, the first line that is not \"key: value\" ({})",
            quote(line)
        )
    }
}

/// `key = value`, the shape of a TOML entry (or a `[table]` header).
fn toml_line(line: &str) -> bool {
    let line = line.trim();
    line.starts_with('[') || line.split_once(" = ").is_some_and(|(k, _)| !k.is_empty())
}

fn openerless_at(text: &str, start: usize) -> Option<Located> {
    for (n, (line_start, end, next)) in lines_from(text, start).enumerate() {
        if n > MAX_OPENERLESS_LINES {
            return None;
        }
        let line = &text[line_start..end];
        if is_delimiter(line, "---") {
            return Some(Located {
                format: FrontMatterFormat::Yaml,
                range: start..next,
                content: start..line_start,
                opener: None,
                closer: Some(line.trim_end().to_owned()),
                tentative: true,
                unsupported: None,
            });
        }
        if !is_yamlish_line(line) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> (Option<Located>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let lines = LineIndex::new(text);
        (split(text, &lines, &mut diags), diags)
    }

    #[test]
    fn plain_yaml() {
        let text = "---\ntitle: x\n---\nbody\n";
        let (l, d) = find(text);
        let l = l.unwrap();
        assert_eq!(&text[l.content.clone()], "title: x\n");
        assert_eq!(&text[l.range.end..], "body\n");
        assert!(d.is_empty());
    }

    #[test]
    fn closed_by_dots_and_no_final_newline() {
        let text = "---\na: 1\n...";
        let l = find(text).0.unwrap();
        assert_eq!(l.closer.as_deref(), Some("..."));
        assert_eq!(l.range.end, text.len());
    }

    #[test]
    fn blank_lines_then_yaml() {
        let text = "\n\n---\na: 1\n---\n";
        let (l, d) = find(text);
        assert_eq!(l.unwrap().range.start, 2);
        assert!(d.is_empty());
    }

    #[test]
    fn junk_line_before_opener() {
        let text = "x\n---\na: 1\n---\nbody";
        let (l, d) = find(text);
        assert!(l.is_some());
        assert_eq!(d[0].code, DiagnosticCode::JunkBeforeFrontMatter);
        assert_eq!(d[0].line, 1);
    }

    #[test]
    fn heading_then_rule_is_not_front_matter() {
        assert!(find("# Titre\n\n---\na: 1\n---\n").0.is_none());
        assert!(find("Un paragraphe\n\n---\n\nLa suite.\n").0.is_none());
    }

    #[test]
    fn missing_opener() {
        let text = "roles: Dev\nopen: true\n\n---\n\n## Body\n";
        let (l, d) = find(text);
        let l = l.unwrap();
        assert_eq!(&text[l.content.clone()], "roles: Dev\nopen: true\n\n");
        assert_eq!(d[0].code, DiagnosticCode::MissingFrontMatterOpener);
    }

    #[test]
    fn prose_with_colon_is_not_front_matter() {
        assert!(
            find("Contexte: une phrase de prose.\nEt une autre ligne.\n---\n")
                .0
                .is_none()
        );
    }

    #[test]
    fn toml_and_json() {
        let l = find("+++\ntitle = \"x\"\n+++\nbody").0.unwrap();
        assert_eq!(l.format, FrontMatterFormat::Toml);
        let l = find("{\n  \"title\": \"x\"\n}\nbody").0.unwrap();
        assert_eq!(l.format, FrontMatterFormat::Json);
        assert!(find("{% include x %}\n").0.is_none());
    }

    #[test]
    fn key_line_shapes() {
        assert!(is_key_line("title: x"));
        assert!(is_key_line("poste_ouvert:"));
        assert!(is_key_line("lang-ref: a"));
        assert!(!is_key_line("https://x"));
        assert!(!is_key_line("# titre: x"));
        assert!(!is_key_line("Note:x"));
    }
}
