//! "This page is gone" wording, the first sign of a soft 404: a server that
//! answers 200 with an error page. County CMSs (TRS, 大汉, 政务云 templates)
//! do this for deleted articles, so a checker that trusts the status misses
//! exactly the dead links inspectors click on.
//!
//! The wording is looked for in the title, and in the visible text only when
//! the page is short: a long article that quotes "页面不存在" is content.

/// Pages with more visible text than this are content, not error pages.
/// Error templates with the portal's header and footer stay under it;
/// a short news item that quotes the wording does not.
const SHORT_PAGE: u32 = 300;

/// Phrases, lower case, that say the requested content does not exist.
const GONE_PHRASES: &[&str] = &[
    "页面不存在",
    "网页不存在",
    "页面未找到",
    "找不到页面",
    "页面找不到",
    "找不到该页面",
    "无法找到该页",
    "信息不存在",
    "文章不存在",
    "内容不存在",
    "稿件不存在",
    "信息已删除",
    "页面已删除",
    "已被删除或不存在",
    "已删除或不存在",
    "404 not found",
    "404错误",
    "错误404",
    "404 错误",
    "error 404",
    "http 404",
    "page not found",
    "not found",
];

/// The phrase that marks the page as gone, if any.
pub fn detect(title: Option<&str>, short_text: &str, text_len: u32) -> Option<String> {
    if let Some(title) = title {
        let lower = title.to_lowercase();
        if lower == "404" || lower.starts_with("404 ") || lower.starts_with("404-") {
            return Some(title.to_owned());
        }
        if let Some(p) = GONE_PHRASES.iter().find(|p| lower.contains(*p)) {
            return Some((*p).to_owned());
        }
    }
    if text_len > SHORT_PAGE {
        return None;
    }
    let lower = short_text.to_lowercase();
    GONE_PHRASES.iter().find(|p| lower.contains(*p)).map(|p| (*p).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_error_pages() {
        assert_eq!(detect(Some("404"), "", 0).as_deref(), Some("404"));
        assert_eq!(detect(Some("页面不存在 - 某某县人民政府"), "", 900).as_deref(), Some("页面不存在"));
        assert_eq!(
            detect(Some("某某县人民政府"), "抱歉，您访问的页面不存在或已被删除 返回首页", 30).as_deref(),
            Some("页面不存在")
        );
        assert_eq!(detect(None, "404 Not Found nginx", 20).as_deref(), Some("404 not found"));
    }

    #[test]
    fn leaves_content_alone() {
        // A long article that happens to quote the wording.
        assert_eq!(detect(Some("关于网站整改的通知"), "页面不存在的问题已整改", 5000), None);
        assert_eq!(detect(Some("第404号公告"), "正文", 10), None);
        assert_eq!(detect(Some("首页"), "欢迎访问", 10), None);
    }
}
