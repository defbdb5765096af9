//! The legacy exception instructions' tests
//! (`../shared/wasm-testsuite/legacy`: `try`, `catch`, `catch_all`,
//! `delegate`, `rethrow`, in the folded text form the runner unfolds), in
//! both bounds-check modes: every directive passes, none is skipped.

mod common;

use brisk::BoundsChecks;

/// The directives of the folder's four files (all of them must run).
const DIRECTIVES: usize = 96;

const FOLDER: &str = "legacy";

#[test]
fn legacy_exceptions_guard_pages() {
    common::check_folder(FOLDER, DIRECTIVES, brisk_wast::guard_pages());
}

#[test]
fn legacy_exceptions_explicit_bounds_checks() {
    common::check_folder(FOLDER, DIRECTIVES, BoundsChecks::Explicit);
}
