//! `offres stats`: what a person wants to see first about a corpus.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use offres::{Document, Page, Pay, PayFactor, PayPeriod};
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
    pay: PayFacts,
    versant: String,
    categories: Vec<String>,
    open_to: String,
}

/// What one posting says about pay.
#[derive(Default)]
struct PayFacts {
    amount: bool,
    daily: bool,
    depends: bool,
    daily_rate: Option<f64>,
    yearly_salary: Option<f64>,
}

/// The middle of a statement's amounts in euros (or in no stated currency, as front
/// matter numbers are), for the medians.
fn middle(p: &Pay) -> Option<f64> {
    if p.currency.as_deref().is_some_and(|c| c != "EUR") {
        return None;
    }
    match (p.min, p.max) {
        (Some(a), Some(b)) => Some(f64::midpoint(a, b)),
        (a, b) => a.or(b),
    }
}

fn pay_facts(pay: &[Pay]) -> PayFacts {
    let first = |period: PayPeriod| {
        pay.iter()
            .filter(|p| p.period == Some(period))
            .find_map(middle)
    };
    PayFacts {
        amount: pay.iter().any(|p| p.min.is_some() || p.max.is_some()),
        daily: pay.iter().any(|p| p.period == Some(PayPeriod::Day)),
        depends: pay.iter().any(|p| {
            p.depends_on
                .iter()
                .any(|f| matches!(f, PayFactor::Profile | PayFactor::Experience))
        }),
        daily_rate: first(PayPeriod::Day),
        yearly_salary: first(PayPeriod::Year),
    }
}

/// A serialised enum's name, or "not stated".
fn stated<T: serde::Serialize>(value: Option<&T>) -> String {
    value
        .and_then(|v| serde_json::to_value(v).ok())
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "not stated".to_owned())
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
            pay: pay_facts(&posting.pay),
            versant: stated(posting.versant.as_ref()),
            categories: if posting.categories.is_empty() {
                vec!["not stated".to_owned()]
            } else {
                posting.categories.iter().map(|c| stated(Some(c))).collect()
            },
            open_to: stated(posting.open_to.as_ref()),
        }),
    }
}

/// The median of `values` (sorted here); `None` for none.
fn median(values: &mut [f64]) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2]),
        _ => Some(f64::midpoint(values[n / 2 - 1], values[n / 2])),
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
    let (mut daily_rates, mut yearly_salaries) = (Vec::new(), Vec::new());
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
            stats.pay.with_amount += usize::from(p.pay.amount);
            stats.pay.daily_rate += usize::from(p.pay.daily);
            stats.pay.depends_on_profile += usize::from(p.pay.depends);
            daily_rates.extend(p.pay.daily_rate);
            yearly_salaries.extend(p.pay.yearly_salary);
            *stats.versants.entry(p.versant).or_default() += 1;
            for c in p.categories {
                *stats.categories.entry(c).or_default() += 1;
            }
            *stats.open_to.entry(p.open_to).or_default() += 1;
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
    stats.pay.median_daily_rate = median(&mut daily_rates);
    stats.pay.median_yearly_salary = median(&mut yearly_salaries);
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
    table(
        "Postings by pay (a posting may say several)",
        vec![
            ("an amount stated", stats.pay.with_amount),
            ("a daily rate (TJM)", stats.pay.daily_rate),
            (
                "depends on profile or experience",
                stats.pay.depends_on_profile,
            ),
        ],
        postings,
    );
    table("Postings by versant", ranked(&stats.versants), postings);
    table(
        "Postings by catégorie (a posting may be open to several)",
        ranked(&stats.categories),
        postings,
    );
    table(
        "Postings by who may apply",
        ranked(&stats.open_to),
        postings,
    );
    if postings > 0 {
        let euros =
            |v: Option<f64>| v.map_or_else(|| "not stated".to_owned(), |v| format!("{v:.0} €"));
        let _ = writeln!(
            out,
            "\nMedian pay stated\n  daily rate     {}\n  yearly salary  {}",
            euros(stats.pay.median_daily_rate),
            euros(stats.pay.median_yearly_salary)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [600.0, 400.0, 500.0]), Some(500.0));
        assert_eq!(median(&mut [700.0, 400.0, 500.0, 600.0]), Some(550.0));
    }

    #[test]
    fn a_posting_counts_its_first_daily_rate_and_salary() {
        let pay = |min, max, period| Pay {
            min,
            max,
            currency: Some("EUR".into()),
            period: Some(period),
            ..Pay::default()
        };
        let facts = pay_facts(&[
            Pay {
                depends_on: vec![PayFactor::Profile],
                ..Pay::default()
            },
            pay(Some(450.0), Some(650.0), PayPeriod::Day),
            pay(Some(700.0), None, PayPeriod::Day),
            pay(None, Some(48_000.0), PayPeriod::Year),
        ]);
        assert!(facts.amount && facts.daily && facts.depends);
        assert_eq!(facts.daily_rate, Some(550.0));
        assert_eq!(facts.yearly_salary, Some(48_000.0));
        let dollars = Pay {
            currency: Some("USD".into()),
            ..pay(Some(90_000.0), None, PayPeriod::Year)
        };
        assert_eq!(pay_facts(&[dollars]).yearly_salary, None);
    }
}
