//! A short run of the crash-only `gc` target, in both bounds-check modes:
//! no panic, nearly every module runs, and the modules contain the GC
//! operators (wasm-smith draws them with `gc_enabled`).

use brisk::BoundsChecks;
use brisk_fuzz::gc::{GC_FEATURES, GcCoverage};
use brisk_fuzz::{Budget, Campaign, Options, Stats, Target, campaign};

/// Iterations per mode: a few seconds in release on two cores.
const ITERATIONS: u64 = 200;

fn run(bounds: BoundsChecks, first_seed: u64) -> Stats {
    let campaign = Campaign {
        target: Target::Gc,
        options: Options {
            bounds,
            ..Options::default()
        },
        first_seed,
        budget: Budget::Iterations(ITERATIONS),
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        max_findings: u64::MAX,
    };
    let found = std::sync::Mutex::new(Vec::new());
    let stats = campaign::run(
        &campaign,
        |_| {},
        |seed, report| {
            if report.verdict.is_finding() {
                found.lock().unwrap().push(format!(
                    "seed {seed}: {:?}\n  {:?}",
                    report.verdict, report.brisk
                ));
            }
        },
    );
    println!("gc {bounds:?}: {}", stats.summary());
    let found = found.into_inner().unwrap();
    assert!(found.is_empty(), "findings:\n{}", found.join("\n"));
    assert_eq!(stats.iterations, ITERATIONS);
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
