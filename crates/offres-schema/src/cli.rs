//! The JSON the `offres` command prints where no library type already describes it:
//! `offres check --format json` prints a [`CheckReport`], `offres stats --format json` a
//! [`CorpusStats`]. The command serialises these very types, so the schemas cannot drift
//! from its output.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

/// One finding of `offres check`: a diagnostic of a page, or the error that stopped it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct CheckFinding {
    /// The page's path, as given on the command line or found in a folder.
    pub file: String,
    /// 1-based line in the original file.
    pub line: u32,
    /// 1-based column (in characters) in the original file.
    pub column: u32,
    /// How much the finding matters; an `error` makes `offres check` exit with 1.
    pub severity: offres::Severity,
    /// The stable code of the diagnostic or error (`duplicate_key`, `yaml_syntax`…).
    pub code: String,
    /// The front matter key path, where there is one; for a national offers file, the
    /// column's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// For a national offers file: the row (1-based, the header not counted); `line` and
    /// `column` are then the cell's place in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// What was found, quoting the offending text.
    pub message: String,
}

/// What `offres check --format json` prints: every finding, pages in the order they were
/// given, findings in the order of their position in the page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(transparent)]
pub struct CheckReport(pub Vec<CheckFinding>);

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference
fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What `offres stats --format json` prints: counts over a corpus, each table keyed by
/// value (`"not stated"` where a page does not say).
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct CorpusStats {
    /// Files read.
    pub files: usize,
    /// Files that could not be parsed at all, or not to their end (reported on stderr).
    pub unreadable: usize,
    /// Offers read from national offers files (each one a posting).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub offers: usize,
    /// Pages by kind (`posting`, `organisation`, `team`).
    pub kinds: BTreeMap<String, usize>,
    /// Postings by status (`open`, `closed`, `filled`, `unknown`).
    pub status: BTreeMap<String, usize>,
    /// Postings by contract kind; a posting offering several kinds counts once for each.
    pub contract_kinds: BTreeMap<String, usize>,
    /// Postings by city.
    pub cities: BTreeMap<String, usize>,
    /// Postings by telework policy (`on site`, `telework possible`, `full remote`).
    pub remote: BTreeMap<String, usize>,
    /// What postings say about pay.
    pub pay: PayStats,
    /// Postings by fonction publique (`etat`, `territoriale`, `hospitaliere`).
    pub versants: BTreeMap<String, usize>,
    /// Postings by civil-service catégorie (`A+`, `A`, `B`, `C`); a posting open to
    /// several counts once for each.
    pub categories: BTreeMap<String, usize>,
    /// Postings by who may apply (`titulaires_and_contractuels`, `contractuels_only`,
    /// `titulaires_only`).
    pub open_to: BTreeMap<String, usize>,
}

/// What postings say about pay, in `offres stats`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, JsonSchema)]
pub struct PayStats {
    /// Postings that state an amount (or a range, or a bound) of pay.
    pub with_amount: usize,
    /// Postings paid by the day (a TJM), whether or not they state the rate.
    pub daily_rate: usize,
    /// Postings whose pay depends on the profile or the experience ("selon profil").
    pub depends_on_profile: usize,
    /// The median of the daily rates stated in euros (each posting's first, the middle of
    /// a range); absent when none is stated.
    pub median_daily_rate: Option<f64>,
    /// The median of the yearly salaries stated in euros (gross and net alike, each
    /// posting's first, the middle of a range); absent when none is stated.
    pub median_yearly_salary: Option<f64>,
}
