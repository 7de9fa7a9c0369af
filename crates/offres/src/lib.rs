#![doc = include_str!("../../../README.md")]

mod body;
mod date;
mod diagnostic;
mod document;
mod encoding;
mod error;
mod front_matter;
mod span;
#[allow(dead_code)]
mod text;

pub use body::{
    BOLD_LEVEL, Block, BlockKind, Body, Email, EmailSource, Excerpt, HeadingKind, Link, LinkKind,
    Section,
};
pub use date::{InvalidDate, PartialDate};
pub use diagnostic::{Diagnostic, DiagnosticCode, Severity};
pub use document::{Document, LineEnding, MAX_INPUT_BYTES};
pub use encoding::{Codepage, Repair, SourceEncoding, repair_mojibake};
pub use error::{ERROR_CODES, Error};
pub use front_matter::{Field, FrontMatter, FrontMatterFormat, Value};
pub use span::LineSpan;
