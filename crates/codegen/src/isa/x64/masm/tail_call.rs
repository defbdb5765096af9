//! Tail calls on x86-64 (the frame moves are described in
//! `codegen/src/tail_call.rs`).
//!
//! The callee's arguments are at `rsp`; every allocatable register is free
//! except a funcref target's. The target goes to `rax` (and the callee's
//! vmctx to `r14`, the caller's to `rsi`, as for any call that may leave
//! the instance). When both argument areas are the same size, the
//! arguments are copied over this function's parameters and the frame is
//! popped as by the epilogue. Otherwise `rcx` gets the new argument base
//! (`rbp + 16 + caller_args - callee_args`), `rdx` the return address, the
//! caller's `rbp` is restored, the arguments are copied to `rcx` and the
//! return address stored just below them, where `rsp` then points. The
//! destination is always above the source (the outgoing area lies below
//! the whole frame), so the copy runs from the last argument down.

use super::X64Masm;
use super::load64;
use crate::isa::x64::asm::Amode;
use crate::isa::x64::regs::{CALLER_VMCTX, RAX, RBP, RCX, RDX, RSP, VMCTX};
use crate::masm::{OperandSize, TailFrame, TailTarget};
use brisk_environ::vmctx::{FUNC_REF_CODE, FUNC_REF_VMCTX};

const S64: OperandSize = OperandSize::S64;

impl X64Masm {
    pub(super) fn emit_tail_call(&mut self, target: TailTarget, frame: TailFrame) {
        let a = &mut self.asm;
        match target {
            TailTarget::Direct(_) => {}
            TailTarget::ThroughVmctx { code, callee_vmctx } => {
                a.mov_rr(S64, CALLER_VMCTX, VMCTX);
                load64(a, RAX, VMCTX, code as i32);
                load64(a, VMCTX, VMCTX, callee_vmctx as i32);
            }
            TailTarget::FuncRef(funcref) => {
                // First, as `funcref` may be rsi.
                if funcref != RAX {
                    a.mov_rr(S64, RAX, funcref);
                }
                a.mov_rr(S64, CALLER_VMCTX, VMCTX);
                load64(a, VMCTX, RAX, FUNC_REF_VMCTX as i32);
                load64(a, RAX, RAX, FUNC_REF_CODE as i32);
            }
        }
        let TailFrame {
            caller_arg_bytes,
            callee_arg_bytes,
        } = frame;
        let slots = (callee_arg_bytes / 8) as i32;
        let same = caller_arg_bytes == callee_arg_bytes;
        let dst_base = if same {
            RBP
        } else {
            let delta = 16 + caller_arg_bytes as i32 - callee_arg_bytes as i32;
            a.lea(RCX, &Amode::base_disp(RBP, delta));
            load64(a, RDX, RBP, 8);
            load64(a, RBP, RBP, 0);
            RCX
        };
        let dst_offset = if same { 16 } else { 0 };
        self.with_scratch(|a, s| {
            for i in (0..slots).rev() {
                load64(a, s, RSP, 8 * i);
                a.mov_mr(S64, &Amode::base_disp(dst_base, dst_offset + 8 * i), s);
            }
        });
        let a = &mut self.asm;
        if same {
            a.mov_rr(S64, RSP, RBP);
            a.pop_r(RBP);
        } else {
            a.lea(RSP, &Amode::base_disp(RCX, -8));
            a.mov_mr(S64, &Amode::base_disp(RSP, 0), RDX);
        }
        match target {
            TailTarget::Direct(callee) => a.jmp_func(callee),
            TailTarget::ThroughVmctx { .. } | TailTarget::FuncRef(_) => a.jmp_r(RAX),
        }
    }
}
