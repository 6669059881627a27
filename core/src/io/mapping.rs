//! Which guest field each column of an imported table holds: guessed from
//! headers in Chinese, Russian or English, editable by the user.

use serde::{Deserialize, Serialize};

use crate::model::Lang;
use crate::names::normalize;

/// A guest field a column can hold. Name parts are routed to the script of
/// each cell (or the language the header names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    FullName,
    Family,
    Given,
    Patronymic,
    Gender,
    Honorific,
    Title,
    Organization,
    Delegation,
    Rank,
    Email,
    Phone,
    Language,
    Status,
    Interpreter,
    Dietary,
    Accessibility,
    Notes,
}

impl Field {
    pub const ALL: [Field; 18] = [
        Field::FullName,
        Field::Family,
        Field::Given,
        Field::Patronymic,
        Field::Gender,
        Field::Honorific,
        Field::Title,
        Field::Organization,
        Field::Delegation,
        Field::Rank,
        Field::Email,
        Field::Phone,
        Field::Language,
        Field::Status,
        Field::Interpreter,
        Field::Dietary,
        Field::Accessibility,
        Field::Notes,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Field::FullName => "full-name",
            Field::Family => "family",
            Field::Given => "given",
            Field::Patronymic => "patronymic",
            Field::Gender => "gender",
            Field::Honorific => "honorific",
            Field::Title => "title",
            Field::Organization => "organization",
            Field::Delegation => "delegation",
            Field::Rank => "rank",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Language => "language",
            Field::Status => "status",
            Field::Interpreter => "interpreter",
            Field::Dietary => "dietary",
            Field::Accessibility => "accessibility",
            Field::Notes => "notes",
        }
    }

    pub fn is_name(self) -> bool {
        matches!(
            self,
            Field::FullName | Field::Family | Field::Given | Field::Patronymic
        )
    }

    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Field::FullName => &[
                "姓名",
                "名字",
                "嘉宾",
                "嘉宾姓名",
                "全名",
                "фио",
                "фамилияимяотчество",
                "полноеимя",
                "имяифамилия",
                "fullname",
                "name",
                "participant",
                "guest",
            ],
            Field::Family => &[
                "姓",
                "姓氏",
                "фамилия",
                "lastname",
                "surname",
                "familyname",
                "family",
            ],
            Field::Given => &["名", "имя", "firstname", "givenname", "given", "forename"],
            Field::Patronymic => &["父称", "отчество", "patronymic", "middlename"],
            Field::Gender => &["性别", "пол", "gender", "sex"],
            Field::Honorific => &[
                "称谓",
                "称呼",
                "обращение",
                "honorific",
                "salutation",
                "prefix",
            ],
            Field::Title => &[
                "职务",
                "职位",
                "职称",
                "头衔",
                "должность",
                "position",
                "title",
                "jobtitle",
            ],
            Field::Organization => &[
                "单位",
                "工作单位",
                "机构",
                "组织",
                "公司",
                "организация",
                "местоработы",
                "компания",
                "учреждение",
                "organization",
                "organisation",
                "company",
                "institution",
                "affiliation",
            ],
            Field::Delegation => &["代表团", "делегация", "delegation", "side"],
            Field::Rank => &["级别", "礼宾级别", "ранг", "rank", "protocolrank"],
            Field::Email => &[
                "电子邮件",
                "电子邮箱",
                "邮箱",
                "电邮",
                "email",
                "mail",
                "emailaddress",
                "элпочта",
                "электроннаяпочта",
                "почта",
                "адресэлпочты",
            ],
            Field::Phone => &[
                "电话",
                "手机",
                "联系电话",
                "телефон",
                "тел",
                "мобильный",
                "phone",
                "mobile",
                "tel",
                "telephone",
            ],
            Field::Language => &[
                "语言",
                "工作语言",
                "язык",
                "рабочийязык",
                "language",
                "preferredlanguage",
            ],
            Field::Status => &["状态", "邀请状态", "статус", "status", "invitationstatus"],
            Field::Interpreter => &[
                "翻译",
                "需要翻译",
                "口译",
                "переводчик",
                "перевод",
                "interpreter",
                "interpretation",
            ],
            Field::Dietary => &[
                "饮食",
                "饮食要求",
                "餐饮",
                "питание",
                "dietary",
                "diet",
                "meal",
            ],
            Field::Accessibility => &[
                "无障碍",
                "特殊需求",
                "доступность",
                "особыепотребности",
                "accessibility",
                "accessneeds",
            ],
            Field::Notes => &[
                "备注",
                "说明",
                "примечание",
                "примечания",
                "комментарий",
                "notes",
                "note",
                "comments",
                "comment",
                "remarks",
            ],
        }
    }
}

/// A column's field, and the language its header names, if any
/// (`Title (English)`, `Фамилия (китайская)`, `姓（拼音）`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct ColumnMapping {
    pub field: Field,
    pub lang: Option<Lang>,
}

fn squeeze(s: &str) -> String {
    normalize(s)
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '.' | '_' | '-' | ':' | '*' | '：' | '/'))
        .collect()
}

fn lang_hint(s: &str) -> Option<Lang> {
    let s = normalize(s);
    const ZH: &[&str] = &["中文", "汉字", "汉语", "chinese", "китайск", "han", "zh"];
    const RU: &[&str] = &[
        "俄文",
        "俄语",
        "русск",
        "кирилл",
        "russian",
        "cyrillic",
        "ru",
    ];
    const EN: &[&str] = &[
        "英文",
        "英语",
        "拼音",
        "english",
        "англ",
        "латин",
        "latin",
        "pinyin",
        "en",
        "lat",
    ];
    let is = |words: &[&str]| {
        words
            .iter()
            .any(|w| s.trim() == *w || (w.chars().count() > 2 && s.contains(w)))
    };
    if is(ZH) {
        Some(Lang::ZhCn)
    } else if is(RU) {
        Some(Lang::Ru)
    } else if is(EN) {
        Some(Lang::En)
    } else {
        None
    }
}

/// Headers of a whole name in Latin letters, as in the guest's passport:
/// "ФИО латиницей", 英文名, 拼音, "Name (Latin)" (compared squeezed).
const LATIN_FULL_NAME: &[&str] = &[
    "英文名",
    "英文姓名",
    "外文名",
    "外文姓名",
    "拼音",
    "姓名拼音",
    "拼音姓名",
    "护照姓名",
    "фиолатиницей",
    "фионалатинице",
    "фиолат",
    "фиолатиница",
    "фионаанглийском",
    "фиопопаспорту",
    "имялатиницей",
    "латиница",
    "nameinlatin",
    "latinname",
    "englishname",
    "nameinenglish",
    "passportname",
    "nameinpassport",
    "nameasinpassport",
    "fullnamelatin",
    "namelatin",
];

/// Guesses the mapping of one header; `None` for a column to leave out.
pub fn guess(header: &str) -> Option<ColumnMapping> {
    if LATIN_FULL_NAME.contains(
        &squeeze(header)
            .replace(['(', ')', '（', '）', ','], "")
            .as_str(),
    ) {
        return Some(ColumnMapping {
            field: Field::FullName,
            lang: Some(Lang::En),
        });
    }
    let h = header.replace(['（', '['], "(").replace(['）', ']'], ")");
    let (base, hint) = match (h.find('('), h.rfind(')')) {
        (Some(a), Some(b)) if b > a => (
            format!("{}{}", &h[..a], &h[b + 1..]),
            lang_hint(&h[a + 1..b]),
        ),
        _ => (h.clone(), None),
    };
    let key = squeeze(&base);
    if key.is_empty() {
        return None;
    }
    Field::ALL
        .iter()
        .find(|f| f.synonyms().iter().any(|s| squeeze(s) == key))
        .map(|f| ColumnMapping {
            field: *f,
            lang: hint,
        })
}

/// Guesses every column's mapping; a field already taken by an earlier
/// column without a language hint is not given twice.
pub fn guess_all(headers: &[String]) -> Vec<Option<ColumnMapping>> {
    let mut out: Vec<Option<ColumnMapping>> = Vec::new();
    for h in headers {
        let g = guess(h).filter(|m| {
            let taken = out.iter().flatten().any(|o| o == m);
            m.field.is_name() || !taken
        });
        out.push(g);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(h: &str) -> Option<Field> {
        guess(h).map(|m| m.field)
    }

    #[test]
    fn headers_in_three_languages() {
        for (h, want) in [
            ("姓", Field::Family),
            ("Фамилия", Field::Family),
            ("Last name", Field::Family),
            ("Surname", Field::Family),
            ("family_name", Field::Family),
            ("单位", Field::Organization),
            ("Организация", Field::Organization),
            ("Company", Field::Organization),
            ("职务", Field::Title),
            ("Должность", Field::Title),
            ("Position", Field::Title),
            ("代表团", Field::Delegation),
            ("Делегация", Field::Delegation),
            ("电子邮件", Field::Email),
            ("Эл. почта", Field::Email),
            ("E-mail", Field::Email),
            ("ФИО", Field::FullName),
            ("姓名", Field::FullName),
            ("Отчество", Field::Patronymic),
            ("名", Field::Given),
            ("Имя", Field::Given),
        ] {
            assert_eq!(f(h), Some(want), "{h}");
        }
        assert_eq!(f("Колонка 7"), None);
        assert_eq!(f(""), None);
    }

    #[test]
    fn language_hints_in_headers() {
        assert_eq!(
            guess("Title (English)"),
            Some(ColumnMapping {
                field: Field::Title,
                lang: Some(Lang::En)
            })
        );
        assert_eq!(
            guess("Фамилия (китайская)"),
            Some(ColumnMapping {
                field: Field::Family,
                lang: Some(Lang::ZhCn)
            })
        );
        for h in [
            "ФИО латиницей",
            "ФИО (лат.)",
            "Name (Latin)",
            "英文名",
            "拼音",
            "Passport name",
            "English name",
        ] {
            assert_eq!(
                guess(h),
                Some(ColumnMapping {
                    field: Field::FullName,
                    lang: Some(Lang::En)
                }),
                "{h}"
            );
        }
        assert_eq!(
            guess("姓（拼音）"),
            Some(ColumnMapping {
                field: Field::Family,
                lang: Some(Lang::En)
            })
        );
    }
}
