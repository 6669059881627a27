//! How the app was started: `forum-desk [--data-dir DIR] [FILE.forum]`.
//! `FORUM_DESK_DATA_DIR` also sets the data dir (tests use a temp dir each).

use std::path::PathBuf;

/// What the command line asks for.
#[derive(Debug, Clone)]
pub enum Request {
    /// Open the window.
    Run(Launch),
    /// Print this text (usage or version) and exit 0.
    Print(String),
    /// Print this complaint and exit 2.
    Refuse(String),
}

/// Reads the command line: `--help` and `--version` answer on the terminal
/// without opening a window; an unknown option is refused.
pub fn request(args: impl Iterator<Item = String>) -> Request {
    let args: Vec<String> = args.collect();
    let lang = forum_core::Lang::from_env();
    for a in &args {
        match a.as_str() {
            "-h" | "--help" => return Request::Print(forum_core::i18n::text(lang, "app-usage")),
            "-V" | "--version" => {
                return Request::Print(format!("forum-desk {}", env!("CARGO_PKG_VERSION")))
            }
            "--data-dir" => {}
            o if o.starts_with("--data-dir=") => {}
            o if o.starts_with('-') => {
                return Request::Refuse(forum_core::i18n::text_with(
                    lang,
                    "app-unknown-option",
                    [("option", o.to_string().into())],
                ))
            }
            _ => {}
        }
    }
    Request::Run(Launch::from_args(args.into_iter()))
}

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
