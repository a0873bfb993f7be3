//! One audit, written by hand, that every format's golden test renders: a
//! portal with a fired veto, capped and uncapped indicators, stale and blank
//! columns, and text from crawled pages that tries to break out of its
//! place (`<script>`, quotes, `]]>`, `|`, newlines, CSV-looking commas).

#![allow(dead_code)]

use checks::audit::{Account, Column, Freshness, SCHEMA, SiteAudit, Tool};
use checks::model::column::category::Category;
use checks::scorecard::{
    History, IndexScore, IndicatorScore, NewMediaScore, RankRow, Ranking, Score, SinceLast, TrendPoint,
    VetoResult, VetoStatus,
};
use checks::{Audit, Finding, Severity, Stats};

pub const HOSTILE_TITLE: &str = "<script>alert(1)</script>清溪县\"人民政府\" & ]]> | 首页\n第二行";

fn finding(check: &str, severity: Severity, rule: &str) -> Finding {
    Finding { rule: Some(rule.into()), ..Finding::new(check, severity) }
}

pub fn findings() -> Vec<Finding> {
    vec![
        Finding {
            page: Some("http://www.qingxi.gov.cn/".into()),
            detail: "首页最新信息为 2026-10-01，已 56 天未更新（限 14 天）".into(),
            evidence: "最新条目：<a href=\"/xwzx/1.html\">关于开展秋季防火的通知</a> 2026-10-01".into(),
            on_homepage: Some(true),
            ..finding("update.homepage-stale", Severity::Veto, "V3")
        },
        Finding {
            page: Some("http://www.qingxi.gov.cn/".into()),
            target: Some("http://www.qingxi.gov.cn/images/banner.jpg".into()),
            detail: "站内图片无法打开（HTTP 404）".into(),
            evidence: "HTTP 404 Not Found".into(),
            status: Some(404),
            element: Some("img".into()),
            on_homepage: Some(true),
            internal: Some(true),
            ..finding("link.dead", Severity::Deduction, "links-home")
        },
        Finding {
            page: Some("http://www.qingxi.gov.cn/xxgk/zcwj/index.html".into()),
            target: Some("http://old.qingxi.gov.cn/zt/2016/".into()),
            detail: "外部链接无法打开（连接被拒绝）".into(),
            evidence: "connection refused".into(),
            error: Some("connection refused".into()),
            element: Some("a".into()),
            on_homepage: Some(false),
            internal: Some(false),
            ..finding("link.dead", Severity::Deduction, "links-other")
        },
        Finding {
            page: Some("http://www.qingxi.gov.cn/xxgk/zcwj/index.html".into()),
            detail: "栏目“政策文件”最新信息为 2026-03-02，已 269 天未更新（限 183 天）".into(),
            evidence: "最新条目 2026-03-02".into(),
            column: Some("http://www.qingxi.gov.cn/xxgk/zcwj/".into()),
            ..finding("column.stale", Severity::Deduction, "column-stale")
        },
        Finding {
            page: Some("http://www.qingxi.gov.cn/hdjl/zxft/".into()),
            detail: "栏目“在线访谈”没有任何信息".into(),
            evidence: "列表为空".into(),
            column: Some("http://www.qingxi.gov.cn/hdjl/zxft/".into()),
            ..finding("column.blank", Severity::Deduction, "column-blank")
        },
        Finding {
            page: Some("http://www.qingxi.gov.cn/xwzx/2.html".into()),
            target: Some("http://www.qingxi.gov.cn/images/a.png".into()),
            detail: format!("图片缺少替代文字：{HOSTILE_TITLE}"),
            evidence: "<img src=\"/images/a.png\" onerror=\"alert('x')\">".into(),
            element: Some("img".into()),
            selector: Some("body > div.main > img:nth-child(2)".into()),
            ..finding("a11y.image-alt", Severity::Deduction, "a11y-rules")
        },
        Finding {
            page: Some("http://www.qingxi.gov.cn/".into()),
            detail: "首页页脚缺少公安机关备案标识".into(),
            evidence: "页脚：主办单位：清溪县人民政府办公室, 蜀ICP备05003306号".into(),
            mark: Some("psb".into()),
            on_homepage: Some(true),
            ..finding("identity.missing", Severity::Deduction, "identity")
        },
        Finding {
            page: Some("http://www.qingxi.gov.cn/xwzx/3.html".into()),
            detail: "页面公开了身份证号".into(),
            evidence: "身份证号：5107231990********".into(),
            selector: Some("#content > p:nth-child(4)".into()),
            ..finding("content.pii", Severity::Deduction, "content-quality")
        },
        Finding {
            page: Some("http://www.qingxi.gov.cn/xwzx/4.html".into()),
            detail: "发布日期 2026-12-05 晚于检查日 2026-11-26".into(),
            evidence: "发布时间：2026-12-05".into(),
            ..Finding::new("content.future-date", Severity::Notice)
        },
        Finding {
            page: Some("http://www.qingxi.gov.cn/zwxmt/index.html".into()),
            target: Some("http://mp.weixin.qq.com/s/old".into()),
            detail: "账号“清溪教育”最新发布于 2026-07-24，已 125 天未更新（期限 14 天）".into(),
            evidence: "2026-07-24 <b>开学</b>提示".into(),
            account: Some("清溪教育".into()),
            platform: Some("wechat".into()),
            ..finding("account.stale", Severity::Veto, "M1")
        },
    ]
}

/// Three official accounts: one fresh, one a zombie, one listed by QR
/// code only.
pub fn accounts() -> Vec<Account> {
    let account = |name: &str, url: &str, latest: &str, state: &str| Account {
        name: name.into(),
        platform: "wechat".into(),
        url: url.into(),
        latest: Some(latest.into()),
        posts: 6,
        reachable: true,
        stale: state == "stale",
        state: state.into(),
        zombie: state == "stale",
        unit: Some("中共清溪县委宣传部".into()),
        listed_on: Some("http://www.qingxi.gov.cn/zwxmt/index.html".into()),
        checkable: true,
        latest_year_from: Some(checks::facts::dates::YearSource::Text),
    };
    vec![
        account("清溪发布", "http://mp.weixin.qq.com/s/new", "2026-11-25", "fresh"),
        account("清溪教育", "http://mp.weixin.qq.com/s/old", "2026-07-24", "stale"),
        Account {
            latest: None,
            posts: 0,
            reachable: false,
            checkable: false,
            latest_year_from: None,
            unit: Some("清溪县文化和旅游局".into()),
            ..account("清溪文旅", "", "", "not_evaluated")
        },
    ]
}

/// The accounts' verdict: M1 fired for the zombie account.
pub fn new_media() -> NewMediaScore {
    NewMediaScore {
        accounts: 3,
        evaluated: 2,
        failed: 1,
        vetoed: true,
        passed: false,
        vetoes: vec![
            veto(
                "M1",
                "政务新媒体 2 周内无更新",
                VetoStatus::Fired,
                "账号“清溪教育”最新发布于 2026-07-24，已 125 天未更新（期限 14 天）",
                1,
            ),
            veto("M2", "政务新媒体互动功能不可用", VetoStatus::NotAssessed, "需人工判定", 0),
        ],
    }
}

fn indicator(
    id: &str,
    index: &str,
    title: &str,
    weight: f64,
    lost: f64,
    uncapped: f64,
    findings: u64,
) -> IndicatorScore {
    IndicatorScore {
        id: id.into(),
        index: index.into(),
        title: title.into(),
        weight,
        lost,
        uncapped,
        manual: 0.0,
        findings,
        assessed: true,
        excluded: false,
        confirmed: false,
    }
}

fn veto(id: &str, title: &str, status: VetoStatus, evidence: &str, findings: u64) -> VetoResult {
    VetoResult {
        id: id.into(),
        title: title.into(),
        status,
        evidence: evidence.into(),
        findings,
        confirmed: true,
        needs_confirmation: false,
    }
}

pub fn score() -> Score {
    Score {
        rubric: "gov-2019".into(),
        rubric_name: "政府网站检查指标（国办秘函〔2019〕19号）".into(),
        scale: 100.0,
        total: 86.9,
        deducted: 13.1,
        bonus: 0.0,
        grade: "fail".into(),
        grade_label: "不合格".into(),
        passed: false,
        vetoed: true,
        pass_mark: 60.0,
        unassessed: 30.0,
        kind: "portal".into(),
        service: true,
        vetoes: vec![
            veto("V1", "安全、泄密事故等严重问题", VetoStatus::NotAssessed, "需人工判定", 0),
            veto(
                "V2",
                "站点无法访问",
                VetoStatus::NotAssessed,
                "本次审计首页可以访问；是否否决需一周的可用性监测",
                0,
            ),
            veto(
                "V3",
                "首页不更新",
                VetoStatus::Fired,
                "首页最新信息为 2026-10-01，已 56 天未更新（限 14 天）",
                1,
            ),
            veto(
                "V4",
                "栏目不更新",
                VetoStatus::Clear,
                "动态要闻及一级通知公告、政策文件栏目不更新 1 个（限 5）；应更新未更新 1 个（限 10）；空白栏目 1 个（限 5）",
                0,
            ),
        ],
        indicators: vec![
            IndicatorScore {
                assessed: false,
                ..indicator("overview", "disclosure", "概况、机构职能与领导信息", 5.0, 0.0, 0.0, 0)
            },
            indicator("column-stale", "disclosure", "栏目更新", 15.0, 5.0, 5.0, 1),
            indicator("column-blank", "disclosure", "空白栏目", 5.0, 1.0, 1.0, 1),
            indicator(
                "content-quality",
                "disclosure",
                "内容准确与信息安全（错别字、个人信息泄露）",
                10.0,
                2.0,
                2.0,
                1,
            ),
            IndicatorScore {
                assessed: false,
                ..indicator("service-hall", "service", "办事服务", 25.0, 0.0, 0.0, 0)
            },
            indicator("links-home", "design", "首页链接可用性", 5.0, 1.0, 1.0, 1),
            indicator("links-other", "design", "其他页面链接可用性", 5.0, 0.1, 0.1, 1),
            indicator("identity", "design", "网站标识与域名", 4.0, 1.0, 1.0, 1),
            indicator("a11y-rules", "accessibility", "页面无障碍（GB/T 37668-2019）", 3.0, 3.0, 4.2, 42),
        ],
        indices: vec![
            IndexScore {
                id: "disclosure".into(),
                title: "信息发布与解读".into(),
                weight: 35.0,
                lost: 8.0,
                score: 27.0,
                excluded: false,
            },
            IndexScore {
                id: "service".into(),
                title: "办事服务".into(),
                weight: 25.0,
                lost: 0.0,
                score: 25.0,
                excluded: false,
            },
            IndexScore {
                id: "design".into(),
                title: "功能与设计".into(),
                weight: 14.0,
                lost: 2.1,
                score: 11.9,
                excluded: false,
            },
            IndexScore {
                id: "accessibility".into(),
                title: "无障碍".into(),
                weight: 3.0,
                lost: 3.0,
                score: 0.0,
                excluded: false,
            },
        ],
    }
}

pub fn columns() -> Vec<Column> {
    let column = |name: &str,
                  url: &str,
                  category: Category,
                  latest: Option<&str>,
                  stale: bool,
                  blank: bool,
                  limit: Option<u32>| Column {
        name: name.into(),
        url: url.into(),
        category,
        items: if blank { 0 } else { 20 },
        latest: latest.map(Into::into),
        stale,
        blank,
        due: None,
        limit_days: limit,
        level: 1,
        exempt: false,
        latest_year_from: latest.map(|_| checks::facts::dates::YearSource::Text),
        name_from: checks::model::column::NameSource::Breadcrumb,
        built_by: Vec::new(),
    };
    vec![
        column(
            "工作动态",
            "http://www.qingxi.gov.cn/xwzx/gzdt/",
            Category::News,
            Some("2026-11-20"),
            false,
            false,
            Some(14),
        ),
        column(
            "政策文件",
            "http://www.qingxi.gov.cn/xxgk/zcwj/",
            Category::Policy,
            Some("2026-03-02"),
            true,
            false,
            Some(183),
        ),
        column(
            "在线访谈",
            "http://www.qingxi.gov.cn/hdjl/zxft/",
            Category::Interaction,
            None,
            false,
            true,
            None,
        ),
        column(
            HOSTILE_TITLE,
            "http://www.qingxi.gov.cn/zt/\"><script>x</script>",
            Category::Other,
            Some("2025-01-01"),
            false,
            false,
            None,
        ),
    ]
}

pub fn site() -> SiteAudit {
    SiteAudit {
        name: HOSTILE_TITLE.into(),
        root: "http://www.qingxi.gov.cn/".into(),
        stats: Stats {
            pages: 412,
            links_checked: 1893,
            requests: 2011,
            bytes: 18_234_567,
            duration_ms: 9_800,
            errors: 2,
            ..Stats::default()
        },
        score: Some(score()),
        columns: columns(),
        accounts: accounts(),
        new_media: Some(new_media()),
        history: Some(history()),
        availability: None,
        policy: Some(checks::model::policy::PolicySummary {
            documents: 12,
            interpreted: 8,
            diversified: 3,
            interpreted_ratio: 0.667,
            diversified_ratio: 0.25,
            target: 0.5,
        }),
        leaders: Some(checks::model::leaders::LeadersSummary {
            pages: vec!["https://www.example.gov.cn/xxgk/ldxx.html".into()],
            leaders: vec![checks::model::leaders::LeaderSummary {
                name: "李明".into(),
                titles: vec!["县委副书记、县长".into()],
                duties: true,
                resume: true,
                portrait: true,
            }],
        }),
        consultations: Some(checks::model::consultations::ConsultationSummary {
            columns: 1,
            timed: 4,
            within_one_working_day: 1,
            within_one_working_day_ratio: Some(0.25),
            over_limit: 1,
            limit_working_days: 5,
            silent_columns: 0,
            calendar: vec![checks::model::consultations::CalendarYear {
                year: 2026,
                basis: "shipped",
                notice: Some("国办发明电〔2025〕7号".into()),
            }],
        }),
        marks: Some(marks()),
        rendered_pages: Vec::new(),
        review: None,
        findings: findings(),
        freshness: Freshness {
            homepage_assessed: true,
            homepage_latest: Some("2026-10-01".into()),
            stale_news_or_first_level_notice_policy: 1,
            stale: 1,
            blank: 1,
            due_soon: 0,
            ..Freshness::default()
        },
    }
}

/// The sample audit; `as_of` 2026-11-26, timestamps pinned.
pub fn audit() -> Audit {
    Audit {
        schema: SCHEMA,
        tool: Tool { name: "govaudit", version: "0.1.0" },
        as_of: "2026-11-26".into(),
        started_at: "2026-11-26T09:00:00+08:00".into(),
        finished_at: "2026-11-26T09:03:12+08:00".into(),
        sites: vec![site()],
    }
}

/// The sample audit with its site not scored (no rubric applied).
pub fn unscored_audit() -> Audit {
    let mut audit = audit();
    audit.sites[0].score = None;
    audit
}

/// Characters that XML 1.0 does not allow verbatim, next to ones it does:
/// NUL, BEL, vertical tab and ESC (with an ANSI colour), the noncharacters
/// U+FFFE and U+FFFF, a CDATA end and a CR LF.
pub const CONTROL_TEXT: &str =
    "NUL\u{0} BEL\u{7} VT\u{b} \u{1b}[31m红\u{1b}[0m FFFE\u{FFFE} FFFF\u{FFFF} ]]> <!-- \r\n尾";

/// The sample audit with [`CONTROL_TEXT`] in every place a writer shows
/// crawled or rubric text: site name, veto and indicator titles and
/// evidence, finding details, evidence and URLs.
pub fn control_audit() -> Audit {
    let mut audit = audit();
    let site = &mut audit.sites[0];
    site.name = CONTROL_TEXT.into();
    if let Some(score) = &mut site.score {
        for veto in &mut score.vetoes {
            veto.title += CONTROL_TEXT;
            veto.evidence += CONTROL_TEXT;
        }
        for indicator in &mut score.indicators {
            indicator.title += CONTROL_TEXT;
        }
    }
    for finding in &mut site.findings {
        finding.detail += CONTROL_TEXT;
        finding.evidence += CONTROL_TEXT;
        finding.target = Some(format!("http://www.qingxi.gov.cn/{CONTROL_TEXT}"));
    }
    audit
}

/// A ranking of three sites audited together: two departments tied on
/// total and verdict (so sharing rank 1), and the sample portal, vetoed.
pub fn ranking() -> Ranking {
    let department = |name: &str, root: &str, scorecard: Option<&str>| RankRow {
        rank: 1,
        name: name.into(),
        root: root.into(),
        kind: "department".into(),
        total: 91.5,
        grade: "excellent".into(),
        grade_label: "优秀".into(),
        passed: true,
        vetoed: false,
        indices: vec![
            ("disclosure".into(), 33.5),
            ("service".into(), 25.0),
            ("design".into(), 13.0),
            ("accessibility".into(), 2.0),
        ],
        veto_reasons: vec![],
        new_media: None,
        scorecard: scorecard.map(Into::into),
    };
    let portal = score();
    Ranking {
        as_of: "2026-11-26".into(),
        rubric_name: portal.rubric_name.clone(),
        indices: portal.indices.iter().map(|i| (i.id.clone(), i.title.clone())).collect(),
        rows: vec![
            department(
                "清溪县教育和体育局",
                "http://jyj.qingxi.gov.cn/",
                Some("jyj.qingxi.gov.cn/scorecard.html"),
            ),
            department("清溪县卫生健康局", "http://wjj.qingxi.gov.cn/", None),
            RankRow {
                rank: 3,
                name: HOSTILE_TITLE.into(),
                root: "http://www.qingxi.gov.cn/".into(),
                kind: portal.kind.clone(),
                total: portal.total,
                grade: portal.grade.clone(),
                grade_label: portal.grade_label.clone(),
                passed: portal.passed,
                vetoed: portal.vetoed,
                indices: portal.indices.iter().map(|i| (i.id.clone(), i.score)).collect(),
                veto_reasons: vec!["首页不更新".into()],
                new_media: Some(new_media()),
                scorecard: Some("www.qingxi.gov.cn/scorecard.html".into()),
            },
        ],
    }
}

/// Four monthly runs and what changed since the last one.
pub fn history() -> History {
    let point =
        |as_of: &str, total: Option<f64>, vetoed: bool| TrendPoint { as_of: as_of.into(), total, vetoed };
    History {
        trend: vec![
            point("2026-08-26", Some(78.5), false),
            point("2026-09-26", None, false),
            point("2026-10-26", Some(84.0), false),
            point("2026-11-26", Some(86.9), true),
        ],
        since_last: Some(SinceLast { run: 3, as_of: "2026-10-26".into(), new: 4, fixed: 7, still_open: 5 }),
    }
}

/// The home page's identity marks: the logo without a value, no
/// public-security filing mark.
pub fn marks() -> Vec<checks::audit::IdentityMark> {
    let mark = |mark: &str, value: Option<&str>| checks::audit::IdentityMark {
        mark: mark.into(),
        present: mark != "psb",
        value: value.map(Into::into),
    };
    vec![
        mark("party-gov-logo", None),
        mark("site-code", Some("5107230001")),
        mark("icp", Some("蜀ICP备05003306号-1")),
        mark("psb", None),
        mark("sponsor", Some("清溪县人民政府办公室")),
        mark("contact", Some("0816-1234567")),
    ]
}
