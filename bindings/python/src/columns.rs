//! The columns of `to_frame` and `to_arrow`, built here: one Python list per column
//! rather than one dict per page, which pandas and pyarrow take as they are.

use std::collections::HashMap;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;
use serde_json::Value;

use crate::errors::ParseError;
use crate::model::{Named, Organisation, Posting, Team, Unclassified};

/// The page columns before the posting's own.
const PAGE_COLUMNS: [&str; 2] = ["filename", "kind"];

/// Pages as columns: a dict from `filename`, `kind` and each of
/// `offres.POSTING_COLUMNS` to the list of its values, one per page, as `to_row()`
/// gives them (`None` for a page that is not a posting). What `to_frame` and `to_arrow`
/// are built from; `polars.DataFrame` takes it as it is.
///
/// :type pages: Iterable[Posting | Organisation | Team | Unclassified]
/// :rtype: dict[str, list[Any]]
#[pyfunction]
pub fn to_columns<'py>(py: Python<'py>, pages: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let width = PAGE_COLUMNS.len() + offres::POSTING_COLUMNS.len();
    let mut columns = Columns {
        values: vec![Vec::new(); width],
        texts: Texts::default(),
    };
    // A chunk of pages at a time, so that pages handed over by an iterator (as
    // `read_offers` gives them) are let go once their values are in the columns.
    let mut chunk = Vec::with_capacity(CHUNK);
    for page in pages.try_iter()? {
        chunk.push(page?);
        if chunk.len() == CHUNK {
            columns.push(py, &chunk)?;
            chunk.clear();
        }
    }
    columns.push(py, &chunk)?;
    let out = PyDict::new(py);
    let names = PAGE_COLUMNS.iter().chain(offres::POSTING_COLUMNS);
    for (name, values) in names.zip(columns.values) {
        out.set_item(name, PyList::new(py, values)?)?;
    }
    Ok(out)
}

/// Pages taken together.
const CHUNK: usize = 4096;

struct Columns<'py> {
    values: Vec<Vec<Bound<'py, PyAny>>>,
    texts: Texts<'py>,
}

impl<'py> Columns<'py> {
    /// Each page's name and kind, then its row worked out on every core without the GIL,
    /// then the row's values as Python objects.
    fn push(&mut self, py: Python<'py>, pages: &[Bound<'py, PyAny>]) -> PyResult<()> {
        let mut kinds: Vec<(Option<&str>, &'static str, Option<&offres::Posting>)> =
            Vec::with_capacity(pages.len());
        for page in pages {
            kinds.push(if let Ok(p) = page.cast::<Posting>() {
                let p = p.get();
                (p.filename(), "posting", Some(&p.0))
            } else if let Ok(p) = page.cast::<Organisation>() {
                (p.get().filename(), "organisation", None)
            } else if let Ok(p) = page.cast::<Team>() {
                (p.get().filename(), "team", None)
            } else if let Ok(p) = page.cast::<Unclassified>() {
                (p.get().filename(), "unclassified", None)
            } else {
                return Err(not_a_page(page)?);
            });
        }
        let rows: Vec<Option<Vec<Value>>> = py
            .detach(|| {
                kinds
                    .par_iter()
                    .map(|(_, _, posting)| posting.map(row_values).transpose())
                    .collect::<Result<_, String>>()
            })
            .map_err(PyTypeError::new_err)?;
        let none = py.None().into_bound(py);
        let (page_columns, row_columns) = self.values.split_at_mut(PAGE_COLUMNS.len());
        for ((filename, kind, _), row) in kinds.iter().zip(rows) {
            page_columns[0].push(filename.into_pyobject(py)?.into_any());
            page_columns[1].push(self.texts.get(py, kind));
            for (i, column) in row_columns.iter_mut().enumerate() {
                column.push(match &row {
                    Some(values) => to_py(py, &values[i], &mut self.texts)?,
                    None => none.clone(),
                });
            }
        }
        Ok(())
    }
}

/// The row's values in `POSTING_COLUMNS` order, read back from its JSON so that each is
/// what `json.loads(to_json())` gives (an `f32` 0.8 is 0.8, not 0.800000011920929).
fn row_values(posting: &offres::Posting) -> Result<Vec<Value>, String> {
    let text = serde_json::to_string(&posting.to_row()).map_err(|e| e.to_string())?;
    let Ok(Value::Object(mut row)) = serde_json::from_str::<Value>(&text) else {
        return Err("a posting row is not a JSON object".to_owned());
    };
    Ok(offres::POSTING_COLUMNS
        .iter()
        .map(|name| row.remove(*name).unwrap_or(Value::Null))
        .collect())
}

/// One Python string for each text seen often: most columns hold a few values (a status,
/// a contract kind, a versant) on every row, and a shared `str` is made once.
#[derive(Default)]
struct Texts<'py> {
    seen: HashMap<String, Bound<'py, PyAny>>,
}

impl<'py> Texts<'py> {
    /// Past this many distinct texts, the others (titles, names) are made each time.
    const LIMIT: usize = 4096;

    fn get(&mut self, py: Python<'py>, text: &str) -> Bound<'py, PyAny> {
        if let Some(s) = self.seen.get(text) {
            return s.clone();
        }
        let s = PyString::new(py, text).into_any();
        if self.seen.len() < Self::LIMIT {
            self.seen.insert(text.to_owned(), s.clone());
        }
        s
    }
}

/// A JSON value as the Python value `json.loads` gives for it.
fn to_py<'py>(
    py: Python<'py>,
    value: &Value,
    texts: &mut Texts<'py>,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(u)) => u.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => texts.get(py, s),
        Value::Array(items) => PyList::new(
            py,
            items
                .iter()
                .map(|v| to_py(py, v, texts))
                .collect::<PyResult<Vec<_>>>()?,
        )?
        .into_any(),
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v, texts)?)?;
            }
            dict.into_any()
        }
    })
}

/// The error for something that is not a page, saying what to do with it.
fn not_a_page(item: &Bound<'_, PyAny>) -> PyResult<PyErr> {
    let hint = if item.is_instance_of::<ParseError>() {
        "read with errors=\"skip\", or drop the ParseError entries first"
    } else {
        "pass what offres.parse, parse_many or iter_files give"
    };
    Ok(PyTypeError::new_err(format!(
        "expected pages, got {}: {hint}",
        item.get_type().name()?
    )))
}
