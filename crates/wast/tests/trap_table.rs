//! Every trap-table entry points at an instruction that can fault: a `ud2`
//! (the stub of a checked trap) or an instruction that accesses memory
//! (an access left to the guard region). Checked over every module of the
//! spec testsuite's root and every sightglass program, in both bounds
//! modes and with Spectre hardening on and off. An entry recorded one
//! instruction too early or too late would turn a guard-page hit into an
//! abort ("fault outside the trap table"), or let the signal handler treat
//! an unrelated fault as a Wasm trap.

use brisk_codegen::{BoundsChecks, CompileOptions, CompiledModule, Target, compile_module};
use iced_x86::{Decoder, DecoderOptions, Mnemonic, OpKind, Register};
use std::path::{Path, PathBuf};
use wast::parser::{self, ParseBuffer};
use wast::{QuoteWat, Wast, WastDirective};

fn shared(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(dir)
}

fn spec_modules() -> Vec<Vec<u8>> {
    let root = std::env::var_os("BRISK_TESTSUITE")
        .map(PathBuf::from)
        .unwrap_or_else(|| shared("wasm-testsuite"));
    let mut modules = Vec::new();
    for file in brisk_wast::wast_files(&[root]) {
        let text = std::fs::read_to_string(&file).unwrap();
        let Ok(buf) = ParseBuffer::new(&text) else {
            continue;
        };
        let Ok(wast) = parser::parse::<Wast>(&buf) else {
            continue;
        };
        for directive in wast.directives {
            let (WastDirective::Module(mut m) | WastDirective::ModuleDefinition(mut m)) = directive
            else {
                continue;
            };
            if matches!(m, QuoteWat::Wat(wast::Wat::Module(_)))
                && let Ok(bytes) = m.encode()
            {
                modules.push(bytes);
            }
        }
    }
    modules
}

fn sightglass_modules() -> Vec<Vec<u8>> {
    let mut modules = Vec::new();
    for entry in std::fs::read_dir(shared("sightglass")).unwrap() {
        let dir = entry.unwrap().path();
        let Ok(files) = std::fs::read_dir(&dir) else {
            continue;
        };
        for f in files {
            let path = f.unwrap().path();
            if path.extension().is_some_and(|e| e == "wasm") {
                modules.push(std::fs::read(path).unwrap());
            }
        }
    }
    modules
}

/// The trap-table entries of `module` that do not point at a faulting
/// instruction, described.
fn misplaced(module: &CompiledModule) -> Vec<String> {
    let mut bad = Vec::new();
    for entry in &module.traps {
        let at = entry.code_offset as usize;
        let mut decoder =
            Decoder::with_ip(64, &module.image[at..], at as u64, DecoderOptions::NONE);
        let insn = decoder.decode();
        let ud2 = insn.mnemonic() == Mnemonic::Ud2;
        let memory = (0..insn.op_count()).any(|i| insn.op_kind(i) == OpKind::Memory)
            && insn.mnemonic() != Mnemonic::Lea
            && !matches!(
                insn.memory_base(),
                Register::RSP | Register::RBP | Register::RIP
            );
        if !(ud2 || memory) {
            bad.push(format!("{:?} at {at:#x}: {insn}", entry.code));
        }
    }
    bad
}

#[test]
fn every_trap_entry_is_a_faulting_instruction() {
    let mut modules = spec_modules();
    let spec = modules.len();
    modules.extend(sightglass_modules());
    assert!(spec > 1000, "only {spec} spec modules found");
    let guard = BoundsChecks::GuardPages {
        guard_bytes: BoundsChecks::DEFAULT_GUARD,
    };
    let mut entries = 0;
    let mut compiled = 0;
    for (bounds, spectre) in [
        (guard, true),
        (guard, false),
        (BoundsChecks::Explicit, true),
    ] {
        let options = CompileOptions {
            target: Target::host(),
            bounds,
            spectre,
            parallel: false,
            ..CompileOptions::default()
        };
        for wasm in &modules {
            // Invalid and unsupported modules have no code to check.
            let Ok(module) = compile_module(wasm, options) else {
                continue;
            };
            compiled += 1;
            entries += module.traps.len();
            let bad = misplaced(&module);
            assert!(bad.is_empty(), "{bounds:?}, spectre {spectre}: {bad:#?}");
        }
    }
    eprintln!("{compiled} module compilations, {entries} trap-table entries checked");
    assert!(entries > 10_000);
}
