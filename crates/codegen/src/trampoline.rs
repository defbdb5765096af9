//! Trampolines between the host and Wasm code, generated with the
//! MacroAssembler like everything else.

use crate::abi;
use crate::context::reg_class;
use crate::isa::aarch64::A64Masm;
use crate::isa::x64::X64Masm;
use crate::masm::{MacroAssembler, OpFamily, OperandSize};
use crate::target::{Isa, Target};
use brisk_environ::{CompileResult, FuncSig};

/// Bytes per entry of the values array the host passes (room for a v128).
pub const VALUE_SLOT: u32 = 16;

/// The two kinds of trampoline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrampolineKind {
    /// Host to Wasm: `array_call_trampoline`.
    Entry,
    /// Wasm to a host function: `host_call_trampoline`.
    HostCall,
}

/// The code of the `kind` trampoline for `sig` on `target`, for code that
/// meters `fuel` (which keeps the fuel counter in a register: the
/// trampolines load it from the store and write it back).
pub fn trampoline(
    target: Target,
    kind: TrampolineKind,
    sig: &FuncSig,
    fuel: bool,
) -> CompileResult<Vec<u8>> {
    match target.isa() {
        Isa::X86_64 => Ok(generate::<X64Masm>(target, kind, sig, fuel)),
        Isa::Aarch64 => Ok(generate::<A64Masm>(target, kind, sig, fuel)),
    }
}

fn generate<M: MacroAssembler>(
    target: Target,
    kind: TrampolineKind,
    sig: &FuncSig,
    fuel: bool,
) -> Vec<u8> {
    let mut masm = M::new(target);
    // No code meters fuel on an ISA without the checks (it is not compiled).
    masm.fuel_checks(fuel && M::implements(OpFamily::Interruption));
    match kind {
        TrampolineKind::Entry => array_call_trampoline(&mut masm, sig),
        TrampolineKind::HostCall => host_call_trampoline(&mut masm, sig),
    }
    masm.buffer().bytes().to_vec()
}

/// The array-call entry trampoline for `sig`, with the host signature
/// `extern "C" fn(vmctx, code, values: *mut [u8; 16]) -> u32`. Parameters are
/// read from `values`, results written back over them; the return value is 0,
/// or the trap code if the call trapped.
fn array_call_trampoline<M: MacroAssembler>(masm: &mut M, sig: &FuncSig) {
    let (callee, values) = masm.entry_trampoline_prologue();
    let (args, results) = (abi::arg_area(sig), abi::result_area(sig));
    masm.reserve_stack(args + results);
    for (i, ty) in sig.params.iter().enumerate() {
        let src = M::field_address(values, (i as u32 * VALUE_SLOT) as i32);
        let dst = M::stack_address(abi::param_offset(&sig.params, i));
        masm.copy_mem(OperandSize::of(*ty), src, dst);
    }
    masm.entry_trampoline_call(callee);
    let values = masm.entry_trampoline_values();
    for (j, ty) in sig.results.iter().enumerate() {
        let dst = M::field_address(values, (j as u32 * VALUE_SLOT) as i32);
        if j == 0 {
            masm.store(OperandSize::of(*ty), M::return_reg(reg_class(*ty)), dst);
        } else {
            let src = M::stack_address(abi::result_offset(&sig.results, j));
            masm.copy_mem(OperandSize::of(*ty), src, dst);
        }
    }
    masm.release_stack(results);
    masm.entry_trampoline_epilogue();
    masm.buffer().finish();
}

/// The trampoline through which Wasm code calls a host function of type
/// `sig`. It is called like any Wasm function (brisk's internal convention),
/// with a host-function context in place of the vmctx. It copies the
/// parameters into a values array on an aligned stack, calls the context's
/// entry `extern "C" fn(ctx, values, caller_vmctx) -> u32` (see
/// `HOSTCTX_ENTRY`), raises a returned trap code,
/// and returns the results as a Wasm function does. i32 results are read
/// back with 32-bit loads, so they arrive zero-extended whatever the host
/// left in the upper half.
fn host_call_trampoline<M: MacroAssembler>(masm: &mut M, sig: &FuncSig) {
    let count = sig.params.len().max(sig.results.len()) as u32;
    let values = masm.host_call_prologue(count * VALUE_SLOT);
    let incoming = M::incoming_args_offset();
    for (i, ty) in sig.params.iter().enumerate() {
        let src = M::frame_address(incoming + abi::param_offset(&sig.params, i) as i32);
        let dst = M::field_address(values, (i as u32 * VALUE_SLOT) as i32);
        masm.copy_mem(OperandSize::of(*ty), src, dst);
    }
    masm.host_call(brisk_environ::vmctx::HOSTCTX_ENTRY);
    let result_area = incoming + abi::arg_area(sig) as i32;
    for (j, ty) in sig.results.iter().enumerate().skip(1) {
        let src = M::field_address(values, (j as u32 * VALUE_SLOT) as i32);
        let dst = M::frame_address(result_area + abi::result_offset(&sig.results, j) as i32);
        masm.copy_mem(OperandSize::of(*ty), src, dst);
    }
    if let Some(ty) = sig.results.first() {
        masm.load(
            OperandSize::of(*ty),
            M::field_address(values, 0),
            M::return_reg(reg_class(*ty)),
        );
    }
    masm.epilogue(abi::arg_area(sig));
    let mut traps = Vec::new();
    masm.emit_trap_stubs(&mut traps);
    debug_assert!(
        traps.is_empty(),
        "host-call trampolines raise only host traps"
    );
    masm.buffer().finish();
}
