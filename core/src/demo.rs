//! The demo forum: the China–Russia Science and Technology Innovation
//! Cooperation Forum in Shenzhen, with guests from both sides and an opening
//! session. A newcomer lands in it on first start.

use std::path::Path;

use chrono::{NaiveDate, TimeZone};

use crate::agenda;
use crate::error::{Error, Result};
use crate::forum;
use crate::guests;
use crate::ids::new_id;
use crate::model::{
    Delegation, Forum, Gender, Guest, Hall, HonourSide, Interpretation, Item, ItemKind, Lang,
    Localized, NameParts, Organization, Rank, Session, SessionKind, Signatory, Status,
};
use crate::seating::{self, Template};
use crate::store::Store;

const TIME_ZONE: &str = "Asia/Shanghai";

struct DemoGuest {
    han: (&'static str, &'static str),
    cyr: (&'static str, &'static str, &'static str),
    lat: (&'static str, &'static str),
    gender: Gender,
    title: (&'static str, &'static str, &'static str),
    org: usize,
    russian: bool,
    rank: Rank,
    is_host: bool,
    status: Status,
    email: &'static str,
}

// The people and positions of the seed report (`domain.md`), in three
// languages. Ivanova and her company are made up, and come last.
#[rustfmt::skip]
const ORGANIZATIONS: &[(&str, &str, &str, &str)] = &[
    ("中华人民共和国科学技术部", "Министерство науки и технологий Китайской Народной Республики", "Ministry of Science and Technology of the People's Republic of China", "CN"),
    ("深圳市科技创新委员会", "Комитет по науке, технологиям и инновациям г. Шэньчжэнь", "Shenzhen Science and Technology Innovation Committee", "CN"),
    ("北京大学", "Пекинский университет", "Peking University", "CN"),
    ("国家电力投资集团有限公司", "Государственная инвестиционная корпорация электроэнергетики Китая", "State Power Investment Corporation Limited", "CN"),
    ("俄罗斯联邦科学和高等教育部", "Министерство науки и высшего образования Российской Федерации", "Ministry of Science and Higher Education of the Russian Federation", "RU"),
    ("莫斯科国立罗蒙诺索夫大学", "Московский государственный университет имени М. В. Ломоносова", "Lomonosov Moscow State University", "RU"),
    ("俄罗斯科学院远东研究所", "Институт Дальнего Востока Российской академии наук", "Institute of Far East Studies, Russian Academy of Sciences", "RU"),
    ("西伯利亚科技股份公司", "АО «СибТех»", "SibTech JSC", "RU"),
];

#[rustfmt::skip]
const GUESTS: &[DemoGuest] = &[
    DemoGuest { han: ("陈", "林浩"), cyr: ("Чэнь", "Линьхао", ""), lat: ("Chen", "Linhao"), gender: Gender::Male,
        title: ("国际合作司副司长", "заместитель директора Департамента международного сотрудничества", "Deputy Director-General, Department of International Cooperation"), org: 0, russian: false,
        rank: Rank::Director, is_host: true, status: Status::Confirmed, email: "chen.linhao@example.cn" },
    DemoGuest { han: ("张", "平文"), cyr: ("Чжан", "Пинвэнь", ""), lat: ("Zhang", "Pingwen"), gender: Gender::Male,
        title: ("院士、副校长", "академик, проректор", "Academician, Vice-President"), org: 2, russian: false,
        rank: Rank::Academician, is_host: false, status: Status::Confirmed, email: "zhang.pingwen@example.cn" },
    DemoGuest { han: ("梁", "永生"), cyr: ("Лян", "Юншэн", ""), lat: ("Liang", "Yongsheng"), gender: Gender::Male,
        title: ("主任", "председатель", "Director"), org: 1, russian: false,
        rank: Rank::Director, is_host: false, status: Status::Confirmed, email: "liang.yongsheng@example.cn" },
    DemoGuest { han: ("陈", "曦"), cyr: ("Чэнь", "Си", ""), lat: ("Chen", "Xi"), gender: Gender::Female,
        title: ("总会计师", "главный бухгалтер", "Chief Accountant"), org: 3, russian: false,
        rank: Rank::Director, is_host: false, status: Status::Invited, email: "chen.xi@example.cn" },
    DemoGuest { han: ("", ""), cyr: ("Семин", "Алексей", "Алексеевич"), lat: ("Semin", "Alexey"), gender: Gender::Male,
        title: ("国家科学与科技政策司代理司长", "и. о. директора Департамента государственной научной и научно-технической политики", "Acting Director, Department of State Scientific and Technical Policy"), org: 4, russian: true,
        rank: Rank::Director, is_host: false, status: Status::Confirmed, email: "semin@example.ru" },
    DemoGuest { han: ("", ""), cyr: ("Шахрай", "Сергей", "Михайлович"), lat: ("Shakhray", "Sergey"), gender: Gender::Male,
        title: ("副校长", "проректор", "Vice-President"), org: 5, russian: true,
        rank: Rank::ViceRector, is_host: false, status: Status::Confirmed, email: "shakhray@example.ru" },
    DemoGuest { han: ("", ""), cyr: ("Маслов", "Алексей", "Александрович"), lat: ("Maslov", "Alexei"), gender: Gender::Male,
        title: ("所长", "директор", "Director"), org: 6, russian: true,
        rank: Rank::Director, is_host: false, status: Status::Tentative, email: "maslov@example.ru" },
    DemoGuest { han: ("", ""), cyr: ("Иванова", "Мария", "Сергеевна"), lat: ("Ivanova", "Maria"), gender: Gender::Female,
        title: ("总经理", "генеральный директор", "Chief Executive Officer"), org: 7, russian: true,
        rank: Rank::Other, is_host: false, status: Status::Confirmed, email: "ivanova@example.ru" },
];

struct DemoItem {
    kind: ItemKind,
    title: (&'static str, &'static str, &'static str),
    minutes: i64,
    language: &'static str,
    interpretation: Interpretation,
    /// Indexes into [`GUESTS`].
    speakers: &'static [usize],
}

#[rustfmt::skip]
const ITEMS: &[DemoItem] = &[
    DemoItem { kind: ItemKind::Speech, title: ("主持人开场", "Вступительное слово модератора", "Opening remarks by the moderator"),
        minutes: 5, language: "zh-CN", interpretation: Interpretation::Simultaneous, speakers: &[2] },
    DemoItem { kind: ItemKind::Speech, title: ("欢迎致辞", "Приветственное слово", "Welcome address"),
        minutes: 10, language: "zh-CN", interpretation: Interpretation::Simultaneous, speakers: &[0] },
    DemoItem { kind: ItemKind::Video, title: ("莫斯科视频连线：致辞", "Видеосвязь с Москвой: выступление", "Video link-up from Moscow: address"),
        minutes: 5, language: "ru", interpretation: Interpretation::Simultaneous, speakers: &[6] },
    DemoItem { kind: ItemKind::Video, title: ("北京视频连线：主旨演讲——数学与人工智能", "Видеосвязь с Пекином: ключевой доклад «Математика и искусственный интеллект»", "Video link-up from Beijing. Keynote: Mathematics and AI"),
        minutes: 15, language: "zh-CN", interpretation: Interpretation::Simultaneous, speakers: &[1] },
    DemoItem { kind: ItemKind::Video, title: ("主旨演讲：中俄大学合作", "Ключевой доклад: сотрудничество университетов России и Китая", "Keynote: Russian–Chinese university cooperation"),
        minutes: 15, language: "ru", interpretation: Interpretation::Consecutive, speakers: &[5] },
    DemoItem { kind: ItemKind::Signing, title: ("合作协议签约", "Подписание соглашений о сотрудничестве", "Signing of cooperation agreements"),
        minutes: 10, language: "", interpretation: Interpretation::None, speakers: &[0, 4] },
    DemoItem { kind: ItemKind::Photo, title: ("集体合影", "Общее фотографирование", "Group photo"),
        minutes: 10, language: "", interpretation: Interpretation::None, speakers: &[] },
];

/// Writes the demo forum to a new file at `path`.
pub fn create(path: &Path) -> Result<Store> {
    let f = Forum {
        id: new_id(),
        name: Localized::new(
            "中俄科技创新合作论坛",
            "Российско-китайский форум научно-технического и инновационного сотрудничества",
            "China–Russia Science and Technology Innovation Cooperation Forum",
        ),
        venue: Localized::new(
            "深圳会展中心",
            "Шэньчжэньский конгрессно-выставочный центр",
            "Shenzhen Convention & Exhibition Center",
        ),
        city: Localized::new("深圳", "Шэньчжэнь", "Shenzhen"),
        time_zone: TIME_ZONE.into(),
        starts_on: NaiveDate::from_ymd_opt(2027, 4, 16),
        ends_on: NaiveDate::from_ymd_opt(2027, 4, 17),
        honour_side: HonourSide::Right,
        host_language: Lang::ZhCn,
        signatory: Signatory {
            name: Localized::new("陈立新", "Чэнь Лисинь", "Chen Lixin"),
            title: Localized::new(
                "论坛组委会主席",
                "Председатель организационного комитета форума",
                "Chair of the Forum Organizing Committee",
            ),
        },
        reply_by: NaiveDate::from_ymd_opt(2027, 3, 31),
    };
    let mut store = forum::create_with(path, &f)?;
    let filled = store.write(fill);
    if let Err(e) = filled {
        drop(store);
        let _ = std::fs::remove_file(path);
        return Err(e);
    }
    Ok(store)
}

fn fill(tx: &rusqlite::Transaction) -> Result<()> {
    let china = Delegation {
        id: new_id(),
        name: Localized::new("中方代表团", "Китайская делегация", "Chinese delegation"),
        country: "CN".into(),
        is_host: true,
        sort_order: 1,
    };
    let russia = Delegation {
        id: new_id(),
        name: Localized::new("俄方代表团", "Российская делегация", "Russian delegation"),
        country: "RU".into(),
        is_host: false,
        sort_order: 2,
    };
    guests::insert_delegation(tx, &china)?;
    guests::insert_delegation(tx, &russia)?;

    let mut org_ids = Vec::new();
    for (zh, ru, en, country) in ORGANIZATIONS {
        let o = Organization {
            id: new_id(),
            name: Localized::new(zh, ru, en),
            country: (*country).into(),
        };
        guests::insert_organization(tx, &o)?;
        org_ids.push(o.id);
    }

    let mut ids = Vec::new();
    for (i, d) in GUESTS.iter().enumerate() {
        let g = Guest {
            name: NameParts {
                family_han: d.han.0.into(),
                given_han: d.han.1.into(),
                family_cyr: d.cyr.0.into(),
                given_cyr: d.cyr.1.into(),
                patronymic_cyr: d.cyr.2.into(),
                family_lat: d.lat.0.into(),
                given_lat: d.lat.1.into(),
            },
            gender: d.gender,
            // How letters address an academician: 尊敬的张平文院士, Dear Academician Zhang.
            honorific: if d.rank == Rank::Academician {
                Localized::new("院士", "академик", "Academician")
            } else {
                Localized::default()
            },
            title: Localized::new(d.title.0, d.title.1, d.title.2),
            organization_id: org_ids.get(d.org).cloned(),
            delegation_id: Some(if d.russian { &russia.id } else { &china.id }.clone()),
            rank: d.rank,
            manual_order: Some(i as i64 + 1),
            is_host: d.is_host,
            preferred_language: if d.russian { Lang::Ru } else { Lang::ZhCn },
            email: d.email.into(),
            status: d.status,
            ..Guest::default()
        };
        ids.push(guests::insert(tx, &g)?);
    }
    let guest = |i: usize| -> Result<&str> {
        ids.get(i).map(String::as_str).ok_or(Error::NotFound {
            what: "guest",
            id: i.to_string(),
        })
    };
    guests::set_delegation_head(tx, &china.id, guest(0)?)?;
    guests::set_delegation_head(tx, &russia.id, guest(4)?)?;

    // The plenary is held by video between Shenzhen, Beijing and Moscow.
    let hall = Hall {
        id: new_id(),
        name: Localized::new(
            "主会场（深圳—北京—莫斯科视频连线）",
            "Главный зал (видеосвязь Шэньчжэнь — Пекин — Москва)",
            "Main Hall (video link Shenzhen – Beijing – Moscow)",
        ),
    };
    agenda::insert_hall(tx, &hall)?;

    let banquet = Template::Banquet {
        tables: 2,
        seats: 10,
    };
    let banquet_hall = seating::create_hall(
        tx,
        &Localized::new("宴会厅", "Банкетный зал", "Banquet Hall"),
        banquet,
    )?;
    seating::create_plan(tx, "Welcome banquet", &banquet_hall, banquet, true)?;
    let talks = Template::Talks { per_side: 4 };
    let talks_room = seating::create_hall(
        tx,
        &Localized::new("会见厅", "Зал переговоров", "Meeting Room"),
        talks,
    )?;
    seating::create_plan(tx, "Bilateral talks", &talks_room, talks, false)?;

    let day = NaiveDate::from_ymd_opt(2027, 4, 16).ok_or(Error::InvalidValue {
        field: "day".into(),
        value: "2027-04-16".into(),
    })?;
    let tz: chrono_tz::Tz = TIME_ZONE
        .parse()
        .map_err(|_| Error::UnknownTimeZone(TIME_ZONE.into()))?;
    let starts_at = tz
        .from_local_datetime(&day.and_hms_opt(9, 30, 0).unwrap_or_default())
        .single()
        .ok_or(Error::InvalidValue {
            field: "starts_at".into(),
            value: "09:30".into(),
        })?
        .with_timezone(&chrono::Utc);
    let session = Session {
        id: new_id(),
        day,
        hall_id: Some(hall.id.clone()),
        kind: SessionKind::Opening,
        title: Localized::new("开幕式", "Церемония открытия", "Opening ceremony"),
        starts_at,
        planned_minutes: Some(75),
        moderator_guest_id: Some(guest(2)?.to_string()),
    };
    agenda::insert_session(tx, &session)?;

    for (pos, d) in ITEMS.iter().enumerate() {
        let item = Item {
            id: new_id(),
            session_id: session.id.clone(),
            position: pos as i64 + 1,
            kind: d.kind,
            title: Localized::new(d.title.0, d.title.1, d.title.2),
            planned_seconds: d.minutes * 60,
            language: d.language.into(),
            interpretation: d.interpretation,
            stage_notes: String::new(),
            tech_notes: String::new(),
        };
        agenda::insert_item(tx, &item)?;
        for (k, s) in d.speakers.iter().enumerate() {
            agenda::add_person(tx, &item.id, guest(*s)?, "speaker", k as i64)?;
        }
    }
    Ok(())
}

/// Adds `n` made-up guests (half Chinese, half Russian names, all three
/// scripts) to an open forum: data for benchmarks and load tests.
pub fn add_synthetic_guests(store: &mut Store, n: usize) -> Result<()> {
    const HAN_FAMILY: &[(&str, &str, &str)] = &[
        ("王", "Ван", "Wang"),
        ("李", "Ли", "Li"),
        ("张", "Чжан", "Zhang"),
        ("刘", "Лю", "Liu"),
        ("陈", "Чэнь", "Chen"),
        ("杨", "Ян", "Yang"),
        ("欧阳", "Оуян", "Ouyang"),
        ("赵", "Чжао", "Zhao"),
    ];
    const HAN_GIVEN: &[(&str, &str, &str)] = &[
        ("伟", "Вэй", "Wei"),
        ("芳", "Фан", "Fang"),
        ("平文", "Пинвэнь", "Pingwen"),
        ("永生", "Юншэн", "Yongsheng"),
        ("娜", "На", "Na"),
        ("曦", "Си", "Xi"),
        ("建国", "Цзяньго", "Jianguo"),
    ];
    const RU_FAMILY: &[(&str, &str)] = &[
        ("Иванов", "Ivanov"),
        ("Петров", "Petrov"),
        ("Смирнов", "Smirnov"),
        ("Кузнецов", "Kuznetsov"),
        ("Соколов", "Sokolov"),
        ("Попов", "Popov"),
        ("Лебедев", "Lebedev"),
        ("Сёмин", "Syomin"),
    ];
    const RU_GIVEN: &[(&str, &str)] = &[
        ("Алексей", "Alexey"),
        ("Сергей", "Sergey"),
        ("Мария", "Maria"),
        ("Ольга", "Olga"),
        ("Дмитрий", "Dmitry"),
        ("Анна", "Anna"),
        ("Игорь", "Igor"),
    ];
    const PATRONYMIC: &[&str] = &[
        "Алексеевич",
        "Сергеевич",
        "Михайлович",
        "Иванович",
        "Петрович",
    ];
    store.write(|tx| {
        for i in 0..n {
            let (name, lang) = if i % 2 == 0 {
                let f = HAN_FAMILY[i % HAN_FAMILY.len()];
                let g = HAN_GIVEN[(i / 7) % HAN_GIVEN.len()];
                (
                    NameParts {
                        family_han: f.0.into(),
                        given_han: g.0.into(),
                        family_cyr: f.1.into(),
                        given_cyr: g.1.into(),
                        family_lat: f.2.into(),
                        given_lat: g.2.into(),
                        ..NameParts::default()
                    },
                    Lang::ZhCn,
                )
            } else {
                let f = RU_FAMILY[i % RU_FAMILY.len()];
                let g = RU_GIVEN[(i / 7) % RU_GIVEN.len()];
                (
                    NameParts {
                        family_cyr: f.0.into(),
                        given_cyr: g.0.into(),
                        patronymic_cyr: PATRONYMIC[(i / 3) % PATRONYMIC.len()].into(),
                        family_lat: f.1.into(),
                        given_lat: g.1.into(),
                        ..NameParts::default()
                    },
                    Lang::Ru,
                )
            };
            let g = Guest {
                name,
                preferred_language: lang,
                email: format!("guest{i}@example.org"),
                status: Status::ALL[i % Status::ALL.len()],
                rank: Rank::ALL[i % Rank::ALL.len()],
                ..Guest::default()
            };
            guests::insert(tx, &g)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_has_both_delegations_and_an_opening_session() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io(Path::new("tmp"), e))?;
        let store = create(&dir.path().join("demo.forum"))?;
        let list = store.read(|c| guests::list(c, Lang::ZhCn))?;
        assert_eq!(list.len(), GUESTS.len());
        assert_eq!(list[0].display_name, "陈林浩");
        assert!(list.iter().any(|g| g.display_name == "张平文"));
        let ru = store.read(|c| guests::list(c, Lang::Ru))?;
        assert!(ru
            .iter()
            .any(|g| g.display_name == "Семин Алексей Алексеевич"
                && g.delegation == "Российская делегация"));
        assert_eq!(store.read(agenda::count_sessions)?, 1);
        assert_eq!(store.read(agenda::count_items)?, 7);
        store.check()
    }
}
