//! Conversions between core values and plain Python objects.
//!
//! JSON goes through Python's own `json` module rather than a hand-written walker, so
//! `to_dict` gives exactly what `json.loads(to_json())` gives and the two cannot drift.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Serialise a core value as compact JSON.
pub fn to_json<T: Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Read a core value from JSON text.
pub fn from_json<T: DeserializeOwned>(text: &str) -> PyResult<T> {
    serde_json::from_str(text).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A core value as plain Python data (dicts, lists, str, int, float, bool, None).
pub fn to_py<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    json_to_py(py, &to_json(value)?)
}

/// JSON text as plain Python data.
pub fn json_to_py<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (text,))
}

/// Plain Python data as JSON text.
pub fn py_to_json(data: &Bound<'_, PyAny>) -> PyResult<String> {
    data.py()
        .import("json")?
        .call_method1("dumps", (data,))
        .map_err(|e| PyTypeError::new_err(format!("not JSON-compatible data: {e}")))?
        .extract()
}

/// How a core value is written as JSON for Python: its serde JSON, except that the three
/// kinds of page carry their `kind`, as in `offres::Page`'s JSON.
pub trait Wire: Sized {
    /// The JSON text.
    fn encode(&self) -> PyResult<String>;
    /// The value from JSON text.
    fn decode(text: &str) -> PyResult<Self>;
}

macro_rules! plain_wire {
    ($($t:ty),* $(,)?) => {$(
        impl Wire for $t {
            fn encode(&self) -> PyResult<String> {
                to_json(self)
            }
            fn decode(text: &str) -> PyResult<Self> {
                from_json(text)
            }
        }
    )*};
}

plain_wire!(
    offres::Contract,
    offres::Duration,
    offres::PartTime,
    offres::Location,
    offres::Remote,
    offres::Apply,
    offres::Contact,
    offres::Skills,
    offres::Experience,
    offres::Product,
    offres::Commitments,
    offres::Recurrence,
    offres::Channel,
    offres::Ritual,
    offres::Diagnostic,
    offres::Source,
    offres::PartialDate,
    offres::Start,
    offres::Pay,
    offres::Management,
    offres::WorkingTime,
);

/// A page borrowed, serialised exactly as the owned `offres::Page` would be.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum PageRef<'a> {
    Posting(&'a offres::Posting),
    Organisation(&'a offres::Organisation),
    Team(&'a offres::Team),
    Unclassified(&'a offres::Unclassified),
}

macro_rules! page_wire {
    ($($t:ident),*) => {$(
        impl Wire for offres::$t {
            fn encode(&self) -> PyResult<String> {
                to_json(&PageRef::$t(self))
            }
            fn decode(text: &str) -> PyResult<Self> {
                match from_json::<offres::Page>(text)? {
                    offres::Page::$t(page) => Ok(page),
                    other => Err(PyValueError::new_err(format!(
                        "expected a page of kind {:?}, found {:?}",
                        offres::Page::$t(Self::default()).kind().as_str(),
                        other.kind().as_str()
                    ))),
                }
            }
        }
    )*};
}

page_wire!(Posting, Organisation, Team, Unclassified);

/// The serde name of a unit enum value (`cdd`, `open`, `MO`…).
pub fn enum_str<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => format!("{other:?}"),
    }
}

/// A `datetime.date`.
pub fn py_date(py: Python<'_>, date: time::Date) -> PyResult<Bound<'_, PyAny>> {
    py.import("datetime")?
        .getattr("date")?
        .call1((date.year(), u8::from(date.month()), date.day()))
}

/// A `datetime.time` (wall-clock, no time zone: the ritual says which zone).
pub fn py_time(py: Python<'_>, t: time::Time) -> PyResult<Bound<'_, PyAny>> {
    py.import("datetime")?
        .getattr("time")?
        .call1((t.hour(), t.minute()))
}
