//! Synthetic pages shaped like the reference corpus: postings (mostly YAML, some TOML
//! and JSON front matter), team pages with rituals and organisation pages, written in
//! the French of public-sector job offers. Deterministic: page `i` is always the same.
//!
//! Shared by the criterion benches and by `offres-cli`'s `gen-corpus` example (the
//! throughput script), so both measure the same pages.

#![allow(dead_code)]

use std::fmt::Write as _;

/// A small deterministic generator (xorshift64*): no dependency, same pages everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const ROLES: &[&str] = &[
    "Développeur·euse back-end Rust",
    "Développeur·se full stack",
    "Product owner",
    "Designer UX/UI",
    "Data scientist",
    "Chargé·e de déploiement",
    "Coach produit",
    "Ingénieur·e DevOps",
    "Chef·fe de projet données",
    "Intrapreneur·e",
];
const STARTUPS: &[&str] = &[
    "Signal Voirie",
    "Compteur Vélo",
    "Aide-Démarches",
    "Mon Suivi Social",
    "Données ouvertes",
    "Cartes.gouv",
];
const CITIES: &[&str] = &[
    "Paris",
    "Lyon",
    "Nantes",
    "Rennes",
    "Lille",
    "Bordeaux",
    "Toulouse",
    "Marseille",
    "Strasbourg",
    "Montpellier",
];
const CONTRACTS: &[&str] = &[
    "CDD de 18 mois, renouvelable",
    "CDD 3 ans",
    "contrat de prestation (freelance)",
    "CDI",
    "stage de 6 mois",
    "détachement ou contrat de droit public",
    "alternance",
];
const REMOTE: &[&str] = &[
    "Télétravail possible jusqu'à 2 jours par semaine.",
    "Le télétravail est possible 3 jours par semaine, avec une présence sur site le mardi.",
    "Poste ouvert au 100 % télétravail.",
    "Télétravail partiel possible selon les règles de la direction.",
    "Le poste est à pourvoir sur site.",
];
const STARTS: &[&str] = &[
    "Démarrage dès que possible.",
    "Prise de poste souhaitée en septembre 2025.",
    "Début de la mission : 1er mars 2025.",
    "Poste à pourvoir au plus tôt.",
];
const TECH: &[&str] = &[
    "Rust",
    "PostgreSQL",
    "Python",
    "Django",
    "Ruby on Rails",
    "React",
    "TypeScript",
    "Docker",
    "Kubernetes",
    "Metabase",
];
const LOREM: &[&str] = &[
    "Le service accompagne chaque année des milliers d'usagers dans leurs démarches administratives.",
    "L'équipe travaille en méthode agile, avec des itérations courtes et des démonstrations régulières.",
    "Vous serez intégré·e à une équipe pluridisciplinaire de cinq personnes, au sein de l'incubateur.",
    "Nous mesurons l'impact de chaque fonctionnalité et publions nos statistiques en ligne.",
    "Le code source est ouvert et publié sous licence libre, comme tous les produits de la structure.",
    "Vous contribuerez à l'amélioration continue du service, de la recherche utilisateur à la mise en production.",
    "La mission s'inscrit dans le programme de transformation numérique de l'État.",
];
const RITUALS: &[&str] = &[
    "- Point quotidien tous les matins à 9h45 en visio.",
    "- Rétrospective un jeudi après-midi sur deux.",
    "- Démo ouverte le premier mardi du mois à 11 h 30.",
    "- Revue de sprint toutes les deux semaines le vendredi.",
    "- Séminaire d'équipe deux fois par an.",
];

fn paragraph(rng: &mut Rng, sentences: usize, out: &mut String) {
    for n in 0..sentences {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(rng.pick(LOREM));
    }
    out.push_str("\n\n");
}

fn posting(rng: &mut Rng, i: usize) -> String {
    let role = rng.pick(ROLES);
    let startup = rng.pick(STARTUPS);
    let city = rng.pick(CITIES);
    let contract = rng.pick(CONTRACTS);
    let open = rng.below(3) != 0;
    let mut page = match rng.below(10) {
        0 => format!(
            "+++\ntitle = \"{role}\"\nstartup = \"{startup}\"\nopen = {open}\ndate = 2024-0{}-1{}\ntags = [\"recrutement\", \"tech\"]\n+++\n\n",
            1 + rng.below(9),
            rng.below(10)
        ),
        1 => format!(
            "{{\n  \"title\": \"{role} - {contract}\",\n  \"startup\": \"{startup}\",\n  \"open\": {open},\n  \"date\": \"2024-03-1{}\"\n}}\n\n",
            rng.below(10)
        ),
        _ => format!(
            "---\ntitle: {role} - {contract} H/F\nroles: {role}\nstartup: {startup}\nopen: {open}\ndate: 2024-0{}-1{}\nlayout: layouts/page.njk\ntags:\n  - recrutement\n  - tech\nreference: OFF-{i:06}\n---\n\n",
            1 + rng.below(9),
            rng.below(10)
        ),
    };
    let _ = write!(
        page,
        "**{startup} recrute un·e {role}, c'est peut-être vous ?**\n\n<!--more-->\n\n## Contexte\n\n"
    );
    let sentences = 3 + rng.below(3);
    paragraph(rng, sentences, &mut page);
    page.push_str("## Missions\n\n");
    let items = 4 + rng.below(4);
    for _ in 0..items {
        page.push_str("- ");
        page.push_str(rng.pick(LOREM));
        page.push('\n');
    }
    page.push_str("\n## Profil recherché\n\n");
    let _ = write!(
        page,
        "Vous avez au moins {} ans d'expérience et maîtrisez {} et {}. Niveau bac+5 apprécié.\n\n",
        2 + rng.below(5),
        rng.pick(TECH),
        rng.pick(TECH)
    );
    paragraph(rng, 2, &mut page);
    page.push_str("## Conditions\n\n");
    let _ = write!(
        page,
        "- Contrat : {contract}\n- Poste basé à {city}, dans les locaux de l'incubateur.\n- {}\n- {}\n- Équipe de {} personnes.\n\n",
        rng.pick(REMOTE),
        rng.pick(STARTS),
        3 + rng.below(8)
    );
    let _ = write!(
        page,
        "## Pour candidater\n\nEnvoyez votre CV à [recrutement-{i}@example.gouv.fr](mailto:recrutement-{i}@example.gouv.fr) avant le 30 juin 2025.\n"
    );
    page
}

fn team(rng: &mut Rng) -> String {
    let startup = rng.pick(STARTUPS);
    let mut page = format!(
        "---\ntitle: Nos rituels d'équipe\nteam: {startup}\ntoc: false\n---\n\n# Mission\n\n"
    );
    paragraph(rng, 3, &mut page);
    page.push_str("# Rituels\n\n");
    let items = 3 + rng.below(3);
    for _ in 0..items {
        page.push_str(rng.pick(RITUALS));
        page.push('\n');
    }
    page.push_str("\n# Engagements\n\n");
    paragraph(rng, 2, &mut page);
    page
}

fn organisation(rng: &mut Rng) -> String {
    let mut page = String::from(
        "---\ntitle: Incubateur des services numériques\nacronym: ISN\nwebsite: https://isn.example.gouv.fr\n---\n\n",
    );
    paragraph(rng, 4, &mut page);
    page.push_str("## Nos produits\n\n");
    for s in STARTUPS {
        let _ = writeln!(page, "* [{s}](https://example.gouv.fr/{})", s.len());
    }
    page
}

/// Page number `i` of the synthetic corpus: 80 % postings, 15 % teams, 5 % organisations.
pub fn page(i: usize) -> String {
    let mut rng = Rng::new(i as u64 + 1);
    match rng.below(20) {
        0 => organisation(&mut rng),
        1..=3 => team(&mut rng),
        _ => posting(&mut rng, i),
    }
}

/// One very long posting (about `kib` KiB): many sections and list items.
pub fn large_page(kib: usize) -> String {
    let mut rng = Rng::new(7);
    let mut page = posting(&mut rng, 0);
    let mut n = 0;
    while page.len() < kib * 1024 {
        n += 1;
        let _ = write!(page, "\n## Annexe {n}\n\n");
        paragraph(&mut rng, 4, &mut page);
        for _ in 0..5 {
            page.push_str("- ");
            page.push_str(rng.pick(LOREM));
            page.push('\n');
        }
    }
    page
}
