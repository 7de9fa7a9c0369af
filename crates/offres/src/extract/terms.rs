//! The terms of a posting beyond its contract: pay, and the civil-service frame (versant,
//! catégorie, who may apply, vacancy, working time, management, experience level,
//! occupation). A front matter key wins over the prose; each fact records its source.

use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};
use crate::document::front_matter::Field;
use crate::extract::dialect::Meaning;
use crate::extract::facts::Scanned;
use crate::extract::facts::category::{categories_from_value, find_categories_in};
use crate::extract::facts::experience_level::{
    experience_level_from_value, find_experience_level_in,
};
use crate::extract::facts::management::{find_management_in, management_from_value};
use crate::extract::facts::occupation::{find_occupation_in, occupation_from_value};
use crate::extract::facts::open_to::{eligibility_from_value, find_eligibility_in};
use crate::extract::facts::pay::{find_pay_in, pay_from_value};
use crate::extract::facts::vacancy::{find_vacancy_in, vacancy_from_value};
use crate::extract::facts::versant::{find_versant_in, versant_from_value};
use crate::extract::facts::working_time::{find_working_time_in, working_time_from_value};
use crate::model::{Pay, Posting, Source};
use crate::text::Origin;

use super::{Cx, string_list};

/// Fill pay and the frame of `p`.
pub(super) fn terms(cx: &mut Cx<'_>, p: &mut Posting) {
    front_matter(cx, p);
    prose(cx, p);
    p.pay = resolve_pay(std::mem::take(&mut p.pay));
}

/// The text of a field: a scalar, or a list joined by commas.
fn field_text(f: &Field) -> Option<String> {
    f.value
        .scalar_text()
        .or_else(|| {
            let items = string_list(&f.value);
            (!items.is_empty()).then(|| items.join(", "))
        })
        .filter(|v| !v.trim().is_empty())
}

/// A value the model cannot type: kept raw in `extra`, with a diagnostic.
fn untyped(cx: &mut Cx<'_>, f: &Field, what: &str) {
    cx.diagnostic(
        Diagnostic::new(
            DiagnosticCode::UntypedValue,
            Severity::Warning,
            f.line,
            f.column,
            format!(
                "{} is not a {what} the model knows; kept raw in extra",
                quote(&f.value.to_string())
            ),
        )
        .with_path(f.key.clone()),
    );
    cx.meta.extra.insert(f.key.clone(), f.value.clone());
}

/// Read every field carrying `m` with `read`, giving the first typed value; the others are
/// kept raw.
fn typed<T>(
    cx: &mut Cx<'_>,
    m: Meaning,
    what: &str,
    name: &str,
    read: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let mut found = None;
    for f in cx.fields(m) {
        match field_text(f).and_then(|v| read(&v)) {
            Some(v) if found.is_none() => {
                found = Some(v);
                cx.source(name, Source::key(&f.key, f.line));
            }
            Some(_) => {}
            None if f.value.is_empty() => {}
            None => untyped(cx, f, what),
        }
    }
    found
}

fn front_matter(cx: &mut Cx<'_>, p: &mut Posting) {
    for m in [Meaning::Pay, Meaning::DailyRate] {
        for f in cx.fields(m) {
            match field_text(f) {
                Some(v) => {
                    p.pay.extend(pay_from_value(&v, m == Meaning::DailyRate));
                    cx.source("pay", Source::key(&f.key, f.line));
                }
                None if f.value.is_empty() => {}
                None => untyped(cx, f, "pay"),
            }
        }
    }
    p.versant = typed(
        cx,
        Meaning::Versant,
        "versant",
        "versant",
        versant_from_value,
    );
    p.categories = typed(
        cx,
        Meaning::CivilCategory,
        "catégorie",
        "categories",
        |v| Some(categories_from_value(v)).filter(|c| !c.is_empty()),
    )
    .unwrap_or_default();
    if let Some(e) = typed(
        cx,
        Meaning::OpenTo,
        "statement of who may apply",
        "open_to",
        eligibility_from_value,
    ) {
        p.open_to = e.open_to;
        p.secondment = e.secondment;
    }
    p.vacancy = typed(
        cx,
        Meaning::Vacancy,
        "vacancy",
        "vacancy",
        vacancy_from_value,
    );
    p.working_time = typed(
        cx,
        Meaning::WorkingTime,
        "working time",
        "working_time",
        |v| working_time_from_value(v, false),
    )
    .or_else(|| {
        typed(cx, Meaning::FullTime, "working time", "working_time", |v| {
            working_time_from_value(v, true)
        })
    });
    p.management = typed(
        cx,
        Meaning::Management,
        "management statement",
        "management",
        management_from_value,
    );
    p.experience_level = typed(
        cx,
        Meaning::ExperienceLevel,
        "experience level",
        "experience_level",
        experience_level_from_value,
    );
    p.occupation = typed(
        cx,
        Meaning::Occupation,
        "occupation",
        "occupation",
        occupation_from_value,
    );
}

fn prose(cx: &mut Cx<'_>, p: &mut Posting) {
    // A level in the role or the title ("Développeur·se senior") is the post's.
    let titles = [("role", p.role.clone()), ("title", cx.meta.title.clone())];
    for (name, title) in titles {
        let Some(title) = title.filter(|_| p.experience_level.is_none()) else {
            continue;
        };
        let scanned = Scanned::new(&title);
        let passage = scanned.passage(&title, Origin::Title);
        if let Some(h) = find_experience_level_in(&passage, true).into_iter().next() {
            p.experience_level = Some(h.value);
            if let Some(s) = cx.meta.sources.get(name).cloned() {
                cx.source("experience_level", s);
            }
        }
    }
    let from_front_matter = !p.pay.is_empty();
    for (b, passage) in cx.prose_passages() {
        let source = |start: usize, end: usize| Cx::block_source(b, start, end);
        if !from_front_matter {
            let section = cx.section_cues(b).pay;
            for h in find_pay_in(&passage, section) {
                cx.source("pay", source(h.start, h.end));
                p.pay.push(h.value);
            }
        }
        if p.versant.is_none()
            && let Some(h) = find_versant_in(&passage).into_iter().next()
        {
            p.versant = Some(h.value);
            cx.source("versant", source(h.start, h.end));
        }
        if p.categories.is_empty()
            && let Some(h) = find_categories_in(&passage).into_iter().next()
        {
            p.categories = h.value;
            cx.source("categories", source(h.start, h.end));
        }
        if p.open_to.is_none() || p.secondment.is_none() {
            for h in find_eligibility_in(&passage) {
                if p.open_to.is_none()
                    && let Some(o) = h.value.open_to
                {
                    p.open_to = Some(o);
                    cx.source("open_to", source(h.start, h.end));
                }
                if p.secondment.is_none()
                    && let Some(s) = h.value.secondment
                {
                    p.secondment = Some(s);
                    cx.source("secondment", source(h.start, h.end));
                }
            }
        }
        if p.vacancy.is_none()
            && let Some(h) = find_vacancy_in(&passage).into_iter().next()
        {
            p.vacancy = Some(h.value);
            cx.source("vacancy", source(h.start, h.end));
        }
        if p.working_time.is_none()
            && let Some(h) = find_working_time_in(&passage).into_iter().next()
        {
            p.working_time = Some(h.value);
            cx.source("working_time", source(h.start, h.end));
        }
        if p.management.is_none()
            && let Some(h) = find_management_in(&passage).into_iter().next()
        {
            p.management = Some(h.value);
            cx.source("management", source(h.start, h.end));
        }
        let about_profile = passage.origin == Origin::Heading || cx.section_cues(b).profile;
        if p.experience_level.is_none()
            && let Some(h) = find_experience_level_in(&passage, about_profile)
                .into_iter()
                .next()
        {
            p.experience_level = Some(h.value);
            cx.source("experience_level", source(h.start, h.end));
        }
        if p.occupation.is_none()
            && let Some(h) = find_occupation_in(&passage).into_iter().next()
        {
            p.occupation = Some(h.value);
            cx.source("occupation", source(h.start, h.end));
        }
    }
}

/// One entry per distinct statement: the same terms said twice (in the excerpt and the
/// body) are one; a bare "TJM" that only says a daily rate is dropped when another
/// statement says more.
fn resolve_pay(found: Vec<Pay>) -> Vec<Pay> {
    let same = |a: &Pay, b: &Pay| {
        a.min == b.min
            && a.max == b.max
            && a.currency == b.currency
            && a.period == b.period
            && a.basis == b.basis
            && a.before_tax == b.before_tax
            && a.depends_on == b.depends_on
            && a.rule == b.rule
    };
    let bare =
        |p: &Pay| p.min.is_none() && p.max.is_none() && p.rule.is_none() && p.depends_on.is_empty();
    let mut out: Vec<Pay> = Vec::new();
    for pay in found {
        if !out.iter().any(|o| same(o, &pay)) {
            out.push(pay);
        }
    }
    if out.iter().any(|p| !bare(p)) {
        out.retain(|p| !bare(p));
    }
    out
}
