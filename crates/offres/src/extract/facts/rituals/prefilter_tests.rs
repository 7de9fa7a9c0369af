use super::*;

#[test]
fn prefilter_finds_schedule_words() {
    fn cue(t: &str) -> Option<&str> {
        next_cue(t, 0).map(|i| &t[i..])
    }
    for (text, at) in [
        ("Réunion le Lundi matin", "Lundi matin"),
        ("une réunion HEBDOMADAIRE", "HEBDOMADAIRE"),
        ("Réunion tous les jours", "tous les jours"),
        (
            "Réunion toutes\u{a0}les\u{a0}deux semaines",
            "toutes\u{a0}les\u{a0}deux semaines",
        ),
        ("Point chaque semaine", "chaque semaine"),
        ("Point chaque début de mois", "chaque début de mois"),
        ("une réunion par semaine", "semaine"),
        ("une semaine sur deux", "semaine sur deux"),
        ("2 fois par mois", "fois par mois"),
        ("une fois par an", "fois par an"),
        ("démo le ven. à 16h", "ven. à 16h"),
        ("every other Thursday", "every other Thursday"),
        ("once a month", "once a month"),
        ("(quotidien)", "quotidien)"),
        ("l'hebdo", "hebdo"),
    ] {
        assert_eq!(cue(text), Some(at), "{text}");
    }
    for text in [
        "à la fois technique et humain",
        "tous les membres de l'équipe",
        "toutes les administrations",
        "chaque membre de l'équipe",
        "télétravail 2 jours par semaine",
        "35 heures par semaine",
        "everyone is welcome",
        "at times we meet",
        "once the project is over",
        "la mer est calme",
        "un été au soleil",
        "Ça évolue régulièrement",
        "",
        "é",
    ] {
        assert_eq!(cue(text), None, "{text}");
    }
    // From an offset: the next cue after it.
    let t = "Lundi. Puis rien. Et chaque mois.";
    assert_eq!(next_cue(t, 0), Some(0));
    assert_eq!(next_cue(t, 1), t.find("chaque"));
    assert_eq!(next_cue(t, t.len()), None);
    assert_eq!(next_cue(t, t.len() + 3), None);
}
