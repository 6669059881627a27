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
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/invoke_handler.rs")))
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
