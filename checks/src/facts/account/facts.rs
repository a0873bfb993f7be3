//! The contract crawl → account checks: which accounts to look at, and
//! what their platforms answered.

use chrono::NaiveDateTime;

use super::platform::Platform;
use super::read::Format;
use crate::facts::crawl::NetError;

/// An official account to audit, from the config's roster or found on the
/// portal's 政务新媒体 page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountSpec {
    pub name: String,
    pub platform: Platform,
    /// The address listed (the profile, the latest article, the feed);
    /// empty for an account the portal shows only as a QR code.
    pub url: String,
    /// The unit that runs it (主办单位), when known.
    pub unit: Option<String>,
    /// How to read its page; `None`: guessed from the page itself.
    pub reader: Option<Format>,
    /// The page it was found on; `None` for an account from the config.
    pub listed_on: Option<String>,
}

/// One account and what its page answered.
#[derive(Clone, Debug)]
pub struct AccountFacts {
    pub spec: AccountSpec,
    /// The URL requested: the listed one, or where the platform keeps the
    /// posts (a Weibo profile's container API).
    pub requested: String,
    pub answer: AccountAnswer,
    /// Local time (the site's UTC offset) the answer arrived: relative
    /// dates ("3小时前") are read against it.
    pub fetched_at: NaiveDateTime,
}

/// What the platform answered.
#[derive(Clone, Debug)]
pub enum AccountAnswer {
    /// A final answer (after redirects) with its decoded body.
    Answered { status: u16, final_url: String, body: String },
    /// No answer: DNS, TLS, refused, reset, timeout, too many redirects.
    Failed(NetError),
    /// robots.txt disallows it: never requested.
    Disallowed,
    /// The run was interrupted before it was requested.
    NotRequested,
    /// The portal lists the account without an address (a QR code and a
    /// name only): there is nothing to request until one is configured.
    NoAddress,
}
