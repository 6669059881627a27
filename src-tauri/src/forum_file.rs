//! Opening, creating and copying forum files, and what follows in the app:
//! the recent list, the window title, the menu and the UI's events.

use std::path::{Path, PathBuf};

use forum_core::forum::setup::{self, ForumSetup};
use forum_core::i18n::{self, FluentValue};
use forum_core::{demo, forum, Error, Lang, OpenForum, Store};
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_dialog::{DialogExt, FilePath};

use crate::state::AppState;

pub const EVENT_FORUM_CHANGED: &str = "forum-changed";
pub const EVENT_LANGUAGE_CHANGED: &str = "language-changed";
pub const EVENT_ERROR: &str = "app-error";
pub const EVENT_NOTICE: &str = "app-notice";
pub const EVENT_NAVIGATE: &str = "navigate";
pub const EVENT_NEW_FORUM: &str = "new-forum";

/// At start: the file named on the command line, else the last forum, else
/// the demo forum in the data dir (created on first run).
pub fn open_at_start(app: &AppHandle, launch: &crate::launch::Launch) {
    let state = app.state::<AppState>();
    let last = state.prefs().settings.last_forum().map(Path::to_path_buf);
    let wanted = launch.file.clone().or(last);
    if let Some(path) = wanted {
        match open(app, &path) {
            Ok(()) => return,
            Err(e) => {
                *state
                    .startup_error
                    .lock()
                    .unwrap_or_else(|p| p.into_inner()) = Some(e.payload())
            }
        }
    }
    let demo_path = state.data_dir().join("demo.forum");
    let res = std::fs::create_dir_all(state.data_dir())
        .map_err(|e| Error::io(state.data_dir(), e))
        .and_then(|()| {
            if demo_path.exists() {
                open(app, &demo_path)
            } else {
                demo::create(&demo_path)?.close()?;
                open(app, &demo_path)
            }
        });
    if let Err(e) = res {
        let mut slot = state
            .startup_error
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            *slot = Some(e.payload());
        }
    }
}

/// Opens `path` as the current forum. On failure the current forum stays open.
pub fn open(app: &AppHandle, path: &Path) -> forum_core::Result<()> {
    let store = Store::open(path)?;
    switch_to(app, store)
}

fn switch_to(app: &AppHandle, store: Store) -> forum_core::Result<()> {
    let state = app.state::<AppState>();
    let summary = forum_core::summary(&store)?;
    let path = store.path().to_path_buf();
    let mut open = OpenForum::new(store);
    // A session that was running when the app stopped goes on.
    open.resume_live(&state.clock)?;
    if let Some(old) = state.forum().replace(open) {
        let _ = old.store.close();
    }
    state.update_settings(|p| p.settings.remember(&path))?;
    refresh_chrome(app);
    let _ = app.emit(EVENT_FORUM_CHANGED, &summary);
    Ok(())
}

pub fn set_language(app: &AppHandle, lang: Lang) -> forum_core::Result<()> {
    let state = app.state::<AppState>();
    state.update_settings(|p| {
        p.lang = lang;
        p.settings.language = Some(lang);
    })?;
    refresh_chrome(app);
    let _ = app.emit(EVENT_LANGUAGE_CHANGED, lang);
    Ok(())
}

/// Title and menu follow the language, the forum and the recent list.
pub fn refresh_chrome(app: &AppHandle) {
    refresh_title(app);
    let lang = app.state::<AppState>().lang();
    if let Err(e) = crate::menu::install(app, lang) {
        report(
            app,
            &Error::InvalidValue {
                field: "menu".into(),
                value: e.to_string(),
            },
        );
    }
}

/// After the forum's own details may have changed (saved in Settings, or
/// an undo): the title and every view follow.
pub fn details_changed(app: &AppHandle) {
    refresh_title(app);
    let state = app.state::<AppState>();
    let summary = state.with_forum(|f| forum_core::summary(&f.store));
    if let Ok(summary) = summary {
        let _ = app.emit(EVENT_FORUM_CHANGED, &summary);
    }
}

/// Runs `f`; if the forum's own details differ afterwards, the title and
/// the views follow ([`details_changed`]).
pub fn watching_details<T>(app: &AppHandle, f: impl FnOnce() -> T) -> T {
    let state = app.state::<AppState>();
    let details = || state.with_forum(|f| f.store.read(forum::get)).ok();
    let before = details();
    let out = f();
    if details() != before {
        details_changed(app);
    }
    out
}

fn refresh_title(app: &AppHandle) {
    let state = app.state::<AppState>();
    let lang = state.lang();
    let title = match state
        .forum()
        .as_ref()
        .and_then(|f| f.store.read(forum::get).ok())
    {
        Some(f) => i18n::text_with(
            lang,
            "app-window-title",
            [("forum", FluentValue::from(f.name.get(lang).to_string()))],
        ),
        None => i18n::text(lang, "app-window-title-empty"),
    };
    if let Some(w) = app.get_webview_window(crate::window::MAIN) {
        let _ = w.set_title(&title);
    }
    if let Some(w) = app.get_webview_window(crate::live::STAGE) {
        let _ = w.set_title(&i18n::text(lang, "live-stage-window-title"));
    }
}

/// Shows an error in the UI (as `error-<code>`).
pub fn report(app: &AppHandle, e: &Error) {
    let _ = app.emit(EVENT_ERROR, e.payload());
}

/// A passing message for the UI, as a Fluent id and arguments so that it
/// follows a language switch like every other text.
pub fn notify(app: &AppHandle, id: &str, args: &[(&str, String)]) {
    let args: serde_json::Map<String, serde_json::Value> = args
        .iter()
        .map(|(k, v)| ((*k).to_string(), serde_json::Value::String(v.clone())))
        .collect();
    let _ = app.emit(EVENT_NOTICE, serde_json::json!({ "id": id, "args": args }));
}

fn dialog_path(fp: Option<FilePath>) -> Option<PathBuf> {
    fp.and_then(|p| p.into_path().ok())
}

fn with_forum_extension(mut p: PathBuf) -> PathBuf {
    if p.extension().is_none_or(|e| e != "forum") {
        let mut name = p.file_name().unwrap_or_default().to_os_string();
        name.push(".forum");
        p.set_file_name(name);
    }
    p
}

fn file_dialog(
    app: &AppHandle,
    title_id: &str,
) -> tauri_plugin_dialog::FileDialogBuilder<tauri::Wry> {
    let lang = app.state::<AppState>().lang();
    let mut d = app
        .dialog()
        .file()
        .set_title(i18n::text(lang, title_id))
        .add_filter(i18n::text(lang, "dialog-forum-filter"), &["forum"]);
    if let Some(w) = app.get_webview_window(crate::window::MAIN) {
        d = d.set_parent(&w);
    }
    d
}

/// File ▸ New forum…: the UI shows the setup dialog.
pub fn ask_new(app: &AppHandle) {
    let _ = app.emit(EVENT_NEW_FORUM, ());
}

/// The setup dialog's Create: checks the details, asks where to keep the
/// file (blocks: call from an async command), creates it and opens it.
/// `None` when the user closed the file dialog; nothing is made then.
pub fn create(app: &AppHandle, s: &ForumSetup) -> forum_core::Result<Option<String>> {
    let details = setup::checked(s)?;
    let lang = app.state::<AppState>().lang();
    let chosen = file_dialog(app, "dialog-new-title")
        .set_file_name(format!("{}.forum", file_stem(details.name.get(lang))))
        .blocking_save_file();
    let Some(path) = dialog_path(chosen).map(with_forum_extension) else {
        return Ok(None);
    };
    if path.exists() {
        // The dialog already asked the user to confirm replacing it; we
        // still never overwrite a forum in place.
        return Err(Error::AlreadyExists { path });
    }
    let store = setup::create(&path, s)?;
    switch_to(app, store)?;
    Ok(Some(path.display().to_string()))
}

/// A file name from a forum's name: no path separators or characters file
/// systems refuse, at most 80 characters.
fn file_stem(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| {
            if "/\\:*?\"<>|".contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let words: Vec<&str> = clean.split_whitespace().collect();
    let mut stem: String = words.join(" ").chars().take(80).collect();
    stem = stem.trim().to_string();
    if stem.is_empty() {
        "forum".into()
    } else {
        stem
    }
}

/// File ▸ Open forum…
pub fn ask_open(app: &AppHandle) {
    let handle = app.clone();
    file_dialog(app, "dialog-open-title").pick_file(move |fp| {
        if let Some(path) = dialog_path(fp) {
            if let Err(e) = open(&handle, &path) {
                report(&handle, &e);
            }
        }
    });
}

/// File ▸ Save a copy as…
pub fn ask_save_copy(app: &AppHandle) {
    let handle = app.clone();
    file_dialog(app, "dialog-save-copy-title")
        .set_file_name("forum-copy.forum")
        .save_file(move |fp| {
            let Some(path) = dialog_path(fp).map(with_forum_extension) else {
                return;
            };
            let state = handle.state::<AppState>();
            let res = state.with_forum(|f| f.store.save_copy(&path));
            match res {
                Ok(()) => notify(
                    &handle,
                    "app-copy-saved",
                    &[("file", path.display().to_string())],
                ),
                Err(e) => report(&handle, &e),
            }
        });
}
