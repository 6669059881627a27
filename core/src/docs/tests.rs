use super::letters::{date_range, salutation};
use super::*;
use crate::model::Gender;

fn guest(name: NameParts, gender: Gender, honorific: Localized) -> Guest {
    Guest {
        name,
        gender,
        honorific,
        ..Guest::default()
    }
}

fn zhang() -> NameParts {
    NameParts {
        family_han: "张".into(),
        given_han: "平文".into(),
        family_lat: "Zhang".into(),
        given_lat: "Pingwen".into(),
        family_cyr: "Чжан".into(),
        given_cyr: "Пинвэнь".into(),
        ..NameParts::default()
    }
}

fn semin() -> NameParts {
    NameParts {
        family_cyr: "Семин".into(),
        given_cyr: "Алексей".into(),
        patronymic_cyr: "Алексеевич".into(),
        family_lat: "Semin".into(),
        given_lat: "Alexey".into(),
        ..NameParts::default()
    }
}

#[test]
fn names_come_in_two_scripts_never_the_same_twice() {
    assert_eq!(
        two_scripts(&zhang(), Lang::ZhCn, Lang::ZhCn),
        ("张平文".into(), "ZHANG Pingwen".into())
    );
    assert_eq!(
        two_scripts(&zhang(), Lang::En, Lang::ZhCn),
        ("Zhang Pingwen".into(), "张平文".into())
    );
    assert_eq!(
        two_scripts(&semin(), Lang::Ru, Lang::Ru),
        ("Семин Алексей Алексеевич".into(), "SEMIN Alexey".into())
    );
    assert_eq!(
        two_scripts(&semin(), Lang::En, Lang::Ru),
        ("Semin Alexey".into(), "Семин Алексей Алексеевич".into())
    );
    let latin_only = NameParts {
        family_lat: "Smith".into(),
        given_lat: "Anna".into(),
        ..NameParts::default()
    };
    assert_eq!(
        two_scripts(&latin_only, Lang::En, Lang::En),
        ("Smith Anna".into(), String::new()),
        "the same letters in capitals are not a second script"
    );
}

#[test]
fn salutations_follow_language_gender_and_honorific() {
    let none = Localized::default();
    let academician = Localized::new("院士", "академик", "Academician");
    let he = guest(semin(), Gender::Male, none.clone());
    assert_eq!(salutation(&he, Lang::Ru), "Уважаемый Алексей Алексеевич!");
    let she = guest(
        NameParts {
            family_cyr: "Иванова".into(),
            given_cyr: "Мария".into(),
            patronymic_cyr: "Сергеевна".into(),
            family_lat: "Ivanova".into(),
            given_lat: "Maria".into(),
            ..NameParts::default()
        },
        Gender::Female,
        none.clone(),
    );
    assert_eq!(salutation(&she, Lang::Ru), "Уважаемая Мария Сергеевна!");
    assert_eq!(salutation(&she, Lang::En), "Dear Ms Ivanova,");
    assert_eq!(salutation(&he, Lang::En), "Dear Mr Semin,");
    let z = guest(zhang(), Gender::Male, academician);
    assert_eq!(salutation(&z, Lang::ZhCn), "尊敬的张平文院士：");
    assert_eq!(salutation(&z, Lang::En), "Dear Academician Zhang,");
    let chen = guest(
        NameParts {
            family_han: "陈".into(),
            given_han: "曦".into(),
            ..NameParts::default()
        },
        Gender::Female,
        none,
    );
    assert_eq!(salutation(&chen, Lang::ZhCn), "尊敬的陈曦女士：");
}

#[test]
fn date_ranges_read_naturally_in_each_language() {
    let d = |m, day| chrono::NaiveDate::from_ymd_opt(2027, m, day).expect("date");
    assert_eq!(
        date_range(d(4, 16), Some(d(4, 17)), Lang::En),
        "16–17 April 2027"
    );
    assert_eq!(
        date_range(d(4, 16), Some(d(4, 17)), Lang::Ru),
        "16–17 апреля 2027 г."
    );
    assert_eq!(
        date_range(d(4, 16), Some(d(4, 17)), Lang::ZhCn),
        "2027年4月16日至17日"
    );
    assert_eq!(
        date_range(d(4, 30), Some(d(5, 2)), Lang::Ru),
        "30 апреля – 2 мая 2027 г."
    );
    assert_eq!(date_range(d(4, 30), None, Lang::ZhCn), "2027年4月30日");
}

#[test]
fn letter_texts_default_from_the_locales_and_can_be_edited() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut s = crate::demo::create(&dir.path().join("l.forum")).expect("demo");
    let t = s.read(letters::templates).expect("templates");
    assert!(t.ru.contains("[forum]") && t.zh.contains("[forum]") && t.en.contains("[forum]"));
    let mut edited = t.clone();
    edited.en = "Come to [forum] in [city], [dates].".into();
    s.write(|tx| letters::save_templates(tx, &edited))
        .expect("save");
    assert_eq!(s.read(letters::templates).expect("again"), edited);
}

#[test]
fn every_document_has_data_for_the_demo_forum() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut s = crate::demo::create(&dir.path().join("d.forum")).expect("demo");
    s.write(|tx| {
        let plan = crate::seating::plans(tx, Lang::En)?[0].id.clone();
        crate::seating::auto_seat(tx, &plan)?;
        Ok(())
    })
    .expect("seat");
    for kind in DocKind::ALL {
        let o = DocOptions {
            kind,
            lang: Lang::Ru,
            paper: Paper::A4,
            plan: None,
            session: None,
            guests: None,
            confirmed_only: false,
        };
        let d = s.read(|c| data(c, &o)).expect("data");
        assert_eq!(d["paper"], "a4");
        assert_eq!(d["labels"]["page_of"], "Страница {page} из {total}");
    }
    let o = DocOptions {
        kind: DocKind::Letters,
        lang: Lang::En,
        paper: Paper::Letter,
        plan: None,
        session: None,
        guests: None,
        confirmed_only: false,
    };
    let d = s.read(|c| data(c, &o)).expect("letters");
    let letters = d["letters"].as_array().expect("letters");
    // All eight delegates: Chen Xi (only invited) and Maslov (tentative) are still expected.
    assert_eq!(letters.len(), 8);
    let zhang = letters
        .iter()
        .find(|l| l["name"] == "张平文")
        .expect("Zhang's letter");
    assert_eq!(zhang["salutation"], "尊敬的张平文院士：");
    assert!(zhang["body"][0]
        .as_str()
        .is_some_and(|b| b.contains("中俄科技创新合作论坛") && b.contains("2027年4月16日至17日")));
}

#[test]
fn badge_qr_codes_decode_to_the_guest_id() {
    for id in [
        "0192d4e5-7c1a-7b3e-9f00-123456789abc",
        "a-much-longer-identifier-than-a-uuid-would-ever-be-0123456789",
    ] {
        let png = qr_png(id).expect("png");
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().expect("png header");
        let mut buf = vec![0; reader.output_buffer_size().expect("size")];
        let info = reader.next_frame(&mut buf).expect("pixels");
        let side = info.width as usize;
        // Scale up 4× inside a 4-module quiet zone, as on paper.
        let (scale, quiet) = (4, 4);
        let full = (side + 2 * quiet) * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(full, full, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            if mx < quiet || my < quiet || mx >= side + quiet || my >= side + quiet {
                255
            } else {
                buf[(my - quiet) * side + (mx - quiet)]
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "{id}");
        let (_, content) = grids[0].decode().expect("decodes");
        assert_eq!(content, id);
    }
}

#[test]
fn badges_and_letters_go_to_the_confirmed_or_to_the_guests_picked() {
    let dir = tempfile::tempdir().expect("tmp");
    let s = crate::demo::create(&dir.path().join("d.forum")).expect("demo");
    let chen_xi = s
        .read(crate::guests::all)
        .expect("guests")
        .into_iter()
        .find(|g| g.name.display(Lang::En) == "Chen Xi")
        .expect("Chen Xi")
        .id;
    let count = |kind: DocKind, guests: Option<Vec<String>>, confirmed_only: bool| {
        let o = DocOptions {
            kind,
            lang: Lang::En,
            paper: Paper::A4,
            plan: None,
            session: None,
            guests,
            confirmed_only,
        };
        let d = s.read(|c| data(c, &o)).expect("data");
        let key = if kind == DocKind::Badges {
            "badges"
        } else {
            "letters"
        };
        d[key].as_array().map(Vec::len).unwrap_or(0)
    };
    for kind in [DocKind::Badges, DocKind::Letters] {
        // Chen Xi is invited, Maslov tentative: not yet confirmed.
        assert_eq!(count(kind, None, false), 8, "{kind:?}");
        assert_eq!(count(kind, None, true), 6, "{kind:?}");
        // Picked by the organizer: printed whatever the status.
        assert_eq!(
            count(kind, Some(vec![chen_xi.clone()]), true),
            1,
            "{kind:?}"
        );
    }
}
