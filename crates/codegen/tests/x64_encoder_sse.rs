//! The SSE/SSE2/SSSE3/SSE4.x methods of the x86-64 Assembler (scalar
//! floats, and the packed v128 forms of `asm/simd.rs`) against the iced-x86
//! decoder: every register (all 16 XMM registers and all 16 GPRs), both
//! float widths, and memory operands over every base (rsp/r12 need a SIB
//! byte, rbp/r13 have no displacement-free form), index registers and
//! displacements of every width.
//!
//! Each emitted sequence must decode as exactly one instruction, with
//! nothing left over, and the decoder must agree on the mnemonic and every
//! operand. A REX prefix placed before a mandatory 66/F2/F3 prefix would be
//! ignored by the decoder, so high registers would not match.
//!
//! The VEX (AVX) forms are checked in `x64_encoder_sse/vex.rs`.

use brisk_codegen::isa::x64::asm::{
    Assembler, MovMsk, PackedImmOp, PackedOp, RoundMode, ShiftImmOp, SseBitOp, SseOp,
};
use brisk_codegen::masm::OperandSize::{self, S8, S16, S32, S64};
use brisk_codegen::reg::Reg;
use iced_x86::{
    Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter, MemorySize, Mnemonic, OpKind,
    Register,
};

#[path = "x64_encoder_sse/vex.rs"]
mod vex;
mod x64_addr;
use x64_addr::Addr;

const GPR64: [Register; 16] = [
    Register::RAX,
    Register::RCX,
    Register::RDX,
    Register::RBX,
    Register::RSP,
    Register::RBP,
    Register::RSI,
    Register::RDI,
    Register::R8,
    Register::R9,
    Register::R10,
    Register::R11,
    Register::R12,
    Register::R13,
    Register::R14,
    Register::R15,
];

const GPR32: [Register; 16] = [
    Register::EAX,
    Register::ECX,
    Register::EDX,
    Register::EBX,
    Register::ESP,
    Register::EBP,
    Register::ESI,
    Register::EDI,
    Register::R8D,
    Register::R9D,
    Register::R10D,
    Register::R11D,
    Register::R12D,
    Register::R13D,
    Register::R14D,
    Register::R15D,
];

const XMM: [Register; 16] = [
    Register::XMM0,
    Register::XMM1,
    Register::XMM2,
    Register::XMM3,
    Register::XMM4,
    Register::XMM5,
    Register::XMM6,
    Register::XMM7,
    Register::XMM8,
    Register::XMM9,
    Register::XMM10,
    Register::XMM11,
    Register::XMM12,
    Register::XMM13,
    Register::XMM14,
    Register::XMM15,
];

const SIZES: [OperandSize; 2] = [S32, S64];

const DISPS: [i32; 11] = [
    0,
    1,
    -1,
    127,
    -128,
    128,
    -129,
    0x1234_5678,
    -0x1234_5678,
    i32::MAX,
    i32::MIN,
];

fn xmm(n: u8) -> Reg {
    Reg::float(n)
}

fn gpr(n: u8) -> Reg {
    Reg::int(n)
}

fn gpr_name(size: OperandSize, n: u8) -> Register {
    match size {
        S32 => GPR32[n as usize],
        S64 => GPR64[n as usize],
        _ => unreachable!(),
    }
}

/// Every memory operand form worth testing: all bases with every
/// displacement width, then indexed forms (the index is never rsp).
fn amodes() -> Vec<Addr> {
    let mut v = Vec::new();
    for base in 0..16 {
        for disp in DISPS {
            v.push(Addr::base_disp(gpr(base), disp));
        }
    }
    for (base, index) in [
        (4, 5),
        (5, 12),
        (12, 13),
        (13, 0),
        (0, 15),
        (15, 8),
        (11, 3),
    ] {
        for shift in 0..4 {
            for disp in [0, -8, 0x100, i32::MIN] {
                v.push(Addr::indexed(gpr(base), gpr(index), shift, disp));
            }
        }
    }
    v
}

/// An expected operand.
#[derive(Clone, Copy)]
enum Op {
    R(Register),
    M(Addr, MemorySize),
    Imm8(u8),
}

fn float_mem(size: OperandSize) -> MemorySize {
    match size {
        S32 => MemorySize::Float32,
        S64 => MemorySize::Float64,
        _ => unreachable!(),
    }
}

fn assemble(emit: impl FnOnce(&mut Assembler)) -> Vec<u8> {
    let mut a = Assembler::new();
    emit(&mut a);
    a.buf.finish();
    a.buf.bytes().to_vec()
}

fn show(bytes: &[u8], instr: &Instruction) -> String {
    let mut text = String::new();
    IntelFormatter::new().format(instr, &mut text);
    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("`{text}` from [{}]", hex.join(" "))
}

/// Assembles with `emit` and checks the result decodes as `mnemonic ops`.
fn check(emit: impl FnOnce(&mut Assembler), mnemonic: Mnemonic, ops: &[Op]) {
    let bytes = assemble(emit);
    let mut decoder = Decoder::new(64, &bytes, DecoderOptions::NONE);
    let instr = decoder.decode();
    let what = show(&bytes, &instr);
    assert!(!instr.is_invalid(), "invalid encoding {what}");
    assert_eq!(instr.len(), bytes.len(), "trailing bytes after {what}");
    assert_eq!(instr.mnemonic(), mnemonic, "mnemonic of {what}");
    assert_eq!(
        instr.op_count() as usize,
        ops.len(),
        "operand count of {what}"
    );
    for (i, op) in ops.iter().enumerate() {
        let i = i as u32;
        match *op {
            Op::R(r) => {
                assert_eq!(instr.op_kind(i), OpKind::Register, "operand {i} of {what}");
                assert_eq!(instr.op_register(i), r, "operand {i} of {what}");
            }
            Op::M(a, size) => {
                assert_eq!(instr.op_kind(i), OpKind::Memory, "operand {i} of {what}");
                assert_eq!(
                    instr.memory_base(),
                    GPR64[a.base.hw() as usize],
                    "base of {what}"
                );
                match a.index {
                    None => assert_eq!(instr.memory_index(), Register::None, "index of {what}"),
                    Some((index, shift)) => {
                        assert_eq!(
                            instr.memory_index(),
                            GPR64[index.hw() as usize],
                            "index of {what}"
                        );
                        assert_eq!(instr.memory_index_scale(), 1 << shift, "scale of {what}");
                    }
                }
                assert_eq!(
                    instr.memory_displacement64() as i64,
                    a.disp as i64,
                    "displacement of {what}"
                );
                assert_eq!(instr.memory_size(), size, "memory size of {what}");
            }
            Op::Imm8(v) => {
                assert_eq!(
                    instr.op_kind(i),
                    OpKind::Immediate8,
                    "operand {i} of {what}"
                );
                assert_eq!(instr.immediate8(), v, "immediate of {what}");
            }
        }
    }
}

fn pick(size: OperandSize, single: Mnemonic, double: Mnemonic) -> Mnemonic {
    match size {
        S32 => single,
        S64 => double,
        _ => unreachable!(),
    }
}

// ---- moves ------------------------------------------------------------------

#[test]
fn movs_load_and_store() {
    for size in SIZES {
        let m = pick(size, Mnemonic::Movss, Mnemonic::Movsd);
        for x in 0..16 {
            for a in amodes() {
                let mem = Op::M(a, float_mem(size));
                let reg = Op::R(XMM[x as usize]);
                check(|asm| asm.movs_rm(size, xmm(x), &a), m, &[reg, mem]);
                check(|asm| asm.movs_mr(size, &a, xmm(x)), m, &[mem, reg]);
            }
        }
    }
}

#[test]
fn movap_reg_reg() {
    for size in SIZES {
        let m = pick(size, Mnemonic::Movaps, Mnemonic::Movapd);
        for d in 0..16 {
            for s in 0..16 {
                check(
                    |asm| asm.movap_rr(size, xmm(d), xmm(s)),
                    m,
                    &[Op::R(XMM[d as usize]), Op::R(XMM[s as usize])],
                );
            }
        }
    }
}

#[test]
fn movd_movq_between_gpr_and_xmm() {
    for size in SIZES {
        let m = pick(size, Mnemonic::Movd, Mnemonic::Movq);
        for x in 0..16 {
            for g in 0..16 {
                let xr = Op::R(XMM[x as usize]);
                let gr = Op::R(gpr_name(size, g));
                check(|asm| asm.movd_xr(size, xmm(x), gpr(g)), m, &[xr, gr]);
                check(|asm| asm.movd_rx(size, gpr(g), xmm(x)), m, &[gr, xr]);
            }
        }
    }
}

// ---- arithmetic ---------------------------------------------------------------

fn sse_mnemonic(op: SseOp, size: OperandSize) -> Mnemonic {
    use Mnemonic::*;
    let (s, d) = match op {
        SseOp::Sqrt => (Sqrtss, Sqrtsd),
        SseOp::Add => (Addss, Addsd),
        SseOp::Mul => (Mulss, Mulsd),
        SseOp::Sub => (Subss, Subsd),
        SseOp::Min => (Minss, Minsd),
        SseOp::Div => (Divss, Divsd),
        SseOp::Max => (Maxss, Maxsd),
    };
    pick(size, s, d)
}

#[test]
fn scalar_arithmetic_reg_reg() {
    for op in SseOp::ALL {
        for size in SIZES {
            let m = sse_mnemonic(op, size);
            for d in 0..16 {
                for s in 0..16 {
                    check(
                        |asm| asm.sse_rr(op, size, xmm(d), xmm(s)),
                        m,
                        &[Op::R(XMM[d as usize]), Op::R(XMM[s as usize])],
                    );
                }
            }
        }
    }
}

#[test]
fn scalar_arithmetic_reg_mem() {
    for op in SseOp::ALL {
        for size in SIZES {
            let m = sse_mnemonic(op, size);
            for d in 0..16 {
                for a in amodes() {
                    check(
                        |asm| asm.sse_rm(op, size, xmm(d), &a),
                        m,
                        &[Op::R(XMM[d as usize]), Op::M(a, float_mem(size))],
                    );
                }
            }
        }
    }
}

#[test]
fn bitwise_reg_reg() {
    use Mnemonic::*;
    for op in SseBitOp::ALL {
        for size in SIZES {
            let m = match op {
                SseBitOp::And => pick(size, Andps, Andpd),
                SseBitOp::Andn => pick(size, Andnps, Andnpd),
                SseBitOp::Or => pick(size, Orps, Orpd),
                SseBitOp::Xor => pick(size, Xorps, Xorpd),
            };
            for d in 0..16 {
                for s in 0..16 {
                    check(
                        |asm| asm.sse_bit_rr(op, size, xmm(d), xmm(s)),
                        m,
                        &[Op::R(XMM[d as usize]), Op::R(XMM[s as usize])],
                    );
                }
            }
        }
    }
}

#[test]
fn ucomis_reg_reg_and_reg_mem() {
    for size in SIZES {
        let m = pick(size, Mnemonic::Ucomiss, Mnemonic::Ucomisd);
        for a in 0..16 {
            for b in 0..16 {
                check(
                    |asm| asm.ucomis_rr(size, xmm(a), xmm(b)),
                    m,
                    &[Op::R(XMM[a as usize]), Op::R(XMM[b as usize])],
                );
            }
            for mem in amodes() {
                check(
                    |asm| asm.ucomis_rm(size, xmm(a), &mem),
                    m,
                    &[Op::R(XMM[a as usize]), Op::M(mem, float_mem(size))],
                );
            }
        }
    }
}

// ---- conversions --------------------------------------------------------------

#[test]
fn int_to_float_conversions() {
    for int_size in SIZES {
        for float_size in SIZES {
            let m = pick(float_size, Mnemonic::Cvtsi2ss, Mnemonic::Cvtsi2sd);
            for x in 0..16 {
                for g in 0..16 {
                    check(
                        |asm| asm.cvtsi2s(int_size, float_size, xmm(x), gpr(g)),
                        m,
                        &[Op::R(XMM[x as usize]), Op::R(gpr_name(int_size, g))],
                    );
                }
            }
        }
    }
}

#[test]
fn float_to_int_conversions() {
    use Mnemonic::*;
    for float_size in SIZES {
        for int_size in SIZES {
            for truncate in [true, false] {
                let m = match (float_size, truncate) {
                    (S32, true) => Cvttss2si,
                    (S32, false) => Cvtss2si,
                    (_, true) => Cvttsd2si,
                    (_, false) => Cvtsd2si,
                };
                for g in 0..16 {
                    for x in 0..16 {
                        check(
                            |asm| asm.cvts2si(float_size, int_size, truncate, gpr(g), xmm(x)),
                            m,
                            &[Op::R(gpr_name(int_size, g)), Op::R(XMM[x as usize])],
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn promote_and_demote() {
    for from in SIZES {
        let m = pick(from, Mnemonic::Cvtss2sd, Mnemonic::Cvtsd2ss);
        for d in 0..16 {
            for s in 0..16 {
                check(
                    |asm| asm.cvt_float(from, xmm(d), xmm(s)),
                    m,
                    &[Op::R(XMM[d as usize]), Op::R(XMM[s as usize])],
                );
            }
        }
    }
}

#[test]
fn round_with_every_mode() {
    for size in SIZES {
        let m = pick(size, Mnemonic::Roundss, Mnemonic::Roundsd);
        for mode in RoundMode::ALL {
            for d in 0..16 {
                for s in 0..16 {
                    check(
                        |asm| asm.rounds(size, mode, xmm(d), xmm(s)),
                        m,
                        &[
                            Op::R(XMM[d as usize]),
                            Op::R(XMM[s as usize]),
                            Op::Imm8(mode as u8),
                        ],
                    );
                }
            }
        }
    }
}

/// The rounding immediates select the documented modes (bits 0-1), take
/// the mode from the immediate (bit 2 clear) and suppress the precision
/// exception (bit 3).
#[test]
fn round_mode_immediates() {
    assert_eq!(RoundMode::Nearest as u8, 0x8);
    assert_eq!(RoundMode::Floor as u8, 0x9);
    assert_eq!(RoundMode::Ceil as u8, 0xA);
    assert_eq!(RoundMode::Trunc as u8, 0xB);
}

/// Spot checks of exact bytes for the prefix order: the mandatory prefix
/// first, then REX, then the opcode.
#[test]
fn mandatory_prefix_precedes_rex() {
    assert_eq!(
        assemble(|a| a.sse_rr(SseOp::Add, S64, xmm(8), xmm(1))),
        [0xF2, 0x44, 0x0F, 0x58, 0xC1]
    );
    assert_eq!(
        assemble(|a| a.movd_xr(S64, xmm(15), gpr(11))),
        [0x66, 0x4D, 0x0F, 0x6E, 0xFB]
    );
    assert_eq!(
        assemble(|a| a.rounds(S32, RoundMode::Floor, xmm(9), xmm(10))),
        [0x66, 0x45, 0x0F, 0x3A, 0x0A, 0xCA, 0x09]
    );
    assert_eq!(
        assemble(|a| a.cvtsi2s(S64, S32, xmm(0), gpr(12))),
        [0xF3, 0x49, 0x0F, 0x2A, 0xC4]
    );
}

// ---- packed (v128) forms: asm/simd.rs ------------------------------------------

fn packed_mnemonic(op: PackedOp) -> Mnemonic {
    use Mnemonic as M;
    use PackedOp::*;
    match op {
        Paddb => M::Paddb,
        Paddw => M::Paddw,
        Paddd => M::Paddd,
        Paddq => M::Paddq,
        Psubb => M::Psubb,
        Psubw => M::Psubw,
        Psubd => M::Psubd,
        Psubq => M::Psubq,
        Pmullw => M::Pmullw,
        Pmulld => M::Pmulld,
        Pmuludq => M::Pmuludq,
        Paddsb => M::Paddsb,
        Paddsw => M::Paddsw,
        Paddusb => M::Paddusb,
        Paddusw => M::Paddusw,
        Psubsb => M::Psubsb,
        Psubsw => M::Psubsw,
        Psubusb => M::Psubusb,
        Psubusw => M::Psubusw,
        Pminsb => M::Pminsb,
        Pminsw => M::Pminsw,
        Pminsd => M::Pminsd,
        Pminub => M::Pminub,
        Pminuw => M::Pminuw,
        Pminud => M::Pminud,
        Pmaxsb => M::Pmaxsb,
        Pmaxsw => M::Pmaxsw,
        Pmaxsd => M::Pmaxsd,
        Pmaxub => M::Pmaxub,
        Pmaxuw => M::Pmaxuw,
        Pmaxud => M::Pmaxud,
        Pavgb => M::Pavgb,
        Pavgw => M::Pavgw,
        Pcmpeqb => M::Pcmpeqb,
        Pcmpeqw => M::Pcmpeqw,
        Pcmpeqd => M::Pcmpeqd,
        Pcmpeqq => M::Pcmpeqq,
        Pcmpgtb => M::Pcmpgtb,
        Pcmpgtw => M::Pcmpgtw,
        Pcmpgtd => M::Pcmpgtd,
        Pcmpgtq => M::Pcmpgtq,
        Pand => M::Pand,
        Pandn => M::Pandn,
        Por => M::Por,
        Pxor => M::Pxor,
        Pabsb => M::Pabsb,
        Pabsw => M::Pabsw,
        Pabsd => M::Pabsd,
        Pshufb => M::Pshufb,
        Punpcklbw => M::Punpcklbw,
        Punpcklwd => M::Punpcklwd,
        Punpckldq => M::Punpckldq,
        Punpcklqdq => M::Punpcklqdq,
        Punpckhbw => M::Punpckhbw,
        Punpckhwd => M::Punpckhwd,
        Punpckhdq => M::Punpckhdq,
        Punpckhqdq => M::Punpckhqdq,
        Ptest => M::Ptest,
        Addps => M::Addps,
        Addpd => M::Addpd,
        Subps => M::Subps,
        Subpd => M::Subpd,
        Mulps => M::Mulps,
        Mulpd => M::Mulpd,
        Divps => M::Divps,
        Divpd => M::Divpd,
        Packsswb => M::Packsswb,
        Packuswb => M::Packuswb,
        Packssdw => M::Packssdw,
        Packusdw => M::Packusdw,
        Minps => M::Minps,
        Minpd => M::Minpd,
        Maxps => M::Maxps,
        Maxpd => M::Maxpd,
        Sqrtps => M::Sqrtps,
        Sqrtpd => M::Sqrtpd,
        Cvtdq2ps => M::Cvtdq2ps,
        Cvttps2dq => M::Cvttps2dq,
        Cvtdq2pd => M::Cvtdq2pd,
        Cvttpd2dq => M::Cvttpd2dq,
        Cvtpd2ps => M::Cvtpd2ps,
        Cvtps2pd => M::Cvtps2pd,
        Unpcklps => M::Unpcklps,
        Pmaddwd => M::Pmaddwd,
        Pmaddubsw => M::Pmaddubsw,
        Pmulhrsw => M::Pmulhrsw,
        Pmuldq => M::Pmuldq,
    }
}

/// Every register pair `(dst, src)`, as operands.
fn xmm_pairs() -> impl Iterator<Item = (u8, u8, [Op; 2])> {
    (0..16).flat_map(|d| {
        (0..16).map(move |s| (d, s, [Op::R(XMM[d as usize]), Op::R(XMM[s as usize])]))
    })
}

#[test]
fn packed_reg_reg() {
    for op in PackedOp::ALL {
        for (d, s, ops) in xmm_pairs() {
            check(
                |asm| asm.packed_rr(op, xmm(d), xmm(s)),
                packed_mnemonic(op),
                &ops,
            );
        }
    }
}

#[test]
fn packed_with_immediates() {
    use PackedImmOp::*;
    for op in PackedImmOp::ALL {
        let m = match op {
            Pshufd => Mnemonic::Pshufd,
            Pshuflw => Mnemonic::Pshuflw,
            Pshufhw => Mnemonic::Pshufhw,
            Palignr => Mnemonic::Palignr,
            Pblendw => Mnemonic::Pblendw,
            Insertps => Mnemonic::Insertps,
            Roundps => Mnemonic::Roundps,
            Roundpd => Mnemonic::Roundpd,
        };
        for (d, s, [x, y]) in xmm_pairs() {
            for imm in [0, 0x1B, 0xFF] {
                check(
                    |asm| asm.packed_rri(op, xmm(d), xmm(s), imm),
                    m,
                    &[x, y, Op::Imm8(imm)],
                );
            }
        }
    }
    for (d, s, [x, y]) in xmm_pairs() {
        check(
            |asm| asm.shufps(xmm(d), xmm(s), 0x88),
            Mnemonic::Shufps,
            &[x, y, Op::Imm8(0x88)],
        );
        for size in SIZES {
            let m = pick(size, Mnemonic::Cmpps, Mnemonic::Cmppd);
            for pred in 0..8 {
                check(
                    |asm| asm.cmpp(size, xmm(d), xmm(s), pred),
                    m,
                    &[x, y, Op::Imm8(pred)],
                );
            }
        }
    }
}

#[test]
fn packed_shifts() {
    use ShiftImmOp::*;
    for op in ShiftImmOp::ALL {
        let m = match op {
            Psrlw => Mnemonic::Psrlw,
            Psraw => Mnemonic::Psraw,
            Psllw => Mnemonic::Psllw,
            Psrld => Mnemonic::Psrld,
            Psrad => Mnemonic::Psrad,
            Pslld => Mnemonic::Pslld,
            Psrlq => Mnemonic::Psrlq,
            Psllq => Mnemonic::Psllq,
            Psrldq => Mnemonic::Psrldq,
            Pslldq => Mnemonic::Pslldq,
        };
        for (d, s, [x, y]) in xmm_pairs() {
            if s == 0 {
                check(|asm| asm.shift_imm(op, xmm(d), 7), m, &[x, Op::Imm8(7)]);
            }
            if !matches!(op, Psrldq | Pslldq) {
                check(|asm| asm.shift_xmm(op, xmm(d), xmm(s)), m, &[x, y]);
            }
        }
    }
}

#[test]
fn whole_register_and_narrow_loads_and_stores() {
    for x in 0..16 {
        let r = Op::R(XMM[x as usize]);
        for a in amodes() {
            let m128 = Op::M(a, MemorySize::Packed128_Float32);
            check(
                |asm| asm.movups_rm(xmm(x), &a),
                Mnemonic::Movups,
                &[r, m128],
            );
            check(
                |asm| asm.movups_mr(&a, xmm(x)),
                Mnemonic::Movups,
                &[m128, r],
            );
            let m32 = Op::M(a, MemorySize::UInt32);
            check(
                |asm| asm.movq_rm(S32, xmm(x), &a),
                Mnemonic::Movd,
                &[r, m32],
            );
            let m64 = Op::M(a, MemorySize::UInt64);
            check(
                |asm| asm.movq_rm(S64, xmm(x), &a),
                Mnemonic::Movq,
                &[r, m64],
            );
        }
    }
}

#[test]
fn extending_loads_and_moves() {
    use Mnemonic::*;
    let forms = [
        (S8, true, Pmovsxbw, MemorySize::Packed64_Int8),
        (S8, false, Pmovzxbw, MemorySize::Packed64_UInt8),
        (S16, true, Pmovsxwd, MemorySize::Packed64_Int16),
        (S16, false, Pmovzxwd, MemorySize::Packed64_UInt16),
        (S32, true, Pmovsxdq, MemorySize::Packed64_Int32),
        (S32, false, Pmovzxdq, MemorySize::Packed64_UInt32),
    ];
    for (from, signed, m, mem) in forms {
        for (d, s, ops) in xmm_pairs() {
            check(|asm| asm.pmovx_rr(from, signed, xmm(d), xmm(s)), m, &ops);
        }
        for x in 0..16 {
            for a in amodes() {
                check(
                    |asm| asm.pmovx_rm(from, signed, xmm(x), &a),
                    m,
                    &[Op::R(XMM[x as usize]), Op::M(a, mem)],
                );
            }
        }
    }
}

#[test]
fn lane_inserts_and_extracts() {
    use Mnemonic::*;
    let forms = [
        (S8, Pinsrb, Pextrb, MemorySize::UInt8),
        (S16, Pinsrw, Pextrw, MemorySize::UInt16),
        (S32, Pinsrd, Pextrd, MemorySize::UInt32),
        (S64, Pinsrq, Pextrq, MemorySize::UInt64),
    ];
    for (size, ins, ext, mem) in forms {
        // The general register is 64 bits wide only for the q forms.
        let gsize = if size == S64 { S64 } else { S32 };
        for x in 0..16 {
            let xr = Op::R(XMM[x as usize]);
            for g in 0..16 {
                let gr = Op::R(gpr_name(gsize, g));
                check(
                    |asm| asm.pinsr_rr(size, xmm(x), gpr(g), 1),
                    ins,
                    &[xr, gr, Op::Imm8(1)],
                );
                check(
                    |asm| asm.pextr_rr(size, gpr(g), xmm(x), 1),
                    ext,
                    &[gr, xr, Op::Imm8(1)],
                );
            }
            for a in amodes() {
                let m = Op::M(a, mem);
                check(
                    |asm| asm.pinsr_rm(size, xmm(x), &a, 1),
                    ins,
                    &[xr, m, Op::Imm8(1)],
                );
                check(
                    |asm| asm.pextr_mr(size, &a, xmm(x), 1),
                    ext,
                    &[m, xr, Op::Imm8(1)],
                );
            }
        }
    }
}

#[test]
fn sign_masks() {
    for kind in MovMsk::ALL {
        let m = match kind {
            MovMsk::Bytes => Mnemonic::Pmovmskb,
            MovMsk::Ps => Mnemonic::Movmskps,
            MovMsk::Pd => Mnemonic::Movmskpd,
        };
        for x in 0..16 {
            for g in 0..16 {
                check(
                    |asm| asm.movmsk(kind, gpr(g), xmm(x)),
                    m,
                    &[Op::R(GPR32[g as usize]), Op::R(XMM[x as usize])],
                );
            }
        }
    }
}

#[test]
fn constant_pool_load_is_rip_relative() {
    for x in 0..16 {
        let bytes = assemble(|asm| {
            let label = asm.buf.new_label();
            asm.movups_rip(xmm(x), label);
            asm.bind(label);
        });
        let instr = Decoder::new(64, &bytes, DecoderOptions::NONE).decode();
        let what = show(&bytes, &instr);
        assert_eq!(instr.len(), bytes.len(), "trailing bytes after {what}");
        assert_eq!(instr.mnemonic(), Mnemonic::Movups, "{what}");
        assert_eq!(instr.op0_register(), XMM[x as usize], "{what}");
        assert!(instr.is_ip_rel_memory_operand(), "{what}");
        // The label is bound right after the instruction.
        assert_eq!(instr.ip_rel_memory_address(), bytes.len() as u64, "{what}");
    }
}
