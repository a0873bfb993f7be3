//! A WeChat official-account article (`mp.weixin.qq.com/s/…` or
//! `/s?__biz=…&mid=…`): one post, the article itself.
//!
//! What real pages look like: the visible date `<em id="publish_time">` is
//! empty in the HTML and filled in by script, so the date comes from the
//! script variables: `var ct = "1700000000";` (unix seconds; also written
//! `ct = '…' * 1`, `d.ct = …`, `"ct":"…"`), `var create_time = "…" * 1;`,
//! `var createTime = '2026-11-20 18:30';`; older and mirrored pages write the
//! date into the `em` (`2026-11-20 18:30` or `2026年11月20日 18:30`). The
//! account's name is in `var nickname = htmlDecode("清溪发布");` and in
//! `#js_name` / `.profile_nickname`; the title in `og:title`,
//! `var msg_title = '…'.html(false);` and `#activity-name`: the 2022 layout
//! leaves `<title>` empty, so it comes last.
//!
//! Deleted and banned articles, expired temporary links and the "open in
//! WeChat" wall are small pages without any of this; [`super::walls`] names
//! them.

use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveDateTime};
use regex::Regex;
use scraper::{Html, Selector};

use super::text::{html_unescape, js_unescape, non_empty};
use super::{Found, Post, walls, when};
use crate::facts::dates::YearSource;
use crate::facts::html::attr::Attr;

pub(super) fn read(body: &str, fetched_at: NaiveDateTime) -> Found {
    let doc = Html::parse_document(body);
    let name = name(body, &doc);
    match date(body, &doc, fetched_at) {
        Some((date, year)) => Found::read(name, vec![Post { date, title: title(body, &doc), year }]),
        None => Found::nothing(walls::screen_parsed(body, &doc), name),
    }
}

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// The article's day: the unix time the scripts carry, else a written date.
fn date(body: &str, doc: &Html, fetched_at: NaiveDateTime) -> Option<(NaiveDate, YearSource)> {
    // `ct` is the article's own time; `create_time` comes second because
    // other objects on the page (comments, related articles) have one too.
    static CT: LazyLock<Regex> = LazyLock::new(|| regex(r#"(?:\bct|"ct")\s*[:=]\s*["']?([0-9]{1,20})\b"#));
    static CREATE: LazyLock<Regex> =
        LazyLock::new(|| regex(r#"(?:\bcreate_time|"create_time")\s*[:=]\s*["']?([0-9]{1,20})\b"#));
    static WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
        regex(
            r#"\b(?:createTime|create_time|publish_time)\s*[:=]\s*(?:JsDecode\()?\s*["']([^"'\n]{6,40})["']"#,
        )
    });
    static EM: LazyLock<Selector> = LazyLock::new(|| {
        Selector::parse("#publish_time, .publish_time, #post-date").expect("valid selector")
    });
    let unix = |re: &Regex| {
        re.captures_iter(body).filter_map(|c| c.get(1)?.as_str().parse().ok()).find_map(when::unix)
    };
    let from_unix = unix(&CT).or_else(|| unix(&CREATE)).map(|date| (date, YearSource::Text));
    from_unix
        .or_else(|| {
            WRITTEN
                .captures_iter(body)
                .find_map(|c| when::written_with_year(&js_unescape(c.get(1)?.as_str()), fetched_at))
        })
        .or_else(|| {
            doc.select(&EM).find_map(|em| when::written_with_year(&em.text().collect::<String>(), fetched_at))
        })
}

pub(super) fn name(body: &str, doc: &Html) -> Option<String> {
    static VAR: LazyLock<Regex> = LazyLock::new(|| {
        regex(
            r#"\b(?:nickname|nick_name)\s*[:=]\s*(?:htmlDecode\(|JsDecode\()?\s*(?:"([^"\n]*)"|'([^'\n]*)')"#,
        )
    });
    static SHOWN: LazyLock<Selector> = LazyLock::new(|| {
        Selector::parse("#js_name, .profile_nickname, #js_profile_qrcode .profile_nickname")
            .expect("valid selector")
    });
    VAR.captures_iter(body)
        .find_map(|c| {
            let raw = c.get(1).or(c.get(2))?.as_str();
            non_empty(&html_unescape(&js_unescape(raw)))
        })
        .or_else(|| doc.select(&SHOWN).find_map(|e| non_empty(&e.text().collect::<String>())))
}

fn title(body: &str, doc: &Html) -> Option<String> {
    static OG: LazyLock<Selector> = LazyLock::new(|| {
        Selector::parse(r#"meta[property="og:title"], meta[property="twitter:title"]"#)
            .expect("valid selector")
    });
    static VAR: LazyLock<Regex> = LazyLock::new(|| regex(r#"\bmsg_title\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')"#));
    static SHOWN: LazyLock<Selector> = LazyLock::new(|| {
        Selector::parse("#activity-name, .rich_media_title, title").expect("valid selector")
    });
    doc.select(&OG)
        .find_map(|m| non_empty(m.value().attr_of("content")?))
        .or_else(|| {
            VAR.captures_iter(body).find_map(|c| {
                let raw = c.get(1).or(c.get(2))?.as_str();
                non_empty(&html_unescape(&js_unescape(raw)))
            })
        })
        .or_else(|| doc.select(&SHOWN).find_map(|e| non_empty(&e.text().collect::<String>())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posts(body: &str) -> Vec<Post> {
        let fetched = NaiveDateTime::parse_from_str("2026-12-01 10:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
        read(body, fetched).posts
    }

    #[test]
    fn a_yearless_publish_time_says_its_year_was_assumed() {
        let yearless = posts(r#"<h1 id="activity-name">通知</h1><em id="publish_time">11月28日</em>"#);
        assert_eq!(
            yearless.iter().map(|p| (p.date.to_string(), p.year)).collect::<Vec<_>>(),
            [("2026-11-28".to_owned(), YearSource::Assumed)]
        );
        let dated = posts(r#"<h1 id="activity-name">通知</h1><em id="publish_time">2025年11月28日</em>"#);
        assert_eq!(dated[0].year, YearSource::Text);
        // `ct` is the article's own time, year and all.
        let ct = posts(r#"<script>var ct = "1764300000";</script><em id="publish_time">11月28日</em>"#);
        assert_eq!(ct[0].year, YearSource::Text);
    }
}
