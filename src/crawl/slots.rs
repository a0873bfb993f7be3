//! A bound on the large pages parsed at once, for the whole process.
//!
//! A large page is parsed with `block_in_place`, which hands the async
//! worker's other tasks to a new thread: without a bound, every large page
//! in flight would be parsed at once (sixteen 5 MB pages took 2.5 GB). The
//! bound is the number of cores, whatever `--concurrency` and `--per-host`
//! say, and is shared by every site of a roster.

use std::sync::{Condvar, LazyLock, Mutex, MutexGuard, PoisonError};

static SLOTS: LazyLock<Slots> =
    LazyLock::new(|| Slots::new(std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)));

/// Keeps glibc to a few malloc arenas. By default it gives each thread
/// that meets contention an arena of its own (up to eight per core), and
/// memory freed by one large parse stays in its thread's arena: sixteen
/// large pages then held three times what they needed. Call before the
/// runtime starts its threads.
pub fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; called before any
    // other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Waits (blocking the thread) for a parse slot; it is freed when dropped.
pub fn parse_slot() -> Slot<'static> {
    SLOTS.take()
}

pub struct Slots {
    free: Mutex<usize>,
    freed: Condvar,
}

pub struct Slot<'a>(&'a Slots);

impl Slots {
    pub fn new(count: usize) -> Self {
        Slots { free: Mutex::new(count.max(1)), freed: Condvar::new() }
    }

    pub fn take(&self) -> Slot<'_> {
        let mut free = self.lock();
        while *free == 0 {
            free = self.freed.wait(free).unwrap_or_else(PoisonError::into_inner);
        }
        *free -= 1;
        Slot(self)
    }

    fn lock(&self) -> MutexGuard<'_, usize> {
        // A count stays right even if a holder panicked.
        self.free.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        *self.0.lock() += 1;
        self.0.freed.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn never_more_at_once_than_slots() {
        let slots = Slots::new(2);
        let now = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        std::thread::scope(|s| {
            for _ in 0..8 {
                s.spawn(|| {
                    let _slot = slots.take();
                    let at = now.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(at, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    now.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        assert_eq!(most.load(Ordering::SeqCst), 2);
    }
}
