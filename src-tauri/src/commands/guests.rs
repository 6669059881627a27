use forum_core::guests;
use forum_core::model::GuestSearch;
use tauri::State;

use super::{fail, CmdResult};
use crate::state::AppState;

/// The guest list as shown in the current interface language, filtered by
/// `query` when one is given.
#[tauri::command]
pub fn list_guests(state: State<'_, AppState>, query: Option<String>) -> CmdResult<GuestSearch> {
    let lang = state.lang();
    state
        .with_store(|s| s.read(|c| guests::search(c, lang, query.as_deref().unwrap_or(""))))
        .map_err(fail)
}
