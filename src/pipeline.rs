//! The pipeline for one run: for each start URL, crawl → site checks →
//! reports on disk → a short summary. Sites are audited one after another;
//! an interruption stops the current one, writes what it gathered (marked
//! `truncated`) and skips the rest.

use std::collections::BTreeMap;
use std::path::PathBuf;

use checks::assemble::{self, CrawlTotals};
use checks::audit::{SCHEMA, Tool};
use checks::{Audit, SiteAudit};
use chrono::{SecondsFormat, Utc};
use tokio::sync::watch;

use crate::config::Config;
use crate::crawl;
use crate::i18n::{lang, tr};
use crate::output;
use crate::progress::Progress;

/// Options of a run that are not part of the audit itself.
pub struct RunOptions {
    pub progress: bool,
    /// Folder names to use instead of the hosts, by position in the start
    /// URLs (the demo's stable `demo`); sites beyond the list use their host.
    pub labels: Vec<String>,
}

/// One site's result.
pub struct SiteRun {
    pub audit: SiteAudit,
    pub files: Vec<PathBuf>,
}

pub async fn run(
    config: &Config,
    options: &RunOptions,
    interrupt: watch::Receiver<bool>,
) -> anyhow::Result<Vec<SiteRun>> {
    let client = crawl::client(&config.crawl)?;
    let mut runs = Vec::new();
    for (i, start) in config.urls.iter().enumerate() {
        if *interrupt.borrow() {
            break;
        }
        let started_at = now(config);
        let progress = Progress::new(options.progress);
        let (site_crawl, counters) =
            crawl::crawl(&config.crawl, client.clone(), start.clone(), interrupt.clone(), &progress).await;
        progress.finish();
        let totals = CrawlTotals {
            requests: counters.requests,
            bytes: counters.bytes,
            duration_ms: counters.duration.as_millis() as u64,
            truncated: counters.truncated,
        };
        let mut settings = config.audit.clone();
        settings.lang = lang();
        let site = assemble::site_audit(&site_crawl, totals, None, &settings);
        drop(site_crawl);
        let audit = Audit {
            schema: SCHEMA,
            tool: Tool { name: "govaudit", version: env!("CARGO_PKG_VERSION") },
            as_of: config.as_of.format("%Y-%m-%d").to_string(),
            started_at,
            finished_at: now(config),
            sites: vec![site],
        };
        let label = options.labels.get(i).cloned().unwrap_or_else(|| output::site_label(start));
        let dir = config.out.join(label).join(&audit.as_of);
        let files = output::write_reports(&audit, &dir, &config.formats)?;
        let site = audit.sites.into_iter().next().expect("one site per report");
        print_summary(&site, &files);
        runs.push(SiteRun { audit: site, files });
    }
    Ok(runs)
}

fn now(config: &Config) -> String {
    Utc::now().with_timezone(&config.utc_offset).to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// The few lines a person reads at the end of a run.
fn print_summary(site: &SiteAudit, files: &[PathBuf]) {
    let s = &site.stats;
    println!("{} {}", site.name, site.root);
    println!(
        "  {} {} · {} {} · {} {} · {} {} · {} {:.1} {}{}",
        tr("页面", "pages"),
        s.pages,
        tr("检查链接", "links checked"),
        s.links_checked,
        tr("请求", "requests"),
        s.requests,
        tr("错误", "errors"),
        s.errors,
        tr("用时", "took"),
        s.duration_ms as f64 / 1000.0,
        tr("秒", "s"),
        if s.truncated {
            tr("（未完成，结果为下限）", " (truncated: findings are a lower bound)")
        } else {
            ""
        },
    );
    if s.skipped > 0 || s.blocked > 0 {
        println!(
            "  {} {} (robots.txt {}) · {} {}",
            tr("未请求", "not requested"),
            s.skipped,
            s.skipped_by.robots,
            tr("被反爬虫拦截", "blocked by anti-bot challenges"),
            s.blocked
        );
    }
    if s.pages == 0 {
        println!(
            "  {}",
            tr(
                "未抓取到任何页面：首页无法访问、被 robots.txt 禁止或被反爬虫拦截，详见 report.json",
                "no page was crawled: the home page is unreachable, disallowed by robots.txt or behind an anti-bot challenge; see report.json"
            )
        );
    }
    let mut by_check: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &site.findings {
        *by_check.entry(f.check.as_str()).or_default() += 1;
    }
    if by_check.is_empty() {
        println!("  {}", tr("未发现问题", "no findings"));
    } else {
        let list: Vec<String> = by_check.iter().map(|(check, n)| format!("{check} {n}")).collect();
        println!("  {} {}", tr("发现：", "findings:"), list.join(" · "));
    }
    for file in files {
        println!("  {} {}", tr("报告：", "report:"), file.display());
    }
}
