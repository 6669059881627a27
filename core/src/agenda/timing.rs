//! Running-order arithmetic: start times from the session start and the
//! durations, interpretation, overruns, and clashes between sessions.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use serde::Serialize;

use crate::model::Interpretation;

/// How long an item takes: consecutive interpretation doubles the speaking
/// time (simultaneous does not), unless the organizer set a duration.
pub fn effective_seconds(
    planned: i64,
    interpretation: Interpretation,
    overridden: Option<i64>,
) -> i64 {
    if let Some(o) = overridden {
        return o.max(0);
    }
    let planned = planned.max(0);
    match interpretation {
        Interpretation::Consecutive => planned * 2,
        Interpretation::None | Interpretation::Simultaneous => planned,
    }
}

/// One item of a running order, as `schedule` needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    pub id: String,
    pub planned_seconds: i64,
    pub interpretation: Interpretation,
    pub duration_override: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct Timed {
    pub id: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub seconds: i64,
}

/// Start and end of every item, one after the other from `start`.
pub fn schedule(start: DateTime<Utc>, items: &[Slot]) -> Vec<Timed> {
    let mut at = start;
    items
        .iter()
        .map(|i| {
            let seconds =
                effective_seconds(i.planned_seconds, i.interpretation, i.duration_override);
            let end = at + Duration::seconds(seconds);
            let t = Timed {
                id: i.id.clone(),
                start: at,
                end,
                seconds,
            };
            at = end;
            t
        })
        .collect()
}

/// Seconds past the planned session end (`None`: no planned length or no overrun).
pub fn overrun(start: DateTime<Utc>, planned_minutes: Option<i64>, timed: &[Timed]) -> Option<i64> {
    let planned_end = start + Duration::minutes(planned_minutes?);
    let end = timed.last().map_or(start, |t| t.end);
    let over = (end - planned_end).num_seconds();
    (over > 0).then_some(over)
}

/// A UTC time as the forum's wall clock shows it.
pub fn local(t: DateTime<Utc>, tz: chrono_tz::Tz) -> NaiveDateTime {
    tz.from_utc_datetime(&t.naive_utc()).naive_local()
}

/// One event on the calendar for clash checks.
#[derive(Debug, Clone, PartialEq)]
pub struct Booking {
    /// The session or item.
    pub id: String,
    pub hall: Option<String>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// Guests speaking or moderating.
    pub people: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Clash {
    /// Two sessions in one hall at once.
    Hall { hall: String, a: String, b: String },
    /// One person expected in two places at once.
    Person { guest: String, a: String, b: String },
}

fn overlaps(a: &Booking, b: &Booking) -> bool {
    a.start < b.end && b.start < a.end
}

/// Hall clashes among `sessions`, person clashes among `items` in
/// different halls (the same person twice in one hall is a panel, not a clash).
pub fn clashes(sessions: &[Booking], items: &[Booking]) -> Vec<Clash> {
    let mut out = Vec::new();
    for (i, a) in sessions.iter().enumerate() {
        for b in &sessions[i + 1..] {
            if let (Some(ha), Some(hb)) = (&a.hall, &b.hall) {
                if ha == hb && overlaps(a, b) {
                    out.push(Clash::Hall {
                        hall: ha.clone(),
                        a: a.id.clone(),
                        b: b.id.clone(),
                    });
                }
            }
        }
    }
    for (i, a) in items.iter().enumerate() {
        for b in &items[i + 1..] {
            if a.hall == b.hall || !overlaps(a, b) {
                continue;
            }
            for p in a.people.iter().filter(|p| b.people.contains(p)) {
                out.push(Clash::Person {
                    guest: p.clone(),
                    a: a.id.clone(),
                    b: b.id.clone(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn slot(id: &str, minutes: i64, interpretation: Interpretation) -> Slot {
        Slot {
            id: id.into(),
            planned_seconds: minutes * 60,
            interpretation,
            duration_override: None,
        }
    }

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.from_utc_datetime(
            &NaiveDate::from_ymd_opt(y, m, d)
                .and_then(|d| d.and_hms_opt(h, min, 0))
                .expect("valid time"),
        )
    }

    #[test]
    fn consecutive_interpretation_doubles_unless_overridden() {
        assert_eq!(
            effective_seconds(600, Interpretation::Consecutive, None),
            1200
        );
        assert_eq!(
            effective_seconds(600, Interpretation::Simultaneous, None),
            600
        );
        assert_eq!(
            effective_seconds(600, Interpretation::Consecutive, Some(900)),
            900
        );
        assert_eq!(effective_seconds(-5, Interpretation::None, None), 0);
    }

    #[test]
    fn times_follow_order_and_recompute_on_reorder_insert_delete() {
        let start = utc(2027, 4, 16, 1, 30); // 09:30 in Shenzhen
        let mut items = vec![
            slot("a", 5, Interpretation::None),
            slot("b", 10, Interpretation::Consecutive),
            slot("c", 15, Interpretation::Simultaneous),
        ];
        let t = schedule(start, &items);
        assert_eq!(t[1].start, utc(2027, 4, 16, 1, 35));
        assert_eq!(t[2].start, utc(2027, 4, 16, 1, 55), "b takes 20 minutes");
        items.swap(0, 2);
        let t = schedule(start, &items);
        assert_eq!(
            (t[0].id.as_str(), t[1].start),
            ("c", utc(2027, 4, 16, 1, 45))
        );
        items.insert(1, slot("new", 7, Interpretation::None));
        let t = schedule(start, &items);
        assert_eq!(t[2].start, utc(2027, 4, 16, 1, 52));
        items.remove(0);
        let t = schedule(start, &items);
        assert_eq!(t[0].id, "new");
        assert_eq!(t.last().map(|x| x.end), Some(utc(2027, 4, 16, 2, 2)));
    }

    #[test]
    fn overruns_and_midnight_in_the_forums_time_zone() {
        let tz: chrono_tz::Tz = "Asia/Shanghai".parse().expect("tz");
        // A banquet starting at 23:30 local runs past midnight.
        let start = utc(2027, 4, 16, 15, 30);
        let items = vec![
            slot("toast", 20, Interpretation::None),
            slot("music", 40, Interpretation::None),
        ];
        let t = schedule(start, &items);
        assert_eq!(local(t[1].start, tz).to_string(), "2027-04-16 23:50:00");
        assert_eq!(local(t[1].end, tz).to_string(), "2027-04-17 00:30:00");
        assert_eq!(overrun(start, Some(45), &t), Some(15 * 60));
        assert_eq!(overrun(start, Some(90), &t), None);
        // The same instants read in Moscow when the forum moves its time zone.
        let msk: chrono_tz::Tz = "Europe/Moscow".parse().expect("tz");
        assert_eq!(local(t[1].end, msk).to_string(), "2027-04-16 19:30:00");
    }

    #[test]
    fn a_daylight_saving_change_keeps_durations() {
        // Berlin springs forward at 02:00 on 2027-03-28: 01:30 + 60 min = 03:30 local.
        let tz: chrono_tz::Tz = "Europe/Berlin".parse().expect("tz");
        let start = tz
            .with_ymd_and_hms(2027, 3, 28, 1, 30, 0)
            .single()
            .expect("exists")
            .with_timezone(&Utc);
        let t = schedule(start, &[slot("x", 60, Interpretation::None)]);
        assert_eq!(local(t[0].end, tz).to_string(), "2027-03-28 03:30:00");
    }

    #[test]
    fn halls_and_people_double_booked() {
        let b = |id: &str, hall: &str, h0: u32, h1: u32, people: &[&str]| Booking {
            id: id.into(),
            hall: Some(hall.into()),
            start: utc(2027, 4, 16, h0, 0),
            end: utc(2027, 4, 16, h1, 0),
            people: people.iter().map(|p| (*p).to_string()).collect(),
        };
        let sessions = [
            b("s1", "main", 1, 3, &[]),
            b("s2", "main", 2, 4, &[]),
            b("s3", "small", 2, 4, &[]),
        ];
        let items = [
            b("i1", "main", 1, 2, &["zhang"]),
            b("i2", "small", 1, 2, &["zhang"]),
            b("i3", "main", 1, 2, &["zhang"]),
            b("i4", "small", 2, 3, &["semin"]),
        ];
        let c = clashes(&sessions, &items);
        assert!(c.contains(&Clash::Hall {
            hall: "main".into(),
            a: "s1".into(),
            b: "s2".into()
        }));
        assert!(c.contains(&Clash::Person {
            guest: "zhang".into(),
            a: "i1".into(),
            b: "i2".into()
        }));
        assert!(!c
            .iter()
            .any(|x| matches!(x, Clash::Person { a, b, .. } if a == "i1" && b == "i3")));
        assert_eq!(c.len(), 3, "{c:?}");
    }
}
