//! `gc_inline.wast` (next to this file), in both bounds-check modes: GC
//! casts to every kind of target and arrays allocated inline and by the
//! builtin, checked at run time (x86-64: the GC operators' ISA). Every
//! directive passes, none is skipped.

mod common;

use brisk::{BoundsChecks, Isa};
use brisk_wast::Options;
use std::path::Path;

/// The directives of `gc_inline.wast` (all of them must run).
const DIRECTIVES: usize = 1570;

fn check(bounds: BoundsChecks) {
    if Isa::HOST != Some(Isa::X86_64) {
        eprintln!("not an x86-64 host: GC is compiled for x86-64 only");
        return;
    }
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gc_inline.wast");
    let options = Options {
        bounds,
        ..Options::default()
    };
    common::check_files(&[file], DIRECTIVES, &options);
}

#[test]
fn gc_inline_guard_pages() {
    check(brisk_wast::guard_pages());
}

#[test]
fn gc_inline_explicit_bounds_checks() {
    check(BoundsChecks::Explicit);
}
