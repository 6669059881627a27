//! How partners name a country in a delegation column: codes, names and
//! the usual short forms in Chinese, Russian and English, so that 中国,
//! Россия, CN and China all land in the forum's delegation of that country.

/// ISO 3166 code → the names a partner list may use for it (compared
/// after [`crate::names::normalize`]).
const ALIASES: &[(&str, &[&str])] = &[
    (
        "CN",
        &[
            "CN",
            "CHN",
            "PRC",
            "China",
            "P.R. China",
            "People's Republic of China",
            "Chinese",
            "Chinese side",
            "中国",
            "中华人民共和国",
            "中方",
            "中国代表团",
            "中方代表团",
            "Китай",
            "КНР",
            "Китайская Народная Республика",
            "китайская сторона",
            "китайская делегация",
            "делегация Китая",
            "делегация КНР",
        ],
    ),
    (
        "RU",
        &[
            "RU",
            "RUS",
            "Russia",
            "Russian Federation",
            "Russian",
            "Russian side",
            "俄罗斯",
            "俄罗斯联邦",
            "俄方",
            "俄罗斯代表团",
            "俄",
            "Россия",
            "РФ",
            "Российская Федерация",
            "российская сторона",
            "российская делегация",
            "делегация России",
            "делегация РФ",
        ],
    ),
    (
        "KZ",
        &["KZ", "KAZ", "Kazakhstan", "哈萨克斯坦", "Казахстан"],
    ),
    (
        "BY",
        &["BY", "BLR", "Belarus", "白俄罗斯", "Беларусь", "Белоруссия"],
    ),
    (
        "MN",
        &["MN", "MNG", "Mongolia", "蒙古", "蒙古国", "Монголия"],
    ),
    (
        "UZ",
        &["UZ", "UZB", "Uzbekistan", "乌兹别克斯坦", "Узбекистан"],
    ),
    (
        "KG",
        &[
            "KG",
            "KGZ",
            "Kyrgyzstan",
            "吉尔吉斯斯坦",
            "Киргизия",
            "Кыргызстан",
        ],
    ),
    ("IN", &["IN", "IND", "India", "印度", "Индия"]),
    ("US", &["US", "USA", "United States", "美国", "США"]),
    ("DE", &["DE", "DEU", "Germany", "德国", "Германия"]),
    ("FR", &["FR", "FRA", "France", "法国", "Франция"]),
    (
        "GB",
        &[
            "GB",
            "GBR",
            "UK",
            "United Kingdom",
            "英国",
            "Великобритания",
        ],
    ),
    ("JP", &["JP", "JPN", "Japan", "日本", "Япония"]),
    (
        "KR",
        &[
            "KR",
            "KOR",
            "Korea",
            "South Korea",
            "韩国",
            "Южная Корея",
            "Корея",
        ],
    ),
];

/// The countries the app names (`settings-country-<code>` in three
/// languages), in the order a delegation's country is offered.
pub fn codes() -> Vec<String> {
    ALIASES.iter().map(|(c, _)| (*c).to_string()).collect()
}

/// The names a delegation of `country` (an ISO code, any case) answers to;
/// none for an unknown or empty code.
pub fn aliases(country: &str) -> &'static [&'static str] {
    let code = country.trim();
    ALIASES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, a)| *a)
        .unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_forum_countries_answer_to_their_names_in_three_languages() {
        assert!(aliases("cn").contains(&"中国"));
        assert!(aliases("CN").contains(&"Китай"));
        assert!(aliases("RU").contains(&"Россия"));
        assert!(aliases("RU").contains(&"Russia"));
        assert!(aliases("").is_empty());
        assert!(aliases("XX").is_empty());
    }

    #[test]
    fn every_country_is_named_in_three_languages() {
        for code in codes() {
            for lang in crate::model::Lang::ALL {
                let id = format!("settings-country-{}", code.to_lowercase());
                let name = crate::i18n::text(lang, &id);
                assert!(!name.is_empty() && name != id, "{id} in {lang:?}");
            }
        }
    }
}
