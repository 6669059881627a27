//! What the organizer does to guests in the app: each action is one
//! transaction and one undoable step.

use serde::Serialize;

use super::duplicates::{self, DuplicateIndex, DuplicateReason};
use crate::error::{Error, Result};
use crate::model::{Guest, GuestListItem, Lang, Status, StatusChange};
use crate::OpenForum;

/// A guest for the editor, with its invitation history.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct GuestDetail {
    pub guest: Guest,
    pub history: Vec<StatusChange>,
}

/// After an undo or redo: what it touched and what can follow.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct UndoState {
    /// Guests the step touched (empty: there was nothing to undo or redo).
    pub touched: Vec<String>,
    pub can_undo: bool,
    pub can_redo: bool,
}

/// A guest likely the same person as another.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct DuplicateHint {
    pub id: String,
    pub other_id: String,
    pub other_name: String,
    pub reason: DuplicateReason,
}

/// The saved guest as the list shows it, and a likely duplicate, if any.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct Saved {
    pub item: GuestListItem,
    pub duplicate: Option<DuplicateHint>,
}

fn hint_for(f: &OpenForum, g: &Guest, lang: Lang) -> Result<Option<DuplicateHint>> {
    let others: Vec<Guest> = f
        .store
        .read(super::all)?
        .into_iter()
        .filter(|o| o.id != g.id)
        .collect();
    let Some((other_id, reason)) = DuplicateIndex::new(&others).find(g) else {
        return Ok(None);
    };
    let other_name = others
        .iter()
        .find(|o| o.id == other_id)
        .map(|o| o.name.display(lang))
        .unwrap_or_default();
    Ok(Some(DuplicateHint {
        id: g.id.clone(),
        other_id,
        other_name,
        reason,
    }))
}

fn item(f: &OpenForum, id: &str, lang: Lang) -> Result<GuestListItem> {
    f.store
        .read(|c| super::list_item(c, lang, id))?
        .ok_or(Error::NotFound {
            what: "guest",
            id: id.to_string(),
        })
}

/// Adds (empty id) or edits a guest. Empty name scripts are prefilled by
/// transliteration; a likely duplicate is reported, not refused.
pub fn save(f: &mut OpenForum, guest: &Guest, lang: Lang) -> Result<Saved> {
    let g = super::complete(guest);
    super::validate(&g)?;
    let id = if g.id.is_empty() {
        f.history.track(&mut f.store, &[], |tx| {
            let id = super::insert(tx, &g)?;
            Ok((id.clone(), vec![id]))
        })?
    } else {
        f.history
            .track(&mut f.store, std::slice::from_ref(&g.id), |tx| {
                super::update(tx, &g)?;
                Ok((g.id.clone(), vec![]))
            })?
    };
    let saved = f.store.read(|c| super::get(c, &id))?.unwrap_or(g);
    Ok(Saved {
        item: item(f, &id, lang)?,
        duplicate: hint_for(f, &saved, lang)?,
    })
}

pub fn delete(f: &mut OpenForum, ids: &[String]) -> Result<usize> {
    f.history.track(&mut f.store, ids, |tx| {
        Ok((super::delete(tx, ids)?, vec![]))
    })
}

pub fn set_status(f: &mut OpenForum, ids: &[String], status: Status, note: &str) -> Result<usize> {
    f.history.track(&mut f.store, ids, |tx| {
        Ok((super::set_status(tx, ids, status, note)?, vec![]))
    })
}

/// Merges `drop` into `keep` (undo brings both back as they were; seats and
/// speaking slots stay with the kept guest).
pub fn merge(f: &mut OpenForum, keep: &str, drop: &str, lang: Lang) -> Result<GuestListItem> {
    let ids = [keep.to_string(), drop.to_string()];
    f.history.track(&mut f.store, &ids, |tx| {
        duplicates::merge(tx, keep, drop)?;
        Ok(((), vec![]))
    })?;
    item(f, keep, lang)
}

/// Every likely duplicate pair in the forum, with names in `lang`.
pub fn all_duplicates(f: &OpenForum, lang: Lang) -> Result<Vec<DuplicateHint>> {
    let all = f.store.read(super::all)?;
    let name = |id: &str| {
        all.iter()
            .find(|g| g.id == id)
            .map(|g| g.name.display(lang))
            .unwrap_or_default()
    };
    Ok(duplicates::pairs(&all)
        .into_iter()
        .map(|d| DuplicateHint {
            other_name: name(&d.a),
            id: d.b,
            other_id: d.a,
            reason: d.reason,
        })
        .collect())
}
