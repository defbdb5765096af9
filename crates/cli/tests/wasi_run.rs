//! `brisk run` with WASI: arguments, environment, granted directories,
//! `--preload`, and `proc_exit`'s code as the exit status.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

const BRISK: &str = env!("CARGO_BIN_EXE_brisk");

/// Writes its arguments and then its environment to stdout, as the raw
/// NUL-separated buffers, and exits with code 3.
const ECHO: &str = r#"(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (func $print (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func (export "_start")
    (drop (call $args_sizes_get (i32.const 16) (i32.const 20)))
    (drop (call $args_get (i32.const 1024) (i32.const 2048)))
    (call $print (i32.const 2048) (i32.load (i32.const 20)))
    (drop (call $environ_sizes_get (i32.const 16) (i32.const 20)))
    (drop (call $environ_get (i32.const 1024) (i32.const 8192)))
    (call $print (i32.const 8192) (i32.load (i32.const 20)))
    (call $proc_exit (i32.const 3))))"#;

/// Prints the name fd 3 was granted under, then the contents of
/// `hello.txt` in it.
const CAT: &str = r#"(module
  (import "wasi_snapshot_preview1" "fd_prestat_get" (func $fd_prestat_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $fd_prestat_dir_name (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 200) "hello.txt")
  (func $print (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func (export "_start")
    (drop (call $fd_prestat_get (i32.const 3) (i32.const 16)))
    (drop (call $fd_prestat_dir_name (i32.const 3) (i32.const 100) (i32.load (i32.const 20))))
    (call $print (i32.const 100) (i32.load (i32.const 20)))
    (drop (call $path_open (i32.const 3) (i32.const 0) (i32.const 200) (i32.const 9)
      (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 300)))
    (i32.store (i32.const 0) (i32.const 4096))
    (i32.store (i32.const 4) (i32.const 100))
    (drop (call $fd_read (i32.load (i32.const 300)) (i32.const 0) (i32.const 1) (i32.const 24)))
    (call $print (i32.const 4096) (i32.load (i32.const 24)))))"#;

/// A preloaded module that itself uses WASI.
const HELPER: &str = r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 100) "from helper\n")
  (func (export "hello")
    (i32.store (i32.const 0) (i32.const 100))
    (i32.store (i32.const 4) (i32.const 12))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func (export "double") (param i32) (result i32) local.get 0 i32.const 2 i32.mul))"#;

const USES_HELPER: &str = r#"(module
  (import "helper" "hello" (func $hello))
  (import "helper" "double" (func $double (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (func (export "_start") call $hello (call $proc_exit (call $double (i32.const 21)))))"#;

const TRAPS: &str = r#"(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (func (export "_start") unreachable))"#;

/// A fresh directory holding `files`, removed afterwards.
struct TempDir(PathBuf);

impl TempDir {
    fn with(files: &[(&str, &str)]) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("brisk-run-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in files {
            std::fs::write(dir.join(name), text).unwrap();
        }
        TempDir(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn brisk(dir: &Path, args: &[&str]) -> Output {
    Command::new(BRISK)
        .current_dir(dir)
        .arg("run")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn arguments_environment_and_exit_code() {
    let tmp = TempDir::with(&[("echo.wat", ECHO)]);
    let out = brisk(
        &tmp.0,
        &[
            "--env", "A=1", "--env", "B=x=y", "echo.wat", "one", "-two", "--dir", "x",
        ],
    );
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    assert_eq!(out.stdout, b"echo.wat\0one\0-two\0--dir\0x\0A=1\0B=x=y\0");
    assert!(out.stderr.is_empty(), "{out:?}");
}

#[test]
fn granted_directory_under_its_guest_name() {
    let data = TempDir::with(&[("hello.txt", "hi there\n")]);
    let tmp = TempDir::with(&[("cat.wat", CAT)]);
    let grant = format!("{}::data", data.0.display());
    let out = brisk(&tmp.0, &["--dir", &grant, "cat.wat"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "datahi there\n");
    // Without ::GUEST the host path is the guest's name too.
    let out = brisk(
        &data.0,
        &["--dir", ".", tmp.path("cat.wat").to_str().unwrap()],
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), ".hi there\n");
    // A directory that does not exist is an error before anything runs.
    let out = brisk(&tmp.0, &["--dir", "no-such-dir", "cat.wat"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-dir"));
}

#[test]
fn preloaded_module_is_importable_and_may_use_wasi() {
    let tmp = TempDir::with(&[("helper.wat", HELPER), ("main.wat", USES_HELPER)]);
    let out = brisk(&tmp.0, &["--preload", "helper=helper.wat", "main.wat"]);
    assert_eq!(out.status.code(), Some(42), "{out:?}");
    assert_eq!(out.stdout, b"from helper\n");
    let out = brisk(&tmp.0, &["main.wat"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown import: helper::hello"));
}

#[test]
fn traps_and_plain_invocations() {
    let tmp = TempDir::with(&[("traps.wat", TRAPS)]);
    let out = brisk(&tmp.0, &["traps.wat"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("wasm trap"),
        "{out:?}"
    );
    // Modules without WASI still take `--invoke` and typed arguments.
    let fib = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/fib.wat");
    let out = brisk(&tmp.0, &[fib.to_str().unwrap(), "--invoke", "fib", "20"]);
    assert_eq!(out.stdout, b"6765\n", "{out:?}");
}
