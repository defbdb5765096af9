//! `brisk fuzz`: a clean run, the save and replay path, and a crash in the
//! fuzzing process pinned to its seed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn brisk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brisk"))
        .args(args)
        .output()
        .expect("cannot run brisk")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("brisk-cli-fuzz-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn path(dir: &Path) -> &str {
    dir.to_str().unwrap()
}

#[test]
fn a_clean_run_exits_zero_with_a_summary() {
    let out = scratch("clean");
    for target in ["diff", "bytes"] {
        let run = brisk(&[
            "fuzz",
            "--iterations",
            "60",
            "--seed",
            "42",
            "--jobs",
            "2",
            "--target",
            target,
            "--out",
            path(&out),
        ]);
        let text = stdout(&run);
        assert!(run.status.success(), "{text}");
        assert!(
            text.contains("fuzz: 60 iterations: 0 mismatches, 0 crashes, "),
            "{text}"
        );
        assert!(text.contains(" skipped (") && text.contains(" inconclusive ("));
    }
    assert!(!out.exists(), "nothing should have been saved");
}

#[test]
fn a_mismatch_is_saved_and_replays() {
    let out = scratch("mismatch");
    let run = brisk(&[
        "fuzz",
        "--iterations",
        "2",
        "--seed",
        "7",
        "--jobs",
        "1",
        "--bounds",
        "explicit",
        "--inject-mismatch",
        "--out",
        path(&out),
    ]);
    let text = stdout(&run);
    assert_eq!(run.status.code(), Some(1), "{text}");
    assert!(text.contains("seed 7: mismatch call 0: brisk error: injected mismatch"));
    let case = out.join("7");
    assert!(
        text.contains(&format!("saved to {}", case.display())),
        "{text}"
    );
    for file in [
        "module.wasm",
        "module.wat",
        "calls.txt",
        "brisk.txt",
        "wasmi.txt",
    ] {
        assert!(case.join(file).is_file(), "{file} missing");
    }
    let info = std::fs::read_to_string(case.join("case.txt")).unwrap();
    assert!(
        info.contains("seed: 7\n") && info.contains("bounds: explicit\n"),
        "{info}"
    );

    let replay = brisk(&["fuzz", "--replay", path(&case)]);
    assert!(replay.status.success(), "{}", stdout(&replay));
    assert!(stdout(&replay).ends_with("agree\n"));
    let injected = brisk(&["fuzz", "--replay", path(&case), "--inject-mismatch"]);
    assert_eq!(injected.status.code(), Some(1));
    assert!(stdout(&injected).contains("mismatch call 0"));
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn a_crash_is_pinned_to_its_seed_and_the_run_goes_on() {
    let out = scratch("crash");
    let run = brisk(&[
        "fuzz",
        "--iterations",
        "6",
        "--seed",
        "100",
        "--jobs",
        "2",
        "--inject-crash",
        "102",
        "--out",
        path(&out),
    ]);
    let text = stdout(&run);
    assert_eq!(run.status.code(), Some(1), "{text}");
    // SIGABRT is signal 6.
    assert!(
        text.contains("seed 102: crash process killed by signal 6"),
        "{text}"
    );
    assert!(
        text.contains("fuzz: 6 iterations: 0 mismatches, 1 crashes, "),
        "{text}"
    );
    let info = std::fs::read_to_string(out.join("102").join("case.txt")).unwrap();
    assert!(
        info.contains("verdict: crash process killed by signal 6"),
        "{info}"
    );
    assert!(out.join("102").join("module.wasm").is_file());
    std::fs::remove_dir_all(&out).unwrap();
}
