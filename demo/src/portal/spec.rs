//! The portal's column tree (栏目): its four sections and the topic
//! area, every column with its URL, list markup, generator, freshness and
//! the state an audit must find it in. Freshness is set here on purpose,
//! column by column, so the audit has stale, blank, due-soon and exempt
//! columns to find as well as healthy ones.

/// The portal's sections; each has its own encoding and breadcrumb style,
/// as sections built by different vendors over the years do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Section {
    /// 新闻动态 (UTF-8, `<meta charset>`).
    News,
    /// 政务公开 (GBK, charset only in `<meta http-equiv>`).
    Open,
    /// 政务服务 (UTF-8, `<meta http-equiv>`).
    Service,
    /// 互动交流 (UTF-8, charset only in the HTTP header).
    Interact,
    /// 专题专栏 (UTF-8, `<meta charset>`): topic columns under `/zt/`,
    /// whose front page is the fixed topic index of `pages`.
    Topic,
}

impl Section {
    pub fn dir(self) -> &'static str {
        match self {
            Section::News => "/xwzx",
            Section::Open => "/xxgk",
            Section::Service => "/zwfw",
            Section::Interact => "/hdjl",
            Section::Topic => "/zt",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Section::News => "新闻动态",
            Section::Open => "政务公开",
            Section::Service => "政务服务",
            Section::Interact => "互动交流",
            Section::Topic => "专题专栏",
        }
    }
}

/// How a column's list page writes its items: the markup styles real
/// county CMSs use, so date extraction meets each of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    /// `<li><a …>title</a><span>2026-11-20</span></li>`
    Span,
    /// `<li><span>[11-20]</span><a …>title</a></li>`, no year.
    Bracket,
    /// `<li><a …>title</a><em>2026年11月20日</em></li>`
    CnDate,
    /// A table: 索引号 / 标题 / 发布日期 / 文号.
    PolicyTable,
    /// Thumbnails with a caption and a date.
    Pictures,
    /// A table: 标题 / 留言时间 / 答复时间 / 状态.
    Letters,
    /// `<li><a …>title</a></li>`: titles only, no dates at all; the
    /// articles carry their dates on their own pages.
    Titles,
    /// A 大汉 (Hanweb) `jpage` list: the first page's records embedded in a
    /// `<datastore>` script, the older ones behind `dataproxy.jsp`.
    Hanweb,
    /// Like `Span`, but the older pages are linked only by TRS's
    /// `createPageHTML(…)` script.
    TrsScript,
    /// An empty `<ul>` a script fills from `list.json`.
    JsonFed,
}

/// Which generator writes a column's articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Work,
    Town,
    Dept,
    Photo,
    /// 招商动态: investment promotion news.
    Invest,
    /// 2019 脱贫攻坚 topic news.
    Poverty,
    Notice,
    Policy,
    /// Dated and titled after the policies they explain.
    Interp,
    Personnel,
    Planning,
    Budget,
    Project,
    Publicity,
    /// 土地征收 notices.
    Land,
    /// One per year, published in January.
    Report,
    Guide,
    Form,
    Letter,
    Survey,
}

pub(super) struct ColumnSpec {
    pub section: Section,
    pub slug: &'static str,
    pub name: &'static str,
    /// `<meta name="ColumnType">`.
    pub column_type: &'static str,
    pub kind: Kind,
    pub style: Style,
    pub fill: Fill,
    pub per_page: usize,
    /// What an audit must find the column to be.
    pub expect: Expect,
}

/// The state a column is planted in, as `planted_columns` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Expect {
    /// Within its category's limit and not about to pass it (or no limit).
    Fresh,
    /// Newest item older than its category's limit.
    Stale,
    /// Never had an item; the list says 暂无信息.
    Blank,
    /// Within its limit but passing it inside the warning window
    /// (3 days for news, 30 for the others).
    DueSoon,
    /// Would be stale, but the demo declares it exempt (a closed topic).
    Exempt,
}

impl Expect {
    pub fn as_str(self) -> &'static str {
        match self {
            Expect::Fresh => "fresh",
            Expect::Stale => "stale",
            Expect::Blank => "blank",
            Expect::DueSoon => "due-soon",
            Expect::Exempt => "exempt",
        }
    }
}

/// How many items a column holds and how fresh they are.
pub(super) struct Fill {
    pub items: usize,
    /// Age in days of the newest item.
    pub newest_age: u64,
    /// Days between consecutive items (inclusive range).
    pub gap: (i64, i64),
    /// (year, month, day) of the newest item, for a closed column whose
    /// items sit on fixed days whatever `as_of` is; `newest_age` is then unused.
    pub ended: Option<(i32, u32, u32)>,
}

const fn fill(items: usize, newest_age: u64, gap: (i64, i64)) -> Fill {
    Fill { items, newest_age, gap, ended: None }
}

const fn col(
    section: Section,
    slug: &'static str,
    name: &'static str,
    column_type: &'static str,
    kind: Kind,
    style: Style,
    fill: Fill,
) -> ColumnSpec {
    ColumnSpec { section, slug, name, column_type, kind, style, fill, per_page: 15, expect: Expect::Fresh }
}

use Expect as E;
use Kind as K;
use Section as S;
use Style as St;

/// Every column. Order matters once: 政策文件 comes before 政策解读.
/// Besides these, the portal has one more column outside the catalog:
/// 新媒体动态 (`/zwxmt/dtjx/`, see `newmedia`), fresh.
pub(super) const COLUMNS: &[ColumnSpec] = &[
    // Fresh, though its first entry is a two-year-old pinned item (【置顶】,
    // planted in `freshness`): the newest item is further down the list.
    ColumnSpec {
        per_page: 20,
        ..col(S::News, "gzdt", "工作动态", "工作动态", K::Work, St::Span, fill(40, 1, (1, 3)))
    },
    // Stale on purpose: the newest town news is 40 days old.
    ColumnSpec {
        expect: E::Stale,
        ..col(S::News, "xzdt", "乡镇动态", "工作动态", K::Town, St::Bracket, fill(20, 40, (2, 6)))
    },
    col(S::News, "bmdt", "部门动态", "工作动态", K::Dept, St::CnDate, fill(24, 2, (1, 4))),
    ColumnSpec {
        per_page: 12,
        ..col(S::News, "tpxw", "图片新闻", "图片新闻", K::Photo, St::Pictures, fill(10, 3, (3, 9)))
    },
    // Due soon on purpose: the newest item is exactly 12 days old, so the
    // column passes the 14-day news limit in 2 days.
    ColumnSpec {
        expect: E::DueSoon,
        ..col(S::News, "zsdt", "招商动态", "工作动态", K::Invest, St::Span, fill(9, 12, (8, 20)))
    },
    // Fresh, with one notice dated 5 days after `as_of` (planted in
    // `freshness`: a forged-date candidate).
    col(S::Open, "tzgg", "通知公告", "通知公告", K::Notice, St::Span, fill(26, 2, (2, 8))),
    col(S::Open, "zcwj", "政策文件", "政策文件", K::Policy, St::PolicyTable, fill(24, 9, (5, 15))),
    // The list shows titles only: the column is dated by its articles'
    // own pages (PubDate), and is fresh by them. One page, so no short
    // trailing page of two or three undated titles.
    ColumnSpec {
        per_page: 20,
        ..col(S::Open, "zcjd", "政策解读", "政策解读", K::Interp, St::Titles, fill(0, 9, (0, 0)))
    },
    col(S::Open, "rsxx", "人事信息", "人事信息", K::Personnel, St::Bracket, fill(10, 45, (15, 40))),
    col(S::Open, "ghjh", "规划计划", "规划计划", K::Planning, St::CnDate, fill(6, 100, (30, 70))),
    col(S::Open, "czyjs", "财政预决算", "财政信息", K::Budget, St::Span, fill(8, 60, (3, 20))),
    col(S::Open, "zdxm", "重大项目", "重大项目", K::Project, St::Span, fill(8, 20, (15, 35))),
    // Stale on purpose: nothing published for more than 183 days.
    ColumnSpec {
        expect: E::Stale,
        ..col(S::Open, "gsgg", "公示公告", "通知公告", K::Publicity, St::Span, fill(5, 210, (10, 40)))
    },
    // Due soon on purpose: the newest notice is 160 days old, so the
    // column passes the 183-day notice limit in 23 days.
    ColumnSpec {
        expect: E::DueSoon,
        ..col(S::Open, "tdzs", "土地征收公告", "通知公告", K::Land, St::Span, fill(6, 160, (20, 60)))
    },
    // Blank on purpose: the column was set up and never filled.
    ColumnSpec {
        expect: E::Blank,
        ..col(S::Open, "jytabl", "建议提案办理", "建议提案", K::Notice, St::Span, fill(0, 0, (0, 0)))
    },
    col(S::Open, "ndbb", "政府网站年度报表", "其他", K::Report, St::Span, fill(3, 0, (0, 0))),
    col(S::Service, "bszn", "办事指南", "办事服务", K::Guide, St::Span, fill(12, 5, (5, 30))),
    col(S::Service, "bgxz", "表格下载", "办事服务", K::Form, St::CnDate, fill(8, 30, (10, 40))),
    ColumnSpec {
        per_page: 10,
        ..col(S::Interact, "xzxx", "县长信箱", "互动交流", K::Letter, St::Letters, fill(20, 2, (1, 5)))
    },
    col(S::Interact, "zjdc", "征集调查", "互动交流", K::Survey, St::CnDate, fill(6, 18, (15, 45))),
    // Lists only scripts build (see `scripted`), each fresh: a Hanweb
    // datastore whose older items only its data endpoint gives, a TRS list
    // paginated only by script, and a list fed from JSON.
    col(S::News, "jcdt", "基层动态", "工作动态", K::Town, St::Hanweb, fill(32, 3, (1, 3))),
    ColumnSpec {
        per_page: 10,
        ..col(S::Open, "xzxk", "行政许可公示", "通知公告", K::Publicity, St::TrsScript, fill(21, 4, (2, 6)))
    },
    col(S::Service, "bmfw", "便民服务信息", "办事服务", K::Guide, St::JsonFed, fill(5, 6, (3, 9))),
    // A closed historic topic (历史专题): every item is from 2019, so it
    // would be a stale news column, but the demo declares `/zt/2019`
    // exempt. Its items sit on fixed 2019 days whatever `as_of` is.
    ColumnSpec {
        expect: E::Exempt,
        ..col(
            S::Topic,
            "2019tpgj",
            "脱贫攻坚动态",
            "专题",
            K::Poverty,
            St::Span,
            Fill { ended: Some((2019, 12, 20)), ..fill(12, 0, (8, 25)) },
        )
    },
];

impl ColumnSpec {
    /// `/xwzx/gzdt`
    pub fn dir(&self) -> String {
        format!("{}/{}", self.section.dir(), self.slug)
    }

    /// `/xwzx/gzdt/index.html`, `/xwzx/gzdt/index_1.html`, …
    pub fn list_path(&self, page: usize) -> String {
        match page {
            0 => format!("{}/index.html", self.dir()),
            n => format!("{}/index_{n}.html", self.dir()),
        }
    }
}
