use super::*;
use crate::demo;
use crate::model::Lang;
use crate::store::Store;

fn demo_store() -> (tempfile::TempDir, Store) {
    let d = tempfile::tempdir().expect("tmp");
    let s = demo::create(&d.path().join("s.forum")).expect("demo");
    (d, s)
}

fn seat_of<'a>(lines: &'a [SeatLine], guest: &str) -> Option<&'a SeatLine> {
    lines.iter().find(|l| l.guest == guest)
}

#[test]
fn the_demo_banquet_puts_the_principal_russian_guest_on_the_hosts_right() {
    let (_d, mut s) = demo_store();
    let plan = s.read(|c| find_plan(c, "Welcome banquet")).expect("plan");
    s.write(|tx| auto_seat(tx, &plan)).expect("auto");
    let lines = s.read(|c| listing(c, &plan, Lang::En)).expect("listing");
    let host = seat_of(&lines, "Chen Linhao").expect("host seated");
    assert_eq!((host.table.as_str(), host.seat, host.honour), ("1", 1, 1));
    let semin = seat_of(&lines, "Semin Alexey").expect("principal guest seated");
    // Ten seats numbered clockwise from the host at the top: the host faces
    // the entrance, so the host's right is seat 10.
    assert_eq!((semin.table.as_str(), semin.seat), ("1", 10));
    let co_host = seat_of(&lines, "Zhang Pingwen").expect("co-host");
    assert_eq!(co_host.seat, 6, "opposite the host");
}

#[test]
fn auto_seating_is_deterministic() {
    let (_d, mut s) = demo_store();
    let plan = s.read(|c| find_plan(c, "Welcome banquet")).expect("plan");
    let a = s.write(|tx| auto_seat(tx, &plan)).expect("auto");
    let b = s.write(|tx| auto_seat(tx, &plan)).expect("auto");
    assert_eq!(a, b);
}

#[test]
fn bilateral_talks_put_each_delegation_on_its_side_heads_in_the_middle() {
    let (_d, mut s) = demo_store();
    let plan = s.read(|c| find_plan(c, "Bilateral talks")).expect("plan");
    s.write(|tx| auto_seat(tx, &plan)).expect("auto");
    let lines = s.read(|c| listing(c, &plan, Lang::En)).expect("listing");
    for l in lines.iter().filter(|l| l.guest_id.is_some()) {
        let russian = l.delegation == "Russian delegation";
        assert_eq!(l.side == Some(Side::Guest), russian, "{l:?}");
    }
    let semin = seat_of(&lines, "Semin Alexey").expect("head of the guests");
    let chen = seat_of(&lines, "Chen Linhao").expect("head of the hosts");
    assert_eq!((semin.honour, chen.honour), (1, 1));
    // Four a side: the heads sit in the middle, opposite each other.
    assert!([2, 3].contains(&semin.seat), "{semin:?}");
    assert!([6, 7].contains(&chen.seat), "{chen:?}");
}

#[test]
fn templates_rank_seats_in_both_honour_modes() {
    for (side, head_right) in [(HonourSide::Right, 10), (HonourSide::Left, 2)] {
        let (_, _, tables) = layout(
            Template::Banquet {
                tables: 3,
                seats: 10,
            },
            side,
        );
        let head = &tables[0];
        let best: Vec<u32> = {
            let mut v: Vec<&NewSeat> = head.seats.iter().collect();
            v.sort_by_key(|s| s.honour);
            v.iter().map(|s| s.number).collect()
        };
        assert_eq!(&best[..3], &[1, 6, head_right], "{side:?}");
        // The host's seat is at the top of the table.
        let host = head
            .seats
            .iter()
            .find(|s| s.honour == 1)
            .expect("host seat");
        assert!(host.y < head.y);
    }
    let (_, _, p) = layout(Template::Presidium { seats: 5 }, HonourSide::Right);
    let centre = p[0].seats.iter().find(|s| s.honour == 1).expect("centre");
    assert_eq!(centre.number, 3);
    let (_, _, rows) = layout(Template::Plenary { rows: 2, seats: 8 }, HonourSide::Right);
    let first = rows[0].seats.iter().find(|s| s.honour == 1).expect("best");
    assert_eq!(
        (rows[0].rank, first.number),
        (1, 5),
        "right of the centre aisle"
    );
}

#[test]
fn conflicts_show_declined_guests_and_empty_head_seats() {
    let (_d, mut s) = demo_store();
    let plan = s.read(|c| find_plan(c, "Welcome banquet")).expect("plan");
    s.write(|tx| auto_seat(tx, &plan)).expect("auto");
    let lines = s.read(|c| listing(c, &plan, Lang::En)).expect("listing");
    let semin = seat_of(&lines, "Semin Alexey")
        .expect("seated")
        .guest_id
        .clone();
    let semin = semin.expect("id");
    s.write(|tx| guests::set_status(tx, std::slice::from_ref(&semin), Status::Declined, ""))
        .expect("decline");
    let found = s.read(|c| conflicts::find(c, &plan)).expect("conflicts");
    assert!(found
        .iter()
        .any(|c| c.code == "declined-seated" && c.guest_id.as_deref() == Some(semin.as_str())));
    // 6 confirmed guests at a head table of 10: empty head-table seats.
    assert!(found.iter().any(|c| c.code == "empty-head-seat"));
}

#[test]
fn a_junior_above_a_senior_of_the_same_side_is_a_conflict() {
    let (_d, mut s) = demo_store();
    let plan = s.read(|c| find_plan(c, "Welcome banquet")).expect("plan");
    s.write(|tx| auto_seat(tx, &plan)).expect("auto");
    let lines = s.read(|c| listing(c, &plan, Lang::En)).expect("listing");
    let semin = seat_of(&lines, "Semin Alexey").expect("seated");
    let ivanova = seat_of(&lines, "Ivanova Maria").expect("seated");
    let (semin_seat, ivanova_id) = (semin.seat_id.clone(), ivanova.guest_id.clone().expect("id"));
    // Put the director in the deputy minister's seat by hand.
    s.write(|tx| assign(tx, &plan, &semin_seat, &ivanova_id))
        .expect("assign");
    s.write(|tx| auto_seat(tx, &plan))
        .expect("auto keeps the locked seat");
    let lines = s.read(|c| listing(c, &plan, Lang::En)).expect("listing");
    assert_eq!(
        seat_of(&lines, "Ivanova Maria").map(|l| l.seat_id.as_str()),
        Some(semin_seat.as_str())
    );
    let found = s.read(|c| conflicts::find(c, &plan)).expect("conflicts");
    assert!(found.iter().any(|c| c.code == "precedence"), "{found:?}");
}

#[test]
fn moving_a_table_moves_its_seats_and_reranks_the_tables() {
    let (_d, s) = demo_store();
    let mut f = crate::OpenForum::new(s);
    let plan = f
        .store
        .read(|c| find_plan(c, "Welcome banquet"))
        .expect("plan");
    let v = f
        .store
        .read(|c| view::view(c, &plan, Lang::En))
        .expect("view");
    let head = v.tables[0].clone();
    let other = v.tables[1].clone();
    assert_eq!((head.rank, other.rank), (1, 2));
    let change = view::PlanChange::MoveTable {
        table: other.id.clone(),
        x: other.x + 1.0,
        y: other.y - 0.5,
    };
    let v = view::apply(&mut f, &plan, &change, Lang::En).expect("move");
    let moved = v.tables.iter().find(|t| t.id == other.id).expect("table");
    assert!((moved.x - other.x - 1.0).abs() < 1e-9);
    for (a, b) in moved.seats.iter().zip(other.seats.iter()) {
        assert!((a.x - b.x - 1.0).abs() < 1e-9 && (a.y - b.y + 0.5).abs() < 1e-9);
    }
    let turned = view::apply(
        &mut f,
        &plan,
        &view::PlanChange::RotateTable {
            table: other.id.clone(),
            degrees: 90.0,
        },
        Lang::En,
    );
    let turned = turned.expect("rotate");
    let t = turned
        .tables
        .iter()
        .find(|t| t.id == other.id)
        .expect("table");
    for seat in &t.seats {
        let r = ((seat.x - t.x).powi(2) + (seat.y - t.y).powi(2)).sqrt();
        let r0 = {
            let o = moved.seats.iter().find(|o| o.id == seat.id).expect("seat");
            ((o.x - moved.x).powi(2) + (o.y - moved.y).powi(2)).sqrt()
        };
        assert!(
            (r - r0).abs() < 1e-9,
            "seats keep their distance to the centre"
        );
    }
    let renamed = view::apply(
        &mut f,
        &plan,
        &view::PlanChange::RenameTable {
            table: other.id.clone(),
            label: "Russian friends".into(),
        },
        Lang::En,
    )
    .expect("rename");
    assert!(renamed.tables.iter().any(|t| t.label == "Russian friends"));
}

#[test]
fn pairs_are_added_shown_and_removed() {
    let (_d, s) = demo_store();
    let mut f = crate::OpenForum::new(s);
    let plan = f
        .store
        .read(|c| find_plan(c, "Welcome banquet"))
        .expect("plan");
    let ids: Vec<String> = f
        .store
        .read(guests::all)
        .expect("all")
        .into_iter()
        .map(|g| g.id)
        .collect();
    let add = view::PlanChange::AddPair {
        a: ids[0].clone(),
        b: ids[1].clone(),
        kind: "apart".into(),
    };
    let v = view::apply(&mut f, &plan, &add, Lang::En).expect("add");
    assert_eq!(v.pairs.len(), 1);
    assert_eq!(v.pairs[0].kind, "apart");
    let bad = view::PlanChange::AddPair {
        a: ids[0].clone(),
        b: ids[1].clone(),
        kind: "near".into(),
    };
    assert!(view::apply(&mut f, &plan, &bad, Lang::En).is_err());
    let rm = view::PlanChange::RemovePair {
        id: v.pairs[0].id.clone(),
    };
    let v = view::apply(&mut f, &plan, &rm, Lang::En).expect("remove");
    assert!(v.pairs.is_empty());
}

#[test]
fn a_reserved_row_is_only_for_its_delegation() {
    let (_d, s) = demo_store();
    let mut f = crate::OpenForum::new(s);
    let template = Template::Plenary { rows: 2, seats: 6 };
    let plan = f
        .store
        .write(|tx| {
            let hall = create_hall(tx, &Localized::new("大厅", "Зал", "Hall"), template)?;
            create_plan(tx, "Plenary", &hall, template, false)
        })
        .expect("plan");
    let v = f
        .store
        .read(|c| view::view(c, &plan, Lang::En))
        .expect("view");
    let russians = f
        .store
        .read(guests::orgs::delegations)
        .expect("delegations")
        .into_iter()
        .find(|d| !d.is_host)
        .expect("russian delegation");
    let front = v.tables[0].id.clone();
    view::apply(
        &mut f,
        &plan,
        &view::PlanChange::ReserveTable {
            table: front.clone(),
            delegation: Some(russians.id.clone()),
        },
        Lang::En,
    )
    .expect("reserve");
    f.store.write(|tx| auto_seat(tx, &plan)).expect("auto");
    let lines = f
        .store
        .read(|c| listing(c, &plan, Lang::En))
        .expect("listing");
    for l in lines
        .iter()
        .filter(|l| l.table_rank == 1 && l.guest_id.is_some())
    {
        assert_eq!(l.delegation, "Russian delegation", "{l:?}");
    }
    // The host and the other host-side guests sit in row 2.
    let chen = seat_of(&lines, "Chen Linhao").expect("seated");
    assert_eq!(chen.table_rank, 2);
}

#[test]
fn tables_can_be_added_and_removed() {
    let (_d, s) = demo_store();
    let mut f = crate::OpenForum::new(s);
    let plan = f
        .store
        .read(|c| find_plan(c, "Welcome banquet"))
        .expect("plan");
    let before = f
        .store
        .read(|c| view::view(c, &plan, Lang::En))
        .expect("view");
    let v = view::apply(
        &mut f,
        &plan,
        &view::PlanChange::AddTable {
            seats: 8,
            x: 4.0,
            y: 3.0,
        },
        Lang::En,
    )
    .expect("add");
    assert_eq!(v.tables.len(), before.tables.len() + 1);
    let added = v
        .tables
        .iter()
        .find(|t| !before.tables.iter().any(|b| b.id == t.id))
        .expect("new table");
    assert_eq!(added.seats.len(), 8);
    assert_eq!(added.label, "3");
    let v = view::apply(
        &mut f,
        &plan,
        &view::PlanChange::RemoveTable {
            table: added.id.clone(),
        },
        Lang::En,
    )
    .expect("remove");
    assert_eq!(v.tables.len(), before.tables.len());
}

#[test]
fn talks_and_plenary_ranks_follow_the_honour_side() {
    for (side, host_head, best_row_seat) in [(HonourSide::Right, 3, 4), (HonourSide::Left, 2, 3)] {
        let (_, _, talks) = layout(Template::Talks { per_side: 4 }, side);
        let host_side: Vec<&NewSeat> = talks[0]
            .seats
            .iter()
            .filter(|s| s.side == Some(Side::Host))
            .collect();
        let head = host_side.iter().find(|s| s.honour == 1).expect("head");
        // Host seats are numbered 5..8 left to right; the host side faces up.
        assert_eq!(head.number - 4, host_head, "{side:?}");
        let (_, _, rows) = layout(Template::Plenary { rows: 1, seats: 6 }, side);
        let best = rows[0].seats.iter().find(|s| s.honour == 1).expect("best");
        assert_eq!(best.number, best_row_seat, "{side:?}");
    }
}

#[test]
fn a_plan_belongs_to_a_session() {
    let (_d, mut s) = demo_store();
    let session = s
        .read(|c| crate::agenda::session_choices(c, Lang::Ru))
        .expect("sessions")
        .remove(0);
    assert_eq!(session.title, "Церемония открытия");
    let id = s
        .write(|tx| {
            view::create(
                tx,
                &view::NewPlan {
                    name: "Presidium".into(),
                    hall: Localized::default(),
                    template: Template::Presidium { seats: 7 },
                    alternate_sides: false,
                    session_id: Some(session.id.clone()),
                },
            )
        })
        .expect("create");
    let plans = s.read(|c| plans(c, Lang::Ru)).expect("plans");
    let p = plans.iter().find(|p| p.id == id).expect("listed");
    assert_eq!((p.session.as_str(), p.seats), ("Церемония открытия", 7));
    let bad = s.write(|tx| {
        view::create(
            tx,
            &view::NewPlan {
                name: "Too big".into(),
                hall: Localized::default(),
                template: Template::Banquet {
                    tables: 1000,
                    seats: 10,
                },
                alternate_sides: false,
                session_id: None,
            },
        )
    });
    assert!(bad.is_err());
}
