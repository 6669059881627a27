//! Plain data types shared by the store, the CLI and the UI (via serde).

mod lang;
mod names;

pub use lang::Lang;
pub use names::NameParts;

use serde::{Deserialize, Serialize};

/// A text kept in the three languages of the product.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    pub zh: String,
    pub ru: String,
    pub en: String,
}

impl Localized {
    pub fn new(zh: &str, ru: &str, en: &str) -> Self {
        Localized {
            zh: zh.into(),
            ru: ru.into(),
            en: en.into(),
        }
    }

    /// True when no language has any text.
    pub fn is_blank(&self) -> bool {
        [&self.zh, &self.ru, &self.en]
            .iter()
            .all(|s| s.trim().is_empty())
    }

    /// Each language's text with surrounding spaces removed.
    pub fn trimmed(&self) -> Localized {
        Localized::new(self.zh.trim(), self.ru.trim(), self.en.trim())
    }

    /// The text in `lang`, else English, else whichever is filled in.
    pub fn get(&self, lang: Lang) -> &str {
        let own = match lang {
            Lang::ZhCn => &self.zh,
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        };
        [own, &self.en, &self.zh, &self.ru]
            .into_iter()
            .find(|s| !s.trim().is_empty())
            .map_or("", |s| s.as_str())
    }
}

macro_rules! text_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $key:literal),+ $(,)? } default $default:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(test, derive(ts_rs::TS), ts(export))]
        pub enum $name { $(#[serde(rename = $key)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// Parses a stored key; unknown keys (from a newer app) fall back
            /// to the default rather than failing the whole list.
            pub fn from_key(key: &str) -> $name {
                match key { $($key => $name::$variant,)+ _ => $name::$default }
            }
        }

        impl Default for $name {
            fn default() -> Self { $name::$default }
        }
    };
}

pub(crate) use text_enum;

text_enum!(
    /// Grammatical gender, used for Russian salutations.
    Gender { Female = "female", Male = "male", Unspecified = "unspecified" } default Unspecified
);

text_enum!(
    /// Invitation status: draft → invited → confirmed | declined | tentative → attended | no-show.
    Status {
        Draft = "draft",
        Invited = "invited",
        Confirmed = "confirmed",
        Declined = "declined",
        Tentative = "tentative",
        Attended = "attended",
        NoShow = "no-show",
    } default Draft
);

text_enum!(
    /// Protocol rank class, highest first.
    Rank {
        HeadOfState = "head-of-state",
        Minister = "minister",
        ViceMinister = "vice-minister",
        Governor = "governor",
        Academician = "academician",
        Rector = "rector",
        ViceRector = "vice-rector",
        Director = "director",
        Other = "other",
    } default Other
);

impl Rank {
    /// Precedence level: smaller is higher. Academicians and rectors share a level.
    pub fn level(self) -> u8 {
        match self {
            Rank::HeadOfState => 0,
            Rank::Minister => 1,
            Rank::ViceMinister => 2,
            Rank::Governor => 3,
            Rank::Academician | Rank::Rector => 4,
            Rank::ViceRector => 5,
            Rank::Director => 6,
            Rank::Other => 9,
        }
    }
}

text_enum!(
    /// What a guest is at the forum: delegates are seated by precedence,
    /// interpreters beside the guests who need them.
    Role { Delegate = "delegate", Interpreter = "interpreter", Staff = "staff" } default Delegate
);

text_enum!(
    /// Which side of the host ranks first: `right` in international practice,
    /// `left` in Chinese domestic practice.
    HonourSide { Right = "right", Left = "left" } default Right
);

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Forum {
    pub id: String,
    pub name: Localized,
    pub venue: Localized,
    pub city: Localized,
    pub time_zone: String,
    pub starts_on: Option<chrono::NaiveDate>,
    pub ends_on: Option<chrono::NaiveDate>,
    pub honour_side: HonourSide,
    pub host_language: Lang,
    /// Who signs the invitation letters (empty: the organizing committee).
    #[serde(default)]
    pub signatory: Signatory,
    /// The date the letters ask guests to reply by.
    #[serde(default)]
    pub reply_by: Option<chrono::NaiveDate>,
}

/// The person who signs the invitation letters, in three languages.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Signatory {
    pub name: Localized,
    pub title: Localized,
}

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: Localized,
    pub country: String,
}

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delegation {
    pub id: String,
    pub name: Localized,
    pub country: String,
    pub is_host: bool,
    pub sort_order: i64,
}

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Needs {
    pub interpreter_language: String,
    pub dietary: String,
    pub accessibility: String,
}

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Guest {
    pub id: String,
    pub name: NameParts,
    pub gender: Gender,
    pub honorific: Localized,
    pub title: Localized,
    pub organization_id: Option<String>,
    pub delegation_id: Option<String>,
    pub rank: Rank,
    pub manual_order: Option<i64>,
    pub is_host: bool,
    pub preferred_language: Lang,
    pub email: String,
    pub phone: String,
    pub needs: Needs,
    pub notes: String,
    pub status: Status,
    pub role: Role,
    /// Where the guest came from: the imported file's name; empty when
    /// entered by hand.
    #[serde(default)]
    pub source: String,
}

/// One row of the guest list, as shown in a given language.
/// This is also the stable `forum-desk-cli guests --json` shape.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuestListItem {
    pub id: String,
    pub display_name: String,
    /// The name in another script, shown under the display name.
    pub secondary_name: String,
    pub name: NameParts,
    pub organization: String,
    pub organization_id: Option<String>,
    pub title: String,
    pub delegation: String,
    pub delegation_id: Option<String>,
    pub language: Lang,
    pub email: String,
    pub status: Status,
    pub rank: Rank,
    pub is_host: bool,
    /// Normalized text the guest is found by, in every script.
    pub search_key: String,
}

text_enum!(
    /// How the guest list is ordered.
    GuestSort { Name = "name", Rank = "rank", Status = "status", Delegation = "delegation" } default Name
);

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count<K> {
    pub key: K,
    pub label: String,
    pub count: usize,
}

/// The guest list with its counts.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuestList {
    pub total: usize,
    pub guests: Vec<GuestListItem>,
    pub by_status: Vec<Count<Status>>,
    /// Per delegation (key `None`: guests in no delegation).
    pub by_delegation: Vec<Count<Option<String>>>,
}

/// One step of a guest's invitation history.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusChange {
    pub old_status: Option<Status>,
    pub new_status: Status,
    pub note: String,
    /// UTC, RFC 3339.
    pub changed_at: String,
}

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hall {
    pub id: String,
    pub name: Localized,
}

text_enum!(
    SessionKind {
        Opening = "opening",
        Plenary = "plenary",
        Panel = "panel",
        Signing = "signing",
        Banquet = "banquet",
        Break = "break",
        Press = "press",
        Talks = "talks",
    } default Plenary
);

text_enum!(
    ItemKind {
        Speech = "speech",
        Video = "video",
        Panel = "panel",
        Signing = "signing",
        Qa = "qa",
        Break = "break",
        Photo = "photo",
        Performance = "performance",
    } default Speech
);

text_enum!(
    /// Consecutive interpretation doubles the speaking time; simultaneous does not.
    Interpretation { None = "none", Simultaneous = "simultaneous", Consecutive = "consecutive" } default None
);

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    pub day: chrono::NaiveDate,
    pub hall_id: Option<String>,
    pub kind: SessionKind,
    pub title: Localized,
    /// Start in UTC; shown in the forum's time zone.
    pub starts_at: chrono::DateTime<chrono::Utc>,
    pub planned_minutes: Option<i64>,
    pub moderator_guest_id: Option<String>,
}

#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub session_id: String,
    pub position: i64,
    pub kind: ItemKind,
    pub title: Localized,
    pub planned_seconds: i64,
    pub language: String,
    pub interpretation: Interpretation,
    pub stage_notes: String,
    pub tech_notes: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localized_falls_back_to_english_then_any() {
        let l = Localized::new("院士", "", "Academician");
        assert_eq!(l.get(Lang::Ru), "Academician");
        let l = Localized::new("院士", "", "");
        assert_eq!(l.get(Lang::En), "院士");
        assert_eq!(Localized::default().get(Lang::En), "");
    }

    #[test]
    fn enum_keys_round_trip_and_unknown_falls_back() {
        for s in Status::ALL {
            assert_eq!(Status::from_key(s.key()), *s);
        }
        assert_eq!(Status::from_key("archived"), Status::Draft);
        assert_eq!(
            serde_json::to_string(&Status::NoShow).ok().as_deref(),
            Some("\"no-show\"")
        );
    }

    #[test]
    fn ranks_are_ordered_by_protocol() {
        assert!(Rank::Minister.level() < Rank::ViceMinister.level());
        assert_eq!(Rank::Academician.level(), Rank::Rector.level());
        assert!(Rank::ViceRector.level() < Rank::Director.level());
    }
}
