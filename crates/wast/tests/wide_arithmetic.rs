//! The wide-arithmetic proposal's tests
//! (`../shared/wasm-testsuite/proposals/wide-arithmetic`, or under
//! `$BRISK_TESTSUITE`), in both bounds-check modes: every directive passes,
//! none is skipped.

use brisk::BoundsChecks;
use brisk_wast::Options;
use std::path::{Path, PathBuf};

/// The directives of `wide-arithmetic.wast` (all of them must run).
const DIRECTIVES: usize = 109;

fn folder() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::env::var_os("BRISK_TESTSUITE")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/wasm-testsuite"))
        .join("proposals/wide-arithmetic")
}

fn check(bounds: BoundsChecks) {
    let files = brisk_wast::wast_files(&[folder()]);
    assert!(
        !files.is_empty(),
        "no .wast files in {}",
        folder().display()
    );
    let report = brisk_wast::run_paths(
        &files,
        &Options {
            bounds,
            ..Options::default()
        },
    );
    let failures: Vec<String> = report
        .files
        .iter()
        .flat_map(|f| f.failure_lines())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(
        (report.passed(), report.skipped()),
        (DIRECTIVES, 0),
        "{}",
        report.summary()
    );
}

#[test]
fn wide_arithmetic_guard_pages() {
    check(brisk_wast::guard_pages());
}

#[test]
fn wide_arithmetic_explicit_bounds_checks() {
    check(BoundsChecks::Explicit);
}
