//! `brisk explore` pages, rendered by headless Chromium: every function of
//! the module appears, the page's script runs, and every in-page link leads
//! to an element that exists. Skipped where `chromium` is not installed.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Imports, exports, an unnamed function, a jump table, a loop, unreachable
/// code, memory, globals and an indirect call.
const MODULE: &str = r#"(module
  (import "env" "log" (func $log (param i32)))
  (memory 1)
  (global $g (mut i32) (i32.const 7))
  (table 2 funcref)
  (elem (i32.const 0) func $square $pick)
  (func $square (export "square") (param i32) (result i32)
    local.get 0 local.get 0 i32.mul)
  (func $pick (param i32) (result i32)
    block block block
      local.get 0
      br_table 0 1 2
    end i32.const 10 return
    end i32.const 20 return
    end i32.const 30)
  (func (export "sum") (param $n i32) (result i32) (local $acc i32)
    loop $l
      local.get $acc local.get $n i32.add local.set $acc
      local.get $n i32.const 1 i32.sub local.tee $n
      br_if $l
    end
    local.get $acc
    return
    i32.const 99 drop
    unreachable)
  (func (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.store offset=8
    global.get $g call $log
    local.get 0 i32.const 1 call_indirect (param i32) (result i32)))
"#;

fn chromium_available() -> bool {
    Command::new("chromium")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn run_brisk(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_brisk"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "brisk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The DOM of `page` after loading and running its script.
fn dump_dom(page: &Path, dir: &Path) -> String {
    let dom = dir.join("dom.html");
    let mut child = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        // A file, not a pipe: the DOM is larger than a pipe's buffer.
        .stdout(std::fs::File::create(&dom).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish rendering {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    std::fs::read_to_string(&dom).unwrap()
}

/// Every value of the attribute that starts with `prefix` (e.g. `id="`).
fn attributes<'a>(dom: &'a str, prefix: &str) -> Vec<&'a str> {
    dom.match_indices(prefix)
        .filter_map(|(at, _)| {
            let rest = &dom[at + prefix.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// (imported, defined) function counts, read independently of brisk.
fn function_counts(wasm: &[u8]) -> (usize, usize) {
    let (mut imported, mut defined) = (0, 0);
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.unwrap() {
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import.unwrap().ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            wasmparser::Payload::CodeSectionEntry(_) => defined += 1,
            _ => {}
        }
    }
    (imported, defined)
}

fn check_page(module: &Path, dir: &Path) {
    let page = dir.join("page.html");
    run_brisk(&[
        "explore",
        module.to_str().unwrap(),
        "-o",
        page.to_str().unwrap(),
    ]);
    let dom = dump_dom(&page, dir);
    let name = module.display();
    assert!(
        dom.contains("data-ready=\"1\""),
        "{name}: script did not run"
    );

    let wasm = wat::parse_file(module).unwrap();
    let (imported, defined) = function_counts(&wasm);
    assert!(defined > 0);
    for i in 0..defined {
        for side in ["wf", "xf"] {
            let heading = format!("id=\"{side}-{i}\">function {}", imported + i);
            assert!(dom.contains(&heading), "{name}: no {heading:?}");
        }
    }

    let ids: HashSet<&str> = attributes(&dom, " id=\"").into_iter().collect();
    let links = attributes(&dom, "href=\"#");
    // Each function's operators link to code and back.
    assert!(
        links.len() > 2 * defined,
        "{name}: only {} links",
        links.len()
    );
    for link in links {
        assert!(ids.contains(link), "{name}: link to missing #{link}");
    }
}

#[test]
fn explore_pages_render_with_working_links() {
    if !chromium_available() {
        eprintln!("skipped: `chromium` is not installed (apt-get install chromium)");
        return;
    }
    let dir = std::env::temp_dir().join(format!("brisk-explore-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fixture = dir.join("module.wat");
    std::fs::write(&fixture, MODULE).unwrap();

    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut modules = vec![fixture, root.join("examples/fib.wat")];
    // A real program, when the shared modules are beside the repository.
    let switch = root.join("../shared/sightglass/shootout/shootout-switch.wasm");
    if switch.exists() {
        modules.push(switch);
    }
    for module in &modules {
        check_page(module, &dir);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
