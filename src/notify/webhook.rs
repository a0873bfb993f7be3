//! The generic JSON webhook: one POST per message, a 2xx answer is
//! success. The body (documented in the README, "Messages"):
//!
//! ```json
//! {"source": "govaudit", "kind": "warnings", "site": {"name": "…", "url": "…"},
//!  "owner": "…" | null, "title": "…", "text": "…",
//!  "warnings": [{"check", "due", "owner", "column", "account", "page", "target", "detail"}],
//!  "more": 0}
//! ```
//!
//! `kind` is `warnings` or one of the monitor's `monitor.down`,
//! `monitor.up`, `monitor.rate`, `monitor.rate-ok`; `warnings` holds at
//! most 200 entries, `more` counts the rest.

use serde_json::json;

use super::message::{Layout, MAX_ITEMS, Message};
use super::{Failure, http};
use crate::i18n::Lang;

pub fn body(message: &Message, lang: Lang) -> serde_json::Value {
    let (warnings, more) = message.warnings_cut(MAX_ITEMS);
    json!({
        "source": "govaudit",
        "kind": message.kind,
        "site": { "name": message.site_name, "url": message.site_url },
        "owner": message.owner,
        "title": message.title,
        "text": message.render(Layout::Plain, usize::MAX, MAX_ITEMS, lang),
        "warnings": warnings,
        "more": more,
    })
}

pub async fn send(client: &reqwest::Client, url: &str, message: &Message, lang: Lang) -> Result<(), Failure> {
    http::post(client, url, &body(message, lang)).await.map(|_| ())
}
