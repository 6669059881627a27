//! The three locales say the same things: same message IDs, same variables,
//! valid syntax, and real plural forms.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentValue;
use fluent_syntax::ast;
use forum_core::i18n::{sources, text_with};
use forum_core::model::Lang;

type Vars = BTreeSet<String>;

fn collect_inline(e: &ast::InlineExpression<&str>, out: &mut Vars) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, out);
            }
        }
        _ => {}
    }
}

fn collect_expr(e: &ast::Expression<&str>, out: &mut Vars) {
    match e {
        ast::Expression::Inline(i) => collect_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_pattern(&v.value, out);
            }
        }
    }
}

fn collect_pattern(p: &ast::Pattern<&str>, out: &mut Vars) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, out);
        }
    }
}

/// id → variables used, for every message and term of one locale.
fn messages(lang: Lang) -> BTreeMap<String, Vars> {
    let mut all = BTreeMap::new();
    for (file, text) in sources(lang) {
        let res = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errs)| panic!("{}/{file}: syntax errors {errs:?}", lang.tag()));
        for entry in res.body {
            let (id, pattern, attrs) = match &entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut vars = Vars::new();
            if let Some(p) = pattern {
                collect_pattern(p, &mut vars);
            }
            for a in attrs {
                collect_pattern(&a.value, &mut vars);
            }
            assert!(
                all.insert(id.clone(), vars).is_none(),
                "{}: {id} is defined twice",
                lang.tag()
            );
        }
    }
    all
}

#[test]
fn every_message_exists_in_all_three_locales_with_the_same_variables() {
    let en = messages(Lang::En);
    assert!(en.len() > 50, "only {} messages found", en.len());
    for lang in [Lang::Ru, Lang::ZhCn] {
        let other = messages(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(extra.is_empty(), "{} has extra {extra:?}", lang.tag());
        for (id, vars) in &en {
            // A salutation is built differently per language (Russian
            // addresses by имя отчество, Chinese by full name + honorific):
            // it may use fewer of the variables it is given, never others.
            if id == "doc-letter-salutation" {
                assert!(
                    other[id].is_subset(vars),
                    "{}: {id} uses variables en does not give",
                    lang.tag()
                );
                continue;
            }
            assert_eq!(
                &other[id],
                vars,
                "{}: {id} uses other variables than en",
                lang.tag()
            );
        }
    }
}

#[test]
fn message_ids_are_kebab_case_with_an_area_prefix() {
    const AREAS: &[&str] = &[
        "app", "lang", "nav", "menu", "dialog", "guests", "seating", "agenda", "live", "settings",
        "error", "cli", "brand", "export", "import", "field", "doc", "step", "tz",
    ];
    for id in messages(Lang::En).keys() {
        let bare = id.trim_start_matches('-');
        assert!(
            bare.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id} is not kebab-case"
        );
        let area = bare.split('-').next().unwrap_or_default();
        assert!(AREAS.contains(&area), "{id} has no known area prefix");
    }
}

#[test]
fn russian_guest_counts_use_one_few_many() {
    let expected = [
        (1, "1 гость"),
        (2, "2 гостя"),
        (5, "5 гостей"),
        (11, "11 гостей"),
        (21, "21 гость"),
        (22, "22 гостя"),
        (25, "25 гостей"),
    ];
    for (n, want) in expected {
        let got = text_with(Lang::Ru, "guests-count", [("count", FluentValue::from(n))]);
        assert_eq!(got, want, "for {n}");
    }
}

#[test]
fn english_and_chinese_counts_read_naturally() {
    let en = |n: i64| text_with(Lang::En, "guests-count", [("count", FluentValue::from(n))]);
    assert_eq!(en(1), "1 guest");
    assert_eq!(en(2), "2 guests");
    let zh = text_with(
        Lang::ZhCn,
        "guests-count",
        [("count", FluentValue::from(5))],
    );
    assert_eq!(zh, "5 位嘉宾");
}

#[test]
fn every_error_code_has_a_message_in_every_locale() {
    let codes = [
        "not-a-forum",
        "newer-version",
        "corrupt",
        "file-not-found",
        "already-exists",
        "io",
        "invalid-value",
        "unknown-language",
        "unknown-time-zone",
        "no-forum-open",
        "not-found",
        "database",
        "unknown",
        "unreadable-table",
        "empty-table",
        "no-name-column",
        "row-missing-name",
        "row-bad-email",
        "missing-title",
        "nonexistent-time",
        "live-not-running",
        "live-empty-session",
        "fonts-missing",
        "missing-glyphs",
        "document",
    ];
    for lang in Lang::ALL {
        let m = messages(lang);
        for c in codes {
            assert!(
                m.contains_key(&format!("error-{c}")),
                "{}: error-{c}",
                lang.tag()
            );
        }
    }
}
