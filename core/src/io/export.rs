//! Exporting the guest list for partners and printers: CSV (UTF-8 with BOM
//! so Excel reads Han and Cyrillic, `,` or `;`) and XLSX (header in the
//! chosen language, frozen, filtered, widths that fit Han text, optionally a
//! sheet per delegation). Written atomically.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};
use serde::{Deserialize, Serialize};

use super::cells::{guard, write_atomically};
use crate::error::{Error, Result};
use crate::guests::{self, orgs};
use crate::i18n;
use crate::model::{Guest, GuestSort, Lang, Localized};
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "kebab-case")]
pub enum Column {
    Name,
    FamilyHan,
    GivenHan,
    FamilyCyr,
    GivenCyr,
    Patronymic,
    FamilyLat,
    GivenLat,
    Gender,
    TitleZh,
    TitleRu,
    TitleEn,
    Organization,
    Delegation,
    Rank,
    Email,
    Phone,
    Language,
    Status,
    Interpreter,
    Dietary,
    Accessibility,
    Notes,
}

impl Column {
    pub const ALL: [Column; 23] = [
        Column::Name,
        Column::FamilyHan,
        Column::GivenHan,
        Column::FamilyCyr,
        Column::GivenCyr,
        Column::Patronymic,
        Column::FamilyLat,
        Column::GivenLat,
        Column::Gender,
        Column::TitleZh,
        Column::TitleRu,
        Column::TitleEn,
        Column::Organization,
        Column::Delegation,
        Column::Rank,
        Column::Email,
        Column::Phone,
        Column::Language,
        Column::Status,
        Column::Interpreter,
        Column::Dietary,
        Column::Accessibility,
        Column::Notes,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::FamilyHan => "family-han",
            Column::GivenHan => "given-han",
            Column::FamilyCyr => "family-cyr",
            Column::GivenCyr => "given-cyr",
            Column::Patronymic => "patronymic",
            Column::FamilyLat => "family-lat",
            Column::GivenLat => "given-lat",
            Column::Gender => "gender",
            Column::TitleZh => "title-zh",
            Column::TitleRu => "title-ru",
            Column::TitleEn => "title-en",
            Column::Organization => "organization",
            Column::Delegation => "delegation",
            Column::Rank => "rank",
            Column::Email => "email",
            Column::Phone => "phone",
            Column::Language => "language",
            Column::Status => "status",
            Column::Interpreter => "interpreter",
            Column::Dietary => "dietary",
            Column::Accessibility => "accessibility",
            Column::Notes => "notes",
        }
    }

    pub fn header(self, lang: Lang) -> String {
        i18n::text(lang, &format!("export-column-{}", self.key()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct ExportOptions {
    pub format: ExportFormat,
    pub lang: Lang,
    pub columns: Vec<Column>,
    /// CSV: `;` instead of `,` (what Russian Excel expects).
    pub semicolon: bool,
    /// XLSX: one sheet per delegation.
    pub sheet_per_delegation: bool,
    /// Only these guests (the list's current filter or selection), in the
    /// list's order; `None`: every guest.
    #[serde(default)]
    pub guests: Option<Vec<String>>,
}

impl ExportOptions {
    pub fn new(format: ExportFormat, lang: Lang) -> Self {
        ExportOptions {
            format,
            lang,
            columns: Column::ALL.to_vec(),
            semicolon: false,
            sheet_per_delegation: false,
            guests: None,
        }
    }
}

/// A written file and how many guests it holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct Exported {
    pub path: String,
    pub count: usize,
}

struct Row {
    delegation: String,
    cells: Vec<String>,
}

fn cell(c: Column, g: &Guest, lang: Lang, org: &Localized, del: &Localized) -> String {
    let n = &g.name;
    match c {
        Column::Name => n.display(lang),
        Column::FamilyHan => n.family_han.clone(),
        Column::GivenHan => n.given_han.clone(),
        Column::FamilyCyr => n.family_cyr.clone(),
        Column::GivenCyr => n.given_cyr.clone(),
        Column::Patronymic => n.patronymic_cyr.clone(),
        Column::FamilyLat => n.family_lat.clone(),
        Column::GivenLat => n.given_lat.clone(),
        Column::Gender => match g.gender {
            crate::model::Gender::Unspecified => String::new(),
            other => i18n::text(lang, &format!("guests-gender-{}", other.key())),
        },
        Column::TitleZh => g.title.zh.clone(),
        Column::TitleRu => g.title.ru.clone(),
        Column::TitleEn => g.title.en.clone(),
        Column::Organization => org.get(lang).to_string(),
        Column::Delegation => del.get(lang).to_string(),
        Column::Rank => i18n::text(lang, &format!("guests-rank-{}", g.rank.key())),
        Column::Email => g.email.clone(),
        Column::Phone => g.phone.clone(),
        // The guest's language named in the export's language (not the
        // languages' own names, which the interface's switcher uses).
        Column::Language => i18n::text(
            lang,
            &format!(
                "export-language-{}",
                g.preferred_language.tag().to_ascii_lowercase()
            ),
        ),
        Column::Status => i18n::text(lang, &format!("guests-status-{}", g.status.key())),
        Column::Interpreter => g.needs.interpreter_language.clone(),
        Column::Dietary => g.needs.dietary.clone(),
        Column::Accessibility => g.needs.accessibility.clone(),
        Column::Notes => g.notes.clone(),
    }
}

fn rows(store: &Store, opts: &ExportOptions) -> Result<Vec<Row>> {
    let order = store.read(|c| guests::list_sorted(c, opts.lang, GuestSort::Delegation))?;
    let all: BTreeMap<String, Guest> = store
        .read(guests::all)?
        .into_iter()
        .map(|g| (g.id.clone(), g))
        .collect();
    let org_names = store.read(orgs::organization_names)?;
    let dels: BTreeMap<String, Localized> = store
        .read(orgs::delegations)?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect();
    let empty = Localized::default();
    let only: Option<std::collections::HashSet<&str>> = opts
        .guests
        .as_ref()
        .map(|ids| ids.iter().map(String::as_str).collect());
    let mut out = Vec::new();
    for item in &order.guests {
        if only.as_ref().is_some_and(|o| !o.contains(item.id.as_str())) {
            continue;
        }
        let Some(g) = all.get(&item.id) else { continue };
        let org = g
            .organization_id
            .as_ref()
            .and_then(|id| org_names.get(id))
            .unwrap_or(&empty);
        let del = g
            .delegation_id
            .as_ref()
            .and_then(|id| dels.get(id))
            .unwrap_or(&empty);
        out.push(Row {
            delegation: del.get(opts.lang).to_string(),
            cells: opts
                .columns
                .iter()
                .map(|c| cell(*c, g, opts.lang, org, del))
                .collect(),
        });
    }
    Ok(out)
}

/// Writes the guest list to `path`; returns how many guests were written.
pub fn guests(store: &Store, path: &Path, opts: &ExportOptions) -> Result<usize> {
    if opts.columns.is_empty() {
        return Err(Error::InvalidValue {
            field: "columns".into(),
            value: String::new(),
        });
    }
    let rows = rows(store, opts)?;
    let headers: Vec<String> = opts.columns.iter().map(|c| c.header(opts.lang)).collect();
    match opts.format {
        ExportFormat::Csv => {
            let cells: Vec<Vec<String>> = rows.into_iter().map(|r| r.cells).collect();
            write_csv(path, &headers, &cells, opts.semicolon)?;
            return Ok(cells.len());
        }
        ExportFormat::Xlsx => write_xlsx(path, &headers, &rows, opts)?,
    }
    Ok(rows.len())
}

fn write_csv(path: &Path, headers: &[String], rows: &[Vec<String>], semicolon: bool) -> Result<()> {
    write_atomically(path, |tmp| {
        let io = |e: std::io::Error| Error::io(tmp, e);
        let mut file = std::fs::File::create(tmp).map_err(io)?;
        file.write_all(b"\xEF\xBB\xBF").map_err(io)?;
        let mut w = csv::WriterBuilder::new()
            .delimiter(if semicolon { b';' } else { b',' })
            .terminator(csv::Terminator::CRLF)
            .from_writer(file);
        let csv_err = |e: csv::Error| Error::io(tmp, std::io::Error::other(e.to_string()));
        w.write_record(headers).map_err(csv_err)?;
        for r in rows {
            w.write_record(r.iter().map(|c| guard(c)))
                .map_err(csv_err)?;
        }
        let file = w
            .into_inner()
            .map_err(|e| Error::io(tmp, std::io::Error::other(e.to_string())))?;
        file.sync_all().map_err(io)
    })
}

/// Display width in a spreadsheet: Han and other wide characters count twice.
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

/// An Excel sheet name: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(name: &str, taken: &mut Vec<String>) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .collect();
    let clean = clean.trim().trim_matches('\'');
    let base: String = if clean.is_empty() {
        "-".into()
    } else {
        clean.chars().take(31).collect()
    };
    let mut candidate = base.clone();
    let mut n = 2;
    while taken
        .iter()
        .any(|t| t.to_lowercase() == candidate.to_lowercase())
    {
        let suffix = format!(" ({n})");
        candidate = format!(
            "{}{suffix}",
            base.chars()
                .take(31 - suffix.chars().count())
                .collect::<String>()
        );
        n += 1;
    }
    taken.push(candidate.clone());
    candidate
}

/// One worksheet: its name, header row and rows.
pub struct Sheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn write_xlsx(path: &Path, headers: &[String], rows: &[Row], opts: &ExportOptions) -> Result<()> {
    let mut groups: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    if opts.sheet_per_delegation {
        for r in rows {
            let label = if r.delegation.is_empty() {
                i18n::text(opts.lang, "guests-no-delegation")
            } else {
                r.delegation.clone()
            };
            match groups.iter_mut().find(|(l, _)| *l == label) {
                Some((_, v)) => v.push(r.cells.clone()),
                None => groups.push((label, vec![r.cells.clone()])),
            }
        }
    } else {
        groups.push((
            i18n::text(opts.lang, "guests-title"),
            rows.iter().map(|r| r.cells.clone()).collect(),
        ));
    }
    let sheets: Vec<Sheet> = groups
        .into_iter()
        .map(|(name, rows)| Sheet {
            name,
            headers: headers.to_vec(),
            rows,
        })
        .collect();
    write_sheets(path, &sheets)
}

/// Writes sheets with a bold, frozen, filtered header row and columns wide
/// enough for their text (Han counted double), every cell as text.
pub fn write_sheets(path: &Path, sheets: &[Sheet]) -> Result<()> {
    let xerr =
        |e: rust_xlsxwriter::XlsxError| Error::io(path, std::io::Error::other(e.to_string()));
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let mut taken = Vec::new();
    for sheet in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&sheet.name, &mut taken))
            .map_err(xerr)?;
        let mut widths: Vec<usize> = sheet.headers.iter().map(|h| display_width(h)).collect();
        for (c, h) in sheet.headers.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &bold)
                .map_err(xerr)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                // Written as text, never as a formula, whatever it starts with.
                ws.write_string((r + 1) as u32, c as u16, v).map_err(xerr)?;
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(display_width(v));
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, (*w).clamp(6, 60) as f64 + 2.0)
                .map_err(xerr)?;
        }
        ws.set_freeze_panes(1, 0).map_err(xerr)?;
        let last_col = sheet.headers.len().saturating_sub(1) as u16;
        ws.autofilter(0, 0, sheet.rows.len() as u32, last_col)
            .map_err(xerr)?;
    }
    write_atomically(path, |tmp| wb.save(tmp).map_err(xerr))
}

/// Writes a seating plan: the list by table and the door index (guest →
/// table and seat, in the language's alphabetical order). XLSX holds both
/// sheets; CSV one of them (`door_index`).
pub fn seating(
    store: &Store,
    plan_id: &str,
    path: &Path,
    format: ExportFormat,
    lang: Lang,
    door_index: bool,
    semicolon: bool,
) -> Result<usize> {
    let lines = store.read(|c| crate::seating::listing(c, plan_id, lang))?;
    let h = |id: &str| i18n::text(lang, id);
    let by_table = Sheet {
        name: h("export-seating-sheet-tables"),
        headers: vec![
            h("export-seating-table"),
            h("export-seating-seat"),
            h("export-seating-honour"),
            h("export-column-name"),
            h("guests-column-title"),
            h("export-column-delegation"),
        ],
        rows: lines
            .iter()
            .map(|l| {
                vec![
                    l.table.clone(),
                    l.seat.to_string(),
                    l.honour.to_string(),
                    l.guest.clone(),
                    l.title.clone(),
                    l.delegation.clone(),
                ]
            })
            .collect(),
    };
    let mut seated: Vec<&crate::seating::SeatLine> =
        lines.iter().filter(|l| l.guest_id.is_some()).collect();
    seated.sort_by(|a, b| crate::names::compare(lang, &a.guest, &b.guest));
    let index = Sheet {
        name: h("export-seating-sheet-index"),
        headers: vec![
            h("export-column-name"),
            h("export-seating-table"),
            h("export-seating-seat"),
            h("export-column-delegation"),
        ],
        rows: seated
            .iter()
            .map(|l| {
                vec![
                    l.guest.clone(),
                    l.table.clone(),
                    l.seat.to_string(),
                    l.delegation.clone(),
                ]
            })
            .collect(),
    };
    match format {
        ExportFormat::Xlsx => write_sheets(path, &[by_table, index])?,
        ExportFormat::Csv => {
            let s = if door_index { &index } else { &by_table };
            write_csv(path, &s.headers, &s.rows, semicolon)?;
        }
    }
    Ok(seated.len())
}

/// How the agenda goes out: a calendar or a running-order table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "kebab-case")]
pub enum AgendaFormat {
    Ics,
    Xlsx,
    Csv,
}

impl AgendaFormat {
    pub fn extension(self) -> &'static str {
        match self {
            AgendaFormat::Ics => "ics",
            AgendaFormat::Xlsx => "xlsx",
            AgendaFormat::Csv => "csv",
        }
    }

    pub fn from_key(key: &str) -> Option<AgendaFormat> {
        [AgendaFormat::Ics, AgendaFormat::Xlsx, AgendaFormat::Csv]
            .into_iter()
            .find(|f| f.extension() == key)
    }
}

/// Writes the agenda as `format`; `session` (its id or title in any
/// language) limits a calendar to that session. Returns how many events
/// (calendar) or items (table) were written.
pub fn agenda_as(
    store: &Store,
    path: &Path,
    format: AgendaFormat,
    lang: Lang,
    session: Option<&str>,
    semicolon: bool,
) -> Result<usize> {
    match format {
        AgendaFormat::Ics => {
            let id = session
                .map(|s| store.read(|c| crate::agenda::find_session(c, s)))
                .transpose()?;
            agenda_ics(store, path, lang, id.as_deref())
        }
        AgendaFormat::Xlsx => agenda(store, path, ExportFormat::Xlsx, lang, semicolon),
        AgendaFormat::Csv => agenda(store, path, ExportFormat::Csv, lang, semicolon),
    }
}

/// The agenda as a table: one row per running-order item, times in the
/// forum's time zone, in `lang`.
pub fn agenda(
    store: &Store,
    path: &Path,
    format: ExportFormat,
    lang: Lang,
    semicolon: bool,
) -> Result<usize> {
    let a = store.read(|c| crate::agenda::schedule::load(c, lang))?;
    let tz: chrono_tz::Tz = a
        .time_zone
        .parse()
        .map_err(|_| Error::UnknownTimeZone(a.time_zone.clone()))?;
    let at = |t| {
        crate::agenda::timing::local(t, tz)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    };
    let h = |id: &str| i18n::text(lang, id);
    let headers = vec![
        h("export-agenda-session"),
        h("export-agenda-start"),
        h("export-agenda-end"),
        h("export-agenda-minutes"),
        h("export-agenda-item"),
        h("export-agenda-speakers"),
        h("export-column-language"),
        h("export-agenda-interpretation"),
    ];
    let mut rows = Vec::new();
    for s in &a.sessions {
        for i in &s.items {
            rows.push(vec![
                s.title.clone(),
                at(i.start),
                at(i.end),
                (i.seconds / 60).to_string(),
                i.title.clone(),
                crate::i18n::join_list(lang, &i.speakers),
                i.language.clone(),
                h(&format!("export-interpretation-{}", i.interpretation.key())),
            ]);
        }
    }
    let n = rows.len();
    match format {
        ExportFormat::Csv => write_csv(path, &headers, &rows, semicolon)?,
        ExportFormat::Xlsx => write_sheets(
            path,
            &[Sheet {
                name: h("export-agenda-sheet"),
                headers,
                rows,
            }],
        )?,
    }
    Ok(n)
}

/// The agenda as an iCalendar file (all sessions, or one).
pub fn agenda_ics(store: &Store, path: &Path, lang: Lang, session: Option<&str>) -> Result<usize> {
    let a = store.read(|c| crate::agenda::schedule::load(c, lang))?;
    let forum = store.read(crate::forum::get)?;
    let ics = super::ics::calendar(&a, forum.name.get(lang), session);
    let events = ics.matches("BEGIN:VEVENT").count();
    write_atomically(path, |tmp| {
        std::fs::write(tmp, &ics).map_err(|e| Error::io(tmp, e))
    })?;
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_counts_double_width() {
        assert_eq!(display_width("张平文"), 6);
        assert_eq!(display_width("Semin"), 5);
        assert_eq!(display_width("Семин"), 5);
    }

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let mut taken = vec![];
        assert_eq!(sheet_name("Guests: A/B", &mut taken), "Guests AB");
        assert_eq!(sheet_name("guests ab", &mut taken), "guests ab (2)");
        let long = "Российская делегация на форуме научно-технического сотрудничества";
        assert_eq!(sheet_name(long, &mut taken).chars().count(), 31);
    }
}
