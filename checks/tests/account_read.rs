//! Runs every fixture under `checks/fixtures/account-read/<format>/` through
//! `detect` and `read` and compares the reading with the fixture's own
//! `<name>.expect` file (see the README there), then feeds every reader
//! broken and hostile bodies, which must read without a panic.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use checks::facts::account::read::{Format, GenericRule, ReadState, Reading, detect, read, validate};
use chrono::NaiveDateTime;

const DEFAULT_FETCHED_AT: &str = "2026-11-26 10:00:00";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join("account-read")
}

/// The format a folder holds; generic folders get their rule per fixture.
fn folder_format(folder: &str) -> Option<Format> {
    Some(match folder {
        "wechat-article" => Format::WechatArticle,
        "wechat-history" => Format::WechatHistory,
        "feed" => Format::Feed,
        "weibo-json" => Format::WeiboJson,
        "toutiao" => Format::Toutiao,
        _ => return None,
    })
}

fn state_name(state: ReadState) -> &'static str {
    match state {
        ReadState::Read => "read",
        ReadState::Expired => "expired",
        ReadState::LoginWall => "login-wall",
        ReadState::Challenge => "challenge",
        ReadState::Unrecognized => "unrecognized",
        ReadState::ProfileOnly => "profile-only",
    }
}

/// `key = value` lines; `#` starts a comment.
fn sidecar(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (k, v) =
                l.split_once('=').unwrap_or_else(|| panic!("{}: `{l}` is not `key = value`", path.display()));
            (k.trim().to_owned(), v.trim().to_owned())
        })
        .collect()
}

/// What one fixture got wrong, if anything.
fn check(folder: &str, page: &Path) -> Vec<String> {
    let body = std::fs::read_to_string(page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
    let expect = sidecar(&page.with_extension("expect"));
    let get = |k: &str| expect.get(k).map(String::as_str);
    let url = url::Url::parse(get("url").unwrap_or_else(|| panic!("{}: no url", page.display()))).unwrap();
    let fetched_at =
        NaiveDateTime::parse_from_str(get("fetched_at").unwrap_or(DEFAULT_FETCHED_AT), "%Y-%m-%d %H:%M:%S")
            .unwrap();
    let mut problems = Vec::new();
    let format = match folder_format(folder) {
        Some(format) => {
            let detected = detect(&url, &body);
            if detected.as_ref() != Some(&format) {
                problems.push(format!("detect gave {detected:?}, the folder is {format:?}"));
            }
            format
        }
        None => {
            let rule = GenericRule {
                selector: get("selector")
                    .unwrap_or_else(|| panic!("{}: no selector", page.display()))
                    .to_owned(),
                date_pattern: get("date_pattern").map(str::to_owned),
            };
            if let Err(e) = validate(&rule) {
                problems.push(format!("the rule does not validate: {e}"));
            }
            if let Some(detected) = detect(&url, &body) {
                problems.push(format!("detect gave {detected:?} for a page that needs a rule"));
            }
            Format::Generic(rule)
        }
    };
    let reading = read(&format, &body, fetched_at);
    compare(&reading, &expect, &mut problems);
    problems
}

fn compare(reading: &Reading, expect: &BTreeMap<String, String>, problems: &mut Vec<String>) {
    let get = |k: &str| expect.get(k).map(String::as_str);
    let mut differ = |what: &str, got: String, want: String| {
        if got != want {
            problems.push(format!("{what}: got `{got}`, expected `{want}`"));
        }
    };
    differ("state", state_name(reading.state).into(), get("state").unwrap_or("(missing)").into());
    differ("name", format!("{:?}", reading.name.as_deref()), format!("{:?}", get("name")));
    differ("posts", reading.posts.len().to_string(), get("posts").unwrap_or("(missing)").into());
    let newest = reading.posts.first().map(|p| p.date.to_string());
    differ("newest", format!("{newest:?}"), format!("{:?}", get("newest")));
    if let Some(dates) = get("dates") {
        let got: Vec<String> = reading.posts.iter().map(|p| p.date.to_string()).collect();
        differ("dates", got.join(", "), dates.into());
    }
    if let Some(title) = get("title") {
        let got = reading.posts.first().and_then(|p| p.title.clone()).unwrap_or_default();
        differ("title", got, title.into());
    }
    if let Some(year) = get("year") {
        let got = reading.posts.first().map(|p| p.year.as_str()).unwrap_or("(no post)");
        differ("year", got.into(), year.into());
    }
    let sorted = reading.posts.windows(2).all(|w| w[0].date >= w[1].date);
    if !sorted {
        problems.push("posts are not newest first".into());
    }
}

#[test]
fn every_fixture_reads_as_it_says() {
    let mut failures = Vec::new();
    let mut by_state: BTreeMap<&str, usize> = BTreeMap::new();
    let mut folders = 0;
    for dir in std::fs::read_dir(root()).unwrap().flatten().filter(|e| e.path().is_dir()) {
        folders += 1;
        let folder = dir.file_name().to_string_lossy().into_owned();
        let mut pages: Vec<PathBuf> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x != "expect"))
            .collect();
        pages.sort();
        let (mut fresh, mut not_fresh) = (0, 0);
        for page in &pages {
            let expect = sidecar(&page.with_extension("expect"));
            let state = expect.get("state").cloned().unwrap_or_default();
            if state == "read" && expect.get("posts").is_some_and(|n| n != "0") {
                fresh += 1;
            } else {
                not_fresh += 1;
            }
            *by_state.entry(if state == "read" { "read" } else { "other" }).or_default() += 1;
            for problem in check(&folder, page) {
                failures.push(format!("{}: {problem}", page.display()));
            }
        }
        assert!(
            fresh >= 2 && not_fresh >= 1,
            "{folder} needs pages both ways: {fresh} that read, {not_fresh} that must not read as fresh"
        );
    }
    assert_eq!(folders, 6, "one folder per format");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_sidecar_has_its_page() {
    for dir in std::fs::read_dir(root()).unwrap().flatten().filter(|e| e.path().is_dir()) {
        for file in std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.path()) {
            if file.extension().is_some_and(|x| x == "expect") {
                let stem = file.file_stem().unwrap();
                let page = std::fs::read_dir(dir.path())
                    .unwrap()
                    .flatten()
                    .any(|e| e.path() != file && e.path().file_stem() == Some(stem));
                assert!(page, "{} has no page beside it", file.display());
            }
        }
    }
}

#[test]
fn validate_names_the_problem() {
    let rule = |selector: &str, pattern: Option<&str>| GenericRule {
        selector: selector.into(),
        date_pattern: pattern.map(str::to_owned),
    };
    assert!(validate(&rule("ul.list li", None)).is_ok());
    assert!(validate(&rule("td.date", Some(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"))).is_ok());
    assert!(validate(&rule("td.date", Some(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日"))).is_ok());
    let err = validate(&rule("ul..list", None)).unwrap_err();
    assert!(err.contains("selector") && err.contains("ul..list"), "{err}");
    assert!(validate(&rule("  ", None)).unwrap_err().contains("empty"));
    let err = validate(&rule("li", Some(r"(?P<m>\d+"))).unwrap_err();
    assert!(err.contains("regex"), "{err}");
    let err = validate(&rule("li", Some(r"(\d{4})-(\d{2})-(\d{2})"))).unwrap_err();
    assert!(err.contains("`m`"), "{err}");
    let err = validate(&rule("li", Some(r"(?P<y>\d{4})-(?P<m>\d{2})"))).unwrap_err();
    assert!(err.contains("`d`"), "{err}");
}

#[test]
fn an_invalid_rule_reads_nothing() {
    let format = Format::Generic(GenericRule { selector: "li[".into(), date_pattern: None });
    let reading = read(&format, "<ul><li>2026-11-20</li></ul>", fetched_at());
    assert_eq!(reading.state, ReadState::Unrecognized);
    assert!(reading.posts.is_empty());
}

fn fetched_at() -> NaiveDateTime {
    NaiveDateTime::parse_from_str(DEFAULT_FETCHED_AT, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn every_format() -> Vec<Format> {
    vec![
        Format::WechatArticle,
        Format::WechatHistory,
        Format::Feed,
        Format::WeiboJson,
        Format::Toutiao,
        Format::Generic(GenericRule { selector: "li, .date, a".into(), date_pattern: None }),
        Format::Generic(GenericRule {
            selector: "li".into(),
            date_pattern: Some(r"(?P<y>\d+)-(?P<m>\d+)-(?P<d>\d+)".into()),
        }),
    ]
}

/// Bodies a reader must survive: garbage, numbers past every range, deep
/// nesting, cut JSON and XML, a large page.
fn hostile_bodies() -> Vec<String> {
    let huge = "9".repeat(400);
    let mut bodies = vec![
        String::new(),
        "\u{0}\u{feff}\u{fffd}".into(),
        "{".into(),
        "<".into(),
        "<?xml".into(),
        "&#99999999999;&#x110000;&".into(),
        format!("var ct = \"{huge}\"; var ct = \"-1\"; createTime = '9999-99-99';"),
        format!(
            r#"{{"ok":1,"data":{{"cards":[{{"mblog":{{"created_at":"{huge}小时前","isTop":{huge}}}}}]}}}}"#
        ),
        format!(
            r#"{{"ok":1,"data":{{"cards":[{{"mblog":{{"created_at":"Tue Nov 24 99:99:99 +9999 {huge}"}}}}]}}}}"#
        ),
        format!(
            r#"{{"data":[{{"title":"x","publish_time":{huge}}},{{"title":"y","behot_time":-{huge}}},{{"content":"z","create_time":1e308}}]}}"#
        ),
        format!(
            r#"{{"ret":0,"general_msg_list":"{{\"list\":[{{\"comm_msg_info\":{{\"datetime\":{huge}}}}}]}}"}}"#
        ),
        format!(
            "var msgList = '{{&quot;list&quot;:[{{&quot;comm_msg_info&quot;:{{&quot;datetime&quot;:{huge}}}}}]}}';"
        ),
        format!("<rss><channel><item><title>a</title><pubDate>{huge}</pubDate></item></channel></rss>"),
        format!("<feed><entry><updated>{huge}-{huge}-{huge}T99:99:99Z</updated></entry></feed>"),
        format!(
            "<ul><li>{huge}-{huge}-{huge}</li><li>{huge}年{huge}月{huge}日</li><li>[{huge}-{huge}]</li></ul>"
        ),
        format!("<script id=\"RENDER_DATA\" type=\"application/json\">%7B%22{huge}%ZZ%</script>"),
        "window._SSR_HYDRATED_DATA=".into(),
        "var msgList = '".into(),
        "var msgList = '\\".into(),
        "<rss><channel><item><pubDate>昨天 99:99</pubDate></item>".into(),
        "[".repeat(100_000),
        "{\"a\":".repeat(50_000),
        // html5ever's time grows with the square of the nesting depth (its
        // scope checks walk the open elements), so this stays moderate.
        "<div>".repeat(1_000),
        "<rss>".to_owned() + &"<item>".repeat(1_000),
        "<rss><channel>".to_owned() + &"<item><title>t</title></item>".repeat(5_000),
    ];
    // A large list page.
    let item = "<li><a href=\"/a\">清溪县召开县委常委会会议</a><span>2026-11-20</span></li>";
    bodies.push(format!("<ul>{}</ul>", item.repeat(2_000)));
    bodies
}

#[test]
fn no_reader_panics_on_hostile_input() {
    let mut bodies = hostile_bodies();
    // Every fixture cut at a few places, as a dropped connection leaves it.
    for dir in std::fs::read_dir(root()).unwrap().flatten().filter(|e| e.path().is_dir()) {
        for file in std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.path()) {
            if file.extension().is_some_and(|x| x == "expect") {
                continue;
            }
            let body = std::fs::read_to_string(&file).unwrap();
            for share in [1, 3, 5, 7, 9] {
                let mut cut = body.len() * share / 10;
                while !body.is_char_boundary(cut) {
                    cut -= 1;
                }
                bodies.push(body[..cut].to_owned());
            }
        }
    }
    let url = url::Url::parse("https://example.org/").unwrap();
    let far = [fetched_at(), NaiveDateTime::MIN, NaiveDateTime::MAX];
    for body in &bodies {
        let _ = detect(&url, body);
        // The far ends of time only for small bodies: they test dates, not size.
        let times = if body.len() < 20_000 { &far[..] } else { &far[..1] };
        for format in every_format() {
            for &at in times {
                let reading = read(&format, body, at);
                assert!(reading.state == ReadState::Read || reading.posts.is_empty());
                assert!(reading.posts.windows(2).all(|w| w[0].date >= w[1].date));
            }
        }
    }
}
