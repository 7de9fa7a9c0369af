//! Write a synthetic corpus of pages for `tests/bench/throughput.sh`.
//!
//! Usage: `cargo run --release -p offres-cli --example gen-corpus -- DIR N`
//! (without arguments: 100 pages into `target/bench-corpus`).

#[path = "../../offres/benches/synth/mod.rs"]
mod synth;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "target/bench-corpus".to_owned()),
    );
    let count = match args.next().map(|n| n.parse::<usize>()) {
        None => 100,
        Some(Ok(n)) => n,
        Some(Err(err)) => {
            eprintln!("gen-corpus: N must be a number: {err}");
            return ExitCode::from(2);
        }
    };
    let mut bytes = 0;
    for i in 0..count {
        // A thousand files a folder, as a site keeps them by year or section.
        let sub = dir.join(format!("{:03}", i / 1000));
        if i % 1000 == 0
            && let Err(err) = std::fs::create_dir_all(&sub)
        {
            eprintln!("gen-corpus: {}: {err}", sub.display());
            return ExitCode::FAILURE;
        }
        let page = synth::page(i);
        bytes += page.len();
        if let Err(err) = std::fs::write(sub.join(format!("page-{i:06}.md")), page) {
            eprintln!("gen-corpus: {err}");
            return ExitCode::FAILURE;
        }
    }
    println!("{count} pages, {bytes} bytes in {}", dir.display());
    ExitCode::SUCCESS
}
