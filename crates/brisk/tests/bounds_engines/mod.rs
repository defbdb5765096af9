//! Engines for each way of checking memory bounds, for tests that run the
//! same code in all of them.

use brisk::{BoundsChecks, Config, Engine};

/// A Wasm page.
pub const PAGE: u64 = 65536;

/// Guard pages with the default guard, guard pages with a guard of one
/// page (so that accesses with an offset of 64 KiB or more are checked
/// explicitly), and explicit checks.
pub fn engines() -> Vec<Engine> {
    [
        BoundsChecks::GuardPages {
            guard_bytes: BoundsChecks::DEFAULT_GUARD,
        },
        BoundsChecks::GuardPages { guard_bytes: PAGE },
        BoundsChecks::Explicit,
    ]
    .into_iter()
    .map(|bounds| Engine::new(Config::new().bounds_checks(bounds)))
    .collect()
}
