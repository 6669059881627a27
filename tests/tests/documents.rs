//! Print-ready PDFs for the demo forum in each language, read back with
//! poppler's `pdftotext` and `pdfinfo`.

use std::path::{Path, PathBuf};
use std::process::Command;

use forum_core::docs::{self, DocKind, DocOptions, Paper};
use forum_core::model::Lang;
use forum_core::Store;

struct Forum {
    dir: tempfile::TempDir,
    store: Store,
}

/// The demo forum with its banquet seated automatically.
fn demo() -> Forum {
    let dir = tempfile::tempdir().expect("tmp");
    let store = forum_tests::seated_demo(&dir.path().join("docs.forum"));
    Forum { dir, store }
}

fn options(kind: DocKind, lang: Lang) -> DocOptions {
    DocOptions {
        kind,
        lang,
        paper: Paper::A4,
        plan: None,
        session: None,
        guests: None,
        confirmed_only: false,
    }
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", &path.display().to_string(), "-"])
        .output()
        .expect("pdftotext runs (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("utf-8")
}

fn pdf_info(path: &Path) -> (usize, String) {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo runs");
    let info = String::from_utf8_lossy(&out.stdout).to_string();
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("page count");
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .unwrap_or_default()
        .trim()
        .to_string();
    (pages, size)
}

fn write(f: &Forum, o: &DocOptions) -> (PathBuf, String, usize) {
    let path = f
        .dir
        .path()
        .join(format!("{}-{}.pdf", o.kind.key(), o.lang));
    let n = docs::write_pdf(&f.store, o, &path).expect("write pdf");
    let (pages, _) = pdf_info(&path);
    assert_eq!(pages, n, "{path:?}");
    let text = pdf_text(&path);
    assert!(
        !text.contains('\u{FFFD}'),
        "replacement characters in {path:?}"
    );
    (path, text, n)
}

#[test]
fn place_cards_carry_each_seated_name_in_two_scripts_on_both_faces() {
    let f = demo();
    let (_, zh, pages) = write(&f, &options(DocKind::PlaceCards, Lang::ZhCn));
    assert_eq!(pages, 6, "six guests are seated at the banquet");
    for name in [
        "张平文",
        "ZHANG Pingwen",
        "陈林浩",
        "Semin Alexey",
        "Семин Алексей Алексеевич",
    ] {
        assert!(zh.contains(name), "{name} missing:\n{zh}");
    }
    // Two faces per card: the name is there twice (one upside down).
    assert!(zh.matches("张平文").count() >= 2);
    let (_, ru, _) = write(&f, &options(DocKind::PlaceCards, Lang::Ru));
    assert!(
        ru.contains("Чжан Пинвэнь") && ru.contains("академик, проректор"),
        "{ru}"
    );
    assert!(
        ru.contains("Семин Алексей Алексеевич") && ru.contains("SEMIN Alexey"),
        "{ru}"
    );
    let (_, en, _) = write(&f, &options(DocKind::PlaceCards, Lang::En));
    assert!(
        en.contains("Zhang Pingwen") && en.contains("张平文"),
        "{en}"
    );
}

#[test]
fn badges_name_category_organization_and_delegation() {
    let f = demo();
    let (path, en, pages) = write(&f, &options(DocKind::Badges, Lang::En));
    assert_eq!(pages, 1, "eight badges fit on one A4 page");
    for s in [
        "Semin Alexey",
        "Семин Алексей Алексеевич",
        "VIP",
        "HOST",
        "DELEGATE",
        "Peking University",
        "Russian delegation",
    ] {
        assert!(en.contains(s), "{s} missing:\n{en}");
    }
    assert!(pdf_info(&path).1.contains("595"), "A4");
    let (_, zh, _) = write(&f, &options(DocKind::Badges, Lang::ZhCn));
    assert!(zh.contains("贵宾") && zh.contains("北京大学"), "{zh}");
    let mut letter = options(DocKind::Badges, Lang::Ru);
    letter.paper = Paper::Letter;
    let (path, ru, _) = write(&f, &letter);
    assert!(ru.contains("Пекинский университет"), "{ru}");
    assert!(pdf_info(&path).1.contains("612 x 792"), "Letter");
}

#[test]
fn the_seating_chart_has_the_hall_and_an_index_in_collation_order() {
    let f = demo();
    let (_, ru, pages) = write(&f, &options(DocKind::Seating, Lang::Ru));
    assert_eq!(pages, 3, "drawing, list by table, index");
    assert!(ru.contains("Алфавитный указатель гостей"));
    assert!(ru.contains("Страница 3 из 3"), "{ru}");
    let index = &ru[ru.find("Алфавитный указатель").expect("index")..];
    let at = |name: &str| {
        index
            .find(name)
            .unwrap_or_else(|| panic!("{name} in {index}"))
    };
    // Russian alphabetical order: Иванова < Лян < Семин < Чжан.
    assert!(at("Иванова") < at("Лян Юншэн"));
    assert!(at("Лян Юншэн") < at("Семин"));
    assert!(at("Семин") < at("Чжан Пинвэнь"));
    let (_, zh, _) = write(&f, &options(DocKind::Seating, Lang::ZhCn));
    let index = &zh[zh.find("嘉宾索引").expect("index")..];
    // Chinese by pinyin: 陈林浩 (chen) < 梁永生 (liang) < 张平文 (zhang).
    assert!(index.find("陈林浩") < index.find("梁永生"));
    assert!(index.find("梁永生") < index.find("张平文"));
}

#[test]
fn the_run_sheet_times_every_item_with_speakers_and_page_numbers() {
    let f = demo();
    let (_, en, pages) = write(&f, &options(DocKind::Agenda, Lang::En));
    assert_eq!(pages, 1);
    for s in [
        "Opening ceremony",
        "09:30",
        "10:45",
        "Video link-up from Beijing. Keynote:",
        "Zhang Pingwen — Academician, Vice-President",
        "consecutive",
        "Page 1 of 1",
    ] {
        assert!(en.contains(s), "{s} missing:\n{en}");
    }
    let (_, zh, _) = write(&f, &options(DocKind::Agenda, Lang::ZhCn));
    assert!(
        zh.contains("开幕式") && zh.contains("第 1 页，共 1 页"),
        "{zh}"
    );
    let mut one = options(DocKind::Agenda, Lang::Ru);
    one.session = Some("No such session".into());
    assert!(docs::write_pdf(&f.store, &one, &f.dir.path().join("x.pdf")).is_err());
}

#[test]
fn letters_go_to_each_guest_in_their_language_with_the_right_salutation() {
    let f = demo();
    let (_, text, pages) = write(&f, &options(DocKind::Letters, Lang::En));
    assert_eq!(pages, 8, "one letter per delegate");
    for s in [
        "尊敬的张平文院士：",
        "尊敬的陈曦女士：",
        "Уважаемый Алексей Алексеевич!",
        "Уважаемая Мария Сергеевна!",
        "2027年4月16日至17日",
        "16–17 апреля 2027 г.",
        // The reply-by date and the signatory the forum names.
        "敬请于2027年3月31日前回复是否出席。",
        "Просим сообщить о вашем участии до 31 марта 2027 г.",
        "陈立新",
        "Председатель организационного комитета форума",
        "Чэнь Лисинь",
    ] {
        assert!(text.contains(s), "{s} missing:\n{text}");
    }
    // The Chinese closing takes two lines: 此致, then 敬礼！ at the margin.
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let at = lines
        .iter()
        .position(|l| l.trim() == "此致")
        .unwrap_or_else(|| panic!("此致 on a line of its own:\n{text}"));
    assert_eq!(lines.get(at + 1).map(|l| l.trim()), Some("敬礼！"));
}

#[test]
fn user_text_is_printed_literally_and_missing_glyphs_refuse_to_print() {
    let f = demo();
    let mut store = f.store;
    let zhang = store
        .read(forum_core::guests::all)
        .expect("guests")
        .into_iter()
        .find(|g| g.name.family_han == "张")
        .expect("Zhang");
    let mut g = zhang.clone();
    g.title.en = "#set text(red) ]] $x$ \\ <b>".into();
    store
        .write(|tx| forum_core::guests::update(tx, &g))
        .expect("update");
    let f = Forum { dir: f.dir, store };
    let (_, text, _) = write(&f, &options(DocKind::Badges, Lang::En));
    assert!(text.contains("#set text(red) ]] $x$ \\ <b>"), "{text}");

    let out = f.dir.path().join("cards.pdf");
    std::fs::write(&out, b"old").expect("old file");
    let mut store = f.store;
    g.title.en = "Director 𓂀".into();
    store
        .write(|tx| forum_core::guests::update(tx, &g))
        .expect("update");
    let err = docs::write_pdf(&store, &options(DocKind::PlaceCards, Lang::En), &out)
        .expect_err("no font has a hieroglyph");
    assert_eq!(err.code(), "missing-glyphs");
    assert!(err.to_string().contains('𓂀'));
    assert_eq!(std::fs::read(&out).expect("read"), b"old", "left as it was");
    let preview = docs::preview(&store, &options(DocKind::PlaceCards, Lang::En), 2)
        .expect("preview still shows it");
    assert_eq!(preview.missing, ["𓂀"]);
    assert_eq!(preview.pages.len(), 2);
    assert!(preview.pages[0].starts_with("<svg"));
}

#[test]
fn the_cli_writes_each_document_as_pdf() {
    let f = demo();
    let forum = f.dir.path().join("docs.forum");
    drop(f.store);
    for what in ["place-cards", "badges", "seating", "agenda", "letters"] {
        let out = f.dir.path().join(format!("{what}.pdf"));
        let o = forum_tests::cli(&[
            "export",
            &forum.display().to_string(),
            what,
            "--format",
            "pdf",
            "--lang",
            "ru",
            "--paper",
            "letter",
            "-o",
            &out.display().to_string(),
        ]);
        assert!(
            o.status.success(),
            "{what}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(String::from_utf8_lossy(&o.stdout).contains("записано страниц"));
        let size = pdf_info(&out).1;
        assert!(
            size.contains("612 x 792") || size.contains("792 x 612"),
            "{what}: {size}"
        );
    }
    let o = forum_tests::cli(&[
        "export",
        &forum.display().to_string(),
        "menus",
        "--format",
        "pdf",
        "-o",
        "x.pdf",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn every_document_in_every_language_embeds_its_fonts_and_reads_back() {
    let f = demo();
    for kind in DocKind::ALL {
        for lang in Lang::ALL {
            let (path, text, pages) = write(&f, &options(kind, lang));
            assert!(pages >= 1, "{path:?}");
            assert!(text.trim().len() > 20, "{path:?} is nearly empty");
            let fonts = Command::new("pdffonts")
                .arg(&path)
                .output()
                .expect("pdffonts runs");
            let listing = String::from_utf8_lossy(&fonts.stdout).to_string();
            let rows: Vec<&str> = listing.lines().skip(2).collect();
            assert!(!rows.is_empty(), "{path:?} has no fonts");
            for row in rows {
                assert!(row.contains("NotoSansCJK"), "{path:?}: {row}");
                // Columns: … emb sub uni … — every font embedded (subset).
                assert!(row.contains(" yes yes "), "{path:?}: not embedded: {row}");
            }
        }
    }
}
