//! The MacroAssembler's scratch registers, `r11` and `xmm15`: never given
//! to values, lent to one instruction sequence at a time with
//! `take_scratch` / `give_scratch`.
//!
//! Debug builds check the lending: taking a scratch register that is still
//! out (holding a value some later instruction of the sequence reads) is a
//! panic, and so is finishing a function with one still out. This is the
//! class of a sandbox bug brisk had: a memory's definition pointer was kept
//! in r11, r11 was then loaded with a large offset, and the "definition"
//! was dereferenced anyway.

use super::X64Masm;
use crate::isa::x64::regs::{R11, xmm};
use crate::reg::{Reg, RegClass};

const SCRATCH: Reg = R11;
const FLOAT_SCRATCH: Reg = xmm(15);

/// Which scratch registers are lent out (debug builds only).
#[derive(Debug, Default)]
pub(super) struct ScratchLoans {
    #[cfg(debug_assertions)]
    out: [bool; 2],
}

impl ScratchLoans {
    #[cfg_attr(not(debug_assertions), allow(unused_variables))]
    fn lend(&mut self, class: RegClass) {
        #[cfg(debug_assertions)]
        {
            let out = &mut self.out[class as usize];
            assert!(
                !*out,
                "{class:?} scratch register taken while it still holds a value"
            );
            *out = true;
        }
    }

    #[cfg_attr(not(debug_assertions), allow(unused_variables))]
    fn give_back(&mut self, class: RegClass) {
        #[cfg(debug_assertions)]
        {
            let out = &mut self.out[class as usize];
            assert!(*out, "{class:?} scratch register given back twice");
            *out = false;
        }
    }

    /// Panics (debug builds) if a scratch register is still lent out.
    pub(super) fn assert_all_returned(&self) {
        #[cfg(debug_assertions)]
        assert_eq!(
            self.out, [false; 2],
            "a scratch register was never given back"
        );
    }
}

impl X64Masm {
    /// Lends `r11` to the caller until `give_scratch`.
    pub(super) fn take_scratch(&mut self) -> Reg {
        self.scratch.lend(RegClass::Int);
        SCRATCH
    }

    /// Lends `xmm15` to the caller until `give_scratch`.
    pub(super) fn take_float_scratch(&mut self) -> Reg {
        self.scratch.lend(RegClass::Float);
        FLOAT_SCRATCH
    }

    pub(super) fn give_scratch(&mut self, r: Reg) {
        debug_assert!(
            r == SCRATCH || r == FLOAT_SCRATCH,
            "{r:?} is not a scratch register"
        );
        self.scratch.give_back(r.class());
    }
}
