//! The time zones an organizer picks from, named by their cities in the
//! interface language ("Пекин, Шанхай, Шэньчжэнь — UTC+8") rather than
//! by IANA name. The common ones come first, every other IANA zone after.

use chrono::{NaiveDate, Offset, TimeZone};
use serde::Serialize;

use crate::i18n;
use crate::model::Lang;

/// Zones with city names in the three languages (`tz-*` in `zones.ftl`):
/// all of Russia's and China's, their neighbours and partners, and the
/// capitals delegations usually fly in from.
pub const COMMON: &[&str] = &[
    "Europe/Kaliningrad",
    "Europe/Moscow",
    "Europe/Samara",
    "Asia/Yekaterinburg",
    "Asia/Omsk",
    "Asia/Novosibirsk",
    "Asia/Krasnoyarsk",
    "Asia/Irkutsk",
    "Asia/Yakutsk",
    "Asia/Vladivostok",
    "Asia/Sakhalin",
    "Asia/Magadan",
    "Asia/Kamchatka",
    "Asia/Shanghai",
    "Asia/Urumqi",
    "Asia/Hong_Kong",
    "Asia/Macau",
    "Asia/Taipei",
    "Asia/Ulaanbaatar",
    "Asia/Almaty",
    "Asia/Tashkent",
    "Asia/Bishkek",
    "Asia/Dushanbe",
    "Asia/Ashgabat",
    "Asia/Baku",
    "Asia/Tbilisi",
    "Asia/Yerevan",
    "Europe/Minsk",
    "Asia/Seoul",
    "Asia/Tokyo",
    "Asia/Singapore",
    "Asia/Kuala_Lumpur",
    "Asia/Bangkok",
    "Asia/Ho_Chi_Minh",
    "Asia/Jakarta",
    "Asia/Manila",
    "Asia/Kolkata",
    "Asia/Karachi",
    "Asia/Dubai",
    "Asia/Riyadh",
    "Asia/Tehran",
    "Europe/Istanbul",
    "Africa/Cairo",
    "Africa/Addis_Ababa",
    "Africa/Lagos",
    "Africa/Johannesburg",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Rome",
    "Europe/Madrid",
    "Europe/Vienna",
    "Europe/Belgrade",
    "Europe/Budapest",
    "Europe/Athens",
    "Europe/Helsinki",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Mexico_City",
    "America/Havana",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "Australia/Sydney",
    "UTC",
];

/// One time zone as the picker shows it.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Zone {
    /// The IANA name stored in the forum (`Asia/Shanghai`).
    pub id: String,
    /// Its cities in the interface language (`Пекин, Шанхай, Шэньчжэнь`).
    pub city: String,
    /// `UTC+8`, `UTC+5:30`, `UTC-3` on the given day.
    pub offset: String,
    /// The offset in minutes east of UTC, to sort by.
    pub minutes: i32,
    /// One of [`COMMON`] (shown before the search); the rest are found by
    /// searching.
    pub common: bool,
}

/// The message naming a zone's cities: `Asia/Ho_Chi_Minh` → `tz-asia-ho-chi-minh`.
pub fn message_id(id: &str) -> String {
    format!("tz-{}", id.to_lowercase().replace(['/', '_'], "-"))
}

/// A zone's cities in `lang`; a zone we do not name falls back to its IANA
/// city (`America/Denver` → `Denver`).
pub fn city(id: &str, lang: Lang) -> String {
    if COMMON.contains(&id) {
        i18n::text(lang, &message_id(id))
    } else {
        id.rsplit('/').next().unwrap_or(id).replace('_', " ")
    }
}

/// `UTC+8` · `UTC+5:30` · `UTC-3` · `UTC`.
pub fn offset_text(minutes: i32) -> String {
    if minutes == 0 {
        return "UTC".into();
    }
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    if m % 60 == 0 {
        format!("UTC{sign}{}", m / 60)
    } else {
        format!("UTC{sign}{}:{:02}", m / 60, m % 60)
    }
}

/// A zone's offset at noon UTC on `on` (summer and winter differ), `None`
/// for a name that is not a zone.
pub fn offset_minutes(id: &str, on: NaiveDate) -> Option<i32> {
    let tz: chrono_tz::Tz = id.parse().ok()?;
    let noon = on.and_hms_opt(12, 0, 0)?;
    Some(tz.from_utc_datetime(&noon).offset().fix().local_minus_utc() / 60)
}

fn zone(id: &str, lang: Lang, on: NaiveDate, common: bool) -> Option<Zone> {
    let minutes = offset_minutes(id, on)?;
    Some(Zone {
        id: id.to_string(),
        city: city(id, lang),
        offset: offset_text(minutes),
        minutes,
        common,
    })
}

/// Every zone the picker offers, with offsets on `on` (the forum's first
/// day, else today): the common ones by offset, then all other IANA
/// zones of the world's regions by name.
pub fn list(lang: Lang, on: NaiveDate) -> Vec<Zone> {
    let mut common: Vec<Zone> = COMMON
        .iter()
        .filter_map(|id| zone(id, lang, on, true))
        .collect();
    common.sort_by_key(|z| z.minutes);
    const REGIONS: &[&str] = &[
        "Africa/",
        "America/",
        "Antarctica/",
        "Asia/",
        "Atlantic/",
        "Australia/",
        "Europe/",
        "Indian/",
        "Pacific/",
    ];
    let mut rest: Vec<Zone> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|id| REGIONS.iter().any(|r| id.starts_with(r)) && !COMMON.contains(id))
        .filter_map(|id| zone(id, lang, on, false))
        .collect();
    rest.sort_by(|a, b| a.id.cmp(&b.id));
    common.extend(rest);
    common
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_common_zone_is_a_real_zone_named_in_three_languages() {
        let day = NaiveDate::from_ymd_opt(2027, 4, 16).expect("test data");
        for id in COMMON {
            assert!(
                offset_minutes(id, day).is_some(),
                "{id} is not an IANA zone"
            );
            for lang in Lang::ALL {
                let name = city(id, lang);
                assert!(
                    !name.is_empty() && !name.starts_with("tz-"),
                    "{id} in {lang:?}: {name}"
                );
            }
        }
    }

    #[test]
    fn zones_read_as_cities_with_their_offset_on_the_day() {
        let spring = NaiveDate::from_ymd_opt(2027, 4, 16).expect("test data");
        let winter = NaiveDate::from_ymd_opt(2027, 1, 16).expect("test data");
        let all = list(Lang::Ru, spring);
        let beijing = all
            .iter()
            .find(|z| z.id == "Asia/Shanghai")
            .expect("test data");
        assert!(beijing.city.contains("Пекин"), "{}", beijing.city);
        assert_eq!(beijing.offset, "UTC+8");
        assert!(beijing.common);
        let kolkata = all
            .iter()
            .find(|z| z.id == "Asia/Kolkata")
            .expect("test data");
        assert_eq!(kolkata.offset, "UTC+5:30");
        // Summer time counts on the forum's day.
        assert_eq!(offset_minutes("Europe/Berlin", spring), Some(120));
        assert_eq!(offset_minutes("Europe/Berlin", winter), Some(60));
        // Common zones first, by offset; then the rest, found by search.
        let first_rare = all.iter().position(|z| !z.common).expect("test data");
        assert!(all[..first_rare]
            .windows(2)
            .all(|w| w[0].minutes <= w[1].minutes));
        let denver = all
            .iter()
            .find(|z| z.id == "America/Denver")
            .expect("test data");
        assert_eq!(denver.city, "Denver");
        assert!(!all
            .iter()
            .any(|z| z.id.starts_with("Etc/") || z.id.starts_with("US/")));
        assert_eq!(city("Asia/Shanghai", Lang::ZhCn), "北京、上海、深圳");
    }
}
