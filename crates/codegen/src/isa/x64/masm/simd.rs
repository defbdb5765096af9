//! v128 operations on x86-64 with SSE4.2 and SSSE3 (x86-64-v2): the
//! instruction sequences of `OpFamily::Simd`.
//!
//! Values are whole XMM registers. Registers are copied with `movaps`,
//! memory is read and written only with `movups` or with sized lane
//! accesses, never through a legacy-SSE m128 operand (which faults when
//! misaligned). Constants other than 0 and all-ones come from a
//! per-function pool after the trap stubs, 16-byte aligned (functions are
//! 16-byte aligned in the image), loaded with `movups [rip + label]`.
//!
//! Sequences with no single instruction:
//!
//! - integer `ne`, `le`, `ge`: the complement of `eq`, `gt`, `lt`;
//!   unsigned comparisons through `pminu`/`pmaxu` (`a <=u b` is
//!   `minu(a, b) == a`).
//! - `i64x2.mul`: three `pmuludq` of the 32-bit halves
//!   (`lo*lo + (hi*lo + lo*hi) << 32`).
//! - shifts: the count is masked to the lane width first (x86 shifts give 0
//!   or the sign for large counts). `i8x16` shifts shift words and mask
//!   off the bits that crossed from the neighbouring byte (`shl`, `shr_u`)
//!   or widen to words (`shr_s`); `i64x2.shr_s` flips negative lanes,
//!   shifts logically and flips back (`((x ^ s) >>u n) ^ s`, `s` the
//!   sign mask).
//! - `i64x2.abs`: `(x ^ s) - s`.
//! - `i8x16.swizzle`: indexes saturated with `paddusb 0x70` so that any
//!   index above 15 has its top bit set, which `pshufb` turns into 0.
//! - `i8x16.shuffle`: one `pshufb` per source with indexes of the other
//!   source's bytes set to 0x80, then `por`; from one source only, one
//!   `pshufd` if whole dwords move, else one `pshufb`.
//! - shifts by a constant count use the immediate forms (`i8x16`
//!   `shl`/`shr_u`: the word shift, then `pand` with a pool constant).

use super::X64Masm;
use super::{heap_amode, record_guarded};
use crate::buffer::Label;
use crate::isa::x64::asm::{
    AluOp, Amode, Assembler, Cond, MovMsk, PackedImmOp, PackedOp, RoundMode, ShiftImmOp,
};
use crate::masm::*;
use crate::reg::Reg;
use brisk_environ::TrapEntry;
use std::ops::{Deref, DerefMut};

use OperandSize::{S8, S16, S32, S64};

/// `dst = src` between XMM registers, if they differ.
fn movaps(a: &mut Assembler, dst: Reg, src: Reg) {
    if dst != src {
        a.movap_rr(S32, dst, src);
    }
}

/// An operation that combines two registers into a third with AVX (the
/// VEX form) and into the first without (the legacy-SSE form).
#[derive(Clone, Copy)]
enum Form {
    Packed(PackedOp),
    /// `cmpps`/`cmppd` with a predicate.
    Cmp(OperandSize, u8),
}

impl From<PackedOp> for Form {
    fn from(op: PackedOp) -> Form {
        Form::Packed(op)
    }
}

/// The encoder as the v128 sequences see it: with AVX, `dst = lhs op
/// rhs` is one VEX instruction; without, a copy of `lhs` into `dst` (when
/// they differ) and the two-operand SSE form. Forms that do not differ
/// are the encoder's, through `Deref`.
struct Vx<'a> {
    a: &'a mut Assembler,
    avx: bool,
}

impl Deref for Vx<'_> {
    type Target = Assembler;
    fn deref(&self) -> &Assembler {
        self.a
    }
}

impl DerefMut for Vx<'_> {
    fn deref_mut(&mut self) -> &mut Assembler {
        self.a
    }
}

impl Vx<'_> {
    /// `dst = lhs op rhs`; without AVX, `dst` may be `rhs` only if it is
    /// also `lhs`.
    fn op(&mut self, op: impl Into<Form>, dst: Reg, lhs: Reg, rhs: Reg) {
        match (op.into(), self.avx) {
            (Form::Packed(op), true) => self.a.vpacked_rrr(op, dst, lhs, rhs),
            (Form::Cmp(size, pred), true) => self.a.vcmpp(size, dst, lhs, rhs, pred),
            (form, false) => {
                debug_assert!(dst != rhs || dst == lhs, "SSE {dst:?} = {lhs:?} op {dst:?}");
                movaps(self.a, dst, lhs);
                match form {
                    Form::Packed(op) => self.a.packed_rr(op, dst, rhs),
                    Form::Cmp(size, pred) => self.a.cmpp(size, dst, rhs, pred),
                }
            }
        }
    }

    /// [`Vx::op`] for any `dst`: without AVX, computed in `tmp` (which may
    /// be `lhs`) when `dst` is `rhs`.
    fn op_via(&mut self, op: impl Into<Form>, dst: Reg, lhs: Reg, rhs: Reg, tmp: Reg) {
        if !self.avx && dst == rhs && dst != lhs {
            self.op(op, tmp, lhs, rhs);
            movaps(self.a, dst, tmp);
        } else {
            self.op(op, dst, lhs, rhs);
        }
    }

    /// `dst = lhs op c`, `c` a constant-pool entry: its memory operand
    /// with AVX; without, loaded into `tmp` first (`tmp` may be `dst` when
    /// `op` is commutative).
    fn op_const(&mut self, op: PackedOp, dst: Reg, lhs: Reg, c: Label, tmp: Reg) {
        if self.avx {
            self.a.vpacked_rr_rip(op, dst, lhs, c);
        } else {
            self.a.movups_rip(tmp, c);
            if tmp == dst {
                self.a.packed_rr(op, dst, lhs);
            } else {
                self.op(op, dst, lhs, tmp);
            }
        }
    }

    /// `dst = src` shifted by `imm`.
    fn shifted(&mut self, op: ShiftImmOp, dst: Reg, src: Reg, imm: u8) {
        if self.avx {
            self.a.vshift_imm(op, dst, src, imm);
        } else {
            movaps(self.a, dst, src);
            self.a.shift_imm(op, dst, imm);
        }
    }

    /// `dst = src` shifted by `count`.
    fn shifted_by(&mut self, op: ShiftImmOp, dst: Reg, src: Reg, count: XmmCount) {
        match count {
            XmmCount::Imm(imm) => self.shifted(op, dst, src, imm),
            XmmCount::Xmm(count) if self.avx => self.a.vshift_xmm(op, dst, src, count),
            XmmCount::Xmm(count) => {
                debug_assert!(dst != count);
                movaps(self.a, dst, src);
                self.a.shift_xmm(op, dst, count);
            }
        }
    }
}

/// A lane shift count as the x86 shifts take it.
#[derive(Clone, Copy)]
enum XmmCount {
    Imm(u8),
    /// In the low 64 bits of an XMM register.
    Xmm(Reg),
}

/// `dst` shifted in place by `count` (the legacy-SSE form).
fn shift_in_place(a: &mut Assembler, op: ShiftImmOp, dst: Reg, count: XmmCount) {
    match count {
        XmmCount::Imm(imm) => a.shift_imm(op, dst, imm),
        XmmCount::Xmm(count) => a.shift_xmm(op, dst, count),
    }
}

/// Whether the bytes of a shuffle all come from its second source
/// (`Some(true)`) or all from its first (`Some(false)`).
fn one_source(lanes: &[u8; 16]) -> Option<bool> {
    let from_y = lanes[0] >= 16;
    lanes.iter().all(|&l| (l >= 16) == from_y).then_some(from_y)
}

/// The `pshufd` order of a one-source shuffle that moves whole dwords.
fn dword_order(lanes: &[u8; 16]) -> Option<u8> {
    let mut order = 0;
    for (i, dword) in lanes.chunks_exact(4).enumerate() {
        let first = dword[0] % 16;
        let whole = first % 4 == 0 && dword.iter().zip(first..).all(|(&l, b)| l % 16 == b);
        if !whole {
            return None;
        }
        order |= (first / 4) << (2 * i);
    }
    Some(order)
}

/// All ones in `r`.
fn ones(a: &mut Assembler, r: Reg) {
    a.packed_rr(PackedOp::Pcmpeqd, r, r);
}

fn not(a: &mut Assembler, dst: Reg, tmp: Reg) {
    ones(a, tmp);
    a.packed_rr(PackedOp::Pxor, dst, tmp);
}

/// The per-lane-width instruction of a family, for 8/16/32/64-bit lanes.
fn by_width(lanes: Lanes, ops: [Option<PackedOp>; 4]) -> PackedOp {
    let i = match lanes.size() {
        S8 => 0,
        S16 => 1,
        S32 => 2,
        _ => 3,
    };
    ops[i].unwrap_or_else(|| unreachable!("no single instruction for {lanes:?}"))
}

fn add_op(lanes: Lanes) -> PackedOp {
    use PackedOp::*;
    match lanes {
        Lanes::F32x4 => Addps,
        Lanes::F64x2 => Addpd,
        _ => by_width(lanes, [Some(Paddb), Some(Paddw), Some(Paddd), Some(Paddq)]),
    }
}

fn sub_op(lanes: Lanes) -> PackedOp {
    use PackedOp::*;
    match lanes {
        Lanes::F32x4 => Subps,
        Lanes::F64x2 => Subpd,
        _ => by_width(lanes, [Some(Psubb), Some(Psubw), Some(Psubd), Some(Psubq)]),
    }
}

fn eq_op(lanes: Lanes) -> PackedOp {
    use PackedOp::*;
    by_width(
        lanes,
        [Some(Pcmpeqb), Some(Pcmpeqw), Some(Pcmpeqd), Some(Pcmpeqq)],
    )
}

fn gt_op(lanes: Lanes) -> PackedOp {
    use PackedOp::*;
    by_width(
        lanes,
        [Some(Pcmpgtb), Some(Pcmpgtw), Some(Pcmpgtd), Some(Pcmpgtq)],
    )
}

fn min_op(lanes: Lanes, signed: bool) -> PackedOp {
    use PackedOp::*;
    if signed {
        by_width(lanes, [Some(Pminsb), Some(Pminsw), Some(Pminsd), None])
    } else {
        by_width(lanes, [Some(Pminub), Some(Pminuw), Some(Pminud), None])
    }
}

fn max_op(lanes: Lanes, signed: bool) -> PackedOp {
    use PackedOp::*;
    if signed {
        by_width(lanes, [Some(Pmaxsb), Some(Pmaxsw), Some(Pmaxsd), None])
    } else {
        by_width(lanes, [Some(Pmaxub), Some(Pmaxuw), Some(Pmaxud), None])
    }
}

/// The float lane width for `cmpps`/`cmppd`.
fn float_size(lanes: Lanes) -> OperandSize {
    lanes.size()
}

/// `lane_bits` in every lane.
fn splat_bits(lanes: Lanes, lane_bits: u64) -> u128 {
    let bytes = lanes.size().bytes();
    (0..16 / bytes).fold(0, |bits, i| bits | u128::from(lane_bits) << (i * bytes * 8))
}

/// The lanes of half the width of `lanes`.
fn half(lanes: Lanes) -> Lanes {
    match lanes {
        Lanes::I16x8 => Lanes::I8x16,
        Lanes::I32x4 => Lanes::I16x8,
        _ => Lanes::I32x4,
    }
}

/// `dst` = the low or high half's `from` lanes of `src`, each extended to
/// twice its width.
fn extend_half(a: &mut Assembler, from: Lanes, high: bool, signed: bool, dst: Reg, src: Reg) {
    if high {
        a.packed_rri(PackedImmOp::Pshufd, dst, src, 0xEE);
        a.pmovx_rr(from.size(), signed, dst, dst);
    } else {
        a.pmovx_rr(from.size(), signed, dst, src);
    }
}

/// A signed 64-bit lane's sign mask in each lane of `dst` (all ones for a
/// negative lane).
fn sign_mask64(a: &mut Assembler, dst: Reg, src: Reg) {
    a.packed_rri(PackedImmOp::Pshufd, dst, src, 0xF5);
    a.shift_imm(ShiftImmOp::Psrad, dst, 31);
}

/// An ordered comparison, `dst order rhs`.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    Lt,
    Gt,
    Le,
    Ge,
}

impl X64Masm {
    /// Whether the target has what v128 code needs (x86-64-v2's SSSE3,
    /// SSE4.1 and SSE4.2), or the first feature it lacks.
    pub(super) fn simd_missing_feature_impl(&self) -> Option<&'static str> {
        let f = &self.features;
        [(f.ssse3, "ssse3"), (f.sse41, "sse4.1"), (f.sse42, "sse4.2")]
            .into_iter()
            .find_map(|(has, name)| (!has).then_some(name))
    }

    /// The encoder with the target's v128 forms.
    fn vx(&mut self) -> Vx<'_> {
        Vx {
            a: &mut self.asm,
            avx: self.features.avx,
        }
    }

    /// Runs the sequence `f` with the target's v128 forms and `xmm15`
    /// lent to it (see `scratch.rs`).
    fn with_vx<R>(&mut self, f: impl FnOnce(&mut Vx<'_>, Reg) -> R) -> R {
        let avx = self.features.avx;
        self.with_scratches(|a, _, fs| f(&mut Vx { a, avx }, fs))
    }

    /// The label of `bits` in the constant pool, added if new.
    fn pool_label(&mut self, bits: u128) -> crate::buffer::Label {
        if let Some((_, l)) = self.v128_consts.iter().find(|(b, _)| *b == bits) {
            return *l;
        }
        let l = self.asm.buf.new_label();
        self.v128_consts.push((bits, l));
        l
    }

    /// Emits the constant pool (after the trap stubs), 16-byte aligned.
    pub(super) fn emit_v128_pool(&mut self) {
        if self.v128_consts.is_empty() {
            return;
        }
        let buf = &mut self.asm.buf;
        while !buf.len().is_multiple_of(16) {
            buf.put1(0xCC);
        }
        for (bits, label) in std::mem::take(&mut self.v128_consts) {
            buf.bind(label);
            buf.put8(bits as u64);
            buf.put8((bits >> 64) as u64);
        }
    }

    pub(super) fn v128_const_impl(&mut self, bits: u128, dst: Reg) {
        match bits {
            0 => self.asm.packed_rr(PackedOp::Pxor, dst, dst),
            u128::MAX => ones(&mut self.asm, dst),
            _ => {
                let l = self.pool_label(bits);
                self.asm.movups_rip(dst, l);
            }
        }
    }

    /// `r` = the constant `lane_bits` in every lane.
    fn splat_const(&mut self, lanes: Lanes, lane_bits: u64, r: Reg) {
        self.v128_const_impl(splat_bits(lanes, lane_bits), r);
    }

    /// The pool label of `lane_bits` in every lane.
    fn splat_label(&mut self, lanes: Lanes, lane_bits: u64) -> crate::buffer::Label {
        self.pool_label(splat_bits(lanes, lane_bits))
    }

    fn compare(&mut self, order: Order, lanes: Lanes, signed: bool, dst: Reg, rhs: Reg, tmp: Reg) {
        let mut v = self.vx();
        if lanes.is_float() {
            let size = float_size(lanes);
            match order {
                Order::Lt => v.op(Form::Cmp(size, 1), dst, dst, rhs),
                Order::Le => v.op(Form::Cmp(size, 2), dst, dst, rhs),
                // a > b is b < a.
                Order::Gt | Order::Ge => {
                    let pred = if order == Order::Gt { 1 } else { 2 };
                    v.op_via(Form::Cmp(size, pred), dst, rhs, dst, tmp);
                }
            }
            return;
        }
        if signed {
            match order {
                Order::Gt => v.op(gt_op(lanes), dst, dst, rhs),
                Order::Le => {
                    v.op(gt_op(lanes), dst, dst, rhs);
                    not(&mut v, dst, tmp);
                }
                Order::Lt | Order::Ge => {
                    v.op_via(gt_op(lanes), dst, rhs, dst, tmp);
                    if order == Order::Ge {
                        not(&mut v, dst, tmp);
                    }
                }
            }
            return;
        }
        // Unsigned: a <= b is min(a, b) == a, a >= b is max(a, b) == a.
        let le = matches!(order, Order::Le | Order::Gt);
        let op = if le {
            min_op(lanes, false)
        } else {
            max_op(lanes, false)
        };
        v.op(op, tmp, dst, rhs);
        v.op(eq_op(lanes), dst, dst, tmp);
        if matches!(order, Order::Gt | Order::Lt) {
            not(&mut v, dst, tmp);
        }
    }

    pub(super) fn simd_binop_impl(
        &mut self,
        op: SimdBinOp,
        dst: Reg,
        lhs: Reg,
        rhs: Reg,
        tmp: Reg,
    ) {
        use PackedOp::*;
        debug_assert!(dst != rhs || dst == lhs && lhs == rhs);
        let single = match op {
            SimdBinOp::And => Some(Pand),
            SimdBinOp::Or => Some(Por),
            SimdBinOp::Xor => Some(Pxor),
            SimdBinOp::Add(l) => Some(add_op(l)),
            SimdBinOp::Sub(l) => Some(sub_op(l)),
            SimdBinOp::Mul(Lanes::I16x8) => Some(Pmullw),
            SimdBinOp::Mul(Lanes::I32x4) => Some(Pmulld),
            SimdBinOp::Mul(Lanes::F32x4) => Some(Mulps),
            SimdBinOp::Mul(Lanes::F64x2) => Some(Mulpd),
            SimdBinOp::Div(Lanes::F32x4) => Some(Divps),
            SimdBinOp::Div(Lanes::F64x2) => Some(Divpd),
            SimdBinOp::AddSat { lanes, signed } => Some(match (lanes.size(), signed) {
                (S8, true) => Paddsb,
                (S8, false) => Paddusb,
                (S16, true) => Paddsw,
                _ => Paddusw,
            }),
            SimdBinOp::SubSat { lanes, signed } => Some(match (lanes.size(), signed) {
                (S8, true) => Psubsb,
                (S8, false) => Psubusb,
                (S16, true) => Psubsw,
                _ => Psubusw,
            }),
            SimdBinOp::Min { lanes, signed } => Some(min_op(lanes, signed)),
            SimdBinOp::Max { lanes, signed } => Some(max_op(lanes, signed)),
            SimdBinOp::AvgrU(l) => Some(if l.size() == S8 { Pavgb } else { Pavgw }),
            SimdBinOp::Eq(l) if !l.is_float() => Some(eq_op(l)),
            SimdBinOp::Dot => Some(Pmaddwd),
            SimdBinOp::Narrow { lanes, signed } => Some(match (lanes, signed) {
                (Lanes::I8x16, true) => Packsswb,
                (Lanes::I8x16, false) => Packuswb,
                (_, true) => Packssdw,
                (_, false) => Packusdw,
            }),
            _ => None,
        };
        if let Some(op) = single {
            return self.vx().op(op, dst, lhs, rhs);
        }
        movaps(&mut self.asm, dst, lhs);
        match op {
            SimdBinOp::AndNot => self.vx().op_via(Pandn, dst, rhs, dst, tmp),
            SimdBinOp::Mul(Lanes::I64x2) => {
                // lo(a)*lo(b) + (hi(a)*lo(b) + lo(a)*hi(b)) << 32
                self.with_vx(|v, fs| {
                    v.shifted(ShiftImmOp::Psrlq, tmp, dst, 32);
                    v.packed_rr(Pmuludq, tmp, rhs);
                    v.shifted(ShiftImmOp::Psrlq, fs, rhs, 32);
                    v.packed_rr(Pmuludq, fs, dst);
                    v.packed_rr(Paddq, tmp, fs);
                    v.shift_imm(ShiftImmOp::Psllq, tmp, 32);
                    v.packed_rr(Pmuludq, dst, rhs);
                    v.packed_rr(Paddq, dst, tmp);
                });
            }
            SimdBinOp::Swizzle => {
                let c = self.splat_label(Lanes::I8x16, 0x70);
                let mut v = self.vx();
                v.op_const(Paddusb, tmp, rhs, c, tmp);
                v.packed_rr(Pshufb, dst, tmp);
            }
            SimdBinOp::Eq(l) => self.vx().op(Form::Cmp(float_size(l), 0), dst, dst, rhs),
            SimdBinOp::Ne(l) if l.is_float() => {
                self.vx().op(Form::Cmp(float_size(l), 4), dst, dst, rhs)
            }
            SimdBinOp::Ne(l) => {
                let a = &mut self.asm;
                a.packed_rr(eq_op(l), dst, rhs);
                not(a, dst, tmp);
            }
            SimdBinOp::Lt { lanes, signed } => {
                self.compare(Order::Lt, lanes, signed, dst, rhs, tmp)
            }
            SimdBinOp::Gt { lanes, signed } => {
                self.compare(Order::Gt, lanes, signed, dst, rhs, tmp)
            }
            SimdBinOp::Le { lanes, signed } => {
                self.compare(Order::Le, lanes, signed, dst, rhs, tmp)
            }
            SimdBinOp::Ge { lanes, signed } => {
                self.compare(Order::Ge, lanes, signed, dst, rhs, tmp)
            }
            SimdBinOp::FMin(l) | SimdBinOp::FMax(l) => {
                self.simd_float_min_max(matches!(op, SimdBinOp::FMax(_)), l, dst, rhs, tmp)
            }
            SimdBinOp::PMin(l) | SimdBinOp::PMax(l) => {
                // pmin(a, b) = b < a ? b : a, which `minps b, a` computes
                // (its second operand when the comparison fails).
                let f64 = l == Lanes::F64x2;
                let op = match (op, f64) {
                    (SimdBinOp::PMin(_), false) => Minps,
                    (SimdBinOp::PMin(_), true) => Minpd,
                    (_, false) => Maxps,
                    (_, true) => Maxpd,
                };
                self.vx().op_via(op, dst, rhs, dst, tmp);
            }
            SimdBinOp::ExtMul {
                lanes,
                high,
                signed,
            } => {
                let from = half(lanes);
                let a = &mut self.asm;
                extend_half(a, from, high, signed, dst, dst);
                extend_half(a, from, high, signed, tmp, rhs);
                let mul = match lanes {
                    Lanes::I16x8 => Pmullw,
                    Lanes::I32x4 => Pmulld,
                    _ if signed => Pmuldq,
                    _ => Pmuludq,
                };
                a.packed_rr(mul, dst, tmp);
            }
            SimdBinOp::RelaxedDot => {
                // pmaddubsw multiplies unsigned bytes of its destination by
                // signed bytes of its source.
                self.vx().op_via(Pmaddubsw, dst, rhs, dst, tmp);
            }
            SimdBinOp::Q15MulrSat => {
                // pmulhrsw gives 0x8000 for 0x8000 * 0x8000 only: flip it.
                let c = self.splat_label(Lanes::I16x8, 0x8000);
                let mut v = self.vx();
                v.packed_rr(Pmulhrsw, dst, rhs);
                v.op_const(Pcmpeqw, tmp, dst, c, tmp);
                v.packed_rr(Pxor, dst, tmp);
            }
            _ => unreachable!("{op:?} has no x86-64 lowering"),
        }
    }

    /// Wasm `min`/`max` of float lanes: `minps`/`maxps` in both operand
    /// orders (each returns its second operand for NaNs and for equal
    /// operands, so ±0), merged; NaN lanes then get a canonical NaN.
    fn simd_float_min_max(&mut self, max: bool, lanes: Lanes, dst: Reg, rhs: Reg, tmp: Reg) {
        use PackedOp::*;
        let f64 = lanes == Lanes::F64x2;
        let size = lanes.size();
        let (op, sub, payload) = match (max, f64) {
            (false, false) => (Minps, Subps, 10),
            (false, true) => (Minpd, Subpd, 13),
            (true, false) => (Maxps, Subps, 10),
            (true, true) => (Maxpd, Subpd, 13),
        };
        let shift = if f64 {
            ShiftImmOp::Psrlq
        } else {
            ShiftImmOp::Psrld
        };
        let mut v = self.vx();
        v.op(op, tmp, rhs, dst);
        v.packed_rr(op, dst, rhs);
        if max {
            // Where the orders disagree (NaN, or +0 against -0): the xor
            // propagates NaN bits, and the subtraction gives +0 for the
            // zeros and a NaN for NaNs.
            v.packed_rr(Pxor, dst, tmp);
            v.packed_rr(Por, tmp, dst);
            v.packed_rr(sub, tmp, dst);
        } else {
            // -0 | +0 = -0; NaN | anything is a NaN.
            v.packed_rr(Por, tmp, dst);
        }
        // dst = NaN lanes' mask; tmp's NaN lanes all ones, then cleared
        // below the quiet bit: a canonical NaN.
        v.op(Form::Cmp(size, 3), dst, tmp, tmp);
        v.packed_rr(Por, tmp, dst);
        v.shift_imm(shift, dst, payload);
        v.packed_rr(Pandn, dst, tmp);
    }

    pub(super) fn simd_unop_impl(&mut self, op: SimdUnOp, dst: Reg, src: Reg, tmp: Reg) {
        match op {
            SimdUnOp::Not => {
                let mut v = self.vx();
                ones(&mut v, tmp);
                v.op(PackedOp::Pxor, dst, src, tmp);
            }
            SimdUnOp::Neg(l) | SimdUnOp::Abs(l) if l.is_float() => {
                let sign = if l == Lanes::F32x4 {
                    1u64 << 31
                } else {
                    1 << 63
                };
                let abs = matches!(op, SimdUnOp::Abs(_));
                let c = self.splat_label(l, if abs { sign - 1 } else { sign });
                let op = if abs { PackedOp::Pand } else { PackedOp::Pxor };
                self.vx().op_const(op, dst, src, c, tmp);
            }
            SimdUnOp::Neg(l) => {
                let a = &mut self.asm;
                movaps(a, tmp, src);
                a.packed_rr(PackedOp::Pxor, dst, dst);
                a.packed_rr(sub_op(l), dst, tmp);
            }
            SimdUnOp::Abs(Lanes::I64x2) => {
                let mut v = self.vx();
                sign_mask64(&mut v, tmp, src);
                v.op(PackedOp::Pxor, dst, src, tmp);
                v.packed_rr(PackedOp::Psubq, dst, tmp);
            }
            SimdUnOp::Abs(l) => {
                use PackedOp::*;
                let op = by_width(l, [Some(Pabsb), Some(Pabsw), Some(Pabsd), None]);
                self.asm.packed_rr(op, dst, src);
            }
            SimdUnOp::Popcnt => self.popcnt(dst, src, tmp),
            SimdUnOp::Sqrt(l) => {
                let op = if l == Lanes::F64x2 {
                    PackedOp::Sqrtpd
                } else {
                    PackedOp::Sqrtps
                };
                self.asm.packed_rr(op, dst, src);
            }
            SimdUnOp::Round(l, mode) => {
                let op = if l == Lanes::F64x2 {
                    PackedImmOp::Roundpd
                } else {
                    PackedImmOp::Roundps
                };
                let mode = match mode {
                    FloatUnOp::Ceil => RoundMode::Ceil,
                    FloatUnOp::Floor => RoundMode::Floor,
                    FloatUnOp::Trunc => RoundMode::Trunc,
                    _ => RoundMode::Nearest,
                };
                self.asm.packed_rri(op, dst, src, mode as u8);
            }
            SimdUnOp::Extend { from, high, signed } => {
                extend_half(&mut self.asm, from, high, signed, dst, src);
            }
            SimdUnOp::ExtAddPairwise { from, signed } => {
                self.extadd_pairwise(from, signed, dst, src, tmp)
            }
            SimdUnOp::ConvertI32 { to, signed } => self.convert_i32(to, signed, dst, src, tmp),
            SimdUnOp::TruncSat { from, signed } => self.trunc_sat(from, signed, dst, src, tmp),
            SimdUnOp::Demote => self.asm.packed_rr(PackedOp::Cvtpd2ps, dst, src),
            SimdUnOp::Promote => self.asm.packed_rr(PackedOp::Cvtps2pd, dst, src),
        }
    }

    /// `i8x16.popcnt`: each nibble's count looked up with `pshufb` in a
    /// 16-entry table, the two added.
    fn popcnt(&mut self, dst: Reg, src: Reg, tmp: Reg) {
        use PackedOp::*;
        let nibbles = self.splat_label(Lanes::I8x16, 0x0F);
        let table = self.pool_label(0x0403_0302_0302_0201_0302_0201_0201_0100);
        self.with_vx(|v, fs| {
            v.movups_rip(fs, nibbles);
            v.shifted(ShiftImmOp::Psrlw, tmp, src, 4);
            v.packed_rr(Pand, tmp, fs);
            v.op(Pand, dst, src, fs);
            v.movups_rip(fs, table);
            if v.avx {
                // The table stays in fs for both lookups.
                v.vpacked_rrr(Pshufb, dst, fs, dst);
                v.vpacked_rrr(Pshufb, tmp, fs, tmp);
                v.packed_rr(Paddb, dst, tmp);
            } else {
                v.packed_rr(Pshufb, fs, dst);
                movaps(v, dst, fs);
                v.movups_rip(fs, table);
                v.packed_rr(Pshufb, fs, tmp);
                v.packed_rr(Paddb, dst, fs);
            }
        });
    }

    /// `extadd_pairwise`: `pmaddubsw`/`pmaddwd` with ones, except for
    /// unsigned 16-bit lanes (no unsigned `pmaddwd`): the odd lanes shifted
    /// down plus the even lanes masked.
    fn extadd_pairwise(&mut self, from: Lanes, signed: bool, dst: Reg, src: Reg, tmp: Reg) {
        use PackedOp::*;
        match (from, signed) {
            (Lanes::I8x16, true) => {
                // Unsigned ones times signed bytes.
                self.splat_const(Lanes::I8x16, 1, tmp);
                self.vx().op_via(Pmaddubsw, dst, tmp, src, tmp);
            }
            (Lanes::I8x16, false) | (_, true) => {
                // Unsigned bytes times ones, or signed words times ones.
                let (ones, op) = if from == Lanes::I8x16 {
                    (self.splat_label(Lanes::I8x16, 1), Pmaddubsw)
                } else {
                    (self.splat_label(Lanes::I16x8, 1), Pmaddwd)
                };
                self.vx().op_const(op, dst, src, ones, tmp);
            }
            (_, false) => {
                let mut v = self.vx();
                v.shifted(ShiftImmOp::Psrld, tmp, src, 16);
                v.shifted(ShiftImmOp::Pslld, dst, src, 16);
                v.shift_imm(ShiftImmOp::Psrld, dst, 16);
                v.packed_rr(Paddd, dst, tmp);
            }
        }
    }

    /// i32 lanes to floats. Unsigned to f32: the high and low 16 bits
    /// converted apart (both exact) and `hi * 2^16 + lo` rounded once.
    /// Unsigned to f64: each u32 placed in the mantissa of 2^52, minus 2^52.
    fn convert_i32(&mut self, to: Lanes, signed: bool, dst: Reg, src: Reg, tmp: Reg) {
        use PackedOp::*;
        match (to, signed) {
            (Lanes::F32x4, true) => self.asm.packed_rr(Cvtdq2ps, dst, src),
            (_, true) => self.asm.packed_rr(Cvtdq2pd, dst, src),
            (Lanes::F32x4, false) => {
                let two16 = self.splat_label(Lanes::F32x4, 0x4780_0000);
                self.with_vx(|v, fs| {
                    v.shifted(ShiftImmOp::Pslld, tmp, src, 16);
                    v.shift_imm(ShiftImmOp::Psrld, tmp, 16);
                    v.packed_rr(Cvtdq2ps, tmp, tmp);
                    v.shifted(ShiftImmOp::Psrld, dst, src, 16);
                    v.packed_rr(Cvtdq2ps, dst, dst);
                    v.op_const(Mulps, dst, dst, two16, fs);
                    v.packed_rr(Addps, dst, tmp);
                });
            }
            (_, false) => {
                let high = self.splat_label(Lanes::I32x4, 0x4330_0000);
                let two52 = self.splat_label(Lanes::F64x2, 0x4330_0000_0000_0000);
                self.with_vx(|v, fs| {
                    v.op_const(Unpcklps, dst, src, high, fs);
                    v.op_const(Subpd, dst, dst, two52, fs);
                });
            }
        }
    }

    /// Saturating float-to-i32 truncation (NaN to 0): `cvttps2dq` gives
    /// 0x80000000 for NaN and out-of-range lanes, which the sequences
    /// correct (signed f32: NaN lanes zeroed first, positive overflow
    /// flipped to 0x7fffffff after; unsigned f32: lanes of 2^31 or more
    /// converted again less 2^31 and added; f64: clamped first).
    fn trunc_sat(&mut self, from: Lanes, signed: bool, dst: Reg, src: Reg, tmp: Reg) {
        use PackedOp::*;
        match (from, signed) {
            (Lanes::F32x4, true) => {
                let mut v = self.vx();
                v.op(Form::Cmp(S32, 0), tmp, src, src);
                v.op(Pand, dst, src, tmp);
                // tmp's sign bit: set for lanes >= +0.
                v.packed_rr(Pxor, tmp, dst);
                v.packed_rr(Cvttps2dq, dst, dst);
                // Lanes >= 0 that came out negative overflowed.
                v.packed_rr(Pand, tmp, dst);
                v.shift_imm(ShiftImmOp::Psrad, tmp, 31);
                v.packed_rr(Pxor, dst, tmp);
            }
            (Lanes::F32x4, false) => self.with_vx(|v, fs| {
                // NaN and negative lanes to 0.
                v.packed_rr(Pxor, fs, fs);
                v.op(Maxps, dst, src, fs);
                // fs = 2^31 as f32.
                ones(v, fs);
                v.shift_imm(ShiftImmOp::Psrld, fs, 1);
                v.packed_rr(Cvtdq2ps, fs, fs);
                // tmp = trunc(x - 2^31) for lanes >= 2^31 (0x7fffffff
                // beyond 2^32), 0 elsewhere.
                v.op(Subps, tmp, dst, fs);
                v.cmpp(S32, fs, tmp, 2);
                v.packed_rr(Cvttps2dq, tmp, tmp);
                v.packed_rr(Pxor, tmp, fs);
                v.packed_rr(Pxor, fs, fs);
                v.packed_rr(Pmaxsd, tmp, fs);
                // Lanes >= 2^31 give 0x80000000, to which tmp is added.
                v.packed_rr(Cvttps2dq, dst, dst);
                v.packed_rr(Paddd, dst, tmp);
            }),
            (_, true) => {
                let max = self.splat_label(Lanes::F64x2, 2147483647f64.to_bits());
                self.with_vx(|v, fs| {
                    // NaN lanes clamp to 0, others to at most 2^31 - 1.
                    v.op(Form::Cmp(S64, 0), tmp, src, src);
                    v.op_const(Pand, tmp, tmp, max, fs);
                    v.op(Minpd, dst, src, tmp);
                    v.packed_rr(Cvttpd2dq, dst, dst);
                });
            }
            (_, false) => {
                let max = self.splat_label(Lanes::F64x2, 4294967295f64.to_bits());
                let two52 = self.splat_label(Lanes::F64x2, 0x4330_0000_0000_0000);
                self.with_vx(|v, fs| {
                    // NaN and negative lanes to 0, others to at most
                    // 2^32 - 1, truncated, and put in the low bits of a
                    // double's mantissa by adding 2^52.
                    v.packed_rr(Pxor, tmp, tmp);
                    v.op(Maxpd, dst, src, tmp);
                    v.op_const(Minpd, dst, dst, max, fs);
                    v.packed_rri(PackedImmOp::Roundpd, dst, dst, RoundMode::Trunc as u8);
                    v.op_const(Addpd, dst, dst, two52, fs);
                    v.shufps(dst, tmp, 0x88);
                });
            }
        }
    }

    pub(super) fn simd_shift_impl(
        &mut self,
        op: SimdShift,
        lanes: Lanes,
        dst: Reg,
        src: Reg,
        count: SimdShiftCount,
        tmp: Reg,
    ) {
        use ShiftImmOp::*;
        if count == SimdShiftCount::Imm(0) {
            return movaps(&mut self.asm, dst, src);
        }
        let bits = lanes.size().bytes() * 8;
        // The count plus `extra`, moved into `xmm` if not an immediate.
        let xmm_count = |a: &mut Assembler, xmm: Reg, extra: u8| match count {
            SimdShiftCount::Imm(n) => XmmCount::Imm(n + extra),
            SimdShiftCount::Reg(r) => {
                if extra != 0 {
                    a.alu_ri(AluOp::Add, S32, r, extra.into());
                }
                a.movd_xr(S32, xmm, r);
                XmmCount::Xmm(xmm)
            }
        };
        if let SimdShiftCount::Reg(r) = count {
            self.asm.alu_ri(AluOp::And, S32, r, bits as i32 - 1);
        }
        match (lanes.size(), op) {
            (S8, SimdShift::ShrS) => {
                // Each byte at the top of a word, shifted by count + 8.
                self.with_vx(|v, fs| {
                    let c = xmm_count(v, fs, 8);
                    v.op(PackedOp::Punpckhbw, tmp, src, src);
                    shift_in_place(v, Psraw, tmp, c);
                    v.op(PackedOp::Punpcklbw, dst, src, src);
                    shift_in_place(v, Psraw, dst, c);
                    v.packed_rr(PackedOp::Packsswb, dst, tmp);
                });
            }
            (S8, _) => {
                // Shift words, then keep each byte's own bits: the mask is
                // all ones shifted the same way within each byte; for a
                // register count, a word of all ones shifted, reduced to
                // its byte that stays whole (the low one for shl, the high
                // one for shr_u) and packed to every byte.
                let (shift, keep_low) = if op == SimdShift::Shl {
                    (Psllw, true)
                } else {
                    (Psrlw, false)
                };
                let keep = match count {
                    SimdShiftCount::Imm(n) => {
                        let byte = if keep_low { 0xFFu8 << n } else { 0xFF >> n };
                        Some(self.pool_label(u128::MAX / 0xFF * u128::from(byte)))
                    }
                    SimdShiftCount::Reg(_) => None,
                };
                self.with_vx(|v, fs| {
                    let c = xmm_count(v, fs, 0);
                    v.shifted_by(shift, dst, src, c);
                    if let Some(keep) = keep {
                        return v.op_const(PackedOp::Pand, dst, dst, keep, tmp);
                    }
                    let a: &mut Assembler = v;
                    ones(a, tmp);
                    shift_in_place(a, shift, tmp, c);
                    if keep_low {
                        a.shift_imm(Psllw, tmp, 8);
                    }
                    a.shift_imm(Psrlw, tmp, 8);
                    a.packed_rr(PackedOp::Packuswb, tmp, tmp);
                    a.packed_rr(PackedOp::Pand, dst, tmp);
                });
            }
            (S64, SimdShift::ShrS) => {
                self.with_vx(|v, fs| {
                    let c = xmm_count(v, fs, 0);
                    sign_mask64(v, tmp, src);
                    v.op(PackedOp::Pxor, dst, src, tmp);
                    shift_in_place(v, Psrlq, dst, c);
                    v.packed_rr(PackedOp::Pxor, dst, tmp);
                });
            }
            (size, op) => {
                let shift = match (size, op) {
                    (S16, SimdShift::Shl) => Psllw,
                    (S16, SimdShift::ShrS) => Psraw,
                    (S16, SimdShift::ShrU) => Psrlw,
                    (S32, SimdShift::Shl) => Pslld,
                    (S32, SimdShift::ShrS) => Psrad,
                    (S32, SimdShift::ShrU) => Psrld,
                    (_, SimdShift::Shl) => Psllq,
                    _ => Psrlq,
                };
                let mut v = self.vx();
                let c = xmm_count(&mut v, tmp, 0);
                v.shifted_by(shift, dst, src, c);
            }
        }
    }

    pub(super) fn simd_splat_impl(&mut self, lanes: Lanes, src: Reg, dst: Reg) {
        if self.features.avx2 && matches!(lanes, Lanes::I8x16 | Lanes::I16x8) {
            self.asm.movd_xr(S32, dst, src);
            return self.asm.vpbroadcast_rr(lanes.size(), dst, dst);
        }
        if lanes == Lanes::I8x16 {
            return self.with_scratches(|a, _, fs| {
                a.movd_xr(S32, dst, src);
                a.packed_rr(PackedOp::Pxor, fs, fs);
                a.packed_rr(PackedOp::Pshufb, dst, fs);
            });
        }
        let a = &mut self.asm;
        match lanes {
            Lanes::I8x16 => unreachable!("handled above"),
            Lanes::I16x8 => {
                a.movd_xr(S32, dst, src);
                a.packed_rri(PackedImmOp::Pshuflw, dst, dst, 0);
                a.packed_rri(PackedImmOp::Pshufd, dst, dst, 0);
            }
            Lanes::I32x4 => {
                a.movd_xr(S32, dst, src);
                a.packed_rri(PackedImmOp::Pshufd, dst, dst, 0);
            }
            Lanes::I64x2 => {
                a.movd_xr(S64, dst, src);
                a.packed_rr(PackedOp::Punpcklqdq, dst, dst);
            }
            Lanes::F32x4 => a.packed_rri(PackedImmOp::Pshufd, dst, src, 0),
            Lanes::F64x2 => a.packed_rri(PackedImmOp::Pshufd, dst, src, 0x44),
        }
    }

    pub(super) fn simd_extract_lane_impl(
        &mut self,
        lanes: Lanes,
        lane: u8,
        signed: bool,
        src: Reg,
        dst: Reg,
    ) {
        let a = &mut self.asm;
        match lanes {
            Lanes::F32x4 => a.packed_rri(PackedImmOp::Pshufd, dst, src, lane),
            Lanes::F64x2 if lane == 0 => movaps(a, dst, src),
            Lanes::F64x2 => a.packed_rri(PackedImmOp::Pshufd, dst, src, 0xEE),
            _ => {
                let size = lanes.size();
                a.pextr_rr(size, dst, src, lane);
                if signed && matches!(size, S8 | S16) {
                    a.movsx_rr(size, S32, dst, dst);
                }
            }
        }
    }

    pub(super) fn simd_replace_lane_impl(&mut self, lanes: Lanes, lane: u8, dst: Reg, src: Reg) {
        let a = &mut self.asm;
        match lanes {
            Lanes::F32x4 => a.packed_rri(PackedImmOp::Insertps, dst, src, lane << 4),
            Lanes::F64x2 if lane == 0 => a.packed_rri(PackedImmOp::Pblendw, dst, src, 0x0F),
            Lanes::F64x2 => a.packed_rr(PackedOp::Punpcklqdq, dst, src),
            _ => a.pinsr_rr(lanes.size(), dst, src, lane),
        }
    }

    pub(super) fn simd_bitselect_impl(&mut self, dst: Reg, x: Reg, y: Reg, mask: Reg) {
        // ((x ^ y) & mask) ^ y
        self.with_vx(|v, fs| {
            v.op(PackedOp::Pxor, fs, x, y);
            v.packed_rr(PackedOp::Pand, fs, mask);
            v.op_via(PackedOp::Pxor, dst, fs, y, fs);
        });
    }

    pub(super) fn simd_test_impl(&mut self, op: SimdTest, src: Reg, dst: Reg) {
        self.with_vx(|v, fs| match op {
            SimdTest::AnyTrue => {
                let a: &mut Assembler = v;
                a.packed_rr(PackedOp::Ptest, src, src);
                a.setcc(Cond::NE, dst);
                a.movzx_rr(S8, dst, dst);
            }
            SimdTest::AllTrue(lanes) => {
                let a: &mut Assembler = v;
                // Lanes equal to zero become all ones; none may.
                a.packed_rr(PackedOp::Pxor, fs, fs);
                a.packed_rr(eq_op(lanes), fs, src);
                a.packed_rr(PackedOp::Ptest, fs, fs);
                a.setcc(Cond::E, dst);
                a.movzx_rr(S8, dst, dst);
            }
            SimdTest::Bitmask(lanes) => match lanes.size() {
                S8 => v.movmsk(MovMsk::Bytes, dst, src),
                S16 => {
                    v.op(PackedOp::Packsswb, fs, src, src);
                    v.movmsk(MovMsk::Bytes, dst, fs);
                    v.movzx_rr(S8, dst, dst);
                }
                S32 => v.movmsk(MovMsk::Ps, dst, src),
                _ => v.movmsk(MovMsk::Pd, dst, src),
            },
        });
    }

    pub(super) fn simd_shuffle_impl(&mut self, x: Reg, y: Reg, lanes: [u8; 16]) {
        let mask = |from_y: bool| {
            let mut bits = 0u128;
            for (i, &l) in lanes.iter().enumerate() {
                let byte = match (l >= 16, from_y) {
                    (false, false) => l,
                    (true, true) => l - 16,
                    _ => 0x80,
                };
                bits |= u128::from(byte) << (8 * i);
            }
            bits
        };
        if let Some(from_y) = one_source(&lanes) {
            let src = if from_y { y } else { x };
            if let Some(order) = dword_order(&lanes) {
                return self.asm.packed_rri(PackedImmOp::Pshufd, x, src, order);
            }
            let l = self.pool_label(mask(from_y));
            return self.with_vx(|v, fs| v.op_const(PackedOp::Pshufb, x, src, l, fs));
        }
        let (mx, my) = (mask(false), mask(true));
        let (lx, ly) = (self.pool_label(mx), self.pool_label(my));
        self.with_vx(|v, fs| {
            v.op_const(PackedOp::Pshufb, x, x, lx, fs);
            v.op_const(PackedOp::Pshufb, y, y, ly, fs);
            v.packed_rr(PackedOp::Por, x, y);
        });
    }

    pub(super) fn heap_load_simd_impl(
        &mut self,
        access: HeapAccess,
        kind: SimdLoad,
        dst: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        let oob = self.heap_check_label(&access);
        let avx2 = self.features.avx2;
        self.with_scratches(|a, s, fs| {
            let addr: Amode = heap_amode(a, &access, kind.bytes(), oob, s);
            let at = a.buf.len();
            match kind {
                SimdLoad::Splat(size) if avx2 => a.vpbroadcast_rm(size, dst, &addr),
                SimdLoad::Extend { from, signed } => a.pmovx_rm(from.size(), signed, dst, &addr),
                SimdLoad::Zero(size) => a.movq_rm(size, dst, &addr),
                SimdLoad::Lane(size, lane) => a.pinsr_rm(size, dst, &addr, lane),
                SimdLoad::Splat(S8) => {
                    a.pinsr_rm(S8, dst, &addr, 0);
                    a.packed_rr(PackedOp::Pxor, fs, fs);
                    a.packed_rr(PackedOp::Pshufb, dst, fs);
                }
                SimdLoad::Splat(S16) => {
                    a.pinsr_rm(S16, dst, &addr, 0);
                    a.packed_rri(PackedImmOp::Pshuflw, dst, dst, 0);
                    a.packed_rri(PackedImmOp::Pshufd, dst, dst, 0);
                }
                SimdLoad::Splat(S32) => {
                    a.movq_rm(S32, dst, &addr);
                    a.packed_rri(PackedImmOp::Pshufd, dst, dst, 0);
                }
                SimdLoad::Splat(_) => {
                    a.movq_rm(S64, dst, &addr);
                    a.packed_rr(PackedOp::Punpcklqdq, dst, dst);
                }
            }
            record_guarded(&access, at, traps);
        });
    }

    pub(super) fn heap_store_lane_impl(
        &mut self,
        access: HeapAccess,
        size: OperandSize,
        lane: u8,
        src: Reg,
        traps: &mut Vec<TrapEntry>,
    ) {
        let oob = self.heap_check_label(&access);
        self.with_scratch(|a, s| {
            let addr = heap_amode(a, &access, size.bytes(), oob, s);
            let at = a.buf.len();
            a.pextr_mr(size, &addr, src, lane);
            record_guarded(&access, at, traps);
        });
    }
}
