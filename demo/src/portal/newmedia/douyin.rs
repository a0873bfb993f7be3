//! Douyin: an anti-bot challenge instead of the profile, which no audit
//! can read past.

use crate::portal::hosts::DOUYIN;
use crate::portal::rng::Rng;
use crate::serve::Resource;

use super::{Account, hex, token};

/// The profile, answering its challenge.
pub(super) fn pages(account: &Account) -> Vec<(&'static str, String, Resource)> {
    vec![(DOUYIN, account.posts[0].target.clone(), Resource::html(douyin_challenge(account)))]
}

/// What Douyin answers a crawler's first request: an empty page whose
/// script sets the `__ac_nonce` cookie, signs it into `__ac_signature` and
/// reloads. A client without JavaScript never gets past it.
fn douyin_challenge(account: &Account) -> String {
    let mut rng = Rng::named(&account.id);
    let nonce = format!("0{}", hex(&mut rng, 20));
    let signature = format!("_02B4Z6wo00f01{}", token(&mut rng, 40));
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title></title></head><body></body>\
<script>(function(){{var __ac_nonce=\"{nonce}\";\
document.cookie=\"__ac_nonce=\"+__ac_nonce+\"; max-age=1800; path=/\";\
var __ac_signature=window.byted_acrawler&&window.byted_acrawler.sign?window.byted_acrawler.sign(\"\",__ac_nonce):\"{signature}\";\
document.cookie=\"__ac_signature=\"+__ac_signature+\"; max-age=1800; path=/\";\
window.location.reload();}})();</script></html>"
    )
}
