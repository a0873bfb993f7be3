//! The 领导信息 column: an index of cards (portrait, name, title) in the
//! 政务公开 section, each linking to the leader's own page with résumé and
//! duties, and the leader list a county office would keep beside its
//! config (`[content] leaders`), which the demo audits against.
//!
//! Planted (`content.leader-mismatch`): 张卫东 was promoted to
//! 县委常委、常务副县长 ten months before the audit day; the index card says
//! so, but his own page still gives his old title, 副县长. Everyone else
//! agrees with the list, and a former 副县长 who left two years ago is on
//! the list and rightly no longer on the site.

use chrono::{Days, NaiveDate};

use crate::serve::Resource;

use super::assets::image;
use super::layout::{Page, esc};
use super::names::LEADERS;
use super::spec::Section;

/// The index page, linked from the 政务公开 section front page.
pub(super) const INDEX: &str = "/xxgk/ldxx.html";

/// The leader whose own page was not updated after a promotion (an index
/// into [`LEADERS`]), and the title it still shows.
const PROMOTED: usize = 1;
const OLD_TITLE: &str = "副县长";
/// Days before the audit day the promotion took effect.
const PROMOTED_DAYS_AGO: u64 = 300;

/// Each leader's duties (工作分工), in [`LEADERS`]'s order.
const DUTIES: &[&str] = &[
    "主持县政府全面工作，负责审计方面工作。",
    "负责县政府常务工作，分管发展改革、财政、税务、统计、国有资产监管方面工作。",
    "分管教育、卫生健康、医疗保障、文化旅游、体育方面工作。",
    "分管农业农村、水利、林业、乡村振兴方面工作。",
    "分管住房城乡建设、交通运输、自然资源、生态环境方面工作。",
    "协助县长分管应急管理、市场监管、信访方面工作。",
];

/// Birth year and month, year of starting work, in [`LEADERS`]'s order.
const RESUMES: &[(u32, u32, u32)] =
    &[(1972, 5, 1994), (1975, 9, 1997), (1978, 3, 2000), (1974, 11, 1996), (1977, 7, 1999), (1976, 1, 1998)];

fn detail_path(n: usize) -> String {
    format!("/xxgk/ldxx/ld{}.html", n + 1)
}

fn portrait_path(n: usize) -> String {
    format!("/images/ld/ld{}.png", n + 1)
}

/// The index, the leaders' own pages and their portraits.
pub(super) fn routes() -> Vec<(String, Resource)> {
    let charset = Section::Open.charset();
    let sep = Section::Open.crumb_sep();
    let crumbs = |last: &str| {
        let mut c =
            vec![("首页".to_owned(), "/".to_owned()), ("政务公开".to_owned(), "/xxgk/index.html".to_owned())];
        if last != "领导信息" {
            c.push(("领导信息".to_owned(), INDEX.to_owned()));
        }
        c.push((last.to_owned(), String::new()));
        c
    };
    let metas = || vec![("ColumnName", "领导信息".to_owned()), ("ColumnType", "其他".to_owned())];
    let cards: String = LEADERS
        .iter()
        .enumerate()
        .map(|(n, (title, name))| {
            format!(
                "<li><a href=\"{}\"><img src=\"{}\" alt=\"{name}\" width=\"120\" height=\"160\"><p class=\"name\">{name}</p><p class=\"post\">{}</p></a></li>\n",
                detail_path(n),
                portrait_path(n),
                esc(title)
            )
        })
        .collect();
    let index = Page {
        title: "领导信息",
        charset,
        metas: metas(),
        crumbs: crumbs("领导信息"),
        sep,
        main: format!("<ul class=\"leaders\">\n{cards}</ul>"),
    };
    let mut out = vec![(INDEX.to_owned(), index.resource())];
    for (n, (title, name)) in LEADERS.iter().enumerate() {
        let shown = if n == PROMOTED { OLD_TITLE } else { title };
        let (born, month, work) = RESUMES.get(n).copied().unwrap_or((1975, 1, 1997));
        let duties = DUTIES.get(n).copied().unwrap_or("负责县政府交办的其他工作。");
        let main = format!(
            "<div class=\"leader\"><img src=\"{}\" alt=\"{name}\" width=\"180\" height=\"240\">\n<h2>{name}</h2>\n\
<p>职务：{}</p>\n<h3>个人简历</h3>\n<p>{born}年{month}月生，大学学历，{work}年参加工作。</p>\n\
<h3>工作分工</h3>\n<p>{}</p></div>",
            portrait_path(n),
            esc(shown),
            esc(duties)
        );
        let page = Page { title: name, charset, metas: metas(), crumbs: crumbs(name), sep, main };
        out.push((detail_path(n), page.resource()));
        out.push((portrait_path(n), image(&portrait_path(n))));
    }
    out
}

/// The leader list for an audit on `as_of`, in the `[content] leaders`
/// file format: the dates are relative to it, so the demo reads the same
/// any day.
pub fn list(as_of: NaiveDate) -> String {
    let ago = |days: u64| as_of.checked_sub_days(Days::new(days)).unwrap_or(as_of).to_string();
    let mut out = String::from(
        "# 清溪县（虚构）领导名单 — the fictional county's leader list\nname,title,since,until\n",
    );
    for (n, (title, name)) in LEADERS.iter().enumerate() {
        if n == PROMOTED {
            out.push_str(&format!("{name},{OLD_TITLE},{},{}\n", ago(1500), ago(PROMOTED_DAYS_AGO + 1)));
            out.push_str(&format!("{name},{title},{},\n", ago(PROMOTED_DAYS_AGO)));
        } else {
            out.push_str(&format!("{name},{title},{},\n", ago(1000 + 30 * n as u64)));
        }
    }
    // Left two years ago and rightly gone from the site.
    out.push_str(&format!("孙建华,副县长,{},{}\n", ago(2200), ago(730)));
    out
}

/// The page whose title disagrees with the list, and the leader.
pub fn planted() -> (String, &'static str) {
    (detail_path(PROMOTED), LEADERS[PROMOTED].1)
}
