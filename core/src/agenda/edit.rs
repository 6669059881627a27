//! Editing running orders: insert, delete, reorder and retime items; the
//! times follow from `schedule::load`.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::ids::{new_id, now};
use crate::model::{Interpretation, Item, ItemKind, Localized, Session, SessionKind};
use crate::store::localized;

fn session_of(conn: &Connection, item: &str) -> Result<String> {
    conn.query_row(
        "SELECT session_id FROM item WHERE id = ?1 AND deleted_at IS NULL",
        [item],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "item",
        id: item.to_string(),
    })
}

/// The items of a session in order.
fn order(conn: &Connection, session: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare(
        "SELECT id FROM item WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY position, id",
    )?;
    let rows = st.query_map([session], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes positions 1, 2, 3 … in the given order.
fn renumber(conn: &Connection, ids: &[String]) -> Result<()> {
    let t = now();
    for (i, id) in ids.iter().enumerate() {
        conn.execute(
            "UPDATE item SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position <> ?2",
            params![id, i as i64 + 1, t],
        )?;
    }
    Ok(())
}

/// Moves an item to `position` (1-based, clamped) in its session.
pub fn move_item(conn: &Connection, item: &str, position: usize) -> Result<()> {
    let session = session_of(conn, item)?;
    let mut ids = order(conn, &session)?;
    ids.retain(|i| i != item);
    let at = position.saturating_sub(1).min(ids.len());
    ids.insert(at, item.to_string());
    renumber(conn, &ids)
}

/// What a new item needs.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct NewItem {
    pub kind: ItemKind,
    pub title: Localized,
    pub minutes: i64,
    pub language: String,
    pub interpretation: Interpretation,
}

/// Inserts an item at `position` (1-based, clamped) of a session.
pub fn insert_item(
    conn: &Connection,
    session: &str,
    position: usize,
    new: &NewItem,
) -> Result<String> {
    if !(0..=24 * 60).contains(&new.minutes) {
        return Err(Error::InvalidValue {
            field: "minutes".into(),
            value: new.minutes.to_string(),
        });
    }
    let mut ids = order(conn, session)?;
    let item = Item {
        id: new_id(),
        session_id: session.to_string(),
        position: 0,
        kind: new.kind,
        title: new.title.clone(),
        planned_seconds: new.minutes * 60,
        language: new.language.clone(),
        interpretation: new.interpretation,
        stage_notes: String::new(),
        tech_notes: String::new(),
    };
    super::insert_item(conn, &item)?;
    let at = position.saturating_sub(1).min(ids.len());
    ids.insert(at, item.id.clone());
    renumber(conn, &ids)?;
    Ok(item.id)
}

/// Removes an item (soft) and closes the gap.
pub fn delete_item(conn: &Connection, item: &str) -> Result<()> {
    let session = session_of(conn, item)?;
    conn.execute(
        "UPDATE item SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
        params![item, now()],
    )?;
    renumber(conn, &order(conn, &session)?)
}

/// Sets the planned speaking time, and optionally a total that overrides
/// the interpretation rule.
pub fn set_duration(
    conn: &Connection,
    item: &str,
    minutes: i64,
    total_minutes: Option<i64>,
) -> Result<()> {
    if !(0..=24 * 60).contains(&minutes)
        || total_minutes.is_some_and(|m| !(0..=24 * 60).contains(&m))
    {
        return Err(Error::InvalidValue {
            field: "minutes".into(),
            value: minutes.to_string(),
        });
    }
    session_of(conn, item)?;
    conn.execute(
        "UPDATE item SET planned_seconds = ?2, duration_override = ?3, updated_at = ?4 WHERE id = ?1",
        params![item, minutes * 60, total_minutes.map(|m| m * 60), now()],
    )?;
    Ok(())
}

/// A session as its editor shows it: the start in the forum's local time.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct SessionForm {
    /// `None` for a new session.
    pub id: Option<String>,
    pub kind: SessionKind,
    pub title: Localized,
    pub hall_id: Option<String>,
    /// A hall to create and use instead of `hall_id`.
    pub new_hall: Option<Localized>,
    /// `YYYY-MM-DDTHH:MM` in the forum's time zone.
    pub start_local: String,
    pub planned_minutes: Option<i64>,
    pub moderator_id: Option<String>,
}

/// A hall as a choice.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct HallChoice {
    pub id: String,
    pub name: Localized,
}

pub fn halls(conn: &Connection) -> Result<Vec<HallChoice>> {
    let mut st = conn.prepare(
        "SELECT id, name_zh, name_ru, name_en FROM hall WHERE deleted_at IS NULL
         ORDER BY created_at, id",
    )?;
    let rows = st.query_map([], |r| {
        Ok(HallChoice {
            id: r.get(0)?,
            name: localized(r, 1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn forum_zone(conn: &Connection) -> Result<Tz> {
    let f = crate::forum::get(conn)?;
    f.time_zone
        .parse()
        .map_err(|_| Error::UnknownTimeZone(f.time_zone.clone()))
}

/// `YYYY-MM-DDTHH:MM` in `tz` as UTC; a time skipped by a clock change is refused,
/// a repeated one means its first occurrence.
pub fn local_to_utc(local: &str, tz: Tz) -> Result<DateTime<Utc>> {
    let bad = || Error::InvalidValue {
        field: "start".into(),
        value: local.to_string(),
    };
    let naive = NaiveDateTime::parse_from_str(local.trim(), "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(local.trim(), "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| bad())?;
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Ok(t.with_timezone(&Utc)),
        LocalResult::None => Err(Error::NonexistentTime {
            value: local.to_string(),
            zone: tz.name().to_string(),
        }),
    }
}

fn check_minutes(field: &str, m: i64) -> Result<()> {
    if (0..=24 * 60).contains(&m) {
        Ok(())
    } else {
        Err(Error::InvalidValue {
            field: field.into(),
            value: m.to_string(),
        })
    }
}

fn check_title(t: &Localized) -> Result<()> {
    if [&t.zh, &t.ru, &t.en].iter().all(|s| s.trim().is_empty()) {
        Err(Error::MissingTitle)
    } else {
        Ok(())
    }
}

fn check_guest(conn: &Connection, id: &str) -> Result<()> {
    crate::guests::get(conn, id)?
        .map(|_| ())
        .ok_or_else(|| Error::NotFound {
            what: "guest",
            id: id.to_string(),
        })
}

pub fn get_session(conn: &Connection, id: &str) -> Result<SessionForm> {
    let tz = forum_zone(conn)?;
    conn.query_row(
        "SELECT kind, title_zh, title_ru, title_en, hall_id, starts_at, planned_minutes,
                moderator_guest_id
         FROM session WHERE id = ?1 AND deleted_at IS NULL",
        [id],
        |r| {
            let start: String = r.get(5)?;
            Ok(SessionForm {
                id: Some(id.to_string()),
                kind: SessionKind::from_key(&r.get::<_, String>(0)?),
                title: localized(r, 1)?,
                hall_id: r.get(4)?,
                new_hall: None,
                start_local: DateTime::parse_from_rfc3339(&start)
                    .map(|t| {
                        super::timing::local(t.with_timezone(&Utc), tz)
                            .format("%Y-%m-%dT%H:%M")
                            .to_string()
                    })
                    .unwrap_or_default(),
                planned_minutes: r.get(6)?,
                moderator_id: r.get(7)?,
            })
        },
    )
    .optional()?
    .ok_or(Error::NotFound {
        what: "session",
        id: id.to_string(),
    })
}

/// Creates or updates a session; returns its id. Checks everything first.
pub fn save_session(conn: &Connection, form: &SessionForm) -> Result<String> {
    check_title(&form.title)?;
    let tz = forum_zone(conn)?;
    let start = local_to_utc(&form.start_local, tz)?;
    if let Some(m) = form.planned_minutes {
        check_minutes("planned-minutes", m)?;
    }
    if let Some(g) = &form.moderator_id {
        check_guest(conn, g)?;
    }
    let hall_id = match &form.new_hall {
        Some(name)
            if [&name.zh, &name.ru, &name.en]
                .iter()
                .any(|s| !s.trim().is_empty()) =>
        {
            let id = new_id();
            super::insert_hall(
                conn,
                &crate::model::Hall {
                    id: id.clone(),
                    name: name.clone(),
                },
            )?;
            Some(id)
        }
        _ => form.hall_id.clone().filter(|h| !h.is_empty()),
    };
    if let Some(h) = &hall_id {
        let known: bool = conn.query_row(
            "SELECT count(*) > 0 FROM hall WHERE id = ?1 AND deleted_at IS NULL",
            [h],
            |r| r.get(0),
        )?;
        if !known {
            return Err(Error::NotFound {
                what: "hall",
                id: h.clone(),
            });
        }
    }
    let session = Session {
        id: form.id.clone().unwrap_or_else(new_id),
        day: super::timing::local(start, tz).date(),
        hall_id,
        kind: form.kind,
        title: form.title.clone(),
        starts_at: start,
        planned_minutes: form.planned_minutes,
        moderator_guest_id: form.moderator_id.clone(),
    };
    match &form.id {
        None => super::insert_session(conn, &session)?,
        Some(id) => {
            let n = conn.execute(
                "UPDATE session SET day = ?2, hall_id = ?3, kind = ?4, title_zh = ?5,
                    title_ru = ?6, title_en = ?7, starts_at = ?8, planned_minutes = ?9,
                    moderator_guest_id = ?10, updated_at = ?11
                 WHERE id = ?1 AND deleted_at IS NULL",
                params![
                    id,
                    session.day,
                    session.hall_id,
                    session.kind.key(),
                    session.title.zh,
                    session.title.ru,
                    session.title.en,
                    start.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                    session.planned_minutes,
                    session.moderator_guest_id,
                    now()
                ],
            )?;
            if n == 0 {
                return Err(Error::NotFound {
                    what: "session",
                    id: id.clone(),
                });
            }
        }
    }
    Ok(session.id)
}

/// Removes a session and its items (soft).
pub fn delete_session(conn: &Connection, id: &str) -> Result<()> {
    let t = now();
    let n = conn.execute(
        "UPDATE session SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
        params![id, t],
    )?;
    if n == 0 {
        return Err(Error::NotFound {
            what: "session",
            id: id.to_string(),
        });
    }
    conn.execute(
        "UPDATE item SET deleted_at = ?2, updated_at = ?2 WHERE session_id = ?1 AND deleted_at IS NULL",
        params![id, t],
    )?;
    conn.execute("DELETE FROM live_state WHERE session_id = ?1", [id])?;
    Ok(())
}

/// An item as its editor shows it.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct ItemForm {
    /// `None` for a new item.
    pub id: Option<String>,
    pub session_id: String,
    /// Where a new item goes (1-based); ignored for an existing one.
    pub position: i64,
    pub kind: ItemKind,
    pub title: Localized,
    /// Speaking time.
    pub minutes: i64,
    /// The whole slot, overriding the interpretation rule.
    pub total_minutes: Option<i64>,
    /// The language spoken: `zh-CN`, `ru`, `en` or empty.
    pub language: String,
    pub interpretation: Interpretation,
    pub speakers: Vec<String>,
    pub moderators: Vec<String>,
    pub stage_notes: String,
    pub tech_notes: String,
}

pub fn get_item(conn: &Connection, id: &str) -> Result<ItemForm> {
    let mut form = conn
        .query_row(
            "SELECT session_id, position, kind, title_zh, title_ru, title_en, planned_seconds,
                    duration_override, language, interpretation, stage_notes, tech_notes
             FROM item WHERE id = ?1 AND deleted_at IS NULL",
            [id],
            |r| {
                Ok(ItemForm {
                    id: Some(id.to_string()),
                    session_id: r.get(0)?,
                    position: r.get(1)?,
                    kind: ItemKind::from_key(&r.get::<_, String>(2)?),
                    title: localized(r, 3)?,
                    minutes: r.get::<_, i64>(6)? / 60,
                    total_minutes: r.get::<_, Option<i64>>(7)?.map(|s| s / 60),
                    language: r.get(8)?,
                    interpretation: Interpretation::from_key(&r.get::<_, String>(9)?),
                    speakers: vec![],
                    moderators: vec![],
                    stage_notes: r.get(10)?,
                    tech_notes: r.get(11)?,
                })
            },
        )
        .optional()?
        .ok_or(Error::NotFound {
            what: "item",
            id: id.to_string(),
        })?;
    let mut st = conn.prepare(
        "SELECT p.guest_id, p.role FROM item_person p JOIN guest g ON g.id = p.guest_id
         WHERE p.item_id = ?1 AND p.deleted_at IS NULL AND g.deleted_at IS NULL
         ORDER BY p.position, p.id",
    )?;
    let rows = st.query_map([id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (guest, role) = row?;
        if role == "moderator" {
            form.moderators.push(guest);
        } else {
            form.speakers.push(guest);
        }
    }
    Ok(form)
}

/// Creates or updates an item with its speakers and moderators; returns its id.
pub fn save_item(conn: &Connection, form: &ItemForm) -> Result<String> {
    check_title(&form.title)?;
    check_minutes("minutes", form.minutes)?;
    if let Some(t) = form.total_minutes {
        check_minutes("total-minutes", t)?;
    }
    if !["", "zh-CN", "ru", "en"].contains(&form.language.as_str()) {
        return Err(Error::UnknownLanguage(form.language.clone()));
    }
    for g in form.speakers.iter().chain(&form.moderators) {
        check_guest(conn, g)?;
    }
    let id = match &form.id {
        None => insert_item(
            conn,
            &form.session_id,
            form.position.max(1) as usize,
            &NewItem {
                kind: form.kind,
                title: form.title.clone(),
                minutes: form.minutes,
                language: form.language.clone(),
                interpretation: form.interpretation,
            },
        )?,
        Some(id) => {
            session_of(conn, id)?;
            id.clone()
        }
    };
    let t = now();
    conn.execute(
        "UPDATE item SET kind = ?2, title_zh = ?3, title_ru = ?4, title_en = ?5,
            planned_seconds = ?6, duration_override = ?7, language = ?8, interpretation = ?9,
            stage_notes = ?10, tech_notes = ?11, updated_at = ?12
         WHERE id = ?1",
        params![
            id,
            form.kind.key(),
            form.title.zh,
            form.title.ru,
            form.title.en,
            form.minutes * 60,
            form.total_minutes.map(|m| m * 60),
            form.language,
            form.interpretation.key(),
            form.stage_notes,
            form.tech_notes,
            t
        ],
    )?;
    conn.execute(
        "UPDATE item_person SET deleted_at = ?2, updated_at = ?2
         WHERE item_id = ?1 AND deleted_at IS NULL",
        params![id, t],
    )?;
    let people = form
        .speakers
        .iter()
        .map(|g| (g, "speaker"))
        .chain(form.moderators.iter().map(|g| (g, "moderator")));
    for (n, (guest, role)) in people.enumerate() {
        super::add_person(conn, &id, guest, role, n as i64)?;
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::schedule::load;
    use crate::model::Lang;

    fn starts(s: &crate::store::Store) -> Vec<(String, String)> {
        let tz: chrono_tz::Tz = "Asia/Shanghai".parse().expect("tz");
        s.read(|c| load(c, Lang::En)).expect("agenda").sessions[0]
            .items
            .iter()
            .map(|i| {
                (
                    i.title.clone(),
                    crate::agenda::timing::local(i.start, tz)
                        .format("%H:%M")
                        .to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn reorder_insert_delete_and_retime_recompute_the_times() {
        let d = tempfile::tempdir().expect("tmp");
        let mut s = crate::demo::create(&d.path().join("e.forum")).expect("demo");
        let before = starts(&s);
        let agenda = s.read(|c| load(c, Lang::En)).expect("agenda");
        let session = agenda.sessions[0].id.clone();
        let photo = agenda.sessions[0].items[6].id.clone();

        s.write(|tx| move_item(tx, &photo, 1)).expect("move");
        let after = starts(&s);
        assert_eq!(after[0], ("Group photo".into(), "09:30".into()));
        assert_eq!(
            after[1],
            ("Opening remarks by the moderator".into(), "09:40".into())
        );

        let new = NewItem {
            kind: ItemKind::Break,
            title: Localized::new("茶歇", "Кофе-брейк", "Coffee break"),
            minutes: 15,
            language: String::new(),
            interpretation: Interpretation::None,
        };
        s.write(|tx| insert_item(tx, &session, 2, &new))
            .expect("insert");
        let after = starts(&s);
        assert_eq!(after[1], ("Coffee break".into(), "09:40".into()));
        assert_eq!(after[2].1, "09:55");

        s.write(|tx| delete_item(tx, &photo)).expect("delete");
        let after = starts(&s);
        assert_eq!(after[0], ("Coffee break".into(), "09:30".into()));
        assert_eq!(after.len(), before.len());

        // The consecutive keynote: 15 minutes speaking, 25 in all by hand.
        let keynote = s.read(|c| load(c, Lang::En)).expect("agenda").sessions[0]
            .items
            .iter()
            .find(|i| i.title.starts_with("Keynote: Russian"))
            .map(|i| i.id.clone())
            .expect("keynote");
        s.write(|tx| set_duration(tx, &keynote, 15, Some(25)))
            .expect("retime");
        let a = s.read(|c| load(c, Lang::En)).expect("agenda");
        let k = a.sessions[0]
            .items
            .iter()
            .find(|i| i.id == keynote)
            .expect("keynote");
        assert_eq!(k.seconds, 25 * 60);
        assert!(s.write(|tx| set_duration(tx, &keynote, -1, None)).is_err());
    }

    fn session_form(start: &str) -> SessionForm {
        SessionForm {
            id: None,
            kind: SessionKind::Panel,
            title: Localized::new("圆桌", "Круглый стол", "Round table"),
            hall_id: None,
            new_hall: Some(Localized::new("B厅", "Зал B", "Hall B")),
            start_local: start.into(),
            planned_minutes: Some(60),
            moderator_id: None,
        }
    }

    #[test]
    fn sessions_are_saved_in_local_time_and_bad_input_changes_nothing() {
        let d = tempfile::tempdir().expect("tmp");
        let mut s = crate::demo::create(&d.path().join("s.forum")).expect("demo");
        let id = s
            .write(|tx| save_session(tx, &session_form("2027-04-16T23:30")))
            .expect("save");
        let a = s.read(|c| load(c, Lang::Ru)).expect("agenda");
        let made = a.sessions.iter().find(|x| x.id == id).expect("made");
        assert_eq!(made.title, "Круглый стол");
        assert_eq!(made.hall, "Зал B");
        assert_eq!(made.start.to_rfc3339(), "2027-04-16T15:30:00+00:00");
        let mut form = s.read(|c| get_session(c, &id)).expect("get");
        assert_eq!(form.start_local, "2027-04-16T23:30");
        let day: String = s
            .read(
                |c| Ok(c.query_row("SELECT day FROM session WHERE id = ?1", [&id], |r| r.get(0))?),
            )
            .expect("day");
        assert_eq!(day, "2027-04-16");

        form.start_local = "2027-04-17T00:15".into();
        form.new_hall = None;
        s.write(|tx| save_session(tx, &form)).expect("update");
        let day: String = s
            .read(
                |c| Ok(c.query_row("SELECT day FROM session WHERE id = ?1", [&id], |r| r.get(0))?),
            )
            .expect("day");
        assert_eq!(day, "2027-04-17", "the day follows the local start");

        let before = s.read(crate::agenda::count_sessions).expect("count");
        let hall_count = s.read(halls).expect("halls").len();
        let mut bad = session_form("16.04.2027 9:30");
        assert!(matches!(
            s.write(|tx| save_session(tx, &bad)),
            Err(Error::InvalidValue { field, .. }) if field == "start"
        ));
        bad.start_local = "2027-04-16T10:00".into();
        bad.title = Localized::default();
        assert!(matches!(
            s.write(|tx| save_session(tx, &bad)),
            Err(Error::MissingTitle)
        ));
        bad.title = Localized::new("", "", "x");
        bad.moderator_id = Some("nobody".into());
        assert!(matches!(
            s.write(|tx| save_session(tx, &bad)),
            Err(Error::NotFound { what: "guest", .. })
        ));
        assert_eq!(
            s.read(crate::agenda::count_sessions).expect("count"),
            before
        );
        assert_eq!(
            s.read(halls).expect("halls").len(),
            hall_count,
            "no hall left behind"
        );
    }

    #[test]
    fn local_times_skipped_by_a_clock_change_are_refused() {
        let berlin: Tz = "Europe/Berlin".parse().expect("tz");
        assert!(matches!(
            local_to_utc("2027-03-28T02:30", berlin),
            Err(Error::NonexistentTime { .. })
        ));
        let twice = local_to_utc("2027-10-31T02:30", berlin).expect("ambiguous");
        assert_eq!(
            twice.to_rfc3339(),
            "2027-10-31T00:30:00+00:00",
            "the first of the two"
        );
    }

    #[test]
    fn items_keep_speakers_moderators_and_notes() {
        let d = tempfile::tempdir().expect("tmp");
        let mut s = crate::demo::create(&d.path().join("i.forum")).expect("demo");
        let a = s.read(|c| load(c, Lang::En)).expect("agenda");
        let session = a.sessions[0].id.clone();
        let guests = s.read(crate::guests::all).expect("guests");
        let semin = guests
            .iter()
            .find(|g| g.name.family_cyr == "Семин")
            .expect("Semin")
            .id
            .clone();
        let zhang = guests
            .iter()
            .find(|g| g.name.family_han == "张")
            .expect("Zhang")
            .id
            .clone();
        let form = ItemForm {
            id: None,
            session_id: session.clone(),
            position: 2,
            kind: ItemKind::Qa,
            title: Localized::new("问答", "Вопросы и ответы", "Q&A"),
            minutes: 10,
            total_minutes: None,
            language: "ru".into(),
            interpretation: Interpretation::Consecutive,
            speakers: vec![semin.clone()],
            moderators: vec![zhang.clone()],
            stage_notes: "Two hand microphones".into(),
            tech_notes: "Channel 2: Russian".into(),
        };
        let id = s.write(|tx| save_item(tx, &form)).expect("save");
        let got = s.read(|c| get_item(c, &id)).expect("get");
        assert_eq!(got.speakers, std::slice::from_ref(&semin));
        assert_eq!(got.moderators, [zhang]);
        assert_eq!(got.position, 2);
        assert_eq!(got.tech_notes, "Channel 2: Russian");
        let a = s.read(|c| load(c, Lang::Ru)).expect("agenda");
        let q = &a.sessions[0].items[1];
        assert_eq!(q.title, "Вопросы и ответы");
        assert_eq!(q.seconds, 20 * 60, "consecutive doubles");
        assert_eq!(q.speakers, ["Семин Алексей Алексеевич"]);
        assert_eq!(q.moderators, ["Чжан Пинвэнь"]);
        assert_eq!(a.sessions[0].items[2].start, q.end);

        let mut edit = got.clone();
        edit.speakers = vec![];
        edit.total_minutes = Some(12);
        s.write(|tx| save_item(tx, &edit)).expect("edit");
        let again = s.read(|c| get_item(c, &id)).expect("get");
        assert!(again.speakers.is_empty());
        assert_eq!(again.total_minutes, Some(12));

        let mut bad = again.clone();
        bad.speakers = vec!["missing".into()];
        bad.title = Localized::new("", "", "changed");
        assert!(s.write(|tx| save_item(tx, &bad)).is_err());
        bad.speakers = vec![];
        bad.language = "de".into();
        assert!(matches!(
            s.write(|tx| save_item(tx, &bad)),
            Err(Error::UnknownLanguage(_))
        ));
        assert_eq!(
            s.read(|c| get_item(c, &id)).expect("get"),
            again,
            "nothing changed"
        );
    }

    #[test]
    fn agenda_edits_undo_and_redo_as_one_step_each() {
        let d = tempfile::tempdir().expect("tmp");
        let mut s = crate::demo::create(&d.path().join("u.forum")).expect("demo");
        let mut h = crate::undo::History::default();
        let original = starts(&s);
        let a = s.read(|c| load(c, Lang::En)).expect("agenda");
        let session = a.sessions[0].id.clone();
        let last = a.sessions[0].items[6].id.clone();
        let first_speakers = a.sessions[0].items[1].speakers.clone();

        let step = || crate::undo::Label::new(crate::undo::Action::MoveItem);
        h.act(&mut s, step(), |tx| move_item(tx, &last, 1))
            .expect("move");
        assert_ne!(starts(&s), original);
        assert_eq!(h.undo(&mut s).expect("undo"), Some(step()));
        assert_eq!(starts(&s), original);
        h.redo(&mut s).expect("redo");
        assert_eq!(starts(&s)[0].0, "Group photo");
        h.undo(&mut s).expect("undo again");

        h.act(&mut s, step(), |tx| delete_session(tx, &session))
            .expect("delete");
        assert!(s
            .read(|c| load(c, Lang::En))
            .expect("agenda")
            .sessions
            .iter()
            .all(|x| x.id != session));
        h.undo(&mut s).expect("undo delete");
        assert_eq!(starts(&s), original);
        let a = s.read(|c| load(c, Lang::En)).expect("agenda");
        assert_eq!(
            a.sessions[0].items[1].speakers, first_speakers,
            "speakers come back"
        );

        let made = h
            .act(&mut s, step(), |tx| {
                save_session(tx, &session_form("2027-04-17T10:00"))
            })
            .expect("create");
        h.undo(&mut s).expect("undo create");
        assert!(s.read(|c| get_session(c, &made)).is_err());
        h.redo(&mut s).expect("redo create");
        assert_eq!(
            s.read(|c| get_session(c, &made)).expect("back").title.en,
            "Round table"
        );
    }
}
