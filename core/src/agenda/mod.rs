//! Halls, sessions and their running-order items.

pub mod actions;
pub mod edit;
pub mod schedule;
pub mod timing;

use rusqlite::{params, Connection};

use crate::error::Result;
use crate::ids::{new_id, now};
use crate::model::{Hall, Item, Session};

pub fn insert_hall(conn: &Connection, h: &Hall) -> Result<()> {
    conn.execute(
        "INSERT INTO hall (id, name_zh, name_ru, name_en, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![h.id, h.name.zh, h.name.ru, h.name.en, now()],
    )?;
    Ok(())
}

pub fn insert_session(conn: &Connection, s: &Session) -> Result<()> {
    conn.execute(
        "INSERT INTO session (id, day, hall_id, kind, title_zh, title_ru, title_en, starts_at,
                              planned_minutes, moderator_guest_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        params![
            s.id,
            s.day,
            s.hall_id,
            s.kind.key(),
            s.title.zh,
            s.title.ru,
            s.title.en,
            s.starts_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            s.planned_minutes,
            s.moderator_guest_id,
            now()
        ],
    )?;
    Ok(())
}

pub fn insert_item(conn: &Connection, i: &Item) -> Result<()> {
    conn.execute(
        "INSERT INTO item (id, session_id, position, kind, title_zh, title_ru, title_en,
                           planned_seconds, language, interpretation, stage_notes, tech_notes,
                           created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
        params![
            i.id,
            i.session_id,
            i.position,
            i.kind.key(),
            i.title.zh,
            i.title.ru,
            i.title.en,
            i.planned_seconds,
            i.language,
            i.interpretation.key(),
            i.stage_notes,
            i.tech_notes,
            now()
        ],
    )?;
    Ok(())
}

/// Links a guest to an item as `speaker` or `moderator`.
pub fn add_person(
    conn: &Connection,
    item_id: &str,
    guest_id: &str,
    role: &str,
    position: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO item_person (id, item_id, guest_id, role, position, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![new_id(), item_id, guest_id, role, position, now()],
    )?;
    Ok(())
}

pub fn count_sessions(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM session WHERE deleted_at IS NULL",
        [],
        |r| r.get(0),
    )?)
}

pub fn count_items(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM item WHERE deleted_at IS NULL",
        [],
        |r| r.get(0),
    )?)
}

/// A session by its id or its title in any language.
pub fn find_session(conn: &Connection, name: &str) -> Result<String> {
    use rusqlite::OptionalExtension;
    conn.query_row(
        "SELECT id FROM session WHERE deleted_at IS NULL
           AND (id = ?1 OR title_zh = ?1 OR title_ru = ?1 OR title_en = ?1)
         ORDER BY starts_at LIMIT 1",
        [name.trim()],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(crate::error::Error::NotFound {
        what: "session",
        id: name.to_string(),
    })
}

/// A session as a choice in a list: its title in `lang` and when it starts.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct SessionChoice {
    pub id: String,
    pub title: String,
    pub day: String,
    pub starts_at: String,
}

pub fn session_choices(conn: &Connection, lang: crate::model::Lang) -> Result<Vec<SessionChoice>> {
    let mut st = conn.prepare(
        "SELECT id, title_zh, title_ru, title_en, day, starts_at FROM session
         WHERE deleted_at IS NULL ORDER BY starts_at, sort_order, id",
    )?;
    let rows = st.query_map([], |r| {
        Ok(SessionChoice {
            id: r.get(0)?,
            title: crate::store::localized(r, 1)?.get(lang).to_string(),
            day: r.get(4)?,
            starts_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
