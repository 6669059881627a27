//! Embeds every `locales/<lang>/*.ftl` file of the workspace, so the Rust side
//! reads the very files the UI reads.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest).join("../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&locales).expect("locales/ exists") {
        let lang = lang.expect("readable locales/").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for f in std::fs::read_dir(&lang).expect("readable locale dir") {
            let f = f.expect("readable locale file").path();
            if f.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", f.display());
                files.push(f);
            }
        }
    }
    files.sort();
    let mut out = String::from("pub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    for f in &files {
        let lang = f.parent().and_then(|p| p.file_name()).expect("lang dir");
        let name = f.file_name().expect("file name");
        let abs = f.canonicalize().expect("canonical path");
        writeln!(
            out,
            "    ({:?}, {:?}, include_str!({:?})),",
            lang.to_string_lossy(),
            name.to_string_lossy(),
            abs.to_string_lossy()
        )
        .expect("write to string");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
