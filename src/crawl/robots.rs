//! robots.txt, per origin, for our user agent (texting_robots, which follows
//! RFC 9309 and Google's matching rules).
//!
//! What an unavailable robots.txt means is a judgement call. RFC 9309 says a
//! 5xx should be read as "disallow everything"; for an audit that would turn
//! a county server with a broken robots.txt into an empty report, hiding the
//! very problems the office needs to see. We read 4xx, 5xx and network
//! failures as "no rules" and log a warning; the per-host limits still keep
//! the crawl gentle.

use std::time::Duration;

use texting_robots::Robot;
use url::Url;

/// robots.txt files larger than this are cut (Google reads 500 KiB).
pub const MAX_ROBOTS_BYTES: usize = 500 * 1024;

/// Crawl-delay values above this are capped, or one slow rule could make
/// an audit of a 20 000-page portal take weeks.
const MAX_CRAWL_DELAY: Duration = Duration::from_secs(30);

pub enum Rules {
    AllowAll,
    Parsed(Box<Robot>),
}

impl Rules {
    /// Rules from a robots.txt answer; `None` when it could not be fetched.
    pub fn from_answer(agent: &str, status: Option<u16>, body: &[u8]) -> Rules {
        match status {
            Some(200..=299) => match Robot::new(agent, body) {
                Ok(robot) => Rules::Parsed(Box::new(robot)),
                Err(e) => {
                    tracing::warn!("robots.txt could not be parsed, no rules applied: {e}");
                    Rules::AllowAll
                }
            },
            Some(s) if s >= 500 => {
                tracing::warn!("robots.txt answered {s}; crawling without rules");
                Rules::AllowAll
            }
            Some(_) => Rules::AllowAll,
            None => Rules::AllowAll,
        }
    }

    pub fn allows(&self, url: &Url) -> bool {
        match self {
            Rules::AllowAll => true,
            Rules::Parsed(robot) => robot.allowed(url.as_str()),
        }
    }

    /// The Crawl-delay for our agent, capped.
    pub fn crawl_delay(&self) -> Option<Duration> {
        match self {
            Rules::Parsed(robot) => robot
                .delay
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| Duration::from_secs_f32(d).min(MAX_CRAWL_DELAY)),
            Rules::AllowAll => None,
        }
    }
}

/// The robots.txt URL of the origin of `url`.
pub fn robots_url(url: &Url) -> Option<Url> {
    url.join("/robots.txt").ok()
}

/// The product token robots.txt groups are matched against: the first word
/// of the User-Agent without its version (`govaudit/0.1 (...)` → `govaudit`).
pub fn agent_token(user_agent: &str) -> &str {
    user_agent.split(['/', ' ']).next().unwrap_or(user_agent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applies_our_group_or_the_star_group() {
        let txt = b"User-agent: *\nDisallow: /admin/\n\nUser-agent: govaudit\nDisallow: /private/\nCrawl-delay: 2\n";
        let rules = Rules::from_answer("govaudit", Some(200), txt);
        let u = |p: &str| Url::parse(&format!("http://h{p}")).unwrap();
        assert!(!rules.allows(&u("/private/a.html")));
        assert!(rules.allows(&u("/admin/a.html")), "our own group replaces the * group");
        assert_eq!(rules.crawl_delay(), Some(Duration::from_secs(2)));
        let other = Rules::from_answer("someone", Some(200), txt);
        assert!(!other.allows(&u("/admin/a.html")));
    }

    #[test]
    fn missing_or_broken_robots_allows_everything() {
        let u = Url::parse("http://h/admin/").unwrap();
        for status in [Some(404), Some(500), None] {
            assert!(Rules::from_answer("govaudit", status, b"Disallow: /").allows(&u));
        }
    }

    #[test]
    fn agent_token_is_the_product_name() {
        assert_eq!(agent_token("govaudit/0.1 (+https://x)"), "govaudit");
        assert_eq!(agent_token("MyBot"), "MyBot");
    }
}
