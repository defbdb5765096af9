//! Every trap-table entry points at an instruction that can fault: a `ud2`
//! (the stub of a checked trap) or an instruction that accesses memory
//! (an access left to the guard region). Checked over every module of the
//! spec testsuite's root and every sightglass program, in both bounds
//! modes and with Spectre hardening on and off. An entry recorded one
//! instruction too early or too late would turn a guard-page hit into an
//! abort ("fault outside the trap table"), or let the signal handler treat
//! an unrelated fault as a Wasm trap.

use brisk::CompileError;
use brisk_codegen::{BoundsChecks, CompileOptions, CompiledModule, Isa, Target, compile_module};
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

/// Whether a module validates as Wasm 2.0 without SIMD, plus
/// multi-memory: what the AArch64 backend must compile.
fn is_scalar_wasm2(bytes: &[u8]) -> bool {
    use wasmparser::{Validator, WasmFeatures};
    let features = (WasmFeatures::WASM2 | WasmFeatures::MULTI_MEMORY) - WasmFeatures::SIMD;
    Validator::new_with_features(features)
        .validate_all(bytes)
        .is_ok()
}

/// The trap-table entries of an AArch64 `module` that point at neither a
/// `udf` (a checked trap's stub) nor a load or store (op0 bits 28..25 =
/// x1x0 in the ARM ARM's top-level encoding table) that is not based on
/// SP or the frame pointer, described.
fn misplaced_a64(module: &CompiledModule) -> Vec<String> {
    let mut bad = Vec::new();
    for entry in &module.traps {
        let at = entry.code_offset as usize;
        let insn = u32::from_le_bytes(module.image[at..at + 4].try_into().unwrap());
        let udf = insn >> 16 == 0;
        let base = (insn >> 5) & 31;
        let memory = (insn >> 25) & 0b0101 == 0b0100 && base != 31 && base != 29;
        if !(udf || memory) {
            bad.push(format!("{:?} at {at:#x}: {insn:#010x}", entry.code));
        }
    }
    bad
}

/// AArch64 compiles every module x86-64 compiles, in both bounds modes,
/// and its trap-table entries point at faulting instructions. (In a debug
/// build this also checks the AArch64 MacroAssembler's island promises
/// and scratch-register rules.)
#[test]
fn aarch64_compiles_what_x64_compiles() {
    let mut modules = spec_modules();
    modules.extend(sightglass_modules());
    let guard = BoundsChecks::GuardPages {
        guard_bytes: BoundsChecks::DEFAULT_GUARD,
    };
    let (mut compiled, mut entries) = (0, 0);
    for (bounds, spectre) in [
        (guard, true),
        (BoundsChecks::Explicit, true),
        (BoundsChecks::Explicit, false),
    ] {
        let options = |isa| CompileOptions {
            target: Target::baseline(isa),
            bounds,
            spectre,
            parallel: false,
            ..CompileOptions::default()
        };
        for wasm in &modules {
            let x64 = compile_module(wasm, options(Isa::X86_64));
            let a64 = compile_module(wasm, options(Isa::Aarch64));
            match (x64, a64) {
                (Ok(_), Ok(module)) => {
                    compiled += 1;
                    entries += module.traps.len();
                    let bad = misplaced_a64(&module);
                    assert!(bad.is_empty(), "{bounds:?}, spectre {spectre}: {bad:#?}");
                }
                // Beyond Wasm 2.0 (tail calls, atomics...), AArch64 may
                // report an operator family it does not implement yet.
                (Ok(_), Err(CompileError::Unsupported { .. })) if !is_scalar_wasm2(wasm) => {}
                (Ok(_), Err(e)) => {
                    panic!("{bounds:?}: x86-64 compiles a module aarch64 does not: {e}")
                }
                (Err(_), _) => {}
            }
        }
    }
    eprintln!("{compiled} aarch64 module compilations, {entries} trap-table entries checked");
    assert!(compiled > 3000 && entries > 10_000);
}
