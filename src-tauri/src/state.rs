//! What the running app holds: the open forum, the language, the settings.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use forum_core::live::SystemClock;
use forum_core::settings::Settings;
use forum_core::{ErrorPayload, Lang, OpenForum};

use tauri::menu::MenuItem;
use tauri::{AppHandle, Wry};

use crate::launch::Launch;

pub struct AppState {
    forum: Mutex<Option<OpenForum>>,
    prefs: Mutex<Prefs>,
    settings_path: PathBuf,
    data_dir: PathBuf,
    /// An error from start-up (e.g. the last forum could not be opened),
    /// shown by the UI once it is up.
    pub startup_error: Mutex<Option<ErrorPayload>>,
    /// The clock live mode runs on (monotonic, anchored to the wall clock).
    pub clock: SystemClock,
    /// The Edit menu's Undo and Redo items, renamed after every action.
    edit_items: Mutex<Option<[MenuItem<Wry>; 2]>>,
}

pub struct Prefs {
    pub lang: Lang,
    pub settings: Settings,
}

/// A poisoned lock only means another command panicked; the data is still usable.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl AppState {
    pub fn start(launch: &Launch) -> AppState {
        let data_dir = launch.data_dir();
        let settings_path = data_dir.join("settings.json");
        let settings = Settings::load(&settings_path);
        let lang = settings.language_or(None);
        AppState {
            forum: Mutex::new(None),
            prefs: Mutex::new(Prefs { lang, settings }),
            settings_path,
            data_dir,
            startup_error: Mutex::new(None),
            clock: SystemClock::default(),
            edit_items: Mutex::new(None),
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn lang(&self) -> Lang {
        lock(&self.prefs).lang
    }

    pub fn forum(&self) -> MutexGuard<'_, Option<OpenForum>> {
        lock(&self.forum)
    }

    pub fn prefs(&self) -> MutexGuard<'_, Prefs> {
        lock(&self.prefs)
    }

    /// Changes the settings and writes them to disk.
    pub fn update_settings(&self, f: impl FnOnce(&mut Prefs)) -> forum_core::Result<()> {
        let mut p = self.prefs();
        f(&mut p);
        p.settings.save(&self.settings_path)
    }

    pub fn edit_items(&self) -> MutexGuard<'_, Option<[MenuItem<Wry>; 2]>> {
        lock(&self.edit_items)
    }

    /// Runs an organizer action (or an undo or a redo) on the open forum,
    /// then names the steps Undo and Redo would take in the Edit menu.
    pub fn act<T>(
        &self,
        app: &AppHandle,
        f: impl FnOnce(&mut OpenForum) -> forum_core::Result<T>,
    ) -> forum_core::Result<T> {
        let out = self.with_forum(f);
        crate::menu::refresh_edit(app);
        out
    }

    /// Runs `f` on the open forum.
    pub fn with_forum<T>(
        &self,
        f: impl FnOnce(&mut OpenForum) -> forum_core::Result<T>,
    ) -> forum_core::Result<T> {
        match self.forum().as_mut() {
            Some(open) => f(open),
            None => Err(forum_core::Error::NoForumOpen),
        }
    }
}
