//! The portal's column tree (栏目): its four sections, every column with
//! its URL, list markup, generator and freshness. Freshness is set here on
//! purpose, column by column, so the audit has stale and blank columns to
//! find as well as healthy ones.

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
}

impl Section {
    pub fn dir(self) -> &'static str {
        match self {
            Section::News => "/xwzx",
            Section::Open => "/xxgk",
            Section::Service => "/zwfw",
            Section::Interact => "/hdjl",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Section::News => "新闻动态",
            Section::Open => "政务公开",
            Section::Service => "政务服务",
            Section::Interact => "互动交流",
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
}

/// Which generator writes a column's articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Work,
    Town,
    Dept,
    Photo,
    Notice,
    Policy,
    /// Dated and titled after the policies they explain.
    Interp,
    Personnel,
    Planning,
    Budget,
    Project,
    Publicity,
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
}

/// How many items a column holds and how fresh they are.
pub(super) struct Fill {
    pub items: usize,
    /// Age in days of the newest item.
    pub newest_age: u64,
    /// Days between consecutive items (inclusive range).
    pub gap: (i64, i64),
}

const fn fill(items: usize, newest_age: u64, gap: (i64, i64)) -> Fill {
    Fill { items, newest_age, gap }
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
    ColumnSpec { section, slug, name, column_type, kind, style, fill, per_page: 15 }
}

use Kind as K;
use Section as S;
use Style as St;

/// Every column. Order matters once: 政策文件 comes before 政策解读.
pub(super) const COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        per_page: 20,
        ..col(S::News, "gzdt", "工作动态", "工作动态", K::Work, St::Span, fill(40, 1, (1, 3)))
    },
    // Stale on purpose: the newest town news is 40 days old.
    col(S::News, "xzdt", "乡镇动态", "工作动态", K::Town, St::Bracket, fill(20, 40, (2, 6))),
    col(S::News, "bmdt", "部门动态", "工作动态", K::Dept, St::CnDate, fill(24, 2, (1, 4))),
    ColumnSpec {
        per_page: 12,
        ..col(S::News, "tpxw", "图片新闻", "图片新闻", K::Photo, St::Pictures, fill(10, 3, (3, 9)))
    },
    col(S::Open, "tzgg", "通知公告", "通知公告", K::Notice, St::Span, fill(26, 2, (2, 8))),
    col(S::Open, "zcwj", "政策文件", "政策文件", K::Policy, St::PolicyTable, fill(24, 9, (5, 15))),
    col(S::Open, "zcjd", "政策解读", "政策解读", K::Interp, St::Span, fill(0, 9, (0, 0))),
    col(S::Open, "rsxx", "人事信息", "人事信息", K::Personnel, St::Bracket, fill(10, 45, (15, 40))),
    col(S::Open, "ghjh", "规划计划", "规划计划", K::Planning, St::CnDate, fill(6, 100, (30, 70))),
    col(S::Open, "czyjs", "财政预决算", "财政信息", K::Budget, St::Span, fill(8, 60, (3, 20))),
    col(S::Open, "zdxm", "重大项目", "重大项目", K::Project, St::Span, fill(8, 20, (15, 35))),
    // Stale on purpose: nothing published for more than 183 days.
    col(S::Open, "gsgg", "公示公告", "通知公告", K::Publicity, St::Span, fill(5, 210, (10, 40))),
    // Blank on purpose: the column was set up and never filled.
    col(S::Open, "jytabl", "建议提案办理", "建议提案", K::Notice, St::Span, fill(0, 0, (0, 0))),
    col(S::Open, "ndbb", "政府网站年度报表", "其他", K::Report, St::Span, fill(3, 0, (0, 0))),
    col(S::Service, "bszn", "办事指南", "办事服务", K::Guide, St::Span, fill(12, 5, (5, 30))),
    col(S::Service, "bgxz", "表格下载", "办事服务", K::Form, St::CnDate, fill(8, 30, (10, 40))),
    ColumnSpec {
        per_page: 10,
        ..col(S::Interact, "xzxx", "县长信箱", "互动交流", K::Letter, St::Letters, fill(20, 2, (1, 5)))
    },
    col(S::Interact, "zjdc", "征集调查", "互动交流", K::Survey, St::CnDate, fill(6, 18, (15, 45))),
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
