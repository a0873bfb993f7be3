//! User info of a start URL (`http://admin:pw@host/`): taken out of the URL
//! as the config is read, so no report, line on screen, journal or history
//! database ever holds it, and sent as HTTP Basic authentication with each
//! request to that URL's origin (scheme, host and port) only.

use std::fmt;

use percent_encoding::percent_decode_str;
use url::{Origin, Url};

/// The logins of a run's start URLs.
#[derive(Clone, Default)]
pub struct Logins(Vec<Login>);

#[derive(Clone)]
struct Login {
    origin: Origin,
    user: String,
    password: Option<String>,
}

impl Logins {
    /// Takes the user info out of `url`, keeping it for `url`'s origin.
    pub fn take_from(&mut self, url: &mut Url) {
        if url.username().is_empty() && url.password().is_none() {
            return;
        }
        let decode = |s: &str| percent_decode_str(s).decode_utf8_lossy().into_owned();
        let login = Login {
            origin: url.origin(),
            user: decode(url.username()),
            password: url.password().map(decode),
        };
        // Both calls only fail for URLs without a host, which start URLs have.
        let _ = url.set_username("");
        let _ = url.set_password(None);
        self.0.retain(|l| l.origin != login.origin);
        self.0.push(login);
    }

    /// `request` for `url`, with the login of `url`'s origin when there is one.
    pub fn apply(&self, url: &Url, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        let origin = url.origin();
        match self.0.iter().find(|l| l.origin == origin) {
            Some(login) => request.basic_auth(&login.user, login.password.as_ref()),
            None => request,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Never prints a password, whoever debug-prints the settings.
impl fmt::Debug for Logins {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.0.iter().map(|l| l.origin.ascii_serialization())).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_info_leaves_the_url_and_goes_only_to_its_origin() {
        let mut logins = Logins::default();
        let mut url = Url::parse("http://ad%20min:p%40ss@www.example.gov.cn:8080/index.html").unwrap();
        logins.take_from(&mut url);
        assert_eq!(url.as_str(), "http://www.example.gov.cn:8080/index.html");
        assert!(!format!("{logins:?}").contains("p@ss"));
        let client = reqwest::Client::new();
        let header = |target: &str| {
            let target = Url::parse(target).unwrap();
            let request = logins.apply(&target, client.get(target.as_str())).build().unwrap();
            request.headers().get(reqwest::header::AUTHORIZATION).map(|v| v.to_str().unwrap().to_owned())
        };
        // base64("ad min:p@ss")
        assert_eq!(
            header("http://www.example.gov.cn:8080/a.html").as_deref(),
            Some("Basic YWQgbWluOnBAc3M=")
        );
        assert_eq!(header("http://www.example.gov.cn/a.html"), None);
        assert_eq!(header("https://www.example.gov.cn:8080/a.html"), None);
        assert_eq!(header("http://other.gov.cn:8080/a.html"), None);
    }
}
