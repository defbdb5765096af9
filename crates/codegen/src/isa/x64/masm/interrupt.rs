//! Epoch and fuel checks on x86-64 (the scheme is described in
//! `codegen/src/interrupt.rs`).
//!
//! ```text
//! loop header (epochs):   mov r11, [r14 + limits]
//!                         cmp rsp, [r11 + stack_limit]
//!                         jb  slow                  ; retry: the header
//! entry/header (fuel):    mov r11, [r14 + limits]
//!                         add qword [r11 + fuel_consumed], n  ; this block's
//!                         jg  out_of_fuel           ; a ud2 in the trap table
//! other blocks (fuel):    mov r11, [r14 + limits]
//!                         add qword [r11 + fuel_consumed], n  ; at their end
//! slow:                   mov r11, [r14 + limits]
//!                         mov r11, [r11 + stack_limit]
//!                         test r11, r11
//!                         jns stack_overflow        ; a real limit: overflow
//!                         call EpochInterrupt       ; traps, or returns 0
//!                         jmp retry
//! ```
//!
//! The function-entry epoch check is the prologue's stack check itself,
//! whose failure goes to a slow path like a loop header's. A slow path
//! runs with the value stack spilled (loop headers) or before the frame
//! exists (the prologue), so the builtin call clobbers nothing live.

use super::{X64Masm, load64};
use crate::buffer::Label;
use crate::isa::x64::asm::{AluOp, Amode, Cond};
use crate::isa::x64::regs::{RSP, VMCTX};
use crate::masm::{MacroAssembler, OperandSize};
use brisk_environ::TrapCode;
use brisk_environ::vmctx::{Builtin, LIMITS_FUEL_CONSUMED, LIMITS_STACK_LIMIT, VMCTX_LIMITS};

const S64: OperandSize = OperandSize::S64;

/// A slow path to emit after the body: where the failed check jumps, and
/// where the check is retried.
#[derive(Debug, Clone, Copy)]
pub(super) struct EpochStub {
    pub entry: Label,
    pub retry: Label,
}

impl X64Masm {
    /// The slow path of an epoch check that retries at `retry`.
    pub(super) fn epoch_stub(&mut self, retry: Label) -> Label {
        let entry = self.asm.buf.new_label();
        self.epoch_stubs.push(EpochStub { entry, retry });
        entry
    }

    pub(super) fn emit_epoch_check(&mut self) {
        let retry = self.asm.buf.new_label();
        self.asm.bind(retry);
        let slow = self.epoch_stub(retry);
        self.with_scratch(|a, limits| {
            load64(a, limits, VMCTX, VMCTX_LIMITS as i32);
            let limit = Amode::base_disp(limits, LIMITS_STACK_LIMIT as i32);
            a.alu_rm(AluOp::Cmp, S64, RSP, &limit);
        });
        self.asm.jcc(Cond::B, slow);
    }

    pub(super) fn emit_fuel_charge(&mut self, units: u32) {
        self.with_scratch(|a, limits| {
            load64(a, limits, VMCTX, VMCTX_LIMITS as i32);
            let fuel = Amode::base_disp(limits, LIMITS_FUEL_CONSUMED as i32);
            a.alu_mi(AluOp::Add, S64, &fuel, units as i32);
        });
    }

    pub(super) fn emit_fuel_check(&mut self) -> u32 {
        let cost = self.with_scratch(|a, limits| {
            load64(a, limits, VMCTX, VMCTX_LIMITS as i32);
            let fuel = Amode::base_disp(limits, LIMITS_FUEL_CONSUMED as i32);
            a.alu_mi_patchable(AluOp::Add, S64, &fuel)
        });
        let out = self.trap_label(TrapCode::OutOfFuel);
        self.asm.jcc(Cond::G, out);
        cost
    }

    /// Emits the epoch slow paths (before the trap stubs, which they use).
    pub(super) fn emit_epoch_stubs(&mut self) {
        for stub in std::mem::take(&mut self.epoch_stubs) {
            self.asm.bind(stub.entry);
            self.with_scratch(|a, limit| {
                load64(a, limit, VMCTX, VMCTX_LIMITS as i32);
                load64(a, limit, limit, LIMITS_STACK_LIMIT as i32);
                a.test_rr(S64, limit, limit);
            });
            let overflow = self.trap_label(TrapCode::StackOverflow);
            self.asm.jcc(Cond::NS, overflow);
            self.call_builtin(Builtin::EpochInterrupt);
            self.asm.jmp(stub.retry);
        }
    }
}
