//! Whether a link target opens, decided once per distinct URL.
//!
//! This is the contract's "Decisions every reader may rely on" in code: a
//! target is dead on 4xx/5xx, on a network failure, on a broken redirect
//! chain, or when it answers 200 with a page that says it is gone (a soft
//! 404). Targets never requested (robots.txt, exclusions) and targets behind
//! an anti-bot challenge are not dead: we could not evaluate them.

use crate::Lang;
use crate::facts::crawl::{FetchOutcome, NetErrorKind, SiteCrawl, TargetId};

/// The judgement on one target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Opens,
    Dead(Dead),
    /// An anti-bot challenge answered; the name of its kind.
    Blocked(String),
    /// Deliberately not requested, or the crawl ended first.
    NotChecked,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dead {
    /// The HTTP status that decided it (200 for a soft 404).
    pub status: Option<u16>,
    /// The network failure that decided it.
    pub error: Option<NetErrorKind>,
    pub reason: Reason,
    /// The redirect chain and the answer, for the evidence column.
    pub evidence: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    Status(u16),
    Network(NetErrorKind),
    /// Answered 200 with wording that says the content is gone.
    Gone(String),
    /// Answered with the same page the site gives for a URL that cannot exist.
    LikeNotFound,
    /// A deep link redirected to the home page.
    RedirectedHome,
}

impl Reason {
    /// One line for people, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Reason::Status(s) => lang.word_with("verdict-status", &[("status", (*s).into())]),
            Reason::Network(k) => describe_error(*k, lang),
            Reason::Gone(w) => lang.word_with("verdict-gone", &[("words", w.into())]),
            Reason::LikeNotFound => lang.word("verdict-like-not-found"),
            Reason::RedirectedHome => lang.word("verdict-redirected-home"),
        }
    }
}

/// A stable token for the report's `error` field.
pub fn error_token(kind: NetErrorKind) -> &'static str {
    match kind {
        NetErrorKind::Timeout => "timeout",
        NetErrorKind::Dns => "dns",
        NetErrorKind::Refused => "connection_refused",
        NetErrorKind::Reset => "connection_reset",
        NetErrorKind::Tls => "tls",
        NetErrorKind::RedirectLoop => "redirect_loop",
        NetErrorKind::TooManyRedirects => "too_many_redirects",
        NetErrorKind::BadRedirect => "bad_redirect",
        NetErrorKind::Other => "network",
    }
}

pub fn describe_error(kind: NetErrorKind, lang: Lang) -> String {
    match kind {
        NetErrorKind::Timeout => lang.word("verdict-error-timeout"),
        NetErrorKind::Dns => lang.word("verdict-error-dns"),
        NetErrorKind::Refused => lang.word("verdict-error-refused"),
        NetErrorKind::Reset => lang.word("verdict-error-reset"),
        NetErrorKind::Tls => lang.word("verdict-error-tls"),
        NetErrorKind::RedirectLoop => lang.word("verdict-error-redirect-loop"),
        NetErrorKind::TooManyRedirects => lang.word("verdict-error-too-many-redirects"),
        NetErrorKind::BadRedirect => lang.word("verdict-error-bad-redirect"),
        NetErrorKind::Other => lang.word("verdict-error-other"),
    }
}

/// Verdicts for every target of a crawl, computed once.
pub struct Verdicts {
    verdicts: Vec<Verdict>,
}

impl Verdicts {
    /// Judges every target. `home` is the home page after redirects.
    pub fn new(crawl: &SiteCrawl, home: TargetId) -> Self {
        let not_found = NotFound::of(crawl, home);
        let verdicts =
            (0..crawl.targets.len() as TargetId).map(|id| judge(crawl, id, home, &not_found)).collect();
        Verdicts { verdicts }
    }

    pub fn get(&self, id: TargetId) -> &Verdict {
        &self.verdicts[id as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (TargetId, &Verdict)> {
        self.verdicts.iter().enumerate().map(|(i, v)| (i as TargetId, v))
    }
}

/// What the site answers for a URL that cannot exist.
struct NotFound {
    /// Where its redirects end, when that is not the home page.
    redirect_end: Option<TargetId>,
    /// Hash of its text, when it answered a 200 page.
    text_hash: Option<u64>,
}

impl NotFound {
    fn of(crawl: &SiteCrawl, home: TargetId) -> Self {
        let redirect_end = crawl.not_found_probe.and_then(|probe| {
            let r = crawl.resolve(probe);
            (r.hops > 0 && r.broken.is_none() && r.target != home).then_some(r.target)
        });
        let text_hash = crawl.not_found_page.as_ref().filter(|p| p.text_len > 0).map(|p| p.text_hash);
        NotFound { redirect_end, text_hash }
    }
}

fn judge(crawl: &SiteCrawl, id: TargetId, home: TargetId, not_found: &NotFound) -> Verdict {
    let r = crawl.resolve(id);
    let mut evidence = chain(crawl, id);
    if let Some(kind) = r.broken {
        evidence.truncate(evidence.trim_end_matches(" → ").len());
        return Verdict::Dead(Dead {
            status: None,
            error: Some(kind),
            reason: Reason::Network(kind),
            evidence,
        });
    }
    let answer = match r.outcome {
        FetchOutcome::Skipped(_) => return Verdict::NotChecked,
        FetchOutcome::Failed(e) => {
            evidence.push_str(&e.message);
            return Verdict::Dead(Dead {
                status: None,
                error: Some(e.kind),
                reason: Reason::Network(e.kind),
                evidence,
            });
        }
        FetchOutcome::Answered(a) => a,
    };
    evidence.push_str(&format!("HTTP {}", answer.status));
    if let Some(kind) = &answer.challenge {
        return Verdict::Blocked(kind.clone());
    }
    if answer.is_redirect() {
        // A 3xx whose Location was missing or unusable.
        let kind = NetErrorKind::BadRedirect;
        return Verdict::Dead(Dead {
            status: Some(answer.status),
            error: Some(kind),
            reason: Reason::Network(kind),
            evidence,
        });
    }
    if answer.status >= 400 {
        return Verdict::Dead(Dead {
            status: Some(answer.status),
            error: None,
            reason: Reason::Status(answer.status),
            evidence,
        });
    }
    let start = crawl.target(id);
    let soft = if r.hops > 0 && start.internal && r.target == home && is_deep(&start.url) {
        Some(Reason::RedirectedHome)
    } else if r.hops > 0 && start.internal && not_found.redirect_end == Some(r.target) {
        Some(Reason::LikeNotFound)
    } else if let Some(page) = crawl.page_of(r.target).filter(|_| r.target != home) {
        match &page.gone {
            Some(words) => Some(Reason::Gone(words.clone())),
            None if not_found.text_hash == Some(page.text_hash) => Some(Reason::LikeNotFound),
            None => None,
        }
    } else {
        None
    };
    match soft {
        Some(reason) => Verdict::Dead(Dead { status: Some(answer.status), error: None, reason, evidence }),
        None => Verdict::Opens,
    }
}

/// "HTTP 301 → http://…/b → " for each redirect from `id`, ready for the
/// final answer to be appended.
fn chain(crawl: &SiteCrawl, id: TargetId) -> String {
    let mut out = String::new();
    let mut current = id;
    for _ in 0..=crate::facts::crawl::MAX_REDIRECTS {
        let FetchOutcome::Answered(a) = &crawl.target(current).outcome else { break };
        let Some(next) = a.location.filter(|_| a.is_redirect()) else { break };
        out.push_str(&format!("HTTP {} → {} → ", a.status, crawl.target(next).url));
        if next == id {
            break;
        }
        current = next;
    }
    out
}

/// A link to something below the home page: not `/` and not an index page
/// that could legitimately redirect to it.
fn is_deep(url: &str) -> bool {
    let Ok(url) = url::Url::parse(url) else { return false };
    let path = url.path().trim_end_matches('/');
    let last = path.rsplit('/').next().unwrap_or_default().to_ascii_lowercase();
    let index_like = ["index", "default", "home", "main"]
        .iter()
        .any(|stem| last == *stem || last.starts_with(&format!("{stem}.")));
    let top_level_index = index_like && path.matches('/').count() <= 1;
    !path.is_empty() && !top_level_index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_links() {
        assert!(!is_deep("http://h/"));
        assert!(!is_deep("http://h/index.html"));
        assert!(!is_deep("http://h/default.aspx"));
        assert!(is_deep("http://h/xxgk/t20200101_1.html"));
        assert!(is_deep("http://h/xxgk/"));
        assert!(is_deep("http://h/xxgk/index.html"));
    }
}
