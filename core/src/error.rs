//! The one error type of Forum Desk.
//!
//! Every variant has a stable `code` (kebab-case). The UI and the CLI show the
//! Fluent message `error-<code>` with the variant's arguments; `detail` is the
//! English developer text kept for logs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: not a Forum Desk file")]
    NotAForum { path: PathBuf },
    #[error(
        "{path}: made by a newer Forum Desk (schema {found}, this app reads up to {supported})"
    )]
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path}: the file is damaged ({reason})")]
    Corrupt { path: PathBuf, reason: String },
    #[error("{path}: file not found")]
    FileNotFound { path: PathBuf },
    #[error("{path}: the file already exists")]
    AlreadyExists { path: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{field}: invalid value {value:?}")]
    InvalidValue { field: String, value: String },
    #[error("unknown language {0:?}")]
    UnknownLanguage(String),
    #[error("unknown time zone {0:?}")]
    UnknownTimeZone(String),
    #[error("no forum is open")]
    NoForumOpen,
    #[error("not found: {what} {id}")]
    NotFound { what: &'static str, id: String },
    #[error("{path}: cannot be read as a table ({reason})")]
    UnreadableTable { path: PathBuf, reason: String },
    #[error("{path}: no rows")]
    EmptyTable { path: PathBuf },
    #[error("{path}: no column holds a name")]
    NoNameColumn { path: PathBuf },
    #[error("{path}, row {row}, column {column:?}: {problem:?} {value:?}")]
    Row {
        path: PathBuf,
        row: usize,
        column: String,
        problem: RowProblem,
        value: String,
    },
    #[error("fonts {files} not found in {dirs}")]
    FontsMissing { files: String, dirs: String },
    #[error("the document could not be laid out: {reason}")]
    Document { reason: String },
    #[error("no font can show {chars}")]
    MissingGlyphs { chars: String },
    #[error("no title in any language")]
    MissingTitle,
    #[error("a guest needs a name in at least one script")]
    MissingName,
    #[error("the forum needs a name in at least one language")]
    MissingForumName,
    #[error("a delegation needs a name in at least one language")]
    MissingDelegationName,
    #[error("the forum ends before it starts")]
    DatesOutOfOrder,
    #[error("the reply-by date is after the forum starts")]
    ReplyAfterStart,
    #[error("{value} does not exist in {zone} (the clocks change)")]
    NonexistentTime { value: String, zone: String },
    #[error("no session is running")]
    LiveNotRunning,
    #[error("the session has no items to run")]
    LiveEmptySession,
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
}

/// What is wrong with one row of an imported file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "kebab-case")]
pub enum RowProblem {
    MissingName,
    BadEmail,
}

impl RowProblem {
    pub fn key(self) -> &'static str {
        match self {
            RowProblem::MissingName => "missing-name",
            RowProblem::BadEmail => "bad-email",
        }
    }
}

/// What crosses the IPC boundary: the UI looks up `error-<code>` with `args`.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ErrorPayload {
    pub code: &'static str,
    pub detail: String,
    #[cfg_attr(test, ts(type = "Record<string, string | number>"))]
    pub args: BTreeMap<&'static str, serde_json::Value>,
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        if source.kind() == std::io::ErrorKind::NotFound {
            Error::FileNotFound {
                path: path.to_path_buf(),
            }
        } else {
            Error::Io {
                path: path.to_path_buf(),
                source,
            }
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Error::NotAForum { .. } => "not-a-forum",
            Error::NewerVersion { .. } => "newer-version",
            Error::Corrupt { .. } => "corrupt",
            Error::FileNotFound { .. } => "file-not-found",
            Error::AlreadyExists { .. } => "already-exists",
            Error::Io { .. } => "io",
            Error::InvalidValue { .. } => "invalid-value",
            Error::UnknownLanguage(_) => "unknown-language",
            Error::UnknownTimeZone(_) => "unknown-time-zone",
            Error::NoForumOpen => "no-forum-open",
            Error::NotFound { .. } => "not-found",
            Error::UnreadableTable { .. } => "unreadable-table",
            Error::EmptyTable { .. } => "empty-table",
            Error::NoNameColumn { .. } => "no-name-column",
            Error::Row { problem, .. } => match problem {
                RowProblem::MissingName => "row-missing-name",
                RowProblem::BadEmail => "row-bad-email",
            },
            Error::FontsMissing { .. } => "fonts-missing",
            Error::Document { .. } => "document",
            Error::MissingGlyphs { .. } => "missing-glyphs",
            Error::MissingTitle => "missing-title",
            Error::MissingName => "missing-name",
            Error::MissingForumName => "missing-forum-name",
            Error::MissingDelegationName => "missing-delegation-name",
            Error::DatesOutOfOrder => "dates-out-of-order",
            Error::ReplyAfterStart => "reply-after-start",
            Error::NonexistentTime { .. } => "nonexistent-time",
            Error::LiveNotRunning => "live-not-running",
            Error::LiveEmptySession => "live-empty-session",
            Error::Database(_) => "database",
        }
    }

    /// Arguments for the Fluent message `error-<code>`.
    pub fn args(&self) -> BTreeMap<&'static str, serde_json::Value> {
        use serde_json::Value;
        let file = |p: &Path| Value::String(p.display().to_string());
        let mut a = BTreeMap::new();
        match self {
            Error::NotAForum { path }
            | Error::FileNotFound { path }
            | Error::AlreadyExists { path }
            | Error::EmptyTable { path }
            | Error::NoNameColumn { path } => {
                a.insert("file", file(path));
            }
            Error::NewerVersion {
                path,
                found,
                supported,
            } => {
                a.insert("file", file(path));
                a.insert("found", Value::from(*found));
                a.insert("supported", Value::from(*supported));
            }
            Error::Corrupt { path, reason } | Error::UnreadableTable { path, reason } => {
                a.insert("file", file(path));
                a.insert("reason", Value::String(reason.clone()));
            }
            Error::Io { path, source } => {
                a.insert("file", file(path));
                a.insert("reason", Value::String(source.to_string()));
            }
            Error::InvalidValue { field, value } => {
                a.insert("field", Value::String(field.clone()));
                a.insert("value", Value::String(value.clone()));
            }
            Error::UnknownLanguage(v) | Error::UnknownTimeZone(v) => {
                a.insert("value", Value::String(v.clone()));
            }
            Error::NotFound { what, id } => {
                a.insert("what", Value::String((*what).to_string()));
                a.insert("id", Value::String(id.clone()));
            }
            Error::Row {
                path,
                row,
                column,
                value,
                ..
            } => {
                a.insert("file", file(path));
                a.insert("row", Value::from(*row));
                a.insert("column", Value::String(column.clone()));
                a.insert("value", Value::String(value.clone()));
            }
            Error::Database(e) => {
                a.insert("reason", Value::String(e.to_string()));
            }
            Error::FontsMissing { files, dirs } => {
                a.insert("files", Value::String(files.clone()));
                a.insert("dirs", Value::String(dirs.clone()));
            }
            Error::MissingGlyphs { chars } => {
                a.insert("chars", Value::String(chars.clone()));
            }
            Error::Document { reason } => {
                a.insert("reason", Value::String(reason.clone()));
            }
            Error::NonexistentTime { value, zone } => {
                a.insert("value", Value::String(value.clone()));
                a.insert("zone", Value::String(zone.clone()));
            }
            Error::NoForumOpen
            | Error::MissingTitle
            | Error::MissingName
            | Error::MissingForumName
            | Error::MissingDelegationName
            | Error::DatesOutOfOrder
            | Error::ReplyAfterStart
            | Error::LiveNotRunning
            | Error::LiveEmptySession => {}
        }
        a
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            detail: self.to_string(),
            args: self.args(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_carries_code_and_arguments() {
        let e = Error::NewerVersion {
            path: PathBuf::from("/x/a.forum"),
            found: 9,
            supported: 1,
        };
        let p = e.payload();
        assert_eq!(p.code, "newer-version");
        assert_eq!(p.args["found"], serde_json::json!(9));
        assert_eq!(p.args["file"], serde_json::json!("/x/a.forum"));
    }

    #[test]
    fn missing_file_is_its_own_code() {
        let e = Error::io(
            Path::new("/nope"),
            std::io::Error::from(std::io::ErrorKind::NotFound),
        );
        assert_eq!(e.code(), "file-not-found");
    }
}
