use super::*;
use crate::demo;
use crate::store::Store;
use crate::undo::{Action, History, Label};

fn step() -> Label {
    Label::new(Action::EditGuest)
}

fn demo_store() -> (tempfile::TempDir, Store) {
    let d = tempfile::tempdir().expect("tmp");
    let s = demo::create(&d.path().join("g.forum")).expect("demo");
    (d, s)
}

fn guest(family_han: &str, given_han: &str) -> Guest {
    complete(&Guest {
        name: NameParts {
            family_han: family_han.into(),
            given_han: given_han.into(),
            ..Default::default()
        },
        ..Default::default()
    })
}

fn id_of(s: &Store, display_en: &str) -> String {
    s.read(|c| list(c, Lang::En))
        .expect("list")
        .into_iter()
        .find(|g| g.display_name == display_en)
        .map(|g| g.id)
        .expect("guest exists")
}

#[test]
fn add_edit_and_read_back_a_guest() {
    let (_d, mut s) = demo_store();
    let mut g = guest("欧阳", "娜娜");
    g.email = " nana@example.cn ".into();
    let g = complete(&g);
    assert_eq!(g.name.latin(), "Ouyang Nana");
    assert_eq!(g.email, "nana@example.cn");
    let id = s.write(|tx| insert(tx, &g)).expect("insert");
    let mut back = s.read(|c| get(c, &id)).expect("get").expect("exists");
    assert_eq!(back.name.cyrillic(), "Оуян Нана");
    back.title = Localized::new("教授", "профессор", "Professor");
    back.status = Status::Invited;
    s.write(|tx| update(tx, &back)).expect("update");
    let again = s.read(|c| get(c, &id)).expect("get").expect("exists");
    assert_eq!(again.title.ru, "профессор");
    let h = s.read(|c| history(c, &id)).expect("history");
    assert_eq!(h.len(), 2);
    assert_eq!(h[1].old_status, Some(Status::Draft));
    assert_eq!(h[1].new_status, Status::Invited);
}

#[test]
fn invalid_guests_are_refused_naming_the_field() {
    let (_d, mut s) = demo_store();
    let before = s.read(count).expect("count");
    let err = s
        .write(|tx| insert(tx, &Guest::default()))
        .expect_err("no name");
    assert!(matches!(err, Error::MissingName));
    let mut g = guest("张", "三");
    g.email = "not an email".into();
    let err = s.write(|tx| insert(tx, &g)).expect_err("bad email");
    assert!(matches!(err, Error::InvalidValue { ref field, .. } if field == "email"));
    assert_eq!(s.read(count).expect("count"), before);
    assert!(is_email("a.b@mail.example.ru"));
    assert!(!is_email("a@b"));
    assert!(!is_email("@b.ru"));
}

#[test]
fn bulk_status_change_writes_history_and_skips_unchanged() {
    let (_d, mut s) = demo_store();
    let a = id_of(&s, "Chen Xi");
    let b = id_of(&s, "Zhang Pingwen");
    let n = s
        .write(|tx| set_status(tx, &[a.clone(), b.clone()], Status::Confirmed, "call"))
        .expect("status");
    assert_eq!(n, 1, "Zhang Pingwen was confirmed already");
    let h = s.read(|c| history(c, &a)).expect("history");
    let last = h.last().expect("entry");
    assert_eq!(
        (last.old_status, last.new_status, last.note.as_str()),
        (Some(Status::Invited), Status::Confirmed, "call")
    );
}

#[test]
fn delete_then_undo_then_redo() {
    let (_d, mut s) = demo_store();
    let mut h = History::default();
    let id = id_of(&s, "Maslov Alexei");
    let before = s.read(count).expect("count");
    let ids = vec![id.clone()];
    h.act(&mut s, step(), |tx| delete(tx, &ids))
        .expect("delete");
    assert_eq!(s.read(count).expect("count"), before - 1);
    assert!(s.read(|c| get(c, &id)).expect("get").is_none());
    h.undo(&mut s).expect("undo");
    assert_eq!(s.read(count).expect("count"), before);
    assert!(s.read(|c| get(c, &id)).expect("get").is_some());
    h.redo(&mut s).expect("redo");
    assert_eq!(s.read(count).expect("count"), before - 1);
    assert!(h.can_undo() && !h.can_redo());
}

#[test]
fn undo_of_an_edit_and_of_an_add() {
    let (_d, mut s) = demo_store();
    let mut h = History::default();
    let id = id_of(&s, "Liang Yongsheng");
    h.act(&mut s, step(), |tx| {
        let mut g = get(tx, &id)?.expect("exists");
        g.email = "new@example.cn".into();
        g.status = Status::Declined;
        update(tx, &g)
    })
    .expect("edit");
    let new_id = h
        .act(&mut s, step(), |tx| insert(tx, &guest("李", "娜")))
        .expect("add");
    h.undo(&mut s).expect("undo add");
    assert!(s.read(|c| get(c, &new_id)).expect("get").is_none());
    h.undo(&mut s).expect("undo edit");
    let g = s.read(|c| get(c, &id)).expect("get").expect("exists");
    assert_eq!(g.email, "liang.yongsheng@example.cn");
    assert_eq!(g.status, Status::Confirmed);
}

#[test]
fn list_sorts_by_each_languages_collation_and_counts() {
    let (_d, s) = demo_store();
    let zh = s
        .read(|c| list_sorted(c, Lang::ZhCn, GuestSort::Name))
        .expect("list");
    let han: Vec<&str> = zh
        .guests
        .iter()
        .map(|g| g.display_name.as_str())
        .filter(|n| names::script_of(n) == names::Script::Han)
        .collect();
    assert_eq!(han, ["陈林浩", "陈曦", "梁永生", "张平文"]);
    let ru = s
        .read(|c| list_sorted(c, Lang::Ru, GuestSort::Name))
        .expect("list");
    let first: Vec<&str> = ru.guests.iter().map(|g| g.display_name.as_str()).collect();
    assert_eq!(first[0], "Иванова Мария Сергеевна");
    assert_eq!(ru.total, 8);
    let confirmed = ru
        .by_status
        .iter()
        .find(|c| c.key == Status::Confirmed)
        .expect("count");
    assert_eq!(
        (confirmed.count, confirmed.label.as_str()),
        (6, "Подтверждено")
    );
    assert_eq!(ru.by_delegation.len(), 2);
    assert_eq!(ru.by_delegation[1].label, "Российская делегация");
    assert_eq!(ru.by_delegation[1].count, 4);
    let by_rank = s
        .read(|c| list_sorted(c, Lang::En, GuestSort::Rank))
        .expect("list");
    assert_eq!(
        by_rank.guests[0].display_name, "Chen Linhao",
        "the host first"
    );
    assert_eq!(
        by_rank.guests[1].display_name, "Semin Alexey",
        "then the head of the Russian delegation"
    );
}

#[test]
fn search_across_scripts() {
    let (_d, s) = demo_store();
    for (q, want) in [
        ("zhang", "Zhang Pingwen"),
        ("张", "Zhang Pingwen"),
        ("Чжан", "Zhang Pingwen"),
        ("semin", "Semin Alexey"),
        ("Семин", "Semin Alexey"),
        ("Ломоносова шахрай", "Shakhray Sergey"),
    ] {
        let found = s.read(|c| search(c, Lang::En, q)).expect("search");
        let names: Vec<&str> = found.iter().map(|g| g.display_name.as_str()).collect();
        assert_eq!(names, [want], "query {q}");
    }
}

#[test]
fn duplicates_by_email_or_by_name_in_one_organization() {
    let (_d, s) = demo_store();
    let all = s.read(all).expect("all");
    let idx = duplicates::DuplicateIndex::new(&all);
    let zhang = all
        .iter()
        .find(|g| g.name.han() == "张平文")
        .expect("zhang");

    let mut same_email = guest("王", "五");
    same_email.email = "ZHANG.PINGWEN@example.cn".into();
    assert_eq!(
        idx.find(&same_email),
        Some((zhang.id.clone(), duplicates::DuplicateReason::Email))
    );

    let mut latin_only = Guest::default();
    latin_only.name.family_lat = "zhang".into();
    latin_only.name.given_lat = "PINGWEN".into();
    latin_only.organization_id = zhang.organization_id.clone();
    assert_eq!(
        idx.find(&latin_only).map(|(id, _)| id),
        Some(zhang.id.clone())
    );
    latin_only.organization_id = None;
    assert_eq!(idx.find(&latin_only), None, "another organization");
}

#[test]
fn merging_keeps_one_guest_with_both_guests_details() {
    let (_d, mut s) = demo_store();
    let keep = id_of(&s, "Zhang Pingwen");
    let mut dup = Guest::default();
    dup.name.family_lat = "Zhang".into();
    dup.name.given_lat = "Pingwen".into();
    dup.phone = "+86 10 0000 0000".into();
    dup.notes = "vegetarian".into();
    let dup_id = s.write(|tx| insert(tx, &dup)).expect("insert");
    let before = s.read(count).expect("count");
    let m = s
        .write(|tx| duplicates::merge(tx, &keep, &dup_id, &[]))
        .expect("merge");
    assert_eq!(m.phone, "+86 10 0000 0000");
    assert_eq!(m.email, "zhang.pingwen@example.cn");
    assert_eq!(m.notes, "vegetarian");
    assert_eq!(s.read(count).expect("count"), before - 1);
    assert!(s.read(|c| get(c, &dup_id)).expect("get").is_none());
    let h = s.read(|c| history(c, &keep)).expect("history");
    assert_eq!(h.len(), 2, "the dropped guest's history moved over");
}
