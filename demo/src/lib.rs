//! The sample county portal behind `govaudit demo` and the small HTTP
//! server that serves it, and the tests' fixture sites, on 127.0.0.1.
//!
//! Apart from the tool so that neither weighs on the other: the portal is
//! thousands of lines that generate pages the audit code never reads, and the
//! server is test equipment. It depends on `checks` only for the pure
//! types the portal is described in; the `govaudit` binary starts it
//! (`demo`, `demo --serve`) and the integration tests serve their sites
//! with it. Nothing here touches the internet: every host the portal links
//! to is answered by a server of its own on 127.0.0.1.

pub mod portal;
pub mod serve;
