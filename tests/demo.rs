//! `govaudit demo` end to end: the embedded portal is served, audited, and
//! every planted defect is reported — and nothing else is.

mod common;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use common::govaudit;
use demo::portal;
use serde_json::Value;

#[test]
fn demo_reports_exactly_the_planted_defects() {
    let out = tempfile::tempdir().unwrap();
    let output = govaudit(&["demo", "--out", &out.path().to_string_lossy(), "--as-of", "2026-11-26", "-q"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("report.json"), "the summary says where the reports are: {stdout}");
    assert!(out.path().join("demo/2026-11-26/report.json").is_file());
    assert!(out.path().join("demo/2026-11-26/findings.csv").is_file());

    let read = |label: &str| -> Value {
        let path = out.path().join(label).join("2026-11-26/report.json");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let report = serde_json::from_slice(&bytes).unwrap();
        common::assert_valid_report(&report, &path);
        report
    };
    let report = read("demo");
    let site = &report["sites"][0];
    let root = site["root"].as_str().unwrap().trim_end_matches('/').to_owned();
    let local = |v: &Value| v.as_str().map(|url| url.strip_prefix(&root).unwrap_or(url).to_owned());
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let findings = site["findings"].as_array().unwrap();
    let of = |check: &'static str| findings.iter().filter(move |f| f["check"] == check);

    // Link defects.
    let mut got: Vec<(String, Option<String>, String)> = of("link.dead")
        .chain(of("page.blocked"))
        .chain(of("link.parked-domain"))
        .map(|f| (f["check"].as_str().unwrap().to_owned(), local(&f["page"]), local(&f["target"]).unwrap()))
        .collect();
    got.sort();
    let mut want: Vec<_> =
        portal::planted(as_of).into_iter().map(|p| (p.check.to_owned(), p.page, p.target)).collect();
    want.sort();
    assert_eq!(got, want);

    // Where external links go: the planted hidden link and parked domain
    // (above and with the page checks), and as commercial leads the sites
    // on domains no state body holds alone: the gambling site of the hidden
    // link, the lapsed 清溪旅游网, the 教育体育局's .com site (all on the home
    // page) and the 融媒体中心's .cn site its feed's items link to.
    for check in ["link.foreign-redirect", "link.blocked-host"] {
        assert_eq!(of(check).count(), 0, "nothing planted for {check}");
    }
    let commercial: BTreeSet<String> = of("link.commercial")
        .filter_map(|f| Some(url::Url::parse(f["target"].as_str()?).ok()?.host_str()?.to_owned()))
        .collect();
    let leads = ["www.hjylc888.com", "www.qxlyw.com", "www.qxjyty.com", "www.qxrmt.cn"];
    assert_eq!(commercial, leads.iter().map(|u| (*u).to_owned()).collect::<BTreeSet<_>>());

    // Every column, in the state planted.
    let due_soon: BTreeSet<String> = of("column.due-soon").filter_map(|f| local(&f["column"])).collect();
    let got: Vec<(String, String, &str)> = site["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let url = local(&c["url"]).unwrap();
            let state = match (c["exempt"].as_bool(), c["blank"].as_bool(), c["stale"].as_bool()) {
                (Some(true), _, _) => "exempt",
                (_, Some(true), _) => "blank",
                (_, _, Some(true)) => "stale",
                _ if due_soon.contains(&url) => "due-soon",
                _ => "fresh",
            };
            (url, c["name"].as_str().unwrap().to_owned(), state)
        })
        .collect();
    let want: Vec<_> =
        portal::planted_columns(as_of).into_iter().map(|c| (c.url, c.name.to_owned(), c.expect)).collect();
    assert_eq!(got, want);
    // The lists only scripts build are read whole, and say what built them:
    // a Hanweb datastore and its data endpoint (32 items and a deleted one),
    // TRS pages linked only by script (21 and a deleted one), a JSON list.
    for (path, source, items) in [
        ("/xwzx/jcdt/index.html", "hanweb", 33),
        ("/xxgk/xzxk/index.html", "trs_pages", 22),
        ("/zwfw/bmfw/index.html", "json", 5),
    ] {
        let columns = site["columns"].as_array().unwrap();
        let column = columns.iter().find(|c| local(&c["url"]).as_deref() == Some(path)).unwrap();
        assert_eq!(
            (&column["built_by"][0], column["items"].as_u64()),
            (&Value::from(source), Some(items)),
            "{column}"
        );
    }
    let stale: BTreeSet<_> = of("column.stale").filter_map(|f| local(&f["column"])).collect();
    let blank: BTreeSet<_> = of("column.blank").filter_map(|f| local(&f["column"])).collect();
    let planted = |state| want.iter().filter(|c| c.2 == state).map(|c| c.0.clone()).collect::<BTreeSet<_>>();
    assert_eq!((stale, blank, due_soon.clone()), (planted("stale"), planted("blank"), planted("due-soon")));

    let future: Vec<_> = of("content.future-date").filter_map(|f| local(&f["target"])).collect();
    assert_eq!(future, portal::planted_future_items(as_of));
    assert_eq!(of("update.homepage-stale").count(), 0, "the demo's home page is fresh");

    // Interaction: one 县长信箱 letter answered two weeks late (a
    // deduction); the portal's channel works and its replies are recent.
    let slow: Vec<_> = of("interaction.slow-reply").filter_map(|f| local(&f["target"])).collect();
    assert_eq!(slow, portal::planted_slow_reply(as_of));
    for quiet in ["interaction.unanswered", "interaction.no-channel", "interaction.not-published"] {
        assert_eq!(of(quiet).count(), 0, "{quiet} on the portal");
    }
    // workdays (issue 21 §3): reply times counted with the holiday calendar;
    // the summary names each year's basis and the late letter's detail too.
    assert_eq!(of("interaction.silent").count(), 0, "the portal's mailbox is not silent");
    let replies = &site["consultations"];
    assert_eq!(replies["over_limit"].as_u64(), Some(slow.len() as u64), "{replies}");
    assert!(replies["timed"].as_u64() > Some(slow.len() as u64), "{replies}");
    let years = replies["calendar"].as_array().expect("the calendar years used");
    assert!(!years.is_empty(), "{replies}");
    for finding in of("interaction.slow-reply") {
        let detail = finding["detail"].as_str().unwrap_or_default();
        assert!(years.iter().any(|y| detail.contains(&y["year"].to_string())), "{detail} names its year");
    }
    // 征集调查: one consultation whose result never came (the others are
    // answered within the month, or still within it).
    let overdue: Vec<_> = of("consultation.result-overdue").filter_map(|f| local(&f["page"])).collect();
    let planted_overdue = portal::planted_overdue_consultations(as_of);
    assert_eq!(planted_overdue.len(), 1);
    assert_eq!(overdue, planted_overdue);
    // 政策文件 and 政策解读: every third document of the year has no
    // interpretation, the newest pair links one way only, every fourth
    // interpretation is a graphic.
    let policy = portal::planted_policy(as_of);
    assert!(!policy.without.is_empty() && policy.one_way.len() == 1, "{policy:?}");
    let mut without: Vec<_> = of("policy.no-interpretation").filter_map(|f| local(&f["page"])).collect();
    without.sort();
    assert_eq!(without, policy.without);
    let one_way: Vec<_> = of("policy.one-way-link").filter_map(|f| local(&f["page"])).collect();
    assert_eq!(one_way, policy.one_way);
    let n = policy.documents.len() as u64;
    let summary = &site["policy"];
    assert_eq!(summary["documents"].as_u64(), Some(n), "{summary}");
    assert_eq!(summary["interpreted"].as_u64(), Some(n - policy.without.len() as u64), "{summary}");
    assert_eq!(summary["diversified"].as_u64(), Some(policy.diversified.len() as u64), "{summary}");
    assert_eq!(summary["target"].as_f64(), Some(0.5));
    let expired: Vec<_> = of("content.expired-notice").filter_map(|f| local(&f["target"])).collect();
    assert_eq!((expired.len(), expired), (1, portal::planted_expired(as_of)));
    // 领导信息, against the leader list the demo passes as `[content] leaders`:
    // the one leader whose own page still shows his title from before a
    // promotion (a serious error); every other leader agrees with the list
    // (a current one not read would be reported missing) and is complete.
    let planted = portal::planted_leader_mismatch(as_of);
    let mismatches: Vec<_> = of("content.leader-mismatch")
        .map(|f| (local(&f["page"]), f["detail"].as_str().unwrap_or_default().to_owned()))
        .collect();
    assert_eq!(mismatches.len(), 1, "{mismatches:?}");
    assert_eq!(mismatches[0].0.as_deref(), Some(planted.page.as_str()), "{mismatches:?}");
    assert!(mismatches[0].1.contains("严重") && mismatches[0].1.contains("“副县长”"), "{mismatches:?}");
    assert_eq!(of("content.leader-incomplete").count(), 0, "every leader has a title and duties");
    // What both were judged on, in report.json: the index and the six
    // detail pages, six leaders, each with titles and duties; and the
    // rubric's 领导信息 indicator counts as assessed.
    let leaders = &site["leaders"];
    let pages: Vec<Option<String>> = leaders["pages"].as_array().unwrap().iter().map(local).collect();
    assert!(pages.contains(&Some("/xxgk/ldxx.html".to_owned())) && pages.len() == 7, "{pages:?}");
    let shown = leaders["leaders"].as_array().unwrap();
    assert_eq!(shown.len(), 6, "{leaders}");
    assert!(
        shown.iter().all(|l| l["duties"] == true && !l["titles"].as_array().unwrap().is_empty()),
        "{leaders}"
    );
    let indicator =
        site["score"]["indicators"].as_array().unwrap().iter().find(|i| i["id"] == "leaders").unwrap();
    assert_eq!(indicator["assessed"], true, "{indicator}");
    for id in ["V5", "V6"] {
        let veto = site["score"]["vetoes"].as_array().unwrap().iter().find(|v| v["id"] == id).unwrap();
        assert_eq!(veto["status"], "clear", "{veto}");
    }
    // 适老化: the home page's 长者模式 entry (so a11y.assist-entry is
    // silent) opens a page with its own text-size and contrast buttons but
    // the ordinary template's 飘窗; the articles offer no reading aloud.
    let popups: Vec<_> =
        of("elderly.popup-ads").map(|f| (local(&f["page"]), f["evidence"].clone())).collect();
    assert_eq!(popups.len(), 1, "{popups:?}");
    assert_eq!(popups[0].0.as_deref(), Some("/zzms/index.html"));
    assert!(popups[0].1.as_str().unwrap().contains("float_ad"), "{popups:?}");
    for quiet in ["elderly.entry-broken", "elderly.no-text-zoom", "elderly.no-high-contrast"] {
        assert_eq!(of(quiet).count(), 0, "{quiet} on the portal");
    }
    let read_aloud: Vec<_> = of("elderly.no-read-aloud").collect();
    assert_eq!(read_aloud.len(), 1, "once for the site: {read_aloud:?}");
    assert!(read_aloud[0]["detail"].as_str().unwrap().contains("个没有朗读"), "{:?}", read_aloud[0]);

    // Its search path is closed to robots: the one search is not sent.
    for check in ["service.no-entry", "site.no-search", "site.no-annual-report", "site.search-broken"] {
        assert_eq!(of(check).count(), 0, "the portal has what {check} looks for");
    }

    // Page checks: every planted fault on its page, and nothing else. The
    // registry says which checks run on pages, whatever their ids look like.
    let page_checks: BTreeSet<&str> = checks::registry::page_checks().map(|c| c.info.id).collect();
    // identical-links-same-purpose (AAA, off by default in axe, a notice)
    // finds the portal's many 更多 links and same-titled items on most
    // pages; the planted list does not enumerate them, so it is checked
    // on the home page's 更多 alone.
    let same_name = "a11y.identical-links-same-purpose";
    assert!(
        of(same_name)
            .any(|f| local(&f["page"]).as_deref() == Some("/")
                && f["detail"].as_str().unwrap().contains("更多")),
        "{same_name} on the home page's 更多 links"
    );
    // The portal is laid out with divs, as county portals are: axe's rules on
    // the page's structure fire on nearly every page, so they are checked
    // apart, on the home page.
    let layout = ["a11y.landmark-one-main", "a11y.page-has-heading-one", "a11y.region", "a11y.bypass"];
    let page_check = |check: &str| page_checks.contains(check) && !layout.contains(&check);
    let mut got: Vec<(String, String)> = findings
        .iter()
        .filter(|f| page_check(f["check"].as_str().unwrap()) && f["check"] != same_name)
        .map(|f| (f["check"].as_str().unwrap().to_owned(), local(&f["page"]).unwrap()))
        .collect();
    got.sort();
    let want: Vec<(String, String)> =
        portal::planted_page_issues(as_of).into_iter().map(|p| (p.check.to_owned(), p.page)).collect();
    assert_eq!(got, want);
    for check in ["a11y.landmark-one-main", "a11y.page-has-heading-one", "a11y.region"] {
        assert!(of(check).any(|f| local(&f["page"]).as_deref() == Some("/")), "{check} on the home page");
    }
    let missing: Vec<_> = of("identity.missing").map(|f| f["mark"].as_str().unwrap()).collect();
    assert_eq!(missing, ["psb"]);
    let pii = of("content.pii").next().unwrap();
    let evidence = pii["evidence"].as_str().unwrap();
    assert!(
        evidence.contains("510723********2130") && !evidence.contains("510723196403152130"),
        "{evidence}"
    );
    assert!(pii["detail"].as_str().unwrap().contains("身份证号 3 个、手机号 2 个"), "{pii}");
    // The planted typo, graded, with its correction, source and sentence;
    // no other wrong word anywhere (the page list above holds every page
    // check's findings).
    let typo = of("content.typo").next().unwrap();
    assert_eq!((typo["grade"].as_str(), typo["correction"].as_str()), (Some("ordinary"), Some("营商环境")));
    assert!(typo["source"].as_str().is_some_and(|s| !s.is_empty()), "{typo}");
    assert!(typo["evidence"].as_str().unwrap().contains("【营商环竟】"), "{typo}");
    assert_eq!(of("content.serious-error").count() + of("content.suspect-word").count(), 0);

    // Personal data in attachments (issue 20 §3): the roll in Excel and the
    // half-masked list in PDF, each with the page linking it and where in
    // the file; the clean Excel list and Word form beside them stay silent.
    let mut got: Vec<(String, Option<String>, Option<String>, String)> = of("content.pii-attachment")
        .chain(of("content.pii-attachment-half-masked"))
        .map(|f| {
            let location = f["location"].as_str().unwrap_or_default().to_owned();
            (f["check"].as_str().unwrap().to_owned(), local(&f["page"]), local(&f["target"]), location)
        })
        .collect();
    got.sort();
    let want: Vec<_> = portal::planted_attachments(as_of)
        .into_iter()
        .map(|p| (p.check.to_owned(), Some(p.page), Some(p.file), p.location.to_owned()))
        .collect();
    assert_eq!(got, want);
    let roll = of("content.pii-attachment").next().unwrap();
    let evidence = roll["evidence"].as_str().unwrap();
    assert!(
        evidence.contains("510723********2120") && !evidence.contains("510723195803042120"),
        "{evidence}"
    );
    assert!(roll["detail"].as_str().unwrap().contains("涉及 2 人"), "{roll}");
    // The scorecard an inspector prints says where in the file, and where a
    // wrong word's entry comes from; findings.csv carries both as columns.
    let scorecard = std::fs::read_to_string(out.path().join("demo/2026-11-26/scorecard.html")).unwrap();
    let place = roll["location"].as_str().unwrap();
    assert!(scorecard.contains(&format!("位置：{place}")), "the scorecard shows {place}");
    let typo_source = of("content.typo").next().unwrap()["source"].as_str().unwrap();
    assert!(scorecard.contains(&format!("出处：{typo_source}")), "the scorecard shows {typo_source}");
    let csv = std::fs::read_to_string(out.path().join("demo/2026-11-26/findings.csv")).unwrap();
    assert!(csv.lines().next().unwrap().contains(",location,grade,correction,source,"), "{csv}");

    // The department site after the portal: clean but for its domain.
    let dept = read(&format!("demo-{}", portal::dept::BUREAU.host));
    let dept = &dept["sites"][0];
    let got: Vec<(&str, &str)> = dept["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !layout.contains(&f["check"].as_str().unwrap()))
        .map(|f| (f["check"].as_str().unwrap(), f["page"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(got, [("identity.domain", "http://www.qxjyty.com/")], "{dept}");
    assert!(dept["columns"].as_array().unwrap().iter().all(|c| c["stale"] == false && c["blank"] == false));

    // Every official account the portal lists, read on its platform and
    // judged as planted: fresh, stale, zombie, or behind a challenge.
    let accounts: Vec<(String, String, bool)> = site["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["name"].as_str().unwrap().to_owned(),
                a["state"].as_str().unwrap().to_owned(),
                a["zombie"] == true,
            )
        })
        .collect();
    let want: Vec<(String, String, bool)> = portal::expected_accounts(as_of)
        .iter()
        .map(|e| {
            let state = match e.verdict {
                "zombie" => "stale",
                "not-evaluated" => "not_evaluated",
                other => other,
            };
            (e.name.to_owned(), state.to_owned(), e.verdict == "zombie")
        })
        .collect();
    assert_eq!(accounts, want, "{:#}", site["accounts"]);
    assert_eq!(site["new_media"]["vetoed"], true, "two accounts are stale: veto M1");
    let account_checks: BTreeSet<&str> =
        findings.iter().filter_map(|f| f["check"].as_str()).filter(|c| c.starts_with("account.")).collect();
    let expected_checks: BTreeSet<&str> =
        ["account.stale", "account.zombie", "account.duplicate", "account.not-evaluated"].into();
    assert_eq!(account_checks, expected_checks);
    // An account listed by QR code only is listed, not checkable, with the
    // hint to configure its address; one whose link stays on the portal
    // (its row names the platform) is read there and found stale.
    let account_named = |name: &str| {
        site["accounts"].as_array().unwrap().iter().find(|a| a["name"] == name).cloned().unwrap()
    };
    let qr_only = account_named("清溪文旅");
    assert_eq!(
        (qr_only["checkable"].as_bool(), qr_only["url"].as_str(), qr_only["platform"].as_str()),
        (Some(false), Some(""), Some("wechat")),
        "{qr_only}"
    );
    let hint = findings
        .iter()
        .find(|f| f["check"] == "account.not-evaluated" && f["account"] == "清溪文旅")
        .unwrap_or_else(|| panic!("no finding for the QR-code account"));
    assert!(hint["detail"].as_str().unwrap().contains("[[accounts]]"), "{hint}");
    let on_site = account_named("健康清溪");
    assert_eq!((on_site["state"].as_str(), on_site["platform"].as_str()), (Some("stale"), Some("toutiao")));
    assert!(
        on_site["url"].as_str().unwrap().starts_with(site["root"].as_str().unwrap().trim_end_matches('/'))
    );
    assert_eq!(on_site["checkable"], true);
    assert!(findings.iter().any(|f| f["check"] == "account.stale" && f["account"] == "健康清溪"));

    // The home page's identity marks with the values its footer writes;
    // the planted missing 公安备案 mark has none.
    let marks: Vec<(&str, bool, Option<&str>)> = site["marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["mark"].as_str().unwrap(), m["present"] == true, m["value"].as_str()))
        .collect();
    assert_eq!(
        marks,
        [
            ("party-gov-logo", true, None),
            ("site-code", true, Some("5107230001")),
            ("icp", true, Some("蜀ICP备05003306号")),
            ("psb", false, None),
            ("sponsor", true, Some("清溪县人民政府办公室")),
            ("contact", true, Some("0816-7221234")),
        ]
    );

    // The township site: its home page stopped being updated (veto V3).
    let town = read(&format!("demo-{}", portal::dept::TOWNSHIP.host));
    let town = &town["sites"][0];
    let v3 = town["score"]["vetoes"].as_array().unwrap().iter().find(|v| v["id"] == "V3").unwrap();
    assert_eq!((v3["status"].as_str(), town["score"]["kind"].as_str()), (Some("fired"), Some("township")));
    assert_eq!(town["score"]["grade"], "fail");
    // Its 镇长信箱: a letter pending for 150 days (V5) and no reply for
    // over two months.
    let town_root = town["root"].as_str().unwrap().trim_end_matches('/').to_owned();
    let town_findings = town["findings"].as_array().unwrap();
    let town_of = |check: &str| -> Vec<String> {
        town_findings
            .iter()
            .filter(|f| f["check"] == check)
            .map(|f| f["target"].as_str().or(f["page"].as_str()).unwrap().replace(&town_root, ""))
            .collect()
    };
    assert_eq!(town_of("interaction.unanswered"), [portal::dept::letter_path(2)]);
    assert_eq!(town_of("interaction.not-published"), [portal::dept::MAILBOX_PATH]);
    assert_eq!(town_of("interaction.silent"), Vec::<String>::new());
    assert_eq!(town_of("interaction.slow-reply"), Vec::<String>::new());
    let town_veto = |id: &str| {
        let veto = town["score"]["vetoes"].as_array().unwrap().iter().find(|v| v["id"] == id).unwrap();
        veto["status"].as_str().unwrap().to_owned()
    };
    assert_eq!(town_veto("V5"), "fired");
    // No services entry (V6) and no search box on its home page.
    assert_eq!(town_of("service.no-entry"), ["/"]);
    assert_eq!(town_of("site.no-search"), ["/"]);
    assert_eq!(town_of("site.no-annual-report"), ["/"]);
    assert_eq!(town_veto("V6"), "fired");

    // The second township: kept up to date, but its only channel is 信访,
    // which the rule leaves out: no consultation channel (V5); and its
    // search finds nothing, not even its newest article.
    let hb = read(&format!("demo-{}", portal::dept::TOWNSHIP_NO_CHANNEL.host));
    let hb = &hb["sites"][0];
    let got: Vec<&str> = hb["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .filter(|c| !layout.contains(c))
        .collect();
    assert_eq!(got, ["interaction.no-channel", "site.search-broken"], "{hb}");
    let v5 = hb["score"]["vetoes"].as_array().unwrap().iter().find(|v| v["id"] == "V5").unwrap();
    assert_eq!(v5["status"], "fired", "{v5}");

    // The township abandoned over a year ago, whose lists print 11-20 with
    // no year: its pages' generation time dates them, V3 and V4 fire.
    let sm = read(&format!("demo-{}", portal::dept::TOWNSHIP_YEAR_LESS.host));
    let sm = &sm["sites"][0];
    let sm_veto = |id: &str| {
        let veto = sm["score"]["vetoes"].as_array().unwrap().iter().find(|v| v["id"] == id).unwrap();
        veto["status"].as_str().unwrap().to_owned()
    };
    assert_eq!((sm_veto("V3"), sm_veto("V4")), ("fired".to_owned(), "fired".to_owned()), "{:#}", sm["score"]);
    assert_eq!(sm["freshness"]["homepage_latest"], "2025-11-20");
    let sources: BTreeSet<&str> =
        sm["columns"].as_array().unwrap().iter().filter_map(|c| c["latest_year_from"].as_str()).collect();
    assert_eq!(sources, ["page_time"].into());

    // Every site is scored and every format written; the portal passes
    // with deductions, and the ranking puts the vetoed townships last.
    let score = &site["score"];
    assert_eq!(
        (score["passed"].as_bool(), score["vetoed"].as_bool()),
        (Some(true), Some(false)),
        "{score:#}"
    );
    let total = score["total"].as_f64().unwrap();
    assert!(total > 60.0 && total < 95.0, "{total}");
    for file in [
        "columns.csv",
        "scorecard.html",
        "summary.md",
        "junit.xml",
        "results.sarif",
        "report.xlsx",
        "report.docx",
    ] {
        assert!(out.path().join("demo/2026-11-26").join(file).is_file(), "{file}");
    }
    for file in ["ranking.xlsx", "ranking.docx"] {
        assert!(out.path().join("demo-ranking/2026-11-26").join(file).is_file(), "{file}");
    }
    let ranking = std::fs::read_to_string(out.path().join("demo-ranking/2026-11-26/ranking.csv")).unwrap();
    let names: Vec<&str> = ranking.lines().skip(1).filter_map(|l| l.split(',').nth(1)).collect();
    assert_eq!(
        names,
        [
            "清溪县教育和体育局",
            "清溪县人民政府",
            "清溪县河坝镇人民政府",
            "清溪县石门乡人民政府",
            "清溪县青石镇人民政府"
        ],
        "{ranking}"
    );

    let stats = &site["stats"];
    assert!(stats["pages"].as_u64().unwrap() >= 250, "a few hundred pages");
    assert!(stats["skipped_by"]["robots"].as_u64().unwrap() >= 1);
    assert_eq!(site["name"], "清溪县人民政府");
}
