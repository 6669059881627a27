//! How the app was started: `forum-desk [--data-dir DIR] [FILE.forum]`.
//! `FORUM_DESK_DATA_DIR` also sets the data dir (tests use a temp dir each).

use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// Where settings and the default forum live; `None`: the OS app dirs.
    pub data_dir: Option<PathBuf>,
    /// A forum to open instead of the last one.
    pub file: Option<PathBuf>,
}

impl Launch {
    pub fn from_args(args: impl Iterator<Item = String>) -> Launch {
        let mut l = Launch {
            data_dir: std::env::var_os("FORUM_DESK_DATA_DIR")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            file: None,
        };
        let mut args = args.peekable();
        while let Some(a) = args.next() {
            if a == "--data-dir" {
                l.data_dir = args.next().map(PathBuf::from);
            } else if let Some(v) = a.strip_prefix("--data-dir=") {
                l.data_dir = Some(PathBuf::from(v));
            } else if !a.starts_with('-') {
                l.file = Some(PathBuf::from(a));
            }
        }
        l
    }

    pub fn data_dir(&self) -> PathBuf {
        self.data_dir.clone().unwrap_or_else(default_data_dir)
    }
}

fn default_data_dir() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("forum-desk")
}
