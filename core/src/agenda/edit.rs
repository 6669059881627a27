//! Editing running orders: insert, delete, reorder and retime items; the
//! times follow from `schedule::load`.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::ids::{new_id, now};
use crate::model::{Interpretation, Item, ItemKind, Localized};

fn session_of(conn: &Connection, item: &str) -> Result<String> {
    conn.query_row(
        "SELECT session_id FROM item WHERE id = ?1 AND deleted_at IS NULL",
        [item],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "item",
        id: item.to_string(),
    })
}

/// The items of a session in order.
fn order(conn: &Connection, session: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare(
        "SELECT id FROM item WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY position, id",
    )?;
    let rows = st.query_map([session], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes positions 1, 2, 3 … in the given order.
fn renumber(conn: &Connection, ids: &[String]) -> Result<()> {
    let t = now();
    for (i, id) in ids.iter().enumerate() {
        conn.execute(
            "UPDATE item SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position <> ?2",
            params![id, i as i64 + 1, t],
        )?;
    }
    Ok(())
}

/// Moves an item to `position` (1-based, clamped) in its session.
pub fn move_item(conn: &Connection, item: &str, position: usize) -> Result<()> {
    let session = session_of(conn, item)?;
    let mut ids = order(conn, &session)?;
    ids.retain(|i| i != item);
    let at = position.saturating_sub(1).min(ids.len());
    ids.insert(at, item.to_string());
    renumber(conn, &ids)
}

/// What a new item needs.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct NewItem {
    pub kind: ItemKind,
    pub title: Localized,
    pub minutes: i64,
    pub language: String,
    pub interpretation: Interpretation,
}

/// Inserts an item at `position` (1-based, clamped) of a session.
pub fn insert_item(
    conn: &Connection,
    session: &str,
    position: usize,
    new: &NewItem,
) -> Result<String> {
    if !(0..=24 * 60).contains(&new.minutes) {
        return Err(Error::InvalidValue {
            field: "minutes".into(),
            value: new.minutes.to_string(),
        });
    }
    let mut ids = order(conn, session)?;
    let item = Item {
        id: new_id(),
        session_id: session.to_string(),
        position: 0,
        kind: new.kind,
        title: new.title.clone(),
        planned_seconds: new.minutes * 60,
        language: new.language.clone(),
        interpretation: new.interpretation,
        stage_notes: String::new(),
        tech_notes: String::new(),
    };
    super::insert_item(conn, &item)?;
    let at = position.saturating_sub(1).min(ids.len());
    ids.insert(at, item.id.clone());
    renumber(conn, &ids)?;
    Ok(item.id)
}

/// Removes an item (soft) and closes the gap.
pub fn delete_item(conn: &Connection, item: &str) -> Result<()> {
    let session = session_of(conn, item)?;
    conn.execute(
        "UPDATE item SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
        params![item, now()],
    )?;
    renumber(conn, &order(conn, &session)?)
}

/// Sets the planned speaking time, and optionally a total that overrides
/// the interpretation rule.
pub fn set_duration(
    conn: &Connection,
    item: &str,
    minutes: i64,
    total_minutes: Option<i64>,
) -> Result<()> {
    if !(0..=24 * 60).contains(&minutes)
        || total_minutes.is_some_and(|m| !(0..=24 * 60).contains(&m))
    {
        return Err(Error::InvalidValue {
            field: "minutes".into(),
            value: minutes.to_string(),
        });
    }
    session_of(conn, item)?;
    conn.execute(
        "UPDATE item SET planned_seconds = ?2, duration_override = ?3, updated_at = ?4 WHERE id = ?1",
        params![item, minutes * 60, total_minutes.map(|m| m * 60), now()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::schedule::load;
    use crate::model::Lang;

    fn starts(s: &crate::store::Store) -> Vec<(String, String)> {
        let tz: chrono_tz::Tz = "Asia/Shanghai".parse().expect("tz");
        s.read(|c| load(c, Lang::En)).expect("agenda").sessions[0]
            .items
            .iter()
            .map(|i| {
                (
                    i.title.clone(),
                    crate::agenda::timing::local(i.start, tz)
                        .format("%H:%M")
                        .to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn reorder_insert_delete_and_retime_recompute_the_times() {
        let d = tempfile::tempdir().expect("tmp");
        let mut s = crate::demo::create(&d.path().join("e.forum")).expect("demo");
        let before = starts(&s);
        let agenda = s.read(|c| load(c, Lang::En)).expect("agenda");
        let session = agenda.sessions[0].id.clone();
        let photo = agenda.sessions[0].items[6].id.clone();

        s.write(|tx| move_item(tx, &photo, 1)).expect("move");
        let after = starts(&s);
        assert_eq!(after[0], ("Group photo".into(), "09:30".into()));
        assert_eq!(
            after[1],
            ("Opening remarks by the moderator".into(), "09:40".into())
        );

        let new = NewItem {
            kind: ItemKind::Break,
            title: Localized::new("茶歇", "Кофе-брейк", "Coffee break"),
            minutes: 15,
            language: String::new(),
            interpretation: Interpretation::None,
        };
        s.write(|tx| insert_item(tx, &session, 2, &new))
            .expect("insert");
        let after = starts(&s);
        assert_eq!(after[1], ("Coffee break".into(), "09:40".into()));
        assert_eq!(after[2].1, "09:55");

        s.write(|tx| delete_item(tx, &photo)).expect("delete");
        let after = starts(&s);
        assert_eq!(after[0], ("Coffee break".into(), "09:30".into()));
        assert_eq!(after.len(), before.len());

        // The consecutive keynote: 15 minutes speaking, 25 in all by hand.
        let keynote = s.read(|c| load(c, Lang::En)).expect("agenda").sessions[0]
            .items
            .iter()
            .find(|i| i.title.starts_with("Keynote: Russian"))
            .map(|i| i.id.clone())
            .expect("keynote");
        s.write(|tx| set_duration(tx, &keynote, 15, Some(25)))
            .expect("retime");
        let a = s.read(|c| load(c, Lang::En)).expect("agenda");
        let k = a.sessions[0]
            .items
            .iter()
            .find(|i| i.id == keynote)
            .expect("keynote");
        assert_eq!(k.seconds, 25 * 60);
        assert!(s.write(|tx| set_duration(tx, &keynote, -1, None)).is_err());
    }
}
