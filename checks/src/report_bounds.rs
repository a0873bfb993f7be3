//! The last pass of [`crate::bounded`] over a finished site report: every
//! text that can come from a page is cut and cleaned once more before
//! anything is written or stored, so no check can forget it.

use crate::audit::{Finding, SiteAudit};
use crate::bounded::{NAME_CHARS, TEXT_CHARS, URL_CHARS, bound};

fn bound_opt(text: &mut Option<String>, max: usize) {
    if let Some(text) = text {
        bound(text, max);
    }
}

/// Bounds every text of `site` that can come from a page.
pub fn bound_site(site: &mut SiteAudit) {
    bound(&mut site.name, NAME_CHARS);
    bound(&mut site.root, URL_CHARS);
    for column in &mut site.columns {
        bound(&mut column.name, NAME_CHARS);
        bound(&mut column.url, URL_CHARS);
    }
    for account in &mut site.accounts {
        bound(&mut account.name, NAME_CHARS);
        bound(&mut account.platform, NAME_CHARS);
        bound(&mut account.url, URL_CHARS);
        bound_opt(&mut account.unit, NAME_CHARS);
        bound_opt(&mut account.listed_on, URL_CHARS);
    }
    // A defaced footer's sponsor or contact is page text like any other.
    for mark in site.marks.iter_mut().flatten() {
        bound_opt(&mut mark.value, NAME_CHARS);
    }
    site.findings.iter_mut().for_each(bound_finding);
    for url in &mut site.stats.skipped_by.trap_examples {
        bound(url, URL_CHARS);
    }
    for page in &mut site.rendered_pages {
        bound(&mut page.page, URL_CHARS);
    }
    for leaders in site.leaders.iter_mut() {
        leaders.pages.iter_mut().for_each(|url| bound(url, URL_CHARS));
        for leader in &mut leaders.leaders {
            bound(&mut leader.name, NAME_CHARS);
            leader.titles.iter_mut().for_each(|title| bound(title, NAME_CHARS));
        }
    }
}

pub fn bound_finding(f: &mut Finding) {
    bound_opt(&mut f.page, URL_CHARS);
    bound_opt(&mut f.target, URL_CHARS);
    bound(&mut f.detail, TEXT_CHARS);
    bound(&mut f.evidence, TEXT_CHARS);
    for name in [&mut f.error, &mut f.element, &mut f.column, &mut f.account, &mut f.platform, &mut f.mark] {
        bound_opt(name, NAME_CHARS);
    }
    bound_opt(&mut f.selector, TEXT_CHARS);
    bound_opt(&mut f.rule, TEXT_CHARS);
    // An attachment's sheet names are the file's text; a words file's
    // correction and source are a user's, as long as they wrote them.
    bound_opt(&mut f.location, TEXT_CHARS);
    bound_opt(&mut f.correction, NAME_CHARS);
    bound_opt(&mut f.source, TEXT_CHARS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_text_of_a_site_is_bounded() {
        let long = "x".repeat(10_000);
        let mut site = SiteAudit {
            name: format!("\x1b{long}"),
            root: "http://h/".into(),
            marks: Some(vec![crate::audit::IdentityMark {
                mark: "sponsor".into(),
                present: true,
                value: Some(format!("\x07{long}")),
            }]),
            leaders: Some(crate::model::leaders::LeadersSummary {
                pages: vec![format!("http://h/{long}")],
                leaders: vec![crate::model::leaders::LeaderSummary {
                    name: long.clone(),
                    titles: vec![long.clone()],
                    ..Default::default()
                }],
            }),
            findings: vec![Finding {
                detail: long.clone(),
                page: Some(long.clone()),
                location: Some(format!("工作表“{long}”第 2 行")),
                evidence: "<a href=\"http://u:secret@h/\">".into(),
                ..Finding::default()
            }],
            rendered_pages: vec![crate::audit::RenderedPageReport {
                page: format!("http://u:secret@h/{long}"),
                rules_violated: 1,
                screenshot: None,
            }],
            ..SiteAudit::default()
        };
        bound_site(&mut site);
        assert!(site.name.len() < NAME_CHARS + 60 && !site.name.contains('\x1b'));
        let sponsor = site.marks.as_ref().unwrap()[0].value.as_ref().unwrap();
        assert!(sponsor.len() < NAME_CHARS + 60 && !sponsor.contains('\x07'));
        assert!(site.findings[0].detail.len() < TEXT_CHARS + 60);
        assert!(site.findings[0].page.as_ref().unwrap().len() < URL_CHARS + 60);
        assert_eq!(site.findings[0].evidence, "<a href=\"http://h/\">");
        assert!(site.findings[0].location.as_ref().unwrap().len() < TEXT_CHARS + 60);
        let leaders = site.leaders.as_ref().unwrap();
        assert!(leaders.pages[0].len() < URL_CHARS + 60);
        assert!(leaders.leaders[0].name.len() < NAME_CHARS + 60);
        assert!(leaders.leaders[0].titles[0].len() < NAME_CHARS + 60);
        let rendered = &site.rendered_pages[0].page;
        assert!(rendered.len() < URL_CHARS + 60 && !rendered.contains("secret"), "{rendered}");
    }
}
