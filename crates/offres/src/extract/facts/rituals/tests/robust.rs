//! Robustness and throughput of the ritual finders on random and repeated text.

use super::*;

#[test]
fn fuzz_never_panics() {
    const PIECES: &[&str] = &[
        "tous les ",
        "lundi",
        "lun.",
        "chaque ",
        "mois",
        "sur ",
        "2",
        "deux",
        "h",
        "16",
        "30",
        ":",
        ".",
        "-",
        "à ",
        "de ",
        "réunion",
        "point",
        "#salon",
        "irc",
        "x@y.fr",
        "é",
        "’",
        "\u{a0}",
        "\u{202f}",
        "·",
        "🙂",
        "中",
        " ",
        ",",
        "(",
        ")",
        "fois par ",
        "premier ",
        "du mois",
        "midi",
        "après-midi",
        "pm",
        "a.m.",
        "1:1",
        "o3",
        "tour à tour",
        "sauf ",
        "every ",
        "other ",
        "Réunion",
        "la ",
        "https://x.y/#z",
        "\n",
        ";",
        "stand-up",
        "'",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let l = links(&[("web", "https://web.libera.chat/#a"), ("m", "mailto:a@b.c")]);
    for _ in 0..20_000 {
        let n = usize::try_from(next() % 24).unwrap_or(0);
        let mut s = String::new();
        for _ in 0..n {
            let k = usize::try_from(next() % 1024).unwrap_or(0) % PIECES.len();
            s.push_str(PIECES[k]);
        }
        for h in find_rituals_with_links(&s, if next() % 2 == 0 { RITUALS } else { None }, &l) {
            assert!(h.start <= h.end && h.end <= s.len());
            assert!(s.is_char_boundary(h.start) && s.is_char_boundary(h.end));
            let _ = serde_json::to_string(&h.value).unwrap();
        }
    }
}

#[test]
#[ignore = "micro-benchmark: cargo test --release -- --ignored --nocapture"]
fn bench_throughput() {
    let paragraphs = [
        "La mission du pôle est de renforcer l'utilisation de logiciels libres dans l'administration et d'accompagner l'ouverture des codes sources publics.",
        "Vous rejoindrez une équipe pluridisciplinaire de six personnes, en télétravail partiel possible jusqu'à trois jours par semaine.",
        "Nous tenons une présence publique sur le salon IRC #opendata du serveur irc.oftc.net tous les jeudi de 14h à 15h.",
        "L'équipe tient deux réunions d'équipe hebdomadaires : le mardi de 9h30 à 10h et le jeudi de 17h à 18h.",
        "Le poste est basé à Paris, avenue de Ségur, et ouvert aux contractuels comme aux fonctionnaires en détachement.",
        "Compétences attendues : maîtrise de Python et de PostgreSQL, goût pour le travail en équipe et la documentation.",
        "Chacun envoie tous les vendredi un courriel à equipe@exemple.gouv.fr pour faire le point sur sa semaine.",
        "Les candidatures sont à envoyer avant le 15 septembre 2023 avec un CV et une lettre de motivation.",
    ];
    let mut text = String::new();
    while text.len() < 5_000 {
        for p in paragraphs {
            text.push_str(p);
            text.push('\n');
        }
    }
    let paras: Vec<&str> = text.lines().collect();
    let rounds = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(2_000);
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for p in &paras {
            n += std::hint::black_box(find_rituals(p, None)).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let bytes = u32::try_from(text.len() * rounds).unwrap_or(u32::MAX);
    let mb = f64::from(bytes) / 1e6;
    println!("{n} rituals, {:.0} MB/s", mb / secs);
}
