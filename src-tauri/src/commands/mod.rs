//! Tauri commands: a few lines each, delegating to `forum_core`.

pub mod agenda;
pub mod app;
pub mod docs;
pub mod forum;
pub mod guests;
pub mod io;
pub mod seating;

use forum_core::ErrorPayload;

/// What every command returns: data, or an error the UI shows as `error-<code>`.
pub type CmdResult<T> = Result<T, ErrorPayload>;

pub fn fail(e: forum_core::Error) -> ErrorPayload {
    e.payload()
}

/// Asks where to save a document (blocks: call from an async command);
/// `None` if the user cancelled.
pub fn ask_save_path(
    app: &tauri::AppHandle,
    title_id: &str,
    file_name: String,
    ext: &str,
) -> Option<std::path::PathBuf> {
    use tauri::Manager;
    use tauri_plugin_dialog::DialogExt;
    let lang = app.state::<crate::state::AppState>().lang();
    app.dialog()
        .file()
        .set_title(forum_core::i18n::text(lang, title_id))
        .set_file_name(format!("{file_name}.{ext}"))
        .add_filter(ext.to_uppercase(), &[ext])
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}
