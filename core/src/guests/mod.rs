//! Guests: the invitation list, its statuses and history.

pub mod actions;
pub mod compare;
pub mod duplicates;
pub mod orgs;

use std::collections::HashMap;

use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

pub use orgs::{insert_delegation, insert_organization, set_delegation_head};

use crate::error::{Error, Result};
use crate::ids::{new_id, now};
use crate::model::{
    Count, Gender, Guest, GuestList, GuestListItem, GuestSort, Lang, Localized, NameParts, Needs,
    Rank, Role, Status, StatusChange,
};
use crate::names;
use crate::store::localized;

/// Checks a guest before it is written; the error names the field.
pub fn validate(g: &Guest) -> Result<()> {
    let bad = |field: &str, value: &str| Error::InvalidValue {
        field: field.into(),
        value: value.into(),
    };
    if g.name.is_empty() {
        return Err(Error::MissingName);
    }
    let email = g.email.trim();
    if !email.is_empty() && !is_email(email) {
        return Err(bad("email", email));
    }
    Ok(())
}

/// A plausible e-mail address: one `@`, something before it, a dot in the
/// domain, no spaces.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

/// Fills empty name scripts by transliteration and the gender from a
/// patronymic; never changes what the user typed.
pub fn complete(g: &Guest) -> Guest {
    let mut out = g.clone();
    out.name = names::prefill(&g.name);
    out.gender = names::guess_gender(&g.name, g.gender);
    out.email = g.email.trim().to_string();
    out
}

const COLUMNS: &str = "family_han, given_han, family_cyr, given_cyr, patronymic_cyr,
    family_lat, given_lat, gender, honorific_zh, honorific_ru, honorific_en,
    title_zh, title_ru, title_en, organization_id, delegation_id, rank, manual_order,
    is_host, preferred_language, email, phone, interpreter_language, dietary,
    accessibility, notes, status, role, source";

fn values(g: &Guest) -> [rusqlite::types::Value; 29] {
    use rusqlite::types::Value as V;
    let s = |x: &str| V::Text(x.to_string());
    let o = |x: &Option<String>| x.clone().map_or(V::Null, V::Text);
    let n = &g.name;
    [
        s(&n.family_han),
        s(&n.given_han),
        s(&n.family_cyr),
        s(&n.given_cyr),
        s(&n.patronymic_cyr),
        s(&n.family_lat),
        s(&n.given_lat),
        s(g.gender.key()),
        s(&g.honorific.zh),
        s(&g.honorific.ru),
        s(&g.honorific.en),
        s(&g.title.zh),
        s(&g.title.ru),
        s(&g.title.en),
        o(&g.organization_id),
        o(&g.delegation_id),
        s(g.rank.key()),
        g.manual_order.map_or(V::Null, V::Integer),
        V::Integer(i64::from(g.is_host)),
        s(g.preferred_language.tag()),
        s(&g.email),
        s(&g.phone),
        s(&g.needs.interpreter_language),
        s(&g.needs.dietary),
        s(&g.needs.accessibility),
        s(&g.notes),
        s(g.status.key()),
        s(g.role.key()),
        s(&g.source),
    ]
}

fn record_status(
    conn: &Connection,
    id: &str,
    old: Option<Status>,
    new: Status,
    note: &str,
    at: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO status_change (id, guest_id, old_status, new_status, note, changed_at,
                                    created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)",
    )?
    .execute(params![
        new_id(),
        id,
        old.map(Status::key),
        new.key(),
        note,
        at
    ])?;
    Ok(())
}

/// Inserts a guest (a new id is made if `g.id` is empty) and records the
/// initial status in the history. Returns the id.
pub fn insert(conn: &Connection, g: &Guest) -> Result<String> {
    validate(g)?;
    let id = if g.id.is_empty() {
        new_id()
    } else {
        g.id.clone()
    };
    let t = now();
    let mut vals: Vec<rusqlite::types::Value> = vec![id.clone().into()];
    vals.extend(values(g));
    vals.push(t.clone().into());
    let marks: Vec<String> = (1..=vals.len()).map(|i| format!("?{i}")).collect();
    conn.prepare_cached(&format!(
        "INSERT INTO guest (id, {COLUMNS}, created_at, updated_at) VALUES ({}, ?{})",
        marks.join(", "),
        vals.len()
    ))?
    .execute(params_from_iter(vals))?;
    record_status(conn, &id, None, g.status, "", &t)?;
    Ok(id)
}

/// Writes every field of an existing guest (also one soft-deleted: writing
/// it brings it back). A change of status goes into the history.
pub fn update(conn: &Connection, g: &Guest) -> Result<()> {
    validate(g)?;
    let old: Option<String> = conn
        .prepare_cached("SELECT status FROM guest WHERE id = ?1")?
        .query_row([&g.id], |r| r.get(0))
        .optional()?;
    let Some(old) = old else {
        return Err(Error::NotFound {
            what: "guest",
            id: g.id.clone(),
        });
    };
    let t = now();
    let sets: Vec<String> = COLUMNS
        .split(',')
        .enumerate()
        .map(|(i, c)| format!("{} = ?{}", c.trim(), i + 2))
        .collect();
    let mut vals: Vec<rusqlite::types::Value> = vec![g.id.clone().into()];
    vals.extend(values(g));
    vals.push(t.clone().into());
    conn.prepare_cached(&format!(
        "UPDATE guest SET {}, updated_at = ?{}, deleted_at = NULL WHERE id = ?1",
        sets.join(", "),
        vals.len()
    ))?
    .execute(params_from_iter(vals))?;
    let old = Status::from_key(&old);
    if old != g.status {
        record_status(conn, &g.id, Some(old), g.status, "", &t)?;
    }
    Ok(())
}

/// Soft-deletes guests (undo brings them back).
pub fn delete(conn: &Connection, ids: &[String]) -> Result<usize> {
    let t = now();
    let mut n = 0;
    for id in ids {
        n += conn.execute(
            "UPDATE guest SET deleted_at = ?2, updated_at = ?2
             WHERE id = ?1 AND deleted_at IS NULL",
            params![id, t],
        )?;
    }
    Ok(n)
}

/// Changes the status of several guests at once, with one history entry
/// each; guests already in that status are left alone. Returns how many changed.
pub fn set_status(conn: &Connection, ids: &[String], status: Status, note: &str) -> Result<usize> {
    let t = now();
    let mut changed = 0;
    for id in ids {
        let old: Option<String> = conn
            .query_row(
                "SELECT status FROM guest WHERE id = ?1 AND deleted_at IS NULL",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        let Some(old) = old.map(|s| Status::from_key(&s)) else {
            return Err(Error::NotFound {
                what: "guest",
                id: id.clone(),
            });
        };
        if old == status {
            continue;
        }
        conn.execute(
            "UPDATE guest SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, status.key(), t],
        )?;
        record_status(conn, id, Some(old), status, note, &t)?;
        changed += 1;
    }
    Ok(changed)
}

/// A guest's invitation history, oldest first.
pub fn history(conn: &Connection, id: &str) -> Result<Vec<StatusChange>> {
    let mut st = conn.prepare(
        "SELECT old_status, new_status, note, changed_at FROM status_change
         WHERE guest_id = ?1 ORDER BY changed_at, rowid",
    )?;
    let rows = st.query_map([id], |r| {
        Ok(StatusChange {
            old_status: r.get::<_, Option<String>>(0)?.map(|s| Status::from_key(&s)),
            new_status: Status::from_key(&r.get::<_, String>(1)?),
            note: r.get(2)?,
            changed_at: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn guest_from_row(r: &Row, offset: usize) -> rusqlite::Result<Guest> {
    let g = |i: usize| offset + i;
    Ok(Guest {
        id: r.get(g(0))?,
        name: NameParts {
            family_han: r.get(g(1))?,
            given_han: r.get(g(2))?,
            family_cyr: r.get(g(3))?,
            given_cyr: r.get(g(4))?,
            patronymic_cyr: r.get(g(5))?,
            family_lat: r.get(g(6))?,
            given_lat: r.get(g(7))?,
        },
        gender: Gender::from_key(&r.get::<_, String>(g(8))?),
        honorific: localized(r, g(9))?,
        title: localized(r, g(12))?,
        organization_id: r.get(g(15))?,
        delegation_id: r.get(g(16))?,
        rank: Rank::from_key(&r.get::<_, String>(g(17))?),
        manual_order: r.get(g(18))?,
        is_host: r.get(g(19))?,
        preferred_language: r.get::<_, String>(g(20))?.parse().unwrap_or_default(),
        email: r.get(g(21))?,
        phone: r.get(g(22))?,
        needs: Needs {
            interpreter_language: r.get(g(23))?,
            dietary: r.get(g(24))?,
            accessibility: r.get(g(25))?,
        },
        notes: r.get(g(26))?,
        status: Status::from_key(&r.get::<_, String>(g(27))?),
        role: Role::from_key(&r.get::<_, String>(g(28))?),
        source: r.get(g(29))?,
    })
}

fn select_guests(where_clause: &str) -> String {
    let cols: Vec<String> = COLUMNS
        .split(',')
        .map(|c| format!("g.{}", c.trim()))
        .collect();
    format!(
        "SELECT g.id, {} FROM guest g {where_clause}",
        cols.join(", ")
    )
}

/// One guest by id (`None` if deleted or unknown).
pub fn get(conn: &Connection, id: &str) -> Result<Option<Guest>> {
    Ok(conn
        .query_row(
            &select_guests("WHERE g.id = ?1 AND g.deleted_at IS NULL"),
            [id],
            |r| guest_from_row(r, 0),
        )
        .optional()?)
}

/// Every guest (not deleted), as stored.
pub fn all(conn: &Connection) -> Result<Vec<Guest>> {
    let mut st = conn.prepare(&select_guests("WHERE g.deleted_at IS NULL ORDER BY g.id"))?;
    let rows = st.query_map([], |r| guest_from_row(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM guest WHERE deleted_at IS NULL",
        [],
        |r| r.get(0),
    )?)
}

/// A guest as one row of the list in `lang`; `keys`: with its search key
/// (the costly part: pinyin and transliterations).
fn item(g: Guest, org: &Localized, del: &Localized, lang: Lang, keys: bool) -> GuestListItem {
    let search_key = if keys {
        names::search_key(
            &g.name,
            [
                org.zh.as_str(),
                org.ru.as_str(),
                org.en.as_str(),
                g.title.zh.as_str(),
                g.title.ru.as_str(),
                g.title.en.as_str(),
                del.zh.as_str(),
                del.ru.as_str(),
                del.en.as_str(),
                g.email.as_str(),
                g.phone.as_str(),
            ],
        )
    } else {
        String::new()
    };
    GuestListItem {
        display_name: g.name.display(lang),
        secondary_name: g.name.secondary(lang),
        organization: org.get(lang).to_string(),
        title: g.title.get(lang).to_string(),
        delegation: del.get(lang).to_string(),
        language: g.preferred_language,
        email: g.email,
        status: g.status,
        rank: g.rank,
        is_host: g.is_host,
        search_key,
        organization_id: g.organization_id,
        delegation_id: g.delegation_id,
        id: g.id,
        name: g.name,
    }
}

/// One guest as a row of the list in `lang` (`None` if deleted).
pub fn list_item(conn: &Connection, lang: Lang, id: &str) -> Result<Option<GuestListItem>> {
    let Some(g) = get(conn, id)? else {
        return Ok(None);
    };
    let orgs = orgs::organization_names(conn)?;
    let dels = orgs::delegations(conn)?;
    let del_by_id = dels.iter().map(|d| (d.id.as_str(), d)).collect();
    let empty = Localized::default();
    let (org, del) = affiliation(&g, &orgs, &del_by_id, &empty);
    let (org, del) = (org.clone(), del.clone());
    Ok(Some(item(g, &org, &del, lang, true)))
}

/// A guest's organization and delegation names (empty when it has none).
fn affiliation<'a>(
    g: &Guest,
    orgs: &'a HashMap<String, Localized>,
    dels: &'a HashMap<&str, &crate::model::Delegation>,
    empty: &'a Localized,
) -> (&'a Localized, &'a Localized) {
    let org = g
        .organization_id
        .as_deref()
        .and_then(|id| orgs.get(id))
        .unwrap_or(empty);
    let del = g
        .delegation_id
        .as_deref()
        .and_then(|id| dels.get(id))
        .map_or(empty, |d| &d.name);
    (org, del)
}

/// The guest list as shown in `lang`, ordered by `sort`.
pub fn list_sorted(conn: &Connection, lang: Lang, sort: GuestSort) -> Result<GuestList> {
    list_with(conn, lang, sort, true)
}

/// The same list without search keys: for views that show guests but do
/// not search them (seating).
pub fn list_light(conn: &Connection, lang: Lang, sort: GuestSort) -> Result<GuestList> {
    list_with(conn, lang, sort, false)
}

fn list_with(conn: &Connection, lang: Lang, sort: GuestSort, keys: bool) -> Result<GuestList> {
    let orgs = orgs::organization_names(conn)?;
    let dels = orgs::delegations(conn)?;
    let del_by_id: HashMap<&str, &crate::model::Delegation> =
        dels.iter().map(|d| (d.id.as_str(), d)).collect();
    let mut st = conn.prepare(&select_guests("WHERE g.deleted_at IS NULL"))?;
    let rows = st.query_map([], |r| guest_from_row(r, 0))?;
    let empty = Localized::default();
    let mut guests = Vec::new();
    for row in rows {
        let g = row?;
        let (org, del) = affiliation(&g, &orgs, &del_by_id, &empty);
        guests.push(item(g, org, del, lang, keys));
    }
    // Host, then heads of delegations, then rank (seating adds foreign
    // before host side at equal rank, and the manual order).
    let heads = orgs::delegation_heads(conn)?;
    let heads_first =
        |a: &GuestListItem, b: &GuestListItem| heads.contains(&b.id).cmp(&heads.contains(&a.id));
    let del_order = |g: &GuestListItem| {
        g.delegation_id
            .as_deref()
            .and_then(|id| del_by_id.get(id))
            .map_or(i64::MAX, |d| d.sort_order)
    };
    let status_order = |s: Status| Status::ALL.iter().position(|x| *x == s).unwrap_or(0);
    let by_name = |a: &GuestListItem, b: &GuestListItem| {
        names::compare(lang, &a.display_name, &b.display_name).then_with(|| a.id.cmp(&b.id))
    };
    match sort {
        GuestSort::Name => guests.sort_by(by_name),
        GuestSort::Rank => guests.sort_by(|a, b| {
            b.is_host
                .cmp(&a.is_host)
                .then(heads_first(a, b))
                .then(a.rank.level().cmp(&b.rank.level()))
                .then_with(|| by_name(a, b))
        }),
        GuestSort::Status => guests.sort_by(|a, b| {
            status_order(a.status)
                .cmp(&status_order(b.status))
                .then_with(|| by_name(a, b))
        }),
        GuestSort::Delegation => guests.sort_by(|a, b| {
            del_order(a)
                .cmp(&del_order(b))
                .then(b.is_host.cmp(&a.is_host))
                .then(heads_first(a, b))
                .then(a.rank.level().cmp(&b.rank.level()))
                .then_with(|| by_name(a, b))
        }),
    }

    let by_status = Status::ALL
        .iter()
        .map(|s| Count {
            key: *s,
            label: crate::i18n::text(lang, &format!("guests-status-{}", s.key())),
            count: guests.iter().filter(|g| g.status == *s).count(),
        })
        .collect();
    let mut by_delegation: Vec<Count<Option<String>>> = dels
        .iter()
        .map(|d| Count {
            key: Some(d.id.clone()),
            label: d.name.get(lang).to_string(),
            count: guests
                .iter()
                .filter(|g| g.delegation_id.as_deref() == Some(d.id.as_str()))
                .count(),
        })
        .collect();
    let none = guests.iter().filter(|g| g.delegation_id.is_none()).count();
    if none > 0 {
        by_delegation.push(Count {
            key: None,
            label: crate::i18n::text(lang, "guests-no-delegation"),
            count: none,
        });
    }
    Ok(GuestList {
        total: guests.len(),
        guests,
        by_status,
        by_delegation,
    })
}

/// The guest list in `lang`, in protocol order (delegation, then rank).
pub fn list(conn: &Connection, lang: Lang) -> Result<Vec<GuestListItem>> {
    Ok(list_sorted(conn, lang, GuestSort::Delegation)?.guests)
}

/// The guests of `list` that match `query` (all when it is empty).
pub fn search(conn: &Connection, lang: Lang, query: &str) -> Result<Vec<GuestListItem>> {
    let mut guests = list(conn, lang)?;
    guests.retain(|g| names::key_matches(&g.search_key, query));
    Ok(guests)
}

/// Which guests a list (or an export) shows: the same tests as the guest
/// list's filters in the app.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GuestFilter {
    /// Any of these statuses (empty: any status).
    pub statuses: Vec<Status>,
    /// A delegation by its country code or its name in any language.
    pub delegation: Option<String>,
    /// Text found in the guest's names (any script), organization or e-mail.
    pub search: Option<String>,
}

/// The ids of the guests `filter` lets through, in the list's order; an
/// unknown delegation is an error naming it.
pub fn filtered_ids(conn: &Connection, lang: Lang, filter: &GuestFilter) -> Result<Vec<String>> {
    let delegation = match &filter.delegation {
        None => None,
        Some(d) => {
            let want = names::normalize(d.trim());
            let found = orgs::delegations(conn)?.into_iter().find(|x| {
                names::normalize(&x.country) == want
                    || [&x.name.zh, &x.name.ru, &x.name.en]
                        .iter()
                        .any(|n| !n.is_empty() && names::normalize(n) == want)
            });
            Some(found.ok_or_else(|| Error::InvalidValue {
                field: "delegation".into(),
                value: d.clone(),
            })?)
        }
    };
    let search = filter
        .search
        .as_deref()
        .map(|s| names::normalize(s.trim()))
        .filter(|s| !s.is_empty());
    let list = list_sorted(conn, lang, GuestSort::Delegation)?;
    Ok(list
        .guests
        .into_iter()
        .filter(|g| filter.statuses.is_empty() || filter.statuses.contains(&g.status))
        .filter(|g| {
            delegation
                .as_ref()
                .is_none_or(|d| g.delegation_id.as_deref() == Some(d.id.as_str()))
        })
        .filter(|g| {
            search
                .as_ref()
                .is_none_or(|s| g.search_key.contains(s.as_str()))
        })
        .map(|g| g.id)
        .collect())
}

/// A name as each language shows it, for naming an undo step.
pub fn names_in_every_language(name: &NameParts) -> Localized {
    Localized {
        zh: name.display(Lang::ZhCn),
        ru: name.display(Lang::Ru),
        en: name.display(Lang::En),
    }
}

/// A guest's name (deleted or not) as each language shows it; empty if
/// there is no such guest.
pub fn localized_name(conn: &Connection, id: &str) -> Localized {
    conn.query_row(
        &format!(
            "SELECT {} FROM guest WHERE id = ?1",
            crate::store::NAME_COLUMNS
        ),
        [id],
        |r| crate::store::name_parts(r, 0),
    )
    .map(|n| names_in_every_language(&n))
    .unwrap_or_default()
}

#[cfg(test)]
mod tests;
