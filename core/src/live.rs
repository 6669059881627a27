//! Live mode: running a session item by item.
//!
//! Time comes from a [`Clock`]: a monotonic counter, read against one wall
//! clock reading taken when the run was loaded. Actual starts and ends are
//! written to the forum file as UTC, so a restart resumes the run from them.
//! Everything on screen is computed by [`Frame::at`] from the loaded run and
//! the current time — a pure function the tests drive with a fake clock.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::agenda::timing::effective_seconds;
use crate::error::{Error, Result};
use crate::ids::now as stamp;
use crate::model::{Interpretation, ItemKind, Lang, Localized};
use crate::store::localized;

/// Where time comes from.
pub trait Clock: Send + Sync {
    /// A counter that never goes back (not affected by clock changes).
    fn monotonic(&self) -> Duration;
    /// The calendar time, read once per run to anchor the counter.
    fn wall(&self) -> DateTime<Utc>;
}

/// The machine's clocks.
#[derive(Debug)]
pub struct SystemClock(Instant);

impl Default for SystemClock {
    fn default() -> Self {
        SystemClock(Instant::now())
    }
}

impl Clock for SystemClock {
    fn monotonic(&self) -> Duration {
        self.0.elapsed()
    }
    fn wall(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock the tests move by hand.
#[derive(Debug)]
pub struct FakeClock {
    mono: Mutex<Duration>,
    wall0: DateTime<Utc>,
}

impl FakeClock {
    pub fn new(wall: DateTime<Utc>) -> Self {
        FakeClock {
            mono: Mutex::new(Duration::ZERO),
            wall0: wall,
        }
    }

    pub fn advance(&self, seconds: u64) {
        let mut m = self.mono.lock().unwrap_or_else(|p| p.into_inner());
        *m += Duration::from_secs(seconds);
    }
}

impl Clock for FakeClock {
    fn monotonic(&self) -> Duration {
        *self.mono.lock().unwrap_or_else(|p| p.into_inner())
    }
    fn wall(&self) -> DateTime<Utc> {
        self.wall0 + chrono::Duration::from_std(self.monotonic()).unwrap_or_default()
    }
}

/// A running session: which one, and the clock anchor.
#[derive(Debug, Clone)]
pub struct Live {
    pub session_id: String,
    anchor_mono: Duration,
    anchor_wall: DateTime<Utc>,
}

fn fmt(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

fn parse(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

struct Row {
    id: String,
    actual_start: Option<DateTime<Utc>>,
    actual_end: Option<DateTime<Utc>>,
}

fn rows(conn: &Connection, session: &str) -> Result<Vec<Row>> {
    let mut st = conn.prepare(
        "SELECT id, actual_start, actual_end FROM item
         WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY position, id",
    )?;
    let rows = st.query_map([session], |r| {
        Ok(Row {
            id: r.get(0)?,
            actual_start: r.get::<_, Option<String>>(1)?.as_deref().and_then(parse),
            actual_end: r.get::<_, Option<String>>(2)?.as_deref().and_then(parse),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

struct State {
    item: Option<String>,
    paused_at: Option<DateTime<Utc>>,
}

fn state(conn: &Connection) -> Result<Option<(String, State)>> {
    Ok(conn
        .query_row(
            "SELECT session_id, item_id, paused_at FROM live_state WHERE id = 'live'",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    State {
                        item: r.get(1)?,
                        paused_at: r.get::<_, Option<String>>(2)?.as_deref().and_then(parse),
                    },
                ))
            },
        )
        .optional()?)
}

fn set_state(conn: &Connection, session: &str, item: Option<&str>) -> Result<()> {
    conn.execute(
        "INSERT INTO live_state (id, session_id, item_id, paused_at, updated_at)
         VALUES ('live', ?1, ?2, NULL, ?3)
         ON CONFLICT (id) DO UPDATE SET session_id = ?1, item_id = ?2, paused_at = NULL,
             updated_at = ?3",
        params![session, item, stamp()],
    )?;
    Ok(())
}

fn mark(conn: &Connection, item: &str, column: &str, at: Option<DateTime<Utc>>) -> Result<()> {
    // `column` is one of two names chosen in this module, never user text.
    let sql = format!("UPDATE item SET {column} = ?2, updated_at = ?3 WHERE id = ?1");
    conn.execute(&sql, params![item, at.map(fmt), stamp()])?;
    Ok(())
}

impl Live {
    fn anchored(session_id: String, clock: &dyn Clock) -> Live {
        Live {
            session_id,
            anchor_mono: clock.monotonic(),
            anchor_wall: clock.wall(),
        }
    }

    /// Now, by the monotonic counter.
    pub fn now(&self, clock: &dyn Clock) -> DateTime<Utc> {
        let since = clock.monotonic().saturating_sub(self.anchor_mono);
        self.anchor_wall + chrono::Duration::from_std(since).unwrap_or_default()
    }

    /// Starts running a session at its first unfinished item. A session run
    /// to its end starts over (its recorded times are cleared).
    pub fn start(conn: &Connection, clock: &dyn Clock, session: &str) -> Result<Live> {
        let items = rows(conn, session)?;
        if items.is_empty() {
            return Err(Error::LiveEmptySession);
        }
        if let Some((other, _)) = state(conn)? {
            if other != session {
                Live::anchored(other, clock).stop(conn, clock)?;
            }
        }
        let live = Live::anchored(session.to_string(), clock);
        let t = live.now(clock);
        let current = match items.iter().find(|r| r.actual_end.is_none()) {
            Some(r) => r,
            None => {
                conn.execute(
                    "UPDATE item SET actual_start = NULL, actual_end = NULL, extra_seconds = 0,
                        paused_seconds = 0, updated_at = ?2
                     WHERE session_id = ?1 AND deleted_at IS NULL",
                    params![session, stamp()],
                )?;
                &items[0]
            }
        };
        if current.actual_start.is_none() || items.iter().all(|r| r.actual_end.is_some()) {
            mark(conn, &current.id, "actual_start", Some(t))?;
        }
        set_state(conn, session, Some(&current.id))?;
        Ok(live)
    }

    /// The run recorded in the file, if any: after a restart the current
    /// item keeps counting from its recorded start.
    pub fn resume(conn: &Connection, clock: &dyn Clock) -> Result<Option<Live>> {
        Ok(state(conn)?.map(|(session, _)| Live::anchored(session, clock)))
    }

    fn current(&self, conn: &Connection) -> Result<(Vec<Row>, Option<usize>, State)> {
        let (session, st) = state(conn)?.ok_or(Error::LiveNotRunning)?;
        if session != self.session_id {
            return Err(Error::LiveNotRunning);
        }
        let items = rows(conn, &session)?;
        let at = st
            .item
            .as_ref()
            .and_then(|id| items.iter().position(|r| &r.id == id));
        Ok((items, at, st))
    }

    /// Ends the current item and starts the next (after the last one the
    /// session is over).
    pub fn next(&self, conn: &Connection, clock: &dyn Clock) -> Result<()> {
        let (items, at, st) = self.current(conn)?;
        let Some(i) = at else { return Ok(()) };
        let t = self.now(clock);
        self.unpause(conn, &items[i].id, &st, t)?;
        mark(conn, &items[i].id, "actual_end", Some(t))?;
        let next = items.get(i + 1).map(|r| r.id.as_str());
        if let Some(n) = next {
            mark(conn, n, "actual_start", Some(t))?;
            mark(conn, n, "actual_end", None)?;
        }
        set_state(conn, &self.session_id, next)
    }

    /// Goes back: the current item did not start after all; the previous one
    /// continues from its own start.
    pub fn previous(&self, conn: &Connection, clock: &dyn Clock) -> Result<()> {
        let (items, at, st) = self.current(conn)?;
        let t = self.now(clock);
        let back = match at {
            Some(0) => return Ok(()),
            Some(i) => {
                self.unpause(conn, &items[i].id, &st, t)?;
                mark(conn, &items[i].id, "actual_start", None)?;
                i - 1
            }
            None => items.len().saturating_sub(1),
        };
        mark(conn, &items[back].id, "actual_end", None)?;
        set_state(conn, &self.session_id, Some(&items[back].id))
    }

    fn unpause(&self, conn: &Connection, item: &str, st: &State, t: DateTime<Utc>) -> Result<()> {
        if let Some(p) = st.paused_at {
            conn.execute(
                "UPDATE item SET paused_seconds = paused_seconds + ?2, updated_at = ?3 WHERE id = ?1",
                params![item, (t - p).num_seconds().max(0), stamp()],
            )?;
        }
        Ok(())
    }

    /// Pauses the current item's countdown, or resumes it.
    pub fn toggle_pause(&self, conn: &Connection, clock: &dyn Clock) -> Result<()> {
        let (items, at, st) = self.current(conn)?;
        let Some(i) = at else { return Ok(()) };
        let t = self.now(clock);
        if st.paused_at.is_some() {
            self.unpause(conn, &items[i].id, &st, t)?;
            set_state(conn, &self.session_id, Some(&items[i].id))
        } else {
            conn.execute(
                "UPDATE live_state SET paused_at = ?1, updated_at = ?2 WHERE id = 'live'",
                params![fmt(t), stamp()],
            )?;
            Ok(())
        }
    }

    /// Gives the current item more (or less) time; its slot never goes below zero.
    pub fn adjust(&self, conn: &Connection, seconds: i64) -> Result<()> {
        let (items, at, _) = self.current(conn)?;
        let Some(i) = at else { return Ok(()) };
        conn.execute(
            "UPDATE item SET extra_seconds = max(extra_seconds + ?2,
                -coalesce(duration_override,
                    CASE interpretation WHEN 'consecutive' THEN 2 * planned_seconds
                         ELSE planned_seconds END)),
                updated_at = ?3
             WHERE id = ?1",
            params![items[i].id, seconds, stamp()],
        )?;
        Ok(())
    }

    /// Stops running: the current item ends now; the recorded times stay.
    pub fn stop(&self, conn: &Connection, clock: &dyn Clock) -> Result<()> {
        if let Ok((items, Some(i), st)) = self.current(conn) {
            let t = self.now(clock);
            self.unpause(conn, &items[i].id, &st, t)?;
            mark(conn, &items[i].id, "actual_end", Some(t))?;
        }
        conn.execute("DELETE FROM live_state WHERE id = 'live'", [])?;
        Ok(())
    }

    /// Stops a rehearsal: what it recorded (times, pauses, added minutes)
    /// is cleared from the session's items, so the real run starts afresh.
    pub fn stop_and_clear(&self, conn: &Connection) -> Result<()> {
        conn.execute(
            "UPDATE item SET actual_start = NULL, actual_end = NULL, paused_seconds = 0,
                    extra_seconds = 0, updated_at = ?2
             WHERE session_id = ?1 AND deleted_at IS NULL
               AND (actual_start IS NOT NULL OR actual_end IS NOT NULL
                    OR paused_seconds != 0 OR extra_seconds != 0)",
            params![self.session_id, stamp()],
        )?;
        conn.execute("DELETE FROM live_state WHERE id = 'live'", [])?;
        Ok(())
    }

    /// Everything the live screens need, read once; [`Frame::at`] turns it
    /// into a view for any moment.
    pub fn frame(&self, conn: &Connection, lang: Lang) -> Result<Frame> {
        let (_, st) = state(conn)?.ok_or(Error::LiveNotRunning)?;
        let (session_title, hall, start): (Localized, String, String) = conn
            .query_row(
                "SELECT s.title_zh, s.title_ru, s.title_en,
                        coalesce(h.name_zh, ''), coalesce(h.name_ru, ''), coalesce(h.name_en, ''),
                        s.starts_at
                 FROM session s LEFT JOIN hall h ON h.id = s.hall_id WHERE s.id = ?1",
                [&self.session_id],
                |r| {
                    Ok((
                        localized(r, 0)?,
                        localized(r, 3)?.get(lang).to_string(),
                        r.get(6)?,
                    ))
                },
            )
            .optional()?
            .ok_or(Error::LiveNotRunning)?;
        let mut st_items = conn.prepare(
            "SELECT id, kind, title_zh, title_ru, title_en, planned_seconds, interpretation,
                    duration_override, language, extra_seconds, paused_seconds, actual_start,
                    actual_end, stage_notes
             FROM item WHERE session_id = ?1 AND deleted_at IS NULL ORDER BY position, id",
        )?;
        let mut people = conn.prepare(&format!(
            "SELECT {}, g.preferred_language FROM item_person p JOIN guest g ON g.id = p.guest_id
             WHERE p.item_id = ?1 AND p.role = 'speaker' AND p.deleted_at IS NULL
               AND g.deleted_at IS NULL
             ORDER BY p.position, p.id",
            crate::store::NAME_COLUMNS
        ))?;
        let raw: Vec<(FrameItem, Localized, String)> = st_items
            .query_map([&self.session_id], |r| {
                let language: String = r.get(8)?;
                let planned = effective_seconds(
                    r.get(5)?,
                    Interpretation::from_key(&r.get::<_, String>(6)?),
                    r.get(7)?,
                );
                Ok((
                    FrameItem {
                        id: r.get(0)?,
                        kind: ItemKind::from_key(&r.get::<_, String>(1)?),
                        title: String::new(),
                        stage_title: String::new(),
                        language: language.clone(),
                        speakers: vec![],
                        stage_speakers: vec![],
                        planned_seconds: planned,
                        extra_seconds: r.get(9)?,
                        paused_seconds: r.get(10)?,
                        actual_start: r.get::<_, Option<String>>(11)?.as_deref().and_then(parse),
                        actual_end: r.get::<_, Option<String>>(12)?.as_deref().and_then(parse),
                        stage_notes: r.get(13)?,
                    },
                    localized(r, 2)?,
                    language,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut items = Vec::with_capacity(raw.len());
        for (mut item, title, language) in raw {
            let speakers: Vec<(crate::model::NameParts, Option<Lang>)> = people
                .query_map([&item.id], |r| {
                    Ok((
                        crate::store::name_parts(r, 0)?,
                        r.get::<_, String>(7)?.parse::<Lang>().ok(),
                    ))
                })?
                .collect::<rusqlite::Result<_>>()?;
            // The stage speaks the item's language; an item without one, its
            // first speaker's; only then the operator's.
            let stage_lang = language
                .parse::<Lang>()
                .ok()
                .or_else(|| speakers.first().and_then(|(_, l)| *l))
                .unwrap_or(lang);
            item.title = title.get(lang).to_string();
            item.stage_title = title.get(stage_lang).to_string();
            for (n, _) in &speakers {
                item.speakers.push(n.display(lang));
                item.stage_speakers.push(n.display(stage_lang));
            }
            items.push(item);
        }
        let current = st
            .item
            .as_ref()
            .and_then(|id| items.iter().position(|i| &i.id == id));
        Ok(Frame {
            session_id: self.session_id.clone(),
            session_title: session_title.get(lang).to_string(),
            hall,
            scheduled_start: parse(&start).unwrap_or(self.anchor_wall),
            current,
            paused_at: st.paused_at,
            items,
        })
    }
}

/// One item as live mode knows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct FrameItem {
    pub id: String,
    pub kind: ItemKind,
    /// In the interface language.
    pub title: String,
    /// In the language the item is spoken in (for the stage screen).
    pub stage_title: String,
    /// `zh-CN`, `ru`, `en` or empty.
    pub language: String,
    pub speakers: Vec<String>,
    pub stage_speakers: Vec<String>,
    /// The planned slot (interpretation included).
    pub planned_seconds: i64,
    /// Added (or taken) by the operator.
    pub extra_seconds: i64,
    pub paused_seconds: i64,
    pub actual_start: Option<DateTime<Utc>>,
    pub actual_end: Option<DateTime<Utc>>,
    pub stage_notes: String,
}

impl FrameItem {
    pub fn slot(&self) -> i64 {
        (self.planned_seconds + self.extra_seconds).max(0)
    }
}

/// A loaded run.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub session_id: String,
    pub session_title: String,
    pub hall: String,
    pub scheduled_start: DateTime<Utc>,
    pub current: Option<usize>,
    pub paused_at: Option<DateTime<Utc>>,
    pub items: Vec<FrameItem>,
}

/// A run starting this far from the scheduled start is a rehearsal.
const REHEARSAL_HOURS: i64 = 6;

/// What the live screens show at one moment.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct LiveView {
    pub session_id: String,
    pub session_title: String,
    pub hall: String,
    pub now: DateTime<Utc>,
    /// Index of the current item; `None` when the session is over.
    pub index: Option<usize>,
    pub count: usize,
    pub current: Option<FrameItem>,
    pub next: Option<FrameItem>,
    pub paused: bool,
    /// Seconds the current item has run (pauses not counted).
    pub elapsed: i64,
    /// Seconds left; negative once the item overruns.
    pub remaining: i64,
    pub overrun: bool,
    /// The run is far from the session's scheduled start (a rehearsal):
    /// the plan is then counted from the run's own first start.
    pub rehearsal: bool,
    /// When the session ends by the plan, and by the pace so far.
    pub planned_end: DateTime<Utc>,
    pub projected_end: DateTime<Utc>,
    /// Seconds the session runs late (negative: early).
    pub delay: i64,
}

impl Frame {
    /// The view at `now`.
    pub fn at(&self, now: DateTime<Utc>) -> LiveView {
        let began = self.items.iter().filter_map(|i| i.actual_start).min();
        let rehearsal =
            began.is_some_and(|b| (b - self.scheduled_start).num_hours().abs() >= REHEARSAL_HOURS);
        let base = match began {
            Some(b) if rehearsal => b,
            _ => self.scheduled_start,
        };
        let planned_end =
            base + chrono::Duration::seconds(self.items.iter().map(|i| i.planned_seconds).sum());
        let current = self.current.map(|i| &self.items[i]);
        let (elapsed, remaining, projected_end) = match current {
            Some(c) => {
                let until = self.paused_at.unwrap_or(now);
                let elapsed = c
                    .actual_start
                    .map_or(0, |s| (until - s).num_seconds() - c.paused_seconds)
                    .max(0);
                let remaining = c.slot() - elapsed;
                let rest: i64 = self.items[self.current.unwrap_or(0) + 1..]
                    .iter()
                    .map(FrameItem::slot)
                    .sum();
                (
                    elapsed,
                    remaining,
                    now + chrono::Duration::seconds(remaining.max(0) + rest),
                )
            }
            None => {
                let end = self
                    .items
                    .iter()
                    .filter_map(|i| i.actual_end)
                    .max()
                    .unwrap_or(now);
                (0, 0, end)
            }
        };
        LiveView {
            session_id: self.session_id.clone(),
            session_title: self.session_title.clone(),
            hall: self.hall.clone(),
            now,
            index: self.current,
            count: self.items.len(),
            current: current.cloned(),
            next: self.current.and_then(|i| self.items.get(i + 1)).cloned(),
            paused: self.paused_at.is_some(),
            rehearsal,
            elapsed,
            remaining,
            overrun: remaining < 0,
            planned_end,
            projected_end,
            delay: (projected_end - planned_end).num_seconds(),
        }
    }
}

/// What the operator can do to a running session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum LiveAction {
    Next,
    Previous,
    Pause,
    Adjust {
        seconds: i64,
    },
    Stop,
    /// Stop a rehearsal and clear what it recorded.
    StopAndClear,
}

impl crate::OpenForum {
    /// Picks up a run recorded in the file (after a restart).
    pub fn resume_live(&mut self, clock: &dyn Clock) -> Result<()> {
        self.live = self.store.read(|c| Live::resume(c, clock))?;
        Ok(())
    }

    pub fn start_live(&mut self, clock: &dyn Clock, session: &str) -> Result<()> {
        let live = self.store.write(|tx| Live::start(tx, clock, session))?;
        self.live = Some(live);
        Ok(())
    }

    pub fn act_live(&mut self, clock: &dyn Clock, action: LiveAction) -> Result<()> {
        let live = self.live.clone().ok_or(Error::LiveNotRunning)?;
        self.store.write(|tx| match action {
            LiveAction::Next => live.next(tx, clock),
            LiveAction::Previous => live.previous(tx, clock),
            LiveAction::Pause => live.toggle_pause(tx, clock),
            LiveAction::Adjust { seconds } => live.adjust(tx, seconds),
            LiveAction::Stop => live.stop(tx, clock),
            LiveAction::StopAndClear => live.stop_and_clear(tx),
        })?;
        if matches!(action, LiveAction::Stop | LiveAction::StopAndClear) {
            self.live = None;
        }
        Ok(())
    }

    /// The live screens now; `None` when no session is running.
    pub fn live_view(&self, clock: &dyn Clock, lang: Lang) -> Result<Option<LiveView>> {
        let Some(live) = &self.live else {
            return Ok(None);
        };
        match self.store.read(|c| live.frame(c, lang)) {
            Ok(frame) => Ok(Some(frame.at(live.now(clock)))),
            // The session was deleted or stopped elsewhere.
            Err(Error::LiveNotRunning) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests;
