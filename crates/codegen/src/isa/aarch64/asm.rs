//! brisk's AArch64 (A64) encoder: one method per instruction form, writing
//! 4-byte little-endian instructions into a [`CodeBuffer`]. It picks
//! encodings (scaled or unscaled load offsets, the shortest `mov_imm`) but
//! never instruction sequences otherwise; that is the MacroAssembler's job.
//!
//! Sizes: `OperandSize::S32`/`S64` select the W or X form of an integer
//! instruction, single or double precision of a float one, and the access
//! width of a load or store. Operands that may be register 31 take
//! [`RegOrSp`] or [`RegOrZr`] (see [`super::regs`]); the others take a
//! [`Reg`], x0-x30 or v0-v31. An operand outside what the instruction can
//! encode (an immediate out of range, a register of the wrong class) is a
//! compiler bug and panics; the `new`/`fits` functions of the operand types
//! tell the MacroAssembler what is encodable. Every method is checked
//! against an independent decoder in `tests/aarch64_encoder.rs`.
//!
//! Branches to labels reach any label in the function (up to ±128 MiB):
//! a conditional or test branch beyond its own range goes through a veneer
//! in an island (see [`crate::buffer`]). Such a branch may be preceded by an
//! island, so its offset is `buf.len() - 4` after emitting it, not
//! `buf.len()` before. The island points between operations are the
//! MacroAssembler's: `buf.maybe_emit_island` and
//! `buf.maybe_emit_island_after_jump`; `tests/aarch64_veneers.rs` checks
//! the control flow of huge generated functions.

use super::regs::{RegOrSp, RegOrZr, ZR, fpr, gpr};
use crate::buffer::{CodeBuffer, FixupKind, Label};
use crate::masm::OperandSize;
use crate::reg::Reg;

/// The `sf` bit: 1 for a 64-bit operation.
fn sf(size: OperandSize) -> u32 {
    match size {
        OperandSize::S32 => 0,
        OperandSize::S64 => 1,
        _ => panic!("integer operation of {size:?}"),
    }
}

fn bits(size: OperandSize) -> u32 {
    size.bytes() * 8
}

/// The `type` field of a scalar FP instruction: 0 single, 1 double.
fn ftype(size: OperandSize) -> u32 {
    assert_fp(size);
    u32::from(size == OperandSize::S64)
}

fn assert_fp(size: OperandSize) {
    assert!(
        matches!(size, OperandSize::S32 | OperandSize::S64),
        "float of {size:?}"
    );
}

/// A64 condition codes, numbered as the hardware numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Cond {
    Eq = 0,
    Ne = 1,
    /// Unsigned higher or same (carry set).
    Hs = 2,
    /// Unsigned lower (carry clear).
    Lo = 3,
    Mi = 4,
    Pl = 5,
    Vs = 6,
    Vc = 7,
    Hi = 8,
    Ls = 9,
    Ge = 10,
    Lt = 11,
    Gt = 12,
    Le = 13,
    Al = 14,
    Nv = 15,
}

impl Cond {
    pub const ALL: [Cond; 16] = [
        Cond::Eq,
        Cond::Ne,
        Cond::Hs,
        Cond::Lo,
        Cond::Mi,
        Cond::Pl,
        Cond::Vs,
        Cond::Vc,
        Cond::Hi,
        Cond::Ls,
        Cond::Ge,
        Cond::Lt,
        Cond::Gt,
        Cond::Le,
        Cond::Al,
        Cond::Nv,
    ];

    /// The opposite condition (flipping the low bit). `Al` and `Nv` both
    /// mean "always" and have no opposite.
    pub fn invert(self) -> Cond {
        assert!(
            !matches!(self, Cond::Al | Cond::Nv),
            "{self:?} has no inverse"
        );
        Cond::ALL[(self as usize) ^ 1]
    }
}

/// `add` or `sub` (bit 30 of every add/sub form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum AddSub {
    Add = 0,
    Sub = 1,
}

/// The shift applied to the last register of a shifted-register operation.
/// `Ror` only exists for the logical operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Shift {
    Lsl = 0,
    Lsr = 1,
    Asr = 2,
    Ror = 3,
}

/// The extension applied to the last register of an extended-register
/// `add`/`sub`: its low byte, half, word or all of it, zero- or
/// sign-extended, then shifted left by 0..=4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Extend {
    Uxtb = 0,
    Uxth = 1,
    Uxtw = 2,
    Uxtx = 3,
    Sxtb = 4,
    Sxth = 5,
    Sxtw = 6,
    Sxtx = 7,
}

impl Extend {
    pub const ALL: [Extend; 8] = [
        Extend::Uxtb,
        Extend::Uxth,
        Extend::Uxtw,
        Extend::Uxtx,
        Extend::Sxtb,
        Extend::Sxth,
        Extend::Sxtw,
        Extend::Sxtx,
    ];
}

/// Logical operations on registers, numbered `opc << 1 | N` (N inverts the
/// second operand: `bic` is `and` with `!rm`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum LogicOp {
    And = 0,
    Bic = 1,
    Orr = 2,
    Orn = 3,
    Eor = 4,
    Eon = 5,
    Ands = 6,
    Bics = 7,
}

impl LogicOp {
    pub const ALL: [LogicOp; 8] = [
        LogicOp::And,
        LogicOp::Bic,
        LogicOp::Orr,
        LogicOp::Orn,
        LogicOp::Eor,
        LogicOp::Eon,
        LogicOp::Ands,
        LogicOp::Bics,
    ];
}

/// The logical operations with a bitmask-immediate form whose destination
/// may be SP (`ands` has its own method: its register 31 is ZR).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum LogicImmOp {
    And = 0,
    Orr = 1,
    Eor = 2,
}

/// Move-wide operations, numbered by `opc`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum MoveWide {
    /// `rd = !(imm16 << shift)`.
    Movn = 0,
    /// `rd = imm16 << shift`.
    Movz = 2,
    /// Replaces bits `shift..shift + 16` of `rd`.
    Movk = 3,
}

/// Data processing with two register sources, numbered by `opcode`.
/// Divisions never trap (x / 0 = 0); shifts take the count modulo the width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum TwoSourceOp {
    Udiv = 0b00_0010,
    Sdiv = 0b00_0011,
    Lslv = 0b00_1000,
    Lsrv = 0b00_1001,
    Asrv = 0b00_1010,
    Rorv = 0b00_1011,
}

/// Data processing with one register source. `Rev` reverses the bytes of
/// the whole register (32 or 64 bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OneSourceOp {
    Rbit,
    Rev,
    Clz,
}

/// Conditional selects: `rd = cond ? rn : f(rm)` with `f` the identity,
/// `+1`, `!` or `-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CondSelOp {
    Csel,
    Csinc,
    Csinv,
    Csneg,
}

/// Scalar FP arithmetic on two registers, numbered by `opcode`. `Max`/`Min`
/// return NaN if either operand is NaN and order -0 below +0 (Wasm's
/// semantics).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum FpBinOp {
    Mul = 0,
    Div = 1,
    Add = 2,
    Sub = 3,
    Max = 4,
    Min = 5,
}

/// Scalar FP operations on one register, numbered by `opcode`. The
/// `Rint*` roundings (`frintn/p/m/z`) are Wasm's nearest, ceil, floor and
/// trunc.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum FpUnOp {
    Abs = 0b00_0001,
    Neg = 0b00_0010,
    Sqrt = 0b00_0011,
    RintN = 0b00_1000,
    RintP = 0b00_1001,
    RintM = 0b00_1010,
    RintZ = 0b00_1011,
}

/// The AdvSIMD shifts by an immediate of [`Assembler::simd_shift_imm`],
/// numbered by `opcode`: `Ushr` shifts right, zeros in; `Sli` shifts left
/// and inserts into the destination, which keeps its bits below the shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum SimdShift {
    Ushr = 0b00000,
    Sli = 0b01010,
}

/// An `add`/`sub` immediate: 12 bits, optionally shifted left by 12.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imm12 {
    /// `sh << 12 | imm12`, as in bits 10..23 of the instruction.
    field: u32,
}

impl Imm12 {
    /// `value` as `imm12` or `imm12 << 12`, if it is one.
    pub fn new(value: u64) -> Option<Imm12> {
        if value < 1 << 12 {
            Some(Imm12 {
                field: value as u32,
            })
        } else if value & 0xfff == 0 && value < 1 << 24 {
            Some(Imm12 {
                field: 1 << 12 | (value >> 12) as u32,
            })
        } else {
            None
        }
    }

    pub fn value(self) -> u64 {
        let imm = u64::from(self.field & 0xfff);
        if self.field >> 12 == 1 {
            imm << 12
        } else {
            imm
        }
    }
}

/// The (N, immr, imms) fields encoding `value` as a bitmask immediate of a
/// `size` logical operation, if it is one: a 2-, 4-, 8-, 16-, 32- or 64-bit
/// element, replicated to the width, that is a rotated run of ones (not all
/// ones, not zero). A 32-bit `value` must fit in 32 bits.
pub fn encode_logical_imm(value: u64, size: OperandSize) -> Option<(u8, u8, u8)> {
    let value = match size {
        OperandSize::S64 => value,
        OperandSize::S32 if value >> 32 == 0 => value | value << 32,
        _ => return None,
    };
    if value == 0 || value == u64::MAX {
        return None;
    }
    // The smallest element that the value replicates.
    let mut esize = 64;
    while esize > 2 {
        let half = esize / 2;
        let mask = (1u64 << half) - 1;
        if value & mask != (value >> half) & mask {
            break;
        }
        esize = half;
    }
    let mask = if esize == 64 {
        u64::MAX
    } else {
        (1 << esize) - 1
    };
    let elem = value & mask;
    // The run of ones starts at bit `start` (0..esize): the lowest set bit,
    // or, if bit 0 is set, the first set bit after the lowest gap (the run
    // wraps around the top of the element, or starts at 0 and the gap ends
    // at the top).
    let start = if elem & 1 == 0 {
        elem.trailing_zeros()
    } else {
        let gap = !elem & mask;
        (gap.trailing_zeros() + (gap >> gap.trailing_zeros()).trailing_ones()) % esize
    };
    let ones = elem.count_ones();
    // The element rotated right by `start` must be the run at bit 0.
    let run = if start == 0 {
        elem
    } else {
        (elem >> start | elem << (esize - start)) & mask
    };
    if run != (1u64 << ones) - 1 {
        return None;
    }
    let n = u8::from(esize == 64);
    let immr = ((esize - start) % esize) as u8;
    // imms: the element size as leading ones (with a zero after them), then
    // ones - 1.
    let imms = ((!(2 * esize - 1) & 0x3f) | (ones - 1)) as u8;
    Some((n, immr, imms))
}

/// A bitmask immediate of a logical operation of a given size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogicalImm {
    /// `N:immr:imms`, as in bits 10..23 of the instruction.
    field: u32,
    size: OperandSize,
}

impl LogicalImm {
    pub fn new(value: u64, size: OperandSize) -> Option<LogicalImm> {
        let (n, immr, imms) = encode_logical_imm(value, size)?;
        Some(LogicalImm {
            field: u32::from(n) << 12 | u32::from(immr) << 6 | u32::from(imms),
            size,
        })
    }
}

/// The 8-bit immediate of `fmov` (FP immediate) for `value` (the bits of a
/// float of `size`), if it has one: ±(16..=31)/16 × 2^(-3..=4), that is a
/// sign, a 3-bit exponent and a 4-bit fraction.
pub fn encode_fp_imm(value: u64, size: OperandSize) -> Option<u8> {
    // (exponent bits, fraction bits) of the format.
    let (ebits, fbits) = match size {
        OperandSize::S32 if value >> 32 == 0 => (8, 23),
        OperandSize::S64 => (11, 52),
        _ => return None,
    };
    let sign = (value >> (ebits + fbits)) as u8;
    let exp = (value >> fbits) & ((1 << ebits) - 1);
    let frac = value & ((1 << fbits) - 1);
    // Only the top 4 fraction bits may be set.
    if frac & ((1 << (fbits - 4)) - 1) != 0 {
        return None;
    }
    // The exponent is NOT(b):b:b...b:cd with b repeated ebits - 3 times;
    // bias - 3 ..= bias + 4.
    let bias = (1 << (ebits - 1)) - 1;
    if !(bias - 3..=bias + 4).contains(&exp) {
        return None;
    }
    let e3 = ((exp + 3 - bias) ^ 0b100) as u8 & 0b111;
    Some(sign << 7 | e3 << 4 | (frac >> (fbits - 4)) as u8)
}

/// How the index register of a register-offset load or store is extended,
/// and whether it is then shifted left by log2 of the access size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum IndexExtend {
    /// A 32-bit index, zero-extended.
    Uxtw = 0b010,
    /// A 64-bit index.
    Lsl = 0b011,
    /// A 32-bit index, sign-extended.
    Sxtw = 0b110,
    /// A 64-bit index (same as `Lsl`, named for the extension).
    Sxtx = 0b111,
}

impl IndexExtend {
    pub const ALL: [IndexExtend; 4] = [
        IndexExtend::Uxtw,
        IndexExtend::Lsl,
        IndexExtend::Sxtw,
        IndexExtend::Sxtx,
    ];
}

/// A memory operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amode {
    /// `[base, #offset]`: the scaled unsigned form (`ldr`, 0..=4095 times
    /// the access size) when it fits, else the unscaled signed form
    /// (`ldur`, -256..=255). Pairs: a signed 7-bit multiple of the size.
    Offset(RegOrSp, i32),
    /// `[base, #offset]!`: base += offset, then access (-256..=255; pairs:
    /// as `Offset`).
    PreIndex(RegOrSp, i32),
    /// `[base], #offset`: access, then base += offset (as `PreIndex`).
    PostIndex(RegOrSp, i32),
    /// `[base, index, extend #shift]`, with shift 0 or log2 of the access
    /// size (`scaled`). Not for pairs.
    Indexed {
        base: RegOrSp,
        index: Reg,
        extend: IndexExtend,
        scaled: bool,
    },
}

/// The encodings of a single-register access.
enum SingleForm {
    /// Bits 10..22: imm12.
    Scaled(u32),
    /// Bits 10..21: imm9 and the two mode bits (unscaled, post-, pre-index).
    Imm9(u32),
    Indexed(u32),
}

fn imm9(offset: i32) -> Option<u32> {
    (-256..=255)
        .contains(&offset)
        .then_some((offset as u32 & 0x1ff) << 2)
}

impl Amode {
    /// The base register, for writeback hazard checks.
    fn writeback_base(&self) -> Option<RegOrSp> {
        match *self {
            Amode::PreIndex(base, _) | Amode::PostIndex(base, _) => Some(base),
            _ => None,
        }
    }

    fn single_form(&self, bytes: u32) -> Option<SingleForm> {
        match *self {
            Amode::Offset(base, offset) => {
                let scaled = u32::try_from(offset)
                    .ok()
                    .filter(|&o| o % bytes == 0 && o / bytes < 4096);
                match scaled {
                    Some(o) => Some(SingleForm::Scaled((o / bytes) << 10 | base.enc() << 5)),
                    None => imm9(offset).map(|f| SingleForm::Imm9(f << 10 | base.enc() << 5)),
                }
            }
            Amode::PostIndex(base, offset) => {
                imm9(offset).map(|f| SingleForm::Imm9((f | 0b01) << 10 | base.enc() << 5))
            }
            Amode::PreIndex(base, offset) => {
                imm9(offset).map(|f| SingleForm::Imm9((f | 0b11) << 10 | base.enc() << 5))
            }
            Amode::Indexed {
                base,
                index,
                extend,
                scaled,
            } => Some(SingleForm::Indexed(
                1 << 21
                    | gpr(index) << 16
                    | u32::from(extend as u8) << 13
                    | u32::from(scaled) << 12
                    | 0b10 << 10
                    | base.enc() << 5,
            )),
        }
    }

    /// Whether a single-register load or store of `size` can address this.
    pub fn fits(&self, size: OperandSize) -> bool {
        self.single_form(size.bytes()).is_some()
    }

    /// Bits 22..29 and 5..9 of a pair access of `bytes` each: the mode,
    /// imm7 and the base.
    fn pair_form(&self, bytes: u32) -> Option<u32> {
        let (mode, base, offset) = match *self {
            Amode::PostIndex(base, offset) => (0b01, base, offset),
            Amode::Offset(base, offset) => (0b10, base, offset),
            Amode::PreIndex(base, offset) => (0b11, base, offset),
            Amode::Indexed { .. } => return None,
        };
        let bytes = bytes as i32;
        let imm7 = offset / bytes;
        (offset % bytes == 0 && (-64..64).contains(&imm7))
            .then(|| mode << 23 | (imm7 as u32 & 0x7f) << 15 | base.enc() << 5)
    }

    /// Whether a pair load or store of two `size` registers can address
    /// this.
    pub fn fits_pair(&self, size: OperandSize) -> bool {
        self.pair_form(size.bytes()).is_some()
    }
}

#[derive(Debug, Default)]
pub struct Assembler {
    pub buf: CodeBuffer,
}

impl Assembler {
    pub fn new() -> Self {
        Self::default()
    }

    fn emit(&mut self, insn: u32) {
        self.buf.put4(insn);
    }

    // ---- add/sub -----------------------------------------------------------

    fn add_sub_imm_raw(
        &mut self,
        op: AddSub,
        s: u32,
        size: OperandSize,
        rd: u32,
        rn: u32,
        imm: Imm12,
    ) {
        self.emit(
            sf(size) << 31
                | (op as u32) << 30
                | s << 29
                | 0b100010 << 23
                | imm.field << 10
                | rn << 5
                | rd,
        );
    }

    /// `add`/`sub rd, rn, #imm`; either register may be SP.
    pub fn add_sub_imm(
        &mut self,
        op: AddSub,
        size: OperandSize,
        rd: impl Into<RegOrSp>,
        rn: impl Into<RegOrSp>,
        imm: Imm12,
    ) {
        self.add_sub_imm_raw(op, 0, size, rd.into().enc(), rn.into().enc(), imm);
    }

    /// `adds`/`subs rd, rn, #imm`, setting the flags; `rn` may be SP.
    pub fn add_sub_imm_flags(
        &mut self,
        op: AddSub,
        size: OperandSize,
        rd: impl Into<RegOrZr>,
        rn: impl Into<RegOrSp>,
        imm: Imm12,
    ) {
        self.add_sub_imm_raw(op, 1, size, rd.into().enc(), rn.into().enc(), imm);
    }

    /// `cmp rn, #imm` (`subs zr, rn, #imm`), or `cmn` (`adds`) for `Add`.
    pub fn cmp_imm(&mut self, op: AddSub, size: OperandSize, rn: impl Into<RegOrSp>, imm: Imm12) {
        self.add_sub_imm_flags(op, size, ZR, rn, imm);
    }

    /// `mov rd, rn` where either may be SP (`add rd, rn, #0`, 64-bit).
    pub fn mov_sp(&mut self, rd: impl Into<RegOrSp>, rn: impl Into<RegOrSp>) {
        let zero = Imm12 { field: 0 };
        self.add_sub_imm(AddSub::Add, OperandSize::S64, rd, rn, zero);
    }

    /// `add`/`sub`(`s`) `rd, rn, rm, shift #amount`, the shifted-register
    /// form (no `Ror`).
    #[allow(clippy::too_many_arguments)]
    pub fn add_sub_shifted(
        &mut self,
        op: AddSub,
        set_flags: bool,
        size: OperandSize,
        rd: impl Into<RegOrZr>,
        rn: impl Into<RegOrZr>,
        rm: impl Into<RegOrZr>,
        shift: Shift,
        amount: u8,
    ) {
        assert!(shift != Shift::Ror, "add/sub cannot rotate");
        assert!(u32::from(amount) < bits(size), "shift by {amount}");
        self.emit(
            sf(size) << 31
                | (op as u32) << 30
                | u32::from(set_flags) << 29
                | 0b01011 << 24
                | (shift as u32) << 22
                | rm.into().enc() << 16
                | u32::from(amount) << 10
                | rn.into().enc() << 5
                | rd.into().enc(),
        );
    }

    /// `add`/`sub`(`s`) `rd, rn, rm` (registers, no shift).
    pub fn add_sub(
        &mut self,
        op: AddSub,
        set_flags: bool,
        size: OperandSize,
        rd: impl Into<RegOrZr>,
        rn: impl Into<RegOrZr>,
        rm: impl Into<RegOrZr>,
    ) {
        self.add_sub_shifted(op, set_flags, size, rd, rn, rm, Shift::Lsl, 0);
    }

    /// `cmp rn, rm` (`subs zr, rn, rm`), or `cmn` for `Add`.
    pub fn cmp(
        &mut self,
        op: AddSub,
        size: OperandSize,
        rn: impl Into<RegOrZr>,
        rm: impl Into<RegOrZr>,
    ) {
        self.add_sub(op, true, size, ZR, rn, rm);
    }

    /// `neg rd, rm` (`sub rd, zr, rm`).
    pub fn neg(&mut self, size: OperandSize, rd: impl Into<RegOrZr>, rm: impl Into<RegOrZr>) {
        self.add_sub(AddSub::Sub, false, size, rd, ZR, rm);
    }

    fn add_sub_ext_raw(
        &mut self,
        op: AddSub,
        s: u32,
        size: OperandSize,
        (rd, rn, rm): (u32, u32, u32),
        extend: Extend,
        amount: u8,
    ) {
        assert!(amount <= 4, "extended register shifted by {amount}");
        self.emit(
            sf(size) << 31
                | (op as u32) << 30
                | s << 29
                | 0b01011 << 24
                | 1 << 21
                | rm << 16
                | (extend as u32) << 13
                | u32::from(amount) << 10
                | rn << 5
                | rd,
        );
    }

    /// `add`/`sub rd, rn, rm, extend #amount` (amount 0..=4); `rd` and `rn`
    /// may be SP. `rm` is read as a W register for the byte, half and word
    /// extensions.
    #[allow(clippy::too_many_arguments)]
    pub fn add_sub_ext(
        &mut self,
        op: AddSub,
        size: OperandSize,
        rd: impl Into<RegOrSp>,
        rn: impl Into<RegOrSp>,
        rm: impl Into<RegOrZr>,
        extend: Extend,
        amount: u8,
    ) {
        let regs = (rd.into().enc(), rn.into().enc(), rm.into().enc());
        self.add_sub_ext_raw(op, 0, size, regs, extend, amount);
    }

    /// `adds`/`subs rd, rn, rm, extend #amount`, setting the flags; `rn`
    /// may be SP.
    #[allow(clippy::too_many_arguments)]
    pub fn add_sub_ext_flags(
        &mut self,
        op: AddSub,
        size: OperandSize,
        rd: impl Into<RegOrZr>,
        rn: impl Into<RegOrSp>,
        rm: impl Into<RegOrZr>,
        extend: Extend,
        amount: u8,
    ) {
        let regs = (rd.into().enc(), rn.into().enc(), rm.into().enc());
        self.add_sub_ext_raw(op, 1, size, regs, extend, amount);
    }

    /// `cmp rn, rm, extend #amount` (or `cmn` for `Add`): the comparison
    /// that can read SP, e.g. the stack-limit check `cmp sp, x16, uxtx`.
    pub fn cmp_ext(
        &mut self,
        op: AddSub,
        size: OperandSize,
        rn: impl Into<RegOrSp>,
        rm: impl Into<RegOrZr>,
        extend: Extend,
        amount: u8,
    ) {
        self.add_sub_ext_flags(op, size, ZR, rn, rm, extend, amount);
    }

    // ---- logical -----------------------------------------------------------

    /// `op rd, rn, rm, shift #amount` (`and`, `bic`, `orr`, `orn`, `eor`,
    /// `eon`, `ands`, `bics`).
    #[allow(clippy::too_many_arguments)]
    pub fn logic_shifted(
        &mut self,
        op: LogicOp,
        size: OperandSize,
        rd: impl Into<RegOrZr>,
        rn: impl Into<RegOrZr>,
        rm: impl Into<RegOrZr>,
        shift: Shift,
        amount: u8,
    ) {
        assert!(u32::from(amount) < bits(size), "shift by {amount}");
        let op = op as u32;
        self.emit(
            sf(size) << 31
                | (op >> 1) << 29
                | 0b01010 << 24
                | (shift as u32) << 22
                | (op & 1) << 21
                | rm.into().enc() << 16
                | u32::from(amount) << 10
                | rn.into().enc() << 5
                | rd.into().enc(),
        );
    }

    /// `op rd, rn, rm` (registers, no shift).
    pub fn logic(
        &mut self,
        op: LogicOp,
        size: OperandSize,
        rd: impl Into<RegOrZr>,
        rn: impl Into<RegOrZr>,
        rm: impl Into<RegOrZr>,
    ) {
        self.logic_shifted(op, size, rd, rn, rm, Shift::Lsl, 0);
    }

    /// `tst rn, rm` (`ands zr, rn, rm`).
    pub fn tst(&mut self, size: OperandSize, rn: impl Into<RegOrZr>, rm: impl Into<RegOrZr>) {
        self.logic(LogicOp::Ands, size, ZR, rn, rm);
    }

    /// `mov rd, rm` between general-purpose registers (`orr rd, zr, rm`);
    /// a 32-bit move zero-extends.
    pub fn mov(&mut self, size: OperandSize, rd: impl Into<RegOrZr>, rm: impl Into<RegOrZr>) {
        self.logic(LogicOp::Orr, size, rd, ZR, rm);
    }

    /// `mvn rd, rm` (`orn rd, zr, rm`).
    pub fn mvn(&mut self, size: OperandSize, rd: impl Into<RegOrZr>, rm: impl Into<RegOrZr>) {
        self.logic(LogicOp::Orn, size, rd, ZR, rm);
    }

    fn logic_imm_raw(&mut self, opc: u32, rd: u32, rn: u32, imm: LogicalImm) {
        self.emit(sf(imm.size) << 31 | opc << 29 | 0b100100 << 23 | imm.field << 10 | rn << 5 | rd);
    }

    /// `and`/`orr`/`eor rd, rn, #imm`; `rd` may be SP. The size is the
    /// immediate's.
    pub fn logic_imm(
        &mut self,
        op: LogicImmOp,
        rd: impl Into<RegOrSp>,
        rn: impl Into<RegOrZr>,
        imm: LogicalImm,
    ) {
        self.logic_imm_raw(op as u32, rd.into().enc(), rn.into().enc(), imm);
    }

    /// `ands rd, rn, #imm`, setting the flags.
    pub fn ands_imm(&mut self, rd: impl Into<RegOrZr>, rn: impl Into<RegOrZr>, imm: LogicalImm) {
        self.logic_imm_raw(0b11, rd.into().enc(), rn.into().enc(), imm);
    }

    /// `tst rn, #imm` (`ands zr, rn, #imm`).
    pub fn tst_imm(&mut self, rn: impl Into<RegOrZr>, imm: LogicalImm) {
        self.ands_imm(ZR, rn, imm);
    }

    // ---- moves of immediates ----------------------------------------------

    /// `movn`/`movz`/`movk rd, #imm16, lsl #shift` (shift 0 or 16, and 32
    /// or 48 in a 64-bit move).
    pub fn mov_wide(
        &mut self,
        op: MoveWide,
        size: OperandSize,
        rd: impl Into<RegOrZr>,
        imm16: u16,
        shift: u8,
    ) {
        assert!(
            shift.is_multiple_of(16) && u32::from(shift) < bits(size),
            "move-wide shift {shift}"
        );
        self.emit(
            sf(size) << 31
                | (op as u32) << 29
                | 0b100101 << 23
                | u32::from(shift / 16) << 21
                | u32::from(imm16) << 5
                | rd.into().enc(),
        );
    }

    /// `rd = imm` (the low 32 bits, zero-extended, in a 32-bit move) with
    /// the fewest instructions among: one `movz`, `movn` or `orr` of a
    /// bitmask immediate, else `movz` or `movn` then a `movk` for each other
    /// 16-bit piece that differs from what the first one left.
    pub fn mov_imm(&mut self, size: OperandSize, rd: Reg, imm: u64) {
        let pieces = bits(size) / 16;
        let imm = if pieces == 2 { imm & 0xffff_ffff } else { imm };
        let piece = |i: u32| (imm >> (16 * i)) as u16;
        let count = |v: u16| (0..pieces).filter(|&i| piece(i) == v).count();
        // A first movn leaves all-ones pieces, a movz zeros.
        let (first, fill) = if count(0xffff) > count(0) {
            (MoveWide::Movn, 0xffff)
        } else {
            (MoveWide::Movz, 0)
        };
        if count(fill) + 1 < pieces as usize
            && let Some(bitmask) = LogicalImm::new(imm, size)
        {
            self.logic_imm(LogicImmOp::Orr, rd, ZR, bitmask);
            return;
        }
        // The first piece that differs from the fill (piece 0 if none does)
        // goes in the movz/movn, the other differing ones in movk's.
        let first_at = (0..pieces).find(|&i| piece(i) != fill).unwrap_or(0);
        let imm16 = piece(first_at) ^ fill;
        self.mov_wide(first, size, rd, imm16, (16 * first_at) as u8);
        for i in first_at + 1..pieces {
            if piece(i) != fill {
                self.mov_wide(MoveWide::Movk, size, rd, piece(i), (16 * i) as u8);
            }
        }
    }

    // ---- multiply, divide, shifts, bits -------------------------------------

    fn three_source(&mut self, size: OperandSize, o0: u32, rd: Reg, rn: Reg, rm: Reg, ra: RegOrZr) {
        self.emit(
            sf(size) << 31
                | 0b11011 << 24
                | gpr(rm) << 16
                | o0 << 15
                | ra.enc() << 10
                | gpr(rn) << 5
                | gpr(rd),
        );
    }

    /// `madd rd, rn, rm, ra`: `rd = ra + rn * rm`.
    pub fn madd(&mut self, size: OperandSize, rd: Reg, rn: Reg, rm: Reg, ra: Reg) {
        self.three_source(size, 0, rd, rn, rm, ra.into());
    }

    /// `msub rd, rn, rm, ra`: `rd = ra - rn * rm` (a remainder after a
    /// division).
    pub fn msub(&mut self, size: OperandSize, rd: Reg, rn: Reg, rm: Reg, ra: Reg) {
        self.three_source(size, 1, rd, rn, rm, ra.into());
    }

    /// `mul rd, rn, rm` (`madd rd, rn, rm, zr`).
    pub fn mul(&mut self, size: OperandSize, rd: Reg, rn: Reg, rm: Reg) {
        self.three_source(size, 0, rd, rn, rm, ZR);
    }

    /// `udiv`, `sdiv`, `lslv`, `lsrv`, `asrv`, `rorv rd, rn, rm`.
    pub fn two_source(&mut self, op: TwoSourceOp, size: OperandSize, rd: Reg, rn: Reg, rm: Reg) {
        self.emit(
            sf(size) << 31
                | 0b11010110 << 21
                | gpr(rm) << 16
                | (op as u32) << 10
                | gpr(rn) << 5
                | gpr(rd),
        );
    }

    /// `rbit`, `rev`, `clz rd, rn`.
    pub fn one_source(&mut self, op: OneSourceOp, size: OperandSize, rd: Reg, rn: Reg) {
        let opcode = match op {
            OneSourceOp::Rbit => 0b000,
            // rev of a 64-bit register is 0b011 (0b010 is rev32 there).
            OneSourceOp::Rev => 0b010 | sf(size),
            OneSourceOp::Clz => 0b100,
        };
        self.emit(
            sf(size) << 31 | 1 << 30 | 0b11010110 << 21 | opcode << 10 | gpr(rn) << 5 | gpr(rd),
        );
    }

    fn bitfield(&mut self, opc: u32, size: OperandSize, rd: Reg, rn: Reg, immr: u8, imms: u8) {
        assert!(
            u32::from(immr.max(imms)) < bits(size),
            "bitfield #{immr}, #{imms}"
        );
        self.emit(
            sf(size) << 31
                | opc << 29
                | 0b100110 << 23
                | sf(size) << 22
                | u32::from(immr) << 16
                | u32::from(imms) << 10
                | gpr(rn) << 5
                | gpr(rd),
        );
    }

    /// `sbfm rd, rn, #immr, #imms` (signed bitfield move).
    pub fn sbfm(&mut self, size: OperandSize, rd: Reg, rn: Reg, immr: u8, imms: u8) {
        self.bitfield(0b00, size, rd, rn, immr, imms);
    }

    /// `ubfm rd, rn, #immr, #imms` (unsigned bitfield move).
    pub fn ubfm(&mut self, size: OperandSize, rd: Reg, rn: Reg, immr: u8, imms: u8) {
        self.bitfield(0b10, size, rd, rn, immr, imms);
    }

    /// `lsl`/`lsr`/`asr`/`ror rd, rn, #amount`: `ubfm`/`sbfm`, or `extr rd,
    /// rn, rn, #amount` for a rotation.
    pub fn shift_imm(&mut self, shift: Shift, size: OperandSize, rd: Reg, rn: Reg, amount: u8) {
        let width = bits(size) as u8;
        assert!(amount < width, "shift by {amount}");
        match shift {
            Shift::Lsl => self.ubfm(size, rd, rn, (width - amount) % width, width - 1 - amount),
            Shift::Lsr => self.ubfm(size, rd, rn, amount, width - 1),
            Shift::Asr => self.sbfm(size, rd, rn, amount, width - 1),
            Shift::Ror => self.emit(
                sf(size) << 31
                    | 0b100111 << 23
                    | sf(size) << 22
                    | gpr(rn) << 16
                    | u32::from(amount) << 10
                    | gpr(rn) << 5
                    | gpr(rd),
            ),
        }
    }

    /// Zero-extends the low `from` bits (8, 16 or 32) of `rn` into all of
    /// `rd`: `uxtb`/`uxth` (32-bit `ubfm`, which clears the upper half) or
    /// `mov wd, wn`.
    pub fn uxt(&mut self, from: OperandSize, rd: Reg, rn: Reg) {
        match from {
            OperandSize::S32 => self.mov(OperandSize::S32, rd, rn),
            _ => self.ubfm(OperandSize::S32, rd, rn, 0, bits(from) as u8 - 1),
        }
    }

    /// Sign-extends the low `from` bits (8, 16 or 32) of `rn` into a `to`
    /// register: `sxtb`, `sxth`, `sxtw` (`sbfm`).
    pub fn sxt(&mut self, from: OperandSize, to: OperandSize, rd: Reg, rn: Reg) {
        assert!(
            bits(from) < bits(to),
            "sign extension from {from:?} to {to:?}"
        );
        self.sbfm(to, rd, rn, 0, bits(from) as u8 - 1);
    }

    // ---- conditional select -------------------------------------------------

    /// `csel`/`csinc`/`csinv`/`csneg rd, rn, rm, cond`.
    pub fn cond_sel(
        &mut self,
        op: CondSelOp,
        size: OperandSize,
        cond: Cond,
        rd: impl Into<RegOrZr>,
        rn: impl Into<RegOrZr>,
        rm: impl Into<RegOrZr>,
    ) {
        let (op, op2) = match op {
            CondSelOp::Csel => (0, 0),
            CondSelOp::Csinc => (0, 1),
            CondSelOp::Csinv => (1, 0),
            CondSelOp::Csneg => (1, 1),
        };
        self.emit(
            sf(size) << 31
                | op << 30
                | 0b11010100 << 21
                | rm.into().enc() << 16
                | (cond as u32) << 12
                | op2 << 10
                | rn.into().enc() << 5
                | rd.into().enc(),
        );
    }

    /// `cset rd, cond`: 1 if `cond` holds, else 0 (`csinc rd, zr, zr,
    /// !cond`).
    pub fn cset(&mut self, size: OperandSize, rd: Reg, cond: Cond) {
        self.cond_sel(CondSelOp::Csinc, size, cond.invert(), rd, ZR, ZR);
    }

    /// `csetm rd, cond`: all ones if `cond` holds, else 0 (`csinv`).
    pub fn csetm(&mut self, size: OperandSize, rd: Reg, cond: Cond) {
        self.cond_sel(CondSelOp::Csinv, size, cond.invert(), rd, ZR, ZR);
    }

    // ---- branches -----------------------------------------------------------

    pub fn bind(&mut self, label: Label) {
        self.buf.bind(label);
    }

    /// `b label` (±128 MiB).
    pub fn b(&mut self, label: Label) {
        self.buf
            .put_a64_branch(0x1400_0000, label, FixupKind::A64Imm26);
    }

    /// `bl label` (±128 MiB).
    pub fn bl(&mut self, label: Label) {
        self.buf
            .put_a64_branch(0x9400_0000, label, FixupKind::A64Imm26);
    }

    /// `b.cond label` (±1 MiB, further through a veneer; may emit an
    /// island first).
    pub fn b_cond(&mut self, cond: Cond, label: Label) {
        self.buf
            .put_a64_branch(0x5400_0000 | cond as u32, label, FixupKind::A64Imm19);
    }

    /// `cbz rt, label` (`nonzero`: `cbnz`), ±1 MiB, further through a
    /// veneer; may emit an island first.
    pub fn cbz(&mut self, nonzero: bool, size: OperandSize, rt: Reg, label: Label) {
        let insn = sf(size) << 31 | 0b011010 << 25 | u32::from(nonzero) << 24 | gpr(rt);
        self.buf.put_a64_branch(insn, label, FixupKind::A64Imm19);
    }

    /// `tbz rt, #bit, label` (`nonzero`: `tbnz`), ±32 KiB, further through
    /// a veneer; may emit an island first. The register is named W for bits
    /// below 32.
    pub fn tbz(&mut self, nonzero: bool, rt: Reg, bit: u8, label: Label) {
        assert!(bit < 64, "test of bit {bit}");
        let bit = u32::from(bit);
        let insn = (bit >> 5) << 31
            | 0b011011 << 25
            | u32::from(nonzero) << 24
            | (bit & 0x1f) << 19
            | gpr(rt);
        self.buf.put_a64_branch(insn, label, FixupKind::A64Imm14);
    }

    /// `adr rd, label` (±1 MiB, no veneer).
    pub fn adr(&mut self, rd: Reg, label: Label) {
        self.buf
            .put_a64_label_ref(0x1000_0000 | gpr(rd), label, FixupKind::A64Adr21);
    }

    /// `br rn`.
    pub fn br(&mut self, rn: Reg) {
        self.emit(0xd61f_0000 | gpr(rn) << 5);
    }

    /// `blr rn`.
    pub fn blr(&mut self, rn: Reg) {
        self.emit(0xd63f_0000 | gpr(rn) << 5);
    }

    /// `ret` (to x30).
    pub fn ret(&mut self) {
        self.emit(0xd65f_03c0);
    }

    /// `udf #imm`: permanently undefined (SIGILL), the trap instruction.
    pub fn udf(&mut self, imm: u16) {
        self.emit(u32::from(imm));
    }

    /// `brk #imm`: breakpoint (SIGTRAP).
    pub fn brk(&mut self, imm: u16) {
        self.emit(0xd420_0000 | u32::from(imm) << 5);
    }

    pub fn nop(&mut self) {
        self.emit(0xd503_201f);
    }

    // ---- loads and stores ---------------------------------------------------

    /// A single-register access: `size` (log2 bytes) at 30, `v` (FP) at
    /// 26, `opc` at 22.
    fn load_store(&mut self, size: OperandSize, v: u32, opc: u32, rt: u32, amode: &Amode) {
        let bytes = size.bytes();
        if let Some(base) = amode.writeback_base() {
            // Writeback to the transferred register is UNPREDICTABLE (31 is
            // SP as a base, ZR as the transferred register).
            assert!(v == 1 || base.enc() != rt || rt == 31, "writeback to x{rt}");
        }
        let form = amode
            .single_form(bytes)
            .unwrap_or_else(|| panic!("{amode:?} does not fit a {bytes}-byte access"));
        let (mode, fields) = match form {
            SingleForm::Scaled(f) => (0b01, f),
            SingleForm::Imm9(f) | SingleForm::Indexed(f) => (0b00, f),
        };
        self.emit(
            bytes.trailing_zeros() << 30
                | 0b111 << 27
                | v << 26
                | mode << 24
                | opc << 22
                | fields
                | rt,
        );
    }

    /// Zero-extending load of `size` bytes (`ldrb`, `ldrh`, `ldr w`, `ldr
    /// x`, or `ldur*`); `rt` is W below 64 bits.
    pub fn ldr(&mut self, size: OperandSize, rt: impl Into<RegOrZr>, amode: &Amode) {
        self.load_store(size, 0, 0b01, rt.into().enc(), amode);
    }

    /// Store of the low `size` bytes of `rt` (`strb`, `strh`, `str`, or
    /// `stur*`).
    pub fn str(&mut self, size: OperandSize, rt: impl Into<RegOrZr>, amode: &Amode) {
        self.load_store(size, 0, 0b00, rt.into().enc(), amode);
    }

    /// Sign-extending load of `from` bytes (8, 16 or 32 bits) into a `to`
    /// register: `ldrsb`, `ldrsh`, `ldrsw` (or `ldurs*`).
    pub fn ldrs(
        &mut self,
        from: OperandSize,
        to: OperandSize,
        rt: impl Into<RegOrZr>,
        amode: &Amode,
    ) {
        assert!(
            bits(from) < bits(to),
            "sign-extending load of {from:?} to {to:?}"
        );
        // opc 0b10 extends to 64 bits, 0b11 to 32.
        let opc = 0b11 - sf(to);
        self.load_store(from, 0, opc, rt.into().enc(), amode);
    }

    /// `ldr st`/`ldr dt` (or `ldur`): an FP load of `size`.
    pub fn ldr_fp(&mut self, size: OperandSize, vt: Reg, amode: &Amode) {
        assert_fp(size);
        self.load_store(size, 1, 0b01, fpr(vt), amode);
    }

    /// `str st`/`str dt` (or `stur`).
    pub fn str_fp(&mut self, size: OperandSize, vt: Reg, amode: &Amode) {
        assert_fp(size);
        self.load_store(size, 1, 0b00, fpr(vt), amode);
    }

    /// `ldar rt, [rn]`: a 32- or 64-bit load-acquire (no later load or
    /// store is observed before it).
    pub fn ldar(&mut self, size: OperandSize, rt: impl Into<RegOrZr>, rn: impl Into<RegOrSp>) {
        self.emit((0b10 | sf(size)) << 30 | 0x08df_fc00 | rn.into().enc() << 5 | rt.into().enc());
    }

    /// `ldr rt, label` (literal, ±1 MiB): a 32- or 64-bit load.
    pub fn ldr_literal(&mut self, size: OperandSize, rt: Reg, label: Label) {
        let insn = sf(size) << 30 | 0b011 << 27 | gpr(rt);
        self.buf.put_a64_label_ref(insn, label, FixupKind::A64Imm19);
    }

    /// `ldr st`/`ldr dt, label` (literal, ±1 MiB).
    pub fn ldr_fp_literal(&mut self, size: OperandSize, vt: Reg, label: Label) {
        let insn = ftype(size) << 30 | 0b011 << 27 | 1 << 26 | fpr(vt);
        self.buf.put_a64_label_ref(insn, label, FixupKind::A64Imm19);
    }

    fn load_store_pair(
        &mut self,
        opc: u32,
        v: u32,
        load: bool,
        (rt1, rt2): (u32, u32),
        bytes: u32,
        amode: &Amode,
    ) {
        if load {
            assert!(rt1 != rt2, "load pair into one register");
        }
        if let Some(base) = amode.writeback_base() {
            let n = base.enc();
            assert!(
                v == 1 || n == 31 || (n != rt1 && n != rt2),
                "writeback to a transferred register"
            );
        }
        let fields = amode
            .pair_form(bytes)
            .unwrap_or_else(|| panic!("{amode:?} does not fit a pair of {bytes} bytes"));
        self.emit(
            opc << 30 | 0b101 << 27 | v << 26 | u32::from(load) << 22 | fields | rt2 << 10 | rt1,
        );
    }

    /// `ldp rt1, rt2, amode`: two 32- or 64-bit registers (not the same).
    pub fn ldp(
        &mut self,
        size: OperandSize,
        rt1: impl Into<RegOrZr>,
        rt2: impl Into<RegOrZr>,
        amode: &Amode,
    ) {
        let regs = (rt1.into().enc(), rt2.into().enc());
        self.load_store_pair(sf(size) << 1, 0, true, regs, size.bytes(), amode);
    }

    /// `stp rt1, rt2, amode`.
    pub fn stp(
        &mut self,
        size: OperandSize,
        rt1: impl Into<RegOrZr>,
        rt2: impl Into<RegOrZr>,
        amode: &Amode,
    ) {
        let regs = (rt1.into().enc(), rt2.into().enc());
        self.load_store_pair(sf(size) << 1, 0, false, regs, size.bytes(), amode);
    }

    /// `ldp st1, st2`/`ldp dt1, dt2, amode` (not the same register).
    pub fn ldp_fp(&mut self, size: OperandSize, vt1: Reg, vt2: Reg, amode: &Amode) {
        let regs = (fpr(vt1), fpr(vt2));
        self.load_store_pair(ftype(size), 1, true, regs, size.bytes(), amode);
    }

    /// `stp st1, st2`/`stp dt1, dt2, amode`.
    pub fn stp_fp(&mut self, size: OperandSize, vt1: Reg, vt2: Reg, amode: &Amode) {
        let regs = (fpr(vt1), fpr(vt2));
        self.load_store_pair(ftype(size), 1, false, regs, size.bytes(), amode);
    }

    // ---- scalar floating point ---------------------------------------------

    fn fp_one_source(&mut self, size: OperandSize, opcode: u32, rd: Reg, rn: Reg) {
        self.emit(0x1e20_4000 | ftype(size) << 22 | opcode << 15 | fpr(rn) << 5 | fpr(rd));
    }

    /// `fmov rd, rn` between FP registers.
    pub fn fmov(&mut self, size: OperandSize, rd: Reg, rn: Reg) {
        self.fp_one_source(size, 0, rd, rn);
    }

    /// `fabs`, `fneg`, `fsqrt`, `frintn/p/m/z rd, rn`.
    pub fn fp_unop(&mut self, op: FpUnOp, size: OperandSize, rd: Reg, rn: Reg) {
        self.fp_one_source(size, op as u32, rd, rn);
    }

    /// `fcvt rd, rn` from a float of `from` to the other precision.
    pub fn fcvt(&mut self, from: OperandSize, rd: Reg, rn: Reg) {
        // opcode 0b000100 converts to single, 0b000101 to double.
        let to_double = 1 - ftype(from);
        self.fp_one_source(from, 0b100 | to_double, rd, rn);
    }

    /// `fadd`, `fsub`, `fmul`, `fdiv`, `fmax`, `fmin rd, rn, rm`.
    pub fn fp_binop(&mut self, op: FpBinOp, size: OperandSize, rd: Reg, rn: Reg, rm: Reg) {
        self.emit(
            0x1e20_0800
                | ftype(size) << 22
                | fpr(rm) << 16
                | (op as u32) << 12
                | fpr(rn) << 5
                | fpr(rd),
        );
    }

    /// `fcmp rn, rm`: the flags as for an ordered compare, C and V set
    /// (only) when unordered.
    pub fn fcmp(&mut self, size: OperandSize, rn: Reg, rm: Reg) {
        self.emit(0x1e20_2000 | ftype(size) << 22 | fpr(rm) << 16 | fpr(rn) << 5);
    }

    /// `fcmp rn, #0.0`.
    pub fn fcmp_zero(&mut self, size: OperandSize, rn: Reg) {
        self.emit(0x1e20_2008 | ftype(size) << 22 | fpr(rn) << 5);
    }

    /// `fcsel rd, rn, rm, cond`.
    pub fn fcsel(&mut self, size: OperandSize, cond: Cond, rd: Reg, rn: Reg, rm: Reg) {
        self.emit(
            0x1e20_0c00
                | ftype(size) << 22
                | fpr(rm) << 16
                | (cond as u32) << 12
                | fpr(rn) << 5
                | fpr(rd),
        );
    }

    /// `fmov rd, #imm` with `imm8` from [`encode_fp_imm`].
    pub fn fmov_imm(&mut self, size: OperandSize, rd: Reg, imm8: u8) {
        self.emit(0x1e20_1000 | ftype(size) << 22 | u32::from(imm8) << 13 | fpr(rd));
    }

    /// A conversion between an integer register of `int_size` and an FP
    /// register of `fp_size`.
    fn fp_int(
        &mut self,
        int_size: OperandSize,
        fp_size: OperandSize,
        rmode_opcode: u32,
        rd: u32,
        rn: u32,
    ) {
        self.emit(
            sf(int_size) << 31
                | 0x1e20_0000
                | ftype(fp_size) << 22
                | rmode_opcode << 16
                | rn << 5
                | rd,
        );
    }

    /// `scvtf` (`signed`) or `ucvtf rd, rn`: an integer to a float, rounded
    /// to nearest.
    pub fn int_to_fp(
        &mut self,
        signed: bool,
        int_size: OperandSize,
        fp_size: OperandSize,
        rd: Reg,
        rn: impl Into<RegOrZr>,
    ) {
        let opcode = if signed { 0b00_010 } else { 0b00_011 };
        self.fp_int(int_size, fp_size, opcode, fpr(rd), rn.into().enc());
    }

    /// `fcvtzs` (`signed`) or `fcvtzu rd, rn`: a float to an integer,
    /// toward zero, saturating (NaN gives 0).
    pub fn fp_to_int(
        &mut self,
        signed: bool,
        fp_size: OperandSize,
        int_size: OperandSize,
        rd: impl Into<RegOrZr>,
        rn: Reg,
    ) {
        let opcode = if signed { 0b11_000 } else { 0b11_001 };
        self.fp_int(int_size, fp_size, opcode, rd.into().enc(), fpr(rn));
    }

    /// `fmov st, wn` or `fmov dt, xn`: the bits of a general-purpose
    /// register into an FP register (the rest of it zeroed).
    pub fn fmov_to_fp(&mut self, size: OperandSize, rd: Reg, rn: impl Into<RegOrZr>) {
        self.fp_int(size, size, 0b00_111, fpr(rd), rn.into().enc());
    }

    /// `fmov wd, sn` or `fmov xd, dn`: the bits of an FP register.
    pub fn fmov_from_fp(&mut self, size: OperandSize, rd: impl Into<RegOrZr>, rn: Reg) {
        self.fp_int(size, size, 0b00_110, rd.into().enc(), fpr(rn));
    }

    // ---- SIMD, for popcount -------------------------------------------------

    /// `cnt vd.8b, vn.8b`: the number of ones in each byte.
    pub fn cnt_8b(&mut self, rd: Reg, rn: Reg) {
        self.emit(0x0e20_5800 | fpr(rn) << 5 | fpr(rd));
    }

    /// `addv bd, vn.8b`: the sum of the 8 bytes, modulo 256.
    pub fn addv_8b(&mut self, rd: Reg, rn: Reg) {
        self.emit(0x0e31_b800 | fpr(rn) << 5 | fpr(rd));
    }

    /// `uaddlv hd, vn.8b`: the sum of the 8 bytes as 16 bits.
    pub fn uaddlv_8b(&mut self, rd: Reg, rn: Reg) {
        self.emit(0x2e30_3800 | fpr(rn) << 5 | fpr(rd));
    }

    // ---- SIMD shifts by an immediate, for copysign ---------------------------

    /// `ushr`/`sli` by `shift` of the scalar `dN` (`lanes` S64) or of both
    /// 32-bit lanes of `vN.2s` (S32); the upper 64 bits are zeroed. `ushr`
    /// shifts by 1..=the lane width, `sli` by 0..the lane width.
    pub fn simd_shift_imm(
        &mut self,
        op: SimdShift,
        lanes: OperandSize,
        rd: Reg,
        rn: Reg,
        shift: u8,
    ) {
        let (base, esize) = match lanes {
            OperandSize::S32 => (0x2f00_0400, 32),
            OperandSize::S64 => (0x7f00_0400, 64),
            _ => panic!("SIMD shift of {lanes:?} lanes"),
        };
        let shift = u32::from(shift);
        // immh:immb is 2 * esize - shift for right shifts, esize + shift
        // for left ones.
        let imm = match op {
            SimdShift::Ushr => {
                assert!((1..=esize).contains(&shift), "ushr by {shift}");
                2 * esize - shift
            }
            SimdShift::Sli => {
                assert!(shift < esize, "sli by {shift}");
                esize + shift
            }
        };
        self.emit(base | imm << 16 | (op as u32) << 11 | fpr(rn) << 5 | fpr(rd));
    }
}
