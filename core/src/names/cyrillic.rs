//! Russian names: Latin by ICAO Doc 9303 (as in Russian passports since
//! 2014), and the gender a patronymic tells.

use crate::model::Gender;

fn icao(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "ie",
        'ы' => "y",
        'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        _ => return None,
    })
}

/// `Семин` → `Semin`, `Алексей` → `Aleksei` (ICAO 9303). Other characters pass through.
pub fn to_latin(s: &str) -> String {
    let mut out = String::new();
    let mut start_of_word = true;
    for ch in s.chars() {
        let lower = ch.to_lowercase().next().unwrap_or(ch);
        match icao(lower) {
            Some(t) => {
                if ch.is_uppercase() || start_of_word && ch.is_uppercase() {
                    let mut c = t.chars();
                    if let Some(f) = c.next() {
                        out.extend(f.to_uppercase());
                        out.push_str(c.as_str());
                    }
                } else {
                    out.push_str(t);
                }
                start_of_word = false;
            }
            None => {
                out.push(ch);
                start_of_word = !ch.is_alphabetic();
            }
        }
    }
    out
}

const MALE_PATRONYMIC: &[&str] = &["ович", "евич", "ич"];
const FEMALE_PATRONYMIC: &[&str] = &["овна", "евна", "ична", "инична"];

pub fn is_patronymic(word: &str) -> bool {
    gender_of_patronymic(word).is_some()
}

/// `Алексеевич` → male, `Сергеевна` → female.
pub fn gender_of_patronymic(word: &str) -> Option<Gender> {
    let w = word.trim().to_lowercase();
    if w.chars().count() < 5 {
        return None;
    }
    if MALE_PATRONYMIC.iter().any(|s| w.ends_with(s)) {
        Some(Gender::Male)
    } else if FEMALE_PATRONYMIC.iter().any(|s| w.ends_with(s)) {
        Some(Gender::Female)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icao_transliteration() {
        assert_eq!(to_latin("Семин"), "Semin");
        assert_eq!(to_latin("Алексей"), "Aleksei");
        assert_eq!(to_latin("Шахрай"), "Shakhrai");
        assert_eq!(to_latin("Щукина-Юрьева"), "Shchukina-Iureva");
        assert_eq!(to_latin("Сёмин"), "Semin");
    }

    #[test]
    fn patronymics_tell_gender() {
        assert_eq!(gender_of_patronymic("Алексеевич"), Some(Gender::Male));
        assert_eq!(gender_of_patronymic("Ильич"), Some(Gender::Male));
        assert_eq!(gender_of_patronymic("Сергеевна"), Some(Gender::Female));
        assert_eq!(gender_of_patronymic("Никитична"), Some(Gender::Female));
        assert_eq!(gender_of_patronymic("Иванов"), None);
    }
}
