//! The wait queues of `memory.atomic.wait32/64` and `memory.atomic.notify`:
//! one table for the process, keyed by the absolute address waited on, so
//! waits on different memories never meet (a memory cannot be unmapped
//! while a thread waits on it: the waiting instance holds a reference to
//! it). Addresses hash to a fixed number of buckets, each a lock and the
//! queue of its waiters in arrival order.
//!
//! A waiter compares the memory with the expected value while holding its
//! bucket's lock and joins the queue before releasing it, and a notifier
//! takes the same lock: a thread that changes the value and then notifies
//! either finds the waiter queued or makes its comparison fail, so no
//! wake-up is lost.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

/// What `memory.atomic.wait` returns, as its i32 result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum WaitResult {
    /// Woken by a notify ("ok").
    Woken = 0,
    /// The value was not the expected one ("not-equal").
    NotEqual = 1,
    /// The timeout passed first ("timed-out").
    TimedOut = 2,
}

struct Waiter {
    addr: usize,
    /// Set, under the bucket's lock, by the notify that dequeues it.
    woken: AtomicBool,
    cv: Condvar,
}

type Queue = Vec<Arc<Waiter>>;

const BUCKETS: usize = 64;

static TABLE: [Mutex<Queue>; BUCKETS] = [const { Mutex::new(Vec::new()) }; BUCKETS];

fn bucket(addr: usize) -> &'static Mutex<Queue> {
    // Fibonacci hashing: the top bits of the product mix every address bit.
    let i = (addr as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - BUCKETS.ilog2());
    &TABLE[i as usize]
}

/// Nothing panics while holding a bucket's lock, but a poisoned lock would
/// still guard a consistent queue.
fn lock(m: &Mutex<Queue>) -> MutexGuard<'_, Queue> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Waits on `addr` if `expected()` (called under the queue's lock) holds,
/// until a [`notify`] of `addr` wakes this thread or `deadline` passes
/// (`None`: never).
pub fn wait(addr: usize, expected: impl FnOnce() -> bool, deadline: Option<Instant>) -> WaitResult {
    let m = bucket(addr);
    let mut queue = lock(m);
    if !expected() {
        return WaitResult::NotEqual;
    }
    let me = Arc::new(Waiter {
        addr,
        woken: AtomicBool::new(false),
        cv: Condvar::new(),
    });
    queue.push(me.clone());
    loop {
        // The lock is held here, so `woken` is stable and, if unset, this
        // waiter is still queued.
        if me.woken.load(Ordering::Relaxed) {
            return WaitResult::Woken;
        }
        queue = match deadline {
            None => me.cv.wait(queue).unwrap_or_else(PoisonError::into_inner),
            Some(deadline) => {
                let now = Instant::now();
                if now >= deadline {
                    queue.retain(|w| !Arc::ptr_eq(w, &me));
                    return WaitResult::TimedOut;
                }
                me.cv
                    .wait_timeout(queue, deadline - now)
                    .unwrap_or_else(PoisonError::into_inner)
                    .0
            }
        };
    }
}

/// Wakes up to `count` of the threads waiting on `addr`, longest waiting
/// first; returns how many it woke.
pub fn notify(addr: usize, count: u32) -> u32 {
    let mut woken = 0;
    if count == 0 {
        return woken;
    }
    lock(bucket(addr)).retain(|w| {
        if woken == count || w.addr != addr {
            return true;
        }
        w.woken.store(true, Ordering::Relaxed);
        w.cv.notify_one();
        woken += 1;
        false
    });
    woken
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU32;
    use std::thread;
    use std::time::Duration;

    /// A word to wait on: its address keys the queue.
    fn word() -> Box<AtomicU32> {
        Box::new(AtomicU32::new(0))
    }

    fn addr(w: &AtomicU32) -> usize {
        w as *const AtomicU32 as usize
    }

    /// Waits until `n` threads are queued on `addr`.
    fn until_queued(addr: usize, n: usize) {
        while lock(bucket(addr)).iter().filter(|w| w.addr == addr).count() < n {
            thread::yield_now();
        }
    }

    #[test]
    fn not_equal_and_timeouts_return_at_once_or_after_the_timeout() {
        let w = word();
        let a = addr(&w);
        assert_eq!(wait(a, || false, None), WaitResult::NotEqual);
        assert_eq!(wait(a, || true, Some(Instant::now())), WaitResult::TimedOut);
        let start = Instant::now();
        let d = Duration::from_millis(20);
        assert_eq!(wait(a, || true, Some(start + d)), WaitResult::TimedOut);
        assert!(start.elapsed() >= d);
        // A timed-out waiter leaves the queue: nothing is left to wake.
        assert_eq!(notify(a, u32::MAX), 0);
    }

    #[test]
    fn notify_wakes_at_most_count_oldest_first_and_only_its_address() {
        let (w, other) = (word(), word());
        let (a, b) = (addr(&w), addr(&other));
        let order = Arc::new(Mutex::new(Vec::new()));
        let waiters: Vec<_> = (0..3)
            .map(|i| {
                let order = order.clone();
                // Queue them one at a time, so the arrival order is known.
                let t = thread::spawn(move || {
                    let r = wait(a, || true, None);
                    order.lock().unwrap().push(i);
                    r
                });
                until_queued(a, i + 1);
                t
            })
            .collect();
        assert_eq!(notify(b, u32::MAX), 0, "another address wakes no one");
        assert_eq!(notify(a, 0), 0);
        assert_eq!(notify(a, 2), 2);
        while order.lock().unwrap().len() < 2 {
            thread::yield_now();
        }
        // The two oldest woke (in either order: both run at once).
        let mut first = order.lock().unwrap().clone();
        first.sort();
        assert_eq!(first, [0, 1]);
        assert_eq!(notify(a, 5), 1);
        for t in waiters {
            assert_eq!(t.join().unwrap(), WaitResult::Woken);
        }
        assert_eq!(notify(a, 1), 0);
    }
}
