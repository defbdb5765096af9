//! ISA-independent register names. Each ISA module gives its registers
//! names; the rest of the compiler only sees a class and a number.

use std::num::NonZeroU8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegClass {
    Int,
    Float,
}

/// A register: its class and hardware number in one byte (the number in
/// the low six bits, the class in [`FLOAT_BIT`], and [`REG_BIT`] always
/// set, so that `Option<Reg>` is one byte too). Value-stack entries and
/// operands holding one stay small and compare registers as a whole.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reg(NonZeroU8);

/// Set in a [`Reg`] of the float class.
const FLOAT_BIT: u8 = 0x40;
/// Set in every [`Reg`].
const REG_BIT: u8 = 0x80;

impl Reg {
    const fn new(hw: u8, class_bit: u8) -> Reg {
        debug_assert!(hw < FLOAT_BIT);
        match NonZeroU8::new(REG_BIT | class_bit | hw) {
            Some(bits) => Reg(bits),
            None => unreachable!(),
        }
    }

    pub const fn int(hw: u8) -> Reg {
        Reg::new(hw, 0)
    }

    pub const fn float(hw: u8) -> Reg {
        Reg::new(hw, FLOAT_BIT)
    }

    pub const fn class(self) -> RegClass {
        if self.is_int() {
            RegClass::Int
        } else {
            RegClass::Float
        }
    }

    /// The register's number in its ISA's encoding.
    pub const fn hw(self) -> u8 {
        self.0.get() & !(REG_BIT | FLOAT_BIT)
    }

    pub const fn is_int(self) -> bool {
        self.0.get() & FLOAT_BIT == 0
    }
}

impl std::fmt::Debug for Reg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reg")
            .field("class", &self.class())
            .field("hw", &self.hw())
            .finish()
    }
}

/// A set of registers of one class, as a bitmask of hardware numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegSet(u32);

impl RegSet {
    pub const fn from_hw(regs: &[u8]) -> RegSet {
        let mut bits = 0;
        let mut i = 0;
        while i < regs.len() {
            bits |= 1 << regs[i];
            i += 1;
        }
        RegSet(bits)
    }

    pub fn contains(self, hw: u8) -> bool {
        self.0 & (1 << hw) != 0
    }

    pub fn insert(&mut self, hw: u8) {
        self.0 |= 1 << hw;
    }

    pub fn remove(&mut self, hw: u8) {
        self.0 &= !(1 << hw);
    }

    /// The lowest-numbered register in the set.
    pub fn first(self) -> Option<u8> {
        (self.0 != 0).then(|| self.0.trailing_zeros() as u8)
    }
}
