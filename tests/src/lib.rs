//! Helpers shared by the integration and end-to-end tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

pub mod webdriver;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

/// The directory cargo builds into (honours CARGO_TARGET_DIR).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

/// A committed fixture under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// A binary that `make build` left in `target/debug`. The tests never run
/// cargo themselves: a second cargo invocation with other packages selected
/// unifies features differently and compiles the dependency tree again.
pub fn built_binary(name: &str) -> PathBuf {
    let path = target_dir().join("debug").join(name);
    assert!(
        path.is_file(),
        "{} is missing: build first with `make build` (or run `make test`)",
        path.display()
    );
    path
}

/// The `forum-desk-cli` binary from the same build as the app.
pub fn cli_path() -> &'static Path {
    static CLI: OnceLock<PathBuf> = OnceLock::new();
    CLI.get_or_init(|| built_binary("forum-desk-cli"))
}

/// Runs the CLI with `args` and a neutral locale environment.
pub fn cli(args: &[&str]) -> Output {
    Command::new(cli_path())
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("forum-desk-cli runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The demo forum at `path`, its banquet seated automatically.
pub fn seated_demo(path: &Path) -> forum_core::Store {
    let mut store = forum_core::demo::create(path).expect("demo forum");
    store
        .write(|tx| {
            let plan = forum_core::seating::plans(tx, forum_core::Lang::En)?[0]
                .id
                .clone();
            forum_core::seating::auto_seat(tx, &plan)?;
            Ok(())
        })
        .expect("seat the banquet");
    store
}
