//! The custom-page-sizes proposal's tests
//! (`../shared/wasm-testsuite/proposals/custom-page-sizes`, or under
//! `$BRISK_TESTSUITE`), in both bounds-check modes: every directive passes,
//! none is skipped. Memories of one-byte pages are checked explicitly in
//! guard mode too.

mod common;

use brisk::BoundsChecks;

/// The directives of the folder's five files (all of them must run).
const DIRECTIVES: usize = 207;

const FOLDER: &str = "proposals/custom-page-sizes";

#[test]
fn custom_page_sizes_guard_pages() {
    common::check_folder(FOLDER, DIRECTIVES, brisk_wast::guard_pages());
}

#[test]
fn custom_page_sizes_explicit_bounds_checks() {
    common::check_folder(FOLDER, DIRECTIVES, BoundsChecks::Explicit);
}
