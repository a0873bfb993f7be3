//! What a host is: its registrable domain (from the Public Suffix List),
//! and whether it belongs to the state (a government, party or public
//! institution's host) or to a platform official accounts live on.
//!
//! The registrable domain is the `psl` crate's: the list compiled in, kept
//! current by its weekly releases, so `example.com.cn`, `qingxi.gov.cn` and
//! `foo.github.io` are each one registrant's.

/// The host's registrable domain (`www.qingxi.gov.cn` → `qingxi.gov.cn`),
/// lower case; an IP address, `localhost` or a name the list does not know
/// is its own.
pub fn registrable(host: &str) -> String {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.parse::<std::net::IpAddr>().is_ok() || host.starts_with('[') {
        return host;
    }
    psl::domain_str(&host).map_or_else(|| host.clone(), str::to_owned)
}

/// Whether `host` is `domain` or one of its subdomains.
pub fn within(host: &str, domain: &str) -> bool {
    let host = host.trim_end_matches('.');
    let domain = domain.trim().trim_start_matches('.').trim_end_matches('.');
    !domain.is_empty()
        && host.len() >= domain.len()
        && host[host.len() - domain.len()..].eq_ignore_ascii_case(domain)
        && (host.len() == domain.len() || host.as_bytes()[host.len() - domain.len() - 1] == b'.')
}

/// Suffixes only the state registers under: governments (`gov.cn`, the
/// `.政务` domain), the military, universities and research institutes,
/// public welfare bodies (`.公益`), and other countries' and regions'
/// government suffixes.
const STATE_SUFFIXES: &[&str] = &[
    "gov.cn",
    "xn--zfr164b", // .政务
    "xn--55qw42g", // .公益
    "mil.cn",
    "edu.cn",
    "ac.cn",
    "org.cn",
    "gov",
    "gov.hk",
    "gov.mo",
    "edu",
    "int",
];

/// The state's own platforms and media outside those suffixes: the
/// identity-mark and filing services every portal's footer links, the
/// central media (人民网, 新华网, 央视网, 光明网…) and their theory and
/// reporting sites.
const STATE_HOSTS: &[&str] = &[
    "conac.cn",
    "12377.cn",
    "cyberpolice.cn",
    "people.com.cn",
    "people.cn",
    "xinhuanet.com",
    "news.cn",
    "cctv.com",
    "cctv.cn",
    "cntv.cn",
    "gmw.cn",
    "chinadaily.com.cn",
    "china.com.cn",
    "ce.cn",
    "youth.cn",
    "chinanews.com.cn",
    "qstheory.cn",
    "xuexi.cn",
    "yangshipin.cn",
];

/// Whether `host` is a government, party or public institution's host
/// (the suffixes only the state registers under, and its platforms and
/// central media listed here).
pub fn is_state(host: &str) -> bool {
    STATE_SUFFIXES.iter().chain(STATE_HOSTS).any(|d| within(host, d))
}

/// Suffixes whose names only state bodies may register: a lapsed one is
/// never sold on, so is never parked.
const RESERVED_SUFFIXES: &[&str] =
    &["gov.cn", "xn--zfr164b", "mil.cn", "edu.cn", "gov", "mil", "edu", "gov.hk", "gov.mo"];

/// Whether `host` is under a suffix only state bodies may register.
pub fn is_reserved(host: &str) -> bool {
    RESERVED_SUFFIXES.iter().any(|d| within(host, d))
}

/// The platforms official accounts are published on: their links are the
/// accounts', which the account checks audit.
const ACCOUNT_PLATFORMS: &[&str] = &[
    "weixin.qq.com",
    "qq.com",
    "weibo.com",
    "weibo.cn",
    "douyin.com",
    "iesdouyin.com",
    "toutiao.com",
    "ixigua.com",
    "kuaishou.com",
    "bilibili.com",
    "xiaohongshu.com",
    "baijiahao.baidu.com",
];

/// Whether `host` is a platform official accounts live on.
pub fn is_account_platform(host: &str) -> bool {
    ACCOUNT_PLATFORMS.iter().any(|d| within(host, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains_follow_the_public_suffix_list() {
        for (host, domain) in [
            ("www.yanting.gov.cn", "yanting.gov.cn"),
            ("jyj.yanting.gov.cn", "yanting.gov.cn"),
            ("WWW.Example.com.cn.", "example.com.cn"),
            ("a.b.example.co.uk", "example.co.uk"),
            ("user.github.io", "user.github.io"),
            ("127.0.0.1", "127.0.0.1"),
            ("localhost", "localhost"),
        ] {
            assert_eq!(registrable(host), domain, "{host}");
        }
    }

    #[test]
    fn within_matches_whole_labels() {
        assert!(within("www.qingxi.gov.cn", "gov.cn") && within("gov.cn", "gov.cn"));
        assert!(!within("notgov.cn", "gov.cn") && !within("cn", "gov.cn") && !within("x.cn", ""));
    }

    #[test]
    fn state_hosts_and_platforms() {
        assert!(is_state("www.sc.gov.cn") && is_state("bszs.conac.cn") && is_state("www.people.com.cn"));
        assert!(is_state("www.pku.edu.cn") && is_state("xn--fiq228c.xn--zfr164b"));
        assert!(!is_state("www.qxrmt.cn") && !is_state("bet365.com"));
        assert!(is_account_platform("mp.weixin.qq.com") && is_account_platform("www.douyin.com"));
        assert!(!is_account_platform("www.baidu.com"));
        assert!(
            is_reserved("www.sc.gov.cn") && !is_reserved("www.qxzt.org.cn") && !is_reserved("people.com.cn")
        );
    }
}
