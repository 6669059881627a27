//! End to end: the real app window under Xvfb, driven through tauri-driver
//! and WebKitWebDriver, each run with its own temp data dir.
//! `make test` runs these under `xvfb-run` with one test thread.

use std::sync::{Mutex, MutexGuard};

use std::process::Command;
use std::time::{Duration, Instant};

use forum_core::forum;
use forum_core::model::Localized;
use forum_tests::webdriver::{
    app_path, arg, data_dir, wait_for_window_title, Driver, Element, Session,
};

/// One app window at a time: the machine has two cores and one X display.
fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|p| p.into_inner())
}

const GUESTS_LABEL: &str = "[data-view=guests] .label";

/// The app on a fresh data dir, showing the demo forum's guests.
fn open_demo() -> (Driver, tempfile::TempDir, Session) {
    let driver = Driver::start();
    let dir = data_dir();
    let app = driver.launch(&["--data-dir", &arg(dir.path())]);
    app.wait_for_text(".guest-name", "Zhang Pingwen");
    (driver, dir, app)
}

#[test]
fn opens_on_the_demo_forum_and_switches_language_at_once_and_remembers_it() {
    let _one = serial();
    let driver = Driver::start();
    let dir = data_dir();
    let dir_arg = arg(dir.path());
    let app = driver.launch(&["--data-dir", &dir_arg]);

    // First start: English from the OS locale, the demo forum's guests from SQLite.
    app.wait_for_text(GUESTS_LABEL, "Guests & invitations");
    app.wait_for_text(".guest-name", "Zhang Pingwen");
    app.wait_for_text(".guest-name", "Semin Alexey");
    // The forum name may be cut with an ellipsis on a narrow window, so
    // compare its text content rather than what is visible.
    app.wait_for_content(
        "[data-testid=forum-name]",
        "China–Russia Science and Technology Innovation Cooperation Forum",
    );
    assert_eq!(app.texts(".guest-name").len(), 8);

    // Русский: sidebar, names and counts change in place.
    let ru = app.wait_for("[data-lang=ru]");
    app.click(&ru);
    app.wait_for_text(GUESTS_LABEL, "Гости и приглашения");
    app.wait_for_text(".guest-name", "Семин Алексей Алексеевич");
    app.wait_for_text(".guest-name", "Чжан Пинвэнь");
    app.wait_for_text("[data-testid=guest-count]", "8 гостей");
    app.wait_for_text("[data-view=seating] .label", "Рассадка");
    // The title bar shows the forum's name in the chosen language.
    wait_for_window_title(
        "Российско-китайский форум научно-технического и инновационного сотрудничества — Forum Desk",
    );

    // 中文.
    let zh = app.wait_for("[data-lang=zh-CN]");
    app.click(&zh);
    app.wait_for_text(GUESTS_LABEL, "嘉宾与邀请");
    app.wait_for_text(".guest-name", "张平文");
    app.wait_for_content("[data-testid=forum-name]", "中俄科技创新合作论坛");
    let checked = app.wait_for("[data-lang=zh-CN]");
    assert_eq!(
        app.attribute(&checked, "aria-checked").as_deref(),
        Some("true")
    );

    // The seating view speaks Chinese too.
    let seating = app.wait_for("[data-view=seating]");
    app.click(&seating);
    app.wait_for_text("[data-testid=seated-count]", "已安排 0 / 20 个座位");
    // The agenda, timed in the forum's zone.
    let agenda = app.wait_for("[data-view=agenda]");
    app.click(&agenda);
    app.wait_for_text("[data-testid=agenda-session] h2", "开幕式");
    // Live mode with nothing running offers the sessions, in the chosen language.
    let live = app.wait_for("[data-view=live]");
    app.click(&live);
    app.wait_for_text("[data-testid=live-idle] h1", "当前没有进行中的活动");
    // Settings say where the timed backups go: the profile's backups folder.
    let settings = app.wait_for("[data-view=settings]");
    app.click(&settings);
    app.wait_for_text_containing("[data-testid=backup-dir]", &format!("{dir_arg}/backups"));
    app.wait_for_text_containing("[data-testid=backup-dir]", "每十分钟");
    app.close();

    // Restart on the same profile: still Chinese, same forum.
    let app = driver.launch(&["--data-dir", &dir_arg]);
    app.wait_for_text(GUESTS_LABEL, "嘉宾与邀请");
    app.wait_for_text(".guest-name", "张平文");
    app.close();
}

#[test]
fn searching_in_cyrillic_filters_the_guest_list() {
    let _one = serial();
    let (_driver, _dir, app) = open_demo();
    let search = app.wait_for("[data-testid=guest-search]");
    app.send_keys(&search, "Шахрай");
    app.wait_for_text(".guest-name", "Shakhray Sergey");
    // The list narrows to the one match.
    for _ in 0..50 {
        if app.texts(".guest-name").len() == 1 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(
        app.texts(".guest-name"),
        vec!["Shakhray Sergey".to_string()]
    );
    app.close();
}

#[test]
fn a_file_that_is_not_a_forum_is_refused_with_a_message_and_left_alone() {
    let _one = serial();
    let driver = Driver::start();
    let dir = data_dir();
    let notes = dir.path().join("notes.forum");
    std::fs::write(&notes, "Фамилия;Имя\nСемин;Алексей\n").expect("write");
    let before = std::fs::read(&notes).expect("read");
    let app = driver.launch(&["--data-dir", &arg(dir.path()), &arg(&notes)]);
    let banner = app.wait_for("[data-testid=banner-error] p");
    let text = app.text(&banner).expect("text");
    assert!(
        text.contains("notes.forum") && text.contains("is not a Forum Desk forum file"),
        "{text}"
    );
    // The app still lands in a working forum.
    app.wait_for_text(".guest-name", "Zhang Pingwen");
    app.close();
    assert_eq!(std::fs::read(&notes).expect("read"), before);
}

#[test]
fn a_second_launch_hands_its_file_to_the_running_app_and_exits() {
    let _one = serial();
    let dir = data_dir();
    let other = dir.path().join("second.forum");
    forum::create(
        &other,
        Localized::new("第二论坛", "Второй форум", "Second Forum"),
        "Europe/Moscow",
    )
    .expect("create")
    .close()
    .expect("close");

    let driver = Driver::start();
    let app = driver.launch(&["--data-dir", &arg(dir.path())]);
    app.wait_for_text(".guest-name", "Zhang Pingwen");

    let mut second = Command::new(app_path())
        .args(["--data-dir", &arg(dir.path()), &arg(&other)])
        .spawn()
        .expect("second launch");
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(s) = second.try_wait().expect("wait") {
            break s;
        }
        if Instant::now() > deadline {
            let _ = second.kill();
            panic!("the second instance did not exit");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success());

    // The running app opened the file it was handed.
    app.wait_for_content("[data-testid=forum-name]", "Second Forum");
    app.wait_for_text("[data-testid=guest-count]", "0 guests");
    wait_for_window_title("Second Forum — Forum Desk");
    app.close();
}

fn set_select(app: &forum_tests::webdriver::Session, css: &str, value: &str) {
    let script = format!(
        "const s = document.querySelector({}); s.value = {}; s.dispatchEvent(new Event('change', {{ bubbles: true }})); return s.value;",
        serde_json::Value::String(css.into()),
        serde_json::Value::String(value.into())
    );
    assert_eq!(
        app.execute(&script).expect("set select"),
        serde_json::Value::String(value.into())
    );
}

#[test]
fn import_a_partner_list_search_in_cyrillic_and_confirm_a_guest() {
    let _one = serial();
    let (driver, dir, app) = open_demo();

    // Import a Windows-1251 list with `;` through the dialog.
    let open = app.wait_for("[data-testid=guest-import]");
    app.click(&open);
    let path = app.wait_for("[data-testid=import-path]");
    let list = forum_tests::fixture("import/partner-ru-1251.csv");
    app.send_keys(&path, &format!("{}\u{E007}", list.display()));
    app.wait_for("[data-testid=import-facts]");
    let facts = app.texts("[data-testid=import-facts]").join(" ");
    assert!(
        facts.contains("windows-1251") && facts.contains("3 rows"),
        "{facts}"
    );
    // Ivanova is already in the demo: shown with what the row would change,
    // and not imported a second time.
    app.wait_for_text_containing(
        "[data-testid=import-matches] li[data-row='3']",
        "Row 3: Ivanova Mariia — in the list as Ivanova Maria",
    );
    app.wait_for_text("[data-testid=import-commit]", "Import 2 guests");
    let commit = app.wait_for("[data-testid=import-commit]");
    app.click(&commit);
    app.wait_for_text("[data-testid=guest-count]", "10 guests");

    // The same list again: nothing to import, and the dialog says so.
    let open = app.wait_for("[data-testid=guest-import]");
    app.click(&open);
    let path = app.wait_for("[data-testid=import-path]");
    app.send_keys(&path, &format!("{}\u{E007}", list.display()));
    app.wait_for("[data-testid=import-all-known]");
    let commit = app.wait_for("[data-testid=import-commit]");
    assert_eq!(app.attribute(&commit, "disabled").as_deref(), Some("true"));
    app.execute("document.querySelector('dialog[open]').close()")
        .expect("close the dialog");

    // Search in Cyrillic (ё typed as е still finds Ёлкин).
    let search = app.wait_for("[data-testid=guest-search]");
    app.send_keys(&search, "Елкин");
    app.wait_for_text("[data-testid=shown-count]", "1 shown");
    assert_eq!(app.texts(".guest-name"), ["Elkin Petr"]);

    // Confirm that guest with the bulk status change.
    let check = app.wait_for(".grid-row .c-check input");
    app.click(&check);
    set_select(&app, "[data-testid=bulk-status]", "confirmed");
    let apply = app.wait_for("[data-testid=bulk-apply]");
    app.click(&apply);
    app.wait_for_text(".grid-row [data-status=confirmed]", "✓ Confirmed");

    // Export offers what the organizer is looking at: the selection first.
    let export = app.wait_for("[data-testid=guest-export]");
    app.click(&export);
    let checked = "[data-testid=export-scope] input:checked";
    app.wait_for(checked);
    let scope = app
        .execute(&format!(
            "return document.querySelector('{checked}').parentElement.textContent.trim();"
        ))
        .expect("scope");
    assert_eq!(scope, "The selected guests (1)");
    app.wait_for_text_containing(
        "[data-testid=export-scope]",
        "As the list is filtered now (1)",
    );
    app.wait_for_text_containing("[data-testid=export-scope]", "All 10 guests");
    app.execute("document.querySelector('dialog[open]').close()")
        .expect("close the dialog");
    app.close();

    // Saved in the forum file: still there after a restart.
    let app = driver.launch(&["--data-dir", &arg(dir.path())]);
    app.wait_for_text("[data-testid=guest-count]", "10 guests");
    let search = app.wait_for("[data-testid=guest-search]");
    app.send_keys(&search, "Ёлкин");
    app.wait_for_text(".grid-row [data-status=confirmed]", "✓ Confirmed");
    assert_eq!(app.texts(".guest-name"), ["Elkin Petr"]);
    app.close();
}

#[test]
fn deleting_guests_asks_first_and_cancel_keeps_them() {
    let _one = serial();
    let (_driver, _dir, app) = open_demo();
    app.wait_for_text("[data-testid=guest-count]", "8 guests");
    let check = app.wait_for(".grid-row .c-check input");
    app.click(&check);
    let delete = app.wait_for(".danger");
    app.click(&delete);
    app.wait_for_text(
        "[data-testid=confirm-dialog] p",
        "Delete 1 guest? You can undo it with Ctrl+Z.",
    );
    let cancel = app.wait_for("[data-testid=confirm-cancel]");
    app.click(&cancel);
    std::thread::sleep(Duration::from_millis(500));
    assert!(app.texts("[data-testid=confirm-dialog] p").is_empty());
    app.wait_for_text("[data-testid=guest-count]", "8 guests");
    let delete = app.wait_for(".danger");
    app.click(&delete);
    let ok = app.wait_for("[data-testid=confirm-ok]");
    app.click(&ok);
    app.wait_for_text("[data-testid=guest-count]", "7 guests");
    app.close();
}

#[test]
fn a_new_guest_typed_in_han_is_transliterated_and_undo_removes_it() {
    let _one = serial();
    let (_driver, _dir, app) = open_demo();
    let new = app.wait_for("[data-testid=guest-new]");
    app.click(&new);
    let family = app.wait_for("[data-testid=family-han]");
    app.send_keys(&family, "欧阳");
    let given = app.wait_for("[data-testid=given-han]");
    app.send_keys(&given, "娜娜\u{E004}");
    app.wait_for_content_value("[data-testid=family-lat]", "Ouyang");
    app.wait_for_content_value("[data-testid=given-cyr]", "Нана");
    // Esc with typed changes asks first; Cancel keeps the editor and the text.
    app.press(&["\u{E00C}"]);
    app.wait_for_text(
        "[data-testid=confirm-dialog] p",
        "Close without saving? What you typed will be lost.",
    );
    let keep = app.wait_for("[data-testid=confirm-cancel]");
    app.click(&keep);
    app.wait_for_content_value("[data-testid=family-lat]", "Ouyang");
    let save = app.wait_for("[data-testid=guest-save]");
    app.click(&save);
    app.wait_for_text(".guest-name", "Ouyang Nana");
    app.wait_for_text("[data-testid=guest-count]", "9 guests");
    // Ctrl+Z outside a text field undoes the addition.
    let grid = app.wait_for("[data-testid=guest-grid]");
    app.send_keys(&grid, "\u{E009}z\u{E000}");
    app.wait_for_text("[data-testid=guest-count]", "8 guests");
    app.close();
}

/// Opens Seating on the demo banquet: the first waiting guest's chip and
/// name, and seat 10 of the head table (the host's right).
fn seating_start(app: &Session) -> (Element, String, Element) {
    let seating = app.wait_for("[data-view=seating]");
    app.click(&seating);
    app.wait_for_text("[data-testid=seated-count]", "0 of 20 seats taken");
    let chip = app.wait_for(".guest-chip[data-guest-id]");
    let name = app.texts(".guest-chip .name")[0].clone();
    let seat = app.wait_for("[aria-label^='Table 1, seat 10,'] circle");
    (chip, name, seat)
}

#[test]
fn drag_a_guest_onto_a_seat_and_find_it_there_after_a_restart() {
    let _one = serial();
    let (driver, dir, app) = open_demo();
    let (chip, name, seat) = seating_start(&app);

    // The hall's own labels are no bigger than a table top (a global rule of
    // the stage window once drew them thousands of pixels wide).
    let sizes = app
        .execute(
            "const h = (s) => Math.max(0, ...[...document.querySelectorAll(s)].map((e) => e.getBoundingClientRect().height));\
             return [h('.hall-label'), h('.hall-stage'), h('.table-top')];",
        )
        .expect("label sizes");
    let [label_h, stage_h, table_h] = [0, 1, 2].map(|i| sizes[i].as_f64().unwrap_or(f64::MAX));
    assert!(
        table_h > 0.0 && label_h > 0.0 && stage_h > 0.0,
        "no table, label or stage drawn: {sizes}"
    );
    assert!(
        label_h <= table_h && stage_h <= table_h,
        "labels larger than a table: {sizes}"
    );

    // Picking a guest up must not move the plan: the drop lands where the
    // pointer is.
    let plan_top =
        "return document.querySelector('[data-testid=plan-svg]').getBoundingClientRect().top;";
    let before = app.execute(plan_top).expect("plan top");
    app.pick_up(&chip);
    app.wait_for(".picked-note");
    let during = app.execute(plan_top).expect("plan top");
    assert_eq!(before, during, "the plan moved when the drag started");
    app.drop_on(&seat);
    let label = format!("Table 1, seat 10, honour 3: {name}");
    app.wait_for(&format!("[aria-label='{label}']"));
    app.wait_for_text("[data-testid=seated-count]", "1 of 20 seats taken");
    app.close();

    let app = driver.launch(&["--data-dir", &arg(dir.path())]);
    app.wait_for_text(".guest-name", "Zhang Pingwen");
    let seating = app.wait_for("[data-view=seating]");
    app.click(&seating);
    app.wait_for(&format!("[aria-label='{label}']"));
    app.close();
}

/// The demo forum's file in a data dir.
fn forum_file(dir: &std::path::Path) -> std::path::PathBuf {
    std::fs::read_dir(dir)
        .expect("data dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "forum"))
        .expect("a .forum file in the data dir")
}

const ALT: &str = "\u{E00A}";
const CTRL: &str = "\u{E009}";
const DOWN: &str = "\u{E015}";
const RIGHT: &str = "\u{E014}";
const SHIFT: &str = "\u{E008}";

#[test]
fn agenda_items_reorder_by_keyboard_times_follow_and_undo_restores() {
    let _one = serial();
    let (_driver, _dir, app) = open_demo();
    let agenda = app.wait_for("[data-view=agenda]");
    app.click(&agenda);
    app.wait_for_text(".item-title", "Opening remarks by the moderator");
    let first = ".agenda-session:first-of-type [data-testid=agenda-item]";
    let times = |app: &forum_tests::webdriver::Session| -> Vec<String> {
        app.texts(&format!("{first} td.num:nth-child(2)"))
            .into_iter()
            .map(|t| t.chars().take(5).collect())
            .collect()
    };
    assert_eq!(
        app.texts(".item-title")[..2],
        ["Opening remarks by the moderator", "Welcome address"]
    );
    assert_eq!(times(&app)[..3], ["09:30", "09:35", "09:45"]);

    // Alt+↓ on the first row: the 10-minute welcome address now opens at 09:30.
    app.focus(first);
    app.press(&[ALT, DOWN]);
    app.wait_for_text(
        &format!("{first}:first-child .item-title"),
        "Welcome address",
    );
    assert_eq!(times(&app)[..3], ["09:30", "09:40", "09:45"]);

    // Ctrl+Z puts it back.
    app.focus(first);
    app.press(&[CTRL, "z"]);
    app.wait_for_text(
        &format!("{first}:first-child .item-title"),
        "Opening remarks by the moderator",
    );
    assert_eq!(times(&app)[..3], ["09:30", "09:35", "09:45"]);

    // Drag the group photo (last) by its handle onto the first row.
    let handle = app.wait_for(&format!("{first}:last-child .handle"));
    let target = app.wait_for(&format!("{first}:first-child .item-title"));
    app.drag(&handle, &target);
    app.wait_for_text(&format!("{first}:first-child .item-title"), "Group photo");
    assert_eq!(times(&app)[..2], ["09:30", "09:40"]);
    app.focus(first);
    app.press(&[CTRL, "z"]);
    app.wait_for_text(
        &format!("{first}:first-child .item-title"),
        "Opening remarks by the moderator",
    );

    // A new item at the end, with a speaker picked by typing Cyrillic.
    let add = app.wait_for("[data-testid=add-item]");
    app.click(&add);
    let title = app.wait_for("[data-testid=item-title-en]");
    app.send_keys(&title, "Closing words");
    let speaker = app.wait_for("[data-testid=item-speakers] input");
    app.send_keys(&speaker, "Семин\u{E007}");
    app.wait_for_text_containing("[data-testid=item-speakers] .chip", "Semin Alexey");
    let save = app.wait_for("[data-testid=item-save]");
    app.click(&save);
    app.wait_for_text(&format!("{first}:last-child .item-title"), "Closing words");
    app.wait_for_text_containing(
        &format!("{first}:last-child td:nth-child(5)"),
        "Semin Alexey",
    );
    assert_eq!(times(&app).last().map(String::as_str), Some("10:55"));
    app.close();
}

fn wait_for_notice(app: &Session, text: &str) {
    let end = Instant::now() + Duration::from_secs(15);
    loop {
        let now = app.texts("[data-testid=banner-notice] p");
        if now.iter().any(|t| t == text) {
            return;
        }
        assert!(Instant::now() < end, "notice {now:?}, expected {text:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn ctrl_z_takes_back_a_seat_a_delegation_edit_and_an_agenda_move_in_reverse_order() {
    let _one = serial();
    let (_driver, _dir, app) = open_demo();

    // 1. A guest dragged onto a seat.
    let (chip, name, seat) = seating_start(&app);
    app.pick_up(&chip);
    app.drop_on(&seat);
    app.wait_for_text("[data-testid=seated-count]", "1 of 20 seats taken");

    // 2. The Russian delegation renamed in Settings (the old name selected
    // by script: a Ctrl+A sent through WebDriver left the field as it was).
    let settings = app.wait_for("[data-view=settings]");
    app.click(&settings);
    let row = "[data-testid=delegations] tbody tr:nth-child(2)";
    app.wait_for_content_value(&format!("{row} input[lang=en]"), "Russian delegation");
    let input = app.wait_for(&format!("{row} input[lang=en]"));
    app.scroll_into_view(&input);
    app.click(&input);
    app.execute(&format!(
        "document.querySelector('{row} input[lang=en]').select();"
    ))
    .expect("select");
    app.send_keys(&input, "Delegation of Russia");
    let save = app.wait_for(&format!("{row} [data-testid=delegation-save]"));
    app.click(&save);
    wait_for_notice(&app, "Saved.");

    // 3. The first agenda item moved down with Alt+↓.
    let agenda = app.wait_for("[data-view=agenda]");
    app.click(&agenda);
    let first = ".agenda-session:first-of-type [data-testid=agenda-item]";
    app.wait_for_text(
        &format!("{first}:first-child .item-title"),
        "Opening remarks by the moderator",
    );
    app.focus(first);
    app.press(&[ALT, DOWN]);
    app.wait_for_text(
        &format!("{first}:first-child .item-title"),
        "Welcome address",
    );

    // Ctrl+Z three times, each naming what it took back, newest first.
    app.focus(first);
    app.press(&[CTRL, "z"]);
    wait_for_notice(
        &app,
        "Undone: move item “Opening remarks by the moderator”.",
    );
    app.wait_for_text(
        &format!("{first}:first-child .item-title"),
        "Opening remarks by the moderator",
    );
    app.focus(first);
    app.press(&[CTRL, "z"]);
    wait_for_notice(&app, "Undone: changes to “Delegation of Russia”.");
    app.focus(first);
    app.press(&[CTRL, "z"]);
    wait_for_notice(&app, &format!("Undone: seat {name}."));
    // One press, one step: the agenda stays as it was before the move.
    assert_eq!(
        app.texts(&format!("{first}:first-child .item-title")),
        ["Opening remarks by the moderator"]
    );

    let settings = app.wait_for("[data-view=settings]");
    app.click(&settings);
    app.wait_for_content_value(&format!("{row} input[lang=en]"), "Russian delegation");
    let seating = app.wait_for("[data-view=seating]");
    app.click(&seating);
    app.wait_for_text("[data-testid=seated-count]", "0 of 20 seats taken");

    // And Ctrl+Shift+Z redoes the seat.
    app.focus("[data-testid=plan-svg]");
    app.press(&[CTRL, SHIFT, "z"]);
    wait_for_notice(&app, &format!("Redone: seat {name}."));
    app.wait_for_text("[data-testid=seated-count]", "1 of 20 seats taken");
    app.close();
}

#[test]
fn live_mode_counts_down_from_rust_advances_an_item_and_survives_a_restart() {
    let _one = serial();
    let (driver, dir, app) = open_demo();
    let agenda = app.wait_for("[data-view=agenda]");
    app.click(&agenda);
    let start = app.wait_for("[data-testid=start-live]");
    app.click(&start);
    app.wait_for_text(
        "[data-testid=live-current-title]",
        "Opening remarks by the moderator",
    );
    app.wait_for_text("[data-testid=live-position]", "Item 1 of 7");
    app.wait_for_text_containing("[data-testid=live-next]", "Welcome address");
    app.wait_for("[data-testid=live-running]");

    // The countdown moves on its own: the Rust ticker sends it.
    let countdown = app.texts("[data-testid=live-countdown]")[0].clone();
    assert!(countdown.starts_with("0"), "{countdown}");
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.texts("[data-testid=live-countdown]")[0] == countdown {
        assert!(Instant::now() < deadline, "the countdown did not move");
        std::thread::sleep(Duration::from_millis(200));
    }

    // One key for next.
    app.focus("body");
    app.press(&[RIGHT]);
    app.wait_for_text("[data-testid=live-current-title]", "Welcome address");
    app.wait_for_text("[data-testid=live-position]", "Item 2 of 7");
    app.wait_for_text_containing("[data-testid=live-current]", "Chen Linhao");
    // +1 minute on the current item.
    let plus = app.wait_for("[data-testid=live-plus]");
    app.click(&plus);
    app.wait_for_text_containing("[data-testid=live-state]", "slot 11:00");

    // The stage window opens with the speaker's countdown.
    let stage = app.wait_for("[data-testid=live-stage]");
    app.click(&stage);
    wait_for_window_title("Forum Desk — stage");
    // Its title follows the language like the main window's.
    let ru = app.wait_for("[data-lang=ru]");
    app.click(&ru);
    wait_for_window_title("Forum Desk — сцена");
    let en = app.wait_for("[data-lang=en]");
    app.click(&en);
    app.wait_for_text(GUESTS_LABEL, "Guests & invitations");
    app.close();

    // The actual times are in the file.
    let store = forum_core::Store::open(&forum_file(dir.path())).expect("open");
    let recorded: Vec<(Option<String>, Option<String>)> = store
        .read(|c| {
            let mut st = c.prepare(
                "SELECT i.actual_start, i.actual_end FROM item i JOIN session s ON s.id = i.session_id
                 WHERE s.title_en = 'Opening ceremony' AND i.deleted_at IS NULL ORDER BY i.position",
            )?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .expect("items");
    drop(store);
    assert!(
        recorded[0].0.is_some() && recorded[0].1.is_some(),
        "{recorded:?}"
    );
    assert_eq!(
        recorded[1].0, recorded[0].1,
        "the second item starts as the first ends"
    );
    assert_eq!(recorded[1].1, None);

    // After a restart the session is still running at the same item.
    let app = driver.launch(&["--data-dir", &arg(dir.path())]);
    app.wait_for("[data-testid=live-running]");
    let live = app.wait_for("[data-view=live]");
    app.click(&live);
    app.wait_for_text("[data-testid=live-current-title]", "Welcome address");
    // Stop asks first: Cancel keeps the session running.
    let stop = app.wait_for("[data-testid=live-stop]");
    app.click(&stop);
    let keep = app.wait_for("[data-testid=confirm-cancel]");
    app.click(&keep);
    app.wait_for_text("[data-testid=live-current-title]", "Welcome address");
    let stop = app.wait_for("[data-testid=live-stop]");
    app.click(&stop);
    let ok = app.wait_for("[data-testid=confirm-ok]");
    app.click(&ok);
    app.wait_for("[data-testid=live-idle]");
    app.close();
}

#[test]
fn documents_are_previewed_in_the_app_before_saving() {
    let _one = serial();
    let (_driver, _dir, app) = open_demo();
    let print = app.wait_for("[data-testid=guest-print]");
    app.click(&print);
    app.wait_for("[data-testid=documents-dialog]");
    // Badges for the six confirmed guests: one page, drawn by the PDF engine.
    app.wait_for_text("[data-testid=doc-page-count]", "1 page");
    assert_eq!(app.texts("[data-testid=doc-page]").len(), 1);
    let src = app
        .execute("return document.querySelector('[data-testid=doc-page]').src")
        .expect("src");
    assert!(
        src.as_str()
            .is_some_and(|s| s.starts_with("data:image/svg+xml")),
        "{src}"
    );
    // Letters: one per confirmed delegate by default, one per delegate
    // not declined when asked.
    let letters = app.wait_for("[data-testid=doc-kind-letters]");
    app.click(&letters);
    app.wait_for_text("[data-testid=doc-page-count]", "6 pages");
    let all = app.wait_for("[data-testid=doc-scope] input[value=all]");
    app.click(&all);
    app.wait_for_text(
        "[data-testid=doc-page-count]",
        "8 pages (the first 6 shown)",
    );
    app.close();
}

/// A key press as the X server delivers it (GTK menu accelerators do not
/// see WebDriver's keys, which go to the page).
fn x_keys(args: &[&str]) {
    let ok = Command::new("xdotool")
        .args(args)
        .status()
        .expect("xdotool runs");
    assert!(ok.success(), "xdotool {args:?}");
}

/// Sets an input's value as typing would (date inputs take no WebDriver keys).
fn set_input(app: &Session, css: &str, value: &str) {
    app.wait_for(css);
    app.execute(&format!(
        "const e = document.querySelector({}); e.value = {};
         e.dispatchEvent(new Event('input', {{ bubbles: true }}));
         e.dispatchEvent(new Event('change', {{ bubbles: true }}));",
        serde_json::Value::String(css.into()),
        serde_json::Value::String(value.into())
    ))
    .expect("set input");
}

#[test]
fn a_new_forum_set_up_in_the_dialog_names_the_window_and_signs_its_letters() {
    let _one = serial();
    let (_driver, dir, app) = open_demo();
    let target = dir.path().join("rectors.forum");

    // File ▸ New forum… (its accelerator, pressed on the window).
    x_keys(&["mousemove", "300", "300"]);
    x_keys(&["key", "ctrl+shift+n"]);
    app.wait_for("[data-testid=forum-dialog]");
    // No name: refused in the dialog, nothing asked, nothing made.
    let create = app.wait_for("[data-testid=forum-submit]");
    app.click(&create);
    app.wait_for_text_containing(
        "[data-testid=forum-problem]",
        "Give the forum a name in at least one language",
    );

    let type_in = |css: &str, text: &str| {
        let e = app.wait_for(css);
        app.send_keys(&e, text);
    };
    type_in(
        "[data-testid=forum-name-ru]",
        "Форум ректоров вузов России и Китая",
    );
    type_in(
        "[data-testid=forum-name-en]",
        "Russian–Chinese Rectors’ Forum",
    );
    type_in("[data-testid=forum-city-ru]", "Казань");
    type_in("[data-testid=forum-city-en]", "Kazan");
    set_input(&app, "[data-testid=forum-starts]", "2027-09-20");
    set_input(&app, "[data-testid=forum-ends]", "2027-09-21");
    // The time zone by its city, not by its IANA name.
    type_in("[data-testid=forum-zone-input]", "Kazan");
    let moscow = app.wait_for("[data-zone='Europe/Moscow']");
    assert!(app.text(&moscow).expect("text").contains("UTC+3"));
    app.click(&moscow);
    set_select(&app, "[data-testid=forum-host]", "+");
    type_in("[data-testid=forum-host-ru]", "Российская делегация");
    type_in("[data-testid=forum-host-en]", "Russian delegation");
    set_select(&app, "[data-testid=forum-host-country]", "RU");
    type_in("[data-testid=forum-signatory-ru]", "Сафин Ленар Рафикович");
    type_in(
        "[data-testid=forum-signatory-title-ru]",
        "ректор Казанского федерального университета",
    );
    set_input(&app, "[data-testid=forum-reply-by]", "2027-08-31");

    // Create…: the file dialog asks where; a path typed into it.
    app.click(&create);
    wait_for_window_title("Create a new forum");
    std::thread::sleep(Duration::from_millis(500));
    x_keys(&["key", "ctrl+a"]);
    x_keys(&["type", "--delay", "20", &target.display().to_string()]);
    x_keys(&["key", "Return"]);

    wait_for_window_title("Russian–Chinese Rectors’ Forum — Forum Desk");
    app.wait_for_content("[data-testid=forum-name]", "Russian–Chinese Rectors’ Forum");
    app.wait_gone("[data-testid=forum-dialog]");
    let settings = app.wait_for("[data-view=settings]");
    app.click(&settings);
    app.wait_for_text(
        "[data-testid=forum-zone-label]",
        "Moscow, Saint Petersburg, Kazan (UTC+3)",
    );
    app.close();

    // The file holds what was typed; a partner's list joins the host
    // delegation by its name, and the letters are signed and dated.
    let store = forum_core::Store::open(&target).expect("the new forum opens");
    let f = store.read(forum::get).expect("forum");
    assert_eq!(f.time_zone, "Europe/Moscow");
    assert_eq!(f.honour_side, forum_core::model::HonourSide::Right);
    assert_eq!(f.ends_on, chrono::NaiveDate::from_ymd_opt(2027, 9, 21));
    store.close().expect("close");
    let file = arg(&target);
    let list = forum_tests::fixture("import/partner-ru-1251.csv");
    let out = forum_tests::cli(&[
        "import",
        &file,
        list.to_str().expect("utf-8"),
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "{}", forum_tests::stderr(&out));
    let store = forum_core::Store::open(&target).expect("open");
    let dels = store
        .read(forum_core::guests::orgs::delegations)
        .expect("delegations");
    assert_eq!(
        dels.len(),
        1,
        "the list's «Российская делегация» is the host: {dels:?}"
    );
    assert!(dels[0].is_host && dels[0].country == "RU");
    store.close().expect("close");
    let pdf = dir.path().join("letters.pdf");
    let out = forum_tests::cli(&[
        "export",
        &file,
        "letters",
        "--format",
        "pdf",
        "-o",
        &arg(&pdf),
    ]);
    assert!(out.status.success(), "{}", forum_tests::stderr(&out));
    let text = Command::new("pdftotext")
        .args([arg(&pdf).as_str(), "-"])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    for want in [
        "Форум ректоров вузов России и Китая",
        "Казань",
        "20–21 сентября 2027 г.",
        "Просим сообщить о вашем участии до 31 августа 2027 г.",
        "Сафин Ленар Рафикович",
    ] {
        assert!(text.contains(want), "the letter lacks {want:?}:\n{text}");
    }
}

#[test]
fn two_records_of_one_guest_are_compared_side_by_side_and_merged_field_by_field() {
    let _one = serial();
    // The demo forum, and a partner's second record of Chen Linhao: the
    // same organization, a new e-mail, no Chinese name.
    let dir = data_dir();
    let path = dir.path().join("demo.forum");
    let mut store = forum_core::demo::create(&path).expect("demo");
    let chen = store
        .read(forum_core::guests::all)
        .expect("guests")
        .into_iter()
        .find(|g| g.name.family_lat == "Chen" && g.name.given_lat == "Linhao")
        .expect("Chen Linhao");
    let copy = forum_core::model::Guest {
        organization_id: chen.organization_id.clone(),
        name: forum_core::model::NameParts {
            family_lat: "Chen".into(),
            given_lat: "Linhao".into(),
            ..Default::default()
        },
        email: "linhao.chen@partner.example".into(),
        source: "partner-list.xlsx".into(),
        ..Default::default()
    };
    std::thread::sleep(Duration::from_millis(5));
    store
        .write(|tx| forum_core::guests::insert(tx, &copy))
        .expect("the copy");
    store.close().expect("close");

    let driver = Driver::start();
    let app = driver.launch(&["--data-dir", &arg(dir.path()), &arg(&path)]);
    app.wait_for_text(".guest-name", "Zhang Pingwen");
    let open = app.wait_for("[data-testid=guest-duplicates]");
    app.click(&open);
    let compare = app.wait_for("[data-testid=dup-compare]");
    app.click(&compare);
    app.wait_for("[data-testid=merge-table]");
    app.wait_for_text_containing("[data-testid=merge-side-a] .origin", "Entered by hand");
    app.wait_for_text_containing(
        "[data-testid=merge-side-b] .origin",
        "Imported from partner-list.xlsx",
    );
    // Both have an e-mail: the earlier record's is proposed; the organizer
    // takes the partner's. The Chinese name only the first has: it stays.
    let differing = app.texts("tr.differs th");
    assert!(
        differing.iter().any(|t| t.contains("E-mail")),
        "the e-mail differs: {differing:?}"
    );
    let pick = app.wait_for("[data-testid='pick-b-email']");
    app.scroll_into_view(&pick);
    app.click(&pick);
    let merge = app.wait_for("[data-testid=merge-do]");
    app.click(&merge);
    app.wait_for_text_containing(".banner", "Chen Linhao");
    app.close();

    let store = forum_core::Store::open(&path).expect("open");
    let chens: Vec<_> = store
        .read(forum_core::guests::all)
        .expect("guests")
        .into_iter()
        .filter(|g| g.name.family_lat == "Chen" && g.name.given_lat == "Linhao")
        .collect();
    assert_eq!(chens.len(), 1, "one guest left");
    assert_eq!(chens[0].email, "linhao.chen@partner.example");
    assert_eq!(chens[0].name.family_han, "陈");
    assert_eq!(chens[0].organization_id, chen.organization_id);
}
