//! Packed SSE2/SSSE3/SSE4.1/SSE4.2 forms for v128 operations: one method
//! per operand shape, the operations of a shape in one enum with their
//! opcode bytes. Memory operands appear only in forms whose access is
//! not required to be aligned (`movups`, the sized lane and extension
//! loads); a legacy-SSE m128 operand faults when misaligned, so whole
//! registers are always loaded with `movups` first. Checked against
//! iced-x86 in `tests/x64_encoder_sse.rs`. The VEX (AVX) forms are in
//! `vex.rs`.

mod vex;

use super::{Amode, Assembler, Rm};
use crate::buffer::Label;
use crate::masm::OperandSize;
use crate::reg::Reg;

/// Two-register packed operations `op dst, src`: the mandatory prefix
/// and the opcode bytes after `0F`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackedOp {
    Paddb,
    Paddw,
    Paddd,
    Paddq,
    Psubb,
    Psubw,
    Psubd,
    Psubq,
    Pmullw,
    Pmulld,
    Pmuludq,
    Paddsb,
    Paddsw,
    Paddusb,
    Paddusw,
    Psubsb,
    Psubsw,
    Psubusb,
    Psubusw,
    Pminsb,
    Pminsw,
    Pminsd,
    Pminub,
    Pminuw,
    Pminud,
    Pmaxsb,
    Pmaxsw,
    Pmaxsd,
    Pmaxub,
    Pmaxuw,
    Pmaxud,
    Pavgb,
    Pavgw,
    Pcmpeqb,
    Pcmpeqw,
    Pcmpeqd,
    Pcmpeqq,
    Pcmpgtb,
    Pcmpgtw,
    Pcmpgtd,
    Pcmpgtq,
    Pand,
    Pandn,
    Por,
    Pxor,
    Pabsb,
    Pabsw,
    Pabsd,
    Pshufb,
    Punpcklbw,
    Punpcklwd,
    Punpckldq,
    Punpcklqdq,
    Punpckhbw,
    Punpckhwd,
    Punpckhdq,
    Punpckhqdq,
    Ptest,
    Addps,
    Addpd,
    Subps,
    Subpd,
    Mulps,
    Mulpd,
    Divps,
    Divpd,
    Packsswb,
    Packuswb,
    Packssdw,
    Packusdw,
    Minps,
    Minpd,
    Maxps,
    Maxpd,
    Sqrtps,
    Sqrtpd,
    Cvtdq2ps,
    Cvttps2dq,
    Cvtdq2pd,
    Cvttpd2dq,
    Cvtpd2ps,
    Cvtps2pd,
    Unpcklps,
    Pmaddwd,
    Pmaddubsw,
    Pmulhrsw,
    Pmuldq,
}

impl PackedOp {
    pub const ALL: [PackedOp; 87] = {
        use PackedOp::*;
        [
            Paddb, Paddw, Paddd, Paddq, Psubb, Psubw, Psubd, Psubq, Pmullw, Pmulld, Pmuludq,
            Paddsb, Paddsw, Paddusb, Paddusw, Psubsb, Psubsw, Psubusb, Psubusw, Pminsb, Pminsw,
            Pminsd, Pminub, Pminuw, Pminud, Pmaxsb, Pmaxsw, Pmaxsd, Pmaxub, Pmaxuw, Pmaxud, Pavgb,
            Pavgw, Pcmpeqb, Pcmpeqw, Pcmpeqd, Pcmpeqq, Pcmpgtb, Pcmpgtw, Pcmpgtd, Pcmpgtq, Pand,
            Pandn, Por, Pxor, Pabsb, Pabsw, Pabsd, Pshufb, Punpcklbw, Punpcklwd, Punpckldq,
            Punpcklqdq, Punpckhbw, Punpckhwd, Punpckhdq, Punpckhqdq, Ptest, Addps, Addpd, Subps,
            Subpd, Mulps, Mulpd, Divps, Divpd, Packsswb, Packuswb, Packssdw, Packusdw, Minps,
            Minpd, Maxps, Maxpd, Sqrtps, Sqrtpd, Cvtdq2ps, Cvttps2dq, Cvtdq2pd, Cvttpd2dq,
            Cvtpd2ps, Cvtps2pd, Unpcklps, Pmaddwd, Pmaddubsw, Pmulhrsw, Pmuldq,
        ]
    };

    /// Whether the operation reads one source only (`op dst, src`, no
    /// vvvv operand in its VEX form); the others combine `dst` and `src`.
    pub fn is_unary(self) -> bool {
        use PackedOp::*;
        matches!(
            self,
            Pabsb
                | Pabsw
                | Pabsd
                | Ptest
                | Sqrtps
                | Sqrtpd
                | Cvtdq2ps
                | Cvttps2dq
                | Cvtdq2pd
                | Cvttpd2dq
                | Cvtpd2ps
                | Cvtps2pd
        )
    }

    /// The mandatory prefix and the opcode bytes after `0F`.
    fn encoding(self) -> (Option<u8>, &'static [u8]) {
        use PackedOp::*;
        let p = Some(0x66);
        match self {
            Paddb => (p, &[0xFC]),
            Paddw => (p, &[0xFD]),
            Paddd => (p, &[0xFE]),
            Paddq => (p, &[0xD4]),
            Psubb => (p, &[0xF8]),
            Psubw => (p, &[0xF9]),
            Psubd => (p, &[0xFA]),
            Psubq => (p, &[0xFB]),
            Pmullw => (p, &[0xD5]),
            Pmulld => (p, &[0x38, 0x40]),
            Pmuludq => (p, &[0xF4]),
            Paddsb => (p, &[0xEC]),
            Paddsw => (p, &[0xED]),
            Paddusb => (p, &[0xDC]),
            Paddusw => (p, &[0xDD]),
            Psubsb => (p, &[0xE8]),
            Psubsw => (p, &[0xE9]),
            Psubusb => (p, &[0xD8]),
            Psubusw => (p, &[0xD9]),
            Pminsb => (p, &[0x38, 0x38]),
            Pminsw => (p, &[0xEA]),
            Pminsd => (p, &[0x38, 0x39]),
            Pminub => (p, &[0xDA]),
            Pminuw => (p, &[0x38, 0x3A]),
            Pminud => (p, &[0x38, 0x3B]),
            Pmaxsb => (p, &[0x38, 0x3C]),
            Pmaxsw => (p, &[0xEE]),
            Pmaxsd => (p, &[0x38, 0x3D]),
            Pmaxub => (p, &[0xDE]),
            Pmaxuw => (p, &[0x38, 0x3E]),
            Pmaxud => (p, &[0x38, 0x3F]),
            Pavgb => (p, &[0xE0]),
            Pavgw => (p, &[0xE3]),
            Pcmpeqb => (p, &[0x74]),
            Pcmpeqw => (p, &[0x75]),
            Pcmpeqd => (p, &[0x76]),
            Pcmpeqq => (p, &[0x38, 0x29]),
            Pcmpgtb => (p, &[0x64]),
            Pcmpgtw => (p, &[0x65]),
            Pcmpgtd => (p, &[0x66]),
            Pcmpgtq => (p, &[0x38, 0x37]),
            Pand => (p, &[0xDB]),
            Pandn => (p, &[0xDF]),
            Por => (p, &[0xEB]),
            Pxor => (p, &[0xEF]),
            Pabsb => (p, &[0x38, 0x1C]),
            Pabsw => (p, &[0x38, 0x1D]),
            Pabsd => (p, &[0x38, 0x1E]),
            Pshufb => (p, &[0x38, 0x00]),
            Punpcklbw => (p, &[0x60]),
            Punpcklwd => (p, &[0x61]),
            Punpckldq => (p, &[0x62]),
            Punpcklqdq => (p, &[0x6C]),
            Punpckhbw => (p, &[0x68]),
            Punpckhwd => (p, &[0x69]),
            Punpckhdq => (p, &[0x6A]),
            Punpckhqdq => (p, &[0x6D]),
            Ptest => (p, &[0x38, 0x17]),
            Addps => (None, &[0x58]),
            Addpd => (p, &[0x58]),
            Subps => (None, &[0x5C]),
            Subpd => (p, &[0x5C]),
            Mulps => (None, &[0x59]),
            Mulpd => (p, &[0x59]),
            Divps => (None, &[0x5E]),
            Divpd => (p, &[0x5E]),
            Packsswb => (p, &[0x63]),
            Packuswb => (p, &[0x67]),
            Packssdw => (p, &[0x6B]),
            Packusdw => (p, &[0x38, 0x2B]),
            Minps => (None, &[0x5D]),
            Minpd => (p, &[0x5D]),
            Maxps => (None, &[0x5F]),
            Maxpd => (p, &[0x5F]),
            Sqrtps => (None, &[0x51]),
            Sqrtpd => (p, &[0x51]),
            Cvtdq2ps => (None, &[0x5B]),
            Cvttps2dq => (Some(0xF3), &[0x5B]),
            Cvtdq2pd => (Some(0xF3), &[0xE6]),
            Cvttpd2dq => (p, &[0xE6]),
            Cvtpd2ps => (p, &[0x5A]),
            Cvtps2pd => (None, &[0x5A]),
            Unpcklps => (None, &[0x14]),
            Pmaddwd => (p, &[0xF5]),
            Pmaddubsw => (p, &[0x38, 0x04]),
            Pmulhrsw => (p, &[0x38, 0x0B]),
            Pmuldq => (p, &[0x38, 0x28]),
        }
    }
}

/// Packed operations with an 8-bit immediate, `op dst, src, imm8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackedImmOp {
    Pshufd,
    Pshuflw,
    Pshufhw,
    Palignr,
    Pblendw,
    /// `insertps dst, src, imm`: dword `imm[7:6]` of `src` into lane
    /// `imm[5:4]` of `dst`, lanes in `imm[3:0]` zeroed.
    Insertps,
    /// `roundps`/`roundpd dst, src, mode` (the `RoundMode` immediate).
    Roundps,
    Roundpd,
}

impl PackedImmOp {
    pub const ALL: [PackedImmOp; 8] = [
        PackedImmOp::Pshufd,
        PackedImmOp::Pshuflw,
        PackedImmOp::Pshufhw,
        PackedImmOp::Palignr,
        PackedImmOp::Pblendw,
        PackedImmOp::Insertps,
        PackedImmOp::Roundps,
        PackedImmOp::Roundpd,
    ];

    /// Whether the operation reads one register source only (its VEX form
    /// has no vvvv operand).
    pub fn is_unary(self) -> bool {
        !matches!(
            self,
            PackedImmOp::Palignr | PackedImmOp::Pblendw | PackedImmOp::Insertps
        )
    }

    fn encoding(self) -> (Option<u8>, &'static [u8]) {
        match self {
            PackedImmOp::Pshufd => (Some(0x66), &[0x70]),
            PackedImmOp::Pshuflw => (Some(0xF2), &[0x70]),
            PackedImmOp::Pshufhw => (Some(0xF3), &[0x70]),
            PackedImmOp::Palignr => (Some(0x66), &[0x3A, 0x0F]),
            PackedImmOp::Pblendw => (Some(0x66), &[0x3A, 0x0E]),
            PackedImmOp::Insertps => (Some(0x66), &[0x3A, 0x21]),
            PackedImmOp::Roundps => (Some(0x66), &[0x3A, 0x08]),
            PackedImmOp::Roundpd => (Some(0x66), &[0x3A, 0x09]),
        }
    }
}

/// Lane shifts by an immediate (`66 0F 71/72/73 /n ib`) and the
/// whole-register byte shifts `psrldq`/`pslldq`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShiftImmOp {
    Psrlw,
    Psraw,
    Psllw,
    Psrld,
    Psrad,
    Pslld,
    Psrlq,
    Psllq,
    Psrldq,
    Pslldq,
}

impl ShiftImmOp {
    pub const ALL: [ShiftImmOp; 10] = {
        use ShiftImmOp::*;
        [
            Psrlw, Psraw, Psllw, Psrld, Psrad, Pslld, Psrlq, Psllq, Psrldq, Pslldq,
        ]
    };

    /// The opcode after `0F` and the ModRM reg field.
    fn encoding(self) -> (u8, u8) {
        use ShiftImmOp::*;
        match self {
            Psrlw => (0x71, 2),
            Psraw => (0x71, 4),
            Psllw => (0x71, 6),
            Psrld => (0x72, 2),
            Psrad => (0x72, 4),
            Pslld => (0x72, 6),
            Psrlq => (0x73, 2),
            Psllq => (0x73, 6),
            Psrldq => (0x73, 3),
            Pslldq => (0x73, 7),
        }
    }

    /// The same shift by the count in the low 64 bits of an XMM register
    /// (`66 0F xx /r`); the byte shifts have none.
    fn by_xmm_opcode(self) -> u8 {
        use ShiftImmOp::*;
        match self {
            Psrlw => 0xD1,
            Psraw => 0xE1,
            Psllw => 0xF1,
            Psrld => 0xD2,
            Psrad => 0xE2,
            Pslld => 0xF2,
            Psrlq => 0xD3,
            Psllq => 0xF3,
            Psrldq | Pslldq => unreachable!("{self:?} has no register-count form"),
        }
    }
}

/// Which sign bits `movmsk` gathers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MovMsk {
    /// `pmovmskb`: 16 bytes.
    Bytes,
    /// `movmskps`: 4 dwords.
    Ps,
    /// `movmskpd`: 2 qwords.
    Pd,
}

impl MovMsk {
    pub const ALL: [MovMsk; 3] = [MovMsk::Bytes, MovMsk::Ps, MovMsk::Pd];
}

/// The `pmovsx`/`pmovzx` extension of a 64-bit source (SSE4.1), by the
/// source lane width (8, 16 or 32 bits).
fn pmovx_opcode(from: OperandSize, signed: bool) -> u8 {
    let base = if signed { 0x20 } else { 0x30 };
    base + match from {
        OperandSize::S8 => 0,
        OperandSize::S16 => 3,
        OperandSize::S32 => 5,
        _ => unreachable!("pmovx from {from:?} lanes"),
    }
}

impl Assembler {
    fn packed(&mut self, enc: (Option<u8>, &[u8]), w: bool, reg: u8, rm: Rm<'_>) {
        let (prefix, tail) = enc;
        let mut opcode = [0x0F; 3];
        opcode[1..1 + tail.len()].copy_from_slice(tail);
        self.emit_op(prefix, w, &opcode[..1 + tail.len()], reg, rm);
    }

    /// `op dst, src` on whole XMM registers.
    pub fn packed_rr(&mut self, op: PackedOp, dst: Reg, src: Reg) {
        self.packed(op.encoding(), false, dst.hw(), Rm::Reg(src));
    }

    /// `op dst, src, imm8`.
    pub fn packed_rri(&mut self, op: PackedImmOp, dst: Reg, src: Reg, imm: u8) {
        self.packed(op.encoding(), false, dst.hw(), Rm::Reg(src));
        self.buf.put1(imm);
    }

    /// `shufps dst, src, imm8`: the low two dwords from `dst`, the high two
    /// from `src`, each picked by two bits of `imm`.
    pub fn shufps(&mut self, dst: Reg, src: Reg, imm: u8) {
        self.packed((None, &[0xC6]), false, dst.hw(), Rm::Reg(src));
        self.buf.put1(imm);
    }

    /// `cmpps`/`cmppd dst, src, pred` (`size` is the lane width): each
    /// lane all ones where `dst pred src` holds (0 eq, 1 lt, 2 le, 3
    /// unordered, 4 neq, 5 nlt, 6 nle, 7 ordered).
    pub fn cmpp(&mut self, size: OperandSize, dst: Reg, src: Reg, pred: u8) {
        let p = super::packed_prefix(size);
        self.packed((p, &[0xC2]), false, dst.hw(), Rm::Reg(src));
        self.buf.put1(pred);
    }

    /// A lane shift of `dst` by `imm` (bytes for `psrldq`/`pslldq`).
    pub fn shift_imm(&mut self, op: ShiftImmOp, dst: Reg, imm: u8) {
        let (opcode, ext) = op.encoding();
        self.packed((Some(0x66), &[opcode]), false, ext, Rm::Reg(dst));
        self.buf.put1(imm);
    }

    /// A lane shift of `dst` by the count in the low 64 bits of `count`.
    pub fn shift_xmm(&mut self, op: ShiftImmOp, dst: Reg, count: Reg) {
        let opcode = op.by_xmm_opcode();
        self.packed((Some(0x66), &[opcode]), false, dst.hw(), Rm::Reg(count));
    }

    /// `movups dst, [mem]`: 16 bytes, any alignment.
    pub fn movups_rm(&mut self, dst: Reg, mem: &Amode) {
        self.packed((None, &[0x10]), false, dst.hw(), Rm::Mem(mem));
    }

    /// `movups [mem], src`.
    pub fn movups_mr(&mut self, mem: &Amode, src: Reg) {
        self.packed((None, &[0x11]), false, src.hw(), Rm::Mem(mem));
    }

    /// `movups dst, [rip + label]` (a constant-pool entry).
    pub fn movups_rip(&mut self, dst: Reg, label: Label) {
        self.packed((None, &[0x10]), false, dst.hw(), Rm::Rip(label));
    }

    /// `movd`/`movq dst, [mem]`: 4 or 8 bytes into the low lane, the rest
    /// of `dst` zeroed.
    pub fn movq_rm(&mut self, size: OperandSize, dst: Reg, mem: &Amode) {
        match size {
            OperandSize::S32 => self.packed((Some(0x66), &[0x6E]), false, dst.hw(), Rm::Mem(mem)),
            OperandSize::S64 => self.packed((Some(0xF3), &[0x7E]), false, dst.hw(), Rm::Mem(mem)),
            _ => unreachable!("movd/movq of {size:?}"),
        }
    }

    /// `pmovsx`/`pmovzx` `dst, [mem]`: 8 bytes of `from`-wide lanes, each
    /// extended to twice its width.
    pub fn pmovx_rm(&mut self, from: OperandSize, signed: bool, dst: Reg, mem: &Amode) {
        let op = pmovx_opcode(from, signed);
        self.packed((Some(0x66), &[0x38, op]), false, dst.hw(), Rm::Mem(mem));
    }

    /// `pmovsx`/`pmovzx dst, src`: the low lanes of `src` extended.
    pub fn pmovx_rr(&mut self, from: OperandSize, signed: bool, dst: Reg, src: Reg) {
        let op = pmovx_opcode(from, signed);
        self.packed((Some(0x66), &[0x38, op]), false, dst.hw(), Rm::Reg(src));
    }

    /// `pinsrb/w/d/q dst, rm, lane`: lane `lane` of `size`-wide lanes from
    /// a general register (its low bits) or memory.
    fn pinsr(&mut self, size: OperandSize, dst: Reg, rm: Rm<'_>, lane: u8) {
        let w = size == OperandSize::S64;
        match size {
            OperandSize::S8 => self.packed((Some(0x66), &[0x3A, 0x20]), w, dst.hw(), rm),
            OperandSize::S16 => self.packed((Some(0x66), &[0xC4]), w, dst.hw(), rm),
            OperandSize::S32 | OperandSize::S64 => {
                self.packed((Some(0x66), &[0x3A, 0x22]), w, dst.hw(), rm)
            }
            OperandSize::S128 => unreachable!("pinsr of a v128"),
        }
        self.buf.put1(lane);
    }

    pub fn pinsr_rr(&mut self, size: OperandSize, dst: Reg, src: Reg, lane: u8) {
        self.pinsr(size, dst, Rm::Reg(src), lane);
    }

    pub fn pinsr_rm(&mut self, size: OperandSize, dst: Reg, mem: &Amode, lane: u8) {
        self.pinsr(size, dst, Rm::Mem(mem), lane);
    }

    /// `pextrb/w/d/q rm, src, lane` (SSE4.1 forms): lane `lane` into a
    /// general register (zero-extended) or memory.
    fn pextr(&mut self, size: OperandSize, rm: Rm<'_>, src: Reg, lane: u8) {
        let op = match size {
            OperandSize::S8 => 0x14,
            OperandSize::S16 => 0x15,
            OperandSize::S32 | OperandSize::S64 => 0x16,
            OperandSize::S128 => unreachable!("pextr of a v128"),
        };
        let w = size == OperandSize::S64;
        self.packed((Some(0x66), &[0x3A, op]), w, src.hw(), rm);
        self.buf.put1(lane);
    }

    pub fn pextr_rr(&mut self, size: OperandSize, dst: Reg, src: Reg, lane: u8) {
        self.pextr(size, Rm::Reg(dst), src, lane);
    }

    pub fn pextr_mr(&mut self, size: OperandSize, mem: &Amode, src: Reg, lane: u8) {
        self.pextr(size, Rm::Mem(mem), src, lane);
    }

    /// `pmovmskb`/`movmskps`/`movmskpd dst, src`: the sign bits of the
    /// lanes of `src` into the low bits of the general register `dst`.
    pub fn movmsk(&mut self, kind: MovMsk, dst: Reg, src: Reg) {
        let enc: (Option<u8>, &[u8]) = match kind {
            MovMsk::Bytes => (Some(0x66), &[0xD7]),
            MovMsk::Ps => (None, &[0x50]),
            MovMsk::Pd => (Some(0x66), &[0x50]),
        };
        self.packed(enc, false, dst.hw(), Rm::Reg(src));
    }
}
