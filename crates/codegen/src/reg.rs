//! ISA-independent register names. Each ISA module gives its registers
//! names; the rest of the compiler only sees a class and a number.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegClass {
    Int,
    Float,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reg {
    class: RegClass,
    hw: u8,
}

impl Reg {
    pub const fn int(hw: u8) -> Reg {
        Reg {
            class: RegClass::Int,
            hw,
        }
    }

    pub const fn float(hw: u8) -> Reg {
        Reg {
            class: RegClass::Float,
            hw,
        }
    }

    pub const fn class(self) -> RegClass {
        self.class
    }

    /// The register's number in its ISA's encoding.
    pub const fn hw(self) -> u8 {
        self.hw
    }

    pub const fn is_int(self) -> bool {
        matches!(self.class, RegClass::Int)
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
