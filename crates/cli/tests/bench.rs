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
