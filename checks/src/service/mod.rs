//! Online services (办事服务): what the national rules ask a portal to
//! offer, as far as one crawl can tell.

pub mod no_entry;
