//! `offres schema`: the JSON Schemas of what offres writes, from `offres-schema`.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

pub fn run(name: Option<&str>, out: Option<&Path>) -> ExitCode {
    if let Some(dir) = out {
        if name.is_some() {
            eprintln!("offres: --out writes every schema; leave out the schema name");
            return ExitCode::from(2);
        }
        return match offres_schema::write(dir) {
            Ok(()) => {
                eprintln!(
                    "wrote {} schema files to {}",
                    offres_schema::files().len(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("offres: {}: {err}", dir.display());
                ExitCode::from(1)
            }
        };
    }
    let files = offres_schema::files();
    let wanted = name.unwrap_or(offres_schema::BUNDLE);
    let Some(file) = files
        .iter()
        .find(|f| f.name == wanted || f.name.strip_suffix(".json") == Some(wanted))
    else {
        let names: Vec<&str> = files.iter().map(|f| f.name).collect();
        eprintln!(
            "offres: no schema named `{wanted}`; expected one of: {}",
            names.join(", ")
        );
        return ExitCode::from(2);
    };
    match io::stdout().lock().write_all(file.render().as_bytes()) {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("offres: {err}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}
