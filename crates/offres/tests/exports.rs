//! The JSON-LD and iCalendar exports of every fixture and reference page: pinned by
//! snapshots, checked against schema.org's vocabulary and RFC 5545's rules.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::{fixture_files, name, shared_corpus};
use offres::{Document, Export, Page};
use serde_json::Value;
use time::{Date, Month};

/// Every page to check: the fixtures, then the reference seeds when they are there.
fn pages() -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = fixture_files("pages")
        .into_iter()
        .map(|p| (name(&p), p))
        .collect();
    match shared_corpus("seeds") {
        Some(files) => out.extend(
            files
                .into_iter()
                .map(|p| (format!("seed__{}", name(&p)), p)),
        ),
        None => eprintln!("seeds skipped: ../shared/corpus/seeds is absent"),
    }
    out
}

enum Exported {
    JsonLd(Export<Value>),
    Ics(Export<String>),
}

/// What a page exports to; nothing for a page of no known kind.
fn export(path: &Path) -> Option<Exported> {
    let doc = Document::from_path(path).unwrap_or_else(|e| panic!("{e}"));
    Some(match Page::from_document(&doc) {
        Page::Posting(_) => Exported::JsonLd(offres::posting_jsonld(&doc).unwrap()),
        Page::Team(t) => Exported::Ics(t.to_ics()),
        Page::Organisation(o) => Exported::Ics(o.to_ics()),
        Page::Unclassified(_) => return None,
    })
}

#[test]
fn exports_snapshot() {
    for (name, path) in pages() {
        let Some(exported) = export(&path) else {
            continue;
        };
        match exported {
            Exported::JsonLd(e) => insta::assert_json_snapshot!(format!("jsonld__{name}"), e),
            Exported::Ics(e) => {
                // Snapshots keep LF line ends (git may rewrite CRLF); CRLF is checked below.
                let diagnostics: Vec<String> =
                    e.diagnostics.iter().map(ToString::to_string).collect();
                let text = format!(
                    "{}\n{}",
                    e.output.replace("\r\n", "\n"),
                    diagnostics.join("\n")
                );
                insta::assert_snapshot!(format!("ics__{name}"), text);
            }
        }
    }
}

/// schema.org types (with their supertype), properties (domains, ranges) and enumerations.
struct Vocab {
    parents: BTreeMap<String, String>,
    properties: BTreeMap<String, (Vec<String>, Vec<String>)>,
    enums: BTreeMap<String, Vec<String>>,
}

impl Vocab {
    fn load() -> Self {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/schemaorg-vocab.tsv");
        let text = std::fs::read_to_string(path).unwrap();
        let list = |s: &str| s.split(',').map(str::to_owned).collect::<Vec<_>>();
        let mut v = Vocab {
            parents: BTreeMap::new(),
            properties: BTreeMap::new(),
            enums: BTreeMap::new(),
        };
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let f: Vec<&str> = line.split('\t').collect();
            match f[..] {
                ["type", name, parent] => {
                    v.parents.insert(name.into(), parent.into());
                }
                ["property", name, domains, ranges] => {
                    v.properties
                        .insert(name.into(), (list(domains), list(ranges)));
                }
                ["enum", name, values] => {
                    v.enums.insert(name.into(), list(values));
                }
                _ => panic!("bad vocabulary line {line:?}"),
            }
        }
        v
    }

    /// Whether `ty` is `ancestor` or one of its subtypes.
    fn is_a(&self, ty: &str, ancestor: &str) -> bool {
        let mut t = ty;
        loop {
            if t == ancestor {
                return true;
            }
            match self.parents.get(t) {
                Some(p) if !p.is_empty() => t = p,
                _ => return false,
            }
        }
    }

    /// Check an object of the output and everything in it; `at` names where it is.
    fn check(&self, obj: &Value, at: &str, errors: &mut Vec<String>) {
        let Some(map) = obj.as_object() else {
            errors.push(format!("{at}: not an object"));
            return;
        };
        let Some(ty) = map.get("@type").and_then(Value::as_str) else {
            errors.push(format!("{at}: no @type"));
            return;
        };
        if !self.parents.contains_key(ty) {
            errors.push(format!("{at}: unknown type {ty}"));
        }
        for (key, value) in map {
            if key == "@type" || (key == "@context" && at == "$") {
                continue;
            }
            let here = format!("{at}.{key}");
            let Some((domains, ranges)) = self.properties.get(key) else {
                errors.push(format!("{here}: unknown property"));
                continue;
            };
            if !domains.iter().any(|d| self.is_a(ty, d)) {
                errors.push(format!("{here}: not a property of {ty}"));
            }
            let values = match value {
                Value::Array(items) => items.iter().collect(),
                v => vec![v],
            };
            for v in values {
                match v {
                    Value::Object(_) => {
                        let vt = v["@type"].as_str().unwrap_or("");
                        if !ranges.iter().any(|r| self.is_a(vt, r)) {
                            errors.push(format!("{here}: {vt} is not in its range {ranges:?}"));
                        }
                        self.check(v, &here, errors);
                    }
                    Value::String(s) => {
                        let textual = ["Text", "URL", "Date", "DateTime"];
                        if !ranges.iter().any(|r| textual.contains(&r.as_str())) {
                            errors.push(format!("{here}: text where {ranges:?} is expected"));
                        }
                        if let Some(allowed) = self.enums.get(key)
                            && !allowed.contains(s)
                        {
                            errors.push(format!("{here}: {s} is not one of {allowed:?}"));
                        }
                    }
                    Value::Bool(_) if ranges.iter().any(|r| r == "Boolean") => {}
                    Value::Number(_) if ranges.iter().any(|r| r == "Number") => {}
                    other => errors.push(format!("{here}: {other} does not fit {ranges:?}")),
                }
            }
        }
    }
}

#[test]
fn jsonld_uses_only_schema_org_terms() {
    let vocab = Vocab::load();
    let mut checked = 0;
    // The model fixtures too: they state pay, which the snapshot pages do not.
    let model = fixture_files("model")
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| (name(&p), p));
    for (name, path) in pages().into_iter().chain(model) {
        let Some(Exported::JsonLd(e)) = export(&path) else {
            continue;
        };
        assert_eq!(e.output["@context"], "https://schema.org");
        let mut errors = Vec::new();
        vocab.check(&e.output, "$", &mut errors);
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} postings among the fixtures");
}

#[test]
fn jsonld_of_the_richest_fixture() {
    let path = common::fixtures().join("pages/posting-yaml.md");
    let Some(Exported::JsonLd(e)) = export(&path) else {
        panic!("a posting")
    };
    let o = &e.output;
    assert_eq!(o["datePosted"], "2024-03-12");
    assert_eq!(o["jobLocation"]["address"]["addressLocality"], "Paris");
    assert_eq!(o["jobLocation"]["address"]["addressCountry"], "FR");
    assert_eq!(o["jobImmediateStart"], true);
    assert_eq!(o["experienceRequirements"]["monthsOfExperience"], 36);
    assert!(o["description"].as_str().unwrap().contains("<li>"));
    assert!(o.get("jobLocationType").is_none(), "not fully remote");
}

/// The content lines of an iCalendar text, unfolded.
fn unfold(ics: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in ics.split_terminator("\r\n") {
        match line.strip_prefix(' ') {
            Some(rest) => out.last_mut().unwrap().push_str(rest),
            None => out.push(line.to_owned()),
        }
    }
    out
}

/// Each `VEVENT` as its properties (name with parameters → value).
fn events(lines: &[String]) -> Vec<BTreeMap<String, String>> {
    let mut out = Vec::new();
    let mut current: Option<BTreeMap<String, String>> = None;
    for l in lines {
        match l.as_str() {
            "BEGIN:VEVENT" => current = Some(BTreeMap::new()),
            "END:VEVENT" => out.push(current.take().unwrap()),
            _ => {
                if let Some(ev) = current.as_mut() {
                    let (k, v) = l.split_once(':').unwrap();
                    ev.insert(k.to_owned(), v.to_owned());
                }
            }
        }
    }
    out
}

#[test]
fn ics_follows_rfc_5545_shape() {
    let mut calendars = 0;
    for (name, path) in pages() {
        let Some(Exported::Ics(e)) = export(&path) else {
            continue;
        };
        let ics = &e.output;
        assert!(ics.ends_with("\r\n"), "{name}");
        for line in ics.split_terminator("\r\n") {
            assert!(line.len() <= 75, "{name}: {} octets: {line}", line.len());
            assert!(
                !line.contains('\r') && !line.contains('\n'),
                "{name}: bare CR or LF"
            );
        }
        let lines = unfold(ics);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        assert!(lines.iter().any(|l| l == "VERSION:2.0"));
        assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
        let used: BTreeSet<&str> = lines
            .iter()
            .filter_map(|l| l.split_once(";TZID=")?.1.split_once(':').map(|(z, _)| z))
            .collect();
        for zone in used {
            assert!(
                lines.contains(&format!("TZID:{zone}")),
                "{name}: no VTIMEZONE {zone}"
            );
        }
        for ev in events(&lines) {
            for prop in ["UID", "DTSTAMP", "RRULE", "SUMMARY"] {
                assert!(ev.contains_key(prop), "{name}: no {prop} in {ev:?}");
            }
            assert!(
                ev.keys().any(|k| k.starts_with("DTSTART")),
                "{name}: {ev:?}"
            );
        }
        assert_eq!(
            export_again(&path),
            *ics,
            "{name}: the output changes between runs"
        );
        calendars += 1;
    }
    assert!(calendars >= 2);
}

fn export_again(path: &Path) -> String {
    match export(path) {
        Some(Exported::Ics(e)) => e.output,
        Some(Exported::JsonLd(_)) | None => unreachable!(),
    }
}

fn ymd(s: &str) -> Date {
    let n = |r: std::ops::Range<usize>| s[r].parse::<u16>().unwrap();
    Date::from_calendar_date(
        i32::from(n(0..4)),
        Month::try_from(u8::try_from(n(4..6)).unwrap()).unwrap(),
        u8::try_from(n(6..8)).unwrap(),
    )
    .unwrap()
}

/// Occurrences of an RRULE from `start` up to `until` (inclusive), for the rules a team
/// page gives: weekly with INTERVAL and BYDAY, monthly with BYDAY and BYSETPOS. Written
/// from RFC 5545 independently of the exporter.
fn expand(rrule: &str, start: Date, until: Date) -> Vec<Date> {
    let parts: BTreeMap<&str, &str> = rrule.split(';').filter_map(|p| p.split_once('=')).collect();
    let interval: i64 = parts.get("INTERVAL").map_or(1, |i| i.parse().unwrap());
    let codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    let days: Vec<u8> = parts
        .get("BYDAY")
        .map(|d| {
            d.split(',')
                .map(|c| u8::try_from(codes.iter().position(|x| *x == c).unwrap()).unwrap())
                .collect()
        })
        .unwrap_or_default();
    let monday =
        |d: Date| d - time::Duration::days(i64::from(d.weekday().number_days_from_monday()));
    let mut out = Vec::new();
    let mut d = start;
    while d <= until {
        let wd = d.weekday().number_days_from_monday();
        let hit = match parts["FREQ"] {
            "WEEKLY" => {
                let weeks = (monday(d) - monday(start)).whole_weeks();
                weeks % interval == 0 && days.contains(&wd)
            }
            "MONTHLY" => {
                let months = (d.year() - start.year()) * 12 + i32::from(u8::from(d.month()))
                    - i32::from(u8::from(start.month()));
                let pos: i32 = parts["BYSETPOS"].parse().unwrap();
                let nth = i32::from((d.day() - 1) / 7 + 1);
                i64::from(months) % interval == 0 && days.contains(&wd) && nth == pos
            }
            other => panic!("no expansion for FREQ={other}"),
        };
        if hit {
            out.push(d);
        }
        d = d.next_day().unwrap();
    }
    out
}

#[test]
fn team_rituals_recur_on_the_expected_dates() {
    let path = common::fixtures().join("pages/team-rituals.md");
    let Some(Exported::Ics(e)) = export(&path) else {
        panic!("a team page")
    };
    let lines = unfold(&e.output);
    let evs = events(&lines);
    let until = ymd("20240417");
    let mut got: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for ev in &evs {
        let (key, start) = ev.iter().find(|(k, _)| k.starts_with("DTSTART")).unwrap();
        // The weekly mail has no time of day: an all-day event.
        let all_day = ev["SUMMARY"] == "weekly mail";
        let want = if all_day {
            "DTSTART;VALUE=DATE"
        } else {
            "DTSTART;TZID=Europe/Paris"
        };
        assert_eq!(key, want);
        let dates = expand(&ev["RRULE"], ymd(start), until);
        got.insert(
            ev["SUMMARY"].clone(),
            dates.iter().map(ToString::to_string).collect(),
        );
    }
    let want = |v: &[&str]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
    assert_eq!(
        got["team meeting"],
        want(&[
            "2024-03-11",
            "2024-03-18",
            "2024-03-25",
            "2024-04-01",
            "2024-04-08",
            "2024-04-15"
        ])
    );
    assert_eq!(
        got["retrospective"],
        want(&["2024-03-07", "2024-03-21", "2024-04-04"])
    );
    assert_eq!(got["demo"], want(&["2024-04-02"]));
    assert_eq!(
        got["weekly mail"],
        want(&[
            "2024-03-08",
            "2024-03-15",
            "2024-03-22",
            "2024-03-29",
            "2024-04-05",
            "2024-04-12"
        ])
    );
    let meeting = evs.iter().find(|e| e["SUMMARY"] == "team meeting").unwrap();
    assert_eq!(meeting["URL"], "irc://irc.libera.chat/#bluehats");
    assert_eq!(meeting["DTEND;TZID=Europe/Paris"], "20240311T113000");
    assert!(meeting["LOCATION"].contains("https://web.libera.chat/#bluehats"));
    // The workshop has no date: left out, and said so at its line.
    let unscheduled: Vec<u32> = e
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "unscheduled_ritual")
        .map(|d| d.line)
        .collect();
    assert_eq!(unscheduled, [14]);
    assert_eq!(evs.len(), 4);
}
