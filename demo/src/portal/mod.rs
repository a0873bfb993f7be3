//! The sample county portal `govaudit demo` serves on 127.0.0.1 and audits:
//! 清溪县人民政府, a fictional county portal built the way real ones on
//! TRS / 大汉 / 政务云 CMSs are (TRS-style URLs and list pages, a GBK
//! 政务公开 section, identity marks in the footer, official new-media
//! accounts), a few hundred pages generated deterministically from the
//! audit date, with known defects planted so the demo shows govaudit
//! finding them and a test can hold it to that.
//!
//! Layout of this module: `catalog` is the content model every other file
//! reads; `news`, `docs`, `services` and `prose` write the articles;
//! `layout`, `home`, `columns`, `articles`, `pages`, `newmedia` and
//! `assets` render the routes (`newmedia` also the account pages on the
//! platforms, one file per platform); `hosts` serves the other sites the
//! portal links to; `leaders` the 领导信息 column and its leader list;
//! `defects` holds the planted link defects and `freshness` the planted
//! column states (stale, blank, due soon, exempt, a future date).

mod articles;
mod assets;
mod attached;
mod catalog;
mod columns;
mod defects;
pub mod dept;
mod docs;
mod freshness;
mod home;
mod hosts;
mod layout;
mod leaders;
mod legacy;
mod names;
mod newmedia;
mod news;
mod pages;
mod prose;
mod rng;
mod scripted;
mod services;
mod spec;
#[cfg(test)]
mod tests;

use chrono::NaiveDate;

use crate::serve::{Resource, Site};

use catalog::Catalog;

pub struct World {
    /// The county portal itself, served at http://127.0.0.1:PORT/.
    pub portal: Site,
    /// Other hosts the portal links to (e.g. "www.gov.cn", "www.sc.gov.cn", "mp.weixin.qq.com"),
    /// each served by its own local server; the crawler is told to resolve these names to it,
    /// so NOTHING in the demo ever reaches the internet.
    pub hosts: Vec<(String, Site)>,
    /// Host names the portal links to that must look dead (they will be resolved to a closed local port).
    pub dead_hosts: Vec<String>,
    /// Unit sites the demo audits after the portal (served among `hosts`),
    /// with the kind each is scored as.
    pub departments: Vec<(String, checks::score::SiteKind)>,
}

/// The portal and every host it links to, as of `as_of` (all dates on
/// the site are relative to it, so the demo looks the same any day).
pub fn world(as_of: NaiveDate) -> World {
    let cat = catalog(as_of);
    World {
        portal: portal(&cat),
        hosts: hosts::sites(as_of),
        dead_hosts: vec![hosts::DEAD_TOPIC_SITE.to_owned()],
        departments: dept::UNITS.iter().map(|u| (hosts::url(u.host, "/"), u.kind)).collect(),
    }
}

/// A defect planted on purpose; a test asserts govaudit reports each one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planted {
    /// e.g. "link.dead", "page.blocked"
    pub check: &'static str,
    /// Portal path where the finding is reported ("/", "/xxgk/zcwj/index.html"); None if not page-bound.
    pub page: Option<String>,
    /// Portal path ("/a/b.html") or absolute URL on a foreign host (`"http://www.old.gov.cn/x.html"`).
    pub target: String,
    /// One line, Chinese: what is wrong.
    pub why: &'static str,
}

/// Every defect [`world`] plants for the same `as_of`.
pub fn planted(as_of: NaiveDate) -> Vec<Planted> {
    let cat = catalog(as_of);
    let mut out = defects::planted(&cat);
    out.extend(scripted::planted(&cat));
    out
}

pub use attached::PlantedAttachment;

/// The attachments [`world`] plants with personal data, and where each
/// finding must point (issue 20 §3).
pub fn planted_attachments(as_of: NaiveDate) -> Vec<PlantedAttachment> {
    attached::planted(&catalog(as_of))
}

/// A fault a page check must report on one page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlantedIssue {
    /// e.g. "content.pii", "identity.missing"
    pub check: &'static str,
    /// Portal path of the page it is reported on.
    pub page: String,
    /// One line, Chinese: what is wrong.
    pub why: &'static str,
}

/// Every page-check fault [`world`] plants for `as_of`, sorted by check
/// and page.
pub fn planted_page_issues(as_of: NaiveDate) -> Vec<PlantedIssue> {
    defects::planted_page_issues(&catalog(as_of))
}

/// The leader list a county office keeps beside its config (`[content]
/// leaders`, one `name,title,since,until` line per title), which the demo
/// audits the portal's 领导信息 column against; dates are relative to
/// `as_of`. The people are fictional.
pub fn leader_list(as_of: NaiveDate) -> String {
    leaders::list(as_of)
}

/// The leader whose own page still shows the title they held before a
/// promotion (`content.leader-mismatch`, a serious error): the one finding
/// the leader list gives; every other leader agrees with it.
pub fn planted_leader_mismatch(_as_of: NaiveDate) -> PlantedIssue {
    let (page, _) = leaders::planted();
    PlantedIssue {
        check: "content.leader-mismatch",
        page,
        why: "领导详情页未随职务调整更新：仍写“副县长”，名单为“县委常委、常务副县长”",
    }
}

/// The rendered-only fault planted on the home page: the `<style>` rule
/// that sets the 政务服务 heading (`.service > h3`) in light grey, which
/// axe-core reports as `color-contrast` with `--render`.
pub const PLANTED_LOW_CONTRAST: &str = home::LOW_CONTRAST;

/// The prefix of the portal's closed historic topics, which the demo
/// declares exempt from freshness (`[freshness] exempt` in a config).
pub const EXEMPT_TOPICS: &str = "/zt/2019";

/// A column of the portal and the state an audit must find it in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlantedColumn {
    /// Portal path of the column's first list page as linked, e.g. "/xwzx/xzdt/index.html".
    pub url: String,
    /// The column's name (its `ColumnName` meta), e.g. "乡镇动态".
    pub name: &'static str,
    /// One of "stale", "blank", "due-soon", "fresh", "exempt". "exempt" holds
    /// when `/zt/2019` is declared exempt (the demo does); without that
    /// declaration the column is a stale news column.
    pub expect: &'static str,
}

/// Every column of the portal [`world`] serves for `as_of`, each once, in
/// URL order. Site maps, search pages, section front pages and the topic
/// index (`/zt/index.html`, a list of topics, not of dated items) are not
/// columns. Freshness is planted relative to `as_of`, so the list is the
/// same for every day; `as_of` is taken for symmetry with [`planted`].
pub fn planted_columns(_as_of: NaiveDate) -> Vec<PlantedColumn> {
    freshness::planted_columns()
}

/// Portal paths of the article pages [`world`] dates after `as_of`
/// (forged-date candidates, `content.future-date`).
pub fn planted_future_items(as_of: NaiveDate) -> Vec<String> {
    freshness::future_items(&catalog(as_of))
}

/// Portal path of the 县长信箱 letter answered late on purpose
/// (`interaction.slow-reply`): two weeks after it came.
pub fn planted_slow_reply(as_of: NaiveDate) -> Vec<String> {
    let cat = catalog(as_of);
    cat.column("xzxx")
        .filter(|a| a.draft.replied.is_some_and(|r| r - a.at > chrono::Duration::days(7)))
        .map(|a| a.path())
        .collect()
}

/// Portal paths of the 征集调查 consultations whose result is overdue
/// (`consultation.result-overdue`): notices no 意见采纳情况 answers whose
/// month after the end has passed by `as_of`.
pub fn planted_overdue_consultations(as_of: NaiveDate) -> Vec<String> {
    let cat = catalog(as_of);
    let subject = |title: &str| title.split(['《', '》']).nth(1).map(str::to_owned);
    let answered: Vec<String> = cat
        .column("zjdc")
        .filter(|a| a.title().contains("采纳情况"))
        .filter_map(|a| subject(a.title()))
        .collect();
    let mut out: Vec<String> = cat
        .column("zjdc")
        .filter(|a| a.title().starts_with("关于公开征求"))
        .filter(|a| subject(a.title()).is_some_and(|s| !answered.contains(&s)))
        .filter(|a| {
            let end = a.at.date() + chrono::Days::new(catalog::CONSULTATION_DAYS);
            end.checked_add_months(chrono::Months::new(1)).is_some_and(|due| due < as_of)
        })
        .map(|a| a.path())
        .collect();
    out.sort();
    out
}

/// The portal's policy documents (政策文件) of the year before `as_of`,
/// as `policy.*` must judge them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlantedPolicy {
    /// Documents, by portal path.
    pub documents: Vec<String>,
    /// Those without an interpretation (every third has none).
    pub without: Vec<String>,
    /// Those with a graphic interpretation (图解).
    pub diversified: Vec<String>,
    /// The one whose page does not link to its interpretation.
    pub one_way: Vec<String>,
}

pub fn planted_policy(as_of: NaiveDate) -> PlantedPolicy {
    let cat = catalog(as_of);
    let start = as_of.checked_sub_months(chrono::Months::new(12)).unwrap_or(as_of);
    let interps: Vec<&catalog::Article> = cat.column("zcjd").collect();
    let mut out = PlantedPolicy::default();
    for doc in cat.column("zcwj").filter(|a| (start..=as_of).contains(&a.at.date())) {
        let plan = docs::plan_name(doc.title());
        let path = doc.path();
        let interp = interps.iter().position(|j| docs::plan_name(j.title()) == plan);
        match interp {
            None => out.without.push(path.clone()),
            Some(n) => {
                if interps[n].title().starts_with("图解") {
                    out.diversified.push(path.clone());
                }
                if n == catalog::ONE_WAY_PAIR {
                    out.one_way.push(path.clone());
                }
            }
        }
        out.documents.push(path);
    }
    for list in [&mut out.documents, &mut out.without, &mut out.diversified, &mut out.one_way] {
        list.sort();
    }
    out
}

/// Portal paths of the outdated items shown as current
/// (`content.expired-notice`): a pinned recruitment notice whose sign-up
/// closed long ago.
pub fn planted_expired(as_of: NaiveDate) -> Vec<String> {
    freshness::expired_items(&catalog(as_of))
}

/// An official account the portal lists (政务新媒体) and what reading it
/// must show an audit run at `as_of`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedAccount {
    /// The account's name, the link text on the account list ("清溪发布").
    pub name: &'static str,
    /// The platform as the list writes it: "微信公众号", "新浪微博", "抖音",
    /// "今日头条", "RSS订阅".
    pub platform: &'static str,
    /// The unit running it ("中共清溪县委宣传部"), from the list's row.
    pub unit: &'static str,
    /// The link on `/zwxmt/index.html`: an absolute URL on the platform's
    /// host, or a portal path for the feed the portal serves ("/rss/qxrm.xml").
    pub listed: String,
    /// Where the posts can be read: `listed` itself, except 清溪发布's
    /// WeChat history page and Weibo's m.weibo.cn container API (weibo.com
    /// shows a crawler a login wall, which reads as "not evaluated").
    pub posts_at: String,
    /// What `posts_at` answers: "wechat-article", "wechat-history",
    /// "weibo-json", "toutiao", "feed", or "challenge" (Douyin's anti-bot page).
    pub format: &'static str,
    /// The day of the account's newest post (China time). A
    /// "not-evaluated" account has one too, but its page does not show it.
    pub newest: NaiveDate,
    /// What reading `posts_at` at `as_of` must conclude: "fresh", "stale"
    /// (no post within 14 days: a veto), "zombie" (none within 90 days) or
    /// "not-evaluated" (the page hides the posts).
    pub verdict: &'static str,
}

/// Every account [`world`] lists on `/zwxmt/index.html` for `as_of`, in the
/// list's order.
pub fn expected_accounts(as_of: NaiveDate) -> Vec<ExpectedAccount> {
    newmedia::expected(as_of)
}

/// 清溪发布's WeChat message history (`mp/profile_ext?action=home`), for a
/// demo config to list as the account's page.
pub use newmedia::wechat_history_url;

/// The catalog with everything planted, the same for the site and for
/// the planted lists.
fn catalog(as_of: NaiveDate) -> Catalog {
    Catalog::build(as_of, |cat| {
        defects::plant(cat);
        freshness::plant(cat);
        scripted::plant(cat);
    })
}

fn portal(cat: &Catalog) -> Site {
    let home = home::page(cat);
    let mut routes: Vec<(String, Resource)> = vec![("/".into(), home.clone()), ("/index.html".into(), home)];
    routes.extend(columns::routes(cat));
    routes.extend(articles::routes(cat));
    routes.extend(pages::routes());
    routes.extend(leaders::routes());
    routes.extend(newmedia::portal_pages(cat.as_of));
    routes.extend(assets::statics());
    routes.extend(defects::routes(cat.as_of));
    routes.extend(legacy::routes());
    let mut site = Site::default();
    for (target, resource) in routes {
        debug_assert!(site.get(&target).is_none(), "two routes for {target}");
        site.insert(&target, resource);
    }
    site.set_not_found(pages::not_found());
    site
}
