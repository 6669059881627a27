//! Chinese names: pinyin for the Latin script, Palladius for Cyrillic.

use pinyin::ToPinyin;

/// Surname readings that differ from a character's most common reading.
const SURNAME_READINGS: &[(&str, &[&str])] = &[
    ("万俟", &["mo", "qi"]),
    ("尉迟", &["yu", "chi"]),
    ("长孙", &["zhang", "sun"]),
    ("单", &["shan"]),
    ("曾", &["zeng"]),
    ("解", &["xie"]),
    ("区", &["ou"]),
    ("仇", &["qiu"]),
    ("朴", &["piao"]),
    ("查", &["zha"]),
    ("盖", &["ge"]),
    ("覃", &["qin"]),
    ("缪", &["miao"]),
    ("翟", &["zhai"]),
    ("乐", &["yue"]),
    ("员", &["yun"]),
    ("种", &["chong"]),
    ("秘", &["bi"]),
    ("召", &["shao"]),
    ("繁", &["po"]),
    ("宓", &["mi"]),
    ("重", &["chong"]),
    ("柏", &["bai"]),
    ("薄", &["bo"]),
];

/// Toneless pinyin syllables of a Han text (`ü` kept); other characters are skipped.
pub fn syllables(han: &str) -> Vec<String> {
    han.to_pinyin()
        .flatten()
        .map(|p| p.plain().to_string())
        .collect()
}

/// Syllables of a family name, using surname readings where they differ.
pub fn surname_syllables(family: &str) -> Vec<String> {
    SURNAME_READINGS
        .iter()
        .find(|(s, _)| *s == family)
        .map(|(_, r)| r.iter().map(|s| (*s).to_string()).collect())
        .unwrap_or_else(|| syllables(family))
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Joins pinyin syllables into one word, as names are written: `Pingwen`,
/// `Xi'an` (an apostrophe where a syllable starting with a, o, e would run
/// into the one before), and `ü` as `yu` after l and n (`Lyu`), as in
/// Chinese passports.
pub fn pinyin_word(syllables: &[String]) -> String {
    let mut out = String::new();
    for (i, s) in syllables.iter().enumerate() {
        let s = s
            .replace("lü", "lyu")
            .replace("nü", "nyu")
            .replace('ü', "u");
        if i > 0 && s.starts_with(['a', 'o', 'e']) {
            out.push('\'');
        }
        out.push_str(&s);
    }
    capitalize(&out)
}

/// The Palladius spelling of one toneless pinyin syllable (`wen` → `вэнь`).
pub fn palladius_syllable(s: &str) -> String {
    let s = s.replace('v', "ü");
    // Syllables with no initial consonant.
    let zero = match s.as_str() {
        "yi" => Some("и"),
        "ya" => Some("я"),
        "ye" => Some("е"),
        "yao" => Some("яо"),
        "you" => Some("ю"),
        "yan" => Some("янь"),
        "yin" => Some("инь"),
        "yang" => Some("ян"),
        "ying" => Some("ин"),
        "yong" => Some("юн"),
        "yu" => Some("юй"),
        "yue" => Some("юэ"),
        "yuan" => Some("юань"),
        "yun" => Some("юнь"),
        "yo" => Some("йо"),
        "wu" => Some("у"),
        "wei" => Some("вэй"),
        "wen" => Some("вэнь"),
        "weng" => Some("вэн"),
        _ => None,
    };
    if let Some(z) = zero {
        return z.to_string();
    }
    if let Some(rest) = s.strip_prefix('w') {
        return format!("в{}", final_after_consonant(rest, ""));
    }
    const INITIALS: &[(&str, &str)] = &[
        ("zh", "чж"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("b", "б"),
        ("p", "п"),
        ("m", "м"),
        ("f", "ф"),
        ("d", "д"),
        ("t", "т"),
        ("n", "н"),
        ("l", "л"),
        ("g", "г"),
        ("k", "к"),
        ("h", "х"),
        ("j", "цз"),
        ("q", "ц"),
        ("x", "с"),
        ("r", "ж"),
        ("z", "цз"),
        ("c", "ц"),
        ("s", "с"),
    ];
    for (latin, cyr) in INITIALS {
        if let Some(fin) = s.strip_prefix(latin) {
            if fin.is_empty() {
                break;
            }
            return format!("{cyr}{}", final_after_consonant(fin, latin));
        }
    }
    final_after_consonant(&s, "").to_string()
}

fn final_after_consonant(fin: &str, initial: &str) -> &'static str {
    let palatal = matches!(initial, "j" | "q" | "x");
    match (fin, initial) {
        ("i", "zh" | "ch" | "sh" | "r") => "и",
        ("i", "z" | "c" | "s") => "ы",
        ("ui", "h") => "уэй",
        ("u", _) if palatal => "юй",
        ("ü", _) => "юй",
        ("ue" | "üe", _) => "юэ",
        ("uan", _) if palatal => "юань",
        ("un", _) if palatal => "юнь",
        ("a", _) => "а",
        ("o", _) => "о",
        ("e", _) => "э",
        ("ai", _) => "ай",
        ("ei", _) => "эй",
        ("ao", _) => "ао",
        ("ou", _) => "оу",
        ("an", _) => "ань",
        ("en", _) => "энь",
        ("ang", _) => "ан",
        ("eng", _) => "эн",
        ("ong", _) => "ун",
        ("er", _) => "эр",
        ("i", _) => "и",
        ("ia", _) => "я",
        ("ie", _) => "е",
        ("iao", _) => "яо",
        ("iu", _) => "ю",
        ("ian", _) => "янь",
        ("in", _) => "инь",
        ("iang", _) => "ян",
        ("ing", _) => "ин",
        ("iong", _) => "юн",
        ("u", _) => "у",
        ("ua", _) => "уа",
        ("uo", _) => "о",
        ("uai", _) => "уай",
        ("ui", _) => "уй",
        ("uan", _) => "уань",
        ("un", _) => "унь",
        ("uang", _) => "уан",
        _ => "",
    }
}

/// Joins Palladius syllables into one word (`Пинвэнь`), with a hard sign
/// where `-н` would run into a vowel (`Чанъань`).
pub fn palladius_word(syllables: &[String]) -> String {
    let mut out = String::new();
    for s in syllables {
        let p = palladius_syllable(s);
        if out.ends_with('н') && p.starts_with(['а', 'о', 'э', 'у', 'и', 'е', 'ю', 'я']) {
            out.push('ъ');
        }
        out.push_str(&p);
    }
    capitalize(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syl(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn palladius_of_the_demo_guests() {
        assert_eq!(palladius_word(&syllables("张")), "Чжан");
        assert_eq!(palladius_word(&syllables("平文")), "Пинвэнь");
        assert_eq!(palladius_word(&syllables("陈")), "Чэнь");
        assert_eq!(palladius_word(&syllables("林浩")), "Линьхао");
        assert_eq!(palladius_word(&syllables("梁")), "Лян");
        assert_eq!(palladius_word(&syllables("永生")), "Юншэн");
        assert_eq!(palladius_word(&syllables("曦")), "Си");
    }

    #[test]
    fn palladius_rules() {
        for (p, c) in [
            ("xi", "си"),
            ("zi", "цзы"),
            ("si", "сы"),
            ("shi", "ши"),
            ("ri", "жи"),
            ("jiu", "цзю"),
            ("qu", "цюй"),
            ("xue", "сюэ"),
            ("juan", "цзюань"),
            ("hui", "хуэй"),
            ("gui", "гуй"),
            ("guo", "го"),
            ("wang", "ван"),
            ("wo", "во"),
            ("lü", "люй"),
            ("er", "эр"),
            ("yuan", "юань"),
            ("zhong", "чжун"),
            ("xiong", "сюн"),
            ("ou", "оу"),
        ] {
            assert_eq!(palladius_syllable(p), c, "{p}");
        }
        assert_eq!(palladius_word(&syl("chang an")), "Чанъань");
        assert_eq!(palladius_word(&syl("ou yang")), "Оуян");
    }

    #[test]
    fn pinyin_words_follow_passport_spelling() {
        assert_eq!(pinyin_word(&syllables("平文")), "Pingwen");
        assert_eq!(pinyin_word(&surname_syllables("欧阳")), "Ouyang");
        assert_eq!(pinyin_word(&surname_syllables("吕")), "Lyu");
        assert_eq!(pinyin_word(&surname_syllables("单")), "Shan");
        assert_eq!(pinyin_word(&syl("xi an")), "Xi'an");
    }
}
