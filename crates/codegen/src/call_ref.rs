//! Calls through a function reference on [`CodeGen`]: `call_ref` and
//! `return_call_ref` (typed function references), the call through a
//! checked funcref they share with `call_indirect`, and the type check of a
//! funcref read from a table.
//!
//! The reference's type is static for `call_ref` (validation proved it a
//! subtype of the immediate's), so the only check is for null, which traps
//! with "null function reference". A table element's type is only known to
//! be a subtype of the table's element type: `call_indirect` compares it
//! with the expected type at run time (see [`CodeGen::check_funcref_type`]).

use crate::abi::CallAreas;
use crate::codegen::CodeGen;
use crate::masm::*;
use crate::reg::{Reg, RegClass};
use crate::stack::Val;
use brisk_environ::vmctx::{Builtin, FUNC_REF_TYPE_ID};
use brisk_environ::{CompileResult, FuncSig, TrapCode, WasmType};

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Calls the function `funcref` points to (non-null, of type `sig`,
    /// whose call `areas` [`CodeGen::check_sig`] gave) with its own vmctx,
    /// which may be another instance's, and frees `funcref`.
    pub fn call_checked_funcref(&mut self, sig: &FuncSig, areas: CallAreas, funcref: Reg) {
        let results = self.push_call_args(sig, areas);
        let saved = self.ctx.frame.vmctx_address::<M>();
        self.masm.call_funcref(funcref, saved);
        self.load_heap_base();
        self.ctx.free(funcref);
        self.finish_call(sig, results);
    }

    /// Traps unless `funcref`, read from a table, is non-null
    /// (uninitialized element) and of type `type_index` (indirect call type
    /// mismatch); returns the register that holds it afterwards.
    ///
    /// The check compares engine type ids, which is exact for a final type.
    /// A non-final type also accepts its subtypes, declared in any module:
    /// when the ids differ, a builtin looks the expected type up in the
    /// callee type's supertype display. As the builtin clobbers the
    /// caller-saved registers, every value, the funcref too, waits in its
    /// slot on both paths.
    pub(crate) fn check_funcref_type(&mut self, funcref: Reg, type_index: u32) -> Reg {
        let type_id = self.offsets.type_id(type_index);
        if self.info.types[type_index as usize].is_final {
            self.masm.check_funcref(funcref, type_id);
            return funcref;
        }
        self.masm
            .trap_if_null(funcref, TrapCode::UninitializedElement);
        self.ctx.push(Val::Reg(funcref, WasmType::FuncRef));
        self.ctx.spill_regs(self.masm);
        let depth = self.ctx.stack.len() - 1;
        let actual = self.ctx.alloc(self.masm, RegClass::Int);
        let expected = self.ctx.alloc(self.masm, RegClass::Int);
        self.ctx.load_entry(self.masm, depth, actual);
        let callee_type = M::field_address(actual, FUNC_REF_TYPE_ID as i32);
        self.masm.load(OperandSize::S32, callee_type, actual);
        self.masm.vmctx_lea(type_id, expected);
        let expected_type = M::field_address(expected, 0);
        self.masm.load(OperandSize::S32, expected_type, expected);
        self.masm
            .int_compare(OperandSize::S32, actual, Operand::Reg(expected));
        self.ctx.free(actual);
        self.ctx.free(expected);
        let done = self.masm.new_label();
        self.masm.branch_if(IntCmp::Eq, done);
        let args = M::host_arg_regs();
        self.masm
            .mov_imm(OperandSize::S64, type_index as i64, args[1]);
        self.ctx.load_entry(self.masm, depth, args[2]);
        self.masm.call_builtin(Builtin::FuncRefSubtype);
        self.masm.bind(done);
        self.ctx.pop_to_reg(self.masm)
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
        let areas = self.check_sig(sig)?;
        let funcref = self.pop_non_null_funcref();
        self.call_checked_funcref(sig, areas, funcref);
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
