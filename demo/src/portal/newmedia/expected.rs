//! What an audit must find when it reads each account the portal lists:
//! where its posts can be read, in what shape, and the verdict.

use chrono::NaiveDate;

use crate::portal::ExpectedAccount;
use crate::portal::hosts::{WEIBO_M, url};

use super::{Account, Listing, Platform, accounts, wechat, weibo};

/// Inspection lines: no post within 14 days of the check is stale (a veto),
/// none within 90 a zombie account to close.
const STALE_AFTER_DAYS: i64 = 14;
const ZOMBIE_AFTER_DAYS: i64 = 90;

/// Every account as the portal lists it and what reading it must show.
pub(in crate::portal) fn expected(as_of: NaiveDate) -> Vec<ExpectedAccount> {
    accounts(as_of)
        .into_iter()
        .map(|a| {
            let newest = a.posts[0].at.date();
            let (posts_at, format) = source(&a);
            ExpectedAccount {
                name: a.name,
                platform: a.platform.label(),
                unit: a.unit,
                verdict: match a.listing {
                    Listing::QrOnly => "not-evaluated",
                    _ => verdict(a.platform, (as_of - newest).num_days()),
                },
                listed: a.url,
                posts_at,
                format,
                newest,
            }
        })
        .collect()
}

/// Where an account's posts can be read, and in what shape.
fn source(a: &Account) -> (String, &'static str) {
    match a.listing {
        Listing::Link => {}
        Listing::OnSite => return (a.url.clone(), "portal-mirror"),
        Listing::QrOnly => return (String::new(), "qr-code"),
    }
    match a.platform {
        Platform::Wechat if a.name == wechat::HISTORY_ACCOUNT => (wechat::history_url(), "wechat-history"),
        Platform::Wechat => (a.url.clone(), "wechat-article"),
        // weibo.com shows a crawler a login wall; the mobile API does not.
        Platform::Weibo => (url(WEIBO_M, &weibo::api_target(&a.id)), "weibo-json"),
        Platform::Douyin => (a.url.clone(), "challenge"),
        Platform::Toutiao => (a.url.clone(), "toutiao"),
        Platform::Rss => (a.url.clone(), "feed"),
    }
}

fn verdict(platform: Platform, age: i64) -> &'static str {
    if platform == Platform::Douyin {
        // The profile answers an anti-bot challenge: nothing to judge by.
        return "not-evaluated";
    }
    match age {
        a if a > ZOMBIE_AFTER_DAYS => "zombie",
        a if a > STALE_AFTER_DAYS => "stale",
        _ => "fresh",
    }
}
