//! One file per fact: its vocabulary, its trigger words, its rule.

pub(crate) mod apply;
pub(crate) mod contract;
pub(crate) mod languages;
pub(crate) mod organisation;
pub(crate) mod part_time;
pub(crate) mod place;
pub(crate) mod profile;
pub(crate) mod remote;
pub(crate) mod rituals;
pub(crate) mod start;
pub(crate) mod status;
pub(crate) mod tech;
