//! Seating: halls laid out from templates, seats ranked by protocol, plans
//! of who sits where, auto-seating and the conflicts to fix by hand.

pub mod auto;
pub mod conflicts;
pub mod honour;
pub mod layout_edit;
pub mod view;

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::ids::{new_id, now};
use crate::model::{HonourSide, Lang, Localized, Role, Status};
use crate::store::localized;
use crate::{forum, guests};
use auto::{Person, Rules, Seating, Side, Slot};

/// A starting layout for a hall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Template {
    /// A head table and `tables - 1` more round tables, `seats` each.
    Banquet { tables: u32, seats: u32 },
    /// `rows` rows of `seats`, split by a centre aisle, facing the stage.
    Plenary { rows: u32, seats: u32 },
    /// One long table, `per_side` seats on each long side.
    Talks { per_side: u32 },
    /// One row of `seats` facing the hall.
    Presidium { seats: u32 },
}

impl Template {
    pub fn plan_kind(self) -> &'static str {
        match self {
            Template::Banquet { .. } => "banquet",
            Template::Plenary { .. } => "plenary",
            Template::Talks { .. } => "talks",
            Template::Presidium { .. } => "presidium",
        }
    }
}

pub(crate) struct NewSeat {
    number: u32,
    x: f64,
    y: f64,
    honour: u32,
    side: Option<Side>,
}

pub(crate) struct NewTable {
    label: String,
    shape: &'static str,
    x: f64,
    y: f64,
    rank: u32,
    seats: Vec<NewSeat>,
}

fn side_key(s: Side) -> &'static str {
    match s {
        Side::Host => "host",
        Side::Guest => "guest",
    }
}

fn ranked(order: &[u32], n: u32) -> u32 {
    order
        .iter()
        .position(|x| *x == n)
        .map_or(u32::MAX, |i| i as u32 + 1)
}

pub(crate) fn round_table(
    label: String,
    x: f64,
    y: f64,
    k: u32,
    rank: u32,
    side: HonourSide,
) -> NewTable {
    let order = honour::round(k, side, k >= 6);
    let r = 0.6 + 0.09 * f64::from(k);
    let seats = (1..=k)
        .map(|n| {
            let a = (-90.0 + f64::from(n - 1) * 360.0 / f64::from(k)).to_radians();
            NewSeat {
                number: n,
                x: x + r * a.cos(),
                y: y + r * a.sin(),
                honour: ranked(&order, n),
                side: None,
            }
        })
        .collect();
    NewTable {
        label,
        shape: "round",
        x,
        y,
        rank,
        seats,
    }
}

/// The tables and seats of a template; sizes in metres, the stage at the
/// top, the entrance at the bottom.
fn layout(t: Template, side: HonourSide) -> (f64, f64, Vec<NewTable>) {
    match t {
        Template::Banquet { tables, seats } => {
            let tables = tables.max(1);
            let per_row = (tables - 1).clamp(1, 4);
            let gap = 2.0 + 0.25 * f64::from(seats);
            // Room at the sides for the names around the outer seats.
            let width = f64::from(per_row) * gap + 5.0;
            let cx = width / 2.0;
            let mut out = vec![round_table("1".into(), cx, 3.0, seats, 1, side)];
            let mut rest: Vec<(f64, f64)> = (0..tables - 1)
                .map(|i| {
                    let row = i / per_row;
                    let col = i % per_row;
                    let x = 2.5 + gap / 2.0 + f64::from(col) * gap;
                    (x, 3.0 + gap * f64::from(row + 1))
                })
                .collect();
            // Nearer the head table ranks higher; at equal distance the
            // host's right (screen-left, the host facing the entrance) first.
            let right_first = side == HonourSide::Right;
            rest.sort_by(|a, b| {
                let da = ((a.0 - cx).powi(2) + (a.1 - 3.0).powi(2)).sqrt();
                let db = ((b.0 - cx).powi(2) + (b.1 - 3.0).powi(2)).sqrt();
                (da * 10.0)
                    .round()
                    .total_cmp(&(db * 10.0).round())
                    .then(if right_first {
                        a.0.total_cmp(&b.0)
                    } else {
                        b.0.total_cmp(&a.0)
                    })
            });
            for (i, (x, y)) in rest.into_iter().enumerate() {
                let rank = i as u32 + 2;
                out.push(round_table(rank.to_string(), x, y, seats, rank, side));
            }
            let depth = out.iter().map(|t| t.y).fold(0.0, f64::max) + gap;
            (width, depth, out)
        }
        Template::Plenary { rows, seats } => {
            let half = seats / 2;
            let width = f64::from(seats) * 0.6 + 3.0;
            let order = honour::row(seats, side, false);
            let tables = (1..=rows)
                .map(|r| {
                    let y = 3.0 + f64::from(r) * 1.0;
                    NewTable {
                        label: r.to_string(),
                        shape: "row",
                        x: width / 2.0,
                        y,
                        rank: r,
                        seats: (1..=seats)
                            .map(|n| {
                                let aisle = if n > half { 1.2 } else { 0.0 };
                                NewSeat {
                                    number: n,
                                    x: 1.5 + f64::from(n - 1) * 0.6 + aisle,
                                    y,
                                    honour: ranked(&order, n),
                                    side: None,
                                }
                            })
                            .collect(),
                    }
                })
                .collect();
            (width, 3.0 + f64::from(rows) + 3.0, tables)
        }
        Template::Talks { per_side } => {
            let width = f64::from(per_side) * 0.9 + 4.0;
            let far = honour::row(per_side, side, true);
            let near = honour::row(per_side, side, false);
            let x0 = (width - f64::from(per_side.saturating_sub(1)) * 0.9) / 2.0;
            let mut seats = Vec::new();
            for n in 1..=per_side {
                seats.push(NewSeat {
                    number: n,
                    x: x0 + f64::from(n - 1) * 0.9,
                    y: 3.2,
                    honour: ranked(&far, n),
                    side: Some(Side::Guest),
                });
            }
            for n in 1..=per_side {
                seats.push(NewSeat {
                    number: per_side + n,
                    x: x0 + f64::from(n - 1) * 0.9,
                    y: 5.0,
                    honour: ranked(&near, n),
                    side: Some(Side::Host),
                });
            }
            let table = NewTable {
                label: "1".into(),
                shape: "rect",
                x: width / 2.0,
                y: 4.1,
                rank: 1,
                seats,
            };
            (width, 8.0, vec![table])
        }
        Template::Presidium { seats } => {
            let width = f64::from(seats) * 0.9 + 3.0;
            let order = honour::row(seats, side, true);
            let x0 = (width - f64::from(seats.saturating_sub(1)) * 0.9) / 2.0;
            let table = NewTable {
                label: "1".into(),
                shape: "head",
                x: width / 2.0,
                y: 2.0,
                rank: 1,
                seats: (1..=seats)
                    .map(|n| NewSeat {
                        number: n,
                        x: x0 + f64::from(n - 1) * 0.9,
                        y: 2.0,
                        honour: ranked(&order, n),
                        side: None,
                    })
                    .collect(),
            };
            (width, 10.0, vec![table])
        }
    }
}

/// Creates a hall laid out from `template`, its seats ranked by the forum's
/// honour side. Returns the hall id.
pub fn create_hall(conn: &Connection, name: &Localized, template: Template) -> Result<String> {
    let side = forum::get(conn)?.honour_side;
    let (width, depth, tables) = layout(template, side);
    let id = new_id();
    let t = now();
    conn.execute(
        "INSERT INTO hall (id, name_zh, name_ru, name_en, width_m, depth_m, entrance_x,
                           entrance_y, stage_x, stage_y, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?7, 0, ?8, ?8)",
        params![id, name.zh, name.ru, name.en, width, depth, width / 2.0, t],
    )?;
    for (i, table) in tables.iter().enumerate() {
        insert_table(conn, &id, table, i as i64)?;
    }
    Ok(id)
}

/// Writes one table and its seats into a hall; returns the table id.
pub(crate) fn insert_table(
    conn: &Connection,
    hall_id: &str,
    table: &NewTable,
    sort_order: i64,
) -> Result<String> {
    let t = now();
    let tid = new_id();
    conn.execute(
        "INSERT INTO hall_table (id, hall_id, label, shape, seat_count, x, y, sort_order,
                                 table_rank, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            tid,
            hall_id,
            table.label,
            table.shape,
            table.seats.len() as i64,
            table.x,
            table.y,
            sort_order,
            table.rank,
            t
        ],
    )?;
    let mut st = conn.prepare_cached(
        "INSERT INTO seat (id, table_id, number, x, y, honour, side, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?;
    for s in &table.seats {
        st.execute(params![
            new_id(),
            tid,
            s.number,
            s.x,
            s.y,
            s.honour,
            s.side.map(side_key),
            t
        ])?;
    }
    Ok(tid)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct PlanSummary {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub hall_id: String,
    pub hall: String,
    /// The session (event) the plan seats, in the interface language.
    pub session: String,
    pub seats: usize,
    pub seated: usize,
}

pub fn create_plan(
    conn: &Connection,
    name: &str,
    hall_id: &str,
    template: Template,
    alternate_sides: bool,
) -> Result<String> {
    let id = new_id();
    conn.execute(
        "INSERT INTO seating_plan (id, name, hall_id, kind, alternate_sides, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![id, name, hall_id, template.plan_kind(), alternate_sides, now()],
    )?;
    Ok(id)
}

/// Ties a plan to the session (event) it seats, or to none.
pub fn set_plan_session(conn: &Connection, plan_id: &str, session_id: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE seating_plan SET session_id = ?2, updated_at = ?3 WHERE id = ?1",
        params![plan_id, session_id, now()],
    )?;
    Ok(())
}

pub fn plans(conn: &Connection, lang: Lang) -> Result<Vec<PlanSummary>> {
    let mut st = conn.prepare(
        "SELECT p.id, p.name, p.kind, h.id, h.name_zh, h.name_ru, h.name_en,
                coalesce(s.title_zh, ''), coalesce(s.title_ru, ''), coalesce(s.title_en, ''),
                (SELECT count(*) FROM seat s JOIN hall_table t ON t.id = s.table_id
                  WHERE t.hall_id = h.id AND s.deleted_at IS NULL AND t.deleted_at IS NULL),
                (SELECT count(*) FROM assignment a WHERE a.plan_id = p.id AND a.deleted_at IS NULL)
         FROM seating_plan p JOIN hall h ON h.id = p.hall_id
         LEFT JOIN session s ON s.id = p.session_id AND s.deleted_at IS NULL
         WHERE p.deleted_at IS NULL ORDER BY p.created_at, p.id",
    )?;
    let rows = st.query_map([], |r| {
        Ok(PlanSummary {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: r.get(2)?,
            hall_id: r.get(3)?,
            hall: localized(r, 4)?.get(lang).to_string(),
            session: localized(r, 7)?.get(lang).to_string(),
            seats: r.get::<_, i64>(10)? as usize,
            seated: r.get::<_, i64>(11)? as usize,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A plan by name (or id).
pub fn find_plan(conn: &Connection, name: &str) -> Result<String> {
    conn.query_row(
        "SELECT id FROM seating_plan WHERE deleted_at IS NULL AND (name = ?1 OR id = ?1)",
        [name],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "plan",
        id: name.to_string(),
    })
}

struct SeatRow {
    id: String,
    table_id: String,
    table_label: String,
    shape: String,
    table_rank: u32,
    number: u32,
    honour: u32,
    side: Option<Side>,
    reserved_for: Option<String>,
}

fn seats_of_plan(conn: &Connection, plan_id: &str) -> Result<Vec<SeatRow>> {
    let mut st = conn.prepare(
        "SELECT s.id, t.id, t.label, t.shape, t.table_rank, s.number, s.honour, s.side,
                s.reserved_for
         FROM seating_plan p
         JOIN hall_table t ON t.hall_id = p.hall_id AND t.deleted_at IS NULL
         JOIN seat s ON s.table_id = t.id AND s.deleted_at IS NULL
         WHERE p.id = ?1
         ORDER BY t.table_rank, t.sort_order, s.number",
    )?;
    let rows = st.query_map([plan_id], |r| {
        Ok(SeatRow {
            id: r.get(0)?,
            table_id: r.get(1)?,
            table_label: r.get(2)?,
            shape: r.get(3)?,
            table_rank: r.get(4)?,
            number: r.get(5)?,
            honour: r.get::<_, Option<u32>>(6)?.unwrap_or(u32::MAX),
            side: r.get::<_, Option<String>>(7)?.map(|s| match s.as_str() {
                "host" => Side::Host,
                _ => Side::Guest,
            }),
            reserved_for: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Seats next to each other: around a round table, along a row or a side.
fn slots(seats: &[SeatRow], alternate: bool) -> Vec<Slot> {
    let mut by_table: HashMap<&str, Vec<&SeatRow>> = HashMap::new();
    for s in seats {
        by_table.entry(s.table_id.as_str()).or_default().push(s);
    }
    seats
        .iter()
        .map(|s| {
            let mates = &by_table[s.table_id.as_str()];
            let k = mates.len() as u32;
            let neighbours = mates
                .iter()
                .filter(|m| {
                    let d = m.number.abs_diff(s.number);
                    m.id != s.id
                        && m.side == s.side
                        && (d == 1 || (s.shape == "round" && d == k - 1 && k > 2))
                })
                .map(|m| m.id.clone())
                .collect();
            // At a round table the host's and co-host's seats are the host
            // side's; when sides alternate, the seats beside them are guests'.
            let preferred = if s.shape != "round" {
                None
            } else if s.honour <= 2 {
                Some(Side::Host)
            } else if alternate {
                // Guests flank the host and the co-host, then the sides alternate.
                let around = |from: u32| {
                    let d = s.number.abs_diff(from);
                    d.min(k - d)
                };
                let co_host = 1 + k / 2;
                let d = if k >= 6 {
                    around(1).min(around(co_host))
                } else {
                    around(1)
                };
                Some(if d % 2 == 0 { Side::Host } else { Side::Guest })
            } else {
                None
            };
            Slot {
                seat_id: s.id.clone(),
                table_id: s.table_id.clone(),
                table_rank: s.table_rank,
                honour: s.honour,
                side: s.side,
                preferred,
                neighbours,
                reserved_for: s.reserved_for.clone(),
            }
        })
        .collect()
}

/// Guests a plan seats: confirmed (and attended) by default, all but the
/// declined with `include_unconfirmed`; staff never.
fn people(conn: &Connection, include_unconfirmed: bool) -> Result<Vec<Person>> {
    people_of(conn, &guests::all(conn)?, include_unconfirmed)
}

/// The same from guests already read.
fn people_of(
    conn: &Connection,
    all: &[crate::model::Guest],
    include_unconfirmed: bool,
) -> Result<Vec<Person>> {
    let dels = guests::orgs::delegations(conn)?;
    let host_dels: Vec<&str> = dels
        .iter()
        .filter(|d| d.is_host)
        .map(|d| d.id.as_str())
        .collect();
    let heads = guests::orgs::delegation_heads(conn)?;
    Ok(all
        .iter()
        .filter(|g| g.role != Role::Staff)
        .filter(|g| match g.status {
            Status::Confirmed | Status::Attended => true,
            Status::Declined | Status::NoShow => false,
            _ => include_unconfirmed,
        })
        .map(|g| Person {
            is_host: g.is_host,
            heads_delegation: heads.contains(&g.id),
            side: if g.is_host
                || g.delegation_id
                    .as_deref()
                    .is_some_and(|d| host_dels.contains(&d))
            {
                Side::Host
            } else {
                Side::Guest
            },
            rank_level: g.rank.level(),
            manual_order: g.manual_order,
            sort_name: g.name.display(Lang::En),
            needs_interpreter: !g.needs.interpreter_language.trim().is_empty(),
            is_interpreter: g.role == Role::Interpreter,
            delegation: g.delegation_id.clone(),
            id: g.id.clone(),
        })
        .collect())
}

fn assignments(conn: &Connection, plan_id: &str) -> Result<Vec<(String, String, bool)>> {
    let mut st = conn.prepare(
        "SELECT seat_id, guest_id, locked FROM assignment
         WHERE plan_id = ?1 AND deleted_at IS NULL ORDER BY created_at, id",
    )?;
    let rows = st.query_map([plan_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn plan_flags(conn: &Connection, plan_id: &str) -> Result<(String, bool, bool)> {
    conn.query_row(
        "SELECT kind, alternate_sides, include_unconfirmed FROM seating_plan
         WHERE id = ?1 AND deleted_at IS NULL",
        [plan_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "plan",
        id: plan_id.to_string(),
    })
}

/// Seats the plan's guests automatically (locked seats stay) and saves it.
pub fn auto_seat(conn: &Connection, plan_id: &str) -> Result<Seating> {
    let (kind, alternate, include_unconfirmed) = plan_flags(conn, plan_id)?;
    let seats = seats_of_plan(conn, plan_id)?;
    let current = assignments(conn, plan_id)?;
    let pairs = pairs(conn, plan_id)?;
    let rules = Rules {
        together: pairs
            .iter()
            .filter(|p| p.2 == "together")
            .map(|p| (p.0.clone(), p.1.clone()))
            .collect(),
        apart: pairs
            .iter()
            .filter(|p| p.2 == "apart")
            .map(|p| (p.0.clone(), p.1.clone()))
            .collect(),
        locked: current
            .iter()
            .filter(|a| a.2)
            .map(|a| (a.0.clone(), a.1.clone()))
            .collect(),
        seat_interpreters: matches!(kind.as_str(), "banquet" | "talks"),
    };
    let result = auto::seat(
        &slots(&seats, alternate),
        &people(conn, include_unconfirmed)?,
        &rules,
    );
    let t = now();
    conn.execute(
        "UPDATE assignment SET deleted_at = ?2, updated_at = ?2
         WHERE plan_id = ?1 AND deleted_at IS NULL AND locked = 0",
        params![plan_id, t],
    )?;
    let mut st = conn.prepare_cached(
        "INSERT INTO assignment (id, plan_id, seat_id, guest_id, locked, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 0, ?5, ?5)",
    )?;
    for p in result.placements.iter().filter(|p| p.reason != "locked") {
        st.execute(params![new_id(), plan_id, p.seat_id, p.guest_id, t])?;
    }
    Ok(result)
}

fn pairs(conn: &Connection, plan_id: &str) -> Result<Vec<(String, String, String)>> {
    let mut st = conn.prepare(
        "SELECT guest_a, guest_b, kind FROM seating_pair WHERE plan_id = ?1 AND deleted_at IS NULL",
    )?;
    let rows = st.query_map([plan_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Asks that two guests sit together (`together`) or not side by side (`apart`).
pub fn add_pair(conn: &Connection, plan_id: &str, a: &str, b: &str, kind: &str) -> Result<()> {
    if !matches!(kind, "together" | "apart") {
        return Err(Error::InvalidValue {
            field: "kind".into(),
            value: kind.into(),
        });
    }
    conn.execute(
        "INSERT INTO seating_pair (id, plan_id, guest_a, guest_b, kind, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![new_id(), plan_id, a, b, kind, now()],
    )?;
    Ok(())
}

/// Puts a guest in a seat by hand (and locks it, so auto-seating keeps it).
/// A guest already elsewhere in the plan moves; someone in that seat is unseated.
pub fn assign(conn: &Connection, plan_id: &str, seat_id: &str, guest_id: &str) -> Result<()> {
    let t = now();
    conn.execute(
        "UPDATE assignment SET deleted_at = ?4, updated_at = ?4
         WHERE plan_id = ?1 AND deleted_at IS NULL AND (seat_id = ?2 OR guest_id = ?3)",
        params![plan_id, seat_id, guest_id, t],
    )?;
    conn.execute(
        "INSERT INTO assignment (id, plan_id, seat_id, guest_id, locked, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5)",
        params![new_id(), plan_id, seat_id, guest_id, t],
    )?;
    Ok(())
}

/// One line of the seating list: a seat and who sits there.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct SeatLine {
    pub seat_id: String,
    pub table: String,
    pub table_rank: u32,
    pub seat: u32,
    pub honour: u32,
    pub side: Option<Side>,
    pub guest_id: Option<String>,
    pub guest: String,
    pub title: String,
    pub delegation: String,
    pub locked: bool,
    pub reserved_for: Option<String>,
}

/// The plan as a list by table, names in `lang`.
pub fn listing(conn: &Connection, plan_id: &str, lang: Lang) -> Result<Vec<SeatLine>> {
    let list = guests::list_light(conn, lang, crate::model::GuestSort::Delegation)?.guests;
    listing_with(
        conn,
        plan_id,
        &list.iter().map(|g| (g.id.as_str(), g)).collect(),
    )
}

/// The same with the guests already read (the plan view reads them once).
pub(crate) fn listing_with(
    conn: &Connection,
    plan_id: &str,
    guests: &HashMap<&str, &crate::model::GuestListItem>,
) -> Result<Vec<SeatLine>> {
    let seats = seats_of_plan(conn, plan_id)?;
    let by_seat: HashMap<String, (String, bool)> = assignments(conn, plan_id)?
        .into_iter()
        .map(|(s, g, l)| (s, (g, l)))
        .collect();
    Ok(seats
        .into_iter()
        .map(|s| {
            let who = by_seat.get(&s.id);
            let g = who.and_then(|(id, _)| guests.get(id.as_str()));
            SeatLine {
                table: s.table_label,
                table_rank: s.table_rank,
                seat: s.number,
                honour: s.honour,
                side: s.side,
                guest_id: who.map(|(id, _)| id.clone()),
                guest: g.map(|g| g.display_name.clone()).unwrap_or_default(),
                title: g.map(|g| g.title.clone()).unwrap_or_default(),
                delegation: g.map(|g| g.delegation.clone()).unwrap_or_default(),
                locked: who.is_some_and(|(_, l)| *l),
                reserved_for: s.reserved_for,
                seat_id: s.id,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests;
