//! Where a command writes its results: stdout or `--out FILE`, buffered.

use std::fs::File;
use std::io::{self, BufWriter, Stdout, Write};
use std::path::Path;

/// A buffered destination for results.
pub enum Output {
    /// Standard output.
    Stdout(BufWriter<Stdout>),
    /// A file created (or truncated) for the results.
    File(BufWriter<File>),
}

impl Output {
    /// Standard output, or the file at `path` when one is given.
    pub fn open(path: Option<&Path>) -> io::Result<Self> {
        Ok(match path {
            None => Self::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())),
            Some(path) => Self::File(BufWriter::with_capacity(
                1 << 16,
                File::create(path)
                    .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?,
            )),
        })
    }

    /// Flush everything written.
    pub fn finish(&mut self) -> io::Result<()> {
        self.flush()
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Self::Stdout(w) => w.write(buf),
            Self::File(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Self::Stdout(w) => w.write_all(buf),
            Self::File(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Self::Stdout(w) => w.flush(),
            Self::File(w) => w.flush(),
        }
    }
}
