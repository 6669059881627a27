//! The forum file: one SQLite database per forum.
//!
//! A file is refused (and never written to) when it is not a Forum Desk file,
//! is damaged, or was made by a newer app. Opening an older file backs it up
//! with `VACUUM INTO` and then applies the missing migrations in one
//! transaction.

mod migrations;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};

pub use migrations::{Migration, MIGRATIONS};

use crate::error::{Error, Result};

/// `PRAGMA application_id` of every forum file: "FDSK".
pub const APPLICATION_ID: i32 = 0x4644_534B;
/// How many automatic backups of one forum are kept next to it.
pub const BACKUPS_KEPT: usize = 5;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Writes committed since the file was opened (for timed backups).
    writes: u64,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// A three-language text from three consecutive columns (zh, ru, en)
/// starting at `first`.
pub fn localized(r: &rusqlite::Row, first: usize) -> rusqlite::Result<crate::model::Localized> {
    Ok(crate::model::Localized {
        zh: r.get(first)?,
        ru: r.get(first + 1)?,
        en: r.get(first + 2)?,
    })
}

/// The guest's name columns, in the order [`name_parts`] reads them.
pub const NAME_COLUMNS: &str =
    "family_han, given_han, family_cyr, given_cyr, patronymic_cyr, family_lat, given_lat";

/// A name from the seven [`NAME_COLUMNS`] starting at column `first`.
pub fn name_parts(r: &rusqlite::Row, first: usize) -> rusqlite::Result<crate::model::NameParts> {
    Ok(crate::model::NameParts {
        family_han: r.get(first)?,
        given_han: r.get(first + 1)?,
        family_cyr: r.get(first + 2)?,
        given_cyr: r.get(first + 3)?,
        patronymic_cyr: r.get(first + 4)?,
        family_lat: r.get(first + 5)?,
        given_lat: r.get(first + 6)?,
    })
}

/// The latest schema version this app knows.
pub fn latest_version() -> i64 {
    migrations::latest(MIGRATIONS)
}

impl Store {
    /// Creates a new, empty forum file. Fails if `path` exists.
    /// The file appears complete or not at all.
    pub fn create(path: &Path) -> Result<Store> {
        Self::create_with(path, MIGRATIONS)
    }

    #[doc(hidden)]
    pub fn create_with(path: &Path, migrations: &[Migration]) -> Result<Store> {
        if path.exists() {
            return Err(Error::AlreadyExists {
                path: path.to_path_buf(),
            });
        }
        let tmp = sibling(path, ".creating");
        let _ = fs::remove_file(&tmp);
        let built = (|| -> Result<()> {
            let mut conn = Connection::open(&tmp)?;
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            migrations::apply(&mut conn, migrations)?;
            conn.close().map_err(|(_, e)| Error::Database(e))?;
            Ok(())
        })();
        if let Err(e) = built {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        if path.exists() {
            let _ = fs::remove_file(&tmp);
            return Err(Error::AlreadyExists {
                path: path.to_path_buf(),
            });
        }
        fs::rename(&tmp, path).map_err(|e| Error::io(path, e))?;
        Self::open_with(path, migrations)
    }

    /// Opens an existing forum file, migrating it if it is older than the app.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, MIGRATIONS)
    }

    #[doc(hidden)]
    pub fn open_with(path: &Path, migrations: &[Migration]) -> Result<Store> {
        let version = inspect(path, migrations::latest(migrations))?;
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        if version < migrations::latest(migrations) {
            backup(&conn, path, version)?;
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations::apply(&mut conn, migrations)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            writes: 0,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Runs read-only work on the connection.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&self.conn)
    }

    /// Runs one write as one transaction: all of it lands, or none.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        self.writes += 1;
        Ok(out)
    }

    /// How many writes were committed since the file was opened.
    pub fn writes(&self) -> u64 {
        self.writes
    }

    /// A timed backup into `dir` (`<stem>.autosave-<time>.forum`), keeping
    /// the newest [`BACKUPS_KEPT`] of this forum there.
    pub fn backup_into(&self, dir: &Path) -> Result<PathBuf> {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "forum".into());
        let prefix = format!("{stem}.autosave-");
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%3f");
        let dest = dir.join(format!("{prefix}{stamp}.forum"));
        let tmp = sibling(&dest, ".saving");
        let res = vacuum_into(&self.conn, &tmp)
            .and_then(|()| fs::rename(&tmp, &dest).map_err(|e| Error::io(&dest, e)));
        if res.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        res?;
        rotate_backups(dir, &prefix);
        Ok(dest)
    }

    /// Writes a self-contained copy (no WAL side files) to `dest`, atomically.
    pub fn save_copy(&self, dest: &Path) -> Result<()> {
        if dest == self.path {
            return Err(Error::AlreadyExists {
                path: dest.to_path_buf(),
            });
        }
        let tmp = sibling(dest, ".saving");
        let _ = fs::remove_file(&tmp);
        let res = vacuum_into(&self.conn, &tmp)
            .and_then(|()| fs::rename(&tmp, dest).map_err(|e| Error::io(dest, e)));
        if res.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        res
    }

    /// Integrity check: `Ok(())` or the first problem SQLite reports.
    pub fn check(&self) -> Result<()> {
        let problems: Vec<String> = {
            let mut st = self.conn.prepare("PRAGMA integrity_check")?;
            let rows = st.query_map([], |r| r.get::<_, String>(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        if problems.len() == 1 && problems[0] == "ok" {
            let fk: i64 =
                self.conn
                    .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                        r.get(0)
                    })?;
            if fk == 0 {
                return Ok(());
            }
            return Err(Error::Corrupt {
                path: self.path.clone(),
                reason: format!("{fk} broken references"),
            });
        }
        Err(Error::Corrupt {
            path: self.path.clone(),
            reason: problems.join("; "),
        })
    }

    /// Closes the file, folding the write-ahead log back into it.
    pub fn close(self) -> Result<()> {
        self.conn.close().map_err(|(_, e)| Error::Database(e))
    }
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Checks a file without writing to it; returns its schema version.
fn inspect(path: &Path, supported: i64) -> Result<i64> {
    let mut head = [0u8; 100];
    let mut file = fs::File::open(path).map_err(|e| Error::io(path, e))?;
    if file.metadata().map_err(|e| Error::io(path, e))?.is_dir() {
        return Err(Error::NotAForum {
            path: path.to_path_buf(),
        });
    }
    let n = read_up_to(&mut file, &mut head).map_err(|e| Error::io(path, e))?;
    if n < SQLITE_MAGIC.len() || &head[..SQLITE_MAGIC.len()] != SQLITE_MAGIC {
        return Err(Error::NotAForum {
            path: path.to_path_buf(),
        });
    }
    if n < head.len() {
        return Err(Error::Corrupt {
            path: path.to_path_buf(),
            reason: "truncated header".into(),
        });
    }
    // Bytes 68..72 hold the application id, big-endian.
    let app_id = i32::from_be_bytes([head[68], head[69], head[70], head[71]]);
    if app_id != APPLICATION_ID {
        return Err(Error::NotAForum {
            path: path.to_path_buf(),
        });
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(path, e))?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    if version > supported {
        return Err(Error::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported,
        });
    }
    let verdict: String = conn
        .pragma_query_value(None, "quick_check", |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    if verdict != "ok" {
        return Err(Error::Corrupt {
            path: path.to_path_buf(),
            reason: verdict,
        });
    }
    Ok(version)
}

fn read_up_to(file: &mut fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match file.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// Turns SQLite's "not a database" / "malformed" into our error kinds.
fn classify(path: &Path, e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotAForum {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::DatabaseCorrupt) => Error::Corrupt {
            path: path.to_path_buf(),
            reason: e.to_string(),
        },
        Some(ErrorCode::CannotOpen) => Error::io(
            path,
            std::io::Error::new(std::io::ErrorKind::PermissionDenied, e.to_string()),
        ),
        _ => Error::Database(e),
    }
}

fn vacuum_into(conn: &Connection, dest: &Path) -> Result<()> {
    let dest_str = dest.to_str().ok_or_else(|| Error::InvalidValue {
        field: "path".into(),
        value: dest.display().to_string(),
    })?;
    conn.execute("VACUUM INTO ?1", [dest_str])
        .map_err(|e| match e.sqlite_error_code() {
            Some(ErrorCode::CannotOpen) | Some(ErrorCode::ReadOnly) => Error::io(
                dest,
                std::io::Error::new(std::io::ErrorKind::PermissionDenied, e.to_string()),
            ),
            _ => Error::Database(e),
        })?;
    Ok(())
}

/// Backs an older file up next to itself before migrating it, keeping the
/// newest [`BACKUPS_KEPT`] backups.
fn backup(conn: &Connection, path: &Path, version: i64) -> Result<PathBuf> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "forum".into());
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%3f");
    let prefix = format!("{stem}.backup-");
    let dest = path.with_file_name(format!("{prefix}v{version}-{stamp}.forum"));
    vacuum_into(conn, &dest)?;
    if let Some(dir) = path.parent() {
        rotate_backups(dir, &prefix);
    }
    Ok(dest)
}

/// Keeps the newest [`BACKUPS_KEPT`] files named `<prefix>….forum` in `dir`.
fn rotate_backups(dir: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    }) else {
        return;
    };
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.starts_with(prefix) && n.ends_with(".forum")
        })
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    found.sort();
    let excess = found.len().saturating_sub(BACKUPS_KEPT);
    for (_, p) in found.into_iter().take(excess) {
        let _ = fs::remove_file(p);
    }
}
