//! Partners' lists in, our lists out: real files read and written.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader};
use forum_core::io::export::{self, Column, ExportFormat, ExportOptions};
use forum_core::io::import::{self, IssueKind};
use forum_core::io::table;
use forum_core::model::{Lang, Localized};
use forum_core::undo::History;
use forum_core::{demo, forum, guests, Error, Store};
use forum_tests::fixture;

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn empty_forum(dir: &Path) -> Store {
    forum::create(
        &dir.join("empty.forum"),
        Localized::new("测试", "Тест", "Test"),
        "Asia/Shanghai",
    )
    .expect("create")
}

fn imp(name: &str) -> PathBuf {
    fixture(&format!("import/{name}"))
}

fn names(s: &Store, lang: Lang) -> Vec<String> {
    let mut v: Vec<String> = s
        .read(|c| guests::list(c, lang))
        .expect("list")
        .into_iter()
        .map(|g| g.display_name)
        .collect();
    v.sort();
    v
}

#[test]
fn a_gbk_csv_from_a_chinese_partner() {
    let d = tmp();
    let mut s = empty_forum(d.path());
    let t = table::read(&imp("partner-cn-gbk.csv")).expect("read");
    assert_eq!(t.encoding, "gb18030");
    assert_eq!(t.delimiter, ',');
    let sum = import::commit(
        &mut s,
        &mut History::default(),
        &imp("partner-cn-gbk.csv"),
        None,
        &[],
        Lang::En,
    )
    .expect("import");
    assert_eq!(sum.imported, 3);
    assert_eq!(sum.new_organizations, 3);
    assert_eq!(sum.new_delegations, 1);
    assert_eq!(names(&s, Lang::ZhCn), ["张平文", "欧阳娜娜", "诸葛明远"]);
    assert_eq!(
        names(&s, Lang::En),
        ["Ouyang Nana", "Zhang Pingwen", "Zhuge Mingyuan"]
    );
    let all = s.read(guests::all).expect("all");
    let ouyang = all
        .iter()
        .find(|g| g.name.family_han == "欧阳")
        .expect("compound surname");
    assert_eq!(ouyang.name.given_han, "娜娜");
    assert_eq!(ouyang.gender, forum_core::model::Gender::Female);
    assert_eq!(ouyang.title.zh, "教授");
    assert_eq!(ouyang.preferred_language, Lang::ZhCn);
}

#[test]
fn a_windows_1251_csv_with_semicolons_from_a_russian_partner() {
    let d = tmp();
    let mut s = empty_forum(d.path());
    let t = table::read(&imp("partner-ru-1251.csv")).expect("read");
    assert_eq!((t.encoding.as_str(), t.delimiter), ("windows-1251", ';'));
    import::commit(
        &mut s,
        &mut History::default(),
        &imp("partner-ru-1251.csv"),
        None,
        &[],
        Lang::En,
    )
    .expect("import");
    assert_eq!(
        names(&s, Lang::Ru),
        [
            "Ёлкин Пётр Ильич",
            "Иванова Мария Сергеевна",
            "Семин Алексей Алексеевич"
        ]
    );
    let all = s.read(guests::all).expect("all");
    let semin = all
        .iter()
        .find(|g| g.name.family_cyr == "Семин")
        .expect("semin");
    assert_eq!(semin.name.latin(), "Semin Aleksei", "ICAO prefill");
    assert_eq!(semin.gender, forum_core::model::Gender::Male);
    assert_eq!(semin.title.ru, "заместитель министра");
    assert_eq!(semin.preferred_language, Lang::Ru);
    let ivanova = all
        .iter()
        .find(|g| g.name.family_cyr == "Иванова")
        .expect("ivanova");
    assert_eq!(ivanova.gender, forum_core::model::Gender::Female);
}

#[test]
fn a_utf8_bom_csv_keeps_quoted_commas_and_formula_looking_text() {
    let d = tmp();
    let mut s = empty_forum(d.path());
    import::commit(
        &mut s,
        &mut History::default(),
        &imp("partner-en-bom.csv"),
        None,
        &[],
        Lang::En,
    )
    .expect("import");
    let all = s.read(guests::all).expect("all");
    let smith = all
        .iter()
        .find(|g| g.name.family_lat == "Smith")
        .expect("smith");
    assert_eq!(smith.notes, r#"=HYPERLINK("http://example.com","click")"#);
    assert_eq!(smith.title.en, "CEO");
    let orgs = s
        .read(|c| guests::orgs::organizations(c, Lang::En))
        .expect("orgs");
    assert!(orgs.iter().any(|o| o.name.en == "Acme, Inc."));
}

#[test]
fn a_full_name_column_is_split_in_either_order() {
    let d = tmp();
    let mut s = empty_forum(d.path());
    let t = table::read(&imp("full-name-ru.tsv")).expect("read");
    assert_eq!(t.delimiter, '\t');
    import::commit(
        &mut s,
        &mut History::default(),
        &imp("full-name-ru.tsv"),
        None,
        &[],
        Lang::En,
    )
    .expect("import");
    assert_eq!(
        names(&s, Lang::Ru),
        ["Маслов Алексей Александрович", "Шахрай Сергей Михайлович"]
    );
}

#[test]
fn an_xlsx_with_han_cyrillic_and_a_formula_looking_cell() {
    let d = tmp();
    let path = d.path().join("partner.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    let rows = [
        ["姓", "名", "Организация", "Должность", "E-mail", "备注"],
        [
            "张",
            "平文",
            "北京大学",
            "академик",
            "zhang@example.cn",
            "=1+2",
        ],
        [
            "Семин",
            "Алексей",
            "Минобрнауки",
            "заместитель министра",
            "semin@example.ru",
            "@ref",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *v).expect("write");
        }
    }
    wb.save(&path).expect("save");
    let mut s = empty_forum(d.path());
    let p = import::preview(&s, &path, None, Lang::En).expect("preview");
    assert_eq!(p.total_rows, 2);
    assert_eq!(p.error_count, 0);
    assert_eq!(p.rows[0].display_name, "Zhang Pingwen");
    import::commit(&mut s, &mut History::default(), &path, None, &[], Lang::En).expect("import");
    let all = s.read(guests::all).expect("all");
    let zhang = all
        .iter()
        .find(|g| g.name.family_han == "张")
        .expect("zhang");
    assert_eq!(zhang.notes, "=1+2");
    assert_eq!(zhang.title.ru, "академик");
    assert_eq!(zhang.name.cyrillic(), "Чжан Пинвэнь", "Palladius prefill");
}

fn assert_nothing_imported(file: &str, code: &str) -> Error {
    let d = tmp();
    let mut s = demo::create(&d.path().join("demo.forum")).expect("demo");
    let before = s.read(guests::count).expect("count");
    let err = import::commit(
        &mut s,
        &mut History::default(),
        &imp(file),
        None,
        &[],
        Lang::En,
    )
    .expect_err("must be refused");
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(
        s.read(guests::count).expect("count"),
        before,
        "rows were written"
    );
    err
}

#[test]
fn a_bad_email_names_file_row_and_column_and_imports_nothing() {
    let err = assert_nothing_imported("bad-email.csv", "row-bad-email");
    let msg = forum_core::i18n::error_message(Lang::Ru, &err);
    assert!(
        msg.contains("bad-email.csv") && msg.contains("строка 3") && msg.contains("«E-mail»"),
        "{msg}"
    );
}

#[test]
fn a_row_without_a_name_imports_nothing() {
    let err = assert_nothing_imported("missing-name.csv", "row-missing-name");
    let msg = forum_core::i18n::error_message(Lang::En, &err);
    assert!(msg.contains("row 3"), "{msg}");
}

#[test]
fn binary_and_truncated_files_are_refused() {
    assert_nothing_imported("binary.csv", "unreadable-table");
    let d = tmp();
    let full = d.path().join("full.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet()
        .write_string(0, 0, "姓名")
        .expect("write");
    wb.save(&full).expect("save");
    let bytes = std::fs::read(&full).expect("read");
    let cut = d.path().join("cut.xlsx");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).expect("write");
    let mut s = empty_forum(d.path());
    let err = import::commit(&mut s, &mut History::default(), &cut, None, &[], Lang::En)
        .expect_err("refused");
    assert_eq!(err.code(), "unreadable-table");
    assert_eq!(s.read(guests::count).expect("count"), 0);
}

#[test]
fn duplicates_are_flagged_against_the_forum_and_within_the_file() {
    let d = tmp();
    let s = demo::create(&d.path().join("demo.forum")).expect("demo");
    let f = d.path().join("dups.csv");
    std::fs::write(
        &f,
        "Name,Organization,E-mail\n\
         张平文,北京大学,zpw@example.cn\n\
         Новый Гость,МГУ,semin@example.ru\n\
         Ли На,МГУ,li.na@example.cn\n\
         Li Na,X,li.na@example.cn\n",
    )
    .expect("write");
    let p = import::preview(&s, &f, None, Lang::En).expect("preview");
    let kinds: Vec<(usize, IssueKind)> = p.issues.iter().map(|i| (i.row, i.kind)).collect();
    assert_eq!(
        kinds,
        [
            (2, IssueKind::Duplicate),
            (3, IssueKind::Duplicate),
            (5, IssueKind::DuplicateInFile)
        ]
    );
    assert_eq!(p.issues[0].other, "Zhang Pingwen");
    assert_eq!(p.error_count, 0);
    assert_eq!(p.warning_count, 3);
}

#[test]
fn an_import_is_one_undoable_step() {
    let d = tmp();
    let mut s = demo::create(&d.path().join("demo.forum")).expect("demo");
    let before = s.read(guests::count).expect("count");
    let mut h = History::default();
    import::commit(
        &mut s,
        &mut h,
        &imp("partner-ru-1251.csv"),
        None,
        &[],
        Lang::En,
    )
    .expect("import");
    assert_eq!(
        s.read(guests::count).expect("count"),
        before + 2,
        "Иванова is already in the demo"
    );
    h.undo(&mut s).expect("undo");
    assert_eq!(s.read(guests::count).expect("count"), before);
}

fn guest_named(s: &Store, name: &str) -> forum_core::model::Guest {
    s.read(guests::all)
        .expect("guests")
        .into_iter()
        .find(|g| g.name.display(Lang::En) == name)
        .unwrap_or_else(|| panic!("no guest {name}"))
}

#[test]
fn an_updated_partner_list_fills_gaps_skips_repeats_and_adds_only_the_new() {
    use forum_core::io::import::RowDecision;
    use forum_core::io::matching::{Decision, GuestField};
    let d = tmp();
    let mut s = demo::create(&d.path().join("demo.forum")).expect("demo");
    let mut h = History::default();
    let first = d.path().join("moscow-list-v1.csv");
    std::fs::write(
        &first,
        "Фамилия;Имя;Отчество;Организация;E-mail\n\
         Кузнецова;Ольга;Игоревна;МФТИ;kuznetsova@mipt.example\n\
         Орлов;Дмитрий;Павлович;МФТИ;\n",
    )
    .expect("write");
    let n = s.read(guests::count).expect("count");
    let sum = import::commit(&mut s, &mut h, &first, None, &[], Lang::En).expect("v1");
    assert_eq!((sum.imported, sum.updated, sum.skipped), (2, 0, 0));
    assert_eq!(s.read(guests::count).expect("count"), n + 2);

    // The same list again: no one added, and the summary says so.
    let again = import::commit(&mut s, &mut h, &first, None, &[], Lang::En).expect("again");
    assert_eq!((again.imported, again.updated, again.skipped), (0, 0, 2));
    assert_eq!(s.read(guests::count).expect("count"), n + 2);

    // Version 2: Орлов now has an e-mail and a phone, Кузнецова a new
    // title, one new name; Кузнецова and the new name repeated at the end.
    let second = d.path().join("moscow-list-v2.csv");
    std::fs::write(
        &second,
        "Фамилия;Имя;Отчество;Должность;Организация;E-mail;Телефон\n\
         Кузнецова;Ольга;Игоревна;Проректор;МФТИ;kuznetsova@mipt.example;\n\
         Орлов;Дмитрий;Павлович;;МФТИ;orlov@mipt.example;+7 495 408 00 00\n\
         Белова;Анна;Сергеевна;;МФТИ;;\n\
         Кузнецова;Ольга;Игоревна;;МФТИ;kuznetsova@mipt.example;\n\
         Белова;Анна;Сергеевна;;МФТИ;;\n",
    )
    .expect("write");
    let p = import::preview(&s, &second, None, Lang::En).expect("preview");
    assert_eq!(p.unmatched, 1, "only Белова is new");
    assert_eq!(p.matches.len(), 4);
    let orlov = p.matches.iter().find(|m| m.row == 3).expect("Орлов");
    assert!(!orlov.in_file);
    assert_eq!(orlov.other_name, "Orlov Dmitrii");
    assert_eq!(orlov.decision, Decision::Fill);
    let fields: Vec<GuestField> = orlov.changes.iter().map(|c| c.field).collect();
    assert_eq!(fields, [GuestField::Email, GuestField::Phone]);
    let kuz = p.matches.iter().find(|m| m.row == 2).expect("Кузнецова");
    assert_eq!(kuz.decision, Decision::Fill, "a title she had not");
    // Row 5 is Кузнецова again: it repeats row 2 (which updates her),
    // so she is not updated twice.
    let repeat = p.matches.iter().find(|m| m.row == 5).expect("repeat");
    assert!(repeat.in_file && repeat.other_row == 2, "{repeat:?}");
    assert_eq!(repeat.decision, Decision::Skip);
    assert_eq!((p.to_add, p.to_update), (1, 2));
    let twice = p
        .matches
        .iter()
        .find(|m| m.row == 6)
        .expect("in the file twice");
    assert!(twice.in_file && twice.other_row == 4, "{twice:?}");
    assert_eq!(twice.decision, Decision::Skip);

    // The organizer keeps Кузнецова as she is; the rest as proposed.
    let sum = import::commit(
        &mut s,
        &mut h,
        &second,
        None,
        &[RowDecision {
            row: 2,
            decision: Decision::Skip,
        }],
        Lang::En,
    )
    .expect("v2");
    assert_eq!((sum.imported, sum.updated, sum.skipped), (1, 1, 3));
    assert_eq!(s.read(guests::count).expect("count"), n + 3);
    let orlov = guest_named(&s, "Orlov Dmitrii");
    assert_eq!(orlov.email, "orlov@mipt.example");
    assert_eq!(orlov.phone, "+7 495 408 00 00");
    assert_eq!(guest_named(&s, "Kuznetsova Olga").title.ru, "");
    // One Ctrl+Z takes the whole second import back, the update too.
    h.undo(&mut s).expect("undo");
    assert_eq!(s.read(guests::count).expect("count"), n + 2);
    assert_eq!(guest_named(&s, "Orlov Dmitrii").email, "");
}

fn export_to(s: &Store, path: &Path, opts: &ExportOptions) -> usize {
    export::guests(s, path, opts).expect("export")
}

#[test]
fn csv_export_has_bom_chosen_delimiter_and_neutralized_formulas() {
    let d = tmp();
    let mut s = demo::create(&d.path().join("demo.forum")).expect("demo");
    let id = s.read(guests::all).expect("all")[0].id.clone();
    let mut g = s
        .read(|c| guests::get(c, &id))
        .expect("get")
        .expect("guest");
    g.notes = "=cmd|'/c calc'!A1".into();
    s.write(|tx| guests::update(tx, &g)).expect("update");

    let out = d.path().join("guests.csv");
    let mut opts = ExportOptions::new(ExportFormat::Csv, Lang::Ru);
    opts.semicolon = true;
    assert_eq!(export_to(&s, &out, &opts), 8);
    let bytes = std::fs::read(&out).expect("read");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    let first = text.lines().next().expect("header");
    assert!(first.starts_with("ФИО;Фамилия (китайская);"), "{first}");
    assert!(text.contains("\r\n"));
    assert!(text.contains("'=cmd|"), "formula neutralized");
    assert!(!text.contains(";=cmd"), "no raw formula cell");
}

#[test]
fn an_export_holds_exactly_the_filtered_or_selected_guests() {
    use forum_core::guests::{filtered_ids, GuestFilter};
    use forum_core::io::export::Column;
    use forum_core::model::Status;
    let d = tmp();
    let s = demo::create(&d.path().join("demo.forum")).expect("demo");
    let read = |path: &Path| -> Vec<Vec<String>> {
        let mut r = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_path(path)
            .expect("csv");
        r.records()
            .map(|x| x.expect("row").iter().map(str::to_string).collect())
            .collect()
    };
    // Confirmed guests of the Russian delegation (by its country code).
    let filter = GuestFilter {
        statuses: vec![Status::Confirmed],
        delegation: Some("ru".into()),
        search: None,
    };
    let ids = s
        .read(|c| filtered_ids(c, Lang::Ru, &filter))
        .expect("filter");
    assert_eq!(
        ids.len(),
        3,
        "Semin, Shakhray, Ivanova; Maslov is tentative"
    );
    let out = d.path().join("confirmed-ru.csv");
    let mut opts = ExportOptions::new(ExportFormat::Csv, Lang::Ru);
    opts.semicolon = true;
    opts.columns = vec![Column::Name, Column::Language, Column::Status];
    opts.guests = Some(ids);
    assert_eq!(export_to(&s, &out, &opts), 3);
    let rows = read(&out);
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r[2] == "Подтверждено"), "{rows:?}");
    assert!(!rows.iter().any(|r| r[0].starts_with("Маслов")));
    // The guest's language is named in the export's language.
    assert!(rows.iter().all(|r| r[1] == "русский"), "{rows:?}");

    // A search in another script finds the same guest.
    let found = s
        .read(|c| {
            filtered_ids(
                c,
                Lang::En,
                &GuestFilter {
                    search: Some("Чжан".into()),
                    ..Default::default()
                },
            )
        })
        .expect("search");
    assert_eq!(found.len(), 1);
    let unknown = s.read(|c| {
        filtered_ids(
            c,
            Lang::En,
            &GuestFilter {
                delegation: Some("Atlantis".into()),
                ..Default::default()
            },
        )
    });
    assert!(matches!(unknown, Err(Error::InvalidValue { .. })));
}

#[test]
fn xlsx_export_has_frozen_filtered_header_and_a_sheet_per_delegation() {
    let d = tmp();
    let s = demo::create(&d.path().join("demo.forum")).expect("demo");
    let out = d.path().join("guests.xlsx");
    let mut opts = ExportOptions::new(ExportFormat::Xlsx, Lang::ZhCn);
    opts.columns = vec![Column::Name, Column::Organization, Column::Status];
    opts.sheet_per_delegation = true;
    export_to(&s, &out, &opts);
    let mut wb = calamine::open_workbook_auto(&out).expect("open");
    assert_eq!(wb.sheet_names(), ["中方代表团", "俄方代表团"]);
    let r = wb.worksheet_range("中方代表团").expect("sheet");
    let header: Vec<String> = r
        .rows()
        .next()
        .expect("row")
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header, ["姓名", "单位", "状态"]);
    assert_eq!(r.get_value((1, 0)), Some(&Data::String("陈林浩".into())));
    assert_eq!(r.height(), 5);
    // The frozen header and the filter live in the sheet's XML.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).expect("open")).expect("zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").expect("sheet1"),
        &mut xml,
    )
    .expect("xml");
    assert!(xml.contains(r#"state="frozen""#), "{xml}");
    assert!(xml.contains("<autoFilter"), "{xml}");
    let widths: Vec<f64> = xml
        .match_indices("width=\"")
        .filter_map(|(i, _)| xml[i + 7..].split('"').next()?.parse().ok())
        .collect();
    assert!(widths.iter().all(|w| *w >= 8.0), "{widths:?}");
}

#[test]
fn export_then_import_gives_the_same_guests() {
    for (format, ext) in [(ExportFormat::Csv, "csv"), (ExportFormat::Xlsx, "xlsx")] {
        for lang in Lang::ALL {
            let d = tmp();
            let src = demo::create(&d.path().join("demo.forum")).expect("demo");
            let out = d.path().join(format!("guests.{ext}"));
            let mut opts = ExportOptions::new(format, lang);
            opts.semicolon = lang == Lang::Ru;
            export_to(&src, &out, &opts);
            let mut dst = empty_forum(d.path());
            import::commit(&mut dst, &mut History::default(), &out, None, &[], Lang::En)
                .unwrap_or_else(|e| panic!("{ext} {lang}: {e}"));
            let key = |s: &Store| {
                let mut v: Vec<_> = s
                    .read(guests::all)
                    .expect("all")
                    .into_iter()
                    .map(|g| {
                        (
                            g.name,
                            g.title,
                            g.email,
                            g.status,
                            g.gender,
                            g.preferred_language,
                            g.rank,
                        )
                    })
                    .collect();
                v.sort_by(|a, b| a.2.cmp(&b.2));
                v
            };
            assert_eq!(key(&dst), key(&src), "{ext} in {lang}");
            let orgs = |s: &Store| {
                let mut v: Vec<String> = s
                    .read(|c| guests::list(c, lang))
                    .expect("list")
                    .into_iter()
                    .map(|g| format!("{} | {} | {}", g.email, g.organization, g.delegation))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(orgs(&dst), orgs(&src), "{ext} in {lang}");
        }
    }
}

/// A small fuzz run: real fixtures with random bytes changed, cut or
/// inserted, and pure noise. Reading must answer Ok or a clear error —
/// never panic, never hang.
#[test]
fn mangled_files_never_crash_the_reader() {
    let seeds: Vec<Vec<u8>> = [
        "partner-cn-gbk.csv",
        "partner-ru-1251.csv",
        "partner-en-bom.csv",
        "full-name-ru.tsv",
    ]
    .iter()
    .map(|f| std::fs::read(imp(f)).expect("fixture"))
    .collect();
    let d = tmp();
    let xlsx = d.path().join("seed.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet()
        .write_string(0, 0, "姓名")
        .and_then(|ws| ws.write_string(1, 0, "张平文"))
        .expect("write");
    wb.save(&xlsx).expect("save");
    let mut seeds = seeds;
    seeds.push(std::fs::read(&xlsx).expect("xlsx"));

    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let path = Path::new("fuzz.csv");
    let mut outcomes = (0, 0);
    for round in 0..3000 {
        let mut bytes = seeds[round % seeds.len()].clone();
        match next() % 4 {
            0 => {
                for _ in 0..(1 + next() % 8) {
                    let i = (next() as usize) % bytes.len().max(1);
                    if let Some(b) = bytes.get_mut(i) {
                        *b = next() as u8;
                    }
                }
            }
            1 => bytes.truncate((next() as usize) % (bytes.len() + 1)),
            2 => {
                let i = (next() as usize) % (bytes.len() + 1);
                let noise: Vec<u8> = (0..(next() % 64)).map(|_| next() as u8).collect();
                bytes.splice(i..i, noise);
            }
            _ => bytes = (0..(next() % 512)).map(|_| next() as u8).collect(),
        }
        match table::read_bytes(path, &bytes) {
            Ok(t) => {
                assert!(!t.headers.is_empty());
                outcomes.0 += 1;
            }
            Err(e) => {
                assert!(
                    matches!(e.code(), "unreadable-table" | "empty-table"),
                    "{e}"
                );
                outcomes.1 += 1;
            }
        }
    }
    assert!(outcomes.0 > 100 && outcomes.1 > 100, "{outcomes:?}");
}

#[test]
fn an_update_that_does_not_take_the_organization_creates_none_and_an_undone_import_leaves_none_behind(
) {
    let d = tmp();
    let mut s = demo::create(&d.path().join("demo.forum")).expect("demo");
    let mut h = History::default();
    let orgs = |s: &Store| {
        s.read(|c| guests::orgs::organizations(c, Lang::En))
            .expect("orgs")
    };
    let before = orgs(&s).len();
    // Maslov is in the demo with his institute; the partner gives his
    // e-mail, a phone and another organization name: the phone fills a gap, the
    // organization only differs, so it is not taken — and not created.
    let file = d.path().join("update.csv");
    std::fs::write(
        &file,
        "Фамилия;Имя;Организация;E-mail;Телефон\n\
         Маслов;Алексей;НИИ Востоковедения;maslov@example.ru;+7 495 000 11 22\n",
    )
    .expect("write");
    let p = import::preview(&s, &file, None, Lang::Ru).expect("preview");
    assert_eq!((p.to_add, p.to_update, p.new_organizations), (0, 1, 0));
    let sum = import::commit(&mut s, &mut h, &file, None, &[], Lang::Ru).expect("import");
    assert_eq!((sum.updated, sum.new_organizations), (1, 0));
    assert_eq!(orgs(&s).len(), before);
    assert_eq!(guest_named(&s, "Maslov Alexei").phone, "+7 495 000 11 22");

    // A new guest with a new organization, undone, then imported again:
    // the organization is created afresh, not the deleted one reused.
    let new = d.path().join("new.csv");
    std::fs::write(
        &new,
        "Фамилия;Имя;Организация\nПетров;Иван;НИИ Новых Материалов\n",
    )
    .expect("write");
    import::commit(&mut s, &mut h, &new, None, &[], Lang::Ru).expect("import");
    assert_eq!(orgs(&s).len(), before + 1);
    h.undo(&mut s).expect("undo");
    assert_eq!(orgs(&s).len(), before);
    let sum = import::commit(&mut s, &mut h, &new, None, &[], Lang::Ru).expect("again");
    assert_eq!(sum.new_organizations, 1);
    let petrov = guest_named(&s, "Petrov Ivan");
    assert!(
        orgs(&s)
            .iter()
            .any(|o| Some(&o.id) == petrov.organization_id.as_ref()),
        "the guest's organization is one the Organizations card lists"
    );
}

#[test]
fn each_partners_name_for_a_country_lands_in_the_forums_delegation() {
    let d = tmp();
    let mut s = demo::create(&d.path().join("demo.forum")).expect("demo");
    let mut h = History::default();
    let dels = |s: &Store| s.read(guests::orgs::delegations).expect("dels");
    let before = dels(&s);
    let file = d.path().join("mixed.csv");
    std::fs::write(
        &file,
        "Name,Delegation\n\
         Wang Lei,中国\n\
         Li Na,CN\n\
         Zhao Min,China\n\
         Ivan Petrov,Россия\n\
         Olga Smirnova,RU\n\
         Siobhan O'Brien,Ireland\n",
    )
    .expect("write");
    let p = import::preview(&s, &file, None, Lang::En).expect("preview");
    assert_eq!(p.new_delegations, 1, "only Ireland is new");
    import::commit(&mut s, &mut h, &file, None, &[], Lang::En).expect("import");
    let after = dels(&s);
    assert_eq!(after.len(), before.len() + 1);
    let cn = before
        .iter()
        .find(|d| d.country == "CN")
        .expect("CN")
        .id
        .clone();
    let ru = before
        .iter()
        .find(|d| d.country == "RU")
        .expect("RU")
        .id
        .clone();
    let all = s.read(guests::all).expect("guests");
    let of = |family: &str| {
        all.iter()
            .find(|g| g.name.family_lat == family || g.name.given_lat == family)
            .and_then(|g| g.delegation_id.clone())
            .unwrap_or_default()
    };
    for family in ["Wang", "Li", "Zhao"] {
        assert_eq!(of(family), cn, "{family}");
    }
    for family in ["Petrov", "Smirnova"] {
        assert_eq!(of(family), ru, "{family}");
    }
}

#[test]
fn a_whole_latin_name_column_gives_the_passport_spelling_over_the_apps_guess() {
    use forum_core::io::matching::{Decision, GuestField};
    let d = tmp();
    let mut s = empty_forum(d.path());
    let mut h = History::default();
    // The first list has Cyrillic only: the app guesses the Latin spelling.
    let first = d.path().join("ministry.csv");
    std::fs::write(
        &first,
        "ФИО;Должность\n\
         Семин Алексей Алексеевич;заместитель министра\n\
         Щукина Юлия Андреевна;советник\n",
    )
    .expect("write");
    import::commit(&mut s, &mut h, &first, None, &[], Lang::En).expect("first");
    assert_eq!(guest_named(&s, "Semin Aleksei").name.given_lat, "Aleksei");

    // The updated list brings the passport spellings in a column of their
    // own, in the partner's order and with the patronymic, plus a new
    // guest whose Latin is written given name first.
    let second = d.path().join("ministry-visa.csv");
    std::fs::write(
        &second,
        "ФИО;ФИО латиницей;Должность\n\
         Семин Алексей Алексеевич;Semin Alexey Alekseevich;заместитель министра\n\
         Щукина Юлия Андреевна;SCHUKINA YULIA;советник\n\
         Орлов Дмитрий Павлович;Dmitry Orlov;советник\n",
    )
    .expect("write");
    let p = import::preview(&s, &second, None, Lang::En).expect("preview");
    let latin = p
        .mapping
        .iter()
        .flatten()
        .filter(|m| m.lang == Some(Lang::En))
        .count();
    assert_eq!(latin, 1, "the Latin column is mapped: {:?}", p.mapping);
    let semin = p
        .matches
        .iter()
        .find(|m| m.row == 2)
        .expect("Semin matched");
    assert_eq!(
        semin.decision,
        Decision::Fill,
        "the guessed spelling gives way"
    );
    let given = semin
        .changes
        .iter()
        .find(|c| c.field == GuestField::GivenLat)
        .expect("a Latin change");
    assert_eq!(
        (given.current.as_str(), given.incoming.as_str()),
        ("Aleksei", "Alexey")
    );
    assert!(given.fills_empty);

    let sum = import::commit(&mut s, &mut h, &second, None, &[], Lang::En).expect("second");
    assert_eq!((sum.imported, sum.updated), (1, 2));
    let semin = guest_named(&s, "Semin Alexey");
    assert_eq!(
        (
            semin.name.family_lat.as_str(),
            semin.name.given_lat.as_str()
        ),
        ("Semin", "Alexey")
    );
    let shch = guest_named(&s, "Schukina Yulia");
    assert_eq!(shch.name.family_cyr, "Щукина");
    let orlov = guest_named(&s, "Orlov Dmitry");
    assert_eq!(
        (
            orlov.name.family_lat.as_str(),
            orlov.name.given_lat.as_str()
        ),
        ("Orlov", "Dmitry")
    );
}
