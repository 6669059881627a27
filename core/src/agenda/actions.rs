//! What the organizer does to the agenda: each action one transaction and
//! one undoable step, named after the session or item it changed.

use rusqlite::Connection;

use super::edit::{self, ItemForm, SessionForm};
use crate::error::Result;
use crate::model::Localized;
use crate::undo::{Action, Label};
use crate::OpenForum;

fn title(conn: &Connection, table: &str, id: &str) -> Localized {
    // `table` is one of our two names, never user text.
    conn.query_row(
        &format!("SELECT title_zh, title_ru, title_en FROM {table} WHERE id = ?1"),
        [id],
        |r| crate::store::localized(r, 0),
    )
    .unwrap_or_default()
}

fn item_title(f: &OpenForum, id: &str) -> Localized {
    f.store
        .read(|c| Ok(title(c, "item", id)))
        .unwrap_or_default()
}

/// Creates or updates a session; returns its id.
pub fn save_session(f: &mut OpenForum, form: &SessionForm) -> Result<String> {
    let action = if form.id.is_some() {
        Action::EditSession
    } else {
        Action::AddSession
    };
    f.act(Label::named(action, form.title.clone()), |tx| {
        edit::save_session(tx, form)
    })
}

pub fn delete_session(f: &mut OpenForum, id: &str) -> Result<()> {
    let name = f.store.read(|c| Ok(title(c, "session", id)))?;
    f.act(Label::named(Action::DeleteSession, name), |tx| {
        edit::delete_session(tx, id)
    })
}

/// Creates or updates an item; returns its id.
pub fn save_item(f: &mut OpenForum, form: &ItemForm) -> Result<String> {
    let action = if form.id.is_some() {
        Action::EditItem
    } else {
        Action::AddItem
    };
    f.act(Label::named(action, form.title.clone()), |tx| {
        edit::save_item(tx, form)
    })
}

pub fn delete_item(f: &mut OpenForum, id: &str) -> Result<()> {
    let name = item_title(f, id);
    f.act(Label::named(Action::DeleteItem, name), |tx| {
        edit::delete_item(tx, id)
    })
}

/// Moves an item to `position` (1-based) in its session.
pub fn move_item(f: &mut OpenForum, id: &str, position: usize) -> Result<()> {
    let name = item_title(f, id);
    f.act(Label::named(Action::MoveItem, name), |tx| {
        edit::move_item(tx, id, position)
    })
}
