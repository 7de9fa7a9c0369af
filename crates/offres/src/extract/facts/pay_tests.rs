use super::*;
use crate::extract::facts::tester::test_rule;

/// What a test row says of the first pay statement of a phrase.
#[derive(Debug, PartialEq)]
struct Said {
    min: Option<f64>,
    max: Option<f64>,
    period: Option<PayPeriod>,
    basis: Option<PayBasis>,
    before_tax: Option<bool>,
    depends_on: Vec<PayFactor>,
    rule: Option<String>,
}

const fn said(min: Option<f64>, max: Option<f64>, period: Option<PayPeriod>) -> Said {
    Said {
        min,
        max,
        period,
        basis: None,
        before_tax: None,
        depends_on: Vec::new(),
        rule: None,
    }
}

fn read(text: &str) -> Option<Said> {
    let pay = find_pay(text).into_iter().next()?.value;
    Some(Said {
        min: pay.min,
        max: pay.max,
        period: pay.period,
        basis: pay.basis,
        before_tax: pay.before_tax,
        depends_on: pay.depends_on,
        rule: pay.rule,
    })
}

#[test]
fn pay_phrases() {
    use PayBasis::{Gross, Net};
    use PayFactor::{Experience, Profile};
    use PayPeriod::{Day, Month, Year};
    let pass = [
        (
            "TJM envisagé : entre 500 € et 650 € selon profil",
            Said {
                depends_on: vec![Profile],
                ..said(Some(500.0), Some(650.0), Some(Day))
            },
        ),
        (
            "TJM : 450 € HT",
            Said {
                before_tax: Some(true),
                ..said(Some(450.0), Some(450.0), Some(Day))
            },
        ),
        (
            "45–55 k€ brut annuel",
            Said {
                basis: Some(Gross),
                ..said(Some(45000.0), Some(55000.0), Some(Year))
            },
        ),
        (
            "Salaire : entre 38 et 45 K€ bruts annuels",
            Said {
                basis: Some(Gross),
                ..said(Some(38000.0), Some(45000.0), Some(Year))
            },
        ),
        (
            "3 500 € nets mensuels",
            Said {
                basis: Some(Net),
                ..said(Some(3500.0), Some(3500.0), Some(Month))
            },
        ),
        (
            "Le salaire est de 3500 euros nets.",
            Said {
                basis: Some(Net),
                ..said(Some(3500.0), Some(3500.0), Some(Month))
            },
        ),
        (
            "Rémunération à partir de 2 200 € brut par mois",
            Said {
                basis: Some(Gross),
                ..said(Some(2200.0), None, Some(Month))
            },
        ),
        (
            "Rémunération : 30 000 – 70 000 € brut selon expérience",
            Said {
                basis: Some(Gross),
                depends_on: vec![Experience],
                ..said(Some(30000.0), Some(70000.0), Some(Year))
            },
        ),
        (
            "Taux journalier : jusqu'à 850€ selon profil",
            Said {
                depends_on: vec![Profile],
                ..said(None, Some(850.0), Some(Day))
            },
        ),
        (
            "La rémunération prévue est calculée à partir d’un taux journalier à définir \
             en fonction de votre niveau d’expérience, entre 250 et 450 euros HT / jour.",
            Said {
                before_tax: Some(true),
                depends_on: vec![Experience],
                ..said(Some(250.0), Some(450.0), Some(Day))
            },
        ),
        (
            "Nous sommes tous indépendants, rémunérés au même tarif : 600€ HT/jour.",
            Said {
                before_tax: Some(true),
                ..said(Some(600.0), Some(600.0), Some(Day))
            },
        ),
        (
            "Gratification de 577,50 euros/mois pendant toute la durée du stage.",
            said(Some(577.5), Some(577.5), Some(Month)),
        ),
        (
            "Rémunération selon profil",
            Said {
                depends_on: vec![Profile],
                ..said(None, None, None)
            },
        ),
        (
            "Une rémunération selon le profil et l’expérience.",
            Said {
                depends_on: vec![Profile, Experience],
                ..said(None, None, None)
            },
        ),
        (
            "CDD de 3 ans, à temps plein, salaire selon expérience.",
            Said {
                depends_on: vec![Experience],
                ..said(None, None, None)
            },
        ),
        (
            "Taux Journalier Moyen à discuter selon profil",
            Said {
                depends_on: vec![Profile],
                rule: Some("à discuter".to_owned()),
                ..said(None, None, Some(Day))
            },
        ),
        (
            "Rémunération selon la grille indiciaire de la fonction publique.",
            Said {
                rule: Some("selon la grille indiciaire de la fonction publique".to_owned()),
                ..said(None, None, None)
            },
        ),
        (
            "La rémunération est calculée à partir de vos 12 dernières fiches de paie.",
            Said {
                rule: Some("calculée à partir de vos 12 dernières fiches de paie".to_owned()),
                ..said(None, None, None)
            },
        ),
        (
            "Gratification légale de stage.",
            Said {
                rule: Some("Gratification légale".to_owned()),
                ..said(None, None, None)
            },
        ),
        (
            "Rémunération suivant profil (selon grille de l'incubateur beta.gouv.fr : \
             https://doc.incubateur.net/remuneration)",
            Said {
                depends_on: vec![Profile],
                rule: Some("selon grille de l'incubateur beta.gouv.fr".to_owned()),
                ..said(None, None, None)
            },
        ),
        (
            "La grille de taux journaliers est disponible dans la documentation.",
            Said {
                rule: Some("grille de taux journaliers".to_owned()),
                ..said(None, None, Some(Day))
            },
        ),
        (
            "Mission freelance de 6 mois renouvelable (TJM à négocier)",
            Said {
                rule: Some("à négocier".to_owned()),
                ..said(None, None, Some(Day))
            },
        ),
    ];
    let fail = [
        "Le service gère un budget de 2 M€ par an.",
        "Le projet a remporté un marché de 300 000 €.",
        "L'abonnement coûte 10 € par mois pour les usagers.",
        "250 millions d’euros sont mobilisés pour l'inclusion numérique.",
        "En 2021, 80 % des usagers étaient satisfaits.",
        "Une équipe de 12 personnes, dont 3 développeurs.",
        "Envoyez votre CV et votre TJM à equipe@exemple.gouv.fr.",
        "Envoyer une candidature (en précisant votre taux journalier moyen).",
        "Temps partiel possible, 4/5 négociable selon le profil.",
        "Le simulateur calcule le salaire brut et net de chaque salarié.",
        "Une aide de 500 € est versée aux familles.",
        "Développement d'un module open-source de calcul de fiche de paie",
        "Voir https://doc.incubateur.net/communaute/remuneration",
    ];
    let pass: Vec<(&str, Said)> = pass.into_iter().collect();
    test_rule("pay", Some(Fact::Pay), read, &pass, &fail);
}

#[test]
fn each_amount_is_a_statement() {
    let found = find_pay("TJM : 450 € (junior), 650 € (senior)");
    let mins: Vec<_> = found.iter().map(|h| h.value.min).collect();
    assert_eq!(mins, [Some(450.0), Some(650.0)]);
    assert!(found.iter().all(|h| h.value.period == Some(PayPeriod::Day)));
    assert_eq!(found[0].value.currency.as_deref(), Some("EUR"));
}

#[test]
fn under_a_pay_heading_amounts_need_no_pay_word() {
    let text = "Entre 450€ et 600€ par jour suivant le profil.";
    assert!(find_pay(text).is_empty());
    let scanned = Scanned::new(text);
    let found = find_pay_in(&scanned.passage(text, Origin::Body), true);
    let pay = &found[0].value;
    assert_eq!((pay.min, pay.max), (Some(450.0), Some(600.0)));
    assert_eq!(pay.period, Some(PayPeriod::Day));
    assert_eq!(pay.depends_on, [PayFactor::Profile]);
    assert_eq!(pay.text, text.trim_end_matches('.'));
}

#[test]
fn front_matter_values() {
    let daily = pay_from_value("600", true);
    assert_eq!(daily[0].min, Some(600.0));
    assert_eq!(daily[0].period, Some(PayPeriod::Day));
    assert_eq!(daily[0].currency, None);
    let yearly = pay_from_value("45 k€ brut", false);
    assert_eq!(yearly[0].period, Some(PayPeriod::Year));
    assert_eq!(yearly[0].basis, Some(PayBasis::Gross));
    let kept = pay_from_value("voir avec l'équipe", false);
    assert_eq!(kept[0].rule.as_deref(), Some("voir avec l'équipe"));
    assert_eq!(kept[0].min, None);
}
