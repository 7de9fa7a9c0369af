use super::*;
use crate::model::{Frequency, Weekday};

mod output;
mod phrasings;
mod robust;

use crate::extract::facts::tester::test_rule;

const RITUALS: Option<&str> = Some("Nos rituels");

fn links(l: &[(&str, &str)]) -> Vec<(String, String)> {
    l.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

fn hhmm(t: Option<Time>) -> String {
    t.map_or("-".into(), |t| format!("{:02}:{:02}", t.hour(), t.minute()))
}

/// One line per ritual: `what|rrule|start|end|channel[|rot][|tz]`.
fn line(r: &Ritual) -> String {
    let ch = match &r.channel {
        None => "-".to_owned(),
        Some(Channel::Irc { room, server, web }) => format!(
            "irc:{room}@{}~{}",
            server.as_deref().unwrap_or(""),
            web.as_deref().unwrap_or("")
        ),
        Some(Channel::Meeting { place: None }) => "meeting".to_owned(),
        Some(Channel::Meeting { place: Some(p) }) => format!("meeting:{p}"),
        Some(Channel::VideoCall { url: None }) => "video".to_owned(),
        Some(Channel::VideoCall { url: Some(u) }) => format!("video:{u}"),
        Some(Channel::Email { to }) => format!("email:{to}"),
        Some(Channel::Chat { name, url }) => format!(
            "chat:{}~{}",
            name.as_deref().unwrap_or(""),
            url.as_deref().unwrap_or("")
        ),
    };
    let mut s = format!(
        "{}|{}|{}|{}|{ch}",
        r.what,
        r.rrule.as_deref().unwrap_or("-"),
        hhmm(r.start),
        hhmm(r.end)
    );
    if r.rotating {
        s.push_str("|rot");
    }
    if r.timezone != "Europe/Paris" {
        s.push_str("|tz=");
        s.push_str(&r.timezone);
    }
    s
}

fn lines(text: &str, section: Option<&str>, l: &[(&str, &str)]) -> Vec<String> {
    find_rituals_with_links(text, section, &links(l))
        .iter()
        .map(|h| line(&h.value))
        .collect()
}

/// Check each `(text, expected lines)` pair, with no links, through the shared tester.
fn check(section: Option<&str>, cases: &[(&str, &[&str])]) {
    let read = |t: &str| Some(lines(t, section, &[]));
    test_rule("rituals", None, read, cases, &[]);
}

/// Check each `(text, rrule)` pair: the one ritual found and its recurrence rule ("-" for
/// none; several rituals are joined with " | " and so never match).
fn rrules(section: Option<&str>, cases: &[(&str, &str)]) {
    let read = |t: &str| {
        let rules: Vec<String> = find_rituals(t, section)
            .iter()
            .map(|h| h.value.rrule.clone().unwrap_or_else(|| "-".into()))
            .collect();
        Some(rules.join(" | "))
    };
    test_rule("ritual rrules", None, read, cases, &[]);
}

/// Check each `(text, start, end)` triple: the one ritual found and its times.
fn times(cases: &[(&str, &str, &str)]) {
    let read = |t: &str| {
        let spans: Vec<String> = find_rituals(t, None)
            .iter()
            .map(|h| format!("{}-{}", hhmm(h.value.start), hhmm(h.value.end)))
            .collect();
        Some(spans.join(" | "))
    };
    let cases: Vec<(&str, String)> = cases
        .iter()
        .map(|&(text, start, end)| (text, format!("{start}-{end}")))
        .collect();
    test_rule("ritual times", None, read, &cases, &[]);
}

/// Check that each text gives no ritual.
fn nothing(section: Option<&str>, cases: &[&str]) {
    let read = |t: &str| Some(lines(t, section, &[])).filter(|l| !l.is_empty());
    test_rule::<_, &[&str]>("ritual near-misses", None, read, &[], cases);
}

#[test]
fn reference_team_page_situations() {
    // A public IRC presence, with the web client linked in the next sentence.
    let text = "Nous tenons une présence publique sur le salon IRC `#opendata` du serveur \
                `irc.oftc.net` tous les jeudi de 14h à 15h.  Pas de client IRC ? Vous pouvez \
                [passer par ce client dans le navigateur](https://webchat.oftc.net/?channels=opendata).";
    assert_eq!(
        lines(
            text,
            RITUALS,
            &[(
                "passer par ce client dans le navigateur",
                "https://webchat.oftc.net/?channels=opendata"
            )]
        ),
        [
            "public presence|FREQ=WEEKLY;BYDAY=TH|14:00|15:00|irc:#opendata@irc.oftc.net~https://webchat.oftc.net/?channels=opendata"
        ]
    );
    check(
        RITUALS,
        &[
            (
                "L'équipe tient deux réunions d'équipe hebdomadaires : le mardi de 9h30 à 10h et le jeudi de 17h à 18h.",
                &[
                    "team meeting|FREQ=WEEKLY;BYDAY=TU|09:30|10:00|meeting",
                    "team meeting|FREQ=WEEKLY;BYDAY=TH|17:00|18:00|meeting",
                ],
            ),
            (
                "Les agents de la mission présentent à tour de rôle les nouvelles de l'équipe pendant la réunion de service de la direction.",
                &["meeting|-|-|-|meeting|rot"],
            ),
            (
                "Chacun envoie tous les vendredi un courriel à `equipe-donnees@exemple.gouv.fr` pour faire le point sur sa semaine.",
                &[
                    "weekly status mail|FREQ=WEEKLY;BYDAY=FR|-|-|email:equipe-donnees@exemple.gouv.fr",
                ],
            ),
        ],
    );
    // The same sentences outside a rituals section: the one without a schedule is dropped.
    check(
        None,
        &[
            (
                "Les agents présentent à tour de rôle les nouvelles de l'équipe pendant la réunion de service.",
                &[],
            ),
            (
                "Chacun envoie tous les vendredi un courriel à equipe@exemple.gouv.fr pour faire le point.",
                &["weekly status mail|FREQ=WEEKLY;BYDAY=FR|-|-|email:equipe@exemple.gouv.fr"],
            ),
        ],
    );
}

#[test]
fn reference_situations_in_english() {
    assert_eq!(
        lines(
            "We keep a public presence on the `#opendata` IRC channel of the `irc.oftc.net` server \
             every Tuesday from 4pm to 5pm. No IRC client? [Use this web client](https://webchat.oftc.net/).",
            Some("Our rituals"),
            &[("Use this web client", "https://webchat.oftc.net/")]
        ),
        [
            "public presence|FREQ=WEEKLY;BYDAY=TU|16:00|17:00|irc:#opendata@irc.oftc.net~https://webchat.oftc.net/"
        ]
    );
    check(
        Some("Our rituals"),
        &[
            (
                "We hold two weekly team meetings: on Tuesday from 9:30am to 10am and on Thursday from 5pm to 6pm.",
                &[
                    "team meeting|FREQ=WEEKLY;BYDAY=TU|09:30|10:00|meeting",
                    "team meeting|FREQ=WEEKLY;BYDAY=TH|17:00|18:00|meeting",
                ],
            ),
            (
                "We hold two weekly team meetings: Tuesday 09:30-10:00 and Thursday 17:00-18:00.",
                &[
                    "team meeting|FREQ=WEEKLY;BYDAY=TU|09:30|10:00|meeting",
                    "team meeting|FREQ=WEEKLY;BYDAY=TH|17:00|18:00|meeting",
                ],
            ),
            (
                "Members take turns presenting our news in the directorate's team meeting.",
                &["team meeting|-|-|-|meeting|rot"],
            ),
            (
                "Every Friday, each member sends an email to `data-team@example.org` to report on their week.",
                &["weekly status mail|FREQ=WEEKLY;BYDAY=FR|-|-|email:data-team@example.org"],
            ),
        ],
    );
}

#[test]
fn list_items_in_a_rituals_section() {
    check(
        Some("Rituels"),
        &[
            (
                "Le daily : tous les jours à 9h45 sur Jitsi.",
                &["daily stand-up|FREQ=DAILY|09:45|-|video"],
            ),
            (
                "Rétrospective : un vendredi sur deux, de 14h à 15h30.",
                &["retrospective|FREQ=WEEKLY;INTERVAL=2;BYDAY=FR|14:00|15:30|meeting"],
            ),
            (
                "Lundi 10h : point d'équipe",
                &["team check-in|FREQ=WEEKLY;BYDAY=MO|10:00|-|meeting"],
            ),
            (
                "Le mardi matin : réunion d'équipe (9h30 - 10h30).",
                &["team meeting|FREQ=WEEKLY;BYDAY=TU|09:30|10:30|meeting"],
            ),
            (
                "Démo : le jeudi toutes les deux semaines",
                &["demo|FREQ=WEEKLY;INTERVAL=2;BYDAY=TH|-|-|meeting"],
            ),
            (
                "Weekly : le lundi à 10h",
                &["weekly meeting|FREQ=WEEKLY;BYDAY=MO|10:00|-|meeting"],
            ),
            (
                "Rituels : stand-up quotidien, rétro toutes les deux semaines, démo mensuelle.",
                &[
                    "daily stand-up|FREQ=DAILY|-|-|meeting",
                    "retrospective|FREQ=WEEKLY;INTERVAL=2|-|-|meeting",
                    "demo|FREQ=MONTHLY|-|-|meeting",
                ],
            ),
        ],
    );
}

#[test]
fn channels() {
    check(
        None,
        &[
            (
                "Permanence hebdomadaire du mardi 14h-15h sur le canal #aide du serveur IRC libera.chat.",
                &["office hours|FREQ=WEEKLY;BYDAY=TU|14:00|15:00|irc:#aide@libera.chat~"],
            ),
            (
                "Tous les jeudis, l'équipe est présente sur le salon Mattermost de la communauté.",
                &["public presence|FREQ=WEEKLY;BYDAY=TH|-|-|chat:Mattermost~"],
            ),
            (
                "Un stand-up quotidien sur Slack à 9h30.",
                &["daily stand-up|FREQ=DAILY|09:30|-|chat:Slack~"],
            ),
            (
                "Réunion d'équipe hebdomadaire en visioconférence.",
                &["team meeting|FREQ=WEEKLY|-|-|video"],
            ),
            (
                "Réunion d'équipe chaque lundi en présentiel à Lyon.",
                &["team meeting|FREQ=WEEKLY;BYDAY=MO|-|-|meeting:Lyon"],
            ),
            (
                "Le stand-up a lieu tous les jours sur https://meet.jit.si/equipe-x à 9h.",
                &["daily stand-up|FREQ=DAILY|09:00|-|video:https://meet.jit.si/equipe-x"],
            ),
            (
                "Chaque mois, une infolettre est envoyée à annonces@exemple.fr.",
                &["monthly mail|FREQ=MONTHLY|-|-|email:annonces@exemple.fr"],
            ),
        ],
    );
    assert_eq!(
        lines(
            "Le point hebdomadaire se tient le mardi à 10h via ce lien de visio.",
            None,
            &[(
                "ce lien de visio",
                "https://visio.exemple.gouv.fr/b/abc-def"
            )]
        ),
        [
            "weekly check-in|FREQ=WEEKLY;BYDAY=TU|10:00|-|video:https://visio.exemple.gouv.fr/b/abc-def"
        ]
    );
    assert_eq!(
        lines(
            "Nous sommes disponibles chaque lundi de 16h à 17h dans le salon #communs (IRC).",
            None,
            &[("le salon #communs", "https://web.libera.chat/#communs")]
        ),
        [
            "public presence|FREQ=WEEKLY;BYDAY=MO|16:00|17:00|irc:#communs@~https://web.libera.chat/#communs"
        ]
    );
    assert_eq!(
        lines(
            "Un bilan hebdomadaire est envoyé chaque vendredi par courriel à la liste.",
            None,
            &[("la liste", "mailto:bilan@exemple.fr")]
        ),
        ["weekly status mail|FREQ=WEEKLY;BYDAY=FR|-|-|email:bilan@exemple.fr"]
    );
}

#[test]
fn events_named() {
    check(
        None,
        &[
            (
                "Stand-up tous les matins.",
                &["daily stand-up|FREQ=DAILY|-|-|meeting"],
            ),
            (
                "Standup chaque matin à 9h.",
                &["daily stand-up|FREQ=DAILY|09:00|-|meeting"],
            ),
            (
                "La météo d'équipe a lieu tous les lundis.",
                &["mood check-in|FREQ=WEEKLY;BYDAY=MO|-|-|meeting"],
            ),
            (
                "Une rétro toutes les deux semaines.",
                &["retrospective|FREQ=WEEKLY;INTERVAL=2|-|-|meeting"],
            ),
            (
                "Revue de sprint tous les quinze jours.",
                &["sprint review|FREQ=WEEKLY;INTERVAL=2|-|-|meeting"],
            ),
            (
                "Sprint planning chaque lundi à 10h.",
                &["sprint planning|FREQ=WEEKLY;BYDAY=MO|10:00|-|meeting"],
            ),
            (
                "Un O3 toutes les deux semaines avec son lead.",
                &["one-on-one|FREQ=WEEKLY;INTERVAL=2|-|-|meeting"],
            ),
            (
                "Des 1:1 mensuels.",
                &["one-on-one|FREQ=MONTHLY|-|-|meeting"],
            ),
            (
                "Un comité de pilotage trimestriel.",
                &["steering committee|FREQ=MONTHLY;INTERVAL=3|-|-|meeting"],
            ),
            (
                "On se retrouve tous les jeudis soirs.",
                &["meeting|FREQ=WEEKLY;BYDAY=TH|-|-|meeting"],
            ),
            (
                "L'équipe se réunit chaque lundi.",
                &["meeting|FREQ=WEEKLY;BYDAY=MO|-|-|meeting"],
            ),
            (
                "Le weekly a lieu le mardi à 14h.",
                &["weekly meeting|FREQ=WEEKLY;BYDAY=TU|14:00|-|meeting"],
            ),
            (
                "Un webinaire mensuel ouvert à tous.",
                &["webinar|FREQ=MONTHLY|-|-|video"],
            ),
            (
                "Le stand-up a lieu tous les jours à 9h30, la rétro le vendredi à 14h.",
                &[
                    "daily stand-up|FREQ=DAILY|09:30|-|meeting",
                    "retrospective|FREQ=WEEKLY;BYDAY=FR|14:00|-|meeting",
                ],
            ),
            (
                "Nous faisons un point chaque lundi, et une démo tous les mois.",
                &[
                    "weekly check-in|FREQ=WEEKLY;BYDAY=MO|-|-|meeting",
                    "demo|FREQ=MONTHLY|-|-|meeting",
                ],
            ),
            (
                "Participer à la vie de l'équipe (stand-up quotidien en visio, ateliers deux fois par mois à Rennes).",
                &[
                    "daily stand-up|FREQ=DAILY|-|-|video",
                    "workshop|FREQ=WEEKLY;INTERVAL=2|-|-|meeting:Rennes",
                ],
            ),
        ],
    );
}

#[test]
fn rituals_section_without_schedule() {
    check(
        RITUALS,
        &[
            (
                "Chaque agent anime la rétrospective à tour de rôle.",
                &["retrospective|-|-|-|meeting|rot"],
            ),
            (
                "Une démo est présentée aux partenaires à la fin de chaque sprint.",
                &["demo|-|-|-|meeting"],
            ),
            (
                "Tous les lundis de 10h à 11h, en visio.",
                &["call|FREQ=WEEKLY;BYDAY=MO|10:00|11:00|video"],
            ),
            (
                "Tous les lundis de 10h à 11h, pour tout le pôle.",
                &[
                    "Tous les lundis de 10h à 11h, pour tout le pôle|FREQ=WEEKLY;BYDAY=MO|10:00|11:00|-",
                ],
            ),
            // No event, or only a chat room or a mail without a schedule: nothing.
            (
                "Si vous n'avez pas de client IRC, passez par le salon web.",
                &[],
            ),
            ("Vous pouvez nous écrire par courriel.", &[]),
            ("Nous travaillons du lundi au vendredi de 9h à 18h.", &[]),
            ("Réunion de lancement le 12 mai à 10h.", &[]),
            ("Les rituels ont beaucoup évolué depuis 2020.", &[]),
        ],
    );
    assert!(is_rituals_title("Nos rituels"));
    assert!(is_rituals_title("Rituals"));
    assert!(is_rituals_title("Réunions"));
    assert!(is_rituals_title("Cérémonies agiles"));
    assert!(is_rituals_title("Our rituals"));
    assert!(!is_rituals_title("Calendrier des réunions"));
    assert!(!is_rituals_title("Mission"));
}

#[test]
fn rotating_cues() {
    for text in [
        "Réunion d'équipe chaque lundi, animée tour à tour par chaque membre.",
        "Réunion d'équipe chaque lundi, animée à tour de rôle.",
        "Réunion d'équipe chaque lundi : chacun son tour prépare l'ordre du jour.",
        "Réunion d'équipe chaque lundi avec une animation tournante.",
        "Réunion d'équipe chaque lundi, la facilitation se fait par rotation.",
        "Weekly team meeting on Mondays, chaired in turn by each member.",
    ] {
        let r = find_rituals(text, None);
        assert_eq!(r.len(), 1, "{text}");
        assert!(r[0].value.rotating, "{text}");
    }
    let r = find_rituals("Réunion d'équipe chaque lundi avec la directrice.", None);
    assert!(!r[0].value.rotating);
}

#[test]
fn timezones() {
    let tz = |text: &str| {
        find_rituals(text, None)
            .first()
            .map(|h| h.value.timezone.clone())
    };
    assert_eq!(
        tz("Réunion chaque lundi à 10h (heure de Paris).").as_deref(),
        Some("Europe/Paris")
    );
    assert_eq!(
        tz("Réunion chaque lundi à 10h UTC.").as_deref(),
        Some("UTC")
    );
    assert_eq!(
        tz("Réunion chaque lundi à 10h, heure de la Réunion.").as_deref(),
        Some("Indian/Reunion")
    );
    assert_eq!(
        tz("Réunion d'équipe chaque lundi à 9h à Saint-Denis de La Réunion.").as_deref(),
        Some("Indian/Reunion")
    );
    assert_eq!(
        tz("Réunion chaque lundi à 8h (heure de Guadeloupe).").as_deref(),
        Some("America/Guadeloupe")
    );
    assert_eq!(
        tz("Réunion chaque lundi à 8h en Martinique.").as_deref(),
        Some("America/Martinique")
    );
    // A meeting ("la réunion") is not the island.
    assert_eq!(
        tz("La réunion d'équipe a lieu chaque lundi à 10h.").as_deref(),
        Some("Europe/Paris")
    );
    assert_eq!(
        tz("Nous préparons la réunion d'équipe chaque lundi.").as_deref(),
        Some("Europe/Paris")
    );
}

#[test]
fn accents_case_and_spacing() {
    rrules(
        None,
        &[
            (
                "REUNION D'EQUIPE HEBDOMADAIRE LE LUNDI",
                "FREQ=WEEKLY;BYDAY=MO",
            ),
            (
                "réunion d’équipe hebdomadaire le lundi",
                "FREQ=WEEKLY;BYDAY=MO",
            ),
            (
                "Réunion\u{a0}d'équipe\u{a0}hebdomadaire\u{a0}le\u{a0}lundi",
                "FREQ=WEEKLY;BYDAY=MO",
            ),
            (
                "Les membre·s de l'équipe se réunissent tous les mardis.",
                "FREQ=WEEKLY;BYDAY=TU",
            ),
            (
                "Les agent.e.s se retrouvent chaque mercredi.",
                "FREQ=WEEKLY;BYDAY=WE",
            ),
        ],
    );
}

#[test]
fn near_misses() {
    nothing(
        None,
        &[
            "Tous les ans nous organisons un hackathon.",
            "Le lundi 3 mars 2020 nous avons lancé la réunion de préfiguration.",
            "Réunion de lancement le 12 mai.",
            "Réunion de lancement lundi 12 mai à 10h.",
            "Nous travaillons du lundi au vendredi.",
            "Les administrations se réunissent.",
            "Les membres interviennent dans la réunion d'équipe Etalab.",
            "Suivre 16h de formation.",
            "Le projet a été livré en 2h.",
            "Le service est disponible 24h/24.",
            "Tous les membres de l'équipe participent aux réunions.",
            "Slack pour la communication écrite quotidienne.",
            "Un outil utilisé au quotidien par les équipes pour leurs réunions.",
            "Les stand-up demandent d'interrompre le travail de chacun.",
            "Le télétravail est possible 2 jours par semaine.",
            "Deux déplacements par mois à prévoir.",
            "Nous n'organisons pas de réunion hebdomadaire.",
            "Les informations circulent chaque semaine sans nécessiter de réunion.",
            "Ce lundi, réunion exceptionnelle à 14h.",
            "La réunion aura lieu lundi prochain.",
            "Un point de vue partagé chaque semaine par la presse.",
            "Le salon Vivatech se tient tous les ans à Paris.",
            "Mettre au point les outils chaque semaine.",
            "Les points forts du projet sont revus tous les mois.",
            "Dans son travail de tous les jours, le lead anime des réunions.",
            "La mission que relève au quotidien l'équipe.",
            "Le lundi 14 juin, atelier de découverte.",
            "Atelier le 14/06 à 10h.",
            "We meet on Monday at 10am to kick off the project.",
            "Nous avons organisé un atelier mardi dernier.",
            "Poste à pourvoir : 35h hebdomadaires.",
            "C'est ainsi que nous avons créé notre outil de rétrospective hebdomadaire.",
            "Our weekly review tool is open source.",
            "Vous animerez des ateliers avec les agents de la préfecture.",
            "Une réunion s'est tenue le 3 février 2022.",
            "Réunion du 14 septembre : compte rendu disponible.",
            "Les réunions ont lieu au 20 avenue de Ségur.",
            "Nous avons reçu 16 candidatures chaque semaine, sans réunion.",
        ],
    );
}
