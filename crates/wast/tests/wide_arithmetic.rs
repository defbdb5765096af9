//! The wide-arithmetic proposal's tests
//! (`../shared/wasm-testsuite/proposals/wide-arithmetic`, or under
//! `$BRISK_TESTSUITE`), in both bounds-check modes: every directive passes,
//! none is skipped.

mod common;

use brisk::BoundsChecks;

/// The directives of `wide-arithmetic.wast` (all of them must run).
const DIRECTIVES: usize = 109;

const FOLDER: &str = "proposals/wide-arithmetic";

#[test]
fn wide_arithmetic_guard_pages() {
    common::check_folder(FOLDER, DIRECTIVES, brisk_wast::guard_pages());
}

#[test]
fn wide_arithmetic_explicit_bounds_checks() {
    common::check_folder(FOLDER, DIRECTIVES, BoundsChecks::Explicit);
}
