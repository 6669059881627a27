//! One Forum Desk per profile: a second launch hands its file argument to
//! the first over a Unix socket in the data dir and exits; the first comes
//! to the front (and opens that file). Per data dir, so tests with their
//! own temp dirs never collide.

use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

use tauri::{AppHandle, Manager};

use crate::launch::Launch;

fn socket_path(dir: &Path) -> PathBuf {
    dir.join("instance.sock")
}

/// `Some(listener)` when this is the first instance; `None` when another
/// instance took our message.
pub fn acquire(launch: &Launch) -> Option<Option<UnixListener>> {
    let dir = launch.data_dir();
    let _ = std::fs::create_dir_all(&dir);
    let path = socket_path(&dir);
    if let Ok(mut s) = UnixStream::connect(&path) {
        let _ = s.set_write_timeout(Some(Duration::from_secs(2)));
        let msg = launch
            .file
            .as_ref()
            .map(|f| {
                f.canonicalize()
                    .unwrap_or_else(|_| f.clone())
                    .display()
                    .to_string()
            })
            .unwrap_or_default();
        if s.write_all(msg.as_bytes()).is_ok() {
            return None;
        }
    }
    // Nobody answered: a socket file left by a crash is stale.
    let _ = std::fs::remove_file(&path);
    // If binding fails (read-only dir, path too long) run without the guard.
    Some(UnixListener::bind(&path).ok())
}

/// Removes our socket when the app ends.
pub fn release(dir: &Path) {
    let _ = std::fs::remove_file(socket_path(dir));
}

/// Answers later launches for as long as the app runs.
pub fn serve(app: AppHandle, listener: Option<UnixListener>) {
    let Some(listener) = listener else { return };
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(conn) = conn else { continue };
            let _ = conn.set_read_timeout(Some(Duration::from_secs(2)));
            let mut msg = String::new();
            let _ = conn.take(64 * 1024).read_to_string(&mut msg);
            let handle = app.clone();
            let _ = app.run_on_main_thread(move || {
                if let Some(w) = handle.get_webview_window(crate::window::MAIN) {
                    let _ = w.unminimize();
                    let _ = w.show();
                    let _ = w.set_focus();
                }
                if !msg.is_empty() {
                    if let Err(e) = crate::forum_file::open(&handle, Path::new(&msg)) {
                        crate::forum_file::report(&handle, &e);
                    }
                }
            });
        }
    });
}
