//! The null tests of typed function references on [`CodeGen`]:
//! `ref.as_non_null`, `br_on_null` and `br_on_non_null`. A reference of any
//! type brisk represents is one word, null being 0, so each is a compare
//! with 0 and a trap or a branch; the reference's type is unchanged
//! (validation tracks nullability, code does not need it).

use crate::codegen::CodeGen;
use crate::masm::*;
use crate::reg::Reg;
use crate::stack::Val;
use brisk_environ::{CompileResult, TrapCode, WasmType};

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Pops the reference on top of the stack into a register, with its type.
    fn pop_reference(&mut self) -> (Reg, WasmType) {
        let ty = self
            .ctx
            .stack
            .last()
            .expect("validated reference operand")
            .ty();
        (self.ctx.pop_to_reg(self.masm), ty)
    }

    pub fn ref_as_non_null(&mut self) -> CompileResult<()> {
        let (r, ty) = self.pop_reference();
        self.masm.trap_if_null(r, TrapCode::NullReference);
        self.ctx.push(Val::Reg(r, ty));
        Ok(())
    }

    /// Branches to `depth` if the reference is null (dropping it), else
    /// keeps it: the label's values are those below it.
    pub fn br_on_null(&mut self, depth: u32) -> CompileResult<()> {
        let (r, ty) = self.pop_reference();
        self.branch_on_reference(r, IntCmp::Eq, depth);
        self.ctx.push(Val::Reg(r, ty));
        Ok(())
    }

    /// Branches to `depth` with the reference as the label's last value if
    /// it is not null, else drops it.
    pub fn br_on_non_null(&mut self, depth: u32) -> CompileResult<()> {
        let (r, ty) = self.pop_reference();
        self.ctx.push(Val::Reg(r, ty));
        self.branch_on_reference(r, IntCmp::Ne, depth);
        self.ctx.drop_top();
        Ok(())
    }

    /// Branches to `depth` when `reference cmp 0`, with the label's values
    /// on top of the stack.
    fn branch_on_reference(&mut self, reference: Reg, cmp: IntCmp, depth: u32) {
        match self.direct_target(depth) {
            Some(label) => {
                self.masm
                    .int_compare(OperandSize::S64, reference, Operand::Imm(0));
                self.masm.branch_if(cmp, label);
            }
            None => {
                let skip = self.masm.new_label();
                self.masm
                    .int_compare(OperandSize::S64, reference, Operand::Imm(0));
                self.masm.branch_if(cmp.negate(), skip);
                self.emit_branch(depth);
                self.masm.bind(skip);
            }
        }
    }
}
