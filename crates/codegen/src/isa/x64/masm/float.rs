//! x86-64 instruction selection for f32/f64 (SSE2, and SSE4.1 `round` when
//! the target has it). The trait methods in `masm.rs` delegate here.
//!
//! Scratch registers: `r11` (materializes constants and holds bit patterns)
//! and `xmm15`, lent to a sequence as its closure's arguments (see
//! `scratch.rs`); the sequences are written against the encoder, with the
//! helpers below taking the scratch registers they use as arguments.
//!
//! Facts about SSE that the sequences rely on:
//! - `ucomis a, b` sets ZF, PF, CF = 1, 1, 1 when unordered (a NaN operand),
//!   otherwise PF = 0 and ZF/CF as an unsigned compare of `a` with `b`.
//! - `cvtt*2si` gives the "integer indefinite" value (INT_MIN of the
//!   width) for NaN and out-of-range inputs.
//! - Arithmetic on a NaN returns that NaN quieted (an arithmetic NaN, which
//!   is canonical when the input was); an invalid operation on non-NaNs
//!   returns the default NaN 0xFFC00000 / 0xFFF8000000000000, which is a
//!   canonical NaN (the sign of a canonical NaN is unspecified).
//! - MXCSR stays at its default: round to nearest even, no exceptions
//!   unmasked, no flush-to-zero. brisk never changes it.

use super::*;
use crate::isa::x64::asm::{RoundMode, SseBitOp, SseOp};

/// `dst = bits` (a float register), through the integer scratch `s`
/// unless zero.
fn float_const(a: &mut Assembler, size: OperandSize, bits: u64, dst: Reg, s: Reg) {
    if bits == 0 {
        a.sse_bit_rr(SseBitOp::Xor, size, dst, dst);
    } else {
        a.mov_ri(size, s, bits);
        a.movd_xr(size, dst, s);
    }
}

/// A register holding the float operand `rhs`: itself, or the float
/// scratch `fs` loaded from memory.
fn rhs_reg(a: &mut Assembler, size: OperandSize, rhs: Operand, fs: Reg) -> Reg {
    match rhs {
        Operand::Reg(r) => r,
        Operand::Mem(m) => {
            a.movs_rm(size, fs, from_outside(&m));
            fs
        }
        Operand::Imm(_) => unreachable!("float operands are never immediates"),
    }
}

/// The sign bit of a float of `size`.
fn sign_bit(size: OperandSize) -> u64 {
    match size {
        OperandSize::S32 => 1 << 31,
        _ => 1 << 63,
    }
}

/// All bits but the sign.
fn magnitude_mask(size: OperandSize) -> u64 {
    sign_bit(size) - 1
}

/// The bits of a float of `size` with value `v` (exact in both widths for
/// the constants used here).
fn float_bits(size: OperandSize, v: f64) -> u64 {
    match size {
        OperandSize::S32 => (v as f32).to_bits() as u64,
        _ => v.to_bits(),
    }
}

/// The canonical quiet NaN (positive).
fn canonical_nan(size: OperandSize) -> u64 {
    match size {
        OperandSize::S32 => 0x7FC0_0000,
        _ => 0x7FF8_0000_0000_0000,
    }
}

fn bits(size: OperandSize) -> u8 {
    size.bytes() as u8 * 8
}

impl X64Masm {
    /// `dst = bits` into a float register, through `r11` unless zero.
    pub(super) fn float_const(&mut self, size: OperandSize, bits: u64, dst: Reg) {
        self.with_scratch(|a, s| float_const(a, size, bits, dst, s));
    }

    /// A move where at least one register is a float register; between
    /// classes it moves the bits.
    pub(super) fn float_mov(&mut self, size: OperandSize, src: Reg, dst: Reg) {
        match (src.class(), dst.class()) {
            (RegClass::Float, RegClass::Float) => {
                if src != dst {
                    self.asm.movap_rr(size, dst, src);
                }
            }
            (RegClass::Int, RegClass::Float) => self.asm.movd_xr(size, dst, src),
            (RegClass::Float, RegClass::Int) => self.asm.movd_rx(size, dst, src),
            (RegClass::Int, RegClass::Int) => unreachable!("integer move"),
        }
    }

    /// `dst = dst op rhs`, with Wasm's semantics for `min`, `max` and
    /// `copysign`.
    pub(super) fn float_binop_impl(
        &mut self,
        op: FloatBinOp,
        size: OperandSize,
        dst: Reg,
        rhs: Operand,
    ) {
        let sse = match op {
            FloatBinOp::Add => SseOp::Add,
            FloatBinOp::Sub => SseOp::Sub,
            FloatBinOp::Mul => SseOp::Mul,
            FloatBinOp::Div => SseOp::Div,
            FloatBinOp::Min | FloatBinOp::Max => return self.float_min_max(op, size, dst, rhs),
            FloatBinOp::Copysign => return self.float_copysign(size, dst, rhs),
        };
        match rhs {
            Operand::Reg(r) => self.asm.sse_rr(sse, size, dst, r),
            Operand::Mem(a) => self.asm.sse_rm(sse, size, dst, from_outside(&a)),
            Operand::Imm(_) => unreachable!("float operands are never immediates"),
        }
    }

    /// Wasm `min`/`max`. `minss`/`maxss` alone are wrong twice: with a NaN
    /// they return the second operand, and for -0 vs +0 (equal) they also
    /// return the second operand. So:
    ///
    /// ```text
    ///     ucomis dst, rhs
    ///     jp   nan          ; unordered: a NaN result
    ///     jne  ordinary     ; distinct values: min/max is right
    ///     orps/andps dst, rhs  ; equal: only ±0 differ; min ORs the signs
    ///     jmp  done         ; (-0 wins), max ANDs them (+0 wins)
    /// ordinary:
    ///     mins/maxs dst, rhs
    ///     jmp  done
    /// nan:
    ///     dst = canonical NaN
    /// done:
    /// ```
    fn float_min_max(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, rhs: Operand) {
        let (sse, equal) = match op {
            FloatBinOp::Min => (SseOp::Min, SseBitOp::Or),
            _ => (SseOp::Max, SseBitOp::And),
        };
        self.with_scratches(|a, s, fs| {
            let rhs = rhs_reg(a, size, rhs, fs);
            let nan = a.buf.new_label();
            let ordinary = a.buf.new_label();
            let done = a.buf.new_label();
            a.ucomis_rr(size, dst, rhs);
            a.jcc(Cond::P, nan);
            a.jcc(Cond::NE, ordinary);
            a.sse_bit_rr(equal, size, dst, rhs);
            a.jmp(done);
            a.bind(ordinary);
            a.sse_rr(sse, size, dst, rhs);
            a.jmp(done);
            a.bind(nan);
            float_const(a, size, canonical_nan(size), dst, s);
            a.bind(done);
        });
    }

    /// `copysign(dst, rhs)` as pure bit operations (NaN payloads untouched):
    ///
    /// ```text
    ///     xmm15 = rhs
    ///     xorps xmm15, dst      ; sign bit: do the signs differ?
    ///     movd  r11, xmm15
    ///     shr   r11, 31/63      ; keep only that bit
    ///     shl   r11, 31/63
    ///     movd  xmm15, r11
    ///     xorps dst, xmm15      ; flip dst's sign iff they differ
    /// ```
    fn float_copysign(&mut self, size: OperandSize, dst: Reg, rhs: Operand) {
        self.with_scratches(|a, s, fs| {
            match rhs {
                Operand::Reg(r) => a.movap_rr(size, fs, r),
                Operand::Mem(m) => a.movs_rm(size, fs, from_outside(&m)),
                Operand::Imm(_) => unreachable!("float operands are never immediates"),
            }
            let top = bits(size) - 1;
            a.sse_bit_rr(SseBitOp::Xor, size, fs, dst);
            a.movd_rx(size, s, fs);
            a.shift_ri(ShiftOp::Shr, size, s, top);
            a.shift_ri(ShiftOp::Shl, size, s, top);
            a.movd_xr(size, fs, s);
            a.sse_bit_rr(SseBitOp::Xor, size, dst, fs);
        });
    }

    /// `dst = op src`.
    pub(super) fn float_unop_impl(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg, src: Reg) {
        let mode = match op {
            // Pure bit operations with a mask in xmm15.
            FloatUnOp::Abs | FloatUnOp::Neg => {
                let (mask, op) = if op == FloatUnOp::Abs {
                    (magnitude_mask(size), SseBitOp::And)
                } else {
                    (sign_bit(size), SseBitOp::Xor)
                };
                self.float_mov(size, src, dst);
                self.with_scratches(|a, s, fs| {
                    float_const(a, size, mask, fs, s);
                    a.sse_bit_rr(op, size, dst, fs);
                });
                return;
            }
            FloatUnOp::Sqrt => {
                self.asm.sse_rr(SseOp::Sqrt, size, dst, src);
                return;
            }
            FloatUnOp::Ceil => RoundMode::Ceil,
            FloatUnOp::Floor => RoundMode::Floor,
            FloatUnOp::Trunc => RoundMode::Trunc,
            FloatUnOp::Nearest => RoundMode::Nearest,
        };
        if self.features.sse41 {
            self.asm.rounds(size, mode, dst, src);
        } else {
            self.float_mov(size, src, dst);
            self.float_round_fallback(mode, size, dst);
        }
    }

    /// ceil/floor/trunc/nearest without SSE4.1, through an integer:
    ///
    /// ```text
    ///     ; |x| >= 2^52 (f32: 2^23) is already integral, and infinities
    ///     ; and NaN are their own result: test the biased exponent
    ///     ; (f32: 127 + 23 = 150).
    ///     movq  r11, x
    ///     shl   r11, 1              ; drop the sign
    ///     shr   r11, 53             ; f32: 24; the biased exponent
    ///     cmp   r11d, 1023 + 52
    ///     jb    small
    ///     ; x + 0 is x for all of those, except that it quiets a
    ///     ; signaling NaN: the result must be an arithmetic NaN.
    ///     xorpd xmm15, xmm15
    ///     addsd x, xmm15
    ///     jmp   done
    /// small:
    ///     ; |x| < 2^52 fits an integer register exactly.
    ///     cvttsd2si r11, x          ; trunc/floor/ceil: toward zero
    ///     ; (nearest: cvtsd2si, rounding by MXCSR = to nearest even)
    ///     cvtsi2sd  xmm15, r11      ; exact
    ///     ; floor: if t > x { t -= 1 }   ceil: if t < x { t += 1 }
    ///     ucomisd xmm15, x / x, xmm15
    ///     jbe   signed
    ///     sub/add r11, 1
    ///     cvtsi2sd  xmm15, r11
    /// signed:
    ///     ; A non-zero result has x's sign, and a zero one must keep it
    ///     ; (ceil(-0.5) = trunc(-0.5) = nearest(-0.5) = -0): OR it in.
    ///     movq  r11, x
    ///     shr   r11, 63
    ///     shl   r11, 63
    ///     movq  x, r11
    ///     orpd  x, xmm15
    /// done:
    /// ```
    fn float_round_fallback(&mut self, mode: RoundMode, size: OperandSize, x: Reg) {
        use OperandSize::S32;
        let (mantissa, bias) = match size {
            S32 => (23u8, 127i32),
            _ => (52, 1023),
        };
        let width = bits(size);
        self.with_scratches(|a, s, fs| {
            let small = a.buf.new_label();
            let done = a.buf.new_label();
            let signed = a.buf.new_label();
            a.movd_rx(size, s, x);
            a.shift_ri(ShiftOp::Shl, size, s, 1);
            a.shift_ri(ShiftOp::Shr, size, s, mantissa + 1);
            a.alu_ri(AluOp::Cmp, S32, s, bias + mantissa as i32);
            a.jcc(Cond::B, small);
            a.sse_bit_rr(SseBitOp::Xor, size, fs, fs);
            a.sse_rr(SseOp::Add, size, x, fs);
            a.jmp(done);
            a.bind(small);
            let truncate = mode != RoundMode::Nearest;
            a.cvts2si(size, size, truncate, s, x);
            a.cvtsi2s(size, size, fs, s);
            let adjust = match mode {
                RoundMode::Floor => {
                    a.ucomis_rr(size, fs, x);
                    Some(AluOp::Sub)
                }
                RoundMode::Ceil => {
                    a.ucomis_rr(size, x, fs);
                    Some(AluOp::Add)
                }
                RoundMode::Trunc | RoundMode::Nearest => None,
            };
            if let Some(op) = adjust {
                a.jcc(Cond::BE, signed);
                a.alu_ri(op, size, s, 1);
                a.cvtsi2s(size, size, fs, s);
            }
            a.bind(signed);
            a.movd_rx(size, s, x);
            a.shift_ri(ShiftOp::Shr, size, s, width - 1);
            a.shift_ri(ShiftOp::Shl, size, s, width - 1);
            a.movd_xr(size, x, s);
            a.sse_bit_rr(SseBitOp::Or, size, x, fs);
            a.bind(done);
        });
    }

    /// `dst = lhs cmp rhs` as 0/1. Unordered compares set ZF, PF and CF,
    /// so "above" (CF = ZF = 0) and "above or equal" (CF = 0) are false for
    /// NaN: `lt`/`le` swap the operands to use them too. `eq` also needs
    /// PF = 0, `ne` is true when PF = 1.
    pub(super) fn float_cmp_impl(
        &mut self,
        cmp: FloatCmp,
        size: OperandSize,
        lhs: Reg,
        rhs: Operand,
        dst: Reg,
    ) {
        self.with_scratches(|a, s, fs| {
            let cond = match cmp {
                FloatCmp::Lt | FloatCmp::Le => {
                    let rhs = rhs_reg(a, size, rhs, fs);
                    a.ucomis_rr(size, rhs, lhs);
                    if cmp == FloatCmp::Lt {
                        Cond::A
                    } else {
                        Cond::AE
                    }
                }
                _ => {
                    match rhs {
                        Operand::Reg(r) => a.ucomis_rr(size, lhs, r),
                        Operand::Mem(m) => a.ucomis_rm(size, lhs, from_outside(&m)),
                        Operand::Imm(_) => unreachable!("float operands are never immediates"),
                    }
                    match cmp {
                        FloatCmp::Eq => Cond::E,
                        FloatCmp::Ne => Cond::NE,
                        FloatCmp::Gt => Cond::A,
                        _ => Cond::AE,
                    }
                }
            };
            a.setcc(cond, dst);
            match cmp {
                FloatCmp::Eq => {
                    a.setcc(Cond::NP, s);
                    a.alu_rr(AluOp::And, OperandSize::S32, dst, s);
                }
                FloatCmp::Ne => {
                    a.setcc(Cond::P, s);
                    a.alu_rr(AluOp::Or, OperandSize::S32, dst, s);
                }
                _ => {}
            }
            a.movzx_rr(OperandSize::S8, dst, dst);
        });
    }

    pub(super) fn int_to_float_impl(
        &mut self,
        signed: bool,
        int_size: OperandSize,
        float_size: OperandSize,
        src: Reg,
        dst: Reg,
    ) {
        use OperandSize::{S32, S64};
        match (signed, int_size) {
            (true, _) => self.asm.cvtsi2s(int_size, float_size, dst, src),
            // A u32 is zero-extended in its 64-bit register (the i32
            // invariant), so the signed 64-bit conversion is exact.
            (false, S32) => self.asm.cvtsi2s(S64, float_size, dst, src),
            (false, _) => self.u64_to_float(float_size, src, dst),
        }
    }

    /// u64 to float. Below 2^63 the signed conversion is right. From 2^63
    /// up, halve the value and convert, then double: the bit shifted out is
    /// ORed back into bit 0 ("round to odd") so that the halved value rounds
    /// exactly as the full one would.
    ///
    /// ```text
    ///     test src, src
    ///     js   big
    ///     cvtsi2s dst, src
    ///     jmp  done
    /// big:
    ///     mov  r11, src
    ///     shr  r11, 1
    ///     and  src, 1
    ///     or   r11, src
    ///     cvtsi2s dst, r11
    ///     adds dst, dst
    /// done:
    /// ```
    fn u64_to_float(&mut self, float_size: OperandSize, src: Reg, dst: Reg) {
        use OperandSize::{S32, S64};
        self.with_scratch(|a, s| {
            let big = a.buf.new_label();
            let done = a.buf.new_label();
            a.test_rr(S64, src, src);
            a.jcc(Cond::S, big);
            a.cvtsi2s(S64, float_size, dst, src);
            a.jmp(done);
            a.bind(big);
            a.mov_rr(S64, s, src);
            a.shift_ri(ShiftOp::Shr, S64, s, 1);
            a.alu_ri(AluOp::And, S32, src, 1);
            a.alu_rr(AluOp::Or, S64, s, src);
            a.cvtsi2s(S64, float_size, dst, s);
            a.sse_rr(SseOp::Add, float_size, dst, dst);
            a.bind(done);
        });
    }

    pub(super) fn float_to_int_impl(
        &mut self,
        mode: FloatToInt,
        signed: bool,
        float_size: OperandSize,
        int_size: OperandSize,
        src: Reg,
        dst: Reg,
    ) {
        use OperandSize::S32;
        match (mode, signed, int_size) {
            (FloatToInt::Trapping, true, _) => self.trunc_signed(float_size, int_size, src, dst),
            (FloatToInt::Trapping, false, S32) => self.trunc_u32(float_size, src, dst),
            (FloatToInt::Trapping, false, _) => self.trunc_u64(float_size, src, dst),
            (FloatToInt::Saturating, true, _) => {
                self.trunc_sat_signed(float_size, int_size, src, dst)
            }
            (FloatToInt::Saturating, false, S32) => self.trunc_sat_u32(float_size, src, dst),
            (FloatToInt::Saturating, false, _) => self.trunc_sat_u64(float_size, src, dst),
        }
    }

    /// `cvtt*2si dst, src`, then a jump to `done` unless the result is
    /// INT_MIN (`dst - 1` overflows only for INT_MIN), the one value that
    /// can also mean "NaN or out of range".
    fn cvtt_signed_check(
        &mut self,
        float_size: OperandSize,
        int_size: OperandSize,
        src: Reg,
        dst: Reg,
        done: Label,
    ) {
        self.asm.cvts2si(float_size, int_size, true, dst, src);
        self.asm.alu_ri(AluOp::Cmp, int_size, dst, 1);
        self.asm.jcc(Cond::NO, done);
    }

    /// Trapping signed truncation.
    ///
    /// ```text
    ///     cvtts2si dst, src
    ///     cmp  dst, 1
    ///     jno  done                 ; not INT_MIN: in range
    ///     ucomis src, src
    ///     jp   bad_conversion       ; NaN
    ///     ucomis src, lower         ; INT_MIN is right for
    ///     jb/jbe overflow           ;   lower <= x (x < 0 here) or,
    ///     xorps xmm15, xmm15        ;   f64 to i32, lower < x
    ///     ucomis src, xmm15
    ///     ja   overflow             ; x >= 2^(N-1)
    /// done:
    /// ```
    ///
    /// `lower` is -2^(N-1), except f64 to i32: -2^31 - 1, exclusive, as
    /// every f64 in (-2^31 - 1, -2^31] truncates to -2^31. (No f32 lies
    /// strictly between -2^31 - 256 and -2^31, nor any float strictly
    /// between the next one below -2^63 and -2^63.)
    fn trunc_signed(&mut self, float_size: OperandSize, int_size: OperandSize, src: Reg, dst: Reg) {
        let done = self.asm.buf.new_label();
        self.cvtt_signed_check(float_size, int_size, src, dst, done);
        let bad = self.trap_label(TrapCode::BadConversionToInteger);
        let overflow = self.trap_label(TrapCode::IntegerOverflow);
        self.asm.ucomis_rr(float_size, src, src);
        self.asm.jcc(Cond::P, bad);
        let int_min = -(2f64.powi(bits(int_size) as i32 - 1));
        let (lower, below) = match (float_size, int_size) {
            (OperandSize::S64, OperandSize::S32) => (int_min - 1.0, Cond::BE),
            _ => (int_min, Cond::B),
        };
        self.with_scratches(|a, s, fs| {
            float_const(a, float_size, float_bits(float_size, lower), fs, s);
            a.ucomis_rr(float_size, src, fs);
            a.jcc(below, overflow);
            float_const(a, float_size, 0, fs, s);
            a.ucomis_rr(float_size, src, fs);
            a.jcc(Cond::A, overflow);
            a.bind(done);
        });
    }

    /// Trapping truncation to u32, through a 64-bit signed conversion
    /// (exact for |x| < 2^63, INT64_MIN otherwise):
    ///
    /// ```text
    ///     cvtts2si dst64, src
    ///     mov  r11, dst
    ///     shr  r11, 32
    ///     jz   done                 ; x in (-1, 2^32)
    ///     ucomis src, src
    ///     jp   bad_conversion
    ///     jmp  overflow
    /// done:
    /// ```
    fn trunc_u32(&mut self, float_size: OperandSize, src: Reg, dst: Reg) {
        use OperandSize::S64;
        let done = self.asm.buf.new_label();
        let bad = self.trap_label(TrapCode::BadConversionToInteger);
        let overflow = self.trap_label(TrapCode::IntegerOverflow);
        self.with_scratch(|a, s| {
            a.cvts2si(float_size, S64, true, dst, src);
            a.mov_rr(S64, s, dst);
            a.shift_ri(ShiftOp::Shr, S64, s, 32);
            a.jcc(Cond::E, done);
            a.ucomis_rr(float_size, src, src);
            a.jcc(Cond::P, bad);
            a.jmp(overflow);
            a.bind(done);
        });
    }

    /// Trapping truncation to u64:
    ///
    /// ```text
    ///     xmm15 = 2^63
    ///     ucomis src, xmm15
    ///     jae  big                  ; (not taken for NaN: CF = 1)
    ///     jp   bad_conversion
    ///     cvtts2si dst, src
    ///     test dst, dst
    ///     js   overflow             ; x <= -1
    ///     jmp  done
    /// big:
    ///     subs src, xmm15           ; exact
    ///     cvtts2si dst, src
    ///     test dst, dst
    ///     js   overflow             ; x >= 2^64
    ///     mov  r11, 1 << 63
    ///     or   dst, r11
    /// done:
    /// ```
    fn trunc_u64(&mut self, float_size: OperandSize, src: Reg, dst: Reg) {
        use OperandSize::S64;
        let big = self.asm.buf.new_label();
        let done = self.asm.buf.new_label();
        let bad = self.trap_label(TrapCode::BadConversionToInteger);
        let overflow = self.trap_label(TrapCode::IntegerOverflow);
        self.with_scratches(|a, s, fs| {
            float_const(a, float_size, float_bits(float_size, 2f64.powi(63)), fs, s);
            a.ucomis_rr(float_size, src, fs);
            a.jcc(Cond::AE, big);
            a.jcc(Cond::P, bad);
            a.cvts2si(float_size, S64, true, dst, src);
            a.test_rr(S64, dst, dst);
            a.jcc(Cond::S, overflow);
            a.jmp(done);
            a.bind(big);
            a.sse_rr(SseOp::Sub, float_size, src, fs);
            a.cvts2si(float_size, S64, true, dst, src);
            a.test_rr(S64, dst, dst);
            a.jcc(Cond::S, overflow);
            a.mov_ri(S64, s, 1 << 63);
            a.alu_rr(AluOp::Or, S64, dst, s);
            a.bind(done);
        });
    }

    /// Saturating signed truncation:
    ///
    /// ```text
    ///     cvtts2si dst, src
    ///     cmp  dst, 1
    ///     jno  done                 ; not INT_MIN: in range
    ///     ucomis src, src
    ///     jp   nan
    ///     xorps xmm15, xmm15
    ///     ucomis src, xmm15
    ///     jb   done                 ; negative: INT_MIN is right
    ///     mov  dst, INT_MAX
    ///     jmp  done
    /// nan:
    ///     xor  dst, dst
    /// done:
    /// ```
    fn trunc_sat_signed(
        &mut self,
        float_size: OperandSize,
        int_size: OperandSize,
        src: Reg,
        dst: Reg,
    ) {
        let done = self.asm.buf.new_label();
        let nan = self.asm.buf.new_label();
        self.cvtt_signed_check(float_size, int_size, src, dst, done);
        self.asm.ucomis_rr(float_size, src, src);
        self.asm.jcc(Cond::P, nan);
        self.with_scratches(|a, s, fs| {
            float_const(a, float_size, 0, fs, s);
            a.ucomis_rr(float_size, src, fs);
            a.jcc(Cond::B, done);
            a.mov_ri(int_size, dst, sign_bit(int_size) - 1);
            a.jmp(done);
            a.bind(nan);
            a.alu_rr(AluOp::Xor, OperandSize::S32, dst, dst);
            a.bind(done);
        });
    }

    /// Saturating truncation to u32:
    ///
    /// ```text
    ///     xorps xmm15, xmm15
    ///     ucomis src, xmm15
    ///     jbe  zero                 ; x <= 0 or NaN
    ///     cvtts2si dst64, src       ; exact below 2^63, else 2^63 unsigned
    ///     mov  r11d, 0xFFFF_FFFF
    ///     cmp  dst, r11
    ///     cmova dst, r11            ; unsigned: saturate above u32::MAX
    ///     jmp  done
    /// zero:
    ///     xor  dst, dst
    /// done:
    /// ```
    fn trunc_sat_u32(&mut self, float_size: OperandSize, src: Reg, dst: Reg) {
        use OperandSize::{S32, S64};
        self.with_scratches(|a, s, fs| {
            let zero = a.buf.new_label();
            let done = a.buf.new_label();
            float_const(a, float_size, 0, fs, s);
            a.ucomis_rr(float_size, src, fs);
            a.jcc(Cond::BE, zero);
            a.cvts2si(float_size, S64, true, dst, src);
            a.mov_ri(S32, s, u32::MAX as u64);
            a.alu_rr(AluOp::Cmp, S64, dst, s);
            a.cmov(Cond::A, S64, dst, s);
            a.jmp(done);
            a.bind(zero);
            a.alu_rr(AluOp::Xor, S32, dst, dst);
            a.bind(done);
        });
    }

    /// Saturating truncation to u64:
    ///
    /// ```text
    ///     xorps xmm15, xmm15
    ///     ucomis src, xmm15
    ///     jbe  zero                 ; x <= 0 or NaN
    ///     xmm15 = 2^63
    ///     ucomis src, xmm15
    ///     jae  big
    ///     cvtts2si dst, src
    ///     jmp  done
    /// big:
    ///     subs src, xmm15
    ///     cvtts2si dst, src
    ///     test dst, dst
    ///     js   max                  ; x >= 2^64
    ///     mov  r11, 1 << 63
    ///     or   dst, r11
    ///     jmp  done
    /// max:
    ///     mov  dst, -1
    ///     jmp  done
    /// zero:
    ///     xor  dst, dst
    /// done:
    /// ```
    fn trunc_sat_u64(&mut self, float_size: OperandSize, src: Reg, dst: Reg) {
        use OperandSize::{S32, S64};
        self.with_scratches(|a, s, fs| {
            let zero = a.buf.new_label();
            let big = a.buf.new_label();
            let max = a.buf.new_label();
            let done = a.buf.new_label();
            float_const(a, float_size, 0, fs, s);
            a.ucomis_rr(float_size, src, fs);
            a.jcc(Cond::BE, zero);
            float_const(a, float_size, float_bits(float_size, 2f64.powi(63)), fs, s);
            a.ucomis_rr(float_size, src, fs);
            a.jcc(Cond::AE, big);
            a.cvts2si(float_size, S64, true, dst, src);
            a.jmp(done);
            a.bind(big);
            a.sse_rr(SseOp::Sub, float_size, src, fs);
            a.cvts2si(float_size, S64, true, dst, src);
            a.test_rr(S64, dst, dst);
            a.jcc(Cond::S, max);
            a.mov_ri(S64, s, 1 << 63);
            a.alu_rr(AluOp::Or, S64, dst, s);
            a.jmp(done);
            a.bind(max);
            a.mov_ri(S64, dst, u64::MAX);
            a.jmp(done);
            a.bind(zero);
            a.alu_rr(AluOp::Xor, S32, dst, dst);
            a.bind(done);
        });
    }
}
