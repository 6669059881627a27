//! Guests, their organizations and delegations.

use rusqlite::{params, Connection, Row};

use crate::error::Result;
use crate::ids::{new_id, now};
use crate::model::{
    Delegation, Gender, Guest, GuestListItem, GuestSearch, Lang, Localized, NameParts, Needs,
    Organization, Rank, Status,
};

pub fn insert_organization(conn: &Connection, o: &Organization) -> Result<()> {
    let t = now();
    conn.execute(
        "INSERT INTO organization (id, name_zh, name_ru, name_en, country, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![o.id, o.name.zh, o.name.ru, o.name.en, o.country, t],
    )?;
    Ok(())
}

pub fn insert_delegation(conn: &Connection, d: &Delegation) -> Result<()> {
    let t = now();
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
            t
        ],
    )?;
    Ok(())
}

pub fn set_delegation_head(conn: &Connection, delegation_id: &str, guest_id: &str) -> Result<()> {
    conn.execute(
        "UPDATE delegation SET head_guest_id = ?2, updated_at = ?3 WHERE id = ?1",
        params![delegation_id, guest_id, now()],
    )?;
    Ok(())
}

/// Inserts a guest (a new id is made if `g.id` is empty) and records the
/// initial status in the history. Returns the id.
pub fn insert(conn: &Connection, g: &Guest) -> Result<String> {
    let id = if g.id.is_empty() {
        new_id()
    } else {
        g.id.clone()
    };
    let t = now();
    let n = &g.name;
    conn.execute(
        "INSERT INTO guest (id, family_han, given_han, family_cyr, given_cyr, patronymic_cyr,
            family_lat, given_lat, gender, honorific_zh, honorific_ru, honorific_en,
            title_zh, title_ru, title_en, organization_id, delegation_id, rank, manual_order,
            is_host, preferred_language, email, phone, interpreter_language, dietary,
            accessibility, notes, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?29)",
        params![
            id,
            n.family_han,
            n.given_han,
            n.family_cyr,
            n.given_cyr,
            n.patronymic_cyr,
            n.family_lat,
            n.given_lat,
            g.gender.key(),
            g.honorific.zh,
            g.honorific.ru,
            g.honorific.en,
            g.title.zh,
            g.title.ru,
            g.title.en,
            g.organization_id,
            g.delegation_id,
            g.rank.key(),
            g.manual_order,
            g.is_host,
            g.preferred_language.tag(),
            g.email,
            g.phone,
            g.needs.interpreter_language,
            g.needs.dietary,
            g.needs.accessibility,
            g.notes,
            g.status.key(),
            t
        ],
    )?;
    conn.execute(
        "INSERT INTO status_change (id, guest_id, old_status, new_status, changed_at,
                                    created_at, updated_at)
         VALUES (?1, ?2, NULL, ?3, ?4, ?4, ?4)",
        params![new_id(), id, g.status.key(), t],
    )?;
    Ok(id)
}

const GUEST_COLUMNS: &str = "g.id, g.family_han, g.given_han, g.family_cyr, g.given_cyr,
    g.patronymic_cyr, g.family_lat, g.given_lat, g.gender, g.honorific_zh, g.honorific_ru,
    g.honorific_en, g.title_zh, g.title_ru, g.title_en, g.organization_id, g.delegation_id,
    g.rank, g.manual_order, g.is_host, g.preferred_language, g.email, g.phone,
    g.interpreter_language, g.dietary, g.accessibility, g.notes, g.status";

fn guest_from_row(r: &Row) -> rusqlite::Result<Guest> {
    Ok(Guest {
        id: r.get(0)?,
        name: NameParts {
            family_han: r.get(1)?,
            given_han: r.get(2)?,
            family_cyr: r.get(3)?,
            given_cyr: r.get(4)?,
            patronymic_cyr: r.get(5)?,
            family_lat: r.get(6)?,
            given_lat: r.get(7)?,
        },
        gender: Gender::from_key(&r.get::<_, String>(8)?),
        honorific: Localized {
            zh: r.get(9)?,
            ru: r.get(10)?,
            en: r.get(11)?,
        },
        title: Localized {
            zh: r.get(12)?,
            ru: r.get(13)?,
            en: r.get(14)?,
        },
        organization_id: r.get(15)?,
        delegation_id: r.get(16)?,
        rank: Rank::from_key(&r.get::<_, String>(17)?),
        manual_order: r.get(18)?,
        is_host: r.get(19)?,
        preferred_language: r.get::<_, String>(20)?.parse().unwrap_or_default(),
        email: r.get(21)?,
        phone: r.get(22)?,
        needs: Needs {
            interpreter_language: r.get(23)?,
            dietary: r.get(24)?,
            accessibility: r.get(25)?,
        },
        notes: r.get(26)?,
        status: Status::from_key(&r.get::<_, String>(27)?),
    })
}

/// The guest list as shown in `lang`: hosts first, then by delegation order,
/// rank and manual order.
pub fn list(conn: &Connection, lang: Lang) -> Result<Vec<GuestListItem>> {
    let sql = format!(
        "SELECT {GUEST_COLUMNS},
                o.name_zh, o.name_ru, o.name_en, d.name_zh, d.name_ru, d.name_en
         FROM guest g
         LEFT JOIN organization o ON o.id = g.organization_id
         LEFT JOIN delegation d ON d.id = g.delegation_id
         WHERE g.deleted_at IS NULL
         ORDER BY d.sort_order, g.manual_order IS NULL, g.manual_order, g.id"
    );
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map([], |r| {
        let g = guest_from_row(r)?;
        let loc = |i: usize| -> rusqlite::Result<Localized> {
            Ok(Localized {
                zh: r.get::<_, Option<String>>(i)?.unwrap_or_default(),
                ru: r.get::<_, Option<String>>(i + 1)?.unwrap_or_default(),
                en: r.get::<_, Option<String>>(i + 2)?.unwrap_or_default(),
            })
        };
        let org = loc(28)?;
        let del = loc(31)?;
        Ok((g, org, del))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (g, org, del) = row?;
        out.push(GuestListItem {
            display_name: g.name.display(lang),
            secondary_name: g.name.secondary(lang),
            organization: org.get(lang).to_string(),
            title: g.title.get(lang).to_string(),
            delegation: del.get(lang).to_string(),
            language: g.preferred_language,
            email: g.email,
            status: g.status,
            id: g.id,
            name: g.name,
        });
    }
    Ok(out)
}

/// One guest by id, if not deleted.
pub fn get(conn: &Connection, id: &str) -> Result<Option<Guest>> {
    use rusqlite::OptionalExtension;
    let sql =
        format!("SELECT {GUEST_COLUMNS} FROM guest g WHERE g.id = ?1 AND g.deleted_at IS NULL");
    Ok(conn.query_row(&sql, [id], guest_from_row).optional()?)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM guest WHERE deleted_at IS NULL",
        [],
        |r| r.get(0),
    )?)
}

/// The list in `lang`, keeping the guests that match `query` (all when empty).
pub fn search(conn: &Connection, lang: Lang, query: &str) -> Result<GuestSearch> {
    let mut guests = list(conn, lang)?;
    let total = guests.len();
    if !query.trim().is_empty() {
        guests.retain(|g| matches(g, query));
    }
    Ok(GuestSearch { total, guests })
}

/// Whether a listed guest matches a search text: every word of the query must
/// appear, case-insensitively, in one of the guest's names (any script),
/// organization, title, delegation or e-mail.
pub fn matches(g: &GuestListItem, query: &str) -> bool {
    let n = &g.name;
    let hay = [
        n.han(),
        n.cyrillic(),
        n.latin(),
        g.organization.clone(),
        g.title.clone(),
        g.delegation.clone(),
        g.email.clone(),
    ]
    .join("\u{1f}")
    .to_lowercase();
    query
        .split_whitespace()
        .all(|w| hay.contains(&w.to_lowercase()))
}
