//! Unit tests of the body layer, on small French pages written for the purpose.

use std::fmt::Write as _;

use super::*;
use crate::document::span::LineIndex;

/// Parses a page with no front matter.
fn parse(text: &str) -> Body {
    let lines = LineIndex::new(text);
    parse_body(text, 0, &lines)
}

/// Parses `body` after a front matter of `fm_lines` lines (delimiters included).
fn parse_after(fm_lines: usize, body: &str) -> Body {
    assert!(fm_lines >= 2);
    let mut text = String::from("---\n");
    for i in 0..fm_lines - 2 {
        let _ = writeln!(text, "cle{i}: valeur");
    }
    text.push_str("---\n");
    let start = text.len();
    text.push_str(body);
    let lines = LineIndex::new(&text);
    parse_body(&text, start, &lines)
}

fn texts(body: &Body) -> Vec<(BlockKind, &str)> {
    body.blocks
        .iter()
        .map(|b| (b.kind, b.text.as_str()))
        .collect()
}

fn titles(body: &Body) -> Vec<(&str, u8, HeadingKind)> {
    body.sections
        .iter()
        .map(|s| (s.title.as_str(), s.level, s.kind))
        .collect()
}

fn emails(body: &Body) -> Vec<(&str, u32, EmailSource)> {
    body.emails
        .iter()
        .map(|e| (e.address.as_str(), e.span.start, e.via))
        .collect()
}

fn links(body: &Body) -> Vec<(LinkKind, &str, &str, u32)> {
    body.links
        .iter()
        .map(|l| (l.kind, l.text.as_str(), l.url.as_str(), l.span.start))
        .collect()
}

mod body_page {
    include!("../../../benches/samples/body_page.rs");
}
use body_page::synthetic_page;

#[test]
fn empty_and_marker_only_bodies() {
    let body = parse("");
    assert_eq!(body, Body::default());
    let body = parse_after(4, "");
    assert_eq!(body, Body::default());
    let body = parse("<!--more-->\n");
    assert!(body.excerpt.is_none());
    assert!(body.blocks.is_empty());
    let body = parse("   \n\n");
    assert!(body.blocks.is_empty());
}

#[test]
fn excerpt_on_its_own_line() {
    let body = parse_after(
        3,
        "L'équipe **Aides Locales** cherche\nun·e chargé·e de déploiement.\n\n<!--more-->\n\n## Missions\n",
    );
    let x = body.excerpt.as_ref().unwrap();
    assert_eq!(
        x.text,
        "L'équipe **Aides Locales** cherche\nun·e chargé·e de déploiement."
    );
    assert_eq!(x.span, LineSpan::new(4, 5));
    assert_eq!(
        body.excerpt_text(),
        Some("L'équipe **Aides Locales** cherche\nun·e chargé·e de déploiement.")
    );
    // The marker leaves no block behind.
    assert_eq!(
        texts(&body),
        [
            (
                BlockKind::Paragraph,
                "L'équipe Aides Locales cherche\nun·e chargé·e de déploiement."
            ),
            (BlockKind::Heading, "Missions"),
        ]
    );
}

#[test]
fn excerpt_with_spaces_and_inline() {
    let body = parse("Accroche.\n\n<!-- more -->\nSuite.\n");
    assert_eq!(body.excerpt_text(), Some("Accroche."));
    let body = parse("\n\nPremière ligne\net fin de l'accroche.<!--more-->\n\nLa suite.\n");
    let x = body.excerpt.unwrap();
    assert_eq!(x.text, "Première ligne\net fin de l'accroche.");
    assert_eq!(x.span, LineSpan::new(3, 4));
    assert_eq!(body.blocks[0].text, "Première ligne\net fin de l'accroche.");
    let body = parse("Accroche <!--   MORE   --> et suite\n");
    assert_eq!(body.excerpt_text(), Some("Accroche"));
}

#[test]
fn no_excerpt_without_marker_or_in_code() {
    assert!(parse("Texte simple.\n").excerpt.is_none());
    assert!(parse("```\n<!--more-->\n```\n").excerpt.is_none());
    assert!(parse("Un `<!--more-->` cité.\n").excerpt.is_none());
    assert!(parse("<!-- plus -->\nTexte\n").excerpt.is_none());
}

#[test]
fn atx_sections_nest() {
    let body = parse(
        "# Offre\n\nIntro.\n\n## Le poste\nTexte du poste.\n\n### Détails\n- un\n- deux\n\n## Profil\nFin.\n",
    );
    assert_eq!(
        titles(&body),
        [
            ("Offre", 1, HeadingKind::Atx),
            ("Le poste", 2, HeadingKind::Atx),
            ("Détails", 3, HeadingKind::Atx),
            ("Profil", 2, HeadingKind::Atx),
        ]
    );
    let s = &body.sections;
    assert_eq!(s[0].parent, None);
    assert_eq!(s[1].parent, Some(0));
    assert_eq!(s[2].parent, Some(1));
    assert_eq!(s[3].parent, Some(0));
    assert_eq!(s[0].blocks, 1..body.blocks.len());
    assert_eq!(s[1].span, LineSpan::new(5, 10));
    assert_eq!(s[1].heading_line, 5);
    assert_eq!(s[2].span, LineSpan::new(8, 10));
    assert_eq!(s[3].span, LineSpan::new(12, 13));
    let in_poste: Vec<&str> = body.blocks_in(1).iter().map(|b| b.text.as_str()).collect();
    assert_eq!(in_poste, ["Texte du poste.", "Détails", "un", "deux"]);
    assert_eq!(body.blocks[3].section, Some(1));
    assert_eq!(body.blocks[4].section, Some(2)); // "Détails" heading is in its own section
    assert_eq!(body.blocks[5].section, Some(2));
    assert!(body.blocks_in(99).is_empty());
}

#[test]
fn atx_without_space() {
    let body = parse("###La Startup recrute !\nTexte juste après.\n\n##Missions :\n- coder\n");
    assert_eq!(
        titles(&body),
        [
            ("La Startup recrute !", 3, HeadingKind::Atx),
            ("Missions", 2, HeadingKind::Atx)
        ]
    );
    assert_eq!(body.sections[0].span, LineSpan::new(1, 2));
    assert_eq!(body.blocks[1].text, "Texte juste après.");
    assert_eq!(body.blocks[1].span, LineSpan::line(2));
    // Hashtags, headings inside code, and 7 hashes stay as they are.
    let body = parse(
        "#opendata #etalab\n\n#1 du classement\n\n```sh\n#!/bin/sh\n##commentaire\n```\n\n#######trop\n",
    );
    assert!(body.sections.is_empty());
    assert_eq!(
        texts(&body),
        [
            (BlockKind::Paragraph, "#opendata #etalab"),
            (BlockKind::Paragraph, "#1 du classement"),
            (BlockKind::Code, "#!/bin/sh\n##commentaire"),
            (BlockKind::Paragraph, "#######trop"),
        ]
    );
    // A lone word after one hash is a heading.
    assert_eq!(
        titles(&parse("#Mission\n")),
        [("Mission", 1, HeadingKind::Atx)]
    );
}

#[test]
fn titles_are_cleaned() {
    let body = parse(
        "## :wave: Qui sommes-nous\u{a0}?\n\n### Savoirs\u{a0}: \n\nTitre\nsur deux lignes\n---\n",
    );
    assert_eq!(
        titles(&body),
        [
            (":wave: Qui sommes-nous ?", 2, HeadingKind::Atx),
            ("Savoirs", 3, HeadingKind::Atx),
            ("Titre sur deux lignes", 2, HeadingKind::Setext),
        ]
    );
    assert_eq!(body.blocks[2].text, "Titre\nsur deux lignes");
    assert_eq!(body.blocks[2].line_of(6), 6);
}

#[test]
fn atx_heading_all_bold_and_closing_hashes() {
    let body = parse("## **Le contexte** ##\n\n### __Vos missions__ :\n");
    assert_eq!(
        titles(&body),
        [
            ("Le contexte", 2, HeadingKind::Atx),
            ("Vos missions", 3, HeadingKind::Atx)
        ]
    );
    assert_eq!(body.blocks[1].text, "Vos missions :");
}

#[test]
fn setext_sections_follow_commonmark() {
    let body =
        parse("Profil recherché\n================\n\nTexte.\n\nModalités\n---\nTélétravail.\n");
    assert_eq!(
        titles(&body),
        [
            ("Profil recherché", 1, HeadingKind::Setext),
            ("Modalités", 2, HeadingKind::Setext)
        ]
    );
    assert_eq!(body.sections[0].span, LineSpan::new(1, 8));
    assert_eq!(body.blocks[0].span, LineSpan::new(1, 2));
    assert_eq!(body.sections[1].span, LineSpan::new(6, 8));
    assert_eq!(body.sections[1].parent, Some(0));
    // After a blank line, `---` is a rule: no section.
    let body = parse("Texte.\n\n---\n\nSuite.\n");
    assert!(body.sections.is_empty());
    assert_eq!(body.blocks.len(), 2);
}

#[test]
fn bold_pseudo_headings() {
    let body = parse(
        "**Profil recherché**\n\n__Missions__\n\n**Savoir-faire :**\n\n**Savoirs** :\n\n***Contexte***\n\n\
         *Qui sommes-nous ?*\n\n**Le poste** \n",
    );
    assert_eq!(
        titles(&body),
        [
            ("Profil recherché", BOLD_LEVEL, HeadingKind::Bold),
            ("Missions", 7, HeadingKind::Bold),
            ("Savoir-faire", 7, HeadingKind::Bold),
            ("Savoirs", 7, HeadingKind::Bold),
            ("Contexte", 7, HeadingKind::Bold),
            ("Qui sommes-nous ?", 7, HeadingKind::Bold),
            ("Le poste", 7, HeadingKind::Bold),
        ]
    );
    assert!(body.blocks.iter().all(|b| b.kind == BlockKind::Heading));
    assert_eq!(body.blocks[2].text, "Savoir-faire :");
}

#[test]
fn bold_sentences_are_not_headings() {
    let body = parse(
        "**Ce poste a été pourvu.**\n\n_Poste ouvert le 01/07/2019_\n\n**[Candidater](https://x.fr)**\n\n\
         **Tu veux mettre ton talent au service de l'intérêt général en aidant les tribunaux à juger plus vite ?**\n\n\
         **Gras** puis du texte.\n\n- **Missions**\n\n> **Citation**\n\n**Contrat**, CDD\n\n**A** **B**\n",
    );
    assert!(body.sections.is_empty(), "{:?}", titles(&body));
}

#[test]
fn bold_first_line_splits_the_paragraph() {
    let body = parse_after(
        5,
        "**Qui sommes-nous ?**\nUne équipe de 4 personnes\nà Lyon.\n\n**Ta mission**  \nConvertir les usagers.\n",
    );
    assert_eq!(
        titles(&body),
        [
            ("Qui sommes-nous ?", 7, HeadingKind::Bold),
            ("Ta mission", 7, HeadingKind::Bold)
        ]
    );
    let b = &body.blocks;
    assert_eq!(b.len(), 4);
    assert_eq!(
        (b[0].kind, b[0].text.as_str(), b[0].span),
        (BlockKind::Heading, "Qui sommes-nous ?", LineSpan::line(6))
    );
    assert_eq!(b[1].kind, BlockKind::Paragraph);
    assert_eq!(b[1].text, "Une équipe de 4 personnes\nà Lyon.");
    assert_eq!(b[1].span, LineSpan::new(7, 8));
    assert_eq!(b[1].line_starts, [(0, 7), (27, 8)]);
    assert_eq!(b[1].section, Some(0));
    assert_eq!(body.sections[0].span, LineSpan::new(6, 8));
    assert_eq!(body.sections[0].blocks, 1..2);
    assert_eq!(b[3].text, "Convertir les usagers.");
    assert_eq!(b[3].span, LineSpan::line(11));
    // A bold first line ending a sentence stays in its paragraph.
    let body = parse("**Réhabiliter une friche, ce n'est pas simple.**\nDéjà, une friche ?\n");
    assert!(body.sections.is_empty());
}

#[test]
fn bold_sections_end_at_any_heading() {
    let body = parse(
        "## Votre profil\n\n**Savoirs :**\n- Python\n- SQL\n\n**Savoir-être :**\n- curiosité\n\n## Modalités\nCDD.\n",
    );
    let s = &body.sections;
    assert_eq!(s[1].parent, Some(0));
    assert_eq!(s[2].parent, Some(0));
    let savoirs: Vec<&str> = body.blocks_in(1).iter().map(|b| b.text.as_str()).collect();
    assert_eq!(savoirs, ["Python", "SQL"]);
    assert_eq!(s[1].span, LineSpan::new(3, 5));
    assert_eq!(body.blocks_in(0).len(), 5);
    assert_eq!(s[0].span, LineSpan::new(1, 8));
}

#[test]
fn heading_directly_followed_by_list() {
    let body = parse("## Missions\n- concevoir\n- livrer\n**Profil :**\n* autonome\n");
    assert_eq!(
        texts(&body),
        [
            (BlockKind::Heading, "Missions"),
            (BlockKind::ListItem, "concevoir"),
            (BlockKind::ListItem, "livrer\nProfil :"),
            (BlockKind::ListItem, "autonome"),
        ]
    );
    assert_eq!(body.sections[0].blocks, 1..4);
}

#[test]
fn nested_lists_have_depth_and_own_text() {
    let body = parse_after(
        4,
        "* Développer l'API\n  en lien avec l'équipe\n    * écrire les tests\n      + en Rust\n    * relire\n* Déployer\n\n\
         1. Premier\n2. Second\n   1) sous-étape\n\n+ plus\n",
    );
    let rows: Vec<(&str, u8, bool, LineSpan)> = body
        .blocks
        .iter()
        .map(|b| (b.text.as_str(), b.list_depth, b.ordered, b.span))
        .collect();
    assert_eq!(
        rows,
        [
            (
                "Développer l'API\nen lien avec l'équipe",
                1,
                false,
                LineSpan::new(5, 6)
            ),
            ("écrire les tests", 2, false, LineSpan::line(7)),
            ("en Rust", 3, false, LineSpan::line(8)),
            ("relire", 2, false, LineSpan::line(9)),
            ("Déployer", 1, false, LineSpan::line(10)),
            ("Premier", 1, true, LineSpan::line(12)),
            ("Second", 1, true, LineSpan::line(13)),
            ("sous-étape", 2, true, LineSpan::line(14)),
            ("plus", 1, false, LineSpan::line(16)),
        ]
    );
    assert!(body.blocks.iter().all(|b| b.kind == BlockKind::ListItem));
    assert_eq!(body.blocks[0].line_of(0), 5);
    assert_eq!(body.blocks[0].line_of(17), 5);
    assert_eq!(body.blocks[0].line_of(18), 6);
}

#[test]
fn loose_list_items_and_odd_indentation() {
    let body = parse(
        "- Premier paragraphe.\n\n  Second paragraphe.\n\n- Autre\n   suite mal indentée\nsuite paresseuse\n",
    );
    assert_eq!(
        texts(&body),
        [
            (
                BlockKind::ListItem,
                "Premier paragraphe.\nSecond paragraphe."
            ),
            (
                BlockKind::ListItem,
                "Autre\nsuite mal indentée\nsuite paresseuse"
            ),
        ]
    );
    assert_eq!(body.blocks[0].span, LineSpan::new(1, 3));
    assert_eq!(body.blocks[1].span, LineSpan::new(5, 7));
}

#[test]
fn plain_text_strips_markup() {
    let body = parse(
        "Un **poste** _ouvert_ en [CDD](https://x.fr \"titre\") de `3 ans`, ~~2 ans~~ ![logo](logo.png) \
         <strong>Paris</strong>&nbsp;: 40&nbsp;k€ &amp; primes &eacute;\\*  \nligne 2<br>ligne 3<br/>ligne 4<br />fin 🎉\n",
    );
    assert_eq!(
        body.blocks[0].text,
        "Un poste ouvert en CDD de 3 ans, 2 ans  Paris\u{a0}: 40\u{a0}k€ & primes é*\nligne 2\nligne 3\nligne 4\nfin 🎉"
    );
    assert_eq!(
        body.blocks[0].line_starts.last(),
        Some(&(body.blocks[0].line_starts.last().unwrap().0, 2))
    );
}

#[test]
fn html_blocks_give_text_links_and_emails() {
    let body = parse_after(
        2,
        "<div class=\"encart\">\n  <p>Contact&nbsp;: <a href=\"mailto:jean.dupont@beta.gouv.fr\">jean.dupont@beta.gouv.fr</a></p>\n  \
         <p>Site : <a href='https://beta.gouv.fr/startups/'>la fiche</a><br>\n  ou marie@culture.gouv.fr</p>\n</div>\n",
    );
    assert_eq!(
        texts(&body),
        [(
            BlockKind::Html,
            "Contact\u{a0}: jean.dupont@beta.gouv.fr\nSite : la fiche\nou marie@culture.gouv.fr"
        )]
    );
    let b = &body.blocks[0];
    assert_eq!(b.span, LineSpan::new(3, 7));
    assert_eq!(b.line_of(b.text.find("Site").unwrap()), 5);
    assert_eq!(b.line_of(b.text.find("marie").unwrap()), 6);
    assert_eq!(
        links(&body),
        [
            (
                LinkKind::Html,
                "jean.dupont@beta.gouv.fr",
                "mailto:jean.dupont@beta.gouv.fr",
                4
            ),
            (
                LinkKind::Html,
                "la fiche",
                "https://beta.gouv.fr/startups/",
                5
            ),
        ]
    );
    assert_eq!(
        emails(&body),
        [
            ("jean.dupont@beta.gouv.fr", 4, EmailSource::Mailto),
            ("marie@culture.gouv.fr", 6, EmailSource::Text),
        ]
    );
}

#[test]
fn emails_from_every_source() {
    let body = parse(
        "Envoyez votre CV à `candidatures-DINUM@pm.gouv.fr`.\n\
         Ou [écrivez-nous](mailto:Recrutement@Beta.gouv.fr?subject=Candidature%20dev) ;\n\
         ou <equipe@numerique.gouv.fr>, ou directement jean.martin@culture.gouv.fr.\n\
         Encore jean.martin@culture.gouv.fr et jean.martin@culture.gouv.fr\n\
         Pas d'adresse : Loc@docs, @etalab, a@b.\n\n\
         ```\nlogs@exemple.fr\n```\n",
    );
    assert_eq!(
        emails(&body),
        [
            ("candidatures-DINUM@pm.gouv.fr", 1, EmailSource::Code),
            ("Recrutement@Beta.gouv.fr", 2, EmailSource::Mailto),
            ("equipe@numerique.gouv.fr", 3, EmailSource::Autolink),
            ("jean.martin@culture.gouv.fr", 3, EmailSource::Text),
            ("jean.martin@culture.gouv.fr", 4, EmailSource::Text),
            ("logs@exemple.fr", 8, EmailSource::Code),
        ]
    );
}

#[test]
fn mailto_with_several_addresses_and_link_text_repeats() {
    let body = parse("[a@b.fr](mailto:a@b.fr,c@d.fr) et [x@y.fr](https://y.fr/contact)\n");
    assert_eq!(
        emails(&body),
        [
            ("a@b.fr", 1, EmailSource::Mailto),
            ("c@d.fr", 1, EmailSource::Mailto),
            ("x@y.fr", 1, EmailSource::Text),
        ]
    );
}

#[test]
fn link_kinds() {
    let body = parse_after(
        3,
        "Voir [le site](https://beta.gouv.fr/), [la fiche][fiche], [Etalab] et <https://code.gouv.fr>.\n\
         Lien nu : https://www.data.gouv.fr/fr/datasets/?q=emploi. (voir https://fr.wikipedia.org/wiki/Rust_(langage)).\n\
         Pas deux fois : [https://a.fr](https://a.fr). Ni en code : `https://b.fr`.\n\
         «https://c.fr» et <a href=\"https://d.fr\">D</a>\n\n\
         [fiche]: https://beta.gouv.fr/startups/fiche.html\n[etalab]: https://etalab.gouv.fr\n",
    );
    assert_eq!(
        links(&body),
        [
            (LinkKind::Inline, "le site", "https://beta.gouv.fr/", 4),
            (
                LinkKind::Reference,
                "la fiche",
                "https://beta.gouv.fr/startups/fiche.html",
                4
            ),
            (LinkKind::Reference, "Etalab", "https://etalab.gouv.fr", 4),
            (
                LinkKind::Autolink,
                "https://code.gouv.fr",
                "https://code.gouv.fr",
                4
            ),
            (
                LinkKind::Bare,
                "https://www.data.gouv.fr/fr/datasets/?q=emploi",
                "https://www.data.gouv.fr/fr/datasets/?q=emploi",
                5
            ),
            (
                LinkKind::Bare,
                "https://fr.wikipedia.org/wiki/Rust_(langage)",
                "https://fr.wikipedia.org/wiki/Rust_(langage)",
                5
            ),
            (LinkKind::Inline, "https://a.fr", "https://a.fr", 6),
            (LinkKind::Html, "D", "https://d.fr", 7),
            (LinkKind::Bare, "https://c.fr", "https://c.fr", 7),
        ]
    );
}

#[test]
fn line_numbers_after_front_matter() {
    let body = parse_after(
        5,
        "Intro sur\ndeux lignes.\n\n## Missions\n\n- coder\n- tester avec `qa@beta.gouv.fr`\n\nVoir https://beta.gouv.fr.\n",
    );
    assert_eq!(body.blocks[0].span, LineSpan::new(6, 7));
    assert_eq!(body.blocks[0].line_starts, [(0, 6), (10, 7)]);
    assert_eq!(body.blocks[0].line_of(10), 7);
    assert_eq!(body.sections[0].heading_line, 9);
    assert_eq!(body.sections[0].span, LineSpan::new(9, 14));
    assert_eq!(body.blocks[3].span, LineSpan::line(12));
    assert_eq!(emails(&body), [("qa@beta.gouv.fr", 12, EmailSource::Code)]);
    assert_eq!(
        links(&body),
        [(
            LinkKind::Bare,
            "https://beta.gouv.fr",
            "https://beta.gouv.fr",
            14
        )]
    );
}

#[test]
fn br_at_line_end_is_one_break() {
    let body = parse("- **API Rest**<br/>\n_Scala, Play!_<br/>\nPostgreSQL<br>  \nfin\n");
    let b = &body.blocks[0];
    assert_eq!(b.text, "API Rest\nScala, Play!\nPostgreSQL\nfin");
    assert_eq!(b.line_of(b.text.find("Scala").unwrap()), 2);
    assert_eq!(b.line_of(b.text.find("fin").unwrap()), 4);
}

#[test]
fn line_of_traces_each_line() {
    let body = parse("Première ligne  \ndeuxième<br>même ligne\n   troisième\n");
    let b = &body.blocks[0];
    assert_eq!(b.text, "Première ligne\ndeuxième\nmême ligne\ntroisième");
    assert_eq!(b.line_of(0), 1);
    assert_eq!(b.line_of(b.text.find("deux").unwrap()), 2);
    assert_eq!(b.line_of(b.text.find("même").unwrap()), 2);
    assert_eq!(b.line_of(b.text.find("troisième").unwrap()), 3);
    assert_eq!(b.line_of(10_000), 3);
    let empty = Block {
        kind: BlockKind::ListItem,
        text: String::new(),
        span: LineSpan::line(4),
        section: None,
        list_depth: 1,
        ordered: false,
        quoted: false,
        line_starts: Vec::new(),
    };
    assert_eq!(empty.line_of(0), 4);
}

#[test]
fn quotes_tables_code_and_tasks() {
    let body = parse(
        "> Le télétravail est possible\n> deux jours par semaine.\n\n| Jour | Rituel |\n|---|---|\n| lundi | **stand-up** |\n\n\
         - [x] tâche faite\n- [ ] à faire\n\nTexte.\n\n    code indenté\n\n~~~\nfence\n~~~\n",
    );
    assert_eq!(
        texts(&body),
        [
            (
                BlockKind::Paragraph,
                "Le télétravail est possible\ndeux jours par semaine."
            ),
            (BlockKind::TableRow, "Jour\tRituel"),
            (BlockKind::TableRow, "lundi\tstand-up"),
            (BlockKind::ListItem, "tâche faite"),
            (BlockKind::ListItem, "à faire"),
            (BlockKind::Paragraph, "Texte."),
            (BlockKind::Code, "code indenté"),
            (BlockKind::Code, "fence"),
        ]
    );
    assert!(body.blocks[0].quoted);
    assert!(!body.blocks[1].quoted);
    assert_eq!(body.blocks[2].span, LineSpan::line(6));
    assert_eq!(body.blocks[7].line_of(0), 16);
}

#[test]
fn long_lines_emoji_and_stray_carriage_returns() {
    let long = "Très longue ligne 🚀 avec jean@beta.gouv.fr ".repeat(5_000);
    let body = parse(&format!("{long}\n\n## Fin\r\n"));
    assert_eq!(body.blocks.len(), 2);
    assert_eq!(body.emails.len(), 1);
    assert_eq!(body.sections[0].title, "Fin");
    let body = parse("a\rb\n\r\n**Titre**\r");
    assert!(!body.blocks.is_empty());
}

#[test]
fn helpers_match_titles_loosely() {
    let body = parse(
        "## Profil recherché :\n\n**Savoir-être**\n\n## Modalités pratiques\n\n## Œuvres d’État\n",
    );
    let found: Vec<usize> = body
        .sections_matching(&["PROFIL RECHERCHE", "modalites"])
        .map(|(i, _)| i)
        .collect();
    assert_eq!(found, [0, 2]);
    assert_eq!(body.sections_matching(&["savoir etre"]).count(), 0);
    assert_eq!(body.sections_matching(&["savoir-etre"]).count(), 1);
    assert_eq!(body.sections_matching(&["oeuvres d'etat"]).count(), 1);
    assert_eq!(body.sections_matching(&["", "  "]).count(), 0);
    let (i, s) = body
        .section_by_title(|t| t.starts_with("Modalités"))
        .unwrap();
    assert_eq!((i, s.level), (2, 2));
    assert_eq!(
        body.section_of(1).map(|s| s.title.as_str()),
        Some("Savoir-être")
    );
    assert!(body.section_of(99).is_none());
}

#[test]
fn serde_shape_is_snake_case() {
    let body = parse("## Titre\n\nVoir <a@b.fr>.\n");
    let v = serde_json::to_value(&body).unwrap();
    assert_eq!(v["sections"][0]["kind"], "atx");
    assert_eq!(v["sections"][0]["blocks"]["start"], 1);
    assert_eq!(v["sections"][0]["blocks"]["end"], 2);
    assert_eq!(v["blocks"][1]["kind"], "paragraph");
    assert_eq!(v["blocks"][1]["line_starts"], serde_json::json!([]));
    assert_eq!(v["links"][0]["kind"], "autolink");
    assert_eq!(v["emails"][0]["via"], "autolink");
    let back: Body = serde_json::from_value(v).unwrap();
    assert_eq!(back, body);
    let two = serde_json::to_value(parse("Deux\nlignes\n")).unwrap();
    assert_eq!(
        two["blocks"][0]["line_starts"],
        serde_json::json!([[0, 1], [5, 2]])
    );
}

#[test]
fn synthetic_page_parses() {
    let page = synthetic_page();
    assert!(page.len() >= 5000);
    let body = parse(&page);
    assert!(body.excerpt.is_some());
    assert!(body.sections_matching(&["savoir-faire"]).count() == 1);
    assert!(body.emails.iter().any(|e| e.via == EmailSource::Mailto));
    assert!(body.links.iter().any(|l| l.kind == LinkKind::Reference));
}
