//! Organizations and delegations: their own records, named in three languages.

use std::collections::HashMap;

use rusqlite::{params, Connection};

use crate::error::{Error, Result};
use crate::ids::{new_id, now};
use crate::model::{Delegation, Lang, Localized, Organization};
use crate::names::{self, Script};
use crate::store::localized;

pub fn insert_organization(conn: &Connection, o: &Organization) -> Result<()> {
    conn.execute(
        "INSERT INTO organization (id, name_zh, name_ru, name_en, country, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![o.id, o.name.zh, o.name.ru, o.name.en, o.country, now()],
    )?;
    Ok(())
}

pub fn update_organization(conn: &Connection, o: &Organization) -> Result<()> {
    let n = conn.execute(
        "UPDATE organization SET name_zh = ?2, name_ru = ?3, name_en = ?4, country = ?5,
                updated_at = ?6, deleted_at = NULL
         WHERE id = ?1",
        params![o.id, o.name.zh, o.name.ru, o.name.en, o.country, now()],
    )?;
    if n == 0 {
        return Err(Error::NotFound {
            what: "organization",
            id: o.id.clone(),
        });
    }
    Ok(())
}

pub fn insert_delegation(conn: &Connection, d: &Delegation) -> Result<()> {
    conn.execute(
        "INSERT INTO delegation (id, name_zh, name_ru, name_en, country, is_host, sort_order,
                                 created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            d.id,
            d.name.zh,
            d.name.ru,
            d.name.en,
            d.country,
            d.is_host,
            d.sort_order,
            now()
        ],
    )?;
    Ok(())
}

pub fn update_delegation(conn: &Connection, d: &Delegation) -> Result<()> {
    let n = conn.execute(
        "UPDATE delegation SET name_zh = ?2, name_ru = ?3, name_en = ?4, country = ?5,
                is_host = ?6, sort_order = ?7, updated_at = ?8, deleted_at = NULL
         WHERE id = ?1",
        params![
            d.id,
            d.name.zh,
            d.name.ru,
            d.name.en,
            d.country,
            d.is_host,
            d.sort_order,
            now()
        ],
    )?;
    if n == 0 {
        return Err(Error::NotFound {
            what: "delegation",
            id: d.id.clone(),
        });
    }
    Ok(())
}

pub fn set_delegation_head(conn: &Connection, delegation_id: &str, guest_id: &str) -> Result<()> {
    conn.execute(
        "UPDATE delegation SET head_guest_id = ?2, updated_at = ?3 WHERE id = ?1",
        params![delegation_id, guest_id, now()],
    )?;
    Ok(())
}

/// Every organization's names, by id (deleted ones too: guests may still
/// point at them).
pub fn organization_names(conn: &Connection) -> Result<HashMap<String, Localized>> {
    let mut st = conn.prepare("SELECT id, name_zh, name_ru, name_en FROM organization")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, localized(r, 1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Organizations in use, sorted by name in `lang`.
pub fn organizations(conn: &Connection, lang: Lang) -> Result<Vec<Organization>> {
    let mut st = conn.prepare(
        "SELECT id, name_zh, name_ru, name_en, country FROM organization
         WHERE deleted_at IS NULL",
    )?;
    let rows = st.query_map([], |r| {
        Ok(Organization {
            id: r.get(0)?,
            name: localized(r, 1)?,
            country: r.get(4)?,
        })
    })?;
    let mut v: Vec<Organization> = rows.collect::<rusqlite::Result<_>>()?;
    v.sort_by(|a, b| names::compare(lang, a.name.get(lang), b.name.get(lang)));
    Ok(v)
}

/// Delegations in protocol order.
pub fn delegations(conn: &Connection) -> Result<Vec<Delegation>> {
    let mut st = conn.prepare(
        "SELECT id, name_zh, name_ru, name_en, country, is_host, sort_order FROM delegation
         WHERE deleted_at IS NULL ORDER BY sort_order, id",
    )?;
    let rows = st.query_map([], |r| {
        Ok(Delegation {
            id: r.get(0)?,
            name: localized(r, 1)?,
            country: r.get(4)?,
            is_host: r.get(5)?,
            sort_order: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The guests who head a live delegation.
pub fn delegation_heads(conn: &Connection) -> Result<std::collections::HashSet<String>> {
    let mut st = conn.prepare(
        "SELECT head_guest_id FROM delegation
         WHERE deleted_at IS NULL AND head_guest_id IS NOT NULL",
    )?;
    let rows = st.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A name typed or imported in one language, placed in the field of its script.
pub fn localized_from(name: &str) -> Localized {
    let name = name.trim();
    match names::script_of(name) {
        Script::Han => Localized::new(name, "", ""),
        Script::Cyrillic => Localized::new("", name, ""),
        Script::Latin | Script::Other => Localized::new("", "", name),
    }
}

fn same_name(l: &Localized, name: &str) -> bool {
    let n = names::normalize(name.trim());
    [&l.zh, &l.ru, &l.en]
        .iter()
        .any(|s| !s.is_empty() && names::normalize(s.trim()) == n)
}

/// The organization called `name` in any language, created if there is none.
pub fn find_or_create_organization(conn: &Connection, name: &str) -> Result<Option<String>> {
    if name.trim().is_empty() {
        return Ok(None);
    }
    if let Some((id, _)) = organization_names(conn)?
        .into_iter()
        .find(|(_, l)| same_name(l, name))
    {
        return Ok(Some(id));
    }
    let o = Organization {
        id: new_id(),
        name: localized_from(name),
        country: String::new(),
    };
    insert_organization(conn, &o)?;
    Ok(Some(o.id))
}

/// The delegation called `name` in any language, created (last in order) if
/// there is none.
pub fn find_or_create_delegation(conn: &Connection, name: &str) -> Result<Option<String>> {
    if name.trim().is_empty() {
        return Ok(None);
    }
    let all = delegations(conn)?;
    if let Some(d) = all.iter().find(|d| same_name(&d.name, name)) {
        return Ok(Some(d.id.clone()));
    }
    let d = Delegation {
        id: new_id(),
        name: localized_from(name),
        country: String::new(),
        is_host: false,
        sort_order: all.iter().map(|d| d.sort_order).max().unwrap_or(0) + 1,
    };
    insert_delegation(conn, &d)?;
    Ok(Some(d.id))
}

/// Creates (empty id) or updates an organization; returns its id.
pub fn save_organization(conn: &Connection, o: &Organization) -> Result<String> {
    if o.name.get(Lang::En).trim().is_empty() {
        return Err(Error::InvalidValue {
            field: "name".into(),
            value: String::new(),
        });
    }
    if o.id.is_empty() {
        let o = Organization {
            id: new_id(),
            ..o.clone()
        };
        insert_organization(conn, &o)?;
        Ok(o.id)
    } else {
        update_organization(conn, o)?;
        Ok(o.id.clone())
    }
}

/// Creates (empty id, placed last) or updates a delegation; returns its id.
pub fn save_delegation(conn: &Connection, d: &Delegation) -> Result<String> {
    if d.name.get(Lang::En).trim().is_empty() {
        return Err(Error::InvalidValue {
            field: "name".into(),
            value: String::new(),
        });
    }
    if d.id.is_empty() {
        let d = Delegation {
            id: new_id(),
            sort_order: delegations(conn)?
                .iter()
                .map(|x| x.sort_order)
                .max()
                .unwrap_or(0)
                + 1,
            ..d.clone()
        };
        insert_delegation(conn, &d)?;
        Ok(d.id)
    } else {
        update_delegation(conn, d)?;
        Ok(d.id.clone())
    }
}
