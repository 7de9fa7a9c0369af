//! `offres fmt`: repair the layout of front matter, and touch nothing else.
//!
//! The rules are the library's (`offres::reformat`, with the reasons in
//! `offres::RewriteReason`); this command finds the files, writes them safely and
//! reports. What a rewrite does is documented in `docs/cli.md`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use offres::{Document, RewriteReason};

use crate::files::{self, Reporter, format_error};

/// What fmt made of one file.
enum Outcome {
    Unchanged,
    Changed(Vec<u8>, Vec<RewriteReason>),
    Failed(String),
}

fn outcome(file: &Path) -> Outcome {
    let doc = match Document::from_path(file) {
        Ok(doc) => doc,
        Err(err) => return Outcome::Failed(format_error(file, &err)),
    };
    match offres::reformat(&doc) {
        Ok(None) => Outcome::Unchanged,
        Ok(Some(rewrite)) => Outcome::Changed(rewrite.bytes, rewrite.reasons),
        Err(why) => Outcome::Failed(format!(
            "{}: error: fmt: left unchanged: {}",
            file.display(),
            why.message()
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
                let why: Vec<&str> = reasons.iter().map(|r| r.description()).collect();
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
