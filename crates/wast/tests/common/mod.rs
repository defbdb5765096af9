//! Running one folder of the testsuite (`../shared/wasm-testsuite/<folder>`,
//! or under `$BRISK_TESTSUITE`) where every directive must pass.

use brisk::BoundsChecks;
use brisk_wast::Options;
use std::path::{Path, PathBuf};

fn folder(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::env::var_os("BRISK_TESTSUITE")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/wasm-testsuite"))
        .join(name)
}

/// Runs the `.wast` files of testsuite folder `name` with `bounds`: no
/// failure, no skip, and `directives` directives in all.
pub fn check_folder(name: &str, directives: usize, bounds: BoundsChecks) {
    let dir = folder(name);
    let files = brisk_wast::wast_files(std::slice::from_ref(&dir));
    assert!(!files.is_empty(), "no .wast files in {}", dir.display());
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
        (directives, 0),
        "{}",
        report.summary()
    );
}
