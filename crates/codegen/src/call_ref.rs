//! Calls through a function reference on [`CodeGen`]: `call_ref` and
//! `return_call_ref` (typed function references), and the call through a
//! checked funcref they share with `call_indirect`.
//!
//! The reference's type is static (validation proved it a subtype of the
//! immediate's), so the only check is for null, which traps with "null
//! function reference". Only a reference made by `ref.func` can reach them
//! today: values of typed reference types (`(ref $t)` locals, parameters,
//! block types) are still `Unsupported`.

use crate::codegen::CodeGen;
use crate::masm::*;
use crate::reg::Reg;
use brisk_environ::{CompileResult, FuncSig, TrapCode};

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Calls the function `funcref` points to (non-null, of type `sig`)
    /// with its own vmctx, which may be another instance's, and frees
    /// `funcref`.
    pub fn call_checked_funcref(&mut self, sig: &FuncSig, funcref: Reg) {
        let results = self.push_call_args(sig);
        let saved = self.ctx.frame.vmctx_address::<M>();
        self.masm.call_funcref(funcref, saved);
        self.load_heap_base();
        self.ctx.free(funcref);
        self.finish_call(sig, results);
    }

    /// Pops the reference operand of `call_ref`/`return_call_ref` into a
    /// register, trapping if it is null.
    fn pop_non_null_funcref(&mut self) -> Reg {
        let funcref = self.ctx.pop_to_reg(self.masm);
        self.masm
            .trap_if_null(funcref, TrapCode::NullFunctionReference);
        funcref
    }

    pub fn call_ref(&mut self, type_index: u32) -> CompileResult<()> {
        let sig = self.info.type_sig(type_index);
        for ty in sig.params.iter().chain(&sig.results) {
            self.check_type(*ty)?;
        }
        let funcref = self.pop_non_null_funcref();
        self.call_checked_funcref(sig, funcref);
        Ok(())
    }

    pub fn return_call_ref(&mut self, type_index: u32) -> CompileResult<()> {
        let sig = self.info.type_sig(type_index);
        self.check_tail_call(sig, "return_call_ref")?;
        self.tail_calls_out_of_instance = true;
        let funcref = self.pop_non_null_funcref();
        self.emit_tail_call(sig, TailTarget::FuncRef(funcref), Some(funcref));
        Ok(())
    }
}
