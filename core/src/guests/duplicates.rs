//! Likely duplicates (lists merged from several partners repeat people) and
//! merging two guests into one.

use std::collections::HashMap;

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::ids::now;
use crate::model::{Guest, Localized, NameParts};
use crate::names::normalize;

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DuplicateReason {
    /// The same e-mail address.
    Email,
    /// The same name in some script, in the same organization.
    Name,
}

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duplicate {
    pub a: String,
    pub b: String,
    pub reason: DuplicateReason,
}

fn name_keys(n: &NameParts) -> Vec<String> {
    let join = |a: &str, b: &str| {
        let k = normalize(&format!("{} {}", a.trim(), b.trim()));
        (k.trim().len() > 1).then_some(k)
    };
    [
        join(&n.family_han, &n.given_han).map(|k| format!("h:{k}")),
        join(&n.family_cyr, &n.given_cyr).map(|k| format!("c:{k}")),
        join(&n.family_lat, &n.given_lat).map(|k| format!("l:{k}")),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn email_key(g: &Guest) -> Option<String> {
    let e = g.email.trim().to_lowercase();
    (!e.is_empty()).then_some(e)
}

/// An index of guests for finding duplicates of new ones quickly.
#[derive(Default)]
pub struct DuplicateIndex {
    by_email: HashMap<String, String>,
    by_name: HashMap<(String, Option<String>), String>,
}

impl DuplicateIndex {
    pub fn new<'a>(guests: impl IntoIterator<Item = &'a Guest>) -> Self {
        let mut idx = DuplicateIndex::default();
        for g in guests {
            idx.add(g);
        }
        idx
    }

    pub fn add(&mut self, g: &Guest) {
        if let Some(e) = email_key(g) {
            self.by_email.entry(e).or_insert_with(|| g.id.clone());
        }
        for k in name_keys(&g.name) {
            self.by_name
                .entry((k, g.organization_id.clone()))
                .or_insert_with(|| g.id.clone());
        }
    }

    /// The guest `g` likely duplicates, and why.
    pub fn find(&self, g: &Guest) -> Option<(String, DuplicateReason)> {
        if let Some(id) = email_key(g).and_then(|e| self.by_email.get(&e)) {
            if *id != g.id {
                return Some((id.clone(), DuplicateReason::Email));
            }
        }
        name_keys(&g.name).into_iter().find_map(|k| {
            self.by_name
                .get(&(k, g.organization_id.clone()))
                .filter(|id| **id != g.id)
                .map(|id| (id.clone(), DuplicateReason::Name))
        })
    }
}

/// Every likely duplicate pair among `guests`.
pub fn pairs(guests: &[Guest]) -> Vec<Duplicate> {
    let mut idx = DuplicateIndex::default();
    let mut out = Vec::new();
    for g in guests {
        if let Some((other, reason)) = idx.find(g) {
            out.push(Duplicate {
                a: other,
                b: g.id.clone(),
                reason,
            });
        }
        idx.add(g);
    }
    out
}

fn fill(into: &mut String, from: &str) {
    if into.trim().is_empty() {
        *into = from.to_string();
    }
}

fn fill_localized(into: &mut Localized, from: &Localized) {
    fill(&mut into.zh, &from.zh);
    fill(&mut into.ru, &from.ru);
    fill(&mut into.en, &from.en);
}

/// What merging `drop` into `keep` gives: `keep`'s values, with its empty
/// fields taken from `drop`, notes joined.
pub fn merged(keep: &Guest, drop: &Guest) -> Guest {
    let mut m = keep.clone();
    let (n, d) = (&mut m.name, &drop.name);
    for (into, from) in [
        (&mut n.family_han, &d.family_han),
        (&mut n.given_han, &d.given_han),
        (&mut n.family_cyr, &d.family_cyr),
        (&mut n.given_cyr, &d.given_cyr),
        (&mut n.patronymic_cyr, &d.patronymic_cyr),
        (&mut n.family_lat, &d.family_lat),
        (&mut n.given_lat, &d.given_lat),
    ] {
        fill(into, from);
    }
    if m.gender == crate::model::Gender::Unspecified {
        m.gender = drop.gender;
    }
    fill_localized(&mut m.honorific, &drop.honorific);
    fill_localized(&mut m.title, &drop.title);
    m.organization_id = m.organization_id.or_else(|| drop.organization_id.clone());
    m.delegation_id = m.delegation_id.or_else(|| drop.delegation_id.clone());
    if m.rank == crate::model::Rank::Other {
        m.rank = drop.rank;
    }
    m.manual_order = m.manual_order.or(drop.manual_order);
    m.is_host |= drop.is_host;
    fill(&mut m.email, &drop.email);
    fill(&mut m.phone, &drop.phone);
    fill(&mut m.source, &drop.source);
    fill(
        &mut m.needs.interpreter_language,
        &drop.needs.interpreter_language,
    );
    fill(&mut m.needs.dietary, &drop.needs.dietary);
    fill(&mut m.needs.accessibility, &drop.needs.accessibility);
    if !drop.notes.trim().is_empty() && m.notes.trim() != drop.notes.trim() {
        m.notes = if m.notes.trim().is_empty() {
            drop.notes.clone()
        } else {
            format!("{}\n{}", m.notes, drop.notes)
        };
    }
    m
}

/// Merges guest `drop_id` into `keep_id`: fields, seats, speaking slots and
/// history move to the kept guest; the other is deleted. The kept guest's
/// empty fields are filled from the other; the fields in `take` come from
/// the other whatever the kept one had. Returns the result.
pub fn merge(
    conn: &Connection,
    keep_id: &str,
    drop_id: &str,
    take: &[crate::io::matching::GuestField],
) -> Result<Guest> {
    if keep_id == drop_id {
        return Err(Error::InvalidValue {
            field: "merge".into(),
            value: keep_id.into(),
        });
    }
    let get = |id: &str| -> Result<Guest> {
        super::get(conn, id)?.ok_or(Error::NotFound {
            what: "guest",
            id: id.to_string(),
        })
    };
    let keep = get(keep_id)?;
    let drop = get(drop_id)?;
    let mut m = merged(&keep, &drop);
    crate::io::matching::apply(&mut m, &drop, take);
    super::update(conn, &m)?;
    let t = now();
    for sql in [
        "UPDATE item_person SET guest_id = ?1, updated_at = ?3 WHERE guest_id = ?2",
        "UPDATE assignment SET guest_id = ?1, updated_at = ?3 WHERE guest_id = ?2",
        "UPDATE seating_pair SET guest_a = ?1, updated_at = ?3 WHERE guest_a = ?2",
        "UPDATE seating_pair SET guest_b = ?1, updated_at = ?3 WHERE guest_b = ?2",
        "UPDATE session SET moderator_guest_id = ?1, updated_at = ?3 WHERE moderator_guest_id = ?2",
        "UPDATE delegation SET head_guest_id = ?1, updated_at = ?3 WHERE head_guest_id = ?2",
        "UPDATE status_change SET guest_id = ?1, updated_at = ?3 WHERE guest_id = ?2",
    ] {
        conn.execute(sql, params![keep_id, drop_id, t])?;
    }
    super::delete(conn, &[drop_id.to_string()])?;
    Ok(m)
}
