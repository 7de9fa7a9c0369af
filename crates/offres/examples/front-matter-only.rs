//! Read every page in a folder as a `Document` and touch its front matter only, the way
//! `offres.read_document` callers who want the metadata do: what that costs is measured
//! with `valgrind --tool=callgrind target/release/examples/front-matter-only DIR [N]`.

use std::hint::black_box;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: front-matter-only DIR [PAGES]")?;
    let limit: usize = args.next().map_or(Ok(usize::MAX), |n| n.parse())?;
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    paths.sort();
    paths.truncate(limit);
    let pages: Vec<Vec<u8>> = paths.iter().map(std::fs::read).collect::<Result<_, _>>()?;
    let (mut fields, mut bytes) = (0usize, 0usize);
    for page in &pages {
        bytes += page.len();
        if let Ok(doc) = offres::Document::parse(black_box(page)) {
            fields += doc.front_matter().map_or(0, |fm| fm.fields().len());
        }
    }
    println!(
        "{} pages, {bytes} bytes, {fields} front matter fields",
        pages.len()
    );
    Ok(())
}
