//! The agenda editor and live mode.

use forum_core::agenda::actions;
use forum_core::agenda::edit::{self, HallChoice, ItemForm, SessionForm};
use forum_core::agenda::schedule::{self, Agenda};
use forum_core::i18n;
use forum_core::io::export::{self, AgendaFormat, Exported};
use forum_core::live::{LiveAction, LiveView};
use forum_core::Lang;
use tauri::{AppHandle, Manager, State};

use super::{fail, CmdResult};
use crate::state::AppState;

/// The agenda with computed times, in the interface language.
#[tauri::command]
pub fn agenda(state: State<'_, AppState>) -> CmdResult<Agenda> {
    let lang = state.lang();
    state
        .with_forum(|f| f.store.read(|c| schedule::load(c, lang)))
        .map_err(fail)
}

#[tauri::command]
pub fn list_halls(state: State<'_, AppState>) -> CmdResult<Vec<HallChoice>> {
    state
        .with_forum(|f| f.store.read(edit::halls))
        .map_err(fail)
}

#[tauri::command]
pub fn get_session(state: State<'_, AppState>, id: String) -> CmdResult<SessionForm> {
    state
        .with_forum(|f| f.store.read(|c| edit::get_session(c, &id)))
        .map_err(fail)
}

/// Creates or updates a session (one undoable step); returns its id.
#[tauri::command]
pub fn save_session(
    app: AppHandle,
    state: State<'_, AppState>,
    form: SessionForm,
) -> CmdResult<String> {
    state
        .act(&app, |f| actions::save_session(f, &form))
        .map_err(fail)
}

#[tauri::command]
pub fn delete_session(app: AppHandle, state: State<'_, AppState>, id: String) -> CmdResult<()> {
    state
        .act(&app, |f| actions::delete_session(f, &id))
        .map_err(fail)
}

#[tauri::command]
pub fn get_item(state: State<'_, AppState>, id: String) -> CmdResult<ItemForm> {
    state
        .with_forum(|f| f.store.read(|c| edit::get_item(c, &id)))
        .map_err(fail)
}

/// Creates or updates an item (one undoable step); returns its id.
#[tauri::command]
pub fn save_item(app: AppHandle, state: State<'_, AppState>, form: ItemForm) -> CmdResult<String> {
    state
        .act(&app, |f| actions::save_item(f, &form))
        .map_err(fail)
}

#[tauri::command]
pub fn delete_item(app: AppHandle, state: State<'_, AppState>, id: String) -> CmdResult<()> {
    state
        .act(&app, |f| actions::delete_item(f, &id))
        .map_err(fail)
}

/// Moves an item to `position` (1-based) in its session.
#[tauri::command]
pub fn move_item(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    position: usize,
) -> CmdResult<()> {
    state
        .act(&app, |f| actions::move_item(f, &id, position))
        .map_err(fail)
}

/// Asks where to save, then writes the agenda (a calendar of the forum or
/// one session, or a running-order table); `None` if cancelled.
#[tauri::command]
pub async fn export_agenda(
    app: AppHandle,
    format: AgendaFormat,
    lang: Lang,
    session: Option<String>,
    semicolon: bool,
) -> CmdResult<Option<Exported>> {
    let name = i18n::text(lang, "export-agenda-file-name");
    let Some(path) = super::ask_save_path(&app, "export-dialog-title", name, format.extension())
    else {
        return Ok(None);
    };
    let count = app
        .state::<AppState>()
        .with_forum(|f| {
            export::agenda_as(&f.store, &path, format, lang, session.as_deref(), semicolon)
        })
        .map_err(fail)?;
    Ok(Some(Exported {
        path: path.display().to_string(),
        count,
    }))
}

/// Starts running a session; the ticker takes it from here.
#[tauri::command]
pub fn live_start(app: AppHandle, session: String) -> CmdResult<Option<LiveView>> {
    let state = app.state::<AppState>();
    state
        .with_forum(|f| f.start_live(&state.clock, &session))
        .map_err(fail)?;
    crate::live::tick(&app)
}

/// Next, previous, pause, ±minutes, stop: answered with the new view at once.
#[tauri::command]
pub fn live_act(app: AppHandle, action: LiveAction) -> CmdResult<Option<LiveView>> {
    let state = app.state::<AppState>();
    state
        .with_forum(|f| f.act_live(&state.clock, action))
        .map_err(fail)?;
    crate::live::tick(&app)
}

#[tauri::command]
pub fn live_view(state: State<'_, AppState>) -> CmdResult<Option<LiveView>> {
    let lang = state.lang();
    match state.with_forum(|f| f.live_view(&state.clock, lang)) {
        Err(forum_core::Error::NoForumOpen) => Ok(None),
        other => other.map_err(fail),
    }
}

/// Opens (or brings forward) the stage window for a second screen.
#[tauri::command]
pub fn open_stage_window(app: AppHandle) -> CmdResult<()> {
    crate::live::open_stage(&app).map_err(|e| {
        forum_core::Error::Io {
            path: "stage".into(),
            source: std::io::Error::other(e.to_string()),
        }
        .payload()
    })
}
