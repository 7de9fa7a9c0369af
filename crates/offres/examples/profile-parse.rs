//! Parses a synthetic corpus in memory, over and over, for profilers (`perf record`):
//! `cargo run --release -p offres --example profile-parse -- [page|document] [PAGES] [ROUNDS]`.
//! Prints MB/s; the numbers to report come from the criterion benches and the
//! throughput script.

#[path = "../benches/synth/mod.rs"]
mod synth;

use std::hint::black_box;
use std::time::Instant;

use offres::{Document, Page};

fn main() {
    let mut args = std::env::args().skip(1);
    let layer = args.next().unwrap_or_else(|| "page".to_owned());
    let pages: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1000);
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let corpus: Vec<String> = (0..pages).map(synth::page).collect();
    let bytes: usize = corpus.iter().map(String::len).sum();
    let start = Instant::now();
    for _ in 0..rounds {
        for page in &corpus {
            if layer == "document" {
                black_box(Document::parse(page.as_bytes()).ok());
            } else {
                black_box(Page::parse(page.as_bytes()).ok());
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    #[allow(clippy::cast_precision_loss)]
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{layer}: {pages} pages x {rounds}, {mb:.4} MB in {secs:.2} s = {:.1} MB/s",
        mb / secs
    );
}
