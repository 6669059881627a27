//! `forum-desk-cli`: the command-line face of Forum Desk, over the same core
//! functions as the app. Messages come from the same Fluent files.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use fluent_bundle::FluentValue;
use forum_core::i18n::{error_message, text, text_with};
use forum_core::model::{Lang, Localized};
use forum_core::{demo, forum, guests, Error, Store};

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
    Demo { file: PathBuf },
    /// Check a forum file's integrity and schema version
    Check { file: PathBuf },
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
        Command::Demo { file } => {
            demo::create(&file)?.close()?;
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
        Command::Guests { file, search, json } => {
            let store = Store::open(&file)?;
            let list = store.read(|c| guests::search(c, lang, search.as_deref().unwrap_or("")))?;
            if json {
                let out = serde_json::to_string_pretty(&list).map_err(|e| Error::InvalidValue {
                    field: "json".into(),
                    value: e.to_string(),
                })?;
                println!("{out}");
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
