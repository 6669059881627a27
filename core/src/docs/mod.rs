//! Print-ready documents: place cards, badges, seating charts, run sheets
//! and invitation letters. Rust gathers the data (names in the right
//! scripts, localized labels, times in the forum's zone); the templates in
//! `core/templates/` lay it out with typst.

pub mod engine;
pub mod letters;

use std::collections::HashMap;
use std::path::Path;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use typst_layout::PagedDocument;

use crate::error::{Error, Result};
use crate::i18n;
use crate::model::{Guest, Lang, Localized, NameParts, Rank, Role};
use crate::store::Store;

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "kebab-case")]
pub enum DocKind {
    PlaceCards,
    Badges,
    Seating,
    /// The run sheet.
    Agenda,
    Letters,
}

impl DocKind {
    pub const ALL: [DocKind; 5] = [
        DocKind::PlaceCards,
        DocKind::Badges,
        DocKind::Seating,
        DocKind::Agenda,
        DocKind::Letters,
    ];

    pub fn key(self) -> &'static str {
        match self {
            DocKind::PlaceCards => "place-cards",
            DocKind::Badges => "badges",
            DocKind::Seating => "seating",
            DocKind::Agenda => "agenda",
            DocKind::Letters => "letters",
        }
    }

    pub fn from_key(key: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Documents made of alike units are laid out in chunks (a whole number
    /// of pages each: badges come ten to an A4 page, eight to a Letter page).
    fn units(self) -> Option<(&'static str, usize)> {
        match self {
            DocKind::PlaceCards => Some(("cards", 250)),
            DocKind::Badges => Some(("badges", 400)),
            DocKind::Letters => Some(("letters", 100)),
            DocKind::Seating | DocKind::Agenda => None,
        }
    }

    fn template(self) -> &'static str {
        match self {
            DocKind::PlaceCards => include_str!("../../templates/place-cards.typ"),
            DocKind::Badges => include_str!("../../templates/badges.typ"),
            DocKind::Seating => include_str!("../../templates/seating.typ"),
            DocKind::Agenda => include_str!("../../templates/run-sheet.typ"),
            DocKind::Letters => include_str!("../../templates/letters.typ"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    fn typst(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "us-letter",
        }
    }
}

/// What to print and how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct DocOptions {
    pub kind: DocKind,
    /// The document's language (letters: each in its guest's language).
    pub lang: Lang,
    pub paper: Paper,
    /// Place cards and seating chart: the plan (default: the first).
    pub plan: Option<String>,
    /// Run sheet: one session (default: all).
    pub session: Option<String>,
    /// Badges and letters: only these guests (the list's filter or
    /// selection), whatever their status; `None`: see `confirmed_only`.
    #[serde(default)]
    pub guests: Option<Vec<String>>,
    /// Badges and letters: only confirmed (and attended) guests; else
    /// everyone who has not declined.
    #[serde(default)]
    pub confirmed_only: bool,
}

/// Which guests get a badge or a letter.
pub(crate) struct Wanted {
    only: Option<std::collections::HashSet<String>>,
    confirmed_only: bool,
}

impl Wanted {
    pub(crate) fn new(o: &DocOptions) -> Wanted {
        Wanted {
            only: o.guests.as_ref().map(|ids| ids.iter().cloned().collect()),
            confirmed_only: o.confirmed_only,
        }
    }

    pub(crate) fn takes(&self, g: &Guest) -> bool {
        use crate::model::Status;
        match &self.only {
            Some(ids) => ids.contains(&g.id),
            None if self.confirmed_only => {
                matches!(g.status, Status::Confirmed | Status::Attended)
            }
            None => !matches!(g.status, Status::Declined | Status::NoShow),
        }
    }
}

/// The first pages as SVG and how many there are.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct Preview {
    pub pages: Vec<String>,
    pub page_count: usize,
    /// Characters no embedded font can show: saving is refused until fixed.
    pub missing: Vec<String>,
}

/// Where a document was written.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
pub struct Written {
    pub path: String,
    pub pages: usize,
}

fn text_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "zh",
        Lang::Ru => "ru",
        Lang::En => "en",
    }
}

fn t(lang: Lang, id: &str) -> String {
    i18n::text(lang, id)
}

/// The Latin name as badges print it: family name in capitals (ZHANG Pingwen).
pub fn latin_caps(n: &NameParts) -> String {
    format!("{} {}", n.family_lat.to_uppercase(), n.given_lat)
        .trim()
        .to_string()
}

/// A name in two scripts: in the document's language, then in the guest's
/// own (or, when that is the same text, in Latin capitals or the other script).
pub fn two_scripts(n: &NameParts, lang: Lang, own: Lang) -> (String, String) {
    let first = n.display(lang);
    let candidates = [
        n.display(own),
        latin_caps(n),
        format!("{}{}", n.family_han, n.given_han),
        n.display(Lang::Ru),
    ];
    let second = candidates
        .into_iter()
        .find(|c| {
            !c.trim().is_empty() && crate::names::normalize(c) != crate::names::normalize(&first)
        })
        .unwrap_or_default();
    (first, second)
}

/// The badge category of a guest: written out and coloured. The head of a
/// delegation (not the host) is a VIP whatever their personal rank.
fn category(g: &Guest, heads_delegation: bool) -> (&'static str, &'static str) {
    match g.role {
        Role::Interpreter => ("interpreter", "#23794a"),
        Role::Staff => ("staff", "#5a6678"),
        Role::Delegate if g.is_host => ("host", "#a35d00"),
        Role::Delegate if heads_delegation => ("vip", "#b3261e"),
        Role::Delegate
            if matches!(
                g.rank,
                Rank::HeadOfState | Rank::Minister | Rank::ViceMinister | Rank::Governor
            ) =>
        {
            ("vip", "#b3261e")
        }
        Role::Delegate => ("delegate", "#1f3f6a"),
    }
}

/// Organization and delegation names by id.
struct Affiliations {
    orgs: HashMap<String, Localized>,
    dels: HashMap<String, Localized>,
}

impl Affiliations {
    fn load(conn: &Connection) -> Result<Self> {
        Ok(Affiliations {
            orgs: crate::guests::orgs::organization_names(conn)?,
            dels: crate::guests::orgs::delegations(conn)?
                .into_iter()
                .map(|d| (d.id, d.name))
                .collect(),
        })
    }

    fn org(&self, g: &Guest, lang: Lang) -> String {
        g.organization_id
            .as_ref()
            .and_then(|id| self.orgs.get(id))
            .map(|l| l.get(lang).to_string())
            .unwrap_or_default()
    }

    fn delegation(&self, g: &Guest, lang: Lang) -> String {
        g.delegation_id
            .as_ref()
            .and_then(|id| self.dels.get(id))
            .map(|l| l.get(lang).to_string())
            .unwrap_or_default()
    }
}

fn plan_id(conn: &Connection, plan: Option<&str>, lang: Lang) -> Result<String> {
    match plan {
        Some(p) => crate::seating::find_plan(conn, p),
        None => crate::seating::plans(conn, lang)?
            .first()
            .map(|p| p.id.clone())
            .ok_or(Error::NotFound {
                what: "plan",
                id: String::new(),
            }),
    }
}

/// The modules of a QR code for `text`. Guest ids (36 characters) take
/// version 3, level M, with one fixed mask: any mask is valid, and choosing
/// the "best" one costs 0.3 ms a code — 3 s for 10,000 badges.
fn qr_modules(text: &str) -> qrcode::QrResult<(usize, Vec<qrcode::Color>)> {
    use qrcode::{bits::Bits, canvas::Canvas, canvas::MaskPattern, EcLevel, Version};
    let (version, level) = (Version::Normal(3), EcLevel::M);
    let mut bits = Bits::new(version);
    let fits = bits
        .push_optimal_data(text.as_bytes())
        .and_then(|()| bits.push_terminator(level));
    if fits.is_err() {
        let code = qrcode::QrCode::new(text.as_bytes())?;
        return Ok((code.width(), code.to_colors()));
    }
    let (data, ec) = qrcode::ec::construct_codewords(&bits.into_bytes(), version, level)?;
    let mut canvas = Canvas::new(version, level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    canvas.apply_mask(MaskPattern::Checkerboard);
    Ok((
        usize::try_from(version.width()).unwrap_or(29),
        canvas.into_colors(),
    ))
}

/// A QR code as a tiny grayscale PNG, one pixel per module (the template
/// scales it up without smoothing). A raster keeps 10,000 badges light.
fn qr_png(text: &str) -> Result<Vec<u8>> {
    let fail = |e: &dyn std::fmt::Display| Error::Document {
        reason: e.to_string(),
    };
    let (width, colors) = qr_modules(text).map_err(|e| fail(&e))?;
    let pixels: Vec<u8> = colors
        .into_iter()
        .map(|c| match c {
            qrcode::Color::Dark => 0,
            qrcode::Color::Light => 255,
        })
        .collect();
    let mut out = Vec::new();
    {
        let side = u32::try_from(width).map_err(|e| fail(&e))?;
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().map_err(|e| fail(&e))?;
        writer.write_image_data(&pixels).map_err(|e| fail(&e))?;
    }
    Ok(out)
}

fn place_cards(conn: &Connection, o: &DocOptions) -> Result<Value> {
    let plan = plan_id(conn, o.plan.as_deref(), o.lang)?;
    let guests: HashMap<String, Guest> = crate::guests::all(conn)?
        .into_iter()
        .map(|g| (g.id.clone(), g))
        .collect();
    let table = t(o.lang, "doc-table");
    let seat = t(o.lang, "doc-seat");
    let cards: Vec<Value> = crate::seating::listing(conn, &plan, o.lang)?
        .into_iter()
        .filter_map(|line| {
            let g = guests.get(line.guest_id.as_deref()?)?;
            let (line1, line2) = two_scripts(&g.name, o.lang, g.preferred_language);
            Some(json!({
                "line1": line1,
                "line2": line2,
                "title": g.title.get(o.lang),
                "place": format!("{table} {} · {seat} {}", line.table, line.seat),
            }))
        })
        .collect();
    Ok(json!({ "cards": cards }))
}

fn badges(conn: &Connection, o: &DocOptions) -> Result<Value> {
    let aff = Affiliations::load(conn)?;
    let list = crate::guests::list_light(conn, o.lang, crate::model::GuestSort::Delegation)?;
    let guests: HashMap<String, Guest> = crate::guests::all(conn)?
        .into_iter()
        .map(|g| (g.id.clone(), g))
        .collect();
    let heads = crate::guests::orgs::delegation_heads(conn)?;
    let wanted = Wanted::new(o);
    let mut out = Vec::with_capacity(list.guests.len());
    for item in &list.guests {
        let Some(g) = guests.get(&item.id) else {
            continue;
        };
        if !wanted.takes(g) {
            continue;
        }
        let (line1, line2) = two_scripts(&g.name, o.lang, g.preferred_language);
        let (cat, color) = category(g, heads.contains(&g.id));
        out.push(json!({
            "line1": line1,
            "line2": line2,
            "title": g.title.get(o.lang),
            "organization": aff.org(g, o.lang),
            "delegation": aff.delegation(g, o.lang),
            "category": t(o.lang, &format!("doc-category-{cat}")),
            "color": color,
            "qr": qr_png(&g.id)?,
        }));
    }
    Ok(json!({ "badges": out }))
}

fn seating(conn: &Connection, o: &DocOptions) -> Result<Value> {
    let plan = plan_id(conn, o.plan.as_deref(), o.lang)?;
    let v = crate::seating::view::view(conn, &plan, o.lang)?;
    let mut index = Vec::new();
    let mut seat_count = 0;
    let tables: Vec<Value> = v
        .tables
        .iter()
        .map(|tb| {
            seat_count += tb.seats.len();
            let radius = tb
                .seats
                .iter()
                .map(|s| (s.x - tb.x).hypot(s.y - tb.y))
                .fold(0.0, f64::max)
                - 0.3;
            let xs = tb.seats.iter().map(|s| s.x);
            let ys = tb.seats.iter().map(|s| s.y);
            let (x0, x1) = (
                xs.clone().fold(f64::MAX, f64::min),
                xs.fold(f64::MIN, f64::max),
            );
            let (y0, y1) = (
                ys.clone().fold(f64::MAX, f64::min),
                ys.fold(f64::MIN, f64::max),
            );
            for s in &tb.seats {
                if !s.guest.is_empty() {
                    index.push((s.guest.clone(), tb.label.clone(), s.number));
                }
            }
            json!({
                "label": tb.label,
                "shape": tb.shape,
                "x": tb.x, "y": tb.y,
                "radius": radius.max(0.4),
                "x0": x0 + 0.3, "x1": (x1 - 0.3).max(x0 + 0.6),
                "y0": y0 + 0.3, "y1": (y1 - 0.3).max(y0 + 0.6),
                "seats": tb.seats.iter().map(|s| {
                    // Which way is out from the table: names go there.
                    let (dx, dy) = (s.x - tb.x, s.y - tb.y);
                    let len = dx.hypot(dy).max(1e-6);
                    json!({
                        "x": s.x, "y": s.y, "number": s.number, "guest": s.guest,
                        "dx": dx / len, "dy": dy / len,
                    })
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    index.sort_by(|a, b| crate::names::compare(o.lang, &a.0, &b.0));
    Ok(json!({
        "plan": {
            "name": v.name,
            "hall": v.hall,
            "width": v.width.max(1.0),
            "depth": v.depth.max(1.0),
            "stage": [v.stage.0, v.stage.1],
            "entrance": [v.entrance.0, v.entrance.1],
            "seat_count": seat_count,
            "tables": tables,
            "index": index.into_iter().map(|(name, table, seat)| json!({
                "name": name, "table": table, "seat": seat,
            })).collect::<Vec<_>>(),
        }
    }))
}

fn run_sheet(conn: &Connection, o: &DocOptions) -> Result<Value> {
    let a = crate::agenda::schedule::load(conn, o.lang)?;
    let tz: chrono_tz::Tz = a
        .time_zone
        .parse()
        .map_err(|_| Error::UnknownTimeZone(a.time_zone.clone()))?;
    let hm = |t| {
        crate::agenda::timing::local(t, tz)
            .format("%H:%M")
            .to_string()
    };
    let day = |t| crate::agenda::timing::local(t, tz).date();
    let only = match &o.session {
        Some(s) => Some(crate::agenda::find_session(conn, s)?),
        None => None,
    };
    let spoken = |tag: &str| match tag.parse::<Lang>() {
        Ok(l) => t(o.lang, &format!("agenda-spoken-{}", l.tag().to_lowercase())),
        Err(_) => tag.to_string(),
    };
    let sessions: Vec<Value> = a
        .sessions
        .iter()
        .filter(|s| only.as_ref().is_none_or(|id| &s.id == id))
        .map(|s| {
            let when = format!(
                "{} · {}–{}{}",
                letters::long_date(day(s.start), o.lang),
                hm(s.start),
                hm(s.end),
                if s.hall.is_empty() {
                    String::new()
                } else {
                    format!(" · {}", s.hall)
                }
            );
            let warning = s
                .overrun
                .map(|secs| {
                    i18n::text_with(
                        o.lang,
                        "agenda-overrun",
                        [("minutes", ((secs + 59) / 60).into())],
                    )
                })
                .unwrap_or_default();
            let items: Vec<Value> = s
                .items
                .iter()
                .map(|i| {
                    let mut people: Vec<Value> = i
                        .speakers
                        .iter()
                        .zip(&i.speaker_titles)
                        .map(|(n, t)| json!({ "name": n, "title": t }))
                        .collect();
                    people.extend(i.moderators.iter().zip(&i.moderator_titles).map(|(n, title)| {
                        json!({
                            "name": i18n::text_with(o.lang, "agenda-moderated-by", [("name", n.as_str().into())]),
                            "title": title,
                        })
                    }));
                    let mut interp = t(o.lang, &format!("export-interpretation-{}", i.interpretation.key()));
                    if !i.language.is_empty() {
                        interp = format!("{} · {interp}", spoken(&i.language));
                    }
                    json!({
                        "start": hm(i.start),
                        "minutes": i.seconds / 60,
                        "title": i.title,
                        "kind": t(o.lang, &format!("agenda-item-kind-{}", i.kind.key())),
                        "people": people,
                        "interpretation": interp,
                        "stage": i.stage_notes,
                        "tech": i.tech_notes,
                    })
                })
                .collect();
            json!({
                "title": s.title,
                "when": when,
                "moderator": s.moderator.as_ref().map(|m| i18n::text_with(o.lang, "agenda-moderated-by", [("name", m.as_str().into())])).unwrap_or_default(),
                "warning": warning,
                "items": items,
            })
        })
        .collect();
    let columns: Vec<String> = [
        "agenda-column-time",
        "agenda-column-minutes",
        "agenda-column-item",
        "agenda-column-speakers",
        "agenda-column-interpretation",
        "doc-column-cues",
    ]
    .iter()
    .map(|id| t(o.lang, id))
    .collect();
    Ok(json!({ "sessions": sessions, "columns": columns }))
}

/// The data a template reads, with the labels in the document's language.
pub fn data(conn: &Connection, o: &DocOptions) -> Result<Value> {
    let forum = crate::forum::get(conn)?;
    let mut d = match o.kind {
        DocKind::PlaceCards => place_cards(conn, o)?,
        DocKind::Badges => badges(conn, o)?,
        DocKind::Seating => seating(conn, o)?,
        DocKind::Agenda => run_sheet(conn, o)?,
        DocKind::Letters => letters::data(conn, &forum, &Wanted::new(o))?,
    };
    let mut labels = json!({
        "page_of": i18n::text_with(o.lang, "doc-page-of", [("page", "{page}".into()), ("total", "{total}".into())]),
        "stage": t(o.lang, "doc-stage"),
        "entrance": t(o.lang, "doc-entrance"),
        "table": t(o.lang, "doc-table"),
        "seat": t(o.lang, "doc-seat"),
        "guest": t(o.lang, "doc-guest"),
        "by_table": t(o.lang, "doc-by-table"),
        "index": t(o.lang, "doc-index"),
    });
    if let Some(cols) = d.get("columns").cloned() {
        labels["columns"] = cols;
    }
    d["labels"] = labels;
    d["paper"] = json!(o.paper.typst());
    d["text_lang"] = json!(text_lang(o.lang));
    d["forum"] = json!(forum.name.get(o.lang));
    d["title"] = json!(format!(
        "{} — {}",
        t(o.lang, &format!("doc-kind-{}", o.kind.key())),
        forum.name.get(o.lang)
    ));
    Ok(d)
}

/// A document's data, read from the forum (quick); laying it out
/// ([`Prepared::render`]) needs no access to the forum.
pub struct Prepared {
    kind: DocKind,
    data: Value,
}

pub fn prepare(store: &Store, o: &DocOptions) -> Result<Prepared> {
    Ok(Prepared {
        kind: o.kind,
        data: store.read(|c| data(c, o))?,
    })
}

impl Prepared {
    pub fn render(&self) -> Result<PagedDocument> {
        match self.kind.units() {
            Some((key, chunk)) => {
                engine::compile_chunked(self.kind.template(), &self.data, key, chunk)
            }
            None => engine::compile(self.kind.template(), &self.data),
        }
    }

    /// The first `max` pages to look at before saving.
    pub fn preview(&self, max: usize) -> Result<Preview> {
        let doc = self.render()?;
        Ok(Preview {
            pages: engine::svg_pages(&doc, max),
            page_count: doc.pages().len(),
            missing: engine::missing_glyphs(&doc),
        })
    }

    /// Writes the PDF (atomically: a failure leaves `path` as it was).
    pub fn write_pdf(&self, path: &Path) -> Result<usize> {
        let doc = self.render()?;
        let missing = engine::missing_glyphs(&doc);
        if !missing.is_empty() {
            return Err(Error::MissingGlyphs {
                chars: missing.join(" "),
            });
        }
        let bytes = engine::pdf(&doc)?;
        crate::io::cells::write_atomically(path, |tmp| {
            std::fs::write(tmp, &bytes).map_err(|e| Error::io(tmp, e))
        })?;
        Ok(doc.pages().len())
    }
}

pub fn render(store: &Store, o: &DocOptions) -> Result<PagedDocument> {
    prepare(store, o)?.render()
}

/// The first `max` pages to look at before saving.
pub fn preview(store: &Store, o: &DocOptions, max: usize) -> Result<Preview> {
    prepare(store, o)?.preview(max)
}

/// Writes the PDF (atomically: a failure leaves `path` as it was).
pub fn write_pdf(store: &Store, o: &DocOptions, path: &Path) -> Result<usize> {
    prepare(store, o)?.write_pdf(path)
}

#[cfg(test)]
mod tests;
