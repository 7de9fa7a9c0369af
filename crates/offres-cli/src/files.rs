//! Finding the pages to read, and reading many of them in parallel while writing
//! results in a stable order and in bounded memory.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

/// File name patterns used when `--glob` is not given.
pub const DEFAULT_GLOBS: &[&str] = &["*.md", "*.markdown", "*.txt"];

/// Pages handed to the thread pool at once. Large enough to keep two cores busy between
/// two writes, small enough that a chunk of rendered pages stays a few megabytes.
const CHUNK: usize = 256;

/// Below this many files a progress bar would only flicker.
const PROGRESS_MIN_FILES: usize = 200;

/// Page files under `paths` in a stable order: folders are walked recursively and
/// filtered with `globs`; files named explicitly are always kept.
pub fn collect(paths: &[PathBuf], globs: &[String]) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        if !meta.is_dir() {
            out.push(path.clone());
            continue;
        }
        let mut stack = vec![path.clone()];
        let mut found = Vec::new();
        while let Some(dir) = stack.pop() {
            let entries = std::fs::read_dir(&dir)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?;
            for entry in entries {
                let entry = entry?;
                let p = entry.path();
                if entry.file_type()?.is_dir() {
                    stack.push(p);
                } else if matches_any(&p, path, globs) {
                    found.push(p);
                }
            }
        }
        found.sort();
        out.extend(found);
    }
    Ok(out)
}

/// Whether `file` (found under `root`) matches one of `globs`; a pattern without `/`
/// is matched against the file name, one with `/` against the path below `root`.
fn matches_any(file: &Path, root: &Path, globs: &[String]) -> bool {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let relative = file
        .strip_prefix(root)
        .ok()
        .and_then(Path::to_str)
        .unwrap_or(name)
        .replace('\\', "/");
    let test = |pattern: &str| {
        if pattern.contains('/') {
            glob_match(pattern.as_bytes(), relative.as_bytes())
        } else {
            glob_match(pattern.as_bytes(), name.as_bytes())
        }
    };
    if globs.is_empty() {
        DEFAULT_GLOBS.iter().any(|g| test(g))
    } else {
        globs.iter().any(|g| test(g))
    }
}

/// Shell-style matching: `*` (not across `/`), `**` (across `/`), `?`, and literal bytes.
pub fn glob_match(pattern: &[u8], text: &[u8]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some((b'*', rest)) if rest.first() == Some(&b'*') => {
            // `**/` also matches no folder at all.
            let rest = &rest[1..];
            let after_slash = rest.strip_prefix(b"/").unwrap_or(rest);
            (0..=text.len()).any(|i| glob_match(rest, &text[i..])) || glob_match(after_slash, text)
        }
        Some((b'*', rest)) => {
            for i in 0..=text.len() {
                if glob_match(rest, &text[i..]) {
                    return true;
                }
                if text.get(i) == Some(&b'/') {
                    return false;
                }
            }
            false
        }
        Some((b'?', rest)) => {
            matches!(text.first(), Some(&c) if c != b'/') && glob_match(rest, &text[1..])
        }
        Some((&c, rest)) => text.first() == Some(&c) && glob_match(rest, &text[1..]),
    }
}

/// Where messages about files go: stderr, above the progress bar when one is drawn.
pub struct Reporter {
    bar: ProgressBar,
}

impl Reporter {
    /// A reporter for `total` files; the bar shows only on a terminal and for many files.
    pub fn new(total: usize) -> Self {
        let show = total >= PROGRESS_MIN_FILES && io::stderr().is_terminal();
        let bar = if show {
            let bar = ProgressBar::with_draw_target(
                Some(total as u64),
                ProgressDrawTarget::stderr_with_hz(10),
            );
            if let Ok(style) =
                ProgressStyle::with_template("{bar:40} {pos}/{len} pages ({per_sec}, {eta} left)")
            {
                bar.set_style(style);
            }
            bar
        } else {
            ProgressBar::hidden()
        };
        Self { bar }
    }

    /// Print one line on stderr without breaking the bar.
    pub fn line(&self, line: &str) {
        if self.bar.is_hidden() {
            eprintln!("{line}");
        } else {
            self.bar.suspend(|| eprintln!("{line}"));
        }
    }

    fn advance(&self, n: usize) {
        self.bar.inc(n as u64);
    }

    /// Clear the bar, once every input is read.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Run `work` on every file in parallel and hand the results to `sink` in input order.
///
/// Files are processed a chunk at a time, so at most two chunks of results are held in
/// memory however many files there are: output streams. The next chunk is parsed while
/// `sink` writes the previous one, so the workers do not wait for the output. The caller
/// clears the progress bar ([`Reporter::finish`]) once every input is read.
pub fn for_each_ordered<T, W, S>(
    files: &[PathBuf],
    reporter: &Reporter,
    work: W,
    mut sink: S,
) -> io::Result<()>
where
    T: Send,
    W: Fn(&Path) -> T + Sync,
    S: FnMut(&Path, T) -> io::Result<()>,
{
    std::thread::scope(|scope| {
        let (results, received) = std::sync::mpsc::sync_channel::<Vec<T>>(1);
        let work = &work;
        scope.spawn(move || {
            for chunk in files.chunks(CHUNK) {
                let done: Vec<T> = chunk.par_iter().map(|p| work(p)).collect();
                // The receiver is gone only when the sink failed: stop parsing.
                if results.send(done).is_err() {
                    break;
                }
            }
        });
        for (chunk, done) in files.chunks(CHUNK).zip(received) {
            for (path, result) in chunk.iter().zip(done) {
                sink(path, result)?;
            }
            reporter.advance(chunk.len());
        }
        Ok(())
    })
}

/// `file:line:col: error: code: message`, for a page that could not be read.
pub fn format_error(file: &Path, err: &offres::Error) -> String {
    format!(
        "{}:{}:{}: error: {}: {}",
        file.display(),
        err.line().unwrap_or(1),
        err.column().unwrap_or(1),
        err.code(),
        err.message()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match(b"*.md", b"a.md"));
        assert!(!glob_match(b"*.md", b"a.mdx"));
        assert!(!glob_match(b"*.md", b"x/a.md"));
        assert!(glob_match(b"**/*.md", b"a.md"));
        assert!(glob_match(b"**/*.md", b"x/y/a.md"));
        assert!(glob_match(b"jobs/*.md", b"jobs/a.md"));
        assert!(!glob_match(b"jobs/*.md", b"team/a.md"));
        assert!(glob_match(b"?.txt", b"a.txt"));
        assert!(!glob_match(b"?.txt", b"ab.txt"));
    }
}
