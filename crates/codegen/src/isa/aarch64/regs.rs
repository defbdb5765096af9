//! AArch64 register names.
//!
//! General-purpose registers are [`Reg`]s of class `Int` numbered 0..=30
//! (x0-x30); FP/SIMD registers are of class `Float`, 0..=31 (v0-v31).
//! Register number 31 of an integer operand means the stack pointer in some
//! encodings and the zero register in others, so it is never a `Reg`: an
//! operand that may be register 31 has the type of its meaning,
//! [`RegOrSp`] or [`RegOrZr`], and the assembler's signatures say which
//! one each operand takes. Passing `SP` where the instruction reads `XZR`
//! does not compile.

use crate::reg::Reg;

pub const X0: Reg = Reg::int(0);
pub const X1: Reg = Reg::int(1);
pub const X2: Reg = Reg::int(2);
pub const X3: Reg = Reg::int(3);
pub const X4: Reg = Reg::int(4);
pub const X5: Reg = Reg::int(5);
pub const X6: Reg = Reg::int(6);
pub const X7: Reg = Reg::int(7);
pub const X8: Reg = Reg::int(8);
pub const X9: Reg = Reg::int(9);
pub const X10: Reg = Reg::int(10);
pub const X11: Reg = Reg::int(11);
pub const X12: Reg = Reg::int(12);
pub const X13: Reg = Reg::int(13);
pub const X14: Reg = Reg::int(14);
pub const X15: Reg = Reg::int(15);
/// Intra-procedure-call scratch registers: linker veneers (and brisk's own)
/// clobber them.
pub const X16: Reg = Reg::int(16);
pub const X17: Reg = Reg::int(17);
/// The platform register: never touched.
pub const X18: Reg = Reg::int(18);
pub const X19: Reg = Reg::int(19);
pub const X20: Reg = Reg::int(20);
pub const X21: Reg = Reg::int(21);
pub const X22: Reg = Reg::int(22);
pub const X23: Reg = Reg::int(23);
pub const X24: Reg = Reg::int(24);
pub const X25: Reg = Reg::int(25);
pub const X26: Reg = Reg::int(26);
pub const X27: Reg = Reg::int(27);
pub const X28: Reg = Reg::int(28);
/// The frame pointer.
pub const FP: Reg = Reg::int(29);
/// The link register.
pub const LR: Reg = Reg::int(30);

/// FP/SIMD register `n` (0..=31).
pub const fn v(n: u8) -> Reg {
    assert!(n < 32);
    Reg::float(n)
}

/// The number of general-purpose register `r`, checked to be x0-x30.
pub(crate) fn gpr(r: Reg) -> u32 {
    assert!(
        r.is_int() && r.hw() < 31,
        "{r:?} is not an AArch64 general-purpose register"
    );
    r.hw().into()
}

/// The number of FP/SIMD register `r`, checked to be v0-v31.
pub(crate) fn fpr(r: Reg) -> u32 {
    assert!(
        !r.is_int() && r.hw() < 32,
        "{r:?} is not an AArch64 FP/SIMD register"
    );
    r.hw().into()
}

/// An operand where register number 31 is the stack pointer: the base of
/// a load or store, and the destination and first source of `add`/`sub`
/// (immediate or extended register).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegOrSp(u8);

/// The stack pointer.
pub const SP: RegOrSp = RegOrSp(31);

/// An operand where register number 31 reads as zero and discards writes:
/// most data-processing operands, the register moved by a load or store,
/// the shifted-register and logical forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegOrZr(u8);

/// The zero register (`xzr`, or `wzr` in a 32-bit operation).
pub const ZR: RegOrZr = RegOrZr(31);

impl From<Reg> for RegOrSp {
    fn from(r: Reg) -> RegOrSp {
        RegOrSp(gpr(r) as u8)
    }
}

impl From<Reg> for RegOrZr {
    fn from(r: Reg) -> RegOrZr {
        RegOrZr(gpr(r) as u8)
    }
}

impl RegOrSp {
    /// The 5-bit register field.
    pub fn enc(self) -> u32 {
        self.0.into()
    }
}

impl RegOrZr {
    /// The 5-bit register field.
    pub fn enc(self) -> u32 {
        self.0.into()
    }
}
