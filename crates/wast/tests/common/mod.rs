//! Running one folder of the testsuite (`../shared/wasm-testsuite/<folder>`,
//! or under `$BRISK_TESTSUITE`) where every directive must pass.
// Each test binary uses part of it.
#![allow(dead_code)]

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
    check_files(
        &files,
        directives,
        &Options {
            bounds,
            ..Options::default()
        },
    );
}

/// The `.wast` files of testsuite folder `name` (`""`: the root) whose
/// names start with one of `prefixes`.
pub fn files_named(name: &str, prefixes: &[&str]) -> Vec<PathBuf> {
    let dir = folder(name);
    let files: Vec<PathBuf> = brisk_wast::wast_files(std::slice::from_ref(&dir))
        .into_iter()
        .filter(|f| {
            let file = f.file_name().unwrap_or_default().to_string_lossy();
            prefixes.iter().any(|p| file.starts_with(p))
        })
        .collect();
    assert!(
        !files.is_empty(),
        "no {prefixes:?} files in {}",
        dir.display()
    );
    files
}

/// Runs `files` with `options`: no failure, no skip, and `directives`
/// directives in all.
pub fn check_files(files: &[PathBuf], directives: usize, options: &Options) {
    let report = brisk_wast::run_paths(files, options);
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
