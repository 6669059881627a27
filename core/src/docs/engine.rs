//! Typst as a library: one small `World` that knows a single template, the
//! data passed in as JSON (never spliced into markup) and the Noto CJK fonts.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::Datelike;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, IntoValue};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use crate::error::{Error, Result};

/// The font files documents are set in: Han, Cyrillic and Latin in one family.
pub const FONT_FILES: [&str; 2] = ["NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"];

/// Where the fonts are looked for, in order: `FORUM_DESK_FONTS`, next to the
/// program (`fonts/`, the app bundle's resources), then Debian's
/// `fonts-noto-cjk` (which `make run` installs).
pub fn font_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(d) = std::env::var_os("FORUM_DESK_FONTS") {
        dirs.push(PathBuf::from(d));
    }
    if let Some(exe_dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf))
    {
        dirs.push(exe_dir.join("fonts"));
        dirs.push(exe_dir.join("resources/fonts"));
        dirs.push(exe_dir.join("../lib/forum-desk/fonts"));
        dirs.push(exe_dir.join("../share/forum-desk/fonts"));
    }
    dirs.push(PathBuf::from("/usr/share/fonts/opentype/noto"));
    dirs
}

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn load_fonts() -> std::result::Result<Fonts, String> {
    let dirs = font_dirs();
    let dir = dirs
        .iter()
        .find(|d| FONT_FILES.iter().all(|f| d.join(f).is_file()))
        .ok_or_else(|| {
            dirs.iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        })?;
    let mut fonts = Vec::new();
    for f in FONT_FILES {
        let path = dir.join(f);
        let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        fonts.extend(Font::iter(Bytes::new(data)));
    }
    Ok(Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    })
}

/// Loaded once per process (~60 ms), shared by every document.
fn fonts() -> Result<&'static Fonts> {
    static FONTS: OnceLock<std::result::Result<Fonts, String>> = OnceLock::new();
    FONTS
        .get_or_init(load_fonts)
        .as_ref()
        .map_err(|dirs| Error::FontsMissing {
            files: FONT_FILES.join(", "),
            dirs: dirs.clone(),
        })
}

struct DocWorld {
    library: LazyHash<Library>,
    main: Source,
    fonts: &'static Fonts,
    today: chrono::NaiveDate,
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &self.fonts.book
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        // Templates read nothing from disk: data comes in `sys.inputs`.
        Err(FileError::AccessDenied)
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(
            self.today.year(),
            self.today.month() as u8,
            self.today.day() as u8,
        )
    }
}

/// Lays out `template` (with the shared helpers before it) over `data`,
/// which the template reads as `#let data = json(bytes(sys.inputs.data))`.
pub fn compile(template: &str, data: &serde_json::Value) -> Result<PagedDocument> {
    let fonts = fonts()?;
    let mut inputs = Dict::new();
    inputs.insert("data".into(), data.to_string().into_value());
    let text = format!(
        "{}\n{}",
        include_str!("../../templates/common.typ"),
        template
    );
    let world = DocWorld {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        main: Source::detached(text),
        fonts,
        today: chrono::Utc::now().date_naive(),
    };
    typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|errors| Error::Document {
            reason: errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        })
}

/// Lays out a long run of alike units (badges, cards, letters) in chunks of
/// `chunk` (a whole number of pages each), freeing the compiler's caches
/// between chunks: memory stays flat however many guests there are.
pub fn compile_chunked(
    template: &str,
    data: &serde_json::Value,
    key: &str,
    chunk: usize,
) -> Result<PagedDocument> {
    let units = data.get(key).and_then(|v| v.as_array());
    let Some(units) = units.filter(|u| u.len() > chunk) else {
        return compile(template, data);
    };
    let mut pages = typst::ecow::EcoVec::new();
    let mut info = None;
    for part in units.chunks(chunk) {
        let mut d = data.clone();
        d[key] = serde_json::Value::Array(part.to_vec());
        let doc = compile(template, &d)?;
        pages.extend(doc.pages().iter().cloned());
        // The title and language of the document: those of the first part.
        info.get_or_insert_with(|| typst::model::Document::info(&doc).clone());
        typst::comemo::evict(0);
    }
    Ok(PagedDocument::new(pages, info.unwrap_or_default()))
}

pub fn pdf(doc: &PagedDocument) -> Result<Vec<u8>> {
    typst_pdf::pdf(doc, &typst_pdf::PdfOptions::default()).map_err(|errors| Error::Document {
        reason: errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    })
}

/// The first `max` pages as SVG, for the preview in the app.
pub fn svg_pages(doc: &PagedDocument, max: usize) -> Vec<String> {
    doc.pages()
        .iter()
        .take(max)
        .map(|p| typst_svg::svg(p, &typst_svg::SvgOptions::default()))
        .collect()
}

/// Characters no font could show (drawn as empty boxes), each once.
pub fn missing_glyphs(doc: &PagedDocument) -> Vec<String> {
    fn walk(frame: &typst::layout::Frame, out: &mut Vec<String>) {
        for (_, item) in frame.items() {
            match item {
                typst::layout::FrameItem::Group(g) => walk(&g.frame, out),
                typst::layout::FrameItem::Text(t) => {
                    for g in t.glyphs.iter().filter(|g| g.id == 0) {
                        let c = t.text.get(g.range()).unwrap_or_default().to_string();
                        if !c.trim().is_empty() && !out.contains(&c) {
                            out.push(c);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    for page in doc.pages() {
        walk(&page.frame, &mut out);
    }
    out
}
