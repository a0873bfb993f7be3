//! The deliverables read back as their readers see them: `report.xlsx`
//! through calamine (a spreadsheet reader), `report.docx` unzipped and its
//! XML read with quick-xml; and, where LibreOffice is installed, both
//! converted to PDF, which proves Office-family software opens them.

mod sample;

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use checks::{Audit, Finding, Lang, Severity};
use reports::docx::{self, Notice};
use reports::xlsx;

fn workbook(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes)).expect("an xlsx calamine can open")
}

/// A sheet's rows as text (numbers as they print).
fn rows(book: &mut Xlsx<Cursor<Vec<u8>>>, sheet: &str) -> Vec<Vec<String>> {
    let range = book.worksheet_range(sheet).unwrap_or_else(|e| panic!("{sheet}: {e}"));
    range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::String(s) => s.clone(),
                    Data::Float(f) => checks::scorecard::format_points(*f),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

/// The sample audit with hostile cells: text that looks like formulas and
/// evidence longer than a cell can hold.
fn hostile_audit() -> Audit {
    let mut audit = sample::audit();
    let site = &mut audit.sites[0];
    let rule = site.findings[0].rule.clone();
    for (n, text) in
        ["=HYPERLINK(\"http://evil.example/\",\"点我\")", "+1+1", "-2", "@SUM(A1)"].iter().enumerate()
    {
        site.findings.push(Finding {
            detail: (*text).into(),
            page: Some(format!("http://www.qingxi.gov.cn/{n}.html")),
            rule: rule.clone(),
            ..Finding::new("content.typo", Severity::Deduction)
        });
    }
    site.findings.push(Finding {
        detail: "很长的证据".into(),
        evidence: "长".repeat(40_000),
        rule,
        ..Finding::new("content.typo", Severity::Deduction)
    });
    audit
}

#[test]
fn the_workbook_has_a_summary_a_sheet_per_indicator_columns_and_accounts() {
    let audit = sample::audit();
    let mut book = workbook(xlsx::render(&audit, Lang::Zh).unwrap());
    let names = book.sheet_names();
    assert_eq!(names.first().map(String::as_str), Some("概况"), "{names:?}");
    assert!(names.iter().any(|n| n == "栏目") && names.iter().any(|n| n == "政务新媒体账号"), "{names:?}");
    for name in &names {
        assert!(
            name.encode_utf16().count() <= 31 && !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
            "{name:?}"
        );
    }
    let site = &audit.sites[0];
    let score = site.score.as_ref().unwrap();
    // The summary: the site, the day, the score, every veto and indicator.
    let summary = rows(&mut book, "概况");
    assert_eq!(summary[0][..4], ["项目", "内容", "状态", "证据"]);
    let cell = |key: &str| summary.iter().find(|r| r[0] == key).map(|r| r[1].clone());
    assert_eq!(cell("网站").as_deref(), Some(site.name.as_str()));
    assert_eq!(cell("检查日期").as_deref(), Some(audit.as_of.as_str()));
    assert_eq!(cell("总分"), Some(checks::scorecard::format_points(score.total)));
    assert_eq!(cell("等级").as_deref(), Some(score.grade_label.as_str()));
    for veto in &score.vetoes {
        let row = summary.iter().find(|r| r[0] == veto.id).unwrap_or_else(|| panic!("{} listed", veto.id));
        assert_eq!(row[1], veto.title);
    }
    for indicator in &score.indicators {
        let row = summary
            .iter()
            .find(|r| r[0] == indicator.id)
            .unwrap_or_else(|| panic!("{} listed", indicator.id));
        assert_eq!(row[6], checks::scorecard::format_points(indicator.lost), "{}", indicator.id);
    }
    // Every finding is on exactly one rule's sheet, under the header.
    let skip = ["概况", "栏目", "政务新媒体账号"];
    let mut listed = 0;
    for name in names.iter().filter(|n| !skip.contains(&n.as_str())) {
        let sheet = rows(&mut book, name);
        assert_eq!(sheet[0][..3], ["检查项", "检查项编号", "性质"], "{name}");
        listed += sheet.len() - 1;
    }
    assert_eq!(listed, site.findings.len());
    assert_eq!(rows(&mut book, "栏目").len(), site.columns.len() + 1);
    assert_eq!(rows(&mut book, "政务新媒体账号").len(), site.accounts.len() + 1);
}

#[test]
fn the_workbook_speaks_english_when_asked() {
    let mut book = workbook(xlsx::render(&sample::audit(), Lang::En).unwrap());
    let names = book.sheet_names();
    assert_eq!(names.first().map(String::as_str), Some("Summary"));
    assert!(names.iter().any(|n| n == "Columns"), "{names:?}");
    assert_eq!(rows(&mut book, "Summary")[0][..2], ["Item", "Value"]);
}

#[test]
fn page_text_stays_text_and_long_cells_are_cut_and_say_so() {
    let mut book = workbook(xlsx::render(&hostile_audit(), Lang::Zh).unwrap());
    let names = book.sheet_names();
    let mut seen = Vec::new();
    for name in &names {
        let range = book.worksheet_range(name).unwrap();
        for cell in range.used_cells() {
            if let (_, Data::String(s)) = (cell.0, cell.2)
                && (s.starts_with(['=', '+', '-', '@']) || s.starts_with("很长") || s.starts_with("长长"))
            {
                seen.push(s.clone());
            }
        }
        let formulas = book.worksheet_formula(name).unwrap();
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "no formula on {name}");
    }
    for text in ["=HYPERLINK(\"http://evil.example/\",\"点我\")", "+1+1", "-2", "@SUM(A1)"] {
        assert!(seen.iter().any(|s| s == text), "{text} kept as text: {seen:?}");
    }
    let cut = seen.iter().find(|s| s.starts_with("长长")).expect("the long evidence");
    assert!(cut.encode_utf16().count() <= 32_767);
    assert!(cut.ends_with("已截断；全文见 report.json）"), "{}", &cut[cut.len() - 60..]);
}

#[test]
fn the_roster_workbook_has_the_ranking_and_a_sheet_per_site() {
    let ranking = sample::ranking();
    let mut other = sample::site();
    other.name = "清溪县教育和体育局".into();
    let first = sample::site();
    let sites = [&first, &other];
    let mut book = workbook(xlsx::render_ranking(&ranking, &sites, Lang::Zh).unwrap());
    let names = book.sheet_names();
    assert_eq!(names.len(), 3, "{names:?}");
    assert_eq!(names[0], "排名");
    assert_eq!(names[2], "清溪县教育和体育局");
    let table = rows(&mut book, "排名");
    assert_eq!(table[0][..2], ["排名", "网站"]);
    assert_eq!(table.len(), ranking.rows.len() + 1);
    let site_sheet = rows(&mut book, &names[1]);
    assert_eq!(site_sheet[0][0], "指标");
    assert_eq!(site_sheet.len(), first.findings.len() + 1);
}

#[test]
fn both_deliverables_are_the_same_bytes_for_the_same_audit() {
    let audit = sample::audit();
    assert_eq!(xlsx::render(&audit, Lang::Zh).unwrap(), xlsx::render(&audit, Lang::Zh).unwrap());
    let notice = Notice::default();
    assert_eq!(
        docx::render(&audit, Lang::Zh, &notice).unwrap(),
        docx::render(&audit, Lang::Zh, &notice).unwrap()
    );
    let core = part(&docx::render(&audit, Lang::Zh, &notice).unwrap(), "docProps/core.xml");
    assert!(core.contains(&format!("{}T00:00:00Z", audit.as_of)), "dated from as_of: {core}");
}

/// One part of a docx, as text.
fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).expect("a docx is a zip");
    let mut text = String::new();
    zip.by_name(name).unwrap_or_else(|e| panic!("{name}: {e}")).read_to_string(&mut text).unwrap();
    text
}

/// The document's paragraphs (text of their runs) and its table rows
/// (text of each cell), read with an XML reader as Word would.
struct Parsed {
    paragraphs: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn read_docx(docx: &[u8]) -> Parsed {
    use quick_xml::events::Event;
    let xml = part(docx, "word/document.xml");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut paragraphs, mut rows) = (Vec::new(), Vec::new());
    let (mut text, mut in_text, mut row, mut depth) = (String::new(), false, Vec::new(), 0usize);
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) if e.name().as_ref() == "w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == "w:t" => in_text = false,
            Event::Text(t) if in_text => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let name: &str = r.as_ref();
                text.push_str(match name {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "?",
                });
            }
            Event::Start(e) if e.name().as_ref() == "w:tr" => {
                depth += 1;
                row.clear();
            }
            Event::End(e) if e.name().as_ref() == "w:tr" => {
                depth -= 1;
                rows.push(std::mem::take(&mut row));
            }
            Event::End(e) if e.name().as_ref() == "w:tc" => row.push(std::mem::take(&mut text)),
            Event::End(e) if e.name().as_ref() == "w:p" && depth == 0 => {
                paragraphs.push(std::mem::take(&mut text))
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Parsed { paragraphs, rows }
}

#[test]
fn the_notice_has_its_title_results_problems_and_deadlines() {
    let audit = sample::audit();
    let bytes = docx::render(&audit, Lang::Zh, &Notice::default()).unwrap();
    let doc = read_docx(&bytes);
    let site = &audit.sites[0];
    let title = format!("关于{}网站检查情况的通报", site.name.replace('\n', " "));
    assert_eq!(doc.paragraphs[0], title);
    assert!(doc.paragraphs[1].contains("国办秘函〔2019〕19号") && doc.paragraphs[1].contains(&audit.as_of));
    for part in ["一、检查结果", "二、发现的问题", "三、整改要求"] {
        assert!(doc.paragraphs.iter().any(|p| p == part), "{part}: {:?}", doc.paragraphs);
    }
    // The vetoes table: a header and a row per veto, fired ones with evidence.
    let score = site.score.as_ref().unwrap();
    for veto in &score.vetoes {
        let row =
            doc.rows.iter().find(|r| r[0] == format!("{} {}", veto.id, veto.title)).expect("a veto row");
        if veto.status == checks::scorecard::VetoStatus::Fired {
            assert_eq!(row[1], "否决", "{row:?}");
            assert!(!row[2].is_empty());
        }
    }
    // Each finding is listed with its page under its indicator.
    let first = &site.findings[0];
    let listed =
        doc.paragraphs.iter().find(|p| p.starts_with("1. ") && p.contains(&first.detail)).expect("listed");
    assert!(listed.contains(first.page.as_deref().unwrap()), "{listed}");
    // 整改要求: a row per scored finding, fixed by `due` or 15 working days on.
    let fix_rows: Vec<&Vec<String>> =
        doc.rows.iter().filter(|r| r.len() == 5 && r[0].parse::<u32>().is_ok()).collect();
    assert!(!fix_rows.is_empty());
    assert!(fix_rows.iter().all(|r| r[4] == "2026-12-17"), "{fix_rows:?}");
    // Official fonts are named on the runs.
    let xml = part(&bytes, "word/document.xml");
    assert!(xml.contains("w:eastAsia=\"仿宋\"") && xml.contains("w:eastAsia=\"宋体\""));
}

#[test]
fn a_finding_with_its_own_due_day_keeps_it() {
    let mut audit = sample::audit();
    audit.sites[0].findings[0].due = Some("2026-12-01".into());
    audit.sites[0].findings[0].owner = Some("县政务公开办".into());
    let doc = read_docx(&docx::render(&audit, Lang::Zh, &Notice::default()).unwrap());
    let row = doc.rows.iter().find(|r| r.len() == 5 && r[0] == "1").expect("the first fix row");
    assert_eq!(row[3..], ["县政务公开办", "2026-12-01"]);
}

#[test]
fn the_notice_lists_a_bounded_number_of_findings_per_indicator() {
    let mut audit = sample::audit();
    let site = &mut audit.sites[0];
    let template = site.findings[0].clone();
    for n in 0..30 {
        site.findings.push(Finding { detail: format!("第{n}个问题"), ..template.clone() });
    }
    let notice = Notice { per_indicator: 5, ..Notice::default() };
    let doc = read_docx(&docx::render(&audit, Lang::Zh, &notice).unwrap());
    // The first five of the group: the sample's own finding, then four
    // of the thirty added.
    let listed = doc.paragraphs.iter().filter(|p| p.contains("个问题（")).count();
    assert_eq!(listed, 4, "four of the added thirty");
    assert!(doc.paragraphs.iter().any(|p| p.starts_with("1. ") && p.contains(&template.detail)));
    let same_rule = audit.sites[0].findings.iter().filter(|f| f.rule == template.rule).count();
    let more = format!("另有{}个问题未列出，详见 report.xlsx。", same_rule - 5);
    assert!(doc.paragraphs.iter().any(|p| p == &more), "{more}");
}

#[test]
fn hostile_text_cannot_break_the_notice() {
    let audit = sample::control_audit();
    let doc = read_docx(&docx::render(&audit, Lang::En, &Notice::default()).unwrap());
    assert!(doc.paragraphs[0].starts_with("Notice on the inspection of"));
    let text = doc.paragraphs.join("\n");
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "no control characters reach the XML");
}

#[test]
fn the_roster_notice_covers_every_site() {
    let ranking = sample::ranking();
    let mut other = sample::site();
    other.name = "清溪县教育和体育局".into();
    let first = sample::site();
    let doc =
        read_docx(&docx::render_ranking(&ranking, &[&first, &other], Lang::Zh, &Notice::default()).unwrap());
    assert_eq!(doc.paragraphs[0], "关于2个网站检查情况的通报");
    let results: Vec<&Vec<String>> = doc.rows.iter().filter(|r| r.len() == 5 && r[0] == "排名").collect();
    assert_eq!(results.len(), 1);
    for row in &ranking.rows {
        let name = row.name.replace('\n', " ");
        assert!(doc.rows.iter().any(|r| r[1] == name), "{name} in the results table");
    }
    assert!(doc.paragraphs.iter().any(|p| p.ends_with("清溪县教育和体育局")), "a part per site");
}

/// LibreOffice opens both files and writes a PDF of each (CI installs it,
/// see `.ci/run`); without `soffice` one line says the test skipped.
#[test]
fn libreoffice_converts_both_to_pdf() {
    let Some(soffice) = ["soffice", "libreoffice"]
        .into_iter()
        .find(|b| std::process::Command::new(b).arg("--version").output().is_ok_and(|o| o.status.success()))
    else {
        eprintln!(
            "skipped: LibreOffice is not installed (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)"
        );
        return;
    };
    let dir = std::env::temp_dir().join(format!("govaudit-deliverables-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let audit = sample::audit();
    std::fs::write(dir.join("report.docx"), docx::render(&audit, Lang::Zh, &Notice::default()).unwrap())
        .unwrap();
    // Two names: both would become `report.pdf`.
    std::fs::write(dir.join("workbook.xlsx"), xlsx::render(&audit, Lang::Zh).unwrap()).unwrap();
    let status = std::process::Command::new(soffice)
        // Its own profile, so a desktop LibreOffice or another test run
        // cannot lock it.
        .arg(format!("-env:UserInstallation=file://{}", dir.join("profile").display()))
        .args(["--headless", "--norestore", "--convert-to", "pdf", "--outdir"])
        .arg(&dir)
        .args([dir.join("report.docx"), dir.join("workbook.xlsx")])
        .output()
        .unwrap();
    for pdf in ["report.pdf", "workbook.pdf"] {
        let bytes = std::fs::read(dir.join(pdf)).unwrap_or_else(|e| panic!("{pdf}: {e}; {status:?}"));
        assert!(bytes.starts_with(b"%PDF"), "{pdf}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A finding withdrawn on review (核减) stays in both deliverables as
/// evidence of the withdrawal: the notice says who withdrew how many and
/// why, lists it after the problems and asks no one to fix it; the
/// workbook shows its mark, reviewer and reason beside its fingerprint.
#[test]
fn a_withdrawn_finding_is_defended_not_asked_for() {
    use checks::review::{Review, ReviewKind, ReviewState, ReviewSummary};
    let mut audit = sample::audit();
    let site = &mut audit.sites[0];
    let f = &mut site.findings[0];
    f.fingerprint = Some("0123456789abcdef".into());
    f.review = Some(Review {
        kind: ReviewKind::Withdrawn,
        state: ReviewState::Active,
        reviewer: "王审".into(),
        reason: "该链接为外省网站临时维护".into(),
        marked: "2026-11-20".into(),
        until: None,
    });
    let detail = f.detail.clone();
    site.review = Some(ReviewSummary {
        withdrawn: 1,
        withdrawn_by: [("王审".to_owned(), 1)].into(),
        ..ReviewSummary::default()
    });
    let doc = read_docx(&docx::render(&audit, Lang::Zh, &Notice::default()).unwrap());
    assert!(
        doc.paragraphs.iter().any(|p| p.starts_with("经复核，核减 1 个问题（王审 1 条）")),
        "{:?}",
        doc.paragraphs
    );
    let heading = doc.paragraphs.iter().position(|p| p.contains("经复核不计分的问题")).expect("its group");
    let listed = doc.paragraphs[heading..].iter().find(|p| p.contains(&detail)).expect("listed after it");
    assert!(listed.contains("复核：核减（王审：该链接为外省网站临时维护）"), "{listed}");
    let fix_rows: Vec<&Vec<String>> =
        doc.rows.iter().filter(|r| r.len() == 5 && r[0].parse::<u32>().is_ok()).collect();
    assert!(fix_rows.iter().all(|r| !r[2].contains(&detail)), "not asked for: {fix_rows:?}");

    let mut book = workbook(xlsx::render(&audit, Lang::Zh).unwrap());
    let sheet = book.sheet_names().into_iter().find(|n| n.contains("经复核")).expect("a sheet for it");
    let table = rows(&mut book, &sheet);
    let header = table.iter().find(|r| r.contains(&"指纹".to_owned())).expect("a header row").clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = table.iter().find(|r| r.iter().any(|c| c == &detail)).expect("its row");
    assert_eq!(row[column("指纹")], "0123456789abcdef");
    assert_eq!(row[column("复核")], "核减");
    assert_eq!(row[column("复核人")], "王审");
    assert_eq!(row[column("复核理由")], "该链接为外省网站临时维护");
}
