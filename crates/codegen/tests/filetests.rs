//! Filetests: every `tests/filetests/{x64,aarch64}/**/*.wat` is compiled
//! and its disassembly compared with the `;;` comment block that ends the
//! file. The folder is the target ISA (a missing folder has no tests:
//! `aarch64` comes with the AArch64 backend).
//!
//! A file starts with optional `;;!` header lines:
//!
//! ```text
//! ;;! target = "x86_64"      (default: the folder's ISA; another is an error)
//! ;;! flags = ["lzcnt", "bmi1", "popcnt", "sse4.1"]   (default: baseline)
//! ;;! bounds = "guard"       (2 GiB guard pages; default: "explicit" checks;
//!                             "guard:BYTES" for another guard size)
//! ;;! spectre = "off"        (no Spectre hardening; default: "on")
//! ;;! epoch = "on"           (epoch interruption checks; default: "off")
//! ;;! fuel = "on"            (fuel metering; default: "off")
//! ;;! expect_error = "substring of the compile error"
//! ```
//!
//! then the module text, then the expectation: the trailing lines that start
//! with `;;` (a disassembly of every defined function, from its image offset,
//! trap stubs and jump tables included; or `;; error: ...` when an error is
//! expected). Run with `BRISK_BLESS=1` to rewrite expectations in place.

use brisk_codegen::{BoundsChecks, CompileOptions, CompiledModule, Isa, Target, compile_module};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The folders of `tests/filetests` and the ISA of their files.
const FOLDERS: [(&str, Isa); 2] = [("x64", Isa::X86_64), ("aarch64", Isa::Aarch64)];

#[test]
fn filetests() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/filetests");
    let mut files = Vec::new();
    for (folder, isa) in FOLDERS {
        let dir = root.join(folder);
        if !dir.exists() {
            continue;
        }
        let before = files.len();
        collect(&dir, isa, &mut files);
        assert!(files.len() > before, "no filetests under {}", dir.display());
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(!files.is_empty(), "no filetests under {}", root.display());
    let bless = std::env::var("BRISK_BLESS").is_ok_and(|v| v == "1");
    let failures: Vec<String> = files
        .iter()
        .filter_map(|(f, isa)| {
            let name = f.strip_prefix(&root).unwrap().display();
            run(f, *isa, bless).err().map(|e| format!("{name}: {e}"))
        })
        .collect();
    if !failures.is_empty() {
        panic!(
            "{} of {} filetests failed (BRISK_BLESS=1 updates expectations):\n\n{}",
            failures.len(),
            files.len(),
            failures.join("\n\n")
        );
    }
}

fn collect(dir: &Path, isa: Isa, out: &mut Vec<(PathBuf, Isa)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, isa, out);
        } else if path.extension().is_some_and(|e| e == "wat") {
            out.push((path, isa));
        }
    }
}

/// Runs the filetest at `path`, a file of `folder_isa`'s folder.
fn run(path: &Path, folder_isa: Isa, bless: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let mut isa = folder_isa;
    let mut flags = Vec::new();
    let mut bounds = BoundsChecks::Explicit;
    let mut spectre = true;
    let (mut epoch, mut fuel) = (false, false);
    let mut expect_error = None;
    let mut body_start = 0;
    for line in text.split_inclusive('\n') {
        let Some(header) = line.strip_prefix(";;!") else {
            break;
        };
        body_start += line.len();
        let (key, value) = header.split_once('=').ok_or("header line without `=`")?;
        match (key.trim(), value.trim()) {
            ("target", v) => {
                isa = unquote(v)
                    .and_then(Isa::from_name)
                    .ok_or_else(|| format!("unknown target {v}"))?;
            }
            ("flags", v) => {
                let list = v.strip_prefix('[').and_then(|v| v.strip_suffix(']'));
                let list = list.ok_or("flags must be a list")?;
                for flag in list.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                    flags.push(unquote(flag).ok_or("flags must be strings")?);
                }
            }
            ("bounds", v) => {
                bounds = match unquote(v) {
                    Some("guard") => BoundsChecks::GuardPages {
                        guard_bytes: BoundsChecks::DEFAULT_GUARD,
                    },
                    Some("explicit") => BoundsChecks::Explicit,
                    Some(g)
                        if let Some(Ok(guard_bytes)) = g.strip_prefix("guard:").map(str::parse) =>
                    {
                        BoundsChecks::GuardPages { guard_bytes }
                    }
                    _ => return Err(format!("unknown bounds {v}")),
                }
            }
            ("spectre", v) => spectre = on_off("spectre", v)?,
            ("epoch", v) => epoch = on_off("epoch", v)?,
            ("fuel", v) => fuel = on_off("fuel", v)?,
            ("expect_error", v) => expect_error = Some(unquote(v).ok_or("unquoted string")?),
            (key, v) => return Err(format!("bad header `{key} = {v}`")),
        }
    }
    if isa != folder_isa {
        return Err(format!("target {isa} in the folder of {folder_isa}"));
    }
    // The expectation is the trailing run of unindented `;;` lines.
    let body = &text[body_start..];
    let mut module_len = body.len();
    for line in body.split_inclusive('\n').rev() {
        if !line.trim().is_empty() && !line.starts_with(";;") {
            break;
        }
        module_len -= line.len();
    }
    let (module, expected) = (&body[..module_len], body[module_len..].trim());

    let bytes = wat::parse_str(module).map_err(|e| e.to_string())?;
    let mut target = Target::baseline(isa);
    for flag in flags {
        target.set_feature(flag, true)?;
    }
    let options = CompileOptions {
        target,
        bounds,
        spectre,
        parallel: false,
        epoch_interruption: epoch,
        consume_fuel: fuel,
        ..CompileOptions::default()
    };
    let actual = match (compile_module(&bytes, options), expect_error) {
        (Ok(m), None) => render(&m),
        (Ok(_), Some(s)) => return Err(format!("expected an error containing {s:?}")),
        (Err(e), Some(s)) if e.to_string().contains(s) => format!(";; error: {e}\n"),
        (Err(e), _) => return Err(format!("compile error: {e}")),
    };
    if actual.trim() == expected {
        Ok(())
    } else if bless {
        let new = format!("{}\n{actual}", text[..body_start + module_len].trim_end());
        std::fs::write(path, new).map_err(|e| e.to_string())
    } else {
        Err(format!(
            "expectation mismatch (- expected, + actual):\n{}",
            diff(expected, actual.trim())
        ))
    }
}

/// A header's `"on"` or `"off"`.
fn on_off(key: &str, v: &str) -> Result<bool, String> {
    match unquote(v) {
        Some("on") => Ok(true),
        Some("off") => Ok(false),
        _ => Err(format!("{key} must be \"on\" or \"off\", not {v}")),
    }
}

fn unquote(s: &str) -> Option<&str> {
    s.strip_prefix('"')?.strip_suffix('"')
}

/// Disassembles every defined function, trap stubs and jump tables included.
fn render(m: &CompiledModule) -> String {
    let mut out = String::new();
    for i in 0..m.functions.len() {
        writeln!(out, ";; {}:", brisk_disas::function_name(m, i)).unwrap();
        for line in brisk_disas::disassemble(m, i) {
            writeln!(out, ";;   {:#06x}: {}", line.offset, line.text).unwrap();
        }
    }
    out
}

/// A line diff (longest common subsequence) of `expected` and `actual`.
fn diff(expected: &str, actual: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            writeln!(out, "  {}", a[i]).unwrap();
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            writeln!(out, "- {}", a[i]).unwrap();
            i += 1;
        } else {
            writeln!(out, "+ {}", b[j]).unwrap();
            j += 1;
        }
    }
    out
}
