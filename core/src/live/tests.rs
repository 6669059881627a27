use super::*;
use crate::agenda::schedule::load;
use crate::store::Store;

struct Run {
    _dir: tempfile::TempDir,
    store: Store,
    session: String,
    start: DateTime<Utc>,
    items: Vec<String>,
}

/// The demo forum, its opening ceremony (7 items, the first 5 minutes long)
/// and a clock standing at the ceremony's planned start.
fn demo() -> Run {
    let dir = tempfile::tempdir().expect("tmp");
    let store = crate::demo::create(&dir.path().join("live.forum")).expect("demo");
    let a = store.read(|c| load(c, Lang::En)).expect("agenda");
    let s = &a.sessions[0];
    Run {
        session: s.id.clone(),
        start: s.start,
        items: s.items.iter().map(|i| i.id.clone()).collect(),
        store,
        _dir: dir,
    }
}

fn start(r: &mut Run, clock: &FakeClock) -> Live {
    let session = r.session.clone();
    r.store
        .write(|tx| Live::start(tx, clock, &session))
        .expect("start")
}

fn view(r: &Run, live: &Live, clock: &FakeClock) -> LiveView {
    r.store
        .read(|c| live.frame(c, Lang::En))
        .expect("frame")
        .at(live.now(clock))
}

fn actual(r: &Run, item: &str) -> (Option<String>, Option<String>) {
    r.store
        .read(|c| {
            Ok(c.query_row(
                "SELECT actual_start, actual_end FROM item WHERE id = ?1",
                [item],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?)
        })
        .expect("item")
}

#[test]
fn start_counts_down_overruns_and_next_records_the_times() {
    let mut r = demo();
    let clock = FakeClock::new(r.start);
    let live = start(&mut r, &clock);
    let v = view(&r, &live, &clock);
    assert_eq!(v.index, Some(0));
    assert_eq!(v.count, 7);
    assert_eq!((v.elapsed, v.remaining, v.overrun), (0, 300, false));
    assert_eq!(v.delay, 0, "on time at the planned start");
    assert_eq!(
        v.next.as_ref().map(|n| n.speakers.clone()),
        Some(vec!["Chen Linhao".to_string()])
    );

    clock.advance(100);
    let v = view(&r, &live, &clock);
    assert_eq!((v.elapsed, v.remaining), (100, 200));
    assert_eq!(v.delay, 0);

    clock.advance(250);
    let v = view(&r, &live, &clock);
    assert_eq!((v.elapsed, v.remaining, v.overrun), (350, -50, true));
    assert_eq!(v.delay, 50, "the overrun is carried forward");

    r.store.write(|tx| live.next(tx, &clock)).expect("next");
    let v = view(&r, &live, &clock);
    assert_eq!(v.index, Some(1));
    assert_eq!((v.elapsed, v.remaining), (0, 600));
    assert_eq!(
        v.current.as_ref().map(|c| c.speakers.clone()),
        Some(vec!["Chen Linhao".to_string()])
    );
    let (s0, e0) = actual(&r, &r.items[0]);
    assert_eq!(s0.as_deref(), Some("2027-04-16T01:30:00.000Z"));
    assert_eq!(e0.as_deref(), Some("2027-04-16T01:35:50.000Z"));
    assert_eq!(
        actual(&r, &r.items[1]).0,
        e0,
        "the next item starts as one ends"
    );
}

#[test]
fn pause_and_minutes_change_the_countdown_not_the_elapsed_time() {
    let mut r = demo();
    let clock = FakeClock::new(r.start);
    let live = start(&mut r, &clock);
    clock.advance(30);
    r.store
        .write(|tx| live.toggle_pause(tx, &clock))
        .expect("pause");
    clock.advance(60);
    let v = view(&r, &live, &clock);
    assert!(v.paused);
    assert_eq!(v.elapsed, 30, "paused time is not speaking time");
    assert_eq!(v.delay, 60, "but it delays the session");
    r.store
        .write(|tx| live.toggle_pause(tx, &clock))
        .expect("resume");
    clock.advance(10);
    let v = view(&r, &live, &clock);
    assert!(!v.paused);
    assert_eq!((v.elapsed, v.remaining), (40, 260));

    r.store.write(|tx| live.adjust(tx, 60)).expect("+1");
    assert_eq!(view(&r, &live, &clock).remaining, 320);
    r.store.write(|tx| live.adjust(tx, -3600)).expect("-60");
    let v = view(&r, &live, &clock);
    assert_eq!(
        v.current.as_ref().map(FrameItem::slot),
        Some(0),
        "never below zero"
    );
    assert_eq!((v.remaining, v.overrun), (-40, true));
    r.store.write(|tx| live.next(tx, &clock)).expect("next");
    let paused: i64 = r
        .store
        .read(|c| {
            Ok(c.query_row(
                "SELECT paused_seconds FROM item WHERE id = ?1",
                [&r.items[0]],
                |row| row.get(0),
            )?)
        })
        .expect("paused");
    assert_eq!(paused, 60);
}

#[test]
fn previous_resumes_the_item_before_and_unstarts_the_current_one() {
    let mut r = demo();
    let clock = FakeClock::new(r.start);
    let live = start(&mut r, &clock);
    clock.advance(200);
    r.store.write(|tx| live.next(tx, &clock)).expect("next");
    clock.advance(5);
    r.store.write(|tx| live.previous(tx, &clock)).expect("back");
    let v = view(&r, &live, &clock);
    assert_eq!(v.index, Some(0));
    assert_eq!(v.elapsed, 205, "the first item goes on from its own start");
    assert_eq!(actual(&r, &r.items[0]).1, None);
    assert_eq!(actual(&r, &r.items[1]), (None, None));
    r.store
        .write(|tx| live.previous(tx, &clock))
        .expect("back at the first");
    assert_eq!(view(&r, &live, &clock).index, Some(0));
}

#[test]
fn a_restart_resumes_from_the_recorded_start() {
    let mut r = demo();
    let clock = FakeClock::new(r.start);
    let live = start(&mut r, &clock);
    clock.advance(90);
    drop(live);
    let path = r.store.path().to_path_buf();
    r.store.close().expect("close");
    r.store = Store::open(&path).expect("reopen");

    // The app comes back 30 seconds later with a fresh monotonic counter.
    let later = FakeClock::new(r.start + chrono::Duration::seconds(120));
    let live = r
        .store
        .read(|c| Live::resume(c, &later))
        .expect("resume")
        .expect("a run is recorded");
    assert_eq!(live.session_id, r.session);
    let v = view(&r, &live, &later);
    assert_eq!((v.index, v.elapsed, v.remaining), (Some(0), 120, 180));
    later.advance(10);
    assert_eq!(view(&r, &live, &later).elapsed, 130);
}

#[test]
fn the_end_of_the_session_then_stop_keeps_the_record_and_a_new_run_starts_over() {
    let mut r = demo();
    let clock = FakeClock::new(r.start);
    let live = start(&mut r, &clock);
    for _ in 0..7 {
        clock.advance(60);
        r.store.write(|tx| live.next(tx, &clock)).expect("next");
    }
    let v = view(&r, &live, &clock);
    assert_eq!((v.index, v.current.is_none()), (None, true));
    assert_eq!(v.projected_end, r.start + chrono::Duration::seconds(7 * 60));
    assert!(v.delay < 0, "seven one-minute items finish early");
    r.store
        .write(|tx| live.next(tx, &clock))
        .expect("next after the end is harmless");
    r.store.write(|tx| live.stop(tx, &clock)).expect("stop");
    assert!(r
        .store
        .read(|c| Live::resume(c, &clock))
        .expect("resume")
        .is_none());
    assert!(
        actual(&r, &r.items[6]).1.is_some(),
        "recorded times are kept"
    );
    assert!(matches!(
        r.store.read(|c| live.frame(c, Lang::En)),
        Err(Error::LiveNotRunning)
    ));

    clock.advance(60);
    let again = r
        .store
        .write(|tx| Live::start(tx, &clock, &r.session))
        .expect("start again");
    let v = view(&r, &again, &clock);
    assert_eq!((v.index, v.elapsed), (Some(0), 0));
    assert_eq!(
        actual(&r, &r.items[6]),
        (None, None),
        "a new run clears the old record"
    );
}

#[test]
fn starting_another_session_ends_the_running_one_and_empty_sessions_refuse() {
    let mut r = demo();
    let clock = FakeClock::new(r.start);
    let live = start(&mut r, &clock);
    clock.advance(42);
    let empty = r
        .store
        .write(|tx| {
            crate::agenda::edit::save_session(
                tx,
                &crate::agenda::edit::SessionForm {
                    id: None,
                    kind: crate::model::SessionKind::Press,
                    title: Localized::new("", "", "Press"),
                    hall_id: None,
                    new_hall: None,
                    start_local: "2027-04-16T15:00".into(),
                    planned_minutes: Some(30),
                    moderator_id: None,
                },
            )
        })
        .expect("session");
    assert!(matches!(
        r.store.write(|tx| Live::start(tx, &clock, &empty)),
        Err(Error::LiveEmptySession)
    ));
    let other = r
        .store
        .read(|c| load(c, Lang::En))
        .expect("agenda")
        .sessions[1]
        .id
        .clone();
    r.store
        .write(|tx| {
            crate::agenda::edit::insert_item(
                tx,
                &other,
                1,
                &crate::agenda::edit::NewItem {
                    kind: ItemKind::Speech,
                    title: Localized::new("", "", "Toast"),
                    minutes: 5,
                    language: "ru".into(),
                    interpretation: Interpretation::Consecutive,
                },
            )
        })
        .expect("item");
    let second = r
        .store
        .write(|tx| Live::start(tx, &clock, &other))
        .expect("start the other");
    assert!(matches!(
        r.store.write(|tx| live.next(tx, &clock)),
        Err(Error::LiveNotRunning)
    ));
    assert_eq!(
        actual(&r, &r.items[0]).1.as_deref(),
        Some("2027-04-16T01:30:42.000Z")
    );
    let v = view(&r, &second, &clock);
    let toast = v.current.expect("current");
    assert_eq!(
        toast.planned_seconds, 600,
        "consecutive interpretation doubles"
    );
    assert_eq!(toast.language, "ru");
}

#[test]
fn a_rehearsal_on_another_day_is_measured_from_its_own_start() {
    let mut r = demo();
    let day_before = r.start - chrono::Duration::days(1);
    let clock = FakeClock::new(day_before);
    let live = start(&mut r, &clock);
    let v = view(&r, &live, &clock);
    assert!(v.rehearsal);
    assert_eq!(v.delay, 0);
    assert_eq!(v.planned_end, day_before + chrono::Duration::minutes(85));
    clock.advance(360);
    assert_eq!(view(&r, &live, &clock).delay, 60, "one minute over");

    // On the day, a late start counts as delay.
    let late = r.start + chrono::Duration::minutes(10);
    let clock = FakeClock::new(late);
    r.store.write(|tx| live.stop(tx, &clock)).expect("stop");
    r.store
        .write(|tx| {
            tx.execute(
                "UPDATE item SET actual_start = NULL, actual_end = NULL WHERE session_id = ?1",
                [&r.session],
            )?;
            Ok(())
        })
        .expect("clear");
    let live = r
        .store
        .write(|tx| Live::start(tx, &clock, &r.session))
        .expect("start on the day");
    let v = view(&r, &live, &clock);
    assert!(!v.rehearsal);
    assert_eq!(v.delay, 600, "ten minutes late");
}

#[test]
fn the_stage_speaks_the_first_speakers_language_when_the_item_names_none() {
    let mut r = demo();
    let clock = FakeClock::new(r.start);
    let live = start(&mut r, &clock);
    let frame = r.store.read(|c| live.frame(c, Lang::En)).expect("frame");
    // The signing has no language; its first speaker, Chen Linhao, speaks Chinese.
    let signing = frame
        .items
        .iter()
        .find(|i| i.kind == ItemKind::Signing)
        .expect("the signing");
    assert_eq!(signing.language, "");
    assert_eq!(signing.title, "Signing of cooperation agreements");
    assert_eq!(signing.stage_title, "合作协议签约");
    assert_eq!(
        signing.stage_speakers.first().map(String::as_str),
        Some("陈林浩")
    );
    // The photo has neither language nor speakers: the operator's language.
    let photo = frame
        .items
        .iter()
        .find(|i| i.kind == ItemKind::Photo)
        .expect("the photo");
    assert_eq!(photo.stage_title, "Group photo");
}

#[test]
fn stopping_a_rehearsal_can_clear_what_it_recorded() {
    let mut r = demo();
    let clock = FakeClock::new(r.start - chrono::Duration::days(2));
    let live = start(&mut r, &clock);
    clock.advance(90);
    r.store
        .write(|tx| live.adjust(tx, 60))
        .expect("a minute more");
    r.store.write(|tx| live.next(tx, &clock)).expect("next");
    clock.advance(30);
    r.store
        .write(|tx| live.toggle_pause(tx, &clock))
        .expect("pause");
    clock.advance(20);
    assert!(
        actual(&r, &r.items[0]).1.is_some(),
        "the rehearsal recorded times"
    );
    r.store
        .write(|tx| live.stop_and_clear(tx))
        .expect("stop and clear");
    for id in &r.items {
        assert_eq!(actual(&r, id), (None, None), "{id}");
    }
    let (extra, paused): (i64, i64) = r
        .store
        .read(|c| {
            Ok(c.query_row(
                "SELECT sum(extra_seconds), sum(paused_seconds) FROM item WHERE session_id = ?1",
                [&r.session],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?)
        })
        .expect("sums");
    assert_eq!((extra, paused), (0, 0));
    assert!(
        r.store.read(state).expect("state").is_none(),
        "nothing runs"
    );
}
