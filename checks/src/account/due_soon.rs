//! `account.due-soon`: an official account whose newest post will pass
//! its two weeks within the warning window (`[warnings] account_days`).

use crate::check::{CheckInfo, Finding, Severity};
use crate::model::accounts::Verdict;
use crate::model::site::SiteContext;

pub const INFO: CheckInfo = CheckInfo {
    id: "account.due-soon",
    severity: Severity::Notice,
    title_zh: "政务新媒体账号即将超期（更新预警）",
    title_en: "Official account due soon (update warning)",
    docs_zh: "\
检查内容：政务新媒体账号最新发布尚在期限内（默认 14 天），但将在预警期内超期：默认提前 3 天（[warnings] \
account_days，实践做法）。提示给出账号超期的日期（due）、账号链接和负责单位（[[accounts]] owner）。\
已超期时由 account.stale 报告，本项不再提示。不扣分。

为何重要：政务新媒体检查实践：检查前 2 周内无更新即该账号单项否决；通报中点名最多的正是长期不更新的账号。

如何修复：在 due 日期之前发布新内容；把本提示发给账号的运维单位。

参考：国办秘函〔2019〕19号；国办发〔2018〕123号。",
    docs_en: "\
What it checks: an official account whose newest post is still within its limit (14 days by \
default) but will pass it within the warning window: 3 days ahead by default ([warnings] \
account_days, practice). The finding names the day the account goes stale (due), links the \
account and carries its owner ([[accounts]] owner). Once stale, account.stale reports it instead. \
No points.

Why it matters: in inspection practice an account with no post in the two weeks before the check \
fails outright; stale accounts are what inspection bulletins name most.

How to fix: post before the due day; send this warning to the office that runs the account.

References: 国办秘函〔2019〕19号; 国办发〔2018〕123号.",
    standard: None,
};

pub fn run(ctx: &SiteContext<'_>) -> Vec<Finding> {
    let window = i64::from(ctx.settings.warning.account);
    ctx.accounts
        .iter()
        .filter_map(|judged| {
            let Verdict::Fresh { latest } = judged.verdict else { return None };
            // The account's own limit, counted as its verdict counts it:
            // stale once the newest post is more than `limit` days old.
            let due = latest + chrono::Days::new(u64::from(ctx.settings.limits.account));
            let left = (due - ctx.as_of).num_days();
            (0..=window).contains(&left).then(|| {
                let detail = ctx.lang.word_with(
                    "account-due-soon-detail",
                    &[
                        ("account", (&judged.facts.spec.name).into()),
                        ("due", due.to_string().into()),
                        ("left", left.into()),
                    ],
                );
                let evidence = judged.latest_post().map_or_else(
                    || latest.to_string(),
                    |p| format!("{} {}", p.date, p.title.as_deref().unwrap_or_default()).trim().to_owned(),
                );
                Finding { due: Some(due.to_string()), ..super::finding(&INFO, judged, detail, evidence) }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::account::facts::{AccountAnswer, AccountFacts, AccountSpec};
    use crate::facts::account::platform::Platform;
    use crate::facts::account::read::Format;
    use crate::facts::crawl::SiteCrawl;
    use crate::model::settings::AuditSettings;
    use chrono::NaiveDate;

    /// The findings on `as_of` for a feed account whose newest post is `latest`.
    fn warned(latest: &str, as_of: &str) -> Vec<Finding> {
        let body = format!(
            "<rss version=\"2.0\"><channel><title>清溪发布</title>\
             <item><title>冬季防火提示</title><pubDate>{latest}</pubDate></item></channel></rss>"
        );
        use crate::facts::crawl::{Answer, FetchOutcome, Target};
        let mut crawl = SiteCrawl::default();
        let outcome = FetchOutcome::Answered(Answer::html(200));
        crawl.targets.push(Target {
            url: "http://h/".into(),
            internal: true,
            outcome,
            page: None,
            label: None,
        });
        crawl.accounts.push(AccountFacts {
            spec: AccountSpec {
                name: "清溪发布".into(),
                platform: Platform::Feed,
                url: "http://h/rss.xml".into(),
                unit: None,
                reader: Some(Format::Feed),
                listed_on: None,
            },
            requested: "http://h/rss.xml".into(),
            answer: AccountAnswer::Answered { status: 200, final_url: "http://h/rss.xml".into(), body },
            fetched_at: NaiveDate::parse_from_str(as_of, "%Y-%m-%d").unwrap().and_hms_opt(10, 0, 0).unwrap(),
        });
        let settings =
            AuditSettings::new(crate::Lang::Zh, NaiveDate::parse_from_str(as_of, "%Y-%m-%d").unwrap());
        let ctx = crate::registry::SiteContext::new(&crawl, &settings);
        let mut findings = run(&ctx);
        // account.stale reports past the line: the warning and the veto
        // never speak of one account together.
        findings.extend(crate::account::stale::run(&ctx));
        findings
    }

    #[test]
    fn warns_within_three_days_of_the_two_weeks() {
        let f = warned("2026-11-13", "2026-11-25");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].check, "account.due-soon");
        assert_eq!(f[0].due.as_deref(), Some("2026-11-27"));
        assert_eq!(f[0].account.as_deref(), Some("清溪发布"));
        assert_eq!(f[0].target.as_deref(), Some("http://h/rss.xml"));
        // On the last day inside the limit it still warns (0 days left).
        let last = warned("2026-11-13", "2026-11-27");
        assert_eq!((last.len(), last[0].check.as_str()), (1, "account.due-soon"));
    }

    #[test]
    fn silent_before_the_window_and_once_stale() {
        assert!(warned("2026-11-20", "2026-11-25").is_empty());
        let stale = warned("2026-11-01", "2026-11-25");
        assert_eq!(stale.iter().map(|f| f.check.as_str()).collect::<Vec<_>>(), ["account.stale"]);
    }
}
