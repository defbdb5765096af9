//! Wide arithmetic on x86-64: 128-bit add and subtract as `add`/`adc` and
//! `sub`/`sbb`, the full 64x64 product as the one-operand `mul`/`imul`
//! into `rdx:rax`.

use super::X64Masm;
use crate::isa::x64::asm::{AluOp, UnaryOp};
use crate::isa::x64::regs::{RAX, RDX};
use crate::masm::{OperandSize, WideRegs};
use crate::reg::Reg;

/// The product's fixed registers: the left operand and the low half in
/// `rax`, the high half in `rdx`.
pub(super) const MUL_WIDE_REGS: WideRegs = WideRegs { lo: RAX, hi: RDX };

impl X64Masm {
    pub(super) fn emit_int128_add_sub(
        &mut self,
        sub: bool,
        lo: Reg,
        hi: Reg,
        rhs_lo: Reg,
        rhs_hi: Reg,
    ) {
        debug_assert!(lo != hi && ![lo, hi].contains(&rhs_lo) && ![lo, hi].contains(&rhs_hi));
        let (low, high) = if sub {
            (AluOp::Sub, AluOp::Sbb)
        } else {
            (AluOp::Add, AluOp::Adc)
        };
        self.asm.alu_rr(low, OperandSize::S64, lo, rhs_lo);
        self.asm.alu_rr(high, OperandSize::S64, hi, rhs_hi);
    }

    pub(super) fn emit_mul_wide(&mut self, signed: bool, lo: Reg, hi: Reg, lhs: Reg, rhs: Reg) {
        debug_assert!(
            lo == MUL_WIDE_REGS.lo
                && hi == MUL_WIDE_REGS.hi
                && lhs == lo
                && ![lo, hi].contains(&rhs)
        );
        let op = if signed { UnaryOp::Imul } else { UnaryOp::Mul };
        self.asm.unary(op, OperandSize::S64, rhs);
    }
}
