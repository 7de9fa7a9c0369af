//! What a page means: data only (serde, schemars), no parsing rules.
//!
//! The model never imports the extraction layer: the schema, the bindings and the exports
//! depend on these types without the rules that find them.

mod apply;
mod contract;
mod frame;
mod organisation;
mod page;
mod part_time;
mod pay;
mod place;
mod posting;
mod profile;
mod remote;
mod ritual;
mod source;
mod start;
mod status;
mod team;

pub use crate::text::dates::{InvalidDate, PartialDate};
pub use apply::{Apply, Contact};
pub use contract::{Contract, ContractKind, Duration};
pub use frame::{Category, ExperienceLevel, Management, OpenTo, Vacancy, Versant, WorkingTime};
pub use organisation::{Organisation, Product};
pub use page::{Meta, Page, PageKind, RawMap, Unclassified};
pub use part_time::PartTime;
pub use pay::{Pay, PayBasis, PayFactor, PayPeriod};
pub use place::Location;
pub use posting::Posting;
pub use profile::{Education, Experience, Skills};
pub use remote::Remote;
pub use ritual::{Channel, Frequency, Recurrence, Ritual, Weekday};
pub use source::{Source, SourceKind};
pub use start::Start;
pub use status::Status;
pub use team::{Commitments, Team};
