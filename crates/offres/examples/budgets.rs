//! Time per MB of reading adversarial pages at 256 KiB, 512 KiB and 1 MiB: a page that
//! reads in linear time takes the same time per MB at every size. Run by
//! `tests/bench/budgets.sh`; a benchmark, not a test.
//!
//! `cargo run --release -p offres --example budgets -- [ROUNDS] [SHAPE-FILTER]`, or
//! `… --example budgets -- file PATH...` to time the reading of some files.

#[path = "../tests/shapes/mod.rs"]
mod shapes;

use std::hint::black_box;
use std::time::{Duration, Instant};

use offres::Page;

const SIZES: [usize; 3] = [256 << 10, 512 << 10, 1 << 20];

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("file") {
        // `budgets file PATH...`: the time of reading each file, for fuzz findings.
        for path in args.skip(1) {
            let bytes = std::fs::read(&path).expect("a readable file");
            let start = Instant::now();
            let parsed = black_box(Page::parse(black_box(&bytes)));
            println!(
                "{path}: {} bytes, {:?}, {}",
                bytes.len(),
                start.elapsed(),
                parsed.is_ok()
            );
        }
        return;
    }
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
    let filter = args.next().unwrap_or_default();
    println!(
        "{:<24} {:>12} {:>12} {:>12} {:>8}  outcome",
        "shape", "256K ms/MB", "512K ms/MB", "1M ms/MB", "1M/256K"
    );
    let mut worst: f64 = 0.0;
    for (name, make) in shapes::SHAPES
        .iter()
        .filter(|(n, _)| n.contains(filter.as_str()))
    {
        let mut per_mb = Vec::new();
        let mut outcome = String::new();
        for size in SIZES {
            let page = make(size);
            let mut best = Duration::MAX;
            for _ in 0..rounds {
                let start = Instant::now();
                let parsed = black_box(Page::parse(black_box(&page)));
                best = best.min(start.elapsed());
                outcome = match &parsed {
                    Ok(_) => "read".to_owned(),
                    Err(e) => format!("refused: {}", e.code()),
                };
            }
            per_mb.push(
                best.as_secs_f64() * 1000.0
                    / (f64::from(u32::try_from(page.len()).unwrap_or(u32::MAX))
                        / f64::from(1 << 20)),
            );
        }
        let ratio = per_mb[2] / per_mb[0];
        worst = worst.max(per_mb[2]);
        println!(
            "{name:<24} {:>12.1} {:>12.1} {:>12.1} {:>8.2}  {outcome}",
            per_mb[0], per_mb[1], per_mb[2], ratio
        );
    }
    println!("slowest at 1 MiB: {worst:.0} ms per MB (budget: 1000)");
}
