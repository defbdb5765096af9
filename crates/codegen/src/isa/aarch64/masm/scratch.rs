//! The MacroAssembler's scratch registers, `x16`/`x17` and `v30`/`v31`:
//! never given to values, lent to one instruction sequence at a time.
//!
//! A sequence gets them only as the arguments of a closure
//! (`with_scratch`, `with_scratches`, `with_float_scratches`) that sees the
//! encoder, never the MacroAssembler: inside it nothing can take a scratch
//! register again or call a MacroAssembler method that does (that would
//! borrow the MacroAssembler twice, which does not compile), so no helper
//! can redefine a scratch register while the sequence holding it still
//! reads it. Trap labels and other state are taken before the closure.
//!
//! `x16`/`x17` are also the intra-procedure-call registers that linker
//! veneers may clobber: a sequence never keeps a value in them across a
//! call or a branch that may go through a veneer (brisk's own branch
//! veneers are plain `b` instructions and keep them, but a sequence does
//! not rely on it). Nothing based on a scratch register outlives its closure: debug
//! builds check that no address the MacroAssembler receives uses one
//! (`from_outside`).

use super::A64Masm;
use crate::isa::aarch64::asm::{Amode, Assembler};
use crate::isa::aarch64::regs::{X16, X17, v};
use crate::reg::Reg;

const SCRATCH: Reg = X16;
const SCRATCH2: Reg = X17;
const FLOAT_SCRATCH: [Reg; 2] = [v(30), v(31)];

/// Whether `reg` is one of the scratch registers.
pub(super) fn is_scratch(reg: Reg) -> bool {
    reg == SCRATCH || reg == SCRATCH2 || FLOAT_SCRATCH.contains(&reg)
}

/// `addr`, received from outside the MacroAssembler: checked (debug
/// builds) not to be based on a scratch register, which only a sequence
/// inside a scratch closure may address through.
pub(super) fn from_outside(addr: &Amode) -> &Amode {
    debug_assert!(
        !super::amode_regs(addr)
            .into_iter()
            .flatten()
            .any(is_scratch),
        "an address based on a scratch register escaped its sequence: {addr:?}"
    );
    addr
}

impl A64Masm {
    /// Runs the sequence `f` with `x16` lent to it.
    pub(super) fn with_scratch<R>(&mut self, f: impl FnOnce(&mut Assembler, Reg) -> R) -> R {
        f(&mut self.asm, SCRATCH)
    }

    /// Runs the sequence `f` with `x16` and `x17` lent to it.
    pub(super) fn with_scratches<R>(&mut self, f: impl FnOnce(&mut Assembler, Reg, Reg) -> R) -> R {
        f(&mut self.asm, SCRATCH, SCRATCH2)
    }

    /// Runs the sequence `f` with `x16`, `x17` and `v30`, `v31` lent to it.
    pub(super) fn with_float_scratches<R>(
        &mut self,
        f: impl FnOnce(&mut Assembler, [Reg; 2], [Reg; 2]) -> R,
    ) -> R {
        f(&mut self.asm, [SCRATCH, SCRATCH2], FLOAT_SCRATCH)
    }
}
