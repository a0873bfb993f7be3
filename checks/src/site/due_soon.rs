//! `site.due-soon`: V2's failure rate over the stored probes
//! has reached the warning line (`[warnings] availability_percent`, 3 %)
//! but not the veto's (5 %). Decided on `govaudit monitor`'s probes, not
//! the crawl: the pipeline adds it once the store is read.

use chrono::NaiveDate;

use crate::Lang;
use crate::check::{CheckInfo, Finding, Severity};

pub const INFO: CheckInfo = CheckInfo {
    id: "site.due-soon",
    severity: Severity::Notice,
    title_zh: "站点访问失败率接近单项否决线（预警）",
    title_en: "Failure rate near the veto line (availability warning)",
    docs_zh: "\
检查内容：按单项否决第 2 项的算法（最近 7 个整天、每天至少 20 次探测，govaudit monitor 记录），失败率已达预警线\
（默认 3%，[warnings] availability_percent，实践做法）而未达否决线（5%，取自评分细则）时提示。\
[[maintenance]] 报备的停机时段内的探测不计入（临时报备）。due 为检查日：再有失败即可能达线。\
没有足够的探测记录时不作判断；达线后由单项否决本身报告。不扣分。

为何重要：国办秘函〔2019〕19号单项否决第 2 项：监测 1 周，失败达 5% 即单项否决；监测平台在 3% 时预警。

如何修复：排查服务器、带宽、防护设备（WAF、CDN）对访问的拦截和首页打开速度；计划内停机事先报备并写入 [[maintenance]]。

参考：国办秘函〔2019〕19号单项否决第 2 项；检查实践（监测平台 3% 预警）。",
    docs_en: "\
What it checks: the failure rate of veto V2, counted as V2 counts it (the last 7 whole days of at \
least 20 probes a day, stored by govaudit monitor), has reached the warning line (3 % by default, \
[warnings] availability_percent, practice) but not the veto's (5 %, from the rubric). Probes \
inside a [[maintenance]] window (临时报备) do not count. The due day is the audit day: any further \
failure may cross the line. Without enough probes nothing is claimed; once the line is reached the \
veto itself reports it. No points.

Why it matters: veto V2 of 国办秘函〔2019〕19号 fails a site whose home page fails 5 % of a week's \
visits; monitoring vendors warn at 3 %.

How to fix: look at the server, the bandwidth, and what a firewall or CDN refuses, and at how fast \
the home page opens; announce planned downtime and list it in [[maintenance]].

References: 国办秘函〔2019〕19号, veto 2; inspection practice (vendors warn at 3 %).",
    standard: None,
};

/// V2's count over its window of whole days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub days: usize,
    pub probes: u64,
    pub failures: u64,
}

/// The warning for `home`, when the rate is at `warn_percent` or more and
/// below `fail_ratio`.
pub fn finding(
    home: &str,
    counted: Counted,
    fail_ratio: f64,
    warn_percent: f64,
    as_of: NaiveDate,
    lang: Lang,
) -> Option<Finding> {
    if counted.probes == 0 {
        return None;
    }
    let share = counted.failures as f64 / counted.probes as f64;
    if share < warn_percent / 100.0 || share >= fail_ratio {
        return None;
    }
    let percent = |v: f64| format!("{v:.1}");
    Some(Finding {
        page: Some(home.to_owned()),
        detail: lang.word_with(
            "site-unreachable-due-soon-detail",
            &[
                ("days", counted.days.into()),
                ("share", percent(share * 100.0).into()),
                ("warn", percent(warn_percent).into()),
                ("line", percent(fail_ratio * 100.0).into()),
            ],
        ),
        evidence: lang.word_with(
            "site-unreachable-due-soon-evidence",
            &[("probes", counted.probes.into()), ("failures", counted.failures.into())],
        ),
        due: Some(as_of.to_string()),
        ..Finding::new(INFO.id, INFO.severity)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warned(failures: u64, probes: u64) -> Option<Finding> {
        let day = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        finding("http://h/", Counted { days: 7, probes, failures }, 0.05, 3.0, day, Lang::Zh)
    }

    #[test]
    fn warns_from_the_warning_line_to_the_veto_line() {
        let f = warned(6, 140).expect("4.3 % warns");
        assert_eq!((f.check.as_str(), f.due.as_deref()), ("site.due-soon", Some("2026-11-26")));
        assert!(f.detail.contains("4.3"), "{}", f.detail);
        assert!(warned(5, 140).is_some(), "3.6 %");
        assert!(warned(3, 100).is_some(), "exactly 3 %");
    }

    #[test]
    fn silent_below_the_warning_line_and_at_the_veto_line() {
        assert!(warned(2, 140).is_none(), "1.4 %");
        assert!(warned(7, 140).is_none(), "5 %: the veto reports it");
        assert!(warned(0, 0).is_none());
    }
}
