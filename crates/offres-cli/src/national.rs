//! National offers files among the inputs: told apart from pages by their content, and read
//! a chunk of rows at a time, each chunk turned into postings on every core while the next
//! one is read, results handed on in row order.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use offres::{Diagnostic, NationalFormat, OfferReader, Row};
use rayon::prelude::*;

/// How much of a file is read to tell a national file from a page.
const SNIFF: u64 = 16 << 10;

/// Rows handed to the thread pool at once: enough to keep two cores busy between writes,
/// a few megabytes of postings at most.
const CHUNK: usize = 1024;

/// The inputs of a command, in order: runs of page files, and national files.
pub enum Input {
    /// Page files, read as pages.
    Pages(Vec<PathBuf>),
    /// A national offers file, read row by row.
    Offers(PathBuf),
}

/// The format of the national file at `path`, if it is one (read from its first bytes).
fn sniff(path: &Path) -> Option<NationalFormat> {
    let mut head = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(SNIFF)
        .read_to_end(&mut head)
        .ok()?;
    NationalFormat::sniff(&head)
}

/// `files` grouped into runs of pages and national files, in order. Files are looked at in
/// parallel; one that cannot be opened is left to the page reader, which reports it.
pub fn inputs(files: Vec<PathBuf>) -> Vec<Input> {
    let national: Vec<bool> = files.par_iter().map(|f| sniff(f).is_some()).collect();
    let mut out: Vec<Input> = Vec::new();
    for (file, is_national) in files.into_iter().zip(national) {
        if is_national {
            out.push(Input::Offers(file));
        } else if let Some(Input::Pages(run)) = out.last_mut() {
            run.push(file);
        } else {
            out.push(Input::Pages(vec![file]));
        }
    }
    out
}

/// How many page files there are among `inputs` (for the progress bar).
pub fn page_count(inputs: &[Input]) -> usize {
    inputs
        .iter()
        .map(|i| match i {
            Input::Pages(run) => run.len(),
            Input::Offers(_) => 1,
        })
        .sum()
}

/// The name a row goes by: the file and the row number (the header not counted), as in
/// every fact's source.
pub fn row_name(path: &Path, row: &Row) -> String {
    row.name_in(path)
}

/// `file:line:col: severity: code: message`, for a finding in a national file.
pub fn format_diagnostic(path: &Path, d: &Diagnostic) -> String {
    format!("{}:{d}", path.display())
}

/// What ended a national file early (it cannot be opened, is not one, or breaks off).
pub struct Stopped(pub offres::Error);

/// Run `work` on every row of the national file at `path`, on every core, and hand the
/// results to `sink` in row order. At most three chunks of rows are in memory: the one
/// being read, the one being worked on, the one being written.
///
/// Returns `Err(Stopped)` when the file cannot be opened or ends with an error (the rows
/// before it have been handed on), and an I/O error when `sink` fails.
pub fn for_each_row<T, W, S>(path: &Path, work: W, mut sink: S) -> io::Result<Result<(), Stopped>>
where
    T: Send,
    W: Fn(&Row) -> T + Sync,
    S: FnMut(T) -> io::Result<()>,
{
    let mut reader = match OfferReader::open(path) {
        Ok(r) => r,
        Err(err) => return Ok(Err(Stopped(err))),
    };
    std::thread::scope(|scope| {
        let (results, received) = std::sync::mpsc::sync_channel::<Vec<T>>(1);
        let work = &work;
        let producer = scope.spawn(move || -> Result<(), Stopped> {
            let mut chunk = reader.next_chunk(CHUNK);
            while !chunk.is_empty() {
                let (rows, error) = split(chunk);
                // The next chunk is read while this one is worked on.
                let (next, done) = rayon::join(
                    || {
                        if error.is_some() {
                            Vec::new()
                        } else {
                            reader.next_chunk(CHUNK)
                        }
                    },
                    || rows.par_iter().map(work).collect::<Vec<T>>(),
                );
                // The receiver is gone only when the sink failed: stop reading.
                if results.send(done).is_err() {
                    return Ok(());
                }
                if let Some(err) = error {
                    return Err(Stopped(err));
                }
                chunk = next;
            }
            Ok(())
        });
        for done in received {
            for result in done {
                sink(result)?;
            }
        }
        // The reader only returns: a panic in it would be a bug, and is passed on.
        Ok(producer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    })
}

/// The rows of a chunk, and the error that ends it, if any (always last).
fn split(chunk: Vec<Result<Row, offres::Error>>) -> (Vec<Row>, Option<offres::Error>) {
    let mut rows = Vec::with_capacity(chunk.len());
    let mut error = None;
    for r in chunk {
        match r {
            Ok(row) => rows.push(row),
            Err(e) => error = Some(e),
        }
    }
    (rows, error)
}
