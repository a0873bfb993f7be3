//! The sample county portal behind `govaudit demo`, and the small HTTP
//! server that serves it and the tests' fixture sites on 127.0.0.1.
//!
//! A crate of its own because neither is the tool: the portal is thousands
//! of lines that generate pages no audit code reads, and the server is test
//! equipment. It needs nothing of the `govaudit` binary and only one pure
//! type of `checks` (the kind a unit site is scored as); the binary's
//! `demo` command starts it and the integration tests serve their sites
//! with it. Nothing here touches the internet: every host the portal links
//! to is answered by a server of its own on 127.0.0.1.

pub mod files;
pub mod portal;
pub mod serve;
