//! Weekdays, frequencies and times in French and English wordings.

use super::*;

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
