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
pub use export::rows::{POSTING_COLUMNS, PostingRow};
pub use model::{
    Apply, Category, Channel, Commitments, Contact, Contract, ContractKind, Duration, Education,
    Experience, ExperienceLevel, Frequency, InvalidDate, Location, Management, Meta, OpenTo,
    Organisation, Page, PageKind, PartTime, PartialDate, Pay, PayBasis, PayFactor, PayPeriod,
    Posting, Product, RawMap, Recurrence, Remote, Ritual, Skills, Source, SourceKind, Start,
    Status, Team, Unclassified, Vacancy, Versant, Weekday, WorkingTime,
};
pub use national::{NationalFormat, OfferReader, Row};
