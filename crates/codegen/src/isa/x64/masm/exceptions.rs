//! Exceptions on x86-64 (`codegen/src/exceptions.rs`): the throw sequence
//! around the unwinding builtins, and the start of a landing pad.

use super::X64Masm;
use super::load64;
use crate::isa::x64::asm::{AluOp, Amode, Cond};
use crate::isa::x64::regs::{LOCAL_REGS, RAX, RBP, RDI, RDX, RSI, RSP, VMCTX};
use crate::masm::{MacroAssembler, OperandSize};
use crate::reg::Reg;
use brisk_environ::vmctx::{
    Builtin, EXN_THROW_CODE, HOSTCTX_UNWIND, UNWIND_EXN, UNWIND_FP, UNWIND_LOCAL_REGS, UNWIND_PC,
    UNWIND_SIZE, UNWIND_SP, UNWIND_TAG,
};

/// A landing pad finds the exnref in `rax` and its tag in `rdx`.
pub(super) const EXN_REGS: (Reg, Reg) = (RAX, RDX);

fn buffer(offset: u32) -> Amode {
    Amode::base_disp(RSP, offset as i32)
}

impl X64Masm {
    pub(super) fn emit_exn_throw(&mut self, builtin: Builtin) {
        self.with_scratch(|a, pc| {
            for (i, r) in LOCAL_REGS.iter().enumerate() {
                a.mov_mr(
                    OperandSize::S64,
                    &buffer(UNWIND_LOCAL_REGS + 8 * i as u32),
                    *r,
                );
            }
            a.mov_mr(OperandSize::S64, &buffer(UNWIND_FP), RBP);
            // A code address inside this throw's handler region: the end
            // of the `lea` itself (the unwinder looks up the byte before).
            let here = a.buf.new_label();
            a.lea_label(pc, here);
            a.bind(here);
            a.mov_mr(OperandSize::S64, &buffer(UNWIND_PC), pc);
        });
        self.asm.mov_rr(OperandSize::S64, RDX, RSP);
        self.call_builtin(builtin);
        self.emit_resume_at_handler();
    }

    /// After a host-call trampoline's host entry: if the host function
    /// threw (`EXN_THROW_CODE`), unwinds from the trampoline's caller,
    /// whose frame pointer and return address are the trampoline's frame
    /// record (the local registers are still the caller's: host code
    /// preserves them).
    pub(super) fn emit_host_throw_check(&mut self) {
        let a = &mut self.asm;
        let no_throw = a.buf.new_label();
        a.alu_ri(AluOp::Cmp, OperandSize::S32, RAX, EXN_THROW_CODE as i32);
        a.jcc(Cond::NE, no_throw);
        // The stack pointer is 16-byte aligned here, and stays so.
        a.alu_ri(AluOp::Sub, OperandSize::S64, RSP, UNWIND_SIZE as i32);
        for (i, r) in LOCAL_REGS.iter().enumerate() {
            a.mov_mr(
                OperandSize::S64,
                &buffer(UNWIND_LOCAL_REGS + 8 * i as u32),
                *r,
            );
        }
        self.with_scratch(|a, s| {
            load64(a, s, RBP, 0);
            a.mov_mr(OperandSize::S64, &buffer(UNWIND_FP), s);
            load64(a, s, RBP, 8);
            a.mov_mr(OperandSize::S64, &buffer(UNWIND_PC), s);
        });
        let a = &mut self.asm;
        a.mov_rr(OperandSize::S64, RDI, VMCTX);
        a.mov_rr(OperandSize::S64, RSI, RSP);
        a.call_m(&Amode::base_disp(VMCTX, HOSTCTX_UNWIND as i32));
        a.test_rr(OperandSize::S32, RAX, RAX);
        let raise = self.stub_label(None);
        self.asm.jcc(Cond::NE, raise);
        self.emit_resume_at_handler();
        self.asm.bind(no_throw);
    }

    /// Jumps to the handler the unwind buffer at the stack pointer names.
    fn emit_resume_at_handler(&mut self) {
        self.with_scratch(|a, target| {
            load64(a, RAX, RSP, UNWIND_EXN as i32);
            load64(a, RDX, RSP, UNWIND_TAG as i32);
            for (i, r) in LOCAL_REGS.iter().enumerate() {
                load64(a, *r, RSP, (UNWIND_LOCAL_REGS + 8 * i as u32) as i32);
            }
            load64(a, RBP, RSP, UNWIND_FP as i32);
            load64(a, target, RSP, UNWIND_PC as i32);
            load64(a, RSP, RSP, UNWIND_SP as i32);
            a.jmp_r(target);
        });
    }

    pub(super) fn emit_exn_compare_tag(&mut self, tag: Reg, tag_ptr: u32) {
        self.asm.alu_rm(
            AluOp::Cmp,
            OperandSize::S64,
            tag,
            &Amode::base_disp(VMCTX, tag_ptr as i32),
        );
    }
}
