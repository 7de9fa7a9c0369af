//! Parse speed: one typical page, one large page and a 1,000-page corpus, for the
//! document layer alone (`Document::parse`) and for full typed extraction (`Page::parse`).
//!
//! Run with `cargo bench -p offres`; the throughput of the whole CLI over 10k and 100k
//! pages is measured by `tests/bench/throughput.sh`.

mod synth;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use offres::{Document, Page};

const TYPICAL: &str = include_str!("../../../tests/fixtures/pages/posting-yaml.md");

fn bench_inputs(c: &mut Criterion, name: &str, pages: &[String]) {
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("document", |b| {
        b.iter(|| {
            for page in pages {
                black_box(Document::parse(black_box(page.as_bytes())).ok());
            }
        });
    });
    group.bench_function("page", |b| {
        b.iter(|| {
            for page in pages {
                black_box(Page::parse(black_box(page.as_bytes())).ok());
            }
        });
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    bench_inputs(c, "typical_page", &[TYPICAL.to_owned()]);
    bench_inputs(c, "large_page_256k", &[synth::large_page(256)]);
    let corpus: Vec<String> = (0..1000).map(synth::page).collect();
    bench_inputs(c, "corpus_1000", &corpus);
}

criterion_group! {
    name = parse;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(parse);
