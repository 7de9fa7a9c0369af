//! `offres fmt`: repair the layout of front matter, and touch nothing else.
//!
//! A page is rewritten only for the reasons in [`Reason`]; every other page keeps its
//! bytes exactly. What a rewrite does is documented in `docs/cli.md`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use offres::{DiagnosticCode, Document, FrontMatterFormat, LineEnding};

use crate::files::{self, Reporter, format_error};

/// Why a page is rewritten.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reason {
    /// Lines before the opening delimiter: blank ones are dropped, text moves to the body.
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

impl Reason {
    fn as_str(self) -> &'static str {
        match self {
            Self::JunkBefore => "lines before the front matter",
            Self::MissingOpener => "missing opening delimiter",
            Self::DuplicateKey => "duplicate key",
            Self::TrailingSpace => "trailing spaces",
            Self::MixedLineEndings => "mixed line endings",
        }
    }
}

/// What fmt made of one file.
enum Outcome {
    Unchanged,
    Changed(Vec<u8>, Vec<Reason>),
    Failed(String),
}

/// A page's new bytes and why it changed.
type Rewrite = (Vec<u8>, Vec<Reason>);

/// A key no page uses: setting then removing it marks the front matter edited without
/// changing any entry, so the untouched entries are copied as written.
const TOUCH_KEY: &str = "\u{0}offres-fmt";

/// The reformatted bytes of a page, or `None` when it is fine as it is; `Err` explains
/// why a page that needs changes was left alone.
fn reformat(original: &Document) -> Result<Option<Rewrite>, String> {
    let Some(fm) = original.front_matter() else {
        return Ok(None);
    };
    let has = |code: DiagnosticCode| original.diagnostics().iter().any(|d| d.code == code);
    // A front matter that swallowed the whole page cannot be closed without guessing.
    if has(DiagnosticCode::UnclosedFrontMatter) {
        return Ok(None);
    }
    let mut reasons = Vec::new();
    // Blank lines before the opener are read silently but break most site generators.
    if has(DiagnosticCode::JunkBeforeFrontMatter) || fm.span().start > 1 {
        reasons.push(Reason::JunkBefore);
    }
    if has(DiagnosticCode::MissingFrontMatterOpener) {
        reasons.push(Reason::MissingOpener);
    }
    if has(DiagnosticCode::DuplicateKey) {
        reasons.push(Reason::DuplicateKey);
    }
    if !keys_with_trailing_space(original).is_empty() {
        reasons.push(Reason::TrailingSpace);
    }
    if original.line_ending() == LineEnding::Mixed {
        reasons.push(Reason::MixedLineEndings);
    }
    if reasons.is_empty() {
        return Ok(None);
    }
    // Work on the decoded LF text; the line ends are put back at the end.
    let mut text = original.text().to_owned();
    if reasons.contains(&Reason::DuplicateKey) && fm.format() == FrontMatterFormat::Yaml {
        text = drop_shadowed_entries(original, &text);
    }
    let mut doc = Document::parse_str(&text).map_err(|e| e.to_string())?;
    if entries(&doc) != entries(original) {
        return Err("the front matter would not read the same once reformatted".to_owned());
    }
    let junk = match doc.front_matter() {
        Some(fm) if reasons.contains(&Reason::JunkBefore) => {
            text[..line_offset(&text, fm.span().start)].to_owned()
        }
        _ => String::new(),
    };
    let spaced = keys_with_trailing_space(&doc);
    if let Some(fm) = doc.front_matter_mut() {
        for key in spaced {
            if let Some(value) = fm.get(&key).cloned() {
                fm.set(key, value);
            }
        }
        fm.set(TOUCH_KEY, offres::Value::Null);
        fm.remove(TOUCH_KEY);
    }
    let mut markdown = doc.to_markdown().map_err(|e| e.to_string())?;
    if !junk.trim().is_empty() {
        // Text found before the opener is kept: it becomes the first lines of the body.
        let body = doc.body_text();
        let Some(head) = markdown.strip_suffix(body) else {
            return Err("could not place the text found before the front matter".to_owned());
        };
        let mut moved = head.to_owned();
        moved.push_str(junk.trim_start_matches('\n'));
        if !moved.ends_with('\n') {
            moved.push('\n');
        }
        moved.push_str(body);
        markdown = moved;
    }
    let crlf = match original.line_ending() {
        LineEnding::Lf => false,
        LineEnding::Crlf => true,
        LineEnding::Mixed => crlf_dominant(original.original()),
    };
    if crlf {
        markdown = markdown.replace('\n', "\r\n");
    }
    Ok(Some((markdown.into_bytes(), reasons)))
}

/// The front matter entries as keys and values, to check that a rewrite means the same.
fn entries(doc: &Document) -> Vec<(&str, &offres::Value)> {
    doc.front_matter()
        .map(|fm| {
            fm.fields()
                .iter()
                .map(|f| (f.key.as_str(), &f.value))
                .collect()
        })
        .unwrap_or_default()
}

fn bytecount(bytes: &[u8]) -> usize {
    bytes.split(|&b| b == b'\n').count() - 1
}

fn crlf_dominant(bytes: &[u8]) -> bool {
    let lf = bytecount(bytes);
    let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count();
    crlf * 2 > lf
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
    let duplicated: Vec<&str> = doc
        .diagnostics()
        .iter()
        .filter(|d| d.code == DiagnosticCode::DuplicateKey)
        .filter_map(|d| d.path.as_deref())
        .collect();
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
        if !duplicated.contains(&key.as_str()) || kept_line(&key) == Some(number) {
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

/// Byte offset of the start of 1-based `line` in `text`.
fn line_offset(text: &str, line: u32) -> usize {
    if line <= 1 {
        return 0;
    }
    memchr_nth_newline(text, line as usize - 1).map_or(text.len(), |i| i + 1)
}

fn memchr_nth_newline(text: &str, n: usize) -> Option<usize> {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .nth(n - 1)
        .map(|(i, _)| i)
}

/// Keys whose entry has a line ending in spaces or tabs (YAML; TOML and JSON front
/// matter is written afresh as a whole, so any such line there is reported on its first key).
fn keys_with_trailing_space(doc: &Document) -> Vec<String> {
    let Some(fm) = doc.front_matter() else {
        return Vec::new();
    };
    let span = fm.span();
    let mut keys: Vec<String> = Vec::new();
    for (n, line) in doc.text().split('\n').enumerate() {
        let number = u32::try_from(n + 1).unwrap_or(u32::MAX);
        if number < span.start || number > span.end {
            continue;
        }
        if !line.ends_with([' ', '\t']) {
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

fn outcome(file: &Path) -> Outcome {
    let doc = match Document::from_path(file) {
        Ok(doc) => doc,
        Err(err) => return Outcome::Failed(format_error(file, &err)),
    };
    match reformat(&doc) {
        Ok(None) => Outcome::Unchanged,
        Ok(Some((bytes, reasons))) => Outcome::Changed(bytes, reasons),
        Err(why) => Outcome::Failed(format!(
            "{}: error: fmt: left unchanged: {why}",
            file.display()
        )),
    }
}

/// Write `bytes` to `file` through a temporary file, so a crash never leaves half a page.
fn replace(file: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut tmp = file.as_os_str().to_owned();
    tmp.push(".offres-fmt.tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, file).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

pub fn run(paths: &[PathBuf], globs: &[String], check: bool) -> ExitCode {
    let files = match files::collect(paths, globs) {
        Ok(files) => files,
        Err(err) => {
            eprintln!("offres: {err}");
            return ExitCode::from(2);
        }
    };
    let reporter = Reporter::new(files.len());
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let (mut changed, mut failed) = (0usize, false);
    let result = files::for_each_ordered(&files, &reporter, outcome, |file, outcome| {
        match outcome {
            Outcome::Unchanged => {}
            Outcome::Failed(message) => {
                reporter.line(&message);
                failed = true;
            }
            Outcome::Changed(bytes, reasons) => {
                changed += 1;
                let why: Vec<&str> = reasons.iter().map(|r| r.as_str()).collect();
                if check {
                    writeln!(
                        out,
                        "would reformat {} ({})",
                        file.display(),
                        why.join(", ")
                    )?;
                } else if let Err(err) = replace(file, &bytes) {
                    reporter.line(&format!("{}: error: cannot write: {err}", file.display()));
                    failed = true;
                } else {
                    writeln!(out, "reformatted {} ({})", file.display(), why.join(", "))?;
                }
            }
        }
        Ok(())
    });
    reporter.finish();
    if let Err(err) = result.and_then(|()| out.flush()) {
        if err.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("offres: {err}");
        }
        return ExitCode::from(1);
    }
    let verb = if check {
        "would be reformatted"
    } else {
        "reformatted"
    };
    reporter.line(&format!("{changed} of {} files {verb}", files.len()));
    if failed || (check && changed > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
