//! Weibo's mobile API: `m.weibo.cn/api/container/getIndex?…&containerid=107603<uid>`,
//! the JSON behind an account's timeline on m.weibo.cn.
//!
//! What real answers look like: `{"ok":1,"data":{"cardlistInfo":{…},
//! "cards":[{"card_type":9,"mblog":{"created_at":…,"text":…,"user":{"screen_name":…}}}]}}`;
//! some cards nest their posts in `card_group`. `created_at` is written the
//! way the timeline shows it: `刚刚`, `15分钟前`, `3小时前`, `昨天 18:30`,
//! `今天 08:00`, `11-24` this year, `2025-11-24` before; older API versions
//! and weibo.com's own `ajax/statuses/mymblog` (`data.list`, also read here)
//! write `Tue Nov 24 18:30:00 +0800 2026`. `text` is HTML, with a `全文`
//! link when the post is cut.
//!
//! A pinned post (`isTop: 1`, `mblogtype: 2`, or a `置顶` label) stays at
//! the top whatever its age; inspectors judge freshness by the newest post
//! that is not pinned, so pinned ones are left out of the posts.
//!
//! `{"ok":0,…}` answers (rate limits, "这里还没有内容") say nothing about
//! the account; `{"ok":-100,"url":"https://passport.weibo.cn/…"}` is a
//! login wall; closed accounts say `用户不存在` or `该账号已注销`.
//!
//! Other answers a listed Weibo link gets: one post (`statuses/show`,
//! whose `data` is the post itself; weibo.com's `ajax/statuses/show`,
//! the post at the top level), read as that post; a profile without posts
//! (`data.userInfo`, no cards: the container asked for was the profile's,
//! not its timeline), which is not a login wall ([`ReadState::ProfileOnly`],
//! and [`timeline_url`] names the timeline to ask for); and HTML post pages
//! ([`super::weibo_html`]).
//!
//! A post's id carries its time: `(id >> 22) + 515483463` is the unix
//! second it was posted. The timeline writes this year's posts without a
//! year (`06-14`), so where the id agrees with the written day, the id's
//! year is taken rather than guessed.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde_json::Value;
use url::Url;

use super::text::{non_empty, plain, shorten};
use super::{Found, Post, ReadState, walls, weibo_html, when};
use crate::facts::dates::YearSource;

/// Weibo's epoch, in unix seconds, for the time in a post's id.
const ID_EPOCH: i64 = 515_483_463;

/// Where a timeline container's id starts: `107603<uid>`.
const TIMELINE_CONTAINER: &str = "107603";

pub(super) fn read(body: &str, fetched_at: NaiveDateTime) -> Found {
    let Ok(answer) = serde_json::from_str::<Value>(body.trim()) else {
        return weibo_html::read(body, fetched_at);
    };
    if let Some(post) = single_post(&answer) {
        let name = post.pointer("/user/screen_name").and_then(Value::as_str).and_then(non_empty);
        return match date_of(post, fetched_at) {
            Some((date, year)) => Found::read(name, vec![Post { date, title: title(post), year }]),
            None => Found::nothing(walls::screen(body), name),
        };
    }
    let data = answer.get("data");
    if answer.get("ok").and_then(Value::as_i64) == Some(1) && is_profile_only(data) {
        let name = data.and_then(|d| d.pointer("/userInfo/screen_name")).and_then(Value::as_str);
        return Found::nothing(ReadState::ProfileOnly, name.and_then(non_empty));
    }
    let cards = data.and_then(|d| d.get("cards").or_else(|| d.get("list"))).and_then(Value::as_array);
    let (Some(1), Some(cards)) = (answer.get("ok").and_then(Value::as_i64), cards) else {
        return Found::nothing(walls::screen(body), None);
    };
    let mblogs: Vec<&Value> = cards.iter().flat_map(mblogs_of).collect();
    let name = data
        .and_then(|d| d.pointer("/userInfo/screen_name"))
        .or_else(|| mblogs.iter().find_map(|m| m.pointer("/user/screen_name")))
        .and_then(Value::as_str)
        .and_then(non_empty);
    let shown: Vec<&Value> = mblogs.into_iter().filter(|m| !pinned(m)).collect();
    let posts: Vec<Post> = shown
        .iter()
        .filter_map(|m| {
            let (date, year) = date_of(m, fetched_at)?;
            Some(Post { date, title: title(m), year })
        })
        .collect();
    if posts.is_empty() && !shown.is_empty() {
        // Posts without a date we can read: not a shape we know.
        return Found::nothing(walls::screen(body), name);
    }
    Found::read(name, posts)
}

/// The post an answer is, when it is one post: `data` is a post
/// (m.weibo.cn `statuses/show`), or the answer itself is
/// (weibo.com `ajax/statuses/show`).
fn single_post(answer: &Value) -> Option<&Value> {
    let is_post = |v: &Value| {
        v.get("created_at").is_some_and(Value::is_string)
            && (v.get("text").is_some() || v.get("text_raw").is_some())
            && v.get("cards").is_none()
    };
    match answer.get("data") {
        Some(data) if is_post(data) => Some(data),
        Some(_) => None,
        None => is_post(answer).then_some(answer),
    }
}

/// A profile answer: the user, no cards and no list of posts.
fn is_profile_only(data: Option<&Value>) -> bool {
    let Some(data) = data else { return false };
    let has_posts = data.get("cards").and_then(Value::as_array).is_some_and(|c| !c.is_empty())
        || data.get("list").and_then(Value::as_array).is_some_and(|l| !l.is_empty());
    data.get("userInfo").is_some() && !has_posts
}

/// For a profile-only answer, the timeline container it names (its
/// `tabsInfo` weibo tab, else `107603<uid>`), at the same API: the one
/// more request that reads the account's posts. `None` for any other
/// answer.
pub fn timeline_url(answered_at: &Url, body: &str) -> Option<Url> {
    let answer = serde_json::from_str::<Value>(body.trim()).ok()?;
    let data = answer.get("data");
    if answer.get("ok").and_then(Value::as_i64) != Some(1) || !is_profile_only(data) {
        return None;
    }
    let data = data?;
    let named = data.pointer("/tabsInfo/tabs").and_then(Value::as_array).and_then(|tabs| {
        tabs.iter()
            .filter_map(|t| t.get("containerid").and_then(Value::as_str))
            .find(|c| c.starts_with(TIMELINE_CONTAINER))
            .map(str::to_owned)
    });
    let uid = data.pointer("/userInfo/id").and_then(|v| match v {
        Value::Number(n) => n.as_u64().map(|n| n.to_string()),
        Value::String(s) => Some(s.clone()),
        _ => None,
    });
    let container = named.or_else(|| uid.as_ref().map(|u| format!("{TIMELINE_CONTAINER}{u}")))?;
    if !container.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut next = answered_at.join("/api/container/getIndex").ok()?;
    next.set_query(Some(&format!("containerid={container}")));
    // Asked already: following it again would loop.
    (next != *answered_at).then_some(next)
}

/// The day of a post: its `created_at`, whose missing year the post's id
/// gives when the id agrees with the written month and day; else the year
/// is assumed (年份推定).
fn date_of(mblog: &Value, fetched_at: NaiveDateTime) -> Option<(NaiveDate, YearSource)> {
    let written = mblog.get("created_at")?.as_str()?;
    let (date, year) = when::written_with_year(written, fetched_at)?;
    if year != YearSource::Assumed {
        return Some((date, year));
    }
    // An id that disagrees with the written day, or is in the future, is
    // not a time-ordered post id (mirrors and test data renumber them).
    match id_date(mblog) {
        Some(by_id)
            if (by_id.month(), by_id.day()) == (date.month(), date.day())
                && by_id <= fetched_at.date().succ_opt().unwrap_or(by_id) =>
        {
            Some((by_id, YearSource::Text))
        }
        _ => Some((date, YearSource::Assumed)),
    }
}

/// The day a post's id says it was posted, in China time.
fn id_date(mblog: &Value) -> Option<NaiveDate> {
    let id = ["id", "mid", "idstr"].iter().find_map(|k| match mblog.get(*k)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    })?;
    if id <= 0 {
        return None;
    }
    when::unix((id >> 22).checked_add(ID_EPOCH)?)
}

/// The posts of one card: its own `mblog`, those of its `card_group`, or
/// the card itself when it is a post (`data.list` answers).
fn mblogs_of(card: &Value) -> Vec<&Value> {
    if let Some(m) = card.get("mblog") {
        return vec![m];
    }
    if let Some(group) = card.get("card_group").and_then(Value::as_array) {
        return group.iter().filter_map(|c| c.get("mblog")).collect();
    }
    if card.get("created_at").is_some() {
        return vec![card];
    }
    Vec::new()
}

fn pinned(mblog: &Value) -> bool {
    let one = |v: &Value| v.as_i64() == Some(1) || v.as_bool() == Some(true) || v.as_str() == Some("1");
    mblog.get("isTop").is_some_and(one)
        || mblog.get("mblogtype").and_then(Value::as_i64) == Some(2)
        || mblog.pointer("/title/text").and_then(Value::as_str) == Some("置顶")
}

/// The post's text, plain and short; a repost's own text may be empty or
/// just `转发微博`, then the reposted text says what it is about.
pub(super) fn title(mblog: &Value) -> Option<String> {
    let text_of = |m: &Value| {
        let raw = m.get("text").or_else(|| m.get("text_raw"))?.as_str()?;
        let text = plain(raw);
        non_empty(text.strip_suffix("全文").unwrap_or(&text).trim_end_matches(['.', '…', ' ']))
    };
    let own = text_of(mblog).filter(|t| t != "转发微博" && t != "Repost");
    own.or_else(|| mblog.get("retweeted_status").and_then(text_of)).map(|t| shorten(&t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn a_profile_answer_names_its_timeline() {
        let profile = r#"{"ok":1,"data":{"userInfo":{"id":5612345678,"screen_name":"清溪发布"},
"tabsInfo":{"tabs":[{"tabKey":"profile","containerid":"2302835612345678"},{"tabKey":"weibo","containerid":"1076035612345678"}]}}}"#;
        let at = url("http://m.weibo.cn/api/container/getIndex?type=uid&value=5612345678");
        assert_eq!(
            timeline_url(&at, profile).unwrap().as_str(),
            "http://m.weibo.cn/api/container/getIndex?containerid=1076035612345678"
        );
        // Without tabs, the uid's timeline.
        let bare = r#"{"ok":1,"data":{"userInfo":{"id":"42","screen_name":"清溪发布"}}}"#;
        assert!(timeline_url(&at, bare).unwrap().as_str().ends_with("containerid=10760342"));
        // A timeline, a wall, or the timeline itself answering with no
        // posts: nothing to follow.
        let timeline = r#"{"ok":1,"data":{"cards":[{"mblog":{"created_at":"11-20","text":"t"}}]}}"#;
        assert_eq!(timeline_url(&at, timeline), None);
        assert_eq!(timeline_url(&at, r#"{"ok":-100,"url":"https://passport.weibo.cn/signin"}"#), None);
        let asked = url("http://m.weibo.cn/api/container/getIndex?containerid=10760342");
        assert_eq!(timeline_url(&asked, bare), None);
        let odd = r#"{"ok":1,"data":{"userInfo":{"id":"1&x=2"}}}"#;
        assert_eq!(timeline_url(&at, odd), None);
    }

    #[test]
    fn the_id_gives_a_yearless_date_its_year() {
        let fetched = NaiveDateTime::parse_from_str("2026-11-26 10:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
        // 2025-06-14 09:30 in China, as Weibo numbers it.
        let id = (1_749_864_600_i64 - ID_EPOCH) << 22;
        let post = serde_json::json!({"created_at": "06-14", "id": id.to_string()});
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(date_of(&post, fetched), Some((day(2025, 6, 14), YearSource::Text)));
        // A full date is taken as written.
        let full = serde_json::json!({"created_at": "2024-06-14", "id": id});
        assert_eq!(date_of(&full, fetched), Some((day(2024, 6, 14), YearSource::Text)));
        // An id that is not a time, or disagrees with the day: the year is
        // assumed, and says so.
        let small = serde_json::json!({"created_at": "06-14", "id": 12345});
        assert_eq!(date_of(&small, fetched), Some((day(2026, 6, 14), YearSource::Assumed)));
        let other_day = serde_json::json!({"created_at": "06-15", "id": id});
        assert_eq!(date_of(&other_day, fetched), Some((day(2026, 6, 15), YearSource::Assumed)));
        // Relative forms carry their year.
        let relative = serde_json::json!({"created_at": "3小时前", "id": 12345});
        assert_eq!(date_of(&relative, fetched), Some((day(2026, 11, 26), YearSource::Text)));
    }
}
