//! The MacroAssembler's scratch registers, `r11` and `xmm15`: never given
//! to values, lent to one instruction sequence at a time.
//!
//! A sequence gets them only as the arguments of a closure
//! (`with_scratch`, or `with_scratches` for both) that sees the
//! encoder, never the MacroAssembler. Inside it nothing can take a scratch
//! register again or call a MacroAssembler method that does: that would
//! borrow the MacroAssembler twice, which does not compile. So no helper
//! can redefine a scratch register while the sequence that holds it still
//! reads it. That is the class of a sandbox bug brisk had: a memory's
//! definition pointer was kept in r11, a helper then loaded r11 with a
//! large offset, and the "definition" was dereferenced anyway. (Within one
//! closure, a sequence that reuses its scratch register for a second value
//! must be done with the first, as with any register.)
//!
//! Trap labels and other state of the MacroAssembler are taken before the
//! closure. Nothing based on a scratch register outlives it: debug builds
//! check that no address the MacroAssembler receives uses one
//! (`from_outside`).

use super::X64Masm;
use crate::isa::x64::asm::{Amode, Assembler};
use crate::isa::x64::regs::{R11, xmm};
use crate::reg::Reg;

const SCRATCH: Reg = R11;
const FLOAT_SCRATCH: Reg = xmm(15);

/// Whether `reg` is one of the scratch registers.
fn is_scratch(reg: Reg) -> bool {
    reg == SCRATCH || reg == FLOAT_SCRATCH
}

/// `addr`, received from outside the MacroAssembler: checked (debug
/// builds) not to be based on a scratch register, which only a sequence
/// inside a `with_scratch` closure may address through.
pub(super) fn from_outside(addr: &Amode) -> &Amode {
    debug_assert!(
        !is_scratch(addr.base()) && !addr.index().is_some_and(|(i, _)| is_scratch(i)),
        "an address based on a scratch register escaped its sequence: {addr:?}"
    );
    addr
}

impl X64Masm {
    /// Runs the sequence `f` with `r11` lent to it.
    pub(super) fn with_scratch<R>(&mut self, f: impl FnOnce(&mut Assembler, Reg) -> R) -> R {
        f(&mut self.asm, SCRATCH)
    }

    /// Runs the sequence `f` with `r11` and `xmm15` lent to it.
    pub(super) fn with_scratches<R>(&mut self, f: impl FnOnce(&mut Assembler, Reg, Reg) -> R) -> R {
        f(&mut self.asm, SCRATCH, FLOAT_SCRATCH)
    }
}
