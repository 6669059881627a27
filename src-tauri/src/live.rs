//! Live mode's heartbeat: a thread that reads the monotonic clock five times
//! a second and sends every window the current view. The UI only draws it,
//! so the countdown stays exact when a window is hidden or the page is busy.

use std::time::Duration;

use forum_core::live::LiveView;
use tauri::{AppHandle, Emitter, Manager, WebviewUrl, WebviewWindowBuilder};

use crate::commands::{fail, CmdResult};
use crate::state::AppState;

pub const EVENT_LIVE: &str = "live-tick";
pub const STAGE: &str = "stage";
const PERIOD: Duration = Duration::from_millis(200);

/// Sends the current view to every window and returns it.
pub fn tick(app: &AppHandle) -> CmdResult<Option<LiveView>> {
    let state = app.state::<AppState>();
    let lang = state.lang();
    let view = match state.with_forum(|f| f.live_view(&state.clock, lang)) {
        Err(forum_core::Error::NoForumOpen) => None,
        other => other.map_err(fail)?,
    };
    let _ = app.emit(EVENT_LIVE, &view);
    Ok(view)
}

pub fn start_ticker(app: AppHandle) {
    std::thread::Builder::new()
        .name("live-ticker".into())
        .spawn(move || {
            let mut was_running = false;
            loop {
                std::thread::sleep(PERIOD);
                let running = app
                    .state::<AppState>()
                    .forum()
                    .as_ref()
                    .is_some_and(|f| f.live.is_some());
                // One last (empty) view after a stop, then silence.
                if running || was_running {
                    let _ = tick(&app);
                }
                was_running = running;
            }
        })
        .map(|_| ())
        .unwrap_or_else(|e| eprintln!("live mode: no ticker thread: {e}"));
}

/// The stage window: only the speaker's countdown, in large type.
pub fn open_stage(app: &AppHandle) -> tauri::Result<()> {
    if let Some(w) = app.get_webview_window(STAGE) {
        return w.set_focus();
    }
    let lang = app.state::<AppState>().lang();
    WebviewWindowBuilder::new(app, STAGE, WebviewUrl::App("index.html#stage".into()))
        .title(forum_core::i18n::text(lang, "live-stage-window-title"))
        .inner_size(960.0, 540.0)
        .build()?;
    Ok(())
}
