//! Speed of each stage of reading a page, through the public API only, so that a
//! regression shows up in the stage that caused it rather than in the whole parse.
//!
//! - `decode`: a clean French page. `from_utf8` is the floor (UTF-8 validation alone);
//!   `repair_mojibake` on clean text is its quick scan alone; `document` is
//!   `Document::parse`, which decodes, scans, splits lines and reads the front matter.
//! - `body`: a 5 KB page using every construct the body parser knows. `document+body`
//!   minus `document` is the body pass; `pulldown-cmark` alone is the reference it
//!   builds on.
//! - `body_corpus`: the same three over every file in the folder named by
//!   `BODY_CORPUS`; skipped when it is not set.
//! - `rituals`: a team page made of ritual-heavy paragraphs. `page` (`Page::parse`)
//!   minus `document+body` is typed extraction, which the ritual finder dominates here.
//! - `mojibake`: `repair_mojibake` on broken pages and on adversarial shapes (about
//!   200 KB each) that once made the repair slow; each must stay linear.
//!
//! Run with `cargo bench -p offres --bench stages` (add `-- mojibake` to run one group).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use offres::{Document, Page, repair_mojibake};

/// The pulldown-cmark extensions the body parser turns on.
const MARKDOWN: pulldown_cmark::Options = pulldown_cmark::Options::ENABLE_TABLES
    .union(pulldown_cmark::Options::ENABLE_STRIKETHROUGH)
    .union(pulldown_cmark::Options::ENABLE_TASKLISTS);

/// Size of each adversarial mojibake shape: large enough to show a superlinear
/// cost, small enough to keep a run short.
const SHAPE_BYTES: usize = 200_000;

mod clean {
    include!("samples/clean.rs");
}
use clean::CLEAN;

/// Windows-1252, bytes 0x80..=0x9F; undefined bytes stand for their C1 control.
const CP1252_80: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

/// Make mojibake the way it happens: encode as UTF-8, read as Windows-1252 (or
/// Windows-1254 when `turkish`), `rounds` times.
fn break_text(clean: &str, turkish: bool, rounds: u8) -> String {
    let misread = |b: u8| match (b, turkish) {
        (0x8E | 0x9E, true) => char::from(b),
        (0xD0, true) => 'Ğ',
        (0xDD, true) => 'İ',
        (0xDE, true) => 'Ş',
        (0xF0, true) => 'ğ',
        (0xFD, true) => 'ı',
        (0xFE, true) => 'ş',
        (0x80..=0x9F, _) => CP1252_80[usize::from(b - 0x80)],
        _ => char::from(b),
    };
    let mut text = clean.to_owned();
    for _ in 0..rounds {
        text = text.bytes().map(misread).collect();
    }
    text
}

/// `unit` repeated to about [`SHAPE_BYTES`].
fn shape(unit: &str) -> String {
    unit.repeat(SHAPE_BYTES / unit.len())
}

mod body_page {
    include!("samples/body_page.rs");
}

/// A team page of about 5 KB, three paragraphs in eight stating rituals.
fn ritual_page() -> String {
    const PARAGRAPHS: [&str; 8] = [
        "La mission du pôle est de renforcer l'utilisation de logiciels libres dans l'administration et d'accompagner l'ouverture des codes sources publics.",
        "Vous rejoindrez une équipe pluridisciplinaire de six personnes, en télétravail partiel possible jusqu'à trois jours par semaine.",
        "Nous tenons une présence publique sur le salon IRC #opendata du serveur irc.oftc.net tous les jeudi de 14h à 15h.",
        "L'équipe tient deux réunions d'équipe hebdomadaires : le mardi de 9h30 à 10h et le jeudi de 17h à 18h.",
        "Le poste est basé à Paris, avenue de Ségur, et ouvert aux contractuels comme aux fonctionnaires en détachement.",
        "Compétences attendues : maîtrise de Python et de PostgreSQL, goût pour le travail en équipe et la documentation.",
        "Chacun envoie tous les vendredi un courriel à equipe@exemple.gouv.fr pour faire le point sur sa semaine.",
        "Les candidatures sont à envoyer avant le 15 septembre 2023 avec un CV et une lettre de motivation.",
    ];
    let mut page = String::from("---\ntitle: Les rituels de l'équipe Communs numériques\n---\n\n");
    while page.len() < 5000 {
        for p in PARAGRAPHS {
            page.push_str(p);
            page.push_str("\n\n");
        }
    }
    page
}

/// `Document::parse`, `Document::parse` + `body()` and pulldown-cmark alone on `pages`.
fn bench_body(c: &mut Criterion, name: &str, pages: &[String]) {
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("document", |b| {
        b.iter(|| {
            for p in pages {
                black_box(Document::parse(black_box(p.as_bytes())).ok());
            }
        });
    });
    group.bench_function("document+body", |b| {
        b.iter(|| {
            for p in pages {
                let doc = Document::parse(black_box(p.as_bytes())).ok();
                black_box(doc.as_ref().map(|d| d.body().blocks.len()));
            }
        });
    });
    group.bench_function("pulldown-cmark", |b| {
        b.iter(|| {
            for p in pages {
                let events = pulldown_cmark::Parser::new_ext(black_box(p), MARKDOWN);
                black_box(events.into_offset_iter().count());
            }
        });
    });
    group.finish();
}

fn decode(c: &mut Criterion) {
    let paragraph = "## Missions\n\nAu sein de l’équipe « Données », vous participerez à la conception \
        et au développement des outils de la plateforme. Vous serez amené·e à travailler avec \
        les développeur·euses, les designers et les chargé·es de déploiement. Télétravail possible \
        2 jours par semaine ; rémunération selon la grille : 45 000 € brut annuel.\n\n";
    let page = format!(
        "---\ntitle: Développeur·euse back-end\nlieu: Paris\n---\n\n{}",
        paragraph.repeat(8)
    );
    assert!(repair_mojibake(&page).is_none());
    let mut group = c.benchmark_group("decode");
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("from_utf8", |b| {
        b.iter(|| black_box(std::str::from_utf8(black_box(page.as_bytes())).is_ok()));
    });
    group.bench_function("repair_mojibake", |b| {
        b.iter(|| black_box(repair_mojibake(black_box(&page))));
    });
    group.bench_function("document", |b| {
        b.iter(|| black_box(Document::parse(black_box(page.as_bytes())).ok()));
    });
    group.finish();
}

fn body(c: &mut Criterion) {
    bench_body(
        c,
        "body",
        &[format!("---\nid: 1\n---\n{}", body_page::synthetic_page())],
    );
    if let Ok(dir) = std::env::var("BODY_CORPUS") {
        let pages: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("BODY_CORPUS={dir}: {e}"))
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
            .collect();
        bench_body(c, "body_corpus", &pages);
    }
}

fn rituals(c: &mut Criterion) {
    let page = ritual_page();
    let found = match Page::parse(page.as_bytes()) {
        Ok(Page::Team(team)) => team.rituals.len(),
        other => panic!("not read as a team page: {other:?}"),
    };
    assert!(found > 0, "no ritual found");
    let mut group = c.benchmark_group("rituals");
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("document+body", |b| {
        b.iter(|| {
            let doc = Document::parse(black_box(page.as_bytes())).ok();
            black_box(doc.as_ref().map(|d| d.body().blocks.len()))
        });
    });
    group.bench_function("page", |b| {
        b.iter(|| black_box(Page::parse(black_box(page.as_bytes())).ok()));
    });
    group.finish();
}

fn mojibake(c: &mut Criterion) {
    // The shapes are only realistic if `break_text` misreads bytes as the crate does.
    for (clean, turkish) in CLEAN.iter().flat_map(|t| [(t, false), (t, true)]) {
        let fixed = repair_mojibake(&break_text(clean, turkish, 2)).map(|(f, _)| f);
        assert_eq!(fixed.as_deref(), Some(*clean), "code page tables disagree");
    }
    let page = break_text(&CLEAN.concat(), true, 2);
    let shapes = [
        ("broken page", shape(&page)),
        (
            "broken 1252 once",
            shape(&break_text(&CLEAN[..3].concat(), false, 1)),
        ),
        ("Ã", shape("Ã")),
        ("Ã + space", shape("Ã ") + "Ã©"),
        ("Â + space", shape("aÂ b") + "Ã©"),
        ("é·", shape("é·")),
        ("leads", shape("ÃƒÂâ€ğŸ˜")),
        ("C1", shape("\u{85}")),
    ];
    let mut group = c.benchmark_group("mojibake");
    group.sample_size(10);
    for (name, text) in &shapes {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| black_box(repair_mojibake(black_box(text)).is_some()));
        });
    }
    group.finish();
}

criterion_group! {
    name = stages;
    config = Criterion::default().sample_size(20);
    targets = decode, body, rituals, mojibake
}
criterion_main!(stages);
