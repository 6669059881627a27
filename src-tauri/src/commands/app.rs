use forum_core::undo::UndoState;
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

/// Undoes the last organizer action, whichever view it was made in.
#[tauri::command]
pub fn undo(app: AppHandle, state: State<'_, AppState>) -> CmdResult<UndoState> {
    let lang = state.lang();
    // The step may have been a change to the forum's own details.
    crate::forum_file::watching_details(&app, || state.act(&app, |f| f.undo(lang))).map_err(fail)
}

#[tauri::command]
pub fn redo(app: AppHandle, state: State<'_, AppState>) -> CmdResult<UndoState> {
    let lang = state.lang();
    crate::forum_file::watching_details(&app, || state.act(&app, |f| f.redo(lang))).map_err(fail)
}
