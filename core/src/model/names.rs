use serde::{Deserialize, Serialize};

use super::Lang;

/// A person's name, kept as parts in each script.
#[cfg_attr(test, derive(ts_rs::TS), ts(export))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameParts {
    /// Chinese family name in Han characters (张, 欧阳).
    pub family_han: String,
    pub given_han: String,
    /// Russian фамилия, имя, отчество.
    pub family_cyr: String,
    pub given_cyr: String,
    pub patronymic_cyr: String,
    /// Latin script: pinyin for Chinese names, transliteration for Russian ones.
    pub family_lat: String,
    pub given_lat: String,
}

fn joined(parts: &[&str], sep: &str) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

impl NameParts {
    /// 张平文: family first, no space.
    pub fn han(&self) -> String {
        joined(&[&self.family_han, &self.given_han], "")
    }

    /// Семин Алексей Алексеевич: фамилия имя отчество.
    pub fn cyrillic(&self) -> String {
        joined(
            &[&self.family_cyr, &self.given_cyr, &self.patronymic_cyr],
            " ",
        )
    }

    /// Zhang Pingwen, Semin Alexey: family first, as lists and badges write it.
    pub fn latin(&self) -> String {
        joined(&[&self.family_lat, &self.given_lat], " ")
    }

    /// The name to show in `lang`: zh → Han, else Latin, else Cyrillic;
    /// ru → Cyrillic, else Latin, else Han; en → Latin, else Cyrillic, else Han.
    pub fn display(&self, lang: Lang) -> String {
        let (han, cyr, lat) = (self.han(), self.cyrillic(), self.latin());
        let order = match lang {
            Lang::ZhCn => [han, lat, cyr],
            Lang::Ru => [cyr, lat, han],
            Lang::En => [lat, cyr, han],
        };
        order
            .into_iter()
            .find(|s| !s.is_empty())
            .unwrap_or_default()
    }

    /// A second line under the display name, so an organizer sees both
    /// 张平文 and Zhang Pingwen: the name in the guest's own script (Han, else
    /// Cyrillic) when it differs from the display name, else the Latin one.
    pub fn secondary(&self, lang: Lang) -> String {
        let shown = self.display(lang);
        let native = if self.han().is_empty() {
            self.cyrillic()
        } else {
            self.han()
        };
        [native, self.latin()]
            .into_iter()
            .find(|s| !s.is_empty() && *s != shown)
            .unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.han().is_empty() && self.cyrillic().is_empty() && self.latin().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zhang() -> NameParts {
        NameParts {
            family_han: "张".into(),
            given_han: "平文".into(),
            family_cyr: "Чжан".into(),
            given_cyr: "Пинвэнь".into(),
            family_lat: "Zhang".into(),
            given_lat: "Pingwen".into(),
            ..Default::default()
        }
    }

    #[test]
    fn display_follows_the_interface_language() {
        let n = zhang();
        assert_eq!(n.display(Lang::ZhCn), "张平文");
        assert_eq!(n.display(Lang::Ru), "Чжан Пинвэнь");
        assert_eq!(n.display(Lang::En), "Zhang Pingwen");
        assert_eq!(n.secondary(Lang::ZhCn), "Zhang Pingwen");
        assert_eq!(n.secondary(Lang::Ru), "张平文");
        assert_eq!(n.secondary(Lang::En), "张平文");
    }

    #[test]
    fn missing_scripts_fall_back() {
        let semin = NameParts {
            family_cyr: "Семин".into(),
            given_cyr: "Алексей".into(),
            patronymic_cyr: "Алексеевич".into(),
            family_lat: "Semin".into(),
            given_lat: "Alexey".into(),
            ..Default::default()
        };
        assert_eq!(semin.display(Lang::ZhCn), "Semin Alexey");
        assert_eq!(semin.display(Lang::Ru), "Семин Алексей Алексеевич");
        assert_eq!(semin.secondary(Lang::Ru), "Semin Alexey");
        assert_eq!(semin.secondary(Lang::ZhCn), "Семин Алексей Алексеевич");
        let only_han = NameParts {
            family_han: "欧阳".into(),
            given_han: "娜娜".into(),
            ..Default::default()
        };
        assert_eq!(only_han.display(Lang::En), "欧阳娜娜");
        assert!(NameParts::default().is_empty());
    }
}
