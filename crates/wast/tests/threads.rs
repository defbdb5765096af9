//! Threads in the spec runner: the `thread` and `wait` directives (real OS
//! threads, each with its own store, sharing the memories of a `shared`
//! module), spectest's `shared_memory`, and the threads proposal's folder
//! of the testsuite (validated without the proposals it predates).

use brisk::BoundsChecks;
use brisk_wast::{FileReport, Options, run_source};
use std::path::Path;

/// Message passing with wait/notify, two threads racing on a counter, and
/// a failing directive inside a thread (reported at its own line).
const SCRIPT: &str = r#"
(module $Mem
  (memory (export "shared") 1 1 shared))

(thread $Producer (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func (export "run")
      (i32.atomic.store (i32.const 0) (i32.const 42))
      (i32.atomic.store (i32.const 4) (i32.const 1))
      (drop (memory.atomic.notify (i32.const 4) (i32.const 1)))))
  (invoke "run"))

(thread $Consumer (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func (export "run") (result i32)
      (loop $wait
        (if (i32.eqz (i32.atomic.load (i32.const 4)))
          (then
            (drop (memory.atomic.wait32 (i32.const 4) (i32.const 0) (i64.const -1)))
            (br $wait))))
      (i32.atomic.load (i32.const 0))))
  (assert_return (invoke "run") (i32.const 42)))

(wait $Producer)
(wait $Consumer)

(module $Counter
  (memory (import "spectest" "shared_memory") 1 2 shared)
  (func (export "count") (param $n i32)
    (loop $l
      (drop (i32.atomic.rmw.add (i32.const 64) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "total") (result i32) (i32.atomic.load (i32.const 64))))

(invoke $Counter "count" (i32.const 10))
(assert_return (invoke $Counter "total") (i32.const 10))

(register "counter" $Mem)

(thread $A (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func (export "count") (param $n i32)
      (loop $l
        (drop (i64.atomic.rmw.add (i32.const 8) (i64.const 1)))
        (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))
  (invoke "count" (i32.const 100000))
  (assert_return (invoke "count" (i32.const 1))))

(thread $B (shared (module $Mem))
  (register "mem" $Mem)
  (module
    (memory (import "mem" "shared") 1 1 shared)
    (func (export "count") (param $n i32)
      (loop $l
        (drop (i64.atomic.rmw.add (i32.const 8) (i64.const 1)))
        (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))
  (invoke "count" (i32.const 100001))
  (assert_return (invoke "count" (i32.const 1)) (i32.const 7)))

(wait $A)
(wait $B)

(module
  (memory (import "counter" "shared") 1 1 shared)
  (func (export "sum") (result i64) (i64.atomic.load (i32.const 8))))
(assert_return (invoke "sum") (i64.const 200003))
(wait $Nobody)
"#;

fn run(bounds: BoundsChecks) -> FileReport {
    let options = Options {
        bounds,
        ..Options::default()
    };
    run_source("threads.wast", SCRIPT, &options)
}

#[test]
fn thread_and_wait_directives() {
    for bounds in [brisk_wast::guard_pages(), BoundsChecks::Explicit] {
        let report = run(bounds);
        let failures: Vec<String> = report.failure_lines().collect();
        // B's last assertion (it returns nothing) and the wait for a
        // thread that never started.
        assert_eq!(
            (report.passed, report.failed, report.skipped),
            (28, 2, 0),
            "{failures:#?}"
        );
        let line_of = |needle: &str| {
            SCRIPT
                .lines()
                .position(|l| l.contains(needle))
                .map(|i| i + 1)
                .unwrap()
        };
        assert!(
            failures[0].contains(&format!(":{}:", line_of("(i32.const 1)) (i32.const 7)"))),
            "{failures:#?}"
        );
        assert!(
            failures[1].contains("no running thread $Nobody"),
            "{failures:#?}"
        );
    }
}

#[test]
fn threads_proposal_folder_passes_completely() {
    let dir = std::env::var_os("BRISK_TESTSUITE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/wasm-testsuite")
        })
        .join("proposals/threads");
    for bounds in [brisk_wast::guard_pages(), BoundsChecks::Explicit] {
        let options = Options {
            bounds,
            jobs: 2,
            ..Options::default()
        };
        let report = brisk_wast::run_paths(std::slice::from_ref(&dir), &options);
        let problems: Vec<String> = report
            .files
            .iter()
            .flat_map(|f| f.failure_lines().chain(f.skip_lines()))
            .collect();
        assert!(report.passed() > 600, "{}", report.summary());
        assert_eq!(
            (report.failed(), report.skipped()),
            (0, 0),
            "{}\n{problems:#?}",
            report.summary()
        );
    }
}
