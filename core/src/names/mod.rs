//! Names in three scripts: transliteration to prefill empty fields, splitting
//! a full name, search keys that find a guest from any script, and sorting by
//! each language's collation.

pub mod cyrillic;
pub mod han;
pub mod split;

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;

use crate::model::{Gender, Lang, NameParts};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Han,
    Cyrillic,
    Latin,
    Other,
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// The script most letters of `s` are written in.
pub fn script_of(s: &str) -> Script {
    let (mut han, mut cyr, mut lat) = (0, 0, 0);
    for c in s.chars() {
        if is_han(c) {
            han += 1;
        } else if matches!(c, '\u{0400}'..='\u{04FF}') {
            cyr += 1;
        } else if c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}') {
            lat += 1;
        }
    }
    match (han, cyr, lat) {
        (0, 0, 0) => Script::Other,
        _ if han >= cyr && han >= lat => Script::Han,
        _ if cyr >= lat => Script::Cyrillic,
        _ => Script::Latin,
    }
}

/// Fills the empty scripts of a name from the one that is there: pinyin and
/// Palladius from Han, ICAO Latin from Cyrillic. A script the user filled in,
/// even partly, is never touched. Returns the completed name.
pub fn prefill(n: &NameParts) -> NameParts {
    let mut out = n.clone();
    let han_family = n.family_han.trim();
    let han_given = n.given_han.trim();
    let has_han = !han_family.is_empty() || !han_given.is_empty();
    let cyr_empty = n.family_cyr.trim().is_empty()
        && n.given_cyr.trim().is_empty()
        && n.patronymic_cyr.trim().is_empty();
    let lat_empty = n.family_lat.trim().is_empty() && n.given_lat.trim().is_empty();
    if has_han {
        let fam = han::surname_syllables(han_family);
        let giv = han::syllables(han_given);
        if lat_empty {
            out.family_lat = han::pinyin_word(&fam);
            out.given_lat = han::pinyin_word(&giv);
        }
        if cyr_empty {
            out.family_cyr = han::palladius_word(&fam);
            out.given_cyr = han::palladius_word(&giv);
        }
    } else if !cyr_empty && lat_empty {
        out.family_lat = cyrillic::to_latin(n.family_cyr.trim());
        out.given_lat = cyrillic::to_latin(n.given_cyr.trim());
    }
    out
}

/// The gender a Russian patronymic tells, when the guest has none set.
pub fn guess_gender(n: &NameParts, current: Gender) -> Gender {
    if current != Gender::Unspecified {
        return current;
    }
    cyrillic::gender_of_patronymic(&n.patronymic_cyr).unwrap_or(current)
}

/// Lower case, `ё` as `е`: how search keys and queries are compared.
pub fn normalize(s: &str) -> String {
    s.to_lowercase().replace('ё', "е")
}

/// Everything a guest can be found by, in one normalized string: the name in
/// every script (with pinyin, with and without spaces, and Palladius for Han;
/// ICAO Latin for Cyrillic) and the `extra` texts (organization, title …).
pub fn search_key<'a>(n: &NameParts, extra: impl IntoIterator<Item = &'a str>) -> String {
    let mut parts: Vec<String> = vec![n.han(), n.cyrillic(), n.latin()];
    let han = n.han();
    if !han.is_empty() {
        let fam = han::surname_syllables(n.family_han.trim());
        let giv = han::syllables(n.given_han.trim());
        let all: Vec<String> = fam.iter().chain(giv.iter()).cloned().collect();
        parts.push(all.join(" "));
        parts.push(all.concat());
        parts.push(format!("{} {}", fam.concat(), giv.concat()));
        parts.push(format!(
            "{} {}",
            han::palladius_word(&fam),
            han::palladius_word(&giv)
        ));
    }
    let cyr = n.cyrillic();
    if !cyr.is_empty() {
        parts.push(cyrillic::to_latin(&cyr));
    }
    parts.extend(extra.into_iter().map(str::to_string));
    normalize(
        &parts
            .into_iter()
            .filter(|p| !p.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\u{1f}"),
    )
}

/// Every word of the query appears in the key.
pub fn key_matches(key: &str, query: &str) -> bool {
    normalize(query).split_whitespace().all(|w| key.contains(w))
}

fn collator(lang: Lang) -> Option<&'static CollatorBorrowed<'static>> {
    static ZH: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    static RU: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    static EN: OnceLock<Option<CollatorBorrowed<'static>>> = OnceLock::new();
    let (cell, loc) = match lang {
        Lang::ZhCn => (&ZH, locale!("zh")),
        Lang::Ru => (&RU, locale!("ru")),
        Lang::En => (&EN, locale!("en")),
    };
    cell.get_or_init(|| Collator::try_new(loc.into(), CollatorOptions::default()).ok())
        .as_ref()
}

/// Compares two names the way a reader of `lang` sorts them: Chinese by
/// pinyin, Russian by the Russian alphabet.
pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
    match collator(lang) {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn han(f: &str, g: &str) -> NameParts {
        NameParts {
            family_han: f.into(),
            given_han: g.into(),
            ..Default::default()
        }
    }

    #[test]
    fn prefill_from_han_fills_latin_and_cyrillic() {
        let n = prefill(&han("张", "平文"));
        assert_eq!(n.latin(), "Zhang Pingwen");
        assert_eq!(n.cyrillic(), "Чжан Пинвэнь");
        let n = prefill(&han("欧阳", "娜娜"));
        assert_eq!(n.latin(), "Ouyang Nana");
        assert_eq!(n.cyrillic(), "Оуян Нана");
    }

    #[test]
    fn prefill_never_overwrites_what_the_user_typed() {
        let mut n = han("张", "平文");
        n.given_lat = "Ping-Wen".into();
        n.family_cyr = "Джан".into();
        let p = prefill(&n);
        assert_eq!(p.given_lat, "Ping-Wen");
        assert_eq!(p.family_lat, "", "a partly typed script is left alone");
        assert_eq!(p.family_cyr, "Джан");
        assert_eq!(p.given_cyr, "");
    }

    #[test]
    fn prefill_from_cyrillic_fills_latin() {
        let n = NameParts {
            family_cyr: "Семин".into(),
            given_cyr: "Алексей".into(),
            patronymic_cyr: "Алексеевич".into(),
            ..Default::default()
        };
        let p = prefill(&n);
        assert_eq!(p.latin(), "Semin Aleksei");
        assert_eq!(p.han(), "");
        assert_eq!(guess_gender(&n, Gender::Unspecified), Gender::Male);
        assert_eq!(guess_gender(&n, Gender::Female), Gender::Female);
    }

    #[test]
    fn search_finds_a_guest_from_any_script() {
        let zhang = han("张", "平文");
        let key = search_key(&zhang, ["Peking University"]);
        for q in [
            "zhang",
            "张",
            "Чжан",
            "пинвэнь",
            "zhang pingwen",
            "zhangpingwen",
            "peking",
        ] {
            assert!(key_matches(&key, q), "{q} in {key}");
        }
        assert!(!key_matches(&key, "semin"));
        let semin = NameParts {
            family_cyr: "Сёмин".into(),
            given_cyr: "Алексей".into(),
            ..Default::default()
        };
        let key = search_key(&semin, []);
        for q in ["semin", "Семин", "Сёмин", "алексей семин"] {
            assert!(key_matches(&key, q), "{q} in {key}");
        }
    }

    #[test]
    fn collation_sorts_by_pinyin_and_by_the_russian_alphabet() {
        let mut zh = vec!["张平文", "陈曦", "安德烈", "梁永生", "陈林浩", "欧阳娜娜"];
        zh.sort_by(|a, b| compare(Lang::ZhCn, a, b));
        assert_eq!(
            zh,
            ["安德烈", "陈林浩", "陈曦", "梁永生", "欧阳娜娜", "张平文"]
        );
        let mut ru = vec!["Семенов", "Ёлкин", "Егоров", "Сёмин", "Шахрай", "Маслов"];
        ru.sort_by(|a, b| compare(Lang::Ru, a, b));
        assert_eq!(
            ru,
            ["Егоров", "Ёлкин", "Маслов", "Семенов", "Сёмин", "Шахрай"]
        );
    }

    #[test]
    fn scripts_are_recognized() {
        assert_eq!(script_of("张平文"), Script::Han);
        assert_eq!(script_of("Семин А. А."), Script::Cyrillic);
        assert_eq!(script_of("ZHANG Pingwen"), Script::Latin);
        assert_eq!(script_of("123"), Script::Other);
    }
}
