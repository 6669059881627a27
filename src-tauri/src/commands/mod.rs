//! Tauri commands: a few lines each, delegating to `forum_core`.

pub mod app;
pub mod guests;
pub mod io;
pub mod seating;

use forum_core::ErrorPayload;

/// What every command returns: data, or an error the UI shows as `error-<code>`.
pub type CmdResult<T> = Result<T, ErrorPayload>;

pub fn fail(e: forum_core::Error) -> ErrorPayload {
    e.payload()
}
