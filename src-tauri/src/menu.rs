//! The native menu (File, Edit, View, Help), built in the interface language
//! and rebuilt whenever the language or the recent list changes.

use forum_core::i18n::{menu_label, text, text_with, FluentValue};
use forum_core::Lang;
use tauri::menu::{
    AboutMetadataBuilder, CheckMenuItemBuilder, Menu, MenuBuilder, MenuEvent, MenuItemBuilder,
    PredefinedMenuItem, SubmenuBuilder,
};
use tauri::{AppHandle, Emitter, Manager, Wry};

use crate::forum_file::{self, EVENT_NAVIGATE};
use crate::state::AppState;

/// The views of the sidebar, in order; `Ctrl+1` … `Ctrl+5` reach them.
pub const VIEWS: [&str; 5] = ["guests", "seating", "agenda", "live", "settings"];
pub const EVENT_EDIT: &str = "edit-command";

const RECENT_PREFIX: &str = "recent:";
const LANG_PREFIX: &str = "lang:";
const VIEW_PREFIX: &str = "view:";

pub fn install(app: &AppHandle, lang: Lang) -> tauri::Result<()> {
    let menu = build(app, lang)?;
    app.set_menu(menu)?;
    Ok(())
}

fn build(app: &AppHandle, lang: Lang) -> tauri::Result<Menu<Wry>> {
    let t = |id: &str| menu_label(&text(lang, id));
    let recent = app.state::<AppState>().prefs().settings.recent.clone();

    let mut recent_menu = SubmenuBuilder::new(app, t("menu-file-open-recent"));
    if recent.is_empty() {
        recent_menu = recent_menu.item(
            &MenuItemBuilder::with_id("recent-empty", t("menu-file-recent-empty"))
                .enabled(false)
                .build(app)?,
        );
    }
    for (i, p) in recent.iter().enumerate() {
        let label = menu_label(&p.display().to_string());
        recent_menu = recent_menu
            .item(&MenuItemBuilder::with_id(format!("{RECENT_PREFIX}{i}"), label).build(app)?);
    }

    let file = SubmenuBuilder::new(app, t("menu-file"))
        .item(
            &MenuItemBuilder::with_id("file-new", t("menu-file-new"))
                .accelerator("CmdOrCtrl+Shift+N")
                .build(app)?,
        )
        .item(
            &MenuItemBuilder::with_id("file-open", t("menu-file-open"))
                .accelerator("CmdOrCtrl+O")
                .build(app)?,
        )
        .item(&recent_menu.build()?)
        .item(
            &MenuItemBuilder::with_id("file-save-copy", t("menu-file-save-copy"))
                .accelerator("CmdOrCtrl+Shift+S")
                .build(app)?,
        )
        .separator()
        .item(
            &MenuItemBuilder::with_id("file-quit", t("menu-file-quit"))
                .accelerator("CmdOrCtrl+Q")
                .build(app)?,
        )
        .build()?;

    let [(undo_text, can_undo), (redo_text, can_redo)] = edit_labels(app, lang);
    let undo = MenuItemBuilder::with_id("edit-undo", undo_text)
        .accelerator("CmdOrCtrl+Z")
        .enabled(can_undo)
        .build(app)?;
    let redo = MenuItemBuilder::with_id("edit-redo", redo_text)
        .accelerator("CmdOrCtrl+Shift+Z")
        .enabled(can_redo)
        .build(app)?;
    *app.state::<AppState>().edit_items() = Some([undo.clone(), redo.clone()]);
    let edit = SubmenuBuilder::new(app, t("menu-edit"))
        .item(&undo)
        .item(&redo)
        .separator()
        .item(&PredefinedMenuItem::cut(app, Some(&t("menu-edit-cut")))?)
        .item(&PredefinedMenuItem::copy(app, Some(&t("menu-edit-copy")))?)
        .item(&PredefinedMenuItem::paste(
            app,
            Some(&t("menu-edit-paste")),
        )?)
        .item(&PredefinedMenuItem::select_all(
            app,
            Some(&t("menu-edit-select-all")),
        )?)
        .build()?;

    let mut languages = SubmenuBuilder::new(app, t("menu-view-language"));
    for l in Lang::ALL {
        let name = t(&format!("lang-name-{}", l.tag().to_ascii_lowercase()));
        languages = languages.item(
            &CheckMenuItemBuilder::with_id(format!("{LANG_PREFIX}{}", l.tag()), name)
                .checked(l == lang)
                .build(app)?,
        );
    }
    let mut view = SubmenuBuilder::new(app, t("menu-view"));
    for (i, v) in VIEWS.iter().enumerate() {
        view = view.item(
            &MenuItemBuilder::with_id(format!("{VIEW_PREFIX}{v}"), t(&format!("nav-{v}")))
                .accelerator(format!("CmdOrCtrl+{}", i + 1))
                .build(app)?,
        );
    }
    let view = view.separator().item(&languages.build()?).build()?;

    let about = AboutMetadataBuilder::new()
        .name(Some("Forum Desk"))
        .version(Some(env!("CARGO_PKG_VERSION")))
        .build();
    let help = SubmenuBuilder::new(app, t("menu-help"))
        .item(&PredefinedMenuItem::about(
            app,
            Some(&t("menu-help-about")),
            Some(about),
        )?)
        .build()?;

    MenuBuilder::new(app)
        .items(&[&file, &edit, &view, &help])
        .build()
}

/// Steps named in the menu are cut to this many characters.
const STEP_CHARS: usize = 60;

/// "Undo: seat Zhang Pingwen" (enabled) or a plain, disabled "Undo".
fn edit_labels(app: &AppHandle, lang: Lang) -> [(String, bool); 2] {
    let state = app.state::<AppState>();
    let (undo, redo) = state
        .forum()
        .as_ref()
        .map(|f| {
            (
                f.history.next_undo().map(|l| l.text(lang)),
                f.history.next_redo().map(|l| l.text(lang)),
            )
        })
        .unwrap_or_default();
    let one = |plain: &str, named: &str, step: Option<String>| match step {
        Some(s) => {
            let s = if s.chars().count() > STEP_CHARS {
                let cut: String = s.chars().take(STEP_CHARS - 1).collect();
                format!("{}…", cut.trim_end())
            } else {
                s
            };
            let text = text_with(lang, named, [("step", FluentValue::from(s))]);
            (menu_label(&text), true)
        }
        None => (menu_label(&text(lang, plain)), false),
    };
    [
        one("menu-edit-undo", "menu-edit-undo-step", undo),
        one("menu-edit-redo", "menu-edit-redo-step", redo),
    ]
}

/// Renames Undo and Redo after the step each would take now.
pub fn refresh_edit(app: &AppHandle) {
    let lang = app.state::<AppState>().lang();
    let labels = edit_labels(app, lang);
    let items = app.state::<AppState>().edit_items().clone();
    if let Some(items) = items {
        for (item, (text, enabled)) in items.iter().zip(labels) {
            let _ = item.set_text(text);
            let _ = item.set_enabled(enabled);
        }
    }
}

pub fn on_event(app: &AppHandle, event: MenuEvent) {
    let id = event.id().as_ref();
    match id {
        "file-new" => forum_file::ask_new(app),
        "file-open" => forum_file::ask_open(app),
        "file-save-copy" => forum_file::ask_save_copy(app),
        "file-quit" => crate::window::quit(app),
        "edit-undo" => {
            let _ = app.emit(EVENT_EDIT, "undo");
        }
        "edit-redo" => {
            let _ = app.emit(EVENT_EDIT, "redo");
        }
        _ => {
            if let Some(tag) = id.strip_prefix(LANG_PREFIX) {
                match tag.parse::<Lang>() {
                    Ok(lang) => {
                        if let Err(e) = forum_file::set_language(app, lang) {
                            forum_file::report(app, &e);
                        }
                    }
                    Err(e) => forum_file::report(app, &e),
                }
            } else if let Some(view) = id.strip_prefix(VIEW_PREFIX) {
                let _ = app.emit(EVENT_NAVIGATE, view);
            } else if let Some(i) = id.strip_prefix(RECENT_PREFIX) {
                let path = i.parse::<usize>().ok().and_then(|i| {
                    app.state::<AppState>()
                        .prefs()
                        .settings
                        .recent
                        .get(i)
                        .cloned()
                });
                if let Some(path) = path {
                    if let Err(e) = forum_file::open(app, &path) {
                        forum_file::report(app, &e);
                    }
                }
            }
        }
    }
}
