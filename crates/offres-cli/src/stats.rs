//! `offres stats`: what a person wants to see first about a corpus.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use offres::{Document, Page};
use offres_schema::CorpusStats;

use crate::files::{self, Reporter, format_error};
use crate::national::{self, Input, Stopped};

/// How `stats` prints its summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned tables.
    Text,
    /// One JSON object of counts.
    Json,
}

/// How many cities are listed.
const TOP_CITIES: usize = 10;

/// What one page adds to the counts, computed on a worker.
struct Contribution {
    kind: &'static str,
    posting: Option<PostingFacts>,
}

struct PostingFacts {
    status: String,
    contract_kinds: Vec<String>,
    city: Option<String>,
    remote: &'static str,
}

fn contribution(page: &Page) -> Contribution {
    let kind = page.kind().as_str();
    let Page::Posting(posting) = page else {
        return Contribution {
            kind,
            posting: None,
        };
    };
    let row = posting.to_row();
    let remote = match (row.full_remote, row.remote_allowed) {
        (Some(true), _) => "full remote",
        (_, Some(true)) => "telework possible",
        (_, Some(false)) => "on site",
        _ => "not stated",
    };
    let mut contract_kinds = row.contract_kinds;
    contract_kinds.dedup();
    if contract_kinds.is_empty() {
        contract_kinds.push("not stated".to_owned());
    }
    Contribution {
        kind,
        posting: Some(PostingFacts {
            status: row.status,
            contract_kinds,
            city: row.city,
            remote,
        }),
    }
}

pub fn run(paths: &[PathBuf], globs: &[String], format: Format) -> ExitCode {
    let files = match files::collect(paths, globs) {
        Ok(files) => files,
        Err(err) => {
            eprintln!("offres: {err}");
            return ExitCode::from(2);
        }
    };
    let inputs = national::inputs(files);
    let reporter = Reporter::new(national::page_count(&inputs));
    let mut stats = CorpusStats::default();
    let work = |file: &std::path::Path| {
        Document::from_path(file)
            .map(|doc| contribution(&Page::from_document(&doc)))
            .map_err(|err| format_error(file, &err))
    };
    let mut add = |c: Contribution| {
        *stats.kinds.entry(c.kind.to_owned()).or_default() += 1;
        if let Some(p) = c.posting {
            *stats.status.entry(p.status).or_default() += 1;
            for kind in p.contract_kinds {
                *stats.contract_kinds.entry(kind).or_default() += 1;
            }
            let city = p.city.unwrap_or_else(|| "not stated".to_owned());
            *stats.cities.entry(city).or_default() += 1;
            *stats.remote.entry(p.remote.to_owned()).or_default() += 1;
        }
    };
    let (mut files, mut unreadable, mut offers) = (0usize, 0usize, 0usize);
    let result = (|| -> io::Result<()> {
        for input in &inputs {
            match input {
                Input::Pages(run) => {
                    files += run.len();
                    files::for_each_ordered(run, &reporter, work, |_, c| {
                        match c {
                            Err(message) => {
                                reporter.line(&message);
                                unreadable += 1;
                            }
                            Ok(c) => add(c),
                        }
                        Ok(())
                    })?;
                }
                Input::Offers(path) => {
                    files += 1;
                    let work = |row: &offres::Row| contribution(&Page::Posting(row.to_posting()));
                    let read = national::for_each_row(path, work, |c| {
                        offers += 1;
                        add(c);
                        Ok(())
                    })?;
                    if let Err(Stopped(err)) = read {
                        reporter.line(&format_error(path, &err));
                        unreadable += 1;
                    }
                }
            }
        }
        reporter.finish();
        Ok(())
    })();
    stats.files = files;
    stats.unreadable = unreadable;
    stats.offers = offers;
    let text = match format {
        Format::Text => render_text(&stats),
        Format::Json => match serde_json::to_string_pretty(&stats) {
            Ok(json) => json + "\n",
            Err(err) => {
                eprintln!("offres: {err}");
                return ExitCode::from(1);
            }
        },
    };
    let written = result.and_then(|()| io::stdout().lock().write_all(text.as_bytes()));
    if let Err(err) = written
        && err.kind() != io::ErrorKind::BrokenPipe
    {
        eprintln!("offres: {err}");
        return ExitCode::from(1);
    }
    if stats.unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Rows by count (largest first), then by name.
fn ranked<K: AsRef<str>>(map: &BTreeMap<K, usize>) -> Vec<(&str, usize)> {
    let mut rows: Vec<(&str, usize)> = map.iter().map(|(k, v)| (k.as_ref(), *v)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    rows
}

// Shares are printed with one decimal: counts far beyond 2^52 are not a concern.
#[allow(clippy::cast_precision_loss)]
fn render_text(stats: &CorpusStats) -> String {
    let postings: usize = stats.status.values().sum();
    let mut out = String::new();
    // Every page and every offer of a national file has a kind.
    let items: usize = stats.kinds.values().sum();
    let _ = if stats.offers > 0 {
        writeln!(
            out,
            "{} files: {} pages read, {} offers from national files, {} unreadable",
            stats.files,
            items - stats.offers,
            stats.offers,
            stats.unreadable
        )
    } else {
        writeln!(
            out,
            "{} files: {} pages read, {} unreadable",
            stats.files,
            stats.files - stats.unreadable,
            stats.unreadable
        )
    };
    let mut table = |title: &str, rows: Vec<(&str, usize)>, total: usize| {
        if rows.is_empty() {
            return;
        }
        let _ = writeln!(out, "\n{title}");
        let width = rows
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        for (name, count) in rows {
            let pad = width - name.chars().count();
            let share = if total == 0 {
                0.0
            } else {
                100.0 * count as f64 / total as f64
            };
            let _ = writeln!(out, "  {name}{:pad$}  {count:>7}  {share:>5.1} %", "");
        }
    };
    table("Pages by kind", ranked(&stats.kinds), items);
    table("Postings by status", ranked(&stats.status), postings);
    table(
        "Postings by contract kind (a posting may offer several)",
        ranked(&stats.contract_kinds),
        postings,
    );
    let mut cities = ranked(&stats.cities);
    let others: usize = cities.iter().skip(TOP_CITIES).map(|(_, n)| n).sum();
    cities.truncate(TOP_CITIES);
    if others > 0 {
        cities.push(("other cities", others));
    }
    table("Postings by city (top 10)", cities, postings);
    table("Postings by remote policy", ranked(&stats.remote), postings);
    out
}
