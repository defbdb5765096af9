//! Saving and replaying cases, and the regression cases in `regressions/`.

use brisk::BoundsChecks;
use brisk_fuzz::case::{self, CaseInfo};
use brisk_fuzz::{Options, Plan, Target, Verdict, diff};
use std::path::{Path, PathBuf};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("brisk-fuzz-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// A mismatch (injected) of iteration `seed` of `target` is saved with
/// everything it needs, loads back, and replays the same.
fn saved_mismatch_replays(target: Target, seed: u64) {
    let wasm = brisk_fuzz::module_for(target, seed, brisk::Target::host().isa());
    let injected = Options {
        inject_mismatch: true,
        bounds: BoundsChecks::Explicit,
        spectre: false,
        ..Options::default()
    };
    let info = CaseInfo {
        target,
        seed,
        options: injected,
    };
    let fresh = case::Case {
        info: info.clone(),
        wasm: wasm.clone(),
        plan: Plan::Seed(seed),
    };
    let report = case::replay(&fresh, &injected);
    assert!(matches!(report.verdict, Verdict::Mismatch(_)), "{report:?}");

    let dir = scratch(&format!("saved-{}", target.name()));
    case::save(&dir, &wasm, &info, &report).unwrap();
    let reference = format!("{}.txt", target.reference());
    for file in [
        "module.wasm",
        "module.wat",
        "case.txt",
        "calls.txt",
        "brisk.txt",
        &reference,
    ] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    let wat = std::fs::read_to_string(dir.join("module.wat")).unwrap();
    // The text form says the same, though it may encode it differently.
    let reparsed = wat::parse_str(&wat).unwrap();
    assert_eq!(wasmprinter::print_bytes(&reparsed).unwrap(), wat);

    let loaded = case::load(&dir).unwrap();
    assert_eq!(loaded.wasm, wasm);
    assert_eq!(loaded.info.target, target);
    assert_eq!(loaded.info.seed, seed);
    assert_eq!(loaded.info.options.bounds, BoundsChecks::Explicit);
    assert_eq!(loaded.info.options.target, injected.target);
    assert!(!loaded.info.options.spectre);
    let Plan::Calls(calls) = &loaded.plan else {
        panic!("calls.txt not read");
    };
    assert_eq!(calls, &report.calls);

    // The injection is not saved: the case agrees unless injected again.
    assert_eq!(
        case::replay(&loaded, &loaded.info.options).verdict,
        Verdict::Agree
    );
    let again = case::replay(&loaded, &injected);
    assert_eq!(again.verdict, report.verdict);
    assert_eq!(again.brisk, report.brisk);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_saved_mismatch_replays() {
    saved_mismatch_replays(Target::Diff, 5);
}

#[test]
fn a_saved_addressing_mismatch_replays() {
    saved_mismatch_replays(Target::Addressing, 5);
}

#[test]
fn a_hand_written_case_needs_only_its_module() {
    let dir = scratch("hand-written");
    std::fs::create_dir_all(&dir).unwrap();
    let wat = r#"(module (func (export "f") (param i32) (result i32) local.get 0 i32.popcnt))"#;
    std::fs::write(dir.join("module.wat"), wat).unwrap();
    let loaded = case::load(&dir).unwrap();
    assert!(matches!(loaded.plan, Plan::Seed(0)));
    let report = case::replay(&loaded, &loaded.info.options);
    assert_eq!(report.verdict, Verdict::Agree);
    assert_eq!(report.calls.len(), 2);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// What `case.txt` says the case must give (`expect: VERDICT`), or agree.
fn expected(dir: &Path) -> Verdict {
    let text = std::fs::read_to_string(dir.join("case.txt")).unwrap_or_default();
    let line = text.lines().find_map(|l| l.strip_prefix("expect: "));
    line.map_or(Verdict::Agree, |l| {
        case::parse_verdict(l).expect("bad expect: line")
    })
}

/// Every bug the fuzzer found stays found or fixed: each case in
/// `regressions/` gives its expected verdict in both bounds-check modes.
#[test]
fn regression_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty());
    let mut failures = Vec::new();
    for dir in &dirs {
        let loaded = case::load(dir).unwrap();
        for bounds in [diff::guard_pages(), BoundsChecks::Explicit] {
            let options = Options {
                bounds,
                ..loaded.info.options
            };
            let report = case::replay(&loaded, &options);
            if report.verdict != expected(dir) {
                failures.push(format!(
                    "{} ({bounds:?}): {}\n  brisk: {:?}\n  wasmi: {:?}",
                    dir.display(),
                    case::verdict_line(&report.verdict),
                    report.brisk,
                    report.wasmi
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
