fn main() {
    // Only the commands listed here can be called from the UI, and only
    // those a capability file allows.
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&["app_state", "set_language", "list_guests"]),
    ))
    .expect("tauri build script");
}
