//! What the organizer does to guests in the app: each action is one
//! transaction and one undoable step.

use serde::{Deserialize, Serialize};

use super::duplicates::{self, DuplicateIndex, DuplicateReason};
use super::orgs;
use crate::error::{Error, Result};
use crate::io::matching::GuestField;
use crate::model::{
    Delegation, Guest, GuestListItem, Lang, Localized, Organization, Status, StatusChange,
};
use crate::undo::{Action, Label};
use crate::OpenForum;

/// A guest for the editor, with its invitation history.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct GuestDetail {
    pub guest: Guest,
    pub history: Vec<StatusChange>,
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

/// What the guest editor saves with a guest, in the same undo step: an
/// organization and a delegation typed in as new, and a note to the status
/// change.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct SaveExtras {
    pub new_organization: Option<Localized>,
    pub new_delegation: Option<Localized>,
    #[serde(default)]
    pub status_note: String,
}

/// Adds (empty id) or edits a guest. Empty name scripts are prefilled by
/// transliteration; a likely duplicate is reported, not refused.
pub fn save(f: &mut OpenForum, guest: &Guest, lang: Lang) -> Result<Saved> {
    save_with(f, guest, &SaveExtras::default(), lang)
}

/// [`save`] with what the editor adds: one transaction, one undo step; a
/// guest that does not validate creates no organization or delegation.
pub fn save_with(
    f: &mut OpenForum,
    guest: &Guest,
    extras: &SaveExtras,
    lang: Lang,
) -> Result<Saved> {
    let mut g = super::complete(guest);
    super::validate(&g)?;
    for name in [&extras.new_organization, &extras.new_delegation]
        .into_iter()
        .flatten()
    {
        if name.get(Lang::En).trim().is_empty() {
            return Err(Error::InvalidValue {
                field: "name".into(),
                value: String::new(),
            });
        }
    }
    let name = super::names_in_every_language(&g.name);
    let action = if g.id.is_empty() {
        Action::AddGuest
    } else {
        Action::EditGuest
    };
    let id = f.act(Label::named(action, name), |tx| {
        if let Some(n) = &extras.new_organization {
            let id = orgs::save_organization(
                tx,
                &Organization {
                    id: String::new(),
                    name: n.clone(),
                    country: String::new(),
                },
            )?;
            g.organization_id = Some(id);
        }
        if let Some(n) = &extras.new_delegation {
            let order = orgs::delegations(tx)?
                .iter()
                .map(|d| d.sort_order)
                .max()
                .unwrap_or(0);
            let id = orgs::save_delegation(
                tx,
                &Delegation {
                    id: String::new(),
                    name: n.clone(),
                    country: String::new(),
                    is_host: false,
                    sort_order: order + 1,
                },
            )?;
            g.delegation_id = Some(id);
        }
        if g.id.is_empty() {
            super::insert(tx, &g)
        } else {
            if !extras.status_note.trim().is_empty() {
                super::set_status(
                    tx,
                    std::slice::from_ref(&g.id),
                    g.status,
                    &extras.status_note,
                )?;
            }
            super::update(tx, &g)?;
            Ok(g.id.clone())
        }
    })?;
    let saved = f.store.read(|c| super::get(c, &id))?.unwrap_or(g);
    Ok(Saved {
        item: item(f, &id, lang)?,
        duplicate: hint_for(f, &saved, lang)?,
    })
}

/// A step about `ids`: named after the guest when there is one.
fn about(f: &OpenForum, action: Action, ids: &[String]) -> Result<Label> {
    let name = match ids {
        [one] => f.store.read(|c| Ok(super::localized_name(c, one)))?,
        _ => Localized::default(),
    };
    Ok(Label::counted(action, name, ids.len()))
}

pub fn delete(f: &mut OpenForum, ids: &[String]) -> Result<usize> {
    let label = about(f, Action::DeleteGuests, ids)?;
    f.act(label, |tx| super::delete(tx, ids))
}

pub fn set_status(f: &mut OpenForum, ids: &[String], status: Status, note: &str) -> Result<usize> {
    let label = about(f, Action::SetStatus, ids)?;
    f.act(label, |tx| super::set_status(tx, ids, status, note))
}

/// Merges `drop` into `keep` (undo brings both back as they were, with
/// their seats and speaking slots).
pub fn merge(
    f: &mut OpenForum,
    keep: &str,
    drop: &str,
    take: &[GuestField],
    lang: Lang,
) -> Result<GuestListItem> {
    let label = about(f, Action::MergeGuests, &[keep.to_string()])?;
    f.act(label, |tx| {
        duplicates::merge(tx, keep, drop, take).map(|_| ())
    })?;
    item(f, keep, lang)
}

/// Two records of one person side by side, for choosing field by field.
pub fn compare(f: &OpenForum, a: &str, b: &str, lang: Lang) -> Result<super::compare::MergeView> {
    f.store.read(|c| super::compare::view(c, a, b, lang))
}

/// Creates (empty id) or renames an organization; returns its id.
pub fn save_organization(f: &mut OpenForum, org: &Organization) -> Result<String> {
    let label = Label::named(Action::SaveOrganization, org.name.clone());
    f.act(label, |tx| orgs::save_organization(tx, org))
}

/// Creates (empty id) or edits a delegation; returns its id.
pub fn save_delegation(f: &mut OpenForum, delegation: &Delegation) -> Result<String> {
    let label = Label::named(Action::SaveDelegation, delegation.name.clone());
    f.act(label, |tx| orgs::save_delegation(tx, delegation))
}

/// Moves a delegation one place up (`-1`) or down (`1`) in protocol order,
/// as one step (the delegations are numbered afresh 1, 2, 3 …).
pub fn move_delegation(f: &mut OpenForum, id: &str, by: i64) -> Result<()> {
    let mut all = f.store.read(orgs::delegations)?;
    let Some(i) = all.iter().position(|d| d.id == id) else {
        return Err(Error::NotFound {
            what: "delegation",
            id: id.to_string(),
        });
    };
    let j = i as i64 + by.signum();
    if j < 0 || j as usize >= all.len() {
        return Ok(());
    }
    all.swap(i, j as usize);
    let label = Label::named(Action::MoveDelegation, all[j as usize].name.clone());
    f.act(label, |tx| {
        for (n, d) in all.iter_mut().enumerate() {
            if d.sort_order != n as i64 + 1 {
                d.sort_order = n as i64 + 1;
                orgs::save_delegation(tx, d)?;
            }
        }
        Ok(())
    })
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
