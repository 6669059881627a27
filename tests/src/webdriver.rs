//! A small W3C WebDriver client for the end-to-end tests: it starts
//! `tauri-driver` (which starts WebKitWebDriver, which starts the real app)
//! and speaks the handful of commands the tests need.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub type Result<T> = std::result::Result<T, String>;

/// Every WebDriver call gives up after a minute rather than hang the suite.
fn agent() -> &'static ureq::Agent {
    static AGENT: std::sync::OnceLock<ureq::Agent> = std::sync::OnceLock::new();
    AGENT.get_or_init(|| {
        ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(60)))
            .http_status_as_error(false)
            .build()
            .into()
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// `tauri-driver`: from `.tools/bin` (where `make` installs it) or PATH.
pub fn tauri_driver_path() -> Option<PathBuf> {
    let local = crate::root().join(".tools/bin/tauri-driver");
    if local.is_file() {
        return Some(local);
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("tauri-driver"))
            .find(|p| p.is_file())
    })
}

/// The app binary built with the UI inside (`make build`).
pub fn app_path() -> PathBuf {
    crate::built_binary("forum-desk")
}

/// A running `tauri-driver`; stopped with SIGTERM on drop (never SIGKILL: a
/// killed driver orphans WebKitWebDriver and the next run hangs).
pub struct Driver {
    child: Child,
    base: String,
}

impl Driver {
    pub fn start() -> Driver {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "end-to-end tests need an X display: run them under xvfb-run (as `make test` does)"
        );
        let exe = tauri_driver_path()
            .expect("tauri-driver is not installed: run `make test`, which installs it");
        let port = free_port();
        let native = free_port();
        let child = Command::new(exe)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            // The app's first language comes from the OS locale: make it English.
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("tauri-driver starts");
        let d = Driver {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if agent().get(&format!("{}/status", d.base)).call().is_ok() {
                return d;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("tauri-driver did not answer within 20 s");
    }

    /// Starts the app with `args` and opens a WebDriver session on it.
    pub fn launch(&self, args: &[&str]) -> Session {
        let app = app_path();
        assert!(
            app.is_file(),
            "{} is missing: run `make test`, which builds it",
            app.display()
        );
        let caps = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "wry",
                    "tauri:options": { "application": app, "args": args }
                }
            }
        });
        let v = post(&format!("{}/session", self.base), &caps).expect("new session");
        let id = v["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session id in {v}"))
            .to_string();
        Session {
            base: format!("{}/session/{id}", self.base),
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
    }
}

fn unwrap_value(body: Value) -> Result<Value> {
    if let Some(err) = body["value"].get("error") {
        return Err(format!("{err}: {}", body["value"]["message"]));
    }
    Ok(body["value"].clone())
}

fn post(url: &str, body: &Value) -> Result<Value> {
    let resp = agent()
        .post(url)
        .send_json(body)
        .map_err(|e| format!("POST {url}: {e}"))?;
    let v: Value = resp
        .into_body()
        .read_json()
        .map_err(|e| format!("POST {url}: {e}"))?;
    unwrap_value(v)
}

fn get(url: &str) -> Result<Value> {
    let resp = agent()
        .get(url)
        .call()
        .map_err(|e| format!("GET {url}: {e}"))?;
    let v: Value = resp
        .into_body()
        .read_json()
        .map_err(|e| format!("GET {url}: {e}"))?;
    unwrap_value(v)
}

/// One app window under test. Closing the session quits the app.
pub struct Session {
    base: String,
}

#[derive(Debug, Clone)]
pub struct Element(String);

impl Session {
    pub fn find_all(&self, css: &str) -> Result<Vec<Element>> {
        let v = post(
            &format!("{}/elements", self.base),
            &json!({"using": "css selector", "value": css}),
        )?;
        Ok(v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e[ELEMENT_KEY].as_str().map(|s| Element(s.to_string())))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Waits up to 15 s for an element matching `css`.
    pub fn wait_for(&self, css: &str) -> Element {
        self.wait_until(css, |s| Ok(s.find_all(css)?.into_iter().next()))
    }

    /// The text of every element matching `css` that is rendered (has a box),
    /// in document order.
    pub fn texts(&self, css: &str) -> Vec<String> {
        let script = format!(
            "return [...document.querySelectorAll({})]
                .filter(e => e.getClientRects().length > 0)
                .map(e => e.textContent.replace(/\\s+/g, ' ').trim());",
            Value::String(css.to_string())
        );
        self.execute(&script)
            .ok()
            .and_then(|v| {
                v.as_array().map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str().map(str::to_string))
                        .collect()
                })
            })
            .unwrap_or_default()
    }

    /// Waits up to 15 s until some rendered element matching `css` has exactly `text`.
    pub fn wait_for_text(&self, css: &str, text: &str) {
        self.wait_until(&format!("{css} with text {text:?}"), |s| {
            Ok(s.texts(css).iter().any(|t| t == text).then_some(()))
        })
    }

    /// Waits up to 15 s until the first element matching `css` has
    /// `textContent` equal to `text` (visible or not).
    pub fn wait_for_content(&self, css: &str, text: &str) {
        let script = format!(
            "const e = document.querySelector({}); return e ? e.textContent.trim() : null;",
            Value::String(css.to_string())
        );
        self.wait_until(&format!("{css} containing {text:?}"), |s| {
            Ok((s.execute(&script)? == Value::String(text.to_string())).then_some(()))
        })
    }

    /// Waits up to 15 s until the input matching `css` holds `value`.
    pub fn wait_for_content_value(&self, css: &str, value: &str) {
        let script = format!(
            "const e = document.querySelector({}); return e ? e.value : null;",
            Value::String(css.to_string())
        );
        self.wait_until(&format!("{css} holding {value:?}"), |s| {
            Ok((s.execute(&script)? == Value::String(value.to_string())).then_some(()))
        })
    }

    fn wait_until<T>(&self, what: &str, mut f: impl FnMut(&Session) -> Result<Option<T>>) -> T {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut last = String::new();
        while Instant::now() < deadline {
            match f(self) {
                Ok(Some(x)) => return x,
                Ok(None) => {}
                Err(e) => last = e,
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("timed out waiting for {what} {last}");
    }

    pub fn text(&self, e: &Element) -> Result<String> {
        let v = get(&format!("{}/element/{}/text", self.base, e.0))?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    pub fn click(&self, e: &Element) {
        post(&format!("{}/element/{}/click", self.base, e.0), &json!({})).expect("click");
    }

    /// Drags with the mouse: press on `from`, move onto `to`, release.
    pub fn drag(&self, from: &Element, to: &Element) {
        self.scroll_into_view(from);
        self.pointer(vec![
            json!({"type": "pointerMove", "duration": 0, "origin": {ELEMENT_KEY: from.0}, "x": 0, "y": 0}),
            json!({"type": "pointerDown", "button": 0}),
            json!({"type": "pointerMove", "duration": 200, "origin": {ELEMENT_KEY: to.0}, "x": 0, "y": 0}),
            json!({"type": "pointerUp", "button": 0}),
        ]);
        let _ = agent().delete(&format!("{}/actions", self.base)).call();
    }

    /// Presses the mouse on `from` and moves a little, leaving the button
    /// down: what the page shows mid-drag can then be looked at.
    pub fn pick_up(&self, from: &Element) {
        self.scroll_into_view(from);
        self.pointer(vec![
            json!({"type": "pointerMove", "duration": 0, "origin": {ELEMENT_KEY: from.0}, "x": 0, "y": 0}),
            json!({"type": "pointerDown", "button": 0}),
            json!({"type": "pointerMove", "duration": 100, "origin": "pointer", "x": 4, "y": 0}),
        ]);
    }

    /// Moves the held mouse onto `to` and lets go.
    pub fn drop_on(&self, to: &Element) {
        self.pointer(vec![
            json!({"type": "pointerMove", "duration": 200, "origin": {ELEMENT_KEY: to.0}, "x": 0, "y": 0}),
            json!({"type": "pointerUp", "button": 0}),
        ]);
        let _ = agent().delete(&format!("{}/actions", self.base)).call();
    }

    /// Scrolls `e` to the middle of its scroll box: pointer actions do not
    /// scroll, and an element below the fold is "out of bounds".
    pub fn scroll_into_view(&self, e: &Element) {
        post(
            &format!("{}/execute/sync", self.base),
            &json!({
                "script": "arguments[0].scrollIntoView({block: 'center', inline: 'center'});",
                "args": [{ELEMENT_KEY: e.0}]
            }),
        )
        .expect("scroll into view");
    }

    fn pointer(&self, actions: Vec<Value>) {
        post(
            &format!("{}/actions", self.base),
            &json!({"actions": [{
                "type": "pointer",
                "id": "mouse",
                "parameters": {"pointerType": "mouse"},
                "actions": actions
            }]}),
        )
        .expect("pointer actions");
    }

    /// Presses keys together (e.g. Alt + ↓) on whatever has the focus.
    pub fn press(&self, keys: &[&str]) {
        let mut actions: Vec<Value> = keys
            .iter()
            .map(|k| json!({"type": "keyDown", "value": k}))
            .collect();
        actions.extend(
            keys.iter()
                .rev()
                .map(|k| json!({"type": "keyUp", "value": k})),
        );
        post(
            &format!("{}/actions", self.base),
            &json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]}),
        )
        .expect("keys");
        let _ = agent().delete(&format!("{}/actions", self.base)).call();
    }

    /// Focuses the first element matching `css`.
    pub fn focus(&self, css: &str) {
        self.wait_for(css);
        self.execute(&format!(
            "document.querySelector({}).focus();",
            Value::String(css.to_string())
        ))
        .expect("focus");
    }

    /// Waits up to 15 s until some rendered element matching `css` contains `text`.
    pub fn wait_for_text_containing(&self, css: &str, text: &str) {
        self.wait_until(&format!("{css} containing {text:?}"), |s| {
            Ok(s.texts(css).iter().any(|t| t.contains(text)).then_some(()))
        })
    }

    /// Waits up to 15 s until nothing matches `css` (a dialog has closed).
    pub fn wait_gone(&self, css: &str) {
        self.wait_until(&format!("{css} gone"), |s| {
            Ok(s.find_all(css)?.is_empty().then_some(()))
        })
    }

    pub fn attribute(&self, e: &Element, name: &str) -> Option<String> {
        get(&format!("{}/element/{}/attribute/{name}", self.base, e.0))
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    }

    pub fn send_keys(&self, e: &Element, text: &str) {
        post(
            &format!("{}/element/{}/value", self.base, e.0),
            &json!({"text": text}),
        )
        .expect("send keys");
    }

    pub fn execute(&self, script: &str) -> Result<Value> {
        post(
            &format!("{}/execute/sync", self.base),
            &json!({"script": script, "args": []}),
        )
    }

    /// Runs an async script; it finishes by calling `arguments[0](value)`.
    pub fn execute_async(&self, script: &str) -> Result<Value> {
        post(
            &format!("{}/execute/async", self.base),
            &json!({"script": script, "args": []}),
        )
    }

    pub fn title(&self) -> String {
        get(&format!("{}/title", self.base))
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// Quits the app.
    pub fn close(self) {
        let _ = agent().delete(&self.base).call();
    }
}

/// A fresh data dir for one app run (settings, the demo forum).
pub fn data_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("fd-e2e-")
        .tempdir_in(std::env::temp_dir())
        .expect("temp dir")
}

pub fn arg(p: &Path) -> String {
    p.display().to_string()
}

/// The names of the X11 windows on the display (what a title bar shows).
pub fn window_titles() -> Vec<String> {
    let out = Command::new("xwininfo")
        .args(["-root", "-tree"])
        .output()
        .expect("xwininfo (x11-utils) runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let start = l.find(" \"")? + 2;
            let end = l[start..].find("\": (")? + start;
            Some(l[start..end].to_string())
        })
        .collect()
}

/// Waits up to 15 s for a window titled `title`.
pub fn wait_for_window_title(title: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        if window_titles().iter().any(|t| t == title) {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("no window titled {title:?}; windows: {:?}", window_titles());
}
