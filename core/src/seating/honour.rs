//! Honour ranks of seats, from the layout and the forum's honour side.
//!
//! Plans are drawn with the stage (or the head of the room) at the top and
//! the entrance at the bottom. Seats are numbered on screen: round tables
//! clockwise from the top seat, rows from left to right. Who sits where
//! faces which way decides what "right" means:
//! - a banquet host at the top of a round table faces the entrance (down),
//!   so the host's right is screen-left;
//! - a presidium at the top faces the hall (down): its right is screen-left;
//! - an audience faces the stage (up): its right is screen-right.

use crate::model::HonourSide;

/// Seat numbers (1-based) in order of honour, best first, for a round table
/// of `k` seats with the host at seat 1 (top). With `co_host` (six seats or
/// more) the seat opposite is the co-host's, and honour alternates between
/// the host's and the co-host's right and left: host, co-host, host's right
/// (principal guest), co-host's right, host's left, co-host's left, …
pub fn round(k: u32, side: HonourSide, co_host: bool) -> Vec<u32> {
    if k == 0 {
        return vec![];
    }
    let wrap = |n: i64| ((n - 1).rem_euclid(i64::from(k)) + 1) as u32;
    // Screen directions from the host (top, facing down): its right is
    // counter-clockwise, i.e. decreasing seat numbers.
    let (right, left): (i64, i64) = match side {
        HonourSide::Right => (-1, 1),
        HonourSide::Left => (1, -1),
    };
    let mut order: Vec<u32> = vec![1];
    let push = |order: &mut Vec<u32>, s: u32| {
        if !order.contains(&s) {
            order.push(s);
        }
    };
    if co_host && k >= 6 {
        let c = 1 + i64::from(k / 2);
        push(&mut order, c as u32);
        // The co-host faces the host (up): its right is screen-right, which
        // from the bottom seat is also decreasing seat numbers.
        for i in 1..=i64::from(k) {
            push(&mut order, wrap(1 + right * i));
            push(&mut order, wrap(c + right * i));
            push(&mut order, wrap(1 + left * i));
            push(&mut order, wrap(c + left * i));
        }
    } else {
        for i in 1..=i64::from(k) {
            push(&mut order, wrap(1 + right * i));
            push(&mut order, wrap(1 + left * i));
        }
    }
    order.truncate(k as usize);
    order
}

/// Seat numbers in order of honour for a row of `n` seats numbered left to
/// right on screen, whose occupants' right is screen-left (`facing_down`:
/// a presidium or a talks side facing the bottom) or screen-right (facing
/// up: an audience, the host side at talks). The centre seat is first; with
/// an even count, the centre seat on the honour side.
pub fn row(n: u32, side: HonourSide, facing_down: bool) -> Vec<u32> {
    // Whether the honour side is towards increasing seat numbers.
    let right_is_up = !facing_down;
    let honour_up = match side {
        HonourSide::Right => right_is_up,
        HonourSide::Left => !right_is_up,
    };
    let dir: i64 = if honour_up { 1 } else { -1 };
    let n64 = i64::from(n);
    let (a, b) = if n % 2 == 1 {
        let c = n64 / 2 + 1;
        (c, c)
    } else {
        let a = if honour_up { n64 / 2 + 1 } else { n64 / 2 };
        (a, a - dir)
    };
    let mut order: Vec<u32> = Vec::new();
    let mut push = |s: i64| {
        if (1..=n64).contains(&s) && !order.contains(&(s as u32)) {
            order.push(s as u32);
        }
    };
    push(a);
    push(b);
    for i in 1..=n64 {
        push(a + dir * i);
        push(b - dir * i);
    }
    order
}

/// Honour rank (1 = best) of each seat number, from an honour order.
pub fn ranks(order: &[u32]) -> Vec<(u32, u32)> {
    let mut v: Vec<(u32, u32)> = order
        .iter()
        .enumerate()
        .map(|(i, s)| (*s, i as u32 + 1))
        .collect();
    v.sort();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use HonourSide::{Left, Right};

    #[test]
    fn round_table_single_host_alternates_right_then_left() {
        // Host at seat 1 (top, facing down): host's right is seat 8 (screen-left).
        assert_eq!(round(8, Right, false), [1, 8, 2, 7, 3, 6, 4, 5]);
        assert_eq!(round(8, Left, false), [1, 2, 8, 3, 7, 4, 6, 5]);
    }

    #[test]
    fn round_table_with_co_host_opposite() {
        // Ten seats: co-host at 6 (bottom, facing up); principal guest at the
        // host's right (10, screen-left), second guest at the co-host's
        // right (5, screen-right), then their lefts (2, 7).
        let o = round(10, Right, true);
        assert_eq!(&o[..6], &[1, 6, 10, 5, 2, 7]);
        assert_eq!(o.len(), 10);
        let l = round(10, Left, true);
        assert_eq!(&l[..6], &[1, 6, 2, 7, 10, 5]);
    }

    #[test]
    fn presidium_centre_first_then_right_left() {
        // Facing the hall (down): their right is screen-left (lower numbers).
        assert_eq!(row(5, Right, true), [3, 2, 4, 1, 5]);
        assert_eq!(row(5, Left, true), [3, 4, 2, 5, 1]);
        assert_eq!(row(6, Right, true), [3, 4, 2, 5, 1, 6]);
        assert_eq!(row(6, Left, true), [4, 3, 5, 2, 6, 1]);
    }

    #[test]
    fn audience_row_right_is_screen_right() {
        assert_eq!(row(4, Right, false), [3, 2, 4, 1]);
        assert_eq!(row(3, Right, false), [2, 3, 1]);
    }

    #[test]
    fn every_seat_gets_one_rank() {
        for k in 1..15 {
            for side in [Right, Left] {
                for co in [false, true] {
                    let mut o = round(k, side, co);
                    o.sort();
                    assert_eq!(o, (1..=k).collect::<Vec<_>>(), "round {k}");
                }
                let mut r = row(k, side, true);
                r.sort();
                assert_eq!(r, (1..=k).collect::<Vec<_>>(), "row {k}");
            }
        }
    }
}
