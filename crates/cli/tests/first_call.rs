//! `brisk first-call`: time to first call of a WASI command (`_start`) or
//! reactor (`_initialize`), eager and lazy.

use std::path::Path;
use std::process::{Command, Output};

fn first_call(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brisk"))
        .args(["first-call", "--runs", "1", "--markdown"])
        .arg(dir)
        .output()
        .unwrap()
}

fn write_modules(dir: &Path, modules: &[(&str, &str)]) {
    std::fs::create_dir_all(dir).unwrap();
    for (name, wat) in modules {
        std::fs::write(dir.join(name), wat::parse_str(wat).unwrap()).unwrap();
    }
}

#[test]
fn commands_and_reactors_get_a_row_each() {
    let dir = std::env::temp_dir().join(format!("brisk-first-call-{}", std::process::id()));
    write_modules(
        &dir,
        &[
            (
                "command.wasm",
                r#"(module (import "env" "done" (func $done))
                     (func $work (result i32) (i32.const 7))
                     (func (export "_start") (drop (call $work)) (call $done)))"#,
            ),
            (
                "reactor.wasm",
                r#"(module (import "env" "done" (func $done))
                     (func (export "_initialize") (call $done)))"#,
            ),
        ],
    );
    let out = first_call(&dir);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<Vec<&str>> = text
        .lines()
        .skip(2)
        .map(|l| l.trim_matches('|').split('|').map(str::trim).collect())
        .collect();
    assert_eq!(rows.len(), 2, "{text}");
    for (row, name) in rows.iter().zip(["command.wasm", "reactor.wasm"]) {
        assert!(row[0].ends_with(name), "{row:?}");
        // Every time and the ratio are positive numbers.
        for cell in &row[1..] {
            assert!(
                cell.parse::<f64>().is_ok_and(|v| v > 0.0),
                "{cell} in {row:?}"
            );
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_module_without_an_entry_is_an_error() {
    let dir = std::env::temp_dir().join(format!("brisk-first-call-none-{}", std::process::id()));
    write_modules(&dir, &[("library.wasm", r#"(module (func (export "f")))"#)]);
    let out = first_call(&dir);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no _start or _initialize export"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
