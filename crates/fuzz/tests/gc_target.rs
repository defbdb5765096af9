//! A short run of the crash-only `gc` target, in both bounds-check modes:
//! no panic, nearly every module runs, and the modules contain the GC
//! operators (wasm-smith draws them with `gc_enabled`).

use brisk::BoundsChecks;
use brisk_fuzz::gc::{GC_FEATURES, GcCoverage};
use brisk_fuzz::{Stats, Target};

mod common;

/// Iterations per mode: a few seconds in release on two cores.
const ITERATIONS: u64 = 200;

fn run(bounds: BoundsChecks, first_seed: u64) -> Stats {
    let stats = common::run_without_findings(Target::Gc, bounds, first_seed, ITERATIONS);
    // Every module is valid: brisk runs nearly all of them.
    assert!(
        stats.agreed * 100 >= stats.iterations * 95,
        "{}, by reason {:?}",
        stats.summary(),
        stats.reasons
    );
    stats
}

#[test]
fn gc_modules_with_guard_pages() {
    run(brisk_fuzz::diff::guard_pages(), 7_000_000);
}

#[test]
fn gc_modules_with_explicit_checks() {
    run(BoundsChecks::Explicit, 8_000_000);
}

#[test]
fn gc_modules_contain_gc_operators() {
    let mut coverage = GcCoverage::default();
    for seed in 0..ITERATIONS {
        coverage.record(&brisk_fuzz::gc::module_for_seed(seed));
    }
    println!("{}", coverage.lines().join("\n"));
    assert_eq!(coverage.modules, ITERATIONS);
    for (name, n) in GC_FEATURES.iter().zip(coverage.counts) {
        assert!(n > 0, "no module contains {name}");
    }
}
