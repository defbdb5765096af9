//! The f32/f64 operator families of [`CodeGen`]: arithmetic, comparisons,
//! conversions and reinterpretations (constants are pushed by
//! `CodeGen::constant`, in `codegen.rs`). Like the integer families in
//! `codegen_int.rs`, each pops its operands, asks the MacroAssembler for
//! one abstract operation and pushes the result.

use crate::codegen::CodeGen;
use crate::context::reg_class;
use crate::masm::*;
use crate::reg::RegClass;
use crate::stack::Val;
use brisk_environ::{CompileResult, WasmType};

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Pops a float right-hand operand: a register, or the memory the value
    /// is in (a local or its slot). Constants are materialized in a
    /// register: float instructions take no immediates. A register operand
    /// is owned by the caller, who frees it.
    fn pop_float_operand(&mut self, size: OperandSize) -> Operand<M::Address> {
        let v = self.ctx.pop();
        self.ctx
            .operand_of(self.masm, v, self.ctx.stack.len(), size, None)
    }

    pub fn float_binop(&mut self, ty: WasmType, op: FloatBinOp) -> CompileResult<()> {
        let size = OperandSize::of(ty);
        let rhs = self.pop_float_operand(size);
        let lhs = self.ctx.pop_to_reg(self.masm);
        self.masm.float_binop(op, size, lhs, lhs, rhs);
        self.ctx.free_operand(rhs);
        self.ctx.push_result(lhs, ty);
        Ok(())
    }

    pub fn float_unop(&mut self, ty: WasmType, op: FloatUnOp) -> CompileResult<()> {
        let r = self.ctx.pop_to_reg(self.masm);
        self.masm.float_unop(op, OperandSize::of(ty), r, r);
        self.ctx.push_result(r, ty);
        Ok(())
    }

    pub fn float_compare(&mut self, ty: WasmType, cmp: FloatCmp) -> CompileResult<()> {
        let size = OperandSize::of(ty);
        let rhs = self.pop_float_operand(size);
        let lhs = self.ctx.pop_to_reg(self.masm);
        let dst = self.ctx.alloc(self.masm, RegClass::Int);
        self.masm.float_cmp_set(cmp, size, lhs, rhs, dst);
        self.ctx.free_operand(rhs);
        self.ctx.free(lhs);
        self.ctx.push_result(dst, WasmType::I32);
        Ok(())
    }

    /// `fN.convert_iM_s/u`.
    pub fn int_to_float(
        &mut self,
        from: WasmType,
        to: WasmType,
        signed: bool,
    ) -> CompileResult<()> {
        let src = self.ctx.pop_to_reg(self.masm);
        let dst = self.ctx.alloc(self.masm, RegClass::Float);
        self.masm
            .int_to_float(signed, OperandSize::of(from), OperandSize::of(to), src, dst);
        self.ctx.free(src);
        self.ctx.push_result(dst, to);
        Ok(())
    }

    /// `iM.trunc_fN_s/u` and `iM.trunc_sat_fN_s/u`.
    pub fn float_to_int(
        &mut self,
        from: WasmType,
        to: WasmType,
        signed: bool,
        mode: FloatToInt,
    ) -> CompileResult<()> {
        let src = self.ctx.pop_to_reg(self.masm);
        let dst = self.ctx.alloc(self.masm, RegClass::Int);
        self.masm.float_to_int(
            mode,
            signed,
            OperandSize::of(from),
            OperandSize::of(to),
            src,
            dst,
        );
        self.ctx.free(src);
        self.ctx.push_result(dst, to);
        Ok(())
    }

    /// `f64.promote_f32` and `f32.demote_f64`.
    pub fn float_convert(&mut self, from: WasmType, to: WasmType) -> CompileResult<()> {
        let r = self.ctx.pop_to_reg(self.masm);
        self.masm.float_convert(OperandSize::of(from), r, r);
        self.ctx.push_result(r, to);
        Ok(())
    }

    /// The four `reinterpret` operators: the same bits, the other type. A
    /// constant stays a constant; anything else is moved (or loaded) into a
    /// register of the new type's class.
    pub fn reinterpret(&mut self, to: WasmType) -> CompileResult<()> {
        let v = self.ctx.pop();
        let retyped = match v {
            Val::I32(b) => Some(Val::F32(b as u32)),
            Val::F32(b) => Some(Val::I32(b as i32)),
            Val::I64(b) => Some(Val::F64(b as u64)),
            Val::F64(b) => Some(Val::I64(b as i64)),
            _ => None,
        };
        if let Some(c) = retyped {
            self.ctx.push(c);
            return Ok(());
        }
        let dst = self.ctx.alloc(self.masm, reg_class(to));
        let depth = self.ctx.stack.len();
        self.ctx.move_to_reg(self.masm, v, depth, dst);
        self.ctx.push_result(dst, to);
        Ok(())
    }
}
