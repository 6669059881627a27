//! A seating plan as the app draws it: the hall, its tables and seats with
//! who sits where, the guests still to seat, and the conflicts.

use std::collections::HashMap;

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use super::auto::Side;
use super::conflicts::{self, Conflict};
use crate::error::{Error, Result};
use crate::ids::now;
use crate::model::{Lang, Localized, Status};
use crate::store::localized;
use crate::undo::{Action, Label};
use crate::OpenForum;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct SeatView {
    pub id: String,
    pub number: u32,
    pub x: f64,
    pub y: f64,
    pub honour: u32,
    pub side: Option<Side>,
    pub guest_id: Option<String>,
    pub guest: String,
    pub locked: bool,
    /// The guest's place in precedence on its side (1 = first), to explain
    /// the seat; `None` for interpreters and empty seats.
    pub precedence: Option<u32>,
    pub guest_side: Option<Side>,
    /// Held for this delegation.
    pub reserved_for: Option<String>,
}

/// Two guests who should sit together, or not side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct PairView {
    pub id: String,
    pub kind: String,
    pub a: String,
    pub b: String,
    pub a_name: String,
    pub b_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct TableView {
    pub id: String,
    pub label: String,
    pub shape: String,
    pub x: f64,
    pub y: f64,
    pub rank: u32,
    pub seats: Vec<SeatView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct WaitingGuest {
    pub id: String,
    pub display_name: String,
    pub secondary_name: String,
    pub delegation: String,
    pub status: Status,
    /// Confirmed (or attended): offered by default.
    pub expected: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct PlanView {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub hall: String,
    pub width: f64,
    pub depth: f64,
    /// Where the entrance and the stage are, in metres.
    pub entrance: (f64, f64),
    pub stage: (f64, f64),
    pub tables: Vec<TableView>,
    pub unseated: Vec<WaitingGuest>,
    pub conflicts: Vec<Conflict>,
    pub pairs: Vec<PairView>,
}

pub fn view(conn: &Connection, plan_id: &str, lang: Lang) -> Result<PlanView> {
    let (name, kind, hall, (width, depth), marks) = conn
        .query_row(
            "SELECT p.name, p.kind, h.name_zh, h.name_ru, h.name_en, h.width_m, h.depth_m,
                    h.entrance_x, h.entrance_y, h.stage_x, h.stage_y
             FROM seating_plan p JOIN hall h ON h.id = p.hall_id
             WHERE p.id = ?1 AND p.deleted_at IS NULL",
            [plan_id],
            |r| {
                let w: f64 = r.get(5)?;
                let d: f64 = r.get(6)?;
                let e = (
                    r.get::<_, Option<f64>>(7)?.unwrap_or(w / 2.0),
                    r.get::<_, Option<f64>>(8)?.unwrap_or(d),
                );
                let st = (
                    r.get::<_, Option<f64>>(9)?.unwrap_or(w / 2.0),
                    r.get::<_, Option<f64>>(10)?.unwrap_or(0.0),
                );
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    localized(r, 2)?,
                    (w, d),
                    (e, st),
                ))
            },
        )
        .map_err(|_| Error::NotFound {
            what: "plan",
            id: plan_id.to_string(),
        })?;
    // The guest list is read once and serves every part of the view.
    let list = crate::guests::list_light(conn, lang, crate::model::GuestSort::Rank)?.guests;
    let by_id: HashMap<&str, &crate::model::GuestListItem> =
        list.iter().map(|g| (g.id.as_str(), g)).collect();
    let all = crate::guests::all(conn)?;
    let lines = super::listing_with(conn, plan_id, &by_id)?;
    let mut st = conn.prepare(
        "SELECT t.id, t.label, t.shape, t.x, t.y, t.table_rank, s.id, s.x, s.y
         FROM seating_plan p
         JOIN hall_table t ON t.hall_id = p.hall_id AND t.deleted_at IS NULL
         JOIN seat s ON s.table_id = t.id AND s.deleted_at IS NULL
         WHERE p.id = ?1",
    )?;
    let geometry: Vec<(TableView, String, f64, f64)> = st
        .query_map([plan_id], |r| {
            Ok((
                TableView {
                    id: r.get(0)?,
                    label: r.get(1)?,
                    shape: r.get(2)?,
                    x: r.get(3)?,
                    y: r.get(4)?,
                    rank: r.get(5)?,
                    seats: vec![],
                },
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let seat_geo: HashMap<&str, (f64, f64, &str)> = geometry
        .iter()
        .map(|(t, seat, x, y)| (seat.as_str(), (*x, *y, t.id.as_str())))
        .collect();
    let mut tables: Vec<TableView> = Vec::new();
    for (t, ..) in &geometry {
        if !tables.iter().any(|x| x.id == t.id) {
            tables.push(t.clone());
        }
    }
    tables.sort_by(|a, b| (a.rank, &a.label).cmp(&(b.rank, &b.label)));
    // Precedence on each side, to explain why a guest sits where.
    let mut people = super::people_of(conn, &all, true)?;
    people.sort_by(super::auto::precedence);
    let mut place: HashMap<&str, (u32, Side)> = HashMap::new();
    let (mut host_n, mut guest_n) = (0u32, 0u32);
    for p in people.iter().filter(|p| !p.is_interpreter) {
        let n = match p.side {
            Side::Host => {
                host_n += 1;
                host_n
            }
            Side::Guest => {
                guest_n += 1;
                guest_n
            }
        };
        place.insert(p.id.as_str(), (n, p.side));
    }
    for l in &lines {
        let Some((x, y, table)) = seat_geo.get(l.seat_id.as_str()) else {
            continue;
        };
        if let Some(t) = tables.iter_mut().find(|t| t.id == *table) {
            t.seats.push(SeatView {
                id: l.seat_id.clone(),
                number: l.seat,
                x: *x,
                y: *y,
                honour: l.honour,
                side: l.side,
                guest_id: l.guest_id.clone(),
                guest: l.guest.clone(),
                locked: l.locked,
                precedence: l
                    .guest_id
                    .as_deref()
                    .and_then(|g| place.get(g))
                    .map(|p| p.0),
                guest_side: l
                    .guest_id
                    .as_deref()
                    .and_then(|g| place.get(g))
                    .map(|p| p.1),
                reserved_for: l.reserved_for.clone(),
            });
        }
    }
    let seated: std::collections::HashSet<&str> =
        lines.iter().filter_map(|l| l.guest_id.as_deref()).collect();
    let unseated = list
        .iter()
        .filter(|g| !seated.contains(g.id.as_str()))
        .filter(|g| !matches!(g.status, Status::Declined | Status::NoShow))
        .map(|g| WaitingGuest {
            expected: matches!(g.status, Status::Confirmed | Status::Attended),
            id: g.id.clone(),
            display_name: g.display_name.clone(),
            secondary_name: g.secondary_name.clone(),
            delegation: g.delegation.clone(),
            status: g.status,
        })
        .collect();
    Ok(PlanView {
        id: plan_id.to_string(),
        name,
        kind,
        hall: hall.get(lang).to_string(),
        width,
        depth,
        entrance: marks.0,
        stage: marks.1,
        tables,
        unseated,
        conflicts: conflicts::find_with(conn, plan_id, &all)?,
        pairs: pair_views(conn, plan_id, &by_id)?,
    })
}

fn pair_views(
    conn: &Connection,
    plan_id: &str,
    guests: &HashMap<&str, &crate::model::GuestListItem>,
) -> Result<Vec<PairView>> {
    let mut st = conn.prepare(
        "SELECT id, kind, guest_a, guest_b FROM seating_pair
         WHERE plan_id = ?1 AND deleted_at IS NULL ORDER BY created_at, id",
    )?;
    let rows = st.query_map([plan_id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, kind, a, b) = row?;
        out.push(PairView {
            a_name: guests
                .get(a.as_str())
                .map(|g| g.display_name.clone())
                .unwrap_or_default(),
            b_name: guests
                .get(b.as_str())
                .map(|g| g.display_name.clone())
                .unwrap_or_default(),
            id,
            kind,
            a,
            b,
        });
    }
    Ok(out)
}

/// Frees a seat.
pub fn unassign(conn: &Connection, plan_id: &str, seat_id: &str) -> Result<()> {
    conn.execute(
        "UPDATE assignment SET deleted_at = ?3, updated_at = ?3
         WHERE plan_id = ?1 AND seat_id = ?2 AND deleted_at IS NULL",
        params![plan_id, seat_id, now()],
    )?;
    Ok(())
}

/// Swaps whoever sits in two seats (either may be empty); both end up locked.
pub fn swap(conn: &Connection, plan_id: &str, a: &str, b: &str) -> Result<()> {
    let who = |seat: &str| -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(conn
            .query_row(
                "SELECT guest_id FROM assignment WHERE plan_id = ?1 AND seat_id = ?2
                 AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1",
                params![plan_id, seat],
                |r| r.get(0),
            )
            .optional()?)
    };
    let (ga, gb) = (who(a)?, who(b)?);
    unassign(conn, plan_id, a)?;
    unassign(conn, plan_id, b)?;
    if let Some(g) = ga {
        super::assign(conn, plan_id, b, &g)?;
    }
    if let Some(g) = gb {
        super::assign(conn, plan_id, a, &g)?;
    }
    Ok(())
}

/// Locks or unlocks a seat's guest (auto-seating keeps locked seats).
pub fn set_locked(conn: &Connection, plan_id: &str, seat_id: &str, locked: bool) -> Result<()> {
    conn.execute(
        "UPDATE assignment SET locked = ?3, updated_at = ?4
         WHERE plan_id = ?1 AND seat_id = ?2 AND deleted_at IS NULL",
        params![plan_id, seat_id, locked, now()],
    )?;
    Ok(())
}

/// What the organizer asks for when making a new plan.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct NewPlan {
    pub name: String,
    pub hall: Localized,
    pub template: super::Template,
    pub alternate_sides: bool,
    /// The session (event) it seats.
    pub session_id: Option<String>,
}

pub fn create(conn: &Connection, p: &NewPlan) -> Result<String> {
    if p.name.trim().is_empty() {
        return Err(Error::InvalidValue {
            field: "name".into(),
            value: String::new(),
        });
    }
    let (a, b) = match p.template {
        super::Template::Banquet { tables, seats } => (tables, seats),
        super::Template::Plenary { rows, seats } => (rows, seats),
        super::Template::Talks { per_side } => (1, per_side),
        super::Template::Presidium { seats } => (1, seats),
    };
    if !(1..=300).contains(&a) || !(1..=120).contains(&b) {
        return Err(Error::InvalidValue {
            field: "template".into(),
            value: format!("{a} × {b}"),
        });
    }
    let hall = if p.hall.get(Lang::En).trim().is_empty() {
        Localized::new(&p.name, &p.name, &p.name)
    } else {
        p.hall.clone()
    };
    let hall_id = super::create_hall(conn, &hall, p.template)?;
    let id = super::create_plan(conn, p.name.trim(), &hall_id, p.template, p.alternate_sides)?;
    super::set_plan_session(conn, &id, p.session_id.as_deref())?;
    Ok(id)
}

/// One change the organizer makes to a plan.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(tag = "op", rename_all = "kebab-case")]
pub enum PlanChange {
    /// Seat everyone not locked by precedence and honour.
    Auto,
    /// Put a guest in a seat (locked).
    Assign {
        seat: String,
        guest: String,
    },
    Unassign {
        seat: String,
    },
    /// Exchange the occupants of two seats.
    Swap {
        a: String,
        b: String,
    },
    Lock {
        seat: String,
        locked: bool,
    },
    /// Two guests who should sit together (`together`) or not side by side (`apart`).
    AddPair {
        a: String,
        b: String,
        kind: String,
    },
    RemovePair {
        id: String,
    },
    /// Move a table (and its seats) to a point of the hall, in metres.
    MoveTable {
        table: String,
        x: f64,
        y: f64,
    },
    /// Turn a table (and its seats) about its centre, in degrees.
    RotateTable {
        table: String,
        degrees: f64,
    },
    RenameTable {
        table: String,
        label: String,
    },
    /// A round table of `seats` at a point of the hall.
    AddTable {
        seats: u32,
        x: f64,
        y: f64,
    },
    RemoveTable {
        table: String,
    },
    /// Hold a table's (a row's) seats for one delegation, or free them.
    ReserveTable {
        table: String,
        delegation: Option<String>,
    },
    /// Where the entrance and the stage are.
    SetMarks {
        entrance_x: f64,
        entrance_y: f64,
        stage_x: f64,
        stage_y: f64,
    },
}

fn hall_of(conn: &Connection, plan: &str) -> Result<String> {
    conn.query_row(
        "SELECT hall_id FROM seating_plan WHERE id = ?1",
        [plan],
        |r| r.get(0),
    )
    .map_err(|_| Error::NotFound {
        what: "plan",
        id: plan.to_string(),
    })
}

/// The name of a change for the Edit menu: what, and to whom or which table.
fn label_of(conn: &Connection, plan: &str, change: &PlanChange) -> Label {
    let guest = |id: &str| crate::guests::localized_name(conn, id);
    let at = |seat: &str| -> Localized {
        conn.query_row(
            "SELECT guest_id FROM assignment WHERE plan_id = ?1 AND seat_id = ?2
             AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1",
            params![plan, seat],
            |r| r.get::<_, String>(0),
        )
        .map(|g| guest(&g))
        .unwrap_or_default()
    };
    let table = |id: &str| -> Localized {
        conn.query_row("SELECT label FROM hall_table WHERE id = ?1", [id], |r| {
            r.get::<_, String>(0)
        })
        .map(|l| Localized::new(&l, &l, &l))
        .unwrap_or_default()
    };
    match change {
        PlanChange::Auto => Label::new(Action::AutoSeat),
        PlanChange::Assign { guest: g, .. } => Label::named(Action::Seat, guest(g)),
        PlanChange::Unassign { seat } => Label::named(Action::Unseat, at(seat)),
        PlanChange::Swap { a, b } => {
            let name = at(a);
            Label::named(
                Action::SwapSeats,
                if name == Localized::default() {
                    at(b)
                } else {
                    name
                },
            )
        }
        PlanChange::Lock { seat, locked } => Label::named(
            if *locked {
                Action::LockSeat
            } else {
                Action::UnlockSeat
            },
            at(seat),
        ),
        PlanChange::AddPair { a, .. } => Label::named(Action::AddPair, guest(a)),
        PlanChange::RemovePair { .. } => Label::new(Action::RemovePair),
        PlanChange::MoveTable { table: t, .. } => Label::named(Action::MoveTable, table(t)),
        PlanChange::RotateTable { table: t, .. } => Label::named(Action::RotateTable, table(t)),
        PlanChange::RenameTable { table: t, .. } => Label::named(Action::RenameTable, table(t)),
        PlanChange::AddTable { seats, .. } => {
            Label::counted(Action::AddTable, Localized::default(), *seats as usize)
        }
        PlanChange::RemoveTable { table: t } => Label::named(Action::RemoveTable, table(t)),
        PlanChange::ReserveTable { table: t, .. } => Label::named(Action::ReserveTable, table(t)),
        PlanChange::SetMarks { .. } => Label::new(Action::MoveMarks),
    }
}

/// Applies a change as one undoable step; returns the plan as it is now.
pub fn apply(f: &mut OpenForum, plan: &str, change: &PlanChange, lang: Lang) -> Result<PlanView> {
    let label = f.store.read(|c| Ok(label_of(c, plan, change)))?;
    f.act(label, |tx| match change {
        PlanChange::Auto => super::auto_seat(tx, plan).map(|_| ()),
        PlanChange::Assign { seat, guest } => super::assign(tx, plan, seat, guest),
        PlanChange::Unassign { seat } => unassign(tx, plan, seat),
        PlanChange::Swap { a, b } => swap(tx, plan, a, b),
        PlanChange::Lock { seat, locked } => set_locked(tx, plan, seat, *locked),
        PlanChange::AddPair { a, b, kind } => super::add_pair(tx, plan, a, b, kind),
        PlanChange::RemovePair { id } => {
            tx.execute(
                "UPDATE seating_pair SET deleted_at = ?3, updated_at = ?3
                 WHERE id = ?1 AND plan_id = ?2",
                params![id, plan, now()],
            )?;
            Ok(())
        }
        PlanChange::MoveTable { table, x, y } => super::layout_edit::move_table(tx, table, *x, *y),
        PlanChange::RotateTable { table, degrees } => {
            super::layout_edit::rotate_table(tx, table, *degrees)
        }
        PlanChange::RenameTable { table, label } => {
            super::layout_edit::rename_table(tx, table, label)
        }
        PlanChange::AddTable { seats, x, y } => {
            super::layout_edit::add_table(tx, &hall_of(tx, plan)?, *seats, *x, *y).map(|_| ())
        }
        PlanChange::RemoveTable { table } => super::layout_edit::remove_table(tx, table),
        PlanChange::ReserveTable { table, delegation } => {
            super::layout_edit::reserve_table(tx, table, delegation.as_deref())
        }
        PlanChange::SetMarks {
            entrance_x,
            entrance_y,
            stage_x,
            stage_y,
        } => super::layout_edit::set_marks(
            tx,
            &hall_of(tx, plan)?,
            (*entrance_x, *entrance_y),
            (*stage_x, *stage_y),
        ),
    })?;
    f.store.read(|c| view(c, plan, lang))
}

/// Lays out a new hall from a template and makes a plan for it, as one
/// undoable step; returns the plan's id.
pub fn create_plan(f: &mut OpenForum, p: &NewPlan) -> Result<String> {
    let name = Localized::new(&p.name, &p.name, &p.name);
    f.act(Label::named(Action::CreatePlan, name), |tx| create(tx, p))
}
