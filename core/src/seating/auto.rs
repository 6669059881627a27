//! Auto-seating: guests by precedence into seats by honour, keeping locked
//! seats, "sit together" and "keep apart" pairs, interpreters beside the
//! guests who need them, and (where asked) alternating the sides at a
//! table. Deterministic: the same input gives the same plan.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use serde::Serialize;

/// Which side of a bilateral meeting a seat or a guest belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Host,
    Guest,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    pub seat_id: String,
    pub table_id: String,
    /// 1 = the head (host's) table.
    pub table_rank: u32,
    /// 1 = the best seat at its table.
    pub honour: u32,
    /// A seat reserved for one side (talks); `None`: anyone.
    pub side: Option<Side>,
    /// The side the seat should go to if possible: the host's and co-host's
    /// seats at a round table, and alternate seats when sides alternate.
    pub preferred: Option<Side>,
    /// Seats next to this one.
    pub neighbours: Vec<String>,
    /// Held for the guests of one delegation.
    pub reserved_for: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub id: String,
    /// The forum's host (or co-host): sits in the host seats.
    pub is_host: bool,
    /// Heads a delegation: the principal person of their side, whatever the
    /// personal rank of its members.
    pub heads_delegation: bool,
    pub side: Side,
    pub rank_level: u8,
    pub manual_order: Option<i64>,
    pub sort_name: String,
    /// Needs an interpreter (into this language).
    pub needs_interpreter: bool,
    pub is_interpreter: bool,
    pub delegation: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rules {
    pub together: Vec<(String, String)>,
    pub apart: Vec<(String, String)>,
    /// Seat → guest fixed by hand.
    pub locked: Vec<(String, String)>,
    /// Interpreters take a seat next to their guest (banquets, talks).
    pub seat_interpreters: bool,
}

/// Why a guest got a seat: a Fluent id (`seating-reason-<code>`) and its arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct Placement {
    pub seat_id: String,
    pub guest_id: String,
    pub reason: String,
    /// The seat's honour rank at its table.
    pub honour: u32,
    /// The other guest a reason names (together, interpreter).
    pub other: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct Seating {
    pub placements: Vec<Placement>,
    /// Guests for whom there was no seat, in precedence order.
    pub unseated: Vec<String>,
}

/// Protocol precedence: the host first; then the heads of delegations (the
/// head of the visiting delegation is the principal guest; the host side's
/// head is usually the host); then rank; at
/// equal rank foreign guests before the host side; then the manual order;
/// then the name.
pub fn precedence(a: &Person, b: &Person) -> Ordering {
    b.is_host
        .cmp(&a.is_host)
        .then(b.heads_delegation.cmp(&a.heads_delegation))
        .then(a.rank_level.cmp(&b.rank_level))
        .then((a.side == Side::Host).cmp(&(b.side == Side::Host)))
        .then(match (a.manual_order, b.manual_order) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        })
        .then_with(|| a.sort_name.cmp(&b.sort_name))
        .then_with(|| a.id.cmp(&b.id))
}

fn pairs_of<'a>(pairs: &'a [(String, String)], id: &'a str) -> impl Iterator<Item = &'a str> {
    pairs.iter().filter_map(move |(a, b)| {
        if a == id {
            Some(b.as_str())
        } else if b == id {
            Some(a.as_str())
        } else {
            None
        }
    })
}

pub fn seat(slots: &[Slot], people: &[Person], rules: &Rules) -> Seating {
    let honour_of: HashMap<&str, u32> = slots
        .iter()
        .map(|s| (s.seat_id.as_str(), s.honour))
        .collect();
    // Seats `who` in `seat` beside `of`, for `reason`.
    let beside = |taken: &mut HashMap<String, String>,
                  seated: &mut HashSet<String>,
                  placements: &mut Vec<Placement>,
                  seat: String,
                  who: &Person,
                  of: &Person,
                  reason: &str| {
        taken.insert(seat.clone(), who.id.clone());
        seated.insert(who.id.clone());
        placements.push(Placement {
            honour: honour_of.get(seat.as_str()).copied().unwrap_or(u32::MAX),
            seat_id: seat,
            guest_id: who.id.clone(),
            reason: reason.into(),
            other: Some(of.id.clone()),
        });
    };
    let mut order: Vec<&Slot> = slots.iter().collect();
    order.sort_by(|a, b| {
        (a.table_rank, a.honour, &a.seat_id).cmp(&(b.table_rank, b.honour, &b.seat_id))
    });
    let by_id: HashMap<&str, &Slot> = slots.iter().map(|s| (s.seat_id.as_str(), s)).collect();

    let mut taken: HashMap<String, String> = HashMap::new(); // seat → guest
    let mut seated: HashSet<String> = HashSet::new();
    let mut placements = Vec::new();

    for (seat, guest) in &rules.locked {
        if by_id.contains_key(seat.as_str()) && !seated.contains(guest) {
            taken.insert(seat.clone(), guest.clone());
            seated.insert(guest.clone());
            placements.push(Placement {
                seat_id: seat.clone(),
                guest_id: guest.clone(),
                reason: "locked".into(),
                honour: by_id[seat.as_str()].honour,
                other: None,
            });
        }
    }

    let mut queue: Vec<&Person> = people
        .iter()
        .filter(|p| !seated.contains(&p.id))
        .filter(|p| !(rules.seat_interpreters && p.is_interpreter))
        .collect();
    queue.sort_by(|a, b| precedence(a, b));
    let mut interpreters: Vec<&Person> = people
        .iter()
        .filter(|p| rules.seat_interpreters && p.is_interpreter && !seated.contains(&p.id))
        .collect();
    interpreters.sort_by(|a, b| precedence(a, b));

    let neighbours_of = |seat: &str, taken: &HashMap<String, String>| -> Vec<String> {
        by_id
            .get(seat)
            .map(|s| {
                s.neighbours
                    .iter()
                    .filter_map(|n| taken.get(n).cloned())
                    .collect()
            })
            .unwrap_or_default()
    };
    let kept_apart = |guest: &str, seat: &str, taken: &HashMap<String, String>| {
        let near = neighbours_of(seat, taken);
        pairs_of(&rules.apart, guest).any(|other| near.iter().any(|n| n == other))
    };
    let free_neighbour = |seat: &str, taken: &HashMap<String, String>| -> Option<String> {
        let s = by_id.get(seat)?;
        let mut free: Vec<&Slot> = s
            .neighbours
            .iter()
            .filter(|n| !taken.contains_key(*n))
            .filter_map(|n| by_id.get(n.as_str()).copied())
            .collect();
        // The lesser seat of the two, so the better one stays for a guest.
        free.sort_by(|a, b| (b.honour, &b.seat_id).cmp(&(a.honour, &a.seat_id)));
        free.first().map(|s| s.seat_id.clone())
    };

    for slot in &order {
        if taken.contains_key(&slot.seat_id) || queue.is_empty() {
            continue;
        }
        let wanted = slot.side.or(slot.preferred);
        let fits = |p: &&Person, side: Option<Side>| {
            side.is_none_or(|s| s == p.side)
                && slot
                    .reserved_for
                    .as_ref()
                    .is_none_or(|d| p.delegation.as_ref() == Some(d))
                && !kept_apart(&p.id, &slot.seat_id, &taken)
        };
        let pick = queue.iter().position(|p| fits(p, wanted)).or_else(|| {
            // A reserved side is strict; a preference gives way.
            if slot.side.is_none() {
                queue.iter().position(|p| fits(p, None))
            } else {
                None
            }
        });
        let Some(i) = pick else { continue };
        let p = queue.remove(i);
        let reason = if p.is_host && slot.honour <= 2 {
            "host"
        } else if slot.honour == 1 {
            "table-host"
        } else if slot.side.is_some() {
            "side"
        } else {
            "honour"
        };
        taken.insert(slot.seat_id.clone(), p.id.clone());
        seated.insert(p.id.clone());
        placements.push(Placement {
            seat_id: slot.seat_id.clone(),
            guest_id: p.id.clone(),
            reason: reason.into(),
            honour: slot.honour,
            other: None,
        });

        // Partners who asked to sit together, then an interpreter.
        let partners: Vec<String> = pairs_of(&rules.together, &p.id)
            .filter(|o| !seated.contains(*o))
            .map(str::to_string)
            .collect();
        for other in partners {
            let Some(qi) = queue.iter().position(|q| q.id == other) else {
                continue;
            };
            if let Some(seat) = free_neighbour(&slot.seat_id, &taken) {
                let q = queue.remove(qi);
                beside(
                    &mut taken,
                    &mut seated,
                    &mut placements,
                    seat,
                    q,
                    p,
                    "together",
                );
            }
        }
        if p.needs_interpreter && !interpreters.is_empty() {
            if let Some(seat) = free_neighbour(&slot.seat_id, &taken) {
                let it = interpreters
                    .iter()
                    .position(|i| i.side == p.side)
                    .unwrap_or(0);
                let i = interpreters.remove(it);
                beside(
                    &mut taken,
                    &mut seated,
                    &mut placements,
                    seat,
                    i,
                    p,
                    "interpreter",
                );
            }
        }
    }
    // Interpreters nobody needed take the remaining seats last.
    queue.extend(interpreters);
    let unseated = queue
        .into_iter()
        .filter(|p| !seated.contains(&p.id))
        .map(|p| p.id.clone())
        .collect();
    Seating {
        placements,
        unseated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_table(id: &str, rank: u32, k: u32, order: &[u32]) -> Vec<Slot> {
        let sid = |n: u32| format!("{id}-{n}");
        (1..=k)
            .map(|n| Slot {
                seat_id: sid(n),
                table_id: id.into(),
                table_rank: rank,
                honour: order
                    .iter()
                    .position(|x| *x == n)
                    .map_or(99, |i| i as u32 + 1),
                side: None,
                preferred: None,
                neighbours: vec![
                    sid(if n == 1 { k } else { n - 1 }),
                    sid(if n == k { 1 } else { n + 1 }),
                ],
                reserved_for: None,
            })
            .collect()
    }

    fn person(id: &str, side: Side, rank_level: u8) -> Person {
        Person {
            id: id.into(),
            is_host: false,
            heads_delegation: false,
            side,
            rank_level,
            manual_order: None,
            sort_name: id.into(),
            needs_interpreter: false,
            is_interpreter: false,
            delegation: None,
        }
    }

    fn seat_of(s: &Seating, guest: &str) -> Option<String> {
        s.placements
            .iter()
            .find(|p| p.guest_id == guest)
            .map(|p| p.seat_id.clone())
    }

    fn people() -> Vec<Person> {
        let mut host = person("host", Side::Host, 3);
        host.is_host = true;
        vec![
            host,
            person("minister-ru", Side::Guest, 1),
            person("rector-cn", Side::Host, 4),
            person("rector-ru", Side::Guest, 4),
            person("director-cn", Side::Host, 6),
            person("director-ru", Side::Guest, 6),
        ]
    }

    #[test]
    fn the_principal_guest_sits_on_the_hosts_right() {
        let order = crate::seating::honour::round(8, crate::model::HonourSide::Right, false);
        let slots = round_table("t1", 1, 8, &order);
        let s = seat(&slots, &people(), &Rules::default());
        assert_eq!(seat_of(&s, "host").as_deref(), Some("t1-1"));
        assert_eq!(
            seat_of(&s, "minister-ru").as_deref(),
            Some("t1-8"),
            "host's right"
        );
        // At equal rank the foreign rector ranks before the host-side one.
        assert_eq!(seat_of(&s, "rector-ru").as_deref(), Some("t1-2"));
        assert_eq!(seat_of(&s, "rector-cn").as_deref(), Some("t1-7"));
        assert!(s.unseated.is_empty());
    }

    #[test]
    fn the_head_of_the_visiting_delegation_is_the_principal_guest_whatever_the_ranks() {
        let order = crate::seating::honour::round(8, crate::model::HonourSide::Right, false);
        let slots = round_table("t1", 1, 8, &order);
        let mut p = people();
        // A department director heads the guests' delegation; the minister
        // travels in it without heading it.
        let mut head = person("head-ru", Side::Guest, 6);
        head.heads_delegation = true;
        p.push(head);
        let s = seat(&slots, &p, &Rules::default());
        assert_eq!(
            seat_of(&s, "head-ru").as_deref(),
            Some("t1-8"),
            "host's right"
        );
        assert_eq!(seat_of(&s, "minister-ru").as_deref(), Some("t1-2"));
    }

    #[test]
    fn same_input_same_plan() {
        let order = crate::seating::honour::round(8, crate::model::HonourSide::Right, false);
        let slots = round_table("t1", 1, 8, &order);
        let mut p = people();
        let a = seat(&slots, &p, &Rules::default());
        p.reverse();
        let b = seat(&slots, &p, &Rules::default());
        assert_eq!(a, b);
    }

    #[test]
    fn locked_seats_stay_and_keep_apart_is_respected() {
        let order = crate::seating::honour::round(8, crate::model::HonourSide::Right, false);
        let slots = round_table("t1", 1, 8, &order);
        let rules = Rules {
            locked: vec![("t1-8".into(), "director-cn".into())],
            apart: vec![("minister-ru".into(), "director-cn".into())],
            ..Rules::default()
        };
        let s = seat(&slots, &people(), &rules);
        assert_eq!(seat_of(&s, "director-cn").as_deref(), Some("t1-8"));
        let m = seat_of(&s, "minister-ru").expect("seated");
        assert_ne!(m, "t1-7", "not next to director-cn");
        assert_ne!(m, "t1-1");
    }

    #[test]
    fn together_pairs_and_interpreters_sit_next_to_their_guest() {
        let order = crate::seating::honour::round(8, crate::model::HonourSide::Right, false);
        let slots = round_table("t1", 1, 8, &order);
        let mut p = people();
        p[1].needs_interpreter = true;
        let mut interp = person("interpreter", Side::Guest, 9);
        interp.is_interpreter = true;
        p.push(interp);
        let rules = Rules {
            together: vec![("rector-cn".into(), "director-ru".into())],
            seat_interpreters: true,
            ..Rules::default()
        };
        let s = seat(&slots, &p, &rules);
        let near = |a: &str, b: &str| {
            let sa = seat_of(&s, a).expect("a");
            let sb = seat_of(&s, b).expect("b");
            slots
                .iter()
                .find(|x| x.seat_id == sa)
                .is_some_and(|x| x.neighbours.contains(&sb))
        };
        assert!(near("minister-ru", "interpreter"));
        assert!(near("rector-cn", "director-ru"));
    }

    #[test]
    fn reserved_sides_at_talks_are_strict() {
        let slots: Vec<Slot> = (1..=3)
            .flat_map(|n| {
                [Side::Guest, Side::Host].map(|side| Slot {
                    seat_id: format!("{side:?}-{n}"),
                    table_id: "t".into(),
                    table_rank: 1,
                    honour: n,
                    side: Some(side),
                    preferred: None,
                    neighbours: vec![],
                    reserved_for: None,
                })
            })
            .collect();
        let s = seat(&slots, &people(), &Rules::default());
        assert_eq!(seat_of(&s, "minister-ru").as_deref(), Some("Guest-1"));
        assert_eq!(seat_of(&s, "host").as_deref(), Some("Host-1"));
        for p in &s.placements {
            let guest_side = p.seat_id.starts_with("Guest");
            assert_eq!(guest_side, p.guest_id.ends_with("-ru"), "{p:?}");
        }
    }
}
