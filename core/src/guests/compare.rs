//! Two records of one person side by side (the Duplicates dialog): names
//! in every script, organization, contacts, status and where each came
//! from, the differences marked, and what the merged guest would take.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::orgs;
use crate::error::{Error, Result};
use crate::io::matching::{self, GuestField};
use crate::model::{Guest, Lang, Status};

/// One of the two records.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MergeSide {
    pub id: String,
    /// The name as the list shows it.
    pub name: String,
    /// When the record was added (ISO date, `2027-03-02`).
    pub added: String,
    /// The file it was imported from; empty: entered by hand.
    pub source: String,
}

/// One field of the two records.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MergeRow {
    pub field: GuestField,
    /// The first record's value, as the interface shows it.
    pub a: String,
    pub b: String,
    /// Both say the same (nothing to choose).
    pub same: bool,
    /// The merged guest takes the second record's value unless the
    /// organizer picks otherwise: the first has none, or is still a draft.
    pub take_b: bool,
}

/// The earlier record first; the fields either of them has.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MergeView {
    pub a: MergeSide,
    pub b: MergeSide,
    pub rows: Vec<MergeRow>,
}

fn side(conn: &Connection, g: &Guest, lang: Lang) -> Result<MergeSide> {
    let (added, source): (String, String) = conn
        .query_row(
            "SELECT created_at, source FROM guest WHERE id = ?1",
            [&g.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .unwrap_or_default();
    Ok(MergeSide {
        id: g.id.clone(),
        name: g.name.display(lang),
        added: added.chars().take(10).collect(),
        source,
    })
}

/// Guests `x` and `y` side by side, the one added first as `a`.
pub fn view(conn: &Connection, x: &str, y: &str, lang: Lang) -> Result<MergeView> {
    let get = |id: &str| -> Result<(Guest, String)> {
        let g = super::get(conn, id)?.ok_or(Error::NotFound {
            what: "guest",
            id: id.to_string(),
        })?;
        let added: String =
            conn.query_row("SELECT created_at FROM guest WHERE id = ?1", [id], |r| {
                r.get(0)
            })?;
        Ok((g, added))
    };
    let (mut a, mut b) = (get(x)?, get(y)?);
    if b.1 < a.1 {
        std::mem::swap(&mut a, &mut b);
    }
    let (a, b) = (a.0, b.0);
    let (org_names, dels) = (orgs::organization_names(conn)?, orgs::delegations(conn)?);
    let names = crate::io::import::RecordNames {
        orgs: &org_names,
        dels: &dels,
        new: Default::default(),
        lang,
    };
    let rows = GuestField::ALL
        .iter()
        .copied()
        .filter(|&f| !(matching::is_unset(&a, f) && matching::is_unset(&b, f)))
        .map(|f| {
            let same = matching::same_value(&a, &b, f);
            let take_b = !same
                && (matching::is_unset(&a, f)
                    || (f == GuestField::Status && a.status == Status::Draft));
            // An unset choice ("unspecified", rank "other") shows as none.
            let show = |g: &Guest| {
                if matching::is_unset(g, f) {
                    String::new()
                } else {
                    matching::shown(g, f, &names, lang)
                }
            };
            MergeRow {
                field: f,
                a: show(&a),
                b: show(&b),
                same,
                take_b,
            }
        })
        .collect();
    Ok(MergeView {
        a: side(conn, &a, lang)?,
        b: side(conn, &b, lang)?,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NameParts;

    #[test]
    fn two_records_side_by_side_and_merged_field_by_field() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = crate::demo::create(&dir.path().join("d.forum")).expect("demo");
        let mut f = crate::OpenForum::new(store);
        let chen = f
            .store
            .read(super::super::all)
            .expect("guests")
            .into_iter()
            .find(|g| g.name.family_lat == "Chen" && g.name.given_lat == "Linhao")
            .expect("Chen Linhao");
        // A partner's list brings him again: another phone, an e-mail,
        // no Chinese name, no organization.
        let copy = Guest {
            id: String::new(),
            name: NameParts {
                family_lat: "Chen".into(),
                given_lat: "Linhao".into(),
                family_cyr: "Чэнь".into(),
                given_cyr: "Линьхао".into(),
                ..Default::default()
            },
            email: "chen.lh@example.cn".into(),
            phone: "+86 755 0000 0000".into(),
            needs: crate::model::Needs {
                dietary: "vegetarian".into(),
                ..Default::default()
            },
            source: "partner-list.xlsx".into(),
            ..Default::default()
        };
        std::thread::sleep(std::time::Duration::from_millis(5));
        let copy_id = f
            .store
            .write(|tx| super::super::insert(tx, &copy))
            .expect("insert");
        // Asked either way round, the earlier record comes first.
        let v = f
            .store
            .read(|c| view(c, &copy_id, &chen.id, Lang::En))
            .expect("view");
        assert_eq!(v.a.id, chen.id);
        assert_eq!(v.b.source, "partner-list.xlsx");
        assert_eq!(v.a.source, "");
        let row = |field: GuestField| {
            v.rows
                .iter()
                .find(|r| r.field == field)
                .unwrap_or_else(|| panic!("{field:?}"))
        };
        assert!(row(GuestField::FamilyLat).same);
        let han = row(GuestField::FamilyHan);
        assert_eq!(
            (han.a.as_str(), han.b.as_str(), han.take_b),
            ("陈", "", false)
        );
        let email = row(GuestField::Email);
        assert!(!email.same);
        assert!(
            !email.take_b,
            "both have one: the earlier stays unless picked"
        );
        assert!(row(GuestField::Dietary).take_b, "only the copy has one");
        assert!(!row(GuestField::Organization).take_b, "the copy has none");
        assert!(!row(GuestField::Organization).a.is_empty());

        // The organizer takes the copy's phone too: one step, one guest.
        let before = f.store.read(super::super::count).expect("count");
        crate::guests::actions::merge(
            &mut f,
            &v.a.id,
            &v.b.id,
            &[GuestField::Email, GuestField::Phone],
            Lang::En,
        )
        .expect("merge");
        let merged = f
            .store
            .read(|c| super::super::get(c, &chen.id))
            .expect("get")
            .expect("kept");
        assert_eq!(merged.phone, "+86 755 0000 0000");
        assert_eq!(merged.email, "chen.lh@example.cn");
        assert_eq!(merged.name.family_han, "陈");
        assert_eq!(
            merged.needs.dietary, "vegetarian",
            "an empty field is filled anyway"
        );
        assert_eq!(merged.source, "partner-list.xlsx", "the kept one had none");
        assert_eq!(
            f.store.read(super::super::count).expect("count"),
            before - 1
        );
    }
}
