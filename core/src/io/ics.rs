//! iCalendar (RFC 5545) export of the agenda: one event per session and per
//! item, with UIDs that stay the same across exports, so re-importing
//! updates the events instead of duplicating them.

use chrono::{DateTime, Utc};

use crate::agenda::schedule::Agenda;

/// Escapes a text value (RFC 5545 §3.3.11).
fn text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if len + n > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out.push_str("\r\n");
    out
}

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The agenda as a calendar named `calendar`; `only` limits it to one session.
pub fn calendar(agenda: &Agenda, calendar: &str, only: Option<&str>) -> String {
    let now = stamp(Utc::now());
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Forum Desk//Forum Desk//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", text(calendar)),
        format!("X-WR-TIMEZONE:{}", agenda.time_zone),
    ];
    for s in agenda
        .sessions
        .iter()
        .filter(|s| only.is_none_or(|id| id == s.id))
    {
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}@forum-desk", s.id),
            format!("DTSTAMP:{now}"),
            format!("DTSTART:{}", stamp(s.start)),
            format!("DTEND:{}", stamp(s.end)),
            format!("SUMMARY:{}", text(&s.title)),
            format!("LOCATION:{}", text(&s.hall)),
            "END:VEVENT".into(),
        ]);
        for i in &s.items {
            let mut desc = i.speakers.join(", ");
            if !i.language.is_empty() {
                if !desc.is_empty() {
                    desc.push_str(" · ");
                }
                desc.push_str(&i.language);
            }
            lines.extend([
                "BEGIN:VEVENT".to_string(),
                format!("UID:{}@forum-desk", i.id),
                format!("DTSTAMP:{now}"),
                format!("DTSTART:{}", stamp(i.start)),
                format!("DTEND:{}", stamp(i.end)),
                format!("SUMMARY:{}", text(&i.title)),
                format!("LOCATION:{}", text(&s.hall)),
                format!("DESCRIPTION:{}", text(&desc)),
                format!("RELATED-TO:{}@forum-desk", s.id),
                "END:VEVENT".into(),
            ]);
        }
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    /// Unfolds and splits a calendar into (name, value) lines.
    fn parse(ics: &str) -> Vec<(String, String)> {
        let unfolded = ics.replace("\r\n ", "");
        unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| {
                let (k, v) = l.split_once(':').expect("name:value");
                (k.to_string(), v.to_string())
            })
            .collect()
    }

    #[test]
    fn the_demo_agenda_is_a_valid_calendar_with_stable_uids() {
        let d = tempfile::tempdir().expect("tmp");
        let s = crate::demo::create(&d.path().join("c.forum")).expect("demo");
        let agenda = s
            .read(|c| crate::agenda::schedule::load(c, Lang::Ru))
            .expect("agenda");
        let a = calendar(&agenda, "Форум, 2027; Шэньчжэнь", None);
        for line in a.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let lines = parse(&a);
        let count = |k: &str, v: &str| lines.iter().filter(|(a, b)| a == k && b == v).count();
        assert_eq!(count("BEGIN", "VEVENT"), 8, "the session and its 7 items");
        assert_eq!(count("END", "VEVENT"), 8);
        assert_eq!(lines.first().map(|l| l.1.as_str()), Some("VCALENDAR"));
        assert!(lines.contains(&("X-WR-CALNAME".into(), "Форум\\, 2027\\; Шэньчжэнь".into())));
        assert!(lines.contains(&("SUMMARY".into(), "Церемония открытия".into())));
        assert!(lines.contains(&("DTSTART".into(), "20270416T013000Z".into())));
        let uids = |ics: &str| -> Vec<String> {
            parse(ics)
                .into_iter()
                .filter(|(k, _)| k == "UID")
                .map(|(_, v)| v)
                .collect()
        };
        let again = calendar(&agenda, "x", None);
        assert_eq!(uids(&a), uids(&again), "stable across exports");
        let only = calendar(&agenda, "x", Some(&agenda.sessions[0].id));
        assert_eq!(uids(&only).len(), 8);
    }
}
