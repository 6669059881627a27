//! Undo and redo of every organizer action. Each action runs in one
//! transaction with SQLite's session extension recording what it changed,
//! row by row and column by column, in every table but the live-mode clock;
//! that record is the undoable step, named for the Edit menu ("Undo: seat
//! Zhang Pingwen"). Undo writes the changed columns back to their earlier
//! values (a row the step created is soft-deleted, where the table has
//! soft deletes), redo writes the later ones; both stamp `updated_at` anew,
//! because to a copy being merged they are edits like any other. Nothing
//! has to declare what it will touch, so no edit can slip past the history.

use std::collections::HashMap;

use rusqlite::hooks::Action as SqlOp;
use rusqlite::session::Session;
use rusqlite::types::{FromSql, Value};
use rusqlite::{params_from_iter, Connection, Transaction};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::i18n;
use crate::ids::now;
use crate::model::{text_enum, Lang, Localized};
use crate::store::Store;

/// How many steps are kept.
pub const DEPTH: usize = 200;

/// Tables whose changes are not organizer edits: the live-mode clock.
const NOT_RECORDED: &[&str] = &["live_state"];

text_enum!(
    /// What an undoable step did; its name is the Fluent message `step-<key>`.
    Action {
        AddGuest = "add-guest",
        EditGuest = "edit-guest",
        DeleteGuests = "delete-guests",
        SetStatus = "set-status",
        MergeGuests = "merge-guests",
        Import = "import",
        SaveOrganization = "save-organization",
        SaveDelegation = "save-delegation",
        MoveDelegation = "move-delegation",
        AddSession = "add-session",
        EditSession = "edit-session",
        DeleteSession = "delete-session",
        AddItem = "add-item",
        EditItem = "edit-item",
        DeleteItem = "delete-item",
        MoveItem = "move-item",
        CreatePlan = "create-plan",
        AutoSeat = "auto-seat",
        Seat = "seat",
        Unseat = "unseat",
        SwapSeats = "swap-seats",
        LockSeat = "lock-seat",
        UnlockSeat = "unlock-seat",
        AddPair = "add-pair",
        RemovePair = "remove-pair",
        MoveTable = "move-table",
        RotateTable = "rotate-table",
        RenameTable = "rename-table",
        AddTable = "add-table",
        RemoveTable = "remove-table",
        ReserveTable = "reserve-table",
        MoveMarks = "move-marks",
        SaveLetters = "save-letters",
        EditForum = "edit-forum",
    } default EditGuest
);

/// The name of a step: what was done, to whom or what, how many.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    pub action: Action,
    /// The guest, session, item, table … it was done to, in each language
    /// (empty: the message names none).
    pub name: Localized,
    pub count: usize,
}

impl Label {
    pub fn new(action: Action) -> Label {
        Label {
            action,
            name: Localized::default(),
            count: 1,
        }
    }

    pub fn named(action: Action, name: Localized) -> Label {
        Label {
            action,
            name,
            count: 1,
        }
    }

    pub fn counted(action: Action, name: Localized, count: usize) -> Label {
        Label {
            action,
            name,
            count,
        }
    }

    /// "seat Zhang Pingwen", in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        i18n::text_with(
            lang,
            &format!("step-{}", self.action.key()),
            [
                ("name", self.name.get(lang).to_string().into()),
                ("count", (self.count as u64).into()),
            ],
        )
    }
}

/// What the Edit menu and the UI show after an action, an undo or a redo.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct UndoState {
    /// The step just undone or redone, named (none: there was nothing to do).
    pub done: Option<String>,
    /// The step Undo would undo now, named.
    pub undo: Option<String>,
    /// The step Redo would redo now, named.
    pub redo: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Insert,
    Update,
    Delete,
}

/// One row's change as the session recorded it: for an update, only the
/// changed columns (and the key) have values.
#[derive(Debug, Clone, PartialEq)]
struct RowChange {
    table: String,
    op: Op,
    pk: Vec<bool>,
    old: Vec<Option<Value>>,
    new: Vec<Option<Value>>,
}

impl RowChange {
    fn key(&self) -> Vec<(usize, Value)> {
        let from = if self.op == Op::Insert {
            &self.new
        } else {
            &self.old
        };
        self.pk
            .iter()
            .enumerate()
            .filter(|(_, k)| **k)
            .map(|(i, _)| (i, from[i].clone().unwrap_or(Value::Null)))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Step {
    label: Label,
    changes: Vec<RowChange>,
}

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

/// Column names of the tables a step touches, read once per apply.
#[derive(Default)]
struct Columns(HashMap<String, Vec<String>>);

impl Columns {
    fn of(&mut self, conn: &Connection, table: &str) -> Result<&[String]> {
        if !self.0.contains_key(table) {
            let mut st = conn.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
            let names = st
                .query_map([table], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            self.0.insert(table.to_string(), names);
        }
        Ok(self.0.get(table).map(Vec::as_slice).unwrap_or(&[]))
    }
}

fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

/// Reads the session's changes, leaving out updates that only stamped
/// `updated_at` (saving a guest unchanged is not a step).
fn recorded(conn: &Connection, session: &mut Session) -> Result<Vec<RowChange>> {
    use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
    let cs = session.changeset()?;
    let mut it = cs.iter()?;
    let mut columns = Columns::default();
    let mut out = Vec::new();
    while let Some(item) = it.next()? {
        let (table, n, code) = {
            let op = item.op()?;
            (
                op.table_name().to_string(),
                usize::try_from(op.number_of_columns()).unwrap_or(0),
                op.code(),
            )
        };
        let op = match code {
            SqlOp::SQLITE_INSERT => Op::Insert,
            SqlOp::SQLITE_DELETE => Op::Delete,
            _ => Op::Update,
        };
        let pk: Vec<bool> = item.pk()?.iter().map(|b| *b != 0).collect();
        let mut old = vec![None; n];
        let mut new = vec![None; n];
        for i in 0..n {
            if op != Op::Insert {
                old[i] = item
                    .old_value(i)
                    .ok()
                    .and_then(|v| Value::column_result(v).ok());
            }
            if op != Op::Delete {
                new[i] = item
                    .new_value(i)
                    .ok()
                    .and_then(|v| Value::column_result(v).ok());
            }
        }
        if op == Op::Update {
            let names = columns.of(conn, &table)?;
            let meaningful =
                (0..n).any(|i| new[i].is_some() && names.get(i).is_some_and(|c| c != "updated_at"));
            if !meaningful {
                continue;
            }
        }
        out.push(RowChange {
            table,
            op,
            pk,
            old,
            new,
        });
    }
    Ok(out)
}

/// Brings the rows a step changed to their state before (`back`) or after it.
fn apply(tx: &Transaction, changes: &[RowChange], back: bool) -> Result<()> {
    // A row and the rows pointing at it come back in any order.
    tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let stamp = Value::Text(now());
    let mut columns = Columns::default();
    let ordered: Box<dyn Iterator<Item = &RowChange>> = if back {
        Box::new(changes.iter().rev())
    } else {
        Box::new(changes.iter())
    };
    for c in ordered {
        let names = columns.of(tx, &c.table)?.to_vec();
        let has = |col: &str| names.iter().any(|n| n == col);
        let key = c.key();
        let where_sql: Vec<String> = key
            .iter()
            .enumerate()
            .map(|(k, (i, _))| format!("{} = ?{}", quote(&names[*i]), k + 1))
            .collect();
        let where_sql = where_sql.join(" AND ");
        let mut values: Vec<Value> = key.iter().map(|(_, v)| v.clone()).collect();
        let table = quote(&c.table);
        let gone = matches!((c.op, back), (Op::Insert, true) | (Op::Delete, false));
        if gone {
            if has("deleted_at") {
                values.push(stamp.clone());
                let mark = values.len();
                let also = if has("updated_at") {
                    format!(", updated_at = ?{mark}")
                } else {
                    String::new()
                };
                tx.prepare_cached(&format!(
                    "UPDATE {table} SET deleted_at = ?{mark}{also} WHERE {where_sql}"
                ))?
                .execute(params_from_iter(values))?;
            } else {
                tx.prepare_cached(&format!("DELETE FROM {table} WHERE {where_sql}"))?
                    .execute(params_from_iter(values))?;
            }
            continue;
        }
        let target = if back { &c.old } else { &c.new };
        if c.op == Op::Update {
            let mut set = Vec::new();
            for (i, v) in target.iter().enumerate() {
                let Some(v) = v else { continue };
                let Some(name) = names.get(i) else { continue };
                if c.pk[i] || name == "updated_at" {
                    continue;
                }
                values.push(v.clone());
                set.push(format!("{} = ?{}", quote(name), values.len()));
            }
            if has("updated_at") {
                values.push(stamp.clone());
                set.push(format!("updated_at = ?{}", values.len()));
            }
            if set.is_empty() {
                continue;
            }
            tx.prepare_cached(&format!(
                "UPDATE {table} SET {} WHERE {where_sql}",
                set.join(", ")
            ))?
            .execute(params_from_iter(values))?;
        } else {
            // A row this step's undo only soft-deleted is still there as it
            // was (with what live mode wrote since): bring it back as it is.
            if has("deleted_at") {
                let mut v = values.clone();
                v.push(stamp.clone());
                let mark = v.len();
                let also = if has("updated_at") {
                    format!(", updated_at = ?{mark}")
                } else {
                    String::new()
                };
                let back = tx
                    .prepare_cached(&format!(
                        "UPDATE {table} SET deleted_at = NULL{also} WHERE {where_sql}"
                    ))?
                    .execute(params_from_iter(v))?;
                if back > 0 {
                    continue;
                }
            }
            // Else the whole row comes back: insert it.
            let mut cols = Vec::new();
            let mut row = Vec::new();
            for (i, name) in names.iter().enumerate() {
                let v = if name == "updated_at" {
                    stamp.clone()
                } else {
                    target.get(i).cloned().flatten().unwrap_or(Value::Null)
                };
                cols.push(quote(name));
                row.push(v);
            }
            let marks: Vec<String> = (1..=row.len()).map(|i| format!("?{i}")).collect();
            let keys: Vec<String> = key.iter().map(|(i, _)| quote(&names[*i])).collect();
            let set: Vec<String> = names
                .iter()
                .enumerate()
                .filter(|(i, _)| !c.pk.get(*i).copied().unwrap_or(false))
                .map(|(_, n)| format!("{0} = excluded.{0}", quote(n)))
                .collect();
            let upsert = if set.is_empty() {
                "DO NOTHING".to_string()
            } else {
                format!("DO UPDATE SET {}", set.join(", "))
            };
            tx.prepare_cached(&format!(
                "INSERT INTO {table} ({}) VALUES ({}) ON CONFLICT ({}) {upsert}",
                cols.join(", "),
                marks.join(", "),
                keys.join(", ")
            ))?
            .execute(params_from_iter(row))?;
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

    /// The step Undo would undo now.
    pub fn next_undo(&self) -> Option<&Label> {
        self.undo.last().map(|s| &s.label)
    }

    /// The step Redo would redo now.
    pub fn next_redo(&self) -> Option<&Label> {
        self.redo.last().map(|s| &s.label)
    }

    /// The state to show, after `done` (a step just undone or redone).
    pub fn state(&self, done: Option<&Label>, lang: Lang) -> UndoState {
        UndoState {
            done: done.map(|l| l.text(lang)),
            undo: self.next_undo().map(|l| l.text(lang)),
            redo: self.next_redo().map(|l| l.text(lang)),
        }
    }

    /// Runs `f` in one transaction and records everything it changed as one
    /// undoable step named `label` (nothing changed: no step). An error in
    /// `f` changes nothing and records nothing.
    pub fn act<T>(
        &mut self,
        store: &mut Store,
        label: Label,
        f: impl FnOnce(&Transaction) -> Result<T>,
    ) -> Result<T> {
        let (out, changes) = store.write(|tx| {
            let mut session = Session::new(tx)?;
            session.table_filter(Some(|t: &str| !NOT_RECORDED.contains(&t)));
            session.attach(None::<&str>)?;
            let out = f(tx)?;
            let changes = recorded(tx, &mut session)?;
            Ok((out, changes))
        })?;
        if !changes.is_empty() {
            self.undo.push(Step { label, changes });
            if self.undo.len() > DEPTH {
                self.undo.remove(0);
            }
            self.redo.clear();
        }
        Ok(out)
    }

    /// Undoes the last step; returns its name (none: nothing to undo).
    pub fn undo(&mut self, store: &mut Store) -> Result<Option<Label>> {
        let Some(step) = self.undo.pop() else {
            return Ok(None);
        };
        match store.write(|tx| apply(tx, &step.changes, true)) {
            Ok(()) => {
                let label = step.label.clone();
                self.redo.push(step);
                Ok(Some(label))
            }
            Err(e) => {
                self.undo.push(step);
                Err(e)
            }
        }
    }

    /// Redoes the last undone step; returns its name.
    pub fn redo(&mut self, store: &mut Store) -> Result<Option<Label>> {
        let Some(step) = self.redo.pop() else {
            return Ok(None);
        };
        match store.write(|tx| apply(tx, &step.changes, false)) {
            Ok(()) => {
                let label = step.label.clone();
                self.undo.push(step);
                Ok(Some(label))
            }
            Err(e) => {
                self.redo.push(step);
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::{actions as agenda, schedule};
    use crate::guests::{self, actions as guest_actions};
    use crate::seating::{self, view};
    use crate::OpenForum;

    fn demo() -> (tempfile::TempDir, OpenForum) {
        let d = tempfile::tempdir().expect("tmp");
        let s = crate::demo::create(&d.path().join("u.forum")).expect("demo");
        (d, OpenForum::new(s))
    }

    fn id_of(f: &OpenForum, name: &str) -> String {
        f.store
            .read(guests::all)
            .expect("guests")
            .into_iter()
            .find(|g| g.name.display(Lang::En) == name)
            .map(|g| g.id)
            .expect("guest")
    }

    /// Who sits where in a plan: (seat, guest) pairs.
    fn seated(f: &OpenForum, plan: &str) -> Vec<(String, String)> {
        f.store
            .read(|c| seating::listing(c, plan, Lang::En))
            .expect("listing")
            .into_iter()
            .filter_map(|l| l.guest_id.map(|g| (l.seat_id, g)))
            .collect()
    }

    fn first_titles(f: &OpenForum) -> Vec<String> {
        let a = f
            .store
            .read(|c| schedule::load(c, Lang::En))
            .expect("agenda");
        a.sessions[0]
            .items
            .iter()
            .map(|i| i.title.clone())
            .collect()
    }

    fn delegation_names(f: &OpenForum) -> Vec<String> {
        f.store
            .read(guests::orgs::delegations)
            .expect("delegations")
            .into_iter()
            .map(|d| d.name.en)
            .collect()
    }

    #[test]
    fn a_seat_a_delegation_and_an_agenda_move_undo_in_reverse_order_and_redo() {
        let (_d, mut f) = demo();
        let plan = f
            .store
            .read(|c| seating::find_plan(c, "Welcome banquet"))
            .expect("plan");
        let zhang = id_of(&f, "Zhang Pingwen");
        let seat = f
            .store
            .read(|c| view::view(c, &plan, Lang::En))
            .expect("view")
            .tables[0]
            .seats[0]
            .id
            .clone();
        let titles = first_titles(&f);
        let delegations = delegation_names(&f);

        // 1. A guest onto a seat.
        let place = view::PlanChange::Assign {
            seat: seat.clone(),
            guest: zhang.clone(),
        };
        view::apply(&mut f, &plan, &place, Lang::En).expect("seat");
        assert_eq!(seated(&f, &plan), vec![(seat.clone(), zhang.clone())]);
        // 2. A delegation renamed.
        let mut d = f
            .store
            .read(guests::orgs::delegations)
            .expect("delegations")
            .remove(1);
        d.name.en = "Delegation of the Russian Federation".into();
        guest_actions::save_delegation(&mut f, &d).expect("delegation");
        // 3. An agenda item moved.
        let first = f
            .store
            .read(|c| schedule::load(c, Lang::En))
            .expect("agenda")
            .sessions[0]
            .items[0]
            .id
            .clone();
        agenda::move_item(&mut f, &first, 2).expect("move");
        assert_ne!(first_titles(&f), titles);

        // The Edit menu names each step, last first.
        assert_eq!(
            f.history.next_undo().map(|l| l.text(Lang::En)).as_deref(),
            Some("move item “Opening remarks by the moderator”")
        );
        let s = f.undo(Lang::En).expect("undo move");
        assert_eq!(
            s.done.as_deref(),
            Some("move item “Opening remarks by the moderator”")
        );
        assert_eq!(first_titles(&f), titles);
        assert_eq!(
            s.undo.as_deref(),
            Some("changes to “Delegation of the Russian Federation”")
        );
        f.undo(Lang::En).expect("undo delegation");
        assert_eq!(delegation_names(&f), delegations);
        assert_eq!(
            f.history.next_undo().map(|l| l.text(Lang::Ru)).as_deref(),
            Some("посадка гостя Чжан Пинвэнь на место")
        );
        assert_eq!(
            f.history.next_undo().map(|l| l.text(Lang::ZhCn)).as_deref(),
            Some("安排张平文入座")
        );
        f.undo(Lang::En).expect("undo seat");
        assert!(seated(&f, &plan).is_empty());
        assert!(f.undo(Lang::En).expect("nothing").done.is_none());

        // Redo brings all three back, in order.
        f.redo(Lang::En).expect("redo seat");
        assert_eq!(seated(&f, &plan), vec![(seat.clone(), zhang.clone())]);
        f.redo(Lang::En).expect("redo delegation");
        assert!(delegation_names(&f)
            .iter()
            .any(|n| n == "Delegation of the Russian Federation"));
        let s = f.redo(Lang::En).expect("redo move");
        assert_ne!(first_titles(&f), titles);
        assert!(s.redo.is_none());
        // A new action after an undo drops what could have been redone.
        f.undo(Lang::En).expect("undo move again");
        view::apply(
            &mut f,
            &plan,
            &view::PlanChange::Unassign { seat: seat.clone() },
            Lang::En,
        )
        .expect("unseat");
        assert!(f.history.next_redo().is_none());
        assert_eq!(
            f.history.next_undo().map(|l| l.text(Lang::En)).as_deref(),
            Some("free the seat of Zhang Pingwen")
        );
    }

    #[test]
    fn undo_of_an_import_takes_back_its_new_delegations_and_organizations_too() {
        let (d, mut f) = demo();
        let file = d.path().join("partner.csv");
        std::fs::write(
            &file,
            "Фамилия,Имя,Организация,Делегация\nПетров,Иван,НИИ Новых Материалов,Делегация Сибири\n",
        )
        .expect("csv");
        let (orgs_before, dels_before) = (
            f.store
                .read(|c| guests::orgs::organizations(c, Lang::En))
                .expect("orgs")
                .len(),
            delegation_names(&f).len(),
        );
        let n = f.store.read(guests::count).expect("count");
        crate::io::import::commit(&mut f.store, &mut f.history, &file, None, &[], Lang::Ru)
            .expect("import");
        assert_eq!(f.store.read(guests::count).expect("count"), n + 1);
        assert_eq!(delegation_names(&f).len(), dels_before + 1);
        assert_eq!(
            f.undo(Lang::Ru).expect("undo").done.as_deref(),
            Some("импорт 1 гостя из partner.csv")
        );
        assert_eq!(f.store.read(guests::count).expect("count"), n);
        assert_eq!(delegation_names(&f).len(), dels_before);
        assert_eq!(
            f.store
                .read(|c| guests::orgs::organizations(c, Lang::En))
                .expect("orgs")
                .len(),
            orgs_before
        );
        f.redo(Lang::Ru).expect("redo");
        assert_eq!(f.store.read(guests::count).expect("count"), n + 1);
        assert_eq!(delegation_names(&f).len(), dels_before + 1);
    }

    #[test]
    fn undo_of_a_merge_gives_the_dropped_guest_back_their_seat() {
        let (_d, mut f) = demo();
        let plan = f
            .store
            .read(|c| seating::find_plan(c, "Welcome banquet"))
            .expect("plan");
        view::apply(&mut f, &plan, &view::PlanChange::Auto, Lang::En).expect("auto");
        let before = seated(&f, &plan);
        let (keep, drop) = (id_of(&f, "Chen Xi"), id_of(&f, "Ivanova Maria"));
        guest_actions::merge(&mut f, &keep, &drop, &[], Lang::En).expect("merge");
        assert_ne!(seated(&f, &plan), before);
        f.undo(Lang::En).expect("undo merge");
        assert_eq!(seated(&f, &plan), before);
        assert!(f
            .store
            .read(|c| guests::get(c, &drop))
            .expect("get")
            .is_some());
    }

    #[test]
    fn saving_without_a_change_is_no_step_and_a_failed_action_leaves_none() {
        let (_d, mut f) = demo();
        let g = f
            .store
            .read(|c| guests::get(c, &id_of(&f, "Chen Xi")))
            .expect("get")
            .expect("guest");
        guest_actions::save(&mut f, &g, Lang::En).expect("save as is");
        assert!(!f.history.can_undo(), "an unchanged save is no step");
        let mut bad = g.clone();
        bad.name = Default::default();
        assert!(guest_actions::save(&mut f, &bad, Lang::En).is_err());
        assert!(!f.history.can_undo());
        let r = f.act(Label::new(Action::EditGuest), |tx| -> Result<()> {
            tx.execute("UPDATE guest SET email = 'x@y.z'", [])?;
            Err(crate::Error::NoForumOpen)
        });
        assert!(r.is_err());
        assert!(!f.history.can_undo(), "a failed action records nothing");
        assert_ne!(
            f.store
                .read(|c| guests::get(c, &g.id))
                .expect("get")
                .expect("guest")
                .email,
            "x@y.z",
            "and changes nothing"
        );
    }

    #[test]
    fn redo_of_an_addition_keeps_what_was_written_outside_the_history() {
        let (_d, mut f) = demo();
        let mut g = f
            .store
            .read(|c| guests::get(c, &id_of(&f, "Chen Xi")))
            .expect("get")
            .expect("guest");
        g.id = String::new();
        g.email = String::new();
        g.name.given_lat = "Xiaoming".into();
        let id = f
            .act(Label::new(Action::AddGuest), |tx| guests::insert(tx, &g))
            .expect("add");
        // Live mode and the like write without an undo step.
        f.store
            .write(|tx| {
                tx.execute(
                    "UPDATE guest SET notes = 'arrived 09:12' WHERE id = ?1",
                    [&id],
                )?;
                Ok(())
            })
            .expect("unrecorded write");
        f.undo(Lang::En).expect("undo");
        assert!(f
            .store
            .read(|c| guests::get(c, &id))
            .expect("get")
            .is_none());
        f.redo(Lang::En).expect("redo");
        let back = f
            .store
            .read(|c| guests::get(c, &id))
            .expect("get")
            .expect("back");
        assert_eq!(back.notes, "arrived 09:12");
    }

    #[test]
    fn a_guest_saved_with_a_new_organization_and_a_status_note_is_one_step() {
        use crate::guests::actions::SaveExtras;
        use crate::model::Status;
        let (_d, mut f) = demo();
        let orgs = |f: &OpenForum| {
            f.store
                .read(|c| guests::orgs::organizations(c, Lang::En))
                .expect("orgs")
                .len()
        };
        let before = orgs(&f);
        let id = id_of(&f, "Chen Xi");
        let mut g = f
            .store
            .read(|c| guests::get(c, &id))
            .expect("get")
            .expect("guest");
        g.status = Status::Confirmed;
        let extras = SaveExtras {
            new_organization: Some(Localized::new("国家电网", "", "State Grid")),
            new_delegation: None,
            status_note: "by phone".into(),
        };
        guest_actions::save_with(&mut f, &g, &extras, Lang::En).expect("save");
        assert_eq!(orgs(&f), before + 1);
        let now = f
            .store
            .read(|c| guests::get(c, &id))
            .expect("get")
            .expect("guest");
        assert_eq!(now.status, Status::Confirmed);
        f.undo(Lang::En).expect("undo");
        assert_eq!(orgs(&f), before, "the new organization goes too");
        let back = f
            .store
            .read(|c| guests::get(c, &id))
            .expect("get")
            .expect("guest");
        assert_eq!(back.status, Status::Invited);
        assert!(!f.history.can_undo(), "it was one step");

        // A guest that does not validate creates no organization.
        let mut bad = g.clone();
        bad.name = Default::default();
        assert!(guest_actions::save_with(&mut f, &bad, &extras, Lang::En).is_err());
        assert_eq!(orgs(&f), before);
    }

    #[test]
    fn every_step_has_its_name_in_the_three_languages() {
        for a in Action::ALL {
            for lang in Lang::ALL {
                let id = format!("step-{}", a.key());
                assert!(i18n::has(lang, &id), "{id} missing in {lang}");
                let text =
                    Label::counted(*a, Localized::new("张三", "Иванов", "Smith"), 2).text(lang);
                assert!(!text.contains('{'), "{id} in {lang}: {text}");
            }
        }
    }
}
