//! `make screenshots`: pictures of the real window for the README, in each
//! language. Ignored by `cargo test`; it asserts only that the app shows
//! what it is asked to.

use std::time::Duration;

use forum_tests::webdriver::{arg, data_dir, Driver, Session};

fn shot(name: &str) {
    // WebKit under Xvfb paints a moment after the DOM changes.
    std::thread::sleep(Duration::from_millis(2000));
    let out = forum_tests::root().join(format!("docs/{name}.png"));
    let ok = std::process::Command::new("import")
        .args(["-window", "root", &out.display().to_string()])
        .status()
        .expect("ImageMagick import runs");
    assert!(ok.success());
}

/// Closes the open dialog, as Esc would.
fn close_dialog(app: &Session) {
    app.execute("document.querySelector('dialog[open]').close()")
        .expect("close the dialog");
}

fn switch(app: &Session, lang: &str, label: &str) {
    let b = app.wait_for(&format!("[data-lang={lang}]"));
    app.click(&b);
    app.wait_for_text("[data-view=guests] .label", label);
}

#[test]
#[ignore = "writes docs/*.png; run with `make screenshots`"]
fn screenshots() {
    let driver = Driver::start();
    let dir = data_dir();
    let app = driver.launch(&["--data-dir", &arg(dir.path())]);
    app.wait_for_text(".guest-name", "Zhang Pingwen");
    for (lang, label, tag) in [
        ("en", "Guests & invitations", "en"),
        ("ru", "Гости и приглашения", "ru"),
        ("zh-CN", "嘉宾与邀请", "zh-CN"),
    ] {
        switch(&app, lang, label);
        shot(&format!("screenshot-{tag}"));
        let row = app.wait_for(".guest-name");
        app.click(&row);
        app.wait_for("[data-testid=guest-editor]");
        shot(&format!("editor-{tag}"));
        close_dialog(&app);
    }
    let seating = app.wait_for("[data-view=seating]");
    app.click(&seating);
    let auto = app.wait_for("[data-testid=auto-seat]");
    app.click(&auto);
    app.wait_for_text("[data-testid=seated-count]", "已安排 6 / 20 个座位");
    shot("seating-zh-CN");
    switch(&app, "ru", "Гости и приглашения");
    shot("seating-ru");
    let print = app.wait_for("[data-testid=seating-print]");
    app.click(&print);
    app.wait_for("[data-testid=doc-page]");
    shot("documents-ru");
    close_dialog(&app);
    let agenda = app.wait_for("[data-view=agenda]");
    app.click(&agenda);
    app.wait_for_text("[data-testid=agenda-session] h2", "Церемония открытия");
    shot("agenda-ru");
    switch(&app, "zh-CN", "嘉宾与邀请");
    let settings = app.wait_for("[data-view=settings]");
    app.click(&settings);
    app.wait_for_text(".records h2", "代表团");
    shot("settings-zh-CN");
    let guests = app.wait_for("[data-view=guests]");
    app.click(&guests);
    let open = app.wait_for("[data-testid=guest-import]");
    app.click(&open);
    let path = app.wait_for("[data-testid=import-path]");
    let list = forum_tests::fixture("import/partner-cn-gbk.csv");
    app.send_keys(&path, &format!("{}\u{E007}", list.display()));
    app.wait_for("[data-testid=import-facts]");
    shot("import-zh-CN");
    close_dialog(&app);

    // The agenda editor with an item open, in English.
    switch(&app, "en", "Guests & invitations");
    let agenda = app.wait_for("[data-view=agenda]");
    app.click(&agenda);
    let edit = app.wait_for("[data-testid=agenda-item]:nth-child(4) .row-actions button");
    app.click(&edit);
    app.wait_for_content_value(
        "[data-testid=item-title-en]",
        "Video link-up from Beijing. Keynote: Mathematics and AI",
    );
    shot("agenda-item-en");
    close_dialog(&app);

    // Live mode in Russian, then the stage window speaking the speaker's language.
    switch(&app, "ru", "Гости и приглашения");
    let start = app.wait_for("[data-testid=start-live]");
    app.click(&start);
    app.wait_for("[data-testid=live-current-title]");
    app.focus("body");
    app.press(&["\u{E014}"]);
    app.wait_for_text("[data-testid=live-position]", "Пункт 2 из 7");
    shot("live-ru");
    app.press(&["\u{E014}"]);
    app.wait_for_text("[data-testid=live-position]", "Пункт 3 из 7");
    switch(&app, "zh-CN", "嘉宾与邀请");
    let stage = app.wait_for("[data-testid=live-stage]");
    app.click(&stage);
    forum_tests::webdriver::wait_for_window_title("Forum Desk — 舞台");
    shot("stage-zh-CN");
    app.close();
}

/// One sample page of each printed document, for the README.
#[test]
#[ignore = "writes docs/doc-*.png; run with `make screenshots`"]
fn document_samples() {
    use forum_core::docs::{write_pdf, DocKind, DocOptions, Paper};
    use forum_core::model::Lang;
    let dir = data_dir();
    let store = forum_tests::seated_demo(&dir.path().join("s.forum"));
    for (kind, lang) in [
        (DocKind::PlaceCards, Lang::ZhCn),
        (DocKind::Badges, Lang::En),
        (DocKind::Seating, Lang::Ru),
        (DocKind::Agenda, Lang::En),
        (DocKind::Letters, Lang::Ru),
    ] {
        let pdf = dir.path().join(format!("{}.pdf", kind.key()));
        let o = DocOptions {
            kind,
            lang,
            paper: Paper::A4,
            plan: None,
            session: None,
            guests: None,
            confirmed_only: false,
        };
        write_pdf(&store, &o, &pdf).expect("pdf");
        // Letters: the fifth is the first in Russian (Semin's).
        let page = if kind == DocKind::Letters { "5" } else { "1" };
        let out = forum_tests::root().join(format!("docs/doc-{}", kind.key()));
        let ok = std::process::Command::new("pdftoppm")
            .args(["-png", "-r", "60", "-singlefile", "-f", page, "-l", page])
            .arg(&pdf)
            .arg(&out)
            .status()
            .expect("pdftoppm runs");
        assert!(ok.success());
    }
}
