//! brisk's internal calling convention for Wasm-to-Wasm calls, the same on
//! every ISA:
//!
//! - The callee's vmctx is in the ISA's vmctx register on entry, and the
//!   callee returns with it unchanged (it only switches it around calls into
//!   another instance and reloads its own from its frame right after). So
//!   a caller never reloads its vmctx after a call within its instance,
//!   unless its module has a tail call that may leave the instance: such a
//!   callee returns with the vmctx of the function it tail-called, so there
//!   every direct call reloads it too (`tail_call.rs`).
//! - Parameters are passed on the stack, one 8-byte slot each (two
//!   consecutive ones for a v128), parameter 0 at the lowest address (the
//!   stack pointer at the call). The callee pops
//!   them on return, so that a tail call replaces the frame without the
//!   caller's help, whatever the two argument areas' sizes.
//! - Result 0 comes back in the ISA's return register of its class; results
//!   1.. in a result area of 8-byte slots (two for a v128) that the caller reserves just above
//!   the parameters, found at the stack pointer after the return.
//! - Every allocatable register is caller-saved.

use brisk_environ::{FuncSig, WasmType};

/// Bytes per parameter or result slot.
pub const SLOT: u32 = 8;

/// Bytes a value of type `ty` takes in the argument and result areas (and
/// in a frame's locals): one slot, two for a v128.
pub fn slot_bytes(ty: WasmType) -> u32 {
    if ty == WasmType::V128 { 2 * SLOT } else { SLOT }
}

fn area(types: &[WasmType]) -> u32 {
    types.iter().map(|ty| slot_bytes(*ty)).sum()
}

/// The outgoing areas of a call, in bytes: its stack parameters (popped
/// by the callee) and its result area (released by the caller). Together
/// they are what [`arg_area`] and [`result_area`] give, found in the pass
/// that checks the callee's types (`CodeGen::check_sig`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CallAreas {
    pub args: u32,
    pub results: u32,
}

/// Bytes of stack parameters, popped by the callee.
pub fn arg_area(sig: &FuncSig) -> u32 {
    area(&sig.params)
}

/// Bytes of the result area for results 1.., reserved and released by the caller.
pub fn result_area(sig: &FuncSig) -> u32 {
    area(sig.results.get(1..).unwrap_or_default())
}

/// Offset of parameter `i` of `params` from the stack pointer at the call.
pub fn param_offset(params: &[WasmType], i: usize) -> u32 {
    area(&params[..i])
}

/// Offset of result `j` (j >= 1) of `results` from the start of the result area.
pub fn result_offset(results: &[WasmType], j: usize) -> u32 {
    debug_assert!(j >= 1);
    area(&results[1..j])
}
