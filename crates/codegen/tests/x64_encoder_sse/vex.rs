//! The VEX (AVX/AVX2) forms of `asm/simd/vex.rs` against iced-x86: every
//! operation, every destination and second source among the 16 XMM
//! registers, first sources (the vvvv field, stored inverted) low and
//! high; broadcasts from memory over every addressing form. Each VEX
//! mnemonic is the legacy one with a `v` in front.

use super::*;
use brisk_codegen::buffer::Label;

/// First sources to try: vvvv 0 (stored as 1111, like "no register"),
/// low, 7/8 across the extension bit, and 15.
const SRC1: [u8; 5] = [0, 3, 7, 8, 15];

/// The VEX mnemonic of a legacy-SSE one: `paddb` -> `vpaddb`.
fn vex_mnemonic(legacy: Mnemonic) -> Mnemonic {
    let name = format!("V{}", format!("{legacy:?}").to_lowercase());
    Mnemonic::values()
        .find(|m| format!("{m:?}") == name)
        .unwrap_or_else(|| panic!("no mnemonic {name}"))
}

/// [`check`], and the instruction starts with a VEX prefix (2 or 3 bytes).
fn check_vex(emit: impl Fn(&mut Assembler), mnemonic: Mnemonic, ops: &[Op]) {
    let bytes = assemble(&emit);
    assert!(matches!(bytes[0], 0xC4 | 0xC5), "no VEX prefix: {bytes:x?}");
    check(emit, mnemonic, ops);
}

#[test]
fn vex_packed_one_and_two_sources() {
    for op in PackedOp::ALL {
        let m = vex_mnemonic(packed_mnemonic(op));
        for (d, s, [x, y]) in xmm_pairs() {
            if op.is_unary() {
                check_vex(|asm| asm.vpacked_rr(op, xmm(d), xmm(s)), m, &[x, y]);
                continue;
            }
            for v in SRC1 {
                let src1 = Op::R(XMM[v as usize]);
                check_vex(
                    |asm| asm.vpacked_rrr(op, xmm(d), xmm(v), xmm(s)),
                    m,
                    &[x, src1, y],
                );
            }
        }
    }
}

#[test]
fn vex_is_no_longer_than_legacy() {
    // The 2-byte prefix whenever it can be used: it replaces a mandatory
    // prefix, the REX prefix and the 0F escape, so the VEX form is no
    // longer than a legacy form with a mandatory prefix, and at most one
    // byte longer than one without.
    for op in PackedOp::ALL {
        for (d, s, _) in xmm_pairs() {
            let legacy = assemble(|asm| asm.packed_rr(op, xmm(d), xmm(s)));
            let vex = assemble(|asm| {
                if op.is_unary() {
                    asm.vpacked_rr(op, xmm(d), xmm(s));
                } else {
                    asm.vpacked_rrr(op, xmm(d), xmm(d), xmm(s));
                }
            });
            let extra = usize::from(!matches!(legacy[0], 0x66 | 0xF2 | 0xF3));
            assert!(
                vex.len() <= legacy.len() + extra,
                "{op:?} {d} {s}: {vex:x?} against {legacy:x?}"
            );
        }
    }
}

#[test]
fn vex_constant_pool_operand_is_rip_relative() {
    for op in PackedOp::ALL.into_iter().filter(|op| !op.is_unary()) {
        let m = vex_mnemonic(packed_mnemonic(op));
        for (d, v) in [(0, 0), (1, 15), (9, 2), (15, 8)] {
            let bytes = assemble(|asm| {
                let label: Label = asm.buf.new_label();
                asm.vpacked_rr_rip(op, xmm(d), xmm(v), label);
                asm.bind(label);
            });
            let instr = Decoder::new(64, &bytes, DecoderOptions::NONE).decode();
            let what = show(&bytes, &instr);
            assert_eq!(instr.len(), bytes.len(), "trailing bytes after {what}");
            assert_eq!(instr.mnemonic(), m, "{what}");
            assert_eq!(instr.op0_register(), XMM[d as usize], "{what}");
            assert_eq!(instr.op1_register(), XMM[v as usize], "{what}");
            assert!(instr.is_ip_rel_memory_operand(), "{what}");
            assert_eq!(instr.ip_rel_memory_address(), bytes.len() as u64, "{what}");
        }
    }
}

#[test]
fn vex_with_immediates() {
    use PackedImmOp::*;
    for op in PackedImmOp::ALL {
        let legacy = match op {
            Pshufd => Mnemonic::Pshufd,
            Pshuflw => Mnemonic::Pshuflw,
            Pshufhw => Mnemonic::Pshufhw,
            Palignr => Mnemonic::Palignr,
            Pblendw => Mnemonic::Pblendw,
            Insertps => Mnemonic::Insertps,
            Roundps => Mnemonic::Roundps,
            Roundpd => Mnemonic::Roundpd,
        };
        let m = vex_mnemonic(legacy);
        for (d, s, [x, y]) in xmm_pairs() {
            let imm = Op::Imm8(0x1B);
            if op.is_unary() {
                check_vex(
                    |asm| asm.vpacked_rri(op, xmm(d), xmm(s), 0x1B),
                    m,
                    &[x, y, imm],
                );
                continue;
            }
            for v in SRC1 {
                let src1 = Op::R(XMM[v as usize]);
                check_vex(
                    |asm| asm.vpacked_rrri(op, xmm(d), xmm(v), xmm(s), 0x1B),
                    m,
                    &[x, src1, y, imm],
                );
            }
        }
    }
    for (d, s, [x, y]) in xmm_pairs() {
        for v in SRC1 {
            let src1 = Op::R(XMM[v as usize]);
            check_vex(
                |asm| asm.vshufps(xmm(d), xmm(v), xmm(s), 0x88),
                Mnemonic::Vshufps,
                &[x, src1, y, Op::Imm8(0x88)],
            );
            for size in SIZES {
                let m = pick(size, Mnemonic::Vcmpps, Mnemonic::Vcmppd);
                for pred in 0..8 {
                    check_vex(
                        |asm| asm.vcmpp(size, xmm(d), xmm(v), xmm(s), pred),
                        m,
                        &[x, src1, y, Op::Imm8(pred)],
                    );
                }
            }
        }
    }
}

#[test]
fn vex_shifts() {
    use ShiftImmOp::*;
    for op in ShiftImmOp::ALL {
        let legacy = assemble(|asm| asm.shift_imm(op, xmm(0), 7));
        let legacy = Decoder::new(64, &legacy, DecoderOptions::NONE)
            .decode()
            .mnemonic();
        let m = vex_mnemonic(legacy);
        for (d, s, [x, y]) in xmm_pairs() {
            check_vex(
                |asm| asm.vshift_imm(op, xmm(d), xmm(s), 7),
                m,
                &[x, y, Op::Imm8(7)],
            );
            if matches!(op, Psrldq | Pslldq) {
                continue;
            }
            for c in SRC1 {
                check_vex(
                    |asm| asm.vshift_xmm(op, xmm(d), xmm(s), xmm(c)),
                    m,
                    &[x, y, Op::R(XMM[c as usize])],
                );
            }
        }
    }
}

#[test]
fn avx2_broadcasts() {
    use Mnemonic::*;
    let forms = [
        (S8, Vpbroadcastb, MemorySize::Int8),
        (S16, Vpbroadcastw, MemorySize::Int16),
        (S32, Vpbroadcastd, MemorySize::Int32),
        (S64, Vpbroadcastq, MemorySize::Int64),
    ];
    for (size, m, mem) in forms {
        for (d, s, ops) in xmm_pairs() {
            check_vex(|asm| asm.vpbroadcast_rr(size, xmm(d), xmm(s)), m, &ops);
        }
        for x in 0..16 {
            for a in amodes() {
                check_vex(
                    |asm| asm.vpbroadcast_rm(size, xmm(x), &a),
                    m,
                    &[Op::R(XMM[x as usize]), Op::M(a, mem)],
                );
            }
        }
    }
}
