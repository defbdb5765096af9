//! Tail calls (`return_call`, `return_call_indirect`; `return_call_ref` is
//! in `call_ref.rs`) on [`CodeGen`].
//!
//! **The frame.** brisk's callee pops its parameters and finds its result
//! area just above them (`abi.rs`), so a tail call needs nothing from the
//! caller's caller: the arguments are first stored at the stack pointer
//! (an outgoing area counted in the frame's stack-limit check, like any
//! call's), the local registers are restored, and the MacroAssembler's
//! `tail_call` moves the arguments up so that they end where this
//! function's parameters ended, moves the return address just below them,
//! restores the caller's frame pointer and jumps. The callee's argument
//! area may be larger or smaller than this function's: the return address
//! moves down or up, the result area stays put. The new area lies within
//! the old frame and its outgoing area, which the prologue's stack check
//! covered, so a growing tail call never writes below the checked stack;
//! the callee's own prologue checks its frame as usual. A chain of tail
//! calls therefore runs in constant stack whatever the argument sizes.
//! Between the jump and the callee's prologue there is no frame of this
//! function left: a trap or backtrace sees the callee where this function
//! was, which is what the frame-pointer chain says.
//!
//! **Host functions.** A host function's code is a host-call trampoline
//! that is called exactly like a Wasm function (it pops its parameters and
//! writes results 1.. above them), so a tail call to an imported host
//! function, or to one reached through a table, jumps to it like to any
//! other callee; its frame (`rbp`-linked) replaces this function's.
//!
//! **The vmctx.** A call within an instance never reloads the vmctx or the
//! heap base: the callee returns with them unchanged. A tail call that may
//! leave the instance (to an imported function, or through a table or a
//! funcref) breaks that: the callee returns with its own vmctx (a host
//! function with its context) directly to this function's caller, who may
//! have called this function directly. So a module containing such a
//! tail call is compiled again (`compile_module_with`: the first pass
//! reports it in `CompiledFunction::tail_calls_out_of_instance`) with every
//! direct call also reloading the vmctx from the frame and the heap base
//! after it, as calls that may leave the instance always do. Other modules
//! keep the cheaper rule and pay nothing; a module that imports the
//! function that switches is not affected, since its calls to imports
//! already reload.

use crate::codegen::CodeGen;
use crate::masm::*;
use crate::{abi, reg::Reg};
use brisk_environ::vmctx::{FUNC_IMPORT_CODE, FUNC_IMPORT_VMCTX};
use brisk_environ::{CompileResult, FuncSig};

impl<M: MacroAssembler> CodeGen<'_, M> {
    pub(crate) fn check_tail_call(&self, sig: &FuncSig, op: &str) -> CompileResult<()> {
        if !M::implements(OpFamily::TailCalls) {
            return self.unsupported(&format!("{op} (tail calls) on this target"));
        }
        self.check_sig(sig)?;
        Ok(())
    }

    pub fn return_call(&mut self, func_index: u32) -> CompileResult<()> {
        let info = self.info;
        let sig = info.func_sig(func_index);
        self.check_tail_call(sig, "return_call")?;
        let target = if func_index < info.num_imported_funcs {
            self.tail_calls_out_of_instance = true;
            let import = self.offsets.func_import(func_index);
            TailTarget::ThroughVmctx {
                code: import + FUNC_IMPORT_CODE,
                callee_vmctx: import + FUNC_IMPORT_VMCTX,
            }
        } else {
            TailTarget::Direct(func_index)
        };
        self.emit_tail_call(sig, target, None);
        Ok(())
    }

    pub fn return_call_indirect(&mut self, type_index: u32, table: u32) -> CompileResult<()> {
        let sig = self.info.type_sig(type_index);
        self.check_tail_call(sig, "return_call_indirect")?;
        self.tail_calls_out_of_instance = true;
        let funcref = self.pop_checked_table_funcref(type_index, table);
        self.emit_tail_call(sig, TailTarget::FuncRef(funcref), Some(funcref));
        Ok(())
    }

    /// Stores the arguments at the stack pointer, restores the local
    /// registers and replaces the frame (see the module documentation).
    /// `owned` is the target's register, freed after.
    pub(crate) fn emit_tail_call(&mut self, sig: &FuncSig, target: TailTarget, owned: Option<Reg>) {
        let frame = TailFrame {
            caller_arg_bytes: abi::arg_area(self.info.type_sig(self.func_type)),
            callee_arg_bytes: abi::arg_area(sig),
        };
        self.max_call_area = self.max_call_area.max(frame.callee_arg_bytes);
        self.masm.reserve_stack(frame.callee_arg_bytes);
        let n = sig.params.len();
        let base = self.ctx.stack.len() - n;
        for i in 0..n {
            let dst = M::stack_address(abi::param_offset(&sig.params, i));
            self.ctx.store_entry(self.masm, base + i, dst);
        }
        self.ctx.truncate(base);
        self.ctx.frame.leave(self.masm);
        self.masm.tail_call(target, frame);
        if let Some(r) = owned {
            self.ctx.free(r);
        }
        self.reachable = false;
    }

    /// After a direct call in a module where a callee may have tail-called
    /// out of the instance: this function's vmctx and heap base again.
    pub fn reload_after_direct_call(&mut self) {
        if self.reload_after_direct_calls {
            self.masm.reload_vmctx(self.ctx.frame.vmctx_address::<M>());
            self.load_heap_base();
        }
    }
}
