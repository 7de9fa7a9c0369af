//! Tokens of one folded sentence and what they say about schedules and events.

mod analysis;
mod cues;
mod events;
mod scan;
mod times;
mod tokens;
mod vocab;

pub(super) use self::analysis::Analysis;
pub(super) use self::events::Ev;
pub(super) use self::scan::analyse;
pub(super) use self::tokens::Lexed;
pub(super) use self::vocab::weekday_word;
