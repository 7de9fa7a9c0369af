//! One frozen Python class per core type: a thin wrapper over the Rust value.
//!
//! Attributes read the wrapped value and convert on access; nothing is computed here
//! that the core does not already say. Enumerations are exposed as their serde names
//! (`"cdd"`, `"open"`, `"MO"`), the same strings as in the JSON.
//!
//! The first line of a getter's doc is `type: description`, and methods say their types
//! with `:type name:` and `:rtype:` lines: `generate_stubs.py` writes `_native.pyi` from
//! them.

use pyo3::prelude::*;

/// The file a value was read from: only pages remember one.
pub trait Named {
    fn filename(&self) -> Option<&str>;
}

/// Declare a wrapper class with the methods every model class has: JSON and dict round
/// trips, `==`, `repr` and pickling. Pages also carry the common page fields and the
/// name of the file they came from.
macro_rules! model {
    (page $kind:literal $(#[$doc:meta])* $py:ident => $core:ty { $($body:tt)* }) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, module = "offres")]
        #[derive(Clone)]
        pub struct $py(pub $core, pub Option<Arc<str>>);

        // Where a page came from is not what it says: equality ignores the file name.
        impl PartialEq for $py {
            fn eq(&self, other: &Self) -> bool {
                self.0 == other.0
            }
        }

        impl From<$core> for $py {
            fn from(value: $core) -> Self {
                Self(value, None)
            }
        }

        impl crate::model::Named for $py {
            fn filename(&self) -> Option<&str> {
                self.1.as_deref()
            }
        }

        model!(@methods $py => $core {
            #[doc = concat!("Literal[\"", $kind, "\"]: The kind of page.")]
            #[getter]
            fn kind(&self) -> &'static str {
                $kind
            }
            /// str | None: The file the page was read from, or the `path` given to
            /// `parse`; `None` for a page rebuilt from JSON.
            #[getter]
            fn filename(&self) -> Option<&str> {
                self.1.as_deref()
            }
            /// str | None: The page title as written.
            #[getter]
            fn title(&self) -> Option<String> {
                self.0.meta.title.clone()
            }
            /// str | None: The text before `<!--more-->`.
            #[getter]
            fn excerpt(&self) -> Option<String> {
                self.0.meta.excerpt.clone()
            }
            /// PartialDate | None: The publication date.
            #[getter]
            fn date_posted(&self) -> Option<PartialDate> {
                self.0.meta.date_posted.map(PartialDate)
            }
            /// str | None: The author, as named.
            #[getter]
            fn author(&self) -> Option<String> {
                self.0.meta.author.clone()
            }
            /// list[str]: Tags.
            #[getter]
            fn tags(&self) -> Vec<String> {
                self.0.meta.tags.clone()
            }
            /// dict[str, Any]: Front matter keys about the page's place on its site, as written.
            #[getter]
            fn site<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                convert::to_py(py, &self.0.meta.site)
            }
            /// dict[str, Any]: Front matter keys the model does not know, as written.
            #[getter]
            fn extra<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                convert::to_py(py, &self.0.meta.extra)
            }
            /// bool: Whether the page had to be repaired from mojibake.
            #[getter]
            fn encoding_repaired(&self) -> bool {
                self.0.meta.encoding_repaired
            }
            /// dict[str, Source]: Where each fact was read, by field name.
            #[getter]
            fn sources(&self) -> std::collections::BTreeMap<String, Source> {
                self.0.meta.sources.iter().map(|(k, v)| (k.clone(), Source(v.clone()))).collect()
            }
            /// list[Diagnostic]: What was noticed while reading the page.
            #[getter]
            fn diagnostics(&self) -> Vec<Diagnostic> {
                self.0.meta.diagnostics.iter().cloned().map(Diagnostic).collect()
            }
            /// The page that `to_json` wrote, read from `filename` (how pickles come back).
            ///
            /// :type text: str
            /// :type filename: str | None
            /// :rtype: Self
            #[classmethod]
            fn _from_json(
                _cls: &Bound<'_, pyo3::types::PyType>,
                text: &str,
                filename: Option<&str>,
            ) -> PyResult<Self> {
                <$core as crate::convert::Wire>::decode(text).map(|page| Self(page, filename.map(Arc::from)))
            }
            $($body)*
        });
    };
    ($(#[$doc:meta])* $py:ident => $core:ty { $($body:tt)* }) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, module = "offres")]
        #[derive(Clone, PartialEq)]
        pub struct $py(pub $core);

        impl From<$core> for $py {
            fn from(value: $core) -> Self {
                Self(value)
            }
        }

        impl crate::model::Named for $py {
            fn filename(&self) -> Option<&str> {
                None
            }
        }

        model!(@methods $py => $core { $($body)* });
    };
    (@methods $py:ident => $core:ty { $($body:tt)* }) => {
        #[pymethods]
        impl $py {
            $($body)*

            /// This value as JSON text: the core's serde JSON (pages with their `kind`).
            ///
            /// :rtype: str
            fn to_json(&self) -> PyResult<String> {
                crate::convert::Wire::encode(&self.0)
            }

            /// This value as plain Python data (what `json.loads(self.to_json())` gives).
            ///
            /// :rtype: Any
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                crate::convert::json_to_py(py, &crate::convert::Wire::encode(&self.0)?)
            }

            /// The value that `to_json` wrote.
            ///
            /// :type text: str
            /// :rtype: Self
            #[classmethod]
            fn from_json(_cls: &Bound<'_, pyo3::types::PyType>, text: &str) -> PyResult<Self> {
                <$core as crate::convert::Wire>::decode(text).map(Self::from)
            }

            /// The value that `to_dict` gave.
            ///
            /// :type data: Any
            /// :rtype: Self
            #[classmethod]
            fn from_dict(_cls: &Bound<'_, pyo3::types::PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
                <$core as crate::convert::Wire>::decode(&crate::convert::py_to_json(data)?).map(Self::from)
            }

            /// Code that rebuilds the value: `Posting.from_json('…')`.
            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                let json = pyo3::types::PyString::new(py, &crate::convert::Wire::encode(&self.0)?);
                Ok(format!("{}.from_json({})", stringify!($py), json.repr()?))
            }

            /// Pickle through the JSON form, so every process rebuilds the exact value.
            ///
            /// :rtype: tuple[Any, tuple[type[Self], str, str | None]]
            fn __reduce__<'py>(
                slf: &Bound<'py, Self>,
            ) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyAny>, String, Option<String>))> {
                let restore = slf.py().import("offres")?.getattr("_restore")?;
                let json = crate::convert::Wire::encode(&slf.get().0)?;
                let filename = crate::model::Named::filename(slf.get()).map(str::to_owned);
                Ok((restore, (slf.get_type().into_any(), json, filename)))
            }
        }
    };
}

mod frame;
mod pages;
mod values;

pub use frame::{Management, Pay, WorkingTime};

pub use pages::{Organisation, Posting, Team, Unclassified};
pub use values::{
    Apply, Channel, Commitments, Contact, Contract, Diagnostic, Duration, Experience, Location,
    PartTime, PartialDate, Product, Recurrence, Remote, Ritual, Skills, Source, Start,
};

/// The result of an export: the output and what the export had to leave out.
#[pyclass(frozen, module = "offres")]
pub struct Export {
    output: Py<PyAny>,
    diagnostics: Vec<offres::Diagnostic>,
}

impl Export {
    pub fn new(output: Bound<'_, PyAny>, diagnostics: Vec<offres::Diagnostic>) -> Self {
        Self {
            output: output.unbind(),
            diagnostics,
        }
    }
}

#[pymethods]
impl Export {
    /// Any: The exported value: a JSON-LD dict or an iCalendar text.
    #[getter]
    fn output(&self, py: Python<'_>) -> Py<PyAny> {
        self.output.clone_ref(py)
    }
    /// list[Diagnostic]: What the export left out or could not say.
    #[getter]
    fn diagnostics(&self) -> Vec<Diagnostic> {
        self.diagnostics.iter().cloned().map(Diagnostic).collect()
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Export(output={}, diagnostics={})",
            self.output.bind(py).repr()?,
            self.diagnostics.len()
        ))
    }
}

/// Register every model class on the module (and so in its `__all__`).
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Posting>()?;
    m.add_class::<Organisation>()?;
    m.add_class::<Team>()?;
    m.add_class::<Unclassified>()?;
    m.add_class::<Contract>()?;
    m.add_class::<Duration>()?;
    m.add_class::<PartTime>()?;
    m.add_class::<Location>()?;
    m.add_class::<Remote>()?;
    m.add_class::<Apply>()?;
    m.add_class::<Contact>()?;
    m.add_class::<Skills>()?;
    m.add_class::<Experience>()?;
    m.add_class::<Product>()?;
    m.add_class::<Commitments>()?;
    m.add_class::<Recurrence>()?;
    m.add_class::<Channel>()?;
    m.add_class::<Ritual>()?;
    m.add_class::<Diagnostic>()?;
    m.add_class::<Source>()?;
    m.add_class::<PartialDate>()?;
    m.add_class::<Start>()?;
    m.add_class::<Pay>()?;
    m.add_class::<Management>()?;
    m.add_class::<WorkingTime>()?;
    m.add_class::<Export>()?;
    Ok(())
}
