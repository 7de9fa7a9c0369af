//! Front matter values (`offres::Value`) to Python objects and back, built directly.

use pyo3::exceptions::{PyOverflowError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple};

/// A value as written, as plain Python: `None`, `bool`, `int`, `float`, `str` (dates stay
/// text), `list`, `dict` (keys in source order; a repeated key keeps its last value).
pub fn to_py<'py>(py: Python<'py>, value: &offres::Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        offres::Value::Null => py.None().into_bound(py),
        offres::Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        offres::Value::Integer(i) => i.into_pyobject(py)?.into_any(),
        offres::Value::Float(f) => PyFloat::new(py, *f).into_any(),
        offres::Value::String(s) => PyString::new(py, s).into_any(),
        offres::Value::List(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        offres::Value::Map(entries) => {
            let dict = PyDict::new(py);
            for (k, v) in entries {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// A Python value as a front matter value: the inverse of [`to_py`]. A `datetime.date`
/// or `datetime.datetime` is written as its ISO text, as dates are read.
pub fn from_py(obj: &Bound<'_, PyAny>) -> PyResult<offres::Value> {
    if obj.is_none() {
        return Ok(offres::Value::Null);
    }
    // `bool` before `int`: in Python a bool is an int.
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(offres::Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        return obj
            .extract::<i64>()
            .map(offres::Value::Integer)
            .map_err(|_| PyOverflowError::new_err("front matter integers must fit in 64 bits"));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return Ok(offres::Value::Float(f.value()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(offres::Value::String(s.to_str()?.to_owned()));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        return obj
            .try_iter()?
            .map(|item| item.and_then(|item| from_py(&item)))
            .collect::<PyResult<_>>()
            .map(offres::Value::List);
    }
    let py = obj.py();
    if obj.is_instance(&py.import("datetime")?.getattr("date")?)? {
        return Ok(offres::Value::String(
            obj.call_method0("isoformat")?.extract()?,
        ));
    }
    if let Ok(map) = obj.cast::<PyMapping>() {
        let mut entries = Vec::new();
        for item in map.items()?.try_iter()? {
            let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
            let key = k.cast::<PyString>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "front matter keys are str, not {}",
                    k.get_type()
                        .name()
                        .map_or_else(|_| "?".into(), |n| n.to_string())
                ))
            })?;
            entries.push((key.to_str()?.to_owned(), from_py(&v)?));
        }
        return Ok(offres::Value::Map(entries));
    }
    Err(PyTypeError::new_err(format!(
        "a front matter value is None, bool, int, float, str, a date, a list or a dict, not {}",
        obj.get_type().name()?
    )))
}
