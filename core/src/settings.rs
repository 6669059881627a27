//! What the app remembers between runs: the interface language, recent
//! forums, the last window geometry. Kept as JSON in the app's config dir.
//! A missing or unreadable settings file gives the defaults: losing the
//! recent list must never stop the app from starting.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::Lang;

/// How many recent forums the File menu lists.
pub const RECENT_MAX: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowGeometry {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
    #[serde(default)]
    pub maximized: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `None` until the user picks one: then the OS locale decides.
    pub language: Option<Lang>,
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    pub window: Option<WindowGeometry>,
}

impl Settings {
    pub fn load(path: &Path) -> Settings {
        fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Writes atomically: a crash never leaves half a settings file.
    pub fn save(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let json = serde_json::to_vec_pretty(self).map_err(|e| Error::InvalidValue {
            field: "settings".into(),
            value: e.to_string(),
        })?;
        let tmp = path.with_extension("json.tmp");
        fs::write(&tmp, json).map_err(|e| Error::io(&tmp, e))?;
        fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
    }

    /// The language to use: the one chosen, else the OS locale's.
    pub fn language_or(&self, os_locale: Option<&str>) -> Lang {
        self.language
            .unwrap_or_else(|| os_locale.map_or_else(Lang::from_env, Lang::from_os_locale))
    }

    /// Puts `path` first in the recent list (once) and trims the list.
    pub fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_MAX);
    }

    /// The most recent forum that still exists.
    pub fn last_forum(&self) -> Option<&Path> {
        self.recent
            .iter()
            .map(PathBuf::as_path)
            .find(|p| p.is_file())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_list_is_most_recent_first_without_repeats() {
        let mut s = Settings::default();
        for i in 0..(RECENT_MAX + 3) {
            s.remember(Path::new(&format!("/nowhere/f{i}.forum")));
        }
        s.remember(Path::new("/nowhere/f5.forum"));
        assert_eq!(s.recent.len(), RECENT_MAX);
        assert_eq!(s.recent[0], PathBuf::from("/nowhere/f5.forum"));
        assert_eq!(
            s.recent.iter().filter(|p| p.ends_with("f5.forum")).count(),
            1
        );
    }

    #[test]
    fn a_broken_settings_file_gives_defaults_and_saving_round_trips() {
        let d = tempfile::tempdir().expect("tmp");
        let p = d.path().join("settings.json");
        fs::write(&p, b"{not json").expect("write");
        assert_eq!(Settings::load(&p), Settings::default());
        let s = Settings {
            language: Some(Lang::Ru),
            recent: vec![PathBuf::from("/a.forum")],
            window: Some(WindowGeometry {
                x: 10,
                y: 20,
                width: 1200,
                height: 800,
                maximized: false,
            }),
        };
        s.save(&p).expect("save");
        assert_eq!(Settings::load(&p), s);
    }

    #[test]
    fn the_os_locale_decides_until_the_user_chooses() {
        let mut s = Settings::default();
        assert_eq!(s.language_or(Some("ru_RU.UTF-8")), Lang::Ru);
        assert_eq!(s.language_or(Some("zh_CN.UTF-8")), Lang::ZhCn);
        s.language = Some(Lang::En);
        assert_eq!(s.language_or(Some("ru_RU.UTF-8")), Lang::En);
    }
}
