//! `make bench`: figures on generated data (a 10,000-guest forum).
//! Prints timings; asserts nothing (tests do that).

use std::time::{Duration, Instant};

use forum_core::io::export::{self, ExportFormat, ExportOptions};
use forum_core::io::import;
use forum_core::model::{GuestSort, Lang, Localized};
use forum_core::undo::History;
use forum_core::{demo, forum, guests, names, Store};

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) -> T {
    let mut best = Duration::MAX;
    let mut total = Duration::ZERO;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        out = Some(f());
        let d = t.elapsed();
        best = best.min(d);
        total += d;
    }
    println!(
        "{label:<48} best {:>9.2} ms   mean {:>9.2} ms   ({runs} runs)",
        best.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3 / f64::from(runs)
    );
    out.expect("at least one run")
}

fn main() -> forum_core::Result<()> {
    const N: usize = 10_000;
    let dir = std::env::temp_dir().join(format!("forum-desk-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| forum_core::Error::io(&dir, e))?;
    let path = dir.join("bench.forum");
    println!("Forum Desk benchmarks — {N} generated guests\n");

    let mut store = time("create demo forum", 1, || demo::create(&path))?;
    time(&format!("insert {N} guests (one transaction)"), 1, || {
        demo::add_synthetic_guests(&mut store, N)
    })?;
    store.close()?;
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!("{:<48} {:.1} MiB", "file size", size as f64 / 1_048_576.0);

    let store = time("open (checks + quick_check)", 5, || Store::open(&path))?;
    for lang in Lang::ALL {
        time(&format!("list all guests ({})", lang.tag()), 10, || {
            store.read(|c| guests::list(c, lang))
        })?;
    }
    for q in ["zhang", "张", "Чжан", "semin", "guest9999@"] {
        let found = time(&format!("search {q:?}"), 10, || {
            store.read(|c| guests::search(c, Lang::En, q))
        })?;
        println!("{:<48} {} matches", "", found.len());
    }
    let list = time("list sorted by name, with counts (ru)", 10, || {
        store.read(|c| guests::list_sorted(c, Lang::Ru, GuestSort::Name))
    })?;
    let json = time("serialize the list for the UI (JSON)", 10, || {
        serde_json::to_vec(&list).map(|v| v.len()).unwrap_or(0)
    });
    println!(
        "{:<48} {:.1} MiB",
        "list JSON size",
        json as f64 / 1_048_576.0
    );
    let keys: Vec<&str> = list.guests.iter().map(|g| g.search_key.as_str()).collect();
    for q in ["zh", "zhang", "Чжан", "semin"] {
        time(
            &format!("keystroke filter {q:?} over search keys"),
            20,
            || keys.iter().filter(|k| names::key_matches(k, q)).count(),
        );
    }
    time("integrity check", 3, || store.check())?;

    let csv = dir.join("guests.csv");
    let xlsx = dir.join("guests.xlsx");
    time(&format!("export {N} guests to CSV"), 3, || {
        export::guests(
            &store,
            &csv,
            &ExportOptions::new(ExportFormat::Csv, Lang::En),
        )
    })?;
    time(&format!("export {N} guests to XLSX"), 3, || {
        export::guests(
            &store,
            &xlsx,
            &ExportOptions::new(ExportFormat::Xlsx, Lang::ZhCn),
        )
    })?;
    for (label, file) in [("CSV", &csv), ("XLSX", &xlsx)] {
        let target = dir.join(format!("import-{label}.forum"));
        let mut fresh = forum::create(&target, Localized::new("b", "b", "b"), "UTC")?;
        let mut history = History::default();
        let n = time(
            &format!("import {N} guests from {label} (one transaction)"),
            1,
            || import::commit(&mut fresh, &mut history, file, None, &[], Lang::En),
        )?;
        println!("{:<48} {} imported", "", n.imported);
        // The import is one undoable step: taking it back and redoing it.
        time(&format!("undo the {label} import"), 1, || {
            history.undo(&mut fresh)
        })?;
        time(&format!("redo the {label} import"), 1, || {
            history.redo(&mut fresh)
        })?;
    }
    seating_bench(&dir)?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// Auto-seating 2,000 confirmed guests at 200 round tables of 10.
fn seating_bench(dir: &std::path::Path) -> forum_core::Result<()> {
    use forum_core::seating::{self, Template};
    let path = dir.join("seating.forum");
    let mut store = forum::create(&path, Localized::new("s", "s", "s"), "UTC")?;
    demo::add_synthetic_guests(&mut store, 2_000)?;
    let ids: Vec<String> = store.read(guests::all)?.into_iter().map(|g| g.id).collect();
    store.write(|tx| guests::set_status(tx, &ids, forum_core::model::Status::Confirmed, ""))?;
    let template = Template::Banquet {
        tables: 200,
        seats: 10,
    };
    let plan = store.write(|tx| {
        let hall = seating::create_hall(tx, &Localized::new("h", "h", "h"), template)?;
        seating::create_plan(tx, "bench", &hall, template, true)
    })?;
    let placed = time("auto-seat 2000 guests at 200 tables of 10", 3, || {
        store.write(|tx| seating::auto_seat(tx, &plan))
    })?;
    println!("{:<48} {} seated", "", placed.placements.len());
    time("plan view with conflicts (2000 seats)", 3, || {
        store.read(|c| seating::view::view(c, &plan, Lang::En))
    })?;
    documents_bench(&store, dir)
}

/// The process's peak memory so far (Linux), in MiB.
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// PDFs: place cards for the 2,000 seated guests, badges for 10,000.
fn documents_bench(seated: &Store, dir: &std::path::Path) -> forum_core::Result<()> {
    use forum_core::docs::{self, DocKind, DocOptions, Paper};
    let options = |kind| DocOptions {
        kind,
        lang: Lang::ZhCn,
        paper: Paper::A4,
        plan: None,
        session: None,
        guests: None,
        confirmed_only: false,
    };
    let cards = dir.join("cards.pdf");
    let pages = time("place cards PDF, 2000 seated guests (zh)", 3, || {
        docs::write_pdf(seated, &options(DocKind::PlaceCards), &cards)
    })?;
    println!(
        "{:<48} {pages} pages, {:.1} MiB, peak memory {:.0} MiB",
        "",
        std::fs::metadata(&cards).map_or(0, |m| m.len()) as f64 / 1_048_576.0,
        peak_mib()
    );
    let big = Store::open(&dir.join("bench.forum"))?;
    let banquet = big.read(|c| forum_core::seating::plans(c, Lang::En))?[0]
        .id
        .clone();
    time("plan view, 20 seats in a 10,008-guest forum", 5, || {
        big.read(|c| forum_core::seating::view::view(c, &banquet, Lang::En))
    })?;
    let badges = dir.join("badges.pdf");
    let pages = time("badge sheet PDF, 10,008 guests (zh)", 1, || {
        docs::write_pdf(&big, &options(DocKind::Badges), &badges)
    })?;
    println!(
        "{:<48} {pages} pages, {:.1} MiB, peak memory {:.0} MiB",
        "",
        std::fs::metadata(&badges).map_or(0, |m| m.len()) as f64 / 1_048_576.0,
        peak_mib()
    );
    Ok(())
}
