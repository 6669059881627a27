use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// A language of the interface and of documents.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "ru")]
    Ru,
    #[default]
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhCn, Lang::Ru, Lang::En];

    /// The BCP 47 tag, also the name of the folder under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// Picks the language for an OS locale such as `ru_RU.UTF-8` or `zh-Hans-CN`:
    /// zh* → zh-CN, ru* → ru, anything else → en.
    pub fn from_os_locale(locale: &str) -> Lang {
        let l = locale.trim().to_ascii_lowercase();
        if l.starts_with("zh") {
            Lang::ZhCn
        } else if l.starts_with("ru") {
            Lang::Ru
        } else {
            Lang::En
        }
    }

    /// The language named by the usual environment variables (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`), or English.
    pub fn from_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
            .map_or(Lang::En, |v| Lang::from_os_locale(&v))
    }
}

impl FromStr for Lang {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh-cn" | "zh" | "zh-hans" => Ok(Lang::ZhCn),
            "ru" | "ru-ru" => Ok(Lang::Ru),
            "en" | "en-us" | "en-gb" => Ok(Lang::En),
            _ => Err(Error::UnknownLanguage(s.to_string())),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_locales_map_to_the_three_languages() {
        assert_eq!(Lang::from_os_locale("zh_CN.UTF-8"), Lang::ZhCn);
        assert_eq!(Lang::from_os_locale("zh-Hant-TW"), Lang::ZhCn);
        assert_eq!(Lang::from_os_locale("ru_RU.UTF-8"), Lang::Ru);
        assert_eq!(Lang::from_os_locale("de_DE"), Lang::En);
        assert_eq!(Lang::from_os_locale(""), Lang::En);
    }

    #[test]
    fn tags_parse_and_serialize() {
        assert_eq!("zh-CN".parse::<Lang>().ok(), Some(Lang::ZhCn));
        assert!("fr".parse::<Lang>().is_err());
        assert_eq!(
            serde_json::to_string(&Lang::ZhCn).ok().as_deref(),
            Some("\"zh-CN\"")
        );
    }
}
