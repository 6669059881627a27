//! What is wrong with a seating plan, for the organizer to fix: shown, never
//! silently "fixed".

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use super::auto::{precedence, Person};
use crate::error::Result;
use crate::model::{Role, Status};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct Conflict {
    /// `seated-twice`, `seat-twice`, `declined-seated`, `precedence`,
    /// `no-interpreter`, `empty-head-seat` (message `seating-conflict-<code>`).
    pub code: String,
    pub seat_id: Option<String>,
    pub guest_id: Option<String>,
    pub other_id: Option<String>,
}

fn conflict(code: &str, seat: Option<&str>, guest: Option<&str>, other: Option<&str>) -> Conflict {
    Conflict {
        code: code.into(),
        seat_id: seat.map(str::to_string),
        guest_id: guest.map(str::to_string),
        other_id: other.map(str::to_string),
    }
}

/// How many precedence inversions are listed at most.
const PRECEDENCE_LIMIT: usize = 50;

pub fn find(conn: &Connection, plan_id: &str) -> Result<Vec<Conflict>> {
    find_with(conn, plan_id, &crate::guests::all(conn)?)
}

/// The same with the guests already read (the plan view reads them once).
pub(crate) fn find_with(
    conn: &Connection,
    plan_id: &str,
    all: &[crate::model::Guest],
) -> Result<Vec<Conflict>> {
    let (kind, _, _) = super::plan_flags(conn, plan_id)?;
    let seats = super::seats_of_plan(conn, plan_id)?;
    let slots = super::slots(&seats, false);
    let assigned = super::assignments(conn, plan_id)?;
    let guests: HashMap<&str, &crate::model::Guest> =
        all.iter().map(|g| (g.id.as_str(), g)).collect();
    let people: HashMap<String, Person> = super::people_of(conn, all, true)?
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    let mut out = Vec::new();

    let mut seat_of: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut guest_in: HashMap<&str, Vec<&str>> = HashMap::new();
    for (seat, guest, _) in &assigned {
        seat_of
            .entry(guest.as_str())
            .or_default()
            .push(seat.as_str());
        guest_in
            .entry(seat.as_str())
            .or_default()
            .push(guest.as_str());
    }
    for (guest, seats) in &seat_of {
        if seats.len() > 1 {
            out.push(conflict("seated-twice", Some(seats[1]), Some(guest), None));
        }
        if let Some(g) = guests.get(*guest) {
            if matches!(g.status, Status::Declined | Status::NoShow) {
                out.push(conflict(
                    "declined-seated",
                    Some(seats[0]),
                    Some(guest),
                    None,
                ));
            }
        }
    }
    for (seat, gs) in &guest_in {
        if gs.len() > 1 {
            out.push(conflict("seat-twice", Some(seat), Some(gs[0]), Some(gs[1])));
        }
    }

    // Seat order: the head table first, then honour.
    let order: HashMap<&str, (u32, u32)> = slots
        .iter()
        .map(|s| (s.seat_id.as_str(), (s.table_rank, s.honour)))
        .collect();
    let mut seated: Vec<(&Person, (u32, u32), &str)> = assigned
        .iter()
        .filter_map(|(seat, guest, _)| {
            let p = people.get(guest)?;
            (!p.is_interpreter).then_some((p, *order.get(seat.as_str())?, seat.as_str()))
        })
        .collect();
    seated.sort_by(|a, b| precedence(a.0, b.0));
    let mut found = 0;
    'outer: for (i, (senior, s_seat, seat)) in seated.iter().enumerate() {
        for (junior, j_seat, _) in &seated[i + 1..] {
            let key = |p: &Person| (!p.heads_delegation, p.rank_level);
            if junior.side == senior.side && key(junior) > key(senior) && j_seat < s_seat {
                out.push(conflict(
                    "precedence",
                    Some(seat),
                    Some(&senior.id),
                    Some(&junior.id),
                ));
                found += 1;
                if found >= PRECEDENCE_LIMIT {
                    break 'outer;
                }
                break;
            }
        }
    }

    if matches!(kind.as_str(), "banquet" | "talks") {
        let by_seat: HashMap<&str, &str> = assigned
            .iter()
            .map(|(s, g, _)| (s.as_str(), g.as_str()))
            .collect();
        for slot in &slots {
            let Some(guest) = by_seat.get(slot.seat_id.as_str()) else {
                continue;
            };
            let needs = guests
                .get(*guest)
                .is_some_and(|g| !g.needs.interpreter_language.trim().is_empty());
            if needs {
                let helped = slot.neighbours.iter().any(|n| {
                    by_seat
                        .get(n.as_str())
                        .and_then(|g| guests.get(*g))
                        .is_some_and(|g| g.role == Role::Interpreter)
                });
                if !helped {
                    out.push(conflict(
                        "no-interpreter",
                        Some(&slot.seat_id),
                        Some(guest),
                        None,
                    ));
                }
            }
        }
    }
    if kind != "plenary" {
        for slot in slots.iter().filter(|s| s.table_rank == 1) {
            if !guest_in.contains_key(slot.seat_id.as_str()) {
                out.push(conflict("empty-head-seat", Some(&slot.seat_id), None, None));
            }
        }
    }
    Ok(out)
}
