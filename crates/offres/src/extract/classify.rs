//! Posting, team or organisation: which builder a page goes to.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::Cx;
use crate::extract::dialect::Meaning;
use crate::model::{PageKind, SourceKind};
use crate::text::fold;

/// A set of folded cue words, matched in one pass.
struct Cues(AhoCorasick);

impl Cues {
    fn new(cues: &[&str]) -> Self {
        Self(AhoCorasick::new(cues).expect("cue words are plain strings"))
    }

    /// How many different cues occur in `text` (each cue counts once).
    fn count(&self, text: &str) -> i32 {
        i32::try_from(self.set(text).count_ones()).unwrap_or(i32::MAX)
    }

    fn any(&self, text: &str) -> bool {
        self.0.is_match(text)
    }

    /// Which cues occur in `text`, as a bit set.
    fn set(&self, text: &str) -> u64 {
        self.0
            .find_overlapping_iter(text)
            .fold(0, |seen, m| seen | 1 << m.pattern().as_usize())
    }
}

macro_rules! cues {
    ($($name:ident = [$($cue:literal),* $(,)?];)*) => {
        $(static $name: LazyLock<Cues> = LazyLock::new(|| Cues::new(&[$($cue),*]));)*
    };
}

cues! {
    TITLE_POSTING = ["recrute", "recherche", "cherche", "offre", "h/f", "f/h", "cdd", "cdi", "stage", "poste", "job", "hiring", "developpeu", "designer", "bizdev", "charge", "chef", "product owner", "product manager", "lead dev", "stagiaire", "alternan"];
    TITLE_TEAM = ["rituel", "ritual", "engagement", "equipe", "team", "fonctionnement", "management", "pratiques", "du pole "];
    TITLE_ORGANISATION = ["incubateur", "ministere", "prefecture", "direction", "agence", "fabrique", "qui sommes", "a propos", "about us", "presentation", "organisation"];
    OPENING_POSTING = ["recrute", "recrutons", "cherche un", "recherche un", "cherchons", "recherchons", "ce poste", "candidat", "is hiring", "we are looking for"];
    SECTION_POSTING = ["profil", "modalite", "candidat", "postuler", "vos missions", "votre mission", "missions", "competences"];
    SECTION_TEAM = ["rituel", "ritual", "engagement", "reunion", "ceremonie", "valeurs", "fonctionnement"];
    SECTION_ORGANISATION = ["produits", "startups", "services", "incubateur", "nos equipes"];
    PRESENTS_MISSION = ["a pour mission", "ont pour mission", "a pour objectif", "a pour vocation", "notre mission", "sa mission", "leur mission"];
    PRESENTS_PRODUCTS = ["services numeriques", "service numerique", "services publics numeriques", "service public numerique", "nos produits", "ses produits", "startups d'etat", "startup d'etat", "plateforme", "logiciels libres"];
    PRESENTS_PROGRAMMES = ["programme", "appel a projets", "dispositif", "accompagn", "financ", "propose", "proposons"];
    PRESENTS_RECRUITING = ["recrute", "recrutons", "rejoindre", "rejoignez", "candidat", "offres d'emploi"];
    PRESENTS_IDENTITY = ["incubateur", "fabrique", "agence", "direction", "ministere", "administration", "etablissement public", "collectivites", "operateur"];
}

/// Whether the title or a section title names a team's own page ("Nos rituels",
/// "L'équipe", "Fonctionnement").
pub(super) fn names_team(cx: &Cx<'_>) -> bool {
    let title = fold(cx.meta.title.as_deref().unwrap_or(""));
    TITLE_TEAM.any(&title)
        || cx
            .body
            .sections
            .iter()
            .any(|s| SECTION_TEAM.any(&fold(&s.title)))
}

/// Whether the title names an organisation ("La Fabrique numérique de …", "Qui
/// sommes-nous ?") and no role or contract.
pub(super) fn title_names_organisation(cx: &Cx<'_>) -> bool {
    let title = fold(cx.meta.title.as_deref().unwrap_or(""));
    TITLE_ORGANISATION.any(&title) && !TITLE_POSTING.any(&title)
}

/// Whether the page presents an organisation: at least two of its mission, its products or
/// services, its programmes, how it recruits, and what kind of body it is.
pub(super) fn presents_organisation(cx: &Cx<'_>) -> bool {
    let sentences = cx.sentences();
    let groups = [
        &PRESENTS_MISSION,
        &PRESENTS_PRODUCTS,
        &PRESENTS_PROGRAMMES,
        &PRESENTS_RECRUITING,
        &PRESENTS_IDENTITY,
    ];
    groups
        .iter()
        .filter(|g| sentences.clone().any(|(_, folded)| g.any(folded)))
        .count()
        >= 2
}

/// Posting, team or organisation: scored from front matter keys, the title and the body.
pub(super) fn classify(cx: &mut Cx<'_>) -> PageKind {
    let mut posting = 0i32;
    let mut team = 0i32;
    let mut organisation = 0i32;
    if let Some(fm) = cx.fm {
        for (f, known) in fm.fields().iter().zip(&cx.meanings) {
            match known {
                Some(
                    Meaning::Role
                    | Meaning::Contract
                    | Meaning::Filled
                    | Meaning::Opened
                    | Meaning::Closing
                    | Meaning::ApplyUrl
                    | Meaning::Junior,
                ) => posting += 3,
                Some(
                    Meaning::Open
                    | Meaning::Tech
                    | Meaning::Domains
                    | Meaning::Pay
                    | Meaning::DailyRate
                    | Meaning::Versant
                    | Meaning::OpenTo
                    | Meaning::Vacancy
                    | Meaning::WorkingTime
                    | Meaning::FullTime
                    | Meaning::ExperienceLevel
                    | Meaning::Occupation,
                ) => posting += 2,
                Some(Meaning::Acronym | Meaning::Website | Meaning::Parent | Meaning::Forge) => {
                    organisation += 2;
                }
                Some(Meaning::Mission | Meaning::Name) => {
                    organisation += 2;
                    team += 1;
                }
                Some(Meaning::Organisation) => posting += 1,
                Some(Meaning::Site | Meaning::Tags)
                    if f.value.to_string().to_lowercase().contains("recrut") =>
                {
                    posting += 4;
                }
                _ => {}
            }
        }
    }
    let raw_title = cx.meta.title.clone().unwrap_or_default();
    let title = fold(&raw_title);
    // A contract or a "pourvue" banner in the title is the surest sign of a posting.
    let title_passage = cx.title_passage();
    if title_passage
        .as_ref()
        .is_some_and(|t| !crate::extract::facts::contract::find_contracts_in(t).is_empty())
    {
        posting += 4;
    }
    if title_passage.as_ref().is_some_and(|t| {
        crate::extract::facts::status::find_status_in(t)
            .iter()
            .any(|h| h.value == crate::model::Status::Filled)
    }) {
        posting += 4;
    }
    posting += 2 * TITLE_POSTING.count(&title);
    team += 2 * TITLE_TEAM.count(&title);
    organisation += TITLE_ORGANISATION.count(&title);
    // The opening paragraphs of a posting say who is sought.
    for (_, f) in cx.prose_folded().take(6) {
        let f = f.text.as_str();
        if OPENING_POSTING.any(f) {
            posting += 2;
        }
    }
    // A page describing several teams repeats "Profil attendu" under each: the same
    // headings count once.
    let mut posting_sections = Vec::new();
    // A heading that stands as the page's title counts as the title, not again as a section.
    let title_is_heading = cx
        .meta
        .sources
        .get("title")
        .is_some_and(|s| s.origin == SourceKind::Body)
        && cx.body.sections.first().map(|s| s.title.trim()) == cx.meta.title.as_deref();
    let skip = usize::from(title_is_heading);
    for s in cx.body.sections.iter().skip(skip) {
        let t = fold(&s.title);
        let cues = SECTION_POSTING.set(&t);
        if cues != 0 && !posting_sections.contains(&cues) {
            posting_sections.push(cues);
            posting += 2;
        }
        if SECTION_TEAM.any(&t) {
            team += 2;
        }
        if SECTION_ORGANISATION.any(&t) {
            organisation += 1;
        }
        if t.starts_with("team ") || t.starts_with("equipe ") || t.starts_with("l'equipe") {
            team += 1;
        }
    }
    if posting >= 3 && posting >= team && posting >= organisation {
        PageKind::Posting
    } else if organisation > team {
        PageKind::Organisation
    } else if team > 0 {
        PageKind::Team
    } else {
        // Nothing the title, keys or headings say points to a kind: the page's own facts
        // (rituals, commitments) decide, or it stays unclassified.
        cx.unclassified_posting_score = posting;
        PageKind::Unclassified
    }
}
