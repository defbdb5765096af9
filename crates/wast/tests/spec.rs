//! The official testsuite: the `.wast` files directly in the root of
//! ../shared/wasm-testsuite (or `$BRISK_TESTSUITE`), in both bounds-check
//! modes, against the ratchet files `tests/spec/ratchet-{guard,explicit}.txt`;
//! with the `emulator` feature, also for AArch64 under the emulator against
//! `tests/spec/ratchet-aarch64-{guard,explicit}.txt`.
//!
//! Fails on any failed directive, on fewer passes for a file than its
//! ratchet line records, and on a file the ratchet lacks. `BRISK_RATCHET=1`
//! rewrites the ratchet with the current counts, refusing to lower a
//! recorded pass count: passes only move up.

use brisk::{BoundsChecks, Target};
use brisk_wast::{Options, Report};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

fn suite_files() -> Vec<PathBuf> {
    let dir = std::env::var_os("BRISK_TESTSUITE")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/wasm-testsuite"));
    let dir = dir.canonicalize().unwrap_or_else(|e| {
        panic!(
            "no testsuite at {} ({e}; set BRISK_TESTSUITE)",
            dir.display()
        )
    });
    // Only the root: wast_files does not descend into legacy/, proposals/...
    brisk_wast::wast_files(&[dir])
}

/// Recorded (passed, skipped) by file name.
type Ratchet = BTreeMap<String, (usize, usize)>;

fn read_ratchet(path: &Path) -> Ratchet {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Ratchet::new();
    };
    let parse = |line: &str| {
        let mut fields = line.split_whitespace();
        let name = fields.next()?.to_string();
        let passed = fields.next()?.parse().ok()?;
        let skipped = fields.next()?.parse().ok()?;
        Some((name, (passed, skipped)))
    };
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| parse(l).unwrap_or_else(|| panic!("{}: bad ratchet line {l:?}", path.display())))
        .collect()
}

fn current_counts(report: &Report) -> Ratchet {
    let name = |p: &str| {
        Path::new(p)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned()
    };
    report
        .files
        .iter()
        .map(|f| (name(&f.path), (f.passed, f.skipped)))
        .collect()
}

fn write_ratchet(path: &Path, mode: &str, counts: &Ratchet) {
    let mut text = format!(
        "# Spec testsuite, {mode} bounds checks: file, directives passed, directives skipped.\n\
         # Passes may only go up. Rewrite with BRISK_RATCHET=1 cargo test --release -p brisk-wast --test spec\n"
    );
    for (name, (passed, skipped)) in counts {
        text.push_str(&format!("{name} {passed} {skipped}\n"));
    }
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

/// Runs the suite for `target` against the ratchet file `ratchet`.
fn check(ratchet: &str, target: Target, bounds: BoundsChecks) {
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let report = brisk_wast::run_paths(
        &suite_files(),
        &Options {
            target,
            bounds,
            jobs,
            ..Options::default()
        },
    );
    let current = current_counts(&report);
    let path = repo_root().join(format!("tests/spec/ratchet-{ratchet}.txt"));
    let mut recorded = read_ratchet(&path);
    let lowered: Vec<String> = current
        .iter()
        .filter_map(|(name, (passed, _))| {
            let (was, _) = recorded.get(name)?;
            (passed < was).then(|| format!("{name}: {passed} passed, the ratchet records {was}"))
        })
        .collect();
    if std::env::var_os("BRISK_RATCHET").is_some_and(|v| v == "1") {
        assert!(
            lowered.is_empty(),
            "{ratchet}: refusing to lower the ratchet:\n{}",
            lowered.join("\n")
        );
        write_ratchet(&path, ratchet, &current);
        recorded = current.clone();
    }
    let mut problems: Vec<String> = report
        .files
        .iter()
        .flat_map(|f| f.failure_lines())
        .collect();
    problems.extend(lowered);
    for name in current.keys().filter(|n| !recorded.contains_key(*n)) {
        problems.push(format!(
            "{name}: not in {} (record it with BRISK_RATCHET=1)",
            path.display()
        ));
    }
    println!("{ratchet}: {}", report.summary());
    assert!(
        problems.is_empty(),
        "{ratchet}: {}\n{}",
        report.summary(),
        problems.join("\n")
    );
}

#[test]
fn spec_guard_pages() {
    check("guard", Target::host(), brisk_wast::guard_pages());
}

#[test]
fn spec_explicit_bounds_checks() {
    check("explicit", Target::host(), BoundsChecks::Explicit);
}

#[cfg(feature = "emulator")]
#[test]
fn spec_aarch64_emulated_guard_pages() {
    let target = Target::baseline(brisk::Isa::Aarch64);
    let guard = brisk_wast::guard_pages();
    check("aarch64-guard", target, guard);
}

#[cfg(feature = "emulator")]
#[test]
fn spec_aarch64_emulated_explicit_bounds_checks() {
    let target = Target::baseline(brisk::Isa::Aarch64);
    check("aarch64-explicit", target, BoundsChecks::Explicit);
}
