//! The runner itself: a small script whose outcome per directive is known.

use brisk::Target;
use brisk_wast::{Options, run_source};

/// The ISA's baseline: no optional CPU features, so SIMD is a clean
/// `Unsupported` (x86-64 needs SSE4.1 for it; AArch64 has no SIMD yet),
/// the runner's example of code a target does not compile.
fn baseline() -> Options {
    Options {
        target: Target::baseline(Target::host().isa()),
        ..Options::default()
    }
}

const SCRIPT: &str = r#"
(module $A
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "div") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
  (func (export "nan") (result f32) f32.const nan)
  (func (export "id") (param externref) (result externref) local.get 0)
  (func $loop (export "loop") call $loop)
  (global (export "g") i32 (i32.const 42)))
(assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 3))
(assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 4))
(assert_trap (invoke "div" (i32.const 1) (i32.const 0)) "integer divide by zero")
(assert_trap (invoke "add" (i32.const 1) (i32.const 0)) "unreachable")
(assert_return (get "g") (i32.const 42))
(assert_return (invoke "nan") (f32.const nan:canonical))
(assert_return (invoke "id" (ref.extern 7)) (ref.extern 7))
(assert_return (invoke "id" (ref.extern 7)) (ref.extern 8))
(assert_return (invoke "id" (ref.null extern)) (ref.null extern))
(assert_exhaustion (invoke "loop") "call stack exhausted")
(register "a" $A)
(module
  (import "a" "add" (func $add (param i32 i32) (result i32)))
  (import "spectest" "global_i32" (global $g i32))
  (import "spectest" "table" (table 10 20 funcref))
  (import "spectest" "memory" (memory 1 2))
  (import "spectest" "print_i32" (func $print (param i32)))
  (func (export "twice") (param i32) (result i32)
    (call $print (local.get 0))
    (call $add (local.get 0) (local.get 0)))
  (func (export "g") (result i32) global.get $g))
(assert_return (invoke "twice" (i32.const 21)) (i32.const 42))
(assert_return (invoke "g") (i32.const 666))
(invoke $A "add" (i32.const 1) (i32.const 1))
(assert_invalid (module (func (result i32) i64.const 0)) "type mismatch")
(assert_invalid (module (func (result i32) i32.const 0)) "type mismatch")
(assert_malformed (module quote "(func (i32.cnst 0))") "unknown operator")
(assert_unlinkable (module (import "a" "missing" (func))) "unknown import")
(assert_trap (module (memory 1) (data (i32.const 65536) "x")) "out of bounds memory access")
(module $V (func (export "v") (result i32) (i32x4.extract_lane 0 (i32x4.add (v128.const i32x4 1 2 3 4) (v128.const i32x4 0 0 0 0)))))
(assert_return (invoke $V "v") (i32.const 1))
(register "v" $V)
(assert_unlinkable (module (import "v" "v" (func))) "unknown import")
(module (tag $t (param i32)) (func (export "x") (throw $t (i32.const 1))))
(assert_exception (invoke "x"))
"#;

#[test]
fn counts_and_failures() {
    let report = run_source("inline.wast", SCRIPT, &baseline());
    let lines: Vec<String> = report.failure_lines().collect();
    assert_eq!(
        (report.passed, report.failed, report.skipped),
        (19, 4, 4),
        "{lines:#?}"
    );
    let expected_lines = [
        "inline.wast:10:2: expected [i32:4], got [i32:3]",
        "inline.wast:12:2: expected trap \"unreachable\", got [i32:1]",
        "inline.wast:16:2: expected [ref.extern 8], got [ref.extern 7]",
        "inline.wast:34:2: invalid module accepted (expected \"type mismatch\")",
    ];
    assert_eq!(lines, expected_lines);
    assert_eq!(report.skips_by_feature.get("simd"), Some(&4));
    assert_eq!(report.skips_by_feature.len(), 1);
    assert!(
        report.skips.is_empty(),
        "skip details are only kept in verbose mode"
    );
}

#[test]
fn verbose_keeps_skip_reasons() {
    let options = Options {
        verbose: true,
        ..baseline()
    };
    let report = run_source("inline.wast", SCRIPT, &options);
    let first = report.skip_lines().next().unwrap();
    // The reason names what the baseline lacks (x86-64: SSSE3, its first
    // SIMD feature).
    if cfg!(target_arch = "x86_64") {
        assert_eq!(
            first,
            "inline.wast:38:2: skipped: simd (needs the ssse3 CPU feature)"
        );
    } else {
        assert!(
            first.starts_with("inline.wast:38:2: skipped: simd"),
            "{first}"
        );
    }
}

#[test]
fn explicit_bounds_checks_trap_too() {
    let script = r#"
        (module (memory 1)
          (func (export "load") (param i32) (result i32) (i32.load (local.get 0))))
        (assert_return (invoke "load" (i32.const 65532)) (i32.const 0))
        (assert_trap (invoke "load" (i32.const 65533)) "out of bounds memory access")
    "#;
    let options = Options {
        bounds: brisk::BoundsChecks::Explicit,
        ..Options::default()
    };
    let report = run_source("bounds.wast", script, &options);
    assert_eq!(
        (report.passed, report.failed, report.skipped),
        (3, 0, 0),
        "{:?}",
        report.failures
    );
}

#[test]
fn unparsable_script_is_one_failure() {
    let report = run_source("bad.wast", "(module", &Options::default());
    assert_eq!((report.passed, report.failed, report.skipped), (0, 1, 0));
    assert!(
        report.failures[0]
            .message
            .starts_with("cannot parse the script")
    );
}
