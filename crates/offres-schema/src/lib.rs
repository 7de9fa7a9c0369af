//! JSON Schema (draft 2020-12) for every offres type that crosses a boundary.
//!
//! The schemas are generated from the Rust types themselves (through the core crate's
//! `schemars` feature), so they cannot disagree with what the library writes. They are
//! committed under `schemas/` at the repository root and checked in CI:
//!
//! ```sh
//! cargo run -p offres-schema            # write schemas/
//! cargo run -p offres-schema -- --check # fail if schemas/ differs from a fresh generation
//! ```
//!
//! Each schema describes the JSON offres *writes* (the serialisation contract): a
//! field that is always written is `required`, one left out when empty is not.
//!
//! ```
//! let files = offres_schema::files();
//! let page = files.iter().find(|f| f.name == "page.json").unwrap();
//! assert_eq!(page.schema["$id"], offres_schema::id_for("page.json"));
//! assert_eq!(page.schema["title"], "Page");
//! ```

mod cli;

pub use cli::{CheckFinding, CheckReport, CorpusStats, PayStats};

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use schemars::generate::{SchemaGenerator, SchemaSettings};
use schemars::transform::{RestrictFormats, Transform, transform_subschemas};
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value};

/// The version of offres the schemas describe; it is part of every `$id`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where the schemas are identified: `$id` is `ID_BASE` + version + `/` + file name.
///
/// The host is a reserved example domain on purpose: an `$id` is a name, not a place to
/// download from, and the files are read from `schemas/` (or a copy of it).
pub const ID_BASE: &str = "https://offres.example/schemas/";

/// The file name of the bundle that holds every type under `$defs`.
pub const BUNDLE: &str = "offres.schema.json";

/// One generated schema file.
#[derive(Clone, Debug, PartialEq)]
pub struct SchemaFile {
    /// The file name under `schemas/` (`page.json`).
    pub name: &'static str,
    /// The schema itself.
    pub schema: Value,
}

impl SchemaFile {
    /// The file's bytes as committed: pretty JSON and a final newline.
    pub fn render(&self) -> String {
        let mut out =
            serde_json::to_string_pretty(&self.schema).expect("a JSON value always serialises");
        out.push('\n');
        out
    }
}

/// The `$id` of the schema in file `name`.
pub fn id_for(name: &str) -> String {
    format!("{ID_BASE}{VERSION}/{name}")
}

fn settings() -> SchemaSettings {
    // Only formats defined by the standard: schemars marks integers with `uint16`,
    // `float`…, which validators do not know (ajv in strict mode refuses them) and which
    // `minimum`/`maximum` already say.
    let mut formats = RestrictFormats::default();
    formats.infer_from_meta_schema = false;
    formats.allowed_formats = [
        "date-time",
        "date",
        "time",
        "duration",
        "email",
        "uri",
        "uri-reference",
        "regex",
    ]
    .into_iter()
    .map(Into::into)
    .collect();
    SchemaSettings::draft2020_12()
        .for_serialize()
        .with_transform(formats)
        .with_transform(RefBesideProperties)
}

/// Moves a `$ref` that sits beside `properties` into `allOf`.
///
/// schemars writes each variant of an internally tagged enum (`Page`) as the tag's
/// `properties` next to a `$ref` to the variant's struct. That is valid 2020-12, but
/// tools that predate it (json-schema-to-typescript) drop the `$ref` and lose every
/// field of the variant; `allOf` means the same to a validator and survives them.
#[derive(Clone)]
struct RefBesideProperties;

impl Transform for RefBesideProperties {
    fn transform(&mut self, schema: &mut Schema) {
        transform_subschemas(self, schema);
        if let Some(object) = schema.as_object_mut()
            && object.contains_key("properties")
            && let Some(reference) = object.remove("$ref")
        {
            let all_of = object
                .entry("allOf")
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(all_of) = all_of {
                all_of.push(serde_json::json!({ "$ref": reference }));
            }
        }
    }
}

/// A top-level type: its file name, and how to get its schema (`true`: as a root
/// schema with its own `$defs`; `false`: as a `$ref` into the generator's definitions).
type Entry = (&'static str, fn(&mut SchemaGenerator, bool) -> Schema);

fn schema_of<T: JsonSchema>(generator: &mut SchemaGenerator, root: bool) -> Schema {
    if root {
        generator.root_schema_for::<T>()
    } else {
        generator.subschema_for::<T>()
    }
}

const TYPES: &[Entry] = &[
    ("page.json", schema_of::<offres::Page>),
    ("posting.json", schema_of::<offres::Posting>),
    ("organisation.json", schema_of::<offres::Organisation>),
    ("team.json", schema_of::<offres::Team>),
    ("unclassified.json", schema_of::<offres::Unclassified>),
    ("ritual.json", schema_of::<offres::Ritual>),
    ("diagnostic.json", schema_of::<offres::Diagnostic>),
    ("error.json", schema_of::<offres::ErrorReport>),
    ("posting-row.json", schema_of::<offres::PostingRow>),
    ("document.json", schema_of::<offres::Document>),
    ("check-report.json", schema_of::<CheckReport>),
    ("corpus-stats.json", schema_of::<CorpusStats>),
];

/// Put the identifying keys first, in a fixed order, so the files read well and diff
/// cleanly.
fn identify(schema: Schema, name: &str, title: Option<&str>, description: Option<&str>) -> Value {
    let mut rest = match schema.to_value() {
        Value::Object(map) => map,
        other => {
            let mut map = Map::new();
            map.insert("allOf".into(), Value::Array(vec![other]));
            map
        }
    };
    let mut out = Map::new();
    out.insert(
        "$schema".into(),
        "https://json-schema.org/draft/2020-12/schema".into(),
    );
    out.insert("$id".into(), id_for(name).into());
    let title = title.map_or_else(|| rest.remove("title"), |t| Some(t.into()));
    if let Some(title) = title {
        out.insert("title".into(), title);
    }
    if let Some(description) = description
        .map(Value::from)
        .or_else(|| rest.remove("description"))
    {
        out.insert("description".into(), description);
    }
    out.insert(
        "$comment".into(),
        format!("offres {VERSION}; generated by `cargo run -p offres-schema`, do not edit").into(),
    );
    rest.remove("$schema");
    rest.remove("title");
    out.extend(rest);
    Value::Object(out)
}

/// Every schema file: one per top-level type, then the bundle.
pub fn files() -> Vec<SchemaFile> {
    let mut out: Vec<SchemaFile> = TYPES
        .iter()
        .map(|(name, make)| {
            let mut generator = settings().into_generator();
            let schema = make(&mut generator, true);
            SchemaFile {
                name,
                schema: identify(schema, name, None, None),
            }
        })
        .collect();

    let mut generator = settings().into_generator();
    let mut index = String::new();
    for (name, make) in TYPES {
        let reference = make(&mut generator, false);
        if let Some(target) = reference.get("$ref").and_then(Value::as_str) {
            let _ = write!(index, "{target} ({name}); ");
        }
    }
    let mut defs: Vec<(String, Value)> = generator.take_definitions(true).into_iter().collect();
    defs.sort_by(|a, b| a.0.cmp(&b.0));
    let mut bundle = Map::new();
    bundle.insert("$defs".into(), Value::Object(defs.into_iter().collect()));
    let description = format!(
        "Every offres type under $defs. The top-level ones, each also a file of its own: {}.",
        index.trim_end_matches("; ")
    );
    out.push(SchemaFile {
        name: BUNDLE,
        schema: identify(
            Schema::from(bundle),
            BUNDLE,
            Some("offres"),
            Some(&description),
        ),
    });
    out
}

/// Write every schema file into `dir` (created if needed), and remove the schemas an
/// earlier generation wrote there that are not generated any more.
pub fn write(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let files = files();
    for file in &files {
        fs::write(dir.join(file.name), file.render())?;
    }
    for stale in stale(dir, &files)? {
        let path = dir.join(stale);
        // Only files that carry one of our `$id`s: `--out` may point at a shared folder.
        let ours = fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok())
            .is_some_and(|json| {
                json["$id"]
                    .as_str()
                    .is_some_and(|id| id.starts_with(ID_BASE))
            });
        if ours {
            fs::remove_file(path)?;
        }
    }
    Ok(())
}

/// The `.json` files in `dir` that generation does not produce.
fn stale(dir: &Path, files: &[SchemaFile]) -> io::Result<Vec<String>> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for entry in fs::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if Path::new(&name).extension().is_some_and(|e| e == "json")
            && !files.iter().any(|f| f.name == name)
        {
            out.push(name);
        }
    }
    out.sort();
    Ok(out)
}

/// Compare `dir` with a fresh generation: one line per file that is missing, stale or
/// different (with the first line that differs); empty when they agree.
pub fn check(dir: &Path) -> io::Result<Vec<String>> {
    let files = files();
    let mut drift = Vec::new();
    for file in &files {
        let expected = file.render();
        match fs::read_to_string(dir.join(file.name)) {
            Ok(found) if found == expected => {}
            Ok(found) => drift.push(format!(
                "{}: differs{}",
                file.name,
                first_difference(&expected, &found)
            )),
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                drift.push(format!("{}: missing", file.name));
            }
            Err(err) => return Err(err),
        }
    }
    for name in stale(dir, &files)? {
        drift.push(format!("{name}: not generated any more (stale)"));
    }
    Ok(drift)
}

fn first_difference(expected: &str, found: &str) -> String {
    let mut expected_lines = expected.lines();
    let mut found_lines = found.lines();
    for n in 1.. {
        match (expected_lines.next(), found_lines.next()) {
            (Some(e), Some(f)) if e == f => {}
            (None, None) => break,
            (e, f) => {
                return format!(
                    " from line {n}\n    expected: {}\n    committed: {}",
                    e.unwrap_or("(end of file)").trim(),
                    f.unwrap_or("(end of file)").trim()
                );
            }
        }
    }
    String::new()
}
