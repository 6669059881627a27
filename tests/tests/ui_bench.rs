//! `make bench` (UI part): the real window on a 10,000-guest forum. Prints
//! figures; ignored by `cargo test`.

use forum_tests::webdriver::{arg, data_dir, Driver};

#[test]
#[ignore = "a benchmark: run with `make bench`"]
fn ui_with_ten_thousand_guests() {
    let dir = data_dir();
    let file = dir.path().join("big.forum");
    let out = forum_tests::cli(&["demo", &arg(&file), "--extra-guests", "10000"]);
    assert!(out.status.success(), "{}", forum_tests::stderr(&out));
    let driver = Driver::start();
    let app = driver.launch(&["--data-dir", &arg(dir.path()), &arg(&file)]);
    app.wait_for_text("[data-testid=guest-count]", "10,008 guests");

    // Time from typing a key to the next painted frame, as the user feels it.
    let keystroke = |q: &str| -> f64 {
        let script = format!(
            "const done = arguments[0];
             const input = document.querySelector('[data-testid=guest-search]');
             const t0 = performance.now();
             input.value = {};
             input.dispatchEvent(new Event('input', {{ bubbles: true }}));
             requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));",
            serde_json::Value::String(q.into())
        );
        app.execute_async(&script)
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(f64::NAN)
    };
    // The same, stopped when the DOM is updated (before painting).
    let keystroke_dom = |q: &str| -> f64 {
        let script = format!(
            "const done = arguments[0];
             const input = document.querySelector('[data-testid=guest-search]');
             const t0 = performance.now();
             input.value = {};
             input.dispatchEvent(new Event('input', {{ bubbles: true }}));
             setTimeout(() => done(performance.now() - t0), 0);",
            serde_json::Value::String(q.into())
        );
        app.execute_async(&script)
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(f64::NAN)
    };
    let idle_frames = app
        .execute_async(
            "const done = arguments[0]; const t0 = performance.now();
             requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));",
        )
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(f64::NAN);
    println!("\nUI on 10,008 guests (real window, WebKitGTK under Xvfb)");
    println!(
        "{:<40} {:>8.1} ms",
        "two idle frames (the floor)", idle_frames
    );
    for q in ["z", "zh", "zhang", "", "Чжан", "", "张", ""] {
        println!(
            "{:<40} {:>8.1} ms",
            format!("keystroke → DOM updated, {q:?}"),
            keystroke_dom(q)
        );
    }
    for q in [
        "z", "zh", "zha", "zhan", "zhang", "", "Ч", "Чж", "Чжан", "", "张", "",
    ] {
        println!(
            "{:<40} {:>8.1} ms",
            format!("keystroke → frame, query {q:?}"),
            keystroke(q)
        );
    }
    let scroll = app
        .execute_async(
            "const done = arguments[0];
             const g = document.querySelector('[data-testid=guest-grid]');
             const t0 = performance.now(); let n = 0;
             function step() {
               g.scrollTop += 900; n++;
               if (n < 60) requestAnimationFrame(step);
               else done((performance.now() - t0) / n);
             }
             requestAnimationFrame(step);",
        )
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(f64::NAN);
    println!(
        "{:<40} {:>8.1} ms",
        "scrolling: mean time per frame", scroll
    );
    let reload = app
        .execute_async(
            "const done = arguments[0];
             const t0 = performance.now();
             window.__TAURI_INTERNALS__.invoke('list_guests', { sort: 'name' })
               .then(l => done([performance.now() - t0, l.guests.length]));",
        )
        .ok();
    println!("{:<40} {:?}", "list_guests over IPC (ms, rows)", reload);

    app.close();
}

#[test]
#[ignore = "a benchmark: run with `make bench`"]
fn seating_redraw_with_five_hundred_seats() {
    let dir = data_dir();
    let file = dir.path().join("seats.forum");
    let out = forum_tests::cli(&["demo", &arg(&file), "--extra-guests", "500"]);
    assert!(out.status.success(), "{}", forum_tests::stderr(&out));
    let driver = Driver::start();
    let app = driver.launch(&["--data-dir", &arg(dir.path()), &arg(&file)]);
    app.wait_for_text("[data-testid=guest-count]", "508 guests");
    println!("\nSeating on a forum of 508 guests (real window, WebKitGTK under Xvfb)");
    // Seating: a plenary hall of 500 seats; place a guest, time the redraw.
    let created = app.execute_async(
        "const done = arguments[0];
         window.__TAURI_INTERNALS__.invoke('create_plan', { plan: {
           name: 'Bench 500', hall: { zh: '', ru: '', en: 'Bench hall' },
           template: { kind: 'plenary', rows: 25, seats: 20 }, alternate_sides: false } })
         .then(done, (e) => done(String(e)));",
    );
    println!("{:<40} {:?}", "created a 500-seat plan", created.is_ok());
    let seating = app.wait_for("[data-view=seating]");
    app.click(&seating);
    let plan_id = created
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    app.execute(&format!(
        "const s = document.querySelector('[data-testid=plan-select]');
         s.value = {}; s.dispatchEvent(new Event('change', {{ bubbles: true }}));",
        serde_json::Value::String(plan_id)
    ))
    .ok();
    app.wait_for_text("[data-testid=seated-count]", "0 of 500 seats taken");
    for i in 0..5 {
        let ms = app
            .execute_async(&format!(
                "const done = arguments[0];
                 performance.clearMeasures('seating-redraw');
                 const chip = document.querySelector('.guest-chip');
                 const seat = document.querySelectorAll('g[data-seat-id]')[{}];
                 const counter = document.querySelector('[data-testid=seated-count]');
                 const before = counter.textContent;
                 chip.dispatchEvent(new KeyboardEvent('keydown', {{ key: 'Enter', bubbles: true }}));
                 setTimeout(() => {{
                   const t1 = performance.now();
                   seat.dispatchEvent(new KeyboardEvent('keydown', {{ key: 'Enter', bubbles: true }}));
                   const check = () => {{
                     const m = performance.getEntriesByName('seating-redraw');
                     if (m.length) done([m[0].duration, performance.now() - t1]);
                     else setTimeout(check, 5);
                   }};
                   check();
                 }}, 50);",
                40 + i * 50
            ))
            .ok();
        println!("{:<40} {:?}", "place a guest: redraw, total (ms)", ms);
    }
    app.close();
}
