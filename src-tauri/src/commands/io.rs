use std::path::PathBuf;

use forum_core::i18n;
use forum_core::io::export::{self, ExportOptions, Exported};
use forum_core::io::import::{self, ImportPreview, ImportSummary, RowDecision};
use forum_core::io::mapping::ColumnMapping;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;

use super::{fail, CmdResult};
use crate::state::AppState;

/// Asks for a partner's list to import (runs off the main thread: the
/// dialog blocks).
#[tauri::command]
pub async fn pick_import_file(app: AppHandle) -> Option<String> {
    let lang = app.state::<AppState>().lang();
    app.dialog()
        .file()
        .set_title(i18n::text(lang, "import-dialog-title"))
        .add_filter(
            i18n::text(lang, "import-file-filter"),
            &["csv", "tsv", "txt", "xlsx", "xls"],
        )
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string())
}

#[tauri::command]
pub fn import_preview(
    state: State<'_, AppState>,
    path: String,
    mapping: Option<Vec<Option<ColumnMapping>>>,
) -> CmdResult<ImportPreview> {
    let lang = state.lang();
    state
        .with_forum(|f| import::preview(&f.store, &PathBuf::from(&path), mapping.as_deref(), lang))
        .map_err(fail)
}

#[tauri::command]
pub fn import_commit(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    mapping: Option<Vec<Option<ColumnMapping>>>,
    decisions: Vec<RowDecision>,
) -> CmdResult<ImportSummary> {
    let lang = state.lang();
    state
        .act(&app, |f| {
            import::commit(
                &mut f.store,
                &mut f.history,
                &PathBuf::from(&path),
                mapping.as_deref(),
                &decisions,
                lang,
            )
        })
        .map_err(fail)
}

/// Asks where to save, then writes the guest list; `None` if cancelled.
#[tauri::command]
pub async fn export_guests(app: AppHandle, options: ExportOptions) -> CmdResult<Option<Exported>> {
    let state = app.state::<AppState>();
    let name = i18n::text(options.lang, "export-file-name");
    let Some(path) = super::ask_save_path(
        &app,
        "export-dialog-title",
        name,
        options.format.extension(),
    ) else {
        return Ok(None);
    };
    let count = state
        .with_forum(|f| export::guests(&f.store, &path, &options))
        .map_err(fail)?;
    Ok(Some(Exported {
        path: path.display().to_string(),
        count,
    }))
}
