//! `brisk compile` reads the input without the custom sections the
//! artifact leaves out: the same artifact, names and errors as a module
//! read whole.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn brisk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brisk"))
        .args(args)
        .output()
        .unwrap()
}

/// A fresh directory for one test.
fn test_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("brisk-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A custom section: id, size, name and payload (sizes below 2^14).
fn custom_section(name: &[u8], payload: &[u8]) -> Vec<u8> {
    fn leb(n: usize) -> Vec<u8> {
        assert!(n < 1 << 14);
        match n {
            0..0x80 => vec![n as u8],
            _ => vec![n as u8 | 0x80, (n >> 7) as u8],
        }
    }
    let content = [&leb(name.len())[..], name, payload].concat();
    [&[0][..], &leb(content.len()), &content].concat()
}

/// Debug information as large as a real module's: 32 sections of 16000
/// bytes.
fn debug_sections() -> Vec<u8> {
    (0..32)
        .flat_map(|i| custom_section(format!(".debug_{i}").as_bytes(), &[i; 16_000]))
        .collect()
}

/// Function 0 is named "crash" (subsection 1, 8 bytes, one name).
fn name_section() -> Vec<u8> {
    custom_section(b"name", b"\x01\x08\x01\x00\x05crash")
}

fn module(wat: &str, after: &[&[u8]]) -> Vec<u8> {
    let mut wasm = wat::parse_str(wat).unwrap();
    for section in after {
        wasm.extend_from_slice(section);
    }
    wasm
}

/// `brisk compile --single-threaded` of `wasm` written to `dir/name`:
/// the output and the artifact's path.
fn compile(dir: &Path, name: &str, wasm: &[u8]) -> (Output, PathBuf) {
    let input = dir.join(name);
    std::fs::write(&input, wasm).unwrap();
    let artifact = input.with_extension("brisk");
    let out = brisk(&[
        "compile",
        "--single-threaded",
        input.to_str().unwrap(),
        "-o",
        artifact.to_str().unwrap(),
    ]);
    (out, artifact)
}

const CRASH: &str = r#"(module (memory 1)
    (func (export "crash") (result i32) unreachable)
    (data (i32.const 0) "data"))"#;

#[test]
fn debug_sections_are_left_out_and_names_kept() {
    let dir = test_dir("compile-debug");
    let (debug, names) = (debug_sections(), name_section());
    let with_debug = module(
        CRASH,
        &[&debug, &names, &custom_section(b"producers", b"x")],
    );
    let without = module(CRASH, &[&names]);
    let (out, artifact) = compile(&dir, "with-debug.wasm", &with_debug);
    assert!(out.status.success(), "{out:?}");
    let (out, plain) = compile(&dir, "without.wasm", &without);
    assert!(out.status.success(), "{out:?}");
    let artifact_bytes = std::fs::read(&artifact).unwrap();
    assert!(artifact_bytes == std::fs::read(&plain).unwrap());
    // The same artifact as the library's from the whole binary.
    let engine = brisk::Engine::default();
    assert!(artifact_bytes == engine.precompile_module(&with_debug).unwrap());
    // The function keeps its name.
    let out = brisk(&["run", artifact.to_str().unwrap(), "--invoke", "crash"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("crash"), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn errors_are_those_of_the_whole_binary() {
    let dir = test_dir("compile-errors");
    let debug = debug_sections();
    let invalid = module(
        "(module (func (result i32) (i64.const 1)))",
        &[&debug, &name_section()],
    );
    let valid = module(CRASH, &[&debug]);
    let truncated = &valid[..valid.len() - 10_000];
    let bad_name = module(CRASH, &[&debug, &custom_section(b"\xff", &[0; 9000])]);
    let engine = brisk::Engine::default();
    for (name, wasm) in [
        ("invalid", &invalid[..]),
        ("truncated", truncated),
        ("bad-name", &bad_name),
    ] {
        let (out, _) = compile(&dir, name, wasm);
        assert!(!out.status.success());
        let path = dir.join(name);
        let error = engine.precompile_module(wasm).unwrap_err();
        let expected = format!("error: {}: {error}\n", path.display());
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
    }
    // Unreadable: missing, a directory.
    for path in [dir.join("missing"), dir.clone()] {
        let out = brisk(&["compile", path.to_str().unwrap(), "-o", "/dev/null"]);
        let error = std::fs::read(&path).unwrap_err();
        let expected = format!("error: cannot read {}: {error}\n", path.display());
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
