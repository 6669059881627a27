//! The commands the UI may call are listed once, in `commands.txt`: this
//! script makes the invoke handler and the command permissions from it.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=commands.txt");
    let list = std::fs::read_to_string("commands.txt").expect("src-tauri/commands.txt");
    let commands: Vec<(&str, &str)> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_once("::").expect("module::command in commands.txt"))
        .collect();
    let handler = format!(
        "tauri::generate_handler![{}]",
        commands
            .iter()
            .map(|(m, c)| format!("crate::commands::{m}::{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("invoke_handler.rs"), handler)
        .expect("write invoke_handler.rs");
    // Only the commands listed here can be called from the UI, and only
    // those a capability file allows.
    let names: &'static [&'static str] = Vec::leak(
        commands
            .iter()
            .map(|(_, c)| &*String::leak((*c).to_string()))
            .collect(),
    );
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .expect("tauri build script");
}
