use super::*;

#[test]
fn gate_lets_vocabulary_through() {
    for w in [
        "lundi",
        "lundis",
        "mondays",
        "hebdomadaires",
        "quotidiennement",
        "mensuelles",
        "trimestriel",
        "reunion",
        "reunions",
        "retrospectives",
        "demos",
        "standups",
        "ateliers",
        "permanences",
        "courriels",
        "visioconference",
        "irc",
        "mattermost",
        "tous",
        "chaque",
        "fois",
        "x",
        "o",
        "de",
        "a",
        "midi",
        "jusqu",
        "premier",
        "derniere",
        "travaillons",
        "rotation",
        "sauf",
        "envoie",
        "present",
        "presentes",
        "point",
        "points",
        "meeting",
        "meetings",
        "weekly",
        "daily",
        "dailies",
        "stand",
        "one",
        "check",
        "pot",
        "tour",
    ] {
        assert!(gated(w), "{w}");
    }
    for w in [
        "dans", "avec", "projet", "le", "les", "et", "une", "qui", "données", "中文", "",
    ] {
        assert!(!gated(w), "{w}");
    }
}
