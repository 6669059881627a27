//! Importing a guest list: read, map, check every row, preview, then write
//! all rows in one transaction — or none.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::cells::unguard;
use super::mapping::{self, ColumnMapping, Field};
use super::matching::{self, Decision, FieldChange, Given};
use super::table::{self, Table, TableFormat};
use crate::error::{Error, Result, RowProblem};
use crate::guests::duplicates::DuplicateIndex;
use crate::guests::{self, orgs};
use crate::i18n;
use crate::model::{Gender, Guest, Lang, Localized, Rank, Status};
use crate::names::{self, split, Script};
use crate::store::Store;
use crate::undo::{Action, History, Label};

/// How many rows the preview shows.
pub const PREVIEW_ROWS: usize = 50;
/// How many issues the preview lists (all are counted).
pub const PREVIEW_ISSUES: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "kebab-case")]
pub enum IssueKind {
    MissingName,
    BadEmail,
    /// Likely the same person as a guest already in the forum.
    Duplicate,
    /// Likely the same person as an earlier row of the file.
    DuplicateInFile,
}

impl IssueKind {
    pub fn is_error(self) -> bool {
        matches!(self, IssueKind::MissingName | IssueKind::BadEmail)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct RowIssue {
    /// Row number in the file (the header is row 1 when it is the first line).
    pub row: usize,
    pub column: String,
    pub kind: IssueKind,
    pub value: String,
    /// For duplicates: the other guest's name (or row).
    pub other: String,
}

/// A row as it will be stored, in the language of the preview.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct PreviewRow {
    pub row: usize,
    pub display_name: String,
    pub secondary_name: String,
    pub title: String,
    pub organization: String,
    pub delegation: String,
    pub email: String,
    pub language: Lang,
    pub status: Status,
}

/// A row that is likely a guest already in the forum, or repeats an earlier
/// row: what it would change and what will be done with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct RowMatch {
    pub row: usize,
    /// The row's name, in the language of the preview.
    pub name: String,
    /// `true`: an earlier row of the file (`other_row`); `false`: the guest
    /// `other_id` already in the forum.
    pub in_file: bool,
    pub other_id: String,
    pub other_row: usize,
    pub other_name: String,
    /// The other guest's organization, to tell namesakes apart.
    pub other_organization: String,
    /// What the row would change on the guest (empty: an exact repeat).
    pub changes: Vec<FieldChange>,
    /// What happens unless the organizer decides otherwise.
    pub decision: Decision,
}

/// The organizer's choice for one matched row.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct RowDecision {
    pub row: usize,
    pub decision: Decision,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct ImportPreview {
    pub file: String,
    pub format: TableFormat,
    pub encoding: String,
    pub delimiter: String,
    pub headers: Vec<String>,
    pub mapping: Vec<Option<ColumnMapping>>,
    pub rows: Vec<PreviewRow>,
    pub total_rows: usize,
    pub issues: Vec<RowIssue>,
    pub error_count: usize,
    pub warning_count: usize,
    pub new_organizations: usize,
    pub new_delegations: usize,
    /// Rows that match no guest: each will be a new guest.
    pub unmatched: usize,
    /// Under the default decisions, over every row: guests added, updated.
    pub to_add: usize,
    pub to_update: usize,
    /// Rows that match a guest or an earlier row (up to the issue limit).
    pub matches: Vec<RowMatch>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct ImportSummary {
    pub file: String,
    /// New guests.
    pub imported: usize,
    /// Guests already in the forum that took details from the file.
    pub updated: usize,
    /// Rows left out: repeats, and matches the organizer chose to skip.
    pub skipped: usize,
    pub duplicates: usize,
    pub new_organizations: usize,
    pub new_delegations: usize,
    pub issues: Vec<RowIssue>,
}

/// One planned guest: the guest and the names of its organization and
/// delegation as the file gives them.
struct Planned {
    row: usize,
    guest: Guest,
    /// The row as the file gives it, before transliteration fills the
    /// scripts it left empty: what an update may take.
    raw: Guest,
    organization: Option<(String, Option<Lang>)>,
    delegation: Option<(String, Option<Lang>)>,
    matched: Option<Matched>,
}

enum Matched {
    /// A guest already in the forum, and what the row would change on it.
    Existing {
        id: String,
        changes: Vec<FieldChange>,
        /// The guest's name and organization, in the preview's language.
        name: String,
        organization: String,
    },
    /// An earlier row of the file.
    InFile(usize),
}

impl Planned {
    fn default_decision(&self) -> Decision {
        match &self.matched {
            None => Decision::New,
            Some(Matched::Existing { changes, .. }) => matching::default_decision(changes),
            Some(Matched::InFile(_)) => Decision::Skip,
        }
    }
}

/// What happens to a planned row.
enum Write<'a> {
    Add(&'a Planned),
    /// The guest already in the forum (id) takes these fields from the row.
    Update(&'a Planned, &'a str, Vec<matching::GuestField>),
}

/// The rows written under the organizer's decisions (else the defaults),
/// and the organizations and delegations they need created.
struct Decided<'a> {
    writes: Vec<Write<'a>>,
    skipped: usize,
    new_organizations: Vec<&'a (String, Option<Lang>)>,
    new_delegations: Vec<&'a (String, Option<Lang>)>,
}

impl Decided<'_> {
    fn counts(&self) -> (usize, usize) {
        let added = self
            .writes
            .iter()
            .filter(|w| matches!(w, Write::Add(_)))
            .count();
        (added, self.writes.len() - added)
    }
}

fn new_key(s: &str) -> String {
    format!("new:{}", names::normalize(s.trim()))
}

fn decide<'a>(plan: &'a Plan, chosen: &HashMap<usize, Decision>) -> Decided<'a> {
    use matching::GuestField as F;
    let mut writes = Vec::new();
    let mut skipped = 0;
    let mut used: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for p in &plan.guests {
        let decision = chosen
            .get(&p.row)
            .copied()
            .unwrap_or_else(|| p.default_decision());
        let (org, del) = (
            p.guest.organization_id.as_deref(),
            p.guest.delegation_id.as_deref(),
        );
        match (&p.matched, decision) {
            (None, _) | (Some(_), Decision::New) => {
                used.extend(org);
                used.extend(del);
                writes.push(Write::Add(p));
            }
            (Some(Matched::Existing { id, changes, .. }), Decision::Fill | Decision::Replace) => {
                let fields = matching::taken(changes, decision);
                if fields.is_empty() {
                    skipped += 1;
                    continue;
                }
                // Only a taken organization or delegation needs creating.
                if fields.contains(&F::Organization) {
                    used.extend(org);
                }
                if fields.contains(&F::Delegation) {
                    used.extend(del);
                }
                writes.push(Write::Update(p, id, fields));
            }
            _ => skipped += 1,
        }
    }
    let needed = |list: &'a [(String, Option<Lang>)]| -> Vec<&'a (String, Option<Lang>)> {
        list.iter()
            .filter(|(n, _)| used.contains(new_key(n).as_str()))
            .collect()
    };
    Decided {
        new_organizations: needed(&plan.new_organizations),
        new_delegations: needed(&plan.new_delegations),
        writes,
        skipped,
    }
}

/// Organization and delegation names for showing a change (also the
/// Duplicates dialog's, with no records still to be created).
pub(crate) struct RecordNames<'a> {
    pub(crate) orgs: &'a HashMap<String, Localized>,
    pub(crate) dels: &'a [crate::model::Delegation],
    /// Names the file gives for records still to be created, by key.
    pub(crate) new: HashMap<String, String>,
    pub(crate) lang: Lang,
}

impl matching::Names for RecordNames<'_> {
    fn organization(&self, id: &str) -> String {
        self.orgs
            .get(id)
            .map(|l| l.get(self.lang).to_string())
            .or_else(|| self.new.get(id).cloned())
            .unwrap_or_default()
    }
    fn delegation(&self, id: &str) -> String {
        self.dels
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.name.get(self.lang).to_string())
            .or_else(|| self.new.get(id).cloned())
            .unwrap_or_default()
    }
}

struct Plan {
    guests: Vec<Planned>,
    issues: Vec<RowIssue>,
    new_organizations: Vec<(String, Option<Lang>)>,
    new_delegations: Vec<(String, Option<Lang>)>,
}

fn script_for(lang: Option<Lang>, value: &str) -> Script {
    match lang {
        Some(Lang::ZhCn) => Script::Han,
        Some(Lang::Ru) => Script::Cyrillic,
        Some(Lang::En) => Script::Latin,
        None => names::script_of(value),
    }
}

fn lang_for(lang: Option<Lang>, value: &str) -> Lang {
    lang.unwrap_or(match names::script_of(value) {
        Script::Han => Lang::ZhCn,
        Script::Cyrillic => Lang::Ru,
        Script::Latin | Script::Other => Lang::En,
    })
}

fn set_localized(l: &mut Localized, lang: Lang, value: &str) {
    let slot = match lang {
        Lang::ZhCn => &mut l.zh,
        Lang::Ru => &mut l.ru,
        Lang::En => &mut l.en,
    };
    if slot.is_empty() {
        *slot = value.to_string();
    } else {
        slot.push_str("; ");
        slot.push_str(value);
    }
}

fn fill(slot: &mut String, value: &str) {
    if slot.is_empty() {
        *slot = value.to_string();
    } else {
        slot.push(' ');
        slot.push_str(value);
    }
}

/// A value given as a key or as its label in any of the three languages.
fn by_label<T: Copy>(
    value: &str,
    all: &[T],
    key: impl Fn(T) -> &'static str,
    id: &str,
) -> Option<T> {
    let v = names::normalize(value.trim());
    all.iter().copied().find(|x| {
        let k = key(*x);
        v == k
            || Lang::ALL
                .iter()
                .any(|l| names::normalize(&i18n::text(*l, &format!("{id}-{k}"))) == v)
    })
}

pub fn parse_gender(v: &str) -> Option<Gender> {
    match names::normalize(v.trim()).as_str() {
        "男" | "м" | "муж" | "мужской" | "male" | "m" | "man" | "mr" => {
            Some(Gender::Male)
        }
        "女" | "ж" | "жен" | "женский" | "female" | "f" | "woman" | "ms" | "mrs" => {
            Some(Gender::Female)
        }
        other => by_label(other, Gender::ALL, Gender::key, "guests-gender"),
    }
}

pub fn parse_language(v: &str) -> Option<Lang> {
    match names::normalize(v.trim()).as_str() {
        "中文" | "汉语" | "普通话" | "chinese" | "китайский" | "zh" | "zh-cn" | "cn" => {
            Some(Lang::ZhCn)
        }
        "俄语" | "俄文" | "русский" | "russian" | "ru" | "рус" => Some(Lang::Ru),
        "英语" | "英文" | "английский" | "english" | "en" | "англ" => {
            Some(Lang::En)
        }
        other => other.parse().ok(),
    }
}

fn plan(store: &Store, table: &Table, map: &[Option<ColumnMapping>], lang: Lang) -> Result<Plan> {
    let existing = store.read(guests::all)?;
    // Live organizations only: one an undone import left behind (deleted)
    // is not brought back under a new guest.
    let org_names: HashMap<String, Localized> = store
        .read(|c| orgs::organizations(c, lang))?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let dels = store.read(orgs::delegations)?;
    let key = |s: &str| names::normalize(s.trim());
    let mut org_ids: HashMap<String, String> = HashMap::new();
    for (id, l) in &org_names {
        for n in [&l.zh, &l.ru, &l.en] {
            if !n.is_empty() {
                org_ids.entry(key(n)).or_insert_with(|| id.clone());
            }
        }
    }
    let mut del_ids: HashMap<String, String> = HashMap::new();
    for d in &dels {
        for n in [&d.name.zh, &d.name.ru, &d.name.en] {
            if !n.is_empty() {
                del_ids.entry(key(n)).or_insert_with(|| d.id.clone());
            }
        }
    }
    // Then the delegation's country as partners write it (中国, Россия, CN,
    // China …): after the names, so a delegation's own name always wins.
    for d in &dels {
        for n in super::countries::aliases(&d.country) {
            del_ids.entry(key(n)).or_insert_with(|| d.id.clone());
        }
    }
    let names_by_id: HashMap<&str, String> = existing
        .iter()
        .map(|g| (g.id.as_str(), g.name.display(lang)))
        .collect();
    let mut index = DuplicateIndex::new(&existing);
    let by_id: HashMap<&str, &Guest> = existing.iter().map(|g| (g.id.as_str(), g)).collect();
    // The first row that matched each guest already in the forum: a later
    // row for the same guest repeats that row rather than updating twice.
    let mut first_row_of: HashMap<String, usize> = HashMap::new();
    let mut out = Plan {
        guests: Vec::new(),
        issues: Vec::new(),
        new_organizations: Vec::new(),
        new_delegations: Vec::new(),
    };
    let header = |c: usize| table.headers.get(c).cloned().unwrap_or_default();
    let name_cols: Vec<usize> = map
        .iter()
        .enumerate()
        .filter(|(_, m)| m.is_some_and(|m| m.field.is_name()))
        .map(|(i, _)| i)
        .collect();

    // Name parts first, full names last: a full name only fills what the
    // part columns left empty.
    // A whole Latin name comes after everything else: it is split by what
    // the other scripts tell.
    let is_full = |c: &usize| map[*c].is_some_and(|m| m.field == Field::FullName);
    let is_latin_full = |c: &usize| is_full(c) && map[*c].is_some_and(|m| m.lang == Some(Lang::En));
    let order: Vec<usize> = (0..map.len())
        .filter(|c| !is_full(c))
        .chain((0..map.len()).filter(|c| is_full(c) && !is_latin_full(c)))
        .chain((0..map.len()).filter(is_latin_full))
        .collect();
    for (row, cells) in &table.rows {
        let mut g = Guest::default();
        let mut organization = None;
        let mut delegation = None;
        let mut lang_set = false;
        let mut given = Given::default();
        for &c in &order {
            let Some(m) = &map[c] else { continue };
            let raw = cells.get(c).map(String::as_str).unwrap_or("");
            let v = unguard(raw.trim());
            if v.is_empty() {
                continue;
            }
            let n = &mut g.name;
            match m.field {
                Field::FullName => {
                    let mut p = split::split_full_name(v);
                    if matches!(names::script_of(v), Script::Latin) {
                        (p.family_lat, p.given_lat) = split::split_latin_for(v, n);
                    }
                    for (slot, part) in [
                        (&mut n.family_han, p.family_han),
                        (&mut n.given_han, p.given_han),
                        (&mut n.family_cyr, p.family_cyr),
                        (&mut n.given_cyr, p.given_cyr),
                        (&mut n.patronymic_cyr, p.patronymic_cyr),
                        (&mut n.family_lat, p.family_lat),
                        (&mut n.given_lat, p.given_lat),
                    ] {
                        if slot.is_empty() {
                            *slot = part;
                        }
                    }
                }
                Field::Family => match script_for(m.lang, v) {
                    Script::Han => fill(&mut n.family_han, v),
                    Script::Cyrillic => fill(&mut n.family_cyr, v),
                    _ => fill(&mut n.family_lat, v),
                },
                Field::Given => match script_for(m.lang, v) {
                    Script::Han => fill(&mut n.given_han, v),
                    Script::Cyrillic => fill(&mut n.given_cyr, v),
                    _ => fill(&mut n.given_lat, v),
                },
                Field::Patronymic => match script_for(m.lang, v) {
                    Script::Cyrillic => fill(&mut n.patronymic_cyr, v),
                    Script::Han => fill(&mut n.given_han, v),
                    _ => fill(&mut n.given_lat, v),
                },
                Field::Gender => {
                    if let Some(x) = parse_gender(v) {
                        g.gender = x;
                        given.gender = true;
                    }
                }
                Field::Honorific => set_localized(&mut g.honorific, lang_for(m.lang, v), v),
                Field::Title => set_localized(&mut g.title, lang_for(m.lang, v), v),
                Field::Organization => organization = Some((v.to_string(), m.lang)),
                Field::Delegation => delegation = Some((v.to_string(), m.lang)),
                Field::Rank => {
                    if let Some(r) = by_label(v, Rank::ALL, Rank::key, "guests-rank") {
                        g.rank = r;
                        given.rank = true;
                    }
                }
                Field::Email => {
                    if !guests::is_email(v) {
                        out.issues.push(RowIssue {
                            row: *row,
                            column: header(c),
                            kind: IssueKind::BadEmail,
                            value: v.to_string(),
                            other: String::new(),
                        });
                    }
                    g.email = v.to_string();
                }
                Field::Phone => fill(&mut g.phone, v),
                Field::Language => {
                    if let Some(l) = parse_language(v) {
                        g.preferred_language = l;
                        lang_set = true;
                    }
                }
                Field::Status => {
                    if let Some(s) = by_label(v, Status::ALL, Status::key, "guests-status") {
                        g.status = s;
                        given.status = true;
                    }
                }
                Field::Interpreter => fill(&mut g.needs.interpreter_language, v),
                Field::Dietary => fill(&mut g.needs.dietary, v),
                Field::Accessibility => fill(&mut g.needs.accessibility, v),
                Field::Notes => {
                    if g.notes.is_empty() {
                        g.notes = v.to_string();
                    } else {
                        g.notes = format!("{}\n{v}", g.notes);
                    }
                }
            }
        }
        if g.name.is_empty() {
            out.issues.push(RowIssue {
                row: *row,
                column: name_cols.first().map(|c| header(*c)).unwrap_or_default(),
                kind: IssueKind::MissingName,
                value: String::new(),
                other: String::new(),
            });
            continue;
        }
        if !lang_set {
            g.preferred_language = if !g.name.han().is_empty() {
                Lang::ZhCn
            } else if !g.name.cyrillic().is_empty() {
                Lang::Ru
            } else {
                Lang::En
            };
        }
        given.language = lang_set;
        let mut raw = g.clone();
        let mut g = guests::complete(&g);
        g.id = format!("row:{row}");
        g.organization_id = organization.as_ref().map(|(n, l)| {
            let k = key(n);
            org_ids.get(&k).cloned().unwrap_or_else(|| {
                if !out.new_organizations.iter().any(|(o, _)| key(o) == k) {
                    out.new_organizations.push((n.clone(), *l));
                }
                format!("new:{k}")
            })
        });
        g.delegation_id = delegation.as_ref().map(|(n, l)| {
            let k = key(n);
            del_ids.get(&k).cloned().unwrap_or_else(|| {
                if !out.new_delegations.iter().any(|(o, _)| key(o) == k) {
                    out.new_delegations.push((n.clone(), *l));
                }
                format!("new:{k}")
            })
        });
        raw.organization_id = g.organization_id.clone();
        raw.delegation_id = g.delegation_id.clone();
        let mut matched = None;
        if let Some((mut other, _)) = index.find(&g) {
            if let Some(first) = first_row_of.get(&other) {
                other = format!("row:{first}");
            } else if !other.starts_with("row:") {
                first_row_of.insert(other.clone(), *row);
            }
            let (kind, other_name) = match other.strip_prefix("row:") {
                Some(r) => {
                    matched = r.parse().ok().map(Matched::InFile);
                    (IssueKind::DuplicateInFile, r.to_string())
                }
                None => {
                    if let Some(existing) = by_id.get(other.as_str()) {
                        let mut names = RecordNames {
                            orgs: &org_names,
                            dels: &dels,
                            new: HashMap::new(),
                            lang,
                        };
                        for (id, given_name) in [
                            (&g.organization_id, &organization),
                            (&g.delegation_id, &delegation),
                        ] {
                            if let (Some(id), Some((n, _))) = (id, given_name) {
                                names.new.insert(id.clone(), n.clone());
                            }
                        }
                        let organization = existing
                            .organization_id
                            .as_deref()
                            .map(|o| matching::Names::organization(&names, o))
                            .unwrap_or_default();
                        matched = Some(Matched::Existing {
                            id: other.clone(),
                            changes: matching::changes(existing, &raw, given, &names, lang),
                            name: existing.name.display(lang),
                            organization,
                        });
                    }
                    (
                        IssueKind::Duplicate,
                        names_by_id.get(other.as_str()).cloned().unwrap_or_default(),
                    )
                }
            };
            out.issues.push(RowIssue {
                row: *row,
                column: String::new(),
                kind,
                value: g.name.display(lang),
                other: other_name,
            });
        }
        index.add(&g);
        out.guests.push(Planned {
            row: *row,
            guest: g,
            raw,
            organization,
            delegation,
            matched,
        });
    }
    out.issues.sort_by_key(|i| (!i.kind.is_error(), i.row));
    Ok(out)
}

/// The mapping to use: the one given, or the one guessed from the headers.
fn mapping_for(
    table: &Table,
    given: Option<&[Option<ColumnMapping>]>,
) -> Vec<Option<ColumnMapping>> {
    match given {
        Some(m) => {
            let mut m = m.to_vec();
            m.resize(table.headers.len(), None);
            m
        }
        None => mapping::guess_all(&table.headers),
    }
}

fn require_name_column(path: &Path, map: &[Option<ColumnMapping>]) -> Result<()> {
    if map.iter().flatten().any(|m| m.field.is_name()) {
        Ok(())
    } else {
        Err(Error::NoNameColumn {
            path: path.to_path_buf(),
        })
    }
}

/// Reads `path` and shows what importing it would do, in `lang`.
pub fn preview(
    store: &Store,
    path: &Path,
    given: Option<&[Option<ColumnMapping>]>,
    lang: Lang,
) -> Result<ImportPreview> {
    let table = table::read(path)?;
    let map = mapping_for(&table, given);
    let plan = if map.iter().flatten().any(|m| m.field.is_name()) {
        plan(store, &table, &map, lang)?
    } else {
        Plan {
            guests: vec![],
            issues: vec![],
            new_organizations: vec![],
            new_delegations: vec![],
        }
    };
    let org_names = store.read(orgs::organization_names)?;
    let dels = store.read(orgs::delegations)?;
    let name_of = |id: &Option<String>,
                   given: &Option<(String, Option<Lang>)>,
                   existing: &dyn Fn(&str) -> Option<String>| {
        match id.as_deref() {
            Some(id) if !id.starts_with("new:") => existing(id).unwrap_or_default(),
            _ => given.as_ref().map(|(n, _)| n.clone()).unwrap_or_default(),
        }
    };
    let rows = plan
        .guests
        .iter()
        .take(PREVIEW_ROWS)
        .map(|p| {
            let g = &p.guest;
            PreviewRow {
                row: p.row,
                display_name: g.name.display(lang),
                secondary_name: g.name.secondary(lang),
                title: g.title.get(lang).to_string(),
                organization: name_of(&g.organization_id, &p.organization, &|id| {
                    org_names.get(id).map(|l| l.get(lang).to_string())
                }),
                delegation: name_of(&g.delegation_id, &p.delegation, &|id| {
                    dels.iter()
                        .find(|d| d.id == id)
                        .map(|d| d.name.get(lang).to_string())
                }),
                email: g.email.clone(),
                language: g.preferred_language,
                status: g.status,
            }
        })
        .collect();
    let error_count = plan.issues.iter().filter(|i| i.kind.is_error()).count();
    let display: HashMap<usize, String> = plan
        .guests
        .iter()
        .map(|p| (p.row, p.guest.name.display(lang)))
        .collect();
    let unmatched = plan.guests.iter().filter(|p| p.matched.is_none()).count();
    let matches = plan
        .guests
        .iter()
        .filter_map(|p| {
            let decision = p.default_decision();
            let name = p.guest.name.display(lang);
            Some(match p.matched.as_ref()? {
                Matched::Existing {
                    id,
                    changes,
                    name: other_name,
                    organization,
                } => RowMatch {
                    row: p.row,
                    name,
                    in_file: false,
                    other_id: id.clone(),
                    other_row: 0,
                    other_name: other_name.clone(),
                    other_organization: organization.clone(),
                    changes: changes.clone(),
                    decision,
                },
                Matched::InFile(r) => RowMatch {
                    row: p.row,
                    name,
                    in_file: true,
                    other_id: String::new(),
                    other_row: *r,
                    other_name: display.get(r).cloned().unwrap_or_default(),
                    other_organization: String::new(),
                    changes: vec![],
                    decision,
                },
            })
        })
        .take(PREVIEW_ISSUES)
        .collect();
    let decided = decide(&plan, &HashMap::new());
    let (to_add, to_update) = decided.counts();
    let (new_organizations, new_delegations) = (
        decided.new_organizations.len(),
        decided.new_delegations.len(),
    );
    Ok(ImportPreview {
        unmatched,
        to_add,
        to_update,
        matches,
        file: path.display().to_string(),
        format: table.format,
        encoding: table.encoding.clone(),
        delimiter: match table.delimiter {
            '\t' => "tab".into(),
            d => d.to_string(),
        },
        headers: table.headers.clone(),
        mapping: map,
        rows,
        total_rows: table.rows.len(),
        warning_count: plan.issues.len() - error_count,
        error_count,
        issues: plan.issues.iter().take(PREVIEW_ISSUES).cloned().collect(),
        new_organizations,
        new_delegations,
    })
}

fn named(name: &str, lang: Option<Lang>) -> Localized {
    match lang {
        None => orgs::localized_from(name),
        Some(l) => {
            let mut loc = Localized::default();
            set_localized(&mut loc, l, name);
            loc
        }
    }
}

/// Reads and plans `path`; the first row error, if any, is the error.
fn checked_plan(
    store: &Store,
    path: &Path,
    given: Option<&[Option<ColumnMapping>]>,
    lang: Lang,
) -> Result<Plan> {
    let table = table::read(path)?;
    let map = mapping_for(&table, given);
    require_name_column(path, &map)?;
    let plan = plan(store, &table, &map, lang)?;
    if let Some(e) = plan.issues.iter().find(|i| i.kind.is_error()) {
        return Err(Error::Row {
            path: path.to_path_buf(),
            row: e.row,
            column: e.column.clone(),
            problem: match e.kind {
                IssueKind::BadEmail => RowProblem::BadEmail,
                _ => RowProblem::MissingName,
            },
            value: e.value.clone(),
        });
    }
    Ok(plan)
}

/// Imports `path` into the forum as one undoable step: every row, or —
/// if any row has an error — nothing, with the first error naming file,
/// row and column. A row that matches a guest already in the forum (or an
/// earlier row) is skipped, added, or fills or replaces that guest's
/// details as `decisions` say, else as [`matching::default_decision`] does.
pub fn commit(
    store: &mut Store,
    history: &mut History,
    path: &Path,
    given: Option<&[Option<ColumnMapping>]>,
    decisions: &[RowDecision],
    lang: Lang,
) -> Result<ImportSummary> {
    let plan = checked_plan(store, path, given, lang)?;
    let duplicates = plan.issues.len();
    let summary_issues = plan.issues.clone();
    let chosen: HashMap<usize, Decision> = decisions.iter().map(|d| (d.row, d.decision)).collect();
    let decided = decide(&plan, &chosen);
    let key = |s: &str| new_key(s);
    let (n_orgs, n_dels) = (
        decided.new_organizations.len(),
        decided.new_delegations.len(),
    );
    let mut skipped = decided.skipped;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let label = Label::counted(
        Action::Import,
        Localized::new(&file_name, &file_name, &file_name),
        decided.writes.len(),
    );
    let writes = &decided.writes;
    let (imported, updated, vanished) = history.act(store, label, |tx| {
        let mut ids: HashMap<String, String> = HashMap::new();
        let max_order = orgs::delegations(tx)?
            .iter()
            .map(|d| d.sort_order)
            .max()
            .unwrap_or(0);
        for (name, lang) in decided.new_organizations.iter().copied() {
            let o = crate::model::Organization {
                id: crate::ids::new_id(),
                name: named(name, *lang),
                country: String::new(),
            };
            orgs::insert_organization(tx, &o)?;
            ids.insert(key(name), o.id);
        }
        for (i, (name, lang)) in decided.new_delegations.iter().copied().enumerate() {
            let d = crate::model::Delegation {
                id: crate::ids::new_id(),
                name: named(name, *lang),
                country: String::new(),
                is_host: false,
                sort_order: max_order + 1 + i as i64,
            };
            orgs::insert_delegation(tx, &d)?;
            ids.insert(key(name), d.id);
        }
        let resolve = |id: &Option<String>| -> Option<String> {
            id.as_ref()
                .map(|id| ids.get(id).cloned().unwrap_or_else(|| id.clone()))
        };
        let (mut imported, mut updated, mut vanished) = (0, 0, 0);
        for w in writes {
            match w {
                Write::Add(p) => {
                    let mut g = p.guest.clone();
                    g.id = String::new();
                    g.source = file_name.clone();
                    g.organization_id = resolve(&g.organization_id);
                    g.delegation_id = resolve(&g.delegation_id);
                    guests::insert(tx, &g)?;
                    imported += 1;
                }
                Write::Update(p, id, fields) => {
                    let Some(mut g) = guests::get(tx, id)? else {
                        vanished += 1;
                        continue;
                    };
                    let mut incoming = p.raw.clone();
                    incoming.organization_id = resolve(&incoming.organization_id);
                    incoming.delegation_id = resolve(&incoming.delegation_id);
                    matching::apply(&mut g, &incoming, fields);
                    guests::update(tx, &g)?;
                    updated += 1;
                }
            }
        }
        Ok((imported, updated, vanished))
    })?;
    skipped += vanished;
    Ok(ImportSummary {
        file: path.display().to_string(),
        imported,
        updated,
        skipped,
        duplicates,
        new_organizations: n_orgs,
        new_delegations: n_dels,
        issues: summary_issues,
    })
}

/// What `forum-desk-cli import --dry-run` reports: the plan, without writing.
pub fn dry_run(store: &Store, path: &Path, lang: Lang) -> Result<ImportSummary> {
    let plan = checked_plan(store, path, None, lang)?;
    let decided = decide(&plan, &HashMap::new());
    let (imported, updated) = decided.counts();
    let skipped = decided.skipped;
    Ok(ImportSummary {
        file: path.display().to_string(),
        imported,
        updated,
        skipped,
        duplicates: plan.issues.len(),
        new_organizations: decided.new_organizations.len(),
        new_delegations: decided.new_delegations.len(),
        issues: plan.issues.clone(),
    })
}
