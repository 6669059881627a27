//! The forum's own details: set up with File ▸ New forum…, edited in Settings.

use forum_core::forum::setup::{self, ForumSetup};
use forum_core::forum::zones::{self, Zone};
use tauri::{AppHandle, State};

use super::{fail, CmdResult};
use crate::state::AppState;

/// The open forum's details and host delegation, for the Settings dialog.
#[tauri::command]
pub fn forum_setup(state: State<'_, AppState>) -> CmdResult<ForumSetup> {
    state
        .with_forum(|f| f.store.read(setup::current))
        .map_err(fail)
}

/// Saves the edited details as one undo step; the title and views follow.
#[tauri::command]
pub fn save_forum(app: AppHandle, state: State<'_, AppState>, setup: ForumSetup) -> CmdResult<()> {
    state.act(&app, |f| setup::save(f, &setup)).map_err(fail)?;
    crate::forum_file::details_changed(&app);
    Ok(())
}

/// Checks the new forum's details, asks where to keep its file, creates it
/// and opens it. `None`: the user closed the file dialog (nothing made).
#[tauri::command]
pub async fn create_forum(app: AppHandle, setup: ForumSetup) -> CmdResult<Option<String>> {
    crate::forum_file::create(&app, &setup).map_err(fail)
}

/// Every time zone, named by its cities in the interface language, with
/// offsets on the forum's first day (else today).
#[tauri::command]
pub fn time_zones(state: State<'_, AppState>, on: Option<chrono::NaiveDate>) -> Vec<Zone> {
    let day = on.unwrap_or_else(|| chrono::Local::now().date_naive());
    zones::list(state.lang(), day)
}
