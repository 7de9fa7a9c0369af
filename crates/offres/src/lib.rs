#![doc = include_str!("../../../README.md")]

/// The guide in `docs/guide.md`, compiled so its samples are tested.
#[cfg(doctest)]
#[doc = include_str!("../../../docs/guide.md")]
pub struct Guide;

mod diagnostic;
mod document;
mod error;
mod export;
mod extract;
mod model;
mod national;
mod text;

pub use diagnostic::{Diagnostic, DiagnosticCode, Severity};

/// Hooks for the differential tests and fuzz targets; not part of the API.
#[doc(hidden)]
pub mod testing {
    /// Whether the YAML fast path and serde-saphyr agree on the YAML front matter `yaml`
    /// (the text between the delimiters): `Ok(true)` when the fast path read it and both
    /// give the same fields and diagnostics, `Ok(false)` when the fast path left it to
    /// serde-saphyr, `Err` describing both results when they differ. Bytes that are not
    /// UTF-8 are `Ok(false)`.
    pub fn yaml_fast_path_agrees(yaml: &[u8]) -> Result<bool, String> {
        std::str::from_utf8(yaml).map_or(Ok(false), crate::document::front_matter::fast_path_agrees)
    }

    /// The YAML between the front matter delimiters of `page`, as `Document::parse`
    /// finds it (decoded, LF line ends), whether or not it reads.
    pub fn yaml_front_matter(page: &[u8]) -> Option<String> {
        crate::document::yaml_content(page)
    }
}
pub use document::body::{
    BOLD_LEVEL, Block, BlockKind, Body, Email, EmailSource, Excerpt, HeadingKind, Link, LinkKind,
    Section,
};
pub use document::encoding::{Codepage, Repair, SourceEncoding, repair_mojibake};
pub use document::front_matter::{Field, FrontMatter, FrontMatterFormat, Value};
pub use document::span::LineSpan;
pub use document::{Document, LineEnding, MAX_INPUT_BYTES};
pub use error::{ERROR_CODES, Error, ErrorReport};
pub use export::Export;
pub use export::ics::pages_to_ics;
pub use export::jsonld::posting_jsonld;
pub use export::rewrite::{Rewrite, RewriteReason, reformat};
pub use export::rows::{POSTING_COLUMNS, PostingRow};
pub use model::{
    Apply, Category, Channel, Commitments, Contact, Contract, ContractKind, Duration, Education,
    Experience, ExperienceLevel, Frequency, InvalidDate, Location, Management, Meta, OpenTo,
    Organisation, Page, PageKind, PartTime, PartialDate, Pay, PayBasis, PayFactor, PayPeriod,
    Posting, Product, RawMap, Recurrence, Remote, Ritual, Skills, Source, SourceKind, Start,
    Status, Team, Unclassified, Vacancy, Versant, Weekday, WorkingTime,
};
pub use national::{NationalFormat, OfferReader, Row};
