//! Setting a forum up (File ▸ New forum…) and editing it later (Settings):
//! its name, dates and place in three languages, time zone, honour side,
//! the host delegation, and who signs the letters and by when guests reply.
//! The same form and the same checks serve both.

use std::path::Path;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::guests::orgs;
use crate::ids::new_id;
use crate::model::{Delegation, Forum, Localized};
use crate::undo::{Action, Label};
use crate::{OpenForum, Store};

/// The forum as the setup dialog edits it.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForumSetup {
    /// Its `id` is ignored when a forum is created.
    pub forum: Forum,
    pub host: HostChoice,
}

/// Which delegation hosts the forum (its seats are on the host side).
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum HostChoice {
    /// No delegation is the host.
    None,
    /// One of the forum's delegations.
    Existing { id: String },
    /// A delegation created with the forum (or now, in Settings).
    New { name: Localized, country: String },
}

/// The forum and its host delegation as they are now.
pub fn current(conn: &Connection) -> Result<ForumSetup> {
    let forum = super::get(conn)?;
    let host = orgs::delegations(conn)?
        .into_iter()
        .find(|d| d.is_host)
        .map_or(HostChoice::None, |d| HostChoice::Existing { id: d.id });
    Ok(ForumSetup { forum, host })
}

/// The forum as it will be stored: texts trimmed, a lone last day taken as
/// the first, a last day equal to the first dropped; refused when it cannot
/// be right. Nothing is written.
pub fn checked(s: &ForumSetup) -> Result<Forum> {
    let mut f = s.forum.clone();
    f.name = f.name.trimmed();
    f.venue = f.venue.trimmed();
    f.city = f.city.trimmed();
    f.signatory.name = f.signatory.name.trimmed();
    f.signatory.title = f.signatory.title.trimmed();
    f.time_zone = f.time_zone.trim().to_string();
    if f.name.is_blank() {
        return Err(Error::MissingForumName);
    }
    super::validate_time_zone(&f.time_zone)?;
    if f.starts_on.is_none() {
        f.starts_on = f.ends_on.take();
    }
    if let (Some(a), Some(b)) = (f.starts_on, f.ends_on) {
        if b < a {
            return Err(Error::DatesOutOfOrder);
        }
        if b == a {
            f.ends_on = None;
        }
    }
    if let (Some(reply), Some(start)) = (f.reply_by, f.starts_on) {
        if reply > start {
            return Err(Error::ReplyAfterStart);
        }
    }
    if let HostChoice::New { name, .. } = &s.host {
        if name.is_blank() {
            return Err(Error::MissingDelegationName);
        }
    }
    Ok(f)
}

/// Creates a new forum file from the setup dialog. A failure leaves no file.
pub fn create(path: &Path, s: &ForumSetup) -> Result<Store> {
    let forum = Forum {
        id: new_id(),
        ..checked(s)?
    };
    let mut store = super::create_with(path, &forum)?;
    if let Err(e) = store.write(|tx| set_host(tx, &s.host)) {
        drop(store);
        let _ = std::fs::remove_file(path);
        return Err(e);
    }
    Ok(store)
}

/// Saves the edited forum details as one undoable step.
pub fn save(f: &mut OpenForum, s: &ForumSetup) -> Result<()> {
    let id = f.store.read(super::get)?.id;
    let forum = Forum { id, ..checked(s)? };
    f.act(Label::new(Action::EditForum), |tx| {
        super::update(tx, &forum)?;
        set_host(tx, &s.host)
    })
}

/// Makes the chosen delegation the only host (creating it if new), writing
/// only the delegations whose flag changes.
fn set_host(conn: &Connection, host: &HostChoice) -> Result<()> {
    let all = orgs::delegations(conn)?;
    let target = match host {
        HostChoice::None => None,
        HostChoice::Existing { id } => {
            if !all.iter().any(|d| &d.id == id) {
                return Err(Error::NotFound {
                    what: "delegation",
                    id: id.clone(),
                });
            }
            Some(id.clone())
        }
        HostChoice::New { name, country } => Some(orgs::save_delegation(
            conn,
            &Delegation {
                id: String::new(),
                name: name.trimmed(),
                country: country.trim().to_uppercase(),
                is_host: true,
                sort_order: 0,
            },
        )?),
    };
    for mut d in all {
        let host = target.as_deref() == Some(d.id.as_str());
        if d.is_host != host {
            d.is_host = host;
            orgs::update_delegation(conn, &d)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::{HonourSide, Lang};

    fn setup() -> ForumSetup {
        ForumSetup {
            forum: Forum {
                id: String::new(),
                name: Localized::new(" 中俄大学校长论坛 ", "Форум ректоров России и Китая", ""),
                venue: Localized::new("", "Казанский федеральный университет", ""),
                city: Localized::new("喀山", "Казань", "Kazan"),
                time_zone: "Europe/Moscow".into(),
                starts_on: NaiveDate::from_ymd_opt(2027, 9, 20),
                ends_on: NaiveDate::from_ymd_opt(2027, 9, 21),
                honour_side: HonourSide::Left,
                host_language: Lang::Ru,
                signatory: crate::model::Signatory {
                    name: Localized::new("", "Сафин Ленар Рафикович", "Lenar Safin"),
                    title: Localized::new("", "ректор КФУ", "Rector of KFU"),
                },
                reply_by: NaiveDate::from_ymd_opt(2027, 8, 31),
            },
            host: HostChoice::New {
                name: Localized::new("俄方代表团", "Российская делегация", "Russian delegation"),
                country: "ru".into(),
            },
        }
    }

    #[test]
    fn a_forum_set_up_in_the_dialog_is_stored_with_its_host_delegation() {
        let dir = tempfile::tempdir().expect("test data");
        let path = dir.path().join("rectors.forum");
        let store = create(&path, &setup()).expect("test data");
        let got = store.read(current).expect("test data");
        assert_eq!(got.forum.name.zh, "中俄大学校长论坛", "trimmed");
        assert_eq!(
            got.forum.name.get(Lang::En),
            "中俄大学校长论坛",
            "no English name: the first filled in"
        );
        assert_eq!(got.forum.time_zone, "Europe/Moscow");
        assert_eq!(got.forum.honour_side, HonourSide::Left);
        assert_eq!(got.forum.signatory.name.ru, "Сафин Ленар Рафикович");
        assert_eq!(got.forum.reply_by, NaiveDate::from_ymd_opt(2027, 8, 31));
        let dels = store.read(orgs::delegations).expect("test data");
        assert_eq!(dels.len(), 1);
        assert!(dels[0].is_host);
        assert_eq!(dels[0].country, "RU");
        assert_eq!(
            got.host,
            HostChoice::Existing {
                id: dels[0].id.clone()
            }
        );
    }

    #[test]
    fn wrong_details_are_refused_and_leave_no_file() {
        let dir = tempfile::tempdir().expect("test data");
        let path = dir.path().join("x.forum");
        type Spoil = Box<dyn Fn(&mut ForumSetup)>;
        let cases: Vec<(Spoil, &str)> = vec![
            (
                Box::new(|s| s.forum.name = Localized::new(" ", "", "")),
                "missing-forum-name",
            ),
            (
                Box::new(|s| s.forum.time_zone = "Moon/Tranquility".into()),
                "unknown-time-zone",
            ),
            (
                Box::new(|s| s.forum.ends_on = NaiveDate::from_ymd_opt(2027, 9, 19)),
                "dates-out-of-order",
            ),
            (
                Box::new(|s| s.forum.reply_by = NaiveDate::from_ymd_opt(2027, 9, 22)),
                "reply-after-start",
            ),
            (
                Box::new(|s| {
                    s.host = HostChoice::New {
                        name: Localized::default(),
                        country: "RU".into(),
                    }
                }),
                "missing-delegation-name",
            ),
        ];
        for (spoil, code) in cases {
            let mut s = setup();
            spoil(&mut s);
            match create(&path, &s) {
                Ok(_) => panic!("{code}: accepted"),
                Err(e) => assert_eq!(e.code(), code),
            }
            assert!(!path.exists(), "{code}: no file is left behind");
        }
    }

    #[test]
    fn editing_the_forum_is_one_undo_step_and_moves_the_host() {
        let dir = tempfile::tempdir().expect("test data");
        let store = crate::demo::create(&dir.path().join("demo.forum")).expect("test data");
        let mut f = OpenForum::new(store);
        let before = f.store.read(current).expect("test data");
        let russia = f
            .store
            .read(orgs::delegations)
            .expect("test data")
            .into_iter()
            .find(|d| d.country == "RU")
            .expect("test data");
        let mut s = before.clone();
        s.forum.name.en = "Kazan Forum".into();
        s.forum.reply_by = NaiveDate::from_ymd_opt(2027, 4, 1);
        s.host = HostChoice::Existing {
            id: russia.id.clone(),
        };
        save(&mut f, &s).expect("test data");
        let after = f.store.read(current).expect("test data");
        assert_eq!(after.forum.name.en, "Kazan Forum");
        assert_eq!(after.host, HostChoice::Existing { id: russia.id });
        let hosts = f
            .store
            .read(orgs::delegations)
            .expect("test data")
            .iter()
            .filter(|d| d.is_host)
            .count();
        assert_eq!(hosts, 1, "one host");
        let state = f.undo(Lang::Ru).expect("test data");
        assert_eq!(state.done.as_deref(), Some("изменение сведений о форуме"));
        assert_eq!(f.store.read(current).expect("test data"), before);
    }
}
