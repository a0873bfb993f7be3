//! The translation files against each other and against the code that uses
//! them: every file parses, both languages define the same messages with the
//! same variables, every id the code asks for exists (with the variables the
//! call passes), and every message is asked for somewhere.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use regex::Regex;
use words::Lang;

/// Message id (`id` or `id.attribute`) → the variables its pattern uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The `.ftl` files of `lang` on disk, by file name.
fn files_on_disk(lang: Lang) -> BTreeMap<String, String> {
    let dir = root().join("locales").join(lang.code());
    fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable folder").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| {
            let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
            (name, fs::read_to_string(&path).expect("a UTF-8 file"))
        })
        .collect()
}

/// Every message and attribute of `lang`, over all its files; panics on a
/// syntax error or an id defined twice, naming the file.
fn messages(lang: Lang) -> Messages {
    let mut all = Messages::new();
    for (name, text) in files_on_disk(lang) {
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}/{name}: {errors:?}", lang.code()));
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                Entry::Junk { content } => panic!("{}/{name}: cannot parse {content:?}", lang.code()),
                _ => continue,
            };
            let mut add = |key: String, pattern: &Pattern<&str>| {
                let mut vars = BTreeSet::new();
                pattern_variables(pattern, &mut vars);
                assert!(
                    all.insert(key.clone(), vars).is_none(),
                    "{}/{name}: {key} is defined twice",
                    lang.code()
                );
            };
            if let Some(value) = &value {
                add(id.clone(), value);
            }
            for attribute in &attributes {
                add(format!("{id}.{}", attribute.id.name), &attribute.value);
            }
        }
    }
    all
}

fn pattern_variables(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for variant in variants {
                pattern_variables(&variant.value, vars);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, vars),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, vars);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}

#[test]
fn the_binary_embeds_every_file_on_disk() {
    for lang in Lang::ALL {
        let embedded: BTreeMap<String, String> = words::sources(lang)
            .iter()
            .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
            .collect();
        assert_eq!(embedded, files_on_disk(lang), "words/src/bundles.rs lists the files of {}", lang.code());
    }
}

#[test]
fn both_languages_have_the_same_files_messages_and_variables() {
    let names = |lang| files_on_disk(lang).into_keys().collect::<Vec<_>>();
    assert_eq!(names(Lang::Zh), names(Lang::En), "the same files in locales/zh and locales/en");
    let (zh, en) = (messages(Lang::Zh), messages(Lang::En));
    let only =
        |a: &Messages, b: &Messages| a.keys().filter(|id| !b.contains_key(*id)).cloned().collect::<Vec<_>>();
    assert_eq!(only(&zh, &en), Vec::<String>::new(), "in zh, missing from en");
    assert_eq!(only(&en, &zh), Vec::<String>::new(), "in en, missing from zh");
    let differ: Vec<String> = zh
        .iter()
        .filter(|(id, vars)| en.get(*id) != Some(vars))
        .map(|(id, vars)| format!("{id}: zh {vars:?}, en {:?}", en[id]))
        .collect();
    assert_eq!(differ, Vec::<String>::new(), "the same variables in both languages");
}

/// The Rust files that may ask for words, under the workspace root.
fn code_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        for path in entries.map(|e| e.expect("readable folder").path()) {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let workspace = root().join("..");
    let mut files = Vec::new();
    for dir in ["src", "checks/src", "reports/src", "demo/src"] {
        walk(&workspace.join(dir), &mut files);
    }
    assert!(!files.is_empty(), "the workspace's code is beside words/");
    files.sort();
    files
}

/// Every `word("id")` and `word_with("id", &[("var", …), …])` call in the
/// code: (where, id, the variables passed; `None` for `word`).
fn calls() -> Vec<(String, String, Option<BTreeSet<String>>)> {
    let call = Regex::new(r#"\.word(_with)?\(\s*"([^"]*)""#).expect("a valid pattern");
    let dynamic = Regex::new(r#"\.word(_with)?\(\s*[^"\s)]"#).expect("a valid pattern");
    let variable = Regex::new(r#"\(\s*"([A-Za-z][A-Za-z0-9_-]*)"\s*,"#).expect("a valid pattern");
    let mut found = Vec::new();
    for path in code_files() {
        let text = fs::read_to_string(&path).expect("a UTF-8 file");
        let place = |at: usize| format!("{}:{}", path.display(), text[..at].lines().count());
        if let Some(m) = dynamic.find(&text) {
            panic!("{}: message ids are string literals, so these tests can see them", place(m.start()));
        }
        for c in call.captures_iter(&text) {
            let whole = c.get(0).expect("the match");
            let vars = c.get(1).map(|_| {
                let rest = &text[whole.end()..];
                let args = &rest[..closing_paren(rest)];
                variable.captures_iter(args).map(|v| v[1].to_owned()).collect()
            });
            found.push((place(whole.start()), c[2].to_owned(), vars));
        }
    }
    found
}

/// Where the call whose arguments `rest` continues ends: the first `)` not
/// matched inside it (string literals with brackets are not expected in
/// argument lists of messages).
fn closing_paren(rest: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return i,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    rest.len()
}

#[test]
fn every_id_the_code_asks_for_exists_with_the_variables_it_passes() {
    let defined = messages(Lang::Zh);
    let mut wrong = Vec::new();
    for (place, id, passed) in calls() {
        let Some(wanted) = defined.get(&id) else {
            wrong.push(format!("{place}: {id} is in no translation file"));
            continue;
        };
        let passed = passed.unwrap_or_default();
        if &passed != wanted {
            wrong.push(format!("{place}: {id} uses {wanted:?}, the call passes {passed:?}"));
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}

#[test]
fn every_message_is_used() {
    let used: BTreeSet<String> = calls().into_iter().map(|(_, id, _)| id).collect();
    let unused: Vec<String> =
        messages(Lang::Zh).into_keys().filter(|id| !id.starts_with('-') && !used.contains(id)).collect();
    assert_eq!(unused, Vec::<String>::new(), "defined in words/locales but asked for nowhere");
}
