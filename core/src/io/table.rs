//! Reading a partner's guest list into rows of text: CSV in any of the
//! encodings partners send (UTF-8 with or without BOM, UTF-16, GBK/GB18030,
//! Windows-1251), with `,` `;` or tab, CRLF or LF; or an Excel workbook.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};
use serde::Serialize;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "lowercase")]
pub enum TableFormat {
    Csv,
    Xlsx,
}

/// A file read as a table: the header row and the data rows, every cell text.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub format: TableFormat,
    /// The encoding the CSV was decoded from (`UTF-8`, `GBK`, `windows-1251` …).
    pub encoding: String,
    /// The CSV delimiter found.
    pub delimiter: char,
    pub headers: Vec<String>,
    /// Data rows with their 1-based row number in the file (the header is row 1
    /// when it is the first line).
    pub rows: Vec<NumberedRow>,
}

/// A data row and its 1-based row number in the file.
pub type NumberedRow = (usize, Vec<String>);

fn unreadable(path: &Path, reason: impl Into<String>) -> Error {
    Error::UnreadableTable {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// Reads `path` as a CSV or Excel table.
pub fn read(path: &Path) -> Result<Table> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    read_bytes(path, &bytes)
}

pub fn read_bytes(path: &Path, bytes: &[u8]) -> Result<Table> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return read_workbook(path, bytes);
    }
    let (text, encoding) = decode(path, bytes)?;
    read_csv(path, &text, encoding)
}

/// Decodes CSV bytes: BOM first, then valid UTF-8, then a guess between the
/// legacy encodings (GBK/GB18030 for Chinese, Windows-1251 for Russian).
pub fn decode(path: &Path, bytes: &[u8]) -> Result<(String, String)> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(unreadable(path, format!("invalid {}", enc.name())));
        }
        return Ok((text.into_owned(), enc.name().to_string()));
    }
    let probe = &bytes[..bytes.len().min(8192)];
    if probe.contains(&0) {
        return Err(unreadable(path, "binary data"));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_string(), "UTF-8".into()));
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Deny);
    // GBK files often hold characters only GB18030 covers; it is a superset.
    let enc = if enc == encoding_rs::GBK {
        encoding_rs::GB18030
    } else {
        enc
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(unreadable(path, format!("not valid {}", enc.name())));
    }
    if text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count()
        > 0
    {
        return Err(unreadable(path, "binary data"));
    }
    Ok((text.into_owned(), enc.name().to_string()))
}

/// The delimiter that splits the first lines into the same number of fields.
pub fn sniff_delimiter(text: &str) -> char {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let count = |line: &str, d: char| {
        let mut n = 0;
        let mut quoted = false;
        for c in line.chars() {
            if c == '"' {
                quoted = !quoted;
            } else if c == d && !quoted {
                n += 1;
            }
        }
        n
    };
    let mut best = (',', 0usize, 0usize);
    for d in [',', ';', '\t'] {
        let counts: Vec<usize> = lines.iter().map(|l| count(l, d)).collect();
        let first = counts.first().copied().unwrap_or(0);
        if first == 0 {
            continue;
        }
        let consistent = counts.iter().filter(|c| **c == first).count();
        if (consistent, first) > (best.1, best.2) {
            best = (d, consistent, first);
        }
    }
    best.0
}

fn clean_rows(path: &Path, raw: Vec<Vec<String>>) -> Result<(Vec<String>, Vec<NumberedRow>)> {
    let mut rows = raw
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            (
                i + 1,
                r.into_iter()
                    .map(|c| c.trim().to_string())
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, r)| r.iter().any(|c| !c.is_empty()));
    let Some((_, headers)) = rows.next() else {
        return Err(Error::EmptyTable {
            path: path.to_path_buf(),
        });
    };
    let rows: Vec<NumberedRow> = rows.collect();
    if rows.is_empty() {
        return Err(Error::EmptyTable {
            path: path.to_path_buf(),
        });
    }
    Ok((headers, rows))
}

fn read_csv(path: &Path, text: &str, encoding: String) -> Result<Table> {
    let delimiter = sniff_delimiter(text);
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter as u8)
        .from_reader(text.as_bytes());
    let mut raw = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| unreadable(path, format!("row {}: {e}", i + 1)))?;
        raw.push(rec.iter().map(str::to_string).collect());
    }
    let (headers, rows) = clean_rows(path, raw)?;
    Ok(Table {
        format: TableFormat::Csv,
        encoding,
        delimiter,
        headers,
        rows,
    })
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => dt.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// The first sheet of an Excel workbook (.xlsx, .xls).
fn read_workbook(path: &Path, bytes: &[u8]) -> Result<Table> {
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| unreadable(path, e.to_string()))?;
    let first = wb
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| unreadable(path, "no sheet"))?;
    let range = wb
        .worksheet_range(&first)
        .map_err(|e| unreadable(path, e.to_string()))?;
    let start_row = range.start().map_or(0, |(r, _)| r as usize);
    let mut raw: Vec<Vec<String>> = vec![Vec::new(); start_row];
    raw.extend(range.rows().map(|r| r.iter().map(cell_text).collect()));
    let (headers, rows) = clean_rows(path, raw)?;
    Ok(Table {
        format: TableFormat::Xlsx,
        encoding: String::new(),
        delimiter: ',',
        headers,
        rows,
    })
}
