//! Print-ready documents: preview and save as PDF. The data is read under
//! the forum's lock; the layout runs outside it, so the app stays responsive.

use forum_core::docs::{self, DocOptions, Preview, Written};
use forum_core::model::Localized;
use tauri::{AppHandle, Manager, State};

use super::{fail, CmdResult};
use crate::state::AppState;

/// How many pages the preview shows.
const PREVIEW_PAGES: usize = 6;

fn prepare(state: &AppState, options: &DocOptions) -> CmdResult<docs::Prepared> {
    state
        .with_forum(|f| docs::prepare(&f.store, options))
        .map_err(fail)
}

#[tauri::command]
pub async fn document_preview(app: AppHandle, options: DocOptions) -> CmdResult<Preview> {
    let prepared = prepare(&app.state::<AppState>(), &options)?;
    prepared.preview(PREVIEW_PAGES).map_err(fail)
}

/// Asks where to save, then writes the PDF; `None` if cancelled.
#[tauri::command]
pub async fn export_document(app: AppHandle, options: DocOptions) -> CmdResult<Option<Written>> {
    let name = forum_core::i18n::text(options.lang, &format!("doc-kind-{}", options.kind.key()));
    let Some(path) = super::ask_save_path(&app, "doc-save-title", name, "pdf") else {
        return Ok(None);
    };
    let prepared = prepare(&app.state::<AppState>(), &options)?;
    let pages = prepared.write_pdf(&path).map_err(fail)?;
    Ok(Some(Written {
        path: path.display().to_string(),
        pages,
    }))
}

#[tauri::command]
pub fn letter_templates(state: State<'_, AppState>) -> CmdResult<Localized> {
    state
        .with_forum(|f| f.store.read(docs::letters::templates))
        .map_err(fail)
}

#[tauri::command]
pub fn save_letter_templates(
    app: AppHandle,
    state: State<'_, AppState>,
    texts: Localized,
) -> CmdResult<()> {
    state
        .act(&app, |f| docs::letters::save(f, &texts))
        .map_err(fail)
}
