//! The forum file: creating, reopening, migrating, and refusing what is not ours.

use std::fs;
use std::path::{Path, PathBuf};

use forum_core::model::Lang;
use forum_core::store::{latest_version, Migration, MIGRATIONS};
use forum_core::{demo, guests, Error, Store};
use forum_tests::fixture;

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn backups_of(dir: &Path, stem: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&format!("{stem}.backup-")))
        })
        .collect();
    v.sort();
    v
}

/// Asserts that opening `path` fails with `code` and leaves it byte-for-byte unchanged.
fn assert_refused(path: &Path, code: &str) {
    let before = fs::read(path).expect("read before");
    let err = Store::open(path).expect_err("must be refused");
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(
        fs::read(path).expect("read after"),
        before,
        "file was changed"
    );
    let dir = path.parent().expect("parent");
    let stem = path.file_stem().expect("stem").to_string_lossy();
    assert!(
        backups_of(dir, &stem).is_empty(),
        "a refused file got a backup"
    );
}

#[test]
fn a_new_forum_reopens_with_its_data_in_wal_mode() {
    let d = tmp();
    let p = d.path().join("forum.forum");
    demo::create(&p).expect("demo").close().expect("close");
    let store = Store::open(&p).expect("reopen");
    assert_eq!(store.schema_version().expect("version"), latest_version());
    let mode: String = store
        .read(|c| Ok(c.pragma_query_value(None, "journal_mode", |r| r.get(0))?))
        .expect("journal mode");
    assert_eq!(mode, "wal");
    let fk: i64 = store
        .read(|c| Ok(c.pragma_query_value(None, "foreign_keys", |r| r.get(0))?))
        .expect("fk");
    assert_eq!(fk, 1);
    let list = store.read(|c| guests::list(c, Lang::En)).expect("list");
    assert!(list.iter().any(|g| g.display_name == "Zhang Pingwen"));
    store.check().expect("intact");
}

#[test]
fn creating_over_an_existing_file_is_refused_and_leaves_it_alone() {
    let d = tmp();
    let p = d.path().join("taken.forum");
    fs::write(&p, b"my notes").expect("write");
    let err = Store::create(&p).expect_err("exists");
    assert_eq!(err.code(), "already-exists");
    assert_eq!(fs::read(&p).expect("read"), b"my notes");
}

#[test]
fn every_write_is_one_transaction() {
    let d = tmp();
    let p = d.path().join("tx.forum");
    let mut store = demo::create(&p).expect("demo");
    let before = store.read(guests::count).expect("count");
    let res: Result<(), Error> = store.write(|tx| {
        tx.execute("UPDATE guest SET email = 'changed@example.org'", [])?;
        Err(Error::InvalidValue {
            field: "email".into(),
            value: "x".into(),
        })
    });
    assert!(res.is_err());
    let changed: i64 = store
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM guest WHERE email = 'changed@example.org'",
                [],
                |r| r.get(0),
            )?)
        })
        .expect("query");
    assert_eq!(changed, 0);
    assert_eq!(store.read(guests::count).expect("count"), before);
}

#[test]
fn the_v1_fixture_opens_and_keeps_its_guests() {
    let d = tmp();
    let p = d.path().join("v1.forum");
    fs::copy(fixture("v1.forum"), &p).expect("copy fixture");
    let store = Store::open(&p).expect("open v1");
    assert_eq!(store.schema_version().expect("version"), latest_version());
    let list = store.read(|c| guests::list(c, Lang::Ru)).expect("list");
    assert!(list
        .iter()
        .any(|g| g.display_name == "Шахрай Сергей Михайлович"));
    store.check().expect("intact");
}

/// A migration one newer than the app's, for testing the mechanism.
fn next_test_migration() -> Migration {
    Migration {
        version: latest_version() + 1,
        name: "test-add-column",
        sql: "ALTER TABLE guest ADD COLUMN badge_category TEXT NOT NULL DEFAULT '';",
    }
}

fn with_next(extra: Migration) -> Vec<Migration> {
    let mut v = MIGRATIONS.to_vec();
    v.push(extra);
    v
}

#[test]
fn an_older_file_is_backed_up_then_migrated() {
    let d = tmp();
    let p = d.path().join("old.forum");
    fs::copy(fixture("v1.forum"), &p).expect("copy fixture");
    let store = Store::open_with(&p, &with_next(next_test_migration())).expect("migrate");
    assert_eq!(
        store.schema_version().expect("version"),
        latest_version() + 1
    );
    let has_column: i64 = store
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM pragma_table_info('guest') WHERE name = 'badge_category'",
                [],
                |r| r.get(0),
            )?)
        })
        .expect("query");
    assert_eq!(has_column, 1);
    assert_eq!(store.read(guests::count).expect("count"), 8);
    drop(store);

    let backups = backups_of(d.path(), "old");
    assert_eq!(backups.len(), 1, "{backups:?}");
    let name = backups[0].file_name().expect("name").to_string_lossy();
    assert!(name.contains("-v1-"), "{name}");
    let b = Store::open(&backups[0]).expect("the backup is a v1 forum we can open");
    assert_eq!(b.read(guests::count).expect("count"), 8);
}

#[test]
fn a_failing_migration_changes_nothing() {
    let d = tmp();
    let p = d.path().join("old.forum");
    fs::copy(fixture("v1.forum"), &p).expect("copy fixture");
    let broken = Migration {
        version: latest_version() + 1,
        name: "broken",
        sql: "ALTER TABLE guest ADD COLUMN x TEXT; THIS IS NOT SQL;",
    };
    let err = Store::open_with(&p, &with_next(broken)).expect_err("must fail");
    assert_eq!(err.code(), "database");
    // Every migration of that open rolled back together: still version 1.
    let raw = rusqlite::Connection::open(&p).expect("raw open");
    let v: i64 = raw
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .expect("version");
    assert_eq!(v, 1);
    drop(raw);
    let store = Store::open(&p).expect("opens and migrates normally");
    assert_eq!(store.schema_version().expect("version"), latest_version());
    let has_x: i64 = store
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM pragma_table_info('guest') WHERE name = 'x'",
                [],
                |r| r.get(0),
            )?)
        })
        .expect("query");
    assert_eq!(has_x, 0);
}

#[test]
fn backups_are_rotated() {
    let d = tmp();
    let p = d.path().join("rot.forum");
    for i in 0..(forum_core::store::BACKUPS_KEPT + 2) {
        let _ = fs::remove_file(&p);
        fs::copy(fixture("v1.forum"), &p).expect("copy fixture");
        Store::open_with(&p, &with_next(next_test_migration())).expect("migrate");
        // Distinct modification times for the rotation order.
        std::thread::sleep(std::time::Duration::from_millis(15 + i as u64));
    }
    assert_eq!(
        backups_of(d.path(), "rot").len(),
        forum_core::store::BACKUPS_KEPT
    );
}

#[test]
fn a_file_from_a_newer_version_is_refused_untouched() {
    let d = tmp();
    let p = d.path().join("future.forum");
    fs::copy(fixture("v1.forum"), &p).expect("copy fixture");
    {
        let c = rusqlite::Connection::open(&p).expect("raw open");
        c.pragma_update(None, "user_version", latest_version() + 7)
            .expect("set version");
    }
    let before = fs::read(&p).expect("read");
    let err = Store::open(&p).expect_err("newer");
    assert_eq!(err.code(), "newer-version");
    match &err {
        Error::NewerVersion {
            found, supported, ..
        } => {
            assert_eq!(*found, latest_version() + 7);
            assert_eq!(*supported, latest_version());
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(fs::read(&p).expect("read"), before);
    let msg = forum_core::i18n::error_message(Lang::Ru, &err);
    assert!(msg.contains("более новой версией"), "{msg}");
}

#[test]
fn a_random_binary_file_is_refused_untouched() {
    let d = tmp();
    let p = d.path().join("random.forum");
    // A fixed pseudo-random sequence, so the test is the same every run.
    let mut x: u32 = 2_463_534_242;
    let bytes: Vec<u8> = (0..8192)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x & 0xff) as u8
        })
        .collect();
    fs::write(&p, bytes).expect("write");
    assert_refused(&p, "not-a-forum");
}

#[test]
fn a_plain_text_file_is_refused_untouched() {
    let d = tmp();
    let p = d.path().join("notes.forum");
    fs::write(&p, "Фамилия;Имя;Организация\nСемин;Алексей;Минобрнауки\n").expect("write");
    assert_refused(&p, "not-a-forum");
    let empty = d.path().join("empty.forum");
    fs::write(&empty, b"").expect("write");
    assert_refused(&empty, "not-a-forum");
}

#[test]
fn another_programs_sqlite_file_is_refused_untouched() {
    let d = tmp();
    let p = d.path().join("other.sqlite");
    {
        let c = rusqlite::Connection::open(&p).expect("raw open");
        c.execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('hi');")
            .expect("fill");
    }
    assert_refused(&p, "not-a-forum");
}

#[test]
fn a_truncated_file_is_refused_untouched() {
    let d = tmp();
    let full = fs::read(fixture("v1.forum")).expect("fixture");
    for keep in [60usize, full.len() / 2, full.len() - 4096] {
        let p = d.path().join(format!("cut-{keep}.forum"));
        fs::write(&p, &full[..keep]).expect("write");
        assert_refused(&p, "corrupt");
    }
}

#[test]
fn a_missing_file_says_so() {
    let d = tmp();
    let err = Store::open(&d.path().join("nowhere.forum")).expect_err("missing");
    assert_eq!(err.code(), "file-not-found");
}

#[test]
fn save_a_copy_writes_one_self_contained_file() {
    let d = tmp();
    let p = d.path().join("main.forum");
    let store = demo::create(&p).expect("demo");
    let copy = d.path().join("usb/copy.forum");
    fs::create_dir_all(copy.parent().expect("parent")).expect("mkdir");
    store.save_copy(&copy).expect("copy");
    assert!(!copy.with_extension("forum-wal").exists());
    let c = Store::open(&copy).expect("copy opens");
    assert_eq!(
        c.read(guests::count).expect("count"),
        store.read(guests::count).expect("count")
    );
    let err = store.save_copy(&p).expect_err("not over itself");
    assert_eq!(err.code(), "already-exists");
}

#[test]
fn timed_backups_are_whole_forums_and_only_the_newest_five_stay() {
    let d = tempfile::tempdir().expect("tmp");
    let mut store = forum_core::demo::create(&d.path().join("fair.forum")).expect("demo");
    let before = store.writes();
    store
        .write(|tx| {
            tx.execute("UPDATE forum SET city_en = 'Shenzhen (Futian)'", [])?;
            Ok(())
        })
        .expect("write");
    assert_eq!(store.writes(), before + 1, "a committed write counts");
    assert!(store
        .write(|_| -> forum_core::Result<()> { Err(forum_core::Error::MissingTitle) })
        .is_err());
    assert_eq!(store.writes(), before + 1, "a failed write does not");

    let backups = d.path().join("backups");
    let mut last = None;
    for _ in 0..7 {
        last = Some(store.backup_into(&backups).expect("backup"));
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let names: Vec<String> = std::fs::read_dir(&backups)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), forum_core::store::BACKUPS_KEPT, "{names:?}");
    assert!(names.iter().all(|n| n.starts_with("fair.autosave-")));
    let last = last.expect("a backup");
    assert!(names.contains(
        &last
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned()
    ));
    let copy = Store::open(&last).expect("a backup opens as a forum");
    let city: String = copy
        .read(|c| Ok(c.query_row("SELECT city_en FROM forum", [], |r| r.get(0))?))
        .expect("city");
    assert_eq!(city, "Shenzhen (Futian)");
}
