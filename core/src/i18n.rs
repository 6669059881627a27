//! Rust-side text: menus, exports and CLI messages, from the same Fluent files
//! as the UI (`locales/<lang>/*.ftl`, embedded at build time).

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::error::Error;
use crate::model::Lang;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::ZhCn => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    };
    BUNDLES[slot].get_or_init(|| build_bundle(lang))
}

fn build_bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Our three languages are all left-to-right: no bidi isolation marks,
    // which would otherwise end up in CLI output and file names.
    b.set_use_isolating(false);
    for (_, _, text) in LOCALE_FILES.iter().filter(|(l, _, _)| *l == lang.tag()) {
        // A broken file still yields the messages that parsed; the locale
        // tests make sure that never ships.
        let res = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(res, _)| res);
        let _ = b.add_resource(res);
    }
    b
}

/// The raw Fluent sources of one language, for tests and tooling.
pub fn sources(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    LOCALE_FILES
        .iter()
        .filter(move |(l, _, _)| *l == lang.tag())
        .map(|(_, f, t)| (*f, *t))
}

/// Formats message `id` in `lang` (falling back to English, then to the id).
pub fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = vec![];
            return b.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    id.to_string()
}

/// Whether `lang` (or English) has message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id) || bundle(Lang::En).has_message(id)
}

/// A message without arguments.
pub fn text(lang: Lang, id: &str) -> String {
    format(lang, id, None)
}

/// Text for a native menu item. The menu library reads `&` as the mark of a
/// keyboard mnemonic (GTK then drops it: "Guests  invitations"), so a literal
/// ampersand is doubled.
pub fn menu_label(text: &str) -> String {
    text.replace('&', "&&")
}

/// Names in a list, joined as each language writes them: 张平文、陈林浩 in
/// Chinese (the enumeration comma), "Semin, Shakhray" otherwise.
pub fn join_list<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let sep = if lang == Lang::ZhCn { "、" } else { ", " };
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(sep)
}

/// A message with arguments given as pairs.
pub fn text_with<'a>(
    lang: Lang,
    id: &str,
    args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
) -> String {
    let mut a = FluentArgs::new();
    for (k, v) in args {
        a.set(k, v);
    }
    format(lang, id, Some(&a))
}

/// The localized text of an error: the message `error-<code>`.
pub fn error_message(lang: Lang, err: &Error) -> String {
    let mut a = FluentArgs::new();
    for (k, v) in err.args() {
        // A field name is shown as the field's label in `lang`, when it has one.
        let v = match (k, v) {
            ("field", serde_json::Value::String(f)) if has(lang, &format!("field-{f}")) => {
                serde_json::Value::String(text(lang, &format!("field-{f}")))
            }
            (_, v) => v,
        };
        let v: FluentValue = match v {
            serde_json::Value::Number(n) => n.as_f64().map_or_else(
                || FluentValue::String(Cow::Owned(n.to_string())),
                FluentValue::from,
            ),
            serde_json::Value::String(s) => FluentValue::String(Cow::Owned(s)),
            other => FluentValue::String(Cow::Owned(other.to_string())),
        };
        a.set(k, v);
    }
    format(lang, &format!("error-{}", err.code()), Some(&a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_lists_take_the_enumeration_comma() {
        assert_eq!(
            join_list(Lang::ZhCn, &["张平文", "陈林浩"]),
            "张平文、陈林浩"
        );
        assert_eq!(join_list(Lang::Ru, &["Семин", "Шахрай"]), "Семин, Шахрай");
        assert_eq!(join_list::<&str>(Lang::En, &[]), "");
    }

    #[test]
    fn menu_labels_keep_their_ampersands() {
        assert_eq!(menu_label("Guests & invitations"), "Guests && invitations");
        assert_eq!(menu_label("Гости"), "Гости");
    }

    #[test]
    fn russian_guest_count_uses_three_plural_forms() {
        let n = |c: i64| text_with(Lang::Ru, "guests-count", [("count", FluentValue::from(c))]);
        assert_eq!(n(1), "1 гость");
        assert_eq!(n(2), "2 гостя");
        assert_eq!(n(5), "5 гостей");
    }

    #[test]
    fn missing_message_falls_back_to_its_id() {
        assert_eq!(text(Lang::Ru, "no-such-message"), "no-such-message");
    }

    #[test]
    fn errors_are_localized_with_their_arguments() {
        let e = Error::NotAForum {
            path: "/tmp/x.forum".into(),
        };
        let ru = error_message(Lang::Ru, &e);
        assert!(ru.contains("/tmp/x.forum"), "{ru}");
        assert_ne!(ru, error_message(Lang::En, &e));
    }
}
