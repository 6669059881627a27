//! Undo and redo of edits to guests. Each step remembers every touched
//! guest as it was before and after; undo writes the "before" states back
//! (a guest that did not exist is soft-deleted), redo the "after" ones.

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

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Vec<GuestChange>>,
    redo: Vec<Vec<GuestChange>>,
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
            self.undo.push(step);
            if self.undo.len() > DEPTH {
                self.undo.remove(0);
            }
            self.redo.clear();
        }
        Ok(out)
    }

    /// Undoes the last step; returns the ids it touched (empty: nothing to undo).
    pub fn undo(&mut self, store: &mut Store) -> Result<Vec<String>> {
        let Some(step) = self.undo.pop() else {
            return Ok(vec![]);
        };
        let res = store.write(|tx| {
            for c in &step {
                restore(tx, &c.id, c.before.as_ref())?;
            }
            Ok(())
        });
        let ids = step.iter().map(|c| c.id.clone()).collect();
        match res {
            Ok(()) => {
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
        let res = store.write(|tx| {
            for c in &step {
                restore(tx, &c.id, c.after.as_ref())?;
            }
            Ok(())
        });
        let ids = step.iter().map(|c| c.id.clone()).collect();
        match res {
            Ok(()) => {
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
