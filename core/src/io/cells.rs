//! Cells and files written for other programs: formula-injection guard and
//! atomic writes.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Whether a spreadsheet would read `s` as a formula.
pub fn is_risky(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Neutralizes a CSV cell a spreadsheet would run as a formula: a leading
/// apostrophe makes it text (`=HYPERLINK(…)` → `'=HYPERLINK(…)`).
pub fn guard(s: &str) -> String {
    if is_risky(s) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// Undoes [`guard`] when reading a file back.
pub fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if is_risky(rest) => rest,
        _ => s,
    }
}

fn temp_sibling(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".tmp-{}", std::process::id()));
    path.with_file_name(name)
}

/// Writes `path` through a temporary file and a rename: readers see the old
/// file or the whole new one, never half of it.
pub fn write_atomically(path: &Path, write: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let tmp = temp_sibling(path);
    let res =
        write(&tmp).and_then(|()| std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e)));
    if res.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized_and_read_back_the_same() {
        for s in ["=1+2", "+7 495 000", "-3", "@SUM(A1)", "\tx", "\rx"] {
            let g = guard(s);
            assert!(g.starts_with('\''), "{s:?}");
            assert_eq!(unguard(&g), s);
        }
        assert_eq!(guard("张平文"), "张平文");
        assert_eq!(unguard("'quoted'"), "'quoted'");
    }

    #[test]
    fn a_failed_write_leaves_no_file() {
        let d = tempfile::tempdir().expect("tmp");
        let p = d.path().join("out.csv");
        std::fs::write(&p, "old").expect("write");
        let r = write_atomically(&p, |tmp| {
            std::fs::write(tmp, "half").map_err(|e| Error::io(tmp, e))?;
            Err(Error::NoForumOpen)
        });
        assert!(r.is_err());
        assert_eq!(std::fs::read_to_string(&p).expect("read"), "old");
        assert_eq!(std::fs::read_dir(d.path()).expect("dir").count(), 1);
    }
}
