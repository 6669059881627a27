//! The commands are listed once (`src-tauri/commands.txt`); the UI calls
//! exactly those, and the main window's capability grants exactly those
//! (the stage window a few of them), so no command is callable that the
//! UI does not use and none the UI uses is refused.

use std::collections::BTreeSet;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn listed() -> BTreeSet<String> {
    read("src-tauri/commands.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_once("::").expect("module::command").1.to_string())
        .collect()
}

/// The `allow-<command>` permissions of a capability file, as command names.
fn granted(rel: &str) -> BTreeSet<String> {
    let cap: serde_json::Value = serde_json::from_str(&read(rel)).expect(rel);
    cap["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| !p.contains(':'))
        .map(|p| {
            p.strip_prefix("allow-")
                .unwrap_or_else(|| panic!("{rel}: {p} is not an allow- permission"))
                .replace('-', "_")
        })
        .collect()
}

/// Every `call<…>('name'` in the UI's one IPC module.
fn called_by_ui() -> BTreeSet<String> {
    let src = read("ui/src/ipc/index.ts");
    let mut out = BTreeSet::new();
    let mut rest = src.as_str();
    while let Some(i) = rest.find("call<") {
        rest = &rest[i + 5..];
        let Some(q) = rest.find(">('") else { break };
        let after = &rest[q + 3..];
        let end = after.find('\'').expect("closing quote");
        out.insert(after[..end].to_string());
        rest = &after[end..];
    }
    out
}

#[test]
fn the_ui_calls_exactly_the_listed_commands() {
    let listed = listed();
    let called = called_by_ui();
    assert!(called.len() > 40, "found the UI's calls: {called:?}");
    let unused: Vec<_> = listed.difference(&called).collect();
    let unknown: Vec<_> = called.difference(&listed).collect();
    assert!(
        unused.is_empty(),
        "listed but never called by the UI: {unused:?}"
    );
    assert!(
        unknown.is_empty(),
        "called by the UI but not listed: {unknown:?}"
    );
}

#[test]
fn the_main_window_may_call_exactly_the_listed_commands_and_the_stage_a_few() {
    let listed = listed();
    assert_eq!(granted("src-tauri/capabilities/default.json"), listed);
    let stage = granted("src-tauri/capabilities/stage.json");
    assert_eq!(
        stage,
        ["app_state", "live_view"]
            .map(String::from)
            .into_iter()
            .collect()
    );
    assert!(stage.is_subset(&listed));
}
