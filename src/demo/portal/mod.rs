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
//! `assets` render the routes; `hosts` serves the other sites the portal
//! links to; `defects` holds everything planted.

mod articles;
mod assets;
mod catalog;
mod columns;
mod defects;
mod docs;
mod home;
mod hosts;
mod layout;
mod names;
mod newmedia;
mod news;
mod pages;
mod prose;
mod rng;
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
}

/// The portal and every host it links to, as of `as_of` (all dates on
/// the site are relative to it, so the demo looks the same any day).
pub fn world(as_of: NaiveDate) -> World {
    let cat = Catalog::build(as_of, defects::plant);
    World {
        portal: portal(&cat),
        hosts: hosts::sites(as_of),
        dead_hosts: vec![hosts::DEAD_TOPIC_SITE.to_owned()],
    }
}

/// A defect planted on purpose; a test asserts govaudit reports each one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planted {
    /// e.g. "link.dead", "page.blocked"
    pub check: &'static str,
    /// Portal path where the finding is reported ("/", "/xxgk/zcwj/index.html"); None if not page-bound.
    pub page: Option<String>,
    /// Portal path ("/a/b.html") or absolute URL on a foreign host ("http://www.old.gov.cn/x.html").
    pub target: String,
    /// One line, Chinese: what is wrong.
    pub why: &'static str,
}

/// Every defect [`world`] plants for the same `as_of`.
pub fn planted(as_of: NaiveDate) -> Vec<Planted> {
    defects::planted(&Catalog::build(as_of, defects::plant))
}

fn portal(cat: &Catalog) -> Site {
    let home = home::page(cat);
    let mut routes: Vec<(String, Resource)> = vec![("/".into(), home.clone()), ("/index.html".into(), home)];
    routes.extend(columns::routes(cat));
    routes.extend(articles::routes(cat));
    routes.extend(pages::routes());
    routes.extend(newmedia::portal_pages(cat.as_of));
    routes.extend(assets::statics());
    routes.extend(defects::routes(cat.as_of));
    let mut site = Site::default();
    for (target, resource) in routes {
        debug_assert!(site.get(&target).is_none(), "two routes for {target}");
        site.insert(&target, resource);
    }
    site.set_not_found(pages::not_found());
    site
}
