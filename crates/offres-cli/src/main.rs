//! `offres`: parse, check, format and summarise folders of pages.

mod check;
mod export;
mod files;
mod fmt;
mod national;
mod output;
mod parse;
mod schema;
mod stats;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "offres",
    version,
    about = "Read job postings, organisation and team pages written as Markdown with front matter.",
    after_help = "Examples:\n  offres parse --format jsonl pages/ > pages.jsonl\n  offres check pages/\n  offres fmt --check pages/\n  offres stats pages/\n  offres export --to jsonld pages/ > postings.jsonld\n  offres schema > offres.schema.json"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The pages to read.
#[derive(Args)]
struct Inputs {
    /// Files or folders; folders are read recursively.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Only read files in folders that match this pattern (`*`, `**`, `?`; repeatable).
    /// A pattern with `/` is matched against the path below the folder given.
    /// [default: *.md, *.markdown, *.txt]
    #[arg(long = "glob", value_name = "PATTERN")]
    globs: Vec<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Parse pages and print each as JSON, JSON Lines, YAML or CSV; diagnostics on stderr.
    ///
    /// Pages are read in parallel and written in the order given (folders sorted by
    /// path). Exits with 1 when a page cannot be read.
    #[command(
        after_help = "Examples:\n  offres parse --format jsonl pages/ > pages.jsonl\n  offres parse --format csv --out postings.csv pages/\n  offres parse --document page.md"
    )]
    Parse {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format (csv: one row per posting, other pages skipped).
        #[arg(long, value_enum, default_value = "json")]
        format: parse::Format,
        /// Shorthand for `--format jsonl`.
        #[arg(long, conflicts_with = "format")]
        jsonl: bool,
        /// Print the raw document (front matter fields, body structure) instead of the typed page.
        #[arg(long)]
        document: bool,
        /// Write to this file instead of stdout.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print diagnostics only, as `file:line:col: severity: code: message`.
    ///
    /// Exits with 0 when no page has an error, 1 when one has (or cannot be read), or with
    /// `--strict` a warning; 2 on bad arguments or missing paths.
    #[command(
        after_help = "Examples:\n  offres check pages/\n  offres check --strict pages/    # warnings fail too\n  offres check --format json pages/ > findings.json"
    )]
    Check {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: check::Format,
        /// Fail (exit 1) on warnings too, not only on errors.
        #[arg(long)]
        strict: bool,
        /// Write to this file instead of stdout.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Repair the layout of front matter in place; other pages keep their bytes exactly.
    ///
    /// Rewrites a page only for: text or blank lines before the opening `---`, a missing
    /// opening `---`, a key written twice, spaces at the end of a front matter line,
    /// mixed CRLF and LF line ends. See docs/cli.md.
    #[command(
        after_help = "Examples:\n  offres fmt pages/\n  offres fmt --check pages/    # exit 1 if a page would change"
    )]
    Fmt {
        #[command(flatten)]
        inputs: Inputs,
        /// Change nothing: list the files that would change and exit with 1 if any.
        #[arg(long)]
        check: bool,
    },
    /// Export postings as schema.org JobPosting JSON-LD, or team rituals as iCalendar.
    #[command(
        after_help = "Examples:\n  offres export --to jsonld pages/ > postings.jsonld\n  offres export --to ics --out rituals.ics pages/"
    )]
    Export {
        /// Files or folders; folders are read recursively for .md, .markdown and .txt files.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// What to export to.
        #[arg(long, value_enum)]
        to: export::Format,
        /// Write to this file instead of stdout.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print the JSON Schema of what offres writes (all types bundled), or write every schema file.
    #[command(
        after_help = "Examples:\n  offres schema > offres.schema.json\n  offres schema page.json\n  offres schema --out schemas/"
    )]
    Schema {
        /// One schema file to print (`page.json`, `posting.json`…) instead of the bundle.
        #[arg(value_name = "NAME")]
        name: Option<String>,
        /// Write every schema file into this folder instead of printing.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Summarise a corpus: pages by kind; postings by status, contract kind, city and remote policy.
    #[command(after_help = "Examples:\n  offres stats pages/\n  offres stats --format json pages/")]
    Stats {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: stats::Format,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            inputs,
            format,
            jsonl,
            document,
            out,
        } => {
            let options = parse::Options {
                format: if jsonl { parse::Format::Jsonl } else { format },
                document,
                out,
            };
            parse::run(&inputs.paths, &inputs.globs, &options)
        }
        Command::Check {
            inputs,
            format,
            strict,
            out,
        } => check::run(&inputs.paths, &inputs.globs, format, strict, out.as_deref()),
        Command::Fmt { inputs, check } => fmt::run(&inputs.paths, &inputs.globs, check),
        Command::Export { paths, to, out } => export::run(&paths, to, out.as_deref()),
        Command::Schema { name, out } => schema::run(name.as_deref(), out.as_deref()),
        Command::Stats { inputs, format } => stats::run(&inputs.paths, &inputs.globs, format),
    }
}
