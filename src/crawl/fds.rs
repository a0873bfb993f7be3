//! Open connections kept within the process's file-descriptor limit.
//!
//! Every request in flight holds a socket, and a pooled idle connection
//! holds one more: a page linking 2,000 hosts under `ulimit -n 1024` once
//! ran out of descriptors, and each "Too many open files" became a false
//! dead link. The soft limit is raised to the hard one (as servers do at
//! start), requests in flight are capped to fit under it, and links to
//! other hosts are asked without keep-alive (see `fetch`), so idle
//! connections stay with the site's own hosts.

use std::sync::OnceLock;

/// Descriptors kept for everything else: the database, report files,
/// stdio, the runtime, DNS.
const RESERVED: u64 = 64;

/// Requests in flight that fit, at most `wanted`: each may hold a socket
/// and one idle pooled connection of its host.
pub fn fit(wanted: usize) -> usize {
    let limit = *LIMIT.get_or_init(raise_soft_limit);
    let room = (limit.saturating_sub(RESERVED) / 2).max(1);
    wanted.min(usize::try_from(room).unwrap_or(usize::MAX))
}

static LIMIT: OnceLock<u64> = OnceLock::new();

/// Raises the soft descriptor limit to the hard one; returns the limit
/// now in force.
#[cfg(unix)]
fn raise_soft_limit() -> u64 {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit and setrlimit only read and write the struct given.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return 1024;
        }
        if limit.rlim_cur < limit.rlim_max {
            let raised = libc::rlimit { rlim_cur: limit.rlim_max, rlim_max: limit.rlim_max };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
    }
    limit.rlim_cur
}

#[cfg(not(unix))]
fn raise_soft_limit() -> u64 {
    u64::MAX
}

/// Whether a request failed for lack of a local resource (descriptors,
/// memory, ports): a problem of ours, never the site's.
pub fn is_local_exhaustion(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut source = Some(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            #[cfg(unix)]
            if matches!(
                io.raw_os_error(),
                Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM | libc::EADDRNOTAVAIL)
            ) {
                return true;
            }
            if io.kind() == std::io::ErrorKind::OutOfMemory {
                return true;
            }
        }
        source = s.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_in_flight_fit_the_limit() {
        assert_eq!(fit(1), 1);
        let fitted = fit(usize::MAX);
        assert!(fitted >= 1 && (fitted as u64) < *LIMIT.get().unwrap());
    }

    #[test]
    fn too_many_open_files_is_ours() {
        let emfile = std::io::Error::from_raw_os_error(libc::EMFILE);
        assert!(is_local_exhaustion(&emfile));
        let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        assert!(!is_local_exhaustion(&refused));
    }
}
