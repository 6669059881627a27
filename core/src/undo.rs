//! Undo and redo of edits to guests and to the agenda. Each step remembers
//! every touched guest (or every row of the touched sessions) as it was
//! before and after; undo writes the "before" states back (a record that did
//! not exist is soft-deleted), redo the "after" ones.

use std::collections::BTreeSet;

use rusqlite::Transaction;

use crate::error::Result;
use crate::guests;
use crate::model::Guest;
use crate::store::Store;

/// How many steps are kept.
pub const DEPTH: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub struct GuestChange {
    pub id: String,
    pub before: Option<Guest>,
    pub after: Option<Guest>,
}

/// The rows of some sessions (sessions, their items, speakers) at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaChange {
    pub sessions: Vec<String>,
    pub before: Vec<agenda_rows::Row>,
    pub after: Vec<agenda_rows::Row>,
}

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Guests(Vec<GuestChange>),
    Agenda(AgendaChange),
}

impl Step {
    fn touched(&self) -> Vec<String> {
        match self {
            Step::Guests(c) => c.iter().map(|c| c.id.clone()).collect(),
            Step::Agenda(a) => a.sessions.clone(),
        }
    }

    /// Writes the "before" (`back`) or "after" state.
    fn apply(&self, tx: &Transaction, back: bool) -> Result<()> {
        match self {
            Step::Guests(changes) => {
                for c in changes {
                    restore(tx, &c.id, if back { &c.before } else { &c.after }.as_ref())?;
                }
                Ok(())
            }
            Step::Agenda(a) => {
                let (to, from) = if back {
                    (&a.before, &a.after)
                } else {
                    (&a.after, &a.before)
                };
                agenda_rows::restore(tx, to, from)
            }
        }
    }
}

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

fn state(tx: &Transaction, id: &str) -> Result<Option<Guest>> {
    Ok(guests::get_any(tx, id)?.and_then(|(g, deleted)| (!deleted).then_some(g)))
}

fn restore(tx: &Transaction, id: &str, to: Option<&Guest>) -> Result<()> {
    match to {
        None => {
            guests::delete(tx, &[id.to_string()])?;
        }
        Some(g) => {
            if guests::get_any(tx, id)?.is_some() {
                guests::update(tx, g)?;
            } else {
                guests::insert(tx, g)?;
            }
        }
    }
    Ok(())
}

impl History {
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }

    /// Runs `f` in one transaction and records what it did to guests as one
    /// undoable step. `f` returns its result and the ids of the guests it
    /// touched; `known` are ids it will touch that exist before it runs.
    pub fn track<T>(
        &mut self,
        store: &mut Store,
        known: &[String],
        f: impl FnOnce(&Transaction) -> Result<(T, Vec<String>)>,
    ) -> Result<T> {
        let (out, step) = store.write(|tx| {
            let mut before = Vec::new();
            for id in known {
                before.push((id.clone(), state(tx, id)?));
            }
            let (out, touched) = f(tx)?;
            let ids: BTreeSet<String> = known.iter().cloned().chain(touched).collect();
            let mut step = Vec::new();
            for id in ids {
                let b = before
                    .iter()
                    .find(|(k, _)| *k == id)
                    .and_then(|(_, g)| g.clone());
                let a = state(tx, &id)?;
                if a != b {
                    step.push(GuestChange {
                        id,
                        before: b,
                        after: a,
                    });
                }
            }
            Ok((out, step))
        })?;
        if !step.is_empty() {
            self.push(Step::Guests(step));
        }
        Ok(out)
    }

    fn push(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Runs an agenda edit in one transaction as one undoable step. `known`
    /// are the sessions it changes that exist before; `f` returns its result
    /// and any session it created.
    pub fn track_agenda<T>(
        &mut self,
        store: &mut Store,
        known: &[String],
        f: impl FnOnce(&Transaction) -> Result<(T, Option<String>)>,
    ) -> Result<T> {
        let (out, step) = store.write(|tx| {
            let before = agenda_rows::snapshot(tx, known)?;
            let (out, created) = f(tx)?;
            let sessions: Vec<String> = known.iter().cloned().chain(created).collect();
            let after = agenda_rows::snapshot(tx, &sessions)?;
            Ok((
                out,
                AgendaChange {
                    sessions,
                    before,
                    after,
                },
            ))
        })?;
        if step.before != step.after {
            self.push(Step::Agenda(step));
        }
        Ok(out)
    }

    /// Undoes the last step; returns the ids it touched (empty: nothing to undo).
    pub fn undo(&mut self, store: &mut Store) -> Result<Vec<String>> {
        let Some(step) = self.undo.pop() else {
            return Ok(vec![]);
        };
        match store.write(|tx| step.apply(tx, true)) {
            Ok(()) => {
                let ids = step.touched();
                self.redo.push(step);
                Ok(ids)
            }
            Err(e) => {
                self.undo.push(step);
                Err(e)
            }
        }
    }

    /// Redoes the last undone step; returns the ids it touched.
    pub fn redo(&mut self, store: &mut Store) -> Result<Vec<String>> {
        let Some(step) = self.redo.pop() else {
            return Ok(vec![]);
        };
        match store.write(|tx| step.apply(tx, false)) {
            Ok(()) => {
                let ids = step.touched();
                self.undo.push(step);
                Ok(ids)
            }
            Err(e) => {
                self.redo.push(step);
                Err(e)
            }
        }
    }
}

/// Whole rows of the agenda tables, for undo.
pub mod agenda_rows {
    use rusqlite::types::Value;
    use rusqlite::{params_from_iter, Connection};

    use crate::error::Result;
    use crate::ids::now;

    #[derive(Debug, Clone, PartialEq)]
    pub struct Row {
        pub table: &'static str,
        pub id: String,
        pub columns: Vec<(String, Value)>,
    }

    fn select(conn: &Connection, table: &'static str, sql: &str, key: &str) -> Result<Vec<Row>> {
        let mut st = conn.prepare(sql)?;
        let names: Vec<String> = st.column_names().map(|c| c.to_string()).collect();
        let rows = st.query_map([key], |r| {
            let mut columns = Vec::with_capacity(names.len());
            for (i, n) in names.iter().enumerate() {
                columns.push((n.clone(), r.get::<_, Value>(i)?));
            }
            Ok(columns)
        })?;
        let mut out = Vec::new();
        for columns in rows {
            let columns = columns?;
            let id = match columns.iter().find(|(n, _)| n == "id") {
                Some((_, Value::Text(t))) => t.clone(),
                _ => continue,
            };
            // The time stamp is written anew on restore; leaving it out
            // keeps equal states equal.
            let columns = columns
                .into_iter()
                .filter(|(n, _)| n != "updated_at")
                .collect();
            out.push(Row { table, id, columns });
        }
        Ok(out)
    }

    /// The live rows of these sessions, parents before children.
    pub fn snapshot(conn: &Connection, sessions: &[String]) -> Result<Vec<Row>> {
        let mut out = Vec::new();
        for s in sessions {
            out.extend(select(
                conn,
                "session",
                "SELECT * FROM session WHERE id = ?1 AND deleted_at IS NULL",
                s,
            )?);
            out.extend(select(
                conn,
                "item",
                "SELECT * FROM item WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY id",
                s,
            )?);
            out.extend(select(
                conn,
                "item_person",
                "SELECT p.* FROM item_person p JOIN item i ON i.id = p.item_id
                 WHERE i.session_id = ?1 AND i.deleted_at IS NULL AND p.deleted_at IS NULL
                 ORDER BY p.id",
                s,
            )?);
        }
        Ok(out)
    }

    /// Brings the rows from state `from` to state `to`.
    pub fn restore(conn: &Connection, to: &[Row], from: &[Row]) -> Result<()> {
        let t = now();
        for r in from.iter().rev() {
            if !to.iter().any(|x| x.table == r.table && x.id == r.id) {
                // Table names come from `snapshot`, never from user text.
                conn.execute(
                    &format!(
                        "UPDATE {} SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
                        r.table
                    ),
                    rusqlite::params![r.id, t],
                )?;
            }
        }
        for r in to {
            let names: Vec<&str> = r.columns.iter().map(|(n, _)| n.as_str()).collect();
            let marks: Vec<String> = (1..=names.len() + 1).map(|i| format!("?{i}")).collect();
            let set: Vec<String> = names
                .iter()
                .chain(std::iter::once(&"updated_at"))
                .filter(|n| **n != "id")
                .map(|n| format!("{n} = excluded.{n}"))
                .collect();
            let sql = format!(
                "INSERT INTO {} ({}, updated_at) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
                r.table,
                names.join(", "),
                marks.join(", "),
                set.join(", ")
            );
            let values = r
                .columns
                .iter()
                .map(|(_, v)| v.clone())
                .chain(std::iter::once(Value::Text(t.clone())));
            conn.execute(&sql, params_from_iter(values))?;
        }
        Ok(())
    }
}
