//! `forum-desk-cli`: the command-line face of Forum Desk, over the same core
//! functions as the app. Messages come from the same Fluent files.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use fluent_bundle::FluentValue;
use forum_core::i18n::{error_message, text, text_with};
use forum_core::io::export::{self, Column, ExportFormat, ExportOptions};
use forum_core::io::import;
use forum_core::model::{Lang, Localized, Status};
use forum_core::undo::History;
use forum_core::{demo, forum, guests, seating, Error, Store};

#[derive(Parser)]
#[command(
    name = "forum-desk-cli",
    version,
    about = "Forum Desk on the command line"
)]
struct Cli {
    /// Language of output and messages: zh-CN, ru or en (default: from LANG)
    #[arg(long, global = true)]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create an empty forum file
    New {
        file: PathBuf,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "Asia/Shanghai")]
        tz: String,
    },
    /// Write the demo forum to a new file
    Demo {
        file: PathBuf,
        /// Add this many generated guests (for trying the app at scale)
        #[arg(long, default_value_t = 0)]
        extra_guests: usize,
    },
    /// Check a forum file's integrity and schema version
    Check { file: PathBuf },
    /// Import guests from a CSV or Excel file (all rows or none)
    Import {
        file: PathBuf,
        guests: PathBuf,
        /// Check and report only; write nothing
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// Export a list: guests as csv or xlsx
    Export {
        file: PathBuf,
        what: String,
        #[arg(long)]
        format: String,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// CSV: separate with `;` (Russian Excel)
        #[arg(long)]
        semicolon: bool,
        /// XLSX: one sheet per delegation
        #[arg(long)]
        sheet_per_delegation: bool,
        /// Comma-separated columns (default: all)
        #[arg(long, value_delimiter = ',')]
        columns: Vec<String>,
        /// Seating: the plan (by name); default: the first
        #[arg(long)]
        plan: Option<String>,
        /// Seating as CSV: the door index (guest → table, seat) instead of the list by table
        #[arg(long)]
        door_index: bool,
        /// Agenda as ICS or PDF run sheet: only this session (its title in any language, or its id)
        #[arg(long)]
        session: Option<String>,
        /// PDF: a4 (default) or letter
        #[arg(long, default_value = "a4")]
        paper: String,
        /// Guests: only these statuses, comma-separated (e.g. confirmed,tentative)
        #[arg(long, value_delimiter = ',')]
        status: Vec<String>,
        /// Guests: only this delegation (its country code or its name)
        #[arg(long)]
        delegation: Option<String>,
        /// Guests: only those found by this text (any script)
        #[arg(long)]
        search: Option<String>,
    },
    /// Seating plans: show them, or seat the guests automatically
    Seat {
        file: PathBuf,
        /// Seat the guests by precedence and honour (locked seats stay)
        #[arg(long)]
        auto: bool,
        /// Only this plan (by name); default: every plan
        #[arg(long)]
        plan: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List the guests
    Guests {
        file: PathBuf,
        #[arg(long)]
        search: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match cli.lang.as_deref().map(str::parse::<Lang>) {
        None => Lang::from_env(),
        Some(Ok(l)) => l,
        Some(Err(e)) => {
            eprintln!("{}", error_message(Lang::from_env(), &e));
            return ExitCode::from(2);
        }
    };
    match run(cli.command, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", error_message(lang, &e));
            match e {
                Error::Database(_) => ExitCode::from(1),
                _ => ExitCode::from(2),
            }
        }
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> forum_core::Result<String> {
    serde_json::to_string_pretty(v).map_err(|e| Error::InvalidValue {
        field: "json".into(),
        value: e.to_string(),
    })
}

/// The kebab-case name serde gives an enum value.
fn serde_key<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Prints "wrote N … to FILE" in `lang`.
fn wrote(lang: Lang, id: &str, file: &Path, count: usize) {
    println!(
        "{}",
        text_with(
            lang,
            id,
            [
                ("file", file_arg(file)),
                ("count", FluentValue::from(count))
            ]
        )
    );
}

fn file_arg(p: &Path) -> FluentValue<'static> {
    FluentValue::from(p.display().to_string())
}

fn run(command: Command, lang: Lang) -> forum_core::Result<()> {
    match command {
        Command::New { file, name, tz } => {
            let store = forum::create(&file, Localized::new(&name, &name, &name), &tz)?;
            store.close()?;
            println!(
                "{}",
                text_with(lang, "cli-created", [("file", file_arg(&file))])
            );
        }
        Command::Demo { file, extra_guests } => {
            let mut store = demo::create(&file)?;
            if extra_guests > 0 {
                demo::add_synthetic_guests(&mut store, extra_guests)?;
            }
            store.close()?;
            println!(
                "{}",
                text_with(lang, "cli-created", [("file", file_arg(&file))])
            );
        }
        Command::Check { file } => {
            let store = Store::open(&file)?;
            store.check()?;
            let s = forum_core::summary(&store)?;
            println!(
                "{}",
                text_with(
                    lang,
                    "cli-check-ok",
                    [
                        ("file", file_arg(&file)),
                        ("version", FluentValue::from(s.schema_version)),
                        ("guests", FluentValue::from(s.guest_count)),
                    ]
                )
            );
        }
        Command::Import {
            file,
            guests: input,
            dry_run,
            json,
        } => {
            let mut store = Store::open(&file)?;
            let summary = if dry_run {
                import::dry_run(&store, &input, lang)?
            } else {
                import::commit(&mut store, &mut History::default(), &input, None, &[], lang)?
            };
            if json {
                println!("{}", to_json(&summary)?);
            } else {
                for i in &summary.issues {
                    let id = format!("cli-import-issue-{}", serde_key(&i.kind));
                    println!(
                        "{}",
                        text_with(
                            lang,
                            &id,
                            [
                                ("row", FluentValue::from(i.row)),
                                ("name", FluentValue::from(i.value.clone())),
                                ("other", FluentValue::from(i.other.clone())),
                            ]
                        )
                    );
                }
                let id = if dry_run {
                    "cli-import-dry-run"
                } else {
                    "cli-import-done"
                };
                println!(
                    "{}",
                    text_with(
                        lang,
                        id,
                        [
                            ("file", file_arg(&input)),
                            ("count", FluentValue::from(summary.imported)),
                            ("updated", FluentValue::from(summary.updated)),
                            ("skipped", FluentValue::from(summary.skipped)),
                            (
                                "organizations",
                                FluentValue::from(summary.new_organizations)
                            ),
                            ("delegations", FluentValue::from(summary.new_delegations)),
                        ]
                    )
                );
            }
        }
        Command::Export {
            file,
            what,
            format,
            output,
            semicolon,
            sheet_per_delegation,
            columns,
            plan,
            door_index,
            session,
            paper,
            status,
            delegation,
            search,
        } => {
            if format == "pdf" {
                let kind = forum_core::docs::DocKind::from_key(&what).ok_or_else(|| {
                    Error::InvalidValue {
                        field: "what".into(),
                        value: what.clone(),
                    }
                })?;
                let paper = match paper.as_str() {
                    "a4" => forum_core::docs::Paper::A4,
                    "letter" => forum_core::docs::Paper::Letter,
                    other => {
                        return Err(Error::InvalidValue {
                            field: "paper".into(),
                            value: other.into(),
                        })
                    }
                };
                let store = Store::open(&file)?;
                let options = forum_core::docs::DocOptions {
                    kind,
                    lang,
                    paper,
                    plan,
                    session,
                    guests: None,
                    confirmed_only: false,
                };
                let n = forum_core::docs::write_pdf(&store, &options, &output)?;
                wrote(lang, "cli-exported-pages", &output, n);
                return Ok(());
            }
            if what == "agenda" {
                let format =
                    export::AgendaFormat::from_key(&format).ok_or_else(|| Error::InvalidValue {
                        field: "format".into(),
                        value: format.clone(),
                    })?;
                let store = Store::open(&file)?;
                let n = export::agenda_as(
                    &store,
                    &output,
                    format,
                    lang,
                    session.as_deref(),
                    semicolon,
                )?;
                let id = match format {
                    export::AgendaFormat::Ics => "cli-exported-events",
                    _ => "cli-exported-items",
                };
                wrote(lang, id, &output, n);
                return Ok(());
            }
            let format = match format.as_str() {
                "csv" => ExportFormat::Csv,
                "xlsx" => ExportFormat::Xlsx,
                other => {
                    return Err(Error::InvalidValue {
                        field: "format".into(),
                        value: other.into(),
                    })
                }
            };
            if what == "seating" {
                let store = Store::open(&file)?;
                let plan_id = match plan {
                    Some(name) => store.read(|c| seating::find_plan(c, &name))?,
                    None => store
                        .read(|c| seating::plans(c, lang))?
                        .first()
                        .map(|p| p.id.clone())
                        .ok_or(Error::NotFound {
                            what: "plan",
                            id: String::new(),
                        })?,
                };
                let n = export::seating(
                    &store, &plan_id, &output, format, lang, door_index, semicolon,
                )?;
                wrote(lang, "cli-exported", &output, n);
                return Ok(());
            }
            if what != "guests" {
                return Err(Error::InvalidValue {
                    field: "what".into(),
                    value: what,
                });
            }
            let mut opts = ExportOptions::new(format, lang);
            opts.semicolon = semicolon;
            opts.sheet_per_delegation = sheet_per_delegation;
            if !columns.is_empty() {
                opts.columns = columns
                    .iter()
                    .map(|c| {
                        Column::ALL
                            .iter()
                            .copied()
                            .find(|k| k.key() == c.trim())
                            .ok_or_else(|| Error::InvalidValue {
                                field: "columns".into(),
                                value: c.clone(),
                            })
                    })
                    .collect::<forum_core::Result<_>>()?;
            }
            let store = Store::open(&file)?;
            let filter = guests::GuestFilter {
                statuses: status
                    .iter()
                    .map(|s| {
                        Status::ALL
                            .iter()
                            .copied()
                            .find(|k| k.key() == s.trim())
                            .ok_or_else(|| Error::InvalidValue {
                                field: "status".into(),
                                value: s.clone(),
                            })
                    })
                    .collect::<forum_core::Result<_>>()?,
                delegation,
                search,
            };
            if filter != guests::GuestFilter::default() {
                opts.guests = Some(store.read(|c| guests::filtered_ids(c, lang, &filter))?);
            }
            let n = export::guests(&store, &output, &opts)?;
            wrote(lang, "cli-exported", &output, n);
        }
        Command::Seat {
            file,
            auto,
            plan,
            json,
        } => {
            let mut store = Store::open(&file)?;
            let plans = match plan {
                Some(name) => {
                    let id = store.read(|c| seating::find_plan(c, &name))?;
                    store
                        .read(|c| seating::plans(c, lang))?
                        .into_iter()
                        .filter(|p| p.id == id)
                        .collect()
                }
                None => store.read(|c| seating::plans(c, lang))?,
            };
            let mut out = Vec::new();
            for p in &plans {
                let unseated = if auto {
                    store.write(|tx| seating::auto_seat(tx, &p.id))?.unseated
                } else {
                    vec![]
                };
                let lines = store.read(|c| seating::listing(c, &p.id, lang))?;
                let conflicts = store.read(|c| seating::conflicts::find(c, &p.id))?;
                out.push(serde_json::json!({
                    "plan": p.name,
                    "kind": p.kind,
                    "hall": p.hall,
                    "seats": lines,
                    "unseated": unseated,
                    "conflicts": conflicts,
                }));
                if !json {
                    println!("{} — {}", p.name, p.hall);
                    for l in lines.iter().filter(|l| l.guest_id.is_some()) {
                        println!(
                            "{}",
                            text_with(
                                lang,
                                "cli-seat-line",
                                [
                                    ("table", FluentValue::from(l.table.clone())),
                                    ("seat", FluentValue::from(l.seat)),
                                    ("honour", FluentValue::from(l.honour)),
                                    ("guest", FluentValue::from(l.guest.clone())),
                                ]
                            )
                        );
                    }
                    println!(
                        "{}",
                        text_with(
                            lang,
                            "cli-seat-summary",
                            [
                                (
                                    "seated",
                                    FluentValue::from(
                                        lines.iter().filter(|l| l.guest_id.is_some()).count()
                                    )
                                ),
                                ("seats", FluentValue::from(lines.len())),
                                ("conflicts", FluentValue::from(conflicts.len())),
                            ]
                        )
                    );
                }
            }
            if json {
                println!("{}", to_json(&out)?);
            }
        }
        Command::Guests { file, search, json } => {
            let store = Store::open(&file)?;
            let list = store.read(|c| guests::search(c, lang, search.as_deref().unwrap_or("")))?;
            if json {
                println!("{}", to_json(&list)?);
            } else {
                for g in &list {
                    let status = text(lang, &format!("guests-status-{}", g.status.key()));
                    let parts: Vec<&str> = [
                        g.display_name.as_str(),
                        g.title.as_str(),
                        g.organization.as_str(),
                        status.as_str(),
                    ]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect();
                    println!("{}", parts.join(" · "));
                }
                println!(
                    "{}",
                    text_with(
                        lang,
                        "guests-count",
                        [("count", FluentValue::from(list.len()))]
                    )
                );
            }
        }
    }
    Ok(())
}
