//! The VEX-encoded (AVX) forms of the packed operations, 128 bits wide
//! (VEX.L = 0): the same operations as the legacy-SSE forms of
//! `asm/simd.rs`, with a separate first source (`vpaddd dst, src1, src2`)
//! so that no copy of a source is needed, and memory operands that may be
//! misaligned. Plus the AVX2 broadcasts. Checked against iced-x86 in
//! `tests/x64_encoder_sse/vex.rs`.
//!
//! The prefix carries what REX and the mandatory prefix carry in legacy
//! forms: the 2-byte form `C5 [R vvvv L pp]` when the opcode map is `0F`,
//! W is 0 and neither the index nor the base register needs an extension
//! bit, the 3-byte form `C4 [R X B mmmmm] [W vvvv L pp]` otherwise (R, X,
//! B and vvvv are stored inverted).

use super::{PackedImmOp, PackedOp, ShiftImmOp};
use crate::buffer::Label;
use crate::isa::x64::asm::{
    AMODE_LEN, Amode, Assembler, Encoding, RIP_OPERAND, Rm, packed_prefix, reg_field, reg_operand,
};
use crate::masm::OperandSize;
use crate::reg::Reg;

/// `vvvv` when an instruction has no second source: 1111 once inverted,
/// which is also how xmm0 as a source is stored.
const NO_VVVV: u8 = 0;

impl Assembler {
    /// Emits a VEX prefix, the opcode and ModRM/SIB/displacement. `enc` is
    /// the legacy encoding (mandatory prefix, opcode bytes after `0F`),
    /// `vvvv` the extra source register number (`NO_VVVV` for none).
    fn vex(&mut self, enc: (Option<u8>, &[u8]), w: bool, reg: u8, vvvv: u8, rm: Rm<'_>) {
        let (prefix, tail) = enc;
        let pp = match prefix {
            None => 0,
            Some(0x66) => 1,
            Some(0xF3) => 2,
            Some(0xF2) => 3,
            Some(p) => unreachable!("no VEX pp for prefix {p:#x}"),
        };
        let (map, opcode) = match *tail {
            [op] => (1, op),
            [0x38, op] => (2, op),
            [0x3A, op] => (3, op),
            _ => unreachable!("no VEX map for opcode {tail:x?}"),
        };
        let r = (reg >> 3) & 1;
        let (x, b) = match rm {
            Rm::Reg(r) => (0, r.hw() >> 3),
            Rm::Mem(a) => (a.xb() >> 1, a.xb() & 1),
            Rm::Rip(_) => (0, 0),
        };
        // L = 0 (128 bits) between vvvv and pp.
        let last = u64::from((!vvvv & 0xF) << 3 | pp);
        let (head, head_len) = if x == 0 && b == 0 && !w && map == 1 {
            let r = u64::from((r ^ 1) << 7);
            (0xC5 | (r | last) << 8, 2)
        } else {
            let rxb = u64::from((r ^ 1) << 7 | (x ^ 1) << 6 | (b ^ 1) << 5 | map);
            let w = u64::from(w) << 7;
            (0xC4 | rxb << 8 | (w | last) << 16, 3)
        };
        let operand = reg_field(reg)
            | match rm {
                Rm::Reg(r) => reg_operand(r.hw()),
                Rm::Mem(a) => a.0,
                Rm::Rip(_) => RIP_OPERAND,
            };
        // REX's bits in the operand's top byte are shifted out.
        self.put_encoding(Encoding {
            head,
            head_len,
            body: u64::from(opcode) | operand << 8,
            body_len: 1 + ((operand >> AMODE_LEN) as u32 & 7),
        });
        if let Rm::Rip(label) = rm {
            self.buf.put_rel32(label);
        }
    }

    /// `vop dst, src1, src2` for an operation with two sources.
    pub fn vpacked_rrr(&mut self, op: PackedOp, dst: Reg, src1: Reg, src2: Reg) {
        debug_assert!(!op.is_unary(), "{op:?} has one source");
        self.vex(op.encoding(), false, dst.hw(), src1.hw(), Rm::Reg(src2));
    }

    /// `vop dst, src1, [rip + label]` (a constant-pool entry).
    pub fn vpacked_rr_rip(&mut self, op: PackedOp, dst: Reg, src1: Reg, label: Label) {
        debug_assert!(!op.is_unary(), "{op:?} has one source");
        self.vex(op.encoding(), false, dst.hw(), src1.hw(), Rm::Rip(label));
    }

    /// `vop dst, src` for an operation with one source.
    pub fn vpacked_rr(&mut self, op: PackedOp, dst: Reg, src: Reg) {
        debug_assert!(op.is_unary(), "{op:?} has two sources");
        self.vex(op.encoding(), false, dst.hw(), NO_VVVV, Rm::Reg(src));
    }

    /// `vop dst, src, imm8` for an operation with one source.
    pub fn vpacked_rri(&mut self, op: PackedImmOp, dst: Reg, src: Reg, imm: u8) {
        debug_assert!(op.is_unary(), "{op:?} has two sources");
        self.vex(op.encoding(), false, dst.hw(), NO_VVVV, Rm::Reg(src));
        self.buf.put1(imm);
    }

    /// `vop dst, src1, src2, imm8` for an operation with two sources.
    pub fn vpacked_rrri(&mut self, op: PackedImmOp, dst: Reg, src1: Reg, src2: Reg, imm: u8) {
        debug_assert!(!op.is_unary(), "{op:?} has one source");
        self.vex(op.encoding(), false, dst.hw(), src1.hw(), Rm::Reg(src2));
        self.buf.put1(imm);
    }

    /// `vshufps dst, src1, src2, imm8`: the low two dwords from `src1`,
    /// the high two from `src2`.
    pub fn vshufps(&mut self, dst: Reg, src1: Reg, src2: Reg, imm: u8) {
        self.vex((None, &[0xC6]), false, dst.hw(), src1.hw(), Rm::Reg(src2));
        self.buf.put1(imm);
    }

    /// `vcmpps`/`vcmppd dst, src1, src2, pred` (predicates 0 to 7 as in
    /// [`Assembler::cmpp`]).
    pub fn vcmpp(&mut self, size: OperandSize, dst: Reg, src1: Reg, src2: Reg, pred: u8) {
        let p = packed_prefix(size);
        self.vex((p, &[0xC2]), false, dst.hw(), src1.hw(), Rm::Reg(src2));
        self.buf.put1(pred);
    }

    /// `dst = src` shifted by `imm` (bytes for `vpsrldq`/`vpslldq`): the
    /// destination is the vvvv operand, the ModRM reg field the opcode
    /// extension.
    pub fn vshift_imm(&mut self, op: ShiftImmOp, dst: Reg, src: Reg, imm: u8) {
        let (opcode, ext) = op.encoding();
        self.vex((Some(0x66), &[opcode]), false, ext, dst.hw(), Rm::Reg(src));
        self.buf.put1(imm);
    }

    /// `dst = src` shifted by the count in the low 64 bits of `count`.
    pub fn vshift_xmm(&mut self, op: ShiftImmOp, dst: Reg, src: Reg, count: Reg) {
        let opcode = op.by_xmm_opcode();
        self.vex(
            (Some(0x66), &[opcode]),
            false,
            dst.hw(),
            src.hw(),
            Rm::Reg(count),
        );
    }

    /// `vpbroadcastb/w/d/q` (AVX2) from a register or memory.
    fn vpbroadcast(&mut self, size: OperandSize, dst: Reg, rm: Rm<'_>) {
        let op = match size {
            OperandSize::S8 => 0x78,
            OperandSize::S16 => 0x79,
            OperandSize::S32 => 0x58,
            OperandSize::S64 => 0x59,
            OperandSize::S128 => unreachable!("broadcast of a v128"),
        };
        self.vex((Some(0x66), &[0x38, op]), false, dst.hw(), NO_VVVV, rm);
    }

    /// `vpbroadcastb/w/d/q dst, src`: the low lane of `src` in every lane.
    pub fn vpbroadcast_rr(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        self.vpbroadcast(size, dst, Rm::Reg(src));
    }

    /// `vpbroadcastb/w/d/q dst, [mem]`: one lane loaded into every lane
    /// (any alignment).
    pub fn vpbroadcast_rm(&mut self, size: OperandSize, dst: Reg, mem: &Amode) {
        self.vpbroadcast(size, dst, Rm::Mem(mem));
    }
}
