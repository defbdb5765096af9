//! `brisk run -W timeout=...` and `-W fuel=...`: a spinning export is
//! stopped with a clean error, a short call is not.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const BRISK: &str = env!("CARGO_BIN_EXE_brisk");

const WAT: &str = r#"(module
  (func (export "spin") (loop $l (br $l)))
  (func (export "inc") (param i32) (result i32) local.get 0 i32.const 1 i32.add))"#;

fn run(args: &[&str]) -> (bool, String, String) {
    // A file per run: the tests run in parallel.
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!("brisk-run-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("spin{}.wat", RUNS.fetch_add(1, Ordering::Relaxed)));
    std::fs::write(&file, WAT).unwrap();
    let out = Command::new(BRISK)
        .arg("run")
        .args(args)
        .arg(&file)
        .args(args.contains(&"inc").then_some("41"))
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn a_timeout_interrupts_a_spinning_export() {
    let (ok, _, stderr) = run(&["-W", "timeout=50ms", "--invoke", "spin"]);
    assert!(!ok);
    assert_eq!(stderr.trim(), "error: wasm trap: interrupt");
    let (ok, stdout, _) = run(&["-W", "timeout=10s", "--invoke", "inc"]);
    assert!(ok);
    assert_eq!(stdout.trim(), "42");
}

#[test]
fn fuel_stops_a_spinning_export() {
    let (ok, _, stderr) = run(&["-W", "fuel=10000", "--invoke", "spin"]);
    assert!(!ok);
    assert!(
        stderr.starts_with("error: wasm trap: all fuel consumed by WebAssembly"),
        "{stderr}"
    );
    let (ok, stdout, _) = run(&["-W", "fuel=3", "--invoke", "inc"]);
    assert!(ok);
    assert_eq!(stdout.trim(), "42");
}

#[test]
fn a_bad_limit_is_a_clean_error() {
    let (ok, _, stderr) = run(&["-W", "timeout=soon", "--invoke", "inc"]);
    assert!(!ok);
    assert!(stderr.contains("-W timeout=soon"), "{stderr}");
}
