use super::*;
use crate::model::{Frequency, Weekday};

mod robust;

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

/// Check each `(text, expected lines)` pair, with no links.
fn check(section: Option<&str>, cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = lines(text, section, &[]);
        if got != *want {
            failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn rrules(section: Option<&str>, cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got: Vec<String> = find_rituals(text, section)
            .iter()
            .map(|h| h.value.rrule.clone().unwrap_or_else(|| "-".into()))
            .collect();
        if got != [*want] {
            failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn times(cases: &[(&str, &str, &str)]) {
    let mut failures = Vec::new();
    for (text, start, end) in cases {
        let got: Vec<(String, String)> = find_rituals(text, None)
            .iter()
            .map(|h| (hhmm(h.value.start), hhmm(h.value.end)))
            .collect();
        if got != [((*start).to_owned(), (*end).to_owned())] {
            failures.push(format!("{text}\n  want {start}-{end}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn nothing(section: Option<&str>, cases: &[&str]) {
    let mut failures = Vec::new();
    for text in cases {
        let got = lines(text, section, &[]);
        if !got.is_empty() {
            failures.push(format!("{text}\n  got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
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
fn weekday_phrasings() {
    rrules(
        None,
        &[
            (
                "Réunion d'équipe tous les lundis à 10h.",
                "FREQ=WEEKLY;BYDAY=MO",
            ),
            (
                "Réunion d'équipe tous les lundi à 10h.",
                "FREQ=WEEKLY;BYDAY=MO",
            ),
            (
                "Un point d’équipe chaque mardi matin.",
                "FREQ=WEEKLY;BYDAY=TU",
            ),
            (
                "Le mercredi, nous faisons une démo.",
                "FREQ=WEEKLY;BYDAY=WE",
            ),
            (
                "Les jeudis, rétrospective en visio.",
                "FREQ=WEEKLY;BYDAY=TH",
            ),
            ("Point météo mardi à 11 h 30.", "FREQ=WEEKLY;BYDAY=TU"),
            ("STAND-UP TOUS LES VENDREDIS À 9H.", "FREQ=WEEKLY;BYDAY=FR"),
            ("Atelier le lun. 14h-16h.", "FREQ=WEEKLY;BYDAY=MO"),
            (
                "Réunion les lundis et jeudis à 10h.",
                "FREQ=WEEKLY;BYDAY=MO,TH",
            ),
            (
                "Réunion le lundi, le mercredi et le vendredi à 9h.",
                "FREQ=WEEKLY;BYDAY=MO,WE,FR",
            ),
            (
                "Le stand-up a lieu du lundi au vendredi à 9h30.",
                "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            ),
            ("Un café virtuel le vendredi midi.", "FREQ=WEEKLY;BYDAY=FR"),
            (
                "Démo un jeudi après-midi sur deux.",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
            ),
            (
                "Rétrospective 1 mercredi sur 2 à 14h.",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
            ),
            (
                "Rétro tous les deux vendredis.",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
            ),
            (
                "Point d'équipe chaque lundi sauf le lundi de Pâques.",
                "FREQ=WEEKLY;BYDAY=MO",
            ),
            (
                "Réunion d'équipe le premier mardi du mois.",
                "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1",
            ),
            (
                "Atelier le dernier vendredi de chaque mois.",
                "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1",
            ),
            (
                "Comité le 2e jeudi du mois à 10h.",
                "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2",
            ),
            (
                "Séminaire tous les premiers lundis du mois.",
                "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
            ),
        ],
    );
}

#[test]
fn frequency_phrasings() {
    rrules(
        None,
        &[
            ("Un stand-up quotidien en visio.", "FREQ=DAILY"),
            ("Point d'équipe tous les matins à 9h45.", "FREQ=DAILY"),
            ("Nous faisons un point chaque jour.", "FREQ=DAILY"),
            ("Réunion hebdomadaire avec la direction.", "FREQ=WEEKLY"),
            (
                "Une réunion chaque semaine avec les partenaires.",
                "FREQ=WEEKLY",
            ),
            (
                "Un atelier toutes les deux semaines.",
                "FREQ=WEEKLY;INTERVAL=2",
            ),
            ("Démo tous les 15 jours.", "FREQ=WEEKLY;INTERVAL=2"),
            ("Démo tous les quinze jours.", "FREQ=WEEKLY;INTERVAL=2"),
            (
                "Une rétrospective une semaine sur deux.",
                "FREQ=WEEKLY;INTERVAL=2",
            ),
            (
                "Un comité bimensuel réunit les porteurs.",
                "FREQ=WEEKLY;INTERVAL=2",
            ),
            ("Une réunion par semaine avec l'équipe.", "FREQ=WEEKLY"),
            ("Réunion d'équipe une fois par mois.", "FREQ=MONTHLY"),
            ("Séminaire mensuel de l'équipe.", "FREQ=MONTHLY"),
            ("Un déjeuner d'équipe chaque mois.", "FREQ=MONTHLY"),
            ("Un atelier 2 fois par mois.", "FREQ=WEEKLY;INTERVAL=2"),
            ("Un atelier deux fois par semaine.", "FREQ=DAILY;INTERVAL=3"),
            (
                "Un comité de pilotage chaque trimestre.",
                "FREQ=MONTHLY;INTERVAL=3",
            ),
            ("Un comité trimestriel.", "FREQ=MONTHLY;INTERVAL=3"),
            ("Un séminaire tous les six mois.", "FREQ=MONTHLY;INTERVAL=6"),
            ("Un séminaire deux fois par an.", "FREQ=MONTHLY;INTERVAL=6"),
            ("Tous les ans, nous organisons un séminaire.", "FREQ=YEARLY"),
            ("Un séminaire annuel réunit toute l'équipe.", "FREQ=YEARLY"),
            ("Le daily a lieu à 9h30.", "FREQ=DAILY"),
            (
                "Un point hebdomadaire (ou bimensuel) avec le responsable.",
                "FREQ=WEEKLY",
            ),
        ],
    );
}

#[test]
fn english_phrasings() {
    check(
        Some("Our rituals"),
        &[
            (
                "We hold a team meeting every Monday at 10am.",
                &["team meeting|FREQ=WEEKLY;BYDAY=MO|10:00|-|meeting"],
            ),
            (
                "Weekly team meeting on Tuesdays from 2pm to 3pm.",
                &["team meeting|FREQ=WEEKLY;BYDAY=TU|14:00|15:00|meeting"],
            ),
            (
                "Daily stand-up at 9:30 on Jitsi.",
                &["daily stand-up|FREQ=DAILY|09:30|-|video"],
            ),
            (
                "Retrospective every other Thursday, 2-3pm.",
                &["retrospective|FREQ=WEEKLY;INTERVAL=2;BYDAY=TH|14:00|15:00|meeting"],
            ),
            (
                "A demo on the last Friday of each month at noon.",
                &["demo|FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1|12:00|-|meeting"],
            ),
            (
                "The status e-mail is sent every Friday at 3 p.m.",
                &["weekly status mail|FREQ=WEEKLY;BYDAY=FR|15:00|-|-"],
            ),
            (
                "One-on-ones happen every two weeks.",
                &["one-on-one|FREQ=WEEKLY;INTERVAL=2|-|-|meeting"],
            ),
            (
                "Team members take turns running the weekly sync.",
                &["sync|FREQ=WEEKLY|-|-|meeting|rot"],
            ),
            (
                "We meet every Tuesday at 10:00.",
                &["meeting|FREQ=WEEKLY;BYDAY=TU|10:00|-|meeting"],
            ),
            (
                "Office hours on Wednesdays, 4-5pm, in the #help channel on Slack.",
                &["office hours|FREQ=WEEKLY;BYDAY=WE|16:00|17:00|chat:Slack~"],
            ),
            (
                "Stand-up Monday through Friday at 9:45.",
                &["daily stand-up|FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR|09:45|-|meeting"],
            ),
            (
                "Coffee twice a month with the whole unit.",
                &["coffee|FREQ=WEEKLY;INTERVAL=2|-|-|meeting"],
            ),
        ],
    );
}

#[test]
fn time_phrasings() {
    times(&[
        ("Réunion d'équipe le lundi de 16h à 17h.", "16:00", "17:00"),
        (
            "Réunion d'équipe le lundi de 16h00 à 17h00.",
            "16:00",
            "17:00",
        ),
        (
            "Réunion d'équipe le lundi de 16 h à 17 h.",
            "16:00",
            "17:00",
        ),
        (
            "Réunion d'équipe le lundi de 16\u{a0}h\u{a0}30 à 17\u{202f}h.",
            "16:30",
            "17:00",
        ),
        (
            "Réunion d'équipe le lundi de 10h30 à 11h.",
            "10:30",
            "11:00",
        ),
        ("Réunion d'équipe le lundi 16h-17h.", "16:00", "17:00"),
        ("Réunion d'équipe le lundi, 16h–17h.", "16:00", "17:00"),
        (
            "Réunion d'équipe le lundi entre 14h et 15h.",
            "14:00",
            "15:00",
        ),
        ("Réunion d'équipe le lundi de 14 à 16h.", "14:00", "16:00"),
        ("Réunion d'équipe le lundi à partir de 14h00.", "14:00", "-"),
        ("Réunion d'équipe le lundi jusqu'à 18h.", "-", "18:00"),
        ("Réunion d'équipe le lundi à 11h.", "11:00", "-"),
        ("Réunion d'équipe le lundi à 15 heures.", "15:00", "-"),
        ("Réunion d'équipe le lundi dès 8h30.", "08:30", "-"),
        ("Réunion d'équipe le lundi vers 9h.", "09:00", "-"),
        ("Réunion d'équipe le lundi à 10:30.", "10:30", "-"),
        ("Réunion d'équipe le lundi à 10.30.", "10:30", "-"),
        ("Réunion d'équipe le lundi à midi.", "12:00", "-"),
        ("Réunion d'équipe le lundi de midi à 14h.", "12:00", "14:00"),
        ("Réunion d'équipe le lundi après-midi.", "-", "-"),
        ("Réunion d'équipe le lundi matin.", "-", "-"),
        ("Team meeting every Monday at 10am.", "10:00", "-"),
        ("Team meeting every Monday at 2 pm.", "14:00", "-"),
        (
            "Team meeting every Monday from 9:30 to 10:15.",
            "09:30",
            "10:15",
        ),
        ("Team meeting every Monday 12pm-1pm.", "12:00", "13:00"),
        ("Team meeting every Monday at 12am.", "00:00", "-"),
        // Durations and other numbers are not times.
        ("Réunion d'équipe le lundi pendant 2h.", "-", "-"),
        ("Réunion d'équipe de 2h chaque lundi.", "-", "-"),
        (
            "Chaque lundi, 16h de formation en équipe pour les nouveaux, en réunion.",
            "-",
            "-",
        ),
        ("Réunion hebdomadaire en 2h chrono.", "-", "-"),
        ("Permanence hebdomadaire 24h/24.", "-", "-"),
        ("Réunion hebdomadaire, 35h par semaine.", "-", "-"),
        ("Réunion d'équipe le lundi à 25h.", "-", "-"),
        ("Réunion d'équipe le lundi à 10h75.", "10:00", "-"),
    ]);
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

#[test]
fn rrule_output() {
    let mut r = Recurrence::every(Frequency::Weekly);
    assert_eq!(r.to_rrule(), "FREQ=WEEKLY");
    r.by_day = vec![Weekday::Mo];
    assert_eq!(r.to_rrule(), "FREQ=WEEKLY;BYDAY=MO");
    r.interval = 2;
    r.by_day = vec![Weekday::We];
    assert_eq!(r.to_rrule(), "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
    assert_eq!(Recurrence::every(Frequency::Daily).to_rrule(), "FREQ=DAILY");
    let first_tuesday = Recurrence {
        frequency: Frequency::Monthly,
        interval: 1,
        by_day: vec![Weekday::Tu],
        by_set_pos: Some(1),
        times_per_period: None,
    };
    assert_eq!(first_tuesday.to_rrule(), "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1");
    let twice = |f, n| Recurrence {
        times_per_period: Some(n),
        ..Recurrence::every(f)
    };
    assert_eq!(
        twice(Frequency::Monthly, 2).to_rrule(),
        "FREQ=WEEKLY;INTERVAL=2"
    );
    assert_eq!(twice(Frequency::Monthly, 4).to_rrule(), "FREQ=WEEKLY");
    assert_eq!(
        twice(Frequency::Yearly, 4).to_rrule(),
        "FREQ=MONTHLY;INTERVAL=3"
    );
    assert_eq!(
        twice(Frequency::Yearly, 2).to_rrule(),
        "FREQ=MONTHLY;INTERVAL=6"
    );
    assert_eq!(twice(Frequency::Weekly, 5).to_rrule(), "FREQ=DAILY");
    assert_eq!(twice(Frequency::Daily, 3).to_rrule(), "FREQ=DAILY");
    // Which Thursday of the month is not said: no BYDAY.
    let vague = Recurrence {
        by_day: vec![Weekday::Th],
        ..Recurrence::every(Frequency::Monthly)
    };
    assert_eq!(vague.to_rrule(), "FREQ=MONTHLY");
    let zero = Recurrence {
        interval: 0,
        ..Recurrence::every(Frequency::Weekly)
    };
    assert_eq!(zero.to_rrule(), "FREQ=WEEKLY");
}

#[test]
fn serde_round_trip() {
    let hits = find_rituals_with_links(
        "Présence publique sur le canal IRC #equipe du serveur irc.libera.chat tous les lundis de 16h à 17h.",
        None,
        &links(&[("client web", "https://web.libera.chat/#equipe")]),
    );
    let r = &hits[0].value;
    let json = serde_json::to_value(r).unwrap();
    assert_eq!(json["start"], "16:00");
    assert_eq!(json["end"], "17:00");
    assert_eq!(json["rrule"], "FREQ=WEEKLY;BYDAY=MO");
    assert_eq!(json["timezone"], "Europe/Paris");
    assert_eq!(json["channel"]["kind"], "irc");
    assert_eq!(json["channel"]["room"], "#equipe");
    assert_eq!(json["channel"]["server"], "irc.libera.chat");
    assert_eq!(json["recurrence"]["frequency"], "weekly");
    assert_eq!(json["recurrence"]["by_day"][0], "MO");
    assert!(json.get("rotating").is_none());
    let back: Ritual = serde_json::from_value(json).unwrap();
    assert_eq!(&back, r);
    let video = serde_json::to_value(Channel::VideoCall { url: None }).unwrap();
    assert_eq!(video, serde_json::json!({"kind": "video_call"}));
    let bad: Result<Ritual, _> = serde_json::from_value(serde_json::json!({
        "what": "x", "timezone": "UTC", "text": "", "start": "25:00"
    }));
    assert!(bad.is_err());
    let none: Ritual = serde_json::from_value(serde_json::json!({
        "what": "x", "timezone": "UTC", "text": "", "start": null
    }))
    .unwrap();
    assert_eq!(none.start, None);
    assert!(!none.rotating);
}

#[test]
fn hit_spans_and_text() {
    let text = "Notre équipe est répartie en France. Le point d’équipe a lieu chaque lundi à 10\u{a0}h. Fin.";
    let hits = find_rituals(text, None);
    assert_eq!(hits.len(), 1);
    let h = &hits[0];
    assert_eq!(
        &text[h.start..h.end],
        "Le point d’équipe a lieu chaque lundi à 10\u{a0}h."
    );
    assert_eq!(
        h.value.text,
        "Le point d’équipe a lieu chaque lundi à 10\u{a0}h."
    );
    assert_eq!(h.value.what, "team check-in");
    // Abbreviated weekdays do not end the sentence.
    let hits = find_rituals("Démo le ven. à 16h. Rétro le lun. à 10h.", None);
    let got: Vec<&str> = hits
        .iter()
        .map(|h| h.value.rrule.as_deref().unwrap())
        .collect();
    assert_eq!(got, ["FREQ=WEEKLY;BYDAY=FR", "FREQ=WEEKLY;BYDAY=MO"]);
}

#[test]
fn fallback_what_is_short() {
    let long = "Tous les lundis de 10h à 11h nous regardons ensemble les demandes reçues des administrations partenaires et les sujets en cours.";
    let r = find_rituals(long, RITUALS);
    assert_eq!(r.len(), 1);
    assert!(r[0].value.what.chars().count() <= 80);
    assert!(long.starts_with(&r[0].value.what));
}

#[test]
fn something_sent_to_an_address_is_a_mail_ritual() {
    let text = "Chaque vendredi, un membre de l'équipe, à tour de rôle, envoie à \
        equipe@numerique.gouv.fr une note sur l'avancement de la semaine.";
    let r = find_rituals(text, RITUALS);
    assert_eq!(r.len(), 1);
    let r = &r[0].value;
    assert_eq!(r.rrule.as_deref(), Some("FREQ=WEEKLY;BYDAY=FR"));
    assert!(r.rotating);
    assert_eq!(
        r.channel,
        Some(Channel::Email {
            to: "equipe@numerique.gouv.fr".into()
        })
    );
    // Sending without an address or a mail named is not a mail ritual.
    let r = find_rituals("Chaque vendredi, on envoie les factures.", RITUALS);
    assert!(r.iter().all(|h| h.value.channel.is_none()), "{r:?}");
}

#[test]
fn image_captions_are_not_rituals() {
    let caption = "Formulaire web permettant de remplir sa rétrospective hebdomadaire \
        Capture d'écran du formulaire de la rétrospective hebdomadaire";
    assert!(find_rituals(caption, RITUALS).is_empty());
    assert_eq!(
        find_rituals("Une rétrospective hebdomadaire a lieu le vendredi.", None).len(),
        1
    );
}
