//! A page that says nothing of its kind is not given one.

use offres::{DiagnosticCode, Page, PageKind};

fn kind(text: &str) -> (PageKind, Vec<DiagnosticCode>) {
    let page = Page::parse(text.as_bytes()).expect("readable");
    let codes = page.diagnostics().iter().map(|d| d.code).collect();
    (page.kind(), codes)
}

#[test]
fn pages_that_say_nothing_are_unclassified() {
    for text in [
        "",
        "Bonjour.",
        "# Notes de réunion\n\nOrdre du jour à compléter.\n",
        "---\ntitle: Notes de réunion\n---\nÀ relire.\n",
    ] {
        let (k, codes) = kind(text);
        assert_eq!(k, PageKind::Unclassified, "{text:?}");
        assert!(
            codes.contains(&DiagnosticCode::Unclassified),
            "{text:?}: {codes:?}"
        );
    }
}

#[test]
fn an_unclassified_page_keeps_its_meta_and_nothing_else() {
    let page = Page::parse(b"---\ntitle: Notes\ntags: [a, b]\nfoo: bar\n---\nTexte.\n").unwrap();
    let Page::Unclassified(u) = &page else {
        panic!("unclassified, got {:?}", page.kind())
    };
    assert_eq!(u.meta.title.as_deref(), Some("Notes"));
    assert_eq!(u.meta.tags, ["a", "b"]);
    let json = serde_json::to_value(&page).unwrap();
    assert_eq!(json["kind"], "unclassified");
    let back: Page = serde_json::from_value(json).unwrap();
    assert_eq!(back, page);
}

#[test]
fn a_page_with_its_own_facts_or_voice_still_gets_a_kind() {
    let rituals = "# Notes\n\nUn point d'équipe a lieu tous les lundis à 10h en visio.\n";
    assert_eq!(kind(rituals).0, PageKind::Team);
    let voice = "# Outillage\n\nNous utilisons Jira et Slack ; notre forge est GitHub.\n";
    assert_eq!(kind(voice).0, PageKind::Team);
    let posting = "---\ntitle: Développeur·euse\ncontrat: CDD\n---\nNous recrutons.\n";
    assert_eq!(kind(posting).0, PageKind::Posting);
}
