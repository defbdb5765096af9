//! The AArch64 MacroAssembler: instruction selection for each abstract
//! operation. AArch64 fixes no operand registers (shift counts and division
//! take any register); immediates are checked per operation (12-bit
//! add/sub, bitmask logic immediates, `movz`/`movk` otherwise).

use super::asm::{Amode, Assembler};
use crate::buffer::Label;
use crate::reg::Reg;
use brisk_environ::TrapCode;

mod float;
mod scratch;

pub struct A64Masm {
    pub(super) asm: Assembler,
    /// One out-of-line stub per trap code used by the current function;
    /// `None` raises the host trap code already in x0.
    trap_stubs: Vec<(Option<TrapCode>, Label)>,
}

/// The registers an address reads (base unless SP, index).
fn amode_regs(addr: &Amode) -> [Option<Reg>; 2] {
    let base = |b: super::regs::RegOrSp| (b != super::regs::SP).then(|| Reg::int(b.enc() as u8));
    match *addr {
        Amode::Offset(b, _) | Amode::PreIndex(b, _) | Amode::PostIndex(b, _) => [base(b), None],
        Amode::Indexed { base: b, index, .. } => [base(b), Some(index)],
    }
}

impl A64Masm {
    /// The label of the out-of-line `udf` stub for `code` (emitted by
    /// `emit_trap_stubs` and listed in the trap table).
    pub(super) fn trap_label(&mut self, code: TrapCode) -> Label {
        self.stub_label(Some(code))
    }

    fn stub_label(&mut self, code: Option<TrapCode>) -> Label {
        if let Some((_, l)) = self.trap_stubs.iter().find(|(c, _)| *c == code) {
            return *l;
        }
        let l = self.asm.buf.new_label();
        self.trap_stubs.push((code, l));
        l
    }
}
