//! `brisk explore` pages, rendered by headless Chromium: the page lists every
//! function, its self-test (`?selftest`) shows each one and finds every line
//! of the text format and every instruction of `brisk disas`, every in-page
//! link leads to an element that exists, and a link in the URL shows its
//! target. Skipped where `chromium` is not installed.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Imports, exports, an unnamed function, a name that is markup, a jump
/// table, a loop, unreachable code, memory, globals, a direct and an
/// indirect call.
const MODULE: &str = r#"(module
  (import "env" "log" (func $log (param i32)))
  (memory 1)
  (global $g (mut i32) (i32.const 7))
  (table 2 funcref)
  (elem (i32.const 0) func $square $</script><!--pick)
  (func $square (export "square") (param i32) (result i32)
    local.get 0 local.get 0 i32.mul)
  (func $</script><!--pick (param i32) (result i32)
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
    local.get 0 i32.const 1 call_indirect (param i32) (result i32)
    call $square))
"#;

fn chromium_available() -> bool {
    Command::new("chromium")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The standard output of `brisk ARGS`, which must succeed.
fn run_brisk(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_brisk"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "brisk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The DOM of `page?selftest#hash` after its self-test, and how long
/// Chromium took, start to end.
fn dump_dom(page: &Path, hash: &str, dir: &Path) -> (String, Duration) {
    let dom = dir.join("dom.html");
    let profile = dir.join("profile");
    let _ = std::fs::remove_dir_all(&profile);
    let start = Instant::now();
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
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}?selftest{hash}", page.display()))
        // A file, not a pipe: the DOM is larger than a pipe's buffer.
        .stdout(std::fs::File::create(&dom).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = start + Duration::from_secs(300);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish rendering {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    (std::fs::read_to_string(&dom).unwrap(), start.elapsed())
}

/// The `key=value` lines of the page's `<pre id="selftest">`.
fn selftest_report(dom: &str, name: &str) -> HashMap<String, String> {
    let open = "<pre id=\"selftest\">";
    let at = dom
        .rfind(open)
        .unwrap_or_else(|| panic!("{name}: no self-test report"));
    let body = &dom[at + open.len()..];
    let body = &body[..body.find("</pre>").unwrap()];
    body.lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn number(report: &HashMap<String, String>, key: &str) -> u64 {
    report[key]
        .parse()
        .unwrap_or_else(|_| panic!("{key}={}", report[key]))
}

/// The entries of the page's list of functions: (N of `#f-N`, text).
fn function_index(dom: &str) -> Vec<(usize, &str)> {
    dom.match_indices("<a href=\"#f-")
        .map(|(at, prefix)| {
            let rest = &dom[at + prefix.len()..];
            let n = rest[..rest.find('"').unwrap()].parse().unwrap();
            let text = &rest[rest.find('>').unwrap() + 1..];
            (n, &text[..text.find('<').unwrap()])
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

/// How many distinct offsets wasmprinter prints inside function bodies.
fn wasm_line_count(wasm: &[u8]) -> usize {
    let bodies: Vec<_> = wasmparser::Parser::new(0)
        .parse_all(wasm)
        .filter_map(|p| match p.unwrap() {
            wasmparser::Payload::CodeSectionEntry(body) => Some(body.range()),
            _ => None,
        })
        .collect();
    let mut storage = String::new();
    let offsets: HashSet<u64> = wasmprinter::Config::new()
        .offsets_and_lines(wasm, &mut storage)
        .unwrap()
        .filter_map(|(offset, _)| offset)
        .filter(|o| bodies.iter().any(|b| b.contains(o)))
        .collect();
    offsets.len()
}

/// One function of `brisk disas --bytes`.
#[derive(Default)]
struct Disassembly {
    /// Per instruction: its offset and the rest of its line, from its bytes.
    instructions: Vec<(u32, String)>,
    /// The offsets of the instructions that start a group.
    group_starts: Vec<u32>,
}

fn disassembly(module: &str) -> Vec<Disassembly> {
    let mut functions: Vec<Disassembly> = Vec::new();
    let mut group = false;
    for line in run_brisk(&["disas", "--bytes", module]).lines() {
        if line.starts_with("function ") {
            functions.push(Disassembly::default());
        } else if line.starts_with("  ;; wasm ") {
            group = true;
        } else if let Some((offset, rest)) =
            line.strip_prefix("  0x").and_then(|l| l.split_once(": "))
        {
            let offset = u32::from_str_radix(offset, 16).unwrap();
            let f = functions.last_mut().unwrap();
            f.instructions.push((offset, rest.to_string()));
            if std::mem::take(&mut group) {
                f.group_starts.push(offset);
            }
        }
    }
    functions
}

/// Checks the bytes the page shows for a function (hex, per instruction,
/// separated by spaces) against `brisk disas --bytes`.
fn check_bytes(shown: &str, disassembly: &Disassembly, name: &str) {
    let shown: Vec<&str> = shown.split(' ').collect();
    let ins = &disassembly.instructions;
    assert_eq!(shown.len(), ins.len(), "{name}");
    for (i, (hex, (offset, line))) in shown.iter().zip(ins).enumerate() {
        if let Some((next, _)) = ins.get(i + 1) {
            assert_eq!(
                hex.len(),
                2 * (next - offset) as usize,
                "{name}: {offset:#x}"
            );
        }
        // disas pads the bytes, spaced, to 24 columns before the text.
        assert!(
            line.replace(' ', "").starts_with(hex),
            "{name}: {hex} shown for {offset:#x}: {line}"
        );
    }
}

/// Writes the page of `module`, renders it with a link to an instruction of
/// its last function and checks the self-test's report, which it returns
/// with the page's size and Chromium's time.
fn check_page(module: &Path, dir: &Path) -> (HashMap<String, String>, u64, Duration) {
    let page = dir.join("page.html");
    let path = module.to_str().unwrap();
    run_brisk(&["explore", path, "-o", page.to_str().unwrap()]);
    let size = std::fs::metadata(&page).unwrap().len();
    let disassembly = disassembly(path);
    let target = *disassembly.last().unwrap().group_starts.last().unwrap();
    let (dom, elapsed) = dump_dom(&page, &format!("#x-{target:x}"), dir);
    let name = module.display();
    assert!(
        dom.contains("data-ready=\"1\""),
        "{name}: script did not run"
    );
    let wasm = wat::parse_file(module).unwrap();
    let (imported, defined) = function_counts(&wasm);
    assert!(defined > 0);
    let index = function_index(&dom);
    assert_eq!(index.len(), defined, "{name}");
    for (i, entry) in index.iter().enumerate() {
        let heading = format!("function {}", imported + i);
        assert!(
            entry.0 == i && entry.1.starts_with(&heading),
            "{name}: {entry:?} in the index, not #f-{i} {heading}"
        );
    }

    let report = selftest_report(&dom, &name.to_string());
    assert_eq!(report["broken"], "0", "{name}: {}", report["firstBroken"]);
    assert_eq!(number(&report, "functions"), defined as u64, "{name}");
    let count: usize = disassembly.iter().map(|f| f.instructions.len()).sum();
    assert_eq!(number(&report, "instructions"), count as u64, "{name}");
    let lines = wasm_line_count(&wasm) as u64;
    assert_eq!(number(&report, "wasmLines"), lines, "{name}");
    // Each function's operators link to code and back.
    assert!(
        number(&report, "links") > 2 * defined as u64,
        "{name}: only {} links",
        report["links"]
    );
    check_bytes(&report["bytes"], &disassembly[0], &name.to_string());
    // The link in the URL showed the last function, its instruction and
    // the line of the text format it was generated for selected, both in
    // the middle of their panes.
    assert_eq!(number(&report, "start"), defined as u64 - 1, "{name}");
    let selected: Vec<&str> = report["selected"].split(' ').collect();
    assert!(
        selected.contains(&format!("x-{target:x}").as_str())
            && selected.iter().any(|id| id.starts_with("w-")),
        "{name}: selected {selected:?}"
    );
    let centered: Vec<&str> = report["centered"].split(' ').collect();
    assert!(
        centered.contains(&format!("x-{target:x}").as_str())
            && centered.iter().any(|id| id.starts_with("w-")),
        "{name}: in the middle of the panes: {centered:?}"
    );
    (report, size, elapsed)
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("brisk-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn explore_pages_render_with_working_links() {
    if !chromium_available() {
        eprintln!("skipped: `chromium` is not installed (apt-get install chromium)");
        return;
    }
    let dir = scratch_dir("explore");
    let fixture = dir.join("module.wat");
    std::fs::write(&fixture, MODULE).unwrap();
    let mut modules = vec![fixture, root().join("examples/fib.wat")];
    // A real program, when the shared modules are beside the repository.
    let switch = root().join("../shared/sightglass/shootout/shootout-switch.wasm");
    if switch.exists() {
        modules.push(switch);
    }
    // Each browser mostly waits for its start: side by side.
    std::thread::scope(|s| {
        for (i, module) in modules.iter().enumerate() {
            let dir = dir.join(i.to_string());
            std::fs::create_dir_all(&dir).unwrap();
            s.spawn(move || check_page(module, &dir));
        }
    });
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The page of a large module (sqlite3, 2,562 functions, 390,000
/// instructions): its size, when it is ready to paint (parsed, the first
/// function shown and laid out) and how long the slowest function takes to
/// show. Run with `--ignored`.
#[test]
#[ignore = "a minute: renders every function of sqlite3"]
fn explore_page_of_sqlite3_is_small_and_fast() {
    let module = root().join("../shared/sightglass/sqlite3/sqlite3.wasm");
    assert!(chromium_available(), "needs chromium");
    assert!(module.exists(), "needs {}", module.display());
    let dir = scratch_dir("explore-sqlite3");
    let (report, size, elapsed) = check_page(&module, &dir);
    println!(
        "sqlite3: page {:.1} MB; ready to paint after {} ms; slowest function to show: {} ms \
         ({}; worst single sample: {} ms); largest: {} ms ({}); slowest to fill completely: \
         {} ms; {} links; Chromium ran {:.1} s",
        size as f64 / 1e6,
        report["readyMs"],
        report["renderMs"],
        report["slowest"],
        report["worstSampleMs"],
        report["largestRenderMs"],
        report["largest"],
        report["fullRenderMs"],
        report["links"],
        elapsed.as_secs_f64(),
    );
    assert!(size <= 20_000_000, "page of {size} bytes");
    assert!(number(&report, "readyMs") <= 3000);
    assert!(number(&report, "renderMs") <= 500);
    std::fs::remove_dir_all(&dir).unwrap();
}
