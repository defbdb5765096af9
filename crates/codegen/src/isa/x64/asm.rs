//! brisk's x86-64 encoder: one method per machine instruction form, writing
//! bytes straight into a [`CodeBuffer`]. It picks encodings (REX, SIB,
//! displacement and immediate widths) but never instruction sequences; that
//! is the MacroAssembler's job. Every method is checked against an
//! independent decoder in `tests/x64_encoder.rs` (the SSE methods in
//! `tests/x64_encoder_sse.rs`).

use crate::buffer::{CodeBuffer, Label};
use crate::masm::OperandSize;
use crate::reg::Reg;

mod simd;
pub use simd::{MovMsk, PackedImmOp, PackedOp, ShiftImmOp};

/// A memory operand, `[base + index << shift + disp]`, kept encoded: built
/// once where the address is formed (often with a constant base, which then
/// folds), so that an instruction only adds its reg field, REX and opcode.
/// Bits 0-47 hold the ModRM byte (with a zero reg field), the SIB byte if
/// any and the displacement (its shortest form is the part within the
/// length; a disp8 is followed by its sign-extension bytes), first byte
/// lowest; bits 48-55 their number of bytes (1 to 6); bits 56-57 REX's B
/// and X bits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Amode(u64);

/// Where [`Amode`] keeps the length of its bytes, and REX's X and B bits.
const AMODE_LEN: u32 = 48;
const AMODE_XB: u32 = 56;

/// ModRM's mode bits and the displacement's length in an [`Amode`] with
/// a disp8 or a disp32.
const DISP8_FORM: u64 = 0x40 | 1 << AMODE_LEN;
const DISP32_FORM: u64 = 0x80 | 4 << AMODE_LEN;

impl Amode {
    #[inline(always)]
    pub fn base_disp(base: Reg, disp: i32) -> Amode {
        // rsp/r12 as a base need a SIB byte; its index 0b100 means "no
        // index" (rsp can never be one).
        Amode::encode(base, 4, 0, disp, base.hw() & 7 == 4)
    }

    /// `[base + index << shift + disp]`; `shift` is 0..=3 and the index can
    /// never be `rsp`.
    #[inline(always)]
    pub fn indexed(base: Reg, index: Reg, shift: u8, disp: i32) -> Amode {
        debug_assert!(index.hw() != 4, "rsp cannot be an index register");
        debug_assert!(shift <= 3);
        Amode::encode(base, index.hw(), shift, disp, true)
    }

    /// The encoding of `[base + index << shift + disp]`, with a SIB byte if
    /// `sib` (then r/m is 0b100 and the displacement follows the SIB byte);
    /// without one, `index` must be 4 and `shift` 0.
    #[inline(always)]
    fn encode(base: Reg, index: u8, shift: u8, disp: i32, sib: bool) -> Amode {
        let base = base.hw();
        let base_low = base & 7;
        // A disp32, a disp8, or no displacement (not with rbp/r13 as a
        // base, where that encoding means RIP-relative or no base): ModRM's
        // mode bits and the displacement's length. With a constant base
        // (rbp for frame slots, rsp for outgoing arguments) the last test
        // folds, leaving a choice between two constants.
        let form = if !fits_i8(disp) {
            DISP32_FORM
        } else if disp != 0 || base_low == 5 {
            DISP8_FORM
        } else {
            0
        };
        // All four bytes, even of a disp8 (zero without a displacement):
        // those past the length stay below bit 48.
        let disp = u64::from(disp as u32);
        let (rm, rest, len): (u8, u64, u8) = if sib {
            let sib = shift << 6 | (index & 7) << 3 | base_low;
            (4, u64::from(sib) | disp << 8, 2)
        } else {
            (base_low, disp, 1)
        };
        let xb = (index >> 3) << 1 | base >> 3;
        // Added, not or-ed: the lengths add up (and the rest is disjoint).
        Amode(
            form + (u64::from(rm)
                | rest << 8
                | u64::from(len) << AMODE_LEN
                | u64::from(xb) << AMODE_XB),
        )
    }

    /// The number of bytes of ModRM, SIB and displacement.
    #[inline(always)]
    fn len(self) -> u32 {
        (self.0 >> AMODE_LEN) as u32 & 7
    }

    /// REX's X and B bits, in their places in REX (bits 1 and 0).
    #[inline(always)]
    fn xb(self) -> u8 {
        (self.0 >> AMODE_XB) as u8
    }

    fn sib(self) -> Option<u8> {
        (self.0 & 7 == 0b100).then_some((self.0 >> 8) as u8)
    }

    pub fn base(&self) -> Reg {
        let low = self.sib().unwrap_or(self.0 as u8) & 7;
        Reg::int((self.xb() & 1) << 3 | low)
    }

    /// Index register and shift (0..=3).
    pub fn index(&self) -> Option<(Reg, u8)> {
        let sib = self.sib()?;
        let index = (self.xb() >> 1) << 3 | (sib >> 3 & 7);
        (index != 4).then_some((Reg::int(index), sib >> 6))
    }

    pub fn disp(&self) -> i32 {
        let at = if self.sib().is_some() { 16 } else { 8 };
        let disp = self.0 >> at;
        match self.0 as u8 >> 6 {
            0 => 0,
            1 => i32::from(disp as i8),
            _ => disp as u32 as i32,
        }
    }

    /// Whether computing the address reads `reg`.
    pub fn uses(&self, reg: Reg) -> bool {
        self.base() == reg || self.index().is_some_and(|(i, _)| i == reg)
    }
}

impl std::fmt::Debug for Amode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Amode")
            .field("base", &self.base())
            .field("index", &self.index())
            .field("disp", &self.disp())
            .finish()
    }
}

/// x86 condition codes, numbered as the hardware numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Cond {
    O = 0,
    NO = 1,
    B = 2,
    AE = 3,
    E = 4,
    NE = 5,
    BE = 6,
    A = 7,
    S = 8,
    NS = 9,
    P = 10,
    NP = 11,
    L = 12,
    GE = 13,
    LE = 14,
    G = 15,
}

impl Cond {
    pub const ALL: [Cond; 16] = [
        Cond::O,
        Cond::NO,
        Cond::B,
        Cond::AE,
        Cond::E,
        Cond::NE,
        Cond::BE,
        Cond::A,
        Cond::S,
        Cond::NS,
        Cond::P,
        Cond::NP,
        Cond::L,
        Cond::GE,
        Cond::LE,
        Cond::G,
    ];
}

/// The eight classic two-operand ALU operations, numbered by their opcode
/// extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum AluOp {
    Add = 0,
    Or = 1,
    Adc = 2,
    Sbb = 3,
    And = 4,
    Sub = 5,
    Xor = 6,
    Cmp = 7,
}

/// Group-2 shifts and rotates, numbered by their opcode extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum ShiftOp {
    Rol = 0,
    Ror = 1,
    Shl = 4,
    Shr = 5,
    Sar = 7,
}

/// Group-3 one-operand operations (`F7 /n`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    Not = 2,
    Neg = 3,
    Mul = 4,
    Imul = 5,
    Div = 6,
    Idiv = 7,
}

/// Bit-counting instructions. `Lzcnt`/`Tzcnt` need LZCNT/BMI1 and
/// `Popcnt` needs POPCNT: on a CPU without them the first two silently
/// execute as `bsr`/`bsf`, so only emit them when the target has the feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BitOp {
    Lzcnt,
    Tzcnt,
    Popcnt,
    Bsr,
    Bsf,
}

/// Scalar floating-point arithmetic: `op ss` (32-bit) or `op sd` (64-bit),
/// numbered by the opcode's last byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum SseOp {
    Sqrt = 0x51,
    Add = 0x58,
    Mul = 0x59,
    Sub = 0x5C,
    Min = 0x5D,
    Div = 0x5E,
    Max = 0x5F,
}

impl SseOp {
    pub const ALL: [SseOp; 7] = [
        SseOp::Sqrt,
        SseOp::Add,
        SseOp::Mul,
        SseOp::Sub,
        SseOp::Min,
        SseOp::Div,
        SseOp::Max,
    ];
}

/// Bitwise operations on a whole XMM register: `op ps` (32-bit lanes) or
/// `op pd` (64-bit lanes), numbered by the opcode's last byte. `Andn` is
/// `dst = !dst & src`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum SseBitOp {
    And = 0x54,
    Andn = 0x55,
    Or = 0x56,
    Xor = 0x57,
}

impl SseBitOp {
    pub const ALL: [SseBitOp; 4] = [SseBitOp::And, SseBitOp::Andn, SseBitOp::Or, SseBitOp::Xor];
}

/// The rounding-control immediate of `roundss`/`roundsd` (SSE4.1). Bit 2
/// clear selects the immediate's mode over MXCSR; bit 3 suppresses the
/// precision exception, which Wasm never observes anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum RoundMode {
    Nearest = 0b1000,
    Floor = 0b1001,
    Ceil = 0b1010,
    Trunc = 0b1011,
}

impl RoundMode {
    pub const ALL: [RoundMode; 4] = [
        RoundMode::Nearest,
        RoundMode::Floor,
        RoundMode::Ceil,
        RoundMode::Trunc,
    ];
}

/// The mandatory prefix selecting the scalar single (`F3`) or double (`F2`)
/// form of an SSE instruction.
fn scalar_prefix(size: OperandSize) -> u8 {
    match size {
        OperandSize::S32 => 0xF3,
        OperandSize::S64 => 0xF2,
        _ => unreachable!("scalar float of {size:?}"),
    }
}

/// The prefix selecting the packed single (none) or double (`66`) form;
/// a whole v128 (S128) takes the single form.
fn packed_prefix(size: OperandSize) -> Option<u8> {
    match size {
        OperandSize::S32 | OperandSize::S128 => None,
        OperandSize::S64 => Some(0x66),
        _ => unreachable!("packed float of {size:?}"),
    }
}

/// The r/m operand of an instruction.
#[derive(Clone, Copy)]
enum Rm<'a> {
    Reg(Reg),
    Mem(&'a Amode),
    /// `[rip + disp32]` pointing at a label; only for instructions with no
    /// immediate after the displacement.
    Rip(Label),
}

#[derive(Debug, Default)]
pub struct Assembler {
    pub buf: CodeBuffer,
}

fn is_64(size: OperandSize) -> bool {
    matches!(size, OperandSize::S64)
}

/// Whether `size` is S32 or S64.
fn is_wide(size: OperandSize) -> bool {
    matches!(size, OperandSize::S32 | OperandSize::S64)
}

/// [`is_64`] of a size that is S32 or S64: the low bit of its
/// discriminant, one instruction rather than a comparison.
fn wide_is_64(size: OperandSize) -> bool {
    debug_assert!(is_wide(size));
    size as u8 & 1 != 0
}

const _: () = assert!(OperandSize::S32 as u8 & 1 == 0 && OperandSize::S64 as u8 & 1 == 1);

/// An instruction's fixed part, packed in one word so that the out-of-line
/// memory form takes it in one register: the mandatory prefix (bits 0-7,
/// 0 for none), the opcode bytes (8-31, first byte lowest), their number
/// (32-33), REX.W (35) and "REX needed" (38: spl, bpl, sil or dil as an
/// 8-bit operand). Bits 32-39, masked with 0x48, are REX's W bit and its
/// fixed 0x40 when forced.
#[derive(Clone, Copy)]
struct Op(u64);

impl Op {
    /// Callers pass constant opcodes, which then fold.
    #[inline(always)]
    fn new(prefix: Option<u8>, w: bool, opcode: &[u8], force_rex: bool) -> Op {
        debug_assert!((1..=3).contains(&opcode.len()));
        let mut bytes = 0u64;
        for (i, &o) in opcode.iter().enumerate() {
            bytes |= u64::from(o) << (8 * i);
        }
        Op(u64::from(prefix.unwrap_or(0))
            | bytes << 8
            | (opcode.len() as u64) << 32
            | u64::from(w) << 35
            | u64::from(force_rex) << 38)
    }
}

/// Whether an 8-bit register operand numbered `hw` needs a REX prefix
/// (spl, bpl, sil, dil; without one they mean ah, ch, dh, bh).
fn byte_needs_rex(hw: u8) -> bool {
    (4..8).contains(&hw)
}

/// Where an operand word (see [`Encoding::start`]) keeps REX's R bit;
/// its B and X bits are those of [`Amode`], at [`AMODE_XB`].
const OPERAND_R: u32 = AMODE_XB + 2;

/// The ModRM reg field of `reg` (a register number or an opcode
/// extension), with its REX.R bit, to be or-ed into an operand word.
#[inline(always)]
fn reg_field(reg: u8) -> u64 {
    REG_FIELDS[usize::from(reg & 15)]
}

/// [`reg_field`] of every register number, looked up rather than computed
/// (one load instead of five shifts and masks on the hottest path).
const REG_FIELDS: [u64; 16] = {
    let mut fields = [0; 16];
    let mut reg = 0;
    while reg < 16 {
        fields[reg] = ((reg as u64) & 7) << 3 | ((reg as u64) >> 3) << OPERAND_R;
        reg += 1;
    }
    fields
};

/// The operand word of a register r/m operand: ModRM with mode 0b11, one
/// byte, and REX.B; looked up like [`reg_field`].
#[inline(always)]
fn reg_operand(rm: u8) -> u64 {
    REG_OPERANDS[usize::from(rm & 15)]
}

const REG_OPERANDS: [u64; 16] = {
    let mut operands = [0; 16];
    let mut rm = 0;
    while rm < 16 {
        operands[rm] = 0xC0 | (rm as u64 & 7) | 1 << AMODE_LEN | (rm as u64 >> 3) << AMODE_XB;
        rm += 1;
    }
    operands
};

/// The operand word of a RIP-relative operand: ModRM with mode 0b00 and
/// r/m 0b101, one byte (the rel32 follows the instruction).
const RIP_OPERAND: u64 = 0b101 | 1 << AMODE_LEN;

/// The bytes of an instruction being encoded, in two parts of at most 8
/// bytes each (first byte lowest), appended to the buffer at once: the
/// head, whose length varies with the registers (mandatory prefix and REX,
/// or a VEX prefix; and the escape byte `0F` of a three-byte opcode, so
/// that the body has room for an operand), then the body, whose length
/// most callers know (opcode, ModRM, SIB, displacement, and the immediate
/// of a register form). The body's parts then go in at constant shifts, and
/// a missing REX costs no shift at all.
#[derive(Clone, Copy)]
struct Encoding {
    head: u64,
    head_len: u32,
    body: u64,
    body_len: u32,
}

impl Encoding {
    /// Prefix, REX and opcode of `op` with the operand word `operand`
    /// appended, of `operand_len` bytes. An operand word is an [`Amode`]'s
    /// encoding, or [`reg_operand`]'s, with the [`reg_field`] of the
    /// instruction's reg operand or-ed in: ModRM, SIB and displacement in
    /// its low bytes and REX's B, X and R bits in its top byte, so that REX
    /// comes from one shift.
    #[inline(always)]
    fn start(op: Op, operand: u64, operand_len: u32) -> Encoding {
        let Op(op) = op;
        let prefix = op & 0xFF;
        let prefix_len = u32::from(prefix != 0);
        // REX's W, R, X and B bits, and bit 6 when forced: the byte is
        // there iff one of them is set.
        let rex = (op >> 32) & 0x48 | operand >> AMODE_XB;
        let head = prefix | (0x40 | rex) << (8 * prefix_len);
        // `rex != 0` (`rex` is at most 0x4F) by an addition's carry.
        let head_len = prefix_len + ((rex + 0x7F) >> 7) as u32;
        let opcode = op >> 8 & 0xFF_FFFF;
        let opcode_len = (op >> 32) as u32 & 3;
        // The operand's bits past its bytes end up past the body's length,
        // in the buffer's spare capacity (or shifted out).
        if opcode_len == 3 {
            // Over the unneeded REX byte, if any.
            let at = 8 * head_len;
            Encoding {
                head: head & !(0xFF << at) | (opcode & 0xFF) << at,
                head_len: head_len + 1,
                body: opcode >> 8 | operand << 16,
                body_len: 2 + operand_len,
            }
        } else {
            Encoding {
                head,
                head_len,
                body: opcode | operand << (8 * opcode_len),
                body_len: opcode_len + operand_len,
            }
        }
    }

    /// Appends the `n` bytes of `v` (its higher bytes are zero) to the
    /// body.
    #[inline(always)]
    fn put(&mut self, v: u32, n: u32) {
        debug_assert!(n == 4 || v >> (8 * n) == 0);
        debug_assert!(self.body_len + n <= 8);
        self.body |= u64::from(v) << (8 * self.body_len);
        self.body_len += n;
    }
}

fn fits_i8(v: i32) -> bool {
    v as i8 as i32 == v
}

/// An 8-bit immediate for the immediate forms (`emit_reg_imm`, `emit_mem_imm`): `v`'s low byte.
fn imm8(v: i32) -> (u32, u32) {
    (u32::from(v as u8), 1)
}

/// A 32-bit immediate for the immediate forms.
fn imm32(v: i32) -> (u32, u32) {
    (v as u32, 4)
}

impl Assembler {
    pub fn new() -> Self {
        Self::default()
    }

    /// Emits prefix, REX, opcode and ModRM/SIB/displacement.
    /// `byte_reg`/`byte_rm` say that the reg/rm operand is an 8-bit register,
    /// for which spl, bpl, sil and dil need a REX prefix.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn emit(
        &mut self,
        prefix: Option<u8>,
        w: bool,
        opcode: &[u8],
        reg: u8,
        rm: Rm<'_>,
        byte_reg: bool,
        byte_rm: bool,
    ) {
        let op = Op::new(prefix, w, opcode, byte_reg && byte_needs_rex(reg));
        // Register operands inline (most callers know the form, which then
        // folds); memory operands out of line.
        match rm {
            Rm::Reg(r) => {
                let force = byte_rm && byte_needs_rex(r.hw());
                let op = if force { Op(op.0 | 1 << 38) } else { op };
                let e = Encoding::start(op, reg_operand(r.hw()) | reg_field(reg), 1);
                self.put_encoding(e);
            }
            Rm::Mem(a) => self.emit_mem(op, reg, *a),
            Rm::Rip(label) => self.emit_rip(op, reg, label),
        }
    }

    /// [`Self::emit`] with a memory operand.
    #[inline(never)]
    fn emit_mem(&mut self, op: Op, reg: u8, a: Amode) {
        self.emit_mem_inline(op, reg, a);
    }

    /// [`Self::emit_mem`] inline: for the hottest forms (`mov` loads and
    /// stores of registers and immediates), whose constant prefix and
    /// opcode then fold.
    #[inline(always)]
    fn emit_mem_inline(&mut self, op: Op, reg: u8, a: Amode) {
        self.put_encoding(Encoding::start(op, a.0 | reg_field(reg), a.len()));
    }

    /// [`Self::emit_mem_inline`] followed by an immediate of `imm_len`
    /// bytes (`imm`'s higher bytes are zero), appended as a third part of
    /// the one [`CodeBuffer::put_parts`].
    #[inline(always)]
    fn emit_mem_imm(&mut self, op: Op, reg: u8, a: Amode, (imm, imm_len): (u32, u32)) {
        let e = Encoding::start(op, a.0 | reg_field(reg), a.len());
        self.buf.put_parts([
            (e.head, e.head_len as usize),
            (e.body, e.body_len as usize),
            (imm.into(), imm_len as usize),
        ]);
    }

    /// [`Self::emit`] with a RIP-relative operand: its ModRM byte, then the
    /// rel32 to `label`.
    #[inline(never)]
    fn emit_rip(&mut self, op: Op, reg: u8, label: Label) {
        self.put_encoding(Encoding::start(op, RIP_OPERAND | reg_field(reg), 1));
        self.buf.put_rel32(label);
    }

    /// Appends the instruction `e`.
    #[inline(always)]
    fn put_encoding(&mut self, e: Encoding) {
        self.buf
            .put_parts([(e.head, e.head_len as usize), (e.body, e.body_len as usize)]);
    }

    /// [`Self::emit`] for the common case: no 8-bit register operands.
    #[inline(always)]
    fn emit_op(&mut self, prefix: Option<u8>, w: bool, opcode: &[u8], reg: u8, rm: Rm<'_>) {
        self.emit(prefix, w, opcode, reg, rm, false, false);
    }

    /// A one-byte opcode with a register operand `rm` and an immediate of
    /// `imm_len` bytes (1, 2 or 4; `imm`'s higher bytes are zero), appended
    /// at once (at most 1 + 1 + 1 + 1 + 4 bytes). `byte_rm`: `rm` is an
    /// 8-bit register.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    fn emit_reg_imm(
        &mut self,
        prefix: Option<u8>,
        w: bool,
        opcode: u8,
        reg: u8,
        rm: Reg,
        byte_rm: bool,
        (imm, imm_len): (u32, u32),
    ) {
        let op = Op::new(prefix, w, &[opcode], byte_rm && byte_needs_rex(rm.hw()));
        let mut e = Encoding::start(op, reg_operand(rm.hw()) | reg_field(reg), 1);
        e.put(imm, imm_len);
        self.put_encoding(e);
    }

    // ---- moves -------------------------------------------------------------

    /// `mov dst, src` (32 or 64 bits; a 32-bit move zero-extends).
    pub fn mov_rr(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        self.emit_op(None, is_64(size), &[0x89], src.hw(), Rm::Reg(dst));
    }

    // The hot `mov` forms below take their address by reference, as every
    // form does, and hand it by value (in a register, not a stack slot) to
    // their out-of-line encoder, which their callers then reach by a jump.

    /// Load `dst <- [mem]` of 32 or 64 bits.
    #[inline(always)]
    pub fn mov_rm(&mut self, size: OperandSize, dst: Reg, mem: &Amode) {
        self.encode_mov_rm(size, dst, *mem);
    }

    #[inline(never)]
    fn encode_mov_rm(&mut self, size: OperandSize, dst: Reg, mem: Amode) {
        let op = Op::new(None, wide_is_64(size), &[0x8B], false);
        self.emit_mem_inline(op, dst.hw(), mem);
    }

    /// `mov via, [src]` then `mov [dst], via`, of 32 or 64 bits: a copy
    /// between memory operands through the register `via`, both
    /// instructions appended at once (one capacity check).
    #[inline(always)]
    pub fn mov_mm_via(&mut self, size: OperandSize, src: &Amode, dst: &Amode, via: Reg) {
        self.encode_mov_mm_via(size, *src, *dst, via);
    }

    #[inline(never)]
    fn encode_mov_mm_via(&mut self, size: OperandSize, src: Amode, dst: Amode, via: Reg) {
        let w = wide_is_64(size);
        let reg = reg_field(via.hw());
        let load = Encoding::start(Op::new(None, w, &[0x8B], false), src.0 | reg, src.len());
        let store = Encoding::start(Op::new(None, w, &[0x89], false), dst.0 | reg, dst.len());
        self.buf.put_parts([
            (load.head, load.head_len as usize),
            (load.body, load.body_len as usize),
            (store.head, store.head_len as usize),
            (store.body, store.body_len as usize),
        ]);
    }

    /// Store `[mem] <- src` of 8, 16, 32 or 64 bits.
    #[inline(always)]
    pub fn mov_mr(&mut self, size: OperandSize, mem: &Amode, src: Reg) {
        self.encode_mov_mr(size, *mem, src);
    }

    #[inline(never)]
    fn encode_mov_mr(&mut self, size: OperandSize, mem: Amode, src: Reg) {
        // The common sizes by one comparison (not a jump table), and the
        // others out of line, so that this path needs no stack frame.
        if !is_wide(size) {
            return self.encode_narrow_mov_mr(size, mem, src);
        }
        let op = Op::new(None, wide_is_64(size), &[0x89], false);
        self.emit_mem_inline(op, src.hw(), mem);
    }

    /// [`Self::encode_mov_mr`] of 8 or 16 bits.
    #[inline(never)]
    fn encode_narrow_mov_mr(&mut self, size: OperandSize, mem: Amode, src: Reg) {
        match size {
            OperandSize::S8 => {
                self.emit(None, false, &[0x88], src.hw(), Rm::Mem(&mem), true, false)
            }
            OperandSize::S16 => self.emit_op(Some(0x66), false, &[0x89], src.hw(), Rm::Mem(&mem)),
            _ => unreachable!("integer store of a v128"),
        }
    }

    /// Store an immediate: `[mem] <- imm`, sign-extended from 32 bits for a
    /// 64-bit store.
    #[inline(always)]
    pub fn mov_mi(&mut self, size: OperandSize, mem: &Amode, imm: i32) {
        self.encode_mov_mi(size, *mem, imm);
    }

    #[inline(never)]
    fn encode_mov_mi(&mut self, size: OperandSize, mem: Amode, imm: i32) {
        // As in `encode_mov_mr`.
        if !is_wide(size) {
            return self.encode_narrow_mov_mi(size, mem, imm);
        }
        let op = Op::new(None, wide_is_64(size), &[0xC7], false);
        self.emit_mem_imm(op, 0, mem, imm32(imm));
    }

    /// [`Self::encode_mov_mi`] of 8 or 16 bits.
    #[inline(never)]
    fn encode_narrow_mov_mi(&mut self, size: OperandSize, mem: Amode, imm: i32) {
        match size {
            OperandSize::S8 => {
                let op = Op::new(None, false, &[0xC6], false);
                self.emit_mem_imm(op, 0, mem, imm8(imm));
            }
            OperandSize::S16 => {
                let op = Op::new(Some(0x66), false, &[0xC7], false);
                self.emit_mem_imm(op, 0, mem, (u32::from(imm as u16), 2));
            }
            _ => unreachable!("immediate store of a v128"),
        }
    }

    /// `mov dst, imm` with the shortest exact encoding: a 32-bit move
    /// zero-extends, a 64-bit one uses the sign-extended imm32 form when it
    /// fits and `movabs` otherwise.
    pub fn mov_ri(&mut self, size: OperandSize, dst: Reg, imm: u64) {
        let imm = if is_64(size) { imm } else { imm as u32 as u64 };
        if imm <= u32::MAX as u64 {
            self.emit_opcode_reg(false, 0xB8, dst, imm32(imm as i32));
        } else if imm as i64 == imm as i32 as i64 {
            self.emit_reg_imm(None, true, 0xC7, 0, dst, false, imm32(imm as i32));
        } else {
            self.emit_opcode_reg(true, 0xB8, dst, (0, 0));
            self.buf.put8(imm);
        }
    }

    /// Opcodes with the register in the low three bits (`mov r, imm`,
    /// `push`, `pop`), followed by an immediate of `imm_len` bytes (`imm`'s
    /// higher bytes are zero).
    fn emit_opcode_reg(&mut self, w: bool, opcode: u8, reg: Reg, (imm, imm_len): (u32, u32)) {
        let op = Op::new(None, w, &[opcode | (reg.hw() & 7)], false);
        // No operand bytes: only REX.B.
        let mut e = Encoding::start(op, u64::from(reg.hw() >> 3 & 1) << AMODE_XB, 0);
        e.put(imm, imm_len);
        self.put_encoding(e);
    }

    /// Zero-extend an 8- or 16-bit register into `dst` (all 64 bits).
    pub fn movzx_rr(&mut self, from: OperandSize, dst: Reg, src: Reg) {
        match from {
            OperandSize::S8 => self.emit(
                None,
                false,
                &[0x0F, 0xB6],
                dst.hw(),
                Rm::Reg(src),
                false,
                true,
            ),
            OperandSize::S16 => self.emit_op(None, false, &[0x0F, 0xB7], dst.hw(), Rm::Reg(src)),
            _ => unreachable!("movzx from {from:?}"),
        }
    }

    /// Zero-extending load of 8 or 16 bits.
    pub fn movzx_rm(&mut self, from: OperandSize, dst: Reg, mem: &Amode) {
        let op: &[u8] = match from {
            OperandSize::S8 => &[0x0F, 0xB6],
            OperandSize::S16 => &[0x0F, 0xB7],
            _ => unreachable!("movzx from {from:?}"),
        };
        self.emit_op(None, false, op, dst.hw(), Rm::Mem(mem));
    }

    /// Sign-extend the low `from` bits of `src` into `to` bits of `dst`.
    pub fn movsx_rr(&mut self, from: OperandSize, to: OperandSize, dst: Reg, src: Reg) {
        let (op, byte): (&[u8], bool) = match from {
            OperandSize::S8 => (&[0x0F, 0xBE], true),
            OperandSize::S16 => (&[0x0F, 0xBF], false),
            OperandSize::S32 => (&[0x63], false),
            OperandSize::S64 | OperandSize::S128 => unreachable!("movsx from {from:?}"),
        };
        self.emit(None, is_64(to), op, dst.hw(), Rm::Reg(src), false, byte);
    }

    /// Sign-extending load.
    pub fn movsx_rm(&mut self, from: OperandSize, to: OperandSize, dst: Reg, mem: &Amode) {
        let op: &[u8] = match from {
            OperandSize::S8 => &[0x0F, 0xBE],
            OperandSize::S16 => &[0x0F, 0xBF],
            OperandSize::S32 => &[0x63],
            OperandSize::S64 | OperandSize::S128 => unreachable!("movsx from {from:?}"),
        };
        self.emit_op(None, is_64(to), op, dst.hw(), Rm::Mem(mem));
    }

    /// `lea dst, [mem]` (64-bit).
    pub fn lea(&mut self, dst: Reg, mem: &Amode) {
        self.emit_op(None, true, &[0x8D], dst.hw(), Rm::Mem(mem));
    }

    /// `lea dst, [rip + label]`.
    pub fn lea_label(&mut self, dst: Reg, label: Label) {
        self.emit_op(None, true, &[0x8D], dst.hw(), Rm::Rip(label));
    }

    // ---- arithmetic --------------------------------------------------------

    /// `op dst, src`.
    pub fn alu_rr(&mut self, op: AluOp, size: OperandSize, dst: Reg, src: Reg) {
        self.emit_op(
            None,
            is_64(size),
            &[(op as u8) << 3 | 1],
            src.hw(),
            Rm::Reg(dst),
        );
    }

    /// `op dst, [mem]`.
    pub fn alu_rm(&mut self, op: AluOp, size: OperandSize, dst: Reg, mem: &Amode) {
        self.emit_op(
            None,
            is_64(size),
            &[(op as u8) << 3 | 3],
            dst.hw(),
            Rm::Mem(mem),
        );
    }

    /// `op dst, imm` (the imm is sign-extended to 64 bits in a 64-bit op).
    pub fn alu_ri(&mut self, op: AluOp, size: OperandSize, dst: Reg, imm: i32) {
        // Two whole encodings rather than a chosen opcode and length: each
        // then has constant lengths.
        let w = is_64(size);
        if fits_i8(imm) {
            self.emit_reg_imm(None, w, 0x83, op as u8, dst, false, imm8(imm));
        } else {
            self.emit_reg_imm(None, w, 0x81, op as u8, dst, false, imm32(imm));
        }
    }

    /// `op [mem], imm` (the imm is sign-extended to 64 bits in a 64-bit op).
    pub fn alu_mi(&mut self, op: AluOp, size: OperandSize, mem: &Amode, imm: i32) {
        let w = is_64(size);
        if fits_i8(imm) {
            let opcode = Op::new(None, w, &[0x83], false);
            self.emit_mem_imm(opcode, op as u8, *mem, imm8(imm));
        } else {
            let opcode = Op::new(None, w, &[0x81], false);
            self.emit_mem_imm(opcode, op as u8, *mem, imm32(imm));
        }
    }

    /// `op [mem], imm32` always with a 4-byte immediate, returning the
    /// immediate's offset so that it can be patched later (fuel costs).
    pub fn alu_mi_patchable(&mut self, op: AluOp, size: OperandSize, mem: &Amode) -> u32 {
        self.emit_op(None, is_64(size), &[0x81], op as u8, Rm::Mem(mem));
        let at = self.buf.len();
        self.buf.put4(0);
        at
    }

    /// `op dst, imm32` always with a 4-byte immediate, returning the
    /// immediate's offset so that it can be patched later (frame sizes).
    pub fn alu_ri_patchable(&mut self, op: AluOp, size: OperandSize, dst: Reg) -> u32 {
        self.emit_op(None, is_64(size), &[0x81], op as u8, Rm::Reg(dst));
        let at = self.buf.len();
        self.buf.put4(0);
        at
    }

    /// `test a, b`.
    pub fn test_rr(&mut self, size: OperandSize, a: Reg, b: Reg) {
        self.emit_op(None, is_64(size), &[0x85], b.hw(), Rm::Reg(a));
    }

    /// `imul dst, src`.
    pub fn imul_rr(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        self.emit_op(None, is_64(size), &[0x0F, 0xAF], dst.hw(), Rm::Reg(src));
    }

    /// `imul dst, [mem]`.
    pub fn imul_rm(&mut self, size: OperandSize, dst: Reg, mem: &Amode) {
        self.emit_op(None, is_64(size), &[0x0F, 0xAF], dst.hw(), Rm::Mem(mem));
    }

    /// `imul dst, src, imm`.
    pub fn imul_rri(&mut self, size: OperandSize, dst: Reg, src: Reg, imm: i32) {
        let w = is_64(size);
        if fits_i8(imm) {
            self.emit_reg_imm(None, w, 0x6B, dst.hw(), src, false, imm8(imm));
        } else {
            self.emit_reg_imm(None, w, 0x69, dst.hw(), src, false, imm32(imm));
        }
    }

    /// `not`, `neg`, `mul`, `imul`, `div`, `idiv` of one register operand.
    pub fn unary(&mut self, op: UnaryOp, size: OperandSize, reg: Reg) {
        self.emit_op(None, is_64(size), &[0xF7], op as u8, Rm::Reg(reg));
    }

    /// `cdq` / `cqo`: sign-extend eax/rax into edx/rdx.
    pub fn sign_extend_rax(&mut self, size: OperandSize) {
        if is_64(size) {
            self.buf.put1(0x48);
        }
        self.buf.put1(0x99);
    }

    /// `op dst, cl`.
    pub fn shift_cl(&mut self, op: ShiftOp, size: OperandSize, dst: Reg) {
        self.emit_op(None, is_64(size), &[0xD3], op as u8, Rm::Reg(dst));
    }

    /// `op dst, imm8`.
    pub fn shift_ri(&mut self, op: ShiftOp, size: OperandSize, dst: Reg, imm: u8) {
        let imm = (imm.into(), 1);
        self.emit_reg_imm(None, is_64(size), 0xC1, op as u8, dst, false, imm);
    }

    /// `lzcnt`/`tzcnt`/`popcnt`/`bsr`/`bsf dst, src`.
    pub fn bit_op(&mut self, op: BitOp, size: OperandSize, dst: Reg, src: Reg) {
        let (prefix, opcode) = match op {
            BitOp::Lzcnt => (Some(0xF3), 0xBD),
            BitOp::Tzcnt => (Some(0xF3), 0xBC),
            BitOp::Popcnt => (Some(0xF3), 0xB8),
            BitOp::Bsr => (None, 0xBD),
            BitOp::Bsf => (None, 0xBC),
        };
        self.emit_op(prefix, is_64(size), &[0x0F, opcode], dst.hw(), Rm::Reg(src));
    }

    /// `setcc dst8`.
    pub fn setcc(&mut self, cond: Cond, dst: Reg) {
        self.emit(
            None,
            false,
            &[0x0F, 0x90 | cond as u8],
            0,
            Rm::Reg(dst),
            false,
            true,
        );
    }

    /// `cmovcc dst, src`.
    pub fn cmov(&mut self, cond: Cond, size: OperandSize, dst: Reg, src: Reg) {
        self.emit_op(
            None,
            is_64(size),
            &[0x0F, 0x40 | cond as u8],
            dst.hw(),
            Rm::Reg(src),
        );
    }

    /// `test reg, imm` (`size` bits of `reg`; the imm is 8 bits for S8,
    /// 16 for S16, and 32, sign-extended in a 64-bit test, otherwise).
    pub fn test_ri(&mut self, size: OperandSize, reg: Reg, imm: i32) {
        match size {
            OperandSize::S8 => self.emit_reg_imm(None, false, 0xF6, 0, reg, true, imm8(imm)),
            OperandSize::S16 => {
                let imm = (u32::from(imm as u16), 2);
                self.emit_reg_imm(Some(0x66), false, 0xF7, 0, reg, false, imm);
            }
            OperandSize::S32 | OperandSize::S64 => {
                self.emit_reg_imm(None, is_64(size), 0xF7, 0, reg, false, imm32(imm));
            }
            OperandSize::S128 => unreachable!("test of a v128"),
        }
    }

    // ---- atomics -------------------------------------------------------------

    /// `op [mem], reg` of `size` bits, where `op8` is the opcode of the
    /// 8-bit form and the wider forms add 1 to its last byte; after a
    /// `lock` prefix if `lock`.
    fn sized_mr(&mut self, lock: bool, size: OperandSize, op8: &[u8], mem: &Amode, reg: Reg) {
        if lock {
            self.buf.put1(0xF0);
        }
        let mut opcode = [0; 2];
        let n = op8.len();
        opcode[..n].copy_from_slice(op8);
        if size != OperandSize::S8 {
            opcode[n - 1] += 1;
        }
        let prefix = (size == OperandSize::S16).then_some(0x66);
        let byte = size == OperandSize::S8;
        self.emit(
            prefix,
            is_64(size),
            &opcode[..n],
            reg.hw(),
            Rm::Mem(mem),
            byte,
            false,
        );
    }

    /// `xchg [mem], reg` (implicitly locked: a sequentially consistent
    /// store, and an atomic exchange).
    pub fn xchg_mr(&mut self, size: OperandSize, mem: &Amode, reg: Reg) {
        self.sized_mr(false, size, &[0x86], mem, reg);
    }

    /// `lock xadd [mem], reg`: `reg` gets the old value.
    pub fn lock_xadd_mr(&mut self, size: OperandSize, mem: &Amode, reg: Reg) {
        self.sized_mr(true, size, &[0x0F, 0xC0], mem, reg);
    }

    /// `lock cmpxchg [mem], reg`: if `[mem]` equals `rax` (its low `size`
    /// bits), stores `reg` and sets ZF; otherwise loads `[mem]` into the
    /// low `size` bits of `rax` and clears ZF.
    pub fn lock_cmpxchg_mr(&mut self, size: OperandSize, mem: &Amode, reg: Reg) {
        self.sized_mr(true, size, &[0x0F, 0xB0], mem, reg);
    }

    /// `mfence`.
    pub fn mfence(&mut self) {
        self.buf.put1(0x0F);
        self.buf.put1(0xAE);
        self.buf.put1(0xF0);
    }

    // ---- SSE scalar floating point ----------------------------------------
    //
    // `size` is the float width: S32 for single (`ss`/`ps`), S64 for double
    // (`sd`/`pd`). Mandatory prefixes (66/F2/F3) go before REX, which
    // `emit` guarantees.

    /// `movss`/`movsd dst, [mem]` (the rest of `dst` is zeroed).
    pub fn movs_rm(&mut self, size: OperandSize, dst: Reg, mem: &Amode) {
        let p = scalar_prefix(size);
        self.emit_op(Some(p), false, &[0x0F, 0x10], dst.hw(), Rm::Mem(mem));
    }

    /// `movss`/`movsd [mem], src`.
    pub fn movs_mr(&mut self, size: OperandSize, mem: &Amode, src: Reg) {
        let p = scalar_prefix(size);
        self.emit_op(Some(p), false, &[0x0F, 0x11], src.hw(), Rm::Mem(mem));
    }

    /// `movaps`/`movapd dst, src`: a whole-register copy (no false
    /// dependency on `dst`, unlike `movss`/`movsd` between registers).
    pub fn movap_rr(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        let p = packed_prefix(size);
        self.emit_op(p, false, &[0x0F, 0x28], dst.hw(), Rm::Reg(src));
    }

    /// `movd`/`movq xmm, gpr`: the low 32/64 bits of `dst` from `src`, the
    /// rest zeroed. `size` is the integer width.
    pub fn movd_xr(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        self.emit_op(
            Some(0x66),
            is_64(size),
            &[0x0F, 0x6E],
            dst.hw(),
            Rm::Reg(src),
        );
    }

    /// `movd`/`movq gpr, xmm`: the low 32/64 bits of `src` (a 32-bit move
    /// zero-extends into the 64-bit register).
    pub fn movd_rx(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        self.emit_op(
            Some(0x66),
            is_64(size),
            &[0x0F, 0x7E],
            src.hw(),
            Rm::Reg(dst),
        );
    }

    /// Scalar arithmetic `op dst, src`.
    pub fn sse_rr(&mut self, op: SseOp, size: OperandSize, dst: Reg, src: Reg) {
        let p = scalar_prefix(size);
        self.emit_op(Some(p), false, &[0x0F, op as u8], dst.hw(), Rm::Reg(src));
    }

    /// Scalar arithmetic `op dst, [mem]` (a 32/64-bit memory operand).
    pub fn sse_rm(&mut self, op: SseOp, size: OperandSize, dst: Reg, mem: &Amode) {
        let p = scalar_prefix(size);
        self.emit_op(Some(p), false, &[0x0F, op as u8], dst.hw(), Rm::Mem(mem));
    }

    /// Whole-register bitwise `op dst, src` (`andps`, `andnpd`, `xorps`...).
    /// No memory form: those need a 16-byte aligned operand.
    pub fn sse_bit_rr(&mut self, op: SseBitOp, size: OperandSize, dst: Reg, src: Reg) {
        let p = packed_prefix(size);
        self.emit_op(p, false, &[0x0F, op as u8], dst.hw(), Rm::Reg(src));
    }

    /// `ucomiss`/`ucomisd a, b`: ZF, PF and CF as an unsigned compare of
    /// `a` with `b`; all three set when either is NaN (unordered).
    pub fn ucomis_rr(&mut self, size: OperandSize, a: Reg, b: Reg) {
        let p = packed_prefix(size);
        self.emit_op(p, false, &[0x0F, 0x2E], a.hw(), Rm::Reg(b));
    }

    /// `ucomiss`/`ucomisd a, [mem]`.
    pub fn ucomis_rm(&mut self, size: OperandSize, a: Reg, mem: &Amode) {
        let p = packed_prefix(size);
        self.emit_op(p, false, &[0x0F, 0x2E], a.hw(), Rm::Mem(mem));
    }

    /// `cvtsi2ss`/`cvtsi2sd dst, src`: the signed `int_size`-bit integer in
    /// `src` to a float, rounded by MXCSR (round-to-nearest-even).
    pub fn cvtsi2s(&mut self, int_size: OperandSize, float_size: OperandSize, dst: Reg, src: Reg) {
        let p = scalar_prefix(float_size);
        self.emit_op(
            Some(p),
            is_64(int_size),
            &[0x0F, 0x2A],
            dst.hw(),
            Rm::Reg(src),
        );
    }

    /// `cvttss2si`/`cvttsd2si` (`truncate`, toward zero) or
    /// `cvtss2si`/`cvtsd2si` (rounded by MXCSR) of `src` into the signed
    /// `int_size`-bit `dst`. NaN and out-of-range inputs give the "integer
    /// indefinite" value, `INT_MIN` of the width.
    pub fn cvts2si(
        &mut self,
        float_size: OperandSize,
        int_size: OperandSize,
        truncate: bool,
        dst: Reg,
        src: Reg,
    ) {
        let p = scalar_prefix(float_size);
        let op = if truncate { 0x2C } else { 0x2D };
        self.emit_op(
            Some(p),
            is_64(int_size),
            &[0x0F, op],
            dst.hw(),
            Rm::Reg(src),
        );
    }

    /// `cvtss2sd` (`from` = S32) or `cvtsd2ss` (`from` = S64) `dst, src`.
    pub fn cvt_float(&mut self, from: OperandSize, dst: Reg, src: Reg) {
        let p = scalar_prefix(from);
        self.emit_op(Some(p), false, &[0x0F, 0x5A], dst.hw(), Rm::Reg(src));
    }

    /// `roundss`/`roundsd dst, src, mode` (SSE4.1 only).
    pub fn rounds(&mut self, size: OperandSize, mode: RoundMode, dst: Reg, src: Reg) {
        let op = match size {
            OperandSize::S32 => 0x0A,
            OperandSize::S64 => 0x0B,
            _ => unreachable!("round of {size:?}"),
        };
        self.emit_op(Some(0x66), false, &[0x0F, 0x3A, op], dst.hw(), Rm::Reg(src));
        self.buf.put1(mode as u8);
    }

    // ---- control flow ------------------------------------------------------

    pub fn bind(&mut self, label: Label) {
        self.buf.bind(label);
    }

    /// `jmp rel32`.
    pub fn jmp(&mut self, label: Label) {
        self.buf.put_with_rel32(0xE9, 5, label);
    }

    /// `jcc rel32`.
    pub fn jcc(&mut self, cond: Cond, label: Label) {
        self.buf
            .put_with_rel32(0x0F | u64::from(0x80 | cond as u8) << 8, 6, label);
    }

    /// `jmp reg`.
    pub fn jmp_r(&mut self, reg: Reg) {
        self.emit_op(None, false, &[0xFF], 4, Rm::Reg(reg));
    }

    /// `jmp [mem]`.
    pub fn jmp_m(&mut self, mem: &Amode) {
        self.emit_op(None, false, &[0xFF], 4, Rm::Mem(mem));
    }

    /// `call rel32` to function `callee` of the module, patched at link time.
    pub fn call_func(&mut self, callee: u32) {
        self.buf.put1(0xE8);
        self.buf.put_call_reloc(callee);
    }

    /// `jmp rel32` to function `callee` of the module (a tail call),
    /// patched at link time like a call.
    pub fn jmp_func(&mut self, callee: u32) {
        self.buf.put1(0xE9);
        self.buf.put_call_reloc(callee);
    }

    /// `call reg`.
    pub fn call_r(&mut self, reg: Reg) {
        self.emit_op(None, false, &[0xFF], 2, Rm::Reg(reg));
    }

    /// `call [mem]`.
    pub fn call_m(&mut self, mem: &Amode) {
        self.emit_op(None, false, &[0xFF], 2, Rm::Mem(mem));
    }

    pub fn push_r(&mut self, reg: Reg) {
        self.emit_opcode_reg(false, 0x50, reg, (0, 0));
    }

    pub fn pop_r(&mut self, reg: Reg) {
        self.emit_opcode_reg(false, 0x58, reg, (0, 0));
    }

    pub fn ret(&mut self) {
        self.buf.put1(0xC3);
    }

    /// `ret imm16`: return and pop `bytes` of stack arguments.
    pub fn ret_imm(&mut self, bytes: u16) {
        self.buf.put1(0xC2);
        self.buf.put2(bytes);
    }

    pub fn ud2(&mut self) {
        self.buf.put1(0x0F);
        self.buf.put1(0x0B);
    }

    /// A jump-table entry: `label - table`, 32 bits.
    pub fn jump_table_entry(&mut self, label: Label, table: Label) {
        self.buf.put_table_entry(label, table);
    }
}
