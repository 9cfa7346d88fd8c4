//! `assets/knowledge.schema.json` is generated from the model's types (schemars), the same
//! schema the checker walks; this keeps the committed file in step. Regenerate with PERFUSION_EXPLORER_WRITE_SCHEMA=1 cargo test.

use perfusion_explorer::kb::schema::json_schema;

#[test]
fn committed_schema_matches_the_validator() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/knowledge.schema.json");
    let generated = serde_json::to_string_pretty(&json_schema()).expect("serializes") + "\n";
    if std::env::var_os("PERFUSION_EXPLORER_WRITE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write schema");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "assets/knowledge.schema.json is stale; regenerate with PERFUSION_EXPLORER_WRITE_SCHEMA=1 cargo test --test schema"
    );
}

#[test]
fn schema_lists_every_required_field_of_a_fact() {
    let s = json_schema();
    let fact = &s["$defs"]["Fact"];
    assert_eq!(fact["required"], serde_json::json!(["text", "sources"]));
    assert_eq!(
        s["$defs"]["Trust"]["enum"],
        serde_json::json!(["low", "medium", "high"])
    );
    assert_eq!(
        s["properties"]["schema_version"]["maximum"],
        serde_json::json!(perfusion_explorer::kb::model::SCHEMA_VERSION)
    );
}
