//! The author screen's checker (`src/ui/author.rs` loads it when that screen opens): a trainer's
//! scenario file checked by the content crate's own code ([`rr_content::ScenarioChecker`])
//! against the content built into the app, answered as JSON the app reads.

// Outside the browser only the tests call these.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

use rr_content::{ContentError, FileCheck, Files, ScenarioChecker};
use rr_core::scenario::Scenario;
use serde::Serialize;

include!(concat!(env!("OUT_DIR"), "/files.rs"));

/// The file a trainer starts from.
const TEMPLATE: &str = "templates/scenario.md";

/// One problem, as the app shows it.
#[derive(Serialize)]
struct Problem<'a> {
    line: usize,
    column: usize,
    message: &'a str,
}

/// A check, as the app reads it.
#[derive(Serialize)]
struct Answer<'a> {
    errors: Vec<Problem<'a>>,
    warnings: Vec<Problem<'a>>,
    scenario: Option<&'a Scenario>,
}

fn problems(found: &[ContentError]) -> Vec<Problem<'_>> {
    found.iter().map(|e| Problem { line: e.line, column: e.column, message: &e.message }).collect()
}

/// The checker, made from the content inside this build.
fn checker() -> Result<ScenarioChecker, Vec<ContentError>> {
    ScenarioChecker::new(&Files::from_texts("content", FILES.iter().copied()))
}

/// The check of `text` named `name`, as JSON; when the content inside could not be read (a
/// build of content that does not pass its own check), one problem saying so.
fn answer(checker: &Result<ScenarioChecker, Vec<ContentError>>, name: &str, text: &str) -> String {
    let found = match checker {
        Ok(c) => c.check(name, text),
        Err(errors) => FileCheck {
            scenario: None,
            errors: vec![ContentError::new(
                name,
                1,
                format!("the app's own content has {} problem(s), so files cannot be checked", errors.len()),
            )],
            warnings: Vec::new(),
        },
    };
    let answer = Answer {
        errors: problems(&found.errors),
        warnings: problems(&found.warnings),
        scenario: found.scenario.as_ref(),
    };
    serde_json::to_string(&answer).unwrap_or_else(|_| "{\"errors\":[],\"warnings\":[],\"scenario\":null}".into())
}

fn template() -> &'static str {
    FILES.iter().find(|(rel, _)| *rel == TEMPLATE).map_or("", |(_, text)| text)
}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::sync::OnceLock;
    use wasm_bindgen::prelude::*;

    static CHECKER: OnceLock<Result<rr_content::ScenarioChecker, Vec<rr_content::ContentError>>> = OnceLock::new();

    /// Checks the scenario file `name` holding `text`: JSON with `errors` and `warnings` (each
    /// with `line`, `column`, `message`) and the `scenario` when there is no error.
    #[wasm_bindgen]
    pub fn check(name: String, text: String) -> String {
        super::answer(CHECKER.get_or_init(super::checker), &name, &text)
    }

    /// The file a trainer starts from.
    #[wasm_bindgen]
    pub fn template() -> String {
        super::template().to_string()
    }
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_content_inside_builds_and_the_template_checks_clean() {
        let checker = checker();
        assert!(checker.is_ok(), "{:?}", checker.err());
        let json: serde_json::Value = serde_json::from_str(&answer(&checker, "new.md", template())).unwrap();
        assert_eq!(json["errors"], serde_json::json!([]));
        assert_eq!(json["scenario"]["id"], "new");
    }

    #[test]
    fn problems_come_with_line_and_column() {
        let json: serde_json::Value =
            serde_json::from_str(&answer(&checker(), "new.md", "+++\ntitle = 3\n+++\n")).unwrap();
        assert_eq!(json["scenario"], serde_json::Value::Null);
        assert_eq!(json["errors"][0]["line"], 2, "{json}");
        assert!(json["errors"][0]["column"].as_u64().unwrap() > 0, "{json}");
    }
}
