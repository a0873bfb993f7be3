//! URL normalisation: one spelling per resource, so that each distinct
//! target is requested once and every finding names a page the same way.
//!
//! The `url` crate already lower-cases scheme and host, drops default ports
//! and resolves dot segments, exactly as browsers do. On top of that we drop
//! the fragment (never sent to the server) and session-id parameters, which
//! Java and PHP portals append to every link (`;jsessionid=…`, `?sid=…`) and
//! which would otherwise turn one page into thousands. Everything else,
//! including the case of the path and the byte encoding of the query, is
//! left exactly as the page wrote it: servers may treat those as different.

use url::Url;

/// Session-id parameter names removed by default (compared ignoring case).
pub const DEFAULT_SESSION_PARAMS: &[&str] = &["jsessionid", "phpsessid", "aspsessionid", "sessionid", "sid"];

#[derive(Clone, Debug)]
pub struct Normalizer {
    session_params: Vec<String>,
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new(DEFAULT_SESSION_PARAMS.iter().copied())
    }
}

impl Normalizer {
    pub fn new<S: AsRef<str>>(session_params: impl IntoIterator<Item = S>) -> Self {
        Normalizer {
            session_params: session_params.into_iter().map(|p| p.as_ref().to_ascii_lowercase()).collect(),
        }
    }

    fn is_session_param(&self, name: &str) -> bool {
        self.session_params.iter().any(|p| p.eq_ignore_ascii_case(name))
    }

    /// Normalises `url` in place.
    pub fn normalize(&self, url: &mut Url) {
        url.set_fragment(None);
        if !matches!(url.scheme(), "http" | "https") {
            return;
        }
        if url.path().contains(';') {
            let path = self.strip_path_params(url.path());
            url.set_path(&path);
        }
        if let Some(query) = url.query() {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|pair| {
                    let name = pair.split('=').next().unwrap_or_default();
                    !pair.is_empty() && !self.is_session_param(name)
                })
                .collect();
            if kept.is_empty() {
                url.set_query(None);
            } else if kept.len() != query.split('&').count() {
                let joined = kept.join("&");
                url.set_query(Some(&joined));
            }
        }
    }

    /// Removes `;name=value` path parameters whose name is a session id.
    fn strip_path_params(&self, path: &str) -> String {
        path.split('/')
            .map(|segment| {
                let mut parts = segment.split(';');
                let mut out = parts.next().unwrap_or_default().to_owned();
                for param in parts {
                    let name = param.split('=').next().unwrap_or_default();
                    if !self.is_session_param(name) {
                        out.push(';');
                        out.push_str(param);
                    }
                }
                out
            })
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Parses and normalises an absolute URL.
    pub fn parse(&self, input: &str) -> Result<Url, url::ParseError> {
        let mut url = Url::parse(input)?;
        self.normalize(&mut url);
        Ok(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(input: &str) -> String {
        Normalizer::default().parse(input).map(String::from).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn normalises_like_a_browser_and_drops_session_ids() {
        let cases = [
            ("HTTP://WWW.Example.GOV.cn:80/a/./b/../c.html#top", "http://www.example.gov.cn/a/c.html"),
            ("https://h:443/", "https://h/"),
            ("http://h:8080/x", "http://h:8080/x"),
            ("http://h/a/index.jsp;jsessionid=0A1B2C?x=1", "http://h/a/index.jsp?x=1"),
            ("http://h/a;JSESSIONID=0A1B2C/b", "http://h/a/b"),
            ("http://h/a;v=1", "http://h/a;v=1"),
            ("http://h/p?sid=9&page=2", "http://h/p?page=2"),
            ("http://h/p?PHPSESSID=abc", "http://h/p"),
            ("http://h/p?", "http://h/p"),
            ("http://h/p?a=1&&b=2", "http://h/p?a=1&b=2"),
            ("http://h/Sub/Index.html", "http://h/Sub/Index.html"),
            ("http://h/p?q=%D5%FE%B8%AE", "http://h/p?q=%D5%FE%B8%AE"),
        ];
        for (input, want) in cases {
            assert_eq!(norm(input), want, "{input}");
        }
    }

    #[test]
    fn session_params_are_configurable() {
        let n = Normalizer::new(["token"]);
        assert_eq!(n.parse("http://h/p?token=1&sid=2").map(String::from), Ok("http://h/p?sid=2".into()));
    }
}
