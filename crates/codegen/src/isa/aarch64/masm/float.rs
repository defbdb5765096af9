//! AArch64 floating-point lowerings: arithmetic, comparisons and
//! conversions. The trait methods in `masm.rs` delegate here, with the
//! trait's parameter lists.
//!
//! Facts about A64 scalar FP that the sequences rely on (ARM ARM, with
//! FPCR at its Linux default: round to nearest even, no flush-to-zero,
//! `DN` = 0; brisk never changes it):
//! - Arithmetic (including `fmin`/`fmax`, `fsqrt`, the `frint*` roundings
//!   and `fcvt`) on a NaN returns that NaN quieted, an arithmetic NaN that
//!   is canonical when the input was; an invalid operation on non-NaNs
//!   returns the default NaN 0x7FC00000 / 0x7FF8000000000000, canonical.
//! - `fmin`/`fmax` return a NaN if either operand is one and order -0
//!   below +0: Wasm's `min`/`max` exactly (the `fminnm`/`fmaxnm` forms
//!   return the number instead of the NaN, which Wasm forbids).
//! - `fabs`/`fneg` only clear or flip the sign bit, NaNs included.
//! - `frintp`/`frintm`/`frintz`/`frintn` are ceil/floor/trunc/nearest
//!   (ties to even) and keep the sign of a zero result (`ceil(-0.5)` = -0).
//! - `fcmp` sets NZCV to 1000 (less), 0110 (equal), 0010 (greater) or 0011
//!   (unordered): `mi`, `ls`, `gt`, `ge` are false when unordered, `ne` is
//!   true, `vs` means "a NaN operand".
//! - `scvtf`/`ucvtf` round to nearest even; a W source reads only the low
//!   32 bits (so a u32 needs no zero extension).
//! - `fcvtzs`/`fcvtzu` round toward zero and saturate: out-of-range inputs
//!   give the nearest bound, NaN gives 0. They are exactly Wasm's
//!   `trunc_sat`; the trapping `trunc` adds explicit checks.
//!
//! Scratch registers: `x16` (memory operands with large offsets, float
//! constants) and `v30`/`v31` (a memory operand, copysign's sign bit), lent
//! by `with_float_scratches`.

use super::scratch::from_outside;
use super::{A64Masm, resolve};
use crate::isa::aarch64::asm::{
    AddSub, Amode, Assembler, Cond, Extend, FpBinOp, FpUnOp, Imm12, SimdShift, encode_fp_imm,
};
use crate::masm::{FloatBinOp, FloatCmp, FloatToInt, FloatUnOp, Operand, OperandSize};
use crate::reg::Reg;
use brisk_environ::TrapCode;

/// A register holding the float operand `rhs`: itself, or the float
/// scratch `fs` loaded from memory (the address resolved through the
/// integer scratch `s`, see `resolve`).
fn fp_operand(
    a: &mut Assembler,
    size: OperandSize,
    rhs: Operand<Amode>,
    sp_unaligned: bool,
    fs: Reg,
    s: Reg,
) -> Reg {
    match rhs {
        Operand::Reg(r) => r,
        Operand::Mem(m) => {
            let m = resolve(a, from_outside(&m), size, sp_unaligned, s);
            a.ldr_fp(size, fs, &m);
            fs
        }
        Operand::Imm(_) => unreachable!("float operands are never immediates"),
    }
}

/// The bits of a float of `size` with value `v` (exact in both widths for
/// the bounds used here).
fn float_bits(size: OperandSize, v: f64) -> u64 {
    match size {
        OperandSize::S32 => u64::from((v as f32).to_bits()),
        _ => v.to_bits(),
    }
}

impl A64Masm {
    /// `dst = lhs op rhs`; every register may be any other.
    pub(super) fn float_binop_impl(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        dst: Reg,
        lhs: Reg,
        rhs: Operand<Amode>,
    ) {
        let fp_op = match op {
            FloatBinOp::Add => FpBinOp::Add,
            FloatBinOp::Sub => FpBinOp::Sub,
            FloatBinOp::Mul => FpBinOp::Mul,
            FloatBinOp::Div => FpBinOp::Div,
            FloatBinOp::Min => FpBinOp::Min,
            FloatBinOp::Max => FpBinOp::Max,
            FloatBinOp::Copysign => return self.float_copysign(size, dst, lhs, rhs),
        };
        let unaligned = self.sp_unaligned;
        self.with_float_scratches(|a, [s, _], [fs, _]| {
            let rhs = fp_operand(a, size, rhs, unaligned, fs, s);
            a.fp_binop(fp_op, size, dst, lhs, rhs);
        });
    }

    /// `copysign(lhs, rhs)` as pure bit operations (NaN payloads
    /// untouched): `rhs`'s sign bit shifted down into a scratch register,
    /// then shifted back up and inserted into `dst` over `lhs`'s sign.
    ///
    /// ```text
    ///     ushr d31, drhs, #63          ; f32: ushr v31.2s, vrhs.2s, #31
    ///     fmov ddst, dlhs              ; unless dst is lhs
    ///     sli  ddst, d31, #63          ; f32: sli vdst.2s, v31.2s, #31
    /// ```
    ///
    /// `rhs` is read first, so `dst` may be either operand. An f32's bits
    /// 32..63 are left as they were (`sli` shifts both lanes); nothing
    /// reads them.
    fn float_copysign(&mut self, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand<Amode>) {
        let unaligned = self.sp_unaligned;
        let top = (size.bytes() * 8 - 1) as u8;
        self.with_float_scratches(|a, [s, _], [fs, sign]| {
            let rhs = fp_operand(a, size, rhs, unaligned, fs, s);
            a.simd_shift_imm(SimdShift::Ushr, size, sign, rhs, top);
            if dst != lhs {
                a.fmov(size, dst, lhs);
            }
            a.simd_shift_imm(SimdShift::Sli, size, dst, sign, top);
        });
    }

    /// `dst = op src`: one instruction each.
    pub(super) fn float_unop_impl(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) {
        let fp_op = match op {
            FloatUnOp::Abs => FpUnOp::Abs,
            FloatUnOp::Neg => FpUnOp::Neg,
            FloatUnOp::Sqrt => FpUnOp::Sqrt,
            FloatUnOp::Ceil => FpUnOp::RintP,
            FloatUnOp::Floor => FpUnOp::RintM,
            FloatUnOp::Trunc => FpUnOp::RintZ,
            FloatUnOp::Nearest => FpUnOp::RintN,
        };
        self.asm.fp_unop(fp_op, size, dst, src);
    }

    /// `dst = lhs cmp rhs` as 0/1: `fcmp` then `cset` on a condition that
    /// is false when unordered (true for `ne`).
    pub(super) fn float_cmp_impl(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        lhs: Reg,
        rhs: Operand<Amode>,
        dst: Reg,
    ) {
        let cond = match cmp {
            FloatCmp::Eq => Cond::Eq,
            FloatCmp::Ne => Cond::Ne,
            FloatCmp::Lt => Cond::Mi,
            FloatCmp::Le => Cond::Ls,
            FloatCmp::Gt => Cond::Gt,
            FloatCmp::Ge => Cond::Ge,
        };
        let unaligned = self.sp_unaligned;
        self.with_float_scratches(|a, [s, _], [fs, _]| {
            let rhs = fp_operand(a, size, rhs, unaligned, fs, s);
            a.fcmp(size, lhs, rhs);
            a.cset(OperandSize::S32, dst, cond);
        });
    }

    /// `scvtf`/`ucvtf`: every signedness and width is one instruction.
    pub(super) fn int_to_float_impl(
        &mut self,
        signed: bool,
        int_size: OperandSize,
        float_size: OperandSize,
        src: Reg,
        dst: Reg,
    ) {
        self.asm.int_to_fp(signed, int_size, float_size, dst, src);
    }

    /// `fcvt`: f32 to f64 is exact, f64 to f32 rounds to nearest even.
    pub(super) fn float_convert_impl(&mut self, from: OperandSize, src: Reg, dst: Reg) {
        self.asm.fcvt(from, dst, src);
    }

    /// Truncation toward zero: `fcvtzs`/`fcvtzu` for the saturating forms,
    /// checked sequences for the trapping ones. `src` is only read.
    pub(super) fn float_to_int_impl(
        &mut self,
        mode: FloatToInt,
        signed: bool,
        float_size: OperandSize,
        int_size: OperandSize,
        src: Reg,
        dst: Reg,
    ) {
        match (mode, int_size) {
            (FloatToInt::Saturating, _) => {
                self.asm.fp_to_int(signed, float_size, int_size, dst, src)
            }
            (FloatToInt::Trapping, OperandSize::S32) => self.trunc_32(signed, float_size, src, dst),
            (FloatToInt::Trapping, _) => self.trunc_64(signed, float_size, src, dst),
        }
    }

    /// Trapping truncation to i32/u32, checked in the integer domain: a
    /// 64-bit `fcvtzs` is exact for |x| < 2^63 and saturates beyond, so
    /// the 32-bit result is right exactly when the 64-bit one equals its
    /// own low word extended (sign for i32, zero for u32: -1 < x < 2^32).
    ///
    /// ```text
    ///     fcmp   src, src
    ///     b.vs   bad_conversion        ; NaN
    ///     fcvtzs xdst, src
    ///     cmp    xdst, wdst, sxtw/uxtw
    ///     b.ne   overflow
    ///     mov    wdst, wdst            ; i32 only: clear bits 32..63
    /// ```
    fn trunc_32(&mut self, signed: bool, float_size: OperandSize, src: Reg, dst: Reg) {
        use OperandSize::{S32, S64};
        let bad = self.trap_label(TrapCode::BadConversionToInteger);
        let overflow = self.trap_label(TrapCode::IntegerOverflow);
        let a = &mut self.asm;
        a.fcmp(float_size, src, src);
        a.b_cond(Cond::Vs, bad);
        a.fp_to_int(true, float_size, S64, dst, src);
        let extend = if signed { Extend::Sxtw } else { Extend::Uxtw };
        a.cmp_ext(AddSub::Sub, S64, dst, dst, extend, 0);
        a.b_cond(Cond::Ne, overflow);
        if signed {
            a.mov(S32, dst, dst);
        }
    }

    /// Trapping truncation to i64/u64. One compare with the lower bound
    /// catches NaN and the values below it; above, `fcvtzs` saturates to
    /// i64::MAX and `fcvtzu` to u64::MAX, which no float in range truncates
    /// to (the largest f64 below 2^63 is 2^63 - 2^10, below 2^64 it is
    /// 2^64 - 2^11; f32's are further), so `cmn dst, #1` catches them:
    /// signed overflow iff i64::MAX, zero iff u64::MAX.
    ///
    /// ```text
    ///     mov    x16, #bits(-2^63)     ; u64: fmov d30, #-1.0
    ///     fmov   d30, x16              ; (s30, w16 for f32)
    ///     fcmp   src, d30
    ///     b.vs   bad_conversion        ; NaN
    ///     b.mi   overflow              ; x < -2^63  (u64: b.ls, x <= -1)
    ///     fcvtzs xdst, src             ; (u64: fcvtzu)
    ///     cmn    xdst, #1
    ///     b.vs   overflow              ; (u64: b.eq)
    /// ```
    fn trunc_64(&mut self, signed: bool, float_size: OperandSize, src: Reg, dst: Reg) {
        use OperandSize::S64;
        let (below, saturated) = if signed {
            (Cond::Mi, Cond::Vs)
        } else {
            (Cond::Ls, Cond::Eq)
        };
        let bad = self.trap_label(TrapCode::BadConversionToInteger);
        let overflow = self.trap_label(TrapCode::IntegerOverflow);
        self.with_float_scratches(|a, [s, _], [fs, _]| {
            if signed {
                a.mov_imm(float_size, s, float_bits(float_size, -(2f64.powi(63))));
                a.fmov_to_fp(float_size, fs, s);
            } else {
                let minus_one = encode_fp_imm(float_bits(float_size, -1.0), float_size);
                a.fmov_imm(
                    float_size,
                    fs,
                    minus_one.expect("-1.0 is an fmov immediate"),
                );
            }
            a.fcmp(float_size, src, fs);
            a.b_cond(Cond::Vs, bad);
            a.b_cond(below, overflow);
            a.fp_to_int(signed, float_size, S64, dst, src);
            let one = Imm12::new(1).expect("1 is an add immediate");
            a.cmp_imm(AddSub::Add, S64, dst, one);
            a.b_cond(saturated, overflow);
        });
    }
}
