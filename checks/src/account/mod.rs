//! Official new-media accounts (政务新媒体): the WeChat, Weibo, Toutiao and
//! other accounts a government body runs beside its portal, which inspectors
//! audit for freshness like any column.

pub mod read;
