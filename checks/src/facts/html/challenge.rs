//! Anti-bot challenges: the JavaScript cookie checks (加速乐, 瑞数, 云锁,
//! 安全狗, 知道创宇, Alibaba Cloud and Cloudflare WAFs) that many government
//! sites put in front of every first request. They answer with status 412,
//! 521, 403 or even 200 and a tiny script page, and a crawler without a
//! JavaScript engine cannot pass them.
//!
//! Such an answer says nothing about the link or the page behind it, so it
//! must be reported as "could not evaluate", never as a dead link or an empty
//! page. Detection is by known signatures first, then by the generic shape:
//! a small page with almost no text whose script sets a cookie and reloads.

/// Bodies larger than this are real pages, whatever their scripts do.
const MAX_CHALLENGE_BYTES: usize = 16 * 1024;

/// A page showing this much text is a page of its own, even when it loads
/// a WAF's script (瑞数 and 加速乐 inject theirs into the pages they pass).
const OWN_TEXT_CHARS: usize = 200;

/// Known products, by a string their challenge page always carries.
const SIGNATURES: &[(&str, &str)] = &[
    ("__jsl_clearance", "加速乐 (jiasule)"),
    ("jsl_clearance_s", "加速乐 (jiasule)"),
    ("$_ts", "瑞数 (Ruishu)"),
    ("acw_sc__v2", "阿里云 WAF (Alibaba Cloud)"),
    ("yunsuo_session_verify", "云锁 (Yunsuo)"),
    ("security_verify_data", "云锁 (Yunsuo)"),
    ("safedog", "安全狗 (Safedog)"),
    ("yjs_js_security_passport", "知道创宇 (Knownsec)"),
    ("cf-browser-verification", "Cloudflare"),
    ("challenge-platform", "Cloudflare"),
];

/// The name [`detect`] gives, for a name read back from storage.
pub fn known(name: &str) -> Option<&'static str> {
    SIGNATURES.iter().map(|(_, n)| *n).chain([GENERIC]).find(|n| *n == name)
}

/// The name of a challenge no signature identifies.
const GENERIC: &str = "JavaScript cookie challenge";

/// The kind of challenge `body` is, if it is one.
pub fn detect(status: u16, body: &str) -> Option<&'static str> {
    if body.len() > MAX_CHALLENGE_BYTES {
        return None;
    }
    let lower = body.to_ascii_lowercase();
    if visible_len(&lower) >= OWN_TEXT_CHARS {
        return None;
    }
    if let Some((_, name)) = SIGNATURES.iter().find(|(sig, _)| body.contains(sig)) {
        return Some(name);
    }
    let scripted = lower.contains("<script");
    let sets_cookie = lower.contains("document.cookie");
    let reloads = ["location.reload", "location.href", "location.replace", "window.location"]
        .iter()
        .any(|s| lower.contains(s));
    // Challenge stubs show (almost) nothing; any real page, however small,
    // shows a heading or a line of text.
    let little_text = visible_len(&lower) < 40;
    if scripted && little_text && (sets_cookie && reloads || status == 412 || status == 521) {
        return Some(GENERIC);
    }
    None
}

/// A rough count of text outside tags and scripts: enough to tell a
/// challenge stub from a page.
fn visible_len(lower: &str) -> usize {
    let mut len = 0;
    let mut rest = lower;
    while let Some(lt) = rest.find('<') {
        len += rest[..lt].trim().chars().count();
        rest = &rest[lt..];
        let close = if rest.starts_with("<script") || rest.starts_with("<style") {
            let tag = if rest.starts_with("<script") { "</script" } else { "</style" };
            rest.find(tag).unwrap_or(rest.len())
        } else {
            0
        };
        rest = &rest[close..];
        rest = rest.find('>').map_or("", |gt| &rest[gt + 1..]);
    }
    len + rest.trim().chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_common_products() {
        let jsl =
            "<script>document.cookie=('_')+('_jsl_clearance_s=1');location.href=location.pathname</script>";
        assert_eq!(detect(521, jsl), Some("加速乐 (jiasule)"));
        let ruishu = r#"<html><head><meta http-equiv="Content-Type"><script>$_ts=window['$_ts'];</script></head></html>"#;
        assert_eq!(detect(412, ruishu), Some("瑞数 (Ruishu)"));
    }

    #[test]
    fn knows_the_generic_shape() {
        let stub = "<html><script>var x=calc();document.cookie='v='+x;location.reload();</script></html>";
        assert_eq!(detect(200, stub), Some("JavaScript cookie challenge"));
        assert_eq!(
            detect(412, "<html><script src='/a.js'></script></html>"),
            Some("JavaScript cookie challenge")
        );
    }

    #[test]
    fn leaves_real_pages_alone() {
        let page = format!(
            "<html><script>document.cookie='font=big';window.location.hash='';</script><p>{}</p></html>",
            "县政府召开常务会议，研究部署近期重点工作。".repeat(20)
        );
        assert_eq!(detect(200, &page), None);
        assert_eq!(detect(404, "<html><body>Not Found</body></html>"), None);
        assert_eq!(detect(412, "Precondition Failed"), None);
        // A page the WAF let through keeps its script, and shows content.
        let passed = format!(
            "<html><head><script>$_ts=window['$_ts'];</script></head><body><p>{}</p></body></html>",
            "清溪县人民政府关于开展安全生产大检查的通知。".repeat(12)
        );
        assert_eq!(detect(200, &passed), None);
    }
}
