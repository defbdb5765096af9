//! `brisk compile`: the artifact it writes runs, and errors are reported.

use std::process::{Command, Output};

fn brisk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brisk"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn compiled_artifact_runs_and_recompiles() {
    let fib = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/fib.wat");
    let dir = std::env::temp_dir().join(format!("brisk-compile-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let artifact = dir.join("fib.brisk");
    let again = dir.join("fib-again.brisk");
    let artifact_arg = artifact.to_str().unwrap();
    for (input, output) in [(fib, artifact_arg), (artifact_arg, again.to_str().unwrap())] {
        let out = brisk(&["compile", "--single-threaded", input, "-o", output]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // An artifact given as input is compiled again into the same artifact.
    assert_eq!(
        std::fs::read(&artifact).unwrap(),
        std::fs::read(&again).unwrap()
    );
    let out = brisk(&["run", artifact_arg, "--invoke", "fib", "20"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "6765\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn invalid_module_and_unwritable_output_are_errors() {
    let dir = std::env::temp_dir().join(format!("brisk-compile-err-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.wat");
    std::fs::write(&bad, "(module (func (i32.add)))").unwrap();
    let out = brisk(&["compile", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.wat"));

    let fib = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/fib.wat");
    let nowhere = dir.join("missing-dir").join("fib.brisk");
    let out = brisk(&["compile", fib, "-o", nowhere.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn artifacts_keep_address_maps_only_when_asked() {
    let fib = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/fib.wat");
    let dir = std::env::temp_dir().join(format!("brisk-compile-maps-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plain = dir.join("plain.brisk");
    let mapped = dir.join("mapped.brisk");
    let (plain, mapped) = (plain.to_str().unwrap(), mapped.to_str().unwrap());
    for args in [
        &["compile", fib, "-o", plain][..],
        &["compile", "--address-maps", fib, "-o", mapped],
    ] {
        let out = brisk(args);
        assert!(out.status.success(), "{args:?}");
    }
    assert!(std::fs::metadata(plain).unwrap().len() < std::fs::metadata(mapped).unwrap().len());
    let disas = |file: &str| String::from_utf8(brisk(&["disas", file]).stdout).unwrap();
    let instructions = |text: &str| {
        text.lines()
            .filter(|l| !l.trim_start().starts_with(";;"))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let (from_wasm, from_plain, from_mapped) = (disas(fib), disas(plain), disas(mapped));
    // The same code, grouped by operator but from the artifact without maps.
    assert_eq!(from_wasm, from_mapped);
    assert_eq!(instructions(&from_plain), instructions(&from_wasm));
    assert!(from_wasm.contains(";; wasm 0x"), "{from_wasm}");
    assert!(!from_plain.contains(";; wasm 0x"), "{from_plain}");
    assert!(from_plain.starts_with(";; no address maps"), "{from_plain}");
    let out = brisk(&["run", plain, "--invoke", "fib", "10"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "55\n");
    let out = brisk(&[
        "explore",
        plain,
        "-o",
        dir.join("page.html").to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("without address maps"));
    std::fs::remove_dir_all(&dir).unwrap();
}
