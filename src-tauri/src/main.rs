// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod backups;
mod commands;
mod forum_file;
mod launch;
mod live;
mod menu;
mod single_instance;
mod state;
mod window;

use tauri::Manager;

fn main() {
    let launch = match launch::request(std::env::args().skip(1)) {
        launch::Request::Run(l) => l,
        launch::Request::Print(text) => {
            println!("{text}");
            return;
        }
        launch::Request::Refuse(line) => {
            eprintln!("{line}");
            std::process::exit(2);
        }
    };
    let Some(listener) = single_instance::acquire(&launch) else {
        // Another Forum Desk on this profile is running and was asked to come forward.
        return;
    };
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(tauri::generate_handler![
            commands::app::app_state,
            commands::app::set_language,
            commands::app::vocabulary,
            commands::agenda::agenda,
            commands::docs::document_preview,
            commands::docs::export_document,
            commands::docs::letter_templates,
            commands::docs::save_letter_templates,
            commands::agenda::list_halls,
            commands::agenda::get_session,
            commands::agenda::save_session,
            commands::agenda::delete_session,
            commands::agenda::get_item,
            commands::agenda::save_item,
            commands::agenda::delete_item,
            commands::agenda::move_item,
            commands::agenda::export_agenda,
            commands::agenda::live_start,
            commands::agenda::live_act,
            commands::agenda::live_view,
            commands::agenda::open_stage_window,
            commands::guests::list_guests,
            commands::guests::get_guest,
            commands::guests::prefill_name,
            commands::guests::save_guest,
            commands::guests::delete_guests,
            commands::guests::set_guest_status,
            commands::guests::merge_guests,
            commands::guests::find_duplicates,
            commands::guests::undo,
            commands::guests::redo,
            commands::guests::list_organizations,
            commands::guests::list_delegations,
            commands::guests::save_organization,
            commands::guests::save_delegation,
            commands::guests::move_delegation,
            commands::io::pick_import_file,
            commands::io::import_preview,
            commands::io::import_commit,
            commands::io::export_guests,
            commands::seating::list_plans,
            commands::seating::plan_view,
            commands::seating::change_plan,
            commands::seating::create_plan,
            commands::seating::list_sessions,
            commands::seating::export_seating,
        ])
        .setup(move |app| {
            let state = state::AppState::start(&launch);
            let lang = state.lang();
            app.manage(state);
            forum_file::open_at_start(app.handle(), &launch);
            menu::install(app.handle(), lang)?;
            window::create_main(app.handle())?;
            single_instance::serve(app.handle().clone(), listener);
            live::start_ticker(app.handle().clone());
            backups::start(app.handle().clone());
            Ok(())
        })
        .on_menu_event(menu::on_event)
        .build(tauri::generate_context!())
        .expect("Forum Desk could not start its window")
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // Fold the write-ahead log back in: the .forum file alone is
                // then the whole forum, ready to copy to a USB stick.
                if let Some(open) = app.state::<state::AppState>().forum().take() {
                    let _ = open.store.close();
                }
                single_instance::release(app.state::<state::AppState>().data_dir());
            }
        });
}
