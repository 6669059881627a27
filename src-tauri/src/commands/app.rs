use forum_core::{AppSnapshot, Lang};
use tauri::{AppHandle, State};

use super::{fail, CmdResult};
use crate::state::AppState;

/// Everything the UI needs to draw its first frame.
#[tauri::command]
pub fn app_state(state: State<'_, AppState>) -> CmdResult<AppSnapshot> {
    let forum = match state.forum().as_ref() {
        Some(f) => Some(forum_core::summary(&f.store).map_err(fail)?),
        None => None,
    };
    Ok(AppSnapshot {
        lang: state.lang(),
        forum,
        error: state.startup_error.lock().ok().and_then(|mut e| e.take()),
        backup_dir: crate::backups::dir(&state).display().to_string(),
    })
}

/// Switches the interface language: remembered, menu rebuilt, every window told.
#[tauri::command]
pub fn set_language(app: AppHandle, lang: Lang) -> CmdResult<()> {
    crate::forum_file::set_language(&app, lang).map_err(fail)
}

/// Every choice the UI offers (statuses, ranks, fields …), from Rust.
#[tauri::command]
pub fn vocabulary() -> forum_core::Vocabulary {
    forum_core::vocabulary()
}
