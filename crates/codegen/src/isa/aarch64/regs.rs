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

use crate::reg::{Reg, RegSet};

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

// ---- brisk's register roles on AArch64 ---------------------------------------

/// The vmctx of the running instance, reserved inside Wasm code
/// (callee-saved in the host ABI, so host functions and builtins keep it).
pub const VMCTX: Reg = X28;
/// In functions of a module with a memory, the base address of memory 0,
/// loaded in the prologue and after calls that may leave the instance.
/// Host code preserves it (callee-saved). The host-call trampoline, only
/// reached through such calls, holds its values array there.
pub const HEAP_BASE: Reg = X27;
/// On calls that may leave the instance, the caller's vmctx (or 0 from the
/// host), so that host functions know their caller; the host ABI's second
/// argument register. Free otherwise: all values are spilled at calls.
pub const CALLER_VMCTX: Reg = X1;

/// Registers the allocator hands out for values: x0-x15, all caller-saved
/// in brisk's internal ABI (x16/x17 are the scratch registers, x18 the
/// platform's).
pub const ALLOCATABLE_INT: RegSet =
    RegSet::from_hw(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
/// Registers that hold the first integer locals of each function; saved
/// and restored by the function (callee-saved in brisk's convention as in
/// the host's).
pub const LOCAL_REGS: [Reg; 8] = [X19, X20, X21, X22, X23, X24, X25, X26];
/// v0-v29 (v30/v31 are the float scratch registers). Only the low halves
/// of v8-v15 are callee-saved in the host ABI: f32/f64 values fit there,
/// and every value is spilled at calls anyway.
pub const ALLOCATABLE_FLOAT: RegSet = RegSet::from_hw(&[
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    26, 27, 28, 29,
]);

/// Host (AAPCS64) callee-saved general-purpose registers that Wasm code
/// clobbers, in pairs for `stp`/`ldp`; the entry trampoline saves them.
pub const HOST_CALLEE_SAVED: [Reg; 10] = [X19, X20, X21, X22, X23, X24, X25, X26, X27, X28];
/// Host callee-saved FP registers (their low 64 bits), in pairs.
pub const HOST_CALLEE_SAVED_FP: [Reg; 8] = [v(8), v(9), v(10), v(11), v(12), v(13), v(14), v(15)];
/// AAPCS64 integer argument registers.
pub const HOST_INT_ARGS: [Reg; 8] = [X0, X1, X2, X3, X4, X5, X6, X7];
