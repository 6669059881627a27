use forum_core::guests::actions::{self, DuplicateHint, GuestDetail, SaveExtras, Saved};
use forum_core::guests::compare::MergeView;
use forum_core::guests::{self, orgs};
use forum_core::io::matching::GuestField;
use forum_core::model::{
    Delegation, Guest, GuestList, GuestListItem, GuestSort, NameParts, Organization, Status,
};
use forum_core::names;
use tauri::{AppHandle, State};

use super::{fail, CmdResult};
use crate::state::AppState;

/// The guest list in the interface language, with its counts.
#[tauri::command]
pub fn list_guests(state: State<'_, AppState>, sort: GuestSort) -> CmdResult<GuestList> {
    let lang = state.lang();
    state
        .with_forum(|f| f.store.read(|c| guests::list_sorted(c, lang, sort)))
        .map_err(fail)
}

/// One guest for the editor, with its invitation history.
#[tauri::command]
pub fn get_guest(state: State<'_, AppState>, id: String) -> CmdResult<GuestDetail> {
    state
        .with_forum(|f| {
            let guest =
                f.store
                    .read(|c| guests::get(c, &id))?
                    .ok_or(forum_core::Error::NotFound {
                        what: "guest",
                        id: id.clone(),
                    })?;
            let history = f.store.read(|c| guests::history(c, &id))?;
            Ok(GuestDetail { guest, history })
        })
        .map_err(fail)
}

/// The name with its empty scripts filled by transliteration, for the editor.
#[tauri::command]
pub fn prefill_name(name: NameParts) -> NameParts {
    names::prefill(&name)
}

#[tauri::command]
pub fn save_guest(
    app: AppHandle,
    state: State<'_, AppState>,
    guest: Guest,
    extras: Option<SaveExtras>,
) -> CmdResult<Saved> {
    let lang = state.lang();
    let extras = extras.unwrap_or_default();
    state
        .act(&app, |f| actions::save_with(f, &guest, &extras, lang))
        .map_err(fail)
}

#[tauri::command]
pub fn delete_guests(
    app: AppHandle,
    state: State<'_, AppState>,
    ids: Vec<String>,
) -> CmdResult<usize> {
    state.act(&app, |f| actions::delete(f, &ids)).map_err(fail)
}

#[tauri::command]
pub fn set_guest_status(
    app: AppHandle,
    state: State<'_, AppState>,
    ids: Vec<String>,
    status: Status,
    note: String,
) -> CmdResult<usize> {
    state
        .act(&app, |f| actions::set_status(f, &ids, status, &note))
        .map_err(fail)
}

#[tauri::command]
pub fn merge_guests(
    app: AppHandle,
    state: State<'_, AppState>,
    keep: String,
    drop: String,
    take: Option<Vec<GuestField>>,
) -> CmdResult<GuestListItem> {
    let lang = state.lang();
    let take = take.unwrap_or_default();
    state
        .act(&app, |f| actions::merge(f, &keep, &drop, &take, lang))
        .map_err(fail)
}

/// Two records of one person side by side, the earlier first.
#[tauri::command]
pub fn compare_guests(state: State<'_, AppState>, a: String, b: String) -> CmdResult<MergeView> {
    let lang = state.lang();
    state
        .with_forum(|f| actions::compare(f, &a, &b, lang))
        .map_err(fail)
}

#[tauri::command]
pub fn find_duplicates(state: State<'_, AppState>) -> CmdResult<Vec<DuplicateHint>> {
    let lang = state.lang();
    state
        .with_forum(|f| actions::all_duplicates(f, lang))
        .map_err(fail)
}

#[tauri::command]
pub fn list_organizations(state: State<'_, AppState>) -> CmdResult<Vec<Organization>> {
    let lang = state.lang();
    state
        .with_forum(|f| f.store.read(|c| orgs::organizations(c, lang)))
        .map_err(fail)
}

#[tauri::command]
pub fn list_delegations(state: State<'_, AppState>) -> CmdResult<Vec<Delegation>> {
    state
        .with_forum(|f| f.store.read(orgs::delegations))
        .map_err(fail)
}

/// Creates (empty id) or renames an organization; returns its id.
#[tauri::command]
pub fn save_organization(
    app: AppHandle,
    state: State<'_, AppState>,
    org: Organization,
) -> CmdResult<String> {
    state
        .act(&app, |f| actions::save_organization(f, &org))
        .map_err(fail)
}

/// Creates (empty id) or edits a delegation; returns its id.
#[tauri::command]
pub fn save_delegation(
    app: AppHandle,
    state: State<'_, AppState>,
    delegation: Delegation,
) -> CmdResult<String> {
    state
        .act(&app, |f| actions::save_delegation(f, &delegation))
        .map_err(fail)
}

/// Moves a delegation one place up (-1) or down (1) in protocol order.
#[tauri::command]
pub fn move_delegation(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    by: i64,
) -> CmdResult<()> {
    state
        .act(&app, |f| actions::move_delegation(f, &id, by))
        .map_err(fail)
}
