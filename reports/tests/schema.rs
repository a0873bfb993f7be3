//! The JSON Schema of `report.json`, `docs/report-json.schema.json`: it is
//! generated from the types the report is written from, so the committed
//! file must be what they generate today, and the reports the writer makes
//! must validate against it.
//!
//! After changing a type reachable from `checks::Audit`, regenerate it with
//! `GOVAUDIT_BLESS=1 cargo test -p reports --test schema` and commit it.

#[rustfmt::skip]
mod sample;

use std::path::PathBuf;

use checks::Audit;
use checks::scorecard::{Availability, MaintenanceWindow, ProbeDay};
use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

const REGENERATE: &str = "GOVAUDIT_BLESS=1 cargo test -p reports --test schema";

fn schema_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/report-json.schema.json")
}

/// The schema as the types describe what they write: under the serialize
/// contract a field left out when empty (`skip_serializing_if`) is not
/// required, and an `Option` always written is required but may be `null`.
fn generated() -> String {
    let schema =
        SchemaSettings::draft2020_12().for_serialize().into_generator().into_root_schema_for::<Audit>();
    serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
}

fn committed() -> Value {
    let path = schema_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("the committed schema is JSON")
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&committed()).expect("the committed schema is a valid JSON Schema")
}

/// The report the writer makes, as a reader parses it.
fn report(audit: &Audit) -> Value {
    serde_json::from_slice(&reports::json::render(audit).expect("report renders")).expect("report is JSON")
}

fn errors(validator: &jsonschema::Validator, report: &Value) -> Vec<String> {
    validator.iter_errors(report).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn committed_schema_is_the_generated_one() {
    let want = generated();
    let path = schema_path();
    if std::env::var_os("GOVAUDIT_BLESS").is_some() {
        std::fs::write(&path, &want).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    if have != want {
        let first = have.lines().zip(want.lines()).position(|(a, b)| a != b);
        let line = first.map_or(have.lines().count().min(want.lines().count()), |i| i) + 1;
        panic!(
            "docs/report-json.schema.json is not the schema the types generate (first difference at line \
             {line}); rewrite it with `{REGENERATE}`, check the diff and commit it"
        );
    }
}

#[test]
fn sample_reports_validate() {
    let validator = validator();
    let mut with_availability = sample::audit();
    with_availability.sites[0].availability = Some(Availability {
        until: "2026-11-26".into(),
        days: vec![ProbeDay { day: "2026-11-25".into(), probes: 24, failures: 1 }],
        maintenance: vec![MaintenanceWindow {
            from: "2026-11-25 22:00".into(),
            to: "2026-11-26 01:00".into(),
            reason: "机房电力改造".into(),
            excluded: 4,
        }],
    });
    let mut bare = sample::unscored_audit();
    let site = &mut bare.sites[0];
    (site.new_media, site.history, site.policy, site.marks) = (None, None, None, None);
    for audit in [sample::audit(), sample::unscored_audit(), sample::control_audit(), with_availability, bare]
    {
        let report = report(&audit);
        assert_eq!(errors(&validator, &report), Vec::<String>::new());
    }
}

/// The schema is not vacuous: it rejects what the contract rules out, and
/// accepts a field it does not know, which later versions may add.
#[test]
fn schema_rejects_what_the_contract_rules_out() {
    let validator = validator();
    let valid = report(&sample::audit());
    type Breaks = fn(&mut Value);
    let broken: [(&str, Breaks); 8] = [
        ("another schema version", |r| r["schema"] = json!("govaudit/2")),
        ("a required field missing", |r| {
            r["sites"][0]["stats"].as_object_mut().unwrap().remove("pages");
        }),
        ("an unknown severity", |r| r["sites"][0]["findings"][0]["severity"] = json!("warning")),
        ("a count below zero", |r| r["sites"][0]["stats"]["errors"] = json!(-1)),
        ("a string for a number", |r| r["sites"][0]["score"]["total"] = json!("86.9")),
        ("null where null is not allowed", |r| r["sites"][0]["findings"][0]["detail"] = Value::Null),
        ("an unknown veto status", |r| r["sites"][0]["score"]["vetoes"][0]["status"] = json!("maybe")),
        ("an unknown name source", |r| r["sites"][0]["columns"][0]["name_from"] = json!("guess")),
    ];
    for (what, breaks) in broken {
        let mut report = valid.clone();
        breaks(&mut report);
        assert!(!validator.is_valid(&report), "the schema accepts {what}");
    }
    let mut added = valid;
    added["sites"][0]["stats"]["added_later"] = json!(1);
    added["sites"][0]["findings"][0]["added_later"] = json!("x");
    assert_eq!(errors(&validator, &added), Vec::<String>::new(), "fields added later are allowed");
}

/// `docs/report-json.md` documents every field the schema has and every
/// registered check id, so the contract people read cannot fall behind.
#[test]
fn schema_and_contract_agree() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/report-json.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let schema: Value = serde_json::from_str(&generated()).expect("schema is JSON");
    let objects =
        std::iter::once(&schema).chain(schema["$defs"].as_object().into_iter().flat_map(|d| d.values()));
    let mut missing: Vec<String> = objects
        .filter_map(|object| object["properties"].as_object())
        .flat_map(|properties| properties.keys())
        // A field is named in a table as `name`, `block.name` or `name[]`.
        .filter(|key| {
            [format!("`{key}`"), format!(".{key}`"), format!("`{key}[]`")].iter().all(|n| !doc.contains(n))
        })
        .map(|key| format!("field {key}"))
        .collect();
    missing.extend(
        checks::registry::all()
            .filter(|c| !doc.contains(&format!("`{}`", c.id)))
            .map(|c| format!("check {}", c.id)),
    );
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "docs/report-json.md does not document: {}", missing.join(", "));
}
