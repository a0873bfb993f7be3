//! The accounts to audit: the config's roster, then every account the
//! portal's 政务新媒体 pages list that the roster does not already have
//! (by URL, or by name and platform: a roster entry that names an account's
//! history or mirror page stands in for the article the portal links).
//! Accounts the portal shows only as a QR code come last, with no address,
//! unless the roster gives one.

use super::facts::AccountSpec;
use crate::facts::crawl::SiteCrawl;

/// The roster first (it may say how to read an account), then the
/// accounts found on the site, each URL once.
pub fn merge(roster: &[AccountSpec], crawl: &SiteCrawl) -> Vec<AccountSpec> {
    let mut out: Vec<AccountSpec> = roster.to_vec();
    for page in &crawl.pages {
        let listed_on = &crawl.target(page.target).url;
        for found in &page.accounts {
            let url = found.url.to_string();
            if out.iter().any(|a| a.url == url || (a.name == found.name && a.platform == found.platform)) {
                continue;
            }
            out.push(AccountSpec {
                name: found.name.clone(),
                platform: found.platform,
                url,
                unit: found.unit.clone(),
                reader: None,
                listed_on: Some(listed_on.clone()),
            });
        }
    }
    for page in &crawl.pages {
        let listed_on = &crawl.target(page.target).url;
        for found in &page.unlinked_accounts {
            if out.iter().any(|a| a.name == found.name && a.platform == found.platform) {
                continue;
            }
            out.push(AccountSpec {
                name: found.name.clone(),
                platform: found.platform,
                url: String::new(),
                unit: found.unit.clone(),
                reader: None,
                listed_on: Some(listed_on.clone()),
            });
        }
    }
    out
}
