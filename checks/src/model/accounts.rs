//! One account's verdict from what its platform answered: read the page
//! with the account's reader (or the one its page shows it needs), then
//! judge the newest post against `as_of`.

use chrono::NaiveDate;
use url::Url;

use crate::Lang;
use crate::facts::account::facts::{AccountAnswer, AccountFacts};
use crate::facts::account::read::{self, ReadState, Reading};

/// Whether an account whose newest post is `latest` has been silent for
/// over 3 months by `as_of` (僵尸账号), counted by the calendar.
pub fn is_zombie(latest: NaiveDate, as_of: NaiveDate) -> bool {
    as_of.checked_sub_months(chrono::Months::new(3)).is_some_and(|limit| latest < limit)
}

/// What became of one account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Posted within the limit.
    Fresh { latest: NaiveDate },
    /// No post within the limit; `latest` is `None` when it shows none.
    Stale { latest: Option<NaiveDate>, age: Option<i64> },
    /// Its page could not be loaded, or the link is dead on the platform.
    Unreachable { why: String, evidence: String },
    /// Its page loaded but showed no posts to read (a login wall, an
    /// anti-bot challenge, robots.txt, a page no reader knows).
    NotEvaluated { why: String, evidence: String },
}

/// An account judged.
#[derive(Clone, Debug)]
pub struct Judged<'a> {
    pub facts: &'a AccountFacts,
    pub reading: Option<Reading>,
    pub verdict: Verdict,
}

impl Judged<'_> {
    /// The newest post the verdict rests on (posts after a pinned `as_of`
    /// do not count).
    pub fn latest(&self) -> Option<NaiveDate> {
        match &self.verdict {
            Verdict::Fresh { latest } => Some(*latest),
            Verdict::Stale { latest, .. } => *latest,
            _ => None,
        }
    }

    /// Judged on one article's date: the portal links an article, not the
    /// account, so the article may not be the newest.
    pub fn single_article(&self) -> bool {
        self.reading.as_ref().is_some_and(|r| r.posts.len() == 1)
            && self.facts.spec.platform == crate::facts::account::platform::Platform::Wechat
            && !self.facts.requested.contains("profile_ext")
    }

    /// The post the verdict's `latest` day rests on (the one whose year is
    /// surest when several share that day).
    pub fn latest_post(&self) -> Option<&read::Post> {
        let latest = self.latest()?;
        self.reading.as_ref()?.posts.iter().filter(|p| p.date == latest).min_by_key(|p| p.year)
    }

    /// The newest post's year was assumed (年份推定): the page wrote
    /// `11-28` and nothing gave the year, so the verdict needs a person.
    pub fn year_assumed(&self) -> bool {
        self.latest_post().is_some_and(|p| p.year == crate::facts::dates::YearSource::Assumed)
    }

    pub fn posts(&self) -> u64 {
        self.reading.as_ref().map_or(0, |r| r.posts.len() as u64)
    }
}

/// Judges `facts` against `as_of` with a freshness limit of `limit` days.
pub fn judge(facts: &AccountFacts, as_of: NaiveDate, limit: u32, lang: Lang) -> Judged<'_> {
    let (reading, verdict) = match &facts.answer {
        AccountAnswer::Failed(e) => (
            None,
            Verdict::Unreachable {
                why: crate::model::verdicts::describe_error(e.kind, lang),
                evidence: e.message.clone(),
            },
        ),
        AccountAnswer::Disallowed => (
            None,
            Verdict::NotEvaluated { why: lang.word("accounts-robots"), evidence: facts.requested.clone() },
        ),
        AccountAnswer::NotRequested => (
            None,
            Verdict::NotEvaluated {
                why: lang.word("accounts-not-requested"),
                evidence: facts.requested.clone(),
            },
        ),
        AccountAnswer::NoAddress => (
            None,
            Verdict::NotEvaluated {
                why: lang.word("accounts-no-address"),
                evidence: facts.spec.listed_on.clone().unwrap_or_default(),
            },
        ),
        AccountAnswer::Answered { status, body, .. } if *status >= 400 => {
            (None, error_answer(*status, body, lang))
        }
        AccountAnswer::Answered { final_url, body, .. } => {
            read_and_judge(facts, final_url, body, as_of, limit, lang)
        }
    };
    Judged { facts, reading, verdict }
}

/// An error answer: a platform's challenge, login wall or rate limit says
/// nothing about the account, so only a page that is gone (404, 410, or a
/// platform's "deleted" page) makes it unreachable.
fn error_answer(status: u16, body: &str, lang: Lang) -> Verdict {
    let challenge = crate::facts::html::challenge::detect(status, body).is_some();
    let screened = read::screen(body);
    let evidence = format!("HTTP {status}");
    if challenge
        || matches!(screened, ReadState::Challenge | ReadState::LoginWall)
        || matches!(status, 401 | 403 | 429 | 432 | 521)
    {
        let why = lang.word_with("accounts-refused", &[("status", status.into())]);
        return Verdict::NotEvaluated { why, evidence };
    }
    let why = lang.word_with("accounts-http-error", &[("status", status.into())]);
    Verdict::Unreachable { why, evidence }
}

fn read_and_judge(
    facts: &AccountFacts,
    final_url: &str,
    body: &str,
    as_of: NaiveDate,
    limit: u32,
    lang: Lang,
) -> (Option<Reading>, Verdict) {
    let format = facts
        .spec
        .reader
        .clone()
        .or_else(|| Url::parse(final_url).ok().and_then(|u| read::detect(&u, body)))
        .or_else(|| on_site_mirror(facts, final_url));
    let Some(format) = format else {
        // No reader knows the page, but it may be a wall or a challenge.
        let unreadable = |why: String| Verdict::NotEvaluated { why, evidence: final_url.to_owned() };
        match read::screen(body) {
            ReadState::Expired => {
                let why = lang.word("accounts-expired");
                return (None, Verdict::Unreachable { why, evidence: final_url.to_owned() });
            }
            ReadState::LoginWall => return (None, unreadable(lang.word("accounts-login-wall"))),
            ReadState::Challenge => return (None, unreadable(lang.word("accounts-challenge"))),
            _ => {}
        }
        return (None, unreadable(lang.word("accounts-unknown-format")));
    };
    // Relative and yearless dates ("3小时前", "11-24") are read against the
    // fetch time, or against as_of when the audit is pinned to an earlier
    // day, so that a pinned audit reads the same whenever it runs.
    let end_of_as_of = as_of.and_hms_opt(23, 59, 59).unwrap_or_default();
    let reference = facts.fetched_at.min(end_of_as_of);
    let reading = read::read(&format, body, reference);
    let not_evaluated = |why: String| Verdict::NotEvaluated { why, evidence: final_url.to_owned() };
    let verdict = match reading.state {
        ReadState::Read => freshness(&reading, as_of, limit),
        ReadState::Expired => {
            Verdict::Unreachable { why: lang.word("accounts-expired"), evidence: final_url.to_owned() }
        }
        ReadState::LoginWall => not_evaluated(lang.word("accounts-login-wall")),
        ReadState::Challenge => not_evaluated(lang.word("accounts-challenge")),
        ReadState::Unrecognized => not_evaluated(lang.word("accounts-no-dated-post")),
        // Not a wall: the account is there, its posts are on another page.
        ReadState::ProfileOnly => not_evaluated(lang.word("accounts-profile-only")),
    };
    (Some(reading), verdict)
}

/// The rule for an account page on the portal that lists it (the list
/// named its platform, the link stayed on the portal): such a page mirrors
/// the account's posts as a dated list, read like any column's list, so
/// the account is judged without a rule in the config.
fn on_site_mirror(facts: &AccountFacts, final_url: &str) -> Option<read::Format> {
    let host = |u: &str| Url::parse(u).ok().and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    let listed_on = facts.spec.listed_on.as_deref()?;
    (host(listed_on).is_some() && host(listed_on) == host(final_url)).then(|| {
        read::Format::Generic(read::GenericRule { selector: MIRROR_ITEMS.to_owned(), date_pattern: None })
    })
}

/// The elements of a portal's list that hold one post each.
const MIRROR_ITEMS: &str = "li, tr, dd";

fn freshness(reading: &Reading, as_of: NaiveDate, limit: u32) -> Verdict {
    // A date after as_of (a re-run of an old audit) counts as of as_of.
    let Some(latest) = reading.posts.iter().map(|p| p.date).filter(|d| *d <= as_of).max() else {
        let future = reading.posts.first().map(|p| p.date);
        return match future {
            Some(latest) => Verdict::Fresh { latest },
            None => Verdict::Stale { latest: None, age: None },
        };
    };
    let age = (as_of - latest).num_days();
    if age > i64::from(limit) {
        Verdict::Stale { latest: Some(latest), age: Some(age) }
    } else {
        Verdict::Fresh { latest }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::account::facts::AccountSpec;
    use crate::facts::account::platform::Platform;
    use crate::facts::account::read::Format;

    fn facts(body: &str, fetched_at: &str) -> AccountFacts {
        AccountFacts {
            spec: AccountSpec {
                name: "清溪融媒".into(),
                platform: Platform::Feed,
                url: "http://h/rss.xml".into(),
                unit: None,
                reader: Some(Format::Feed),
                listed_on: None,
            },
            requested: "http://h/rss.xml".into(),
            answer: AccountAnswer::Answered {
                status: 200,
                final_url: "http://h/rss.xml".into(),
                body: body.into(),
            },
            fetched_at: chrono::NaiveDateTime::parse_from_str(fetched_at, "%Y-%m-%d %H:%M").unwrap(),
        }
    }

    fn feed(days: &[&str]) -> String {
        let items: String =
            days.iter().map(|d| format!("<item><title>t</title><pubDate>{d}</pubDate></item>")).collect();
        format!("<rss version=\"2.0\"><channel><title>清溪融媒</title>{items}</channel></rss>")
    }

    fn verdict(days: &[&str], as_of: &str) -> Verdict {
        let as_of = NaiveDate::parse_from_str(as_of, "%Y-%m-%d").unwrap();
        judge(&facts(&feed(days), "2026-11-26 10:00"), as_of, 14, Lang::Zh).verdict
    }

    #[test]
    fn the_newest_posts_assumed_year_is_known() {
        let judged_on = |body: String| {
            let mut f = facts(&body, "2026-12-01 10:00");
            f.spec.platform = Platform::Weibo;
            f.spec.reader = Some(Format::WeiboJson);
            let as_of = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
            let judged = judge(&f, as_of, 14, Lang::Zh);
            (judged.latest().map(|d| d.to_string()), judged.year_assumed())
        };
        let card = |created: &str, id: &str| {
            format!(
                r#"{{"card_type":9,"mblog":{{"created_at":"{created}","id":"{id}","text":"t","isTop":0}}}}"#
            )
        };
        let timeline = |cards: &[String]| format!(r#"{{"ok":1,"data":{{"cards":[{}]}}}}"#, cards.join(","));
        assert_eq!(judged_on(timeline(&[card("11-28", "1001")])), (Some("2026-11-28".into()), true));
        // A dated post of the same day settles it; an older assumed one
        // is not what the verdict rests on.
        assert_eq!(
            judged_on(timeline(&[card("11-20", "1001"), card("2026-11-28", "1002")])),
            (Some("2026-11-28".into()), false)
        );
    }

    #[test]
    fn fourteen_days_is_fresh_fifteen_is_stale() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            verdict(&["2026-11-12 09:00:00"], "2026-11-26"),
            Verdict::Fresh { latest: day("2026-11-12") }
        );
        assert_eq!(
            verdict(&["2026-11-11 09:00:00"], "2026-11-26"),
            Verdict::Stale { latest: Some(day("2026-11-11")), age: Some(15) }
        );
        // No post at all is stale too.
        assert_eq!(verdict(&[], "2026-11-26"), Verdict::Stale { latest: None, age: None });
        // A re-run pinned to an earlier day ignores posts after it.
        assert_eq!(
            verdict(&["2026-11-25 09:00:00", "2026-10-01 09:00:00"], "2026-10-20"),
            Verdict::Stale { latest: Some(day("2026-10-01")), age: Some(19) }
        );
    }

    #[test]
    fn an_on_site_page_is_read_as_a_dated_list_only_on_the_listing_portal() {
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let page = "<html><head><title>健康清溪</title></head><body><ul><li><a href=\"/\">首页</a></li></ul>\
<ul class=\"list\"><li><span>健康科普进乡村</span><span>2026-10-16</span></li>\
<li><span>义诊活动</span><span>2026-10-10</span></li></ul></body></html>";
        let mut on_site = facts(page, "2026-11-26 10:00");
        on_site.spec.reader = None;
        on_site.spec.listed_on = Some("http://www.qingxi.gov.cn/zwxmt/index.html".into());
        on_site.answer = AccountAnswer::Answered {
            status: 200,
            final_url: "http://www.qingxi.gov.cn/zwxmt/jkqx/index.html".into(),
            body: page.into(),
        };
        let judged = judge(&on_site, as_of, 14, Lang::Zh);
        assert_eq!(
            judged.verdict,
            Verdict::Stale { latest: NaiveDate::from_ymd_opt(2026, 10, 16), age: Some(41) }
        );
        // The same page on another host needs a rule.
        on_site.spec.listed_on = Some("http://www.other.gov.cn/zwxmt/index.html".into());
        assert!(matches!(judge(&on_site, as_of, 14, Lang::Zh).verdict, Verdict::NotEvaluated { .. }));
    }

    #[test]
    fn an_account_without_an_address_is_not_checkable() {
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut qr = facts("", "2026-11-26 10:00");
        qr.answer = AccountAnswer::NoAddress;
        let Verdict::NotEvaluated { why, .. } = judge(&qr, as_of, 14, Lang::En).verdict else { panic!() };
        assert!(why.contains("[[accounts]]"), "{why}");
    }

    #[test]
    fn failures_and_walls_are_not_staleness() {
        let as_of = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut gone = facts("", "2026-11-26 10:00");
        gone.answer =
            AccountAnswer::Answered { status: 404, final_url: "http://h/x".into(), body: String::new() };
        assert!(matches!(judge(&gone, as_of, 14, Lang::Zh).verdict, Verdict::Unreachable { .. }));
        let mut disallowed = facts("", "2026-11-26 10:00");
        disallowed.answer = AccountAnswer::Disallowed;
        assert!(matches!(judge(&disallowed, as_of, 14, Lang::Zh).verdict, Verdict::NotEvaluated { .. }));
        let mut challenge = facts(
            "<html><head><script>var __ac_nonce='0676b';</script></head><body></body></html>",
            "2026-11-26 10:00",
        );
        challenge.spec.reader = None;
        assert!(matches!(judge(&challenge, as_of, 14, Lang::Zh).verdict, Verdict::NotEvaluated { .. }));
    }
}
