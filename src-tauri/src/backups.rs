//! Timed backups: every ten minutes, if the open forum changed since the
//! last one, a copy goes to `<data dir>/backups` (the newest five per forum
//! are kept). Backups before a migration sit next to the file itself.

use std::path::PathBuf;
use std::time::Duration;

use tauri::{AppHandle, Manager};

use crate::state::AppState;

const INTERVAL: Duration = Duration::from_secs(10 * 60);

/// Where the timed backups go.
pub fn dir(state: &AppState) -> PathBuf {
    state.data_dir().join("backups")
}

pub fn start(app: AppHandle) {
    let spawned = std::thread::Builder::new()
        .name("backups".into())
        .spawn(move || {
            // The forum and its write count at the last backup.
            let mut done: Option<(PathBuf, u64)> = None;
            loop {
                std::thread::sleep(INTERVAL);
                let state = app.state::<AppState>();
                let dir = dir(&state);
                let forum = state.forum();
                let Some(f) = forum.as_ref() else { continue };
                let now = (f.store.path().to_path_buf(), f.store.writes());
                if now.1 == 0 || done.as_ref() == Some(&now) {
                    continue;
                }
                match f.store.backup_into(&dir) {
                    Ok(_) => done = Some(now),
                    Err(e) => crate::forum_file::report(&app, &e),
                }
            }
        });
    if let Err(e) = spawned {
        eprintln!("no backup thread: {e}");
    }
}
