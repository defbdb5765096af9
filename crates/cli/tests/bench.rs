//! `brisk bench`: warm and, with `--cold`, fresh-process compile times.

use std::process::Command;

#[test]
fn cold_adds_first_compile_and_whole_process_columns() {
    let fib = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/fib.wat");
    let out = Command::new(env!("CARGO_BIN_EXE_brisk"))
        .args(["bench", "--cold", "--runs", "1", "--markdown", fib])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains("first in process ms") && lines[0].contains("whole process MB/s"));
    let row: Vec<&str> = lines[2]
        .trim_matches('|')
        .split('|')
        .map(str::trim)
        .collect();
    assert_eq!(row.len(), 11, "{row:?}");
    assert!(row[0].ends_with("fib.wat"));
    // Every time and rate is a positive number (the whole-process time is
    // net of an empty module's, so it may round to 0 for a tiny module).
    for cell in &row[2..8] {
        assert!(
            cell.parse::<f64>().is_ok_and(|v| v > 0.0),
            "{cell} in {row:?}"
        );
    }
    assert!(row[8].parse::<f64>().is_ok(), "{row:?}");
}

/// The machine-code column of `brisk bench` on fib.wat for `target`.
fn code_bytes(target: &str) -> String {
    let fib = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/fib.wat");
    let out = Command::new(env!("CARGO_BIN_EXE_brisk"))
        .args([
            "bench",
            "--runs",
            "1",
            "--markdown",
            "--target",
            target,
            fib,
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let row = text.lines().nth(2).expect("a row for fib.wat");
    row.trim_matches('|')
        .split('|')
        .map(str::trim)
        .next_back()
        .unwrap()
        .to_string()
}

#[test]
fn target_cross_compiles_for_each_isa() {
    let (x64, a64) = (code_bytes("x86_64"), code_bytes("aarch64"));
    for size in [&x64, &a64] {
        assert!(size.parse::<u64>().is_ok_and(|n| n > 0), "{size}");
    }
    // Different instruction sets: different machine code sizes for fib.
    assert_ne!(x64, a64);
    let out = Command::new(env!("CARGO_BIN_EXE_brisk"))
        .args(["bench", "--target", "mips", "x.wat"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown target \"mips\""));
}
