//! Integer operator families: constant folding, constants as immediates,
//! and comparisons fused with the branch or select that consumes them.
//!
//! A comparison is not emitted when it is translated: it becomes the
//! *pending comparison* (at most one), whose i32 result is represented on
//! the value stack by its left operand's register. The next operator either
//! consumes it directly (`br_if`, `if`, `select`, `i32.eqz` — which only
//! negates it), emitting `cmp; jcc`/`cmov` without materializing a 0/1, or
//! the visitor materializes it (`cmp; setcc`) before translating anything
//! else. Invariant: while a comparison is pending, the top of the stack is
//! `Reg(lhs, i32)` and nothing has been emitted since it was recorded.

use crate::codegen::CodeGen;
use crate::context::reg_class;
use crate::masm::*;
use crate::reg::{Reg, RegClass};
use crate::stack::Val;
use brisk_environ::{CompileResult, WasmType};

/// A comparison not yet emitted; `A` is the ISA's address type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PendingCmp<A> {
    pub cmp: IntCmp,
    pub size: OperandSize,
    /// The left operand: owned (then it is `result`) or a pinned local's
    /// register, lent.
    pub lhs: Reg,
    pub rhs: Operand<A>,
    /// The owned register that stands for the i32 result on the value stack
    /// (where a materialized result goes); `None` for a condition that was
    /// a pinned local.
    pub result: Option<Reg>,
}

fn const_of(ty: WasmType, bits: i64) -> Val {
    if ty == WasmType::I64 {
        Val::I64(bits)
    } else {
        Val::I32(bits as i32)
    }
}

fn fold_binop(op: IntBinOp, size: OperandSize, a: i64, b: i64) -> i64 {
    let r = match op {
        IntBinOp::Add => a.wrapping_add(b),
        IntBinOp::Sub => a.wrapping_sub(b),
        IntBinOp::Mul => a.wrapping_mul(b),
        IntBinOp::And => a & b,
        IntBinOp::Or => a | b,
        IntBinOp::Xor => a ^ b,
    };
    // Low bits are right at any width; i32 results are kept canonical.
    if size == OperandSize::S64 {
        r
    } else {
        r as i32 as i64
    }
}

/// Evaluates `a cmp b` on constants of `size` bits.
fn fold_compare(cmp: IntCmp, size: OperandSize, a: i64, b: i64) -> bool {
    use IntCmp::*;
    let (sa, sb, ua, ub) = if size == OperandSize::S64 {
        (a, b, a as u64, b as u64)
    } else {
        (
            a as i32 as i64,
            b as i32 as i64,
            a as u32 as u64,
            b as u32 as u64,
        )
    };
    match cmp {
        Eq => ua == ub,
        Ne => ua != ub,
        LtS => sa < sb,
        LtU => ua < ub,
        GtS => sa > sb,
        GtU => ua > ub,
        LeS => sa <= sb,
        LeU => ua <= ub,
        GeS => sa >= sb,
        GeU => ua >= ub,
    }
}

fn fold_shift(kind: ShiftKind, size: OperandSize, a: i64, b: i64) -> i64 {
    if size == OperandSize::S64 {
        let n = (b & 63) as u32;
        match kind {
            ShiftKind::Shl => a.wrapping_shl(n),
            ShiftKind::ShrS => a >> n,
            ShiftKind::ShrU => ((a as u64) >> n) as i64,
            ShiftKind::Rotl => (a as u64).rotate_left(n) as i64,
            ShiftKind::Rotr => (a as u64).rotate_right(n) as i64,
        }
    } else {
        let (a, n) = (a as i32, (b & 31) as u32);
        (match kind {
            ShiftKind::Shl => a.wrapping_shl(n),
            ShiftKind::ShrS => a >> n,
            ShiftKind::ShrU => ((a as u32) >> n) as i32,
            ShiftKind::Rotl => (a as u32).rotate_left(n) as i32,
            ShiftKind::Rotr => (a as u32).rotate_right(n) as i32,
        }) as i64
    }
}

fn fold_bitcount(op: BitCount, size: OperandSize, a: i64) -> i64 {
    if size == OperandSize::S64 {
        (match op {
            BitCount::Clz => a.leading_zeros(),
            BitCount::Ctz => a.trailing_zeros(),
            BitCount::Popcnt => a.count_ones(),
        }) as i64
    } else {
        let a = a as i32;
        (match op {
            BitCount::Clz => a.leading_zeros(),
            BitCount::Ctz => a.trailing_zeros(),
            BitCount::Popcnt => a.count_ones(),
        }) as i64
    }
}

fn fold_extend(kind: Extend, a: i64) -> i64 {
    match kind {
        Extend::I32From8S => a as i8 as i32 as i64,
        Extend::I32From16S => a as i16 as i32 as i64,
        Extend::I64From8S => a as i8 as i64,
        Extend::I64From16S => a as i16 as i64,
        Extend::I64From32S => a as i32 as i64,
        Extend::From32U => a as u32 as i64,
    }
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// The constant values of the top `n` entries, if they all are constants.
    fn top_consts<const N: usize>(&self) -> Option<[i64; N]> {
        let len = self.ctx.stack.len();
        let top = self.ctx.stack.get(len.checked_sub(N)?..)?;
        let mut out = [0; N];
        for (o, v) in out.iter_mut().zip(top) {
            *o = v.as_const()?;
        }
        Some(out)
    }

    /// Replaces the top `n` constant entries by the constant `bits` of `ty`.
    fn fold(&mut self, n: usize, ty: WasmType, bits: i64) -> CompileResult<()> {
        for _ in 0..n {
            self.ctx.pop();
        }
        self.ctx.push(const_of(ty, bits));
        Ok(())
    }

    /// Pops two operands as (left register, right-hand operand of `imm`'s
    /// operation, whether they were swapped, whether the left register is
    /// owned). With `commute`, a constant left operand becomes the
    /// immediate instead, and so does a register right operand whose left
    /// one is a pinned local when `reg_lhs_over_pinned` (the operation then
    /// writes the register it owns and reads the pinned one, with no
    /// copy). A pinned local as the left operand is lent: its register is
    /// returned, not owned. Each value is matched once, its local register
    /// looked up once. Inlined into its two callers, each on a hot path.
    #[inline(always)]
    fn pop_two(
        &mut self,
        size: OperandSize,
        imm: ImmOp,
        commute: bool,
        reg_lhs_over_pinned: bool,
    ) -> (Reg, Operand<M::Address>, bool, bool) {
        let (lhs, rhs) = self.ctx.pop_two();
        let lhs_depth = self.ctx.stack.len();
        let lhs_pin = self.pinned_local(lhs);
        let swap = commute
            && if lhs.as_const().is_some() {
                rhs.as_const().is_none()
            } else {
                reg_lhs_over_pinned && lhs_pin.is_some() && matches!(rhs, Val::Reg(..))
            };
        let (l, l_pin, ld, r, rd) = if swap {
            (rhs, self.pinned_local(rhs), lhs_depth + 1, lhs, lhs_depth)
        } else {
            (lhs, lhs_pin, lhs_depth, rhs, lhs_depth + 1)
        };
        let operand = self.ctx.operand_of(self.masm, r, rd, size, Some(imm));
        if let Some(pinned) = l_pin {
            return (pinned, operand, swap, false);
        }
        let reg = self.ctx.reg_of(self.masm, l, ld);
        (reg, operand, swap, true)
    }

    /// The register of `v` if it is a pinned local.
    fn pinned_local(&self, v: Val) -> Option<Reg> {
        match v {
            Val::Local(i, _) => self.ctx.frame.local_reg(i),
            _ => None,
        }
    }

    /// Pops the top value as a source register: a pinned local's (lent,
    /// only read) or one the caller owns (also returned as owned). Inlined:
    /// its callers (conditions, `eqz`, shifts, `select`) are hot and small.
    #[inline(always)]
    pub(crate) fn pop_source(&mut self) -> (Reg, Option<Reg>) {
        let v = self.ctx.pop();
        if let Some(pinned) = self.pinned_local(v) {
            return (pinned, None);
        }
        let r = self.ctx.reg_of(self.masm, v, self.ctx.stack.len());
        (r, Some(r))
    }

    /// Records a pending comparison whose i32 result stands on the stack.
    fn push_pending(
        &mut self,
        cmp: IntCmp,
        size: OperandSize,
        lhs: Reg,
        rhs: Operand<M::Address>,
        owned: Option<Reg>,
    ) {
        let result = owned.unwrap_or_else(|| self.ctx.alloc(self.masm, RegClass::Int));
        self.ctx.push_result(result, WasmType::I32);
        self.pending = Some(PendingCmp {
            cmp,
            size,
            lhs,
            rhs,
            result: Some(result),
        });
    }

    /// Always inlined into each operator's visitor, where `ty` and `op`
    /// are constants: the operation's choices (commutative, immediate
    /// form, encoding) fold away.
    #[inline(always)]
    pub fn binop(&mut self, ty: WasmType, op: IntBinOp) -> CompileResult<()> {
        let size = OperandSize::of(ty);
        if let Some([a, b]) = self.top_consts() {
            return self.fold(2, ty, fold_binop(op, size, a, b));
        }
        let commutative = !matches!(op, IntBinOp::Sub);
        let (lhs, rhs, _, owned) = self.pop_two(size, ImmOp::Bin(op), commutative, true);
        let dst = if owned {
            lhs
        } else {
            self.ctx.alloc(self.masm, RegClass::Int)
        };
        self.masm.int_binop(op, size, dst, lhs, rhs);
        self.ctx.free_operand(rhs);
        self.ctx.push_result(dst, ty);
        Ok(())
    }

    /// Always inlined into each operator's visitor, like [`Self::binop`].
    #[inline(always)]
    pub fn compare(&mut self, ty: WasmType, cmp: IntCmp) -> CompileResult<()> {
        let size = OperandSize::of(ty);
        if let Some([a, b]) = self.top_consts() {
            return self.fold(2, WasmType::I32, fold_compare(cmp, size, a, b) as i64);
        }
        let (lhs, rhs, swapped, owned) = self.pop_two(size, ImmOp::Compare, true, false);
        let cmp = if swapped { cmp.swap() } else { cmp };
        self.push_pending(cmp, size, lhs, rhs, owned.then_some(lhs));
        Ok(())
    }

    /// Always inlined into each operator's visitor, like [`Self::binop`].
    #[inline(always)]
    pub fn eqz(&mut self, ty: WasmType) -> CompileResult<()> {
        if let Some([a]) = self.top_consts() {
            return self.fold(1, WasmType::I32, (a == 0) as i64);
        }
        if let Some(p) = self.pending.as_mut() {
            // `cmp; eqz` is the negated comparison.
            p.cmp = p.cmp.negate();
            return Ok(());
        }
        let (lhs, owned) = self.pop_source();
        self.push_pending(IntCmp::Eq, OperandSize::of(ty), lhs, Operand::Imm(0), owned);
        Ok(())
    }

    /// Emits the pending comparison's 0/1 result into its register.
    #[inline]
    pub fn materialize_pending(&mut self) {
        // Checked inline: the visitor calls this before most operators.
        if self.pending.is_some() {
            self.emit_pending();
        }
    }

    fn emit_pending(&mut self) {
        if let Some(p) = self.pending.take() {
            self.masm.int_compare(p.size, p.lhs, p.rhs);
            self.masm
                .set_if(p.cmp, p.result.expect("a pending result has a register"));
            self.ctx.free_operand(p.rhs);
        }
    }

    /// Pops an i32 condition as a comparison to emit right before its
    /// consumer: the pending one, or `value != 0`. The caller emits it with
    /// [`MacroAssembler::int_compare`] and then releases it. Inlined: most
    /// conditions are pending comparisons.
    #[inline]
    pub fn pop_condition(&mut self) -> PendingCmp<M::Address> {
        let Some(p) = self.pending.take() else {
            return self.pop_value_condition();
        };
        let placeholder = self.ctx.pop();
        debug_assert_eq!(
            Some(placeholder),
            p.result.map(|r| Val::Reg(r, WasmType::I32))
        );
        p
    }

    /// [`Self::pop_condition`] of a value, not a pending comparison: out of
    /// line.
    #[inline(never)]
    fn pop_value_condition(&mut self) -> PendingCmp<M::Address> {
        let (lhs, result) = self.pop_source();
        PendingCmp {
            cmp: IntCmp::Ne,
            size: OperandSize::S32,
            lhs,
            rhs: Operand::Imm(0),
            result,
        }
    }

    pub fn release_condition(&mut self, c: PendingCmp<M::Address>) {
        if let Some(r) = c.result {
            self.ctx.free(r);
        }
        self.ctx.free_operand(c.rhs);
    }

    pub fn select(&mut self) -> CompileResult<()> {
        let ty = self.ctx.stack[self.ctx.stack.len() - 2].ty();
        self.check_type(ty)?;
        let c = self.pop_condition();
        let (if_false, owned_false) = self.pop_source();
        let (if_true, owned_true) = self.pop_source();
        // The result goes in an owned source's register if there is one.
        let dst = match owned_true.or(owned_false) {
            Some(r) => r,
            None => self.ctx.alloc(self.masm, reg_class(ty)),
        };
        self.masm.int_compare(c.size, c.lhs, c.rhs);
        self.masm
            .select_if(c.cmp, OperandSize::of(ty), dst, if_true, if_false);
        self.release_condition(c);
        if let Some(r) = owned_false.filter(|&r| r != dst) {
            self.ctx.free(r);
        }
        self.ctx.push_result(dst, ty);
        Ok(())
    }

    /// Always inlined into each operator's visitor, like [`Self::binop`].
    #[inline(always)]
    pub fn shift(&mut self, ty: WasmType, kind: ShiftKind) -> CompileResult<()> {
        let size = OperandSize::of(ty);
        if let Some([a, b]) = self.top_consts() {
            return self.fold(2, ty, fold_shift(kind, size, a, b));
        }
        let count = match self.ctx.stack.last().and_then(|v| v.as_const()) {
            Some(c) => {
                self.ctx.pop();
                Operand::Imm(c)
            }
            None => match M::shift_count_reg() {
                Some(fixed) => {
                    self.ctx.take_reg(self.masm, fixed);
                    self.ctx.pop_into(self.masm, fixed);
                    Operand::Reg(fixed)
                }
                None => Operand::Reg(self.ctx.pop_to_reg(self.masm)),
            },
        };
        let (lhs, owned) = self.pop_source();
        let dst = owned.unwrap_or_else(|| self.ctx.alloc(self.masm, RegClass::Int));
        self.masm.int_shift(kind, size, dst, lhs, count);
        self.ctx.free_operand(count);
        self.ctx.push_result(dst, ty);
        Ok(())
    }

    pub fn div(&mut self, ty: WasmType, kind: DivKind) -> CompileResult<()> {
        let size = OperandSize::of(ty);
        let Some(regs) = M::div_regs() else {
            let divisor = self.ctx.pop_to_reg(self.masm);
            let dividend = self.ctx.pop_to_reg(self.masm);
            self.masm.int_div(kind, size, dividend, dividend, divisor);
            self.ctx.free(divisor);
            self.ctx.push_result(dividend, ty);
            return Ok(());
        };
        self.ctx.take_reg(self.masm, regs.dividend);
        self.ctx.take_reg(self.masm, regs.remainder);
        let divisor = self.ctx.pop_to_reg(self.masm);
        self.ctx.pop_into(self.masm, regs.dividend);
        let (result, other) = match kind {
            DivKind::DivS | DivKind::DivU => (regs.dividend, regs.remainder),
            DivKind::RemS | DivKind::RemU => (regs.remainder, regs.dividend),
        };
        self.masm
            .int_div(kind, size, result, regs.dividend, divisor);
        self.ctx.free(divisor);
        self.ctx.free(other);
        self.ctx.push_result(result, ty);
        Ok(())
    }

    pub fn bitcount(&mut self, ty: WasmType, op: BitCount) -> CompileResult<()> {
        if let Some([a]) = self.top_consts() {
            return self.fold(1, ty, fold_bitcount(op, OperandSize::of(ty), a));
        }
        let (src, owned) = self.pop_source();
        let dst = owned.unwrap_or_else(|| self.ctx.alloc(self.masm, RegClass::Int));
        let tmp = (op == BitCount::Popcnt).then(|| self.ctx.alloc(self.masm, RegClass::Int));
        self.masm
            .int_bitcount(op, OperandSize::of(ty), src, dst, tmp);
        if let Some(t) = tmp {
            self.ctx.free(t);
        }
        self.ctx.push_result(dst, ty);
        Ok(())
    }

    /// Always inlined into each operator's visitor, like [`Self::binop`].
    #[inline(always)]
    pub fn extend(&mut self, to: WasmType, kind: Extend) -> CompileResult<()> {
        if let Some([a]) = self.top_consts() {
            return self.fold(1, to, fold_extend(kind, a));
        }
        let (src, owned) = self.pop_source();
        let dst = owned.unwrap_or_else(|| self.ctx.alloc(self.masm, RegClass::Int));
        self.masm.int_extend(kind, src, dst);
        self.ctx.push_result(dst, to);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_matches_wasm_semantics() {
        use OperandSize::{S32, S64};
        assert_eq!(
            fold_binop(IntBinOp::Add, S32, i32::MAX as i64, 1),
            i32::MIN as i64
        );
        assert_eq!(fold_binop(IntBinOp::Mul, S64, i64::MAX, 2), -2);
        assert_eq!(fold_shift(ShiftKind::Shl, S32, 1, 33), 2);
        assert_eq!(fold_shift(ShiftKind::ShrU, S32, -1, 28), 0xf);
        assert_eq!(fold_shift(ShiftKind::ShrS, S64, -16, 66), -4);
        assert_eq!(fold_shift(ShiftKind::Rotr, S32, 1, 1), i32::MIN as i64);
        assert_eq!(fold_bitcount(BitCount::Clz, S32, 0), 32);
        assert_eq!(fold_bitcount(BitCount::Ctz, S64, 0), 64);
        assert_eq!(fold_bitcount(BitCount::Popcnt, S32, -1), 32);
        assert_eq!(fold_extend(Extend::I32From8S, 0x80), -128);
        assert_eq!(fold_extend(Extend::From32U, -1), 0xffff_ffff);
        assert!(fold_compare(IntCmp::LtU, S32, 1, -1));
        assert!(!fold_compare(IntCmp::LtS, S32, 1, -1));
        assert!(fold_compare(IntCmp::GtS, S64, 0, i64::MIN));
        for c in [IntCmp::LtS, IntCmp::GeU, IntCmp::Eq] {
            for (a, b) in [(1, 2), (2, 1), (-1, 1), (3, 3)] {
                let holds = fold_compare(c, S32, a, b);
                assert_eq!(holds, !fold_compare(c.negate(), S32, a, b));
                assert_eq!(holds, fold_compare(c.swap(), S32, b, a));
            }
        }
    }
}
