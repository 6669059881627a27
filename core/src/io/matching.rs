//! What an imported row means for a guest already in the forum (or for an
//! earlier row of the same file): the fields it would change, and what to do
//! with it — skip it, add it as a new guest, fill the guest's empty fields
//! from it, or take the file's values. Partners send updated lists all the
//! time: an exact repeat is skipped and a row with new details fills the
//! gaps, unless the organizer decides otherwise, row by row.

use serde::{Deserialize, Serialize};

use crate::i18n;
use crate::model::{text_enum, Gender, Guest, Lang, Rank};

text_enum!(
    /// A field of a guest that an imported row can change.
    GuestField {
        FamilyHan = "family-han",
        GivenHan = "given-han",
        FamilyCyr = "family-cyr",
        GivenCyr = "given-cyr",
        PatronymicCyr = "patronymic-cyr",
        FamilyLat = "family-lat",
        GivenLat = "given-lat",
        TitleZh = "title-zh",
        TitleRu = "title-ru",
        TitleEn = "title-en",
        HonorificZh = "honorific-zh",
        HonorificRu = "honorific-ru",
        HonorificEn = "honorific-en",
        Organization = "organization",
        Delegation = "delegation",
        Email = "email",
        Phone = "phone",
        Gender = "gender",
        Rank = "rank",
        Status = "status",
        Language = "language",
        Interpreter = "interpreter",
        Dietary = "dietary",
        Accessibility = "accessibility",
        Notes = "notes",
    } default Notes
);

text_enum!(
    /// What to do with a row that matches a guest (or an earlier row):
    /// skip it (the guest stays as it is), import it as a guest of its own,
    /// fill the guest's empty fields from it, or take every value it gives.
    Decision {
        Skip = "skip",
        New = "new",
        Fill = "fill",
        Replace = "replace",
    } default Skip
);

/// One field the row would change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct FieldChange {
    pub field: GuestField,
    /// The guest's value now, as the interface shows it (empty: none).
    pub current: String,
    /// The file's value.
    pub incoming: String,
    /// The guest has no value here, or only one the app guessed (a Latin
    /// spelling transliterated from Cyrillic or Han): filling changes
    /// nothing anyone gave. A partner's spelling always wins over a guess.
    pub fills_empty: bool,
}

/// Which of the fields with a default the file gave for a row (a field the
/// file left out is not a change).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Given {
    pub gender: bool,
    pub rank: bool,
    pub status: bool,
    pub language: bool,
}

fn text_of(g: &Guest, f: GuestField) -> Option<&str> {
    use GuestField as F;
    Some(match f {
        F::FamilyHan => &g.name.family_han,
        F::GivenHan => &g.name.given_han,
        F::FamilyCyr => &g.name.family_cyr,
        F::GivenCyr => &g.name.given_cyr,
        F::PatronymicCyr => &g.name.patronymic_cyr,
        F::FamilyLat => &g.name.family_lat,
        F::GivenLat => &g.name.given_lat,
        F::TitleZh => &g.title.zh,
        F::TitleRu => &g.title.ru,
        F::TitleEn => &g.title.en,
        F::HonorificZh => &g.honorific.zh,
        F::HonorificRu => &g.honorific.ru,
        F::HonorificEn => &g.honorific.en,
        F::Email => &g.email,
        F::Phone => &g.phone,
        F::Interpreter => &g.needs.interpreter_language,
        F::Dietary => &g.needs.dietary,
        F::Accessibility => &g.needs.accessibility,
        F::Notes => &g.notes,
        F::Organization | F::Delegation | F::Gender | F::Rank | F::Status | F::Language => {
            return None
        }
    })
}

fn text_slot(g: &mut Guest, f: GuestField) -> Option<&mut String> {
    use GuestField as F;
    Some(match f {
        F::FamilyHan => &mut g.name.family_han,
        F::GivenHan => &mut g.name.given_han,
        F::FamilyCyr => &mut g.name.family_cyr,
        F::GivenCyr => &mut g.name.given_cyr,
        F::PatronymicCyr => &mut g.name.patronymic_cyr,
        F::FamilyLat => &mut g.name.family_lat,
        F::GivenLat => &mut g.name.given_lat,
        F::TitleZh => &mut g.title.zh,
        F::TitleRu => &mut g.title.ru,
        F::TitleEn => &mut g.title.en,
        F::HonorificZh => &mut g.honorific.zh,
        F::HonorificRu => &mut g.honorific.ru,
        F::HonorificEn => &mut g.honorific.en,
        F::Email => &mut g.email,
        F::Phone => &mut g.phone,
        F::Interpreter => &mut g.needs.interpreter_language,
        F::Dietary => &mut g.needs.dietary,
        F::Accessibility => &mut g.needs.accessibility,
        F::Notes => &mut g.notes,
        F::Organization | F::Delegation | F::Gender | F::Rank | F::Status | F::Language => {
            return None
        }
    })
}

/// A field of a guest as the interface shows it (labels in `lang`).
pub fn shown(g: &Guest, f: GuestField, names: &dyn Names, lang: Lang) -> String {
    match f {
        GuestField::Organization => g
            .organization_id
            .as_deref()
            .map(|id| names.organization(id))
            .unwrap_or_default(),
        GuestField::Delegation => g
            .delegation_id
            .as_deref()
            .map(|id| names.delegation(id))
            .unwrap_or_default(),
        GuestField::Gender => i18n::text(lang, &format!("guests-gender-{}", g.gender.key())),
        GuestField::Rank => i18n::text(lang, &format!("guests-rank-{}", g.rank.key())),
        GuestField::Status => i18n::text(lang, &format!("guests-status-{}", g.status.key())),
        GuestField::Language => i18n::text(
            lang,
            &format!(
                "lang-name-{}",
                g.preferred_language.tag().to_ascii_lowercase()
            ),
        ),
        _ => text_of(g, f).unwrap_or("").trim().to_string(),
    }
}

/// Two guests' values of a field mean the same (see [`changes`]).
pub fn same_value(a: &Guest, b: &Guest, f: GuestField) -> bool {
    match f {
        GuestField::Organization => a.organization_id == b.organization_id,
        GuestField::Delegation => a.delegation_id == b.delegation_id,
        GuestField::Gender => a.gender == b.gender,
        GuestField::Rank => a.rank == b.rank,
        GuestField::Status => a.status == b.status,
        GuestField::Language => a.preferred_language == b.preferred_language,
        _ => same(
            f,
            text_of(a, f).unwrap_or("").trim(),
            text_of(b, f).unwrap_or("").trim(),
        ),
    }
}

/// Whether a guest has no value in a field (a choice field at its default).
pub fn is_unset(g: &Guest, f: GuestField) -> bool {
    match f {
        GuestField::Organization => g.organization_id.is_none(),
        GuestField::Delegation => g.delegation_id.is_none(),
        GuestField::Gender => g.gender == Gender::Unspecified,
        GuestField::Rank => g.rank == Rank::Other,
        GuestField::Status | GuestField::Language => false,
        _ => text_of(g, f).unwrap_or("").trim().is_empty(),
    }
}

/// Names of organizations and delegations, for showing a change.
pub trait Names {
    fn organization(&self, id: &str) -> String;
    fn delegation(&self, id: &str) -> String;
}

/// The fields `incoming` (a row as the file gives it, before any
/// transliteration prefill) would change on `existing`, shown in `lang`.
pub fn changes(
    existing: &Guest,
    incoming: &Guest,
    given: Given,
    names: &dyn Names,
    lang: Lang,
) -> Vec<FieldChange> {
    let mut out = Vec::new();
    // The Latin spelling the app would have guessed from the other scripts.
    let guessed = {
        let mut n = existing.name.clone();
        n.family_lat.clear();
        n.given_lat.clear();
        crate::names::prefill(&n)
    };
    let was_guessed = |f: GuestField, cur: &str| match f {
        GuestField::FamilyLat => !cur.is_empty() && cur == guessed.family_lat.trim(),
        GuestField::GivenLat => !cur.is_empty() && cur == guessed.given_lat.trim(),
        _ => false,
    };
    for &f in GuestField::ALL {
        let (current, new, empty) = match f {
            GuestField::Organization | GuestField::Delegation => {
                let (cur, new) = if f == GuestField::Organization {
                    (&existing.organization_id, &incoming.organization_id)
                } else {
                    (&existing.delegation_id, &incoming.delegation_id)
                };
                let Some(new) = new else { continue };
                if cur.as_ref() == Some(new) {
                    continue;
                }
                let show = |id: &str| {
                    if f == GuestField::Organization {
                        names.organization(id)
                    } else {
                        names.delegation(id)
                    }
                };
                (
                    cur.as_deref().map(show).unwrap_or_default(),
                    show(new),
                    cur.is_none(),
                )
            }
            GuestField::Gender => {
                let label = |g: Gender| i18n::text(lang, &format!("guests-gender-{}", g.key()));
                let Some(c) = choice(given.gender, existing.gender, incoming.gender, label) else {
                    continue;
                };
                (c.0, c.1, existing.gender == Gender::Unspecified)
            }
            GuestField::Rank => {
                let label = |r: Rank| i18n::text(lang, &format!("guests-rank-{}", r.key()));
                let Some(c) = choice(given.rank, existing.rank, incoming.rank, label) else {
                    continue;
                };
                (c.0, c.1, existing.rank == Rank::Other)
            }
            GuestField::Status => {
                let label = |s: crate::model::Status| {
                    i18n::text(lang, &format!("guests-status-{}", s.key()))
                };
                let Some(c) = choice(given.status, existing.status, incoming.status, label) else {
                    continue;
                };
                (c.0, c.1, false)
            }
            GuestField::Language => {
                let label = |l: Lang| {
                    i18n::text(lang, &format!("lang-name-{}", l.tag().to_ascii_lowercase()))
                };
                let (cur, new) = (existing.preferred_language, incoming.preferred_language);
                let Some(c) = choice(given.language, cur, new, label) else {
                    continue;
                };
                (c.0, c.1, false)
            }
            _ => {
                let new = text_of(incoming, f).unwrap_or("").trim();
                let cur = text_of(existing, f).unwrap_or("").trim();
                if new.is_empty() || same(f, cur, new) {
                    continue;
                }
                (
                    cur.to_string(),
                    new.to_string(),
                    cur.is_empty() || was_guessed(f, cur),
                )
            }
        };
        out.push(FieldChange {
            field: f,
            current,
            incoming: new,
            fills_empty: empty,
        });
    }
    out
}

/// Two values of a field that mean the same: phones by their digits,
/// e-mail addresses whatever the case, other text with spaces collapsed and
/// ё as е (a change of case, "СЕМИН" → "Семин", is a change).
fn same(f: GuestField, a: &str, b: &str) -> bool {
    match f {
        GuestField::Phone => {
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            digits(a) == digits(b)
        }
        GuestField::Email => a.eq_ignore_ascii_case(b),
        _ => {
            let norm = |s: &str| {
                s.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace('ё', "е")
                    .replace('Ё', "Е")
            };
            norm(a) == norm(b)
        }
    }
}

/// A choice field the file gave and that differs: (now, in the file), labelled.
fn choice<T: PartialEq + Copy>(
    given: bool,
    current: T,
    incoming: T,
    label: impl Fn(T) -> String,
) -> Option<(String, String)> {
    (given && current != incoming).then(|| (label(current), label(incoming)))
}

/// What a decision does with the changes: the changes it takes.
pub fn taken(changes: &[FieldChange], decision: Decision) -> Vec<GuestField> {
    changes
        .iter()
        .filter(|c| match decision {
            Decision::Fill => c.fills_empty,
            Decision::Replace => true,
            Decision::Skip | Decision::New => false,
        })
        .map(|c| c.field)
        .collect()
}

/// Writes the `fields` of `incoming` onto `existing`.
pub fn apply(existing: &mut Guest, incoming: &Guest, fields: &[GuestField]) {
    for &f in fields {
        match f {
            GuestField::Organization => existing.organization_id = incoming.organization_id.clone(),
            GuestField::Delegation => existing.delegation_id = incoming.delegation_id.clone(),
            GuestField::Gender => existing.gender = incoming.gender,
            GuestField::Rank => existing.rank = incoming.rank,
            GuestField::Status => existing.status = incoming.status,
            GuestField::Language => existing.preferred_language = incoming.preferred_language,
            _ => {
                if let (Some(slot), Some(v)) = (text_slot(existing, f), text_of(incoming, f)) {
                    *slot = v.trim().to_string();
                }
            }
        }
    }
}

/// The safe default: an exact repeat is skipped; a row with details the
/// guest lacks fills them; a row that only differs is skipped (the
/// organizer may take its values).
pub fn default_decision(changes: &[FieldChange]) -> Decision {
    if changes.iter().any(|c| c.fills_empty) {
        Decision::Fill
    } else {
        Decision::Skip
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Localized, NameParts};

    struct NoNames;
    impl Names for NoNames {
        fn organization(&self, id: &str) -> String {
            format!("org {id}")
        }
        fn delegation(&self, id: &str) -> String {
            format!("del {id}")
        }
    }

    fn semin() -> Guest {
        Guest {
            name: NameParts {
                family_cyr: "Семин".into(),
                given_cyr: "Алексей".into(),
                family_lat: "Semin".into(),
                // Typed by someone: the app's guess would be "Aleksei".
                given_lat: "Alexei".into(),
                ..Default::default()
            },
            title: Localized::new("", "Директор", ""),
            organization_id: Some("o1".into()),
            email: "semin@example.ru".into(),
            ..Default::default()
        }
    }

    #[test]
    fn an_exact_repeat_changes_nothing_and_is_skipped() {
        let mut g = semin();
        g.phone = "+7 (495) 408-00-00".into();
        let mut row = Guest {
            name: NameParts {
                family_cyr: "Сёмин".into(),
                given_cyr: "Алексей ".into(),
                ..Default::default()
            },
            email: "Semin@Example.ru".into(),
            phone: "+74954080000".into(),
            ..Default::default()
        };
        row.organization_id = Some("o1".into());
        let c = changes(&g, &row, Given::default(), &NoNames, Lang::En);
        assert!(c.is_empty(), "{c:?}");
        assert_eq!(default_decision(&c), Decision::Skip);
    }

    #[test]
    fn new_details_fill_the_gaps_and_differences_wait_for_the_organizer() {
        let g = semin();
        let row = Guest {
            name: NameParts {
                family_lat: "Semin".into(),
                given_lat: "Alexey".into(),
                ..Default::default()
            },
            title: Localized::new("", "", "Director"),
            phone: "+7 495 000 00 00".into(),
            rank: Rank::Director,
            ..Default::default()
        };
        let given = Given {
            rank: true,
            ..Default::default()
        };
        let c = changes(&g, &row, given, &NoNames, Lang::En);
        let fields: Vec<GuestField> = c.iter().map(|c| c.field).collect();
        assert_eq!(
            fields,
            [
                GuestField::GivenLat,
                GuestField::TitleEn,
                GuestField::Phone,
                GuestField::Rank
            ]
        );
        assert_eq!(c[0].current, "Alexei");
        assert_eq!(c[0].incoming, "Alexey");
        assert!(
            !c[0].fills_empty,
            "a spelling someone gave is not overwritten"
        );
        assert_eq!(c[3].current, "Other");
        assert_eq!(c[3].incoming, "Director");
        assert_eq!(default_decision(&c), Decision::Fill);

        let mut filled = g.clone();
        apply(&mut filled, &row, &taken(&c, Decision::Fill));
        assert_eq!(filled.name.given_lat, "Alexei", "a known value stays");
        assert_eq!(filled.title.en, "Director");
        assert_eq!(filled.phone, "+7 495 000 00 00");
        assert_eq!(filled.rank, Rank::Director);

        let mut replaced = g.clone();
        apply(&mut replaced, &row, &taken(&c, Decision::Replace));
        assert_eq!(replaced.name.given_lat, "Alexey", "the passport spelling");
        assert_eq!(
            replaced.email, "semin@example.ru",
            "what the row left out stays"
        );
    }

    #[test]
    fn every_field_and_decision_has_its_label_in_the_three_languages() {
        for lang in Lang::ALL {
            for f in GuestField::ALL {
                let id = format!("import-change-{}", f.key());
                assert!(i18n::has(lang, &id), "{id} missing in {lang}");
            }
            for d in Decision::ALL {
                let id = format!("import-decision-{}", d.key());
                assert!(i18n::has(lang, &id), "{id} missing in {lang}");
            }
        }
    }
}
