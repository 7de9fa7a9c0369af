//! Building a `Posting` from the shared context.

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::document::body::BlockKind;
use crate::extract::dialect::Meaning;
use crate::extract::facts::apply::{
    email_in_value, find_reference, find_reference_in, is_apply_folded, is_apply_sentence,
    is_apply_url, is_handle,
};
use crate::extract::facts::closing::find_closing_in;
use crate::extract::facts::contract::{
    ContractMention, contract_kinds_from_value, find_contracts, find_contracts_in,
    resolve_contracts,
};
use crate::extract::facts::education::find_education_in;
use crate::extract::facts::experience::find_experience_in;
use crate::extract::facts::languages::find_languages_in;
use crate::extract::facts::part_time::{find_part_time, find_part_time_in};
use crate::extract::facts::place::{find_locations_in, location_from_value, resolve_location};
use crate::extract::facts::remote::{find_remote_in, remote_from_value, resolve_remote};
use crate::extract::facts::skills::SkillKind;
use crate::extract::facts::start::find_start_in;
use crate::extract::facts::status::{find_status_in, loose_bool, status_word};
use crate::extract::facts::team_size::find_team_size_in;
use crate::extract::facts::tech::{find_tech, tech_from_value};
use crate::model::{Contact, PartTime, PartialDate, Posting, Skills, Source, Status};
use crate::text::dates::parse_date_text;
use crate::text::{Origin, fold};

use super::hirer::organisation;
use super::{Cx, string_list};

pub(super) fn build(cx: &mut Cx<'_>) -> Posting {
    let mut p = Posting::default();
    role(cx, &mut p);
    status(cx, &mut p);
    organisation(cx, &mut p);
    contracts(cx, &mut p);
    place(cx, &mut p);
    dates(cx, &mut p);
    profile(cx, &mut p);
    apply(cx, &mut p);
    if let Some(f) = cx.field(Meaning::Junior) {
        p.junior = loose_bool(&f.value);
        cx.source("junior", Source::key(&f.key, f.line));
    }
    if let Some(f) = cx.field(Meaning::Domains) {
        p.domains = string_list(&f.value);
        cx.source("domains", Source::key(&f.key, f.line));
    }
    super::terms::terms(cx, &mut p);
    p.meta = std::mem::take(&mut cx.meta);
    p
}

/// The role: a front matter `roles`/`role`, else the quoted role of an "offre d'emploi"
/// heading or title, else the title itself; suffixes stripped.
fn role(cx: &mut Cx<'_>, p: &mut Posting) {
    if let Some(f) = cx.field(Meaning::Role)
        && let Some(v) = f
            .value
            .scalar_text()
            .or_else(|| string_list(&f.value).into_iter().next())
    {
        p.role = Some(clean_role(&v));
        cx.source("role", Source::key(&f.key, f.line));
        return;
    }
    let heading = cx.body.blocks.iter().take(4).find(|b| {
        b.kind == BlockKind::Heading && quoted(&b.text).is_some() && fold(&b.text).contains("offre")
    });
    if let Some(h) = heading
        && let Some(q) = quoted(&h.text)
    {
        p.role = Some(clean_role(q));
        cx.source("role", Source::body(h.span.start, h.span.end));
        return;
    }
    if let Some(title) = cx.meta.title.clone() {
        let role = quoted(&title).map_or_else(|| role_in_title(&title), clean_role);
        if !role.is_empty() {
            p.role = Some(role);
            if let Some(s) = cx.meta.sources.get("title").cloned() {
                cx.source("role", s);
            }
        }
    }
}

/// The text between «…», “…” or "…" in a title, if any.
fn quoted(text: &str) -> Option<&str> {
    for (open, close) in [('«', '»'), ('“', '”'), ('"', '"')] {
        if let Some(a) = text.find(open) {
            let rest = &text[a + open.len_utf8()..];
            if let Some(b) = rest.find(close) {
                let q = rest[..b].trim();
                if q.chars().count() > 3 {
                    return Some(q);
                }
            }
        }
    }
    None
}

/// "X recrute : un·e chargé·e de …" → "un·e chargé·e de …"; otherwise the title cleaned.
fn role_in_title(title: &str) -> String {
    let f = fold(title);
    for cue in [
        " recrute :",
        " recrute",
        " recherche :",
        " recherche",
        " cherche :",
        " cherche",
    ] {
        // "recrute" but not "recrutements": the cue must end a word.
        let found = f.match_indices(cue).map(|(i, _)| i).find(|&i| {
            !f[i + cue.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        });
        if let Some(i) = found {
            let after = i + cue.len();
            // Folding keeps byte offsets close but not equal: cut by characters.
            let chars_before = f[..after].chars().count();
            let rest: String = title.chars().skip(chars_before).collect();
            let rest = rest.trim_start_matches([':', ' ', '-']);
            if rest.chars().count() > 3 {
                return clean_role(rest);
            }
        }
    }
    clean_role(title)
}

/// Strip "[OFFRE POURVUE]", "H/F", contract suffixes and quotes from a role.
pub(crate) fn clean_role(raw: &str) -> String {
    let mut s = raw.trim().replace(['’', 'ʼ'], "'");
    // Bracketed banners: "[OFFRE POURVUE] Développeur" → "Développeur".
    while s.starts_with('[') {
        match s.find(']') {
            Some(i) => s = s[i + 1..].trim().to_owned(),
            None => break,
        }
    }
    for suffix in [
        "(H/F)", "(F/H)", "H/F", "F/H", "(h/f)", "(f/h)", "h/f", "f/h", "(H/F/X)", "(F/H/X)",
    ] {
        if let Some(stripped) = s.trim_end().strip_suffix(suffix) {
            s = stripped.trim_end().to_owned();
        }
    }
    // "Alternance – Développeur·se web": a contract prefix is a fact of its own too.
    for sep in [" – ", " - ", " — ", " : "] {
        if let Some(i) = s.find(sep) {
            let head = fold(&s[..i]);
            if [
                "alternance",
                "stage",
                "cdd",
                "cdi",
                "freelance",
                "service civique",
                "apprentissage",
                "offre de stage",
                "offre d'emploi",
            ]
            .contains(&head.trim())
            {
                s = s[i + sep.len()..].trim().to_owned();
            }
        }
    }
    // " - CDD 3 ans renouvelable", " – CDI", " (CDD)": contract facts of their own.
    let folded = fold(&s);
    for sep in [" - ", " – ", " — ", " | ", " ("] {
        if let Some(i) = s.rfind(sep) {
            let tail = fold(&s[i..]);
            // Whole words only: "Nantes" is not "ans". The tail is split into words once.
            let words: Vec<&str> = crate::text::words(&tail)
                .map(|(a, b)| &tail[a..b])
                .collect();
            if [
                "cdd",
                "cdi",
                "stage",
                "alternance",
                "freelance",
                "contrat",
                "mois",
                "ans",
                "temps partiel",
                "service civique",
                "independant",
                "prestataire",
            ]
            .iter()
            .any(|w| words.contains(w) || (w.contains(' ') && tail.contains(w)))
                && !folded.starts_with(tail.trim_start_matches([' ', '-', '(']))
            {
                s.truncate(i);
            }
        }
    }
    s.trim()
        .trim_matches(|c: char| matches!(c, '"' | '«' | '»' | '“' | '”' | ':' | ' '))
        .trim()
        .to_owned()
}

/// Status from the front matter and the page's words; disagreements are reported.
fn status(cx: &mut Cx<'_>, p: &mut Posting) {
    let mut claims: Vec<(Status, Source, String)> = Vec::new();
    if let Some(f) = cx.field(Meaning::Filled)
        && loose_bool(&f.value) == Some(true)
    {
        claims.push((
            Status::Filled,
            Source::key(&f.key, f.line),
            format!("{}: {}", f.key, f.value),
        ));
    }
    if let Some(f) = cx.field(Meaning::Status)
        && let Some(st) = f.value.scalar_text().as_deref().and_then(status_word)
    {
        claims.push((
            st,
            Source::key(&f.key, f.line),
            format!("{}: {}", f.key, f.value),
        ));
    }
    if let Some(f) = cx.field(Meaning::Open) {
        match loose_bool(&f.value) {
            Some(b) => claims.push((
                if b { Status::Open } else { Status::Closed },
                Source::key(&f.key, f.line),
                format!("{}: {}", f.key, f.value),
            )),
            None => cx.diagnostic(
                Diagnostic::new(
                    DiagnosticCode::UntypedValue,
                    Severity::Warning,
                    f.line,
                    f.column,
                    format!(
                        "{} is not a yes/no value; the status is left to the text",
                        quote(&f.value.to_string())
                    ),
                )
                .with_path(f.key.clone()),
            ),
        }
    }
    if let Some(title) = cx.meta.title.clone()
        && let Some(h) = cx
            .title_passage()
            .and_then(|t| find_status_in(&t).into_iter().next())
    {
        let src = cx
            .meta
            .sources
            .get("title")
            .cloned()
            .unwrap_or_else(|| Source::body(0, 0));
        claims.push((h.value, src, title.clone()));
    }
    for (b, passage) in cx.prose_passages() {
        if let Some(h) = find_status_in(&passage).into_iter().next() {
            claims.push((h.value, Cx::block_source(b, h.start, h.end), b.text.clone()));
        }
    }
    // The most specific claim wins: filled, then closed, then open.
    let rank = |s: Status| match s {
        Status::Filled => 3,
        Status::Closed => 2,
        Status::Open => 1,
        Status::Unknown => 0,
    };
    let Some(best) = claims.iter().max_by_key(|(s, _, _)| rank(*s)).cloned() else {
        return;
    };
    p.status = best.0;
    cx.source("status", best.1.clone());
    for (st, src, text) in &claims {
        let agree = *st == best.0 || (best.0 == Status::Filled && *st == Status::Closed);
        if !agree {
            cx.diagnostic(Diagnostic::new(
                DiagnosticCode::Conflict,
                Severity::Warning,
                src.line,
                1,
                format!(
                    "{} says the offer is {}, but line {} says {}: kept {}",
                    quote(text),
                    st.as_str(),
                    best.1.line,
                    best.0.as_str(),
                    best.0.as_str()
                ),
            ));
        }
    }
}

fn contracts(cx: &mut Cx<'_>, p: &mut Posting) {
    let mut mentions: Vec<(Origin, ContractMention)> = Vec::new();
    let mut part_times: Vec<PartTime> = Vec::new();
    let mut first_source: Option<Source> = None;
    let mut part_source: Option<Source> = None;
    let title_src = cx.meta.sources.get("title").cloned();
    let roles: Vec<String> = cx
        .fields(Meaning::Role)
        .iter()
        .filter_map(|f| f.value.scalar_text())
        .collect();
    // The title, read once for classification and here; then the roles the front matter
    // names, read as titles.
    let mut found = Vec::new();
    if let Some(t) = cx.title_passage() {
        found.push((find_contracts_in(&t), find_part_time_in(&t)));
    }
    for role in &roles {
        found.push((
            find_contracts(role, Origin::Title),
            find_part_time(role, Origin::Title),
        ));
    }
    for (contracts, parts) in found {
        for h in contracts {
            first_source
                .get_or_insert_with(|| title_src.clone().unwrap_or_else(|| Source::body(0, 0)));
            mentions.push((Origin::Title, h.value));
        }
        for h in parts {
            part_source
                .get_or_insert_with(|| title_src.clone().unwrap_or_else(|| Source::body(0, 0)));
            part_times.push(h.value);
        }
    }
    for f in cx.fields(Meaning::Contract) {
        let Some(v) = f
            .value
            .scalar_text()
            .or_else(|| Some(string_list(&f.value).join(", ")))
        else {
            continue;
        };
        // "CDD 3 ans renouvelable" in a front matter value keeps its duration and renewal.
        let found = find_contracts(&v, Origin::FrontMatter);
        if !found.is_empty() {
            first_source.get_or_insert_with(|| Source::key(&f.key, f.line));
            mentions.extend(found.into_iter().map(|h| (Origin::FrontMatter, h.value)));
            continue;
        }
        let kinds = contract_kinds_from_value(&v);
        if kinds.is_empty() {
            cx.diagnostic(
                Diagnostic::new(
                    DiagnosticCode::UntypedValue,
                    Severity::Warning,
                    f.line,
                    f.column,
                    format!(
                        "contract {} is not a known kind of contract; kept raw in extra",
                        quote(&v)
                    ),
                )
                .with_path(f.key.clone()),
            );
            cx.meta.extra.insert(f.key.clone(), f.value.clone());
            continue;
        }
        first_source.get_or_insert_with(|| Source::key(&f.key, f.line));
        mentions.push((
            Origin::FrontMatter,
            ContractMention {
                kinds,
                duration: None,
                renewable: None,
            },
        ));
    }
    for (b, passage) in cx.prose_passages() {
        let origin = passage.origin;
        for h in find_contracts_in(&passage) {
            first_source.get_or_insert_with(|| Cx::block_source(b, h.start, h.end));
            mentions.push((origin, h.value));
        }
        for h in find_part_time_in(&passage) {
            part_source.get_or_insert_with(|| Cx::block_source(b, h.start, h.end));
            part_times.push(h.value);
        }
    }
    p.contracts = resolve_contracts(&mentions);
    if !p.contracts.is_empty()
        && let Some(s) = first_source
    {
        cx.source("contracts", s);
    }
    if let Some(first) = part_times.first().cloned() {
        let mut merged = first;
        for pt in &part_times[1..] {
            merged.fractions.extend(pt.fractions.iter().copied());
            merged.minimum |= pt.minimum;
        }
        merged.fractions.sort_by(f32::total_cmp);
        merged.fractions.dedup();
        p.part_time = Some(merged);
        if let Some(s) = part_source {
            cx.source("part_time", s);
        }
    }
}

fn place(cx: &mut Cx<'_>, p: &mut Posting) {
    let mut locations = Vec::new();
    let mut loc_source = None;
    for m in [Meaning::Place, Meaning::Address] {
        for f in cx.fields(m) {
            if let Some(v) = f.value.scalar_text() {
                if let Some(l) = location_from_value(&v) {
                    loc_source.get_or_insert_with(|| Source::key(&f.key, f.line));
                    locations.push((Origin::FrontMatter, l));
                } else if let Some(r) = remote_from_value(&v) {
                    p.remote.get_or_insert(r);
                }
            }
        }
    }
    let mut remotes = Vec::new();
    let mut remote_source = None;
    for f in cx.fields(Meaning::Remote) {
        if let Some(r) = f.value.scalar_text().as_deref().and_then(remote_from_value) {
            remote_source.get_or_insert_with(|| Source::key(&f.key, f.line));
            remotes.push((Origin::FrontMatter, r));
        }
    }
    for (b, passage) in cx.prose_passages() {
        let origin = passage.origin;
        let before = locations.len();
        for h in find_locations_in(&passage) {
            loc_source.get_or_insert_with(|| Cx::block_source(b, h.start, h.end));
            locations.push((origin, h.value));
        }
        // Under a "Lieu" or "Localisation" heading the paragraph is the place itself
        // ("Maison France services, 12 rue Très-Cloîtres, Grenoble."), with no cue word.
        if locations.len() == before
            && b.kind != BlockKind::Heading
            && cx.section_cues(b).place
            && let Some(l) = location_from_value(b.text.trim())
        {
            loc_source.get_or_insert_with(|| Source::body(b.span.start, b.span.end));
            locations.push((origin, l));
        }
        for h in find_remote_in(&passage) {
            remote_source.get_or_insert_with(|| Cx::block_source(b, h.start, h.end));
            remotes.push((origin, h.value));
        }
    }
    p.location = resolve_location(&locations);
    if p.location.is_some()
        && let Some(s) = loc_source
    {
        cx.source("location", s);
    }
    if let Some(mut r) = resolve_remote(&remotes) {
        // Fully remote: every working day may be teleworked.
        if r.full_remote && r.max_days_per_week.is_none() {
            r.max_days_per_week = Some(5.0);
        }
        p.remote = Some(r);
        if let Some(s) = remote_source {
            cx.source("remote", s);
        }
    }
}

fn dates(cx: &mut Cx<'_>, p: &mut Posting) {
    let year = cx.reference_year();
    for (b, passage) in cx.prose_passages() {
        if p.start.is_none()
            && let Some(h) = find_start_in(&passage, year).into_iter().next()
        {
            p.start = Some(h.value);
            cx.source("start", Cx::block_source(b, h.start, h.end));
        }
        if p.closing_date.is_none()
            && let Some(h) = find_closing_in(&passage, year).into_iter().next()
        {
            p.closing_date = Some(h.value);
            cx.source("closing_date", Cx::block_source(b, h.start, h.end));
        }
    }
    if let Some(f) = cx.field(Meaning::Closing)
        && let Some(d) = f.value.as_str().and_then(parse_date_text)
    {
        p.closing_date = Some(PartialDate::Day(d));
        cx.meta
            .sources
            .insert("closing_date".into(), Source::key(&f.key, f.line));
    }
}

fn profile(cx: &mut Cx<'_>, p: &mut Posting) {
    let mut tech: Vec<String> = Vec::new();
    let mut skills = Skills::default();
    let mut has_skills = false;
    for (b, passage) in cx.prose_passages() {
        if p.team_size.is_none()
            && let Some(h) = find_team_size_in(&passage).into_iter().next()
        {
            p.team_size = Some(h.value);
            cx.source("team_size", Cx::block_source(b, h.start, h.end));
        }
        if p.experience.is_none()
            && let Some(h) = find_experience_in(&passage).into_iter().next()
        {
            p.experience = Some(h.value);
            cx.source("experience", Cx::block_source(b, h.start, h.end));
        }
        if p.education.is_none()
            && let Some(h) = find_education_in(&passage).into_iter().next()
        {
            p.education = Some(h.value);
            cx.source("education", Cx::block_source(b, h.start, h.end));
        }
        if p.languages.is_empty()
            && let Some(h) = find_languages_in(&passage).into_iter().next()
        {
            p.languages = h.value;
            cx.source("languages", Cx::block_source(b, h.start, h.end));
        }
        for h in find_tech(&b.text) {
            if !tech.iter().any(|t| t == h.value) {
                tech.push(h.value.to_owned());
                cx.source("tech", Cx::block_source(b, h.start, h.end));
            }
        }
        if b.kind == BlockKind::ListItem
            && b.list_depth <= 1
            && let Some(kind) = cx.section_cues(b).skills
        {
            has_skills = true;
            let item = b
                .text
                .trim()
                .trim_end_matches([';', '.', ','])
                .trim()
                .to_owned();
            match kind {
                SkillKind::Knowledge => skills.knowledge.push(item),
                SkillKind::KnowHow => skills.know_how.push(item),
                SkillKind::Soft => skills.soft.push(item),
            }
        }
    }
    for f in cx.fields(Meaning::Tech) {
        let values = match &f.value {
            crate::document::front_matter::Value::List(items) => items
                .iter()
                .filter_map(crate::document::front_matter::Value::scalar_text)
                .collect(),
            v => v.scalar_text().into_iter().collect::<Vec<_>>(),
        };
        for v in values {
            for t in tech_from_value(&v) {
                if !tech.iter().any(|x| x == t) {
                    tech.push(t.to_owned());
                    cx.source("tech", Source::key(&f.key, f.line));
                }
            }
        }
    }
    p.tech = tech;
    if has_skills {
        p.skills = Some(skills);
    }
}

fn apply(cx: &mut Cx<'_>, p: &mut Posting) {
    for f in cx.fields(Meaning::Contact) {
        for v in string_list(&f.value) {
            if let Some(email) = email_in_value(&v) {
                push_unique(&mut p.apply.emails, email);
                cx.source("apply", Source::key(&f.key, f.line));
            } else if is_handle(&v) {
                p.contacts.push(Contact {
                    handle: Some(v),
                    ..Contact::default()
                });
            } else {
                p.contacts.push(Contact {
                    name: Some(v),
                    ..Contact::default()
                });
            }
        }
    }
    for f in cx.fields(Meaning::ApplyUrl) {
        if let Some(v) = f.value.scalar_text().filter(|v| v.starts_with("http")) {
            push_unique(&mut p.apply.urls, v.trim().to_owned());
            cx.source("apply", Source::key(&f.key, f.line));
        }
    }
    let body = cx.body;
    let prose: Vec<_> = cx.prose_passages().collect();
    let holding = |at: u32| {
        prose
            .iter()
            .copied()
            .find(|(b, _)| b.span.start <= at && at <= b.span.end)
    };
    for email in &body.emails {
        let block = holding(email.span.start);
        let (sentence, folded) = block.map_or(("", ""), |(_, p)| p.sentence_around(&email.address));
        let in_apply_section = block.is_some_and(|(b, _)| cx.section_cues(b).apply);
        if is_apply_folded(folded) || (in_apply_section && sentence.trim() == email.address) {
            push_unique(&mut p.apply.emails, email.address.clone());
            cx.source("apply", Source::body(email.span.start, email.span.end));
        } else if !p.apply.emails.contains(&email.address)
            && !p
                .contacts
                .iter()
                .any(|c| c.email.as_deref() == Some(&email.address))
        {
            p.contacts.push(Contact {
                email: Some(email.address.clone()),
                ..Contact::default()
            });
        }
    }
    for link in &body.links {
        if !link.url.starts_with("http") {
            continue;
        }
        let strong = is_job_board(&link.url);
        let apply_words = || {
            is_apply_sentence(&link.text)
                || holding(link.span.start)
                    .is_some_and(|(_, p)| is_apply_folded(p.sentence_around(&link.text).1))
        };
        if strong || (is_apply_url(&link.url) && apply_words()) {
            push_unique(&mut p.apply.urls, link.url.clone());
            cx.source("apply", Source::body(link.span.start, link.span.end));
        }
    }
    // Addresses given to apply are not "other" contacts.
    let applied = p.apply.emails.clone();
    p.contacts
        .retain(|c| !c.email.as_ref().is_some_and(|e| applied.contains(e)));
    p.apply.reference = p
        .apply
        .urls
        .iter()
        .find_map(|u| find_reference(u))
        .or_else(|| {
            cx.prose_folded()
                .find_map(|(_, fd)| find_reference_in(&fd.text))
        });
}

fn is_job_board(url: &str) -> bool {
    let u = url.to_ascii_lowercase();
    [
        "place-emploi-public.gouv.fr",
        "choisirleservicepublic.gouv.fr",
        "welcometothejungle.",
        "candidat.pole-emploi.fr",
        "candidat.francetravail.fr",
        "airtable.com/shr",
        "typeform.com",
        "framaforms.org",
        "docs.google.com/forms",
        "forms.gle",
    ]
    .iter()
    .any(|h| u.contains(h))
}

fn push_unique(v: &mut Vec<String>, item: String) {
    if !v.contains(&item) {
        v.push(item);
    }
}

#[cfg(test)]
#[path = "posting_tests.rs"]
mod tests;
