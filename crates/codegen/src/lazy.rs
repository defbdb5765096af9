//! Lazy compilation (x86-64 only): a module is validated whole up front,
//! and each function is compiled on its first call.
//!
//! [`LazyModule::new`] validates every body and scans it
//! (`visitor/lazy_scan.rs`); a body the scan flags is compiled at once, so
//! that the module is refused exactly when an eager compile refuses it
//! (the same error, by the same rule: the first invalid body, then
//! anything unsupported outside the bodies, then the first unsupported
//! body). [`LazyModule::compile`] compiles one function later, for the
//! runtime (`runtime/src/lazy.rs`), which places it in fresh code memory.
//!
//! Calls reach function `i` through its stub ([`stubs`]):
//! `jmp [rip + slot_i]`, where `slot_i` (a data word, never code) first
//! points at the stub's second half, `push i; jmp common`. The common
//! entry calls the runtime's compile function and jumps to the code it
//! returns with the stack as the caller left it (brisk passes every
//! argument on the stack: nothing else needs keeping but `rsi`, the
//! caller's vmctx, and the callee-saved registers the host ABI keeps). Once
//! compiled, the slot holds the code's address, so a call costs one more
//! indirect jump; direct calls in lazily compiled code are `call rel32` to
//! the callee's stub.

use crate::compile::{CompileOptions, CompiledFunction, FuncCompiler, memory64_unsupported};
use crate::isa::x64::X64Masm;
use crate::masm::MacroAssembler;
use crate::target::Isa;
use crate::visitor::lazy_scan::{ValidateThenScan, unscanned_features};
use brisk_environ::vmctx::{LIMITS_ENTRY_SP, LIMITS_RESUME_PC, VMCTX_LIMITS};
use brisk_environ::{CompileError, CompileResult, FunctionBodyInput, ModuleInfo, parse_module};
use rayon::prelude::*;
use std::marker::PhantomData;
use std::ops::Range;
use std::sync::Arc;
use wasmparser::{
    BinaryReader, FuncToValidate, FuncValidatorAllocations, FunctionBody, ValidatorResources,
    WasmFeatures,
};

/// A validated module whose functions are compiled one at a time.
pub struct LazyModule {
    pub info: ModuleInfo,
    pub options: CompileOptions,
    wasm: Arc<[u8]>,
    bodies: Vec<Body>,
    /// Direct calls reload the vmctx and heap base (some function may
    /// tail-call out of the instance: `tail_call.rs`).
    reload_after_direct_calls: bool,
}

/// What compiling a body later needs.
struct Body {
    func_index: u32,
    validator: FuncToValidate<ValidatorResources>,
    range: Range<u64>,
    features: WasmFeatures,
}

/// What the scan of one body found.
struct Scan {
    flagged: bool,
    tail_calls_out_of_instance: bool,
}

/// A frame bigger than this is refused by the compiler (`compile.rs`); a
/// body that might come near it is compiled up front.
const FRAME_LIMIT_GUESS: u64 = 1 << 29;

impl LazyModule {
    /// Validates `wasm` and prepares its functions for compilation on
    /// first call; refuses what an eager compile refuses.
    pub fn new(wasm: Arc<[u8]>, options: CompileOptions) -> CompileResult<LazyModule> {
        if options.target.isa() != Isa::X86_64 {
            return Err(CompileError::unsupported(
                "lazy compilation (x86-64 only; compile eagerly for this target)",
                0,
            ));
        }
        if let Some(e) = crate::interrupt::unsupported::<X64Masm>(&options) {
            return Err(e);
        }
        let parsed = parse_module(&wasm, options.wasm_features)?;
        let unsupported = parsed
            .unsupported
            .or_else(|| memory64_unsupported::<X64Masm>(&parsed.info));
        let info = parsed.info;
        let context = ScanContext {
            num_imported_funcs: info.num_imported_funcs,
            unscanned: unscanned_features::<X64Masm>(options.wasm_features),
            max_arity: info
                .types
                .iter()
                .filter_map(|t| t.func_sig())
                .map(|sig| sig.params.len().max(sig.results.len()) as u64)
                .fold(1, u64::max),
        };
        let scan = |allocs: &mut FuncValidatorAllocations, b: &FunctionBodyInput<'_>| {
            scan_body(allocs, b, &context)
        };
        let scans: Vec<CompileResult<Scan>> = if options.parallel {
            parsed
                .bodies
                .par_iter()
                .map_init(FuncValidatorAllocations::default, scan)
                .collect()
        } else {
            let mut allocs = FuncValidatorAllocations::default();
            parsed.bodies.iter().map(|b| scan(&mut allocs, b)).collect()
        };
        let scans = scans.into_iter().collect::<CompileResult<Vec<Scan>>>()?;
        if let Some(e) = unsupported {
            return Err(e);
        }
        let bodies = parsed
            .bodies
            .into_iter()
            .map(|b| Body {
                func_index: b.func_index,
                features: b.body.get_binary_reader().features(),
                range: b.body.range(),
                validator: b.validator,
            })
            .collect();
        let module = LazyModule {
            info,
            options,
            reload_after_direct_calls: scans.iter().any(|s| s.tail_calls_out_of_instance),
            wasm: wasm.clone(),
            bodies,
        };
        // Without the CPU features SIMD needs, any v128 type is refused
        // wherever it appears: compile everything to find out.
        let simd_ok = X64Masm::new(options.target)
            .simd_missing_feature()
            .is_none();
        let mut compiler = FuncCompiler::<X64Masm>::new(options);
        for (defined, s) in scans.iter().enumerate() {
            if s.flagged || !simd_ok {
                module.compile(&mut compiler, defined)?;
            }
        }
        Ok(module)
    }

    /// The number of defined functions.
    pub fn len(&self) -> usize {
        self.bodies.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bodies.is_empty()
    }

    /// The bytes of all function bodies.
    pub fn body_bytes(&self) -> usize {
        self.bodies
            .iter()
            .map(|b| (b.range.end - b.range.start) as usize)
            .sum()
    }

    /// Compiles defined function `defined` (counted from the first defined
    /// function). Its call relocations name the callees' stubs' functions.
    pub fn compile(
        &self,
        compiler: &mut FuncCompiler<X64Masm>,
        defined: usize,
    ) -> CompileResult<CompiledFunction> {
        compiler.compile_function(
            &self.info,
            &self.input(defined),
            self.reload_after_direct_calls,
        )
    }

    fn input(&self, defined: usize) -> FunctionBodyInput<'_> {
        let b = &self.bodies[defined];
        let v = &b.validator;
        let bytes = &self.wasm[b.range.start as usize..b.range.end as usize];
        let reader = BinaryReader::new_features(bytes, b.range.start, b.features);
        FunctionBodyInput {
            func_index: b.func_index,
            validator: FuncToValidate {
                resources: v.resources.clone(),
                index: v.index,
                ty: v.ty,
                features: v.features,
            },
            body: FunctionBody::new(reader),
        }
    }
}

/// What scanning any body of a module needs.
struct ScanContext {
    num_imported_funcs: u32,
    /// With these features, a body that validates needs no scan
    /// (`lazy_scan::unscanned_features`).
    unscanned: Option<WasmFeatures>,
    /// The most values an operator can push: one, or a function type's
    /// parameters or results (those of a call, a block's end or else, a
    /// catch).
    max_arity: u64,
}

/// Validates one body and scans it (`visitor/lazy_scan.rs`): first
/// without the features whose operators the scan looks for, as wasmparser
/// validates (most bodies use none of them, and can come nowhere near the
/// frame limit: one byte per operator at least); if that fails, validated
/// again with the module's features while scanning.
fn scan_body(
    allocs: &mut FuncValidatorAllocations,
    input: &FunctionBodyInput<'_>,
    context: &ScanContext,
) -> CompileResult<Scan> {
    let v = &input.validator;
    let validator = |features, allocs| {
        let to_validate = FuncToValidate {
            resources: v.resources.clone(),
            index: v.index,
            ty: v.ty,
            features,
        };
        to_validate.into_validator(allocs)
    };
    if let Some(features) = context.unscanned {
        let mut validator = validator(features, std::mem::take(allocs));
        let valid = validator.validate(&input.body).is_ok();
        let slots = u64::from(validator.len_locals())
            + (input.body.range().end - input.body.range().start) * context.max_arity;
        *allocs = validator.into_allocations();
        if valid && slots * 16 <= FRAME_LIMIT_GUESS {
            return Ok(Scan {
                flagged: false,
                tail_calls_out_of_instance: false,
            });
        }
    }
    let mut validator = validator(v.features, std::mem::take(allocs));
    let result = (|| {
        let mut locals = input.body.get_locals_reader()?;
        let mut num_locals = 0u64;
        for _ in 0..locals.get_count() {
            let offset = locals.original_position();
            let (count, ty) = locals.read()?;
            validator.define_locals(offset, count, ty)?;
            num_locals += u64::from(count);
        }
        let mut reader = input.body.get_operators_reader()?;
        let mut scan = ValidateThenScan::<X64Masm> {
            validator: &mut validator,
            offset: 0,
            flagged: false,
            tail_calls_out_of_instance: false,
            max_height: 0,
            num_imported_funcs: context.num_imported_funcs,
            isa: PhantomData,
        };
        while !reader.eof() {
            scan.offset = reader.original_position();
            reader.visit_operator(&mut scan)??;
        }
        reader.finish()?;
        // 16-byte slots at most (`Frame::slot_bytes`).
        let frame = (num_locals + u64::from(scan.max_height)) * 16;
        Ok::<_, wasmparser::BinaryReaderError>(Scan {
            flagged: scan.flagged || frame > FRAME_LIMIT_GUESS,
            tail_calls_out_of_instance: scan.tail_calls_out_of_instance,
        })
    })();
    *allocs = validator.into_allocations();
    result.map_err(CompileError::from)
}

/// Bytes per function stub.
pub const STUB_BYTES: usize = 16;
/// Offsets in the data area the stubs read: the runtime's state for the
/// compile function, the compile function, then one slot per function.
pub const DATA_STATE: usize = 0;
pub const DATA_COMPILE_FN: usize = 8;
pub const DATA_SLOTS: usize = 16;

/// The code of `count` function stubs (function `i` at `i * STUB_BYTES`)
/// and their common entry (at `count * STUB_BYTES`), for a data area at
/// `data` bytes from the start of this code (negative: before it).
///
/// The compile function is called as `extern "C" fn(state, vmctx,
/// defined index) -> (code, trap)` (two words, in `rax:rdx`): it returns
/// the function's code, or 0 and a trap code, raised as a host trap
/// (`eax`, then `rsp` and `pc` of the innermost entry, as the trap stubs
/// of generated code do).
pub fn stubs(count: u32, data: i64) -> Vec<u8> {
    let common = count as i64 * STUB_BYTES as i64;
    let rel = |target: i64, end: i64| -> [u8; 4] {
        i32::try_from(target - end)
            .expect("lazy code reservations are under 2 GiB")
            .to_le_bytes()
    };
    let mut code = Vec::with_capacity(common as usize + 64);
    for i in 0..count {
        let at = code.len() as i64;
        let slot = data + (DATA_SLOTS + 8 * i as usize) as i64;
        // jmp [rip + slot_i]
        code.extend([0xff, 0x25]);
        code.extend(rel(slot, at + 6));
        // push i
        code.push(0x68);
        code.extend(i.to_le_bytes());
        // jmp common
        code.push(0xe9);
        code.extend(rel(common, at + STUB_BYTES as i64));
    }
    let mut emit = |bytes: &[u8]| code.extend_from_slice(bytes);
    // pop r11 (the function index); push rbp; mov rbp, rsp; push rsi;
    // and rsp, -16
    emit(&[
        0x41, 0x5b, 0x55, 0x48, 0x89, 0xe5, 0x56, 0x48, 0x83, 0xe4, 0xf0,
    ]);
    // mov rdi, [rip + state]
    let at = common + 11;
    emit(&[0x48, 0x8b, 0x3d]);
    emit(&rel(data + DATA_STATE as i64, at + 7));
    // mov rsi, r14; mov edx, r11d
    emit(&[0x4c, 0x89, 0xf6, 0x44, 0x89, 0xda]);
    // call [rip + compile]
    let at = at + 7 + 6;
    emit(&[0xff, 0x15]);
    emit(&rel(data + DATA_COMPILE_FN as i64, at + 6));
    // mov rsi, [rbp - 8]; mov rsp, rbp; pop rbp; test rax, rax; jz raise;
    // jmp rax
    emit(&[
        0x48, 0x8b, 0x75, 0xf8, 0x48, 0x89, 0xec, 0x5d, 0x48, 0x85, 0xc0, 0x74, 0x02, 0xff, 0xe0,
    ]);
    // raise: mov eax, edx; mov r11, [r14 + limits];
    // mov rsp, [r11 + entry_sp]; jmp [r11 + resume_pc]
    emit(&[0x89, 0xd0, 0x4d, 0x8b, 0x9e]);
    emit(&VMCTX_LIMITS.to_le_bytes());
    emit(&[0x49, 0x8b, 0xa3]);
    emit(&LIMITS_ENTRY_SP.to_le_bytes());
    emit(&[0x41, 0xff, 0xa3]);
    emit(&LIMITS_RESUME_PC.to_le_bytes());
    code
}

/// Where function `i`'s stub jumps until it is compiled: the second half
/// of the stub, at this offset from its start.
pub const STUB_LAZY_ENTRY: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;
    use iced_x86::{Decoder, DecoderOptions, Formatter, IntelFormatter};

    fn disassemble(code: &[u8], ip: u64) -> Vec<String> {
        let mut decoder = Decoder::with_ip(64, code, ip, DecoderOptions::NONE);
        let mut formatter = IntelFormatter::new();
        let mut lines = Vec::new();
        for insn in &mut decoder {
            let mut s = String::new();
            formatter.format(&insn, &mut s);
            lines.push(s);
        }
        lines
    }

    #[test]
    fn unscanned_features_leave_out_what_the_scan_looks_for() {
        let all = WasmFeatures::all();
        let unscanned = unscanned_features::<X64Masm>(all).expect("no MVP operator is flagged");
        assert!(!unscanned.contains(WasmFeatures::GC));
        assert!(!unscanned.contains(WasmFeatures::TAIL_CALL));
        // x86-64 translates every SIMD, threads and reference types
        // operator (but the multi-value `select`, never valid).
        assert!(
            unscanned.contains(
                WasmFeatures::SIMD | WasmFeatures::THREADS | WasmFeatures::REFERENCE_TYPES
            )
        );
        assert!(all.contains(unscanned));
    }

    fn lazy_module(wat: &str) -> LazyModule {
        let wasm = wat::parse_str(wat).unwrap();
        LazyModule::new(wasm.into(), CompileOptions::default()).unwrap()
    }

    #[test]
    fn tail_calls_out_of_the_instance_are_found_by_the_scan() {
        for (call, out) in [
            ("return_call $imported", true),
            ("return_call $defined", false),
            ("(return_call_indirect (type $t) (i32.const 0))", true),
        ] {
            let module = lazy_module(&format!(
                "(module (type $t (func)) (import \"m\" \"f\" (func $imported))
                   (table 1 funcref)
                   (func $defined) (func nop) (func {call}))"
            ));
            assert_eq!(module.reload_after_direct_calls, out, "{call}");
        }
    }

    #[test]
    fn stubs_jump_through_their_slots_and_enter_the_common_code() {
        // Data area one page before the code, which starts at 0x10000.
        let code = stubs(2, -0x1000);
        let lines = disassemble(&code, 0x10000);
        let expected = [
            // Stub 0: slot 0 is data + 16 = 0xF010.
            "jmp qword ptr [0F010h]",
            "push 0",
            "jmp 0000000000010020h",
            "jmp qword ptr [0F018h]",
            "push 1",
            "jmp 0000000000010020h",
            "pop r11",
            "push rbp",
            "mov rbp,rsp",
            "push rsi",
            "and rsp,0FFFFFFFFFFFFFFF0h",
            "mov rdi,[0F000h]",
            "mov rsi,r14",
            "mov edx,r11d",
            "call qword ptr [0F008h]",
            "mov rsi,[rbp-8]",
            "mov rsp,rbp",
            "pop rbp",
            "test rax,rax",
            "je short 000000000001004Dh",
            "jmp rax",
            "mov eax,edx",
            "mov r11,[r14]",
            "mov rsp,[r11+8]",
            "jmp qword ptr [r11+10h]",
        ];
        assert_eq!(lines, expected);
        assert_eq!(code[STUB_LAZY_ENTRY], 0x68, "the lazy entry is the push");
    }
}
