//! A short deterministic fuzzing run: fixed seeds, both bounds-check modes,
//! every target. Nothing may be found, and nearly every iteration must
//! compare something.

use brisk::BoundsChecks;
use brisk_fuzz::{Stats, Target};

mod common;

/// Iterations per run: the three runs take about 50 s in release on two
/// cores.
const ITERATIONS: u64 = 6000;

/// Iterations per addressing run: about a second each in release on two
/// cores.
const ADDRESSING_ITERATIONS: u64 = 1500;

fn run(target: Target, bounds: BoundsChecks, first_seed: u64) -> Stats {
    run_n(target, bounds, first_seed, ITERATIONS)
}

fn run_n(target: Target, bounds: BoundsChecks, first_seed: u64, iterations: u64) -> Stats {
    let stats = common::run_without_findings(target, bounds, first_seed, iterations);
    let not_compared = stats.skipped + stats.inconclusive;
    assert!(
        not_compared * 20 < stats.iterations,
        "skipped plus inconclusive is 5% or more: {}, by reason {:?}",
        stats.summary(),
        stats.reasons
    );
    stats
}

/// Iterations that compared brisk with a reference from start to end.
fn compared(stats: &Stats) -> u64 {
    stats.agreed + stats.wasmi_bugs
}

#[test]
fn generated_modules_with_guard_pages() {
    let stats = run(Target::Diff, brisk_fuzz::diff::guard_pages(), 1_000_000);
    assert!(compared(&stats) * 100 >= stats.iterations * 95);
}

#[test]
fn generated_modules_with_explicit_checks() {
    let stats = run(Target::Diff, BoundsChecks::Explicit, 2_000_000);
    assert!(compared(&stats) * 100 >= stats.iterations * 95);
}

#[test]
fn mutated_modules() {
    let stats = run(Target::Bytes, brisk_fuzz::diff::guard_pages(), 3_000_000);
    // Most mutants are invalid; the valid ones must have been compared.
    assert!(stats.rejected * 2 > stats.iterations);
    assert!(compared(&stats) * 100 >= stats.iterations);
}

#[test]
fn addressing_with_guard_pages() {
    let stats = run_n(
        Target::Addressing,
        brisk_fuzz::diff::guard_pages(),
        4_000_000,
        ADDRESSING_ITERATIONS,
    );
    assert!(compared(&stats) * 100 >= stats.iterations * 95);
}

#[test]
fn addressing_with_explicit_checks() {
    let stats = run_n(
        Target::Addressing,
        BoundsChecks::Explicit,
        5_000_000,
        ADDRESSING_ITERATIONS,
    );
    assert!(compared(&stats) * 100 >= stats.iterations * 95);
}
