//! Any bytes, as the YAML between front matter delimiters and as a whole page: where the
//! fast path reads a front matter, it gives exactly what serde-saphyr gives (fields,
//! values, written texts, positions, diagnostics); where it is unsure it gives up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use offres::testing::{yaml_fast_path_agrees, yaml_front_matter};

fuzz_target!(|data: &[u8]| {
    if let Err(both) = yaml_fast_path_agrees(data) {
        panic!(
            "the readers disagree on {:?}:\n{both}",
            String::from_utf8_lossy(data)
        );
    }
    // The same bytes as a page: its front matter as the reader finds it (decoded, LF).
    if let Some(yaml) = yaml_front_matter(data)
        && let Err(both) = yaml_fast_path_agrees(yaml.as_bytes())
    {
        panic!("the readers disagree on {yaml:?}:\n{both}");
    }
});
