//! The agenda as the organizer reads it: sessions with their running order,
//! every item's computed start and end, overruns and clashes.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::timing::{self, Booking, Clash, Slot};
use crate::error::Result;
use crate::model::{Interpretation, ItemKind, Lang, SessionKind};
use crate::store::localized;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct ScheduledItem {
    pub id: String,
    pub position: i64,
    pub kind: ItemKind,
    pub title: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub seconds: i64,
    pub language: String,
    pub interpretation: Interpretation,
    /// Speakers' names in the language asked for.
    pub speakers: Vec<String>,
    pub moderators: Vec<String>,
    /// Speakers' and moderators' positions (院士 / академик / Academician),
    /// in the same order as their names.
    pub speaker_titles: Vec<String>,
    pub moderator_titles: Vec<String>,
    pub stage_notes: String,
    pub tech_notes: String,
    /// Recorded in live mode.
    pub actual_start: Option<DateTime<Utc>>,
    pub actual_end: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct ScheduledSession {
    pub id: String,
    pub kind: SessionKind,
    pub title: String,
    pub hall: String,
    /// The moderator's name in the language asked for.
    pub moderator: Option<String>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub planned_minutes: Option<i64>,
    /// Seconds past the planned end.
    pub overrun: Option<i64>,
    pub items: Vec<ScheduledItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct Agenda {
    pub time_zone: String,
    pub sessions: Vec<ScheduledSession>,
    pub clashes: Vec<Clash>,
}

struct SessionRow {
    id: String,
    kind: SessionKind,
    title: String,
    start: Option<DateTime<Utc>>,
    planned: Option<i64>,
    hall: String,
    hall_id: Option<String>,
    moderator: Option<String>,
}

struct ItemRow {
    id: String,
    position: i64,
    kind: ItemKind,
    title: String,
    planned_seconds: i64,
    language: String,
    interpretation: Interpretation,
    duration_override: Option<i64>,
    stage_notes: String,
    tech_notes: String,
    actual_start: Option<DateTime<Utc>>,
    actual_end: Option<DateTime<Utc>>,
}

fn parse_utc(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// Names and positions in `lang` of the guests the agenda mentions (not the whole list).
fn speaker_names(conn: &Connection, lang: Lang) -> Result<HashMap<String, (String, String)>> {
    let mut st = conn.prepare(&format!(
        "SELECT id, {}, title_zh, title_ru, title_en
         FROM guest WHERE deleted_at IS NULL AND id IN (
             SELECT guest_id FROM item_person WHERE deleted_at IS NULL
             UNION SELECT moderator_guest_id FROM session WHERE deleted_at IS NULL)",
        crate::store::NAME_COLUMNS
    ))?;
    let rows = st.query_map([], |r| {
        let n = crate::store::name_parts(r, 1)?;
        let title = localized(r, 8)?.get(lang).to_string();
        Ok((r.get::<_, String>(0)?, (n.display(lang), title)))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The whole agenda, names and titles in `lang`.
pub fn load(conn: &Connection, lang: Lang) -> Result<Agenda> {
    let forum = crate::forum::get(conn)?;
    let names = speaker_names(conn, lang)?;
    // item → (guest, is moderator), in order
    let mut people: HashMap<String, Vec<(String, bool)>> = HashMap::new();
    {
        let mut st = conn.prepare(
            "SELECT item_id, guest_id, role FROM item_person WHERE deleted_at IS NULL
             ORDER BY item_id, position, id",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (item, guest, role) = row?;
            people
                .entry(item)
                .or_default()
                .push((guest, role == "moderator"));
        }
    }
    let mut st = conn.prepare(
        "SELECT s.id, s.kind, s.title_zh, s.title_ru, s.title_en, s.starts_at, s.planned_minutes,
                coalesce(h.name_zh, ''), coalesce(h.name_ru, ''), coalesce(h.name_en, ''), s.hall_id,
                s.moderator_guest_id
         FROM session s LEFT JOIN hall h ON h.id = s.hall_id
         WHERE s.deleted_at IS NULL ORDER BY s.starts_at, s.sort_order, s.id",
    )?;
    let sessions: Vec<SessionRow> = st
        .query_map([], |r| {
            Ok(SessionRow {
                id: r.get(0)?,
                kind: SessionKind::from_key(&r.get::<_, String>(1)?),
                title: localized(r, 2)?.get(lang).to_string(),
                start: parse_utc(&r.get::<_, String>(5)?),
                planned: r.get(6)?,
                hall: localized(r, 7)?.get(lang).to_string(),
                hall_id: r.get(10)?,
                moderator: r.get(11)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut items_st = conn.prepare(
        "SELECT id, position, kind, title_zh, title_ru, title_en, planned_seconds, language,
                interpretation, duration_override, stage_notes, tech_notes, actual_start, actual_end
         FROM item WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY position, id",
    )?;
    let mut out = Vec::new();
    let (mut session_bookings, mut item_bookings) = (Vec::new(), Vec::new());
    for SessionRow {
        id,
        kind,
        title,
        start,
        planned,
        hall,
        hall_id,
        moderator,
    } in sessions
    {
        let Some(start) = start else { continue };
        let rows: Vec<ItemRow> = items_st
            .query_map([&id], |r| {
                Ok(ItemRow {
                    id: r.get(0)?,
                    position: r.get(1)?,
                    kind: ItemKind::from_key(&r.get::<_, String>(2)?),
                    title: localized(r, 3)?.get(lang).to_string(),
                    planned_seconds: r.get(6)?,
                    language: r.get(7)?,
                    interpretation: Interpretation::from_key(&r.get::<_, String>(8)?),
                    duration_override: r.get(9)?,
                    stage_notes: r.get(10)?,
                    tech_notes: r.get(11)?,
                    actual_start: r
                        .get::<_, Option<String>>(12)?
                        .as_deref()
                        .and_then(parse_utc),
                    actual_end: r
                        .get::<_, Option<String>>(13)?
                        .as_deref()
                        .and_then(parse_utc),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let slots: Vec<Slot> = rows
            .iter()
            .map(|r| Slot {
                id: r.id.clone(),
                planned_seconds: r.planned_seconds,
                interpretation: r.interpretation,
                duration_override: r.duration_override,
            })
            .collect();
        let timed = timing::schedule(start, &slots);
        let end = timed.last().map_or(start, |t| t.end);
        let items: Vec<ScheduledItem> = rows
            .into_iter()
            .zip(timed.iter())
            .map(|(r, t)| {
                let linked = people.get(&r.id).map(Vec::as_slice).unwrap_or_default();
                let ids: Vec<String> = linked.iter().map(|(g, _)| g.clone()).collect();
                let named = |moderator: bool| -> (Vec<String>, Vec<String>) {
                    linked
                        .iter()
                        .filter(|(_, m)| *m == moderator)
                        .filter_map(|(g, _)| names.get(g).cloned())
                        .unzip()
                };
                let (speakers, speaker_titles) = named(false);
                let (moderators, moderator_titles) = named(true);
                item_bookings.push(Booking {
                    id: r.id.clone(),
                    hall: hall_id.clone(),
                    start: t.start,
                    end: t.end,
                    people: ids.clone(),
                });
                ScheduledItem {
                    speakers,
                    moderators,
                    speaker_titles,
                    moderator_titles,
                    stage_notes: r.stage_notes,
                    tech_notes: r.tech_notes,
                    actual_start: r.actual_start,
                    actual_end: r.actual_end,
                    id: r.id,
                    position: r.position,
                    kind: r.kind,
                    title: r.title,
                    start: t.start,
                    end: t.end,
                    seconds: t.seconds,
                    language: r.language,
                    interpretation: r.interpretation,
                }
            })
            .collect();
        let planned_end = planned.map_or(end, |m| start + chrono::Duration::minutes(m));
        session_bookings.push(Booking {
            id: id.clone(),
            hall: hall_id,
            start,
            end: end.max(planned_end),
            people: vec![],
        });
        out.push(ScheduledSession {
            overrun: timing::overrun(start, planned, &timed),
            id,
            kind,
            title,
            hall,
            moderator: moderator.and_then(|g| names.get(&g).map(|(n, _)| n.clone())),
            start,
            end,
            planned_minutes: planned,
            items,
        });
    }
    Ok(Agenda {
        time_zone: forum.time_zone,
        clashes: timing::clashes(&session_bookings, &item_bookings),
        sessions: out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_opening_ceremony_is_timed_from_its_start() {
        let d = tempfile::tempdir().expect("tmp");
        let s = crate::demo::create(&d.path().join("a.forum")).expect("demo");
        let a = s.read(|c| load(c, Lang::En)).expect("agenda");
        assert_eq!(a.time_zone, "Asia/Shanghai");
        let opening = &a.sessions[0];
        assert_eq!(opening.title, "Opening ceremony");
        let tz: chrono_tz::Tz = "Asia/Shanghai".parse().expect("tz");
        let at = |t: DateTime<Utc>| timing::local(t, tz).format("%H:%M").to_string();
        let starts: Vec<String> = opening.items.iter().map(|i| at(i.start)).collect();
        // 5 + 10 + 5 + 15 minutes, then a keynote in consecutive interpretation (2 × 15).
        assert_eq!(
            starts,
            ["09:30", "09:35", "09:45", "09:50", "10:05", "10:35", "10:45"]
        );
        assert_eq!(at(opening.end), "10:55");
        assert_eq!(opening.overrun, Some(10 * 60), "planned 75 minutes");
        assert_eq!(opening.items[1].speakers, ["Chen Linhao"]);
        assert_eq!(opening.items[3].speaker_titles.len(), 1);
        assert!(
            opening.items[3].speaker_titles[0].contains("Academician"),
            "{:?}",
            opening.items[3].speaker_titles
        );
        assert!(a.clashes.is_empty());
    }
}
