//! Checks every public method of brisk's x86-64 encoder against an
//! independent decoder (iced-x86): each instruction must decode, consuming
//! every byte, as the intended mnemonic with the intended operands (register
//! names and widths, memory base/index/scale/displacement and access size,
//! immediate kind and value, branch targets).

use Register::*;
use brisk_codegen::buffer::{CallReloc, Label, RelocKind};
use brisk_codegen::isa::x64::asm::{AluOp, Amode, Assembler, BitOp, Cond, ShiftOp, UnaryOp};
use brisk_codegen::masm::OperandSize::{self, S8, S16, S32, S64, S128};
use brisk_codegen::reg::Reg;
use iced_x86::{Decoder, DecoderOptions, Instruction, MemorySize, Mnemonic, OpKind, Register};

mod x64_addr;
use x64_addr::Addr;

// ---- registers --------------------------------------------------------------

const GPR8: [Register; 16] = [
    AL, CL, DL, BL, SPL, BPL, SIL, DIL, R8L, R9L, R10L, R11L, R12L, R13L, R14L, R15L,
];
const GPR16: [Register; 16] = [
    AX, CX, DX, BX, SP, BP, SI, DI, R8W, R9W, R10W, R11W, R12W, R13W, R14W, R15W,
];
const GPR32: [Register; 16] = [
    EAX, ECX, EDX, EBX, ESP, EBP, ESI, EDI, R8D, R9D, R10D, R11D, R12D, R13D, R14D, R15D,
];
const GPR64: [Register; 16] = [
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15,
];

/// iced's name for brisk's integer register `reg` at width `size`.
fn ireg(size: OperandSize, reg: Reg) -> Register {
    let table = match size {
        S8 => &GPR8,
        S16 => &GPR16,
        S32 => &GPR32,
        S64 => &GPR64,
        S128 => unreachable!("no 128-bit general registers"),
    };
    table[reg.hw() as usize]
}

/// All 16 general-purpose registers.
fn gprs() -> impl Iterator<Item = Reg> + Clone {
    (0..16).map(Reg::int)
}

/// Every (first, second) pair of general-purpose registers.
fn gpr_pairs() -> impl Iterator<Item = (Reg, Reg)> {
    gprs().flat_map(|a| gprs().map(move |b| (a, b)))
}

/// The sizes of the ordinary 32/64-bit integer instructions.
const SIZES: [OperandSize; 2] = [S32, S64];
const ALL_SIZES: [OperandSize; 4] = [S8, S16, S32, S64];

// ---- operands -----------------------------------------------------------------

/// An operand as decoded, or as expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operand {
    Reg(Register),
    Mem {
        base: Register,
        index: Register,
        scale: u32,
        disp: i64,
        /// Displacement bytes as iced reports them (a 64-bit-mode disp32 is 8).
        disp_bytes: u32,
        size: MemorySize,
    },
    /// An immediate's kind and its value truncated to the kind's width.
    Imm(OpKind, u64),
    /// A near branch target, as an offset in the buffer.
    Branch(u64),
    /// A `[rip + disp]` operand, by the offset it points at.
    RipRel(u64),
}

fn reg(size: OperandSize, r: Reg) -> Operand {
    Operand::Reg(ireg(size, r))
}

/// The memory operand `a` accessed with `size`. The displacement must be the
/// shortest: none for 0 (except rbp/r13 as base, which have no disp-less
/// form), one byte when it fits in an i8, four otherwise.
fn mem(a: &Addr, size: MemorySize) -> Operand {
    let (index, scale) = a
        .index
        .map_or((Register::None, 1), |(i, s)| (ireg(S64, i), 1 << s));
    let disp_bytes = if a.disp == 0 && !matches!(a.base.hw(), 5 | 13) {
        0
    } else if i8::try_from(a.disp).is_ok() {
        1
    } else {
        8
    };
    Operand::Mem {
        base: ireg(S64, a.base),
        index,
        scale,
        disp: a.disp.into(),
        disp_bytes,
        size,
    }
}

/// Unsigned memory access size.
fn uint(size: OperandSize) -> MemorySize {
    match size {
        S8 => MemorySize::UInt8,
        S16 => MemorySize::UInt16,
        S32 => MemorySize::UInt32,
        S64 => MemorySize::UInt64,
        S128 => unreachable!("no 128-bit integer accesses"),
    }
}

/// Signed memory access size.
fn int(size: OperandSize) -> MemorySize {
    match size {
        S8 => MemorySize::Int8,
        S16 => MemorySize::Int16,
        S32 => MemorySize::Int32,
        S64 => MemorySize::Int64,
        S128 => unreachable!("no 128-bit integer accesses"),
    }
}

/// A sign-extended immediate of a `size` operation in its shortest form:
/// imm8 when it fits, imm32 otherwise.
fn simm(size: OperandSize, imm: i32) -> Operand {
    let short = i8::try_from(imm).is_ok();
    match (size, short) {
        (S32, true) => Operand::Imm(OpKind::Immediate8to32, imm as u32 as u64),
        (S32, false) => Operand::Imm(OpKind::Immediate32, imm as u32 as u64),
        (S64, true) => Operand::Imm(OpKind::Immediate8to64, imm as i64 as u64),
        (S64, false) => Operand::Imm(OpKind::Immediate32to64, imm as i64 as u64),
        _ => unreachable!("sign-extended immediate of {size:?}"),
    }
}

fn imm_mask(kind: OpKind) -> u64 {
    match kind {
        OpKind::Immediate8 => 0xff,
        OpKind::Immediate16 => 0xffff,
        OpKind::Immediate32 | OpKind::Immediate8to32 => 0xffff_ffff,
        OpKind::Immediate8to64 | OpKind::Immediate32to64 | OpKind::Immediate64 => u64::MAX,
        _ => panic!("unexpected immediate kind {kind:?}"),
    }
}

fn operands(ins: &Instruction) -> Vec<Operand> {
    (0..ins.op_count())
        .map(|i| match ins.op_kind(i) {
            OpKind::Register => Operand::Reg(ins.op_register(i)),
            OpKind::NearBranch64 => Operand::Branch(ins.near_branch_target()),
            OpKind::Memory if ins.is_ip_rel_memory_operand() => {
                Operand::RipRel(ins.ip_rel_memory_address())
            }
            OpKind::Memory => Operand::Mem {
                base: ins.memory_base(),
                index: ins.memory_index(),
                scale: ins.memory_index_scale(),
                disp: ins.memory_displacement64() as i64,
                disp_bytes: ins.memory_displ_size(),
                size: ins.memory_size(),
            },
            kind => Operand::Imm(kind, ins.immediate(i) & imm_mask(kind)),
        })
        .collect()
}

// ---- decoding and checking ------------------------------------------------------

/// Decodes all of `bytes` (64-bit mode, starting at offset 0).
fn decode(bytes: &[u8]) -> Vec<Instruction> {
    let mut decoder = Decoder::with_ip(64, bytes, 0, DecoderOptions::NONE);
    let mut out = Vec::new();
    while decoder.can_decode() {
        let ins = decoder.decode();
        assert!(
            !ins.is_invalid(),
            "{bytes:02X?}: invalid or truncated instruction at {}",
            ins.ip()
        );
        out.push(ins);
    }
    out
}

fn listing(code: &[Instruction]) -> String {
    code.iter()
        .map(|i| format!("{:>3}: {i}", i.ip()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// An expected instruction: mnemonic and operands.
type Expected = (Mnemonic, Vec<Operand>);

/// Checks that `bytes` decode as exactly the `expected` instructions.
#[track_caller]
fn check_code(bytes: &[u8], expected: &[Expected]) {
    let code = decode(bytes);
    let actual: Vec<Expected> = code.iter().map(|i| (i.mnemonic(), operands(i))).collect();
    assert_eq!(
        actual,
        expected,
        "{bytes:02X?} decodes as `{}`",
        listing(&code)
    );
}

/// Runs `emit` on a fresh assembler and resolves its fix-ups.
fn assemble(emit: impl FnOnce(&mut Assembler)) -> Assembler {
    let mut asm = Assembler::new();
    emit(&mut asm);
    asm.buf.finish();
    asm
}

/// Checks that `emit` produces exactly one instruction, `mnemonic operands`.
#[track_caller]
fn check(mnemonic: Mnemonic, operands: &[Operand], emit: impl FnOnce(&mut Assembler)) {
    check_code(assemble(emit).buf.bytes(), &[(mnemonic, operands.to_vec())]);
}

// ---- memory operands ------------------------------------------------------------

const DISPS: [i32; 10] = [
    0,
    1,
    -1,
    127,
    -128,
    128,
    -129,
    0x7fff_ffff,
    i32::MIN,
    -0x1234,
];

/// Every addressing form: each base; no index, or each index but rsp with
/// each scale; each displacement.
fn amodes() -> Vec<Addr> {
    let mut out = Vec::new();
    for base in gprs() {
        for disp in DISPS {
            out.push(Addr::base_disp(base, disp));
            for index in gprs().filter(|i| i.hw() != 4) {
                for shift in 0..4 {
                    out.push(Addr::indexed(base, index, shift, disp));
                }
            }
        }
    }
    out
}

/// Every addressing form paired with a register operand that cycles through
/// all 16, so that each register meets every base and every index.
fn reg_amodes() -> impl Iterator<Item = (Reg, Addr)> {
    gprs().cycle().zip(amodes())
}

/// A few addressing forms covering the special cases (SIB for rsp/r12,
/// forced displacement for rbp/r13, REX.X/REX.B, each displacement width),
/// for loops whose other dimensions are large.
fn sample_amodes() -> Vec<Addr> {
    let r = Reg::int;
    vec![
        Addr::base_disp(r(0), 0),
        Addr::base_disp(r(4), 0),
        Addr::base_disp(r(5), 0),
        Addr::base_disp(r(12), 127),
        Addr::base_disp(r(13), -129),
        Addr::indexed(r(4), r(12), 3, -128),
        Addr::indexed(r(13), r(5), 1, 0),
        Addr::indexed(r(8), r(15), 2, i32::MIN),
        Addr::indexed(r(3), r(9), 0, 0x7fff_ffff),
    ]
}

/// (addressing form, immediate) pairs for the memory-immediate forms: every
/// addressing form, alternating a short and a long immediate, then every
/// immediate of [`IMMS`] with each sample addressing form.
fn amode_imms() -> impl Iterator<Item = (Addr, i32)> {
    let every = amodes()
        .into_iter()
        .zip([-2, 0x1234_5678].into_iter().cycle());
    let sample = IMMS
        .into_iter()
        .flat_map(|imm| sample_amodes().into_iter().map(move |m| (m, imm)));
    every.chain(sample)
}

/// An `Amode` keeps its operand encoded; reading its base, index and
/// displacement back (as `uses` and the MacroAssembler's checks do) gives
/// the address it was built from, for every addressing form.
#[test]
fn amode_reads_back_its_address() {
    for m in amodes() {
        assert_eq!(
            (m.base(), m.index(), m.disp()),
            (m.base, m.index, m.disp),
            "{m:?}"
        );
        for r in gprs() {
            let used = r == m.base || m.index.is_some_and(|(i, _)| i == r);
            assert_eq!(m.uses(r), used, "{m:?} uses {r:?}");
        }
    }
}

// ---- immediates and enumerations -------------------------------------------------

/// Immediates around the imm8/imm32 boundary and at the i32 extremes.
const IMMS: [i32; 10] = [
    0,
    1,
    -1,
    127,
    -128,
    128,
    -129,
    0x7fff_ffff,
    i32::MIN,
    0x1234_5678,
];

const ALU_OPS: [(AluOp, Mnemonic); 8] = [
    (AluOp::Add, Mnemonic::Add),
    (AluOp::Or, Mnemonic::Or),
    (AluOp::Adc, Mnemonic::Adc),
    (AluOp::Sbb, Mnemonic::Sbb),
    (AluOp::And, Mnemonic::And),
    (AluOp::Sub, Mnemonic::Sub),
    (AluOp::Xor, Mnemonic::Xor),
    (AluOp::Cmp, Mnemonic::Cmp),
];

const SHIFT_OPS: [(ShiftOp, Mnemonic); 5] = [
    (ShiftOp::Rol, Mnemonic::Rol),
    (ShiftOp::Ror, Mnemonic::Ror),
    (ShiftOp::Shl, Mnemonic::Shl),
    (ShiftOp::Shr, Mnemonic::Shr),
    (ShiftOp::Sar, Mnemonic::Sar),
];

const UNARY_OPS: [(UnaryOp, Mnemonic); 6] = [
    (UnaryOp::Not, Mnemonic::Not),
    (UnaryOp::Neg, Mnemonic::Neg),
    (UnaryOp::Mul, Mnemonic::Mul),
    (UnaryOp::Imul, Mnemonic::Imul),
    (UnaryOp::Div, Mnemonic::Div),
    (UnaryOp::Idiv, Mnemonic::Idiv),
];

const BIT_OPS: [(BitOp, Mnemonic); 5] = [
    (BitOp::Lzcnt, Mnemonic::Lzcnt),
    (BitOp::Tzcnt, Mnemonic::Tzcnt),
    (BitOp::Popcnt, Mnemonic::Popcnt),
    (BitOp::Bsr, Mnemonic::Bsr),
    (BitOp::Bsf, Mnemonic::Bsf),
];

/// The `jcc`, `setcc` and `cmovcc` mnemonics of each condition, by name.
fn cond_mnemonics(cond: Cond) -> [Mnemonic; 3] {
    use Mnemonic as M;
    match cond {
        Cond::O => [M::Jo, M::Seto, M::Cmovo],
        Cond::NO => [M::Jno, M::Setno, M::Cmovno],
        Cond::B => [M::Jb, M::Setb, M::Cmovb],
        Cond::AE => [M::Jae, M::Setae, M::Cmovae],
        Cond::E => [M::Je, M::Sete, M::Cmove],
        Cond::NE => [M::Jne, M::Setne, M::Cmovne],
        Cond::BE => [M::Jbe, M::Setbe, M::Cmovbe],
        Cond::A => [M::Ja, M::Seta, M::Cmova],
        Cond::S => [M::Js, M::Sets, M::Cmovs],
        Cond::NS => [M::Jns, M::Setns, M::Cmovns],
        Cond::P => [M::Jp, M::Setp, M::Cmovp],
        Cond::NP => [M::Jnp, M::Setnp, M::Cmovnp],
        Cond::L => [M::Jl, M::Setl, M::Cmovl],
        Cond::GE => [M::Jge, M::Setge, M::Cmovge],
        Cond::LE => [M::Jle, M::Setle, M::Cmovle],
        Cond::G => [M::Jg, M::Setg, M::Cmovg],
    }
}

// ---- moves ----------------------------------------------------------------------

#[test]
fn mov_rr() {
    for size in SIZES {
        for (dst, src) in gpr_pairs() {
            check(Mnemonic::Mov, &[reg(size, dst), reg(size, src)], |a| {
                a.mov_rr(size, dst, src)
            });
        }
    }
}

#[test]
fn mov_rm() {
    for size in SIZES {
        for (dst, m) in reg_amodes() {
            check(Mnemonic::Mov, &[reg(size, dst), mem(&m, uint(size))], |a| {
                a.mov_rm(size, dst, &m)
            });
        }
    }
}

#[test]
fn mov_mr() {
    for size in ALL_SIZES {
        for (src, m) in reg_amodes() {
            check(Mnemonic::Mov, &[mem(&m, uint(size)), reg(size, src)], |a| {
                a.mov_mr(size, &m, src)
            });
        }
    }
}

#[test]
fn mov_mm_via() {
    // Every addressing form on each side, each register between them.
    for size in SIZES {
        for ((via, src), dst) in reg_amodes().zip(amodes().into_iter().rev()) {
            let code = assemble(|a| a.mov_mm_via(size, &src, &dst, via));
            check_code(
                code.buf.bytes(),
                &[
                    (Mnemonic::Mov, vec![reg(size, via), mem(&src, uint(size))]),
                    (Mnemonic::Mov, vec![mem(&dst, uint(size)), reg(size, via)]),
                ],
            );
        }
    }
}

#[test]
fn mov_mr_byte_registers_need_rex() {
    // spl/bpl/sil/dil without REX would be ah/ch/dh/bh.
    for src in gprs() {
        for m in sample_amodes() {
            check(Mnemonic::Mov, &[mem(&m, uint(S8)), reg(S8, src)], |a| {
                a.mov_mr(S8, &m, src)
            });
        }
    }
}

/// The immediate operand of a `size` store of `imm`.
fn store_imm(size: OperandSize, imm: i32) -> Operand {
    match size {
        S8 => Operand::Imm(OpKind::Immediate8, imm as u8 as u64),
        S16 => Operand::Imm(OpKind::Immediate16, imm as u16 as u64),
        S32 => Operand::Imm(OpKind::Immediate32, imm as u32 as u64),
        S64 => Operand::Imm(OpKind::Immediate32to64, imm as i64 as u64),
        S128 => unreachable!("no 128-bit immediates"),
    }
}

#[test]
fn mov_mi() {
    for size in ALL_SIZES {
        for (m, imm) in amode_imms() {
            check(
                Mnemonic::Mov,
                &[mem(&m, uint(size)), store_imm(size, imm)],
                |a| a.mov_mi(size, &m, imm),
            );
        }
    }
}

/// How `mov r64, imm` must be encoded.
#[derive(Clone, Copy)]
enum MovForm {
    /// `mov r32, imm32`, zero-extending.
    Zext32,
    /// `mov r64, simm32` (`C7 /0`).
    Sext32,
    /// `movabs r64, imm64`.
    Abs64,
}

#[test]
fn mov_ri() {
    use MovForm::*;
    let cases: [(u64, MovForm); 14] = [
        (0, Zext32),
        (1, Zext32),
        (0x7fff_ffff, Zext32),
        (0x8000_0000, Zext32),
        (u32::MAX as u64, Zext32),
        (-1i64 as u64, Sext32),
        (-2i64 as u64, Sext32),
        (i32::MIN as i64 as u64, Sext32),
        (-0x8000_0001i64 as u64, Abs64),
        (0x1_0000_0000, Abs64),
        (0xffff_ffff_0000_0000, Abs64),
        (0x1234_5678_9abc_def0, Abs64),
        (i64::MIN as u64, Abs64),
        (i64::MAX as u64, Abs64),
    ];
    for dst in gprs() {
        for (imm, form) in cases {
            // A 32-bit move takes the low half, zero-extended.
            let low = imm as u32 as u64;
            let zext = [reg(S32, dst), Operand::Imm(OpKind::Immediate32, low)];
            check(Mnemonic::Mov, &zext, |a| a.mov_ri(S32, dst, imm));
            let expected = match form {
                Zext32 => zext,
                Sext32 => [reg(S64, dst), Operand::Imm(OpKind::Immediate32to64, imm)],
                Abs64 => [reg(S64, dst), Operand::Imm(OpKind::Immediate64, imm)],
            };
            check(Mnemonic::Mov, &expected, |a| a.mov_ri(S64, dst, imm));
        }
    }
}

#[test]
fn movzx_rr() {
    for from in [S8, S16] {
        for (dst, src) in gpr_pairs() {
            check(Mnemonic::Movzx, &[reg(S32, dst), reg(from, src)], |a| {
                a.movzx_rr(from, dst, src)
            });
        }
    }
}

#[test]
fn movzx_rm() {
    for from in [S8, S16] {
        for (dst, m) in reg_amodes() {
            check(
                Mnemonic::Movzx,
                &[reg(S32, dst), mem(&m, uint(from))],
                |a| a.movzx_rm(from, dst, &m),
            );
        }
    }
}

/// The sign extensions `movsx_rr`/`movsx_rm` accept, with their mnemonic.
const SIGN_EXTENSIONS: [(OperandSize, OperandSize, Mnemonic); 5] = [
    (S8, S32, Mnemonic::Movsx),
    (S8, S64, Mnemonic::Movsx),
    (S16, S32, Mnemonic::Movsx),
    (S16, S64, Mnemonic::Movsx),
    (S32, S64, Mnemonic::Movsxd),
];

#[test]
fn movsx_rr() {
    for (from, to, mnemonic) in SIGN_EXTENSIONS {
        for (dst, src) in gpr_pairs() {
            check(mnemonic, &[reg(to, dst), reg(from, src)], |a| {
                a.movsx_rr(from, to, dst, src)
            });
        }
    }
}

#[test]
fn movsx_rm() {
    for (from, to, mnemonic) in SIGN_EXTENSIONS {
        for (dst, m) in reg_amodes() {
            check(mnemonic, &[reg(to, dst), mem(&m, int(from))], |a| {
                a.movsx_rm(from, to, dst, &m)
            });
        }
    }
}

#[test]
fn lea() {
    for (dst, m) in reg_amodes() {
        check(
            Mnemonic::Lea,
            &[reg(S64, dst), mem(&m, MemorySize::Unknown)],
            |a| a.lea(dst, &m),
        );
    }
}

// ---- arithmetic -----------------------------------------------------------------

#[test]
fn alu_rr() {
    for (op, mnemonic) in ALU_OPS {
        for size in SIZES {
            for (dst, src) in gpr_pairs() {
                check(mnemonic, &[reg(size, dst), reg(size, src)], |a| {
                    a.alu_rr(op, size, dst, src)
                });
            }
        }
    }
}

#[test]
fn alu_rm() {
    for (op, mnemonic) in ALU_OPS {
        for size in SIZES {
            for (dst, m) in reg_amodes() {
                check(mnemonic, &[reg(size, dst), mem(&m, uint(size))], |a| {
                    a.alu_rm(op, size, dst, &m)
                });
            }
        }
    }
}

#[test]
fn alu_ri() {
    for (op, mnemonic) in ALU_OPS {
        for size in SIZES {
            for dst in gprs() {
                for imm in IMMS {
                    check(mnemonic, &[reg(size, dst), simm(size, imm)], |a| {
                        a.alu_ri(op, size, dst, imm)
                    });
                }
            }
        }
    }
}

#[test]
fn alu_ri_patchable() {
    for (op, mnemonic) in ALU_OPS {
        for size in SIZES {
            for dst in gprs() {
                // Even values that would fit an imm8 keep the 4-byte field.
                for value in [0, 8, -2, 0x1234_5678] {
                    let mut a = Assembler::new();
                    let at = a.alu_ri_patchable(op, size, dst);
                    assert_eq!(at + 4, a.buf.len(), "immediate must end the instruction");
                    a.buf.patch4(at, value as u32);
                    let imm = match size {
                        S32 => Operand::Imm(OpKind::Immediate32, value as u32 as u64),
                        _ => Operand::Imm(OpKind::Immediate32to64, value as i64 as u64),
                    };
                    check_code(a.buf.bytes(), &[(mnemonic, vec![reg(size, dst), imm])]);
                }
            }
        }
    }
}

#[test]
fn test_rr() {
    for size in SIZES {
        for (x, y) in gpr_pairs() {
            check(Mnemonic::Test, &[reg(size, x), reg(size, y)], |a| {
                a.test_rr(size, x, y)
            });
        }
    }
}

#[test]
fn imul_rr() {
    for size in SIZES {
        for (dst, src) in gpr_pairs() {
            check(Mnemonic::Imul, &[reg(size, dst), reg(size, src)], |a| {
                a.imul_rr(size, dst, src)
            });
        }
    }
}

#[test]
fn imul_rm() {
    for size in SIZES {
        for (dst, m) in reg_amodes() {
            check(Mnemonic::Imul, &[reg(size, dst), mem(&m, int(size))], |a| {
                a.imul_rm(size, dst, &m)
            });
        }
    }
}

#[test]
fn imul_rri() {
    for size in SIZES {
        for (dst, src) in gpr_pairs() {
            for imm in IMMS {
                let expected = [reg(size, dst), reg(size, src), simm(size, imm)];
                check(Mnemonic::Imul, &expected, |a| {
                    a.imul_rri(size, dst, src, imm)
                });
            }
        }
    }
}

#[test]
fn unary() {
    for (op, mnemonic) in UNARY_OPS {
        for size in SIZES {
            for r in gprs() {
                check(mnemonic, &[reg(size, r)], |a| a.unary(op, size, r));
            }
        }
    }
}

#[test]
fn sign_extend_rax() {
    check(Mnemonic::Cdq, &[], |a| a.sign_extend_rax(S32));
    check(Mnemonic::Cqo, &[], |a| a.sign_extend_rax(S64));
}

#[test]
fn shift_cl() {
    for (op, mnemonic) in SHIFT_OPS {
        for size in SIZES {
            for dst in gprs() {
                check(mnemonic, &[reg(size, dst), Operand::Reg(CL)], |a| {
                    a.shift_cl(op, size, dst)
                });
            }
        }
    }
}

#[test]
fn shift_ri() {
    for (op, mnemonic) in SHIFT_OPS {
        for size in SIZES {
            for dst in gprs() {
                for imm in [0u8, 1, 7, 31, 63, 0x80, 0xff] {
                    let expected = [reg(size, dst), Operand::Imm(OpKind::Immediate8, imm.into())];
                    check(mnemonic, &expected, |a| a.shift_ri(op, size, dst, imm));
                }
            }
        }
    }
}

#[test]
fn bit_op() {
    for (op, mnemonic) in BIT_OPS {
        for size in SIZES {
            for (dst, src) in gpr_pairs() {
                check(mnemonic, &[reg(size, dst), reg(size, src)], |a| {
                    a.bit_op(op, size, dst, src)
                });
            }
        }
    }
}

#[test]
fn setcc() {
    for cond in Cond::ALL {
        let [_, mnemonic, _] = cond_mnemonics(cond);
        for dst in gprs() {
            check(mnemonic, &[reg(S8, dst)], |a| a.setcc(cond, dst));
        }
    }
}

#[test]
fn cmov() {
    for cond in Cond::ALL {
        let [_, _, mnemonic] = cond_mnemonics(cond);
        for size in SIZES {
            for (dst, src) in gpr_pairs() {
                check(mnemonic, &[reg(size, dst), reg(size, src)], |a| {
                    a.cmov(cond, size, dst, src)
                });
            }
        }
    }
}

#[test]
fn test_ri() {
    for size in ALL_SIZES {
        for r in gprs() {
            for imm in IMMS {
                let imm_op = match size {
                    S8 => Operand::Imm(OpKind::Immediate8, imm as u8 as u64),
                    S16 => Operand::Imm(OpKind::Immediate16, imm as u16 as u64),
                    S32 => Operand::Imm(OpKind::Immediate32, imm as u32 as u64),
                    S64 => Operand::Imm(OpKind::Immediate32to64, imm as i64 as u64),
                    S128 => unreachable!("no 128-bit immediates"),
                };
                check(Mnemonic::Test, &[reg(size, r), imm_op], |a| {
                    a.test_ri(size, r, imm)
                });
            }
        }
    }
}

// ---- atomics ----------------------------------------------------------------------

/// As [`check`], and the instruction has a `lock` prefix exactly if `lock`.
#[track_caller]
fn check_lock(
    lock: bool,
    mnemonic: Mnemonic,
    operands: &[Operand],
    emit: impl FnOnce(&mut Assembler),
) {
    let asm = assemble(emit);
    let bytes = asm.buf.bytes();
    check_code(bytes, &[(mnemonic, operands.to_vec())]);
    assert_eq!(
        decode(bytes)[0].has_lock_prefix(),
        lock,
        "{bytes:02X?}: lock prefix"
    );
}

#[test]
fn atomic_memory_register_forms() {
    type Emit = fn(&mut Assembler, OperandSize, &Amode, Reg);
    let forms: [(Mnemonic, bool, Emit); 3] = [
        (Mnemonic::Xchg, false, |a, s, m, r| a.xchg_mr(s, m, r)),
        (Mnemonic::Xadd, true, |a, s, m, r| a.lock_xadd_mr(s, m, r)),
        (Mnemonic::Cmpxchg, true, |a, s, m, r| {
            a.lock_cmpxchg_mr(s, m, r)
        }),
    ];
    for (mnemonic, lock, emit) in forms {
        for size in ALL_SIZES {
            // Every register with every addressing form: at S8, spl, bpl,
            // sil and dil need a REX prefix.
            for (r, m) in reg_amodes() {
                let operands = [mem(&m, uint(size)), reg(size, r)];
                check_lock(lock, mnemonic, &operands, |a| emit(a, size, &m, r));
            }
        }
    }
}

#[test]
fn mfence() {
    check(Mnemonic::Mfence, &[], |a| a.mfence());
}

// ---- control flow -----------------------------------------------------------------

/// Emits `branch` to a label bound before it (a self-loop at a non-zero
/// offset) and to one bound after it, and checks that the code decodes as
/// `ud2; X back; X fwd; ud2; fwd: ud2` with `X` = `mnemonic target` and
/// `len` bytes long (the rel32 form).
#[track_caller]
fn check_label_uses(
    len: usize,
    expected: impl Fn(u64) -> Expected,
    branch: impl Fn(&mut Assembler, Label),
) {
    let mut a = Assembler::new();
    let back = a.buf.new_label();
    let fwd = a.buf.new_label();
    a.ud2();
    a.bind(back);
    branch(&mut a, back);
    branch(&mut a, fwd);
    a.ud2();
    let fwd_at = a.buf.len() as u64;
    a.bind(fwd);
    a.ud2();
    a.buf.finish();
    assert_eq!(a.buf.len() as usize, 6 + 2 * len);
    check_code(
        a.buf.bytes(),
        &[
            (Mnemonic::Ud2, vec![]),
            expected(2),
            expected(fwd_at),
            (Mnemonic::Ud2, vec![]),
            (Mnemonic::Ud2, vec![]),
        ],
    );
}

#[test]
fn jmp_label() {
    check_label_uses(
        5,
        |target| (Mnemonic::Jmp, vec![Operand::Branch(target)]),
        |a, l| a.jmp(l),
    );
}

#[test]
fn jcc_label() {
    for cond in Cond::ALL {
        let [mnemonic, _, _] = cond_mnemonics(cond);
        check_label_uses(
            6,
            |target| (mnemonic, vec![Operand::Branch(target)]),
            |a, l| a.jcc(cond, l),
        );
    }
}

#[test]
fn lea_label() {
    for dst in gprs() {
        // REX.W 8D modrm disp32, whatever the register.
        check_label_uses(
            7,
            |target| (Mnemonic::Lea, vec![reg(S64, dst), Operand::RipRel(target)]),
            |a, l| a.lea_label(dst, l),
        );
    }
}

#[test]
fn jump_table_entry() {
    let mut a = Assembler::new();
    let before = a.buf.new_label();
    let table = a.buf.new_label();
    let after = a.buf.new_label();
    a.bind(before);
    a.ud2();
    a.bind(table);
    for target in [before, after, table, after] {
        a.jump_table_entry(target, table);
    }
    a.ud2();
    a.bind(after);
    a.buf.finish();
    let entries: Vec<i32> = a.buf.bytes()[2..18]
        .chunks(4)
        .map(|c| i32::from_le_bytes(c.try_into().unwrap()))
        .collect();
    // before = 0, table = 2, after = 20.
    assert_eq!(entries, [-2, 18, 0, 18]);
    assert_eq!(a.buf.len(), 20);
}

#[test]
fn call_func_and_jmp_func() {
    let a = assemble(|a| {
        a.ud2();
        a.call_func(7);
        a.call_func(u32::MAX);
        a.jmp_func(3);
    });
    assert_eq!(
        a.buf.relocs(),
        [
            CallReloc {
                at: 3,
                callee: 7,
                kind: RelocKind::X86Rel32
            },
            CallReloc {
                at: 8,
                callee: u32::MAX,
                kind: RelocKind::X86Rel32
            },
            CallReloc {
                at: 13,
                callee: 3,
                kind: RelocKind::X86Rel32
            }
        ]
    );
    // Unlinked, the rel32 fields are 0: each call or tail jump targets the
    // next instruction.
    check_code(
        a.buf.bytes(),
        &[
            (Mnemonic::Ud2, vec![]),
            (Mnemonic::Call, vec![Operand::Branch(7)]),
            (Mnemonic::Call, vec![Operand::Branch(12)]),
            (Mnemonic::Jmp, vec![Operand::Branch(17)]),
        ],
    );
}

#[test]
fn indirect_jmp_and_call() {
    for r in gprs() {
        check(Mnemonic::Jmp, &[reg(S64, r)], |a| a.jmp_r(r));
        check(Mnemonic::Call, &[reg(S64, r)], |a| a.call_r(r));
    }
    for m in amodes() {
        // iced's size for a 64-bit near code pointer.
        let target = [mem(&m, MemorySize::QwordOffset)];
        check(Mnemonic::Jmp, &target, |a| a.jmp_m(&m));
        check(Mnemonic::Call, &target, |a| a.call_m(&m));
    }
}

#[test]
fn push_pop() {
    for r in gprs() {
        check(Mnemonic::Push, &[reg(S64, r)], |a| a.push_r(r));
        check(Mnemonic::Pop, &[reg(S64, r)], |a| a.pop_r(r));
    }
}

#[test]
fn ret_and_ud2() {
    check(Mnemonic::Ret, &[], |a| a.ret());
    for bytes in [0, 8, 0x7fff, 0x8000, 0xffff] {
        let imm = Operand::Imm(OpKind::Immediate16, bytes.into());
        check(Mnemonic::Ret, &[imm], |a| a.ret_imm(bytes));
    }
    check(Mnemonic::Ud2, &[], |a| a.ud2());
}
