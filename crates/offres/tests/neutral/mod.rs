//! The corpus's neutral vocabulary: a `Page` mapped onto the field names of
//! `../shared/corpus/expected/*.json`, and the rules for comparing one fact.
//! Shared by the reference-page test and the fixture accuracy test.
#![allow(dead_code)]

use offres::{Page, Start};
use serde_json::{Value, json};

/// A `Page` in the corpus's neutral vocabulary.
pub fn neutral(page: &Page) -> Value {
    let meta = page.meta();
    let mut out = json!({
        "kind": page.kind().as_str(),
        "site": serde_json::to_value(&meta.site).unwrap(),
        "encoding_repaired": meta.encoding_repaired,
        "excerpt": meta.excerpt,
        "date_posted": meta.date_posted.map(|d| d.to_string()),
        "author": meta.author,
        "tags": meta.tags,
    });
    let o = out.as_object_mut().unwrap();
    match page {
        Page::Posting(p) => {
            o.insert("title".into(), json!(p.role));
            o.insert("organisation".into(), json!(p.organisation));
            o.insert("organisation_chain".into(), json!(p.organisation_chain));
            o.insert("programme".into(), json!(p.programme));
            o.insert("status".into(), json!(p.status.as_str()));
            let c = p.contracts.first();
            o.insert(
                "contract".into(),
                c.map_or(Value::Null, |c| {
                    json!({
                        "kind": serde_json::to_value(c.kind).unwrap(),
                        "months": c.duration.as_ref().and_then(|d| d.min_months.or(d.max_months)),
                        "renewable": c.renewable,
                    })
                }),
            );
            o.insert(
                "part_time".into(),
                p.part_time.as_ref().map_or(Value::Null, |pt| {
                    json!({"fractions": pt.fractions.iter().map(|f| (f64::from(*f) * 100.0).round() / 100.0).collect::<Vec<_>>()})
                }),
            );
            let loc = p.location.as_ref();
            o.insert("city".into(), json!(loc.and_then(|l| l.city.clone())));
            o.insert("address".into(), json!(loc.and_then(|l| l.address.clone())));
            o.insert(
                "remote".into(),
                p.remote.as_ref().map_or(Value::Null, |r| {
                    json!({"allowed": r.allowed, "max_days_per_week": r.max_days_per_week.map(f64::from)})
                }),
            );
            o.insert(
                "start".into(),
                json!(p.start.as_ref().map(|s| match s {
                    Start::Asap => "asap".to_owned(),
                    Start::Date(d) => d.to_string(),
                })),
            );
            o.insert("team_size".into(), json!(p.team_size));
            o.insert(
                "experience_years_min".into(),
                json!(p.experience.as_ref().and_then(|e| e.min_years)),
            );
            o.insert(
                "education".into(),
                serde_json::to_value(p.education).unwrap(),
            );
            o.insert(
                "skills".into(),
                p.skills.as_ref().map_or(Value::Null, |s| {
                    json!({"knowledge": s.knowledge.len(), "know_how": s.know_how.len(), "soft": s.soft.len()})
                }),
            );
            o.insert(
                "apply".into(),
                json!({"emails": p.apply.emails, "urls": p.apply.urls}),
            );
            let other: Vec<&str> = p
                .contacts
                .iter()
                .filter_map(|c| c.email.as_deref())
                .collect();
            o.insert("other_emails".into(), json!(other));
            o.insert("reference".into(), json!(p.apply.reference));
            o.insert("languages".into(), json!(p.languages));
            o.insert("tech".into(), json!(p.tech));
            frame(o, p);
        }
        Page::Team(t) => {
            o.insert("title".into(), json!(meta.title));
            o.insert("organisation".into(), json!(t.organisation));
            o.insert("organisation_chain".into(), json!(t.organisation_chain));
            o.insert("maintains".into(), json!(t.maintains));
            o.insert(
                "commitments".into(),
                json!({"external": t.commitments.external.len(), "internal": t.commitments.internal.len()}),
            );
            o.insert("rituals".into(), rituals(&t.rituals));
        }
        Page::Organisation(org) => {
            o.insert("title".into(), json!(meta.title));
            o.insert("organisation".into(), json!(org.name));
            o.insert("organisation_chain".into(), json!(org.organisation_chain));
            let urls: Vec<_> = org.products.iter().filter_map(|p| p.url.clone()).collect();
            o.insert("maintains".into(), json!(urls));
            o.insert("rituals".into(), rituals(&org.rituals));
        }
        Page::Unclassified(_) => {
            o.insert("title".into(), json!(meta.title));
        }
    }
    out
}

/// Pay and the civil-service frame, in the vocabulary of the fixtures' expected files.
fn frame(o: &mut serde_json::Map<String, Value>, p: &offres::Posting) {
    let pay: Vec<Value> = p
        .pay
        .iter()
        .map(|p| {
            let mut depends: Vec<Value> = p
                .depends_on
                .iter()
                .map(|f| serde_json::to_value(f).unwrap())
                .collect();
            depends.sort_by_key(ToString::to_string);
            json!({
                "min": p.min, "max": p.max,
                "period": serde_json::to_value(p.period).unwrap(),
                "basis": serde_json::to_value(p.basis).unwrap(),
                "before_tax": p.before_tax,
                "depends_on": depends,
            })
        })
        .collect();
    o.insert("pay".into(), Value::Array(pay));
    for (key, value) in [
        ("versant", serde_json::to_value(p.versant).unwrap()),
        ("categories", serde_json::to_value(&p.categories).unwrap()),
        ("open_to", serde_json::to_value(p.open_to).unwrap()),
        ("secondment", json!(p.secondment)),
        ("vacancy", serde_json::to_value(p.vacancy).unwrap()),
        (
            "experience_level",
            serde_json::to_value(p.experience_level).unwrap(),
        ),
        ("closing_date", json!(p.closing_date.map(|d| d.to_string()))),
    ] {
        o.insert(key.into(), value);
    }
    o.insert(
        "management".into(),
        p.management.map_or(
            Value::Null,
            |m| json!({"leads_team": m.leads_team, "team_size": m.team_size}),
        ),
    );
    o.insert(
        "working_time".into(),
        p.working_time.map_or(Value::Null, |w| match w {
            offres::WorkingTime::Complete => json!({"complete": true, "share": null}),
            offres::WorkingTime::NonComplete { share } => json!({
                "complete": false,
                "share": share.map(|s| (f64::from(s) * 100.0).round() / 100.0),
            }),
        }),
    );
}

/// Numbers as floats, so an expected `500` and a produced `500.0` are the same amount.
fn floats(v: &Value) -> Value {
    match v {
        Value::Number(n) => json!(n.as_f64()),
        Value::Array(a) => Value::Array(a.iter().map(floats).collect()),
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), floats(v))).collect()),
        other => other.clone(),
    }
}

fn rituals(rituals: &[offres::Ritual]) -> Value {
    let list: Vec<Value> = rituals
        .iter()
        .map(|r| {
            let v = serde_json::to_value(r).unwrap();
            json!({
                "rrule": r.rrule,
                "start": v.get("start").cloned().unwrap_or(Value::Null),
                "end": v.get("end").cloned().unwrap_or(Value::Null),
                "timezone": r.timezone,
                "rotating": r.rotating,
                "channel": serde_json::to_value(&r.channel).unwrap(),
            })
        })
        .collect();
    Value::Array(list)
}

/// Titles may write inclusive forms with a dot or a middle dot; a role carries no
/// gender marker ("H/F"), which is not part of the role.
fn normal_text(s: &str) -> String {
    let mut t = s.replace('·', ".").replace('’', "'");
    for marker in ["(F/H)", "(H/F)", "F/H", "H/F"] {
        t = t.replace(marker, "");
    }
    t.trim().to_owned()
}

/// Compare one expected fact with what the page gave; `None` when they agree.
pub fn disagree(field: &str, want: &Value, got: &Value) -> Option<String> {
    let ok = match (field, want, got) {
        ("title" | "organisation" | "excerpt", Value::String(w), Value::String(g)) => {
            normal_text(w) == normal_text(g)
        }
        ("rituals", Value::Array(w), Value::Array(g)) => rituals_match(w, g),
        ("remote", Value::Object(w), Value::Object(g)) => {
            w.get("allowed") == g.get("allowed")
                && w.get("max_days_per_week").and_then(Value::as_f64)
                    == g.get("max_days_per_week").and_then(Value::as_f64)
        }
        ("skills" | "commitments", Value::Object(w), Value::Object(g)) => w == g,
        // One entry per statement of pay, in no particular order.
        ("pay", Value::Array(w), Value::Array(g)) => same_set(
            &w.iter().map(floats).collect::<Vec<_>>(),
            &g.iter().map(floats).collect::<Vec<_>>(),
        ),
        ("working_time" | "management", w, g) => floats(w) == floats(g),
        // Sets, not sequences: the order a page names them in is not a fact.
        (
            "tech" | "languages" | "other_emails" | "tags" | "maintains" | "categories",
            Value::Array(w),
            Value::Array(g),
        ) => same_set(w, g),
        ("apply", Value::Object(w), Value::Object(g)) => {
            ["emails", "urls"]
                .iter()
                .all(|k| match (w.get(*k), g.get(*k)) {
                    (Some(Value::Array(a)), Some(Value::Array(b))) => same_set(a, b),
                    (a, b) => a == b,
                })
        }
        (_, w, g) => w == g,
    };
    (!ok).then(|| format!("{field}: expected {want}, got {got}"))
}

fn same_set(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// Each expected ritual has a produced one with the same schedule, channel and rotation.
fn rituals_match(want: &[Value], got: &[Value]) -> bool {
    let key = |r: &Value| {
        let mut channel = r.get("channel").cloned().unwrap_or(Value::Null);
        if let Some(c) = channel.as_object_mut() {
            c.retain(|k, _| ["kind", "room", "server", "web", "to"].contains(&k.as_str()));
        }
        json!({
            "rrule": r.get("rrule").cloned().unwrap_or(Value::Null),
            "start": r.get("start").cloned().unwrap_or(Value::Null),
            "end": r.get("end").cloned().unwrap_or(Value::Null),
            "rotating": r.get("rotating").and_then(Value::as_bool).unwrap_or(false),
            "channel": channel,
        })
    };
    let got_keys: Vec<Value> = got.iter().map(key).collect();
    want.len() == got.len() && want.iter().all(|w| got_keys.contains(&key(w)))
}
