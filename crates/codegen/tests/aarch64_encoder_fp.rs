//! Checks brisk's A64 encoder for scalar FP and the SIMD instructions of
//! popcount against independent decoders (see `a64_decode`), over every
//! register. FP loads and stores are in `aarch64_encoder.rs`.

mod a64_decode;

use a64_decode::*;
use brisk_codegen::isa::aarch64::asm::{Cond, FpBinOp, FpUnOp, SimdShift, encode_fp_imm};
use brisk_codegen::isa::aarch64::regs::v;
use brisk_codegen::masm::OperandSize::{S8, S32, S64};

fn cond_name(cond: Cond) -> &'static str {
    [
        "eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al",
        "nv",
    ][cond as usize]
}

#[test]
fn fmov_and_unary() {
    let ops = [
        (FpUnOp::Abs, "fabs"),
        (FpUnOp::Neg, "fneg"),
        (FpUnOp::Sqrt, "fsqrt"),
        (FpUnOp::RintN, "frintn"),
        (FpUnOp::RintP, "frintp"),
        (FpUnOp::RintM, "frintm"),
        (FpUnOp::RintZ, "frintz"),
    ];
    for size in SIZES {
        for (rd, rn) in pairs() {
            let (d, n) = (fp(size, rd), fp(size, rn));
            check(format!("fmov {d}, {n}"), |a| a.fmov(size, v(rd), v(rn)));
            for (op, name) in ops {
                check(format!("{name} {d}, {n}"), |a| {
                    a.fp_unop(op, size, v(rd), v(rn))
                });
            }
        }
    }
}

/// disarm64 0.2 decodes `fcvt` with the destination in the source's
/// precision: `fcvt dN, sM` (1e22c000 | M << 5 | N) as `fcvt sN, sM` and
/// `fcvt sN, dM` (1e624000 | ...) as `fcvt dN, dM`. yaxpeax and GNU
/// objdump follow the ARM ARM (`type` is the source, `opc` the
/// destination), so `fcvt` is checked against yaxpeax's text.
#[test]
fn fcvt() {
    for (rd, rn) in pairs() {
        for (from, to) in [(S32, S64), (S64, S32)] {
            let asm = assemble(|a| a.fcvt(from, v(rd), v(rn)));
            let [word] = words(&asm)[..] else {
                panic!("one instruction expected")
            };
            let yax = yaxpeax(word).expect("yaxpeax decodes fcvt");
            assert_eq!(
                yax.to_string(),
                format!("fcvt {}, {}", fp(to, rd), fp(from, rn)),
                "{word:08x}"
            );
            assert_eq!(
                disarm64_text(word, 0),
                Some(format!("fcvt {}, {}", fp(from, rd), fp(from, rn))),
                "{word:08x}: disarm64's fcvt bug is fixed: check fcvt with it"
            );
        }
    }
}

#[test]
fn binary() {
    let ops = [
        (FpBinOp::Mul, "fmul"),
        (FpBinOp::Div, "fdiv"),
        (FpBinOp::Add, "fadd"),
        (FpBinOp::Sub, "fsub"),
        (FpBinOp::Max, "fmax"),
        (FpBinOp::Min, "fmin"),
    ];
    for (op, name) in ops {
        for size in SIZES {
            for (rd, rn, rm) in triples() {
                let [d, n, m] = [rd, rn, rm].map(|r| fp(size, r));
                check(format!("{name} {d}, {n}, {m}"), |a| {
                    a.fp_binop(op, size, v(rd), v(rn), v(rm))
                });
            }
        }
    }
}

#[test]
fn compare_and_select() {
    for size in SIZES {
        for (i, (rd, rn, rm)) in triples().enumerate() {
            let [d, n, m] = [rd, rn, rm].map(|r| fp(size, r));
            check(format!("fcmp {n}, {m}"), |a| a.fcmp(size, v(rn), v(rm)));
            let cond = Cond::ALL[i % 16];
            check(format!("fcsel {d}, {n}, {m}, {}", cond_name(cond)), |a| {
                a.fcsel(size, cond, v(rd), v(rn), v(rm))
            });
        }
        for rn in all31() {
            check(format!("fcmp {}, #0.0", fp(size, rn)), |a| {
                a.fcmp_zero(size, v(rn))
            });
        }
    }
}

/// The value of an 8-bit FP immediate, by the ARM ARM's definition:
/// sign `a`, exponent `NOT(b):b...b:cd` (so 2^(cd + 1) for b = 0 and
/// 2^(cd - 3) for b = 1) and fraction `efgh`.
fn fp_imm_value(imm8: u8) -> f64 {
    let sign = if imm8 & 0x80 != 0 { -1.0 } else { 1.0 };
    let b = (imm8 >> 6) & 1;
    let cd = i32::from((imm8 >> 4) & 3);
    let exp = if b == 0 { cd + 1 } else { cd - 3 };
    let frac = f64::from(imm8 & 0xf);
    sign * (16.0 + frac) / 16.0 * 2f64.powi(exp)
}

#[test]
fn fmov_imm() {
    for imm8 in 0..=255u8 {
        let value = fp_imm_value(imm8);
        assert_eq!(encode_fp_imm(value.to_bits(), S64), Some(imm8), "{value}");
        let single = (value as f32).to_bits().into();
        assert_eq!(encode_fp_imm(single, S32), Some(imm8), "{value}");
        for size in SIZES {
            let rd = imm8 % 32;
            check(format!("fmov {}, #{value}", fp(size, rd)), |a| {
                a.fmov_imm(size, v(rd), imm8)
            });
        }
    }
    let not_encodable = [
        0.0,
        -0.0,
        0.1,
        32.0,
        0.1171875, // 15/128, below 0.125
        31.5,      // 63/2: five fraction bits
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MIN_POSITIVE,
    ];
    for value in not_encodable {
        assert_eq!(encode_fp_imm(value.to_bits(), S64), None, "{value}");
        let single = (value as f32).to_bits().into();
        assert_eq!(encode_fp_imm(single, S32), None, "{value}");
    }
    // Exact in a double, one bit too many for the immediate.
    assert_eq!(encode_fp_imm((1.0 + f64::EPSILON).to_bits(), S64), None);
    assert_eq!(encode_fp_imm(1.0625f64.to_bits() | 1 << 47, S64), None);
    // 1.0 + 2^-23 is exact in a single but has too many fraction bits.
    assert_eq!(
        encode_fp_imm((1.0f32 + f32::EPSILON).to_bits().into(), S32),
        None
    );
    // A single's bits with anything above bit 31, or the wrong size.
    assert_eq!(
        encode_fp_imm(1 << 32 | u64::from(1f32.to_bits()), S32),
        None
    );
    assert_eq!(encode_fp_imm(1f64.to_bits(), S8), None);
}

#[test]
fn int_fp_conversions() {
    for int_size in SIZES {
        for fp_size in SIZES {
            for (rd, rn) in pairs() {
                for (signed, name) in [(true, "scvtf"), (false, "ucvtf")] {
                    let expected = format!("{name} {}, {}", fp(fp_size, rd), zr(int_size, rn));
                    check(expected, |a| {
                        a.int_to_fp(signed, int_size, fp_size, v(rd), zr_op(rn))
                    });
                }
                for (signed, name) in [(true, "fcvtzs"), (false, "fcvtzu")] {
                    let expected = format!("{name} {}, {}", zr(int_size, rd), fp(fp_size, rn));
                    check(expected, |a| {
                        a.fp_to_int(signed, fp_size, int_size, zr_op(rd), v(rn))
                    });
                }
            }
        }
    }
}

#[test]
fn fmov_between_register_files() {
    for size in SIZES {
        for (rd, rn) in pairs() {
            check(format!("fmov {}, {}", fp(size, rd), zr(size, rn)), |a| {
                a.fmov_to_fp(size, v(rd), zr_op(rn))
            });
            check(format!("fmov {}, {}", zr(size, rd), fp(size, rn)), |a| {
                a.fmov_from_fp(size, zr_op(rd), v(rn))
            });
        }
    }
}

#[test]
fn popcount_simd() {
    for (rd, rn) in pairs() {
        check(format!("cnt v{rd}.8b, v{rn}.8b"), |a| {
            a.cnt_8b(v(rd), v(rn))
        });
        check(format!("addv b{rd}, v{rn}.8b"), |a| a.addv_8b(v(rd), v(rn)));
        check(format!("uaddlv h{rd}, v{rn}.8b"), |a| {
            a.uaddlv_8b(v(rd), v(rn))
        });
    }
}

/// The operand text of a SIMD shift's register: `dN` or `vN.2s`.
fn shift_reg(lanes: brisk_codegen::masm::OperandSize, n: u8) -> String {
    if lanes == S64 {
        format!("d{n}")
    } else {
        format!("v{n}.2s")
    }
}

#[test]
fn simd_shifts() {
    for (op, name) in [(SimdShift::Ushr, "ushr"), (SimdShift::Sli, "sli")] {
        for lanes in SIZES {
            let width = width(lanes);
            let shifts = match op {
                SimdShift::Ushr => 1..=width,
                SimdShift::Sli => 0..=width - 1,
            };
            for (i, shift) in shifts.enumerate() {
                // Every shift with sampled registers, every register pair
                // with the shifts at the edges.
                let (rd, rn) = ((i * 7 % 32) as u8, (i * 13 % 32) as u8);
                let text = |rd, rn, shift| {
                    let [d, n] = [rd, rn].map(|r| shift_reg(lanes, r));
                    format!("{name} {d}, {n}, #{shift}")
                };
                check(text(rd, rn, shift), |a| {
                    a.simd_shift_imm(op, lanes, v(rd), v(rn), shift)
                });
                if shift <= 1 || shift >= width - 1 {
                    for (rd, rn) in pairs() {
                        check(text(rd, rn, shift), |a| {
                            a.simd_shift_imm(op, lanes, v(rd), v(rn), shift)
                        });
                    }
                }
            }
        }
    }
    for lanes in SIZES {
        let width = width(lanes);
        check_rejected("ushr by 0", |a| {
            a.simd_shift_imm(SimdShift::Ushr, lanes, v(0), v(1), 0)
        });
        check_rejected("ushr beyond the width", |a| {
            a.simd_shift_imm(SimdShift::Ushr, lanes, v(0), v(1), width + 1)
        });
        check_rejected("sli by the width", |a| {
            a.simd_shift_imm(SimdShift::Sli, lanes, v(0), v(1), width)
        });
    }
    check_rejected("8-bit lanes", |a| {
        a.simd_shift_imm(SimdShift::Sli, S8, v(0), v(1), 1)
    });
}

#[test]
fn fp_operands_must_be_fp_registers() {
    check_rejected("fadd of a GPR", |a| {
        a.fp_binop(FpBinOp::Add, S64, v(0), x(1), v(2))
    });
    check_rejected("cnt of a GPR", |a| a.cnt_8b(x(0), v(1)));
    check_rejected("ushr of a GPR", |a| {
        a.simd_shift_imm(SimdShift::Ushr, S64, v(0), x(1), 63)
    });
    check_rejected("fmov from a GPR as an FP register", |a| {
        a.fmov(S32, v(0), x(1))
    });
    check_rejected("a byte-sized float", |a| a.fmov(S8, v(0), v(1)));
}
