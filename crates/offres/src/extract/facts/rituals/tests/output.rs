//! What a ritual becomes: its recurrence rule, its JSON, its span in the text, and
//! what is not a ritual at all.

use super::*;

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
