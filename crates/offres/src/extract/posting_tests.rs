//! Unit tests of the posting builder's text helpers.

use super::*;
use crate::extract::hirer::{programme, subject_organisation};

#[test]
fn roles_are_cleaned() {
    assert_eq!(
        clean_role("Chargé·e de communautés - CDD 3 ans renouvelable H/F"),
        "Chargé·e de communautés"
    );
    assert_eq!(clean_role("[OFFRE POURVUE] Designer (F/H)"), "Designer");
    assert_eq!(clean_role("Développeur·se – CDI"), "Développeur·se");
    assert_eq!(
        clean_role("Chef·fe de projet d’intérêt général"),
        "Chef·fe de projet d'intérêt général"
    );
}

#[test]
fn location_suffixes_are_not_contracts() {
    assert_eq!(clean_role("Développeur - Nantes"), "Développeur - Nantes");
    assert_eq!(
        clean_role("Médiateur·rice (service civique)"),
        "Médiateur·rice"
    );
    assert_eq!(
        clean_role("Alternance – Développeur·se web H/F"),
        "Développeur·se web"
    );
}

#[test]
fn role_after_recrute() {
    assert_eq!(
        role_in_title("L'Incubateur recrute : un.e chef.fe de projets"),
        "un.e chef.fe de projets"
    );
    // "recrutements" is not "recrute".
    assert_eq!(
        role_in_title("Vague de recrutements"),
        "Vague de recrutements"
    );
}

#[test]
fn programme_names() {
    assert_eq!(
        programme("accompagnement du programme Entrepreneurs d’Intérêt Général (F/H)").as_deref(),
        Some("Entrepreneurs d'Intérêt Général")
    );
    assert_eq!(programme("le programme EIG"), None);
    assert_eq!(programme("un programme ambitieux"), None);
}

#[test]
fn subject_organisations() {
    let says = |s: &str| subject_organisation(&[s]);
    assert_eq!(
        says("Data.gouv.fr grandit et recherche deux développeur.e.s en CDD").as_deref(),
        Some("Data.gouv.fr")
    );
    assert_eq!(
        says("Le pôle Données recrute : un·e data scientist").as_deref(),
        Some("pôle Données")
    );
    assert_eq!(says("Profil recherché : autonome"), None);
}
