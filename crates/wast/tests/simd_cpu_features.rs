//! The SIMD and relaxed-SIMD scripts of the testsuite root
//! (`simd_*.wast`, `relaxed_*.wast`) with the x86-64 SIMD baseline alone
//! (x86-64-v2: SSSE3, SSE4.1, SSE4.2, POPCNT), then with AVX (the VEX
//! three-operand forms) and AVX2 (broadcasts) on top: every directive
//! passes, none is skipped. The ratcheted spec tests run the host's
//! features only, so without these the lowerings of the other feature
//! sets would go unrun. Guard pages only (the ratchet covers both modes).
//! With them runs `simd_constant_counts.wast` (next to this file): shifts
//! by constant counts and one-operand shuffles, which the testsuite has few
//! of.

mod common;

use brisk::{Isa, Target};
use brisk_wast::Options;
use std::path::Path;

/// The directives of the root's `simd_*` and `relaxed_*` scripts and of
/// `simd_constant_counts.wast`.
const DIRECTIVES: usize = 26057 + 91;

const BASELINE: [&str; 4] = ["popcnt", "ssse3", "sse4.1", "sse4.2"];

/// Runs the scripts compiled for the SIMD baseline plus `extra`, when
/// this CPU has them all (an x86-64 host without them has nothing to
/// run: it says so).
fn check_with(extra: &[&str]) {
    if Isa::HOST != Some(Isa::X86_64) {
        eprintln!("not an x86-64 host: nothing to run");
        return;
    }
    let mut target = Target::baseline(Isa::X86_64);
    for name in BASELINE.iter().chain(extra) {
        target.set_feature(name, true).unwrap();
    }
    if let Some(why) = target.native_mismatch() {
        eprintln!("skipped: {why}");
        return;
    }
    let mut files = common::files_named("", &["simd_", "relaxed_"]);
    files.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/simd_constant_counts.wast"));
    let options = Options {
        target,
        ..Options::default()
    };
    common::check_files(&files, DIRECTIVES, &options);
}

#[test]
fn simd_without_avx() {
    check_with(&[]);
}

#[test]
fn simd_with_avx() {
    check_with(&["avx"]);
}

#[test]
fn simd_with_avx2() {
    check_with(&["avx", "avx2"]);
}
