//! Changing a hall's drawing: moving, turning and renaming tables. A moved
//! banquet table takes its rank from its new distance to the head table.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::ids::now;
use crate::model::HonourSide;

fn table(conn: &Connection, id: &str) -> Result<(String, f64, f64, f64)> {
    conn.query_row(
        "SELECT hall_id, x, y, rotation FROM hall_table WHERE id = ?1 AND deleted_at IS NULL",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "table",
        id: id.to_string(),
    })
}

pub fn move_table(conn: &Connection, id: &str, x: f64, y: f64) -> Result<()> {
    if !x.is_finite() || !y.is_finite() {
        return Err(Error::InvalidValue {
            field: "position".into(),
            value: format!("{x}, {y}"),
        });
    }
    let (hall, ox, oy, _) = table(conn, id)?;
    let (w, d): (f64, f64) = conn.query_row(
        "SELECT width_m, depth_m FROM hall WHERE id = ?1",
        [&hall],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let (x, y) = (x.clamp(0.0, w), y.clamp(0.0, d));
    let t = now();
    conn.execute(
        "UPDATE hall_table SET x = ?2, y = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, x, y, t],
    )?;
    conn.execute(
        "UPDATE seat SET x = x + ?2, y = y + ?3, updated_at = ?4 WHERE table_id = ?1",
        params![id, x - ox, y - oy, t],
    )?;
    rerank_round_tables(conn, &hall)
}

pub fn rotate_table(conn: &Connection, id: &str, degrees: f64) -> Result<()> {
    if !degrees.is_finite() {
        return Err(Error::InvalidValue {
            field: "rotation".into(),
            value: degrees.to_string(),
        });
    }
    let (_, cx, cy, rotation) = table(conn, id)?;
    let (sin, cos) = degrees.to_radians().sin_cos();
    let mut st = conn.prepare("SELECT id, x, y FROM seat WHERE table_id = ?1")?;
    let seats: Vec<(String, f64, f64)> = st
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let t = now();
    for (sid, x, y) in seats {
        let (dx, dy) = (x - cx, y - cy);
        conn.execute(
            "UPDATE seat SET x = ?2, y = ?3, updated_at = ?4 WHERE id = ?1",
            params![sid, cx + dx * cos - dy * sin, cy + dx * sin + dy * cos, t],
        )?;
    }
    conn.execute(
        "UPDATE hall_table SET rotation = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, (rotation + degrees).rem_euclid(360.0), t],
    )?;
    Ok(())
}

pub fn rename_table(conn: &Connection, id: &str, label: &str) -> Result<()> {
    let label = label.trim();
    if label.is_empty() {
        return Err(Error::InvalidValue {
            field: "label".into(),
            value: String::new(),
        });
    }
    table(conn, id)?;
    conn.execute(
        "UPDATE hall_table SET label = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, label, now()],
    )?;
    Ok(())
}

/// Round tables other than the head table (rank 1) rank by distance to it;
/// at equal distance the host's right (screen-left) first.
fn rerank_round_tables(conn: &Connection, hall: &str) -> Result<()> {
    let side = crate::forum::get(conn)?.honour_side;
    let mut st = conn.prepare(
        "SELECT id, x, y, table_rank FROM hall_table
         WHERE hall_id = ?1 AND shape = 'round' AND deleted_at IS NULL",
    )?;
    let tables: Vec<(String, f64, f64, u32)> = st
        .query_map([hall], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let Some(head) = tables.iter().find(|t| t.3 == 1).cloned() else {
        return Ok(());
    };
    let mut rest: Vec<&(String, f64, f64, u32)> = tables.iter().filter(|t| t.0 != head.0).collect();
    let dist =
        |t: &(String, f64, f64, u32)| ((t.1 - head.1).powi(2) + (t.2 - head.2).powi(2)).sqrt();
    rest.sort_by(|a, b| {
        (dist(a) * 10.0)
            .round()
            .total_cmp(&(dist(b) * 10.0).round())
            .then(match side {
                HonourSide::Right => a.1.total_cmp(&b.1),
                HonourSide::Left => b.1.total_cmp(&a.1),
            })
            .then(a.0.cmp(&b.0))
    });
    for (i, t) in rest.iter().enumerate() {
        conn.execute(
            "UPDATE hall_table SET table_rank = ?2 WHERE id = ?1",
            params![t.0, i as i64 + 2],
        )?;
    }
    Ok(())
}

/// Adds a round table of `seats` at a point of the hall; ranked by distance.
pub fn add_table(conn: &Connection, hall: &str, seats: u32, x: f64, y: f64) -> Result<String> {
    if !(1..=30).contains(&seats) || !x.is_finite() || !y.is_finite() {
        return Err(Error::InvalidValue {
            field: "table".into(),
            value: seats.to_string(),
        });
    }
    let side = crate::forum::get(conn)?.honour_side;
    let (count, max_label): (i64, i64) = conn.query_row(
        "SELECT count(*), coalesce(max(CAST(label AS INTEGER)), 0) FROM hall_table
         WHERE hall_id = ?1 AND deleted_at IS NULL",
        [hall],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let rank = if count == 0 { 1 } else { count as u32 + 1 };
    let table = super::round_table((max_label + 1).to_string(), x, y, seats, rank, side);
    let id = super::insert_table(conn, hall, &table, count)?;
    rerank_round_tables(conn, hall)?;
    Ok(id)
}

/// Removes a table with its seats and the assignments to them.
pub fn remove_table(conn: &Connection, id: &str) -> Result<()> {
    let (hall, ..) = table(conn, id)?;
    let t = now();
    conn.execute(
        "UPDATE assignment SET deleted_at = ?2, updated_at = ?2
         WHERE deleted_at IS NULL AND seat_id IN (SELECT id FROM seat WHERE table_id = ?1)",
        params![id, t],
    )?;
    conn.execute(
        "UPDATE seat SET deleted_at = ?2, updated_at = ?2 WHERE table_id = ?1",
        params![id, t],
    )?;
    conn.execute(
        "UPDATE hall_table SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
        params![id, t],
    )?;
    rerank_round_tables(conn, &hall)
}

/// Holds every seat of a table (a row: a block) for one delegation, or frees it.
pub fn reserve_table(conn: &Connection, id: &str, delegation: Option<&str>) -> Result<()> {
    table(conn, id)?;
    conn.execute(
        "UPDATE seat SET reserved_for = ?2, updated_at = ?3 WHERE table_id = ?1",
        params![id, delegation, now()],
    )?;
    Ok(())
}

/// Marks where the entrance and the stage are, in metres.
pub fn set_marks(
    conn: &Connection,
    hall: &str,
    entrance: (f64, f64),
    stage: (f64, f64),
) -> Result<()> {
    if ![entrance.0, entrance.1, stage.0, stage.1]
        .iter()
        .all(|v| v.is_finite())
    {
        return Err(Error::InvalidValue {
            field: "position".into(),
            value: format!("{entrance:?} {stage:?}"),
        });
    }
    conn.execute(
        "UPDATE hall SET entrance_x = ?2, entrance_y = ?3, stage_x = ?4, stage_y = ?5,
                updated_at = ?6 WHERE id = ?1",
        params![hall, entrance.0, entrance.1, stage.0, stage.1, now()],
    )?;
    Ok(())
}
