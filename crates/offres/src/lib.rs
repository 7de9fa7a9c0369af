#![doc = include_str!("../../../README.md")]

/// The guide in `docs/guide.md`, compiled so its samples are tested.
#[cfg(doctest)]
#[doc = include_str!("../../../docs/guide.md")]
pub struct Guide;

mod apply;
mod body;
mod cities;
mod contract;
mod contract_words;
mod date;
mod diagnostic;
mod dialect;
mod document;
mod encoding;
mod error;
mod export;
mod extract;
mod front_matter;
mod ics;
mod jsonld;
mod language;
mod organisation;
mod page;
mod part_time;
mod place;
mod place_words;
mod posting;
mod profile;
mod remote;
mod ritual;
mod row;
mod scan;
mod source;
mod span;
mod start;
mod status;
mod team;
mod tech;
mod text;

pub use apply::{Apply, Contact};
pub use body::{
    BOLD_LEVEL, Block, BlockKind, Body, Email, EmailSource, Excerpt, HeadingKind, Link, LinkKind,
    Section,
};
pub use contract::{Contract, ContractKind, Duration, PartTime};
pub use date::{InvalidDate, PartialDate};
pub use diagnostic::{Diagnostic, DiagnosticCode, Severity};
pub use document::{Document, LineEnding, MAX_INPUT_BYTES};
pub use encoding::{Codepage, Repair, SourceEncoding, repair_mojibake};
pub use error::{ERROR_CODES, Error, ErrorReport};
pub use export::Export;
pub use front_matter::{Field, FrontMatter, FrontMatterFormat, Value};
pub use ics::pages_to_ics;
pub use jsonld::posting_jsonld;
pub use organisation::{Organisation, Product};
pub use page::{Meta, Page, PageKind, RawMap};
pub use place::Location;
pub use posting::Posting;
pub use profile::{Education, Experience, Skills};
pub use remote::Remote;
pub use ritual::{Channel, Frequency, Recurrence, Ritual, Weekday};
pub use row::{POSTING_COLUMNS, PostingRow};
pub use source::{Source, SourceKind};
pub use span::LineSpan;
pub use start::Start;
pub use status::Status;
pub use team::{Commitments, Team};
