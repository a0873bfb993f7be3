//! The config file and the command line, merged once into a validated
//! [`Config`]; nothing after this parses strings.
//!
//! Every key of the file is documented in `govaudit.example.toml` (a test
//! parses it). Unknown keys are errors that name the key and the file: a
//! misspelt `per_hots = 1` silently ignored would hammer a county server.
//! Flags win over the file.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use chrono::{FixedOffset, NaiveDate, Utc};
use regex::Regex;
use serde::Deserialize;
use url::Url;

use checks::facts::account::facts::AccountSpec;
use checks::facts::account::platform::Platform;
use checks::facts::lexicon::{self, Lexicon, LineProblem};
use checks::facts::page::PageOptions;
use checks::model::column::category::Category;
use checks::model::settings::{AuditSettings, ColumnMatch, ColumnRule, UrlPrefix};
use checks::score::{Profile, Rubric, SiteKind};

use crate::cli::CommonArgs;
use crate::crawl::CrawlSettings;
use crate::i18n::Lang;

/// The file looked for in the current folder when `--config` is not given.
pub const DEFAULT_CONFIG: &str = "govaudit.toml";

pub const DEFAULT_USER_AGENT: &str =
    concat!("govaudit/", env!("CARGO_PKG_VERSION"), " (+https://github.com/govaudit/govaudit; site audit)");

/// The config file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    urls: Option<Vec<String>>,
    out: Option<PathBuf>,
    format: Option<Vec<String>>,
    as_of: Option<String>,
    utc_offset: Option<String>,
    lang: Option<Lang>,
    #[serde(default)]
    crawl: CrawlFile,
    #[serde(default)]
    freshness: FreshnessFile,
    #[serde(default)]
    columns: Vec<ColumnFile>,
    #[serde(default)]
    content: ContentFile,
    #[serde(default)]
    links: LinksFile,
    #[serde(default)]
    scoring: ScoringFile,
    #[serde(default)]
    accounts: Vec<AccountFile>,
    #[serde(default)]
    a11y: A11yFile,
    #[serde(default)]
    attachments: AttachmentsFile,
    #[serde(default)]
    notify: Vec<crate::notify::config::ChannelFile>,
    /// The file itself, for messages naming it.
    #[serde(skip)]
    path: Option<PathBuf>,
    /// `[calendar]`: holiday arrangements for years not shipped, read by
    /// `crate::calendar_file`.
    calendar: Option<toml::Table>,
    #[serde(default)]
    warnings: crate::warnings_config::WarningsFile,
    #[serde(default)]
    maintenance: Vec<crate::warnings_config::MaintenanceFile>,
    #[serde(default)]
    deliverables: DeliverablesFile,
    #[serde(default)]
    review: ReviewFile,
    /// The folder of the file, against which its relative paths are read.
    #[serde(skip)]
    dir: Option<PathBuf>,
}

/// `[attachments]`: reading the site's PDF, Word and Excel files.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AttachmentsFile {
    read: Option<bool>,
    max_bytes: Option<usize>,
    max_unpacked_bytes: Option<usize>,
    max_secs: Option<f64>,
    max_text_chars: Option<usize>,
}

/// The attachment budget `[attachments]` sets; `None` when `read = false`.
fn attachment_budget(a: &AttachmentsFile, lang: Lang) -> anyhow::Result<Option<crate::extract::Budget>> {
    let default = crate::extract::Budget::default();
    let within_key = |key: &str, value: Option<usize>, fallback: usize, hi: usize| {
        within(&format!("attachments.{key}"), value.unwrap_or(fallback), 1, hi, lang)
    };
    let budget = crate::extract::Budget {
        bytes: within_key("max_bytes", a.max_bytes, default.bytes, 1 << 30)?,
        unpacked: within_key("max_unpacked_bytes", a.max_unpacked_bytes, default.unpacked, 1 << 31)?,
        time: Duration::from_secs_f64(within(
            "attachments.max_secs",
            a.max_secs.unwrap_or(default.time.as_secs_f64()),
            0.1,
            3600.0,
            lang,
        )?),
        text: within_key("max_text_chars", a.max_text_chars, default.text, 1 << 30)?,
    };
    Ok(a.read.unwrap_or(true).then_some(budget))
}

/// `[deliverables]`: what the inspection notice (`report.docx`) asks and lists.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeliverablesFile {
    fix_within_workdays: Option<u32>,
    findings_per_indicator: Option<usize>,
}

fn notice(d: &DeliverablesFile, lang: Lang) -> anyhow::Result<reports::docx::Notice> {
    let default = reports::docx::Notice::default();
    Ok(reports::docx::Notice {
        fix_within_workdays: within(
            "deliverables.fix_within_workdays",
            d.fix_within_workdays.unwrap_or(default.fix_within_workdays),
            1,
            250,
            lang,
        )?,
        per_indicator: within(
            "deliverables.findings_per_indicator",
            d.findings_per_indicator.unwrap_or(default.per_indicator),
            1,
            1000,
            lang,
        )?,
        ..default
    })
}

/// `[[accounts]]`: an official account audited with the site.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountFile {
    name: String,
    /// wechat, weibo, douyin, toutiao, kuaishou, feed, other; default: by
    /// the URL's host.
    platform: Option<String>,
    url: String,
    unit: Option<String>,
    /// wechat-article, wechat-history, feed, weibo, toutiao, generic;
    /// default: recognised from the page.
    reader: Option<String>,
    /// For `reader = "generic"`: CSS selector of the elements holding each
    /// post's date.
    selector: Option<String>,
    /// For `reader = "generic"`: a regex with named groups y, m, d.
    date_pattern: Option<String>,
    /// The office that keeps it, whom its findings go to.
    owner: Option<String>,
}

/// `[a11y]`: the accessibility pass in the browser (`--render`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct A11yFile {
    /// Pages axe-core judges besides the home page.
    render_pages: Option<usize>,
    /// axe-core's `axe.min.js` or its package folder, relative to this file.
    axe_core: Option<PathBuf>,
}

/// `[review]`: reviewers' marks kept in a file (`crate::review_file`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewFile {
    /// `review.toml`, against the config file's folder.
    file: Option<PathBuf>,
}

/// `[scoring]`: the rubric and what it needs to know about the site.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScoringFile {
    /// A rubric file, relative to this config file.
    rubric: Option<PathBuf>,
    /// portal, department or township.
    kind: Option<SiteKind>,
    /// False for a department without public services (75 × 4/3 rule).
    service: Option<bool>,
    /// Bonus points awarded by a person (加分项), portals above the gate.
    bonus: Option<f64>,
    /// Points a person deducted, by indicator id.
    manual: Option<BTreeMap<String, f64>>,
    /// Vetoes a person decided fired: id → reason.
    vetoes: Option<BTreeMap<String, String>>,
}

/// `[content]`: what the page-content checks read.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContentFile {
    /// Keep the shipped wrong-word list (default true).
    default_typos: Option<bool>,
    /// Wrong word → right word, added to (or overriding) the shipped list.
    typos: Option<BTreeMap<String, String>>,
    /// The user's wrong-word lexicon file, relative to this config file.
    words: Option<PathBuf>,
    /// Ad hosts added to `elderly.popup-ads`'s own list.
    ad_hosts: Option<Vec<String>>,
    /// The leader list `content.leader-mismatch` compares with, relative
    /// to this file (see `crate::leaders_file`).
    leaders: Option<PathBuf>,
}

/// `[links]`: where external links may not go.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LinksFile {
    /// Hosts no page may link to (`link.blocked-host`), each with its
    /// subdomains.
    block_hosts: Option<Vec<String>>,
    /// A file of such hosts, relative to this config file: one a line, or
    /// a hosts file's `0.0.0.0 host` lines; `#` starts a comment.
    block_list: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FreshnessFile {
    homepage_days: Option<u32>,
    news_days: Option<u32>,
    notice_days: Option<u32>,
    policy_days: Option<u32>,
    personnel_days: Option<u32>,
    planning_days: Option<u32>,
    interaction_days: Option<u32>,
    other_days: Option<u32>,
    account_days: Option<u32>,
    warn_news_days: Option<u32>,
    warn_other_days: Option<u32>,
    /// Working days a message may wait for its answer (`interaction.slow-reply`).
    reply_working_days: Option<u32>,
    exempt: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ColumnFile {
    url: Option<String>,
    pattern: Option<String>,
    name: Option<String>,
    category: Option<Category>,
    limit_days: Option<u32>,
    /// The office that keeps it, whom its findings go to.
    owner: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CrawlFile {
    max_pages: Option<usize>,
    max_depth: Option<u32>,
    concurrency: Option<usize>,
    per_host: Option<usize>,
    delay_ms: Option<u64>,
    timeout_secs: Option<f64>,
    retries: Option<u32>,
    user_agent: Option<String>,
    include_hosts: Option<Vec<String>>,
    exclude: Option<Vec<String>>,
    external: Option<bool>,
    session_params: Option<Vec<String>>,
    max_query_variants: Option<u32>,
    max_chain: Option<u32>,
    max_retry_after_secs: Option<u64>,
    max_body_bytes: Option<usize>,
    resolve: Option<BTreeMap<String, String>>,
    render: Option<bool>,
}

/// A report format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Html,
    Markdown,
    Junit,
    Sarif,
    Xlsx,
    Docx,
}

impl Format {
    /// Every format, in the order files are written; `--format` names.
    pub const ALL: [(Format, &'static str); 8] = [
        (Format::Json, "json"),
        (Format::Csv, "csv"),
        (Format::Html, "html"),
        (Format::Markdown, "md"),
        (Format::Junit, "junit"),
        (Format::Sarif, "sarif"),
        (Format::Xlsx, "xlsx"),
        (Format::Docx, "docx"),
    ];
}

/// Everything a run needs, validated.
#[derive(Clone, Debug)]
pub struct Config {
    pub urls: Vec<Url>,
    pub out: PathBuf,
    pub formats: Vec<Format>,
    pub as_of: NaiveDate,
    pub utc_offset: FixedOffset,
    /// The command's language (`--lang`, `GOVAUDIT_LANG`, the file's
    /// `lang`), for every message and report of the run.
    pub lang: Lang,
    pub crawl: CrawlSettings,
    /// What the checks measure against, in the command's language.
    pub audit: AuditSettings,
    pub rubric: Arc<Rubric>,
    /// How the site is scored (its kind, services, bonus).
    pub profile: Profile,
    /// Where warnings and monitor alerts are sent (`[[notify]]`).
    pub notify: Vec<crate::notify::Channel>,
    /// Planned downtime (`[[maintenance]]`), left out of veto V2.
    pub maintenance: Vec<crate::warnings_config::Maintenance>,
    /// What the inspection notice asks and lists (`[deliverables]`).
    pub notice: reports::docx::Notice,

    /// Reviewers' marks from `--review FILE` or `[review] file`; with a
    /// database its marks apply too, these winning.
    pub review: Vec<checks::review::Mark>,
}

impl FileConfig {
    /// Reads `path`; errors name the file, and the line and key at fault.
    pub fn load(path: &Path, lang: Lang) -> anyhow::Result<FileConfig> {
        let text = std::fs::read_to_string(path).with_context(|| {
            lang.word_with("config-cannot-read", &[("path", path.display().to_string().into())])
        })?;
        let mut file: FileConfig = toml::from_str(&text).map_err(|e| {
            let (place, reason) = toml_error(&text, path, &e);
            anyhow::anyhow!(
                lang.word_with("config-invalid", &[("place", place.into()), ("reason", reason.into())])
            )
        })?;
        file.dir = path.parent().map(Path::to_owned);
        file.path = Some(path.to_owned());
        Ok(file)
    }

    /// The file named by `--config`, else `./govaudit.toml` if present.
    pub fn find(explicit: Option<&Path>, lang: Lang) -> anyhow::Result<FileConfig> {
        match explicit {
            Some(path) => FileConfig::load(path, lang),
            None if Path::new(DEFAULT_CONFIG).is_file() => FileConfig::load(Path::new(DEFAULT_CONFIG), lang),
            None => Ok(FileConfig::default()),
        }
    }

    pub fn lang(&self) -> Option<Lang> {
        self.lang
    }

    /// `[scoring] rubric`, read against the config file's folder.
    pub fn rubric_path(&self) -> Option<PathBuf> {
        let rubric = self.scoring.rubric.as_ref()?;
        Some(self.dir.as_deref().unwrap_or(Path::new("")).join(rubric))
    }
}

/// Where a TOML file is wrong and why, for a message: the file with the
/// line and column (`govaudit.toml:3:7`), and the parser's message (which
/// names the key) on one line.
pub fn toml_error(text: &str, path: &Path, e: &toml::de::Error) -> (String, String) {
    let at = e.span().map(|span| {
        let before = &text[..span.start.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!(":{line}:{column}")
    });
    (format!("{}{}", path.display(), at.unwrap_or_default()), e.message().trim_end().replace('\n', " "))
}

/// Merges flags over the file and validates the result.
pub fn build(file: FileConfig, urls: &[String], args: &CommonArgs, lang: Lang) -> anyhow::Result<Config> {
    let rubric_path = args.rubric.clone().or_else(|| file.rubric_path());
    let c = file.crawl;
    let raw_urls: Vec<String> = if urls.is_empty() { file.urls.unwrap_or_default() } else { urls.to_vec() };
    let mut urls = raw_urls.iter().map(|u| parse_start_url(u, lang)).collect::<anyhow::Result<Vec<_>>>()?;
    // User info is sent, never written: see crawl::login.
    let mut logins = crate::crawl::login::Logins::default();
    urls.iter_mut().for_each(|url| logins.take_from(url));
    let utc_offset = parse_offset(file.utc_offset.as_deref().unwrap_or("+08:00"), lang)?;
    let as_of = match args.as_of.as_deref().or(file.as_of.as_deref()) {
        Some(day) => parse_day(day, lang)?,
        None => Utc::now().with_timezone(&utc_offset).date_naive(),
    };
    let formats = parse_formats(args.format.as_deref().or(file.format.as_deref()), lang)?;
    let exclude = args
        .exclude
        .iter()
        .chain(c.exclude.iter().flatten())
        .map(|p| {
            Regex::new(p).with_context(|| {
                lang.word_with("config-invalid-exclude", &[("pattern", format!("{p:?}").into())])
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let include_hosts: Vec<String> =
        args.include_hosts.iter().chain(c.include_hosts.iter().flatten()).cloned().collect();
    for host in &include_hosts {
        if crate::crawl::scope::HostKey::parse(host).is_none() {
            bail!(
                "{}",
                lang.word_with("config-invalid-include-host", &[("host", format!("{host:?}").into())])
            );
        }
    }
    let timeout = timeout_secs(args.timeout.or(c.timeout_secs).unwrap_or(15.0), lang)?;
    let ad_hosts = file.content.ad_hosts.clone().unwrap_or_default();
    let leaders = match &file.content.leaders {
        Some(p) => crate::leaders_file::load(&file.dir.as_deref().unwrap_or(Path::new("")).join(p), lang)?,
        None => Vec::new(),
    };

    let block_hosts = block_hosts(&file.links, file.dir.as_deref(), lang)?;
    let review =
        crate::review_file::path(args.review.as_deref(), file.review.file.as_deref(), file.dir.as_deref())
            .map(|p| crate::review_file::load(&p, lang))
            .transpose()?
            .unwrap_or_default();

    let attachments = attachment_budget(&file.attachments, lang)?;
    let notice = notice(&file.deliverables, lang)?;
    let crawl = CrawlSettings {
        max_pages: within(
            "max_pages",
            args.max_pages.or(c.max_pages).unwrap_or(100_000),
            1,
            10_000_000,
            lang,
        )?,
        max_depth: args
            .max_depth
            .or(c.max_depth)
            .map(|d| within("max_depth", d, 0, 10_000, lang))
            .transpose()?,
        concurrency: within("concurrency", args.concurrency.or(c.concurrency).unwrap_or(32), 1, 1024, lang)?,
        per_host: within("per_host", args.per_host.or(c.per_host).unwrap_or(4), 1, 256, lang)?,
        delay: Duration::from_millis(within(
            "delay_ms",
            args.delay.or(c.delay_ms).unwrap_or(0),
            0,
            600_000,
            lang,
        )?),
        timeout: Duration::from_secs_f64(timeout),
        retries: within("retries", args.retries.or(c.retries).unwrap_or(2), 0, MAX_RETRIES, lang)?,
        user_agent: user_agent(args.user_agent.clone().or(c.user_agent), lang)?,
        include_hosts,
        exclude,
        external: !args.no_external && c.external.unwrap_or(true),
        session_params: c.session_params.unwrap_or_else(|| {
            checks::url_norm::DEFAULT_SESSION_PARAMS.iter().map(|s| (*s).to_owned()).collect()
        }),
        max_query_variants: within(
            "max_query_variants",
            c.max_query_variants.unwrap_or(100),
            1,
            1_000_000,
            lang,
        )?,
        max_chain: within("max_chain", c.max_chain.unwrap_or(5), 1, 10_000, lang)?,
        max_retry_after: Duration::from_secs(within(
            "max_retry_after_secs",
            c.max_retry_after_secs.unwrap_or(60),
            0,
            3600,
            lang,
        )?),
        max_body_bytes: within(
            "max_body_bytes",
            c.max_body_bytes.unwrap_or(5 * 1024 * 1024),
            1024,
            1 << 30,
            lang,
        )?,
        resolve: parse_resolve(c.resolve.unwrap_or_default(), lang)?,
        page_options: std::sync::Arc::new(PageOptions::new(
            lang,
            lexicon(file.content, file.dir.as_deref(), lang)?,
        )),
        accounts: file
            .accounts
            .iter()
            .enumerate()
            .map(|(i, a)| account_spec(i, a, lang))
            .collect::<anyhow::Result<_>>()?,
        accounts_only: args.accounts_only,
        utc_offset,
        logins,
        render: args.render || c.render.unwrap_or(false),
        attachments,
        a11y: crate::crawl::render::a11y::A11ySettings {
            pages: within(
                "render_pages",
                file.a11y.render_pages.unwrap_or(crate::crawl::render::a11y::DEFAULT_PAGES),
                0,
                crate::crawl::render::a11y::MAX_PAGES,
                lang,
            )?,
            axe_core: file
                .a11y
                .axe_core
                .as_ref()
                .map(|p| file.dir.as_deref().unwrap_or(Path::new("")).join(p)),
        },
    };
    if args.accounts_only && crawl.accounts.is_empty() {
        bail!("{}", lang.word("config-accounts-only-without-accounts"));
    }
    let rubric = Arc::new(crate::rubric_file::load(rubric_path.as_deref(), lang)?);
    let profile = profile(&file.scoring, &rubric, lang)?;
    let mut audit = AuditSettings::new(lang, as_of);
    audit.limits = crate::rubric_file::limits(&rubric);
    audit.count_lines = crate::warnings_config::count_lines(&rubric);
    apply_freshness(&mut audit, file.freshness, lang)?;
    audit.calendar =
        crate::calendar_file::load(file.calendar, file.dir.as_deref().unwrap_or(Path::new("")), lang)?;
    // The notice's fix-by days count the same working days as the checks.
    let notice = reports::docx::Notice { calendar: audit.calendar.clone(), ..notice };
    crate::warnings_config::apply(&mut audit, file.warnings, lang)?;
    for a in &file.accounts {
        crate::warnings_config::add_account_owner(&mut audit, &a.name, a.owner.clone(), lang)?;
    }
    let maintenance = crate::warnings_config::maintenance(file.maintenance, utc_offset, lang)?;
    audit.columns = file.columns.into_iter().map(|c| column_rule(c, lang)).collect::<anyhow::Result<_>>()?;
    audit.ad_hosts = ad_hosts;
    audit.leaders = leaders;

    audit.block_hosts = block_hosts;
    Ok(Config {
        urls,
        out: args.out.clone().or(file.out).unwrap_or_else(|| PathBuf::from("reports")),
        formats,
        as_of,
        utc_offset,
        lang,
        crawl,
        audit,
        rubric,
        profile,
        notify: crate::notify::config::channels(file.notify, file.path.as_deref(), lang)?,
        maintenance,
        notice,

        review,
    })
}

/// One `[[accounts]]` entry, checked: a URL, a known platform and reader,
/// and a generic reader's selector and pattern that compile.
fn account_spec(i: usize, a: &AccountFile, lang: Lang) -> anyhow::Result<AccountSpec> {
    use checks::facts::account::read::{Format, GenericRule};
    let at = || format!("[[accounts]] #{} ({})", i + 1, a.name);
    let url = Url::parse(a.url.trim()).ok().filter(|u| matches!(u.scheme(), "http" | "https")).with_context(
        || {
            lang.word_with(
                "config-account-invalid-url",
                &[("at", at().into()), ("url", format!("{:?}", a.url).into())],
            )
        },
    )?;
    let platform = match &a.platform {
        None => match Platform::guess(&url) {
            Platform::Other if a.reader.as_deref() == Some("feed") => Platform::Feed,
            p => p,
        },
        Some(name) => Platform::parse(name).with_context(|| {
            lang.word_with(
                "config-account-unknown-platform",
                &[("at", at().into()), ("platform", format!("{name:?}").into())],
            )
        })?,
    };
    let reader = match a.reader.as_deref() {
        None => None,
        Some("wechat-article") => Some(Format::WechatArticle),
        Some("wechat-history") => Some(Format::WechatHistory),
        Some("feed") => Some(Format::Feed),
        Some("weibo") => Some(Format::WeiboJson),
        Some("toutiao") => Some(Format::Toutiao),
        Some("generic") => {
            let selector = a.selector.clone().with_context(|| {
                lang.word_with("config-account-generic-needs-selector", &[("at", at().into())])
            })?;
            let rule = GenericRule { selector, date_pattern: a.date_pattern.clone() };
            checks::facts::account::read::validate(&rule).map_err(|e| anyhow::anyhow!("{}: {e}", at()))?;
            Some(Format::Generic(rule))
        }
        Some(other) => bail!(
            "{}",
            lang.word_with(
                "config-account-unknown-reader",
                &[("at", at().into()), ("reader", format!("{other:?}").into())]
            )
        ),
    };
    if reader.as_ref().is_none_or(|r| !matches!(r, Format::Generic(_)))
        && (a.selector.is_some() || a.date_pattern.is_some())
    {
        bail!("{}", lang.word_with("config-account-selector-without-generic", &[("at", at().into())]));
    }
    Ok(AccountSpec {
        name: a.name.trim().to_owned(),
        platform,
        url: url.to_string(),
        unit: a.unit.clone(),
        reader,
        listed_on: None,
    })
}

/// The scoring profile from `[scoring]`; `service = false` needs a rubric
/// that says which index is the services one.
fn profile(scoring: &ScoringFile, rubric: &Rubric, lang: Lang) -> anyhow::Result<Profile> {
    let profile = Profile {
        kind: scoring.kind.unwrap_or_default(),
        service: scoring.service.unwrap_or(true),
        bonus: scoring.bonus.unwrap_or(0.0),
        manual_points: scoring.manual.clone().unwrap_or_default(),
        manual_vetoes: scoring.vetoes.clone().unwrap_or_default(),
    };
    for (id, points) in &profile.manual_points {
        let Some(indicator) = rubric.indicators.iter().find(|i| &i.id == id) else {
            bail!(
                "{}",
                lang.word_with(
                    "config-manual-no-such-indicator",
                    &[("id", id.as_str().into()), ("rubric", rubric.id.as_str().into())]
                )
            );
        };
        let weight = checks::score::rubric::from_centi(indicator.weight);
        if !(points.is_finite() && (0.0..=weight).contains(points)) {
            bail!(
                "{}",
                lang.word_with(
                    "config-manual-out-of-range",
                    &[
                        ("id", id.as_str().into()),
                        ("points", points.to_string().into()),
                        ("weight", weight.to_string().into())
                    ]
                )
            );
        }
    }
    for (id, reason) in &profile.manual_vetoes {
        if !rubric.vetoes.iter().any(|v| &v.id == id) {
            bail!(
                "{}",
                lang.word_with(
                    "config-veto-no-such-veto",
                    &[("id", id.as_str().into()), ("rubric", rubric.id.as_str().into())]
                )
            );
        }
        if reason.trim().is_empty() {
            bail!("{}", lang.word_with("config-veto-needs-reason", &[("id", id.as_str().into())]));
        }
    }
    if !(profile.bonus.is_finite() && profile.bonus >= 0.0) {
        bail!("{}", lang.word("config-bonus-negative"));
    }
    if !profile.service && !rubric.indices.iter().any(|i| i.services) {
        bail!("{}", lang.word_with("config-no-services-index", &[("rubric", rubric.id.as_str().into())]));
    }
    Ok(profile)
}

/// The wrong-word lexicon: the shipped one unless `default_typos = false`,
/// then the user's `[content] words` file, then `[content.typos]` (graded
/// 一般); a later entry with the same wrong form replaces an earlier one.
fn lexicon(content: ContentFile, dir: Option<&Path>, lang: Lang) -> anyhow::Result<Lexicon> {
    let mut entries = if content.default_typos.unwrap_or(true) { lexicon::builtin() } else { Vec::new() };
    if let Some(words) = &content.words {
        let path = dir.unwrap_or(Path::new("")).join(words);
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(&path)
            .with_context(|| lang.word_with("config-words-cannot-read", &[("path", (&shown).into())]))?;
        let parsed = lexicon::parse(&text, &shown).map_err(|e| {
            let place = format!("{shown}:{}", e.line);
            anyhow::anyhow!(
                "{}",
                lang.word_with(
                    "config-words-invalid-line",
                    &[("place", place.into()), ("problem", line_problem(&e.problem, lang).into())]
                )
            )
        })?;
        entries.extend(parsed);
    }
    for (wrong, right) in content.typos.unwrap_or_default() {
        let entry = lexicon::entry(&wrong, &right, "", "", "", "", "[content.typos]").map_err(|_| {
            anyhow::anyhow!(
                "{}",
                lang.word_with(
                    "config-typo-invalid",
                    &[("wrong", format!("{wrong:?}").into()), ("right", format!("{right:?}").into())]
                )
            )
        })?;
        entries.push(entry);
    }
    Ok(Lexicon::new(entries))
}

/// What is wrong with a line of the user's words file, for the error.
fn line_problem(problem: &LineProblem, lang: Lang) -> String {
    match problem {
        LineProblem::NoArrow => lang.word("config-words-no-arrow"),
        LineProblem::EmptyWrong => lang.word("config-words-empty-wrong"),
        LineProblem::RightContainsWrong => lang.word("config-words-right-contains-wrong"),
        LineProblem::UnknownGrade(grade) => {
            lang.word_with("config-words-unknown-grade", &[("grade", grade.as_str().into())])
        }
        LineProblem::ExceptionWithoutWrong(context) => {
            lang.word_with("config-words-exception-without-wrong", &[("context", context.as_str().into())])
        }
        LineProblem::TooManyFields => lang.word("config-words-too-many-fields"),
    }
}

/// Longest limit in days a freshness rule may set: dates are computed
/// with it, and a century is longer than any rule means.
pub const MAX_DAYS: u32 = 36_500;

/// Most retries of one URL: each waits twice as long as the one before.
pub const MAX_RETRIES: u32 = 10;

fn apply_freshness(audit: &mut AuditSettings, f: FreshnessFile, lang: Lang) -> anyhow::Result<()> {
    for (key, value) in [
        ("homepage_days", f.homepage_days),
        ("news_days", f.news_days),
        ("notice_days", f.notice_days),
        ("policy_days", f.policy_days),
        ("personnel_days", f.personnel_days),
        ("planning_days", f.planning_days),
        ("interaction_days", f.interaction_days),
        ("other_days", f.other_days),
        ("account_days", f.account_days),
        ("warn_news_days", f.warn_news_days),
        ("warn_other_days", f.warn_other_days),
        ("reply_working_days", f.reply_working_days),
    ] {
        if let Some(value) = value {
            within(&format!("[freshness] {key}"), value, 0, MAX_DAYS, lang)?;
        }
    }
    let limits = &mut audit.limits;
    limits.homepage = f.homepage_days.unwrap_or(limits.homepage);
    limits.account = f.account_days.unwrap_or(limits.account);
    for (value, limit) in [
        (f.news_days, &mut limits.news),
        (f.notice_days, &mut limits.notice),
        (f.policy_days, &mut limits.policy),
        (f.personnel_days, &mut limits.personnel),
        (f.planning_days, &mut limits.planning),
        (f.interaction_days, &mut limits.interaction),
        (f.other_days, &mut limits.other),
    ] {
        if value.is_some() {
            *limit = value;
        }
    }
    audit.warning.news = f.warn_news_days.unwrap_or(audit.warning.news);
    audit.warning.others = f.warn_other_days.unwrap_or(audit.warning.others);
    audit.reply_working_days = f.reply_working_days.unwrap_or(audit.reply_working_days);
    audit.exempt = f.exempt.unwrap_or_default().into_iter().map(UrlPrefix).collect();
    Ok(())
}

fn column_rule(c: ColumnFile, lang: Lang) -> anyhow::Result<ColumnRule> {
    let column = match (c.url, c.pattern) {
        (Some(url), None) => ColumnMatch::Url(url),
        (None, Some(pattern)) => ColumnMatch::Regex(Regex::new(&pattern).with_context(|| {
            lang.word_with("config-column-invalid-pattern", &[("pattern", format!("{pattern:?}").into())])
        })?),
        _ => bail!("{}", lang.word("config-column-url-or-pattern")),
    };
    if let Some(days) = c.limit_days {
        within("[[columns]] limit_days", days, 0, MAX_DAYS, lang)?;
    }
    let owner =
        c.owner.map(|o| crate::warnings_config::owner_name("[[columns]] owner", o, lang)).transpose()?;
    Ok(ColumnRule { column, name: c.name, category: c.category, limit_days: c.limit_days, owner })
}

/// The `--timeout` rule, for every command that takes one: more than 0
/// and at most 600 seconds (the national rule is 15).
fn timeout_secs(timeout: f64, lang: Lang) -> anyhow::Result<f64> {
    if !(timeout > 0.0 && timeout <= 600.0) {
        bail!(
            "{}",
            lang.word_with("config-timeout-out-of-range", &[("timeout", timeout.to_string().into())])
        );
    }
    Ok(timeout)
}

/// A start URL; `http://` is assumed when the scheme is missing, since
/// people type `www.yanting.gov.cn`.
pub fn parse_start_url(raw: &str, lang: Lang) -> anyhow::Result<Url> {
    let raw = raw.trim();
    let with_scheme = if raw.contains("://") {
        raw.to_owned()
    } else if has_scheme(raw) {
        // `mailto:a@b.c`, `http:/host/`: a scheme, but no `//` authority.
        bail!("{}", lang.word_with("config-url-not-http", &[("url", format!("{raw:?}").into())]));
    } else {
        format!("http://{raw}")
    };
    let url = Url::parse(&with_scheme).map_err(|e| {
        anyhow::anyhow!(lang.word_with(
            "config-url-invalid",
            &[("url", format!("{raw:?}").into()), ("reason", e.to_string().into())]
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        bail!("{}", lang.word_with("config-url-not-http", &[("url", format!("{raw:?}").into())]));
    }
    Ok(url)
}

/// Whether `raw` starts with a scheme (`name:`) rather than a bare host
/// with a port (`www.example.gov.cn:8080/`), which is all digits up to the
/// path.
fn has_scheme(raw: &str) -> bool {
    let Some((name, rest)) = raw.split_once(':') else { return false };
    let is_scheme = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let port_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let is_port = port_len > 0 && rest[..port_len].chars().all(|c| c.is_ascii_digit());
    is_scheme && !is_port
}

fn parse_day(day: &str, lang: Lang) -> anyhow::Result<NaiveDate> {
    NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").map_err(|_| {
        anyhow::anyhow!(lang.word_with("config-invalid-date", &[("day", format!("{day:?}").into())]))
    })
}

fn parse_offset(offset: &str, lang: Lang) -> anyhow::Result<FixedOffset> {
    offset.parse::<FixedOffset>().map_err(|_| {
        anyhow::anyhow!(
            lang.word_with("config-invalid-utc-offset", &[("offset", format!("{offset:?}").into())])
        )
    })
}

fn parse_formats(formats: Option<&[String]>, lang: Lang) -> anyhow::Result<Vec<Format>> {
    let Some(formats) = formats else { return Ok(Format::ALL.iter().map(|(f, _)| *f).collect()) };
    let mut out = Vec::new();
    for f in formats {
        let name = f.trim().to_ascii_lowercase();
        let name = if name == "markdown" { "md".to_owned() } else { name };
        let Some((format, _)) = Format::ALL.iter().find(|(_, n)| *n == name) else {
            bail!("{}", lang.word_with("config-unknown-format", &[("format", format!("{name:?}").into())]))
        };
        let format = *format;
        if !out.contains(&format) {
            out.push(format);
        }
    }
    Ok(out)
}

fn parse_resolve(
    table: BTreeMap<String, String>,
    lang: Lang,
) -> anyhow::Result<BTreeMap<String, SocketAddr>> {
    table
        .into_iter()
        .map(|(host, addr)| {
            let parsed = addr.parse::<SocketAddr>().map_err(|_| {
                anyhow::anyhow!(lang.word_with(
                    "config-resolve-invalid-address",
                    &[("host", format!("{host:?}").into()), ("address", format!("{addr:?}").into())]
                ))
            })?;
            // Requests name a host as the URL parser writes it: lower
            // case, an IDN in punycode (`政府.cn` is `xn--mxtq1m.cn`).
            let key = match url::Host::parse(host.trim()) {
                Ok(url::Host::Domain(domain)) => domain,
                _ => bail!(
                    "{}",
                    lang.word_with("config-resolve-invalid-host", &[("host", format!("{host:?}").into())])
                ),
            };
            Ok((key, parsed))
        })
        .collect()
}

/// `value` when it lies in `lo..=hi`, the range the code can use.
fn within<T: PartialOrd + std::fmt::Display>(
    key: &str,
    value: T,
    lo: T,
    hi: T,
    lang: Lang,
) -> anyhow::Result<T> {
    if !(lo <= value && value <= hi) {
        bail!(
            "{}",
            lang.word_with(
                "config-out-of-range",
                &[
                    ("key", key.into()),
                    ("value", value.to_string().into()),
                    ("lo", lo.to_string().into()),
                    ("hi", hi.to_string().into())
                ]
            )
        );
    }
    Ok(value)
}

fn user_agent(value: Option<String>, lang: Lang) -> anyhow::Result<String> {
    let ua = value.unwrap_or_else(|| DEFAULT_USER_AGENT.to_owned());
    if ua.trim().is_empty() || ua.chars().any(char::is_control) {
        bail!("{}", lang.word("config-user-agent-invalid"));
    }
    Ok(ua)
}

/// The hosts of `[links] block_hosts` and of the `block_list` file, lower
/// case and sorted; a host that is not a host name is an error naming it.
fn block_hosts(links: &LinksFile, dir: Option<&Path>, lang: Lang) -> anyhow::Result<Vec<String>> {
    let mut hosts: Vec<(String, String)> =
        links.block_hosts.iter().flatten().map(|h| (h.clone(), "[links] block_hosts".to_owned())).collect();
    if let Some(list) = &links.block_list {
        let path = dir.unwrap_or(Path::new("")).join(list);
        let text = std::fs::read_to_string(&path).with_context(|| {
            lang.word_with("config-block-list-unreadable", &[("path", path.display().to_string().into())])
        })?;
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or_default();
            // A hosts file's line names its address first.
            if let Some(host) = line.split_whitespace().last() {
                hosts.push((host.to_owned(), format!("{}:{}", path.display(), n + 1)));
            }
        }
    }
    let mut out = Vec::with_capacity(hosts.len());
    for (host, at) in hosts {
        let host = host.trim().trim_start_matches("*.").trim_start_matches('.').to_ascii_lowercase();
        let valid = !host.is_empty()
            && host.len() <= 253
            && host.split('.').all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'));
        if !valid {
            bail!(
                "{}",
                lang.word_with(
                    "config-block-host-invalid",
                    &[("at", at.into()), ("host", format!("{host:?}").into())]
                )
            );
        }
        out.push(host);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> anyhow::Result<FileConfig> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("govaudit.toml");
        std::fs::write(&path, text)?;
        FileConfig::load(&path, Lang::Zh)
    }

    #[test]
    fn the_example_file_parses_and_validates() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("govaudit.example.toml");
        let file = FileConfig::load(&path, Lang::Zh).expect("example parses");
        let config = build(file, &[], &CommonArgs::default(), Lang::Zh).expect("example validates");
        assert_eq!(config.crawl.per_host, 4);
        assert_eq!(config.crawl.timeout, Duration::from_secs(15));
        assert!(!config.urls.is_empty());
    }

    #[test]
    fn unknown_keys_name_the_key_and_the_file() {
        let err = parse("[crawl]\nper_hots = 1\n").unwrap_err().to_string();
        assert!(err.contains("per_hots"), "{err}");
        assert!(err.contains("govaudit.toml:2:1"), "{err}");
    }

    #[test]
    fn flags_win_over_the_file() {
        let file = parse("[crawl]\nper_host = 2\nconcurrency = 8\n").unwrap();
        let args = CommonArgs { per_host: Some(3), ..CommonArgs::default() };
        let config = build(file, &["www.qingxi.gov.cn".into()], &args, Lang::Zh).unwrap();
        assert_eq!((config.crawl.per_host, config.crawl.concurrency), (3, 8));
        assert_eq!(config.urls[0].as_str(), "http://www.qingxi.gov.cn/");
    }

    #[test]
    fn the_reply_limit_comes_from_the_freshness_table() {
        let default = build(parse("").unwrap(), &["h".into()], &CommonArgs::default(), Lang::Zh).unwrap();
        assert_eq!(default.audit.reply_working_days, checks::model::settings::DEFAULT_REPLY_WORKING_DAYS);
        let file = parse("[freshness]\nreply_working_days = 3\n").unwrap();
        let config = build(file, &["h".into()], &CommonArgs::default(), Lang::Zh).unwrap();
        assert_eq!(config.audit.reply_working_days, 3);
    }

    #[test]
    fn the_leader_list_is_read_beside_the_config_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("leaders.csv"), "林秋明,县委副书记、县长,2024-01-15,\n").unwrap();
        let path = dir.path().join("govaudit.toml");
        std::fs::write(&path, "[content]\nleaders = \"leaders.csv\"\n").unwrap();
        let file = FileConfig::load(&path, Lang::Zh).unwrap();
        let config = build(file, &[], &CommonArgs::default(), Lang::Zh).unwrap();
        assert_eq!(config.audit.leaders.len(), 1);
        assert_eq!(config.audit.leaders[0].name, "林秋明");
        std::fs::write(dir.path().join("leaders.csv"), "林秋明,县长\n县政府,县长\n").unwrap();
        let file = FileConfig::load(&path, Lang::En).unwrap();
        let e = build(file, &[], &CommonArgs::default(), Lang::En).unwrap_err().to_string();
        assert!(e.contains("leaders.csv line 2"), "{e}");
    }

    #[test]
    fn ad_hosts_come_from_the_content_table() {
        let file = parse("[content]\nad_hosts = [\"ads.example.cn\"]\n").unwrap();
        let config = build(file, &["h".into()], &CommonArgs::default(), Lang::Zh).unwrap();
        assert_eq!(config.audit.ad_hosts, ["ads.example.cn"]);
    }

    #[test]
    fn block_hosts_come_from_the_links_table_and_its_list() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("block.txt");
        std::fs::write(&list, "# gambling\n0.0.0.0 bet-a.example\n\nBet-B.example  # listed 2026\n").unwrap();
        let mut file =
            parse("[links]\nblock_hosts = [\"*.ads.example\"]\nblock_list = \"block.txt\"\n").unwrap();
        file.dir = Some(dir.path().to_owned());
        let config = build(file, &["h".into()], &CommonArgs::default(), Lang::Zh).unwrap();
        assert_eq!(config.audit.block_hosts, ["ads.example", "bet-a.example", "bet-b.example"]);
        std::fs::write(&list, "bet a/b\n").unwrap();
        let mut file = parse("[links]\nblock_list = \"block.txt\"\n").unwrap();
        file.dir = Some(dir.path().to_owned());
        let error = build(file, &["h".into()], &CommonArgs::default(), Lang::En).unwrap_err().to_string();
        assert!(error.contains("block.txt:1") && error.contains("\"a/b\""), "{error}");
        let file = parse("[links]\nblock_list = \"missing.txt\"\n").unwrap();
        assert!(build(file, &["h".into()], &CommonArgs::default(), Lang::En).is_err());
        assert!(parse("[links]\nblock = []\n").is_err());
    }

    #[test]
    fn start_urls_are_http_or_https_with_a_host() {
        for good in ["www.qingxi.gov.cn", "www.qingxi.gov.cn:8080/x", "HTTPS://h/", "127.0.0.1:9/", "h"] {
            assert!(parse_start_url(good, Lang::Zh).is_ok(), "{good}");
        }
        for bad in [
            "mailto:admin@b.c",
            "http:/127.0.0.1:9/",
            "javascript:alert(1)",
            "ftp://h/",
            "file:///etc",
            "http://",
        ] {
            let err = parse_start_url(bad, Lang::Zh).unwrap_err().to_string();
            assert!(err.contains(bad), "{err}");
        }
    }

    #[test]
    fn resolve_keys_in_unicode_are_written_as_requests_name_them() {
        let file = parse("[crawl.resolve]\n\"政府.Cn\" = \"127.0.0.1:9\"\n\"WWW.X.CN\" = \"127.0.0.1:8\"\n")
            .unwrap();
        let config = build(file, &["h".into()], &CommonArgs::default(), Lang::Zh).unwrap();
        let keys: Vec<&str> = config.crawl.resolve.keys().map(String::as_str).collect();
        assert_eq!(keys, ["www.x.cn", "xn--mxtq1m.cn"]);
    }

    #[test]
    fn the_notice_takes_its_term_and_length_from_deliverables() {
        let config = build(parse("").unwrap(), &["h".into()], &CommonArgs::default(), Lang::Zh).unwrap();
        assert_eq!((config.notice.fix_within_workdays, config.notice.per_indicator), (15, 10));
        let file = parse("[deliverables]\nfix_within_workdays = 10\nfindings_per_indicator = 3\n").unwrap();
        let config = build(file, &["h".into()], &CommonArgs::default(), Lang::Zh).unwrap();
        assert_eq!((config.notice.fix_within_workdays, config.notice.per_indicator), (10, 3));
        let zero = parse("[deliverables]\nfix_within_workdays = 0\n").unwrap();
        let err = build(zero, &["h".into()], &CommonArgs::default(), Lang::Zh).unwrap_err().to_string();
        assert!(err.contains("deliverables.fix_within_workdays"), "{err}");
        assert!(parse("[deliverables]\nfix_within_days = 10\n").is_err(), "unknown keys are errors");
    }

    /// Every numeric key at the extremes its type allows: refused with its
    /// name, or used without a panic.
    #[test]
    fn every_number_is_checked_against_what_the_code_can_use() {
        let keys = [
            "[crawl]\nmax_pages",
            "[crawl]\nmax_depth",
            "[crawl]\nconcurrency",
            "[crawl]\nper_host",
            "[crawl]\ndelay_ms",
            "[crawl]\nretries",
            "[crawl]\nmax_query_variants",
            "[crawl]\nmax_chain",
            "[crawl]\nmax_retry_after_secs",
            "[crawl]\nmax_body_bytes",
            "[attachments]\nmax_bytes",
            "[attachments]\nmax_unpacked_bytes",
            "[attachments]\nmax_text_chars",
            "[deliverables]\nfix_within_workdays",
            "[deliverables]\nfindings_per_indicator",
            "[a11y]\nrender_pages",
            "[freshness]\nhomepage_days",
            "[freshness]\nnews_days",
            "[freshness]\nnotice_days",
            "[freshness]\npolicy_days",
            "[freshness]\npersonnel_days",
            "[freshness]\nplanning_days",
            "[freshness]\ninteraction_days",
            "[freshness]\nother_days",
            "[freshness]\naccount_days",
            "[freshness]\nwarn_news_days",
            "[freshness]\nwarn_other_days",
            "[freshness]\nreply_working_days",
            "[[columns]]\nurl = \"http://h/a/\"\nlimit_days",
        ];
        for key in keys {
            let name = key.rsplit('\n').next().unwrap();
            for value in ["4294967295", "18446744073709551615"] {
                // Too large for the field's type, or past its range.
                let Ok(file) = parse(&format!("{key} = {value}\n")) else { continue };
                let err =
                    build(file, &["h".into()], &CommonArgs::default(), Lang::Zh).unwrap_err().to_string();
                assert!(err.contains(name), "{key} = {value}: {err}");
            }
            if let Ok(file) = parse(&format!("{key} = 0\n")) {
                let zero = build(file, &["h".into()], &CommonArgs::default(), Lang::Zh);
                assert!(zero.is_ok() || zero.unwrap_err().to_string().contains(name), "{key} = 0");
            }
        }
        for timeout in ["0", "-1", "601", "nan", "inf"] {
            let file = parse(&format!("[crawl]\ntimeout_secs = {timeout}\n")).unwrap();
            let err = build(file, &["h".into()], &CommonArgs::default(), Lang::Zh).unwrap_err().to_string();
            assert!(err.contains("600"), "{err}");
        }
    }

    #[test]
    fn bad_values_are_named() {
        let cases: [(&str, &[&str], &str); 4] = [
            ("", &["ftp://x/"], "ftp://x/"),
            ("", &["http://"], "http://"),
            ("as_of = \"26/11/2026\"", &["h"], "26/11/2026"),
            ("[crawl]\nexclude = [\"(\"]", &["h"], "exclude"),
        ];
        for (file, urls, needle) in cases {
            let urls: Vec<String> = urls.iter().map(|s| (*s).to_owned()).collect();
            let err =
                build(parse(file).unwrap(), &urls, &CommonArgs::default(), Lang::Zh).unwrap_err().to_string();
            assert!(err.contains(needle), "{err}");
        }
    }
}
