//! Numbered schema migrations, applied in one transaction and tracked by
//! `PRAGMA user_version`. A migration, once released, never changes.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::Result;

#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "init",
        sql: include_str!("migrations/0001_init.sql"),
    },
    Migration {
        version: 2,
        name: "seating-roles",
        sql: include_str!("migrations/0002_seating_roles.sql"),
    },
    Migration {
        version: 3,
        name: "live",
        sql: include_str!("migrations/0003_live.sql"),
    },
    Migration {
        version: 4,
        name: "letters",
        sql: include_str!("migrations/0004_letters.sql"),
    },
    Migration {
        version: 5,
        name: "forum-setup",
        sql: include_str!("migrations/0005_forum_setup.sql"),
    },
    Migration {
        version: 6,
        name: "guest-source",
        sql: include_str!("migrations/0006_guest_source.sql"),
    },
];

pub fn latest(migrations: &[Migration]) -> i64 {
    migrations.last().map_or(0, |m| m.version)
}

/// Applies every migration newer than the file, all in one transaction.
pub fn apply(conn: &mut Connection, migrations: &[Migration]) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let target = latest(migrations);
    if current >= target {
        return Ok(());
    }
    for m in migrations.iter().filter(|m| m.version > current) {
        tx.execute_batch(m.sql)?;
    }
    tx.pragma_update(None, "user_version", target)?;
    tx.commit()?;
    Ok(())
}
