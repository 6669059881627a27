//! Splitting a full name from one column into its parts, by script.

use super::cyrillic::is_patronymic;
use super::{script_of, Script};
use crate::model::NameParts;

/// Chinese compound (two-character) surnames.
pub const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "万俟", "闻人", "澹台", "公冶", "宗政",
    "濮阳", "淳于", "单于", "太叔", "申屠", "钟离", "赫连", "呼延", "司空", "百里", "东郭", "南门",
    "羊舌", "微生", "梁丘", "左丘", "第五", "拓跋", "鲜于", "乐正",
];

/// 张平文 → (张, 平文); 欧阳娜娜 → (欧阳, 娜娜); 阿列克谢·谢明 → (谢明, 阿列克谢)
/// (a transliterated foreign name gives its family name last).
pub fn split_han(full: &str) -> (String, String) {
    let full: String = full.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some((given, family)) = full.rsplit_once(['·', '•', '・', '.']) {
        return (family.to_string(), given.to_string());
    }
    if let Some(c) = COMPOUND_SURNAMES.iter().find(|c| full.starts_with(**c)) {
        if full.chars().count() > 2 {
            return ((*c).to_string(), full[c.len()..].to_string());
        }
    }
    let mut chars = full.chars();
    match chars.next() {
        Some(f) => (f.to_string(), chars.collect()),
        None => (String::new(), String::new()),
    }
}

/// "Семин Алексей Алексеевич" → (Семин, Алексей, Алексеевич);
/// "Алексей Алексеевич Семин" → the same (the patronymic tells the order).
pub fn split_cyrillic(full: &str) -> (String, String, String) {
    let w: Vec<&str> = full.split_whitespace().collect();
    match w.as_slice() {
        [] => Default::default(),
        [one] => ((*one).into(), String::new(), String::new()),
        [a, b] => ((*a).into(), (*b).into(), String::new()),
        [a, b, c] if is_patronymic(b) && !is_patronymic(c) => {
            ((*c).into(), (*a).into(), (*b).into())
        }
        [a, b, rest @ ..] => ((*a).into(), (*b).into(), rest.join(" ")),
    }
}

/// "ZHANG Pingwen" / "Zhang, Pingwen" / "Zhang Pingwen" → (Zhang, Pingwen).
/// A word in capitals is the family name; with a comma the family name comes
/// first; otherwise family first, as Chinese and Russian lists write it.
pub fn split_latin(full: &str) -> (String, String) {
    if let Some((family, given)) = full.split_once(',') {
        return (title_case(family.trim()), given.trim().to_string());
    }
    let w: Vec<&str> = full.split_whitespace().collect();
    let is_caps = |s: &str| s.chars().count() > 1 && s.chars().all(|c| !c.is_lowercase());
    if let Some(i) = w.iter().position(|s| is_caps(s)) {
        if !w.iter().all(|s| is_caps(s)) {
            let given: Vec<&str> = w
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, s)| *s)
                .collect();
            return (title_case(w[i]), given.join(" "));
        }
    }
    match w.split_first() {
        Some((f, rest)) => (title_case(f), rest.join(" ")),
        None => Default::default(),
    }
}

fn title_case(s: &str) -> String {
    if s.chars().any(|c| c.is_lowercase()) {
        return s.to_string();
    }
    let lower = s.to_lowercase();
    let mut out = String::new();
    let mut start = true;
    for c in lower.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c == '-' || c == ' ' || c == '\'';
    }
    out
}

/// Splits a full name written in any one script into the parts of that script.
pub fn split_full_name(full: &str) -> NameParts {
    let full = full.trim();
    let mut n = NameParts::default();
    match script_of(full) {
        Script::Han => (n.family_han, n.given_han) = split_han(full),
        Script::Cyrillic => (n.family_cyr, n.given_cyr, n.patronymic_cyr) = split_cyrillic(full),
        Script::Latin | Script::Other => (n.family_lat, n.given_lat) = split_latin(full),
    }
    n
}

/// A whole Latin name from a partner's list ("Semin Alexey Alekseevich",
/// "Alexey Semin", "ZHANG Pingwen") split with what the row tells in the
/// other scripts: the family name is the word spelled like the one the
/// Cyrillic or Han family name gives, in whichever order the list wrote
/// it; a Latin patronymic is left out (passports have none). With nothing
/// to go by, as [`split_latin`].
pub fn split_latin_for(full: &str, known: &NameParts) -> (String, String) {
    let full = full.trim();
    if full.contains(',') {
        return split_latin(full);
    }
    let mut others = known.clone();
    others.family_lat.clear();
    others.given_lat.clear();
    let guess = super::prefill(&others);
    let words: Vec<&str> = full.split_whitespace().collect();
    let patronymic = super::cyrillic::to_latin(known.patronymic_cyr.trim());
    let is_patronymic_word = |w: &str| {
        let l = w.to_lowercase();
        (!patronymic.is_empty() && close(&l, &patronymic.to_lowercase()))
            || ["ovich", "evich", "ovna", "evna", "ichna"]
                .iter()
                .any(|end| l.ends_with(end))
    };
    let words: Vec<&str> = if words.len() >= 3 && !known.family_cyr.trim().is_empty() {
        words
            .into_iter()
            .filter(|w| !is_patronymic_word(w))
            .collect()
    } else {
        words
    };
    let family = guess.family_lat.to_lowercase();
    let at = (!family.is_empty())
        .then(|| words.iter().position(|w| close(&w.to_lowercase(), &family)))
        .flatten();
    match at {
        Some(i) if words.len() > 1 => {
            let given: Vec<&str> = words
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, w)| *w)
                .collect();
            (title_case(words[i]), title_case(&given.join(" ")))
        }
        _ => split_latin(&words.join(" ")),
    }
}

/// Two spellings of one name: the same, or a few letters apart
/// (Semin · Semine, Shchukin · Schukin, Aleksei · Alexey).
fn close(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() || b.is_empty() || a[0] != b[0] {
        return false;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == cb {
                prev
            } else {
                1 + prev.min(row[j]).min(row[j + 1])
            };
            prev = cur;
        }
    }
    row[b.len()] <= (a.len().max(b.len()) / 3).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(cyr: (&str, &str, &str), han: (&str, &str)) -> NameParts {
        NameParts {
            family_cyr: cyr.0.into(),
            given_cyr: cyr.1.into(),
            patronymic_cyr: cyr.2.into(),
            family_han: han.0.into(),
            given_han: han.1.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_latin_column_is_split_by_the_names_in_the_other_scripts() {
        let semin = known(("Семин", "Алексей", "Алексеевич"), ("", ""));
        let want = ("Semin".to_string(), "Alexey".to_string());
        assert_eq!(split_latin_for("Semin Alexey Alekseevich", &semin), want);
        assert_eq!(split_latin_for("Alexey Semin", &semin), want);
        assert_eq!(split_latin_for("SEMIN ALEXEY", &semin), want);
        assert_eq!(split_latin_for("Semin, Alexey", &semin), want);
        let shchukin = known(("Щукин", "Андрей", ""), ("", ""));
        assert_eq!(
            split_latin_for("Andrey Schukin", &shchukin),
            ("Schukin".into(), "Andrey".into()),
            "the partner's spelling, placed by its likeness to Shchukin"
        );
        let zhang = known(("", "", ""), ("张", "平文"));
        assert_eq!(
            split_latin_for("Pingwen Zhang", &zhang),
            ("Zhang".into(), "Pingwen".into())
        );
        // Nothing else known: as split_latin (the word in capitals).
        assert_eq!(
            split_latin_for("Pingwen ZHANG", &NameParts::default()),
            ("Zhang".into(), "Pingwen".into())
        );
    }

    #[test]
    fn han_names_respect_compound_surnames() {
        assert_eq!(split_han("张平文"), ("张".into(), "平文".into()));
        assert_eq!(split_han("欧阳娜娜"), ("欧阳".into(), "娜娜".into()));
        assert_eq!(split_han("诸葛亮"), ("诸葛".into(), "亮".into()));
        assert_eq!(split_han("陈曦"), ("陈".into(), "曦".into()));
        assert_eq!(split_han(" 张 平文 "), ("张".into(), "平文".into()));
        assert_eq!(
            split_han("阿列克谢·谢明"),
            ("谢明".into(), "阿列克谢".into())
        );
    }

    #[test]
    fn russian_names_in_either_order() {
        let want = ("Семин".into(), "Алексей".into(), "Алексеевич".into());
        assert_eq!(split_cyrillic("Семин Алексей Алексеевич"), want);
        assert_eq!(split_cyrillic("Алексей Алексеевич Семин"), want);
        assert_eq!(
            split_cyrillic("Иванова Мария"),
            ("Иванова".into(), "Мария".into(), String::new())
        );
    }

    #[test]
    fn latin_names_find_the_family_name() {
        assert_eq!(
            split_latin("ZHANG Pingwen"),
            ("Zhang".into(), "Pingwen".into())
        );
        assert_eq!(
            split_latin("Pingwen ZHANG"),
            ("Zhang".into(), "Pingwen".into())
        );
        assert_eq!(
            split_latin("Semin, Alexey"),
            ("Semin".into(), "Alexey".into())
        );
        assert_eq!(
            split_latin("Semin Alexey"),
            ("Semin".into(), "Alexey".into())
        );
    }

    #[test]
    fn full_names_go_to_their_script() {
        let n = split_full_name("张平文");
        assert_eq!(
            (n.family_han.as_str(), n.given_han.as_str()),
            ("张", "平文")
        );
        let n = split_full_name("Семин Алексей Алексеевич");
        assert_eq!(n.patronymic_cyr, "Алексеевич");
        let n = split_full_name("SEMIN Alexey");
        assert_eq!(n.family_lat, "Semin");
    }
}
