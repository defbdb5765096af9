//! `brisk run -S threads`: wasi-threads programs (each thread a new
//! instance sharing the memory), the counter program checked into
//! tests/wasi-threads, and a trap or `proc_exit` in a spawned thread
//! ending the program while the main thread is blocked in a wait.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BRISK: &str = env!("CARGO_BIN_EXE_brisk");

fn counter_program() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/wasi-threads/counter.wat")
}

fn brisk(args: &[&str]) -> Output {
    Command::new(BRISK).args(args).output().unwrap()
}

fn run_counter(bounds: &str) -> Output {
    let program = counter_program();
    brisk(&[
        "run",
        "--bounds-checks",
        bounds,
        "-S",
        "threads",
        program.to_str().unwrap(),
    ])
}

#[test]
fn counter_of_four_threads_prints_four_million() {
    for bounds in ["guard", "explicit"] {
        let out = run_counter(bounds);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{bounds}: {stderr}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "4000000\n",
            "{bounds}"
        );
    }
}

/// The issue's acceptance run: 100 times in a row.
#[test]
#[ignore = "100 runs of 4 threads x 10^6 increments; run with --ignored"]
fn counter_prints_four_million_100_times_in_a_row() {
    for i in 0..100 {
        let out = run_counter("guard");
        assert!(
            out.status.success(),
            "run {i}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout), "4000000\n", "run {i}");
    }
}

#[test]
fn wrong_options_and_modules_are_clean_errors() {
    let program = counter_program();
    let out = brisk(&["run", program.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("unknown import: wasi::thread-spawn"),
        "{stderr}"
    );
    let dir = std::env::temp_dir();
    let own_memory = dir.join(format!("brisk-wasi-threads-own-{}.wat", std::process::id()));
    std::fs::write(
        &own_memory,
        "(module (memory (export \"memory\") 1 1 shared))",
    )
    .unwrap();
    let out = brisk(&["run", "-S", "threads", own_memory.to_str().unwrap()]);
    std::fs::remove_file(&own_memory).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("imports a shared memory"), "{stderr}");
    let out = brisk(&["run", "-S", "fibers", program.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unknown WASI option -S fibers"), "{stderr}");
}

/// A program whose spawned thread ends with `$end` while `_start` waits
/// forever for a notify that never comes.
fn ending_thread(end: &str) -> String {
    format!(
        r#"(module
          (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
          (import "env" "memory" (memory 1 1 shared))
          (export "memory" (memory 0))
          (func (export "wasi_thread_start") (param i32 i32) {end})
          (func (export "_start")
            (drop (call $spawn (i32.const 5)))
            (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
            (call $proc_exit (i32.const 9))))"#
    )
}

fn run_wat(name: &str, wat: &str) -> Output {
    let dir = std::env::temp_dir().join(format!("brisk-wasi-threads-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, wat).unwrap();
    let out = brisk(&["run", "-S", "threads", file.to_str().unwrap()]);
    std::fs::remove_file(&file).unwrap();
    out
}

#[test]
fn proc_exit_in_a_thread_ends_the_program_with_its_code() {
    let out = run_wat(
        "exit.wat",
        &ending_thread("(call $proc_exit (local.get 1))"),
    );
    assert_eq!(
        out.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn trap_in_a_thread_ends_the_program() {
    let out = run_wat("trap.wat", &ending_thread("unreachable"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("thread 1") && stderr.contains("unreachable"),
        "{stderr}"
    );
}
