//! The wide-arithmetic proposal's operators on [`CodeGen`]: `i64.add128`,
//! `i64.sub128` (two i64 pairs, low half first, to one pair) and
//! `i64.mul_wide_s/u` (two i64 to the 128-bit product's low and high
//! halves). Each pops its operands into registers it owns, asks the
//! MacroAssembler for one operation and pushes the low and then the high
//! half. Only for an ISA that implements [`OpFamily::WideArithmetic`].

use crate::codegen::CodeGen;
use crate::masm::*;
use crate::reg::RegClass;
use crate::stack::Val;
use brisk_environ::{CompileResult, WasmType};

impl<M: MacroAssembler> CodeGen<'_, M> {
    fn check_wide(&self, op: &str) -> CompileResult<()> {
        if M::implements(OpFamily::WideArithmetic) {
            Ok(())
        } else {
            self.unsupported(&format!("{op} (wide arithmetic) on this target"))
        }
    }

    /// `i64.add128` / `i64.sub128`: `[lo1 hi1 lo2 hi2] -> [lo hi]`.
    pub fn add_sub128(&mut self, sub: bool) -> CompileResult<()> {
        self.check_wide(if sub { "i64.sub128" } else { "i64.add128" })?;
        let rhs_hi = self.ctx.pop_to_reg(self.masm);
        let rhs_lo = self.ctx.pop_to_reg(self.masm);
        let hi = self.ctx.pop_to_reg(self.masm);
        let lo = self.ctx.pop_to_reg(self.masm);
        self.masm.int128_add_sub(sub, lo, hi, rhs_lo, rhs_hi);
        self.ctx.free(rhs_lo);
        self.ctx.free(rhs_hi);
        self.ctx.push(Val::Reg(lo, WasmType::I64));
        self.ctx.push(Val::Reg(hi, WasmType::I64));
        Ok(())
    }

    /// `i64.mul_wide_s` / `i64.mul_wide_u`: `[a b] -> [lo hi]`.
    pub fn mul_wide(&mut self, signed: bool) -> CompileResult<()> {
        self.check_wide(if signed {
            "i64.mul_wide_s"
        } else {
            "i64.mul_wide_u"
        })?;
        let (lo, hi, rhs) = match M::mul_wide_regs() {
            Some(regs) => {
                self.ctx.take_reg(self.masm, regs.lo);
                self.ctx.take_reg(self.masm, regs.hi);
                let rhs = self.ctx.pop_to_reg(self.masm);
                self.ctx.pop_into(self.masm, regs.lo);
                (regs.lo, regs.hi, rhs)
            }
            None => {
                let rhs = self.ctx.pop_to_reg(self.masm);
                let lo = self.ctx.pop_to_reg(self.masm);
                (lo, self.ctx.alloc(self.masm, RegClass::Int), rhs)
            }
        };
        self.masm.int_mul_wide(signed, lo, hi, lo, rhs);
        self.ctx.free(rhs);
        self.ctx.push(Val::Reg(lo, WasmType::I64));
        self.ctx.push(Val::Reg(hi, WasmType::I64));
        Ok(())
    }
}
