use forum_core::i18n;
use forum_core::io::export::{self, ExportFormat, Exported};
use forum_core::seating::view::{self, NewPlan, PlanChange, PlanView};
use forum_core::seating::{self, PlanSummary};
use tauri::{AppHandle, Manager, State};

use super::{fail, CmdResult};
use crate::state::AppState;

#[tauri::command]
pub fn list_plans(state: State<'_, AppState>) -> CmdResult<Vec<PlanSummary>> {
    let lang = state.lang();
    state
        .with_forum(|f| f.store.read(|c| seating::plans(c, lang)))
        .map_err(fail)
}

#[tauri::command]
pub fn plan_view(state: State<'_, AppState>, plan: String) -> CmdResult<PlanView> {
    let lang = state.lang();
    state
        .with_forum(|f| f.store.read(|c| view::view(c, &plan, lang)))
        .map_err(fail)
}

/// Applies one change (auto-seat, assign, swap …) and returns the plan.
#[tauri::command]
pub fn change_plan(
    app: AppHandle,
    state: State<'_, AppState>,
    plan: String,
    change: PlanChange,
) -> CmdResult<PlanView> {
    let lang = state.lang();
    state
        .act(&app, |f| view::apply(f, &plan, &change, lang))
        .map_err(fail)
}

/// Lays out a new hall from a template and makes a plan for it; returns its id.
#[tauri::command]
pub fn create_plan(app: AppHandle, state: State<'_, AppState>, plan: NewPlan) -> CmdResult<String> {
    state
        .act(&app, |f| view::create_plan(f, &plan))
        .map_err(fail)
}

/// Asks where to save, then writes the seating list (XLSX: by table and the
/// door index; CSV: `door_index` picks which).
#[tauri::command]
pub async fn export_seating(
    app: AppHandle,
    plan: String,
    format: ExportFormat,
    door_index: bool,
) -> CmdResult<Option<Exported>> {
    let state = app.state::<AppState>();
    let lang = state.lang();
    let name = i18n::text(lang, "seating-export-file-name");
    let Some(path) = super::ask_save_path(&app, "seating-export-title", name, format.extension())
    else {
        return Ok(None);
    };
    let count = state
        .with_forum(|f| {
            export::seating(
                &f.store,
                &plan,
                &path,
                format,
                lang,
                door_index,
                lang == forum_core::Lang::Ru,
            )
        })
        .map_err(fail)?;
    Ok(Some(Exported {
        path: path.display().to_string(),
        count,
    }))
}

/// Sessions a plan can belong to.
#[tauri::command]
pub fn list_sessions(
    state: State<'_, AppState>,
) -> CmdResult<Vec<forum_core::agenda::SessionChoice>> {
    let lang = state.lang();
    state
        .with_forum(|f| {
            f.store
                .read(|c| forum_core::agenda::session_choices(c, lang))
        })
        .map_err(fail)
}
