//! `forum-desk-cli` as users and scripts call it.

use forum_tests::{cli, stderr, stdout};

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// A temp dir holding the demo forum, written by the CLI; and its path.
fn demo_forum() -> (tempfile::TempDir, String) {
    let d = tmp();
    let f = d.path().join("demo.forum").display().to_string();
    let out = cli(&["demo", &f]);
    assert!(out.status.success(), "{}", stderr(&out));
    (d, f)
}

#[test]
fn demo_then_guests_json_lists_the_demo_guests() {
    let d = tmp();
    let f = d.path().join("demo.forum");
    let f = f.to_str().expect("utf-8 path");
    let out = cli(&["demo", f]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = cli(&["guests", f, "--json", "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let list = v.as_array().expect("array");
    assert_eq!(list.len(), 8);
    let zhang = list
        .iter()
        .find(|g| g["name"]["family_han"] == "张")
        .expect("Zhang Pingwen is listed");
    assert_eq!(zhang["display_name"], "Zhang Pingwen");
    assert_eq!(zhang["organization"], "Peking University");
    assert_eq!(zhang["language"], "zh-CN");
    assert_eq!(zhang["status"], "confirmed");
    for key in ["id", "title", "delegation", "email"] {
        assert!(zhang.get(key).is_some(), "missing {key}");
    }

    let out = cli(&["guests", f, "--json", "--lang", "ru"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let names: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|g| g["display_name"].as_str())
        .collect();
    assert!(names.contains(&"Семин Алексей Алексеевич"), "{names:?}");
    assert!(names.contains(&"Чжан Пинвэнь"), "{names:?}");
}

#[test]
fn search_finds_a_guest_by_any_script() {
    let (_dir, f) = demo_forum();
    let f = f.as_str();
    for q in ["Семин", "semin", "张", "Pingwen"] {
        let out = cli(&["guests", f, "--json", "--search", q]);
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        assert_eq!(v.as_array().expect("array").len(), 1, "query {q}");
    }
}

#[test]
fn messages_follow_lang() {
    let d = tmp();
    let f = d.path().join("f.forum");
    let f = f.to_str().expect("utf-8 path");
    let out = cli(&[
        "--lang",
        "ru",
        "new",
        f,
        "--name",
        "Форум",
        "--tz",
        "Europe/Moscow",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Создан файл"), "{}", stdout(&out));

    let out = cli(&["check", f, "--lang", "ru"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let want = format!(
        "файл цел, формат {}, 0 гостей",
        forum_core::store::latest_version()
    );
    assert!(stdout(&out).contains(&want), "{}", stdout(&out));

    let out = cli(&["check", f, "--lang", "zh-CN"]);
    assert!(stdout(&out).contains("文件完好"), "{}", stdout(&out));

    let out = cli(&["guests", f, "--lang", "en"]);
    assert!(stdout(&out).contains("0 guests"), "{}", stdout(&out));
}

#[test]
fn bad_input_exits_2_with_one_localized_line_and_writes_nothing() {
    let d = tmp();
    let text = d.path().join("list.forum");
    std::fs::write(&text, "not a forum").expect("write");
    let t = text.to_str().expect("utf-8 path");
    let out = cli(&["check", t, "--lang", "ru"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("не файл форума") && err.contains("list.forum"),
        "{err}"
    );
    assert_eq!(std::fs::read(&text).expect("read"), b"not a forum");

    let f = d.path().join("tz.forum");
    let out = cli(&[
        "new",
        f.to_str().expect("utf-8"),
        "--name",
        "X",
        "--tz",
        "Mars/Olympus",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("Mars/Olympus"), "{}", stderr(&out));
    assert!(!f.exists(), "a failed `new` left a file");

    let out = cli(&["demo", t]);
    assert_eq!(out.status.code(), Some(2), "demo over an existing file");
    assert_eq!(std::fs::read(&text).expect("read"), b"not a forum");

    let out = cli(&["guests", t, "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("xx"));
}

#[test]
fn import_dry_run_writes_nothing_then_import_and_export() {
    let (d, f) = demo_forum();
    let f = f.as_str();
    let list = forum_tests::fixture("import/partner-ru-1251.csv");
    let list = list.to_str().expect("utf-8 path");

    let out = cli(&["import", f, list, "--dry-run", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(v["imported"], 2, "Иванова is already in the demo");
    assert_eq!(v["duplicates"], 1);
    assert_eq!(
        v["updated"].as_u64().unwrap_or(0) + v["skipped"].as_u64().unwrap_or(0),
        1,
        "{v}"
    );
    let count = |f: &str| {
        let v: serde_json::Value =
            serde_json::from_str(&stdout(&cli(&["guests", f, "--json"]))).expect("json");
        v.as_array().expect("array").len()
    };
    assert_eq!(count(f), 8, "a dry run writes nothing");

    let out = cli(&["import", f, list, "--lang", "ru"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("новых гостей — 2"),
        "{}",
        stdout(&out)
    );
    assert_eq!(count(f), 10);
    // The same list again adds no one, and says so.
    let out = cli(&["import", f, list, "--lang", "en"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("0 new guests, 0 updated, 3 skipped"),
        "{}",
        stdout(&out)
    );
    assert_eq!(count(f), 10);

    let xlsx = d.path().join("out.xlsx");
    let out = cli(&[
        "export",
        f,
        "guests",
        "--format",
        "xlsx",
        "--lang",
        "zh-CN",
        "-o",
        xlsx.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("10 位嘉宾"), "{}", stdout(&out));
    assert!(xlsx.is_file());

    // Only what the filters let through: confirmed guests of the Chinese delegation.
    let csv = d.path().join("cn.csv");
    let out = cli(&[
        "export",
        f,
        "guests",
        "--format",
        "csv",
        "--status",
        "confirmed,tentative",
        "--delegation",
        "CN",
        "-o",
        csv.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = std::fs::read_to_string(&csv).expect("csv").lines().count();
    assert_eq!(
        lines,
        1 + 3,
        "header + Chen Linhao, Zhang Pingwen, Liang Yongsheng"
    );
    let out = cli(&[
        "export", f, "guests", "--format", "csv", "--status", "maybe", "-o", "x.csv",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("maybe"), "{}", stderr(&out));

    let out = cli(&["export", f, "guests", "--format", "pdf", "-o", "x.pdf"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_bad_import_names_file_row_and_column_and_exits_2() {
    let (_dir, f) = demo_forum();
    let f = f.as_str();
    let before = std::fs::read(f).expect("read");
    let bad = forum_tests::fixture("import/bad-email.csv");
    let out = cli(&["import", f, bad.to_str().expect("utf-8"), "--lang", "zh-CN"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("bad-email.csv") && err.contains("第 3 行") && err.contains("E-mail"),
        "{err}"
    );
    assert_eq!(std::fs::read(f).expect("read"), before, "nothing written");
}

#[test]
fn seat_auto_then_export_the_seating_list_and_door_index() {
    let (d, f) = demo_forum();
    let f = f.as_str();
    let out = cli(&[
        "seat",
        f,
        "--auto",
        "--plan",
        "Welcome banquet",
        "--json",
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    let seats = v[0]["seats"].as_array().expect("seats");
    let at = |name: &str| {
        seats
            .iter()
            .find(|s| s["guest"] == name)
            .map(|s| (s["table"].clone(), s["seat"].clone()))
    };
    assert_eq!(at("Chen Linhao"), Some(("1".into(), 1.into())));
    assert_eq!(
        at("Semin Alexey"),
        Some(("1".into(), 10.into())),
        "host's right"
    );

    let xlsx = d.path().join("seating.xlsx");
    let out = cli(&[
        "export",
        f,
        "seating",
        "--format",
        "xlsx",
        "--lang",
        "ru",
        "-o",
        xlsx.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).expect("xlsx");
    use calamine::Reader;
    assert_eq!(wb.sheet_names(), ["По столам", "Указатель у входа"]);
    let index = wb.worksheet_range("Указатель у входа").expect("index");
    let names: Vec<String> = index.rows().skip(1).map(|r| r[0].to_string()).collect();
    assert_eq!(
        names.first().map(String::as_str),
        Some("Иванова Мария Сергеевна"),
        "{names:?}"
    );

    let csv = d.path().join("door.csv");
    let out = cli(&[
        "export",
        f,
        "seating",
        "--format",
        "csv",
        "--door-index",
        "--lang",
        "zh-CN",
        "-o",
        csv.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&csv).expect("read");
    assert!(text.starts_with("\u{feff}姓名,桌号,座号,代表团"), "{text}");
    assert!(text.contains("陈林浩,1,1,中方代表团"), "{text}");
}

#[test]
fn export_the_agenda_as_ics_and_xlsx() {
    let (d, f) = demo_forum();
    let f = f.as_str();
    let ics = d.path().join("agenda.ics");
    let out = cli(&[
        "export",
        f,
        "agenda",
        "--format",
        "ics",
        "--lang",
        "en",
        "-o",
        ics.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&ics).expect("read");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 8);
    assert!(text.contains("SUMMARY:Keynote: Russian–Chinese university cooperation"));

    let xlsx = d.path().join("agenda.xlsx");
    let out = cli(&[
        "export",
        f,
        "agenda",
        "--format",
        "xlsx",
        "--lang",
        "ru",
        "-o",
        xlsx.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).expect("xlsx");
    let r = wb.worksheet_range("Сценарий").expect("sheet");
    let row: Vec<String> = r
        .rows()
        .nth(5)
        .expect("row")
        .iter()
        .map(|c| c.to_string())
        .collect();
    // The consecutive keynote: 15 minutes of speech take 30.
    assert_eq!(
        row,
        [
            "Церемония открытия",
            "2027-04-16 10:05",
            "2027-04-16 10:35",
            "30",
            "Ключевой доклад: сотрудничество университетов России и Китая",
            "Шахрай Сергей Михайлович",
            "ru",
            "последовательный"
        ]
    );
}

#[test]
fn export_one_session_as_ics_by_its_title_in_any_language() {
    let (d, f) = demo_forum();
    {
        let mut store = forum_core::Store::open(std::path::Path::new(&f)).expect("open");
        store
            .write(|tx| {
                use forum_core::agenda::edit;
                let id = edit::save_session(
                    tx,
                    &edit::SessionForm {
                        id: None,
                        kind: forum_core::model::SessionKind::Press,
                        title: forum_core::model::Localized::new("记者会", "Пресс-подход", "Press"),
                        hall_id: None,
                        new_hall: None,
                        start_local: "2027-04-16T14:00".into(),
                        planned_minutes: Some(20),
                        moderator_id: None,
                    },
                )?;
                edit::insert_item(
                    tx,
                    &id,
                    1,
                    &edit::NewItem {
                        kind: forum_core::model::ItemKind::Qa,
                        title: forum_core::model::Localized::new("", "", "Questions"),
                        minutes: 20,
                        language: "en".into(),
                        interpretation: forum_core::model::Interpretation::Simultaneous,
                    },
                )?;
                Ok(())
            })
            .expect("press session");
        store.close().expect("close");
    }
    let ics = d.path().join("one.ics");
    let export = |session: Option<&str>| {
        let mut args = vec!["export", f.as_str(), "agenda", "--format", "ics", "-o"];
        args.push(ics.to_str().expect("utf-8"));
        if let Some(s) = session {
            args.extend(["--session", s]);
        }
        cli(&args)
    };
    let out = export(None);
    assert!(out.status.success(), "{}", stderr(&out));
    let all = std::fs::read_to_string(&ics).expect("read");
    assert_eq!(all.matches("BEGIN:VEVENT").count(), 10);

    let out = export(Some("Церемония открытия"));
    assert!(out.status.success(), "{}", stderr(&out));
    let one = std::fs::read_to_string(&ics).expect("read");
    assert_eq!(one.matches("BEGIN:VEVENT").count(), 8);
    assert!(!one.contains("Questions"));
    // The same events keep the same UIDs, so calendars update them.
    let uids = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect()
    };
    assert!(uids(&one).iter().all(|u| uids(&all).contains(u)));

    let out = export(Some("No such session"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("No such session"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&ics).expect("read"),
        one,
        "left as it was"
    );
}

/// `forum-desk --help` answers on the terminal in the user's language and
/// never opens a window (no display is given); an unknown option exits 2.
#[test]
fn the_app_binary_answers_help_and_version_without_a_window() {
    let app = forum_tests::built_binary("forum-desk");
    let run = |lang: &str, arg: &str| {
        std::process::Command::new(&app)
            .arg(arg)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .expect("forum-desk runs")
    };
    let ru = run("ru_RU.UTF-8", "--help");
    assert!(ru.status.success(), "{}", stderr(&ru));
    assert!(stdout(&ru).contains("Запуск: forum-desk [--data-dir ПАПКА] [ФАЙЛ.forum]"));
    let zh = run("zh_CN.UTF-8", "-h");
    assert!(stdout(&zh).contains("用法：forum-desk"), "{}", stdout(&zh));
    let version = run("C.UTF-8", "--version");
    assert_eq!(
        stdout(&version).trim(),
        format!("forum-desk {}", env!("CARGO_PKG_VERSION"))
    );
    let bad = run("en_US.UTF-8", "--frobnicate");
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        stderr(&bad).trim(),
        "forum-desk: unknown option --frobnicate (see forum-desk --help)"
    );
}
