//! Epoch and fuel checks on x86-64 (the scheme is described in
//! `codegen/src/interrupt.rs`).
//!
//! ```text
//! loop header (epochs):   mov r11, [r14 + limits]
//!                         cmp rsp, [r11 + stack_limit]
//!                         jb  slow                  ; retry: the header
//! entry/header (fuel):    add r13, n                ; this block's cost
//!                         jg  out_of_fuel           ; a ud2 in the trap table
//! other blocks (fuel):    add r13, n                ; at their end
//! around builtins, host   mov r11, [r14 + limits]
//! calls, in trampolines:  mov [r11 + fuel_consumed], r13 ; before
//!                         mov r11, [r14 + limits]
//!                         mov r13, [r11 + fuel_consumed] ; after
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
use crate::isa::x64::regs::{R13, RSP, VMCTX};
use crate::masm::{MacroAssembler, OperandSize};
use crate::reg::Reg;
use brisk_environ::TrapCode;
use brisk_environ::vmctx::{Builtin, LIMITS_FUEL_CONSUMED, LIMITS_STACK_LIMIT, VMCTX_LIMITS};

const S64: OperandSize = OperandSize::S64;

/// The fuel counter while Wasm code with fuel checks runs (a local
/// register: no local is pinned to it then).
pub(super) const FUEL: Reg = R13;

/// The store's fuel counter, in the limits block at `limits`.
fn fuel_counter(limits: Reg) -> Amode {
    Amode::base_disp(limits, LIMITS_FUEL_CONSUMED as i32)
}

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
        self.asm.alu_ri(AluOp::Add, S64, FUEL, units as i32);
    }

    pub(super) fn emit_fuel_check(&mut self) -> u32 {
        let cost = self.asm.alu_ri_patchable(AluOp::Add, S64, FUEL);
        let out = self.trap_label(TrapCode::OutOfFuel);
        self.asm.jcc(Cond::G, out);
        cost
    }

    /// Writes the fuel register back to the store (with fuel checks).
    pub(super) fn save_fuel(&mut self) {
        if self.fuel {
            self.with_scratch(|a, limits| {
                load64(a, limits, VMCTX, VMCTX_LIMITS as i32);
                a.mov_mr(S64, &fuel_counter(limits), FUEL);
            });
        }
    }

    /// Loads the fuel register from the store (with fuel checks), which
    /// the host code just called may have changed.
    pub(super) fn reload_fuel(&mut self) {
        if self.fuel {
            self.with_scratch(|a, limits| {
                load64(a, limits, VMCTX, VMCTX_LIMITS as i32);
                a.mov_rm(S64, FUEL, &fuel_counter(limits));
            });
        }
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
