//! Row identity and time stamps, the same for every table.

/// A new UUIDv7 as text: unique across laptops and sortable by creation time.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Now, in UTC, as stored in `created_at` / `updated_at` (RFC 3339, ms, `Z`).
pub fn now() -> String {
    chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_v7_and_increase() {
        let a = super::new_id();
        let b = super::new_id();
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "7");
        assert!(a < b);
    }

    #[test]
    fn timestamps_are_utc_with_milliseconds() {
        let t = super::now();
        assert!(t.ends_with('Z') && t.len() == 24, "{t}");
    }
}
