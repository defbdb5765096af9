//! The sightglass benchmark programs (../shared/sightglass, or
//! `$BRISK_SIGHTGLASS`) under `brisk run`: each in its own folder, granted
//! as `.`, with `bench` from benches/bench.wat, its output compared with
//! the `*.expected` files. A few small ones run here; all of them run with
//! `cargo test --release -p brisk-cli --test sightglass -- --ignored --nocapture`.
//! `BRISK_TEST_TARGET=aarch64` runs them as AArch64 code (under the emulator
//! on other hosts: build with `--features emulator`).

use brisk::{Engine, Linker, Module, Store};
use brisk_wasi::WasiCtx;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Every sightglass module that needs no SIMD or GC (so not blake3-simd,
/// hex-simd, intgemm-simd, meshoptimizer, splay).
const PROGRAMS: [&str; 36] = [
    "blake3-scalar/benchmark.wasm",
    "blind-sig/benchmark.wasm",
    "bz2/benchmark.wasm",
    "gcc-loops/benchmark.wasm",
    "hashset/benchmark.wasm",
    "noop/benchmark.wasm",
    "pulldown-cmark/benchmark.wasm",
    "quicksort/benchmark.wasm",
    "regex/benchmark.wasm",
    "richards/benchmark.wasm",
    "rust-compression/benchmark.wasm",
    "rust-html-rewriter/benchmark.wasm",
    "rust-json/benchmark.wasm",
    "rust-protobuf/benchmark.wasm",
    "shootout/shootout-ackermann.wasm",
    "shootout/shootout-base64.wasm",
    "shootout/shootout-ctype.wasm",
    "shootout/shootout-ed25519.wasm",
    "shootout/shootout-fib2.wasm",
    "shootout/shootout-gimli.wasm",
    "shootout/shootout-heapsort.wasm",
    "shootout/shootout-keccak.wasm",
    "shootout/shootout-matrix.wasm",
    "shootout/shootout-memmove.wasm",
    "shootout/shootout-minicsv.wasm",
    "shootout/shootout-nestedloop.wasm",
    "shootout/shootout-random.wasm",
    "shootout/shootout-ratelimit.wasm",
    "shootout/shootout-seqhash.wasm",
    "shootout/shootout-sieve.wasm",
    "shootout/shootout-switch.wasm",
    "shootout/shootout-xblabla20.wasm",
    "shootout/shootout-xchacha20.wasm",
    "sqlite3/sqlite3.wasm",
    "tinygo/tinygo-json.wasm",
    "tinygo/tinygo-regex.wasm",
];

/// The programs that use SIMD or GC, each well under a second in release,
/// with the proposal they need. AArch64 has neither yet: there each must be
/// a clean Unsupported error naming it.
const X64_ONLY_PROGRAMS: [(&str, &str); 4] = [
    ("blake3-simd/benchmark.wasm", "simd"),
    ("intgemm-simd/benchmark.wasm", "simd"),
    ("meshoptimizer/benchmark.wasm", "simd"),
    ("splay/splay.wasm", "gc"),
];

/// A SIMD program that ships no input (so it cannot run): it only compiles.
const SIMD_COMPILE_ONLY: &str = "hex-simd/benchmark.wasm";

/// Quick ones (well under a second each in release), in C, Rust and Go,
/// reading input files, arguments and the clock.
const SMALL: &[&str] = &[
    "noop/benchmark.wasm",
    "quicksort/benchmark.wasm",
    "bz2/benchmark.wasm",
    "rust-json/benchmark.wasm",
    "tinygo/tinygo-regex.wasm",
    "shootout/shootout-ackermann.wasm",
    "shootout/shootout-gimli.wasm",
    "shootout/shootout-fib2.wasm",
];

/// Quick ones under the emulator (a second or two each in release), in C,
/// Rust and Go: the compute-bound ones of `SMALL` take minutes there.
const SMALL_EMULATED: &[&str] = &[
    "noop/benchmark.wasm",
    "quicksort/benchmark.wasm",
    "bz2/benchmark.wasm",
    "rust-json/benchmark.wasm",
    "tinygo/tinygo-regex.wasm",
    "shootout/shootout-ackermann.wasm",
];

/// The snapshot lacks its input (see the sightglass README).
const NO_INPUT: &[&str] = &["rust-protobuf/benchmark.wasm"];

fn sightglass_dir() -> PathBuf {
    match std::env::var_os("BRISK_SIGHTGLASS") {
        Some(p) => p.into(),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/sightglass"),
    }
}

/// The ISA `BRISK_TEST_TARGET` names, if it is set.
fn test_isa() -> Option<String> {
    std::env::var("BRISK_TEST_TARGET").ok()
}

/// `--target` as `BRISK_TEST_TARGET` says, if it is set.
fn target_args() -> Vec<String> {
    test_isa().map_or(Vec::new(), |isa| vec!["--target".into(), isa])
}

fn bench_module() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/bench.wat")
}

/// What a program should print on `stream` ("stdout" or "stderr"), if
/// sightglass recorded it.
fn expected(program: &Path, stream: &str) -> Option<Vec<u8>> {
    let stem = program.file_stem()?.to_str()?;
    ["default", stem]
        .iter()
        .map(|base| program.with_file_name(format!("{base}.{stream}.expected")))
        .find_map(|p| std::fs::read(p).ok())
}

/// Runs one program, killing it after `timeout`; returns the time taken
/// or what went wrong.
fn run(rel: &str, timeout: Duration) -> Result<Duration, String> {
    let program = sightglass_dir().join(rel);
    let folder = program.parent().unwrap();
    let capture = |stream: &str| {
        std::env::temp_dir().join(format!(
            "brisk-sightglass-{}-{}.{stream}",
            std::process::id(),
            rel.replace('/', "-")
        ))
    };
    let (out_path, err_path) = (capture("stdout"), capture("stderr"));
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_brisk"))
        .current_dir(folder)
        .arg("run")
        .args(target_args())
        .args(["--dir", "."])
        .arg("--preload")
        .arg(format!("bench={}", bench_module().display()))
        .arg(program.file_name().unwrap())
        .stdin(Stdio::null())
        .stdout(File::create(&out_path).unwrap())
        .stderr(File::create(&err_path).unwrap())
        .spawn()
        .map_err(|e| e.to_string())?;
    // Output goes to files, so the child never blocks on a full pipe.
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if start.elapsed() > timeout {
            child.kill().unwrap();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let time = start.elapsed();
    let outputs = [
        ("stdout", std::fs::read(&out_path).unwrap()),
        ("stderr", std::fs::read(&err_path).unwrap()),
    ];
    let _ = std::fs::remove_file(out_path);
    let _ = std::fs::remove_file(err_path);
    let stderr = String::from_utf8_lossy(&outputs[1].1);
    match status {
        None => return Err(format!("timed out after {timeout:?}")),
        Some(s) if !s.success() => return Err(format!("{s}: {}", stderr.trim_end())),
        Some(_) => {}
    }
    for (stream, got) in &outputs {
        if expected(&program, stream).is_some_and(|want| want != *got) {
            return Err(format!("{stream} differs from the expected output"));
        }
    }
    Ok(time)
}

#[test]
fn small_programs_print_the_expected_output() {
    let host = brisk::Target::host().isa();
    let emulated = test_isa().is_some_and(|isa| brisk::Isa::from_name(&isa) != Some(host));
    for rel in if emulated { SMALL_EMULATED } else { SMALL } {
        if let Err(e) = run(rel, Duration::from_secs(60)) {
            panic!("{rel}: {e}");
        }
    }
}

/// The SIMD and GC programs print what they should on x86-64; elsewhere
/// each is refused with a clean Unsupported error.
#[test]
fn simd_and_gc_programs_print_the_expected_output_or_are_unsupported() {
    let isa = test_isa().map_or(brisk::Target::host().isa(), |name| {
        brisk::Isa::from_name(&name).unwrap_or_else(|| panic!("unknown ISA {name}"))
    });
    for (rel, proposal) in X64_ONLY_PROGRAMS {
        match (run(rel, Duration::from_secs(60)), isa) {
            (Ok(_), brisk::Isa::X86_64) => {}
            (Err(e), brisk::Isa::X86_64) => panic!("{rel}: {e}"),
            (Err(e), _) if e.contains(&format!("unsupported: {proposal}")) => {}
            (result, _) => panic!("{rel}: {proposal} should be unsupported on {isa:?}: {result:?}"),
        }
    }
}

/// Each module compiles (for this machine), and links with WASI and the
/// bench module: every function it imports is defined.
#[test]
fn all_programs_compile_and_link() {
    let engine = Engine::default();
    let bench = Module::new(&engine, std::fs::read(bench_module()).unwrap()).unwrap();
    let x64_only = X64_ONLY_PROGRAMS.map(|(rel, _)| rel);
    for rel in PROGRAMS
        .into_iter()
        .chain(x64_only)
        .chain([SIMD_COMPILE_ONLY])
    {
        let path = sightglass_dir().join(rel);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let module = Module::new(&engine, bytes).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let mut store = Store::new(&engine, WasiCtx::new());
        let mut linker = Linker::new();
        brisk_wasi::add_to_linker(&mut linker, &mut store, |ctx| ctx);
        let instance = linker.instantiate(&mut store, &bench).unwrap();
        linker.instance(&mut store, "bench", instance);
        if let Err(e) = linker.instantiate(&mut store, &module) {
            panic!("{rel}: {e}");
        }
    }
}

#[test]
#[ignore = "runs every program: about half a minute in release"]
fn all_programs_print_the_expected_output() {
    let mut failed = Vec::new();
    for rel in PROGRAMS {
        let result = run(rel, Duration::from_secs(300));
        let known = NO_INPUT.contains(&rel);
        match &result {
            Ok(time) => println!("{rel:40} ok {:8.2} s", time.as_secs_f64()),
            Err(e) if known => println!("{rel:40} skipped (no input in the snapshot): {e}"),
            Err(e) => println!("{rel:40} FAILED: {e}"),
        }
        if result.is_err() && !known {
            failed.push(rel);
        }
    }
    assert!(failed.is_empty(), "failed: {failed:?}");
}
