//! The translation files, embedded in the binary and parsed once into one
//! Fluent bundle per language. The cache holds resources, never a language:
//! every call names the language it wants.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::{Arg, Lang};

/// A language's translation files: (file name, text).
type Files = [(&'static str, &'static str)];

const ZH: &Files = &[
    ("reports.ftl", include_str!("../locales/zh/reports.ftl")),
    ("scoring.ftl", include_str!("../locales/zh/scoring.ftl")),
    ("model.ftl", include_str!("../locales/zh/model.ftl")),
    ("findings.ftl", include_str!("../locales/zh/findings.ftl")),
    ("cli.ftl", include_str!("../locales/zh/cli.ftl")),
];
const EN: &Files = &[
    ("reports.ftl", include_str!("../locales/en/reports.ftl")),
    ("scoring.ftl", include_str!("../locales/en/scoring.ftl")),
    ("model.ftl", include_str!("../locales/en/model.ftl")),
    ("findings.ftl", include_str!("../locales/en/findings.ftl")),
    ("cli.ftl", include_str!("../locales/en/cli.ftl")),
];

/// The embedded translation files of `lang`, as (file name, text). The
/// `words` tests hold them to the files on disk and to each other.
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Zh => ZH,
        Lang::En => EN,
    }
}

static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
    LazyLock::new(|| Lang::ALL.map(|lang| bundle(lang, sources(lang))));

fn bundle(lang: Lang, files: &Files) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around every variable would change every
    // report's bytes and show as boxes in some viewers; the reports are not
    // mixed-direction text.
    bundle.set_use_isolating(false);
    for (_, text) in files {
        // A syntax error or a duplicate id loses only the broken message
        // (the tests fail on both); the rest of the file still loads.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `id` (or `message.attribute`) in `lang`, variables filled in.
pub(crate) fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    format_in(&BUNDLES[lang as usize], id, args)
}

fn format_in(bundle: &FluentBundle<FluentResource>, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let pattern = bundle.get_message(message).and_then(|m| match attribute {
        Some(name) => m.get_attribute(name).map(|a| a.value()),
        None => m.value(),
    });
    let Some(pattern) = pattern else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    // Errors (a variable not passed) leave `{$name}` in the text, which
    // the tests catch by comparing the files with the calls.
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
plain = 页面 { $pages } 个，链接 { $links } 个
spaced = {\" \"}· 抓取提前停止{\" \"}
findings = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}
box = 方框
    .title = 提示
";

    fn format(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        format_in(&bundle(lang, &[("test.ftl", FILE)]), id, args)
    }

    #[test]
    fn variables_are_filled_in_without_isolation_marks() {
        let text = format(Lang::Zh, "plain", &[("pages", 396usize.into()), ("links", "1,024".into())]);
        assert_eq!(text, "页面 396 个，链接 1,024 个");
    }

    #[test]
    fn whole_numbers_print_as_rust_prints_them() {
        for n in [0i64, 7, 1_000_000, -3, 123_456_789_012] {
            let text = format(Lang::Zh, "plain", &[("pages", n.into()), ("links", "x".into())]);
            assert_eq!(text, format!("页面 {n} 个，链接 x 个"));
        }
    }

    #[test]
    fn english_plurals_follow_the_number() {
        assert_eq!(format(Lang::En, "findings", &[("count", 1u32.into())]), "1 finding");
        assert_eq!(format(Lang::En, "findings", &[("count", 0u32.into())]), "0 findings");
        assert_eq!(format(Lang::En, "findings", &[("count", 2u32.into())]), "2 findings");
        // Chinese has one form: every number is "other".
        assert_eq!(format(Lang::Zh, "findings", &[("count", 1u32.into())]), "1 findings");
    }

    #[test]
    fn quoted_spaces_keep_the_edges_of_a_fragment() {
        assert_eq!(format(Lang::Zh, "spaced", &[]), " · 抓取提前停止 ");
    }

    #[test]
    fn attributes_are_asked_for_with_a_dot() {
        assert_eq!(format(Lang::Zh, "box", &[]), "方框");
        assert_eq!(format(Lang::Zh, "box.title", &[]), "提示");
    }

    #[test]
    fn bundles_are_indexed_by_the_language() {
        for (n, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang as usize, n, "BUNDLES[lang as usize] finds {lang:?}'s bundle");
        }
    }

    #[test]
    fn a_missing_id_shows_the_id() {
        assert_eq!(format(Lang::Zh, "no-such-message", &[]), "no-such-message");
        assert_eq!(format(Lang::Zh, "box.no-such-attribute", &[]), "box.no-such-attribute");
    }
}
