fn main() {
    // Only the commands listed here can be called from the UI, and only
    // those a capability file allows.
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "app_state",
            "set_language",
            "vocabulary",
            "agenda",
            "list_guests",
            "get_guest",
            "prefill_name",
            "save_guest",
            "delete_guests",
            "set_guest_status",
            "merge_guests",
            "find_duplicates",
            "undo",
            "redo",
            "list_organizations",
            "list_delegations",
            "save_organization",
            "save_delegation",
            "pick_import_file",
            "import_preview",
            "import_commit",
            "export_guests",
            "list_plans",
            "plan_view",
            "change_plan",
            "create_plan",
            "list_sessions",
            "export_seating",
        ]),
    ))
    .expect("tauri build script");
}
