//! Trampolines between the host and Wasm code, generated with the
//! MacroAssembler like everything else.

use crate::abi;
use crate::context::reg_class;
use crate::frame::slot_size;
use crate::masm::{Address, MacroAssembler};
use brisk_environ::FuncSig;

/// Bytes per entry of the values array the host passes (room for a v128).
pub const VALUE_SLOT: u32 = 16;

/// The array-call entry trampoline for `sig`, with the host signature
/// `extern "C" fn(vmctx, code, values: *mut [u8; 16]) -> u32`. Parameters are
/// read from `values`, results written back over them; the return value is 0,
/// or the trap code if the call trapped.
pub fn array_call_trampoline<M: MacroAssembler>(masm: &mut M, sig: &FuncSig) {
    let (callee, values) = masm.host_entry_prologue();
    let (args, results) = (abi::arg_area(sig), abi::result_area(sig));
    masm.reserve_stack(args + results);
    for (i, ty) in sig.params.iter().enumerate() {
        let src = Address {
            base: values,
            offset: (i as u32 * VALUE_SLOT) as i32,
        };
        let dst = Address {
            base: M::sp(),
            offset: abi::param_offset(i) as i32,
        };
        masm.copy_mem(slot_size(*ty), src, dst);
    }
    masm.call_reg(callee);
    let values = masm.host_entry_values();
    for (j, ty) in sig.results.iter().enumerate() {
        let dst = Address {
            base: values,
            offset: (j as u32 * VALUE_SLOT) as i32,
        };
        if j == 0 {
            masm.store(slot_size(*ty), M::return_reg(reg_class(*ty)), dst);
        } else {
            let src = Address {
                base: M::sp(),
                offset: abi::result_offset(j) as i32,
            };
            masm.copy_mem(slot_size(*ty), src, dst);
        }
    }
    masm.release_stack(results);
    masm.host_entry_epilogue();
    masm.buffer().finish();
}
