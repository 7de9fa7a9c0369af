//! Which kind of skills a section lists ("Savoirs", "Savoir-faire", "Savoir-être"): its list
//! items are then counted as skills of that kind.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::text::scan::one_of;

/// Which list of [`Skills`] a section holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum SkillKind {
    /// Savoirs, connaissances.
    Knowledge,
    /// Savoir-faire, compétences techniques.
    KnowHow,
    /// Savoir-être, qualités, compétences comportementales.
    Soft,
}

/// Words one of which every skill section title of [`skill_kind`] holds.
static SKILL_KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new([
        "savoir",
        "connaissance",
        "knowledge",
        "competence",
        "hard",
        "know",
        "qualite",
        "soft",
        "aptitude",
    ])
    .unwrap_or_else(|e| panic!("skill keys: {e}"))
});

/// Which kind of skills a section title announces ("Savoirs", "Savoir-faire :",
/// "**Compétences comportementales**"), or `None` for any other title.
pub(crate) fn skill_kind(section_title: &str) -> Option<SkillKind> {
    let folded = crate::text::fold(section_title);
    // Every title below holds one of these words: most section titles are rejected here.
    if !SKILL_KEYS.is_match(&folded) {
        return None;
    }
    let folded = folded.replace(['-', '_'], " ");
    let mut t = folded.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    for prefix in [
        "les ",
        "vos ",
        "nos ",
        "des ",
        "principales ",
        "principaux ",
    ] {
        t = t.strip_prefix(prefix).unwrap_or(t);
    }
    for suffix in [
        " requis",
        " requises",
        " requise",
        " attendus",
        " attendues",
        " attendu",
        " attendue",
        " souhaites",
        " souhaitees",
        " recherches",
        " recherchees",
        " necessaires",
        " indispensables",
        " demandes",
        " demandees",
        " du poste",
    ] {
        t = t.strip_suffix(suffix).unwrap_or(t).trim_end();
    }
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let knowledge = "savoir|savoirs|connaissances|connaissance|connaissances techniques|\
        connaissances theoriques|knowledge|savoirs theoriques|savoirs et connaissances";
    let know_how = "savoir faire|savoirs faire|competences techniques|competence technique|\
        competences operationnelles|competences professionnelles|competences metier|\
        competences metiers|hard skills|know how|savoir faire techniques|competences pratiques";
    let soft = "savoir etre|savoirs etre|qualites|qualite|qualites personnelles|qualites humaines|\
        qualites relationnelles|competences comportementales|competences relationnelles|\
        soft skills|soft skill|savoir etre professionnels|aptitudes|aptitudes personnelles|\
        qualites professionnelles";
    [
        (knowledge, SkillKind::Knowledge),
        (know_how, SkillKind::KnowHow),
        (soft, SkillKind::Soft),
    ]
    .into_iter()
    .find(|(list, _)| one_of(list, &t))
    .map(|(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use SkillKind::{KnowHow, Knowledge, Soft};

    /// Section titles announcing a list of skills, with its kind.
    const PASS: &[(&str, SkillKind)] = &[
        ("Savoirs", Knowledge),
        ("**Savoirs :**", Knowledge),
        ("Connaissances", Knowledge),
        ("Connaissances requises", Knowledge),
        ("Savoirs théoriques", Knowledge),
        ("Savoir-faire", KnowHow),
        ("**Savoir-faire :**", KnowHow),
        ("Savoir faire", KnowHow),
        ("Compétences techniques", KnowHow),
        ("Compétences opérationnelles", KnowHow),
        ("Hard skills", KnowHow),
        ("Savoir-être", Soft),
        ("SAVOIR-ÊTRE", Soft),
        ("Savoir-être :", Soft),
        ("Qualités", Soft),
        ("Qualités requises", Soft),
        ("Qualités humaines", Soft),
        ("Compétences comportementales", Soft),
        ("Soft skills", Soft),
        ("Les savoir-être attendus", Soft),
    ];

    /// Titles of other sections, or of sections mixing kinds.
    const FAIL: &[&str] = &[
        "Compétences",
        "Savoir-faire et savoir-être",
        "Le profil recherché",
        "Vos missions",
        "Connaissances et compétences",
        "",
        "En savoir plus",
        "Bon à savoir",
        "Qualité des données",
        "Démarche qualité",
        "Qualité de vie au travail",
        "Le savoir-faire de l'équipe",
    ];

    #[test]
    fn skill_section_titles() {
        crate::extract::facts::tester::test_rule("skills", None, skill_kind, PASS, FAIL);
    }

    #[test]
    fn no_skills_serialise_as_an_empty_object() {
        let none = crate::model::Skills::default();
        assert_eq!(serde_json::to_string(&none).unwrap(), "{}");
    }
}
