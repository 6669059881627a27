//! Forum Desk core: the domain, the forum file, import/export and Rust-side
//! text. No window and no Tauri here: everything is testable on its own.

pub mod agenda;
pub mod demo;
pub mod docs;
pub mod error;
pub mod forum;
pub mod guests;
pub mod i18n;
pub mod ids;
pub mod io;
pub mod live;
pub mod model;
pub mod names;
pub mod seating;
pub mod settings;
pub mod store;
pub mod undo;

pub use error::{Error, ErrorPayload, Result};
pub use model::Lang;
pub use store::Store;

/// What the app shows about an open forum.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct ForumSummary {
    pub path: String,
    pub forum: model::Forum,
    pub guest_count: i64,
    pub session_count: i64,
    pub item_count: i64,
    pub schema_version: i64,
}

pub fn summary(store: &Store) -> Result<ForumSummary> {
    Ok(ForumSummary {
        path: store.path().display().to_string(),
        forum: store.read(forum::get)?,
        guest_count: store.read(guests::count)?,
        session_count: store.read(agenda::count_sessions)?,
        item_count: store.read(agenda::count_items)?,
        schema_version: store.schema_version()?,
    })
}

/// Everything the UI needs to draw its first frame.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct AppSnapshot {
    pub lang: Lang,
    pub forum: Option<ForumSummary>,
    /// An error from start-up (e.g. the last forum could not be opened).
    pub error: Option<ErrorPayload>,
    /// Where the timed backups go.
    pub backup_dir: String,
}

/// An open forum: its file and the undo history of this session.
#[derive(Debug)]
pub struct OpenForum {
    pub store: Store,
    pub history: undo::History,
    /// The session being run in live mode, if any.
    pub live: Option<live::Live>,
}

impl OpenForum {
    pub fn new(store: Store) -> Self {
        OpenForum {
            store,
            history: undo::History::default(),
            live: None,
        }
    }

    /// Runs one organizer action in one transaction, recorded as one
    /// undoable step named `label` (see [`undo`]).
    pub fn act<T>(
        &mut self,
        label: undo::Label,
        f: impl FnOnce(&rusqlite::Transaction) -> Result<T>,
    ) -> Result<T> {
        self.history.act(&mut self.store, label, f)
    }

    /// Undoes the last action, whatever part of the forum it changed.
    pub fn undo(&mut self, lang: Lang) -> Result<undo::UndoState> {
        let done = self.history.undo(&mut self.store)?;
        Ok(self.history.state(done.as_ref(), lang))
    }

    /// Redoes the last undone action.
    pub fn redo(&mut self, lang: Lang) -> Result<undo::UndoState> {
        let done = self.history.redo(&mut self.store)?;
        Ok(self.history.state(done.as_ref(), lang))
    }
}

/// The values of each choice the UI offers, in the order to offer them:
/// one source for Rust and TypeScript.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct Vocabulary {
    pub statuses: Vec<model::Status>,
    pub ranks: Vec<model::Rank>,
    pub genders: Vec<model::Gender>,
    pub roles: Vec<model::Role>,
    pub sorts: Vec<model::GuestSort>,
    pub fields: Vec<io::mapping::Field>,
    pub columns: Vec<io::export::Column>,
    pub langs: Vec<Lang>,
    pub session_kinds: Vec<model::SessionKind>,
    pub item_kinds: Vec<model::ItemKind>,
    pub interpretations: Vec<model::Interpretation>,
    /// ISO codes of the countries the app names (`settings-country-<code>`).
    pub countries: Vec<String>,
    pub honour_sides: Vec<model::HonourSide>,
}

pub fn vocabulary() -> Vocabulary {
    Vocabulary {
        statuses: model::Status::ALL.to_vec(),
        ranks: model::Rank::ALL.to_vec(),
        genders: model::Gender::ALL.to_vec(),
        roles: model::Role::ALL.to_vec(),
        sorts: model::GuestSort::ALL.to_vec(),
        fields: io::mapping::Field::ALL.to_vec(),
        columns: io::export::Column::ALL.to_vec(),
        langs: Lang::ALL.to_vec(),
        session_kinds: model::SessionKind::ALL.to_vec(),
        item_kinds: model::ItemKind::ALL.to_vec(),
        interpretations: model::Interpretation::ALL.to_vec(),
        countries: io::countries::codes(),
        honour_sides: model::HonourSide::ALL.to_vec(),
    }
}
