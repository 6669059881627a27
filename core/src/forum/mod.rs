//! The forum itself: one row per file; setting it up and editing it
//! ([`setup`]); the time zones an organizer picks from ([`zones`]).

pub mod setup;
pub mod zones;

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::ids::{new_id, now};
use crate::model::{Forum, HonourSide, Lang, Localized};
use crate::store::localized;
use crate::store::Store;

/// Checks an IANA time zone name such as `Asia/Shanghai`.
pub fn validate_time_zone(tz: &str) -> Result<()> {
    tz.parse::<chrono_tz::Tz>()
        .map(|_| ())
        .map_err(|_| Error::UnknownTimeZone(tz.to_string()))
}

/// Creates a forum file holding just the forum's own row.
pub fn create(path: &Path, name: Localized, time_zone: &str) -> Result<Store> {
    validate_time_zone(time_zone)?;
    let forum = Forum {
        id: new_id(),
        name,
        venue: Localized::default(),
        city: Localized::default(),
        time_zone: time_zone.to_string(),
        starts_on: None,
        ends_on: None,
        honour_side: HonourSide::Right,
        host_language: Lang::ZhCn,
        signatory: Default::default(),
        reply_by: None,
    };
    create_with(path, &forum)
}

pub fn create_with(path: &Path, forum: &Forum) -> Result<Store> {
    validate_time_zone(&forum.time_zone)?;
    let mut store = Store::create(path)?;
    let written = store.write(|tx| insert(tx, forum));
    if let Err(e) = written {
        drop(store);
        let _ = std::fs::remove_file(path);
        return Err(e);
    }
    Ok(store)
}

/// The forum's row: its id and times, then every detail as [`update`] writes it.
fn insert(conn: &Connection, f: &Forum) -> Result<()> {
    let t = now();
    conn.execute(
        "INSERT INTO forum (id, created_at, updated_at) VALUES (?1, ?2, ?2)",
        params![f.id, t],
    )?;
    update(conn, f)
}

/// The forum of an open file.
pub fn get(conn: &Connection) -> Result<Forum> {
    conn.query_row(
        "SELECT id, name_zh, name_ru, name_en, venue_zh, venue_ru, venue_en,
                city_zh, city_ru, city_en, time_zone, starts_on, ends_on,
                honour_side, host_language,
                signatory_name_zh, signatory_name_ru, signatory_name_en,
                signatory_title_zh, signatory_title_ru, signatory_title_en, reply_by
         FROM forum",
        [],
        |r| {
            Ok(Forum {
                id: r.get(0)?,
                name: localized(r, 1)?,
                venue: localized(r, 4)?,
                city: localized(r, 7)?,
                time_zone: r.get(10)?,
                starts_on: r.get(11)?,
                ends_on: r.get(12)?,
                honour_side: HonourSide::from_key(&r.get::<_, String>(13)?),
                host_language: r.get::<_, String>(14)?.parse().unwrap_or(Lang::ZhCn),
                signatory: crate::model::Signatory {
                    name: localized(r, 15)?,
                    title: localized(r, 18)?,
                },
                reply_by: r.get(21)?,
            })
        },
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "forum",
        id: String::new(),
    })
}

/// Writes the forum's own row (everything but its id).
pub(crate) fn update(conn: &Connection, f: &Forum) -> Result<()> {
    conn.execute(
        "UPDATE forum SET name_zh = ?1, name_ru = ?2, name_en = ?3,
                venue_zh = ?4, venue_ru = ?5, venue_en = ?6,
                city_zh = ?7, city_ru = ?8, city_en = ?9, time_zone = ?10,
                starts_on = ?11, ends_on = ?12, honour_side = ?13, host_language = ?14,
                signatory_name_zh = ?15, signatory_name_ru = ?16, signatory_name_en = ?17,
                signatory_title_zh = ?18, signatory_title_ru = ?19, signatory_title_en = ?20,
                reply_by = ?21, updated_at = ?22",
        params![
            f.name.zh,
            f.name.ru,
            f.name.en,
            f.venue.zh,
            f.venue.ru,
            f.venue.en,
            f.city.zh,
            f.city.ru,
            f.city.en,
            f.time_zone,
            f.starts_on,
            f.ends_on,
            f.honour_side.key(),
            f.host_language.tag(),
            f.signatory.name.zh,
            f.signatory.name.ru,
            f.signatory.name.en,
            f.signatory.title.zh,
            f.signatory.title.ru,
            f.signatory.title.en,
            f.reply_by,
            now()
        ],
    )?;
    Ok(())
}
