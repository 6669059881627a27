//! The main window: created at start with the remembered size and position,
//! which are saved again when it closes.

use forum_core::settings::WindowGeometry;
use tauri::{AppHandle, Manager, PhysicalPosition, WebviewUrl, WebviewWindowBuilder, WindowEvent};

use crate::state::AppState;

pub const MAIN: &str = "main";

pub fn create_main(app: &AppHandle) -> tauri::Result<()> {
    let saved = app.state::<AppState>().prefs().settings.window;
    let mut b = WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .title("Forum Desk")
        .min_inner_size(960.0, 600.0)
        .inner_size(1280.0, 800.0);
    if let Some(g) = saved {
        b = b.inner_size(f64::from(g.width), f64::from(g.height));
        if on_some_monitor(app, &g) {
            b = b.position(f64::from(g.x), f64::from(g.y));
        }
        b = b.maximized(g.maximized);
    }
    let w = b.build()?;
    crate::forum_file::refresh_chrome(app);
    let handle = app.clone();
    w.on_window_event(move |e| {
        if let WindowEvent::CloseRequested { .. } = e {
            remember_geometry(&handle);
        }
    });
    Ok(())
}

/// Saved positions are in logical pixels; ignore one no monitor shows
/// (a projector that is gone, a laptop undocked).
fn on_some_monitor(app: &AppHandle, g: &WindowGeometry) -> bool {
    let Ok(monitors) = app.available_monitors() else {
        return false;
    };
    monitors.iter().any(|m| {
        let s = m.scale_factor();
        let p = m.position().to_logical::<f64>(s);
        let z = m.size().to_logical::<f64>(s);
        let (x, y) = (f64::from(g.x), f64::from(g.y));
        x >= p.x - 50.0
            && y >= p.y - 50.0
            && x < p.x + z.width - 100.0
            && y < p.y + z.height - 100.0
    })
}

fn remember_geometry(app: &AppHandle) {
    let Some(w) = app.get_webview_window(MAIN) else {
        return;
    };
    let Ok(scale) = w.scale_factor() else { return };
    let maximized = w.is_maximized().unwrap_or(false);
    let pos = w
        .outer_position()
        .unwrap_or(PhysicalPosition::new(0, 0))
        .to_logical::<i32>(scale);
    let Ok(size) = w.inner_size().map(|s| s.to_logical::<u32>(scale)) else {
        return;
    };
    let state = app.state::<AppState>();
    let _ = state.update_settings(|p| {
        let previous = p.settings.window;
        p.settings.window = Some(match (maximized, previous) {
            // Keep the size to restore to when un-maximized.
            (true, Some(prev)) => WindowGeometry {
                maximized: true,
                ..prev
            },
            _ => WindowGeometry {
                x: pos.x,
                y: pos.y,
                width: size.width,
                height: size.height,
                maximized,
            },
        });
    });
}

/// File ▸ Quit: close the window (which saves its geometry); the app ends
/// with its last window.
pub fn quit(app: &AppHandle) {
    match app.get_webview_window(MAIN) {
        Some(w) => {
            remember_geometry(app);
            let _ = w.destroy();
            app.exit(0);
        }
        None => app.exit(0),
    }
}
