//! Invitation letters: one per guest, in the guest's language, from a text
//! the organizer can edit per language, with the salutation the language
//! and the guest's gender call for.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentValue;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

use super::Affiliations;
use crate::error::Result;
use crate::i18n;
use crate::ids::now;
use crate::model::{Forum, Gender, Guest, Lang, Localized, Role};

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Russian months in the genitive: «16 апреля».
const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// A date as letters write it: 16 April 2027 · 16 апреля 2027 г. · 2027年4月16日.
pub fn long_date(d: NaiveDate, lang: Lang) -> String {
    let m = d.month0() as usize;
    match lang {
        Lang::En => format!("{} {} {}", d.day(), EN_MONTHS[m], d.year()),
        Lang::Ru => format!("{} {} {} г.", d.day(), RU_MONTHS[m], d.year()),
        Lang::ZhCn => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
    }
}

/// A span of days: 16–17 April 2027 · 16–17 апреля 2027 г. · 2027年4月16日至17日.
pub fn date_range(from: NaiveDate, to: Option<NaiveDate>, lang: Lang) -> String {
    let Some(to) = to.filter(|t| *t > from) else {
        return long_date(from, lang);
    };
    let (m1, m2) = (from.month0() as usize, to.month0() as usize);
    let same_month = from.year() == to.year() && m1 == m2;
    let same_year = from.year() == to.year();
    match lang {
        Lang::En if same_month => format!(
            "{}–{} {} {}",
            from.day(),
            to.day(),
            EN_MONTHS[m1],
            to.year()
        ),
        Lang::En if same_year => format!(
            "{} {} – {} {} {}",
            from.day(),
            EN_MONTHS[m1],
            to.day(),
            EN_MONTHS[m2],
            to.year()
        ),
        Lang::Ru if same_month => format!(
            "{}–{} {} {} г.",
            from.day(),
            to.day(),
            RU_MONTHS[m1],
            to.year()
        ),
        Lang::Ru if same_year => format!(
            "{} {} – {} {} {} г.",
            from.day(),
            RU_MONTHS[m1],
            to.day(),
            RU_MONTHS[m2],
            to.year()
        ),
        Lang::ZhCn if same_month => format!(
            "{}年{}月{}日至{}日",
            from.year(),
            from.month(),
            from.day(),
            to.day()
        ),
        Lang::ZhCn if same_year => format!(
            "{}年{}月{}日至{}月{}日",
            from.year(),
            from.month(),
            from.day(),
            to.month(),
            to.day()
        ),
        _ => format!("{} – {}", long_date(from, lang), long_date(to, lang)),
    }
}

/// The letter texts as saved (an empty language uses the built-in text).
pub fn templates(conn: &Connection) -> Result<Localized> {
    let get = |lang: Lang| -> Result<String> {
        Ok(conn
            .query_row(
                "SELECT body FROM letter_template WHERE lang = ?1",
                [lang.tag()],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .filter(|b| !b.trim().is_empty())
            .unwrap_or_else(|| i18n::text(lang, "doc-letter-body")))
    };
    Ok(Localized {
        zh: get(Lang::ZhCn)?,
        ru: get(Lang::Ru)?,
        en: get(Lang::En)?,
    })
}

/// Saves the letter texts as one undoable step.
pub fn save(f: &mut crate::OpenForum, t: &Localized) -> Result<()> {
    f.act(
        crate::undo::Label::new(crate::undo::Action::SaveLetters),
        |tx| save_templates(tx, t),
    )
}

pub fn save_templates(conn: &Connection, t: &Localized) -> Result<()> {
    for (lang, body) in [(Lang::ZhCn, &t.zh), (Lang::Ru, &t.ru), (Lang::En, &t.en)] {
        conn.execute(
            "INSERT INTO letter_template (lang, body, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (lang) DO UPDATE SET body = ?2, updated_at = ?3",
            params![lang.tag(), body, now()],
        )?;
    }
    Ok(())
}

/// How the letter addresses the guest: «Уважаемый Алексей Алексеевич!»,
/// 尊敬的张平文院士：, "Dear Academician Zhang,".
pub fn salutation(g: &Guest, lang: Lang) -> String {
    let n = &g.name;
    let name = match lang {
        Lang::Ru if !n.given_cyr.trim().is_empty() => {
            format!("{} {}", n.given_cyr, n.patronymic_cyr)
                .trim()
                .to_string()
        }
        _ => n.display(lang),
    };
    let family = match lang {
        Lang::En if !n.family_lat.trim().is_empty() => n.family_lat.clone(),
        _ => n.display(lang),
    };
    let honorific = match own(&g.honorific, lang).trim() {
        "" => "none".to_string(),
        h => h.to_string(),
    };
    let gender = match g.gender {
        Gender::Male => "male",
        Gender::Female => "female",
        Gender::Unspecified => "other",
    };
    i18n::text_with(
        lang,
        "doc-letter-salutation",
        [
            ("gender", FluentValue::from(gender)),
            ("name", FluentValue::from(name)),
            ("family", FluentValue::from(family)),
            ("honorific", FluentValue::from(honorific)),
        ],
    )
}

/// The text in exactly `lang` (no fallback to another language).
fn own(l: &Localized, lang: Lang) -> &str {
    match lang {
        Lang::ZhCn => &l.zh,
        Lang::Ru => &l.ru,
        Lang::En => &l.en,
    }
}

fn fill(body: &str, values: &[(&str, String)]) -> Vec<String> {
    let mut text = body.to_string();
    for (k, v) in values {
        text = text.replace(&format!("[{k}]"), v);
    }
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The lines under the closing: the signatory's name and title when the
/// forum names one, else the organizing committee.
fn signature(forum: &Forum, lang: Lang) -> Vec<String> {
    let name = forum.signatory.name.get(lang).trim();
    if name.is_empty() {
        return vec![i18n::text_with(
            lang,
            "doc-letter-signature",
            [("forum", FluentValue::from(forum.name.get(lang).to_string()))],
        )];
    }
    let title = forum.signatory.title.get(lang).trim();
    [name, title]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Every delegate still expected gets a letter (not the declined, no-shows,
/// interpreters or staff), in the guest list's order.
pub(crate) fn data(conn: &Connection, forum: &Forum, wanted: &super::Wanted) -> Result<Value> {
    let aff = Affiliations::load(conn)?;
    let bodies = templates(conn)?;
    let order: Vec<String> =
        crate::guests::list_light(conn, Lang::En, crate::model::GuestSort::Delegation)?
            .guests
            .into_iter()
            .map(|g| g.id)
            .collect();
    let mut guests: std::collections::HashMap<String, Guest> = crate::guests::all(conn)?
        .into_iter()
        .map(|g| (g.id.clone(), g))
        .collect();
    let today = chrono::Utc::now().date_naive();
    let mut letters = Vec::new();
    for id in order {
        let Some(g) = guests.remove(&id) else {
            continue;
        };
        if g.role != Role::Delegate || !wanted.takes(&g) {
            continue;
        }
        let lang = g.preferred_language;
        let dates = forum
            .starts_on
            .map(|s| date_range(s, forum.ends_on, lang))
            .unwrap_or_default();
        let values = [
            ("forum", forum.name.get(lang).to_string()),
            ("dates", dates.clone()),
            ("venue", forum.venue.get(lang).to_string()),
            ("city", forum.city.get(lang).to_string()),
            ("name", g.name.display(lang)),
            ("title", g.title.get(lang).to_string()),
            ("organization", aff.org(&g, lang)),
        ];
        let place: Vec<String> = [forum.city.get(lang), forum.venue.get(lang), &dates]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .map(str::to_string)
            .collect();
        let address: Vec<String> = [g.title.get(lang).to_string(), aff.org(&g, lang)]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        let reply = forum
            .reply_by
            .map(|d| {
                i18n::text_with(
                    lang,
                    "doc-letter-reply-by",
                    [("date", FluentValue::from(long_date(d, lang)))],
                )
            })
            .unwrap_or_default();
        letters.push(json!({
            "text_lang": super::text_lang(lang),
            "forum": forum.name.get(lang),
            "place_and_dates": place.join(" · "),
            "date": long_date(today, lang),
            "name": g.name.display(lang),
            "address": address,
            "salutation": salutation(&g, lang),
            "body": fill(own(&bodies, lang), &values),
            "reply": reply,
            "closing": i18n::text(lang, "doc-letter-closing"),
            "signature": signature(forum, lang),
        }));
    }
    Ok(json!({ "letters": letters }))
}
